//! Errors of the byte-level entry points.

use thiserror::Error;

/// Why bytes could not be turned into report text.
///
/// [`crate::parse`] takes text and never fails; only decoding bytes can.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// The bytes are not valid in the encoding they declare or that was
    /// detected; `offset` is the byte offset of the first invalid sequence.
    #[error("input is not valid {encoding}: invalid byte sequence at byte {offset}")]
    InvalidEncoding {
        /// The encoding the input was read as (UTF-8, UTF-16LE …).
        encoding: &'static str,
        /// Byte offset of the first invalid sequence.
        offset: usize,
    },
    /// The bytes look like binary data (NUL bytes, no text), not a document.
    #[error("input looks like binary data, not text (NUL byte at byte {offset})")]
    Binary {
        /// Byte offset of the first NUL byte.
        offset: usize,
    },
    /// The bytes are a known binary format (zip, an old .doc, an image; a
    /// PDF when built without the `pdf` feature) that is not read as a
    /// report.
    #[error("input is a {format}, not a report (read .txt, .html, .docx or .pdf)")]
    UnsupportedFormat {
        /// What the bytes are ("PDF document" …).
        format: &'static str,
    },
    /// A .docx (zip) whose document part cannot be read.
    #[error("cannot read the .docx: {reason}")]
    Docx {
        /// What went wrong, in plain words.
        reason: String,
    },
    /// A PDF whose pages have no text to read: images only (a scan), or
    /// glyphs without a way back to characters.
    #[error("no text layer: {reason}")]
    PdfNoText {
        /// `"scanned PDF, run OCR first"`, or what else is missing.
        reason: String,
        /// Pages in the document.
        pages: usize,
    },
    /// An encrypted PDF that cannot be opened without a password.
    #[error("the PDF is encrypted: {reason}")]
    PdfEncrypted {
        /// What the reader said (the handler, a wrong password …).
        reason: String,
    },
    /// A PDF that cannot be parsed; `reason` says where (byte offset,
    /// object, page) when the parser knows.
    #[error("broken PDF: {reason}")]
    PdfBroken {
        /// What is wrong and where.
        reason: String,
    },
}
