//! Stage 2: the outline — numbered headings and the tree they make.
//!
//! Reports number their headings in a conventional order of styles:
//! `第一部分` › `一、` › `(一)` › `1、`/`1.` › `(1)` › `①` › a line-initial `一是`.
//! Scraped text breaks the numbering in a few recurring ways, which this
//! stage repairs and reports as [`Repair`]s:
//!
//! - a lost opening bracket: `一)坚持…` is `(一)`;
//! - a lost number and bracket: `)加强组织领导` is the next `(N)`;
//! - a lost separator: `1加强矛盾纠纷` is `1、` when it fits the run;
//! - numbers skipped (`一 二 三 五`), repeated (`二、` after `二、`) or
//!   restarting (`一、` after `五、`), kept as written and said plainly.
//!
//! The levels come from the whole document, not from the first numbering
//! style met: where the document is built on part headings written without
//! a number (`主要举措和成效`, `存在的不足和原因`, `2025年工作安排` standing
//! alone, the words in `data/parts.tsv`), those lines are the top level
//! ([`Style::Titled`], below `第一部分`) and the numbered lines under them
//! are their children.
//!
//! The tree follows the conventional ranks: a heading closes every open
//! heading of its own or a deeper style and opens under the nearest
//! shallower one, so a run of `1.` items before the first `二、` ends when
//! `二、` comes. Numbering that restarts starts a new run of siblings, unless
//! the outer run resumes after it (`三、问题 一、… 二、… 四、计划`): then the
//! restarted run is nested in the section before it.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::normalize::{LineKind, Normalized};

/// A numbering style, in conventional order from the top level down.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Style {
    /// `第一部分`
    Part,
    /// `第一章`
    Chapter,
    /// A part heading without a number (`存在的不足和原因` on its own line),
    /// read as such only when the document's part headings are written so.
    Titled,
    /// `一、`
    Chinese,
    /// `(一)`
    ChineseParen,
    /// `1、` or `1.`
    Arabic,
    /// `(1)`
    ArabicParen,
    /// `①`
    Circled,
    /// `一是` at the start of a line.
    Ordinal,
}

impl Style {
    /// The number as it is written in paths and [`crate::Section::number`].
    pub fn format(self, n: u32) -> String {
        match self {
            Style::Part => format!("第{}部分", chinese_numeral(n)),
            Style::Chapter => format!("第{}章", chinese_numeral(n)),
            Style::Titled => String::new(),
            Style::Chinese => chinese_numeral(n),
            Style::ChineseParen => format!("({})", chinese_numeral(n)),
            Style::Arabic => n.to_string(),
            Style::ArabicParen => format!("({n})"),
            Style::Circled => char::from_u32(0x2460 + n.saturating_sub(1))
                .map(String::from)
                .unwrap_or_else(|| n.to_string()),
            Style::Ordinal => format!("{}是", chinese_numeral(n)),
        }
    }
}

/// One numbered heading of the outline (offsets in bytes of the text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    /// The number as written, repaired where broken: 一, (二), 3, ①, 一是;
    /// empty for a part heading written without a number.
    pub number: String,
    /// The numeric value of the number.
    pub value: u32,
    /// The numbering style.
    pub style: Style,
    /// Depth in the tree, 1 for top-level headings.
    pub depth: u32,
    /// Index of the heading's line in [`Normalized::lines`].
    pub line: usize,
    /// The heading text: after the number, up to the first 。 or the line end.
    pub heading: Range<usize>,
    /// Heading and body, up to the next heading that is not a descendant.
    pub range: Range<usize>,
    /// Index of the parent node.
    pub parent: Option<usize>,
    /// Indices of the child nodes, in order.
    pub children: Vec<usize>,
}

/// A repair the outline made to broken numbering.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Repair {
    /// Byte range of the number (or where it should have been).
    pub range: Range<usize>,
    /// What was wrong and what was done.
    pub message: String,
}

/// The outline of one text.
#[derive(Debug, Clone, Default)]
pub struct Outline {
    /// Every heading, in text order.
    pub nodes: Vec<Node>,
    /// Indices of the top-level headings.
    pub roots: Vec<usize>,
    /// Repairs made to broken numbering.
    pub repairs: Vec<Repair>,
}

impl Outline {
    /// The numbers of the headings that contain byte offset `at`, outermost
    /// first (`["五", "(一)"]`); empty outside every section.
    pub fn path_at(&self, at: usize) -> Vec<String> {
        let i = self.nodes.partition_point(|n| n.range.start <= at);
        let mut node = i.checked_sub(1);
        while let Some(k) = node {
            if self.nodes[k].range.contains(&at) {
                break;
            }
            node = self.nodes[k].parent;
        }
        let mut path = Vec::new();
        while let Some(k) = node {
            path.push(self.nodes[k].number.clone());
            node = self.nodes[k].parent;
        }
        path.reverse();
        path
    }

    /// The path of node `i` (its ancestors' numbers and its own).
    pub fn path_of(&self, i: usize) -> Vec<String> {
        let mut path = Vec::new();
        let mut node = Some(i);
        while let Some(k) = node {
            path.push(self.nodes[k].number.clone());
            node = self.nodes[k].parent;
        }
        path.reverse();
        path
    }
}

/// A numbering found at the start of a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Numbering {
    pub style: Style,
    /// The value; `None` when the number itself was lost (`)加强`).
    pub value: Option<u32>,
    /// Bytes the number and its separator take at the start of the line.
    pub len: usize,
    /// What repair reading it needed, if any.
    pub repair: Option<&'static str>,
}

static CHINESE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([一二三四五六七八九十]{1,3})\s*[、.．]\s*").expect("valid regex")
});
/// "第一部分 …", "第二章 …": the top level of some reports.
static CHINESE_PART: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^第([一二三四五六七八九十]{1,3})(部分|章)\s*[、.:,]?\s*").expect("valid regex")
});
static CHINESE_PAREN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([(（〔]?)\s*([一二三四五六七八九十]{1,3})\s*[)）〕]\s*").expect("valid regex")
});
static ARABIC_PAREN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^([(（]?)\s*(\d{1,2})\s*[)）]\s*").expect("valid regex"));
static ARABIC: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\d{1,2})\s*([、.．,]?)\s*").expect("valid regex"));
static ORDINAL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^([一二三四五六七八九十]{1,2})是").expect("valid regex"));

/// Characters that, right after a bare number, make it a quantity rather
/// than a heading number whose separator was lost ("2人执法", "15村").
const QUANTITY_FOLLOWERS: &str =
    "人名个次件项万亿千百年月日号家场期条份户宗起支台辆间处元分岁天周倍届批位种类所余多年度村组号%";

/// Read the numbering at the start of `line` (a line's content), if any.
pub(crate) fn numbering(line: &str) -> Option<Numbering> {
    // Every numbering opens with one of these: most lines are settled
    // here, before any pattern is tried.
    let first = line.chars().next()?;
    let may_open = crate::chinese::is_one_to_ten(first)
        || matches!(
            first,
            '第' | '(' | '（' | '〔' | ')' | '）' | '\u{2460}'..='\u{2473}'
        )
        || first.is_numeric()
        || first.is_whitespace();
    if !may_open {
        return None;
    }
    if let Some(c) = CHINESE.captures(line) {
        let value = chinese_value(&c[1])?;
        return Some(Numbering {
            style: Style::Chinese,
            value: Some(value),
            len: c[0].len(),
            repair: None,
        });
    }
    if let Some(c) = CHINESE_PART.captures(line) {
        let value = chinese_value(&c[1])?;
        return Some(Numbering {
            style: if &c[2] == "章" {
                Style::Chapter
            } else {
                Style::Part
            },
            value: Some(value),
            len: c[0].len(),
            repair: None,
        });
    }
    if let Some(c) = CHINESE_PAREN.captures(line) {
        let value = chinese_value(&c[2])?;
        let repair = c[1].is_empty().then_some("opening bracket lost");
        return Some(Numbering {
            style: Style::ChineseParen,
            value: Some(value),
            len: c[0].len(),
            repair,
        });
    }
    if let Some(c) = ARABIC_PAREN.captures(line) {
        let value = c[2].parse().ok()?;
        let repair = c[1].is_empty().then_some("opening bracket lost");
        return Some(Numbering {
            style: Style::ArabicParen,
            value: Some(value),
            len: c[0].len(),
            repair,
        });
    }
    if let Some(first) = line.chars().next() {
        if ('\u{2460}'..='\u{2473}').contains(&first) {
            let value = first as u32 - 0x2460 + 1;
            let len = first.len_utf8()
                + (line.len() - first.len_utf8() - line[first.len_utf8()..].trim_start().len());
            return Some(Numbering {
                style: Style::Circled,
                value: Some(value),
                len,
                repair: None,
            });
        }
        if first == ')' || first == '）' {
            let rest = &line[first.len_utf8()..];
            if rest.chars().next().is_some_and(is_han) {
                return Some(Numbering {
                    style: Style::ChineseParen,
                    value: None,
                    len: first.len_utf8(),
                    repair: Some("number and opening bracket lost"),
                });
            }
        }
    }
    if let Some(c) = ARABIC.captures(line) {
        let value: u32 = c[1].parse().ok()?;
        let rest = &line[c[0].len()..];
        let next = rest.chars().next()?;
        if value == 0 || next.is_ascii_digit() {
            return None;
        }
        if c[2].is_empty() {
            // "1加强矛盾纠纷": the separator was lost. Only a Han character
            // that cannot be a unit may follow.
            if !is_han(next) || QUANTITY_FOLLOWERS.contains(next) || c[0].len() != c[1].len() {
                return None;
            }
            return Some(Numbering {
                style: Style::Arabic,
                value: Some(value),
                len: c[1].len(),
                repair: Some("separator lost"),
            });
        }
        if &c[2] == "," {
            return None;
        }
        return Some(Numbering {
            style: Style::Arabic,
            value: Some(value),
            len: c[0].len(),
            repair: None,
        });
    }
    if let Some(c) = ORDINAL.captures(line) {
        let value = chinese_value(&c[1])?;
        return Some(Numbering {
            style: Style::Ordinal,
            value: Some(value),
            len: c[0].len(),
            repair: None,
        });
    }
    None
}

/// True when `line` starts with heading numbering of any style.
pub(crate) fn starts_with_number(line: &str) -> bool {
    numbering(line).is_some_and(|n| n.repair.is_none())
}

pub(crate) fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{2FA1F}')
}

/// The value of a Chinese numeral from 一 to 九十九 (the numbers headings
/// and dates use); `None` for anything else.
pub fn chinese_value(s: &str) -> Option<u32> {
    crate::chinese::chinese_value(s)
        .filter(|v| (1..=99).contains(v))
        .and_then(|v| u32::try_from(v).ok())
}

/// The Chinese numeral for 1 to 99 (十一, 二十三); Arabic digits beyond.
pub fn chinese_numeral(n: u32) -> String {
    match n {
        1..=99 => crate::chinese::write_numeral(u64::from(n)),
        _ => n.to_string(),
    }
}

/// Build the outline of the body lines `lines` (indices into `n.lines`);
/// section ranges end at `body_end` (the start of the sign-off, or the end).
pub fn build(n: &Normalized, lines: Range<usize>, body_end: usize) -> Outline {
    let candidates: Vec<(usize, Numbering)> = lines
        .clone()
        .filter(|&i| n.lines[i].kind == LineKind::Body)
        .filter_map(|i| numbering(n.content(i)).map(|num| (i, num)))
        .collect();
    let titled = titled_headings(n, lines, &candidates);
    let candidates = if titled.is_empty() {
        candidates
    } else {
        let mut all: Vec<(usize, Numbering)> = candidates.into_iter().chain(titled).collect();
        all.sort_by_key(|(line, _)| *line);
        all
    };

    let mut outline = Outline::default();
    // Open headings, outermost first: (node index, style).
    let mut stack: Vec<usize> = Vec::new();
    // A run restarted inside a section: (the section, the number at which
    // the outer run resumes).
    let mut nested: Option<(usize, u32)> = None;
    for (k, (line, num)) in candidates.iter().enumerate() {
        let content = n.lines[*line].content.clone();
        if num.style == Style::Ordinal {
            // "一是…。二是…。三是…" in one paragraph is an inline enumeration
            // of its section, not a run of headings.
            let next = Style::Ordinal.format(num.value.unwrap_or(0) + 1);
            if crate::normalize::unwrapped(&n.text[content.clone()]).contains(next.as_str()) {
                continue;
            }
        }
        // Inside a run that restarted within a section, a heading of the
        // run's style is one of its items until the outer run resumes.
        let mut inside = None;
        if let Some((outer, resume)) = nested {
            let style = outline.nodes[outer].style;
            if num.style < style || (num.style == style && num.value == Some(resume)) {
                nested = None;
            } else if num.style == style {
                inside = Some(outer);
            }
        }
        // Close every open heading of this style or a deeper one.
        while stack.last().is_some_and(|&top| match inside {
            Some(outer) => top != outer,
            None => outline.nodes[top].style >= num.style,
        }) {
            stack.pop();
        }
        let mut parent = stack.last().copied();
        let siblings: &[usize] = match parent {
            Some(p) => &outline.nodes[p].children,
            None => &outline.roots,
        };
        let mut previous = siblings
            .iter()
            .rev()
            .map(|&s| &outline.nodes[s])
            .find(|s| s.style == num.style);
        if inside.is_none() && num.value == Some(1) && num.repair.is_none() {
            if let Some(outer) = previous.filter(|p| p.value >= 2) {
                if restarts_inside(&candidates[k + 1..], num.style, outer.value + 1) {
                    // "三、存在问题 一、… 二、… 四、…": the restarted run
                    // belongs to 三.
                    let o = siblings
                        .iter()
                        .rev()
                        .copied()
                        .find(|&s| outline.nodes[s].style == num.style)
                        .unwrap_or_default();
                    outline.repairs.push(Repair {
                        range: content.start..content.start + num.len,
                        message: format!(
                            "numbering restarts inside {}: the run from {} read as its sub-sections",
                            outline.nodes[o].number,
                            num.style.format(1)
                        ),
                    });
                    nested = Some((o, outline.nodes[o].value + 1));
                    stack.push(o);
                    parent = Some(o);
                    previous = None;
                }
            }
        }
        let expected = previous.map_or(1, |p| p.value + 1);

        if num.repair == Some("separator lost") {
            // Accept "1加强" only where it continues the run or starts one
            // that the next numbered line continues.
            let value = num.value.unwrap_or(0);
            let continues = previous.is_some_and(|p| p.value + 1 == value);
            let starts = value == 1
                && previous.is_none()
                && candidates[k + 1..]
                    .iter()
                    .take_while(|(_, m)| m.style >= Style::Arabic)
                    .find(|(_, m)| m.style == Style::Arabic)
                    .is_some_and(|(_, m)| m.value == Some(2));
            if !continues && !starts {
                continue;
            }
        }
        let value = num.value.unwrap_or(expected);
        let number_range = content.start..content.start + num.len;
        if let Some(what) = num.repair {
            outline.repairs.push(Repair {
                range: number_range.clone(),
                message: format!("{what}: read as {}", num.style.format(value)),
            });
        } else if value != expected
            && num.style <= Style::ChineseParen
            && num.style != Style::Titled
        {
            outline.repairs.push(Repair {
                range: number_range.clone(),
                message: sequence_message(num.style, value, expected),
            });
        }
        let heading_start = content.start + num.len;
        let rest = &n.text[heading_start..content.end];
        let rest =
            crate::normalize::without_watermark(&rest[..rest.find('。').unwrap_or(rest.len())]);
        let heading_end = heading_start + rest.len();
        let index = outline.nodes.len();
        outline.nodes.push(Node {
            number: num.style.format(value),
            value,
            style: num.style,
            depth: stack.len() as u32 + 1,
            line: *line,
            heading: heading_start..trim_end(&n.text, heading_start..heading_end),
            range: n.lines[*line].range.start..body_end,
            parent,
            children: Vec::new(),
        });
        match parent {
            Some(p) => outline.nodes[p].children.push(index),
            None => outline.roots.push(index),
        }
        stack.push(index);
    }
    set_ends(&mut outline, n, body_end);
    outline
}

/// Whether the headings after a restarted `1` of `style` count on 2, 3 …
/// and then the outer run resumes at `resume` before any shallower heading:
/// the restarted run is nested in the section before it. Looks at most a
/// few dozen headings ahead.
fn restarts_inside(after: &[(usize, Numbering)], style: Style, resume: u32) -> bool {
    let mut next = 2;
    for (_, num) in after
        .iter()
        .take_while(|(_, m)| m.style >= style)
        .filter(|(_, m)| m.style == style)
        .take(30)
    {
        match num.value {
            Some(v) if v == resume && next > 2 => return true,
            Some(v) if v == next => next += 1,
            _ => return false,
        }
    }
    false
}

/// What a number out of sequence means, said plainly: a run that restarts,
/// numbers skipped, or a number repeated.
fn sequence_message(style: Style, value: u32, expected: u32) -> String {
    let (got, want) = (style.format(value), style.format(expected));
    if value == 1 {
        let previous = style.format(expected - 1);
        format!("numbering restarts: {got} after {previous}, read as a new run of sections at the same level")
    } else if value > expected {
        let last_skipped = style.format(value - 1);
        let skipped = if value - expected == 1 {
            want
        } else {
            format!("{want} to {last_skipped}")
        };
        format!("numbering skips {skipped}: {got} kept as written")
    } else {
        format!("numbering out of sequence: {got} where {want} was expected, kept as written")
    }
}

/// Part headings written without a number: short standalone lines that name
/// one of the regulation's parts (`主要举措和成效`, `存在的不足和原因`,
/// `2025年工作安排`). They are the top level (below `第一部分`) when the
/// document is built on them: at least two of them, naming two different
/// parts, and no numbered headings that already name two parts (then a
/// stray line like `存在问题` inside a numbered section stays body text).
fn titled_headings(
    n: &Normalized,
    lines: Range<usize>,
    numbered: &[(usize, Numbering)],
) -> Vec<(usize, Numbering)> {
    use crate::lexicon::parts::{heading_kind, is_cause_heading, standalone_max};
    let kind_of = |s: &str| heading_kind(&crate::chinese::to_simplified(s));
    let mut numbered_kinds = Vec::new();
    for (line, num) in numbered {
        if num.style <= Style::Chinese {
            let rest = &n.content(*line)[num.len..];
            let rest = &rest[..rest.find('。').unwrap_or(rest.len())];
            if let Some(k) = kind_of(rest) {
                if !numbered_kinds.contains(&k) {
                    numbered_kinds.push(k);
                }
            }
        }
    }
    if numbered_kinds.len() >= 2 {
        return Vec::new();
    }
    let max = standalone_max();
    let mut is_numbered = numbered.iter().map(|(l, _)| *l).peekable();
    let mut found: Vec<(usize, Numbering)> = Vec::new();
    let mut kinds = Vec::new();
    let mut previous_bare_number = false;
    // Whether the line before ended a paragraph, a heading or the head: a
    // line that continues a sentence wrapped over lines is no heading.
    let mut after_break = true;
    for i in lines {
        if n.lines[i].kind != LineKind::Body {
            continue;
        }
        let content = n.content(i).trim();
        if content.is_empty() {
            continue;
        }
        let standalone = std::mem::replace(
            &mut after_break,
            content.ends_with(['。', ':', ';', '!', '?', '”', '：', '；']),
        );
        while is_numbered.next_if(|&l| l < i).is_some() {}
        if is_numbered.peek() == Some(&i) {
            // "一、" alone on its line: the next line is its heading.
            previous_bare_number =
                numbering(content).is_some_and(|num| content[num.len..].trim().is_empty());
            // A heading line ends there unless it is a sentence cut short.
            after_break = after_break || !content.contains([',', '，']);
            continue;
        }
        let after_bare_number = std::mem::take(&mut previous_bare_number);
        // "存在的不足和原因:" and "【主要举措和成效】" are headings too.
        let core = content
            .trim_end_matches([':', '：'])
            .trim_matches(['【', '】', '*', '#', ' ']);
        if after_bare_number
            || !standalone
            || core.chars().count() > max
            || core.contains(['。', ',', ';', ':', '!', '?', '，', '；', '：', '《', '》'])
            || core.ends_with("报告")
            || is_cause_heading(core)
        {
            continue;
        }
        if let Some(kind) = kind_of(core) {
            after_break = true;
            if !kinds.contains(&kind) {
                kinds.push(kind);
            }
            found.push((
                i,
                Numbering {
                    style: Style::Titled,
                    value: Some(found.len() as u32 + 1),
                    len: n.content(i).len() - n.content(i).trim_start().len(),
                    repair: None,
                },
            ));
        }
    }
    if found.len() >= 2 && kinds.len() >= 2 {
        found
    } else {
        Vec::new()
    }
}

/// A node's range ends where the next node that is not its descendant starts.
fn set_ends(outline: &mut Outline, n: &Normalized, body_end: usize) {
    let starts: Vec<(usize, u32)> = outline
        .nodes
        .iter()
        .map(|x| (x.range.start, x.depth))
        .collect();
    for i in 0..outline.nodes.len() {
        let depth = starts[i].1;
        let end = starts[i + 1..]
            .iter()
            .find(|&&(_, d)| d <= depth)
            .map_or(body_end, |&(s, _)| s);
        let end = trim_end(&n.text, starts[i].0..end.max(starts[i].0));
        outline.nodes[i].range.end = end;
    }
}

/// `range.end` moved back over trailing white space.
fn trim_end(text: &str, range: Range<usize>) -> usize {
    range.start + text[range].trim_end().len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::normalize;

    fn outline(text: &str) -> (Normalized, Outline) {
        let n = normalize(text);
        let end = n.text.trim_end().len();
        let o = build(&n, 0..n.lines.len(), end);
        (n, o)
    }

    fn shape(text: &str) -> Vec<(u32, String, String)> {
        let (n, o) = outline(text);
        o.nodes
            .iter()
            .map(|x| {
                (
                    x.depth,
                    x.number.clone(),
                    n.text[x.heading.clone()].to_string(),
                )
            })
            .collect()
    }

    #[test]
    fn reads_every_style() {
        for (line, style, value) in [
            ("一、强化法治建设", Style::Chinese, 1),
            ("十二、其他", Style::Chinese, 12),
            ("第二部分 存在的问题", Style::Part, 2),
            ("第三章、工作计划", Style::Chapter, 3),
            ("(三)严格依法决策", Style::ChineseParen, 3),
            ("〔二〕加强", Style::ChineseParen, 2),
            ("1、规范合同", Style::Arabic, 1),
            ("4.着力加快改革", Style::Arabic, 4),
            ("2. 完善公共法律服务", Style::Arabic, 2),
            ("(2)完善", Style::ArabicParen, 2),
            ("③推进", Style::Circled, 3),
            ("二是强化统筹谋划", Style::Ordinal, 2),
        ] {
            let num = numbering(line).unwrap_or_else(|| panic!("{line}"));
            assert_eq!((num.style, num.value), (style, Some(value)), "{line}");
        }
    }

    #[test]
    fn rejects_quantities_and_years() {
        for line in [
            "1.18万元用于",
            "2020年,白沙街",
            "2人执法",
            "15村(居)",
            "100%完成",
            "3,000人",
        ] {
            assert_eq!(
                numbering(line).filter(|n| n.style == Style::Arabic && n.repair.is_none()),
                None,
                "{line}"
            );
        }
        assert!(numbering("十九届二中全会").is_none());
    }

    #[test]
    fn builds_the_tree() {
        let s = shape("一、强化体系\n(一)加强领导。正文\n1、制度\n2、机制\n(二)依法决策\n二、存在问题\n(一)缺少人才。\n");
        assert_eq!(
            s,
            vec![
                (1, "一".into(), "强化体系".into()),
                (2, "(一)".into(), "加强领导".into()),
                (3, "1".into(), "制度".into()),
                (3, "2".into(), "机制".into()),
                (2, "(二)".into(), "依法决策".into()),
                (1, "二".into(), "存在问题".into()),
                (2, "(一)".into(), "缺少人才".into()),
            ]
        );
    }

    #[test]
    fn parts_stand_above_chinese_headings() {
        let s = shape(
            "第一部分 主要举措\n一、加强领导\n二、依法决策\n第二部分 存在问题\n一、人才不足\n",
        );
        assert_eq!(
            s.iter().map(|x| (x.0, x.1.as_str())).collect::<Vec<_>>(),
            [
                (1, "第一部分"),
                (2, "一"),
                (2, "二"),
                (1, "第二部分"),
                (2, "一")
            ]
        );
    }

    #[test]
    fn list_items_before_the_first_chinese_heading_close_at_it() {
        let s =
            shape("1. 坚持党的领导\n2. 加强党对法治政府建设的领导\n二、坚持高效协同\n(一)构建\n");
        assert_eq!(s.iter().map(|x| x.0).collect::<Vec<_>>(), vec![1, 1, 1, 2]);
    }

    #[test]
    fn repairs_broken_numbering() {
        let (n, o) = outline("一、提高站位\n正文。\n)加强组织领导,专题研究。\n(二)第二\n二、做法\n(一)依法\n1加强矛盾纠纷排查化解。\n2、完善行政复议。\n3积极整合资源。\n");
        let numbers: Vec<_> = o.nodes.iter().map(|x| x.number.as_str()).collect();
        assert_eq!(numbers, ["一", "(一)", "(二)", "二", "(一)", "1", "2", "3"]);
        assert_eq!(o.repairs.len(), 3, "{:?}", o.repairs);
        assert_eq!(&n.text[o.nodes[1].heading.clone()], "加强组织领导,专题研究");
    }

    #[test]
    fn does_not_read_a_quantity_line_as_a_heading() {
        let (_, o) = outline("(一)依法\n3名律师签订合同。\n");
        assert_eq!(o.nodes.len(), 1);
    }

    #[test]
    fn reports_numbers_out_of_sequence() {
        let (_, o) = outline("一、甲\n二、乙\n二、丙\n三、丁\n");
        assert_eq!(o.roots.len(), 4);
        assert_eq!(o.repairs.len(), 1, "二 repeated: {:?}", o.repairs);
    }

    #[test]
    fn a_run_restarting_inside_a_section_is_nested() {
        let s = shape("一、举措\n二、问题\n一、人才不足\n二、装备不齐\n三、计划\n(一)加强\n");
        assert_eq!(
            s.iter().map(|x| (x.0, x.1.as_str())).collect::<Vec<_>>(),
            [
                (1, "一"),
                (1, "二"),
                (2, "一"),
                (2, "二"),
                (1, "三"),
                (2, "(一)")
            ]
        );
        let (_, o) = outline("一、举措\n二、问题\n一、人才不足\n二、装备不齐\n三、计划\n");
        assert_eq!(o.repairs.len(), 1, "{:?}", o.repairs);
        assert!(o.repairs[0].message.contains("inside 二"));
        // A restart that never resumes is a new run at the same level.
        let s = shape("一、甲\n二、乙\n三、丙\n一、问题\n二、计划\n");
        assert!(s.iter().all(|x| x.0 == 1));
    }

    #[test]
    fn titled_part_headings_open_the_top_level() {
        let s = shape("主要举措和成效\n(一)加强领导。正文\n存在的不足和原因\n(一)人才不足\n2025年工作安排\n1.加强培训\n");
        assert_eq!(
            s.iter()
                .map(|x| (x.0, x.1.as_str(), x.2.as_str()))
                .collect::<Vec<_>>(),
            [
                (1, "", "主要举措和成效"),
                (2, "(一)", "加强领导"),
                (1, "", "存在的不足和原因"),
                (2, "(一)", "人才不足"),
                (1, "", "2025年工作安排"),
                (2, "1", "加强培训"),
            ]
        );
        // A trailing colon or brackets do not hide a heading; a causes
        // line under the problems is no part of its own.
        let s = shape("【主要举措和成效】\n(一)加强\n存在的不足和原因:\n(一)人才不足。\n问题产生的原因\n正文。\n下一步工作计划\n");
        assert_eq!(
            s.iter()
                .filter(|x| x.0 == 1)
                .map(|x| x.2.as_str())
                .collect::<Vec<_>>(),
            ["【主要举措和成效】", "存在的不足和原因:", "下一步工作计划"]
        );
        // A line that continues a wrapped sentence is no heading.
        assert_eq!(
            shape("主要举措和成效\n(一)加强领导,完善\n工作计划。\n存在的不足和原因\n(一)人才\n")
                .len(),
            4
        );
        // One such line alone, or lines inside numbered parts, stay text.
        assert_eq!(
            shape("一、主要举措\n存在问题\n二、存在的问题\n三、工作计划\n").len(),
            3
        );
        assert_eq!(shape("一、加强领导\n存在问题\n二、依法决策\n").len(), 2);
    }

    #[test]
    fn section_ranges_and_paths() {
        let (n, o) = outline("一、甲\n(一)子。正文\n二、乙\n内容");
        assert_eq!(&n.text[o.nodes[0].range.clone()], "一、甲\n(一)子。正文");
        assert_eq!(&n.text[o.nodes[2].range.clone()], "二、乙\n内容");
        let at = n.text.find("正文").unwrap();
        assert_eq!(o.path_at(at), vec!["一".to_string(), "(一)".to_string()]);
        assert_eq!(
            o.path_at(n.text.find("内容").unwrap()),
            vec!["二".to_string()]
        );
    }

    #[test]
    fn numerals() {
        for n in 1..=99 {
            assert_eq!(chinese_value(&chinese_numeral(n)), Some(n));
        }
    }
}
