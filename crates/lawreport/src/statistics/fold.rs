//! Character folding for matching: traditional → simplified and full-width
//! → half-width, one character for one character.
//!
//! The statistics stage reads reports that some sites convert to traditional
//! characters (168項, 行政執法隊伍) and free text that may still carry
//! full-width forms (３１人, ９２％). Units are always reported in simplified
//! characters, and indicator cue words are written in simplified characters,
//! so both are matched against folded text. Folding is per character, so
//! byte offsets of the folded text are not used anywhere: spans always point
//! into the text as written.

use std::borrow::Cow;

/// The simplified, half-width form of one character (itself when there is
/// none): [`crate::chinese`]'s traditional → simplified table, plus 覆 → 复,
/// which OpenCC keeps (覆 is also simplified) but converting sites write for
/// 复 in 复议 and 复核.
#[inline]
pub(crate) fn fold_char(c: char) -> char {
    let n = c as u32;
    if n < 0x3000 {
        return c;
    }
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(n - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        '覆' => '复',
        _ => crate::chinese::simplify_char(c),
    }
}

/// True when folding changes `c`.
fn needs_fold(c: char) -> bool {
    fold_char(c) != c
}

/// `text` folded character by character; borrowed when nothing changes.
pub(crate) fn fold(text: &str) -> Cow<'_, str> {
    if text.chars().any(needs_fold) {
        Cow::Owned(text.chars().map(fold_char).collect())
    } else {
        Cow::Borrowed(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_traditional_and_full_width() {
        assert_eq!(fold("168項"), "168项");
        assert_eq!(fold("行政執法隊伍"), "行政执法队伍");
        assert_eq!(fold("９２％"), "92%");
        assert!(matches!(fold("政务公开信息"), Cow::Borrowed(_)));
    }

    #[test]
    fn folds_the_characters_of_units_and_cue_words() {
        // Traditional forms met in units, numerals, qualifiers and the cue
        // words of the indicator table.
        for (t, s) in [
            ('個', '个'),
            ('億', '亿'),
            ('兩', '两'),
            ('冊', '册'),
            ('區', '区'),
            ('場', '场'),
            ('塊', '块'),
            ('戶', '户'),
            ('條', '条'),
            ('棟', '栋'),
            ('輛', '辆'),
            ('輪', '轮'),
            ('間', '间'),
            ('項', '项'),
            ('頃', '顷'),
            ('餘', '余'),
            ('點', '点'),
            ('執', '执'),
            ('隊', '队'),
            ('審', '审'),
            ('覆', '复'),
            ('週', '周'),
            ('査', '查'),
            ('幹', '干'),
            ('摺', '折'),
            ('隻', '只'),
            ('鬥', '斗'),
            ('噸', '吨'),
        ] {
            assert_eq!(fold_char(t), s, "{t}");
            assert_eq!(fold_char(s), s, "{s} must be final");
        }
    }
}
