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
    /// The bytes are a known binary format (zip, PDF, an old .doc, an
    /// image) that is not read as a report.
    #[error("input is a {format}, not a report (read .txt, .html or .docx)")]
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
}
