//! Bytes to text: the encodings reports arrive in.
//!
//! UTF-8 (with or without BOM) and UTF-16 LE/BE with BOM are read exactly;
//! anything else is an [`Error`], never a silent loss.

use crate::error::Error;
use crate::model::Diagnostic;

/// Decoded text with the name of the encoding it was read as.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    /// The text.
    pub text: String,
    /// The encoding it was read as ("UTF-8", "UTF-16LE", "UTF-16BE").
    pub encoding: &'static str,
    /// What decoding had to repair (spans in bytes of `text`).
    pub diagnostics: Vec<Diagnostic>,
}

/// Decode `bytes` by their BOM, else as UTF-8.
///
/// ```
/// let d = lawreport::decode::decode(b"\xef\xbb\xbf\xe6\xb3\x95").unwrap();
/// assert_eq!((d.text.as_str(), d.encoding), ("法", "UTF-8"));
/// let d = lawreport::decode::decode(&[0xff, 0xfe, 0xd5, 0x6c]).unwrap();
/// assert_eq!((d.text.as_str(), d.encoding), ("法", "UTF-16LE"));
/// ```
pub fn decode(bytes: &[u8]) -> Result<Decoded, Error> {
    let decoded = |text: String, encoding| Decoded {
        text,
        encoding,
        diagnostics: Vec::new(),
    };
    if let Some(rest) = bytes.strip_prefix(b"\xef\xbb\xbf") {
        return utf8(rest, 3).map(|t| decoded(t, "UTF-8"));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xff\xfe") {
        return utf16(rest, u16::from_le_bytes).map(|t| decoded(t, "UTF-16LE"));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xfe\xff") {
        return utf16(rest, u16::from_be_bytes).map(|t| decoded(t, "UTF-16BE"));
    }
    utf8(bytes, 0).map(|t| decoded(t, "UTF-8"))
}

fn utf8(bytes: &[u8], base: usize) -> Result<String, Error> {
    if let Some(offset) = memchr::memchr(0, bytes) {
        return Err(Error::Binary {
            offset: base + offset,
        });
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_owned()),
        Err(e) => Err(Error::InvalidEncoding {
            encoding: "UTF-8",
            offset: base + e.valid_up_to(),
        }),
    }
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, Error> {
    let encoding = if unit([1, 0]) == 1 {
        "UTF-16LE"
    } else {
        "UTF-16BE"
    };
    let units = bytes.chunks(2).map(|c| {
        if c.len() == 2 {
            Ok(unit([c[0], c[1]]))
        } else {
            Err(())
        }
    });
    let mut text = String::with_capacity(bytes.len() * 3 / 2);
    let mut offset = 2;
    let mut pending = Vec::new();
    for u in units {
        match u {
            Ok(u) => pending.push(u),
            Err(()) => {
                return Err(Error::InvalidEncoding {
                    encoding,
                    offset: offset + pending.len() * 2,
                })
            }
        }
    }
    for r in char::decode_utf16(pending.iter().copied()) {
        match r {
            Ok('\0') => return Err(Error::Binary { offset }),
            Ok(c) => {
                offset += c.len_utf16() * 2;
                text.push(c);
            }
            Err(_) => return Err(Error::InvalidEncoding { encoding, offset }),
        }
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn reports_the_offset_of_invalid_bytes() {
        let mut bytes = "法治".as_bytes().to_vec();
        bytes.push(0xc3);
        assert_eq!(
            decode(&bytes),
            Err(Error::InvalidEncoding {
                encoding: "UTF-8",
                offset: 6
            })
        );
        assert_eq!(
            decode(&[0xff, 0xfe, 0x00, 0xd8]),
            Err(Error::InvalidEncoding {
                encoding: "UTF-16LE",
                offset: 2
            })
        );
        assert_eq!(
            decode(&[0xff, 0xfe, 0x41]),
            Err(Error::InvalidEncoding {
                encoding: "UTF-16LE",
                offset: 2
            })
        );
    }

    #[test]
    fn refuses_binary() {
        assert_eq!(
            decode(b"PK\x03\x04\x00\x00"),
            Err(Error::Binary { offset: 4 })
        );
    }
}
