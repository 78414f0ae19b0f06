//! Stage 3: parts and items.
//!
//! Parts by meaning, items by form. Each top-level section is classified
//! into one of the five parts the regulation requires ([`SectionKind`]) by
//! its heading (the words in `data/parts.tsv`), or where the heading is
//! topical, by its opening sentence; its children inherit the kind. A
//! merged part (`存在的问题及下一步工作打算`) is split where its text turns to
//! the plans. The items of a part are its enumerated units: the
//! sub-sections of its sections, else the inline enumeration of a section's
//! body (一是…二是…三是…, repaired where a marker was lost), else its
//! paragraphs; a causes paragraph joins the problem before it.
//! `found_parts` says for each part whether a heading or the text
//! decided it.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::chinese::to_simplified;
use crate::lexicon::parts as lexicon;
use crate::model::SectionKind;
use crate::normalize::{unwrapped, LineKind, Normalized, Unwrapped};
use crate::outline::{chinese_value, Outline, Repair};

/// The part a top-level heading names, if it names one.
///
/// ```
/// use lawreport::parts::classify_heading;
/// use lawreport::SectionKind;
/// assert_eq!(classify_heading("推进法治政府建设存在的不足和原因"), Some(SectionKind::Problems));
/// assert_eq!(classify_heading("2024年推进法治政府建设的主要计划安排"), Some(SectionKind::Plans));
/// assert_eq!(classify_heading("党政主要负责人履行推进法治建设第一责任人职责情况"), Some(SectionKind::Leadership));
/// assert_eq!(classify_heading("2024年度推进法治政府建设的主要举措和成效"), Some(SectionKind::Measures));
/// assert_eq!(classify_heading("强化法治建设体系,发挥第一责任人核心作用"), None);
/// ```
pub fn classify_heading(heading: &str) -> Option<SectionKind> {
    lexicon::heading_kind(&to_simplified(heading))
}

/// The part the opening sentence of section `r` speaks of, for a heading
/// that names none (`三、正视短板弱项,清醒认识差距`): `还存在一些问题和不足`,
/// `2025年,我区将…`, `主要负责同志认真履行…第一责任人职责`.
fn content_kind(
    outline: &Outline,
    r: usize,
    n: &Normalized,
) -> Option<(SectionKind, Range<usize>)> {
    let opening = opening_sentence(outline, r, n);
    let s = to_simplified(&n.text[opening.clone()]);
    // A section that opens with its first item (一是…, (一)…) is a run of
    // measures, whatever that item is about.
    if crate::outline::numbering(&s).is_some() {
        return None;
    }
    lexicon::CUES
        .content
        .iter()
        .find(|(_, re)| re.is_match(&s))
        .map(|(k, _)| (*k, opening))
}

/// The first sentence of the body of section `r` (after its heading
/// line), up to 。 or :, at most 80 characters.
fn opening_sentence(outline: &Outline, r: usize, n: &Normalized) -> Range<usize> {
    let node = &outline.nodes[r];
    let start = n.lines[node.line].range.end.min(node.range.end);
    let body = &n.text[start..node.range.end];
    let skipped = body.len() - body.trim_start().len();
    let body = body.trim_start();
    let end = body
        .char_indices()
        .take(80)
        .find(|&(_, c)| matches!(c, '。' | ':' | '\n'))
        .map_or_else(
            || body.char_indices().nth(80).map_or(body.len(), |(i, _)| i),
            |(i, _)| i,
        );
    start + skipped..start + skipped + end
}

/// The kind of every node of `outline`: top-level headings by their text,
/// children by inheritance. A topical top-level heading that names no part
/// is read by its opening sentence (shortcomings, next year's plans, the
/// leaders' duty), except the first, which opens the measures; failing
/// that it is a measure while no later part has begun, else `other`.
pub fn classify(outline: &Outline, n: &Normalized) -> Vec<SectionKind> {
    let mut kinds = vec![SectionKind::Other; outline.nodes.len()];
    let mut past_measures = false;
    for (k, &r) in outline.roots.iter().enumerate() {
        let heading = unwrapped(&n.text[outline.nodes[r].heading.clone()]);
        let by_content = || (k > 0).then(|| content_kind(outline, r, n)).flatten();
        let kind = match classify_heading(&heading) {
            Some(k) => k,
            None => match by_content() {
                Some((kind, _)) => kind,
                None if !past_measures => SectionKind::Measures,
                None => SectionKind::Other,
            },
        };
        if matches!(kind, SectionKind::Problems | SectionKind::Plans) {
            past_measures = true;
        }
        kinds[r] = kind;
    }
    for i in 0..outline.nodes.len() {
        if let Some(p) = outline.nodes[i].parent {
            kinds[i] = kinds[p];
        }
    }
    kinds
}

/// How a part of the report was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Basis {
    /// A top-level heading names it (`存在的不足和原因`).
    Heading,
    /// Its text says it: a topical heading read by its opening sentence,
    /// the plans half of a merged part, or a leaders' duty folded into a
    /// measure.
    Content,
}

/// One part found in the report, with what decided it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FoundPart {
    /// The part.
    pub kind: SectionKind,
    /// By heading or by content.
    pub basis: Basis,
    /// Bytes of the heading that named it ([`Basis::Heading`]), or of the
    /// text that decided it: the opening sentence of a topical section, the
    /// first item of a split or folded part.
    pub span: Range<usize>,
}

/// Every part present, in text order, each once: the kinds of the
/// top-level sections, and the parts that only items show (the plans of a
/// merged part, a leadership duty folded into a measure).
pub(crate) fn found_parts(
    outline: &Outline,
    kinds: &[SectionKind],
    items: &[RawItem],
    n: &Normalized,
) -> Vec<FoundPart> {
    let mut found: Vec<FoundPart> = Vec::new();
    for &r in &outline.roots {
        let kind = kinds[r];
        if found.iter().any(|f| f.kind == kind) {
            continue;
        }
        let heading = outline.nodes[r].heading.clone();
        let part = if classify_heading(&n.text[heading.clone()]) == Some(kind) {
            FoundPart {
                kind,
                basis: Basis::Heading,
                span: heading,
            }
        } else {
            let span = match content_kind(outline, r, n) {
                Some((k, opening)) if k == kind => opening,
                _ => heading,
            };
            FoundPart {
                kind,
                basis: Basis::Content,
                span,
            }
        };
        found.push(part);
    }
    for item in items {
        if !found.iter().any(|f| f.kind == item.kind) {
            found.push(FoundPart {
                kind: item.kind,
                basis: Basis::Content,
                span: item.range.clone(),
            });
        }
    }
    found.sort_by_key(|f| f.span.start);
    found
}

/// One item of a part, in bytes of the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawItem {
    /// The part it belongs to.
    pub kind: SectionKind,
    /// The short lead phrase.
    pub heading: Range<usize>,
    /// The whole item.
    pub range: Range<usize>,
    /// Section numbers leading to it.
    pub path: Vec<String>,
}

/// The items of every part, in text order, with the repairs made to inline
/// enumerations.
///
/// Parts are told by meaning, items by form. A problems part whose heading
/// also names the plans (`存在的问题及下一步工作打算`), or that stands in a
/// report with no plans part, is split where its text turns to the plans
/// (a paragraph opening `下一步`, `今后`, `2025年,我局将`; a sub-heading naming
/// the plans; in a merged part, a numbering run starting again at 1). Each
/// piece yields its numbered sub-sections, else its inline enumeration
/// (一是…二是…), else its paragraphs. A causes paragraph (`究其原因`,
/// `主要是因为`) is attached to the problem before it, not counted as one.
/// Without a leadership part, a measure whose sub-heading or first
/// sentence names the leaders' duty (`(一)履行第一责任人职责,加强组织领导`)
/// is also a leadership item.
pub fn items(
    outline: &Outline,
    kinds: &[SectionKind],
    n: &Normalized,
) -> (Vec<RawItem>, Vec<Repair>) {
    let mut out = Vec::new();
    let mut repairs = Vec::new();
    let root_kinds = || outline.roots.iter().map(|&r| kinds[r]);
    let has_plans = root_kinds().any(|k| k == SectionKind::Plans);
    let has_leadership = root_kinds().any(|k| k == SectionKind::Leadership);
    for &r in &outline.roots {
        let kind = kinds[r];
        if kind == SectionKind::Other {
            continue;
        }
        let node = &outline.nodes[r];
        let body = n.lines[node.line].range.end.min(node.range.end)..node.range.end;
        let turn = if kind == SectionKind::Problems {
            let heading = to_simplified(&n.text[node.heading.clone()]);
            let merged = lexicon::names(&heading, SectionKind::Plans);
            (merged || !has_plans)
                .then(|| turn_to_plans(outline, r, n, body.clone(), merged))
                .flatten()
        } else {
            None
        };
        let pieces = match turn {
            Some(at) => vec![
                (SectionKind::Problems, body.start..at),
                (SectionKind::Plans, at..body.end),
            ],
            None => vec![(kind, body)],
        };
        for (kind, piece) in pieces {
            piece_items(outline, r, n, kind, piece, &mut out, &mut repairs);
        }
    }
    if !has_leadership {
        for &r in outline
            .roots
            .iter()
            .filter(|&&r| kinds[r] == SectionKind::Measures)
        {
            for &c in &outline.nodes[r].children {
                let child = &outline.nodes[c];
                let heading = to_simplified(&n.text[child.heading.clone()]);
                // The sub-heading names the duty, or its first sentence does
                // (`(一)坚持党的领导。局长切实履行…第一责任人职责,…`).
                let after = &n.text[child.heading.end..child.range.end];
                let after = after.trim_start_matches(['。', ' ', '\n']);
                let first = &after[..after.find('。').unwrap_or(after.len())];
                let first: String = first.chars().take(80).collect();
                if lexicon::names(&heading, SectionKind::Leadership)
                    || lexicon::names(&to_simplified(&first), SectionKind::Leadership)
                {
                    out.push(RawItem {
                        kind: SectionKind::Leadership,
                        heading: child.heading.clone(),
                        range: child.range.clone(),
                        path: outline.path_of(c),
                    });
                }
            }
        }
        out.sort_by_key(|item| item.range.start);
    }
    (out, repairs)
}

/// Where the problems part `r` turns to the plans: the start of the first
/// paragraph (after the first) that opens with a turn cue, or of a
/// sub-section that names the plans, or in a merged part, of a sub-section
/// that starts a new numbering run or follows the problems written as one
/// inline enumeration.
fn turn_to_plans(
    outline: &Outline,
    r: usize,
    n: &Normalized,
    body: Range<usize>,
    merged: bool,
) -> Option<usize> {
    let node = &outline.nodes[r];
    let mut children = node.children.iter().map(|&c| &outline.nodes[c]).peekable();
    let mut previous_child_value = None;
    let mut seen_content = false;
    for line in n.lines.get(node.line + 1..).unwrap_or_default() {
        if line.range.start >= body.end {
            break;
        }
        if line.kind != LineKind::Body || line.content.is_empty() || line.range.start < body.start {
            continue;
        }
        let start = line.content.start;
        while children
            .next_if(|c| c.range.start < line.range.start)
            .is_some()
        {}
        let child = children
            .peek()
            .filter(|c| c.range.start == line.range.start);
        if let Some(child) = child {
            let heading = to_simplified(&n.text[child.heading.clone()]);
            let restarts = merged && child.value == 1 && previous_child_value.is_some();
            // Problems as one 一是…二是… paragraph, then the plans numbered.
            let after_enumeration = merged
                && previous_child_value.is_none()
                && seen_content
                && !enumeration_unwrapped(n, body.start..line.range.start)
                    .0
                    .is_empty();
            if seen_content
                && (restarts
                    || after_enumeration
                    || lexicon::heading_kind(&heading) == Some(SectionKind::Plans))
            {
                return Some(start);
            }
            previous_child_value = Some(child.value);
        } else if seen_content {
            let opening: String = n.text[line.content.clone()].chars().take(40).collect();
            if lexicon::CUES.turn.is_match(&to_simplified(&opening)) {
                return Some(start);
            }
        }
        seen_content = true;
    }
    None
}

/// The items of one piece of part `r` (all of it, or the problems or the
/// plans of a merged part): its sub-sections, else its inline enumeration,
/// else its paragraphs.
fn piece_items(
    outline: &Outline,
    r: usize,
    n: &Normalized,
    kind: SectionKind,
    piece: Range<usize>,
    out: &mut Vec<RawItem>,
    repairs: &mut Vec<Repair>,
) {
    let node = &outline.nodes[r];
    let first = out.len();
    let is_cause = |range: &Range<usize>| {
        kind == SectionKind::Problems && {
            let s = &n.text[range.clone()];
            let clause = &s[..s.find([',', '。', ':', ';']).unwrap_or(s.len())];
            lexicon::CUES.cause.is_match(&to_simplified(clause))
        }
    };
    // A causes paragraph or sub-section joins the item before it.
    let push = |out: &mut Vec<RawItem>, item: RawItem, cause: bool| {
        if cause {
            if let Some(last) = out[first..].last_mut() {
                last.range.end = last.range.end.max(item.range.end);
            }
        } else {
            out.push(item);
        }
    };
    let children: Vec<usize> = node
        .children
        .iter()
        .copied()
        .filter(|&c| piece.contains(&outline.nodes[c].range.start))
        .collect();
    if !children.is_empty() {
        for c in children {
            let child = &outline.nodes[c];
            let end = child.range.end.min(piece.end);
            let range = child.range.start
                ..child.range.start + n.text[child.range.start..end].trim_end().len();
            let cause = is_cause(&child.heading);
            let item = RawItem {
                kind,
                heading: child.heading.clone(),
                range,
                path: outline.path_of(c),
            };
            push(out, item, cause);
        }
        return;
    }
    let path = outline.path_of(r);
    let (enumerated, fixes) = enumeration_unwrapped(n, piece.clone());
    repairs.extend(fixes);
    if !enumerated.is_empty() {
        out.extend(enumerated.into_iter().map(|(heading, range)| RawItem {
            kind,
            heading,
            range,
            path: path.clone(),
        }));
        return;
    }
    // Else each paragraph, leaving out an introduction ending in a colon.
    let mut paragraphs = body_paragraphs(n, node.line + 1, piece);
    if paragraphs.len() > 1 && n.text[paragraphs[0].clone()].trim_end().ends_with(':') {
        paragraphs.remove(0);
    }
    for range in paragraphs {
        let cause = is_cause(&range);
        let item = RawItem {
            kind,
            heading: lead_phrase(&n.text, range.clone()),
            range,
            path: path.clone(),
        };
        push(out, item, cause);
    }
}

/// [`enumeration`] over `body` read without the breaks of hard-wrapped
/// lines (a wrap is no clause boundary and does not end an item), with
/// its ranges put back into the text.
fn enumeration_unwrapped(n: &Normalized, body: Range<usize>) -> (Vec<Enumerated>, Vec<Repair>) {
    let Some(u) = Unwrapped::within(n, body.clone()) else {
        return enumeration(&n.text, body);
    };
    let (items, repairs) = enumeration(&u.text, 0..u.text.len());
    let items = items
        .into_iter()
        .map(|(lead, item)| (u.to_text(lead), u.to_text(item)))
        .collect();
    let repairs = repairs
        .into_iter()
        .map(|r| Repair {
            range: u.to_text(r.range),
            message: r.message,
        })
        .collect();
    (items, repairs)
}

/// The content ranges of the body lines from line `first` on that lie
/// inside `body`.
fn body_paragraphs(n: &Normalized, first: usize, body: Range<usize>) -> Vec<Range<usize>> {
    n.lines
        .get(first..)
        .unwrap_or_default()
        .iter()
        .take_while(|l| l.range.start < body.end)
        .filter(|l| {
            l.kind == LineKind::Body
                && l.range.start >= body.start
                && l.range.end <= body.end
                && !l.content.is_empty()
        })
        .map(|l| l.content.clone())
        .collect()
}

/// The lead phrase of an item: up to the first , ; 。 : (at most 40 chars).
fn lead_phrase(text: &str, range: Range<usize>) -> Range<usize> {
    let s = &text[range.clone()];
    let end = s
        .char_indices()
        .take(40)
        .find(|&(_, c)| matches!(c, ',' | ';' | '。' | ':' | '!' | '?'))
        .map_or_else(
            || s.char_indices().nth(40).map_or(s.len(), |(i, _)| i),
            |(i, _)| i,
        );
    range.start..range.start + end
}

/// One unit of an inline enumeration: its lead phrase and its whole text.
pub type Enumerated = (Range<usize>, Range<usize>);

static MARKER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[。;:,\n])\s*[一二三四五六七八九十]{0,2}是").expect("valid regex")
});

/// Inline numbered markers after a sentence or clause boundary: ①②③,
/// (1)(2)(3), 1.2.3. or 1、2、3、.
static NUMBERED: LazyLock<[Regex; 3]> = LazyLock::new(|| {
    [
        r"(?:^|[。;:\n])\s*([①-⑳])",
        r"(?:^|[。;:,\n])\s*[(（](\d{1,2})[)）]",
        r"(?:^|[。;:\n])\s*(\d{1,2})[、.](?:[^\d]|$)",
    ]
    .map(|r| Regex::new(r).expect("valid regex"))
});

/// The first family of numbered markers in `s` that counts 1, 2, 3 … in
/// order (at least two), as (value, start, end) in bytes offset by `base`.
fn numbered_run(s: &str, base: usize) -> Vec<(u32, usize, usize)> {
    // The families' patterns open with a boundary, so their searches get
    // no literal to skip ahead with; look first for what each one needs.
    let bytes = s.as_bytes();
    let possible = [
        // ①–⑳ (U+2460–U+2473, E2 91 …).
        memchr::memmem::find(bytes, &[0xE2, 0x91]).is_some(),
        memchr::memchr(b'(', bytes).is_some()
            || memchr::memmem::find(bytes, "（".as_bytes()).is_some(),
        digit_after_boundary(s),
    ];
    for (family, _) in NUMBERED.iter().zip(possible).filter(|(_, p)| *p) {
        let mut run: Vec<(u32, usize, usize)> = Vec::new();
        for c in family.captures_iter(s) {
            let m = c.get(1).expect("group");
            let value = match m.as_str().chars().next() {
                Some(d @ '①'..='⑳') => d as u32 - '①' as u32 + 1,
                _ => m.as_str().parse().unwrap_or(0),
            };
            if value == run.last().map_or(1, |r| r.0 + 1) {
                // The marker starts after the boundary (and spaces) the
                // pattern matched, and ends after its number and separator.
                let whole = c.get(0).expect("match");
                let lead = whole
                    .as_str()
                    .chars()
                    .next()
                    .filter(|ch| matches!(ch, '。' | ';' | ':' | ',' | '\n'));
                let start = whole.start() + lead.map_or(0, char::len_utf8);
                let start = start + (s[start..].len() - s[start..].trim_start().len());
                let end = s[m.end()..]
                    .char_indices()
                    .find(|&(_, ch)| !matches!(ch, ')' | '）' | '、' | '.' | ' '))
                    .map_or(s.len(), |(i, _)| m.end() + i);
                run.push((value, base + start, base + end));
            }
        }
        if run.len() >= 2 {
            return run;
        }
    }
    Vec::new()
}

/// Whether an ASCII digit opens `s` or follows a line break, 。 ; or :
/// (white space between allowed), as the third family of [`NUMBERED`]
/// needs.
fn digit_after_boundary(s: &str) -> bool {
    s.bytes().enumerate().any(|(i, b)| {
        b.is_ascii_digit() && {
            let before = s[..i].trim_end_matches(|c: char| c.is_whitespace() && c != '\n');
            before.is_empty() || before.ends_with(['\n', '。', ';', ':'])
        }
    })
}

/// The inline enumeration 一是…二是…三是… in `range`, as (lead phrase,
/// item) ranges; empty when there is none. A marker that lost its numeral
/// ("是扎实开展") or was lost whole (一是…;…;三是…) is restored.
pub fn enumeration(text: &str, range: Range<usize>) -> (Vec<Enumerated>, Vec<Repair>) {
    let s = &text[range.clone()];
    // (value or None for a bare 是, start of marker, end of marker)
    let mut markers: Vec<(Option<u32>, usize, usize)> = Vec::new();
    // Plain matches, not captures (a search for 是 is frequent): the
    // numeral is what stands between the boundary (and spaces) and 是.
    for whole in MARKER.find_iter(s) {
        let end = whole.end();
        let before = &s[whole.start()..end - '是'.len_utf8()];
        let numeral = before.trim_start_matches(|c: char| !crate::chinese::is_one_to_ten(c));
        let start = end - '是'.len_utf8() - numeral.len();
        let value = if numeral.is_empty() {
            None
        } else {
            chinese_value(numeral)
        };
        if numeral.is_empty() && !s[..start].ends_with(['。', '\n']) && start != 0 {
            // A bare 是 after a comma is ordinary prose ("…,是…").
            continue;
        }
        markers.push((value, range.start + start, range.start + end));
    }
    // Keep the run 一, 二, 三 … (bare 是 filling a gap of one).
    let mut run: Vec<(u32, usize, usize)> = Vec::new();
    let mut repairs = Vec::new();
    for &(value, start, end) in &markers {
        let expected = run.last().map_or(1, |r| r.0 + 1);
        match value {
            Some(v) if v == expected => run.push((v, start, end)),
            Some(v) if v == expected + 1 && !run.is_empty() => {
                // One marker lost whole: split the previous item at its last
                // clause boundary.
                let prev = run.last().expect("non-empty");
                let between = &text[prev.2..start];
                let cut = between
                    .trim_end_matches(['。', ';', '\n', ' '])
                    .rfind(['。', ';']);
                if let Some(cut) = cut {
                    let at = prev.2
                        + cut
                        + text[prev.2 + cut..]
                            .chars()
                            .next()
                            .map_or(1, char::len_utf8);
                    repairs.push(Repair {
                        range: at..at,
                        message: format!(
                            "enumeration marker {}是 lost: item restored",
                            crate::outline::chinese_numeral(expected)
                        ),
                    });
                    run.push((expected, at, at));
                    run.push((v, start, end));
                }
            }
            None if !run.is_empty() => {
                repairs.push(Repair {
                    range: start..end,
                    message: format!(
                        "numeral of {}是 lost: restored",
                        crate::outline::chinese_numeral(expected)
                    ),
                });
                run.push((expected, start, end));
            }
            _ => {}
        }
    }
    if run.len() < 2 {
        repairs.clear();
        run = numbered_run(s, range.start);
        if run.len() < 2 {
            return (Vec::new(), Vec::new());
        }
    }
    let mut items = Vec::with_capacity(run.len());
    for (k, &(_, start, marker_end)) in run.iter().enumerate() {
        let end = match run.get(k + 1) {
            Some(next) => next.1,
            // The last item runs to the end of its paragraph.
            None => text[start..range.end]
                .find('\n')
                .map_or(range.end, |i| start + i),
        };
        let end = start + text[start..end].trim_end_matches([' ', '\n']).len();
        let lead = lead_phrase(text, marker_end..end);
        items.push((lead, start..end));
    }
    (items, repairs)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn enumerate(s: &str) -> Vec<(String, String)> {
        let (items, _) = enumeration(s, 0..s.len());
        items
            .into_iter()
            .map(|(h, r)| (s[h].to_string(), s[r].to_string()))
            .collect()
    }

    #[test]
    fn the_prefilters_pass_every_text_a_family_matches() {
        let boundary_digit = Regex::new(r"(?:^|[。;:\n])\s*\d").expect("valid regex");
        for t in [
            "1、加强领导。2、完善机制",
            "工作。 1.落实",
            "要求:\n\u{2000} 12、推进",
            "共有3、4家",
            "2023年,全区",
        ] {
            assert_eq!(digit_after_boundary(t), boundary_digit.is_match(t), "{t}");
        }
        for t in [
            "1、加强领导。2、完善机制",
            "(1)学法;(2)用法",
            "（1）学法;（2）用法",
            "①学法;②用法",
        ] {
            assert_eq!(numbered_run(t, 0).len(), 2, "{t}");
        }
    }

    #[test]
    fn splits_inline_enumerations() {
        let e = enumerate("存在如下问题:\n一是法治宣传创新力度不够,形式单一。二是研究不够深入。三是水平有差距。如:掌握不熟。");
        assert_eq!(e.len(), 3);
        assert_eq!(
            e[0],
            (
                "法治宣传创新力度不够".into(),
                "一是法治宣传创新力度不够,形式单一。".into()
            )
        );
        assert_eq!(e[2].1, "三是水平有差距。如:掌握不熟。");
    }

    #[test]
    fn restores_a_lost_marker() {
        let e = enumerate("存在一些问题和不足:一是依法行政的自觉性有待增强;行政执法的规范化需进一步提高;三是普法宣传的力度需要提升");
        assert_eq!(e.len(), 3, "{e:?}");
        assert!(e[1].1.starts_with("行政执法的规范化"));
        let e = enumerate("一是落实责任制。是扎实开展系列法治宣传活动。三是开展活动。");
        assert_eq!(e.len(), 3, "{e:?}");
        assert!(e[1].1.starts_with("是扎实开展"));
    }

    #[test]
    fn splits_numbered_inline_lists() {
        let e = enumerate("主要问题:(1)人才不足,力量薄弱;(2)宣传形式单一;(3)装备不齐。");
        assert_eq!(
            e.iter().map(|x| x.0.as_str()).collect::<Vec<_>>(),
            ["人才不足", "宣传形式单一", "装备不齐"]
        );
        assert!(e[0].1.starts_with("(1)"));
        let e = enumerate("下一步:①加强队伍建设。②创新宣传方式。");
        assert_eq!(e.len(), 2);
        let e = enumerate("存在问题:1.人才不足。2.装备不齐。共1.5万元。");
        assert_eq!(e.len(), 2, "{e:?}");
        assert!(enumerate("全年办理案件1.5万件,同比增长2.3%。").is_empty());
    }

    /// (kind, lead phrase) of every item of `text`, parsed as a body.
    fn parts_of(text: &str) -> Vec<(SectionKind, String)> {
        let n = crate::normalize::normalize(text);
        let end = n.text.trim_end().len();
        let o = crate::outline::build(&n, 0..n.lines.len(), end);
        let kinds = classify(&o, &n);
        let (items, _) = items(&o, &kinds, &n);
        items
            .into_iter()
            .map(|i| (i.kind, n.text[i.heading].to_string()))
            .collect()
    }

    #[test]
    fn splits_merged_parts_where_they_turn() {
        use SectionKind::{Measures as M, Plans as Pl, Problems as P};
        for (text, want) in [
            (
                "一、主要举措\n(一)甲\n二、存在的问题及下一步打算\n一是人才不足;二是装备不齐。\n下一步,我局将:\n(一)加强培训\n(二)配齐装备\n",
                vec![(M, "甲"), (P, "人才不足"), (P, "装备不齐"), (Pl, "加强培训"), (Pl, "配齐装备")],
            ),
            (
                "一、主要举措\n(一)甲\n二、存在问题和工作计划\n(一)人才不足\n(二)装备不齐\n(一)加强培训\n",
                vec![(M, "甲"), (P, "人才不足"), (P, "装备不齐"), (Pl, "加强培训")],
            ),
            (
                "一、主要举措\n(一)甲\n二、存在问题\n一是人才不足;二是装备不齐。\n究其原因,主要是投入不足。\n明年,我们将重点做好以下工作:一是加强培训;二是配齐装备。\n",
                vec![(M, "甲"), (P, "人才不足"), (P, "装备不齐"), (Pl, "加强培训"), (Pl, "配齐装备")],
            ),
        ] {
            let got = parts_of(text);
            let got: Vec<(SectionKind, &str)> = got.iter().map(|(k, h)| (*k, h.as_str())).collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn a_causes_paragraph_joins_the_problem_before_it() {
        let got = parts_of("一、主要举措\n(一)甲\n二、存在的不足和原因\n人才不足。\n装备不齐。\n产生上述问题的原因,主要是投入不足。\n三、工作计划\n(一)加强\n");
        let problems: Vec<&str> = got
            .iter()
            .filter(|(k, _)| *k == SectionKind::Problems)
            .map(|(_, h)| h.as_str())
            .collect();
        assert_eq!(problems, ["人才不足", "装备不齐"]);
    }

    #[test]
    fn topical_headings_are_read_by_their_opening_sentence() {
        let n = crate::normalize::normalize("一、聚焦主业,稳步推进\n(一)甲。\n二、正视短板,补齐弱项\n我们也清醒地认识到,还存在一些问题和不足:一是人才不足;二是装备不齐。\n三、锚定目标,砥砺前行\n2025年,我区将重点做好以下工作:一是加强;二是完善。\n四、压实责任,示范引领\n一是主要负责同志履行第一责任人职责。二是带头学法。\n");
        let o = crate::outline::build(&n, 0..n.lines.len(), n.text.len());
        let kinds: Vec<SectionKind> = o.roots.iter().map(|&r| classify(&o, &n)[r]).collect();
        // The last opens with its first item: a run of measures, not a part.
        assert_eq!(
            kinds,
            [
                SectionKind::Measures,
                SectionKind::Problems,
                SectionKind::Plans,
                SectionKind::Other
            ]
        );
    }

    #[test]
    fn ignores_prose_with_shi() {
        assert!(enumerate("这是一项重要工作,是我们的责任。").is_empty());
    }
}
