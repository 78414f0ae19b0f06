//! Time scopes stated with a quantity: 截至11月, 截至目前, 1-12月, 全年,
//! 2023年, 今年以来.

use super::fold::fold_char;
use super::number::digit;
use super::unit::matches_folded;

/// Words that are a time scope by themselves.
const WORDS: &[&str] = &[
    "全年",
    "今年以来",
    "年内",
    "上半年",
    "下半年",
    "前三季度",
    "一季度",
    "第一季度",
    "本年度",
    "年初至今",
];

/// A quick test before [`at`]: can a time scope start with `c` followed by
/// `next`?
pub(crate) fn may_start(c: char, next: Option<char>) -> bool {
    if c == '截' || digit(c).is_some() {
        return true;
    }
    let Some(next) = next else {
        return false;
    };
    matches!(
        (c, fold_char(next)),
        ('全', '年')
            | ('今', '年')
            | ('年', '内' | '初')
            | ('上' | '下', '半')
            | ('前', '三')
            | ('一', '季')
            | ('第', '一')
            | ('本', '年')
    )
}

/// `s` without the time scope it starts with, if it starts with one.
pub(crate) fn leading(s: &str) -> Option<&str> {
    at(s, 0).filter(|&e| e > 0).and_then(|e| s.get(e..))
}

/// The time scope that starts at byte `i`, if any: where it ends.
pub(crate) fn at(line: &str, i: usize) -> Option<usize> {
    let rest = &line[i..];
    let first = fold_char(rest.chars().next()?);
    if first == '截' {
        let mut j = i + matches_folded(rest, "截至").or_else(|| matches_folded(rest, "截止"))?;
        if let Some(n) = matches_folded(&line[j..], "到") {
            j += n;
        }
        for w in ["目前", "今", "现在", "发稿时"] {
            if let Some(n) = matches_folded(&line[j..], w) {
                return Some(j + n);
            }
        }
        return date_scope(line, j, true);
    }
    if digit(first).is_some() {
        return date_scope(line, i, false);
    }
    WORDS
        .iter()
        .filter(|w| w.starts_with(first))
        .find_map(|w| matches_folded(rest, w))
        .map(|n| i + n)
}

/// Digits at byte `i`: their count and where they end.
fn digits(line: &str, i: usize) -> (usize, usize) {
    let mut n = 0;
    let mut end = i;
    for c in line[i..].chars() {
        if digit(c).is_none() {
            break;
        }
        n += 1;
        end += c.len_utf8();
    }
    (n, end)
}

/// After 截至 (`after_cut`), a year and/or month (2023年, 11月, 2023年11月底);
/// else a year (2023年, 2023年度, 2022年以来) or a month range (1-12月,
/// 2023年1-6月). A plain date (2020年12月2日, 5月) is not a scope.
fn date_scope(line: &str, i: usize, after_cut: bool) -> Option<usize> {
    let mut j = i;
    let mut year = false;
    let (n, end) = digits(line, j);
    if n == 4 {
        let e = end + matches_folded(&line[end..], "年")?;
        year = true;
        j = e;
        if let Some(k) = matches_folded(&line[j..], "度") {
            j += k;
        }
    }
    // Months.
    let (n, end) = digits(line, j);
    let mut month = false;
    if (1..=2).contains(&n) {
        let mut k = end;
        let mut range = false;
        if let Some(sep) = line[k..]
            .chars()
            .next()
            .filter(|c| matches!(c, '-' | '—' | '~' | '至' | '到'))
        {
            let (m, e2) = digits(line, k + sep.len_utf8());
            if (1..=2).contains(&m) {
                k = e2;
                range = true;
            }
        }
        if let Some(len) = matches_folded(&line[k..], "月") {
            let mut e = k + len;
            let day = digits(line, e).0 > 0;
            if !day
                && (range
                    || after_cut
                    || line[e..].starts_with("份以来")
                    || line[e..].starts_with("以来"))
            {
                for w in ["份", "底", "末", "中旬", "以来"] {
                    if let Some(l) = matches_folded(&line[e..], w) {
                        e += l;
                    }
                }
                month = true;
                j = e;
            } else if year {
                return None; // 2020年12月2日, 2023年5月: dates
            }
        }
    }
    if !year && !month {
        return None;
    }
    if year && !month {
        for w in ["底", "末", "以来"] {
            if let Some(l) = matches_folded(&line[j..], w) {
                j += l;
                break;
            }
        }
    }
    Some(j)
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_word_passes_the_quick_test() {
        for w in WORDS {
            let mut it = w.chars();
            let c = it.next().unwrap();
            assert!(may_start(c, it.next()), "{w}");
        }
    }

    use super::*;

    fn all(line: &str) -> Vec<&str> {
        super::super::quantity::scan(line)
            .periods
            .into_iter()
            .map(|r| &line[r])
            .collect()
    }

    #[test]
    fn finds_time_scopes() {
        assert_eq!(all("截止11月,行政应诉案件2宗"), ["截止11月"]);
        assert_eq!(all("截至目前,政务公开信息208条"), ["截至目前"]);
        assert_eq!(all("1-12月共审查行政合同228件"), ["1-12月"]);
        assert_eq!(all("全年召开会议4次"), ["全年"]);
        assert_eq!(all("2022年以来共召开党委会议4次"), ["2022年以来"]);
        assert_eq!(all("2024年,人民调解案件825件"), ["2024年"]);
        assert_eq!(all("截至2023年底,共有"), ["截至2023年底"]);
        assert_eq!(all("2023年1-6月,共"), ["2023年1-6月"]);
    }

    #[test]
    fn dates_are_not_scopes() {
        assert!(all("2020年12月2日").is_empty());
        assert!(all("于今年5月正式投入使用").is_empty());
        assert!(all("11月召开").is_empty());
        assert!(all("《2020年1-8月清单》").is_empty());
    }
}
