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

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

use super::fold::fold;
use super::unit::Kind;
use crate::lexicon::statistics::subject_words;

/// A word list of `data/subjects.tsv`, indexed by the first and by the
/// last character of its words (a few comparisons per lookup).
struct Words {
    /// (first character, word), sorted by character, longest word first.
    by_first: Vec<(char, &'static str)>,
    /// (last character, word), sorted by character, longest word first.
    by_last: Vec<(char, &'static str)>,
    /// The first and the last characters, hashed into a few bits: most
    /// characters are not one, and are turned away without a search.
    firsts: CharFilter,
    lasts: CharFilter,
}

/// A set of characters as 256 hashed bits: no false negatives, some false
/// positives (the sorted lists settle those).
#[derive(Default)]
struct CharFilter([u64; 4]);

impl CharFilter {
    fn slot(c: char) -> usize {
        ((c as u32).wrapping_mul(0x9E37_79B1) >> 24) as usize
    }

    fn insert(&mut self, c: char) {
        let n = Self::slot(c);
        self.0[n >> 6] |= 1 << (n & 63);
    }

    fn may_contain(&self, c: char) -> bool {
        let n = Self::slot(c);
        self.0[n >> 6] & (1 << (n & 63)) != 0
    }
}

impl Words {
    fn load(name: &str) -> Words {
        let index = |last: bool| {
            let mut v: Vec<(char, &'static str)> = subject_words(name)
                .into_iter()
                .filter_map(|w| {
                    let c = if last {
                        w.chars().next_back()
                    } else {
                        w.chars().next()
                    };
                    c.map(|c| (c, w))
                })
                .collect();
            // Longest first, so that 分别为 is taken off before 为.
            v.sort_by_key(|&(c, w)| (c, std::cmp::Reverse(w.len())));
            let mut filter = CharFilter::default();
            for &(c, _) in &v {
                filter.insert(c);
            }
            (v, filter)
        };
        let (by_first, firsts) = index(false);
        let (by_last, lasts) = index(true);
        Words {
            by_first,
            by_last,
            firsts,
            lasts,
        }
    }

    /// The words whose indexed character is `c`.
    fn with<'i>(
        index: &'i [(char, &'static str)],
        c: char,
    ) -> impl Iterator<Item = &'static str> + 'i {
        let from = index.partition_point(|&(x, _)| x < c);
        index[from..]
            .iter()
            .take_while(move |&&(x, _)| x == c)
            .map(|&(_, w)| w)
    }

    /// `s` without the first (longest) word it starts with.
    fn strip_start<'a>(&self, s: &'a str) -> Option<&'a str> {
        let c = s.chars().next()?;
        if !self.firsts.may_contain(c) {
            return None;
        }
        Self::with(&self.by_first, c).find_map(|w| s.strip_prefix(w))
    }

    /// `s` without the first (longest) word it ends with.
    fn strip_end<'a>(&self, s: &'a str) -> Option<&'a str> {
        let c = s.chars().next_back()?;
        if !self.lasts.may_contain(c) {
            return None;
        }
        Self::with(&self.by_last, c).find_map(|w| s.strip_suffix(w))
    }

    fn starts(&self, s: &str) -> bool {
        self.strip_start(s).is_some()
    }
}

static LEADING: LazyLock<Words> = LazyLock::new(|| Words::load("leading"));
static TRAILING: LazyLock<Words> = LazyLock::new(|| Words::load("trailing"));
static CHANGE: LazyLock<Words> = LazyLock::new(|| Words::load("change"));
static VERB_AFTER: LazyLock<Words> = LazyLock::new(|| Words::load("verb_after"));
static RIGHT_TRAILING: LazyLock<Words> = LazyLock::new(|| Words::load("right_trailing"));
static NOT_OBJECT: LazyLock<Words> = LazyLock::new(|| Words::load("not_object"));
static DETERMINERS: LazyLock<Words> = LazyLock::new(|| Words::load("determiners"));
static DOING_WORDS: LazyLock<Words> = LazyLock::new(|| Words::load("doing"));

/// Every verb of doing, for finding the last one in a phrase.
static DOING: LazyLock<AhoCorasick> =
    LazyLock::new(|| dfa(subject_words("doing"), "verbs of doing"));

/// An automaton for overlapping searches of short phrases, built as a DFA
/// (a few hundred words: small, and faster than the default NFA on CJK).
fn dfa(words: Vec<&'static str>, what: &str) -> AhoCorasick {
    AhoCorasick::builder()
        .kind(Some(AhoCorasickKind::DFA))
        .build(words)
        .unwrap_or_else(|e| panic!("the {what} build an automaton: {e}"))
}

/// Where a subject on the right stops (leftmost, longest).
static RIGHT_STOP: LazyLock<AhoCorasick> = LazyLock::new(|| {
    let words = subject_words("right_stop");
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(words)
        .expect("the stop words build an automaton")
});

/// Words inside which a verb of doing or a stop word is not one.
static COMPOUNDS: LazyLock<AhoCorasick> =
    LazyLock::new(|| dfa(subject_words("compounds"), "compounds"));

/// The byte ranges of the compounds of [`COMPOUNDS`] in `s`.
fn compounds(s: &str) -> Vec<(usize, usize)> {
    COMPOUNDS
        .find_overlapping_iter(s)
        .map(|m| (m.start(), m.end()))
        .collect()
}

/// True when byte `at` falls inside one of `ranges` (the 调解 of 人民调解,
/// the 对 of 针对性).
fn in_compound(ranges: &[(usize, usize)], at: usize) -> bool {
    ranges.iter().any(|&(s, e)| s <= at && at < e)
}

/// Longest subject kept, in characters, before tightening.
const MAX_CHARS: usize = 40;

/// A subject longer than this (in characters) is the clause around what is
/// counted: it is cut down to the head of its noun phrase.
const TIGHT: usize = 12;

/// Characters after which the head of a long noun phrase may start (the
/// head comes last in Chinese: 《…》等专题学习, 区直部门(单位)领导干部年终述法).
fn is_boundary(c: char) -> bool {
    matches!(
        c,
        '的' | '等' | '、' | ')' | '）' | '》' | '”' | '’' | '和' | '及' | '与' | ' '
    )
}

fn strip_leading(mut s: &str) -> &str {
    loop {
        let before = s.len();
        s = s.trim_start_matches([' ', '\u{3000}']);
        // 一是 / 二是 enumerators and list numbers.
        if let Some(rest) = s
            .char_indices()
            .find(|&(_, c)| !crate::chinese::is_one_to_ten(c))
            .and_then(|(i, _)| (i > 0).then(|| &s[i..]))
            .and_then(|r| r.strip_prefix('是'))
        {
            s = rest;
        }
        let mut it = s.chars();
        if it
            .next()
            .is_some_and(|c| super::period::may_start(c, it.next()))
        {
            if let Some(r) = super::period::leading(s) {
                s = r;
            }
        }
        if let Some(r) = LEADING.strip_start(s) {
            s = r;
        }
        if let Some(r) = DETERMINERS
            .strip_start(s)
            .filter(|r| r.chars().count() >= 2)
        {
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
        if let Some(r) = TRAILING.strip_end(s) {
            s = r;
        }
        // How the figure changed is not what is counted (…发案量同比下降).
        if let Some(r) = CHANGE.strip_end(s).filter(|r| r.chars().count() >= 2) {
            s = r;
        }
        // A time scope at the end (…企业诉求截至10月).
        // Only near the end: a scope is a few characters long.
        let tail_from = crate::text::floor_boundary(s, s.len().saturating_sub(36));
        if let Some(at) = s
            .get(tail_from..)
            .and_then(|t| t.rfind('截'))
            .map(|at| tail_from + at)
            .filter(|&at| s[at..].starts_with("截至") || s[at..].starts_with("截止"))
        {
            if at > 0 && super::period::at(s, at) == Some(s.len()) {
                s = &s[..at];
            }
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
        match CHANGE.strip_start(s) {
            Some(r) => s = r,
            None => return false,
        }
    }
    true
}

/// True when `s` is a phrase that ends with a verb of doing, its object
/// not written (`举办`, `部党组先后召开`): what is counted follows the
/// number.
pub(crate) fn ends_with_doing(s: &str) -> bool {
    DOING_WORDS.strip_end(s.trim_end()).is_some()
}

/// What follows the last verb of doing in `s`, when it names a thing (at
/// least three characters, not 成功 or another verb): 开展普法宣传活动 →
/// 普法宣传活动, but 受理人民调解案件 stays whole (案件 alone says too little)
/// and 调处成功 too.
fn after_doing(s: &str) -> &str {
    let mut best: Option<(usize, &str)> = None;
    let mut ranges = None;
    for m in DOING.find_overlapping_iter(s) {
        if in_compound(ranges.get_or_insert_with(|| compounds(s)), m.start()) {
            continue;
        }
        let mut rest = &s[m.end()..];
        while let Some(r) = DETERMINERS
            .strip_start(rest)
            .or_else(|| rest.strip_prefix('的'))
        {
            rest = r;
        }
        let named = rest
            .chars()
            .next()
            .is_some_and(|c| ('\u{3400}'..='\u{9FFF}').contains(&c) || "“《".contains(c));
        if !named || rest.chars().count() < 3 || NOT_OBJECT.starts(rest) || DOING_WORDS.starts(rest)
        {
            continue;
        }
        if best.is_none_or(|(end, _)| m.end() > end) {
            best = Some((m.end(), rest));
        }
    }
    best.map_or(s, |(_, r)| r)
}

/// A long subject cut to the head of its noun phrase: after the boundaries
/// that precede the head (的, 等, 、, a closing bracket …), then to its last
/// [`TIGHT`] characters.
fn tighten(mut s: &str) -> &str {
    while s.chars().count() > TIGHT {
        let Some((i, c)) = s.char_indices().find(|&(_, c)| is_boundary(c)) else {
            break;
        };
        let rest = strip_leading(&s[i + c.len_utf8()..]);
        // 宪法和民法典: a short last conjunct is one of the objects, not
        // the head of the whole.
        if rest.chars().count() < 4 {
            break;
        }
        s = rest;
    }
    if s.chars().count() > TIGHT {
        s = keep_last_chars(s, TIGHT);
        s = s.trim_start_matches(|c: char| {
            is_boundary(c) && !matches!(c, '的' | '等' | '和' | '及' | '与')
                || "，,;；:：(（“《".contains(c)
        });
    }
    s
}

/// The left side as a subject (`None` when nothing is left).
pub(crate) fn left(region: &str) -> Option<&str> {
    // What lies further back than the longest subject never counts: cut
    // first, so that the stripping below reads a few characters, not the
    // whole clause.
    let s = keep_last_chars(region, MAX_CHARS + 8);
    let s = strip_trailing(strip_leading(s));
    let s = keep_last_chars(s, MAX_CHARS);
    let s = strip_leading(after_doing(s));
    let s = tighten(s);
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
            Kind::Thing => VERB_AFTER.strip_start(&folded).is_none(),
            Kind::Event | Kind::Measure => false,
        };
    if !reaches {
        return None;
    }
    noun_phrase(s)
}

/// The noun phrase that follows a quantity (`2期专题培训班`, `6次部党组会`),
/// for a count whose verb stands before the number.
pub(crate) fn right_after_verb(region: &str) -> Option<&str> {
    let s = region.strip_prefix('的').unwrap_or(region);
    if s.is_empty()
        || s.starts_with(|c: char| !('\u{3400}'..='\u{9FFF}').contains(&c) && c != '“')
        || DOING_WORDS.starts(s)
        || VERB_AFTER.starts(s)
        || CHANGE.starts(s)
    {
        return None;
    }
    noun_phrase(s).filter(|n| n.chars().count() >= 2)
}

/// The noun phrase at the start of `s`: up to the predicate (a stop word or
/// a verb of doing, never at the first character), with a relative 的
/// resolved (`政府工作部门的“三定”方案` → 政府工作部门, but
/// `操作性、针对性强的改革措施` → 改革措施) and a leading verb of doing taken
/// off (`参加本年度行政执法人员考试` → 行政执法人员考试).
fn noun_phrase(s: &str) -> Option<&str> {
    let mut s = s;
    if DOING_WORDS.starts(s) {
        let after = after_doing(s);
        if after.len() < s.len() {
            s = after;
        }
    }
    // Never before the second character: a one-character phrase is a
    // word that starts like a stop word (存在, 关于).
    let mut ranges = None;
    let end = RIGHT_STOP
        .find_iter(s)
        .find(|m| {
            s[..m.start()].chars().count() >= 2
                && !in_compound(ranges.get_or_insert_with(|| compounds(s)), m.start())
        })
        .map_or(s.len(), |m| m.start());
    let mut s = &s[..end];
    if let Some(at) = s.find('的') {
        let (before, after) = (&s[..at], &s[at + '的'.len_utf8()..]);
        s = if before.contains('、') && after.chars().count() >= 2 {
            after
        } else {
            before
        };
    }
    'strip: loop {
        s = s.trim_end();
        if let Some(r) = RIGHT_TRAILING.strip_end(s) {
            s = r;
            continue 'strip;
        }
        break;
    }
    let s = strip_leading(s);
    let s = if s.chars().count() > TIGHT {
        // The head of a right-side phrase is what the classifier counts,
        // before any quotation or bracket that explains it.
        match s.find(['“', '(', '（', '《']) {
            Some(i) if s[..i].chars().count() >= 2 => &s[..i],
            _ => tighten(s),
        }
    } else {
        s
    };
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn left_side_drops_time_words_and_links() {
        assert_eq!(left("截至目前政务公开信息"), Some("政务公开信息"));
        assert_eq!(left("办结率达"), Some("办结率"));
        assert_eq!(left("人民调解案件数共计"), Some("人民调解案件数"));
        assert_eq!(left("共"), None);
    }

    /// (left side of the number, subject): what follows the last verb of
    /// doing, its determiners off; long phrases cut to their head.
    #[test]
    fn left_side_is_the_head_noun_phrase() {
        for (region, want) in [
            ("全年共开展普法宣传活动", "普法宣传活动"),
            ("二是2023年组织人民调解员集中培训", "人民调解员集中培训"),
            ("组织召开各类协调会议", "协调会议"),
            ("梳理确认我区各类政务服务事项清单", "政务服务事项清单"),
            ("增福镇组织开展行政执法检查", "行政执法检查"),
            ("为街道各类合同、文件进行合法性审查", "合法性审查"),
            (
                "今年共完成重要合同、重大行政决策合法性审核",
                "重大行政决策合法性审核",
            ),
            (
                "开展安全生产、环境保护、食品药品等专项排查",
                "食品药品等专项排查",
            ),
            ("区直部门(单位)领导干部年终述法", "领导干部年终述法"),
            ("实现一审行政诉讼发案量同比下降", "一审行政诉讼发案量"),
            ("居民人均可支配收入实际增长", "居民人均可支配收入"),
            ("全区累计组织各类学习、培训、宣讲", "学习、培训、宣讲"),
            ("办理服务包企业诉求截至10月", "服务包企业诉求"),
            ("县控及以上断面水质比例", "县控及以上断面水质比例"),
            // The verb stays when what follows names nothing by itself.
            ("调处成功", "调处成功"),
            ("依申请公开", "依申请公开"),
            ("全年受理人民调解案件", "人民调解案件"),
            ("化解率达", "化解率"),
        ] {
            assert_eq!(left(region), Some(want), "{region}");
        }
    }

    #[test]
    fn a_verb_before_the_number_looks_right() {
        assert!(ends_with_doing("举办"));
        assert!(ends_with_doing("部党组先后召开"));
        assert!(!ends_with_doing("专题培训班"));
        assert_eq!(right_after_verb("专题培训班"), Some("专题培训班"));
        assert_eq!(right_after_verb("部党组会"), Some("部党组会"));
        assert_eq!(right_after_verb("研究部署工作"), None);
        assert_eq!(right_after_verb("同比增长"), None);
        assert_eq!(right_after_verb(""), None);
    }

    #[test]
    fn right_side_follows_classifiers() {
        assert_eq!(right(Kind::Thing, "内设机构"), Some("内设机构"));
        assert_eq!(
            right(Kind::Person, "参加行政执法人员考试"),
            Some("行政执法人员考试")
        );
        assert_eq!(right(Kind::Person, "的执法队伍"), Some("执法队伍"));
        assert_eq!(right(Kind::Thing, "下发到各社区"), None);
        assert_eq!(right(Kind::Thing, "村居共"), Some("村居"));
        assert_eq!(right(Kind::Event, "研究部署工作"), None);
        assert_eq!(right(Kind::Measure, "的资金保障"), Some("资金保障"));
        for (region, want) in [
            ("职能部门对全区权责清单进行重新梳理", "职能部门"),
            ("党员广泛开展学习习近平法治思想", "党员"),
            ("干部具体负责法治建设的各项工作", "干部"),
            ("行政许可事项统一划入县行政审批局", "行政许可事项"),
            ("政府工作部门的“三定”方案", "政府工作部门"),
            ("操作性、针对性强的改革措施", "改革措施"),
            ("专业律师组建街道法律顾问团", "专业律师"),
            ("领导干部和国家工作人员均完成考试", "领导干部和国家工作人员"),
        ] {
            let kind = if want.ends_with('员') || want.ends_with('部') || want.ends_with('师') {
                Kind::Person
            } else {
                Kind::Thing
            };
            assert_eq!(right(kind, region), Some(want), "{region}");
        }
    }

    #[test]
    fn long_left_sides_are_cut_to_their_head() {
        let long = format!("{}《民法典》等法律法规", "组织学习".repeat(12));
        let got = left(&long).unwrap();
        assert!(got.chars().count() <= TIGHT);
        let (open, close) = (got.find('《'), got.find('》'));
        assert!(close.is_none() || open < close, "{got}");
        let cut = format!("{}》等法律法规", "组织学习".repeat(12));
        assert_eq!(left(&cut), Some("法律法规"));
    }

    #[test]
    fn change_words() {
        assert!(only_change("持续下降"));
        assert!(only_change("约"));
        assert!(only_change(""));
        assert!(!only_change("其中婚姻家庭纠纷"));
    }
}
