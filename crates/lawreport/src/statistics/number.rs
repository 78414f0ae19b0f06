//! Numbers as reports write them: Arabic (`31`, `3,000`, `96.1`, full-width
//! `３１`) and Chinese numerals (`十`, `两`, `一百二十`, `三千五百`).

/// The value of an Arabic digit character (ASCII or full-width).
pub(crate) fn digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

/// An Arabic number read from a text: where it ends and what it is worth.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Arabic {
    /// Byte offset one past the number.
    pub end: usize,
    /// Its value.
    pub value: f64,
}

/// Reads the Arabic number that starts at byte `at` of `s` (which must be a
/// digit): digits, thousands groups (`3,000`, only as exact groups of three
/// after at most three leading digits) and a decimal part (`96.1`).
pub(crate) fn arabic(s: &str, at: usize) -> Option<Arabic> {
    let rest = s.get(at..)?;
    let mut chars = rest.char_indices().peekable();
    // Mantissa as an exact integer while it fits; `scale` counts decimals.
    let mut mantissa: u128 = 0;
    let mut overflow = false;
    let mut int_digits = 0usize;
    let mut scale = 0u32;
    let mut end = 0usize;
    let mut push = |d: u32, mantissa: &mut u128| {
        match mantissa
            .checked_mul(10)
            .and_then(|m| m.checked_add(d as u128))
        {
            Some(m) if m < 10u128.pow(30) => *mantissa = m,
            _ => overflow = true,
        };
    };
    let mut spaced = false;
    while let Some(&(i, c)) = chars.peek() {
        let Some(d) = digit(c) else {
            // One space inside a short number, as PDF text splits it
            // (`23 6项`): joined only between groups of at most three digits.
            if c == ' ' && !spaced && (1..=3).contains(&int_digits) {
                let group = rest[i + 1..]
                    .chars()
                    .take_while(|&c| digit(c).is_some())
                    .count();
                if (1..=3).contains(&group) {
                    spaced = true;
                    chars.next();
                    continue;
                }
            }
            break;
        };
        push(d, &mut mantissa);
        int_digits += 1;
        end = i + c.len_utf8();
        chars.next();
    }
    if int_digits == 0 {
        return None;
    }
    // Thousands groups: `,ddd` not followed by another digit.
    if int_digits <= 3 {
        while let Some(tail) = rest.get(end..).and_then(|g| g.strip_prefix(',')) {
            let b = tail.as_bytes();
            let three = b.len() >= 3 && b[..3].iter().all(u8::is_ascii_digit);
            let more = b.get(3).is_some_and(u8::is_ascii_digit);
            if !three || more {
                break;
            }
            for &byte in &b[..3] {
                push((byte - b'0') as u32, &mut mantissa);
            }
            end += 4;
        }
    }
    // Decimal part.
    if let Some(tail) = rest.get(end..) {
        let mut it = tail.char_indices();
        if let Some((_, '.' | '．')) = it.next() {
            let mut frac_end = None;
            // `1. 3`: a space after the point, as PDF text splits it.
            let mut it = it.peekable();
            if it.peek().is_some_and(|&(_, c)| c == ' ') && !spaced {
                it.next();
            }
            for (i, c) in it {
                let Some(d) = digit(c) else { break };
                if scale < 20 {
                    push(d, &mut mantissa);
                    scale += 1;
                }
                frac_end = Some(i + c.len_utf8());
            }
            if let Some(e) = frac_end {
                end += e;
            }
        }
    }
    let value = if overflow {
        // Absurdly long digit strings: keep a rough value.
        let digits: String = rest[..end]
            .chars()
            .filter_map(digit)
            .map(|d| char::from(b'0' + d as u8))
            .collect();
        digits.parse::<f64>().unwrap_or(f64::MAX) / 10f64.powi(scale as i32)
    } else {
        mantissa as f64 / 10f64.powi(scale as i32)
    };
    Some(Arabic {
        end: at + end,
        value,
    })
}

// Chinese numerals are read by the helpers shared with the outline stage.
pub(crate) use crate::chinese::chinese_multiplier;
#[cfg(test)]
use crate::chinese::chinese_value;

#[cfg(test)]
mod tests {
    use super::*;

    fn value(s: &str) -> Option<(usize, f64)> {
        arabic(s, 0).map(|a| (a.end, a.value))
    }

    #[test]
    fn reads_arabic_numbers() {
        assert_eq!(value("31人"), Some((2, 31.0)));
        assert_eq!(value("96.1%"), Some((4, 96.1)));
        assert_eq!(value("3,000份"), Some((5, 3000.0)));
        assert_eq!(value("1,234,567元"), Some((9, 1_234_567.0)));
        assert_eq!(value("3250.1万元"), Some((6, 3250.1)));
        assert_eq!(value("３１人"), Some((6, 31.0)));
        // A comma that separates clauses is not a thousands separator.
        assert_eq!(value("235宗,成功"), Some((3, 235.0)));
        assert_eq!(value("12,34件"), Some((2, 12.0)));
        assert_eq!(value("1234,567"), Some((4, 1234.0)));
        assert_eq!(value("5."), Some((1, 5.0)));
        // PDF text splits short numbers with one space.
        assert_eq!(value("23 6 项"), Some((4, 236.0)));
        assert_eq!(value("1. 3 万件"), Some((4, 1.3)));
        assert_eq!(value("2023 12件"), Some((4, 2023.0)));
        assert_eq!(value("12 3456"), Some((2, 12.0)));
        assert_eq!(value("人"), None);
        assert!(value(&"9".repeat(100)).is_some());
    }

    #[test]
    fn reads_chinese_numerals() {
        for (s, v) in [
            ("十", 10),
            ("十二", 12),
            ("二十", 20),
            ("两", 2),
            ("一百二十", 120),
            ("一百零五", 105),
            ("三千五百", 3500),
            ("两万", 20_000),
            ("十万", 100_000),
            ("一万二千", 12_000),
            ("三亿", 300_000_000),
            ("一万亿", 1_000_000_000_000),
        ] {
            assert_eq!(chinese_value(s), Some(v), "{s}");
        }
        for s in ["十四五", "八五", "二〇二〇", "万", "百", "十十", "千百"] {
            assert_eq!(chinese_value(s), None, "{s}");
        }
    }
}
