//! Hard-wrapped text: lines broken at a fixed width and read as one.
//!
//! The text of an official document's PDF (GB/T 9704: 28 characters a
//! line) and some pages copied from one break every paragraph into lines of
//! near-constant width, inside sentences, titles, headings, metadata values
//! and numbers. This module tells whether a text is laid out so, and which
//! line breaks are such wraps, so that [`super::normalize`] reads the lines
//! on either side of a wrap as one logical line. The text itself keeps the
//! break: spans stay slices of it.
//!
//! The decision is made per document from its line widths, not from a fixed
//! width: a wrapped text has a spike of lines at one width (its *full*
//! lines) and next to none longer, while ordinary text, one paragraph a
//! line, has lines of every length and many long ones. Widths are counted
//! two ways, since a text may be broken by characters (a script cutting
//! every 28 characters) or by width on the page (a PDF, where a digit takes
//! half the room of a Han character); the sharper spike wins, and the
//! other counts too where it agrees on the width.
//!
//! Then a full line runs on into the next one unless the next one starts
//! something: a numbered heading, a metadata label, an indented paragraph
//! (when the text indents its paragraphs), or the sign-off; or unless it is
//! a whole title that happens to fill the line (no punctuation, a genre
//! word of `data/wrap.tsv` at its end). A line shorter than full ends its
//! paragraph.
//!
//! [`Unwrapped`] gives the stages that read across a wrap (numbers, place
//! names) the text without its wrap breaks, and maps their spans back.

use std::ops::Range;
use std::sync::LazyLock;

use crate::lexicon::{self, DataFile};

static WORDS: LazyLock<DataFile> = LazyLock::new(|| {
    lexicon::load("wrap.tsv", include_str!("../../data/wrap.tsv"), |d| {
        lexicon::expect_lists(d, &["title_endings"])
    })
});

/// Genre words that end a title (报告, 总结): see `data/wrap.tsv`.
static TITLE_ENDINGS: LazyLock<Vec<&'static str>> = LazyLock::new(|| WORDS.words("title_endings"));

/// How the width of a line is counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Measure {
    /// Characters, as a script that cuts every N characters counts them.
    Chars,
    /// Half-ems: a Han character or full-width sign takes two, a digit or
    /// Latin letter one, as they take room on a printed page.
    HalfEms,
}

impl Measure {
    /// How a wrap width is searched in this measure: how far below and
    /// above it a full line may be, and the widths tried.
    fn full_widths(self) -> (u32, u32, std::ops::RangeInclusive<u32>) {
        // A script cuts at one exact width; a page sets a line a little
        // short or long where punctuation may not start the next one.
        match self {
            Measure::Chars => (0, 0, 12..=80),
            Measure::HalfEms => (3, 2, 24..=160),
        }
    }

    /// The widest a full line can be in this measure.
    fn widest_full(self) -> u32 {
        let (_, above, range) = self.full_widths();
        range.end() + above
    }
}

/// What one physical line of the raw text looks like.
#[derive(Debug, Clone, Copy, Default)]
struct Shape {
    /// Width in characters, leading indentation included.
    chars: u32,
    /// Width in half-ems, leading indentation included.
    half_ems: u32,
    /// Whether the line starts with white space of two half-ems or more.
    indented: bool,
}

impl Shape {
    fn width(&self, m: Measure) -> u32 {
        match m {
            Measure::Chars => self.chars,
            Measure::HalfEms => self.half_ems,
        }
    }
}

/// The width of a wrapped text's full lines, in one measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Layout {
    measure: Measure,
    /// The narrowest full line.
    low: u32,
    /// The widest full line.
    high: u32,
    /// How well the widths fit a wrap at this width (higher is sharper).
    score: i64,
}

impl Layout {
    fn is_full(&self, s: &Shape) -> bool {
        (self.low..=self.high).contains(&s.width(self.measure))
    }
}

/// For each line of `text` (given by `lines`, its physical lines without
/// their `\n`), whether it runs on into the next line: a hard wrap inside
/// a paragraph. `raw` is the text before folding, which still shows each
/// line's indentation; it has the same line breaks as `text`.
pub(super) fn wraps(raw: &str, text: &str, lines: &[Range<usize>]) -> Vec<bool> {
    let mut out = vec![false; lines.len()];
    if lines.len() < 4 || too_many_long_lines(text, lines) {
        return out;
    }
    let shapes = shapes(raw);
    // Folding keeps every line break, so the raw lines line up with the
    // folded ones (the raw may have one more, blank, at the end).
    if shapes.len() < lines.len() || lines.len() < 4 {
        return out;
    }
    let layouts = layouts(&shapes[..lines.len()]);
    if layouts.is_empty() {
        return out;
    }
    let full = |s: &Shape| layouts.iter().any(|l| l.is_full(s));
    // Indentation tells paragraphs apart only when not every line has it.
    let (indented, nonblank) = shapes
        .iter()
        .filter(|s| s.chars > 0)
        .fold((0usize, 0usize), |(i, n), s| {
            (i + usize::from(s.indented), n + 1)
        });
    let indents_paragraphs = indented * 5 < nonblank * 4;
    let line = |i: usize| &text[lines[i].clone()];
    let ordinal_paragraphs = ordinal_paragraphs(text, lines, &shapes, full);
    for i in 0..lines.len() - 1 {
        let (this, next) = (line(i), line(i + 1));
        if this.is_empty() || next.is_empty() || !full(&shapes[i]) {
            continue;
        }
        if indents_paragraphs && shapes[i + 1].indented {
            continue;
        }
        // A title that fills the line exactly is whole: its last line, the
        // first of a logical line, is a title's and has no punctuation.
        let begins = i == 0 || !out[i - 1];
        if begins && is_whole_title(this) {
            continue;
        }
        let after_next = lines.get(i + 2).map(|r| &text[r.clone()]);
        let last = i + 2 >= lines.len();
        // Items 一是, 二是 … are paragraphs when the one after opens a line
        // too, or the text writes them so.
        let items_are_paragraphs =
            |v: u32| ordinal_paragraphs || next_item_opens_line(text, lines[i + 1].end, v);
        out[i] = !starts_anew(this, next, after_next, last, &items_are_paragraphs);
    }
    out
}

/// Whether so many of the physical `lines` of `text` are surely wider than
/// any full line that no layout can fit ([`layout`] allows one such line
/// in twenty full ones): the common text of one paragraph a line, told
/// without measuring every character. The folded text has no zero-width
/// or control characters left and its lines are trimmed, so its character
/// count of a line is at most that of the raw line, which [`shapes`]
/// measures; and its empty lines are the raw's blank ones.
fn too_many_long_lines(text: &str, lines: &[Range<usize>]) -> bool {
    // More characters than the widest full line in either measure: wider
    // than full in both (a character takes at least one half-em).
    let surely_longer = Measure::Chars
        .widest_full()
        .max(Measure::HalfEms.widest_full()) as usize;
    let (mut nonblank, mut long) = (0usize, 0usize);
    for r in lines {
        let Some(line) = text.get(r.clone()).filter(|l| !l.is_empty()) else {
            continue;
        };
        nonblank += 1;
        // Few bytes, few characters: only long lines are counted.
        if line.len() > surely_longer && line.chars().count() > surely_longer {
            long += 1;
        }
    }
    // With `long` lines longer than any full line, at most `nonblank -
    // long` are full, and a layout needs long * 20 <= 20 + full.
    long * 21 > 20 + nonblank
}

/// Whether the item after the one numbered `v` (三是 after 二是), looked
/// for a little way on from byte `from`, opens a line after a sentence.
fn next_item_opens_line(text: &str, from: usize, v: u32) -> bool {
    let next = crate::outline::Style::Ordinal.format(v + 1);
    let end = crate::text::floor_boundary(text, from.saturating_add(4096).min(text.len()));
    let Some(window) = text.get(from..end) else {
        return false;
    };
    let Some(at) = window.find(next.as_str()).map(|k| from + k) else {
        return false;
    };
    let before = text[..at].strip_suffix('\n');
    before.is_some_and(|b| b.is_empty() || b.ends_with(['\n', '。', '!', '?']))
}

/// Whether the text writes its 二是, 三是 … items as paragraphs: more of
/// them open a line after a short line (a paragraph's end) than follow a
/// 。 inside a line.
fn ordinal_paragraphs(
    text: &str,
    lines: &[Range<usize>],
    shapes: &[Shape],
    full: impl Fn(&Shape) -> bool,
) -> bool {
    let ordinal = |s: &str| {
        s.starts_with(|c: char| "二三四五六七八九十".contains(c))
            && crate::outline::numbering(s).is_some_and(|n| {
                n.style == crate::outline::Style::Ordinal && n.value.is_some_and(|v| v >= 2)
            })
    };
    let (mut opening, mut inline) = (0usize, 0usize);
    for (i, r) in lines.iter().enumerate() {
        let l = &text[r.clone()];
        if i > 0 && ordinal(l) && !lines[i - 1].is_empty() && !full(&shapes[i - 1]) {
            opening += 1;
        }
        inline += l
            .match_indices('。')
            .filter(|(at, p)| ordinal(&l[at + p.len()..]))
            .count();
    }
    opening > inline
}

/// The normalized text without the breaks of hard wraps, for stages that
/// read across them (a number or a place name cut by a wrap), with the way
/// back to offsets of the text.
#[derive(Debug, Clone)]
pub(crate) struct Unwrapped {
    /// The text without the wrap breaks.
    pub text: String,
    /// Where [`Unwrapped::text`] starts in the normalized text.
    base: usize,
    /// Byte offsets of the removed breaks in the normalized text.
    breaks: Vec<usize>,
    /// The same places in `text` (where the break stood).
    at: Vec<usize>,
}

impl Unwrapped {
    /// The unwrapped text of `n`; `None` when no line of it is wrapped.
    pub(crate) fn of(n: &super::Normalized) -> Option<Unwrapped> {
        Unwrapped::within(n, 0..n.text.len())
    }

    /// The bytes `range` of `n`'s text without the wrap breaks inside it;
    /// `None` when there are none. Offsets in and out stay those of the
    /// whole text.
    pub(crate) fn within(n: &super::Normalized, range: Range<usize>) -> Option<Unwrapped> {
        if !n.wrapped {
            return None;
        }
        let first = n.lines.partition_point(|l| l.range.end < range.start);
        let breaks: Vec<usize> = n.lines[first..]
            .iter()
            .take_while(|l| l.range.start < range.end)
            .flat_map(|l| {
                let r = l.range.start.max(range.start)..l.range.end.min(range.end);
                memchr::memchr_iter(b'\n', n.text[r.clone()].as_bytes()).map(move |k| r.start + k)
            })
            .collect();
        if breaks.is_empty() {
            return None;
        }
        let mut text = String::with_capacity(range.len());
        let mut from = range.start;
        for &b in &breaks {
            text.push_str(&n.text[from..b]);
            from = b + 1;
        }
        text.push_str(&n.text[from..range.end]);
        let at = breaks
            .iter()
            .enumerate()
            .map(|(k, &b)| b - range.start - k)
            .collect();
        Some(Unwrapped {
            text,
            base: range.start,
            breaks,
            at,
        })
    }

    /// Range `r` of the normalized text in [`Unwrapped::text`].
    pub(crate) fn to_unwrapped(&self, r: Range<usize>) -> Range<usize> {
        let map = |x: usize| x - self.base - self.breaks.partition_point(|&b| b < x);
        map(r.start)..map(r.end)
    }

    /// Range `r` of [`Unwrapped::text`] in the normalized text: a start
    /// at a break goes after it, an end before it.
    pub(crate) fn to_text(&self, r: Range<usize>) -> Range<usize> {
        let start = self.base + r.start + self.at.partition_point(|&a| a <= r.start);
        let end = self.base + r.end + self.at.partition_point(|&a| a < r.end);
        start..end.max(start)
    }
}

/// Whether `next` starts a new paragraph although `this`, a full line,
/// comes before it: a numbered heading, a metadata label, the sign-off.
///
/// `items_are_paragraphs(v)` says whether the item 一是/二是 numbered `v`
/// that `next` opens with is a paragraph of its own rather than inline
/// after a 。.
fn starts_anew(
    this: &str,
    next: &str,
    after_next: Option<&str>,
    next_is_last: bool,
    items_are_paragraphs: &dyn Fn(u32) -> bool,
) -> bool {
    let sentence_end = this.ends_with(['。', '!', '?', ';', ':', '!', '?', ';', ':']);
    if let Some(num) = crate::outline::numbering(next) {
        use crate::outline::Style;
        // A heading whose number lost its bracket or separator (`一)`,
        // `1加强`) still starts a line; a lone `)` may be a bracket cut off.
        if num.repair != Some("number and opening bracket lost") {
            let last = this.chars().last().unwrap_or(' ');
            return match num.style {
                // "二是" runs on inline ("不足:一是…。二是…") unless a sentence
                // ends here and the items are paragraphs.
                Style::Ordinal => {
                    this.ends_with(['。', '!', '?']) && num.value.is_some_and(items_are_paragraphs)
                }
                // "1.3万件" broken as "1." + "3万件" does not reach here (a
                // digit after the dot is no heading); a number after a digit,
                // a dot or 第 continues it.
                Style::Arabic | Style::ArabicParen => {
                    !(last.is_ascii_digit() || matches!(last, '.' | '第' | '(' | '-'))
                }
                _ => true,
            };
        }
    }
    if crate::metadata::is_metadata_line(next) {
        return true;
    }
    // The sign-off after the last paragraph: the issuing body and a date,
    // or either alone on the last line.
    let short = next.chars().count() <= 40 && !next.contains(['。', ',', ';', ':']);
    sentence_end
        && short
        && (is_date_line(next) || after_next.is_some_and(is_date_line) || next_is_last)
}

/// A line that reads as a whole title: no punctuation, a title's genre
/// word at its end.
fn is_whole_title(line: &str) -> bool {
    let line = line.trim_end_matches(|c: char| c == '|' || c == '*' || c.is_whitespace());
    if line.contains(['。', ',', ';', ':', '!', '?', '、']) {
        return false;
    }
    let line = crate::chinese::to_simplified(line);
    TITLE_ENDINGS.iter().any(|w| line.ends_with(w))
}

/// A line that is only a date (2024年1月5日, 2024-01-05, 二〇二四年一月五日).
fn is_date_line(s: &str) -> bool {
    let s = s.trim();
    s.chars().count() <= 20
        && crate::metadata::parse_date(s).is_some()
        && s.chars()
            .all(|c| c.is_ascii_digit() || "〇○零一二三四五六七八九十年月日-/. ".contains(c))
}

/// The shape of every physical line of `raw`, split at the same breaks as
/// folding splits it. A line of white space only is blank (width 0); other
/// lines count their white space at either end, as a cut at a width does.
fn shapes(raw: &str) -> Vec<Shape> {
    let mut out = Vec::new();
    let mut cur = Shape::default();
    let mut has_text = false;
    let mut indent = 0;
    let finish = |cur: Shape, has_text: bool| if has_text { cur } else { Shape::default() };
    let bytes = raw.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // Most characters are CJK text and punctuation, wide, visible, not
        // a break: lead bytes E3–EE are U+3000–U+EFFF, all of them but
        // U+3000 itself (E3 80 80, a full-width space), and the full-width
        // forms. `raw` is UTF-8, so the continuation bytes are there.
        let wide = |at: usize| match bytes.get(at) {
            Some(0xE4..=0xEE) => true,
            Some(0xE3) => !bytes[at + 1..].starts_with(&[0x80, 0x80]),
            // Full-width forms U+FF00–U+FF60 (,:;()).
            Some(0xEF) => matches!(
                (bytes.get(at + 1), bytes.get(at + 2)),
                (Some(0xBC), _) | (Some(0xBD), Some(0x80..=0xA0))
            ),
            _ => false,
        };
        if wide(i) {
            let start = i;
            while wide(i) {
                i += 3;
            }
            let run = u32::try_from((i - start) / 3).unwrap_or(u32::MAX);
            has_text = true;
            cur.chars = cur.chars.saturating_add(run);
            cur.half_ems = cur.half_ems.saturating_add(run.saturating_mul(2));
            cur.indented = indent >= 2;
            continue;
        }
        let b = bytes[i];
        // Digits and Latin letters: narrow, visible.
        if (0x21..=0x7E).contains(&b) {
            i += 1;
            has_text = true;
            cur.chars = cur.chars.saturating_add(1);
            cur.half_ems = cur.half_ems.saturating_add(1);
            cur.indented = indent >= 2;
            continue;
        }
        let c = if b < 0x80 {
            i += 1;
            char::from(b)
        } else {
            let Some(c) = raw[i..].chars().next() else {
                break;
            };
            i += c.len_utf8();
            c
        };
        match c {
            '\r' | '\n' | '\u{2028}' | '\u{2029}' | '\u{85}' => {
                if c == '\r' && bytes.get(i) == Some(&b'\n') {
                    i += 1;
                }
                out.push(finish(cur, has_text));
                cur = Shape::default();
                has_text = false;
                indent = 0;
                continue;
            }
            '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => continue,
            c if c.is_control() && c != '\t' => continue,
            _ => {}
        }
        let room = if c == '\t' { 4 } else { half_ems_of(c) };
        if c.is_whitespace() {
            indent += if has_text { 0 } else { room };
        } else {
            has_text = true;
        }
        cur.chars += 1;
        cur.half_ems += room;
        // A paragraph's indent is two characters' room or one; a single
        // space is a space cut at the wrap.
        cur.indented = indent >= 2;
    }
    out.push(finish(cur, has_text));
    out
}

/// The room a character takes on a page, in half-ems.
fn half_ems_of(c: char) -> u32 {
    let wide = match c {
        // Half-width katakana and forms.
        '\u{FF61}'..='\u{FFDC}' => false,
        '\u{2E80}'.. => true,
        // Chinese typesetting sets these quotes, dashes and ellipses full width.
        '“' | '”' | '‘' | '’' | '—' | '…' | '·' => true,
        _ => false,
    };
    if wide {
        2
    } else {
        1
    }
}

/// The layouts that the line widths fit, in either measure: empty for
/// ordinary text.
fn layouts(shapes: &[Shape]) -> Vec<Layout> {
    let mut out: Vec<Layout> = [Measure::Chars, Measure::HalfEms]
        .into_iter()
        .filter_map(|m| layout(shapes, m))
        .collect();
    out.sort_by_key(|l| std::cmp::Reverse(l.score));
    // The weaker fit counts too when it agrees on the width (a text cut by
    // characters has full lines of a few half-ems less where digits are).
    if let [best, other] = out[..] {
        let (b, o) = (half_ems_at(best), half_ems_at(other));
        if b.abs_diff(o) > 4 {
            out.truncate(1);
        }
    }
    out
}

/// A layout's widest full line in half-ems (a character counted as two).
fn half_ems_at(l: Layout) -> u32 {
    match l.measure {
        Measure::Chars => l.high * 2,
        Measure::HalfEms => l.high,
    }
}

/// The best wrap width for measure `m`, if the widths show one: at least
/// four full lines, next to none longer, and not many just short of full
/// (ordinary short lines of every length).
fn layout(shapes: &[Shape], m: Measure) -> Option<Layout> {
    let mut widths: Vec<u32> = shapes
        .iter()
        .map(|s| s.width(m))
        .filter(|&w| w > 0)
        .collect();
    if widths.len() < 4 {
        return None;
    }
    widths.sort_unstable();
    let (below, above, range) = m.full_widths();
    let count = |r: Range<u32>| {
        (widths.partition_point(|&w| w < r.end) - widths.partition_point(|&w| w < r.start)) as i64
    };
    let mut best: Option<Layout> = None;
    let mut last = None;
    for &w in &widths {
        if last == Some(w) || !range.contains(&w) {
            continue;
        }
        last = Some(w);
        let (low, high) = (w.saturating_sub(below), w + above);
        let full = count(low..high + 1);
        let longer = count(high + 1..u32::MAX);
        let near = count(w * 3 / 5..low);
        if full < 4 || longer * 20 > 20 + full || near > 4 * full {
            continue;
        }
        let score = full - 3 * longer - near;
        if best.is_none_or(|b| score > b.score) {
            best = Some(Layout {
                measure: m,
                low,
                high,
                score,
            });
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use crate::normalize::normalize;

    /// Cut every line of `text` into pieces of `width` characters.
    pub(crate) fn wrap(text: &str, width: usize) -> String {
        let mut out = Vec::new();
        for line in text.split('\n') {
            let chars: Vec<char> = line.chars().collect();
            if chars.is_empty() {
                out.push(String::new());
            }
            for piece in chars.chunks(width) {
                out.push(piece.iter().collect());
            }
        }
        out.join("\n")
    }

    /// The logical lines' contents of `text`, breaks shown as `/`.
    fn logical(text: &str) -> Vec<String> {
        let n = normalize(text);
        (0..n.lines.len())
            .map(|i| n.content(i).replace('\n', "/"))
            .filter(|l| !l.is_empty())
            .collect()
    }

    const REPORT: &str = "某某市某某区人民政府关于2023年度法治政府建设工作情况的报告
发布日期:2024-02-05
2023年,在市委、市政府的坚强领导下,我区深入学习贯彻习近平法治思想,全面推进法治政府建设,现将有关情况报告如下。
一、2023年推进法治政府建设的主要举措和成效
(一)坚持党的领导,健全法治政府建设工作机制,压实第一责任人职责。区政府常务会议专题研究法治政府建设工作4次,全年办理行政复议案件1.3万件,同比下降12.5%。
(二)深化行政执法体制改革。全区共组织行政执法人员培训班26期,参训人员2400余人次,覆盖全部执法单位和乡镇街道。
二、存在的不足和原因
一是法治队伍建设有待加强,基层法治人才不足,专业化水平不高,难以满足新形势下的工作需要。二是行政执法规范化水平仍需提升。
三、2024年工作计划
一是持续深化法治政府示范创建,推动各项任务落地见效,提升依法行政能力和水平。二是加强执法监督。
某某市某某区人民政府
2024年1月20日
";

    #[test]
    fn long_lines_are_told_without_measuring_only_when_no_layout_fits() {
        let paragraph = "2023年,全区深入推进法治政府建设,办理行政复议案件31件,".repeat(8);
        let lines_of = |n: usize, long_at: &dyn Fn(usize) -> bool| {
            (0..n)
                .map(|i| {
                    if long_at(i) {
                        paragraph.as_str()
                    } else {
                        "短行"
                    }
                })
                .collect::<Vec<_>>()
                .join("\n")
        };
        let cases: Vec<(String, bool)> = vec![
            // One paragraph a line: no layout, told at once.
            (lines_of(30, &|_| true), true),
            (lines_of(30, &|i| i % 10 == 0), true),
            // One long line among many short ones: measured.
            (lines_of(30, &|i| i == 0), false),
            // Hard-wrapped at 28 characters: measured.
            (wrap(&lines_of(10, &|_| true), 28), false),
        ];
        for (text, told) in cases {
            let n = normalize(&text);
            let mut physical = Vec::new();
            let mut start = 0;
            for line in n.text.split('\n') {
                physical.push(start..start + line.len());
                start += line.len() + 1;
            }
            assert_eq!(
                super::too_many_long_lines(&n.text, &physical),
                told,
                "{text:.40}"
            );
            if told {
                assert!(super::layouts(&super::shapes(&text)).is_empty());
            }
        }
    }

    #[test]
    fn joins_a_report_wrapped_at_any_width() {
        let plain = logical(REPORT);
        for width in [18, 24, 28, 36] {
            let wrapped = wrap(REPORT, width);
            let got: Vec<String> = logical(&wrapped)
                .into_iter()
                .map(|l| l.replace('/', ""))
                .collect();
            assert_eq!(got, plain, "width {width}");
        }
    }

    #[test]
    fn cases() {
        // (what, text, logical lines expected, read without their breaks)
        let filler = "全区共组织行政执法人员培训班二十六期参训人员众多覆盖全部执法单位和乡镇街道。";
        let body = format!("{filler}{filler}{filler}{filler}");
        let cases: Vec<(&str, String, Vec<String>)> = vec![
            (
                "title over two lines",
                format!(
                    "{}\n{}",
                    "某某市某某区人民政府关于2023年度法治政府建设工作情况的报告",
                    body
                ),
                vec![
                    "某某市某某区人民政府关于2023年度法治政府建设工作情况的报告".into(),
                    "全区共组织行政执法人员培训班二十六期参训人员众多覆盖全部执法单位和乡镇街道。全区共组织行政执法人员培训班二十六期参训人员众多覆盖全部执法单位和乡镇街道。全区共组织行政执法人员培训班二十六期参训人员众多覆盖全部执法单位和乡镇街道。全区共组织行政执法人员培训班二十六期参训人员众多覆盖全部执法单位和乡镇街道。".into(),
                ],
            ),
            (
                "heading wrapped, then a heading",
                format!("{body}\n一、坚持党的领导健全法治政府建设工作机制压实第一责任人职责\n(一)加强组织领导"),
                vec![
                    "一、坚持党的领导健全法治政府建设工作机制压实第一责任人职责".into(),
                    "(一)加强组织领导".into(),
                ],
            ),
            (
                "a number broken after its dot",
                format!("{body}\n全年办理行政复议案件和行政诉讼案件总数共计达到了1.3万件,同比下降。"),
                vec!["全年办理行政复议案件和行政诉讼案件总数共计达到了1.3万件,同比下降。".into()],
            ),
            (
                "a metadata value wrapped",
                format!("发布机构:某某省某某市某某区人民政府办公室法治建设科室与信息中心\n成文日期:2024-01-20\n{body}"),
                vec![
                    "发布机构:某某省某某市某某区人民政府办公室法治建设科室与信息中心".into(),
                    "成文日期:2024-01-20".into(),
                ],
            ),
            (
                "short last line ends the paragraph",
                format!("{body}\n短句结束。\n新的一段从这里开始。"),
                vec!["短句结束。".into(), "新的一段从这里开始。".into()],
            ),
            (
                "sign-off after a full last line",
                format!("{body}\n某某区人民政府\n2024年1月20日"),
                vec!["某某区人民政府".into(), "2024年1月20日".into()],
            ),
            (
                "crlf",
                format!("{body}\n短句结束。").replace('\n', "\r\n"),
                vec!["短句结束。".into()],
            ),
        ];
        for (what, text, want) in cases {
            let text = wrap(&text, 28).replace("\r\n", "\n");
            let text = if what == "crlf" {
                text.replace('\n', "\r\n")
            } else {
                text
            };
            let got: Vec<String> = logical(&text)
                .into_iter()
                .map(|l| l.replace('/', ""))
                .collect();
            for w in &want {
                assert!(got.contains(w), "{what}: {w:?} not in {got:#?}");
            }
        }
    }

    #[test]
    fn unwrapped_text_maps_back() {
        let filler = "全区共组织行政执法人员培训班二十六期参训人员众多覆盖全部执法单位和乡镇街道。";
        let text = wrap(
            &format!("{filler}全年办理行政复议案件共计达到了1.3万件。{filler}{filler}{filler}"),
            28,
        );
        let n = normalize(&text);
        assert!(super::Unwrapped::of(&normalize(REPORT)).is_none());
        let u = super::Unwrapped::of(&n).unwrap_or_else(|| panic!("{:?}", logical(&text)));
        assert!(!u.text.contains('\n'));
        let at = u.text.find("1.3万件").expect("joined");
        let back = u.to_text(at..at + "1.3万件".len());
        assert_eq!(&n.text[back.clone()], "1.3\n万件");
        assert_eq!(u.to_unwrapped(back), at..at + "1.3万件".len());
        assert_eq!(u.to_text(0..u.text.len()), 0..n.text.len());
    }

    #[test]
    fn ordinal_items_as_paragraphs_or_inline() {
        let filler = "全区共组织行政执法人员培训班二十六期参训人员众多覆盖全部执法单位和乡镇街道。";
        // Items as paragraphs: the first ends exactly at the width (27 + 。).
        let first = "一是工作推进不平衡各部门之间法治建设进展程度不同步问题。";
        assert_eq!(first.chars().count(), 28);
        let paragraphs = format!(
            "{filler}{filler}\n{first}\n二是权力监督机制不够健全。\n三是基层力量较为薄弱,人员素质不相适应。\n{filler}\n四是保障不足。\n"
        );
        let got = logical(&wrap(&paragraphs, 28));
        assert!(got.contains(&first.to_string()), "{got:#?}");
        // Inline after 。, the same break runs on.
        let inline = format!(
            "{filler}{filler}\n{first}二是权力监督机制不够健全。三是基层力量薄弱。\n{filler}\n"
        );
        let got = logical(&wrap(&inline, 28));
        assert!(
            got.iter()
                .any(|l| l.starts_with("一是") && l.contains("/二是")),
            "{got:#?}"
        );
    }

    #[test]
    fn data_file_loads() {
        assert!(super::TITLE_ENDINGS.contains(&"报告"));
    }

    #[test]
    fn a_title_that_fills_the_line_is_whole() {
        let filler = "全区共组织行政执法人员培训班二十六期参训人员众多覆盖全部执法单位和乡镇街道。";
        let text = format!("某某区应急管理局2023年度法治政府建设工作报告\n{filler}{filler}");
        let got = logical(&wrap(&text, 24));
        assert_eq!(got[0], "某某区应急管理局2023年度法治政府建设工作报告");
    }

    #[test]
    fn ordinary_paragraphs_are_not_joined() {
        let n = normalize(REPORT);
        assert!(n
            .lines
            .iter()
            .all(|l| !n.text[l.range.clone()].contains('\n')));
        // Short lines of one length, a list, are no wrap.
        let list = "一、加强组织领导工作\n二、健全制度体系建设\n三、深化执法体制改革\n四、强化行政权力监督\n五、提升依法行政能力\n";
        let n = normalize(list);
        assert_eq!(n.lines.len(), 5);
    }

    #[test]
    fn indented_paragraphs_end_where_the_next_is_indented() {
        // A PDF's text: paragraphs indented two ideographic spaces, full
        // lines of 28 half-em pairs whatever their digits.
        let text = "\u{3000}\u{3000}全区共组织行政执法人员培训班二十六期参训人员众多覆盖\n全部执法单位和乡镇街道全区共组织行政执法人员培训班二十\n六期参训人员众多覆盖全部执法单位和乡镇街道全区共组织行\n政执法人员培训班二十六期参训人员众多覆盖全部执法单位和\n乡镇街道共2400余人次参训,同比增长12.5%,全区共组织行政执\n法人员培训班二十六期参训人员众多覆盖全部执法单位和乡镇街。\n\u{3000}\u{3000}新的一段从这里开始,全区共组织行政执法人员培训班二\n十六期。\n";
        let got = logical(text);
        assert_eq!(got.len(), 2, "{got:#?}");
        assert!(got[1].starts_with("新的一段"));
    }
}
