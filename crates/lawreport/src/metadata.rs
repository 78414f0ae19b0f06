//! Metadata: title, covered year, author, addressee, dates and page fields.
//!
//! A report's text has three regions: the *head* (page chrome, metadata
//! fields, title lines, addressee), the *body* (preamble and numbered
//! sections) and the *tail* (the sign-off: issuing body and date). This
//! module finds the boundaries and reads what the head and tail say.

use std::ops::Range;
use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

use crate::model::Source;
use crate::normalize::{LineKind, Normalized};
use crate::outline;

/// Labels of page metadata fields, and which field each fills.
const LABELS: &[(&str, Field)] = &[
    ("索引号", Field::IndexNumber),
    ("发文字号", Field::DocumentNumber),
    ("备注/文号", Field::DocumentNumber),
    ("文号", Field::DocumentNumber),
    ("发文编号", Field::DocumentNumber),
    ("发文机关", Field::Issuer),
    ("发文单位", Field::Issuer),
    ("发布机构", Field::Publisher),
    ("发布单位", Field::Publisher),
    ("发布者", Field::Source),
    ("文章来源", Field::Source),
    ("信息来源", Field::Source),
    ("来源", Field::Source),
    ("作者", Field::Other),
    ("成文日期", Field::Signed),
    ("发文日期", Field::Published),
    ("发布日期", Field::Published),
    ("发布时间", Field::Published),
    ("公开日期", Field::Published),
    ("更新时间", Field::Published),
    ("发表时间", Field::Published),
    ("时间", Field::Published),
    ("日期", Field::Published),
    ("公文生成日期", Field::Other),
    ("生效日期", Field::Other),
    ("标题", Field::Title),
    ("名称", Field::Other),
    ("主题分类", Field::Other),
    ("体裁分类", Field::Other),
    ("组配分类", Field::Other),
    ("信息类别", Field::Other),
    ("信息分类", Field::Other),
    ("分类", Field::Other),
    ("公开范围", Field::Other),
    ("公开方式", Field::Other),
    ("公开形式", Field::Other),
    ("公开时限", Field::Other),
    ("有效性", Field::Other),
    ("主题词", Field::Other),
    ("关键词", Field::Other),
    ("浏览次数", Field::Chrome),
    ("阅读次数", Field::Chrome),
    ("点击数", Field::Chrome),
    ("点击率", Field::Chrome),
    ("点击", Field::Chrome),
    ("文字大小", Field::Chrome),
    ("字体", Field::Chrome),
    // Traditional-character pages (converting sites) use the same labels.
    ("索引號", Field::IndexNumber),
    ("發文字號", Field::DocumentNumber),
    ("文號", Field::DocumentNumber),
    ("發文機關", Field::Issuer),
    ("發佈機構", Field::Publisher),
    ("發布機構", Field::Publisher),
    ("發佈者", Field::Source),
    ("發布者", Field::Source),
    ("來源", Field::Source),
    ("文章來源", Field::Source),
    ("成文日期", Field::Signed),
    ("發文日期", Field::Published),
    ("發佈日期", Field::Published),
    ("發布日期", Field::Published),
    ("發佈時間", Field::Published),
    ("發布時間", Field::Published),
    ("更新時間", Field::Published),
    ("時間", Field::Published),
    ("標題", Field::Title),
    ("名稱", Field::Other),
    ("主題分類", Field::Other),
    ("瀏覽次數", Field::Chrome),
    ("點擊數", Field::Chrome),
    ("字體", Field::Chrome),
    ("字號", Field::Chrome),
    ("字号", Field::Chrome),
    ("背景色", Field::Chrome),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    IndexNumber,
    DocumentNumber,
    Issuer,
    Publisher,
    /// 来源/发布者: the publisher when no 发布机构 is given; never the author.
    Source,
    Published,
    Signed,
    Title,
    Other,
    Chrome,
}

/// `(?:[【\[]\s*LABEL\s*[】\]]|LABEL\s*:)`, with optional spaces between the
/// characters of each label (索 引 号).
static LABEL: LazyLock<Regex> = LazyLock::new(|| label_regex(""));
/// The same, anchored at the start of the line (a cheap test per line).
static LEADING_LABEL: LazyLock<Regex> = LazyLock::new(|| label_regex("^"));

fn label_regex(anchor: &str) -> Regex {
    let mut labels: Vec<&str> = LABELS.iter().map(|(l, _)| *l).collect();
    labels.sort_by_key(|l| std::cmp::Reverse(l.chars().count()));
    let alternation = labels
        .iter()
        .map(|l| {
            l.chars()
                .map(|c| regex::escape(&c.to_string()))
                .collect::<Vec<_>>()
                .join(r"\s*")
        })
        .collect::<Vec<_>>()
        .join("|");
    Regex::new(&format!(
        r"{anchor}(?:[【\[]\s*(?P<bracketed>{alternation})\s*[】\]]|(?P<plain>{alternation})\s*:)"
    ))
    .expect("valid regex")
}

/// One labelled field of a metadata line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MetaField {
    /// The label without spaces (索引号).
    pub label: String,
    /// The value, trimmed of separators; may be empty.
    pub value: String,
}

/// True when `content` is a line of labelled page metadata.
pub(crate) fn is_metadata_line(content: &str) -> bool {
    LEADING_LABEL.is_match(content)
}

/// The labelled fields of a metadata line, in order.
///
/// ```
/// use lawreport::metadata::fields;
/// let f = fields("索引号: 1137030300421767X3/2024-5423010 文号: 发文日期: 2024-01-09");
/// assert_eq!(f.len(), 3);
/// assert_eq!(f[0].value, "1137030300421767X3/2024-5423010");
/// assert_eq!(f[1].value, "");
/// assert_eq!((f[2].label.as_str(), f[2].value.as_str()), ("发文日期", "2024-01-09"));
/// ```
pub fn fields(content: &str) -> Vec<MetaField> {
    let matches: Vec<_> = LABEL.captures_iter(content).collect();
    let mut out = Vec::with_capacity(matches.len());
    for (i, c) in matches.iter().enumerate() {
        let whole = c.get(0).expect("match");
        let label = c
            .name("bracketed")
            .or_else(|| c.name("plain"))
            .expect("one label group");
        let end = matches
            .get(i + 1)
            .map_or(content.len(), |n| n.get(0).expect("match").start());
        let value = content[whole.end()..end].trim_matches(|ch: char| {
            ch.is_whitespace() || matches!(ch, '|' | ':' | '[' | ']' | '【' | '】')
        });
        out.push(MetaField {
            label: label
                .as_str()
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect(),
            value: value.to_string(),
        });
    }
    out
}

/// True when a metadata line has a field worth keeping (not only empty
/// values or counters such as 浏览次数).
pub(crate) fn has_informative_field(content: &str) -> bool {
    fields(content)
        .iter()
        .any(|f| !f.value.is_empty() && field_of(&f.label) != Field::Chrome)
}

fn field_of(label: &str) -> Field {
    LABELS
        .iter()
        .find(|(l, _)| *l == label)
        .map_or(Field::Other, |(_, f)| *f)
}

/// What the head and tail of a report say, with the body's boundaries.
#[derive(Debug, Clone, Default)]
pub struct Head {
    /// The title, joined from its lines.
    pub title: Option<String>,
    /// Byte range of the (last) title line, for diagnostics.
    pub title_range: Option<Range<usize>>,
    /// The addressee, without its colon.
    pub addressee: Option<String>,
    /// The issuing body.
    pub author: Option<String>,
    /// The sign-off date.
    pub signed_on: Option<NaiveDate>,
    /// The publication date from the metadata.
    pub published_on: Option<NaiveDate>,
    /// Page metadata fields.
    pub source: Source,
    /// Index of the first line of the body.
    pub body_start: usize,
    /// Index one past the last line of the body (the sign-off starts here).
    pub body_end: usize,
    /// Byte offset where the body ends (before the sign-off).
    pub body_end_byte: usize,
    /// Whether a sign-off (issuing body or date at the end) was found.
    pub signed: bool,
    /// Whether `source.publisher` came from 来源/发布者 rather than 发布机构.
    pub publisher_from_source: bool,
}

/// Org-name endings that make a line or title prefix an issuing body.
const ORG_SUFFIXES: &[&str] = &[
    "人民政府",
    "政府",
    "办事处",
    "管委会",
    "管理委员会",
    "委员会",
    "局",
    "厅",
    "办公室",
    "司法所",
    "中心",
    "工委",
    "党工委",
    "党委",
    "政府办",
    "法院",
    "检察院",
    "社管办",
];

/// Place-name endings: a title fragment that is a place can start a title.
const PLACE_SUFFIXES: &[&str] = &[
    "省",
    "市",
    "区",
    "县",
    "旗",
    "州",
    "盟",
    "镇",
    "乡",
    "街道",
    "街",
    "苏木",
    "自治区",
];

fn ends_with_any(s: &str, list: &[&str]) -> bool {
    list.iter().any(|x| s.ends_with(x))
}

/// Read the head and tail of `n`.
pub fn analyze(n: &Normalized) -> Head {
    let mut head = Head::default();
    let lines = &n.lines;

    // Page metadata anywhere before the body ends (some pages put it last).
    for (i, line) in lines.iter().enumerate() {
        if line.kind == LineKind::Metadata {
            for f in fields(n.content(i)) {
                apply_field(&mut head, f);
            }
        }
    }

    // Head: everything before the first paragraph or numbered heading.
    let mut titles: Vec<(String, Range<usize>)> = Vec::new();
    let mut fragment: Option<usize> = None;
    let mut body_start = lines.len();
    for (i, line) in lines.iter().enumerate() {
        match line.kind {
            LineKind::Blank => continue,
            LineKind::Chrome | LineKind::Metadata => {
                fragment = None;
                continue;
            }
            LineKind::Body => {}
        }
        let content = n.content(i);
        if outline::starts_with_number(content) {
            body_start = i;
            break;
        }
        let bare = strip_trailing_date(content);
        if let Some(addressee) = addressee(bare) {
            head.addressee = Some(addressee.to_string());
            fragment = None;
            continue;
        }
        if is_title_like(bare) {
            // A title split over lines: the fragment before it starts it.
            if let Some(f) = fragment {
                let first = strip_trailing_date(n.content(f));
                if joins(first, bare) {
                    titles.push((format!("{first}{bare}"), line.content.clone()));
                    fragment = None;
                    continue;
                }
            }
            titles.push((bare.to_string(), line.content.clone()));
            fragment = Some(i);
            continue;
        }
        if is_fragment(bare) {
            fragment = Some(i);
            continue;
        }
        body_start = i;
        break;
    }
    head.body_start = body_start;

    // A title from a 标题: field counts when no title line is found.
    let best = titles
        .iter()
        .rev()
        .find(|(t, _)| is_rule_of_law_title(t))
        .or_else(|| titles.last())
        .cloned();
    if let Some((t, range)) = best {
        head.title = Some(squash_title(&t));
        head.title_range = Some(range);
    }

    // Tail: the sign-off (issuing body, then date) at the end.
    let (body_end, author, signed_on) = sign_off(n, body_start);
    head.body_end = body_end;
    head.signed = body_end < lines.len();
    head.body_end_byte = lines
        .get(..body_end)
        .and_then(|ls| ls.iter().rev().find(|l| l.kind == LineKind::Body))
        .map_or(0, |l| l.range.end);
    if signed_on.is_some() {
        head.signed_on = signed_on;
    }

    head.author = author
        .or_else(|| {
            head.title
                .as_deref()
                .and_then(title_issuer)
                .map(str::to_string)
        })
        .or_else(|| head.source.other.get("发文机关").cloned())
        .or_else(|| {
            // 发布机构 names the issuer when it is a full name (a bare
            // 区人民政府办公室 is the web office); 来源 never does.
            (!head.publisher_from_source)
                .then(|| head.source.publisher.clone())
                .flatten()
                .filter(|p| !p.starts_with(['区', '市', '县']))
        });
    head
}

fn apply_field(head: &mut Head, f: MetaField) {
    let field = field_of(&f.label);
    if f.value.is_empty() || field == Field::Chrome {
        return;
    }
    let first = |slot: &mut Option<String>, v: &str| {
        if slot.is_none() {
            *slot = Some(v.to_string());
        }
    };
    match field {
        Field::IndexNumber => first(&mut head.source.index_number, &f.value),
        Field::DocumentNumber => first(&mut head.source.document_number, &f.value),
        Field::Publisher => {
            // 发布机构 outranks a 来源 read earlier.
            if head.publisher_from_source || head.source.publisher.is_none() {
                head.source.publisher = Some(f.value.clone());
                head.publisher_from_source = false;
            }
        }
        Field::Source => {
            if head.source.publisher.is_none() {
                head.source.publisher = Some(f.value.clone());
                head.publisher_from_source = true;
            }
        }
        Field::Published => {
            if head.published_on.is_none() {
                head.published_on = parse_date(&f.value);
            }
        }
        Field::Signed => {
            if head.signed_on.is_none() {
                head.signed_on = parse_date(&f.value);
            }
        }
        Field::Issuer | Field::Title | Field::Other | Field::Chrome => {}
    }
    // Fields with a slot of their own are not repeated in `other`.
    if !matches!(
        field,
        Field::IndexNumber | Field::DocumentNumber | Field::Publisher | Field::Source
    ) {
        head.source.other.entry(f.label).or_insert(f.value);
    }
}

/// "区委、区政府:" → "区委、区政府".
fn addressee(line: &str) -> Option<&str> {
    const RECIPIENTS: &[&str] = &[
        "委", "政府", "局", "办", "部门", "单位", "代表", "同志", "领导", "人大", "政协", "组",
        "厅", "院",
    ];
    let body = line.strip_suffix(':')?;
    let n = body.chars().count();
    if n == 0 || n > 60 || body.contains(['。', ';', ':']) || outline::starts_with_number(body) {
        return None;
    }
    // A list of recipients may run over commas; a sentence may not.
    if body.contains(',') && !RECIPIENTS.iter().any(|r| body.contains(r)) {
        return None;
    }
    Some(body.trim())
}

static TRAILING_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$",
    )
    .expect("valid regex")
});

fn strip_trailing_date(s: &str) -> &str {
    match TRAILING_DATE.find(s) {
        Some(m) if m.start() > 0 => s[..m.start()].trim_end(),
        _ => s,
    }
}

/// A line that can be a document title (of any kind of document).
fn is_title_like(s: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "报告",
        "总结",
        "报告书",
        "决议",
        "通知",
        "公告",
        "通报",
        "意见",
        "决定",
        "方案",
        "工作要点",
        "纪要",
    ];
    let n = s.chars().count();
    if !(4..=100).contains(&n) || s.contains(['。', ';']) || s.starts_with('《') {
        return false;
    }
    let s = crate::chinese::to_simplified(s);
    // A trailing note in brackets is not the title's end: "…报告(全文)".
    let s = match s
        .strip_suffix(')')
        .and_then(|x| x.rfind('(').map(|i| &x[..i]))
    {
        Some(core) if !core.is_empty() => core.trim_end(),
        _ => s.as_ref(),
    };
    ENDINGS.iter().any(|e| s.ends_with(e))
        // "XX区2023年度法治政府建设情况": a rule-of-law title without 报告.
        || (is_rule_of_law_title(s) && ["情况", "工作情况", "建设工作"].iter().any(|e| s.ends_with(e)))
}

fn is_rule_of_law_title(s: &str) -> bool {
    let s = crate::chinese::to_simplified(s);
    s.contains("法治") || s.contains("依法行政") || s.contains("法制")
}

/// A short line with no sentence punctuation: possibly the first part of a
/// title split over lines.
fn is_fragment(s: &str) -> bool {
    let n = s.chars().count();
    (2..=40).contains(&n) && !s.contains(['。', ',', ';', ':', '!', '?'])
}

/// Whether `first` + `second` is one title split over two lines.
fn joins(first: &str, second: &str) -> bool {
    if is_title_like(first) || first.chars().count() + second.chars().count() > 100 {
        return false;
    }
    if is_rule_of_law_title(first) {
        return true;
    }
    let starts_title = second.starts_with("关于")
        || second
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit() || c == '二');
    starts_title && (ends_with_any(first, ORG_SUFFIXES) || ends_with_any(first, PLACE_SUFFIXES))
}

fn squash_title(t: &str) -> String {
    // Titles broken by a stray space ("法治政府建设 情况的报告") are one phrase.
    t.split_whitespace().collect()
}

/// The issuing body a title begins with ("泉州市丰泽区人民政府关于…",
/// "东安县应急管理局2025年…"); `None` when the title begins with a place.
fn title_issuer(title: &str) -> Option<&str> {
    static PREFIX: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^(.{2,40}?)(?:关于|\d{4}|二[〇○零])").expect("valid regex"));
    let prefix = PREFIX.captures(title)?.get(1)?.as_str();
    ends_with_any(prefix, ORG_SUFFIXES).then_some(prefix)
}

static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})").expect("valid regex")
});
static CHINESE_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日")
        .expect("valid regex")
});

/// Parse the first date in `s`: 2024-01-09, 2021/03/29, 2023年02月17日,
/// 二〇二一年二月十九日.
///
/// ```
/// use lawreport::metadata::parse_date;
/// use chrono::NaiveDate;
/// assert_eq!(parse_date("2021/03/29 11:30:01"), NaiveDate::from_ymd_opt(2021, 3, 29));
/// assert_eq!(parse_date("二〇二一年二月十九日"), NaiveDate::from_ymd_opt(2021, 2, 19));
/// assert_eq!(parse_date("2021年2月30日"), None);
/// ```
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    if let Some(c) = DATE.captures(s) {
        return NaiveDate::from_ymd_opt(c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?);
    }
    let c = CHINESE_DATE.captures(s)?;
    let year = crate::chinese::digit_string(&c[1])?;
    NaiveDate::from_ymd_opt(
        i32::try_from(year).ok()?,
        outline::chinese_value(&c[2])?,
        outline::chinese_value(&c[3])?,
    )
}

static MASKED_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[\d〇○零一二三四五六七八九十×xX*]{4}\s*年\s*[\d一二三四五六七八九十×xX*]{1,2}\s*月\s*[\d一二三四五六七八九十×xX*]{1,3}\s*日$")
        .expect("valid regex")
});

/// A line that is only a date (the sign-off date): `Some(Some(date))`, or
/// `Some(None)` for a date line whose figures are masked (2024年×月×日).
fn date_line(s: &str) -> Option<Option<NaiveDate>> {
    let n = s.chars().count();
    if n > 20 || s.contains(['。', ',']) {
        return None;
    }
    if let Some(date) = parse_date(s) {
        let rest = s
            .chars()
            .filter(|c| !c.is_ascii_digit() && !"〇○零一二三四五六七八九十年月日-/. ".contains(*c))
            .count();
        return (rest == 0).then_some(Some(date));
    }
    MASKED_DATE.is_match(s).then_some(None)
}

/// Find the sign-off after the body: returns the line index where it starts
/// (the end of the body), the issuing body and the date.
fn sign_off(n: &Normalized, body_start: usize) -> (usize, Option<String>, Option<NaiveDate>) {
    let lines = &n.lines;
    let none = (lines.len(), None, None);
    // The last body lines, from the end: the date (at most six lines from
    // the end), the line before it, and what follows it.
    let tail: Vec<usize> = (body_start..lines.len())
        .rev()
        .filter(|&i| lines[i].kind == LineKind::Body)
        .take(7)
        .collect();
    // Links to related pages may follow the sign-off: short lines without a
    // sentence, after a date line, are left out of the body as well.
    let skip = tail[..tail.len().min(6)]
        .iter()
        .position(|&i| date_line(n.content(i)).is_some())
        .filter(|&k| {
            tail[..k].iter().all(|&i| {
                let t = n.content(i);
                t.chars().count() <= 60 && !t.contains('。') && !outline::starts_with_number(t)
            })
        })
        .unwrap_or(0);
    let Some(&last) = tail.get(skip) else {
        return none;
    };
    let last_text = n.content(last);
    let (date, org_line) = match date_line(last_text) {
        Some(date) => (date, tail.get(skip + 1).copied()),
        None => {
            // "蓬江区人民政府白沙街道办事处 2020年12月2日" on one line.
            if let Some(m) = TRAILING_DATE.find(last_text).filter(|m| m.start() > 0) {
                let org = last_text[..m.start()].trim();
                if is_org_line(org) {
                    return (last, Some(org.to_string()), parse_date(m.as_str()));
                }
            }
            // An issuing body alone on the last line, without a date.
            return if is_org_line(last_text) {
                (last, Some(last_text.to_string()), None)
            } else {
                none
            };
        }
    };
    match org_line.filter(|&i| is_org_line(n.content(i))) {
        Some(i) => (i, Some(n.content(i).to_string()), date),
        None => (last, None, date),
    }
}

fn is_org_line(t: &str) -> bool {
    let n = t.chars().count();
    (2..=40).contains(&n)
        && !t.contains(['。', ',', ';', ':'])
        && !outline::starts_with_number(t)
        && ends_with_any(t, ORG_SUFFIXES)
}

static PARAGRAPH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[一二三四五六七八九十]+、\s*)?(\d{4})年(?:度)?(?:以来|来)?(?:,|，|是)")
        .expect("valid regex")
});
static REPORT_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"现[将就](?:我\S{1,3}|本\S{1,3}|\S{2,12}?)?(\d{4})年(?:度)?").expect("valid regex")
});
static TITLE_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(\d{4})\s*年").expect("valid regex"));

/// The year a report covers: from the title, else from the body's opening
/// ("2023年,…", "现将2021年工作情况报告如下", "一、2023年工作情况").
pub fn covered_year(title: Option<&str>, n: &Normalized, body: Range<usize>) -> Option<i32> {
    let plausible = |y: i32| (1949..=2100).contains(&y).then_some(y);
    if let Some(t) = title {
        if let Some(y) = TITLE_YEAR
            .captures(t)
            .and_then(|c| c[1].parse().ok())
            .and_then(plausible)
        {
            return Some(y);
        }
    }
    // The first lines of the body: a paragraph that opens with the year, or
    // the "现将…年…报告如下" formula.
    let lines: Vec<usize> = body
        .filter(|&i| n.lines[i].kind == LineKind::Body)
        .take(12)
        .collect();
    for &i in &lines {
        if let Some(y) = PARAGRAPH_YEAR
            .captures(n.content(i))
            .and_then(|c| c[1].parse().ok())
            .and_then(plausible)
        {
            return Some(y);
        }
    }
    for &i in &lines {
        if let Some(y) = REPORT_YEAR
            .captures(n.content(i))
            .and_then(|c| c[1].parse().ok())
            .and_then(plausible)
        {
            return Some(y);
        }
    }
    most_mentioned_year(n, &lines)
}

/// The year the body mentions most often outside citations (《…》, (…))
/// and ranges (2021-2025年); ties go to the earlier year, since plans name
/// the following one.
fn most_mentioned_year(n: &Normalized, _opening: &[usize]) -> Option<i32> {
    // The covered year shows in the opening; 32 KB of it is plenty.
    const WINDOW: usize = 32 * 1024;
    let mut counts: Vec<(i32, usize)> = Vec::new();
    let mut seen = 0;
    for (i, line) in n.lines.iter().enumerate() {
        if line.kind != LineKind::Body {
            continue;
        }
        if seen > WINDOW {
            break;
        }
        let text = n.content(i);
        let text = &text[..crate::text::floor_boundary(text, WINDOW - seen.min(WINDOW))];
        seen += text.len() + 1;
        let bytes = text.as_bytes();
        let mut depth = 0i32;
        let mut prev: Option<char> = None;
        for (at, c) in text.char_indices() {
            match c {
                '《' | '(' | '〔' | '[' => depth += 1,
                '》' | ')' | '〕' | ']' => depth = (depth - 1).max(0),
                _ => {}
            }
            let starts_number = c.is_ascii_digit()
                && !prev.is_some_and(|p| p.is_ascii_digit() || matches!(p, '-' | '—' | '~' | '.'));
            prev = Some(c);
            if depth > 0 || !starts_number || at + 7 > bytes.len() {
                continue;
            }
            let digits = &bytes[at..at + 4];
            if !digits.iter().all(u8::is_ascii_digit) || text.get(at + 4..at + 7) != Some("年") {
                continue;
            }
            let Ok(year) = text[at..at + 4].parse::<i32>() else {
                continue;
            };
            if !(1949..=2100).contains(&year) {
                continue;
            }
            match counts.iter_mut().find(|(y, _)| *y == year) {
                Some((_, k)) => *k += 1,
                None => counts.push((year, 1)),
            }
        }
    }
    counts
        .into_iter()
        .max_by_key(|&(y, k)| (k, std::cmp::Reverse(y)))
        .map(|(y, _)| y)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::normalize;

    fn head(text: &str) -> Head {
        analyze(&normalize(text))
    }

    #[test]
    fn reads_metadata_lines() {
        let h = head("索 引 号:zyqzhkz/2026-2158744 发布机构:茈湖口镇 发文日期:2026-03-16 信息类别:综合政务\n");
        assert_eq!(
            h.source.index_number.as_deref(),
            Some("zyqzhkz/2026-2158744")
        );
        assert_eq!(h.source.publisher.as_deref(), Some("茈湖口镇"));
        assert_eq!(h.published_on, NaiveDate::from_ymd_opt(2026, 3, 16));
        assert_eq!(
            h.source.other.get("信息类别").map(String::as_str),
            Some("综合政务")
        );
    }

    #[test]
    fn reads_bracketed_and_table_metadata() {
        let f = fields("[ 成文日期 ] 2026-02-12");
        assert_eq!(
            (f[0].label.as_str(), f[0].value.as_str()),
            ("成文日期", "2026-02-12")
        );
        let f = fields("发文机关: | 东安县应急管理局 | 发文日期: |");
        assert_eq!(f[0].value, "东安县应急管理局");
        assert_eq!(f[1].value, "");
        let f = fields("发布时间:2023-02-20 17:06信息来源:寿县人民政府文字大小:[    ] 背景色:");
        assert_eq!(
            f.iter().map(|f| f.label.as_str()).collect::<Vec<_>>(),
            ["发布时间", "信息来源", "文字大小", "背景色"]
        );
        assert_eq!(f[1].value, "寿县人民政府");
    }

    #[test]
    fn title_repeated_split_and_dated() {
        let h = head("垡头街道2023年度法治政府建设情况报告\n垡头街道2023年法治政府建设工作报告\n2023年,垡头街道坚持以习近平新时代中国特色社会主义思想为指导。\n");
        assert_eq!(
            h.title.as_deref(),
            Some("垡头街道2023年法治政府建设工作报告")
        );
        let h = head("东安县应急管理局\n2025年法治政府建设报告\n东安县应急管理局坚持依法履职。\n");
        assert_eq!(
            h.title.as_deref(),
            Some("东安县应急管理局2025年法治政府建设报告")
        );
        assert_eq!(h.author.as_deref(), Some("东安县应急管理局"));
        let h = head("控江路街道2022年度法治政府建设 工作情况报告 2023-02-09\n\n控江路街道2022年度法治政府建设\n\n工作情况报告\n\n2022年,在区委的领导下。\n");
        assert_eq!(
            h.title.as_deref(),
            Some("控江路街道2022年度法治政府建设工作情况报告")
        );
        let h = head("环球国际\n\n关于2024年度鹦鹉街道法治政府建设情况的报告\n\n2024年,鹦鹉街道在区委领导下。\n");
        assert_eq!(
            h.title.as_deref(),
            Some("关于2024年度鹦鹉街道法治政府建设情况的报告")
        );
    }

    #[test]
    fn no_title_when_the_text_opens_with_a_sentence() {
        let h = head("《梧州市人民政府2018年度法治政府建设工作报告》是2019年梧州市人民政府发布的通知。\n2018年,在自治区党委领导下。\n");
        assert_eq!(h.title, None);
        let h = head("![]() |\n|\n2024年,翠苑街道在区委、区政府的坚强领导下。\n一、主要举措\n");
        assert_eq!(h.title, None);
        assert_eq!(h.body_start, 2);
    }

    #[test]
    fn addressee_and_sign_off() {
        let h = head("张店区人民政府科苑街道办事处\n\n关于2023年度法治政府建设工作的报告\n\n区委、区政府:\n\n科苑街道办事处认真学习。\n一、举措\n正文。\n蓬江区人民政府白沙街道办事处\n2020年12月2日\n相关附件:");
        assert_eq!(
            h.title.as_deref(),
            Some("张店区人民政府科苑街道办事处关于2023年度法治政府建设工作的报告")
        );
        assert_eq!(h.addressee.as_deref(), Some("区委、区政府"));
        assert_eq!(h.author.as_deref(), Some("蓬江区人民政府白沙街道办事处"));
        assert_eq!(h.signed_on, NaiveDate::from_ymd_opt(2020, 12, 2));
        assert!(h.signed);
    }

    #[test]
    fn sign_off_before_related_links() {
        let h = head("关于2023年度法治政府建设情况的报告\n一、举措\n正文。\n某某区人民政府\n2024年3月1日\n相关链接\n某某区2022年度法治政府建设情况报告\n");
        assert_eq!(h.author.as_deref(), Some("某某区人民政府"));
        assert_eq!(h.signed_on, NaiveDate::from_ymd_opt(2024, 3, 1));
        assert_eq!(h.body_end, 3);
    }

    #[test]
    fn author_from_title_or_metadata() {
        assert_eq!(
            title_issuer("泉州市丰泽区人民政府关于2025年度法治政府建设工作情况的报告"),
            Some("泉州市丰泽区人民政府")
        );
        assert_eq!(
            title_issuer("西翥街道办事处2025年度法治政府建设情况工作报告"),
            Some("西翥街道办事处")
        );
        assert_eq!(title_issuer("静海区2023年度法治政府建设情况报告"), None);
        assert_eq!(title_issuer("有庆镇2020年度法治政府建设工作情况报告"), None);
    }

    #[test]
    fn covered_year_from_body() {
        let n = normalize("根据《法治政府建设实施纲要(2021—2025年)》要求,现将法治政府建设工作情况报告如下。\n一、2023年总体情况\n2023年,我局坚持。\n");
        assert_eq!(covered_year(None, &n, 0..n.lines.len()), Some(2023));
        let n = normalize(
            "为进一步加强法治政府建设,2021年来,街道按照要求。现将2021年工作情况报告如下。\n",
        );
        assert_eq!(covered_year(None, &n, 0..n.lines.len()), Some(2021));
    }
}
