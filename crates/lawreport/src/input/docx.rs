//! .docx attachments: the text of `word/document.xml`.
//!
//! Read with [`zip`] and [`quick_xml`]: each paragraph (`w:p`) is a line,
//! `w:br` and `w:cr` break lines, `w:tab` is a space, each table row is a
//! line with its cells joined by a space. A paragraph with automatic
//! numbering (`w:numPr`) gets its number back from `word/numbering.xml`
//! (一、 (一) 1. …: the level's `lvlText` with its counters in the level's
//! `numFmt`); numbering that cannot be told is left out and the text kept.

use std::collections::HashMap;
use std::io::{Cursor, Read};

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use crate::error::Error;

/// The largest document part read (decompressed), against zip bombs.
const MAX_PART: u64 = 256 * 1024 * 1024;

/// True when `bytes` are a zip archive with a `word/document.xml`.
pub(crate) fn is_docx(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
        && zip::ZipArchive::new(Cursor::new(bytes))
            .map(|a| a.index_for_name("word/document.xml").is_some())
            .unwrap_or(false)
}

/// The text of a .docx, one paragraph a line.
pub(crate) fn extract(bytes: &[u8]) -> Result<String, Error> {
    let docx_error = |reason: String| Error::Docx { reason };
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| docx_error(format!("not a readable zip archive: {e}")))?;
    let document = read_part(&mut archive, "word/document.xml")?
        .ok_or_else(|| docx_error("no word/document.xml in the archive".into()))?;
    let numbering = read_part(&mut archive, "word/numbering.xml")?
        .map(|xml| Numbering::parse(&xml))
        .unwrap_or_default();
    paragraphs(&document, numbering)
}

fn read_part(
    archive: &mut zip::ZipArchive<Cursor<&[u8]>>,
    name: &str,
) -> Result<Option<String>, Error> {
    let file = match archive.by_name(name) {
        Ok(f) => f,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => {
            return Err(Error::Docx {
                reason: format!("cannot open {name}: {e}"),
            })
        }
    };
    let mut xml = Vec::new();
    file.take(MAX_PART)
        .read_to_end(&mut xml)
        .map_err(|e| Error::Docx {
            reason: format!("cannot decompress {name}: {e}"),
        })?;
    String::from_utf8(xml).map(Some).map_err(|_| Error::Docx {
        reason: format!("{name} is not UTF-8"),
    })
}

/// `w:val` (or any attribute with that local name) of an element.
fn val(e: &BytesStart<'_>) -> Option<String> {
    e.attributes().flatten().find_map(|a| {
        (a.key.local_name().as_ref() == b"val")
            .then(|| String::from_utf8_lossy(&a.value).into_owned())
    })
}

fn attr(e: &BytesStart<'_>, local: &[u8]) -> Option<String> {
    e.attributes().flatten().find_map(|a| {
        (a.key.local_name().as_ref() == local)
            .then(|| String::from_utf8_lossy(&a.value).into_owned())
    })
}

/// One numbering level: the format of its counter, its text (`%1、`), its
/// start.
#[derive(Debug, Clone, Default)]
struct Level {
    format: String,
    text: String,
    start: u32,
}

/// `word/numbering.xml`: numId → abstractNumId → levels.
#[derive(Debug, Default)]
struct Numbering {
    abstracts: HashMap<String, HashMap<u8, Level>>,
    nums: HashMap<String, String>,
}

impl Numbering {
    fn parse(xml: &str) -> Numbering {
        let mut n = Numbering::default();
        let mut reader = Reader::from_str(xml);
        let mut abstract_id: Option<String> = None;
        let mut num_id: Option<String> = None;
        let mut level: Option<(u8, Level)> = None;
        loop {
            let event = match reader.read_event() {
                Ok(Event::Eof) | Err(_) => break,
                Ok(e) => e,
            };
            match event {
                Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                    b"abstractNum" => abstract_id = attr(&e, b"abstractNumId"),
                    b"num" => num_id = attr(&e, b"numId"),
                    b"abstractNumId" => {
                        if let (Some(num), Some(a)) = (&num_id, val(&e)) {
                            n.nums.insert(num.clone(), a);
                        }
                    }
                    b"lvl" => {
                        let ilvl = attr(&e, b"ilvl").and_then(|v| v.parse().ok()).unwrap_or(0);
                        level = Some((
                            ilvl,
                            Level {
                                start: 1,
                                ..Level::default()
                            },
                        ));
                    }
                    b"start" => {
                        if let (Some((_, l)), Some(v)) = (&mut level, val(&e)) {
                            l.start = v.parse().unwrap_or(1);
                        }
                    }
                    b"numFmt" => {
                        if let (Some((_, l)), Some(v)) = (&mut level, val(&e)) {
                            l.format = v;
                        }
                    }
                    b"lvlText" => {
                        if let (Some((_, l)), Some(v)) = (&mut level, val(&e)) {
                            l.text = v;
                        }
                    }
                    _ => {}
                },
                Event::End(e) => match e.local_name().as_ref() {
                    b"lvl" => {
                        if let (Some(a), Some((i, l))) = (&abstract_id, level.take()) {
                            n.abstracts.entry(a.clone()).or_default().insert(i, l);
                        }
                    }
                    b"abstractNum" => abstract_id = None,
                    b"num" => num_id = None,
                    _ => {}
                },
                _ => {}
            }
        }
        n
    }

    fn level(&self, num_id: &str, ilvl: u8) -> Option<&Level> {
        self.abstracts.get(self.nums.get(num_id)?)?.get(&ilvl)
    }
}

/// Counters of the numbered lists seen so far.
#[derive(Default)]
struct Counters {
    /// numId → counter per level.
    counts: HashMap<String, [u32; 9]>,
}

impl Counters {
    /// The label of the next paragraph numbered `num_id` at `ilvl`.
    fn next(&mut self, numbering: &Numbering, num_id: &str, ilvl: u8) -> Option<String> {
        if num_id == "0" || ilvl > 8 {
            return None;
        }
        let level = numbering.level(num_id, ilvl)?;
        let counts = self.counts.entry(num_id.to_string()).or_insert([0; 9]);
        let i = usize::from(ilvl);
        counts[i] = if counts[i] == 0 {
            level.start
        } else {
            counts[i].saturating_add(1)
        };
        for deeper in counts.iter_mut().skip(i + 1) {
            *deeper = 0;
        }
        if level.format == "bullet" || level.format == "none" {
            return None;
        }
        let mut label = String::new();
        let mut chars = level.text.chars().peekable();
        while let Some(c) = chars.next() {
            match (c, chars.peek().and_then(|d| d.to_digit(10))) {
                ('%', Some(d)) if (1..=9).contains(&d) => {
                    chars.next();
                    let j = (d - 1) as usize;
                    let format = numbering
                        .level(num_id, j as u8)
                        .map_or("decimal", |l| l.format.as_str());
                    let count = if counts[j] == 0 {
                        numbering.level(num_id, j as u8).map_or(1, |l| l.start)
                    } else {
                        counts[j]
                    };
                    label.push_str(&format_number(count, format));
                }
                _ => label.push(c),
            }
        }
        Some(label)
    }
}

/// A counter in a `numFmt`.
fn format_number(n: u32, format: &str) -> String {
    match format {
        "chineseCounting"
        | "chineseCountingThousand"
        | "ideographTraditional"
        | "taiwaneseCounting"
        | "chineseLegalSimplified" => chinese_number(n),
        "ideographDigital" | "taiwaneseDigital" => n
            .to_string()
            .chars()
            .map(|d| DIGITS[d.to_digit(10).unwrap_or(0) as usize])
            .collect(),
        "decimalEnclosedCircle" | "decimalEnclosedCircleChinese" if (1..=20).contains(&n) => {
            char::from_u32(0x2460 + n - 1).map_or_else(|| n.to_string(), String::from)
        }
        "lowerLetter" | "upperLetter" if (1..=26).contains(&n) => {
            let base = if format == "lowerLetter" { b'a' } else { b'A' };
            char::from(base + (n - 1) as u8).to_string()
        }
        _ => n.to_string(),
    }
}

const DIGITS: [char; 10] = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/// 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五.
fn chinese_number(n: u32) -> String {
    if n >= 1000 {
        return n.to_string();
    }
    crate::chinese::write_numeral(u64::from(n))
}

/// The lines of `word/document.xml`.
fn paragraphs(xml: &str, numbering: Numbering) -> Result<String, Error> {
    let mut reader = Reader::from_str(xml);
    let mut out = String::with_capacity(xml.len() / 4);
    let mut line = String::new();
    let mut counters = Counters::default();
    // Inside w:t (text runs), w:instrText/w:delText are left out.
    let mut in_text = false;
    let mut table_depth = 0usize;
    let mut in_num_pr = false;
    let mut num: (Option<String>, u8) = (None, 0);
    let end_line = |out: &mut String, line: &mut String| {
        let l = line.trim_end();
        if !l.trim_start().is_empty() {
            out.push_str(l);
            out.push('\n');
        }
        line.clear();
    };
    loop {
        let event = reader.read_event().map_err(|e| Error::Docx {
            reason: format!(
                "word/document.xml is not well-formed XML at byte {}: {e}",
                reader.error_position()
            ),
        })?;
        match event {
            Event::Eof => break,
            Event::Start(e) => match e.local_name().as_ref() {
                b"t" => in_text = true,
                b"numPr" => in_num_pr = true,
                b"tbl" => table_depth += 1,
                b"p" => num = (None, 0),
                _ => {}
            },
            Event::Empty(e) => match e.local_name().as_ref() {
                b"br" | b"cr" => end_line(&mut out, &mut line),
                b"tab" => line.push(' '),
                b"ilvl" if in_num_pr => {
                    num.1 = val(&e).and_then(|v| v.parse().ok()).unwrap_or(0);
                }
                b"numId" if in_num_pr => num.0 = val(&e),
                _ => {}
            },
            Event::End(e) => match e.local_name().as_ref() {
                b"t" => in_text = false,
                b"numPr" => in_num_pr = false,
                b"pPr" => {
                    if let Some(id) = num.0.take() {
                        if let Some(label) = counters.next(&numbering, &id, num.1) {
                            line.push_str(&label);
                        }
                    }
                }
                b"p" => {
                    if table_depth > 0 {
                        if !line.is_empty() && !line.ends_with(' ') {
                            line.push(' ');
                        }
                    } else if line.trim().is_empty() {
                        // An empty paragraph is a blank line, as on the page.
                        if !out.is_empty() && !out.ends_with("\n\n") {
                            out.push('\n');
                        }
                        line.clear();
                    } else {
                        end_line(&mut out, &mut line);
                    }
                }
                b"tr" => end_line(&mut out, &mut line),
                b"tbl" => {
                    table_depth = table_depth.saturating_sub(1);
                    if !line.trim().is_empty() {
                        end_line(&mut out, &mut line);
                    }
                }
                _ => {}
            },
            Event::Text(t) if in_text => {
                line.push_str(&t.decode().map_err(|e| Error::Docx {
                    reason: format!("bad text in word/document.xml: {e}"),
                })?);
            }
            Event::GeneralRef(r) if in_text => {
                if let Ok(Some(c)) = r.resolve_char_ref() {
                    line.push(c);
                } else {
                    let name: &[u8] = &r;
                    match name {
                        b"amp" => line.push('&'),
                        b"lt" => line.push('<'),
                        b"gt" => line.push('>'),
                        b"quot" => line.push('"'),
                        b"apos" => line.push('\''),
                        _ => {}
                    }
                }
            }
            _ => {}
        }
    }
    end_line(&mut out, &mut line);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_numbers() {
        let got: Vec<String> = [1, 9, 10, 11, 20, 23, 100, 105, 110]
            .map(chinese_number)
            .to_vec();
        assert_eq!(
            got,
            [
                "一",
                "九",
                "十",
                "十一",
                "二十",
                "二十三",
                "一百",
                "一百零五",
                "一百一十"
            ]
        );
    }
}
