//! Input formats: plain text in any of the usual encodings, HTML pages,
//! .docx attachments and PDFs with a text layer, told apart by their content
//! (and a file name).
//!
//! Sniffing, in order:
//!
//! 1. bytes with `%PDF-` at the start of a line in their first 1,024 bytes
//!    (some servers leave junk before it) are a PDF,
//!    read as [`pdf`](self#pdf) says when the `pdf` feature is on (the
//!    default), an [`Error::UnsupportedFormat`] otherwise;
//! 2. a zip archive (`PK\x03\x04`) with a `word/document.xml` is a .docx,
//!    whatever its name; another zip archive is an error;
//! 3. bytes whose first 1,024 bytes (after a BOM and whitespace) start with
//!    `<` and hold `<!doctype html`, `<html`, `<head`, `<meta`, `<body` or
//!    `<title` (ASCII case ignored) are HTML; so are bytes named `.htm`,
//!    `.html`, `.shtml`, `.xhtml`, `.asp(x)`, `.jsp` or `.php` that start
//!    with a tag;
//! 4. everything else is text, decoded as [`crate::decode`] says.
//!
//! An HTML page is decoded the same way, except that its
//! `<meta charset>` (or `http-equiv` content type) is believed when the
//! bytes are neither BOM-marked nor UTF-8.
//!
//! # PDF
//!
//! A PDF's text comes out page by page in reading order, one printed line a
//! line, with page numbers, running headers and footers dropped, lines the
//! page width broke joined again, and the spaces extractors put between
//! digits and CJK characters (`2020 年`) removed: the text the report's
//! spans slice is that cleaned text. A PDF without a text layer (a scan),
//! an encrypted one and a broken one are errors ([`Error::PdfNoText`],
//! [`Error::PdfEncrypted`], [`Error::PdfBroken`]), never a panic.

use crate::decode::{self, Decoded};
use crate::error::Error;
use crate::model::Report;

mod docx;
mod html;
#[cfg(feature = "pdf")]
mod pdf;

/// The format an input was read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Format {
    /// Plain text.
    Text,
    /// An HTML page.
    Html,
    /// A Word .docx document.
    Docx,
    /// A PDF document.
    Pdf,
}

impl Format {
    /// `"text"`, `"html"`, `"docx"` or `"pdf"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Html => "html",
            Format::Docx => "docx",
            Format::Pdf => "pdf",
        }
    }
}

/// The text of an input, before parsing.
#[derive(Debug, Clone, PartialEq)]
pub struct Extracted {
    /// The report's text (for HTML: metadata lines first, then the page's
    /// text, one block a line; for .docx: one paragraph a line; for a PDF:
    /// one printed line a line, broken lines joined).
    pub text: String,
    /// The format it was read as.
    pub format: Format,
    /// The encoding of the bytes ("UTF-8", "GB18030", "Big5", "UTF-16LE" …;
    /// "UTF-8" for a .docx, whose XML is UTF-8, and for a PDF, whose fonts
    /// map to Unicode).
    pub encoding: &'static str,
    /// What decoding had to repair.
    pub diagnostics: Vec<crate::model::Diagnostic>,
}

/// A parsed input with how it was read.
#[derive(Debug, Clone)]
pub struct Input {
    /// The parsed report.
    pub report: Report,
    /// The format the bytes were read as.
    pub format: Format,
    /// The encoding they were decoded from.
    pub encoding: &'static str,
}

/// The format of `bytes`, by content first and `name_hint`'s extension
/// second.
///
/// ```
/// use lawreport::input::{sniff, Format};
/// assert_eq!(sniff(b"<!DOCTYPE html><html>", None), Format::Html);
/// assert_eq!(sniff("<p>报告</p>".as_bytes(), Some("a.htm")), Format::Html);
/// assert_eq!(sniff("<p>报告</p>".as_bytes(), Some("a.txt")), Format::Text);
/// assert_eq!(sniff("一、工作".as_bytes(), Some("a.html")), Format::Text);
/// assert_eq!(sniff(b"%PDF-1.7\n%\xe2\xe3", Some("a.txt")), Format::Pdf);
/// ```
pub fn sniff(bytes: &[u8], name_hint: Option<&str>) -> Format {
    if is_pdf(bytes) {
        return Format::Pdf;
    }
    if docx::is_docx(bytes) {
        return Format::Docx;
    }
    let head = start_of_markup(bytes);
    if head.first() == Some(&b'<') {
        let window = &head[..head.len().min(1024)];
        let lower = window.to_ascii_lowercase();
        let markers: [&[u8]; 6] = [
            b"<!doctype html",
            b"<html",
            b"<head",
            b"<meta",
            b"<body",
            b"<title",
        ];
        if markers
            .iter()
            .any(|m| memchr::memmem::find(&lower, m).is_some())
        {
            return Format::Html;
        }
        let ext = name_hint
            .and_then(|n| n.rsplit_once('.'))
            .map(|(_, e)| e.to_ascii_lowercase());
        if matches!(
            ext.as_deref(),
            Some("htm" | "html" | "shtml" | "xhtml" | "asp" | "aspx" | "jsp" | "php")
        ) && head
            .get(1)
            .is_some_and(|c| c.is_ascii_alphabetic() || *c == b'!')
        {
            return Format::Html;
        }
    }
    Format::Text
}

/// True when a PDF header (`%PDF-`) starts a line in the first 1,024 bytes
/// (PDF readers accept junk before it, and so do we).
fn is_pdf(bytes: &[u8]) -> bool {
    let window = &bytes[..bytes.len().min(1024)];
    memchr::memmem::find_iter(window, b"%PDF-")
        .any(|at| at == 0 || window[at - 1].is_ascii_whitespace() || window[at - 1] == 0xbf)
}

/// The bytes from the first non-whitespace after a BOM; UTF-16 is looked
/// at through its ASCII bytes.
fn start_of_markup(bytes: &[u8]) -> std::borrow::Cow<'_, [u8]> {
    let utf16 = |rest: &[u8], le: bool| -> Vec<u8> {
        rest.chunks_exact(2)
            .take(2048)
            .map(|c| {
                let (lo, hi) = if le { (c[0], c[1]) } else { (c[1], c[0]) };
                if hi == 0 {
                    lo
                } else {
                    b'?'
                }
            })
            .collect()
    };
    let raw: std::borrow::Cow<'_, [u8]> = if let Some(rest) = bytes.strip_prefix(b"\xff\xfe") {
        utf16(rest, true).into()
    } else if let Some(rest) = bytes.strip_prefix(b"\xfe\xff") {
        utf16(rest, false).into()
    } else {
        bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes).into()
    };
    let start = raw
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(raw.len());
    match raw {
        std::borrow::Cow::Borrowed(b) => b[start..].into(),
        std::borrow::Cow::Owned(v) => v[start..].to_vec().into(),
    }
}

/// The charset an HTML page declares in its first 2,048 bytes.
fn declared_charset(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let window = bytes[..bytes.len().min(2048)].to_ascii_lowercase();
    let at = memchr::memmem::find(&window, b"charset=")?;
    let rest = &window[at + 8..];
    let rest = rest
        .strip_prefix(b"\"")
        .or_else(|| rest.strip_prefix(b"'"))
        .unwrap_or(rest);
    let end = rest
        .iter()
        .position(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b':')))
        .unwrap_or(rest.len());
    encoding_rs::Encoding::for_label(&rest[..end])
}

/// The text of `bytes` in whatever format they are.
pub fn extract(bytes: &[u8], name_hint: Option<&str>) -> Result<Extracted, Error> {
    match sniff(bytes, name_hint) {
        #[cfg(feature = "pdf")]
        Format::Pdf => Ok(Extracted {
            text: pdf::extract(bytes)?,
            format: Format::Pdf,
            encoding: "UTF-8",
            diagnostics: Vec::new(),
        }),
        #[cfg(not(feature = "pdf"))]
        Format::Pdf => Err(Error::UnsupportedFormat {
            format: "PDF document (this build has no `pdf` feature)",
        }),
        Format::Docx => Ok(Extracted {
            text: docx::extract(bytes)?,
            format: Format::Docx,
            encoding: "UTF-8",
            diagnostics: Vec::new(),
        }),
        Format::Html => {
            let Decoded {
                text,
                encoding,
                diagnostics,
            } = decode::decode_with_hint(bytes, declared_charset(bytes))?;
            Ok(Extracted {
                text: html::extract(&text),
                format: Format::Html,
                encoding,
                diagnostics,
            })
        }
        Format::Text => {
            let Decoded {
                text,
                encoding,
                diagnostics,
            } = decode::decode(bytes)?;
            Ok(Extracted {
                text,
                format: Format::Text,
                encoding,
                diagnostics,
            })
        }
    }
}

/// Read `bytes` in whatever format they are and parse them, saying how
/// they were read.
pub fn read_input(bytes: &[u8], name_hint: Option<&str>) -> Result<Input, Error> {
    let e = extract(bytes, name_hint)?;
    Ok(Input {
        report: crate::report::build(&e.text, e.diagnostics),
        format: e.format,
        encoding: e.encoding,
    })
}
