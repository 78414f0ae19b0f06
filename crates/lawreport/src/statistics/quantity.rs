//! Finding the quantities of one line: number, multiplier, qualifier and
//! unit, and leaving out the numbers that are not statistics.

use std::ops::Range;

use super::fold::fold_char;
use super::number::{self, chinese_multiplier};
use super::period;
use super::unit::{self, Kind};
use crate::model::Approx;
use crate::text::{three_byte_code, CharSet};

/// One quantity found in a line; offsets are bytes of the line.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Quantity {
    /// Number through unit: what `Statistic::raw` holds.
    pub raw: Range<usize>,
    /// Where a leading qualifier (近, 约, 超过) starts; `raw.start` if none.
    pub lead: usize,
    /// Where trailing qualifiers (以上, 左右) end; `raw.end` if none.
    pub tail: usize,
    /// The value in base units.
    pub value: f64,
    /// The base unit, simplified.
    pub unit: &'static str,
    /// What the unit counts.
    pub kind: Kind,
    /// How the text qualifies the number.
    pub approx: Option<Approx>,
}

/// What one scan of a line finds, all in order: the quantities, the
/// stretches skipped as quotations, titles or citations, the time scopes
/// (截至11月, 全年) and where sentences end (offsets just past 。;!?).
#[derive(Debug, Default)]
pub(crate) struct Scan {
    /// The quantities.
    pub quantities: Vec<Quantity>,
    /// Quotations, titles and citations that were passed over.
    pub skipped: Vec<Range<usize>>,
    /// Time scopes.
    pub periods: Vec<Range<usize>>,
    /// Offsets just past each sentence end.
    pub sentence_ends: Vec<usize>,
}

/// Openers of quoted stretches whose numbers are names, not statistics, with
/// their closers and how many characters a real one spans at most.
fn closer(open: char) -> Option<(char, usize, bool)> {
    // (closer, longest span in chars, whether a clause break ends the search)
    Some(match open {
        '“' => ('”', 40, true),
        '‘' => ('’', 30, true),
        '「' => ('」', 40, true),
        '『' => ('』', 40, true),
        '《' => ('》', 80, false),
        '〈' => ('〉', 60, false),
        '〔' => ('〕', 12, true),
        '[' => (']', 12, true),
        '【' => ('】', 40, true),
        _ => return None,
    })
}

/// The byte offset just past the closer of the quotation opened at `at`, if
/// it is closed nearby (an unmatched opener is scraping damage: ignored).
fn quotation_end(line: &str, at: usize, open: char) -> Option<usize> {
    let (close, limit, clause) = closer(open)?;
    let start = at + open.len_utf8();
    for (n, (i, c)) in line.get(start..)?.char_indices().enumerate() {
        if n >= limit {
            return None;
        }
        if c == close {
            return Some(start + i + c.len_utf8());
        }
        if c == open || c == '。' || (clause && matches!(c, ',' | '，' | ';' | '；')) {
            return None;
        }
    }
    None
}

/// Finds every quantity of `line` in order.
#[cfg(test)]
pub(crate) fn scan(line: &str) -> Scan {
    let mut out = Scan::default();
    scan_into(line, &mut out);
    out
}

impl Scan {
    fn clear(&mut self) {
        self.quantities.clear();
        self.skipped.clear();
        self.periods.clear();
        self.sentence_ends.clear();
    }
}

/// [`scan`] into `out`, which is cleared first (one `Scan` serves every
/// line of a text, so that its lists are not allocated line by line).
pub(crate) fn scan_into(line: &str, out: &mut Scan) {
    out.clear();
    // Everything before `resume` has been read already.
    let mut resume = 0;
    let bytes = line.as_bytes();
    while let Some((i, c)) = next_interesting(bytes, resume) {
        let Some(c) = char::from_u32(c) else {
            resume = i + 1;
            continue;
        };
        // Past this character at least, whatever happens below (a failed
        // parse reports where it stopped, never before its start).
        let next = i + c.len_utf8();
        resume = next;
        if PERIOD_STARTS.contains(c)
            && period::may_start(c, line[i + c.len_utf8()..].chars().next())
        {
            if let Some(end) = period::at(line, i) {
                out.periods.push(i..end);
                resume = end;
                continue;
            }
        }
        match c {
            '。' | ';' | '；' | '!' | '！' | '?' | '？' => {
                out.sentence_ends.push(i + c.len_utf8())
            }
            '0'..='9' | '０'..='９' => match arabic_quantity(line, i) {
                Ok(q) => {
                    resume = q.tail;
                    out.quantities.push(q);
                }
                Err(end) => resume = end.max(next),
            },
            '“' | '‘' | '「' | '『' | '《' | '〈' | '〔' | '[' | '【' => {
                if let Some(end) = quotation_end(line, i, c) {
                    out.skipped.push(i..end);
                    resume = end;
                }
            }
            c if is_numeral_char(c) => {
                let f = fold_char(c);
                if f == '百' && unit::matches_folded(&line[i..], "百分之").is_some() {
                    if let Some(q) = percent_words(line, i) {
                        resume = q.tail;
                        out.quantities.push(q);
                        continue;
                    }
                }
                match chinese_quantity(line, i) {
                    Ok(q) => {
                        resume = q.tail;
                        out.quantities.push(q);
                    }
                    Err(end) => resume = end.max(next),
                }
            }
            _ => {}
        }
    }
}

/// The next character at or after byte `from` that is in [`INTERESTING`]:
/// its offset and code. The hot loop of the scan, kept small: it decodes just
/// enough of each character to test it against the bitmap, and takes the
/// three-byte characters that make up most of a report first.
#[inline]
fn next_interesting(bytes: &[u8], mut i: usize) -> Option<(usize, u32)> {
    while let Some(&b) = bytes.get(i) {
        if b >= 0xE0 {
            if b >= 0xF0 {
                // Outside the basic plane: never in the set.
                i += 4;
                continue;
            }
            let Some(&[b1, b2]) = bytes.get(i + 1..i + 3) else {
                return None;
            };
            if INTERESTING.contains_three_bytes(b, b1, b2) {
                return Some((i, three_byte_code(b, b1, b2)));
            }
            i += 3;
        } else if b < 0x80 {
            if INTERESTING.contains_u32(u32::from(b)) {
                return Some((i, b as u32));
            }
            i += 1;
        } else {
            let c = bytes.get(i + 1).map_or(u32::MAX, |&b1| {
                ((b as u32 & 0x1F) << 6) | (b1 as u32 & 0x3F)
            });
            if INTERESTING.contains_u32(c) {
                return Some((i, c));
            }
            i += 2;
        }
    }
    None
}

/// Characters where the scan has something to do: digits, openers of
/// quotations and titles, Chinese numerals, sentence ends and the first
/// characters of time scopes.
static INTERESTING: CharSet = CharSet::new(&[
    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '０', '１', '２', '３', '４', '５', '６',
    '７', '８', '９', '“', '‘', '「', '『', '《', '〈', '〔', '[', '【', '〇', '零', '一', '二',
    '两', '兩', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '万', '萬', '亿', '億',
    '壹', '贰', '貳', '叁', '叄', '肆', '伍', '陆', '陸', '柒', '捌', '玖', '拾', '佰', '仟', '。',
    ';', '；', '!', '！', '?', '？', '截', '全', '今', '年', '上', '下', '前', '第', '本',
]);

/// Characters a time scope can start with.
static PERIOD_STARTS: CharSet = CharSet::new(&[
    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '０', '１', '２', '３', '４', '５', '６',
    '７', '８', '９', '截', '全', '今', '年', '上', '下', '前', '一', '第', '本',
]);

/// Characters a Chinese numeral may be written with, traditional forms and
/// financial capitals included.
fn is_numeral_char(c: char) -> bool {
    crate::chinese::is_chinese_numeral(c)
}

/// The character before byte `at`, folded.
fn char_before(line: &str, at: usize) -> Option<char> {
    line.get(..at)?.chars().next_back().map(fold_char)
}

/// Leading qualifiers: (word, approx, characters that must not precede it).
const LEADS: &[(&str, Approx, &str)] = &[
    ("不少于", Approx::MoreThan, ""),
    ("不低于", Approx::MoreThan, ""),
    ("超过", Approx::MoreThan, ""),
    ("超", Approx::MoreThan, "赶高"),
    ("逾", Approx::MoreThan, ""),
    ("不超过", Approx::LessThan, ""),
    ("不足", Approx::LessThan, ""),
    ("不到", Approx::LessThan, ""),
    ("将近", Approx::LessThan, ""),
    ("接近", Approx::LessThan, ""),
    ("近", Approx::LessThan, "最附临亲接就新将"),
    ("大约", Approx::About, ""),
    ("约", Approx::About, "签节制公合预邀条契违履践特简"),
];

/// Last characters of the leading qualifiers.
static LEAD_ENDS: CharSet = CharSet::new(&['于', '过', '超', '逾', '足', '到', '近', '约']);

/// The leading qualifier that ends at `at`, if any: where it starts.
fn lead_before(line: &str, at: usize) -> Option<(usize, Approx)> {
    let before = line.get(..at)?;
    let before = before.strip_suffix(' ').unwrap_or(before);
    if !LEAD_ENDS.contains(fold_char(before.chars().next_back()?)) {
        return None;
    }
    // Longest first: 不超过 before 超过 before 超.
    let mut best: Option<(usize, Approx)> = None;
    for &(word, approx, not_after) in LEADS {
        let n = word.chars().count();
        let mut start = before.len();
        let mut tail = before.chars().rev();
        let mut ok = true;
        for w in word.chars().rev() {
            match tail.next() {
                Some(c) if fold_char(c) == w => start -= c.len_utf8(),
                _ => {
                    ok = false;
                    break;
                }
            }
        }
        if !ok || n == 0 {
            continue;
        }
        if tail
            .next()
            .is_some_and(|p| not_after.contains(fold_char(p)))
        {
            continue;
        }
        if best.is_none_or(|(s, _)| start < s) {
            best = Some((start, approx));
        }
    }
    best
}

/// After the number: multipliers (万, 亿 …), 余/多, the unit, and trailing
/// qualifiers (以上, 左右). `start` is where the number began (for the
/// whole quantity) and `end` where it ends.
fn suffix(
    line: &str,
    lead: usize,
    start: usize,
    end: usize,
    value: f64,
    arabic: bool,
) -> Option<Quantity> {
    let mut pos = end;
    let mut value = value;
    let mut approx = None;
    // 万/亿/千 (Arabic only: a Chinese numeral already holds its own) and 余/多,
    // in either order (40余万元, 27.5万余宗), spaces allowed between them
    // (`1.3 万件`, `240 余人次`: text taken from PDFs).
    let mut seen_multiplier = false;
    let mut lower_done = false;
    loop {
        let at = skip_gap(line, pos);
        let Some(c) = line.get(at..).and_then(|r| r.chars().next()) else {
            break;
        };
        let f = fold_char(c);
        if matches!(f, '余' | '多') && approx.is_none() {
            // 多 must be followed by something that can continue the quantity.
            approx = Some(Approx::MoreThan);
            pos = at + c.len_utf8();
            continue;
        }
        // A unit that starts like a multiplier: 千瓦, 千米, 百分点.
        if matches!(f, '千' | '百') && unit::at(line, at).is_some() {
            break;
        }
        // The places below a 万 or 亿 of an Arabic number: 1万600, 100万三千.
        if arabic && seen_multiplier && !lower_done && approx.is_none() {
            if let Some((lower, e)) = lower_part(line, at, value) {
                value += lower;
                pos = e;
                lower_done = true;
                continue;
            }
        }
        if (arabic && !lower_done) || !seen_multiplier {
            let m = match f {
                '万' | '亿' | '千' => chinese_multiplier(f),
                '百' if arabic => {
                    let next = line
                        .get(pos + c.len_utf8()..)?
                        .chars()
                        .next()
                        .map(fold_char);
                    matches!(next, Some('万' | '亿')).then_some(100)
                }
                _ => None,
            };
            if let Some(m) = m {
                if !arabic && matches!(f, '千') {
                    break;
                }
                value *= m as f64;
                seen_multiplier = true;
                pos = at + c.len_utf8();
                continue;
            }
        }
        break;
    }
    let pos = skip_gap(line, pos);
    let (base, kind, unit_end) = match line.get(pos..)?.chars().next()? {
        '%' | '％' => (
            "%",
            Kind::Measure,
            pos + line[pos..].chars().next()?.len_utf8(),
        ),
        '‰' => ("‰", Kind::Measure, pos + '‰'.len_utf8()),
        _ => {
            let (u, e) = unit::at(line, pos)?;
            if !arabic && !u.chinese {
                return None;
            }
            (u.base, u.kind, e)
        }
    };
    // A trailing 余/多 counts only when a unit follows it.
    let raw = start..unit_end;
    let mut tail = unit_end;
    let after = &line[unit_end..];
    for (word, a) in [
        ("以上", Approx::MoreThan),
        ("多", Approx::MoreThan),
        ("左右", Approx::About),
        ("以下", Approx::LessThan),
        ("以内", Approx::LessThan),
    ] {
        if let Some(n) = unit::matches_folded(after, word) {
            if word == "多" && !unit::ends_phrase(&after[n..]) {
                continue;
            }
            approx = approx.or(Some(a));
            tail += n;
            break;
        }
    }
    // Names that start with a count: 2人执法 (the two-person rule).
    if base == "人" {
        if let Some(n) = unit::matches_folded(after, "执法") {
            let rest = &after[n..];
            if !["人员", "证", "队"]
                .iter()
                .any(|w| unit::matches_folded(rest, w).is_some())
            {
                return None;
            }
        }
    }
    let (lead, lead_approx) = match lead_before(line, lead) {
        Some((s, a)) => (s, Some(a)),
        None => (lead, None),
    };
    Some(Quantity {
        raw,
        lead,
        tail,
        value,
        unit: base,
        kind,
        approx: lead_approx.or(approx),
    })
}

/// Past the spaces that PDF text puts between a number and its unit (at
/// most two, ASCII or ideographic): `pos` itself when there are none.
fn skip_gap(line: &str, pos: usize) -> usize {
    let mut at = pos;
    for (n, c) in line.get(pos..).unwrap_or("").chars().enumerate() {
        if n >= 2 || !matches!(c, ' ' | '\u{3000}' | '\u{a0}') {
            break;
        }
        at += c.len_utf8();
    }
    // Spaces alone, followed by nothing that can continue the quantity,
    // are left to the caller's failure.
    at
}

/// The places written after a 万 or 亿 (`600` in 1万600, `三千` in 100万三千,
/// `零四千230` in 200亿零四千230): their value and where they end, when they
/// fit below the multiplier just read (`value` so far) and a unit or 余/多
/// follows.
fn lower_part(line: &str, at: usize, value: f64) -> Option<(f64, usize)> {
    let rest = line.get(at..)?;
    let mut end = at;
    let mut run = String::new();
    for c in rest.chars() {
        let f = fold_char(c);
        if number::digit(c).is_some() || (is_numeral_char(f) && !matches!(f, '万' | '亿')) {
            run.push(f);
            end += c.len_utf8();
            if run.len() > 60 {
                return None;
            }
        } else {
            break;
        }
    }
    // 一 alone is an article (3万一次性补助), not a place.
    if run.is_empty() || run == "一" || run == "零" {
        return None;
    }
    let lower = crate::chinese::mixed_value(&run)? as f64;
    // Below the lowest multiplier read: 1万600 (600 < 1万).
    let unit = if value >= 1e8 && value % 1e8 == 0.0 {
        1e8
    } else {
        1e4
    };
    if lower >= unit || value % unit != 0.0 {
        return None;
    }
    let after = skip_gap(line, end);
    let next = line.get(after..)?.chars().next().map(fold_char)?;
    let continues = matches!(next, '余' | '多' | '%' | '％') || unit::at(line, after).is_some();
    continues.then_some((lower, end))
}

/// True when the number at byte `at` continues a list of ordinals: 二 in
/// 第一、二次会议, 4 in 第3、4批, 三 in 第一、二、三季度.
fn continues_ordinal(line: &str, at: usize) -> bool {
    let mut it = line[..at].chars().rev().map(fold_char).peekable();
    loop {
        match it.next() {
            Some('、' | '和' | '及' | '与' | '至' | '到' | '-' | '—' | '~' | '～') => {}
            _ => return false,
        }
        let mut n = 0;
        while it
            .peek()
            .is_some_and(|&c| number::digit(c).is_some() || is_numeral_char(c))
        {
            it.next();
            n += 1;
            if n > 8 {
                return false;
            }
        }
        if n == 0 {
            return false;
        }
        if it.peek() == Some(&'第') {
            return true;
        }
    }
}

/// Characters before a number that make it part of a code, an ordinal or a
/// formula rather than a count (PM2.5, 第3次, 6·26, 7×24, 1+3).
fn attached_before(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || matches!(
            c,
            '第' | '·' | '•' | '×' | '*' | '/' | '+' | '#' | '.' | '-' | '_'
        )
}

/// The Arabic quantity at byte `at`, or the byte offset where the number
/// that is not one ends.
fn arabic_quantity(line: &str, at: usize) -> Result<Quantity, usize> {
    let first = number::arabic(line, at).ok_or(at + 1)?;
    let mut end = first.end;
    // Skip whole alphanumeric tokens (PM2.5, G20, 5G, H7N9).
    if char_before(line, at).is_some_and(attached_before) || continues_ordinal(line, at) {
        return Err(skip_token(line, end));
    }
    let next = line[end..].chars().next();
    if next.is_some_and(|c| c.is_ascii_alphabetic()) {
        return Err(skip_token(line, end));
    }
    let mut value = first.value;
    let mut range = false;
    // Ranges: 3-5次, 3至5人.
    if let Some(c) = next {
        if matches!(c, '-' | '—' | '~' | '～' | '至' | '到') {
            let from = end + c.len_utf8();
            let from = if c == '—' && line[from..].starts_with('—') {
                from + '—'.len_utf8()
            } else {
                from
            };
            if line[from..]
                .chars()
                .next()
                .and_then(number::digit)
                .is_some()
            {
                let second = number::arabic(line, from).ok_or(from)?;
                if second.value > first.value {
                    value = (first.value + second.value) / 2.0;
                    range = true;
                    end = second.end;
                } else {
                    return Err(second.end);
                }
            }
        }
    }
    let mut q = suffix(line, at, at, end, value, true).ok_or(end)?;
    if range {
        q.approx = Some(Approx::About);
    }
    Ok(q)
}

fn skip_token(line: &str, mut end: usize) -> usize {
    for c in line[end..].chars() {
        if c.is_ascii_alphanumeric() || c == '.' {
            end += c.len_utf8();
        } else {
            break;
        }
    }
    end
}

/// Characters before a Chinese numeral that make it part of a word (第三,
/// 统一, 之一, 周三) rather than a count.
const CHINESE_NOT_AFTER: &[char] = &[
    '第', '初', '周', '期', '拜', '之', '统', '唯', '逐', '同', '专', '单', '其', '合', '划', '归',
    '独', '不', '再', '数', '几', '每', '某', '十', '点',
];

/// Fixed expressions that start with a numeral and a unit but are slogans.
const SLOGANS: &[&str] = &[
    "两个确立",
    "两个维护",
    "四个意识",
    "四个自信",
    "四个全面",
    "四个最严",
    "三个务必",
    "三个代表",
    "两个毫不动摇",
    "两个结合",
    "五个一",
    "三个一批",
    "三项制度",
    "四个现代化",
    "四项基本原则",
    "五项原则",
    "两个积极性",
];

/// The end of the Chinese numeral that starts at byte `at`: numeral
/// characters, and 点 between digits (十一点六).
fn numeral_run(line: &str, at: usize) -> usize {
    let mut end = at;
    let mut it = line[at..].chars().peekable();
    // The numeral readers know the traditional forms (萬, 億, 兩): no
    // folding needed here, on the hot path of every 一 in prose.
    while let Some(c) = it.next() {
        let decimal_point = matches!(c, '点' | '點')
            && end > at
            && it
                .peek()
                .is_some_and(|&n| crate::chinese::chinese_digit(n).is_some());
        if !is_numeral_char(c) && !decimal_point {
            break;
        }
        end += c.len_utf8();
    }
    end
}

/// Longest Chinese numeral read, in characters: longer runs are not one
/// numeral (一二三四五六七八九十 …) and are passed over.
const NUMERAL_CAP: usize = 40;

/// The Chinese-numeral quantity at byte `at` (十余次, 两场, 一百二十人).
fn chinese_quantity(line: &str, at: usize) -> Result<Quantity, usize> {
    // Most numerals in prose are words (统一, 进一步, 一体化): a unit must
    // follow the numeral run (after 余/多 or a multiplier) before anything
    // is worth parsing.
    let run_end = numeral_run(line, at);
    let first = line[at..].chars().next().map(fold_char);
    let signed = line[..at].ends_with('负');
    if run_end - at <= 3 && matches!(first, Some('一' | '陆' | '伍' | '拾')) && !signed {
        // 一 alone is mostly "a, one" (一次性, 一批); 陆, 伍 and 拾 alone are
        // names and words (陆家, 队伍, 拾起).
        return Err(run_end);
    }
    let after = skip_gap(line, run_end);
    match line[after..].chars().next().map(fold_char) {
        Some('余' | '多') => {}
        Some(c) if unit::may_start(c) => {}
        _ => return Err(run_end),
    }
    let fail = Err(run_end);
    if line[at..run_end].chars().count() > NUMERAL_CAP {
        return fail;
    }
    let numeral: String = line[at..run_end].chars().map(fold_char).collect();
    if char_before(line, at)
        .is_some_and(|p| CHINESE_NOT_AFTER.contains(&p) || number::digit(p).is_some())
        || continues_ordinal(line, at)
    {
        return fail;
    }
    // 万/百/千 alone are idioms (千家万户).
    if !numeral
        .chars()
        .any(|c| crate::chinese::chinese_digit(c).is_some() || chinese_multiplier(c) == Some(10))
    {
        return fail;
    }
    // A negative count (负十一): the sign is part of the quantity.
    let (start, negative) = match line[..at].strip_suffix('负') {
        Some(b) => (b.len(), true),
        None => (at, false),
    };
    // Multipliers of the numeral belong to it only when a unit follows the
    // whole: 十万元 → 100000 元, but 十余万元 → multiplier after 余.
    let Some(value) = crate::chinese::chinese_number(&numeral) else {
        return fail;
    };
    let value = if negative { -value } else { value };
    let folded: String = line[at..].chars().take(8).map(fold_char).collect();
    if SLOGANS.iter().any(|s| folded.starts_with(s)) {
        return fail;
    }
    let q = suffix(line, start, start, run_end, value, false).ok_or(run_end)?;
    // 三次、四次全会: plenary sessions are numbered, not counted.
    if q.unit == "次" {
        let rest = line[q.tail..]
            .trim_start_matches(|c: char| c == '、' || c == '次' || is_numeral_char(c));
        if ["全会", "全体会议"].iter().any(|w| rest.starts_with(w)) {
            return Err(q.tail);
        }
    }
    Ok(q)
}

/// 百分之… : a percentage in words (百分之九十, 百分之95, 百分之十一点六).
fn percent_words(line: &str, at: usize) -> Option<Quantity> {
    let start_num = at + unit::matches_folded(&line[at..], "百分之")?;
    let c = line[start_num..].chars().next()?;
    let (end, value) = if number::digit(c).is_some() {
        let a = number::arabic(line, start_num)?;
        (a.end, a.value)
    } else {
        let end = numeral_run(line, start_num);
        if line[start_num..end].chars().count() > NUMERAL_CAP {
            return None;
        }
        let numeral: String = line[start_num..end].chars().map(fold_char).collect();
        let v = if numeral == "百" {
            100.0
        } else {
            crate::chinese::chinese_number(&numeral)?
        };
        (end, v)
    };
    // A range in words (百分之二到三, 百分之五至十): one statistic, the
    // midpoint, `about`.
    let (end, value, range) = match line[end..].chars().next() {
        Some(c @ ('到' | '至')) => {
            let from = end + c.len_utf8();
            let to = numeral_run(line, from);
            let second = (to > from && line[from..to].chars().count() <= NUMERAL_CAP)
                .then(|| {
                    let n: String = line[from..to].chars().map(fold_char).collect();
                    crate::chinese::chinese_number(&n)
                })
                .flatten()
                .filter(|&v| v > value);
            match second {
                Some(v) => (to, (value + v) / 2.0, true),
                None => (end, value, false),
            }
        }
        _ => (end, value, false),
    };
    let lead = lead_before(line, at);
    Some(Quantity {
        raw: at..end,
        lead: lead.map_or(at, |l| l.0),
        tail: end,
        value,
        unit: "%",
        kind: Kind::Measure,
        approx: if range {
            Some(Approx::About)
        } else {
            lead.map(|l| l.1)
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raws(line: &str) -> Vec<&str> {
        scan(line)
            .quantities
            .iter()
            .map(|q| &line[q.raw.clone()])
            .collect()
    }

    #[test]
    fn finds_quantities_and_skips_names() {
        assert_eq!(
            raws("共组织31人参加考试,现有执法证人员达41人。"),
            ["31人", "41人"]
        );
        assert_eq!(
            raws("《纲要(2015-2020年)》“1+3+N”网格,6·26禁毒日"),
            Vec::<&str>::new()
        );
        assert_eq!(raws("拆除广告158宗约2800平方米"), ["158宗", "2800平方米"]);
        assert_eq!(raws("第3次会议,第一批,12345热线"), Vec::<&str>::new());
        assert_eq!(raws("组织召开专题会议十余次"), ["十余次"]);
    }

    #[test]
    fn the_byte_loop_finds_what_a_char_walk_finds() {
        let line = "é2023年全市¼“一号”😀办结１２件；Ω百分之九十五!\u{7FF}截至底。";
        let mut found = Vec::new();
        let mut at = 0;
        while let Some((i, c)) = next_interesting(line.as_bytes(), at) {
            let c = char::from_u32(c).unwrap();
            found.push((i, c));
            at = i + c.len_utf8();
        }
        let expected: Vec<(usize, char)> = line
            .char_indices()
            .filter(|&(_, c)| INTERESTING.contains(c))
            .collect();
        assert_eq!(found, expected);
    }

    #[test]
    fn an_unclosed_quote_does_not_hide_the_rest() {
        assert_eq!(
            raws("“6.26国际禁毒日等宣传活动21场,开展咨询27场"),
            ["21场", "27场"]
        );
    }
}
