//! Compliance with the 2019 regulation: required parts and the deadline,
//! with the evidence for each answer; and who issues the report.
//!
//! A part is present when a heading names it (the top-level heading the
//! outline classified, or a sub-heading with the part's words: "(三)履行推进
//! 法治建设第一责任人职责" under the measures) or, failing that, when the body
//! has the regulation's wording for it (第一责任人; a sentence that opens
//! with 还存在一些不足 or 下一步). The words are in `data/compliance.tsv`. Spans here are byte ranges of the
//! normalized text; the report stage turns them into character offsets.

use std::ops::Range;
use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use regex::{Regex, RegexSet};

use crate::chinese::simplify_char;
use crate::lexicon::compliance::{words, Issuer};
use crate::model::{
    AuthorKind, Compliance, DateUsed, FoundBy, PartEvidence, Parts, PartsEvidence, SectionKind,
    Span, TextIssue,
};
use crate::outline::Outline;
use crate::parts::{Basis, FoundPart};

/// What the assessment reads.
pub(crate) struct Input<'a> {
    /// The normalized text.
    pub text: &'a str,
    /// The text in simplified characters (the same length).
    pub simplified: &'a str,
    /// The outline and the kind of each of its nodes.
    pub outline: &'a Outline,
    /// The kind of each node of `outline`.
    pub kinds: &'a [SectionKind],
    /// The parts the parts stage found, by heading or content (the plans
    /// of a merged part, a leadership duty folded into a measure).
    pub found: &'a [FoundPart],
    /// Byte ranges of the body lines.
    pub body: &'a [Range<usize>],
    /// The covered year.
    pub year: Option<i32>,
    /// The publication date.
    pub published_on: Option<NaiveDate>,
    /// The sign-off date.
    pub signed_on: Option<NaiveDate>,
    /// Why the text is not a whole report, if it is not.
    pub text_issues: Vec<TextIssue>,
}

/// Which parts are present and how they were found, which required ones are
/// missing, and whether publication met the April 1 deadline of the year
/// after the covered year. Evidence spans are byte ranges.
pub(crate) fn assess(input: &Input<'_>) -> Compliance {
    let mut parts = Parts::default();
    let mut evidence = PartsEvidence::default();
    for &r in &input.outline.roots {
        parts.set(input.kinds[r]);
    }
    let headed = by_heading(input);
    let unheaded: Vec<SectionKind> = SectionKind::REQUIRED
        .into_iter()
        .zip(&headed)
        .filter(|(_, h)| h.is_none())
        .map(|(k, _)| k)
        .collect();
    let mut by_wording = by_content(input, &unheaded);
    for (kind, headed) in SectionKind::REQUIRED.into_iter().zip(headed) {
        // The regulation's wording gives the finest evidence (a sentence
        // and its cue); what the parts stage read (a merged part's plans, a
        // duty folded into a measure) covers layouts the wording misses.
        let found = headed
            .or_else(|| take_kind(&mut by_wording, kind))
            .or_else(|| by_parts(input, kind));
        if let Some(found) = found {
            parts.set(kind);
            if let Some(slot) = evidence.get_mut(kind) {
                *slot = found;
            }
        }
    }
    let missing = SectionKind::REQUIRED
        .into_iter()
        .filter(|&k| !parts.has(k))
        .collect();
    let deadline = input
        .year
        .and_then(|y| NaiveDate::from_ymd_opt(y.checked_add(1)?, 4, 1));
    let (date, date_used) = match (input.published_on, input.signed_on) {
        (Some(d), _) => (Some(d), Some(DateUsed::PublishedOn)),
        (None, Some(d)) => (Some(d), Some(DateUsed::SignedOn)),
        (None, None) => (None, None),
    };
    let published_on_time = match (input.year, date, deadline) {
        (Some(y), Some(date), Some(deadline)) => Some(date < deadline && date.year() >= y),
        _ => None,
    };
    Compliance {
        parts,
        missing,
        evidence,
        published_on_time,
        deadline,
        date_used,
        text_complete: input.text_issues.is_empty(),
        text_issues: input.text_issues.clone(),
    }
}

fn evidence(found_by: FoundBy, range: Range<usize>, cue: &str) -> PartEvidence {
    PartEvidence {
        found_by: Some(found_by),
        span: Some(Span::new(range.start, range.end)),
        cue: Some(cue.to_string()),
    }
}

/// For each required part: a top-level heading classified as the part,
/// else the first heading with the part's heading words. The headings are
/// read once for all parts.
fn by_heading(input: &Input<'_>) -> [Option<PartEvidence>; 4] {
    let o = input.outline;
    let found = |i: usize| {
        let h = o.nodes[i].heading.clone();
        evidence(FoundBy::Heading, h.clone(), &input.text[h])
    };
    let mut headed = SectionKind::REQUIRED.map(|kind| {
        let root = o.roots.iter().find(|&&r| input.kinds[r] == kind)?;
        Some(found(*root))
    });
    let cues = &*HEADING_CUES;
    // The set's index of each part still to be found by its words.
    let mut wanted: Vec<(usize, usize)> = SectionKind::REQUIRED
        .iter()
        .enumerate()
        .filter(|&(slot, _)| headed[slot].is_none())
        .filter_map(|(slot, kind)| Some((slot, cues.kinds.iter().position(|k| k == kind)?)))
        .collect();
    for (i, node) in o.nodes.iter().enumerate() {
        if wanted.is_empty() {
            break;
        }
        let Some(folded) = input.simplified.get(node.heading.clone()) else {
            continue;
        };
        let matched = cues.set.matches(folded);
        wanted.retain(|&(slot, at)| {
            let hit = matched.matched(at);
            if hit {
                headed[slot] = Some(found(i));
            }
            !hit
        });
    }
    headed
}

/// The heading words of each part (`data/compliance.tsv`), as one set of
/// alternations (one per part, in `kinds` order).
struct HeadingCues {
    kinds: Vec<SectionKind>,
    set: RegexSet,
}

static HEADING_CUES: LazyLock<HeadingCues> = LazyLock::new(|| {
    let heading = &words().heading;
    let set = RegexSet::new(heading.iter().map(|(_, cues)| literal_pattern(cues)))
        .unwrap_or_else(|e| panic!("data/compliance.tsv: {e}"));
    HeadingCues {
        kinds: heading.iter().map(|(kind, _)| *kind).collect(),
        set,
    }
});

/// A pattern matching any of `words` literally.
fn literal_pattern(words: &[&str]) -> String {
    let escaped: Vec<String> = words.iter().map(|w| regex::escape(w)).collect();
    escaped.join("|")
}

/// A regex matching any of `words` literally.
fn literal_alternation(words: &[&str]) -> Regex {
    // Escaped literals always compile.
    Regex::new(&literal_pattern(words)).unwrap_or_else(|e| panic!("data/compliance.tsv: {e}"))
}

/// What the parts stage read the part from, when no heading names it: a
/// topical section's opening sentence, the plans half of a merged part, a
/// leaders' duty folded into a measure.
fn by_parts(input: &Input<'_>, kind: SectionKind) -> Option<PartEvidence> {
    let f = input.found.iter().find(|f| f.kind == kind)?;
    let found_by = match f.basis {
        Basis::Heading => FoundBy::Heading,
        Basis::Content => FoundBy::Content,
    };
    let cue: String = input.text[f.span.clone()].chars().take(40).collect();
    Some(evidence(found_by, f.span.clone(), &cue))
}

/// Take the evidence found for `kind` out of `found`.
fn take_kind(
    found: &mut Vec<(SectionKind, PartEvidence)>,
    kind: SectionKind,
) -> Option<PartEvidence> {
    let at = found.iter().position(|(k, _)| *k == kind)?;
    Some(found.swap_remove(at).1)
}

/// For each part of `kinds`, the first body sentence with the part's
/// wording (near the sentence's start, for the parts whose words also occur
/// inside other parts' text). The folded body is searched once per part,
/// up to the first hit that counts: a cue cannot cross a line break, so
/// each hit lies in one line.
fn by_content(input: &Input<'_>, kinds: &[SectionKind]) -> Vec<(SectionKind, PartEvidence)> {
    let mut found: Vec<(SectionKind, PartEvidence)> = Vec::new();
    let lines = input.body;
    let (Some(first_line), Some(last_line)) = (lines.first(), lines.last()) else {
        return found;
    };
    let base = first_line.start;
    let Some(folded_body) = input.simplified.get(base..last_line.end) else {
        return found;
    };
    let next_year_text = input
        .year
        .and_then(|y| y.checked_add(1))
        .map(|y| format!("{y}年"));
    let next_year = next_year_text
        .as_deref()
        .map(|y| memchr::memmem::Finder::new(y.as_bytes()));
    // Whether byte `at` of `line` is within `limit` characters of the
    // start of its sentence.
    let opens_sentence = |line: &str, at: usize, limit: usize| {
        let sentence = sentence_around(line, at..at);
        line[sentence.start..at].chars().count() <= limit
    };
    let folded_line = |i: usize| input.simplified.get(lines[i].clone()).unwrap_or_default();
    for (kind, cues, within) in CONTENT_CUES.iter() {
        if !kinds.contains(kind) {
            continue;
        }
        // The first body line with a hit that counts, and the hit (bytes
        // of the line).
        let mut first: Option<(usize, (usize, usize))> = None;
        for m in cues.find_iter(folded_body) {
            let (start, end) = (base + m.start(), base + m.end());
            let i = lines.partition_point(|r| r.end < end);
            let Some(line) = lines.get(i).filter(|r| r.start <= start) else {
                continue;
            };
            let hit = (start - line.start, end - line.start);
            if within.is_none_or(|n| opens_sentence(folded_line(i), hit.0, n)) {
                first = Some((i, hit));
                break;
            }
        }
        if let (SectionKind::Plans, Some(year)) = (kind, next_year.as_ref()) {
            // "2025年将…" counts too, from the first line up to the cue's.
            let until = first.map_or(lines.len(), |(i, _)| i + 1);
            let by_year = (0..until).find_map(|i| {
                let line = folded_line(i);
                let hit =
                    plan_of_year(line, year).filter(|&(at, _)| opens_sentence(line, at, 2))?;
                Some((i, hit))
            });
            first = match (first, by_year) {
                (Some((i, cue)), Some((j, year))) if i == j => Some((i, cue.min(year))),
                (cue, None) => cue,
                (_, year) => year,
            };
        }
        if let Some((i, (start, end))) = first {
            let line = &lines[i];
            let raw = &input.text[line.clone()];
            let sentence = sentence_around(raw, start..end);
            let range = line.start + sentence.start..line.start + sentence.end;
            found.push((*kind, evidence(FoundBy::Content, range, &raw[start..end])));
        }
    }
    found
}

/// The content cues of each part (`data/compliance.tsv`), each part's as
/// one search of their alternation, with how near its sentence's start a
/// cue must stand (characters), if it must.
static CONTENT_CUES: LazyLock<Vec<(SectionKind, Regex, Option<usize>)>> = LazyLock::new(|| {
    words()
        .content
        .iter()
        .map(|(kind, cues, within)| (*kind, literal_alternation(cues), *within))
        .collect()
});

/// "2025年将…", "2025年,我们将…", "2025年工作计划": a sentence about the
/// next year (`year` finds "2025年") that says what will be done. Returns the
/// byte range of the year through the cue.
fn plan_of_year(line: &str, year: &memchr::memmem::Finder<'_>) -> Option<(usize, usize)> {
    let tails = &words().next_year;
    let mut from = 0;
    while let Some(at) = line.get(from..).and_then(|rest| year.find(rest.as_bytes())) {
        let start = from + at;
        let after = start + year.needle().len();
        let rest = line[after..]
            .trim_start_matches('度')
            .trim_start_matches([',', '，']);
        let skipped = line.len() - after - rest.len();
        if let Some(w) = tails
            .iter()
            .filter(|w| rest.starts_with(**w))
            .max_by_key(|w| w.len())
        {
            return Some((start, after + skipped + w.len()));
        }
        from = after;
    }
    None
}

/// The text folded to simplified characters, one character for one.
fn fold(s: &str) -> String {
    s.chars().map(simplify_char).collect()
}

/// The sentence of `line` around `range`: from after the previous sentence
/// end to its own end (or the line's).
fn sentence_around(line: &str, range: Range<usize>) -> Range<usize> {
    const ENDS: [char; 6] = ['。', '！', '？', '；', '!', '?'];
    let start = line[..range.start]
        .char_indices()
        .rev()
        .find(|(_, c)| ENDS.contains(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let end = line[range.end..]
        .char_indices()
        .find(|(_, c)| ENDS.contains(c))
        .map_or(line.len(), |(i, c)| range.end + i + c.len_utf8());
    start..end
}

/// What the report says about who issues it.
pub(crate) struct Issuers<'a> {
    /// The issuing body (sign-off, title or metadata).
    pub author: Option<&'a str>,
    /// The title.
    pub title: Option<&'a str>,
    /// The 发文机关 metadata field.
    pub issuer_field: Option<&'a str>,
    /// The first body lines, where the opening sentence names the subject,
    /// in simplified characters.
    pub opening: Vec<&'a str>,
    /// Whether the report's jurisdiction was resolved (a report that names
    /// no issuer at all is then its government's).
    pub has_jurisdiction: bool,
}

/// The kind of body that issues the report: the first name that says it
/// outright (author, the title's issuer, 发文机关, the opening sentence's
/// subject); a name that is only a place is its government's unless a later
/// source says more ("宝鸡市陈仓区…" titled, "陈仓区委、区政府坚持…" opening).
pub(crate) fn author_kind(s: &Issuers<'_>) -> Option<AuthorKind> {
    let names = [
        s.author.map(str::to_string),
        s.title.and_then(title_name),
        s.issuer_field.map(str::to_string),
        opening_subject(&s.opening),
        first_person(&s.opening),
    ];
    let kinds: Vec<Option<(AuthorKind, bool)>> = names
        .iter()
        .map(|n| n.as_deref().and_then(classify))
        .collect();
    // A joint report's sign-off often reads as its last line only (the
    // government): a joint name in the title or metadata outranks it.
    let joint = kinds[..3]
        .iter()
        .flatten()
        .any(|&(k, _)| k == AuthorKind::PartyAndGovernment);
    let mut weak = None;
    for kind in kinds.into_iter().flatten() {
        match kind {
            (AuthorKind::Government | AuthorKind::PartyCommittee, true) if joint => {
                return Some(AuthorKind::PartyAndGovernment)
            }
            (kind, true) => return Some(kind),
            (kind, false) => weak = weak.or(Some(kind)),
        }
    }
    weak.or(s.has_jurisdiction.then_some(AuthorKind::Government))
}

/// The issuer a title names: what stands before 关于 or the year, and a
/// place between the year and 法治 ("2020年静海区法治政府…").
fn title_name(title: &str) -> Option<String> {
    let t = fold(title);
    let cut = [t.find("关于"), t.find(|c: char| c.is_ascii_digit())]
        .into_iter()
        .flatten()
        .min()
        .unwrap_or(0);
    let before = t[..cut].trim();
    // A page title glued before the title ("…的报告_街镇文件_门户网站2023年…")
    // is no issuer's name.
    let prose = ["法治", "依法", "报告"].iter().any(|w| before.contains(w));
    if !before.is_empty() && !prose {
        return Some(before.to_string());
    }
    let rest = &t[cut..];
    let year_end = rest.find('年')? + '年'.len_utf8();
    let rest = rest[year_end..].trim_start_matches("度");
    let end = ["法治", "依法", "推进"]
        .iter()
        .filter_map(|w| rest.find(w))
        .min()?;
    let name = rest[..end].trim();
    (!name.is_empty()).then(|| name.to_string())
}

/// The subject of the opening sentence: "2023年,市市场监管局在市委市政府的
/// 坚强领导下,深入…" gives 市市场监管局. `lines` are in simplified
/// characters.
fn opening_subject(lines: &[&str]) -> Option<String> {
    let ends = &words().subject_end;
    // A page wrapped at a fixed width splits the sentence over lines: read
    // the opening lines as one text as well.
    let joined = lines.concat();
    for line in lines.iter().copied().chain(Some(joined.as_str())) {
        let Some(rest) = after_year_comma(line) else {
            continue;
        };
        let mut rest = rest;
        // "在省委、省政府的坚强领导下," comes before the subject.
        while rest.starts_with('在') {
            let Some(i) = rest.find("下,").or_else(|| rest.find("下，")) else {
                break;
            };
            if rest[..i].chars().count() > 60 {
                break;
            }
            rest = rest[i..]
                .trim_start_matches('下')
                .trim_start_matches([',', '，']);
        }
        // The subject ends at the clause's end or at the first verb or
        // adverbial after it (no such word holds a comma).
        let clause = &rest[..rest.find([',', '，', '。']).unwrap_or(rest.len())];
        let end = ends
            .iter()
            .filter_map(|w| clause.find(w))
            .min()
            .unwrap_or(clause.len());
        let subject = rest[..end].trim();
        if subject.is_empty() || subject.chars().count() > 30 {
            return None;
        }
        return Some(subject.to_string());
    }
    None
}

/// The text after "2023年," / "2022年以来," / "今年以来," at the start of
/// a clause.
fn after_year_comma(line: &str) -> Option<&str> {
    // Read from each 年 rather than with a regex: the opening lines are
    // long and most of them have no such clause.
    for (at, year) in line.match_indices('年') {
        let before = &line[..at];
        let head = match before.strip_suffix('今') {
            Some(head) => head,
            None => {
                let digits = before.len().saturating_sub(4);
                let four = before
                    .get(digits..)
                    .filter(|d| d.len() == 4 && d.bytes().all(|b| b.is_ascii_digit()));
                match four {
                    Some(_) => &before[..digits],
                    None => continue,
                }
            }
        };
        if !(head.is_empty() || head.ends_with([',', '，', '。', '；', ':', '：'])) {
            continue;
        }
        let rest = &line[at + year.len()..];
        let rest = rest.strip_prefix('度').unwrap_or(rest);
        let rest = rest
            .strip_prefix("以来")
            .or_else(|| rest.strip_prefix('来'))
            .unwrap_or(rest);
        if let Some(after) = rest.strip_prefix([',', '，']) {
            return Some(after);
        }
    }
    None
}

/// "我局", "我镇" in the opening lines (simplified characters): the report
/// speaks as its issuer.
fn first_person(lines: &[&str]) -> Option<String> {
    static WE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"我(?:街道|镇|乡|区|县|市|省|局|厅|委|办|部|中心|所)").expect("valid regex")
    });
    lines
        .iter()
        .find_map(|l| WE.find(l).map(|m| m.as_str().to_string()))
}

/// The kind a name gives, and whether it says so outright (`true`) or is
/// only a place (`false`).
fn classify(name: &str) -> Option<(AuthorKind, bool)> {
    let w = words();
    let mut s = fold(name);
    for x in &w.not_issuer {
        s = s.replace(x, "");
    }
    // The word that ends latest decides; at the same end the longer one
    // (管理委员会 over 委员会, 县委 over 委).
    let mut best: Option<(usize, usize, Issuer)> = None;
    let (mut party, mut government) = (false, false);
    for &(word, kind) in &w.issuer {
        for (at, _) in s.match_indices(word) {
            match kind {
                Issuer::Party => party = true,
                Issuer::Kind(AuthorKind::Government) => government = true,
                Issuer::Kind(_) => {}
            }
            let key = (at + word.len(), word.len(), kind);
            if best.is_none_or(|b| (key.0, key.1) > (b.0, b.1)) {
                best = Some(key);
            }
        }
    }
    let Some((_, _, last)) = best else {
        return is_place(&s).then_some((AuthorKind::Government, false));
    };
    if party && government {
        // "X局党组" is a party group alone; "县委、县政府" both.
        return Some((AuthorKind::PartyAndGovernment, true));
    }
    let kind = match last {
        Issuer::Party => AuthorKind::PartyCommittee,
        // 中共X镇委员会: a party committee, not a commission.
        Issuer::Kind(AuthorKind::Department) if party && s.ends_with('会') => {
            AuthorKind::PartyCommittee
        }
        Issuer::Kind(k) => k,
    };
    Some((kind, true))
}

/// A bare place (静海区, 有庆镇, 我镇, 街道) stands for its government.
fn is_place(s: &str) -> bool {
    const PLACES: [&str; 13] = [
        "省",
        "市",
        "区",
        "县",
        "旗",
        "州",
        "盟",
        "镇",
        "乡",
        "街道",
        "街",
        "苏木",
        "自治区",
    ];
    let s = s.trim();
    !s.is_empty() && s.chars().count() <= 20 && PLACES.iter().any(|p| s.ends_with(p))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse;

    fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    fn input(
        year: Option<i32>,
        published: Option<NaiveDate>,
        signed: Option<NaiveDate>,
    ) -> Compliance {
        let outline = Outline::default();
        assess(&Input {
            text: "",
            simplified: "",
            outline: &outline,
            kinds: &[],
            found: &[],
            body: &[],
            year,
            published_on: published,
            signed_on: signed,
            text_issues: Vec::new(),
        })
    }

    #[test]
    fn year_clauses_open_at_a_clause_start() {
        let cases = [
            ("2023年,市市场监管局坚持", Some("市市场监管局坚持")),
            ("一年来,我局", None),
            ("今年以来,我镇", Some("我镇")),
            ("2022年度,区政府", Some("区政府")),
            ("2022年以来，区政府", Some("区政府")),
            ("全年,2023年", None),
            ("工作。2023年,县委", Some("县委")),
            ("12023年,县委", None),
            ("年,县委", None),
            ("在2023年,县委", None),
            ("2023年2024年,县委", None),
        ];
        for (line, want) in cases {
            assert_eq!(after_year_comma(line), want, "{line}");
        }
    }

    #[test]
    fn deadline_is_april_first_of_the_next_year() {
        let cases = [
            (
                Some(2023),
                date(2024, 3, 31),
                None,
                Some(true),
                Some(DateUsed::PublishedOn),
            ),
            (
                Some(2023),
                date(2024, 4, 1),
                None,
                Some(false),
                Some(DateUsed::PublishedOn),
            ),
            (
                Some(2022),
                date(2023, 5, 11),
                None,
                Some(false),
                Some(DateUsed::PublishedOn),
            ),
            (
                Some(2020),
                None,
                date(2020, 12, 2),
                Some(true),
                Some(DateUsed::SignedOn),
            ),
            (
                None,
                date(2024, 1, 1),
                None,
                None,
                Some(DateUsed::PublishedOn),
            ),
            (Some(2020), None, None, None, None),
        ];
        for (year, published, signed, on_time, used) in cases {
            let c = input(year, published, signed);
            assert_eq!(
                c.published_on_time, on_time,
                "{year:?} {published:?} {signed:?}"
            );
            assert_eq!(c.date_used, used);
            assert_eq!(c.deadline, year.and_then(|y| date(y + 1, 4, 1)));
        }
    }

    #[test]
    fn a_leadership_heading_under_measures_counts() {
        let r = parse("关于2023年度法治政府建设的报告\n一、主要举措\n(一)加强领导。\n(二)履行推进法治建设第一责任人职责\n镇长带头学法。\n二、存在问题\n人才不足。\n三、下一步工作计划\n加强学习。\n");
        let e = &r.compliance.evidence.leadership;
        assert_eq!(e.found_by, Some(FoundBy::Heading));
        assert_eq!(
            r.slice(e.span.unwrap()),
            Some("履行推进法治建设第一责任人职责")
        );
        assert!(r.compliance.missing.is_empty());
    }

    #[test]
    fn parts_in_the_body_count_by_content() {
        let r = parse("关于2023年度法治政府建设的报告\n一、主要举措\n(一)加强领导。党政主要负责人切实履行推进法治建设第一责任人职责,带头学法。\n(二)查摆不足。但也还存在一些不足,如执法力量不足。2024年将继续加强队伍建设。\n");
        let c = &r.compliance;
        assert!(c.missing.is_empty(), "{:?}", c.missing);
        assert_eq!(c.evidence.measures.found_by, Some(FoundBy::Heading));
        for (e, cue, sentence) in [
            (
                &c.evidence.leadership,
                "主要负责人切实履行",
                "党政主要负责人切实履行推进法治建设第一责任人职责,带头学法。",
            ),
            (
                &c.evidence.problems,
                "还存在一些",
                "但也还存在一些不足,如执法力量不足。",
            ),
            (&c.evidence.plans, "2024年将", "2024年将继续加强队伍建设。"),
        ] {
            assert_eq!(e.found_by, Some(FoundBy::Content));
            assert_eq!(e.cue.as_deref(), Some(cue));
            assert_eq!(r.slice(e.span.unwrap()), Some(sentence));
        }
    }

    #[test]
    fn measures_wording_is_no_problems_or_plans_part() {
        let r = parse("关于2023年度法治政府建设的报告\n一、主要举措\n(一)健全决策机制。及时发现并纠正决策执行中存在的问题,补齐短板。\n(二)压实责任。将法治建设纳入年度工作计划,作为当前和今后一个时期的重要任务。\n");
        let c = &r.compliance;
        assert!(
            c.missing.contains(&SectionKind::Problems),
            "{:?}",
            c.evidence.problems
        );
        assert!(
            c.missing.contains(&SectionKind::Plans),
            "{:?}",
            c.evidence.plans
        );
    }

    #[test]
    fn missing_parts_have_no_evidence() {
        let r = parse("关于2023年度法治政府建设的报告\n一、主要举措\n(一)加强学法。\n");
        let c = &r.compliance;
        assert_eq!(
            c.missing,
            vec![
                SectionKind::Problems,
                SectionKind::Leadership,
                SectionKind::Plans
            ]
        );
        assert_eq!(c.evidence.plans, PartEvidence::default());
    }

    #[test]
    fn names_classify_by_their_last_issuer_word() {
        use AuthorKind as K;
        let cases = [
            ("淮安市人民政府", Some((K::Government, true))),
            ("蓬江区人民政府白沙街道办事处", Some((K::Government, true))),
            ("南岸区司法局", Some((K::Department, true))),
            ("区人民政府办公室", Some((K::Department, true))),
            ("应急管理部", Some((K::Department, true))),
            ("我局", Some((K::Department, true))),
            (
                "中共红河州委 红河州人民政府",
                Some((K::PartyAndGovernment, true)),
            ),
            ("陈仓区委、区政府", Some((K::PartyAndGovernment, true))),
            (
                "宁夏回族自治区党委和政府",
                Some((K::PartyAndGovernment, true)),
            ),
            (
                "中共重庆市铜梁区永嘉镇委员会",
                Some((K::PartyCommittee, true)),
            ),
            ("常青花园社管办党工委", Some((K::PartyCommittee, true))),
            ("县司法局党组", Some((K::PartyCommittee, true))),
            ("高新区管理委员会", Some((K::Government, true))),
            ("静海区", Some((K::Government, false))),
            ("我镇", Some((K::Government, false))),
            ("全省各级政府各部门", Some((K::Government, true))),
            ("县人民法院", Some((K::Other, true))),
            ("我们", None),
        ];
        for (name, want) in cases {
            assert_eq!(classify(name), want, "{name}");
        }
    }

    #[test]
    fn titles_and_openings_name_the_issuer() {
        assert_eq!(
            title_name("2020年静海区法治政府建设情况报告").as_deref(),
            Some("静海区")
        );
        assert_eq!(
            title_name("省营商局关于2022年法治政府建设情况的报告").as_deref(),
            Some("省营商局")
        );
        assert_eq!(
            title_name("关于2024年度鹦鹉街道法治政府建设情况的报告").as_deref(),
            Some("鹦鹉街道")
        );
        assert_eq!(title_name("法治政府建设情况年度报告"), None);
        assert_eq!(
            title_name("区法治政府建设报告_街镇文件_门户网站2023年区法治政府建设报告").as_deref(),
            Some("区")
        );
        assert_eq!(
            opening_subject(&["2023年,在市委、市政府的坚强领导下,市生态环境局坚持以习近平…"])
                .as_deref(),
            Some("市生态环境局")
        );
        assert_eq!(
            opening_subject(&["2025年,县委、县政府坚持以习近平…"]).as_deref(),
            Some("县委、县政府")
        );
        assert_eq!(
            opening_subject(&["今年以来,我镇认真落实…"]).as_deref(),
            Some("我镇")
        );
        assert_eq!(
            opening_subject(&["为进一步加强法治政府建设,现报告如下。"]),
            None
        );
    }

    #[test]
    fn an_outright_name_wins_over_a_place() {
        let kind = |author, title, opening| {
            author_kind(&Issuers {
                author,
                title,
                issuer_field: None,
                opening: vec![opening],
                has_jurisdiction: true,
            })
        };
        assert_eq!(
            kind(
                None,
                Some("宝鸡市陈仓区2025年度法治政府建设工作总结"),
                "2025年,陈仓区委、区政府坚持…"
            ),
            Some(AuthorKind::PartyAndGovernment)
        );
        assert_eq!(
            kind(
                Some("丰都县栗子乡人民政府"),
                None,
                "2025年,乡党委、政府深入学习…"
            ),
            Some(AuthorKind::Government)
        );
        assert_eq!(
            kind(None, None, "一、主要举措"),
            Some(AuthorKind::Government)
        );
    }
}
