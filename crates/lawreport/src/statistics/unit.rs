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

const fn u(
    written: &'static str,
    base: &'static str,
    kind: Kind,
    chinese: bool,
    not_before: &'static str,
) -> Unit {
    Unit {
        written,
        base,
        kind,
        chinese,
        final_only: false,
        not_before,
        duration: false,
    }
}

const fn dur(written: &'static str, chinese: bool, not_before: &'static str) -> Unit {
    Unit {
        written,
        base: written,
        kind: Measure,
        chinese,
        final_only: false,
        not_before,
        duration: true,
    }
}

const fn fin(written: &'static str, base: &'static str, kind: Kind) -> Unit {
    Unit {
        written,
        base,
        kind,
        chinese: false,
        final_only: true,
        not_before: "",
        duration: false,
    }
}

use Kind::{Event, Measure, Person, Thing};

/// Every unit, longest written forms first where one is a prefix of another
/// (the matcher takes the longest that fits anyway).
pub(crate) static UNITS: &[Unit] = &[
    // Composite units with 个 (one unit, not 个 + noun).
    u("个百分点", "个百分点", Measure, true, ""),
    u("百分点", "个百分点", Measure, true, ""),
    u("个工作日", "个工作日", Measure, true, ""),
    u("个自然日", "个自然日", Measure, true, ""),
    dur("个小时", true, ""),
    u("个季度", "个季度", Measure, true, ""),
    u("个月", "个月", Measure, true, ""),
    u("工作日", "工作日", Measure, true, "内"),
    // People.
    u("人次", "人次", Event, true, ""),
    u(
        "人",
        "人",
        Person,
        true,
        "民大才口社防工武身格文力事群居情行均类性脉选心造寿体像物生权间世道和家字均际质数",
    ),
    u(
        "名",
        "名",
        Person,
        true,
        "单称义额录字片城胜誉牌列校师企医村镇品茶下著次气声目副号词言",
    ),
    u("位", "位", Person, true, "于置数列次居移"),
    // Occurrences.
    u("件次", "件次", Event, true, ""),
    u("户次", "户次", Event, true, ""),
    u("家次", "家次", Event, true, ""),
    u("项次", "项次", Event, true, ""),
    u("场次", "场次", Event, true, ""),
    u("批次", "批次", Event, true, ""),
    u("班次", "班次", Event, false, ""),
    u("车次", "车次", Event, false, ""),
    u("架次", "架次", Event, false, ""),
    u("台次", "台次", Event, false, ""),
    u("课时", "课时", Measure, true, ""),
    u("学时", "学时", Measure, true, ""),
    u("次", "次", Event, true, "日年月要生序贷级第之"),
    u(
        "场",
        "场",
        Event,
        true,
        "所地馆景合站面镇院主长域券监内外部上",
    ),
    u(
        "期",
        "期",
        Event,
        false,
        "间限末待望满刊货权盼中内初后前许刑票",
    ),
    u("轮", "轮", Event, true, "值流换胎船"),
    u("遍", "遍", Event, true, "布及地"),
    u("趟", "趟", Event, true, ""),
    u("堂", "堂", Event, true, ""),
    // Money, area, volume, mass, length, concentration.
    u("元", "元", Measure, true, "旦素年化首帅宵老月"),
    u("美元", "美元", Measure, true, ""),
    u("平方公里", "平方公里", Measure, true, ""),
    u("平方千米", "平方千米", Measure, true, ""),
    u("平方米", "平方米", Measure, true, ""),
    u("平米", "平方米", Measure, true, ""),
    u("立方米", "立方米", Measure, true, ""),
    u("微克/立方米", "微克/立方米", Measure, false, ""),
    u("毫克/立方米", "毫克/立方米", Measure, false, ""),
    u("毫克/升", "毫克/升", Measure, false, ""),
    u("公顷", "公顷", Measure, true, ""),
    u("亩", "亩", Measure, true, ""),
    u("公里", "公里", Measure, true, ""),
    u("千米", "千米", Measure, true, ""),
    u("米", "米", Measure, false, "粮"),
    u("吨", "吨", Measure, true, ""),
    u("千克", "千克", Measure, true, ""),
    u("公斤", "公斤", Measure, true, ""),
    u("千瓦时", "千瓦时", Measure, true, ""),
    u("千瓦", "千瓦", Measure, true, ""),
    u("兆瓦", "兆瓦", Measure, true, ""),
    // Durations (years, months and days of the calendar are dates).
    dur("小时", true, ""),
    dur("分钟", true, ""),
    dur("天", true, "然气地津下空文河平门山真才使堂价职"),
    dur("周", false, "年边期末转到密全知围岁"),
    fin("分", "分", Measure),
    fin("倍", "倍", Measure),
    // Classifiers of things.
    u("个", "个", Thing, true, "性别体案税人"),
    u("项", "项", Thing, true, ""),
    u("件", "件", Thing, true, ""),
    u(
        "家",
        "家",
        Thing,
        true,
        "庭属长乡风教访暴门里中园底用具电政族务常境居国人",
    ),
    u("支", "支", Thing, true, "持撑付出部援配柱书委"),
    u("台", "台", Thing, false, "账阶风湾州词上下前"),
    u("辆", "辆", Thing, true, ""),
    u("条", "条", Thing, true, "例件理块幅线目规令约形纹"),
    u("份", "份", Thing, true, "额子"),
    u("户", "户", Thing, true, "籍外口型主均内头政部"),
    u("宗", "宗", Thing, true, "教旨族祠亲师"),
    u(
        "起",
        "起",
        Thing,
        true,
        "草来点步始止到航居飞跑源因底码见伏",
    ),
    u("间", "间", Thing, false, "隔接断距歇"),
    u("处", "处", Thing, false, "罚理置室长分于级事境方所世女暑"),
    u(
        "所",
        "所",
        Thing,
        false,
        "有属在以谓得需述辖长致获用做作能见知涉含占处提采",
    ),
    u(
        "本",
        "本",
        Thing,
        false,
        "年级次地单部着领届区市镇街县村局身质原职来底期月周色土科金息人位轮体",
    ),
    u("种", "种", Thing, true, "植子养业类粮苗群"),
    u("座", "座", Thing, true, "谈位右席次"),
    u("张", "张", Thing, false, "贴扬力榜家罗开望"),
    u("套", "套", Thing, true, "餐路取用"),
    u("篇", "篇", Thing, true, "章幅"),
    u("册", "册", Thing, true, ""),
    u("卷", "卷", Thing, false, "入宗烟轴帙"),
    u("块", "块", Thing, true, ""),
    u("批", "批", Thing, true, "准复示评发办转量判阅文"),
    u("类", "类", Thing, true, "似别型推"),
    u("笔", "笔", Thing, false, "记者试录画"),
    u("封", "封", Thing, false, "闭面存顶控锁装"),
    u("栋", "栋", Thing, true, ""),
    u("幢", "幢", Thing, true, ""),
    u("艘", "艘", Thing, true, ""),
    u("盏", "盏", Thing, true, ""),
    u("株", "株", Thing, true, ""),
    u("棵", "棵", Thing, true, ""),
    u("款", "款", Thing, false, "项式"),
    u("部", "部", Thing, false, "门署分长位委队落件属级室局"),
];

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
