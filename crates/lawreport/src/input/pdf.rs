//! PDF documents with a text layer: their text in reading order, page by
//! page, one printed line a line, without what the page adds.
//!
//! The glyphs come from [`pdf_oxide`] (each with its box and font size);
//! everything after that is ours and works on positions, which plain text no
//! longer has:
//!
//! 1. **Lines.** Glyphs are grouped by baseline, top to bottom, then left to
//!    right; a glyph drawn twice at the same place (fake bold) counts once. A
//!    space is written only for a space glyph or a gap wider than
//!    [`SPACE_GAP`] ems, so the narrow gaps that typesetters leave between
//!    Latin digits and CJK characters do not become `2020 年`; a space that
//!    is still left after a number and before CJK text is dropped unless a
//!    label (`文号:`) follows it, and one before a number set inside CJK
//!    text (`共 31 人`) too, but not before a date after a title
//!    (`报告 2024-12-12`).
//! 2. **Page furniture.** In the top and bottom two lines of a page: page
//!    numbers (`- 3 -`, `第3页 共12页`, `3/12`; a bare `3` only as the
//!    page's first or last line), and running headers and
//!    footers: a line (digits ignored) repeated at the same height on at least
//!    half the pages of a document of two pages or more.
//! 3. **Lines the page width broke.** A line that fills the text width,
//!    followed by one that starts at the left margin in the same font size, is
//!    one paragraph: they are joined (also over a page break). Paragraphs in
//!    these reports start indented, so a line at the margin continues the one
//!    before; a new outline item after a line ending in `。`/`:` is never
//!    joined. A centred title that fills the width and goes on, centred, in
//!    the same size is joined too.
//!
//! What cannot be read is an [`Error`]: no text layer (a scanned PDF), an
//! encrypted PDF, a broken one (with where). The third-party parser runs
//! under [`std::panic::catch_unwind`], its decompression is capped, and the
//! input is refused before parsing when its objects nest deeper than
//! [`MAX_NESTING`], so no input panics, hangs or exhausts the stack.

use crate::error::Error;

/// A gap between glyphs wider than this many ems is a space.
const SPACE_GAP: f32 = 0.6;

/// Nesting of arrays and dictionaries beyond which a PDF is refused as
/// broken (real files stay under 20).
const MAX_NESTING: usize = 256;

/// Pages read at most; the rest of a longer PDF is left out (reports have
/// tens of pages).
const MAX_PAGES: usize = 2_000;

/// The text of a PDF: its pages' lines, cleaned as the module says.
pub(crate) fn extract(bytes: &[u8]) -> Result<String, Error> {
    check_nesting(bytes)?;
    // The parser is third-party: a panic in it is a broken file, not ours.
    let pages = std::panic::catch_unwind(|| glyph_pages(bytes)).map_err(|payload| {
        let what = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        Error::PdfBroken {
            reason: format!("the PDF parser gave up ({what})"),
        }
    })??;
    let count = pages.len();
    let glyphs: usize = pages.iter().map(Vec::len).sum();
    if glyphs == 0 {
        return Err(Error::PdfNoText {
            reason: "scanned PDF, run OCR first".into(),
            pages: count,
        });
    }
    // Glyphs that map to nothing readable (no ToUnicode, no known
    // encoding) come out as private-use or replacement characters.
    let unreadable = pages
        .iter()
        .flatten()
        .filter(|g| matches!(g.c, '\u{e000}'..='\u{f8ff}' | '\u{fffd}') || g.c.is_control())
        .count();
    if unreadable * 2 > glyphs {
        return Err(Error::PdfNoText {
            reason: format!(
                "{unreadable} of {glyphs} glyphs have no Unicode mapping in their fonts; run OCR first"
            ),
            pages: count,
        });
    }
    Ok(text_of(pages.into_iter().map(lines_of).collect()))
}

/// Refuses a PDF whose arrays and dictionaries nest deeper than
/// [`MAX_NESTING`] outside strings and streams: the parser recurses on them.
fn check_nesting(bytes: &[u8]) -> Result<(), Error> {
    let mut depth = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                while i < bytes.len() && !matches!(bytes[i], b'\n' | b'\r') {
                    i += 1;
                }
            }
            b'(' => {
                // A literal string: balanced parentheses, backslash escapes.
                let mut open = 0usize;
                while i < bytes.len() {
                    match bytes[i] {
                        b'\\' => i += 1,
                        b'(' => open += 1,
                        b')' => {
                            open -= 1;
                            if open == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                    i += 1;
                }
            }
            b's' if bytes[i..].starts_with(b"stream") => {
                // Skip the data: to the next `endstream`.
                match memchr::memmem::find(&bytes[i..], b"endstream") {
                    Some(n) => i += n + 8,
                    None => return Ok(()),
                }
                depth = 0;
            }
            b'[' => depth += 1,
            b'<' if bytes.get(i + 1) == Some(&b'<') => {
                depth += 1;
                i += 1;
            }
            b']' => depth = depth.saturating_sub(1),
            b'>' if bytes.get(i + 1) == Some(&b'>') => {
                depth = depth.saturating_sub(1);
                i += 1;
            }
            _ => {}
        }
        if depth > MAX_NESTING {
            return Err(Error::PdfBroken {
                reason: format!("objects nest deeper than {MAX_NESTING} levels at byte {i}"),
            });
        }
        i += 1;
    }
    Ok(())
}

/// The glyphs of each page, as [`pdf_oxide`] reads them.
fn glyph_pages(bytes: &[u8]) -> Result<Vec<Vec<Glyph>>, Error> {
    use pdf_oxide::error::Error as E;
    let described = |e: E| match e {
        E::EncryptedPdf => Error::PdfEncrypted {
            reason: "it needs a password to read its text".into(),
        },
        e => Error::PdfBroken {
            reason: e.to_string(),
        },
    };
    let doc = pdf_oxide::PdfDocument::from_bytes(bytes.to_vec()).map_err(described)?;
    let count = doc.page_count().map_err(described)?;
    let mut pages = Vec::with_capacity(count.min(MAX_PAGES));
    let mut first_error = None;
    for page in 0..count.min(MAX_PAGES) {
        match doc.extract_chars(page) {
            Ok(chars) => pages.push(
                chars
                    .into_iter()
                    .map(|c| Glyph {
                        c: c.char,
                        x0: c.bbox.x,
                        x1: c.bbox.x + c.bbox.width,
                        y: c.origin_y,
                        size: c.font_size,
                    })
                    .collect(),
            ),
            Err(E::EncryptedPdf) => return Err(described(E::EncryptedPdf)),
            Err(e) => {
                first_error.get_or_insert(format!("page {}: {e}", page + 1));
                pages.push(Vec::new());
            }
        }
    }
    if let Some(reason) = first_error {
        if pages.iter().all(Vec::is_empty) {
            return Err(Error::PdfBroken { reason });
        }
    }
    if doc.is_encrypted() && pages.iter().all(Vec::is_empty) {
        return Err(Error::PdfEncrypted {
            reason: "its text cannot be decrypted without a password".into(),
        });
    }
    Ok(pages)
}

/// One glyph on a page, in PDF user space (y grows upwards).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Glyph {
    /// The character.
    pub c: char,
    /// Left edge.
    pub x0: f32,
    /// Right edge.
    pub x1: f32,
    /// Baseline.
    pub y: f32,
    /// Font size in points (after the text matrix).
    pub size: f32,
}

/// One printed line.
#[derive(Debug, Clone, PartialEq)]
struct Line {
    text: String,
    x0: f32,
    x1: f32,
    y: f32,
    size: f32,
}

/// The lines of one page, top to bottom.
fn lines_of(mut glyphs: Vec<Glyph>) -> Vec<Line> {
    glyphs
        .retain(|g| g.x0.is_finite() && g.x1.is_finite() && g.y.is_finite() && g.size.is_finite());
    // Top to bottom; glyphs on one baseline stay in drawing order for now.
    glyphs.sort_by(|a, b| b.y.total_cmp(&a.y));
    let mut rows: Vec<Vec<Glyph>> = Vec::new();
    for g in glyphs {
        match rows.last_mut() {
            Some(row) if (row[0].y - g.y).abs() <= 0.35 * row[0].size.max(g.size).max(1.0) => {
                row.push(g)
            }
            _ => rows.push(vec![g]),
        }
    }
    rows.into_iter().filter_map(line_of).collect()
}

/// One row of glyphs (one baseline) as a line of text.
fn line_of(mut row: Vec<Glyph>) -> Option<Line> {
    row.sort_by(|a, b| a.x0.total_cmp(&b.x0));
    let mut text = String::new();
    let mut last: Option<Glyph> = None;
    let mut pending_space = false;
    let (mut x0, mut x1) = (f32::INFINITY, f32::NEG_INFINITY);
    let mut sizes: Vec<f32> = Vec::new();
    for g in row {
        if g.c.is_whitespace() || g.c == '\u{a0}' {
            pending_space = last.is_some();
            continue;
        }
        if g.c.is_control() {
            continue;
        }
        if let Some(p) = last {
            let em = p.size.min(g.size).max(1.0);
            // The same glyph again at (nearly) the same place: fake bold.
            if p.c == g.c && (g.x0 - p.x0).abs() < 0.2 * em {
                continue;
            }
            if pending_space || g.x0 - p.x1 > SPACE_GAP * em {
                text.push(' ');
            }
        }
        pending_space = false;
        text.push(g.c);
        x0 = x0.min(g.x0);
        x1 = x1.max(g.x1);
        sizes.push(g.size);
        last = Some(g);
    }
    if text.is_empty() {
        return None;
    }
    sizes.sort_by(f32::total_cmp);
    let size = sizes[sizes.len() / 2];
    Some(Line {
        text: drop_digit_cjk_spaces(&text),
        x0,
        x1,
        y: last.map_or(0.0, |g| g.y),
        size,
    })
}

fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{9fff}' | '\u{f900}'..='\u{faff}' | '\u{20000}'..='\u{2ffff}')
}

/// The text with the spaces between a digit (or `%`) and a CJK character
/// removed, in either order, unless a label (up to eight CJK characters and
/// a colon) starts after the space: `2020 年` → `2020年`, `第 3 次` →
/// `第3次`, but `2024-00037 文号:` stays.
fn drop_digit_cjk_spaces(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == ' ' && i > 0 {
            let end = chars[i..]
                .iter()
                .position(|c| *c != ' ')
                .map_or(chars.len(), |n| i + n);
            if end < chars.len() {
                let (before, after) = (chars[i - 1], chars[end]);
                let digitish = |c: char| c.is_ascii_digit() || c == '%' || c == '\u{ff05}';
                let label = chars[end..]
                    .iter()
                    .take(10)
                    .take_while(|c| is_cjk(**c) || matches!(c, ':' | '\u{ff1a}'))
                    .position(|c| matches!(c, ':' | '\u{ff1a}'))
                    .is_some();
                // A number set inside CJK text (`共 31 人`), not a date or
                // code after a title (`报告 2024-12-12`).
                let embedded = || {
                    let rest = &chars[end..];
                    let n = rest
                        .iter()
                        .position(|c| !(c.is_ascii_digit() || matches!(c, '.' | '%' | '\u{ff05}')))
                        .unwrap_or(rest.len());
                    rest[n..].iter().find(|c| **c != ' ').is_some_and(|c| {
                        is_cjk(*c) || matches!(c, '\u{3000}'..='\u{303f}' | '\u{ff00}'..='\u{ffef}')
                    })
                };
                if (digitish(before) && is_cjk(after) && !label)
                    || (is_cjk(before) && after.is_ascii_digit() && embedded())
                {
                    i = end;
                    continue;
                }
            }
        }
        out.push(c);
        i += 1;
    }
    out
}

/// True for a line that is only a page number: `3`, `- 3 -`, `— 3 —`,
/// `第3页`, `第3页 共12页`, `共12页 第3页`, `3/12`, `3 / 12`, `Page 3 of 12`.
fn is_page_number(text: &str) -> bool {
    let t: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let t = t.trim_matches(|c| matches!(c, '-' | '—' | '–' | '\u{ff0d}' | '·' | '•'));
    let digits = |s: &str| !s.is_empty() && s.len() <= 5 && s.bytes().all(|b| b.is_ascii_digit());
    if digits(t) {
        return true;
    }
    if let Some((a, b)) = t.split_once('/') {
        return digits(a) && digits(b);
    }
    let lower = t.to_ascii_lowercase();
    if let Some(rest) = lower.strip_prefix("page") {
        let (a, b) = rest.split_once("of").unwrap_or((rest, "0"));
        return digits(a) && digits(b);
    }
    // 第3页 / 第3页共12页 / 共12页第3页
    let mut rest = t;
    let mut seen = 0;
    while !rest.is_empty() {
        let Some(r) = rest.strip_prefix('第').or_else(|| rest.strip_prefix('共')) else {
            return false;
        };
        let n = r.bytes().take_while(u8::is_ascii_digit).count();
        if n == 0 {
            return false;
        }
        let Some(r) = r[n..].strip_prefix('页') else {
            return false;
        };
        rest = r.trim_start_matches([',', '\u{ff0c}', ' ']);
        seen += 1;
    }
    seen > 0
}

/// A line's text with digits and spaces out, for telling running headers
/// and footers that differ only in their page number.
fn furniture_key(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| if c.is_ascii_digit() { '#' } else { c })
        .collect()
}

/// How many lines at each end of a page can be furniture.
const BAND: usize = 2;

/// Drops page numbers and running headers and footers, in place.
fn drop_furniture(pages: &mut [Vec<Line>]) {
    use std::collections::HashMap;
    let band = |n: usize| (0..n.min(BAND)).chain(n.saturating_sub(BAND).max(BAND.min(n))..n);
    // A running header or footer: same text (digits aside) at the same
    // height on at least half the pages.
    let mut seen: HashMap<(String, i32), usize> = HashMap::new();
    for page in pages.iter() {
        let mut keys: Vec<(String, i32)> = band(page.len())
            .map(|i| {
                (
                    furniture_key(&page[i].text),
                    (page[i].y / 4.0).round() as i32,
                )
            })
            .collect();
        keys.sort();
        keys.dedup();
        for k in keys {
            *seen.entry(k).or_default() += 1;
        }
    }
    let repeated = |line: &Line| {
        pages.len() >= 2 && {
            let key = furniture_key(&line.text);
            let y = (line.y / 4.0).round() as i32;
            // Heights within one step count as the same (rounding).
            let n: usize = (y - 1..=y + 1)
                .map(|y| seen.get(&(key.clone(), y)).copied().unwrap_or(0))
                .sum();
            n >= 2 && n * 2 >= pages.len()
        }
    };
    let drop: Vec<Vec<bool>> = pages
        .iter()
        .map(|page| {
            let mut flags = vec![false; page.len()];
            let last = page.len().saturating_sub(1);
            for i in band(page.len()) {
                let text = &page[i].text;
                // A bare number is a page number only as the page's first or
                // last line: the second may be a title's wrapped end (`12`).
                let bare = text.trim().bytes().all(|b| b.is_ascii_digit());
                flags[i] =
                    (is_page_number(text) && (!bare || i == 0 || i == last)) || repeated(&page[i]);
            }
            flags
        })
        .collect();
    for (page, flags) in pages.iter_mut().zip(drop) {
        let mut it = flags.into_iter();
        page.retain(|_| !it.next().unwrap_or(false));
    }
}

/// The left and right edges of the body text of a document: the smallest
/// left edge and the largest right edge that at least two lines share
/// (within half an em), so that a stray wide line does not set them.
fn margins(pages: &[Vec<Line>]) -> Option<(f32, f32)> {
    let lines: Vec<&Line> = pages.iter().flatten().collect();
    let shared = |value: fn(&Line) -> f32, better: fn(f32, f32) -> bool| {
        let mut best: Option<f32> = None;
        for l in &lines {
            let v = value(l);
            let n = lines
                .iter()
                .filter(|m| (value(m) - v).abs() <= 0.5 * l.size.max(1.0))
                .count();
            if n >= 2 && best.is_none_or(|b| better(v, b)) {
                best = Some(v);
            }
        }
        best
    };
    let left = shared(|l| l.x0, |a, b| a < b)?;
    let right = shared(|l| l.x1, |a, b| a > b)?;
    (right > left).then_some((left, right))
}

/// Starts with an outline marker: 一、 (一) (一) 1. 1、 (1) ① 第一.
fn starts_item(text: &str) -> bool {
    let mut chars = text.chars();
    let first = chars.next().unwrap_or(' ');
    let second = chars.next().unwrap_or(' ');
    matches!(first, '(' | '\u{ff08}' | '①'..='⑳' | '第')
        || ("一二三四五六七八九十".contains(first) && matches!(second, '、' | '是'))
        || (first.is_ascii_digit() && matches!(second, '.' | '、' | '\u{ff0e}' | '0'..='9'))
}

/// Whether `next` continues `prev` (a line the page width broke).
fn continues(prev: &Line, next: &Line, (left, right): (f32, f32)) -> bool {
    let em = prev.size.max(1.0);
    if (prev.size - next.size).abs() > 0.15 * em || prev.x1 < right - 1.5 * em {
        return false;
    }
    if prev.text.ends_with([
        '。', ':', '\u{ff1a}', ';', '\u{ff1b}', '!', '\u{ff01}', '?', '\u{ff1f}',
    ]) && starts_item(&next.text)
    {
        return false;
    }
    let at_margin = next.x0 <= left + 0.5 * em;
    let centre = (left + right) / 2.0;
    let centred = |l: &Line| ((l.x0 + l.x1) / 2.0 - centre).abs() <= em;
    // A centred continuation, set in further than a paragraph indent.
    let title_goes_on = prev.x0 <= left + 1.5 * em && centred(next) && next.x0 > left + 2.5 * em;
    at_margin || title_goes_on
}

/// The text of the pages' lines: furniture dropped, broken lines joined, one
/// line a line.
fn text_of(mut pages: Vec<Vec<Line>>) -> String {
    drop_furniture(&mut pages);
    let margins = margins(&pages);
    let mut out = String::new();
    let mut prev: Option<&Line> = None;
    for line in pages.iter().flatten() {
        if let Some(p) = prev {
            let join = margins.is_some_and(|m| continues(p, line, m));
            let latin = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphabetic());
            if !join {
                out.push('\n');
            } else if latin(p.text.chars().last()) && latin(line.text.chars().next()) {
                out.push(' ');
            }
        }
        out.push_str(&line.text);
        prev = Some(line);
    }
    if !out.is_empty() {
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Glyphs of `text` from `x` on baseline `y`, each `size` wide.
    fn run(text: &str, x: f32, y: f32, size: f32) -> Vec<Glyph> {
        text.chars()
            .enumerate()
            .map(|(i, c)| {
                let w = if c.is_ascii() { size / 2.0 } else { size };
                let x0 = x + text
                    .chars()
                    .take(i)
                    .map(|c| if c.is_ascii() { size / 2.0 } else { size })
                    .sum::<f32>();
                Glyph {
                    c,
                    x0,
                    x1: x0 + w,
                    y,
                    size,
                }
            })
            .collect()
    }

    #[test]
    fn page_numbers() {
        for yes in [
            "3",
            "- 3 -",
            "—3—",
            "第3页",
            "第 3 页 共 12 页",
            "共12页 第3页",
            "3/12",
            "3 / 12",
            "Page 3 of 12",
            "-12-",
        ] {
            assert!(is_page_number(yes), "{yes}");
        }
        for no in [
            "",
            "一、工作",
            "2023年",
            "第三章",
            "3/12项",
            "第3条",
            "123456",
            "—",
        ] {
            assert!(!is_page_number(no), "{no}");
        }
    }

    #[test]
    fn digit_cjk_spaces() {
        for (a, b) in [
            ("2020 年", "2020年"),
            ("共 31 人", "共31人"),
            ("达 99.6% \u{ff0c}", "达99.6% \u{ff0c}"),
            ("2024-00037 文号:溧", "2024-00037 文号:溧"),
            ("政府 发布日期", "政府 发布日期"),
            ("ISO 9001", "ISO 9001"),
            ("工作报告 2024-12-12", "工作报告 2024-12-12"),
            ("第 3 次", "第3次"),
        ] {
            assert_eq!(drop_digit_cjk_spaces(a), b, "{a}");
        }
    }

    #[test]
    fn lines_gaps_and_fake_bold() {
        let mut g = run("2020", 100.0, 700.0, 16.0);
        // A typesetter's narrow gap before 年, a wide one before 发布.
        g.extend(run("年度", 100.0 + 32.0 + 4.0, 700.0, 16.0));
        g.extend(run("发布", 100.0 + 36.0 + 32.0 + 20.0, 700.0, 16.0));
        // Fake bold: the same glyph drawn again half a point to the right.
        g.extend(run("报", 200.0, 650.0, 16.0));
        g.extend(run("报", 200.5, 650.0, 16.0));
        g.extend(run("告", 216.0, 650.2, 16.0));
        let lines = lines_of(g);
        let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts, ["2020年度 发布", "报告"]);
    }

    /// A page of lines: (text, x, y, size).
    fn page(lines: &[(&str, f32, f32, f32)]) -> Vec<Line> {
        lines_of(
            lines
                .iter()
                .flat_map(|(t, x, y, s)| run(t, *x, *y, *s))
                .collect(),
        )
    }

    #[test]
    fn furniture_and_joins() {
        // Text width 14 ems of 16 pt from x = 80; paragraphs indented 2 ems.
        let one = [
            ("某某区人民政府办公室文件", 110.0, 800.0, 10.0),
            ("一、工作开展情况", 112.0, 760.0, 16.0),
            ("(一)全年办理案件三百件", 112.0, 730.0, 16.0),
            ("四十件,较上年增长。", 80.0, 700.0, 16.0),
            ("- 1 -", 140.0, 60.0, 14.0),
        ];
        let two = [
            ("某某区人民政府办公室文件", 110.0, 800.0, 10.0),
            ("二、存在问题一二三四五六", 80.0, 760.0, 16.0),
            ("(二)人员不足一二三四五", 112.0, 730.0, 16.0),
            ("- 2 -", 140.0, 60.0, 14.0),
        ];
        let text = text_of(vec![page(&one), page(&two)]);
        assert_eq!(
            text,
            "一、工作开展情况\n(一)全年办理案件三百件四十件,较上年增长。\n\
             二、存在问题一二三四五六\n(二)人员不足一二三四五\n"
        );
        // One page: no running header can be told, page numbers still go.
        let text = text_of(vec![page(&one)]);
        assert!(text.starts_with("某某区人民政府办公室文件\n"), "{text}");
        assert!(!text.contains("- 1 -"), "{text}");
    }

    #[test]
    fn centred_title_over_two_lines() {
        // Text width 352 pt from x = 80: 22 characters of 16 pt, 16 of 22 pt.
        let full = "依".repeat(22);
        let indented = "法".repeat(20);
        let p = page(&[
            ("沭阳县韩山镇年度法治政府建设工作", 80.0, 760.0, 22.0),
            ("报告", 256.0 - 22.0, 724.0, 22.0),
            (&indented, 112.0, 690.0, 16.0),
            (&full, 80.0, 662.0, 16.0),
            ("行政。", 80.0, 634.0, 16.0),
        ]);
        let text = text_of(vec![p]);
        let want = format!("沭阳县韩山镇年度法治政府建设工作报告\n{indented}{full}行政。\n");
        assert_eq!(text, want);
    }
}
