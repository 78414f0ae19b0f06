//! Bytes to text: the encodings reports arrive in.
//!
//! The order of decisions:
//!
//! 1. A byte-order mark decides: UTF-8, UTF-16LE or UTF-16BE.
//! 2. Without one, the signature of a binary format (zip, PDF, OLE .doc,
//!    images, archives) or a NUL byte makes the input an [`Error`]: it is not
//!    text.
//! 3. Bytes that are valid UTF-8 are UTF-8. Bytes that are UTF-8 but for a
//!    few broken sequences (a file cut in the middle of a character) are
//!    UTF-8 with those sequences replaced.
//! 4. Otherwise an encoding a caller declares (an HTML page's `charset`), and
//!    failing that the one [`chardetng`] guesses (GB18030/GBK, Big5, …).
//!
//! Bytes that are invalid in the encoding chosen become U+FFFD and a
//! [`DiagnosticCode::DecodingReplaced`] warning that says how many and in
//! which encoding: never a silent loss. When so much is invalid that the
//! input cannot be text in any encoding (more than 1 character in 20
//! replaced), decoding fails with [`Error::InvalidEncoding`].
//!
//! GBK is read with the GB18030 decoder (a superset) and reported as
//! `"GB18030"`.

use encoding_rs::{DecoderResult, Encoding, BIG5, GBK, UTF_16BE, UTF_16LE, UTF_8};

use crate::error::Error;
use crate::model::{Diagnostic, DiagnosticCode, Severity};

/// Decoded text with the name of the encoding it was read as.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    /// The text.
    pub text: String,
    /// The encoding it was read as ("UTF-8", "UTF-16LE", "UTF-16BE",
    /// "GB18030", "Big5", or another WHATWG encoding name).
    pub encoding: &'static str,
    /// What decoding had to repair (without spans).
    pub diagnostics: Vec<Diagnostic>,
}

/// Decode `bytes`: BOM, else UTF-8, else the detected encoding.
///
/// ```
/// let d = lawreport::decode::decode(b"\xef\xbb\xbf\xe6\xb3\x95").unwrap();
/// assert_eq!((d.text.as_str(), d.encoding), ("法", "UTF-8"));
/// let d = lawreport::decode::decode(&[0xff, 0xfe, 0xd5, 0x6c]).unwrap();
/// assert_eq!((d.text.as_str(), d.encoding), ("法", "UTF-16LE"));
/// // 法治政府建设 in GB18030
/// let gb = b"\xb7\xa8\xd6\xce\xd5\xfe\xb8\xae\xbd\xa8\xc9\xe8";
/// let d = lawreport::decode::decode(gb).unwrap();
/// assert_eq!((d.text.as_str(), d.encoding), ("法治政府建设", "GB18030"));
/// ```
pub fn decode(bytes: &[u8]) -> Result<Decoded, Error> {
    decode_with_hint(bytes, None)
}

/// [`decode`], with an encoding the container declares (an HTML page's
/// `<meta charset>`), used when there is no BOM and the bytes are not UTF-8.
pub fn decode_with_hint(
    bytes: &[u8],
    declared: Option<&'static Encoding>,
) -> Result<Decoded, Error> {
    if let Some(rest) = bytes.strip_prefix(b"\xef\xbb\xbf") {
        return checked(rest, 3, UTF_8);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xff\xfe") {
        return checked(rest, 2, UTF_16LE);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xfe\xff") {
        return checked(rest, 2, UTF_16BE);
    }
    if let Some(format) = binary_format(bytes) {
        return Err(Error::UnsupportedFormat { format });
    }
    if let Some(offset) = memchr::memchr(0, bytes) {
        return Err(Error::Binary { offset });
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(Decoded {
            text: text.to_owned(),
            encoding: "UTF-8",
            diagnostics: Vec::new(),
        });
    }
    // UTF-8 with a few broken sequences (a cut file) stays UTF-8.
    if nearly_utf8(bytes) {
        return checked(bytes, 0, UTF_8);
    }
    let encoding = declared
        .filter(|e| *e != UTF_8 && *e != UTF_16LE && *e != UTF_16BE)
        .unwrap_or_else(|| detect(bytes));
    checked(bytes, 0, encoding)
}

/// The encoding [`chardetng`] guesses for bytes that are not UTF-8.
///
/// The detector rules out an encoding at its first invalid sequence, so a
/// damaged GB18030 or Big5 file can come back as a single-byte encoding;
/// then the Chinese encoding with the fewest invalid sequences is taken
/// (GB18030 on a tie).
fn detect(bytes: &[u8]) -> &'static Encoding {
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    // Not `last`: a character cut at the end does not rule an encoding out.
    detector.feed(bytes, false);
    let guess = detector.guess(None, chardetng::Utf8Detection::Deny);
    let multibyte = [
        GBK,
        encoding_rs::GB18030,
        BIG5,
        encoding_rs::SHIFT_JIS,
        encoding_rs::EUC_JP,
        encoding_rs::EUC_KR,
    ];
    if multibyte.contains(&guess) {
        return guess;
    }
    let errors = |e: &'static Encoding| decode_replacing(bytes, e).1;
    let (gbk, big5) = (errors(GBK), errors(BIG5));
    let best = if big5 < gbk { BIG5 } else { GBK };
    if gbk.min(big5) * 20 < bytes.len() / 2 {
        best
    } else {
        guess
    }
}

/// The name a caller sees for an encoding.
fn name(encoding: &'static Encoding) -> &'static str {
    if encoding == GBK || encoding == encoding_rs::GB18030 {
        "GB18030"
    } else if encoding == BIG5 {
        "Big5"
    } else {
        encoding.name()
    }
}

/// Signatures of binary formats that are not report text.
pub(crate) fn binary_format(bytes: &[u8]) -> Option<&'static str> {
    const SIGNATURES: &[(&[u8], &str)] = &[
        (b"PK\x03\x04", "zip archive (not a .docx)"),
        (b"PK\x05\x06", "zip archive (empty)"),
        // PDFs are read by `input` (sniffed before decoding); text
        // decoding refuses them.
        (b"%PDF-", "PDF document (read it with lawreport::read)"),
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
            "OLE document (.doc/.xls/.wps; save it as .docx)",
        ),
        (b"\x89PNG", "PNG image"),
        (b"\xff\xd8\xff", "JPEG image"),
        (b"GIF8", "GIF image"),
        (b"\x1f\x8b", "gzip archive"),
        (b"Rar!", "RAR archive"),
        (b"7z\xbc\xaf", "7z archive"),
    ];
    SIGNATURES
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
        .map(|(_, format)| *format)
}

/// True when `bytes` decode as UTF-8 but for a few broken sequences: at
/// least ten valid multi-byte characters for each broken one. Text in
/// another encoding almost never holds valid UTF-8 sequences, so it fails
/// this at once.
fn nearly_utf8(bytes: &[u8]) -> bool {
    let mut errors = 0usize;
    let mut multibyte = 0usize;
    let mut rest = bytes;
    loop {
        match std::str::from_utf8(rest) {
            Ok(_) => {
                multibyte += rest.iter().filter(|b| **b >= 0xc0).count();
                return errors * 10 <= multibyte;
            }
            Err(e) => {
                let valid = e.valid_up_to();
                multibyte += rest[..valid].iter().filter(|b| **b >= 0xc0).count();
                errors += 1;
                if errors > 16 && errors * 10 > multibyte {
                    return false;
                }
                let skip = valid + e.error_len().unwrap_or(rest.len() - valid);
                rest = &rest[skip..];
            }
        }
    }
}

/// Decode `bytes` (which start at byte `base` of the input) in `encoding`,
/// replacing invalid sequences and saying so.
fn checked(bytes: &[u8], base: usize, encoding: &'static Encoding) -> Result<Decoded, Error> {
    let (text, replaced, first) = decode_replacing(bytes, encoding);
    let encoding_name = name(encoding);
    if let Some(nul) = text.find('\0') {
        // A NUL character is binary data in any encoding.
        let offset = if encoding == UTF_16LE || encoding == UTF_16BE {
            base + text[..nul].encode_utf16().count() * 2
        } else {
            base + nul
        };
        return Err(Error::Binary { offset });
    }
    let mut diagnostics = Vec::new();
    if replaced > 0 {
        let chars = text.chars().count();
        if replaced * 20 > chars {
            return Err(Error::InvalidEncoding {
                encoding: encoding_name,
                offset: base + first.unwrap_or(0),
            });
        }
        diagnostics.push(Diagnostic {
            code: DiagnosticCode::DecodingReplaced,
            severity: Severity::Warning,
            message: format!(
                "{replaced} invalid byte sequence{} in {encoding_name} replaced with U+FFFD (first at byte {})",
                if replaced == 1 { "" } else { "s" },
                base + first.unwrap_or(0)
            ),
            span: None,
            spans: Vec::new(),
        });
    }
    Ok(Decoded {
        text,
        encoding: encoding_name,
        diagnostics,
    })
}

/// `(text, number of replaced sequences, byte offset of the first)`.
fn decode_replacing(bytes: &[u8], encoding: &'static Encoding) -> (String, usize, Option<usize>) {
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let capacity = decoder
        .max_utf8_buffer_length_without_replacement(bytes.len())
        .unwrap_or(bytes.len().saturating_mul(3))
        .saturating_add(16);
    let mut text = String::with_capacity(capacity);
    let mut replaced = 0;
    let mut first = None;
    let mut consumed = 0;
    loop {
        let (result, read) =
            decoder.decode_to_string_without_replacement(&bytes[consumed..], &mut text, true);
        consumed += read;
        match result {
            DecoderResult::InputEmpty => break,
            DecoderResult::Malformed(bad, pending) => {
                replaced += 1;
                first.get_or_insert(
                    consumed.saturating_sub(usize::from(bad) + usize::from(pending)),
                );
                text.push('\u{fffd}');
            }
            DecoderResult::OutputFull => {
                text.reserve(bytes.len() - consumed + 16);
            }
        }
    }
    (text, replaced, first)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn encode(text: &str, encoding: &'static Encoding) -> Vec<u8> {
        encoding.encode(text).0.into_owned()
    }

    const SAMPLE: &str = "关于2023年度法治政府建设工作的报告\n一、主要工作\n(一)加强组织领导。全年共开展法治培训12次,参训人员300人。\n二、存在的问题\n三、下一步工作计划\n";

    #[test]
    fn reads_utf8_with_and_without_bom() {
        assert_eq!(decode("报告".as_bytes()).unwrap().text, "报告");
        assert_eq!(decode("\u{feff}报告".as_bytes()).unwrap().text, "报告");
    }

    #[test]
    fn reads_utf16_both_orders() {
        let le: Vec<u8> = [0xff, 0xfe]
            .into_iter()
            .chain("报告a".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let be: Vec<u8> = [0xfe, 0xff]
            .into_iter()
            .chain("报告a".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(decode(&le).unwrap().text, "报告a");
        assert_eq!(decode(&be).unwrap().text, "报告a");
    }

    #[test]
    fn detects_gb18030_and_big5() {
        let d = decode(&encode(SAMPLE, GBK)).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), (SAMPLE, "GB18030"));
        assert!(d.diagnostics.is_empty());
        let traditional = "關於2023年度法治政府建設工作的報告\n一、主要工作\n(一)加強組織領導。全年共開展法治培訓12次,參訓人員300人。\n二、存在的問題\n";
        let d = decode(&encode(traditional, BIG5)).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), (traditional, "Big5"));
    }

    #[test]
    fn a_declared_charset_is_used_when_not_utf8() {
        let d = decode_with_hint(&encode(SAMPLE, GBK), Some(GBK)).unwrap();
        assert_eq!(d.encoding, "GB18030");
        // Valid UTF-8 stays UTF-8 whatever is declared.
        let d = decode_with_hint(SAMPLE.as_bytes(), Some(GBK)).unwrap();
        assert_eq!(d.encoding, "UTF-8");
    }

    #[test]
    fn replaces_a_cut_character_and_says_so() {
        let mut bytes = SAMPLE.as_bytes().to_vec();
        bytes.extend_from_slice(&"法".as_bytes()[..2]);
        let d = decode(&bytes).unwrap();
        assert_eq!(d.encoding, "UTF-8");
        assert!(d.text.ends_with('\u{fffd}'));
        assert_eq!(d.diagnostics.len(), 1);
        assert_eq!(d.diagnostics[0].code, DiagnosticCode::DecodingReplaced);
        assert!(d.diagnostics[0]
            .message
            .contains("1 invalid byte sequence in UTF-8"));
    }

    #[test]
    fn replaces_invalid_gb18030_bytes() {
        let mut bytes = encode(SAMPLE, GBK);
        bytes.insert(10, 0x80); // a lone lead byte area
        bytes.insert(20, 0xff);
        let d = decode(&bytes).unwrap();
        assert_eq!(d.encoding, "GB18030");
        assert_eq!(d.diagnostics.len(), 1, "{:?}", d.diagnostics);
        assert!(d.diagnostics[0].message.contains("GB18030"));
        assert!(d.text.contains('\u{fffd}'));
    }

    #[test]
    fn mostly_invalid_input_is_an_error() {
        assert!(matches!(
            decode(&[0xff, 0xfe, 0x00, 0xd8]),
            Err(Error::InvalidEncoding {
                encoding: "UTF-16LE",
                offset: 2
            })
        ));
        assert!(matches!(
            decode(&[0xff, 0xfe, 0x41]),
            Err(Error::InvalidEncoding {
                encoding: "UTF-16LE",
                ..
            })
        ));
    }

    #[test]
    fn refuses_binary() {
        assert!(matches!(
            decode(b"PK\x03\x04\x00\x00"),
            Err(Error::UnsupportedFormat { .. })
        ));
        assert!(matches!(
            decode(b"%PDF-1.7\n"),
            Err(Error::UnsupportedFormat { .. })
        ));
        assert_eq!(decode(b"ab\x00cd"), Err(Error::Binary { offset: 2 }));
        let le: Vec<u8> = [0xff, 0xfe, 0x41, 0x00, 0x00, 0x00].to_vec();
        assert_eq!(decode(&le), Err(Error::Binary { offset: 4 }));
    }

    #[test]
    fn never_panics_on_junk() {
        let mut x: u32 = 12345;
        for len in 0..300 {
            let bytes: Vec<u8> = (0..len)
                .map(|_| {
                    x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
                    (x >> 16) as u8
                })
                .collect();
            let _ = decode(&bytes);
        }
    }
}
