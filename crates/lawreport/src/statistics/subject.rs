//! The subject of a quantity: the phrase of its clause that names what is
//! counted.
//!
//! Chinese states counts two ways. In the listing form the counted thing
//! comes first and the quantity closes the phrase: `政务公开信息208条`,
//! `化解率92%`, `组织召开专题会议10余次`. In the counting form the quantity
//! comes first and the thing follows its classifier: `10个内设机构`,
//! `6名律师`, `31人参加行政执法人员考试`. So the subject is looked for on
//! both sides of the number, within its clause (between commas, semicolons
//! and the quantities next to it):
//!
//! - the right side wins when a classifier of people (人, 名, 位) is followed
//!   by words, when a classifier of things (个, 项, 家 …) is followed by a
//!   noun (not by a verb such as 下发 or a copula such as 为), and when the
//!   quantity is joined to the thing by 的 (`41人的执法队伍`);
//! - otherwise the left side, with leading time words and adverbs (全年, 共,
//!   累计) and trailing linking words (达, 为, 共计) taken off;
//! - when the left side only says how the previous figure changed (`同比
//!   下降`, or nothing at all as in `158宗约2800平方米`), the quantity
//!   shares the subject of the quantity before it in the sentence.

use super::fold::fold;
use super::quantity::CharSet;
use super::unit::Kind;

/// Words that open a clause without naming anything: time words, adverbs,
/// enumerators.
const LEADING: &[&str] = &[
    "截至目前",
    "截止目前",
    "今年以来",
    "至今",
    "全年",
    "年内",
    "目前",
    "当前",
    "现已",
    "其中",
    "另外",
    "此外",
    "同时",
    "总共",
    "一共",
    "合计",
    "共计",
    "累计",
    "先后",
    "已经",
    "共",
    "已",
    "并",
    "还",
    "又",
    "均",
    "另",
    "现",
    "仅",
    "再",
    "更",
    "也",
    "以来",
    "期间",
    "年度",
    "当年",
    "本年",
    "以及",
    "和",
    "及",
    "与",
    "、",
];

/// Words that close the left side before the number without naming anything.
const TRAILING: &[&str] = &[
    "共计",
    "合计",
    "总计",
    "累计",
    "共有",
    "一共",
    "分别为",
    "分别",
    "达到了",
    "达到",
    "高达",
    "多达",
    "突破",
    "保持",
    "持续",
    "连续",
    "共",
    "计",
    "达",
    "为",
    "是",
    "有",
    "各",
    "的",
    "了",
    "已",
    "均",
    "都",
    "仅",
    "占",
    "总数",
    "约",
    "、",
    ":",
    "(",
    "增加到",
    "提高到",
    "增长到",
    "下降到",
    "减少到",
    "上升到",
    "平均为",
    "由",
    "从",
    "不足",
    "超过",
    "近",
    "超",
    "逾",
];

/// Words that only say how a figure changed: a left side made of these
/// (or of nothing) means the quantity continues the previous one.
const CHANGE: &[&str] = &[
    "同比",
    "环比",
    "较上年",
    "较去年",
    "比上年",
    "比去年",
    "分别",
    "持续",
    "下降",
    "上升",
    "提升",
    "提高",
    "增长",
    "减少",
    "增加",
    "降低",
    "了",
    "约",
    "达",
    "为",
    "到",
    "至",
    "、",
    "共",
    "和",
    "及",
    "与",
    "或",
];

/// Words that, right after a classifier of things, show the quantity ends
/// its phrase (`公开信10000余份下发到…`, `29件为同一件事`).
const VERB_AFTER: &[&str] = &[
    "下发", "发放", "发到", "为", "是", "被", "已", "均", "都", "全部", "共", "同比", "较", "比",
    "占", "增长", "下降", "提升", "提高", "增加", "减少", "进行", "得到", "获得", "实现", "完成",
    "办结", "正在", "等", "和", "与", "及", "或", "涉及", "受理", "以上", "左右", "次",
];

/// Words where a right-side subject stops: the predicate or the next
/// coordinated phrase begins.
const RIGHT_STOP: &[&str] = &[
    "分别", "其中", "同时", "以及", "并且", "均已", "均为", "均在", "全部", "且均", "按照", "通过",
];

/// Words taken off the end of a right-side subject (it ran into the next
/// quantity: `9个村居共40名`, `11个城市社区与12名律师`).
const RIGHT_TRAILING: &[&str] = &[
    "共有", "共计", "共", "与", "和", "及", "、", "的", "各", " ",
];

/// Longest subject kept, in characters.
const MAX_CHARS: usize = 40;

static LEADING_FIRST: CharSet = CharSet::edges(LEADING, false);
static TRAILING_LAST: CharSet = CharSet::edges(TRAILING, true);
static CHANGE_FIRST: CharSet = CharSet::edges(CHANGE, false);
static VERB_FIRST: CharSet = CharSet::edges(VERB_AFTER, false);

/// `s` without the first of `words` it starts with (`firsts`: their first
/// characters, a quick test).
fn strip_any<'a>(s: &'a str, words: &[&str], firsts: &CharSet) -> Option<&'a str> {
    let c = s.chars().next()?;
    if !firsts.contains(c) {
        return None;
    }
    words.iter().find_map(|w| s.strip_prefix(w))
}

/// `s` without the first of `words` it ends with.
fn strip_any_end<'a>(s: &'a str, words: &[&str], lasts: &CharSet) -> Option<&'a str> {
    let c = s.chars().next_back()?;
    if !lasts.contains(c) {
        return None;
    }
    words.iter().find_map(|w| s.strip_suffix(w))
}

fn strip_leading(mut s: &str) -> &str {
    loop {
        let before = s.len();
        s = s.trim_start_matches([' ', '\u{3000}']);
        // 一是 / 二是 enumerators and list numbers.
        if let Some(rest) = s
            .char_indices()
            .find(|&(_, c)| {
                !matches!(
                    c,
                    '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
                )
            })
            .and_then(|(i, _)| (i > 0).then(|| &s[i..]))
            .and_then(|r| r.strip_prefix('是'))
        {
            s = rest;
        }
        if let Some(r) = super::period::leading(s) {
            s = r;
        }
        if let Some(r) = strip_any(s, LEADING, &LEADING_FIRST) {
            s = r;
        }
        if s.len() == before {
            return s;
        }
    }
}

fn strip_trailing(mut s: &str) -> &str {
    loop {
        let before = s.len();
        s = s.trim_end_matches([' ', '\u{3000}']);
        if let Some(r) = strip_any_end(s, TRAILING, &TRAILING_LAST) {
            s = r;
        }
        if s.len() == before {
            return s;
        }
    }
}

/// True when `s` says nothing but how a figure changed.
pub(crate) fn only_change(s: &str) -> bool {
    let mut s = s.trim();
    while !s.is_empty() {
        match strip_any(s, CHANGE, &CHANGE_FIRST) {
            Some(r) => s = r,
            None => return false,
        }
    }
    true
}

/// The left side as a subject (`None` when nothing is left).
pub(crate) fn left(region: &str) -> Option<&str> {
    let s = strip_trailing(strip_leading(region));
    let s = strip_trailing(s);
    let s = keep_last_chars(s, MAX_CHARS);
    (!s.is_empty()).then_some(s)
}

/// The right side as a subject, if the unit reaches to the right: `kind` of
/// the unit, `region` the text after the quantity up to the clause end.
pub(crate) fn right(kind: Kind, region: &str) -> Option<&str> {
    let (s, joined) = match region.strip_prefix('的') {
        Some(r) => (r, true),
        None => (region, false),
    };
    if s.is_empty() || s.starts_with(|c: char| c.is_ascii_digit() || c == '、') {
        return None;
    }
    let folded = fold(s);
    let reaches = joined
        || match kind {
            Kind::Person => true,
            Kind::Thing => strip_any(&folded, VERB_AFTER, &VERB_FIRST).is_none(),
            Kind::Event | Kind::Measure => false,
        };
    if !reaches {
        return None;
    }
    // Stop where the predicate starts (but never at the first character).
    let mut end = s.len();
    for (i, _) in s.char_indices().skip(1) {
        if RIGHT_STOP.iter().any(|w| s[i..].starts_with(w)) {
            end = i;
            break;
        }
    }
    let mut s = &s[..end];
    'strip: loop {
        for w in RIGHT_TRAILING {
            if let Some(r) = s.strip_suffix(w) {
                s = r;
                continue 'strip;
            }
        }
        break;
    }
    let s = keep_first_chars(s, MAX_CHARS);
    (!s.is_empty()).then_some(s)
}

/// The last `n` characters of `s`, not starting inside a title or a
/// quotation (`》《民法典》…` loses its broken start).
fn keep_last_chars(s: &str, n: usize) -> &str {
    let mut s = match s.char_indices().rev().nth(n.saturating_sub(1)) {
        Some((i, _)) => &s[i..],
        None => return s,
    };
    for (open, close) in [('《', '》'), ('“', '”')] {
        if let Some(at) = s.find(close) {
            if !s[..at].contains(open) {
                s = &s[at + close.len_utf8()..];
            }
        }
    }
    s
}

fn keep_first_chars(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn left_side_drops_time_words_and_links() {
        assert_eq!(left("截至目前政务公开信息"), Some("政务公开信息"));
        assert_eq!(left("全年共开展普法宣传活动"), Some("开展普法宣传活动"));
        assert_eq!(left("办结率达"), Some("办结率"));
        assert_eq!(left("人民调解案件数共计"), Some("人民调解案件数"));
        assert_eq!(
            left("二是2023年组织人民调解员集中培训"),
            Some("组织人民调解员集中培训")
        );
        assert_eq!(left("共"), None);
    }

    #[test]
    fn right_side_follows_classifiers() {
        assert_eq!(right(Kind::Thing, "内设机构"), Some("内设机构"));
        assert_eq!(
            right(Kind::Person, "参加行政执法人员考试"),
            Some("参加行政执法人员考试")
        );
        assert_eq!(right(Kind::Person, "的执法队伍"), Some("执法队伍"));
        assert_eq!(right(Kind::Thing, "下发到各社区"), None);
        assert_eq!(right(Kind::Thing, "村居共"), Some("村居"));
        assert_eq!(right(Kind::Event, "研究部署工作"), None);
        assert_eq!(right(Kind::Measure, "的资金保障"), Some("资金保障"));
    }

    #[test]
    fn long_left_sides_are_cut_outside_titles() {
        let long = format!("{}《民法典》等法律法规", "组织学习".repeat(12));
        let got = left(&long).unwrap();
        assert!(got.chars().count() <= MAX_CHARS);
        let (open, close) = (got.find('《'), got.find('》'));
        assert!(close.is_none() || open < close, "{got}");
        let cut = format!("{}》等法律法规", "组织学习".repeat(12));
        assert_eq!(left(&cut), Some("等法律法规"));
    }

    #[test]
    fn change_words() {
        assert!(only_change("持续下降"));
        assert!(only_change("约"));
        assert!(only_change(""));
        assert!(!only_change("其中婚姻家庭纠纷"));
    }
}
