//! Stage 6: the report — run the stages and assemble the [`Report`].
//!
//! Stages work in byte offsets of the normalized text; this stage turns
//! every span into character offsets exactly once, at the end.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::compliance;
use crate::jurisdiction::{self, Evidence};
use crate::metadata::{self, Head};
use crate::model::{
    AuthorKind, Compliance, Diagnostic, DiagnosticCode, Item, Report, Section, SectionKind,
    Severity, Source, TextIssue, SCHEMA_VERSION,
};
use crate::normalize::{self, LineKind, Normalized};
use crate::outline::{self, Outline};
use crate::parts::{self, RawItem};
use crate::statistics;
use crate::text::CharOffsets;

/// A diagnostic whose place is still a byte range.
struct Finding {
    code: DiagnosticCode,
    severity: Severity,
    message: String,
    range: Option<Range<usize>>,
}

impl Finding {
    fn new(
        code: DiagnosticCode,
        severity: Severity,
        message: impl Into<String>,
        range: Option<Range<usize>>,
    ) -> Self {
        Finding {
            code,
            severity,
            message: message.into(),
            range,
        }
    }
}

/// Run the whole pipeline over `raw`; `decoding` holds what decoding
/// noticed (diagnostics without spans).
pub(crate) fn build(raw: &str, decoding: Vec<Diagnostic>) -> Report {
    let n = normalize::normalize(raw);
    let mut findings: Vec<Finding> = decoding
        .into_iter()
        .map(|d| Finding::new(d.code, d.severity, d.message, None))
        .collect();
    if n.text.trim().is_empty() {
        findings.push(Finding::new(
            DiagnosticCode::EmptyInput,
            Severity::Error,
            "the input has no text",
            None,
        ));
        findings.push(Finding::new(
            DiagnosticCode::NotAReport,
            Severity::Error,
            "an empty text is not a report",
            None,
        ));
        let compliance = assess(
            &n,
            &Head::default(),
            &Parsed::default(),
            vec![TextIssue::NotAReport],
        );
        let parsed = Parsed {
            compliance: Some(compliance),
            ..Parsed::default()
        };
        return finish(n, Head::default(), parsed, findings);
    }

    let head = metadata::analyze(&n);
    let outline = outline::build(&n, head.body_start..head.body_end, head.body_end_byte);
    let kinds = parts::classify(&outline, &n);
    let (items, enumeration_repairs) = parts::items(&outline, &kinds, &n);
    let found = parts::found_parts(&outline, &kinds, &items, &n);
    let body: Vec<Range<usize>> = (head.body_start..head.body_end)
        .filter(|&i| n.lines[i].kind == LineKind::Body)
        .map(|i| n.lines[i].content.clone())
        .collect();
    // Numbers and place names may be cut by a hard wrap: these stages read
    // the text without its wrap breaks, and their spans are put back.
    let unwrapped = normalize::Unwrapped::of(&n);
    let (text, unwrapped_body) = match &unwrapped {
        Some(u) => (
            u.text.as_str(),
            body.iter().map(|r| u.to_unwrapped(r.clone())).collect(),
        ),
        None => (n.text.as_str(), Vec::new()),
    };
    let read_body = if unwrapped.is_some() {
        &unwrapped_body
    } else {
        &body
    };
    let mut statistics = statistics::extract_in(text, read_body, &outline);
    if let Some(u) = &unwrapped {
        for s in &mut statistics {
            let r = u.to_text(s.span.start..s.span.end);
            s.raw = n.text[r.clone()].to_string();
            s.section = outline.path_at(r.start);
            s.span = crate::model::Span::new(r.start, r.end);
        }
    }
    let (jurisdiction, mut jurisdiction_diagnostics) = jurisdiction::resolve_report(&Evidence {
        text,
        // The unwrapped text is folded by the resolver itself.
        simplified: unwrapped.is_none().then(|| n.simplified()),
        body: read_body,
        title: head.title.as_deref(),
        author: head.author.as_deref(),
        addressee: head.addressee.as_deref(),
        publisher: head.source.publisher.as_deref(),
        index_number: head.source.index_number.as_deref(),
    });
    if let Some(u) = &unwrapped {
        for d in &mut jurisdiction_diagnostics {
            if let Some(s) = d.span {
                let r = u.to_text(s.start..s.end);
                d.span = Some(crate::model::Span::new(r.start, r.end));
            }
        }
    }
    findings.extend(jurisdiction_diagnostics.into_iter().map(|d| {
        let range = d.span.map(|s| s.start..s.end);
        Finding::new(d.code, d.severity, d.message, range)
    }));
    for repair in outline.repairs.iter().chain(&enumeration_repairs) {
        findings.push(Finding::new(
            DiagnosticCode::OutlineRepaired,
            Severity::Info,
            repair.message.clone(),
            Some(repair.range.clone()),
        ));
    }

    let year = metadata::covered_year(head.title.as_deref(), &n, head.body_start..head.body_end)
        .or_else(|| year_from_headings(&outline, &kinds, &n));
    // The opening lines, up to about 600 characters (more, shorter lines
    // when the page is wrapped at a fixed width).
    let mut chars = 0;
    let opening: Vec<&str> = body
        .iter()
        .map(|r| &n.simplified()[r.clone()])
        .take_while(|l| {
            let before = chars;
            chars += l.chars().count();
            before < 600
        })
        .take(24)
        .collect();
    let author_kind = compliance::author_kind(&compliance::Issuers {
        author: head.author.as_deref(),
        title: head.title.as_deref(),
        issuer_field: head.source.other.get("发文机关").map(String::as_str),
        opening,
        has_jurisdiction: jurisdiction.is_some(),
    });
    let mut parsed = Parsed {
        outline,
        kinds,
        items,
        found,
        statistics,
        jurisdiction,
        year,
        body,
        author_kind,
        compliance: None,
    };
    let issues = diagnose(&n, &head, &parsed, &mut findings);
    let compliance = assess(&n, &head, &parsed, issues);
    if !compliance.text_issues.contains(&TextIssue::NotAReport) && !compliance.missing.is_empty() {
        findings.push(part_missing(&n, &parsed, &compliance));
    }
    parsed.compliance = Some(compliance);
    finish(n, head, parsed, findings)
}

fn assess(n: &Normalized, head: &Head, p: &Parsed, text_issues: Vec<TextIssue>) -> Compliance {
    compliance::assess(&compliance::Input {
        text: &n.text,
        simplified: n.simplified(),
        outline: &p.outline,
        kinds: &p.kinds,
        found: &p.found,
        body: &p.body,
        year: p.year,
        published_on: head.published_on,
        signed_on: head.signed_on,
        text_issues,
    })
}

/// One `part_missing` naming every missing part, the headings that were
/// read, and that the body has none of the parts' wording.
fn part_missing(n: &Normalized, p: &Parsed, c: &Compliance) -> Finding {
    let names: Vec<&str> = c.missing.iter().map(|k| k.as_str()).collect();
    let headings: Vec<String> = p
        .outline
        .roots
        .iter()
        .map(|&r| {
            let node = &p.outline.nodes[r];
            let sep = if node.number.ends_with([')', '）']) || node.number.starts_with('第') {
                ""
            } else {
                "、"
            };
            format!("{}{sep}{}", node.number, &n.text[node.heading.clone()])
        })
        .collect();
    let read = if headings.is_empty() {
        "the text has no numbered headings".to_string()
    } else {
        format!(
            "none of its top-level headings ({}) or sub-headings names {}",
            headings.join("; "),
            if names.len() == 1 { "it" } else { "them" }
        )
    };
    let list = match names.as_slice() {
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
        [] => String::new(),
    };
    let mut message = format!(
        "the report has no {list} part: {read}, and the body has none of the regulation's wording for {}",
        if names.len() == 1 { "it" } else { "them" }
    );
    if c.text_issues.contains(&TextIssue::Truncated) {
        message.push_str(if names.len() == 1 {
            " (the text is truncated: it may follow the cut)"
        } else {
            " (the text is truncated: they may follow the cut)"
        });
    }
    Finding::new(DiagnosticCode::PartMissing, Severity::Info, message, None)
}

/// What the stages produced, in bytes.
#[derive(Default)]
struct Parsed {
    outline: Outline,
    kinds: Vec<SectionKind>,
    items: Vec<RawItem>,
    /// The parts present and what decided each.
    found: Vec<parts::FoundPart>,
    statistics: Vec<crate::model::Statistic>,
    jurisdiction: Option<crate::model::Jurisdiction>,
    year: Option<i32>,
    body: Vec<Range<usize>>,
    author_kind: Option<AuthorKind>,
    /// Filled once the diagnostics have said whether the text is whole.
    compliance: Option<Compliance>,
}

/// "一、2023年工作情况" says the covered year; "三、2024年工作计划" says the
/// year before it.
fn year_from_headings(outline: &Outline, kinds: &[SectionKind], n: &Normalized) -> Option<i32> {
    static YEAR: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^(\d{4})年").expect("valid regex"));
    outline.roots.iter().find_map(|&r| {
        let y: i32 = YEAR.captures(&normalize::unwrapped(
            &n.text[outline.nodes[r].heading.clone()],
        ))?[1]
            .parse()
            .ok()?;
        match kinds[r] {
            SectionKind::Measures => Some(y),
            SectionKind::Plans => Some(y - 1),
            _ => None,
        }
        .filter(|y| (1949..=2100).contains(y))
    })
}

static MASKED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:\*{1,3}|×{2,}|[xX]{2,}|○{2,})(?:省|市|区|县|旗|镇|乡|街道|开发区|新区|局)|[\p{Han}](?:\*{1,3}|×{1,3})(?:次|件|人|个|项|场|名|家|条|份|元|万元|%)",
    )
    .expect("valid regex")
});

/// The diagnostics of the whole text; returns why the text is not a whole
/// report, if it is not.
fn diagnose(
    n: &Normalized,
    head: &Head,
    p: &Parsed,
    findings: &mut Vec<Finding>,
) -> Vec<TextIssue> {
    use DiagnosticCode as C;
    let mut issues = Vec::new();
    let not_report = not_a_report_reasons(n, head, p);
    let is_report = not_report.is_empty();
    if !is_report {
        findings.push(Finding::new(
            C::NotAReport,
            Severity::Error,
            format!(
                "the text does not read as a rule-of-law government report: {}",
                not_report.join("; ")
            ),
            None,
        ));
        issues.push(TextIssue::NotAReport);
    }
    for d in &head.inferred {
        findings.push(Finding::new(
            C::DateInferred,
            Severity::Info,
            format!(
                "{} {} was read from a date line without a label",
                d.field, d.date
            ),
            Some(d.range.clone()),
        ));
    }
    if head.title.is_none() {
        findings.push(Finding::new(
            C::NoTitle,
            Severity::Warning,
            "no title line was found",
            None,
        ));
    }
    if p.year.is_none() {
        findings.push(Finding::new(
            C::YearUnresolved,
            Severity::Warning,
            "the covered year could not be told",
            None,
        ));
    }
    // Masks are rare: test the cheap characters before the regex.
    let may_mask = |line: &str| {
        memchr::memchr3(b'*', b'x', b'X', line.as_bytes()).is_some()
            || line.contains('×')
            || line.contains("○○")
    };
    if let Some(m) = p
        .body
        .iter()
        .filter(|r| may_mask(&n.text[(*r).clone()]))
        .find_map(|r| {
            MASKED
                .find(&n.text[r.clone()])
                .map(|m| r.start + m.start()..r.start + m.end())
        })
    {
        findings.push(Finding::new(
            C::MaskedText,
            Severity::Warning,
            format!(
                "the text is a template with masked names or numbers ({})",
                &n.text[m.clone()]
            ),
            Some(m),
        ));
        issues.push(TextIssue::Template);
    }
    if let Some((message, at)) = truncation(n, head, p) {
        findings.push(Finding::new(
            C::Truncated,
            Severity::Warning,
            message,
            Some(at..at),
        ));
        issues.push(TextIssue::Truncated);
    }
    issues
}

/// A trailing inline pinyin gloss of a mirror site: 規(guī).
static PINYIN_END: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\p{Han}[(（][a-zà-üā-ɏ]{1,7}[)）]$").expect("valid regex"));

/// A heading number with nothing after it: (二), 3., 四、.
static BARE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十\d]{1,3}[、.．])$",
    )
    .expect("valid regex")
});

/// Whether the text was cut off, judged from the shape of its end, with
/// the message and the byte offset of the cut.
///
/// A text with a sign-off is whole. Without one, the end is a cut when it
/// stops mid-sentence (a cut word, a dangling number), inside a word
/// glossed with inline pinyin, on a bare heading number, or — though at a
/// sentence end — inside an early part of the report (measures,
/// leadership, problems) with no plans part after it and no closing words:
/// a whole report ends with its plans or its sign-off.
fn truncation(n: &Normalized, head: &Head, p: &Parsed) -> Option<(String, usize)> {
    if head.signed {
        return None;
    }
    // A site footer the chrome filter let through ends the text: judge the
    // line before its first line (among the last few).
    let footer = &crate::lexicon::compliance::words().page_footer;
    let lines: Vec<&Range<usize>> = p
        .body
        .iter()
        .filter(|r| !n.text[(*r).clone()].trim().is_empty())
        .collect();
    let tail = lines.len().saturating_sub(12);
    let cut = (tail..lines.len())
        .find(|&i| {
            // Footer lines are short; a paragraph that names a phone number is not one.
            let line = &n.text[lines[i].clone()];
            line.chars().count() <= 60 && footer.iter().any(|w| line.contains(w))
        })
        .unwrap_or(lines.len());
    let last = *lines[..cut].last()?;
    let line = n.text[last.clone()].trim_end();
    let end = last.start + line.len();
    let tail: String = {
        let chars: Vec<char> = line.chars().collect();
        chars[chars.len().saturating_sub(12)..].iter().collect()
    };
    if PINYIN_END.is_match(line) {
        return Some((
            format!("the text ends inside a word glossed with pinyin (…{tail}), with no sign-off"),
            end,
        ));
    }
    if BARE_NUMBER.is_match(line.trim()) {
        return Some((
            format!(
                "the text ends on a heading number with nothing after it ({}), with no sign-off",
                line.trim()
            ),
            end,
        ));
    }
    let ended = line.ends_with([
        '。', '!', '?', '”', '"', ')', '」', '』', '…', '.', '！', '？', '）',
    ]);
    if !ended {
        let what = match line.chars().last() {
            Some(c) if c.is_ascii_digit() => "on a dangling number",
            Some('、' | ',' | '，' | ';' | '；' | ':' | '：' | '(' | '（' | '“' | '《') => {
                "after a mark that needs more text"
            }
            _ => "mid-sentence",
        };
        return Some((
            format!("the text ends {what} (…{tail}), with no sign-off"),
            end,
        ));
    }
    let &last_root = p.outline.roots.last()?;
    let kind = p.kinds[last_root];
    let early = matches!(
        kind,
        SectionKind::Measures | SectionKind::Leadership | SectionKind::Problems
    );
    if !early || p.found.iter().any(|f| f.kind == SectionKind::Plans) {
        return None;
    }
    let closing = crate::lexicon::compliance::words()
        .closing
        .iter()
        .any(|w| crate::chinese::to_simplified(line).contains(w));
    if closing {
        return None;
    }
    Some((
        format!(
            "the text stops at a sentence end inside the {kind} part (…{tail}), with no plans part, no closing words and no sign-off after it"
        ),
        end,
    ))
}

/// Why the text is not a rule-of-law government report, one phrase per
/// reason that fired; empty when it reads as one.
///
/// What the text is decides (its title's genre, a news lead, one official
/// speaking, a research paper: see [`metadata::genre_reasons`]); then a
/// text without a rule-of-law title must carry enough rule-of-law
/// vocabulary for its length (a 政府工作报告 does not).
fn not_a_report_reasons(n: &Normalized, head: &Head, p: &Parsed) -> Vec<String> {
    let mut reasons = metadata::genre_reasons(n, head);
    if !reasons.is_empty() {
        return reasons;
    }
    if head
        .title
        .as_deref()
        .is_some_and(metadata::is_rule_of_law_title)
    {
        return reasons;
    }
    // 法治 and 依法行政 are written the same in traditional characters.
    static VOCABULARY: LazyLock<[memchr::memmem::Finder<'static>; 2]> =
        LazyLock::new(|| ["法治", "依法行政"].map(|w| memchr::memmem::Finder::new(w.as_bytes())));
    let (mut chars, mut mentions) = (0, 0);
    for r in &p.body {
        let line = normalize::unwrapped(&n.text[r.clone()]);
        chars += line.chars().count();
        mentions += VOCABULARY
            .iter()
            .map(|f| f.find_iter(line.as_bytes()).count())
            .sum::<usize>();
    }
    let chars = chars.max(1);
    if !(mentions >= 3 && mentions * 1000 >= chars * 3) {
        reasons.push(format!(
            "no rule-of-law report title and little rule-of-law vocabulary ({mentions} mentions of 法治/依法行政 in {chars} characters)"
        ));
    }
    // A long text with sections, none of whose headings names a report's
    // part (measures, problems, plans, the leaders' duty): a text of
    // another kind. (A topical heading is read as a measure by default, so
    // the kinds alone would not tell.)
    let roots = &p.outline.roots;
    let names_a_part = |r: usize| {
        let heading = &n.text[p.outline.nodes[r].heading.clone()];
        parts::classify_heading(heading).is_some_and(|k| k != SectionKind::Other)
    };
    if chars >= PARTLESS_CHARS && roots.len() >= 2 && !roots.iter().any(|&r| names_a_part(r)) {
        reasons.push(format!(
            "no rule-of-law report title and none of a report's parts among its {} sections",
            roots.len()
        ));
    }
    reasons
}

/// A text at least this long (in characters) shows its parts if it has them.
const PARTLESS_CHARS: usize = 1500;

fn finish(n: Normalized, head: Head, p: Parsed, findings: Vec<Finding>) -> Report {
    let offsets = CharOffsets::new(&n.text);
    let text = &n.text;
    let sections = p
        .outline
        .roots
        .iter()
        .map(|&r| section(&p.outline, &p.kinds, r, text, &offsets))
        .collect();

    let mut statistics = p.statistics;
    // Statistic spans arrive in bytes; items link them by byte position first.
    let stat_bytes: Vec<Range<usize>> = statistics
        .iter()
        .map(|s| s.span.start..s.span.end)
        .collect();
    for s in &mut statistics {
        s.span = offsets.span(s.span.start..s.span.end);
    }
    let mut parts: [Vec<Item>; 4] = Default::default();
    for item in p.items {
        let slot = match item.kind {
            SectionKind::Measures => 0,
            SectionKind::Leadership => 1,
            SectionKind::Problems => 2,
            SectionKind::Plans => 3,
            SectionKind::Other => continue,
        };
        // Statistics come in text order: the ones inside an item are a run.
        let first = stat_bytes.partition_point(|r| r.start < item.range.start);
        let inside = (first..stat_bytes.len())
            .take_while(|&i| stat_bytes[i].start < item.range.end)
            .filter(|&i| stat_bytes[i].end <= item.range.end)
            .collect();
        parts[slot].push(Item {
            heading: normalize::unwrapped(&text[item.heading.clone()]).into_owned(),
            text: text[item.range.clone()].to_string(),
            span: offsets.span(item.range),
            path: item.path,
            statistics: inside,
        });
    }
    let [measures, leadership, problems, plans] = parts;

    let preamble = preamble(&n, &head, &p.outline);
    let mut compliance = p
        .compliance
        .unwrap_or_else(|| assess(&n, &head, &Parsed::default(), Vec::new()));
    for kind in SectionKind::REQUIRED {
        if let Some(e) = compliance.evidence.get_mut(kind) {
            e.span = e.span.map(|s| offsets.span(s.start..s.end));
        }
    }
    let diagnostics = dedup(findings)
        .into_iter()
        .map(|(f, ranges)| Diagnostic {
            code: f.code,
            severity: f.severity,
            message: f.message,
            span: f.range.map(|r| offsets.span(r)),
            spans: ranges.into_iter().map(|r| offsets.span(r)).collect(),
        })
        .collect();
    let Head {
        title,
        author,
        addressee,
        signed_on,
        published_on,
        source,
        ..
    } = head;
    Report {
        schema_version: SCHEMA_VERSION,
        title,
        year: p.year,
        jurisdiction: p.jurisdiction,
        author,
        author_kind: p.author_kind,
        addressee,
        signed_on,
        published_on,
        source: Source { ..source },
        preamble,
        sections,
        measures,
        leadership,
        problems,
        plans,
        statistics,
        compliance,
        diagnostics,
        text: n.text,
    }
}

/// One diagnostic per code, in the order codes first occur: a code found
/// several times keeps the span of its first occurrence, the highest
/// severity, and every occurrence's message in its own.
fn dedup(findings: Vec<Finding>) -> Vec<(Finding, Vec<Range<usize>>)> {
    let mut out: Vec<(Finding, Vec<String>, Vec<Range<usize>>)> = Vec::new();
    for f in findings {
        match out.iter_mut().find(|(g, _, _)| g.code == f.code) {
            Some((g, messages, ranges)) => {
                g.severity = g.severity.max(f.severity);
                if g.range.is_none() {
                    g.range.clone_from(&f.range);
                }
                ranges.extend(f.range);
                messages.push(f.message);
            }
            None => {
                let (m, r) = (f.message.clone(), f.range.clone());
                out.push((f, vec![m], r.into_iter().collect()));
            }
        }
    }
    out.into_iter()
        .map(|(mut f, messages, ranges)| {
            if messages.len() > 1 {
                f.message = format!("{} times: {}", messages.len(), messages.join("; "));
            }
            (f, ranges)
        })
        .collect()
}

fn section(
    outline: &Outline,
    kinds: &[SectionKind],
    i: usize,
    text: &str,
    offsets: &CharOffsets<'_>,
) -> Section {
    let node = &outline.nodes[i];
    Section {
        number: node.number.clone(),
        level: node.depth,
        heading: normalize::unwrapped(&text[node.heading.clone()]).into_owned(),
        kind: kinds[i],
        text: text[node.range.clone()].to_string(),
        span: offsets.span(node.range.clone()),
        children: node
            .children
            .iter()
            .map(|&c| section(outline, kinds, c, text, offsets))
            .collect(),
    }
}

/// The body text before the first numbered heading.
fn preamble(n: &Normalized, head: &Head, outline: &Outline) -> Option<String> {
    let end = outline.nodes.first().map_or(head.body_end, |x| x.line);
    let lines: Vec<std::borrow::Cow<str>> = (head.body_start..end.min(head.body_end))
        .filter(|&i| n.lines[i].kind == LineKind::Body)
        .map(|i| normalize::unwrapped(n.content(i)))
        .filter(|l| !l.is_empty())
        .collect();
    (!lines.is_empty()).then(|| lines.join("\n"))
}

#[cfg(test)]
mod robustness {
    use proptest::prelude::*;

    use crate::{parse, DiagnosticCode, Report};

    /// Slices `text` by character spans in O(1) each (`Report::slice` walks
    /// the text, which is quadratic over the many spans of a huge input).
    struct Slicer<'t> {
        text: &'t str,
        bytes: Vec<usize>,
    }

    impl<'t> Slicer<'t> {
        fn new(text: &'t str) -> Self {
            let bytes = text
                .char_indices()
                .map(|(b, _)| b)
                .chain(Some(text.len()))
                .collect();
            Slicer { text, bytes }
        }

        fn slice(&self, span: crate::Span) -> Option<&'t str> {
            let (a, b) = (*self.bytes.get(span.start)?, *self.bytes.get(span.end)?);
            self.text.get(a..b)
        }
    }

    /// Every span of `r` slices back exactly the text it claims.
    fn assert_spans_slice_back(r: &Report) {
        fn walk(s: &Slicer<'_>, sections: &[crate::Section]) {
            for x in sections {
                assert_eq!(
                    s.slice(x.span),
                    Some(x.text.as_str()),
                    "section {}",
                    x.number
                );
                walk(s, &x.children);
            }
        }
        let slicer = Slicer::new(&r.text);
        walk(&slicer, &r.sections);
        for item in r
            .measures
            .iter()
            .chain(&r.leadership)
            .chain(&r.problems)
            .chain(&r.plans)
        {
            assert_eq!(slicer.slice(item.span), Some(item.text.as_str()));
            for &i in &item.statistics {
                assert!(i < r.statistics.len());
            }
        }
        for s in &r.statistics {
            assert_eq!(slicer.slice(s.span), Some(s.raw.as_str()));
        }
        for d in &r.diagnostics {
            if let Some(span) = d.span {
                assert!(
                    slicer.slice(span).is_some(),
                    "diagnostic {} span {span} outside the text",
                    d.code
                );
            }
        }
    }

    /// Pieces that real reports are made of, to build adversarial texts.
    const PIECES: &[&str] = &[
        "一、",
        "(一)",
        ")",
        "1、",
        "1",
        "2.",
        "①",
        "一是",
        "是",
        "二是",
        "三、存在问题\n",
        "工作计划\n",
        "法治政府建设",
        "2023年",
        "年度报告",
        "31人",
        "1.18万元",
        "10余次",
        "96.1%",
        "“1+3+N”",
        "12345",
        "。",
        ",",
        ";",
        ":",
        "\n",
        "\r\n",
        " ",
        "\u{3000}",
        "（",
        "）",
        "％",
        "１２",
        "区委、区政府:",
        "索引号:",
        "发布日期:2024-01-09",
        "字体:[大] [中] [小]",
        "*区",
        "蓬江区人民政府白沙街道办事处",
        "2020年12月2日",
        "\u{feff}",
        "\u{0}",
        "é",
        "𠀀",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]

        #[test]
        fn never_panics_on_arbitrary_text(text in "\\PC*") {
            assert_spans_slice_back(&parse(&text));
        }

        #[test]
        fn never_panics_on_report_like_text(pieces in proptest::collection::vec(proptest::sample::select(PIECES), 0..80)) {
            let text: String = pieces.concat();
            assert_spans_slice_back(&parse(&text));
        }

        #[test]
        fn never_panics_on_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
            if let Ok(r) = crate::parse_bytes(&bytes) {
                assert_spans_slice_back(&r);
            }
        }
    }

    #[test]
    fn huge_single_line_and_many_lines() {
        let line = "法治政府建设共组织31人参加考试,".repeat(200_000);
        let r = parse(&line);
        assert_spans_slice_back(&r);
        let lines = "(一)加强组织领导。\n一是落实。二是推进。\n".repeat(50_000);
        let r = parse(&lines);
        assert_spans_slice_back(&r);
    }

    /// The 72 long government work reports of the bench corpus parse
    /// without panic and are not rule-of-law reports (skipped when the
    /// shared corpus is not beside the repository).
    #[test]
    fn bench_corpus_parses_and_is_flagged() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../../shared/corpus/bench/government_work_reports.jsonl");
        let Ok(jsonl) = std::fs::read_to_string(&path) else {
            eprintln!("skipped: {} not found", path.display());
            return;
        };
        let mut n = 0;
        for line in jsonl.lines() {
            let doc: serde_json::Value = serde_json::from_str(line).expect("valid JSON line");
            let content = doc["content"].as_str().expect("content");
            let r = parse(content);
            assert_spans_slice_back(&r);
            assert!(
                r.has_diagnostic(DiagnosticCode::NotAReport),
                "{} not flagged",
                doc["title"]
            );
            n += 1;
        }
        assert_eq!(n, 72);
    }
}

#[cfg(test)]
mod tests {
    use crate::{parse, DiagnosticCode, SectionKind};

    #[test]
    fn empty_input_is_diagnosed() {
        for text in ["", "   \n\n ", "\u{feff}"] {
            let r = parse(text);
            assert!(r.has_diagnostic(DiagnosticCode::EmptyInput), "{text:?}");
            assert!(r.has_diagnostic(DiagnosticCode::NotAReport));
        }
    }

    #[test]
    fn spans_slice_back() {
        let r = parse("关于2023年度法治政府建设的报告\n一、主要举措\n(一)加强领导。法治政府建设。\n二、存在问题\n一是人才不足。二是装备不齐。\n");
        for s in &r.sections {
            assert_eq!(r.slice(s.span), Some(s.text.as_str()));
        }
        assert_eq!(r.problems.len(), 2);
        for item in r.problems.iter().chain(&r.measures) {
            assert_eq!(r.slice(item.span), Some(item.text.as_str()));
        }
        assert_eq!(
            r.compliance.missing,
            vec![SectionKind::Leadership, SectionKind::Plans]
        );
    }

    /// Each reason of `not_a_report` fires on its own kind of text and says
    /// so in the message; reports raise none.
    #[test]
    fn not_a_report_says_which_reason_fired() {
        let para =
            "全区深入推进法治政府建设,坚持依法行政,落实法治建设责任,法治政府建设取得新成效。";
        let partless = format!(
            "一、会议背景\n{}\n二、会议议程\n{}\n三、参会人员\n{}\n",
            para.repeat(16),
            para.repeat(16),
            para.repeat(16)
        );
        let cases: &[(&str, &str)] = &[
            ("某某区2023年度法治政府建设情况报告\n2023年,某某区坚持依法行政,推进法治政府建设。\n一、主要举措\n(一)加强领导。\n", ""),
            ("2023年,某某区坚持依法行政,推进法治政府建设,法治政府建设取得新成效,法治建设水平持续提升。\n一、主要举措\n(一)加强领导。\n", ""),
            ("某某县2024年法治政府建设工作要点\n2024年全县法治政府建设工作要点如下。\n", "工作要点"),
            ("某某市2023年政府信息公开工作年度报告\n本报告根据条例编制。\n", "政府信息公开年度报告"),
            ("2024年某某区政府工作报告\n各位代表:\n现在,我代表区人民政府报告工作。\n", "政府工作报告"),
            ("在全县法治政府建设工作会议上的讲话\n同志们:\n今天召开全县法治政府建设工作会议。\n", "讲话"),
            ("近日,某某市法治政府建设工作会议召开。\n", "news"),
            ("某某县2023年经济社会发展情况\n2023年,全县经济平稳增长,地区生产总值增长6%。\n", "vocabulary"),
            (&partless, "none of a report's parts"),
        ];
        for (text, want) in cases {
            let r = parse(text);
            let d = r
                .diagnostics
                .iter()
                .find(|d| d.code == DiagnosticCode::NotAReport);
            match (want.is_empty(), d) {
                (true, None) => {}
                (false, Some(d)) => assert!(d.message.contains(want), "{text}: {}", d.message),
                (_, d) => panic!("{text}: want {want:?}, got {d:?}"),
            }
        }
    }
}
