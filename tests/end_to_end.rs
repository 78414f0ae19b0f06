//! End-to-end tests: every fixture report in `tests/fixtures/` parsed whole,
//! with the expectations of `shared/spec/schema.md` and `domain.md`.
//!
//! The fixtures are invented reports (see `tests/fixtures/README.md`); the
//! expectations follow the specification, not the parser's current output.
//! Statistics and jurisdiction expectations are in the tests named
//! `statistics_*` and `jurisdiction_*`; what must hold for every fixture
//! (spans slice back, indices are valid) is checked for all of them.

mod common;

use lawreport::{
    parse, parse_bytes, Approx, DiagnosticCode as D, Indicator, Item, Level, Report, Section,
    SectionKind as K, Span,
};

use common::{count, date};

const DISTRICT_FULL: &str = include_str!("fixtures/district-full.txt");
const STREET_BROKEN: &str = include_str!("fixtures/street-broken.txt");
const NO_TITLE: &str = include_str!("fixtures/no-title.txt");
const LEADERSHIP_AFTER_PROBLEMS: &str = include_str!("fixtures/leadership-after-problems.txt");
const MASKED_TEMPLATE: &str = include_str!("fixtures/masked-template.txt");
const DEPARTMENT: &str = include_str!("fixtures/department.txt");
const TRUNCATED_PAGE: &str = include_str!("fixtures/truncated-page.txt");
const TRADITIONAL: &str = include_str!("fixtures/traditional.txt");
const NOT_A_REPORT: &str = include_str!("fixtures/not-a-report.txt");
const NOT_A_REPORT_2: &str = include_str!("fixtures/not-a-report-2.txt");
const MISSING_PARTS: &str = include_str!("fixtures/missing-parts.txt");
const PLAIN_MINIMAL: &str = include_str!("fixtures/plain-minimal.txt");
const LAYOUT_UNNUMBERED_PARTS: &str = include_str!("fixtures/layout-unnumbered-parts.txt");
const LAYOUT_MERGED_PART: &str = include_str!("fixtures/layout-merged-part.txt");
const LAYOUT_CAUSES_PARAGRAPH: &str = include_str!("fixtures/layout-causes-paragraph.txt");
const LAYOUT_RESTARTS: &str = include_str!("fixtures/layout-restarts.txt");
const LAYOUT_SKIPPED_NUMBERING: &str = include_str!("fixtures/layout-skipped-numbering.txt");
const LAYOUT_PART_HEADINGS: &str = include_str!("fixtures/layout-part-headings.txt");
const LAYOUT_TOPICAL_HEADINGS: &str = include_str!("fixtures/layout-topical-headings.txt");
const LAYOUT_PARAGRAPH_ITEMS: &str = include_str!("fixtures/layout-paragraph-items.txt");
const LAYOUT_UNNUMBERED_ARABIC: &str = include_str!("fixtures/layout-unnumbered-arabic.txt");
const LAYOUT_MERGED_RUNS: &str = include_str!("fixtures/layout-merged-runs.txt");
const LAYOUT_PROBLEMS_TURN: &str = include_str!("fixtures/layout-problems-turn.txt");
const LAYOUT_UNNUMBERED_LISTS: &str = include_str!("fixtures/layout-unnumbered-lists.txt");
const LAYOUT_FOLDED_OPENING: &str = include_str!("fixtures/layout-folded-opening.txt");
const LAYOUT_STANDARD_FIVE: &str = include_str!("fixtures/layout-standard-five.txt");
const LAYOUT_MERGED_PARAGRAPH: &str = include_str!("fixtures/layout-merged-paragraph.txt");
const LAYOUT_TITLED_PARAGRAPHS: &str = include_str!("fixtures/layout-titled-paragraphs.txt");
const LAYOUT_CAUSE_SUBSECTION: &str = include_str!("fixtures/layout-cause-subsection.txt");
const DRESSED_PAGE: &str = include_str!("fixtures/dressed-page.txt");
const BULLET_METADATA: &str = include_str!("fixtures/bullet-metadata.txt");
const LOOKALIKE_DISCLOSURE: &str = include_str!("fixtures/lookalike-disclosure.txt");
const LOOKALIKE_NEWS: &str = include_str!("fixtures/lookalike-news.txt");

/// Every fixture, by file name.
const ALL: &[(&str, &str)] = &[
    ("district-full.txt", DISTRICT_FULL),
    ("street-broken.txt", STREET_BROKEN),
    ("no-title.txt", NO_TITLE),
    ("leadership-after-problems.txt", LEADERSHIP_AFTER_PROBLEMS),
    ("masked-template.txt", MASKED_TEMPLATE),
    ("department.txt", DEPARTMENT),
    ("truncated-page.txt", TRUNCATED_PAGE),
    ("traditional.txt", TRADITIONAL),
    ("not-a-report.txt", NOT_A_REPORT),
    ("not-a-report-2.txt", NOT_A_REPORT_2),
    ("missing-parts.txt", MISSING_PARTS),
    ("plain-minimal.txt", PLAIN_MINIMAL),
    ("layout-unnumbered-parts.txt", LAYOUT_UNNUMBERED_PARTS),
    ("layout-merged-part.txt", LAYOUT_MERGED_PART),
    ("layout-causes-paragraph.txt", LAYOUT_CAUSES_PARAGRAPH),
    ("layout-restarts.txt", LAYOUT_RESTARTS),
    ("layout-skipped-numbering.txt", LAYOUT_SKIPPED_NUMBERING),
    ("layout-part-headings.txt", LAYOUT_PART_HEADINGS),
    ("layout-topical-headings.txt", LAYOUT_TOPICAL_HEADINGS),
    ("layout-paragraph-items.txt", LAYOUT_PARAGRAPH_ITEMS),
    ("layout-unnumbered-arabic.txt", LAYOUT_UNNUMBERED_ARABIC),
    ("layout-merged-runs.txt", LAYOUT_MERGED_RUNS),
    ("layout-problems-turn.txt", LAYOUT_PROBLEMS_TURN),
    ("layout-unnumbered-lists.txt", LAYOUT_UNNUMBERED_LISTS),
    ("layout-folded-opening.txt", LAYOUT_FOLDED_OPENING),
    ("layout-standard-five.txt", LAYOUT_STANDARD_FIVE),
    ("layout-merged-paragraph.txt", LAYOUT_MERGED_PARAGRAPH),
    ("layout-titled-paragraphs.txt", LAYOUT_TITLED_PARAGRAPHS),
    ("layout-cause-subsection.txt", LAYOUT_CAUSE_SUBSECTION),
    ("dressed-page.txt", DRESSED_PAGE),
    ("bullet-metadata.txt", BULLET_METADATA),
    ("lookalike-disclosure.txt", LOOKALIKE_DISCLOSURE),
    ("lookalike-news.txt", LOOKALIKE_NEWS),
];

/// The fixtures that are rule-of-law reports.
const REPORTS: &[&str] = &[
    DISTRICT_FULL,
    STREET_BROKEN,
    NO_TITLE,
    LEADERSHIP_AFTER_PROBLEMS,
    MASKED_TEMPLATE,
    DEPARTMENT,
    TRUNCATED_PAGE,
    TRADITIONAL,
    MISSING_PARTS,
    PLAIN_MINIMAL,
    LAYOUT_UNNUMBERED_PARTS,
    LAYOUT_MERGED_PART,
    LAYOUT_CAUSES_PARAGRAPH,
    LAYOUT_RESTARTS,
    LAYOUT_SKIPPED_NUMBERING,
    LAYOUT_PART_HEADINGS,
    LAYOUT_TOPICAL_HEADINGS,
    LAYOUT_PARAGRAPH_ITEMS,
    LAYOUT_UNNUMBERED_ARABIC,
    LAYOUT_MERGED_RUNS,
    LAYOUT_PROBLEMS_TURN,
    LAYOUT_UNNUMBERED_LISTS,
    LAYOUT_FOLDED_OPENING,
    LAYOUT_STANDARD_FIVE,
    LAYOUT_MERGED_PARAGRAPH,
    LAYOUT_TITLED_PARAGRAPHS,
    LAYOUT_CAUSE_SUBSECTION,
    DRESSED_PAGE,
    BULLET_METADATA,
];

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/// Top-level sections: number as written, a part of the heading, kind.
#[track_caller]
fn assert_top(r: &Report, expected: &[(&str, &str, K)]) {
    let got: Vec<(&str, &str, K, u32)> = r
        .sections
        .iter()
        .map(|s| (s.number.as_str(), s.heading.as_str(), s.kind, s.level))
        .collect();
    assert_eq!(
        got.len(),
        expected.len(),
        "top-level sections, got {got:#?}"
    );
    for (g, e) in got.iter().zip(expected) {
        assert_eq!(g.0, e.0, "number of section {g:?}");
        assert!(
            g.1.contains(e.1),
            "heading {:?} should contain {:?}",
            g.1,
            e.1
        );
        assert_eq!(g.2, e.2, "kind of section {g:?}");
        assert_eq!(g.3, 1, "level of top-level section {g:?}");
    }
}

/// Children of a section: numbers as written and a part of each heading;
/// each child is one level deeper and inherits the kind.
#[track_caller]
fn assert_children(parent: &Section, expected: &[(&str, &str)]) {
    let got: Vec<(&str, &str)> = parent
        .children
        .iter()
        .map(|c| (c.number.as_str(), c.heading.as_str()))
        .collect();
    assert_eq!(
        got.len(),
        expected.len(),
        "children of {:?}: {got:#?}",
        parent.heading
    );
    for ((child, g), e) in parent.children.iter().zip(&got).zip(expected) {
        assert_eq!(g.0, e.0, "number of child {g:?}");
        assert!(
            g.1.contains(e.1),
            "heading {:?} should contain {:?}",
            g.1,
            e.1
        );
        assert_eq!(child.level, parent.level + 1, "level of {g:?}");
        assert_eq!(child.kind, parent.kind, "kind of {g:?} is inherited");
    }
}

/// Items of one part: how many, and a part of each lead phrase.
#[track_caller]
fn assert_items(items: &[Item], expected: &[&str]) {
    let heads: Vec<&str> = items.iter().map(|i| i.heading.as_str()).collect();
    assert_eq!(items.len(), expected.len(), "items: {heads:#?}");
    for (item, e) in items.iter().zip(expected) {
        assert!(
            item.heading.contains(e),
            "lead phrase {:?} should contain {e:?}",
            item.heading
        );
        assert!(
            item.text.contains(item.heading.as_str()),
            "item text holds its lead phrase {:?}",
            item.heading
        );
    }
}

#[track_caller]
fn assert_paths(items: &[Item], expected: &[&[&str]]) {
    let got: Vec<Vec<&str>> = items
        .iter()
        .map(|i| i.path.iter().map(String::as_str).collect())
        .collect();
    let expected: Vec<Vec<&str>> = expected.iter().map(|p| p.to_vec()).collect();
    assert_eq!(got, expected, "item paths");
}

/// None of the structural diagnostics a clean report should not raise.
#[track_caller]
fn assert_clean(r: &Report) {
    for code in [
        D::NotAReport,
        D::NoTitle,
        D::YearUnresolved,
        D::OutlineRepaired,
        D::MaskedText,
        D::Truncated,
        D::PartMissing,
        D::DecodingReplaced,
        D::EmptyInput,
    ] {
        assert!(
            !r.has_diagnostic(code),
            "unexpected {code}: {:#?}",
            r.diagnostics
        );
    }
}

/// Character offset of the first occurrence of `needle` in the report text.
#[track_caller]
fn offset(r: &Report, needle: &str) -> usize {
    let byte = r
        .text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in the text"));
    r.text[..byte].chars().count()
}

/// Whether some diagnostic of `code` points at character offset `at`.
fn diagnosed_at(r: &Report, code: D, at: usize) -> bool {
    r.diagnostics
        .iter()
        .filter(|d| d.code == code)
        .flat_map(|d| d.span.iter().chain(&d.spans))
        .any(|s| s.start <= at && at <= s.end && s.end - s.start <= 8)
}

fn contains(outer: Span, inner: Span) -> bool {
    outer.start <= inner.start && inner.end <= outer.end
}

/// The span property: every span slices `text` back to what it claims.
fn check_spans(name: &str, r: &Report) {
    let len = r.text.chars().count();
    fn walk(name: &str, r: &Report, sections: &[Section], parent: Option<&Section>) {
        let mut previous_end = parent.map_or(0, |p| p.span.start);
        for s in sections {
            assert_eq!(
                r.slice(s.span),
                Some(s.text.as_str()),
                "{name}: section {} {:?}",
                s.number,
                s.heading
            );
            assert!(
                s.text.contains(s.heading.as_str()),
                "{name}: section text holds its heading {:?}",
                s.heading
            );
            assert!(
                s.span.start >= previous_end,
                "{name}: sections in order, not overlapping ({})",
                s.number
            );
            previous_end = s.span.end;
            if let Some(p) = parent {
                assert!(
                    contains(p.span, s.span),
                    "{name}: {} inside its parent {}",
                    s.number,
                    p.number
                );
                assert_eq!(s.level, p.level + 1, "{name}: level of {}", s.number);
            } else {
                assert_eq!(s.level, 1, "{name}: top level of {}", s.number);
            }
            walk(name, r, &s.children, Some(s));
        }
    }
    walk(name, r, &r.sections, None);

    for (i, st) in r.statistics.iter().enumerate() {
        assert!(!st.raw.is_empty(), "{name}: statistic {i} has a raw text");
        assert_eq!(
            r.slice(st.span),
            Some(st.raw.as_str()),
            "{name}: statistic {i}"
        );
        assert!(
            st.sentence.contains(st.raw.as_str()),
            "{name}: statistic {i} stands in its sentence"
        );
    }
    let stat_starts: Vec<usize> = r.statistics.iter().map(|s| s.span.start).collect();
    assert!(
        stat_starts.windows(2).all(|w| w[0] <= w[1]),
        "{name}: statistics in text order"
    );

    for kind in [K::Measures, K::Leadership, K::Problems, K::Plans] {
        for item in r.items(kind) {
            assert_eq!(
                r.slice(item.span),
                Some(item.text.as_str()),
                "{name}: {kind} item {:?}",
                item.heading
            );
            assert!(
                !item.path.is_empty(),
                "{name}: {kind} item {:?} has a path",
                item.heading
            );
            let top = r
                .sections
                .iter()
                .find(|s| s.number == item.path[0] && contains(s.span, item.span))
                .unwrap_or_else(|| {
                    panic!("{name}: {kind} item {:?} lies in a section", item.heading)
                });
            // A merged problems part also holds the plans, and a measure
            // can hold the leaders' duty when the report has no such part.
            let merged = top.kind == K::Problems && kind == K::Plans;
            let folded = top.kind == K::Measures && kind == K::Leadership;
            assert!(
                top.kind == kind || merged || folded,
                "{name}: item {:?} of its part: {kind} in a {} section",
                item.heading,
                top.kind
            );
            for &k in &item.statistics {
                let st = r
                    .statistics
                    .get(k)
                    .unwrap_or_else(|| panic!("{name}: statistic index {k} in range"));
                assert!(
                    contains(item.span, st.span),
                    "{name}: statistic {k} inside item {:?}",
                    item.heading
                );
            }
        }
    }

    for d in &r.diagnostics {
        if let Some(s) = d.span {
            assert!(
                s.start <= s.end && s.end <= len,
                "{name}: {} span {s} inside the text ({len} chars)",
                d.code
            );
            assert!(r.slice(s).is_some(), "{name}: {} span slices", d.code);
        }
        assert!(!d.message.is_empty(), "{name}: {} has a message", d.code);
    }
}

// ---------------------------------------------------------------------------
// Every fixture
// ---------------------------------------------------------------------------

macro_rules! span_tests {
    ($($test:ident => $text:expr),+ $(,)?) => {
        mod spans {
            use super::*;
            $(
                #[test]
                fn $test() {
                    let r = parse($text);
                    check_spans(stringify!($test), &r);
                }
            )+
        }
    };
}

span_tests! {
    district_full => DISTRICT_FULL,
    street_broken => STREET_BROKEN,
    no_title => NO_TITLE,
    leadership_after_problems => LEADERSHIP_AFTER_PROBLEMS,
    masked_template => MASKED_TEMPLATE,
    department => DEPARTMENT,
    truncated_page => TRUNCATED_PAGE,
    traditional => TRADITIONAL,
    not_a_report => NOT_A_REPORT,
    not_a_report_2 => NOT_A_REPORT_2,
    missing_parts => MISSING_PARTS,
    plain_minimal => PLAIN_MINIMAL,
    layout_unnumbered_parts => LAYOUT_UNNUMBERED_PARTS,
    layout_merged_part => LAYOUT_MERGED_PART,
    layout_causes_paragraph => LAYOUT_CAUSES_PARAGRAPH,
    layout_restarts => LAYOUT_RESTARTS,
    layout_skipped_numbering => LAYOUT_SKIPPED_NUMBERING,
    layout_part_headings => LAYOUT_PART_HEADINGS,
    layout_topical_headings => LAYOUT_TOPICAL_HEADINGS,
    layout_paragraph_items => LAYOUT_PARAGRAPH_ITEMS,
    layout_unnumbered_arabic => LAYOUT_UNNUMBERED_ARABIC,
    layout_merged_runs => LAYOUT_MERGED_RUNS,
    layout_problems_turn => LAYOUT_PROBLEMS_TURN,
    layout_unnumbered_lists => LAYOUT_UNNUMBERED_LISTS,
    layout_folded_opening => LAYOUT_FOLDED_OPENING,
    layout_standard_five => LAYOUT_STANDARD_FIVE,
    layout_merged_paragraph => LAYOUT_MERGED_PARAGRAPH,
    layout_titled_paragraphs => LAYOUT_TITLED_PARAGRAPHS,
    layout_cause_subsection => LAYOUT_CAUSE_SUBSECTION,
}

#[test]
fn fixtures_are_sized_and_encoded_as_described() {
    assert!(ALL.len() >= 12);
    for (name, text) in ALL {
        let kb = text.len();
        assert!(
            (1000..=6 * 1024).contains(&kb),
            "{name} is {kb} bytes, not 1–6 KB"
        );
        assert!(!text.contains('\u{feff}'), "{name} has no BOM");
        let crlf = text.contains("\r\n");
        assert_eq!(
            crlf,
            *name == "leadership-after-problems.txt",
            "{name}: only leadership-after-problems.txt has CRLF line endings"
        );
    }
    let full_width = ALL
        .iter()
        .filter(|(_, t)| t.contains(['，', '：', '（', '）', '％', '１', '２']))
        .count();
    assert!(full_width >= 2, "full-width forms in at least two fixtures");
}

#[test]
fn bytes_parse_like_text() {
    for (name, text) in ALL {
        let r = parse(text);
        assert_eq!(
            parse_bytes(text.as_bytes()).as_ref(),
            Ok(&r),
            "{name}: UTF-8"
        );
        let bom: Vec<u8> = b"\xef\xbb\xbf"
            .iter()
            .chain(text.as_bytes())
            .copied()
            .collect();
        assert_eq!(parse_bytes(&bom).as_ref(), Ok(&r), "{name}: UTF-8 with BOM");
        let le: Vec<u8> = [0xff, 0xfe]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(parse_bytes(&le).as_ref(), Ok(&r), "{name}: UTF-16LE");
        let be: Vec<u8> = [0xfe, 0xff]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(parse_bytes(&be).as_ref(), Ok(&r), "{name}: UTF-16BE");
        assert!(!r.has_diagnostic(D::DecodingReplaced), "{name}");
        assert!(!r.has_diagnostic(D::EmptyInput), "{name}");
    }
}

#[test]
fn normalized_text_has_no_carriage_returns_or_full_width_forms() {
    for (name, text) in ALL {
        let r = parse(text);
        assert!(!r.text.contains('\r'), "{name}");
        assert!(
            !r.text
                .chars()
                .any(|c| ('\u{FF01}'..='\u{FF5E}').contains(&c)),
            "{name}: full-width ASCII forms are folded"
        );
        assert_eq!(r.schema_version, lawreport::SCHEMA_VERSION);
    }
}

#[test]
fn reports_are_not_flagged_as_non_reports() {
    for text in REPORTS {
        let r = parse(text);
        assert!(
            !r.has_diagnostic(D::NotAReport),
            "false not_a_report on {:?}",
            r.title.as_deref().unwrap_or(&text[..60])
        );
    }
}

#[test]
fn reparsing_the_normalized_text_gives_the_same_report() {
    for (name, text) in ALL {
        let r = parse(text);
        assert_eq!(parse(&r.text), r, "{name}: normalization is idempotent");
    }
}

#[test]
fn every_prefix_parses_with_spans_that_slice_back() {
    // A page cut anywhere (as scraped first pages are) still parses.
    for (name, text) in ALL {
        let cuts: Vec<usize> = text.char_indices().map(|(i, _)| i).step_by(29).collect();
        for cut in cuts {
            let r = parse(&text[..cut]);
            check_spans(&format!("{name}[..{cut}]"), &r);
        }
    }
}

#[test]
fn json_round_trips() {
    for (name, text) in ALL {
        let r = parse(text);
        let back: Report = serde_json::from_str(&r.to_json()).expect(name);
        assert_eq!(back, r, "{name}");
    }
}

// ---------------------------------------------------------------------------
// district-full.txt: a full district report with page chrome and metadata
// ---------------------------------------------------------------------------

#[test]
fn district_full_head() {
    let r = parse(DISTRICT_FULL);
    assert_eq!(
        r.title.as_deref(),
        Some("南京市溧水区人民政府关于2023年度法治政府建设情况的报告")
    );
    assert_eq!(r.year, Some(2023));
    assert_eq!(r.author.as_deref(), Some("南京市溧水区人民政府"));
    assert_eq!(r.addressee.as_deref(), Some("市委、市政府"));
    assert_eq!(r.signed_on, date(2024, 3, 8));
    assert_eq!(r.published_on, date(2024, 3, 15));
    assert_eq!(
        r.source.index_number.as_deref(),
        Some("113201170088162751/2024-00037")
    );
    assert_eq!(
        r.source.document_number.as_deref(),
        Some("溧政报〔2024〕9号")
    );
    assert_eq!(r.source.publisher.as_deref(), Some("南京市溧水区人民政府"));
    let preamble = r.preamble.as_deref().expect("a preamble");
    assert!(preamble.starts_with("2023年,溧水区人民政府以习近平法治思想为指导"));
    assert!(preamble.ends_with("现将有关情况报告如下:"));
    for chrome in ["字体", "打印", "您所在的位置", "索引号", "市委、市政府:"] {
        assert!(!preamble.contains(chrome), "{chrome} is not preamble");
    }
}

#[test]
fn district_full_outline() {
    let r = parse(DISTRICT_FULL);
    assert_top(
        &r,
        &[
            ("一", "主要举措和成效", K::Measures),
            ("二", "存在的问题和不足", K::Problems),
            ("三", "第一责任人职责情况", K::Leadership),
            ("四", "2024年推进法治政府建设的主要安排", K::Plans),
            ("五", "其他需要报告的情况", K::Other),
        ],
    );
    let measures = &r.sections[0];
    assert_children(
        measures,
        &[
            ("(一)", "强化党对法治政府建设的领导"),
            ("(二)", "依法全面履行政府职能"),
            ("(三)", "严格规范公正文明执法"),
            ("(四)", "依法有效化解社会矛盾纠纷"),
        ],
    );
    assert_children(
        &measures.children[0],
        &[("1", "健全工作机制"), ("2", "抓实学法用法")],
    );
    assert_children(
        &measures.children[1],
        &[("1", "深化“放管服”改革"), ("2", "优化法治化营商环境")],
    );
    assert_children(
        &measures.children[2],
        &[("(1)", "规范执法主体"), ("(2)", "加强执法监督")],
    );
    assert!(measures.children[3].children.is_empty());
    assert_eq!(measures.children[0].children[0].heading, "健全工作机制");
    // The last section stops before the sign-off.
    let other = &r.sections[4];
    assert!(other.children.is_empty());
    assert!(
        other.text.ends_with("国家宪法日集中宣传活动。"),
        "{:?}",
        other.text
    );
}

#[test]
fn district_full_items() {
    let r = parse(DISTRICT_FULL);
    assert_items(
        &r.measures,
        &[
            "强化党对法治政府建设的领导",
            "依法全面履行政府职能",
            "严格规范公正文明执法",
            "依法有效化解社会矛盾纠纷",
        ],
    );
    assert_paths(
        &r.measures,
        &[
            &["一", "(一)"],
            &["一", "(二)"],
            &["一", "(三)"],
            &["一", "(四)"],
        ],
    );
    assert_items(
        &r.problems,
        &[
            "重大行政决策程序执行不够均衡",
            "基层执法力量仍然薄弱",
            "法治宣传的针对性有待增强",
        ],
    );
    assert_eq!(r.problems[1].heading, "基层执法力量仍然薄弱");
    assert_items(&r.leadership, &["带头谋划部署", "带头尊法学法守法用法"]);
    assert_paths(&r.leadership, &[&["三", "(一)"], &["三", "(二)"]]);
    assert_items(
        &r.plans,
        &[
            "持续规范重大行政决策",
            "加强基层执法队伍建设",
            "提升普法工作实效",
        ],
    );
    assert!(
        r.plans[2].text.ends_with("转变。"),
        "plans stop before 五、"
    );
}

#[test]
fn district_full_diagnostics_and_compliance() {
    let r = parse(DISTRICT_FULL);
    assert_clean(&r);
    let c = &r.compliance;
    assert!(c.parts.measures && c.parts.problems && c.parts.leadership && c.parts.plans);
    assert!(c.parts.other);
    assert!(c.missing.is_empty());
    assert_eq!(c.published_on_time, Some(true));
}

// ---------------------------------------------------------------------------
// street-broken.txt: a street office report with broken numbering
// ---------------------------------------------------------------------------

#[test]
fn street_broken_head() {
    let r = parse(STREET_BROKEN);
    assert_eq!(
        r.title.as_deref(),
        Some("张店区人民政府马尚街道办事处关于2023年度法治政府建设工作的报告"),
        "title split over two lines is joined"
    );
    assert_eq!(r.year, Some(2023));
    assert_eq!(r.author.as_deref(), Some("张店区人民政府马尚街道办事处"));
    assert_eq!(r.addressee.as_deref(), Some("区委、区政府"));
    assert_eq!(r.signed_on, None, "the sign-off has no date");
    assert_eq!(r.published_on, None);
    assert_eq!(r.source, lawreport::Source::default());
    assert!(r
        .preamble
        .as_deref()
        .is_some_and(|p| p.starts_with("2023年,马尚街道办事处")));
}

#[test]
fn street_broken_outline_is_repaired() {
    let r = parse(STREET_BROKEN);
    assert_top(
        &r,
        &[
            ("一", "主要举措和成效", K::Measures),
            ("二", "存在的问题和不足", K::Problems),
            ("二", "第一责任人职责情况", K::Leadership),
            ("三", "2024年工作计划", K::Plans),
        ],
    );
    let measures = &r.sections[0];
    assert_children(
        measures,
        &[
            ("(一)", "坚持党建引领,压实法治建设责任"),
            ("(二)", "深化普法宣传教育"),
            ("(三)", "坚持依法科学民主决策"),
            ("(四)", "加强矛盾纠纷多元化解"),
        ],
    );
    // The heading is the text after the (lost) number.
    assert_eq!(measures.children[1].heading, "深化普法宣传教育");
    // Two runs of 1, 2 … inside one section: siblings, restarted.
    assert_children(
        &measures.children[3],
        &[
            ("1", "加强矛盾纠纷排查"),
            ("2", "深化人民调解"),
            ("3", "推进诉源治理"),
            ("1", "规范执法程序"),
            ("2", "强化执法监督"),
        ],
    );
    // The sign-off line is not part of the last section.
    assert!(r.sections[3].text.ends_with("针对性和实效性。"));
}

#[test]
fn street_broken_repairs_are_diagnosed_where_they_are() {
    let r = parse(STREET_BROKEN);
    let places = [
        ("一)坚持党建引领", "lost opening bracket"),
        (")深化普法宣传教育", "lost number and bracket"),
        ("1加强矛盾纠纷排查", "lost separator"),
        ("2深化人民调解", "lost separator"),
        ("二、党政主要负责人", "duplicated top-level number"),
        ("基层执法人员法律专业素养", "lost 二是 marker"),
        ("是扎实开展述法工作", "lost numeral of 二是"),
    ];
    for (needle, what) in places {
        let at = offset(&r, needle);
        assert!(
            diagnosed_at(&r, D::OutlineRepaired, at),
            "{what} at {needle:?} ({at}) not diagnosed: {:#?}",
            r.diagnostics
        );
    }
    // One outline_repaired listing every repair, each with its place.
    assert_eq!(count(&r, D::OutlineRepaired), 1);
    let d = r
        .diagnostics
        .iter()
        .find(|d| d.code == D::OutlineRepaired)
        .unwrap();
    assert!(d.spans.len() >= places.len());
    assert!(
        d.message.starts_with(&format!("{} times: ", d.spans.len())),
        "{}",
        d.message
    );
    for code in [
        D::NotAReport,
        D::NoTitle,
        D::Truncated,
        D::PartMissing,
        D::MaskedText,
    ] {
        assert!(!r.has_diagnostic(code), "unexpected {code}");
    }
}

#[test]
fn street_broken_items() {
    let r = parse(STREET_BROKEN);
    assert_items(
        &r.measures,
        &[
            "坚持党建引领",
            "深化普法宣传教育",
            "坚持依法科学民主决策",
            "加强矛盾纠纷多元化解",
        ],
    );
    // 一是A;B;三是C: the lost 二是 restored.
    assert_items(
        &r.problems,
        &[
            "部分干部运用法治思维解决问题的能力不强",
            "基层执法人员法律专业素养有待提升",
            "法治宣传形式较为单一",
        ],
    );
    assert!(r.problems[1].text.starts_with("基层执法人员"));
    assert!(
        !r.problems[0].text.contains("对照上级要求"),
        "the introduction is not an item"
    );
    assert_paths(&r.problems, &[&["二"], &["二"], &["二"]]);
    // 一是…。是…。三是…: the lost numeral restored.
    assert_items(
        &r.leadership,
        &["带头学法", "扎实开展述法工作", "带头推动依法决策"],
    );
    assert_eq!(r.leadership[1].heading, "扎实开展述法工作");
    assert!(r.leadership[1].text.contains("扎实开展述法工作"));
    assert!(!r.leadership[0].text.contains("述法"));
    assert_items(
        &r.plans,
        &["持续深化法治学习", "提升基层执法水平", "创新普法宣传方式"],
    );
    assert!(
        !r.plans[2].text.contains("办事处"),
        "sign-off not in the last plan"
    );
}

#[test]
fn street_broken_compliance() {
    let r = parse(STREET_BROKEN);
    let c = &r.compliance;
    assert!(c.parts.measures && c.parts.problems && c.parts.leadership && c.parts.plans);
    assert!(!c.parts.other);
    assert!(c.missing.is_empty());
    assert_eq!(c.published_on_time, None, "no date to tell");
}

// ---------------------------------------------------------------------------
// no-title.txt: no title, topical headings, inline problems, list plans
// ---------------------------------------------------------------------------

#[test]
fn no_title_head() {
    let r = parse(NO_TITLE);
    assert_eq!(r.title, None);
    assert_eq!(r.year, Some(2022), "year from the opening 2022年,");
    assert_eq!(r.author.as_deref(), Some("新登镇人民政府"));
    assert_eq!(r.addressee, None);
    assert_eq!(r.signed_on, date(2023, 1, 16));
    assert_eq!(r.published_on, None);
    let preamble = r.preamble.as_deref().expect("a preamble");
    assert!(preamble.starts_with("2022年,新登镇在区委、区政府的坚强领导下"));
}

#[test]
fn no_title_outline() {
    let r = parse(NO_TITLE);
    assert_top(
        &r,
        &[
            ("一", "强化组织保障,压紧压实法治建设责任", K::Measures),
            ("二", "推进严格规范公正文明执法", K::Measures),
            ("三", "深化法治宣传,营造浓厚法治氛围", K::Measures),
            ("四", "存在的问题", K::Problems),
            ("五", "2023年工作打算", K::Plans),
        ],
    );
    assert_children(
        &r.sections[4],
        &[
            ("1", "持续加强法治队伍建设"),
            ("2", "推动执法规范化建设"),
            ("3", "深化矛盾纠纷多元化解"),
        ],
    );
    assert!(
        r.sections[3].children.is_empty(),
        "一是 inside a paragraph is no heading"
    );
}

#[test]
fn no_title_items() {
    let r = parse(NO_TITLE);
    // Topical headings without children: one paragraph each.
    assert_eq!(r.measures.len(), 3);
    assert_paths(&r.measures, &[&["一"], &["二"], &["三"]]);
    assert!(r.measures[0]
        .text
        .starts_with("镇党委、镇政府把法治政府建设列入"));
    assert!(r.measures[2].text.ends_with("“法律明白人”158名。"));
    // One paragraph: introduction ending with ":", then 一是…二是…三是….
    assert_items(
        &r.problems,
        &[
            "镇村干部法治意识有待进一步增强",
            "执法力量与执法任务不相适应",
            "矛盾纠纷源头化解机制还不够健全",
        ],
    );
    assert!(
        !r.problems[0].text.contains("薄弱环节:"),
        "the introduction is no item"
    );
    assert!(r.problems[2].text.ends_with("部分纠纷调处周期较长。"));
    assert_items(
        &r.plans,
        &[
            "持续加强法治队伍建设",
            "推动执法规范化建设",
            "深化矛盾纠纷多元化解",
        ],
    );
    assert_paths(&r.plans, &[&["五", "1"], &["五", "2"], &["五", "3"]]);
    assert!(r.leadership.is_empty());
    assert!(
        !r.plans[2].text.contains("新登镇人民政府"),
        "sign-off not in a plan"
    );
}

#[test]
fn no_title_diagnostics_and_compliance() {
    let r = parse(NO_TITLE);
    assert!(r.has_diagnostic(D::NoTitle));
    assert_eq!(count(&r, D::PartMissing), 1, "{:#?}", r.diagnostics);
    for code in [
        D::NotAReport,
        D::YearUnresolved,
        D::Truncated,
        D::OutlineRepaired,
        D::MaskedText,
    ] {
        assert!(!r.has_diagnostic(code), "unexpected {code}");
    }
    let c = &r.compliance;
    assert!(c.parts.measures && c.parts.problems && c.parts.plans);
    assert!(!c.parts.leadership && !c.parts.other);
    assert_eq!(c.missing, vec![K::Leadership]);
    assert_eq!(
        c.published_on_time,
        Some(true),
        "signed 2023-01-16 for 2022"
    );
}

// ---------------------------------------------------------------------------
// leadership-after-problems.txt: CRLF, parts reordered, leadership one paragraph
// ---------------------------------------------------------------------------

#[test]
fn leadership_after_problems_head() {
    let r = parse(LEADERSHIP_AFTER_PROBLEMS);
    assert_eq!(
        r.title.as_deref(),
        Some("宁海县人民政府2021年度法治政府建设工作报告")
    );
    assert_eq!(r.year, Some(2021));
    assert_eq!(r.author.as_deref(), Some("宁海县人民政府"));
    assert_eq!(r.addressee, None);
    assert_eq!(r.signed_on, date(2022, 3, 25), "二〇二二年三月二十五日");
    assert_eq!(r.published_on, date(2022, 3, 30));
    assert!(r
        .preamble
        .as_deref()
        .is_some_and(|p| p.starts_with("2021年,宁海县人民政府") && !p.contains("来源")));
}

#[test]
fn leadership_after_problems_crlf_is_the_same_as_lf() {
    assert!(LEADERSHIP_AFTER_PROBLEMS.contains("\r\n"));
    let lf = LEADERSHIP_AFTER_PROBLEMS.replace("\r\n", "\n");
    assert_eq!(parse(LEADERSHIP_AFTER_PROBLEMS), parse(&lf));
}

#[test]
fn leadership_after_problems_outline_and_items() {
    let r = parse(LEADERSHIP_AFTER_PROBLEMS);
    assert_top(
        &r,
        &[
            ("一", "主要举措和成效", K::Measures),
            ("二", "存在的不足和原因", K::Problems),
            ("三", "第一责任人职责情况", K::Leadership),
            ("四", "下一步工作计划", K::Plans),
        ],
    );
    assert!(r.sections[2].children.is_empty());
    assert_items(
        &r.measures,
        &[
            "依法决策水平持续提升",
            "行政执法更加规范",
            "社会矛盾纠纷化解有力",
        ],
    );
    assert_items(
        &r.problems,
        &["依法行政能力发展不平衡", "行政执法协同不够顺畅"],
    );
    // The leadership part is one paragraph: one item, the whole paragraph.
    assert_items(
        &r.leadership,
        &["县政府主要负责人认真履行推进法治建设第一责任人职责"],
    );
    assert_paths(&r.leadership, &[&["三"]]);
    let para = &r.leadership[0].text;
    assert!(para.starts_with("县政府主要负责人认真履行"));
    assert!(para.ends_with("带头出庭应诉行政诉讼案件1件。"));
    assert_items(
        &r.plans,
        &[
            "深入学习贯彻习近平法治思想",
            "大综合一体化",
            "行政争议实质性化解机制",
        ],
    );
    assert!(
        r.plans[2].text.ends_with("5%以内。"),
        "sign-off not in the last plan"
    );
}

#[test]
fn leadership_after_problems_diagnostics_and_compliance() {
    let r = parse(LEADERSHIP_AFTER_PROBLEMS);
    assert_clean(&r);
    let c = &r.compliance;
    assert!(c.parts.measures && c.parts.problems && c.parts.leadership && c.parts.plans);
    assert!(!c.parts.other);
    assert!(c.missing.is_empty(), "order does not matter");
    assert_eq!(c.published_on_time, Some(true));
}

// ---------------------------------------------------------------------------
// masked-template.txt: a template with masked names and numbers
// ---------------------------------------------------------------------------

#[test]
fn masked_template_head() {
    let r = parse(MASKED_TEMPLATE);
    assert_eq!(
        r.title.as_deref(),
        Some("**街道2023年度法治政府建设情况报告")
    );
    assert_eq!(r.year, Some(2023));
    assert_eq!(r.addressee, None);
    assert_eq!(r.published_on, None);
    assert_eq!(r.signed_on, None, "the sign-off date is masked");
}

#[test]
fn masked_template_author_from_masked_sign_off() {
    let r = parse(MASKED_TEMPLATE);
    assert_eq!(r.author.as_deref(), Some("**街道办事处"));
}

#[test]
fn masked_template_sign_off_is_not_body() {
    let r = parse(MASKED_TEMPLATE);
    let last_plan = r.plans.last().expect("plans");
    assert!(
        last_plan.text.ends_with("维护社会和谐稳定。"),
        "{:?}",
        last_plan.text
    );
    assert!(!r.sections[3].text.contains("2024年×月×日"));
}

#[test]
fn masked_template_outline_and_items() {
    let r = parse(MASKED_TEMPLATE);
    assert_top(
        &r,
        &[
            ("一", "主要举措和成效", K::Measures),
            ("二", "存在的不足和原因", K::Problems),
            ("三", "第一责任人职责情况", K::Leadership),
            ("四", "2024年工作安排", K::Plans),
        ],
    );
    assert_items(
        &r.measures,
        &[
            "加强组织领导",
            "推进依法决策",
            "加强普法宣传",
            "化解矛盾纠纷",
        ],
    );
    // A line that starts with 一是 and goes on with 二是 is an inline enumeration.
    assert!(r.sections[1].children.is_empty());
    assert_items(
        &r.problems,
        &[
            "法治宣传的形式较为单一",
            "执法人员专业化水平有待提升",
            "基层法治建设经费保障不足",
        ],
    );
    assert_items(&r.leadership, &["街道党工委书记、办事处主任带头学法用法"]);
    assert_items(
        &r.plans,
        &[
            "持续深化法治学习",
            "规范执法行为",
            "完善矛盾纠纷多元化解机制",
        ],
    );
}

#[test]
fn masked_template_diagnostics_and_compliance() {
    let r = parse(MASKED_TEMPLATE);
    let masked = r
        .diagnostics
        .iter()
        .find(|d| d.code == D::MaskedText)
        .expect("masked_text");
    if let Some(span) = masked.span {
        let at = r.slice(span).expect("span in text");
        assert!(
            at.contains(['*', '×', 'x', 'X']),
            "points at a mask: {at:?}"
        );
    }
    for code in [
        D::NotAReport,
        D::NoTitle,
        D::YearUnresolved,
        D::OutlineRepaired,
        D::PartMissing,
    ] {
        assert!(!r.has_diagnostic(code), "unexpected {code}");
    }
    let c = &r.compliance;
    assert!(c.missing.is_empty());
    assert_eq!(c.published_on_time, None, "no readable date");
}

#[test]
fn masked_template_is_not_truncated() {
    let r = parse(MASKED_TEMPLATE);
    assert!(!r.has_diagnostic(D::Truncated), "{:#?}", r.diagnostics);
}

// ---------------------------------------------------------------------------
// department.txt: a department report, markdown metadata table, full-width forms
// ---------------------------------------------------------------------------

#[test]
fn department_head_and_metadata_table() {
    let r = parse(DEPARTMENT);
    assert_eq!(
        r.title.as_deref(),
        Some("长兴县应急管理局2023年度法治政府建设工作报告")
    );
    assert_eq!(r.year, Some(2023));
    assert_eq!(r.author.as_deref(), Some("长兴县应急管理局"));
    assert_eq!(r.addressee, None);
    assert_eq!(r.signed_on, date(2024, 1, 26));
    assert_eq!(r.published_on, date(2024, 2, 2));
    assert_eq!(
        r.source.index_number.as_deref(),
        Some("11330522MB1D47206K/2024-00012")
    );
    assert_eq!(
        r.source.document_number.as_deref(),
        Some("长应急〔2024〕5号")
    );
    assert_eq!(r.source.publisher.as_deref(), Some("长兴县应急管理局"));
    let other = |k: &str| r.source.other.get(k).map(String::as_str);
    assert_eq!(other("发文机关"), Some("长兴县应急管理局"));
    assert_eq!(other("主题分类"), Some("安全生产"));
    assert_eq!(other("成文日期"), Some("2024-01-26"));
    for v in r.source.other.values() {
        assert!(!v.contains('|'), "table pipes are not values: {v:?}");
    }
    let preamble = r.preamble.as_deref().expect("a preamble");
    assert!(preamble.starts_with("2023年,我局在县委、县政府的正确领导下"));
    assert!(!preamble.contains("索引号"));
}

#[test]
fn department_full_width_forms_are_folded() {
    let r = parse(DEPARTMENT);
    assert!(DEPARTMENT.contains("（一）") && DEPARTMENT.contains("１００％"));
    assert!(r.text.contains("(一)深入学习贯彻习近平法治思想"));
    assert!(r.text.contains("均达100%"));
    assert!(r.text.contains("286.5万元"));
    assert_eq!(r.measures[2].heading, "推进“互联网+执法”");
}

#[test]
fn department_outline_and_items() {
    let r = parse(DEPARTMENT);
    assert_top(
        &r,
        &[
            ("一", "主要举措和成效", K::Measures),
            ("二", "存在的不足和原因", K::Problems),
            ("三", "第一责任人职责情况", K::Leadership),
            ("四", "工作计划", K::Plans),
        ],
    );
    assert_items(
        &r.measures,
        &[
            "深入学习贯彻习近平法治思想",
            "严格规范安全生产执法",
            "互联网+执法",
            "加强普法宣传",
        ],
    );
    assert_items(
        &r.problems,
        &["执法力量与监管任务不匹配", "执法人员专业能力有待提升"],
    );
    assert_items(&r.leadership, &["局主要负责人严格落实第一责任人职责"]);
    assert_items(
        &r.plans,
        &["持续强化执法队伍建设", "综合查一次", "加强安全生产普法宣传"],
    );
    assert!(r.plans[2].text.ends_with("安全生产主体责任。"));
}

#[test]
fn department_diagnostics_and_compliance() {
    let r = parse(DEPARTMENT);
    assert_clean(&r);
    assert!(r.compliance.missing.is_empty());
    assert!(!r.compliance.parts.other);
    assert_eq!(r.compliance.published_on_time, Some(true));
}

// ---------------------------------------------------------------------------
// truncated-page.txt: a first page, cut off mid-sentence
// ---------------------------------------------------------------------------

#[test]
fn truncated_page_head() {
    let r = parse(TRUNCATED_PAGE);
    assert_eq!(
        r.title.as_deref(),
        Some("海曙区2024年度法治政府建设情况报告")
    );
    assert_eq!(r.year, Some(2024));
    assert_eq!(
        r.author, None,
        "来源 is the web page's source, not the issuing body"
    );
    assert_eq!(r.addressee, None);
    assert_eq!(r.signed_on, None);
    assert_eq!(r.published_on, date(2025, 3, 20));
    let preamble = r.preamble.as_deref().expect("a preamble");
    assert!(preamble.starts_with("2024年,海曙区坚持"));
    for chrome in ["今天是", "无障碍", "您所在的位置", "来源"] {
        assert!(!preamble.contains(chrome), "{chrome} is not preamble");
    }
}

#[test]
fn truncated_page_outline_and_items() {
    let r = parse(TRUNCATED_PAGE);
    assert_top(&r, &[("一", "主要举措和成效", K::Measures)]);
    assert_children(
        &r.sections[0],
        &[
            ("(一)", "坚持党的领导,统筹推进法治政府建设"),
            ("(二)", "深化行政复议体制改革"),
        ],
    );
    assert_items(&r.measures, &["坚持党的领导", "深化行政复议体制改革"]);
    assert!(r.measures[1].text.ends_with("同比增长"));
}

#[test]
fn truncated_page_diagnostics_and_compliance() {
    let r = parse(TRUNCATED_PAGE);
    let truncated = r
        .diagnostics
        .iter()
        .find(|d| d.code == D::Truncated)
        .expect("truncated");
    if let Some(span) = truncated.span {
        assert!(
            span.start >= offset(&r, "新修订的行政复议法"),
            "points into the last line: {span}"
        );
    }
    for code in [
        D::NotAReport,
        D::NoTitle,
        D::YearUnresolved,
        D::OutlineRepaired,
        D::MaskedText,
    ] {
        assert!(!r.has_diagnostic(code), "unexpected {code}");
    }
    // The parts the page does not reach are absent from the text.
    assert_eq!(
        r.compliance.missing,
        vec![K::Problems, K::Leadership, K::Plans]
    );
    assert!(r.has_diagnostic(D::PartMissing));
    assert_eq!(r.compliance.published_on_time, Some(true));
}

// ---------------------------------------------------------------------------
// Page metadata: 来源 fills `source.publisher` (schema.md: 发布机构/发布者/来源)
// ---------------------------------------------------------------------------

#[test]
fn publisher_from_laiyuan() {
    for (text, publisher) in [
        (TRUNCATED_PAGE, "海曙区司法局"),
        (LEADERSHIP_AFTER_PROBLEMS, "宁海县司法局"),
        (MISSING_PARTS, "韩山镇人民政府"),
    ] {
        let r = parse(text);
        assert_eq!(r.source.publisher.as_deref(), Some(publisher));
    }
}

// ---------------------------------------------------------------------------
// traditional.txt: a report in traditional characters
// ---------------------------------------------------------------------------

#[test]
fn traditional_head() {
    let r = parse(TRADITIONAL);
    assert_eq!(r.year, Some(2022));
    assert_eq!(r.author.as_deref(), Some("廣州市天河區人民政府"));
    assert_eq!(r.signed_on, date(2023, 2, 20));
    assert_eq!(r.published_on, None);
    assert!(!r.has_diagnostic(D::NotAReport));
}

#[test]
fn traditional_title() {
    let r = parse(TRADITIONAL);
    assert_eq!(
        r.title.as_deref(),
        Some("廣州市天河區人民政府關於2022年度法治政府建設情況的報告")
    );
    assert!(!r.has_diagnostic(D::NoTitle));
}

#[test]
fn traditional_addressee_and_preamble() {
    let r = parse(TRADITIONAL);
    assert_eq!(r.addressee.as_deref(), Some("市委、市政府"));
    let preamble = r.preamble.as_deref().expect("a preamble");
    assert!(
        preamble.starts_with("2022年,天河區人民政府"),
        "{preamble:?}"
    );
    assert!(!preamble.contains("字體"));
}

#[test]
fn traditional_outline_numbers_and_headings() {
    let r = parse(TRADITIONAL);
    let top: Vec<(&str, &str)> = r
        .sections
        .iter()
        .map(|s| (s.number.as_str(), s.heading.as_str()))
        .collect();
    assert_eq!(
        top,
        [
            ("一", "2022年推進法治政府建設的主要舉措和成效"),
            ("二", "存在問題"),
            ("三", "黨政主要負責人履行推進法治建設第一責任人職責情況"),
            ("四", "2023年工作計劃"),
        ],
        "headings stay in the text's own characters"
    );
    assert_eq!(r.sections[0].children.len(), 3);
    assert_eq!(r.sections[3].children.len(), 3);
}

#[test]
fn traditional_section_kinds_and_items() {
    let r = parse(TRADITIONAL);
    assert_top(
        &r,
        &[
            ("一", "主要舉措和成效", K::Measures),
            ("二", "存在問題", K::Problems),
            ("三", "第一責任人職責情況", K::Leadership),
            ("四", "工作計劃", K::Plans),
        ],
    );
    assert_items(
        &r.measures,
        &[
            "加強黨對法治政府建設的領導",
            "嚴格規範公正文明執法",
            "依法化解矛盾糾紛",
        ],
    );
    assert_items(
        &r.problems,
        &[
            "部分領導幹部運用法治思維的能力不足",
            "基層執法隊伍專業化水平有待提高",
        ],
    );
    assert_items(&r.leadership, &["區政府主要負責人認真履行第一責任人職責"]);
    assert_items(
        &r.plans,
        &[
            "深入學習貫徹習近平法治思想",
            "持續提升行政執法規範化水平",
            "健全矛盾糾紛多元化解機制",
        ],
    );
}

#[test]
fn traditional_compliance() {
    let r = parse(TRADITIONAL);
    assert!(
        r.compliance.missing.is_empty(),
        "{:?}",
        r.compliance.missing
    );
    assert!(!r.has_diagnostic(D::PartMissing));
    assert_eq!(r.compliance.published_on_time, Some(true));
}

// ---------------------------------------------------------------------------
// not-a-report.txt, not-a-report-2.txt: other government texts
// ---------------------------------------------------------------------------

#[test]
fn not_a_report_government_work_report() {
    let r = parse(NOT_A_REPORT);
    assert!(r.has_diagnostic(D::NotAReport), "{:#?}", r.diagnostics);
    assert_eq!(r.title.as_deref(), Some("政府工作报告"));
    assert_eq!(r.addressee.as_deref(), Some("各位代表"));
    assert!(!r.has_diagnostic(D::NoTitle));
    assert!(!r.has_diagnostic(D::Truncated));
    assert!(!r.has_diagnostic(D::MaskedText));
    // Everything else is still filled in as far as it goes.
    assert_eq!(r.sections.len(), 2);
    assert!(r
        .preamble
        .as_deref()
        .is_some_and(|p| p.starts_with("现在,我代表县人民政府")));
}

#[test]
fn not_a_report_meeting_notice() {
    let r = parse(NOT_A_REPORT_2);
    assert!(r.has_diagnostic(D::NotAReport), "{:#?}", r.diagnostics);
    assert_eq!(r.author.as_deref(), Some("长兴县人民政府办公室"));
    assert_eq!(r.signed_on, date(2024, 2, 5));
    assert_eq!(r.sections.len(), 4);
    assert!(r.problems.is_empty() && r.leadership.is_empty() && r.plans.is_empty());
    assert!(!r.has_diagnostic(D::Truncated));
}

#[test]
fn not_a_report_meeting_notice_title() {
    let r = parse(NOT_A_REPORT_2);
    assert_eq!(
        r.title.as_deref(),
        Some("关于召开2024年全县安全生产工作会议的通知")
    );
    assert!(!r.has_diagnostic(D::NoTitle));
}

#[test]
fn not_a_report_meeting_notice_addressee() {
    let r = parse(NOT_A_REPORT_2);
    assert_eq!(
        r.addressee.as_deref(),
        Some("各乡镇人民政府、街道办事处,县政府各部门、各直属单位")
    );
    assert!(r
        .preamble
        .as_deref()
        .is_some_and(|p| p.starts_with("经县政府研究")));
}

// ---------------------------------------------------------------------------
// missing-parts.txt: no problems, no plans, published late
// ---------------------------------------------------------------------------

#[test]
fn missing_parts_head() {
    let r = parse(MISSING_PARTS);
    assert_eq!(
        r.title.as_deref(),
        Some("沭阳县韩山镇2022年度法治政府建设工作报告")
    );
    assert_eq!(r.year, Some(2022));
    assert_eq!(r.author.as_deref(), Some("沭阳县韩山镇人民政府"));
    assert_eq!(r.signed_on, date(2023, 4, 20));
    assert_eq!(r.published_on, date(2023, 5, 11));
}

#[test]
fn missing_parts_outline_and_items() {
    let r = parse(MISSING_PARTS);
    assert_top(
        &r,
        &[
            ("一", "主要工作开展情况", K::Measures),
            ("二", "第一责任人职责情况", K::Leadership),
            ("三", "其他需要报告的情况", K::Other),
        ],
    );
    assert_children(
        &r.sections[0].children[2],
        &[("①", "推进村规民约修订"), ("②", "加强人民调解队伍建设")],
    );
    assert_items(
        &r.measures,
        &["强化法治学习", "规范行政行为", "推进基层依法治理"],
    );
    assert_items(
        &r.leadership,
        &["镇党委书记、镇长认真履行推进法治建设第一责任人职责"],
    );
    assert!(r.problems.is_empty());
    assert!(r.plans.is_empty());
}

#[test]
fn missing_parts_compliance() {
    let r = parse(MISSING_PARTS);
    let c = &r.compliance;
    assert!(c.parts.measures && c.parts.leadership && c.parts.other);
    assert!(!c.parts.problems && !c.parts.plans);
    assert_eq!(c.missing, vec![K::Problems, K::Plans]);
    assert_eq!(
        c.published_on_time,
        Some(false),
        "published 2023-05-11, after April 1"
    );
    // One part_missing per report, naming every missing part.
    assert_eq!(count(&r, D::PartMissing), 1);
    let d = r
        .diagnostics
        .iter()
        .find(|d| d.code == D::PartMissing)
        .unwrap();
    assert!(
        d.message
            .starts_with("the report has no problems or plans part"),
        "{}",
        d.message
    );
    assert_eq!(c.date_used, Some(lawreport::DateUsed::PublishedOn));
    assert_eq!(c.deadline, chrono::NaiveDate::from_ymd_opt(2023, 4, 1));
    assert!(c.text_complete && c.text_issues.is_empty());
    for code in [
        D::NotAReport,
        D::NoTitle,
        D::OutlineRepaired,
        D::Truncated,
        D::MaskedText,
    ] {
        assert!(!r.has_diagnostic(code), "unexpected {code}");
    }
}

// ---------------------------------------------------------------------------
// plain-minimal.txt: title and three short parts
// ---------------------------------------------------------------------------

#[test]
fn plain_minimal() {
    let r = parse(PLAIN_MINIMAL);
    assert_eq!(
        r.title.as_deref(),
        Some("城关镇2023年度法治政府建设情况报告"),
        "full-width digits folded"
    );
    assert_eq!(r.year, Some(2023));
    assert_eq!(r.author, None);
    assert_eq!(r.addressee, None);
    assert_eq!(r.signed_on, None);
    assert_eq!(r.published_on, None);
    assert_eq!(r.preamble, None);
    assert_top(
        &r,
        &[
            ("一", "主要工作", K::Measures),
            ("二", "存在问题", K::Problems),
            ("三", "下一步工作打算", K::Plans),
        ],
    );
    // One paragraph each: one item each.
    assert_eq!(r.measures.len(), 1);
    assert!(r.measures[0].text.starts_with("今年以来,我镇坚持依法行政"));
    assert_eq!(r.problems.len(), 1);
    assert!(r.problems[0].text.starts_with("基层法治力量比较薄弱"));
    assert!(r.problems[0].heading.contains("基层法治力量比较薄弱"));
    assert_eq!(r.plans.len(), 1);
    assert!(r.plans[0].heading.contains("加强法治队伍建设"));
    assert!(r.leadership.is_empty());
    assert_eq!(r.compliance.missing, vec![K::Leadership]);
    assert_eq!(r.compliance.published_on_time, None);
    assert_eq!(count(&r, D::PartMissing), 1);
    for code in [
        D::NotAReport,
        D::NoTitle,
        D::OutlineRepaired,
        D::Truncated,
        D::MaskedText,
    ] {
        assert!(!r.has_diagnostic(code), "unexpected {code}");
    }
}

// ---------------------------------------------------------------------------
// Statistics
// ---------------------------------------------------------------------------

/// (raw, value, unit) in text order.
#[track_caller]
fn assert_statistics(r: &Report, expected: &[(&str, f64, &str)]) {
    let got: Vec<(&str, f64, &str)> = r
        .statistics
        .iter()
        .map(|s| (s.raw.as_str(), s.value, s.unit.as_str()))
        .collect();
    assert_eq!(got.len(), expected.len(), "statistics: {got:#?}");
    for (g, e) in got.iter().zip(expected) {
        assert_eq!(g.0, e.0, "raw");
        assert!(
            (g.1 - e.1).abs() < 1e-6 * e.1.abs().max(1.0),
            "value of {}: {}",
            e.0,
            g.1
        );
        assert_eq!(g.2, e.2, "unit of {}", e.0);
    }
}

#[track_caller]
fn statistic<'r>(r: &'r Report, raw: &str) -> &'r lawreport::Statistic {
    r.statistics
        .iter()
        .find(|s| s.raw == raw)
        .unwrap_or_else(|| panic!("no statistic {raw:?}"))
}

#[test]
fn statistics_district_full() {
    let r = parse(DISTRICT_FULL);
    assert_statistics(
        &r,
        &[
            ("6次", 6.0, "次"),
            ("23个", 23.0, "个"),
            ("12次", 12.0, "次"),
            ("1860名", 1860.0, "名"),
            ("99.6%", 99.6, "%"),
            ("2.3个百分点", 2.3, "个百分点"),
            ("1127项", 1127.0, "项"),
            ("1个工作日", 1.0, "个工作日"),
            ("35个工作日", 35.0, "个工作日"),
            ("140余次", 140.0, "次"),
            ("1863.5万元", 18_635_000.0, "元"),
            ("1094人", 1094.0, "人"),
            ("2315件", 2315.0, "件"),
            ("286.4万元", 2_864_000.0, "元"),
            ("42个", 42.0, "个"),
            ("460卷", 460.0, "卷"),
            ("87件", 87.0, "件"),
            ("81件", 81.0, "件"),
            ("9.2%", 9.2, "%"),
            ("4件", 4.0, "件"),
            ("100%", 100.0, "%"),
            ("4.6万件", 46_000.0, "件"),
            ("98.7%", 98.7, "%"),
            ("320余场", 320.0, "场"),
            ("5.2万人次", 52_000.0, "人次"),
            ("4次", 4.0, "次"),
            ("2件", 2.0, "件"),
            ("100%", 100.0, "%"),
        ],
    );
    assert_eq!(statistic(&r, "140余次").approx, Some(Approx::MoreThan));
    assert_eq!(statistic(&r, "320余场").approx, Some(Approx::MoreThan));
    assert_eq!(statistic(&r, "1094人").approx, None);
    assert_eq!(
        statistic(&r, "87件").indicator,
        Some(Indicator::AdminReconsiderationCases)
    );
    assert_eq!(
        statistic(&r, "2315件").indicator,
        Some(Indicator::AdminPenaltyCases)
    );
    assert_eq!(
        statistic(&r, "4.6万件").indicator,
        Some(Indicator::HotlineCases)
    );
    assert_eq!(
        statistic(&r, "1094人").indicator,
        Some(Indicator::LawEnforcementOfficers)
    );
    assert_eq!(
        statistic(&r, "12次").indicator,
        Some(Indicator::StudySessions)
    );
    assert_eq!(
        statistic(&r, "1127项").indicator,
        Some(Indicator::ServiceItems)
    );
    assert!(statistic(&r, "87件")
        .subject
        .as_deref()
        .is_some_and(|s| s.contains("行政复议")));
    assert_eq!(statistic(&r, "1094人").section, vec!["一", "(三)"]);
    assert_eq!(
        statistic(&r, "6次").section,
        vec!["一", "(一)", "1"],
        "path of the innermost section"
    );
    // Items link the statistics inside them.
    let first = &r.measures[0];
    let raws: Vec<&str> = first
        .statistics
        .iter()
        .map(|&i| r.statistics[i].raw.as_str())
        .collect();
    assert_eq!(
        raws,
        ["6次", "23个", "12次", "1860名", "99.6%", "2.3个百分点"]
    );
    assert_eq!(r.leadership[1].statistics.len(), 1);
}

#[test]
fn statistics_department_full_width() {
    let r = parse(DEPARTMENT);
    assert_statistics(
        &r,
        &[
            ("8次", 8.0, "次"),
            ("100%", 100.0, "%"),
            ("1263家次", 1263.0, "家次"),
            ("157起", 157.0, "起"),
            ("286.5万元", 2_865_000.0, "元"),
            ("18个工作日", 18.0, "个工作日"),
            ("92.4%", 92.4, "%"),
            ("23场", 23.0, "场"),
            ("1.2万份", 12_000.0, "份"),
            ("31人", 31.0, "人"),
            ("4次", 4.0, "次"),
            ("1次", 1.0, "次"),
        ],
    );
}

#[test]
fn statistics_traditional_units_are_simplified() {
    let r = parse(TRADITIONAL);
    assert_statistics(
        &r,
        &[
            ("6次", 6.0, "次"),
            ("35項", 35.0, "项"),
            ("2416人", 2416.0, "人"),
            ("3870件", 3870.0, "件"),
            ("1265.3萬元", 12_653_000.0, "元"),
            ("4521件", 4521.0, "件"),
            ("97.6%", 97.6, "%"),
            ("6個", 6.0, "个"),
            ("4次", 4.0, "次"),
        ],
    );
}

#[test]
fn statistics_no_title() {
    let r = parse(NO_TITLE);
    assert_statistics(
        &r,
        &[
            ("5次", 5.0, "次"),
            ("29个", 29.0, "个"),
            ("47份", 47.0, "份"),
            ("138件", 138.0, "件"),
            ("6200平方米", 6200.0, "平方米"),
            ("100%", 100.0, "%"),
            ("42场", 42.0, "场"),
            ("1.3万人次", 13_000.0, "人次"),
            ("3个", 3.0, "个"),
            ("158名", 158.0, "名"),
        ],
    );
}

#[test]
fn statistics_street_broken_heading_numbers_are_not_statistics() {
    let r = parse(STREET_BROKEN);
    assert_statistics(
        &r,
        &[
            ("4次", 4.0, "次"),
            ("11个", 11.0, "个"),
            ("56场", 56.0, "场"),
            ("8600余份", 8600.0, "份"),
            ("212名", 212.0, "名"),
            ("73份", 73.0, "份"),
            ("425起", 425.0, "起"),
            ("98%", 98.0, "%"),
            ("9个", 9.0, "个"),
            ("3次", 3.0, "次"),
        ],
    );
}

#[test]
fn statistics_truncated_page_and_missing_parts() {
    assert_statistics(
        &parse(TRUNCATED_PAGE),
        &[
            ("5次", 5.0, "次"),
            ("43项", 43.0, "项"),
            ("3家", 3.0, "家"),
            ("9名", 9.0, "名"),
            ("286件", 286.0, "件"),
            ("212件", 212.0, "件"),
        ],
    );
    assert_statistics(
        &parse(MISSING_PARTS),
        &[
            ("7次", 7.0, "次"),
            ("2期", 2.0, "期"),
            ("260人次", 260.0, "人次"),
            ("64件", 64.0, "件"),
            ("24个", 24.0, "个"),
            ("3个", 3.0, "个"),
            ("318件", 318.0, "件"),
            ("97%", 97.0, "%"),
            ("96人", 96.0, "人"),
            ("3次", 3.0, "次"),
            ("2次", 2.0, "次"),
        ],
    );
}

#[test]
fn statistics_plain_minimal_full_width() {
    assert_statistics(
        &parse(PLAIN_MINIMAL),
        &[
            ("18份", 18.0, "份"),
            ("76件", 76.0, "件"),
            ("15场", 15.0, "场"),
        ],
    );
}

#[test]
fn statistics_masked_numbers_are_not_statistics() {
    let r = parse(MASKED_TEMPLATE);
    assert!(r.statistics.is_empty(), "{:#?}", r.statistics);
}

#[test]
fn statistics_exclude_years_dates_ordinals_hotlines_and_slogans() {
    for text in REPORTS {
        let r = parse(text);
        for s in &r.statistics {
            let raw = s.raw.as_str();
            assert!(!raw.contains('年'), "a year or date: {raw}");
            assert!(!raw.contains("12345"), "a hotline: {raw}");
            assert!(!raw.starts_with('第'), "an ordinal: {raw}");
            assert!(!raw.contains(['*', '×']), "a masked number: {raw}");
            assert!(!raw.contains('·'), "a day name like 5·12: {raw}");
            let at = s.span.start;
            let before: String = r.text.chars().take(at).collect();
            assert!(
                !before.ends_with('第') && !before.ends_with('“'),
                "an ordinal or a quoted name: {raw}"
            );
        }
    }
}

// ---------------------------------------------------------------------------
// Jurisdiction
// ---------------------------------------------------------------------------

/// (code, standard name, level, province, prefecture, county).
#[track_caller]
fn assert_jurisdiction(
    text: &str,
    code: &str,
    name: &str,
    level: Level,
    parents: (&str, &str, &str),
) {
    let r = parse(text);
    let j = r.jurisdiction.as_ref().expect("a jurisdiction");
    assert_eq!(j.code.as_deref(), Some(code));
    assert_eq!(j.name, name);
    assert_eq!(j.level, Some(level));
    assert_eq!(j.province.as_deref(), Some(parents.0));
    assert_eq!(j.prefecture.as_deref(), Some(parents.1));
    assert_eq!(j.county.as_deref(), Some(parents.2));
    if level == Level::Township {
        assert_eq!(j.township.as_deref(), Some(name));
    } else {
        assert_eq!(j.township, None);
    }
    assert!(j.candidates.is_empty() || j.candidates.contains(&code.to_string()));
    assert!(!r.has_diagnostic(D::JurisdictionUnresolved));
    assert!(!r.has_diagnostic(D::JurisdictionAmbiguous));
}

#[test]
fn jurisdiction_district_full() {
    assert_jurisdiction(
        DISTRICT_FULL,
        "320117",
        "溧水区",
        Level::County,
        ("江苏省", "南京市", "溧水区"),
    );
}

#[test]
fn jurisdiction_street_broken() {
    assert_jurisdiction(
        STREET_BROKEN,
        "370303009",
        "马尚街道",
        Level::Township,
        ("山东省", "淄博市", "张店区"),
    );
}

#[test]
fn jurisdiction_no_title_from_body() {
    assert_jurisdiction(
        NO_TITLE,
        "330111115",
        "新登镇",
        Level::Township,
        ("浙江省", "杭州市", "富阳区"),
    );
}

#[test]
fn jurisdiction_leadership_after_problems() {
    assert_jurisdiction(
        LEADERSHIP_AFTER_PROBLEMS,
        "330226",
        "宁海县",
        Level::County,
        ("浙江省", "宁波市", "宁海县"),
    );
}

#[test]
fn jurisdiction_department_is_its_government() {
    assert_jurisdiction(
        DEPARTMENT,
        "330522",
        "长兴县",
        Level::County,
        ("浙江省", "湖州市", "长兴县"),
    );
}

#[test]
fn jurisdiction_truncated_page() {
    assert_jurisdiction(
        TRUNCATED_PAGE,
        "330203",
        "海曙区",
        Level::County,
        ("浙江省", "宁波市", "海曙区"),
    );
}

#[test]
fn jurisdiction_traditional_names_standard_and_mention_as_written() {
    assert_jurisdiction(
        TRADITIONAL,
        "440106",
        "天河区",
        Level::County,
        ("广东省", "广州市", "天河区"),
    );
    let r = parse(TRADITIONAL);
    let mention = &r.jurisdiction.as_ref().expect("a jurisdiction").mention;
    assert!(mention.contains("天河區"), "mention as written: {mention}");
}

#[test]
fn jurisdiction_missing_parts() {
    assert_jurisdiction(
        MISSING_PARTS,
        "321322108",
        "韩山镇",
        Level::Township,
        ("江苏省", "宿迁市", "沭阳县"),
    );
}

#[test]
fn jurisdiction_masked_template_is_unknown() {
    let r = parse(MASKED_TEMPLATE);
    assert_eq!(
        r.jurisdiction.as_ref().and_then(|j| j.code.as_deref()),
        None
    );
}

#[test]
fn jurisdiction_plain_minimal_is_ambiguous() {
    // 88 towns are named 城关镇 and the report names no parent.
    let r = parse(PLAIN_MINIMAL);
    assert!(r.has_diagnostic(D::JurisdictionAmbiguous));
    let j = r.jurisdiction.as_ref().expect("the unit, with candidates");
    assert_eq!(j.code, None);
    assert!(j.candidates.len() > 1);
    assert!(j.candidates.contains(&"410183100".to_string()));
    assert_eq!(j.level, Some(Level::Township));
}

// ---------------------------------------------------------------------------
// Layouts: the parts of a report however it is laid out (issue 15)
// ---------------------------------------------------------------------------

/// Every layout fixture with its expectations, written from the text before
/// the parser ran on it (`fixtures/layout-gold/`, in the corpus gold format).
const LAYOUTS: &[(&str, &str, &str)] = &[
    (
        "layout-unnumbered-parts",
        LAYOUT_UNNUMBERED_PARTS,
        include_str!("fixtures/layout-gold/layout-unnumbered-parts.json"),
    ),
    (
        "layout-merged-part",
        LAYOUT_MERGED_PART,
        include_str!("fixtures/layout-gold/layout-merged-part.json"),
    ),
    (
        "layout-causes-paragraph",
        LAYOUT_CAUSES_PARAGRAPH,
        include_str!("fixtures/layout-gold/layout-causes-paragraph.json"),
    ),
    (
        "layout-restarts",
        LAYOUT_RESTARTS,
        include_str!("fixtures/layout-gold/layout-restarts.json"),
    ),
    (
        "layout-skipped-numbering",
        LAYOUT_SKIPPED_NUMBERING,
        include_str!("fixtures/layout-gold/layout-skipped-numbering.json"),
    ),
    (
        "layout-part-headings",
        LAYOUT_PART_HEADINGS,
        include_str!("fixtures/layout-gold/layout-part-headings.json"),
    ),
    (
        "layout-topical-headings",
        LAYOUT_TOPICAL_HEADINGS,
        include_str!("fixtures/layout-gold/layout-topical-headings.json"),
    ),
    (
        "layout-paragraph-items",
        LAYOUT_PARAGRAPH_ITEMS,
        include_str!("fixtures/layout-gold/layout-paragraph-items.json"),
    ),
    (
        "layout-unnumbered-arabic",
        LAYOUT_UNNUMBERED_ARABIC,
        include_str!("fixtures/layout-gold/layout-unnumbered-arabic.json"),
    ),
    (
        "layout-merged-runs",
        LAYOUT_MERGED_RUNS,
        include_str!("fixtures/layout-gold/layout-merged-runs.json"),
    ),
    (
        "layout-problems-turn",
        LAYOUT_PROBLEMS_TURN,
        include_str!("fixtures/layout-gold/layout-problems-turn.json"),
    ),
    (
        "layout-unnumbered-lists",
        LAYOUT_UNNUMBERED_LISTS,
        include_str!("fixtures/layout-gold/layout-unnumbered-lists.json"),
    ),
    (
        "layout-folded-opening",
        LAYOUT_FOLDED_OPENING,
        include_str!("fixtures/layout-gold/layout-folded-opening.json"),
    ),
    (
        "layout-standard-five",
        LAYOUT_STANDARD_FIVE,
        include_str!("fixtures/layout-gold/layout-standard-five.json"),
    ),
    (
        "layout-merged-paragraph",
        LAYOUT_MERGED_PARAGRAPH,
        include_str!("fixtures/layout-gold/layout-merged-paragraph.json"),
    ),
    (
        "layout-titled-paragraphs",
        LAYOUT_TITLED_PARAGRAPHS,
        include_str!("fixtures/layout-gold/layout-titled-paragraphs.json"),
    ),
    (
        "layout-cause-subsection",
        LAYOUT_CAUSE_SUBSECTION,
        include_str!("fixtures/layout-gold/layout-cause-subsection.json"),
    ),
];

/// Hits and totals of one figure.
#[derive(Default, Debug)]
struct Figure {
    hits: usize,
    total: usize,
}

impl Figure {
    fn add(&mut self, hits: usize, total: usize) {
        self.hits += hits;
        self.total += total;
    }

    fn value(&self) -> f64 {
        if self.total == 0 {
            1.0
        } else {
            self.hits as f64 / self.total as f64
        }
    }
}

fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// One to one and in order, as the corpus scorer matches: each expected
/// string inside a distinct item's heading and text.
fn matched_items(expected: &[String], items: &[Item]) -> usize {
    let texts: Vec<String> = items
        .iter()
        .map(|i| squash(&format!("{}{}", i.heading, i.text)))
        .collect();
    let mut used = vec![false; texts.len()];
    let mut start = 0;
    let mut hits = 0;
    for e in expected {
        let e = squash(e);
        let found = (start..texts.len())
            .chain(0..start)
            .find(|&i| !used[i] && texts[i].contains(&e));
        if let Some(i) = found {
            used[i] = true;
            hits += 1;
            start = i + 1;
        }
    }
    hits
}

fn strings(v: &serde_json::Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

/// The figures of issue 15 over the layout fixtures: headings and kinds of
/// the top-level sections, recall and precision of problems, plans and
/// leadership. Printed (`cargo test layout_figures -- --nocapture`) and
/// held at 0.95 or better.
#[test]
fn layout_figures() {
    let mut figures: Vec<(&str, Figure)> = [
        "sections.heading_recall",
        "sections.kind",
        "problems.recall",
        "problems.precision",
        "plans.recall",
        "plans.precision",
        "leadership.recall",
        "leadership.precision",
    ]
    .into_iter()
    .map(|name| (name, Figure::default()))
    .collect();
    let mut misses = Vec::new();
    for (name, text, gold) in LAYOUTS {
        let gold: serde_json::Value = serde_json::from_str(gold).expect("gold parses");
        let r = parse(text);
        let mut used = vec![false; r.sections.len()];
        for g in gold["sections"].as_array().expect("sections") {
            let heading = squash(g["heading"].as_str().expect("heading"));
            let kind = g["kind"].as_str().expect("kind");
            let found = (0..r.sections.len())
                .find(|&i| !used[i] && squash(&r.sections[i].heading).contains(&heading));
            figures[0].1.add(usize::from(found.is_some()), 1);
            if let Some(i) = found {
                used[i] = true;
                let ok = r.sections[i].kind.to_string() == kind;
                figures[1].1.add(usize::from(ok), 1);
                if !ok {
                    misses.push(format!("{name}: kind of {heading}: {}", r.sections[i].kind));
                }
            } else {
                misses.push(format!("{name}: no section {heading}"));
            }
        }
        for (k, (part, items)) in [
            ("problems", &r.problems),
            ("plans", &r.plans),
            ("leadership", &r.leadership),
        ]
        .into_iter()
        .enumerate()
        {
            let expected = strings(&gold[part]);
            let hits = matched_items(&expected, items);
            figures[2 + 2 * k].1.add(hits, expected.len());
            figures[3 + 2 * k].1.add(hits, items.len());
            if hits != expected.len() || hits != items.len() {
                let got: Vec<&str> = items.iter().map(|i| i.heading.as_str()).collect();
                misses.push(format!("{name}: {part}: want {expected:?}, got {got:?}"));
            }
        }
    }
    println!("{} layout fixtures", LAYOUTS.len());
    for (name, f) in &figures {
        println!("{name:<24} {:.3}  ({}/{})", f.value(), f.hits, f.total);
    }
    for (name, f) in &figures {
        assert!(f.value() >= 0.95, "{name} {:.3}: {misses:#?}", f.value());
    }
}

/// Top-level sections of a layout fixture, as (number, heading, kind).
fn tops(r: &Report) -> Vec<(&str, &str, K)> {
    r.sections
        .iter()
        .map(|s| (s.number.as_str(), s.heading.as_str(), s.kind))
        .collect()
}

#[test]
fn unnumbered_part_headings_are_the_top_level() {
    let r = parse(LAYOUT_UNNUMBERED_PARTS);
    assert_top(
        &r,
        &[
            ("", "主要举措和成效", K::Measures),
            ("", "存在的不足和原因", K::Problems),
            ("", "第一责任人职责情况", K::Leadership),
            ("", "2025年工作安排", K::Plans),
        ],
    );
    assert_children(
        &r.sections[1],
        &[
            ("(一)", "法治队伍力量不足"),
            ("(二)", "普法宣传针对性不强"),
            ("(三)", "基层执法规范化水平有待提升"),
        ],
    );
    assert_eq!(r.sections[0].children.len(), 4);
    assert_items(
        &r.leadership,
        &["带头学法用法", "统筹部署推进", "带头依法决策"],
    );
    assert_paths(&r.problems, &[&["", "(一)"], &["", "(二)"], &["", "(三)"]]);
    assert_eq!(r.plans.len(), 4);
    assert_clean(&r);

    let r = parse(LAYOUT_UNNUMBERED_ARABIC);
    let kinds: Vec<K> = tops(&r).iter().map(|t| t.2).collect();
    assert_eq!(kinds, [K::Measures, K::Leadership, K::Problems, K::Plans]);
    assert_children(
        &r.sections[2],
        &[("1", "执法队伍专业化程度不高"), ("2", "普法宣传存在")],
    );
    // Leadership duties as three paragraphs without numbers.
    assert_items(
        &r.leadership,
        &[
            "街道党工委书记带头落实",
            "街道办事处主任坚持",
            "班子成员落实",
        ],
    );
}

#[test]
fn a_merged_part_splits_where_it_turns_to_the_plans() {
    let r = parse(LAYOUT_MERGED_PART);
    assert_eq!(r.sections[2].kind, K::Problems);
    assert_items(
        &r.problems,
        &[
            "干部队伍法治素养参差不齐",
            "社会组织监管手段相对单一",
            "普法宣传覆盖面不够广",
        ],
    );
    assert_items(
        &r.plans,
        &[
            "深入学习贯彻习近平法治思想",
            "提升执法监管水平",
            "拓展普法宣传阵地",
            "强化依法决策",
        ],
    );
    assert_paths(&r.problems, &[&["三"], &["三"], &["三"]]);
    assert_paths(
        &r.plans,
        &[
            &["三", "(一)"],
            &["三", "(二)"],
            &["三", "(三)"],
            &["三", "(四)"],
        ],
    );
    assert!(!r.problems.iter().any(|i| i.text.contains("下一步")));
    // The plans a merged part holds count for compliance.
    assert!(r.compliance.missing.is_empty(), "{:?}", r.compliance);
    assert!(!r.has_diagnostic(D::PartMissing));
    // Leadership duties as unnumbered paragraphs.
    assert_eq!(r.leadership.len(), 3);
}

#[test]
fn a_causes_paragraph_is_not_a_problem() {
    let r = parse(LAYOUT_CAUSES_PARAGRAPH);
    assert_items(
        &r.problems,
        &[
            "依法行政意识有待进一步增强",
            "执法力量与执法任务不相匹配",
            "法治宣传教育的精准度不高",
        ],
    );
    assert!(!r.problems.iter().any(|i| i.text.contains("究其原因")));
    // Plans as 下一步,我镇将…一是…四是 in one paragraph.
    assert_items(
        &r.plans,
        &[
            "强化法治理念",
            "充实执法力量",
            "创新普法形式",
            "深化矛盾纠纷多元化解",
        ],
    );
    // Leadership folded into the first measure: found by its sub-heading.
    assert_items(&r.leadership, &["履行第一责任人职责"]);
    assert_paths(&r.leadership, &[&["一", "(一)"]]);
    assert_eq!(r.measures.len(), 4);
    assert!(r.compliance.parts.leadership);
    assert_clean(&r);

    let r = parse(LAYOUT_PARAGRAPH_ITEMS);
    assert_eq!(r.problems.len(), 3);
    assert!(
        r.problems[2].text.contains("主要是因为"),
        "the causes paragraph joins the last problem: {:?}",
        r.problems[2].text
    );
    assert!(r.leadership.is_empty());
    assert_eq!(r.compliance.missing, [K::Leadership]);
    assert_eq!(count(&r, D::PartMissing), 1);
}

#[test]
fn numbering_that_restarts_or_skips_is_kept_and_diagnosed() {
    let r = parse(LAYOUT_RESTARTS);
    let numbers: Vec<&str> = tops(&r).iter().map(|t| t.0).collect();
    assert_eq!(numbers, ["一", "二", "三", "四", "五", "一", "二"]);
    let kinds: Vec<K> = tops(&r).iter().map(|t| t.2).collect();
    assert_eq!(
        kinds,
        [
            K::Measures,
            K::Measures,
            K::Measures,
            K::Measures,
            K::Leadership,
            K::Problems,
            K::Plans
        ]
    );
    let restart = offset(&r, "一、存在的问题");
    assert!(
        diagnosed_at(&r, D::OutlineRepaired, restart),
        "{:#?}",
        r.diagnostics
    );
    assert!(r
        .diagnostics
        .iter()
        .any(|d| d.code == D::OutlineRepaired && d.message.contains("restarts")));
    assert_eq!(r.problems.len(), 3);
    assert_eq!(r.plans.len(), 3);

    let r = parse(LAYOUT_SKIPPED_NUMBERING);
    let numbers: Vec<&str> = tops(&r).iter().map(|t| t.0).collect();
    assert_eq!(numbers, ["一", "二", "三", "五", "六"]);
    assert_eq!(r.sections[3].kind, K::Plans);
    assert_eq!(r.sections[4].kind, K::Other);
    // One diagnostic per code, naming both skips and pointing at each.
    let skips: Vec<_> = r
        .diagnostics
        .iter()
        .filter(|d| d.code == D::OutlineRepaired)
        .collect();
    assert_eq!(skips.len(), 1, "{skips:?}");
    assert_eq!(skips[0].spans.len(), 2, "{skips:?}");
    assert_eq!(skips[0].message.matches("skips").count(), 2, "{skips:?}");
    assert!(diagnosed_at(
        &r,
        D::OutlineRepaired,
        offset(&r, "五、2025年")
    ));
    // Problems as three paragraphs.
    assert_items(
        &r.problems,
        &[
            "法治宣传教育方式较为传统",
            "执法人员结构不够合理",
            "基层市场监管所法制审核力量薄弱",
        ],
    );
}

#[test]
fn parts_as_the_top_level() {
    let r = parse(LAYOUT_PART_HEADINGS);
    assert_top(
        &r,
        &[
            ("第一部分", "工作情况", K::Measures),
            ("第二部分", "存在的困难和问题", K::Problems),
            ("第三部分", "第一责任人职责情况", K::Leadership),
            ("第四部分", "今后工作打算", K::Plans),
        ],
    );
    assert_eq!(r.sections[0].children.len(), 3);
    assert_eq!(r.problems.len(), 3);
    assert_items(
        &r.leadership,
        &["带头抓好学法用法", "带头推动法治建设重点任务落实"],
    );
    assert_paths(
        &r.plans,
        &[
            &["第四部分", "一"],
            &["第四部分", "二"],
            &["第四部分", "三"],
        ],
    );
    assert_clean(&r);
}

#[test]
fn topical_headings_are_read_by_their_opening() {
    let r = parse(LAYOUT_TOPICAL_HEADINGS);
    let kinds: Vec<K> = tops(&r).iter().map(|t| t.2).collect();
    assert_eq!(kinds, [K::Measures, K::Leadership, K::Problems, K::Plans]);
    assert_eq!(r.leadership.len(), 2);
    assert_eq!(r.problems.len(), 3);
    assert_eq!(r.plans.len(), 3);
    assert_clean(&r);
}

#[test]
fn a_merged_part_of_two_numbering_runs() {
    let r = parse(LAYOUT_MERGED_RUNS);
    // (一)(二) problems, (三) their causes, then (一)(二)(三) plans.
    assert_items(&r.problems, &["执法监管力量不足", "普法工作针对性不强"]);
    assert!(
        r.problems[1].text.contains("原因分析"),
        "{:?}",
        r.problems[1].text
    );
    assert_items(
        &r.plans,
        &["加强执法队伍建设", "推进精准普法", "强化执法监督"],
    );
    assert_paths(
        &r.plans,
        &[&["三", "(一)"], &["三", "(二)"], &["三", "(三)"]],
    );
    assert_items(
        &r.leadership,
        &["带头研究部署", "带头学法用法", "带头接受监督"],
    );
    assert!(r.compliance.missing.is_empty());
}

#[test]
fn problems_that_turn_to_plans_without_a_plans_part() {
    let r = parse(LAYOUT_PROBLEMS_TURN);
    assert_eq!(r.problems.len(), 3);
    assert_eq!(r.plans.len(), 4);
    assert!(r.plans[0].heading.contains("加强法治教育培训"));
    assert!(r.compliance.missing.is_empty(), "{:?}", r.compliance);
    assert!(!r.has_diagnostic(D::PartMissing));

    let r = parse(LAYOUT_UNNUMBERED_LISTS);
    let kinds: Vec<K> = tops(&r).iter().map(|t| t.2).collect();
    assert_eq!(kinds, [K::Measures, K::Problems, K::Leadership, K::Plans]);
    assert!(tops(&r).iter().all(|t| t.0.is_empty()));
    assert_eq!(
        (r.problems.len(), r.plans.len(), r.leadership.len()),
        (3, 3, 2)
    );
}

#[test]
fn a_leadership_duty_in_the_first_measures_opening_sentence() {
    let r = parse(LAYOUT_FOLDED_OPENING);
    let kinds: Vec<K> = tops(&r).iter().map(|t| t.2).collect();
    assert_eq!(kinds, [K::Measures, K::Problems, K::Plans]);
    assert_items(&r.leadership, &["坚持党的领导"]);
    assert_eq!(r.measures.len(), 3, "the duty stays a measure too");
    assert!(r.compliance.missing.is_empty(), "{:?}", r.compliance);

    let r = parse(LAYOUT_STANDARD_FIVE);
    let kinds: Vec<K> = tops(&r).iter().map(|t| t.2).collect();
    assert_eq!(
        kinds,
        [K::Measures, K::Leadership, K::Problems, K::Plans, K::Other]
    );
    assert_eq!(
        (r.problems.len(), r.plans.len(), r.leadership.len()),
        (3, 3, 3)
    );
    assert_clean(&r);
}

#[test]
fn a_merged_part_with_problems_in_one_paragraph_before_numbered_plans() {
    let r = parse(LAYOUT_MERGED_PARAGRAPH);
    assert_items(
        &r.problems,
        &[
            "行政复议案件数量增长较快",
            "法律援助服务质量有待进一步提升",
            "人民调解员队伍专业化程度不高",
        ],
    );
    assert_paths(&r.problems, &[&["三"], &["三"], &["三"]]);
    assert_eq!(r.plans.len(), 4);
    assert_paths(&r.plans[..1], &[&["三", "(一)"]]);
    assert!(r.compliance.missing.is_empty());
}

#[test]
fn causes_in_a_paragraph_or_a_sub_heading_are_not_problems() {
    let r = parse(LAYOUT_TITLED_PARAGRAPHS);
    assert_eq!(r.sections.len(), 5);
    assert_eq!(r.sections[4].kind, K::Other);
    assert_eq!(
        (r.problems.len(), r.plans.len(), r.leadership.len()),
        (3, 3, 2)
    );
    assert!(!r.problems.iter().any(|i| i.heading.contains("究其原因")));

    let r = parse(LAYOUT_CAUSE_SUBSECTION);
    assert_items(
        &r.problems,
        &["农业执法力量相对薄弱", "普法宣传覆盖不够全面"],
    );
    assert!(r.problems[1].text.contains("问题产生的原因"));
    assert_items(
        &r.leadership,
        &["坚持重大问题亲自研究", "坚持带头学法", "坚持依法决策"],
    );
}

// ---------------------------------------------------------------------------
// Structure: titles, metadata and dates whatever the dress; what is not a report
// ---------------------------------------------------------------------------

#[test]
fn structure_dressed_page_reads_through_its_chrome() {
    let r = parse(DRESSED_PAGE);
    assert_eq!(
        r.title.as_deref(),
        Some("德清县人民政府关于2023年度法治政府建设情况的报告"),
        "the title line, not the page-title line, breadcrumb or menu"
    );
    assert_eq!(r.year, Some(2023));
    assert_eq!(r.author.as_deref(), Some("德清县人民政府"));
    assert_eq!(r.addressee.as_deref(), Some("县委、湖州市人民政府"));
    assert_eq!(r.signed_on, date(2024, 2, 26));
    assert_eq!(r.published_on, date(2024, 3, 4));
    assert_eq!(
        r.source.index_number.as_deref(),
        Some("113305210025869871/2024-00031")
    );
    assert_eq!(r.source.document_number.as_deref(), Some("德政〔2024〕9号"));
    assert_eq!(r.source.publisher.as_deref(), Some("德清县人民政府"));
    assert_eq!(
        r.source.other.get("成文日期").map(String::as_str),
        Some("2024-02-26")
    );
    assert_top(
        &r,
        &[
            ("一", "主要举措和成效", K::Measures),
            ("二", "第一责任人职责", K::Leadership),
            ("三", "存在的不足", K::Problems),
            ("四", "主要安排", K::Plans),
        ],
    );
    assert_clean(&r);
    assert!(!r.has_diagnostic(D::DateInferred));
    // The related links after the sign-off are not read: no 2022 figure or
    // notice title in the plans.
    assert!(r.plans.iter().all(|i| !i.text.contains("防汛")));
}

#[test]
fn structure_bullet_metadata_with_time_labels() {
    let r = parse(BULLET_METADATA);
    assert_eq!(
        r.title.as_deref(),
        Some("双塔街道2024年度法治政府建设情况报告")
    );
    assert_eq!(r.year, Some(2024));
    assert_eq!(r.signed_on, date(2025, 1, 24), "成文时间");
    assert_eq!(r.published_on, date(2025, 2, 3), "发文时间");
    assert_eq!(
        r.author.as_deref(),
        Some("姑苏区人民政府双塔街道办事处"),
        "发布机构 names the issuer"
    );
    assert_eq!(
        r.source.index_number.as_deref(),
        Some("014160101/2025-00012"),
        "a padded label: 索 引 号"
    );
    for (label, value) in [
        ("成文时间", "2025年01月24日"),
        ("发文时间", "2025年02月03日"),
        ("标题", "双塔街道2024年度法治政府建设情况报告"),
        ("效力状态", "有效"),
        ("主题分类", "法治政府建设"),
    ] {
        assert_eq!(
            r.source.other.get(label).map(String::as_str),
            Some(value),
            "{label} kept in source.other"
        );
    }
    assert_top(
        &r,
        &[
            ("一", "主要工作举措", K::Measures),
            ("二", "存在的问题", K::Problems),
            ("三", "下一步工作打算", K::Plans),
        ],
    );
    assert!(!r.has_diagnostic(D::NotAReport));
    assert!(!r.has_diagnostic(D::DateInferred));
}

#[test]
fn structure_look_alikes_are_flagged_with_their_reason() {
    for (text, reason) in [
        (LOOKALIKE_DISCLOSURE, "政府信息公开年度报告"),
        (LOOKALIKE_NEWS, "opens as news"),
    ] {
        let r = parse(text);
        let d = r
            .diagnostics
            .iter()
            .find(|d| d.code == D::NotAReport)
            .unwrap_or_else(|| panic!("not flagged: {:?}", r.title));
        assert_eq!(d.severity, lawreport::Severity::Error);
        assert!(d.message.contains(reason), "{}", d.message);
    }
}

#[test]
fn structure_unlabelled_dates_are_used_and_said_to_be_inferred() {
    let r = parse("某某区2023年度法治政府建设情况报告\n2024-03-05\n\n2023年,某某区坚持依法行政,推进法治政府建设。\n一、主要举措\n(一)加强领导。\n某某区人民政府\n2024年2月20日\n");
    assert_eq!(r.published_on, date(2024, 3, 5));
    assert_eq!(r.signed_on, date(2024, 2, 20));
    let inferred: Vec<_> = r
        .diagnostics
        .iter()
        .filter(|d| d.code == D::DateInferred)
        .collect();
    assert_eq!(inferred.len(), 1, "{inferred:?}");
    assert_eq!(inferred[0].severity, lawreport::Severity::Info);
    assert!(inferred[0].message.contains("published_on"));
    let span = inferred[0].span.expect("a span");
    assert_eq!(r.slice(span), Some("2024-03-05"));
}

mod chrome_wrapping {
    use super::*;
    use proptest::prelude::*;

    const COLUMNS: &[&str] = &[
        "政务公开",
        "信息公开",
        "法治政府建设",
        "年度报告",
        "部门文件",
        "乡镇街道",
        "通知公告",
        "工作报告",
    ];
    const SEPARATORS: &[&str] = &[">", " > ", " » ", ">>", " › ", "→"];
    const BREADCRUMB_STARTS: &[&str] = &[
        "当前位置:首页",
        "您当前所在位置:首页",
        "您现在的位置: 首页",
        "首页",
        "位置:首页",
    ];
    const NAVS: &[&str] = &[
        "首页 政务公开 政务服务 互动交流 数据开放",
        "简 | 繁 | 长者模式 | 无障碍 | 登录 | 注册",
        "  • 首页\n  • 机构概况\n  • 信息公开\n  • 办事服务",
        "设为首页 | 加入收藏 | 手机版",
    ];
    const BANNERS: &[&str] = &[
        "今天是:2021年10月31日 星期日",
        "2019年5月3日 星期五 欢迎访问!",
        "今天是2023年7月1日 星期六 | 天气:晴",
    ];
    const FOOTERS: &[&str] = &[
        "【打印本页】【关闭窗口】",
        "主办单位:人民政府办公室 网站标识码:3300000001 浙ICP备12345678号",
        "分享到: 微信 微博",
        "上一篇:关于做好2024年春节期间安全生产工作的通知",
        "相关链接:\n关于2022年度政府信息公开工作的报告\n某某区2021年度法治政府建设情况报告",
        "扫一扫在手机打开当前页",
    ];
    const SITE_SUFFIXES: &[&str] = &[
        "_法治政府建设_政府信息公开",
        "_部门文件_政府门户网站",
        "-工作报告-政务公开",
        "_某某区人民政府门户网站",
    ];

    fn breadcrumb() -> impl Strategy<Value = String> {
        (
            proptest::sample::select(BREADCRUMB_STARTS),
            proptest::sample::select(SEPARATORS),
            proptest::collection::vec(proptest::sample::select(COLUMNS), 1..4),
        )
            .prop_map(|(start, sep, cols)| format!("{start}{sep}{}", cols.join(sep)))
    }

    /// What must not move: the title, the year and the top-level headings.
    fn essentials(r: &Report) -> (Option<String>, Option<i32>, Vec<String>) {
        (
            r.title.clone(),
            r.year,
            r.sections.iter().map(|s| s.heading.clone()).collect(),
        )
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn a_report_in_random_chrome_keeps_title_year_and_headings(
            which in 0..4usize,
            crumb in breadcrumb(),
            nav in proptest::sample::select(NAVS),
            banner in proptest::sample::select(BANNERS),
            footer in proptest::collection::vec(proptest::sample::select(FOOTERS), 0..3),
            suffix in proptest::sample::select(SITE_SUFFIXES),
            above in proptest::collection::vec(0..4usize, 0..5),
            blank in any::<bool>(),
        ) {
            let text = [PLAIN_MINIMAL, BULLET_METADATA, MISSING_PARTS, DISTRICT_FULL][which];
            let plain = parse(text);
            let want = essentials(&plain);
            prop_assume!(want.0.is_some());
            let title = want.0.clone().unwrap_or_default();
            let gap = if blank { "\n\n" } else { "\n" };
            let mut top: Vec<String> = Vec::new();
            for piece in &above {
                top.push(match piece {
                    0 => crumb.clone(),
                    1 => nav.to_string(),
                    2 => banner.to_string(),
                    _ => format!("{title}{suffix}"),
                });
            }
            let dressed = format!(
                "{}{gap}{}\n\n{}\n",
                top.join(gap),
                text.trim_end(),
                footer.join("\n\n")
            );
            let r = parse(&dressed);
            prop_assert_eq!(essentials(&r), want);
            prop_assert!(!r.has_diagnostic(D::NotAReport));
        }
    }
}

/// A fixture paragraph of subtotals and ordinals, in the register of a
/// district report (invented figures).
const SUBTOTALS: &str = "某某区2023年法治政府建设年度报告
一、主要举措和成效
(一)严格规范性文件管理。全年共审查各类文件515项,其中规范性文件218项、其他政策文件297项,审查率100%。学习中央全面依法治国委员会第一、二次会议精神,分第3、4批推进试点,第二、三季度完成清理。
(二)化解矛盾纠纷。全年办理案件30件,包括行政复议案件12件、行政诉讼案件8件。
二、存在问题
(一)人员不足。
三、下一步工作打算
(一)加强队伍建设。
";

#[test]
fn subtotals_point_at_their_total_and_ordinals_are_not_counted() {
    let r = parse(SUBTOTALS);
    let raws: Vec<&str> = r.statistics.iter().map(|s| s.raw.as_str()).collect();
    assert_eq!(
        raws,
        ["515项", "218项", "297项", "100%", "30件", "12件", "8件"]
    );
    let total = r.statistics.iter().position(|s| s.raw == "515项");
    assert_eq!(statistic(&r, "218项").part_of, total);
    assert_eq!(statistic(&r, "297项").part_of, total);
    assert_eq!(statistic(&r, "515项").part_of, None);
    assert_eq!(statistic(&r, "100%").part_of, None);
    let cases = r.statistics.iter().position(|s| s.raw == "30件");
    assert_eq!(statistic(&r, "12件").part_of, cases);
    assert_eq!(statistic(&r, "8件").part_of, cases);
    // Summing without double counting: the totals alone.
    let sum: f64 = r
        .statistics
        .iter()
        .filter(|s| s.unit == "项" && s.part_of.is_none())
        .map(|s| s.value)
        .sum();
    assert_eq!(sum, 515.0);
    assert_eq!(
        statistic(&r, "12件").subject.as_deref(),
        Some("行政复议案件")
    );
    assert_eq!(statistic(&r, "515项").period.as_deref(), Some("全年"));
    assert_eq!(statistic(&r, "218项").period, None);
}
