//! Units and measure words: which words after a number make it a
//! statistic, what base unit they stand for, and what they count.

use std::sync::LazyLock;

use super::fold::fold_char;

/// What a unit counts, which decides where the subject stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// People (人, 名, 位): `31人参加考试` describes them on the right.
    Person,
    /// A classifier of things (个, 项, 家, 件 …): `10个内设机构` names them
    /// on the right, `政务公开信息208条` on the left.
    Thing,
    /// Occurrences (次, 场, 人次 …): what happened stands on the left.
    Event,
    /// A measure (%, 元, 平方米, 个月 …): what is measured stands on the left.
    Measure,
}

/// One unit as written after a number.
#[derive(Debug)]
pub(crate) struct Unit {
    /// The written form, simplified (matched against folded text).
    pub written: &'static str,
    /// The base unit reported in `Statistic::unit`.
    pub base: &'static str,
    /// What it counts.
    pub kind: Kind,
    /// Whether a Chinese numeral may carry it (两场, 十余次); risky measure
    /// words (本, 所, 处 …) only count after Arabic digits.
    pub chinese: bool,
    /// It only counts at the end of a phrase (before punctuation, the end of
    /// the text or 以上/左右): `95分,` but not `3分别`.
    pub final_only: bool,
    /// Characters that, right after the unit, show it is the first character
    /// of another word instead (人 + 民 = 人民, 场 + 所 = 场所).
    pub not_before: &'static str,
    /// A duration: followed directly by a noun it describes the noun instead
    /// of counting (24小时热线, 15分钟生活圈), so it only counts before
    /// punctuation or 内, 以上, 左右 ….
    pub duration: bool,
}

use Kind::{Event, Measure, Person, Thing};

/// Every unit, as listed in `data/units.tsv` (read through the lexicon).
pub(crate) static UNITS: LazyLock<Vec<Unit>> = LazyLock::new(|| {
    crate::lexicon::statistics::units()
        .iter()
        .map(|e| Unit {
            written: e.written,
            base: e.base,
            kind: match e.kind {
                "person" => Person,
                "thing" => Thing,
                "event" => Event,
                _ => Measure,
            },
            chinese: e.flags.contains(&"chinese"),
            final_only: e.flags.contains(&"final"),
            not_before: e.not_before,
            duration: e.flags.contains(&"duration"),
        })
        .collect()
});

/// Indices of `UNITS` sorted by the first character of the written form.
static BY_FIRST: LazyLock<Vec<(char, usize)>> = LazyLock::new(|| {
    let mut v: Vec<(char, usize)> = UNITS
        .iter()
        .enumerate()
        .filter_map(|(k, u)| u.written.chars().next().map(|c| (c, k)))
        .collect();
    v.sort_unstable();
    v
});

/// True when some unit starts with `c` (folded).
pub(crate) fn may_start(c: char) -> bool {
    let index = &*BY_FIRST;
    let i = index.partition_point(|&(x, _)| x < c);
    index.get(i).is_some_and(|&(x, _)| x == c)
}

/// The unit written at byte `at` of `s`, if any: the longest that fits, and
/// the byte offset where it ends. `next_ok` decides, given the text after the
/// unit, whether the unit stands alone there (see [`Unit::not_before`] and
/// [`Unit::final_only`]).
pub(crate) fn at(s: &str, at: usize) -> Option<(&'static Unit, usize)> {
    let rest = s.get(at..)?;
    let first = fold_char(rest.chars().next()?);
    let index = &*BY_FIRST;
    let from = index.partition_point(|&(c, _)| c < first);
    let mut best: Option<(&'static Unit, usize)> = None;
    for &(c, k) in &index[from..] {
        if c != first {
            break;
        }
        let unit = &UNITS[k];
        let Some(len) = matches_folded(rest, unit.written) else {
            continue;
        };
        if best.is_none_or(|(b, _)| unit.written.len() > b.written.len()) {
            best = Some((unit, len));
        }
    }
    let (unit, len) = best?;
    let after = &rest[len..];
    let next = after.chars().next().map(fold_char);
    if next.is_some_and(|c| unit.not_before.contains(c) && c >= '\u{3400}') {
        return None;
    }
    if unit.final_only && !ends_phrase(after) {
        return None;
    }
    if unit.duration
        && next.is_some_and(|c| {
            ('\u{3400}'..='\u{9FFF}').contains(&c) && !"内以左之多后的里余".contains(c)
        })
    {
        return None;
    }
    Some((unit, at + len))
}

/// True when `after` (the text right after a unit) starts with punctuation,
/// nothing, or a trailing qualifier.
pub(crate) fn ends_phrase(after: &str) -> bool {
    match after.chars().next() {
        None => true,
        Some(c) => {
            !(c.is_alphanumeric() || ('\u{3400}'..='\u{9FFF}').contains(&c))
                || ["以上", "左右", "以下", "以内", "多"]
                    .iter()
                    .any(|w| after.starts_with(w))
        }
    }
}

/// The byte length in `text` of a prefix that folds to `word`.
pub(crate) fn matches_folded(text: &str, word: &str) -> Option<usize> {
    let mut len = 0;
    let mut it = text.chars();
    for w in word.chars() {
        let c = it.next()?;
        if fold_char(c) != w {
            return None;
        }
        len += c.len_utf8();
    }
    Some(len)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base(s: &str) -> Option<&'static str> {
        at(s, 0).map(|(u, _)| u.base)
    }

    #[test]
    fn finds_the_longest_unit() {
        assert_eq!(base("人次,"), Some("人次"));
        assert_eq!(base("个百分点"), Some("个百分点"));
        assert_eq!(base("个月"), Some("个月"));
        assert_eq!(base("个部门"), Some("个"));
        assert_eq!(base("項改革"), Some("项"));
        assert_eq!(base("個工作日"), Some("个工作日"));
        assert_eq!(base("微克/立方米"), Some("微克/立方米"));
        assert_eq!(base("平米"), Some("平方米"));
    }

    #[test]
    fn refuses_words_that_only_start_with_a_unit() {
        assert_eq!(base("人民调解"), None);
        assert_eq!(base("场所"), None);
        assert_eq!(base("条例"), None);
        assert_eq!(base("分别"), None);
        assert_eq!(base("分。"), Some("分"));
        assert_eq!(base("年"), None);
        assert_eq!(base("月"), None);
    }

    #[test]
    fn durations_before_a_noun_describe_it() {
        assert_eq!(base("小时热线"), None);
        assert_eq!(base("分钟生活圈"), None);
        assert_eq!(base("个小时,"), Some("个小时"));
        assert_eq!(base("天内办结"), Some("天"));
        assert_eq!(base("小时以上"), Some("小时"));
    }

    #[test]
    fn units_are_simplified_and_unique() {
        for (i, a) in UNITS.iter().enumerate() {
            assert!(
                a.written.chars().all(|c| fold_char(c) == c),
                "{}",
                a.written
            );
            assert!(a.base.chars().all(|c| fold_char(c) == c), "{}", a.base);
            for b in &UNITS[i + 1..] {
                assert_ne!(a.written, b.written);
            }
        }
    }
}
