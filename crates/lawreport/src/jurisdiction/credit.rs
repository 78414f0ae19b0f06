//! Unified social credit codes (统一社会信用代码, GB 32100-2015).
//!
//! 18 characters: registration authority (1), organisation type (1), the
//! administrative division code of the registering authority (6), the
//! organisation code (9) and a check character (1), over the alphabet
//! `0-9 A-H J-N P-R T-U W-Y` (no I, O, Z, S, V).

/// The 31 characters of the code, in value order.
const ALPHABET: &[u8; 31] = b"0123456789ABCDEFGHJKLMNPQRTUWXY";

/// Weights of the first 17 characters: 3^i mod 31.
const WEIGHTS: [u32; 17] = [
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
];

fn value(b: u8) -> Option<u32> {
    ALPHABET
        .iter()
        .position(|&a| a == b.to_ascii_uppercase())
        .map(|p| p as u32)
}

/// Whether `code` is a well-formed unified social credit code whose check
/// character is right.
pub(crate) fn is_valid(code: &str) -> bool {
    let b = code.as_bytes();
    if b.len() != 18 {
        return false;
    }
    let mut sum = 0;
    for (i, &w) in WEIGHTS.iter().enumerate() {
        match value(b[i]) {
            Some(v) => sum += v * w,
            None => return false,
        }
    }
    let check = (31 - sum % 31) % 31;
    value(b[17]) == Some(check)
}

/// The first unified social credit code in `s` (an 索引号 such as
/// `1137030300421767X3/2024-5423010`): 18 code characters not preceded or
/// followed by another letter or digit.
pub(crate) fn find(s: &str) -> Option<&str> {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_alphanumeric() {
            i += 1;
        }
        if i - start == 18 {
            return Some(&s[start..i]);
        }
    }
    None
}

/// The division code (6 digits) of the registering authority of the credit
/// code in `index_number`, when that code's check character is valid.
pub(crate) fn region(index_number: &str) -> Option<String> {
    let code = find(index_number)?;
    if !is_valid(code) {
        return None;
    }
    let region = &code[2..8];
    region
        .bytes()
        .all(|b| b.is_ascii_digit())
        .then(|| region.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_character() {
        assert!(is_valid("1137030300421767X3"));
        assert!(is_valid("11500229768895163R"));
        assert!(is_valid("91350100M000100Y43"));
        assert!(!is_valid("1137030300421767X4"));
        assert!(!is_valid("1137030300421767X"));
        assert!(!is_valid("1137030300421767I3"));
        assert!(!is_valid(""));
    }

    #[test]
    fn region_of_index_number() {
        assert_eq!(
            region("1137030300421767X3/2024-5423010").as_deref(),
            Some("370303")
        );
        assert_eq!(region("002652299/2021-111028"), None);
        assert_eq!(region("1137030300421767X9/2024-5423010"), None);
        assert_eq!(region("QZ02101-3000-2026-00011"), None);
    }
}
