//! Stage 3: parts and items.
//!
//! Each top-level section is classified into one of the five parts the
//! regulation requires ([`SectionKind`]) by its heading; its children inherit
//! the kind. The items of a part are its enumerated units: the sub-sections
//! of its sections, else the inline enumeration of a section's body
//! (一是…二是…三是…, repaired where a marker was lost), else its paragraphs.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::chinese::to_simplified;
use crate::model::SectionKind;
use crate::normalize::{unwrapped, LineKind, Normalized};
use crate::outline::{chinese_value, Outline, Repair};

static OTHER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"其[他它](需要|应当|应予)?(报告|说明)|其[他它](事项|情况|工作)$|^其[他它]$")
        .expect("valid regex")
});
static PROBLEMS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(存在|面临)的?(主要|突出)?(问题|不足|困难|短板|差距)|问题(和|与|及)(不足|困难|差距|原因|短板)|(不足|差距|短板)(和|与|及)(原因|问题|不足|短板)|不足之处|薄弱环节|存在问题|困难和问题|问题和建议|^(主要)?问题$|^不足$")
        .expect("valid regex")
});
static PLANS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"计划|打算|安排|展望|下一步|下步|下一年|明年|来年|今后(的)?工作|工作思路|努力方向|工作设想|工作重点$").expect("valid regex")
});
static LEADERSHIP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"第一责任人(职责|责任)|(履行|落实|履职).{0,24}第一责任人|主要负责(人|同志).{0,12}(履行|职责|履职)")
        .expect("valid regex")
});
static MEASURES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"举措|成效|做法|措施|工作情况|开展情况|基本情况|总体情况|主要工作|工作回顾|进展|成绩|推进情况|建设情况").expect("valid regex")
});

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
    let h = to_simplified(heading);
    let h = h.as_ref();
    if OTHER.is_match(h) {
        Some(SectionKind::Other)
    } else if PROBLEMS.is_match(h) {
        Some(SectionKind::Problems)
    } else if LEADERSHIP.is_match(h) {
        Some(SectionKind::Leadership)
    } else if PLANS.is_match(h) {
        Some(SectionKind::Plans)
    } else if MEASURES.is_match(h) {
        Some(SectionKind::Measures)
    } else {
        None
    }
}

/// The kind of every node of `outline`: top-level headings by their text,
/// children by inheritance. A topical top-level heading that names no part
/// is a measure while no later part has begun, else `other`.
pub fn classify(outline: &Outline, n: &Normalized) -> Vec<SectionKind> {
    let mut kinds = vec![SectionKind::Other; outline.nodes.len()];
    let mut past_measures = false;
    for &r in &outline.roots {
        let heading = unwrapped(&n.text[outline.nodes[r].heading.clone()]);
        let kind = match classify_heading(&heading) {
            Some(k) => k,
            None if !past_measures => SectionKind::Measures,
            None => SectionKind::Other,
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
pub fn items(
    outline: &Outline,
    kinds: &[SectionKind],
    n: &Normalized,
) -> (Vec<RawItem>, Vec<Repair>) {
    let mut out = Vec::new();
    let mut repairs = Vec::new();
    for &r in &outline.roots {
        let kind = kinds[r];
        if kind == SectionKind::Other {
            continue;
        }
        let node = &outline.nodes[r];
        if !node.children.is_empty() {
            for &c in &node.children {
                let child = &outline.nodes[c];
                out.push(RawItem {
                    kind,
                    heading: child.heading.clone(),
                    range: child.range.clone(),
                    path: outline.path_of(c),
                });
            }
            continue;
        }
        // The body after the heading line.
        let heading_line = &n.lines[node.line];
        let body = heading_line.range.end.min(node.range.end)..node.range.end;
        let path = outline.path_of(r);
        let (enumerated, fixes) = enumeration_unwrapped(n, body.clone());
        repairs.extend(fixes);
        if !enumerated.is_empty() {
            out.extend(enumerated.into_iter().map(|(heading, range)| RawItem {
                kind,
                heading,
                range,
                path: path.clone(),
            }));
            continue;
        }
        // Else each paragraph, leaving out an introduction ending in a colon.
        let mut paragraphs = body_paragraphs(n, node.line + 1, body);
        if paragraphs.len() > 1 && n.text[paragraphs[0].clone()].trim_end().ends_with(':') {
            paragraphs.remove(0);
        }
        out.extend(paragraphs.into_iter().map(|range| RawItem {
            kind,
            heading: lead_phrase(&n.text, range.clone()),
            range,
            path: path.clone(),
        }));
    }
    (out, repairs)
}

/// [`enumeration`] over `body` read without the breaks of hard-wrapped
/// lines (a wrap is no clause boundary and does not end an item), with
/// its ranges put back into the text.
fn enumeration_unwrapped(n: &Normalized, body: Range<usize>) -> (Vec<Enumerated>, Vec<Repair>) {
    // The wraps in `body`: the breaks inside a logical line.
    let first = n.lines.partition_point(|l| l.range.end < body.start);
    let wraps: Vec<usize> = n.lines[first..]
        .iter()
        .take_while(|l| l.range.start < body.end)
        .flat_map(|l| {
            let r = l.range.start.max(body.start)..l.range.end.min(body.end);
            memchr::memchr_iter(b'\n', n.text[r.clone()].as_bytes()).map(move |k| r.start + k)
        })
        .collect();
    if wraps.is_empty() {
        return enumeration(&n.text, body);
    }
    let mut joined = String::with_capacity(body.len());
    let mut at = body.start;
    for &w in &wraps {
        joined.push_str(&n.text[at..w]);
        at = w + 1;
    }
    joined.push_str(&n.text[at..body.end]);
    // Offset `x` of `joined` back in the text: past every wrap before it (a
    // start also past a wrap right at it, an end not).
    let back = |x: usize, start: bool| {
        let before = wraps
            .iter()
            .enumerate()
            .take_while(|&(k, &w)| {
                let j = w - body.start - k;
                j < x || (start && j == x)
            })
            .count();
        body.start + x + before
    };
    let span = |r: Range<usize>| back(r.start, true)..back(r.end, false).max(back(r.start, true));
    let (items, repairs) = enumeration(&joined, 0..joined.len());
    let items = items
        .into_iter()
        .map(|(lead, item)| (span(lead), span(item)))
        .collect();
    let repairs = repairs
        .into_iter()
        .map(|r| Repair {
            range: span(r.range),
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
    Regex::new(r"(?:^|[。;:,\n])\s*([一二三四五六七八九十]{0,2})是").expect("valid regex")
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
    for family in NUMBERED.iter() {
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

/// The inline enumeration 一是…二是…三是… in `range`, as (lead phrase,
/// item) ranges; empty when there is none. A marker that lost its numeral
/// ("是扎实开展") or was lost whole (一是…;…;三是…) is restored.
pub fn enumeration(text: &str, range: Range<usize>) -> (Vec<Enumerated>, Vec<Repair>) {
    let s = &text[range.clone()];
    // (value or None for a bare 是, start of marker, end of marker)
    let mut markers: Vec<(Option<u32>, usize, usize)> = Vec::new();
    for c in MARKER.captures_iter(s) {
        let m = c.get(1).expect("group");
        let end = c.get(0).expect("match").end();
        let value = if m.as_str().is_empty() {
            None
        } else {
            chinese_value(m.as_str())
        };
        if m.as_str().is_empty() && !s[..m.start()].ends_with(['。', '\n']) && m.start() != 0 {
            // A bare 是 after a comma is ordinary prose ("…,是…").
            continue;
        }
        markers.push((value, range.start + m.start(), range.start + end));
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

    #[test]
    fn ignores_prose_with_shi() {
        assert!(enumerate("这是一项重要工作,是我们的责任。").is_empty());
    }
}
