//! Stage 1: normalize the raw text and classify its lines.
//!
//! Normalization folds what scraping and typing vary without meaning:
//! line endings (`\r\n`, `\r`) become `\n`; full-width ASCII forms
//! (`，：（１２％`) become their half-width twins; ideographic and
//! no-break spaces become plain spaces; zero-width and control characters
//! are dropped; each line is trimmed. Chinese punctuation without a
//! half-width twin (。、《》“”) is kept.
//!
//! Every line is then classified ([`LineKind`]): page chrome (font pickers,
//! breadcrumbs, print buttons, watermarks) and metadata (索引号, 发布日期 …)
//! stay in the text, so no information is lost, but later stages read only
//! the body.
//!
//! Hard-wrapped text (a PDF's lines, cut at the page width) is read as it
//! was written: a line that runs on into the next one makes one [`Line`]
//! with it ([`wrap`] tells which). The text keeps the break, so a line's
//! range, and any span inside it, may hold a `\n`.

use std::borrow::Cow;
use std::ops::Range;

mod wrap;
pub(crate) use wrap::Unwrapped;

/// What a line of the normalized text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    /// Empty after trimming.
    Blank,
    /// Page furniture: navigation, font pickers, print/share buttons,
    /// counters, banners, watermarks, markdown leftovers.
    Chrome,
    /// Labelled page metadata (索引号: …, 发布日期: …).
    Metadata,
    /// Anything else: title, headings, paragraphs, sign-off.
    Body,
}

/// One logical line of the normalized text: a paragraph, heading or field
/// as written, over one or (when hard-wrapped) several physical lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// Byte range of the line in the normalized text, without its final
    /// `\n`; the breaks of a hard-wrapped line are inside it.
    pub range: Range<usize>,
    /// Byte range of the line's content: the line without list bullets,
    /// table pipes and decoration at either end.
    pub content: Range<usize>,
    /// What the line is.
    pub kind: LineKind,
}

/// The normalized text with its classified lines.
#[derive(Debug, Clone)]
pub struct Normalized {
    /// The normalized text.
    pub text: String,
    /// Its lines, in order.
    pub lines: Vec<Line>,
    /// The text folded to simplified characters, when that changes it.
    simplified: Option<String>,
    /// Whether some line joins the physical lines of a hard wrap (holds a
    /// `\n`): when none does, no range of the text has a wrap break.
    wrapped: bool,
}

impl Normalized {
    /// The text folded to simplified characters, for matching words: the
    /// same length as [`Normalized::text`], so that a range of one is the
    /// same range of the other. Folded once, here, for every stage.
    ///
    /// ```
    /// let n = lawreport::normalize::normalize("法治政府建設年度報告");
    /// assert_eq!(n.simplified(), "法治政府建设年度报告");
    /// assert_eq!(n.simplified().len(), n.text.len());
    /// ```
    pub fn simplified(&self) -> &str {
        self.simplified.as_deref().unwrap_or(&self.text)
    }

    /// The content of line `i` (see [`Line::content`]).
    pub fn content(&self, i: usize) -> &str {
        &self.text[self.lines[i].content.clone()]
    }

    /// The content of line `i` as it was written, without the breaks of a
    /// hard wrap: for reading words, not for offsets (see [`unwrapped`]).
    pub fn joined(&self, i: usize) -> Cow<'_, str> {
        unwrapped(self.content(i))
    }

    /// The offset in [`Normalized::text`] of byte `offset` of
    /// [`Normalized::joined`]`(i)`: past every wrap break before it, so a
    /// range found in the joined words is a range of the text.
    pub fn joined_offset(&self, i: usize, offset: usize) -> usize {
        let content = self.lines[i].content.clone();
        match Unwrapped::within(self, content.clone()) {
            Some(u) => u.to_text(offset..offset).start,
            None => content.start + offset,
        }
    }
}

/// `s` without the line breaks of a hard wrap, for the strings that are not
/// spans of the text (a title, a heading, a field's value).
///
/// ```
/// use lawreport::normalize::unwrapped;
/// assert_eq!(unwrapped("法治政府建设工作\n情况的报告"), "法治政府建设工作情况的报告");
/// ```
pub fn unwrapped(s: &str) -> Cow<'_, str> {
    if s.contains('\n') {
        Cow::Owned(s.replace('\n', ""))
    } else {
        Cow::Borrowed(s)
    }
}

/// Normalize `raw` and classify its lines.
///
/// ```
/// use lawreport::normalize::{normalize, LineKind};
/// let n = normalize("字体:[大] [中] [小]\r\n一、主要举措和成效（一）\r\n");
/// assert_eq!(n.text, "字体:[大] [中] [小]\n一、主要举措和成效(一)\n");
/// assert_eq!(n.lines[0].kind, LineKind::Chrome);
/// assert_eq!(n.lines[1].kind, LineKind::Body);
/// ```
pub fn normalize(raw: &str) -> Normalized {
    let (text, traditional) = fold(raw);
    // Most reports are written in simplified characters: the fold has
    // seen whether any character may change, and the text is read again
    // only when one may.
    let simplified = match traditional.then(|| crate::chinese::to_simplified(&text)) {
        Some(Cow::Owned(folded)) => Some(folded),
        _ => None,
    };
    let (lines, wrapped) = classify_lines(raw, &text, simplified.as_deref().unwrap_or(&text));
    Normalized {
        text,
        lines,
        simplified,
        wrapped,
    }
}

/// Fold characters and trim lines (see the module documentation).
pub fn fold_characters(raw: &str) -> String {
    fold(raw).0
}

/// [`fold_characters`], and whether the result may hold a character that
/// [`crate::chinese::to_simplified`] changes (never false when one does).
fn fold(raw: &str) -> (String, bool) {
    let bytes = raw.as_bytes();
    let traditional_chars = crate::chinese::traditional_chars();
    let mut traditional = false;
    let mut out = String::with_capacity(raw.len());
    // Where the current line starts in `out`.
    let mut line_start = 0;
    let mut i = 0;
    while i < bytes.len() {
        // Copy the run of characters that need nothing.
        let at_line_start = out.len() == line_start;
        let run = plain_run(
            &bytes[i..],
            at_line_start,
            traditional_chars,
            &mut traditional,
        );
        if run > 0 {
            out.push_str(&raw[i..i + run]);
            i += run;
            continue;
        }
        let Some(c) = raw[i..].chars().next() else {
            break;
        };
        i += c.len_utf8();
        let folded = match c {
            '\r' | '\n' | '\u{2028}' | '\u{2029}' | '\u{85}' => {
                if c == '\r' && bytes.get(i) == Some(&b'\n') {
                    i += 1;
                }
                let kept = out[line_start..].trim_end().len();
                out.truncate(line_start + kept);
                out.push('\n');
                line_start = out.len();
                continue;
            }
            // Full-width ASCII forms sit at a fixed distance from ASCII.
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{3000}' | '\u{00A0}' | '\u{2002}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\t' => {
                ' '
            }
            '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => continue,
            c if c.is_control() => continue,
            c => c,
        };
        if !(folded.is_whitespace() && out.len() == line_start) {
            traditional |= crate::chinese::may_change(folded);
            out.push(folded);
        }
    }
    let kept = out[line_start..].trim_end().len();
    out.truncate(line_start + kept);
    (out, traditional)
}

/// The length in bytes of the run of characters at the start of `bytes`
/// (UTF-8) that [`fold_characters`] copies as they are: up to a control
/// character, a line break, a space or break of the U+2000 block, U+1680, U+3000,
/// U+00A0, U+00AD, a full-width ASCII form or U+FEFF, or a space at the
/// start of a line. Checked a character at a time from the lead byte, so
/// the common CJK text and punctuation (。、“”) run on.
///
/// Sets `traditional` when the run holds a character of `changing` (the
/// characters [`crate::chinese::to_simplified`] changes) or one outside the
/// Basic Multilingual Plane: the text is then folded to simplified
/// characters, and otherwise not read again for that.
fn plain_run(
    bytes: &[u8],
    at_line_start: bool,
    changing: &crate::text::CharSet,
    traditional: &mut bool,
) -> usize {
    // Whether the three-byte character at `k` is in `changing`.
    let changes = |k: usize| match bytes.get(k..k + 3) {
        Some(&[b0, b1, b2]) => changing.contains_three_bytes(b0, b1, b2),
        _ => false,
    };
    let mut k = 0;
    while let Some(&b) = bytes.get(k) {
        // Most of a report: CJK characters (lead bytes E4–E9) and ASCII.
        if (0xE4..=0xEE).contains(&b) {
            *traditional |= changes(k);
            k += 3;
            continue;
        }
        if (0x21..=0x7E).contains(&b) || (b == b' ' && !at_line_start) {
            k += 1;
            continue;
        }
        let next = (bytes.get(k + 1).copied(), bytes.get(k + 2).copied());
        let stops = match b {
            0x00..=0x20 | 0x7F => true,
            // U+0080–U+009F (C1 controls, U+0085), U+00A0, U+00AD.
            0xC2 => matches!(next.0, Some(0x80..=0x9F | 0xA0 | 0xAD)),
            // U+1680, a space.
            0xE1 => next == (Some(0x9A), Some(0x80)),
            // U+2000–U+200D, U+2028, U+2029, U+202F, U+205F, U+2060.
            0xE2 => matches!(
                next,
                (Some(0x80), Some(0x80..=0x8D | 0xA8 | 0xA9 | 0xAF))
                    | (Some(0x81), Some(0x9F | 0xA0))
            ),
            // U+3000.
            0xE3 => next == (Some(0x80), Some(0x80)),
            // U+FEFF, U+FF01–U+FF5E.
            0xEF => matches!(
                next,
                (Some(0xBB), Some(0xBF))
                    | (Some(0xBC), Some(0x81..=0xBF))
                    | (Some(0xBD), Some(0x80..=0x9E))
            ),
            _ => false,
        };
        if stops {
            return k;
        }
        k += match b {
            0x80..=0xDF => 2,
            0xE0..=0xE2 => 3,
            0xE3..=0xEF => {
                *traditional |= changes(k);
                3
            }
            _ => {
                *traditional = true;
                4
            }
        };
    }
    bytes.len()
}

/// Split `text` (folded from `raw`) into logical lines and classify them;
/// `simplified` is `text` in simplified characters. Also says whether a
/// logical line joins several physical ones.
fn classify_lines(raw: &str, text: &str, simplified: &str) -> (Vec<Line>, bool) {
    let mut physical = Vec::new();
    let mut start = 0;
    for end in memchr::memchr_iter(b'\n', text.as_bytes()).chain(
        // The last line, when the text does not end with a line break.
        (!text.is_empty() && !text.ends_with('\n')).then_some(text.len()),
    ) {
        physical.push(start..end);
        start = end + 1;
    }
    let wraps = wrap::wraps(raw, text, &physical);
    let mut lines = Vec::with_capacity(physical.len());
    let mut wrapped = false;
    let mut i = 0;
    while i < physical.len() {
        let start = physical[i].start;
        // A line that is metadata on its own (`• 索引号:` under a
        // breadcrumb that fills the width) starts anew; the wrap detector
        // reads lines before their bullets are trimmed.
        let metadata = |j: usize| {
            let r = physical[j].clone();
            let content = content_range(text, r.clone());
            classify(&text[content.clone()], &simplified[content], &text[r]) == LineKind::Metadata
        };
        while i + 1 < physical.len() && wraps[i] && !metadata(i + 1) {
            i += 1;
            wrapped = true;
        }
        let whole = start..physical[i].end;
        i += 1;
        for range in run_on_parts(text, whole) {
            let content = content_range(text, range.clone());
            let kind = classify(
                &text[content.clone()],
                &simplified[content.clone()],
                &text[range.clone()],
            );
            lines.push(Line {
                range,
                content,
                kind,
            });
        }
    }
    mark_menus(text, &mut lines);
    mark_related_links(text, &mut lines);
    (lines, wrapped)
}

/// A line this long (bytes), holding most of the text, is a report scraped
/// without line breaks (about 200 CJK characters).
const RUN_ON_LINE: usize = 600;

/// `range` split before the top-level headings written inline in a text
/// scraped without line breaks (`…现报告如下:一、落实…。二、履行…`): each
/// `一、` `二、` … that follows a sentence end, taken only as a run counting
/// up from 一 (a lone `二、` inside a sentence is no heading). Any other line
/// comes back whole.
fn run_on_parts(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let line = &text[range.clone()];
    // Only a text that is mostly this one line: a long paragraph of a text
    // with line breaks may enumerate 一、二、 inline as its own items.
    if line.len() < RUN_ON_LINE || line.len() * 2 < text.len() {
        return vec![range];
    }
    let mut cuts = Vec::new();
    let mut expected = 1;
    for (at, c) in line.char_indices() {
        if !matches!(c, '。' | ':' | ';' | '!' | '?') {
            continue;
        }
        let after = at + c.len_utf8();
        let Some(num) = crate::outline::numbering(&line[after..]) else {
            continue;
        };
        if num.style == crate::outline::Style::Chinese && num.value == Some(expected) {
            cuts.push(range.start + after);
            expected += 1;
        }
    }
    if cuts.len() < 2 {
        return vec![range];
    }
    let mut parts = Vec::with_capacity(cuts.len() + 1);
    let mut from = range.start;
    for cut in cuts {
        parts.push(from..cut);
        from = cut;
    }
    parts.push(from..range.end);
    parts
}

/// The list under a "相关链接:" header: short lines without a sentence,
/// up to the first blank line after them, name other pages (whose years
/// and titles must not be read as the report's).
fn mark_related_links(text: &str, lines: &mut [Line]) {
    let related = &crate::lexicon::structure::CHROME.related;
    let mut i = 0;
    while i < lines.len() {
        let header = lines[i].kind == LineKind::Chrome
            && related
                .iter()
                .any(|p| text[lines[i].content.clone()].starts_with(p));
        i += 1;
        if !header {
            continue;
        }
        let mut seen = false;
        while i < lines.len() {
            let l = &lines[i];
            let c = &text[l.content.clone()];
            match l.kind {
                LineKind::Blank if seen => break,
                LineKind::Blank | LineKind::Chrome => {}
                LineKind::Metadata => break,
                LineKind::Body => {
                    if c.chars().count() > 60
                        || c.contains('。')
                        || crate::outline::starts_with_number(c)
                    {
                        break;
                    }
                    seen = true;
                    lines[i].kind = LineKind::Chrome;
                }
            }
            i += 1;
        }
    }
}

/// A navigation menu scraped as a list: three or more bulleted lines in a
/// row, each a short word without punctuation ("• 首页", "• 新闻中心",
/// "• 政务公开"). Each item alone looks like a heading fragment.
fn mark_menus(text: &str, lines: &mut [Line]) {
    let is_item = |l: &Line| {
        let raw = text[l.range.clone()].trim_start();
        let content = &text[l.content.clone()];
        l.kind == LineKind::Body
            && l.content.start > l.range.start
            && raw.starts_with(['•', '·', '●', '■', '◆', '▪', '►', '*', '-', '+'])
            && (1..=6).contains(&content.chars().count())
            && !content.contains(|c: char| c.is_ascii_punctuation() || "。,、:;".contains(c))
    };
    let mut i = 0;
    while i < lines.len() {
        let run = lines[i..].iter().take_while(|l| is_item(l)).count();
        if run >= 3 {
            for l in &mut lines[i..i + run] {
                l.kind = LineKind::Chrome;
            }
        }
        i += run.max(1);
    }
}

/// The line without list bullets and table pipes around it.
fn content_range(text: &str, range: Range<usize>) -> Range<usize> {
    let line = &text[range.clone()];
    let mut trimmed = line.trim_start_matches(|c: char| {
        matches!(c, '|' | '•' | '·' | '●' | '■' | '□' | '◆' | '▪' | '►') || c.is_whitespace()
    });
    // Markdown list bullets: "- [ 索引号 ] …", "* item"; a lone bullet is empty.
    for bullet in ["- ", "* ", "+ "] {
        if let Some(rest) = trimmed.strip_prefix(bullet) {
            trimmed = rest.trim_start();
        }
    }
    if matches!(trimmed, "-" | "*" | "+") {
        trimmed = &trimmed[trimmed.len()..];
    }
    // Markdown headings and bold lines: "## 一、主要举措", "**一、主要举措**"
    // (a leading "**" alone is a masked name: "**区人民政府").
    let hashes = trimmed.len() - trimmed.trim_start_matches('#').len();
    if (1..=6).contains(&hashes) && trimmed[hashes..].starts_with(' ') {
        trimmed = trimmed[hashes..].trim_start();
    }
    let bold = trimmed.len() > 4 && trimmed.starts_with("**") && trimmed.trim_end().ends_with("**");
    if bold {
        trimmed = &trimmed[2..];
    }
    // Every step above removed a prefix, so `trimmed` is a suffix of `line`.
    let start = range.start + (line.len() - trimmed.len());
    let mut kept = trimmed.trim_end_matches(|c: char| c == '|' || c.is_whitespace());
    if bold {
        kept = kept.strip_suffix("**").unwrap_or(kept).trim_end();
    }
    start..start + kept.len()
}

/// The length of `s` without a trailing site watermark ("… 公文汇
/// www.gongwenhui.com"): the URL and the short site name before it.
pub(crate) fn without_watermark(s: &str) -> &str {
    let Some(at) = s
        .find("www.")
        .or_else(|| s.find("http://"))
        .or_else(|| s.find("https://"))
    else {
        return s;
    };
    let kept = s[..at].trim_end();
    // The site name is one short token before the URL.
    match kept.rfind(char::is_whitespace) {
        Some(space) if kept[space..].trim().chars().count() <= 8 => kept[..space].trim_end(),
        _ => kept,
    }
}

/// What a line is, from its `content` (also given in `simplified`
/// characters) and the whole `line`.
fn classify(content: &str, simplified: &str, line: &str) -> LineKind {
    if content.trim().is_empty() {
        return if line.trim().is_empty() {
            LineKind::Blank
        } else {
            LineKind::Chrome
        };
    }
    let metadata = crate::metadata::is_metadata_line(content);
    // A metadata line with a real value (发布日期:2021-03-30) is metadata even
    // when the rest of it is counters and buttons.
    if metadata && crate::metadata::has_informative_field(content) {
        return LineKind::Metadata;
    }
    // Chrome is short; traditional-character pages name it 字體, 列印 ….
    let chrome = if content.len() < 300 {
        is_chrome(simplified)
    } else {
        is_chrome(content)
    };
    if chrome {
        return LineKind::Chrome;
    }
    if metadata {
        return LineKind::Metadata;
    }
    LineKind::Body
}

/// True when `content` is page furniture rather than document text.
pub(crate) fn is_chrome(content: &str) -> bool {
    let c = content.trim();
    // Page furniture is short; a paragraph never is.
    if c.len() > 400 {
        return false;
    }
    // Markdown image and link leftovers: "![]() |", "[打印](javascript:…)".
    if c.starts_with("![") || c.starts_with("](") {
        return true;
    }
    let chrome = &*crate::lexicon::structure::CHROME;
    // Breadcrumbs: "您所在的位置: 首页 > 政务公开", "首页 -> 政务公开 -> …",
    // ">政务公开 >政府信息公开 > …", "首页 » 年度报告 » …".
    // "上一篇:…", "今天是:2019年10月31日", "下面是小编为大家整理的…".
    if chrome.breadcrumb.iter().any(|p| c.starts_with(p))
        || chrome.prefixes.iter().any(|p| c.starts_with(p))
    {
        return true;
    }
    // The other signs of chrome hold only for a line without a sentence
    // (most lines have one, and are settled here).
    if c.contains('。') {
        return only_chrome_words(c);
    }
    let chars = c.chars().count();
    if is_breadcrumb(c, chars, &chrome.separators) {
        return true;
    }
    // Page footers, share rows and neighbour links: "版权所有:XX区人民政府
    // 京ICP备…", "扫一扫在手机打开当前页".
    if chars < 150 && chrome.footer_in.is_match(c) {
        return true;
    }
    // "相关链接:" over a list of other pages.
    if chars <= 12 && chrome.related.iter().any(|p| c.starts_with(p)) {
        return true;
    }
    // Date banners: "2018年5月3日 星期四 欢迎访问!".
    if chars < 40 && c.contains("星期") {
        return true;
    }
    // Site watermarks: "公文汇 www.gongwenhui.com".
    if chars < 60
        && (c.contains("www.") || c.contains("http://") || c.contains("https://"))
        && !crate::outline::starts_with_number(c)
    {
        return true;
    }
    // Navigation bars: many short words separated by spaces, no sentence.
    if !c.contains(',') {
        let mut words = c.split_whitespace();
        let short = |w: &str| w.chars().count() <= 6;
        if words.clone().nth(3).is_some()
            && words.all(short)
            && !crate::outline::starts_with_number(c)
        {
            return true;
        }
    }
    only_chrome_words(c)
}

/// A breadcrumb: a short line without a sentence that has two separators
/// ("首页>政务公开>年度报告"), or one right after 首页.
/// `chars` is the number of characters of `c`.
fn is_breadcrumb(c: &str, chars: usize, separators: &[char]) -> bool {
    if chars >= 120 || c.contains('。') {
        return false;
    }
    // A run of separators (">>", "->") counts once.
    let mut runs = 0;
    let mut in_run = false;
    for ch in c.chars() {
        let sep = separators.contains(&ch);
        if sep && !in_run {
            runs += 1;
        }
        in_run = sep || (in_run && ch == '-');
    }
    if runs >= 2 || c.starts_with('>') {
        return true;
    }
    // One separator with spaces around it: "政务公开 > 工作报告".
    if runs == 1
        && separators
            .iter()
            .any(|s| c.contains(&format!(" {s} ")) && !c.starts_with(*s))
    {
        return true;
    }
    runs == 1
        && c.find("首页").is_some_and(|at| {
            c[at + "首页".len()..]
                .trim_start()
                .trim_start_matches('-')
                .starts_with(|ch: char| separators.contains(&ch))
        })
}

fn only_chrome_words(c: &str) -> bool {
    let mut rest = c;
    let mut matched_any = false;
    'outer: loop {
        rest = rest.trim_start_matches(|ch: char| {
            ch.is_whitespace()
                || ch.is_ascii_punctuation()
                || "·•|:、:[]【】()".contains(ch)
                || ch.is_ascii_digit()
        });
        if rest.is_empty() {
            return matched_any;
        }
        // The longest word, so that 打印本页 is taken before 打印.
        let input = aho_corasick::Input::new(rest).anchored(aho_corasick::Anchored::Yes);
        let best = crate::lexicon::structure::CHROME
            .word_at_start
            .find(input)
            .map(|m| m.end());
        match best {
            Some(len) => {
                rest = &rest[len..];
                matched_any = true;
                continue 'outer;
            }
            None => return false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<LineKind> {
        normalize(text).lines.iter().map(|l| l.kind).collect()
    }

    #[test]
    fn folds_full_width_forms_and_line_endings() {
        let n = normalize(
            "\u{feff}（一）加强领导，完善机制：１２３人％\r\n\u{3000}\u{3000}二、存在问题\r",
        );
        assert_eq!(n.text, "(一)加强领导,完善机制:123人%\n二、存在问题\n");
    }

    #[test]
    fn plain_runs_hold_only_characters_that_fold_to_themselves() {
        let ranges = [
            0..0x300,
            0x1600..0x1700,
            0x2000..0x2100,
            0x3000..0x3100,
            0x4E00..0x4F00,
            0xFE00..0x1_0000,
            0x1_F600..0x1_F700,
        ];
        for c in ranges.into_iter().flatten().filter_map(char::from_u32) {
            let mut buf = [0; 4];
            let one = c.encode_utf8(&mut buf).as_bytes();
            if plain_run(one, false, crate::chinese::traditional_chars(), &mut false) == one.len() {
                let s = format!("a{c}b");
                assert_eq!(fold_characters(&s), s, "U+{:04X}", c as u32);
            }
            if plain_run(one, true, crate::chinese::traditional_chars(), &mut false) == one.len() {
                assert!(!c.is_whitespace(), "U+{:04X}", c as u32);
            }
        }
    }

    #[test]
    fn the_fold_sees_every_character_that_simplifies() {
        // Every character the table changes, between characters of every
        // UTF-8 length and the ones the fold changes itself.
        let changing = (0..0x11_0000u32)
            .filter_map(char::from_u32)
            .filter(|&c| crate::chinese::simplify_char(c) != c);
        for c in changing {
            for (before, after) in [
                ("", ""),
                ("甲", "乙"),
                ("１", "，"),
                (" ", "\n"),
                ("é", "🙂"),
            ] {
                let s = format!("{before}{c}{after}");
                let (text, traditional) = fold(&s);
                let changes = matches!(crate::chinese::to_simplified(&text), Cow::Owned(_));
                assert!(traditional || !changes, "{s}");
            }
        }
        assert!(!fold("法治政府建设年度报告，２０２３年。\n一、主要举措").1);
        assert_eq!(normalize("法治政府建設").simplified(), "法治政府建设");
        assert!(normalize("法治政府建设").simplified.is_none());
    }

    #[test]
    fn keeps_a_missing_final_newline_missing() {
        assert_eq!(normalize("甲\n乙").text, "甲\n乙");
        assert_eq!(normalize("").text, "");
        assert!(normalize("").lines.is_empty());
    }

    #[test]
    fn drops_control_and_zero_width_characters() {
        assert_eq!(normalize("法\u{0}治\u{200b}政府\u{7}").text, "法治政府");
    }

    #[test]
    fn recognizes_chrome() {
        assert_eq!(
            kinds("字体:[大] [中] [小]\n  • 字号:\n  • |\n  • 打印\n![]() |\n|\n今天是:2019年10月31日 星期三 农历十月初七\n"),
            vec![LineKind::Chrome; 7]
        );
        assert_eq!(
            kinds("您所在的位置:政务公开 > 工作报告\n"),
            vec![LineKind::Chrome]
        );
        assert_eq!(
            kinds("首页 -> 政务公开 -> 其他政府信息 -> 工作报告\n"),
            vec![LineKind::Chrome]
        );
        assert_eq!(
            kinds("首   页 走进汉台 新闻中心 政府信息公开 政务服务 互动交流 专题专栏\n"),
            vec![LineKind::Chrome]
        );
        assert_eq!(kinds("公文汇 www.gongwenhui.com\n"), vec![LineKind::Chrome]);
        assert_eq!(kinds("相关附件:\n"), vec![LineKind::Chrome]);
        assert_eq!(kinds("无障碍 简体| 繁体\n"), vec![LineKind::Chrome]);
        assert_eq!(
            kinds("版权所有:某某区人民政府办公室 备案号:京ICP备05060933号\n"),
            vec![LineKind::Chrome]
        );
        assert_eq!(kinds("扫一扫在手机打开当前页\n"), vec![LineKind::Chrome]);
        assert_eq!(
            kinds("上一篇:关于2022年度法治政府建设情况的报告\n"),
            vec![LineKind::Chrome]
        );
    }

    #[test]
    fn keeps_body_lines() {
        assert_eq!(
            kinds("一、强化法治建设体系\n(一)加强组织领导。街道党工委高度重视。\n2020年12月2日\n"),
            vec![LineKind::Body; 3]
        );
    }

    #[test]
    fn content_strips_bullets_and_pipes() {
        let n = normalize(
            "| 天津市滨海新区新村街道2025年度法治政府建设情况报告 |\n- [ 索引号 ] 115/2026-00004\n",
        );
        assert_eq!(
            n.content(0),
            "天津市滨海新区新村街道2025年度法治政府建设情况报告"
        );
        assert_eq!(n.content(1), "[ 索引号 ] 115/2026-00004");
        let n = normalize("## 一、主要举措\n**二、存在问题**\n**区人民政府\n");
        assert_eq!(n.content(0), "一、主要举措");
        assert_eq!(n.content(1), "二、存在问题");
        assert_eq!(n.content(2), "**区人民政府");
    }

    #[test]
    fn chrome_from_the_data_file() {
        // (line, chrome?)
        let cases: &[(&str, bool)] = &[
            (
                "您当前所在位置:首页>政务公开>法治政府建设报告>乡镇街道",
                true,
            ),
            (
                "当前位置: 首页 > 信息公开 > 法定主动公开内容 > 工作报告",
                true,
            ),
            (
                "您现在的位置:首页 » 政务公开 » 年度报告 » 法治政府建设年度报告",
                true,
            ),
            ("首页 > 政府信息公开 > 法治政府建设情况报告", true),
            (
                "当前位置:首页 >> 政务公开 >> 重点领域信息公开 >> 法治政府建设",
                true,
            ),
            ("首页>法治政府建设", true),
            ("政务公开 > 工作报告", true),
            ("今天是2021年7月1日 星期四 | 天气:多云", true),
            ("2018年5月3日 星期四 欢迎访问!", true),
            (
                "下面是小编为大家整理的2023年法治政府建设工作情况报告,供大家参考。",
                true,
            ),
            ("简 | 繁 | 长者模式 | 无障碍浏览 | 登录 | 注册", true),
            ("设为首页 | 加入收藏 | 手机版", true),
            ("【打印本页】【关闭窗口】", true),
            ("分享到: 微信 微博 QQ空间", true),
            ("网站地图 | 联系我们 | 使用帮助 | 隐私声明", true),
            ("主办单位:人民政府办公室  承办单位:大数据发展中心", true),
            ("上一篇:关于做好2024年春节期间安全生产工作的通知", true),
            // Report text stays.
            ("某某区2023年度法治政府建设情况报告", false),
            ("2023年,全区行政复议案件同比下降10%,其中纠错3件。", false),
            ("(一)健全依法决策机制,重大决策>3项全部经合法性审查。", false),
            ("2024年3月1日", false),
            ("2021/03/29", false),
        ];
        for (line, want) in cases {
            let kind = kinds(&format!("{line}\n"))[0];
            assert_eq!(kind == LineKind::Chrome, *want, "{line}: {kind:?}");
        }
    }

    #[test]
    fn menus_scraped_as_lists_are_chrome() {
        let k = kinds("  • 首页\n  • 新闻中心\n  • 政务公开\n  • 互动交流\n某某区2023年度法治政府建设情况报告\n");
        assert_eq!(&k[..4], &[LineKind::Chrome; 4]);
        assert_eq!(k[4], LineKind::Body);
        // Two bulleted words are not a menu; metadata bullets are metadata.
        let k = kinds("• 加强学习\n• 严格执法\n• 发布机构:某某区司法局\n");
        assert_eq!(k, [LineKind::Body, LineKind::Body, LineKind::Metadata]);
    }

    #[test]
    fn related_links_are_chrome() {
        let k = kinds("某某区人民政府\n2024年3月1日\n\n相关链接:\n关于做好2022年防汛工作的通知\n某某区2022年度法治政府建设情况报告\n\n一段正文。\n");
        assert_eq!(
            k,
            [
                LineKind::Body,
                LineKind::Body,
                LineKind::Blank,
                LineKind::Chrome,
                LineKind::Chrome,
                LineKind::Chrome,
                LineKind::Blank,
                LineKind::Body
            ]
        );
    }

    #[test]
    fn a_text_without_line_breaks_is_cut_before_its_inline_headings() {
        let sentence = "本镇认真开展法治宣传教育活动,推动各项工作落实落细。";
        let text = format!(
            "某镇法治政府建设年度自查报告现报告如下:一、加强组织领导{s}{s}{s}二、规范行政执法{s}{s}{s}三、化解矛盾纠纷{s}{s}",
            s = sentence
        );
        let n = normalize(&text);
        let heads: Vec<&str> = (0..n.lines.len())
            .map(|i| n.content(i))
            .filter(|c| c.starts_with(['一', '二', '三']))
            .map(|c| &c[..c.find('本').unwrap_or(c.len())])
            .collect();
        assert_eq!(
            heads,
            ["一、加强组织领导", "二、规范行政执法", "三、化解矛盾纠纷"]
        );
        // The pieces tile the text: nothing lost, nothing doubled.
        let joined: String = n.lines.iter().map(|l| &n.text[l.range.clone()]).collect();
        assert_eq!(joined, n.text);
    }

    #[test]
    fn inline_numbers_in_a_paragraph_of_a_text_with_lines_stay_inline() {
        let paragraph = format!(
            "存在问题:一、执法力量不足。二、普法形式单一。{}",
            "法治宣传教育活动有待加强。".repeat(40)
        );
        let text = format!(
            "一、主要举措\n(一)加强领导。\n{paragraph}\n{}",
            "二、下一步打算\n".repeat(200)
        );
        let n = normalize(&text);
        assert!(n
            .lines
            .iter()
            .any(|l| n.text[l.content.clone()] == paragraph));
    }

    #[test]
    fn a_bulleted_metadata_line_under_a_full_width_line_is_not_joined() {
        // Wrapped at 20 characters; the bullets hide the labels from the
        // wrap detector.
        let text = "当前位置:首页>政务公开>信息公开>乡镇街道\n• 索引号:014160101/2025-00012\n• 发布机构:某街道办事处\n某街道2024年度法治政府建设情况报告\n一、主要举措和成效。全年办理案件\n12件,调解纠纷31件,成功率达97%。\n";
        let n = normalize(text);
        let metadata = n
            .lines
            .iter()
            .filter(|l| l.kind == LineKind::Metadata)
            .count();
        assert_eq!(metadata, 2);
    }
}
