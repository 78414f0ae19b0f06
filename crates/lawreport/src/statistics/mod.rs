//! Stage 4: statistics — every quantity the report states.
//!
//! Each body line is scanned once for numbers (Arabic digits, Chinese
//! numerals, 百分之…); a number becomes a statistic when a unit or measure
//! word follows it (with 万/亿 multipliers and 余/多 between), and when it is
//! not part of a quotation, title or citation (“1+3+N”, 《…2020年…》,
//! 〔2019〕), a code (PM2.5), an ordinal (第3次) or a date (年, 月, 日 are not
//! units). Then, within its sentence and clause, the statistic gets its
//! qualifier (近, 约, 以上 …), time scope (截至11月, 全年), subject (the
//! phrase naming what is counted, [`subject`]) and standard indicator (from
//! the cue table in `data/indicators.tsv`, [`indicator`]).
//!
//! Everything is linear in the length of the text: context searches are
//! bounded ([`CLAUSE_CAP`], [`SENTENCE_CAP`]) and sentence boundaries are
//! tracked as the line is walked, so a single 10 MB line costs no more than
//! 10 MB of short lines.

mod fold;
mod indicator;
mod number;
mod period;
mod quantity;
mod subject;
mod unit;

#[cfg(test)]
mod cases;

use std::ops::Range;

use crate::model::{Span, Statistic};
use crate::outline::Outline;
use crate::text::{floor_boundary, is_sentence_end, CharOffsets};

use quantity::Quantity;

/// How far (bytes) a clause reaches on either side of a number.
const CLAUSE_CAP: usize = 300;

/// How far (bytes) `Statistic::sentence` reaches on either side of a number
/// when the sentence is longer (scraped text without punctuation).
const SENTENCE_CAP: usize = 1500;

/// Find the statistics in the body of a report.
///
/// `body` lists the byte ranges of the body lines of `text` (chrome,
/// metadata, title and sign-off lines are left out). Returned spans are in
/// **bytes** of `text`; the report stage converts them to characters.
pub(crate) fn extract_in(text: &str, body: &[Range<usize>], outline: &Outline) -> Vec<Statistic> {
    let mut out = Vec::new();
    let mut work = Work::default();
    for range in body {
        let Some(line) = text.get(range.clone()) else {
            continue;
        };
        let first = out.len();
        statistics_of_line(line, range.start, &mut out, &mut work);
        for s in &mut out[first..] {
            s.section = outline.path_at(s.span.start);
        }
    }
    classify_all(&mut out, &work.clauses);
    out
}

/// What the lines of one text share while they are read: the scan's lists
/// (reused line after line) and the clause of each statistic whose unit
/// the indicator table knows, for [`classify_all`].
#[derive(Default)]
struct Work {
    scan: quantity::Scan,
    clauses: Vec<(usize, String)>,
}

/// The indicators of `stats`, from the clauses their lines left (one pass
/// over the table's automaton for the whole text, after the lines are
/// read: the two stages' code then stays in cache apart).
fn classify_all(stats: &mut [Statistic], clauses: &[(usize, String)]) {
    for (index, clause) in clauses {
        if let Some(s) = stats.get_mut(*index) {
            s.indicator = indicator::TABLE.classify(clause, &s.sentence, &s.unit);
        }
    }
}

/// Find the statistics in free text (one paragraph or a whole report body);
/// spans are in characters of `text` and `section` paths are empty.
///
/// ```
/// let stats = lawreport::statistics::extract("全街共调处各类纠纷235宗,化解率92%。");
/// assert_eq!(stats[0].raw, "235宗");
/// assert_eq!(stats[1].unit, "%");
/// assert_eq!(stats[1].subject.as_deref(), Some("化解率"));
/// ```
pub fn extract(text: &str) -> Vec<Statistic> {
    let mut out = Vec::new();
    let mut work = Work::default();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        statistics_of_line(content, start, &mut out, &mut work);
        start += line.len();
    }
    classify_all(&mut out, &work.clauses);
    if !out.is_empty() {
        let offsets = CharOffsets::new(text);
        for s in &mut out {
            s.span = offsets.span(s.span.start..s.span.end);
        }
    }
    out
}

/// Characters that end a sentence (for counting them in a stretch).
fn is_sentence_end_char(c: char) -> bool {
    is_sentence_end(c)
}

/// Characters that end a clause (the stretch a subject is looked for in).
fn ends_clause(c: char) -> bool {
    is_sentence_end(c) || matches!(c, ',' | '，' | ':' | '：' | '\t')
}

/// Where the clause around `lead..` begins: after the last clause break or
/// unmatched opening parenthesis in `line[floor..lead]`.
fn clause_start(line: &str, floor: usize, lead: usize) -> usize {
    let mut depth = 0usize;
    for (i, c) in line[floor..lead].char_indices().rev() {
        match c {
            ')' | '）' => depth += 1,
            '(' | '（' if depth == 0 => return floor + i + c.len_utf8(),
            '(' | '（' => depth -= 1,
            c if ends_clause(c) => return floor + i + c.len_utf8(),
            _ => {}
        }
    }
    floor
}

/// Where the clause after `from` ends, at most at `limit`: at a clause
/// break or a parenthesis, unless the parenthesis closes within the clause
/// (`12个市、县(区)`).
fn clause_end(line: &str, from: usize, limit: usize) -> usize {
    let region = &line[from..limit];
    let mut inside = false;
    let mut open_at = 0;
    for (i, c) in region.char_indices() {
        match c {
            '(' | '（' if !inside => {
                inside = true;
                open_at = i;
            }
            ')' | '）' if inside => inside = false,
            '(' | '（' | ')' | '）' => return from + i,
            c if ends_clause(c) => return from + if inside { open_at } else { i },
            _ => {}
        }
    }
    from + if inside { open_at } else { region.len() }
}

/// The clause as the indicator table reads it: folded, with the names
/// inside 《》 left out (a law's title says nothing about what is counted).
fn indicator_text(clause: &str) -> String {
    let mut out = String::with_capacity(clause.len());
    let mut depth = 0usize;
    for c in clause.chars() {
        match c {
            '《' => depth += 1,
            '》' => depth = depth.saturating_sub(1),
            c if depth == 0 => out.push(fold::fold_char(c)),
            _ => {}
        }
    }
    out
}

/// The byte offset of `part` (a slice of `line`) within `line`.
fn offset_in(line: &str, part: &str) -> usize {
    (part.as_ptr() as usize).saturating_sub(line.as_ptr() as usize)
}

/// What the previous statistic of the line leaves to the next one.
struct Previous {
    /// Where the next clause may start at the earliest (past the previous
    /// quantity and the right-side subject it took).
    boundary: usize,
    /// Where its right-side subject started, when that subject ran on into
    /// this quantity (`8个…水源地水质达标率保持100%`): the words are shared.
    shared_from: Option<usize>,
    sentence_start: usize,
    /// Its index in the output (where its subject is read when this
    /// quantity shares it), value, unit and where it ends (a total that
    /// parts may follow).
    index: usize,
    value: f64,
    unit: &'static str,
    tail: usize,
}

/// Words after a total that introduce its parts.
const PART_MARKERS: &[&str] = &["其中", "包括", "分别为", "分别是"];

/// Where the first of [`PART_MARKERS`] stands in `s`: one pass over its
/// characters (this runs between every two statistics).
fn part_marker(s: &str) -> Option<usize> {
    s.char_indices()
        .filter(|&(_, c)| matches!(c, '其' | '包' | '分'))
        .find(|&(i, _)| PART_MARKERS.iter().any(|m| s[i..].starts_with(m)))
        .map(|(i, _)| i)
}

/// A total whose parts are being listed: its index, value and unit, and
/// the sentence the parts stand in.
struct OpenTotal {
    index: usize,
    value: f64,
    unit: &'static str,
    sentence_start: usize,
}

/// True when the time scope `p` opens its sentence as a clause of its own
/// (`截至11月,行政应诉案件2宗,…`): it then scopes the whole sentence.
fn opens_sentence(line: &str, sentence_start: usize, p: &Range<usize>) -> bool {
    line.get(sentence_start..p.start)
        .is_some_and(|b| b.trim().is_empty())
        && line
            .get(p.end..)
            .is_some_and(|a| a.starts_with([',', '，', ':', '：']))
}

/// Appends the statistics of a logical line that keeps the breaks of a
/// hard-wrapped paragraph (PDF text, 28 characters a line): it is read
/// without them, so that a number, its unit and its subject may stand on
/// either side of a break, and spans and `raw` are mapped back to the text
/// as written (`raw` then holds the break: `1.3\n万件`).
fn statistics_of_wrapped(line: &str, base: usize, out: &mut Vec<Statistic>, work: &mut Work) {
    let mut compact = String::with_capacity(line.len());
    // (offset in `compact`, bytes removed up to and including there)
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let mut removed = 0;
    for c in line.chars() {
        if matches!(c, '\n' | '\r') {
            removed += c.len_utf8();
            cuts.push((compact.len(), removed));
        } else {
            compact.push(c);
        }
    }
    let to_line = |at: usize, start: bool| -> usize {
        let n = if start {
            cuts.partition_point(|&(p, _)| p <= at)
        } else {
            cuts.partition_point(|&(p, _)| p < at)
        };
        at + n.checked_sub(1).map_or(0, |i| cuts[i].1)
    };
    let first = out.len();
    statistics_of_line(&compact, 0, out, work);
    for s in &mut out[first..] {
        let (start, end) = (to_line(s.span.start, true), to_line(s.span.end, false));
        if let Some(raw) = line.get(start..end) {
            s.raw = raw.to_string();
        }
        s.span = Span::new(base + start, base + end);
    }
}

/// Appends the statistics of one line (`base` is its offset in the text;
/// spans are bytes of the text), and to `work` the clauses to classify.
fn statistics_of_line(line: &str, base: usize, out: &mut Vec<Statistic>, work: &mut Work) {
    if memchr::memchr2(b'\n', b'\r', line.as_bytes()).is_some() {
        return statistics_of_wrapped(line, base, out, work);
    }
    let Work { scan, clauses } = work;
    quantity::scan_into(line, scan);
    if scan.quantities.is_empty() {
        return;
    }
    let qs = &scan.quantities;
    let ends = &scan.sentence_ends;
    let periods = &scan.periods;
    let mut previous: Option<Previous> = None;
    let mut open_total: Option<OpenTotal> = None;
    let mut next_period = 0;
    let mut next_end = 0;
    for (k, q) in qs.iter().enumerate() {
        // The sentence: from the last end before the quantity to the first
        // end after it.
        while ends.get(next_end).is_some_and(|&e| e <= q.lead) {
            next_end += 1;
        }
        let sentence_start = next_end.checked_sub(1).map_or(0, |i| ends[i]);
        let sentence_end = ends
            .get(next_end)
            .copied()
            .unwrap_or(line.len())
            .max(q.tail);
        let sentence = {
            let from = floor_boundary(
                line,
                sentence_start.max(q.lead.saturating_sub(SENTENCE_CAP)),
            );
            let to = floor_boundary(line, sentence_end.min(q.tail + SENTENCE_CAP));
            &line[from..to.max(from)]
        };
        let same_sentence = previous
            .as_ref()
            .filter(|p| p.sentence_start == sentence_start);

        // The clause: left of the number (after the previous quantity) and
        // right of it (before the next one).
        let floor = floor_boundary(
            line,
            sentence_start
                .max(previous.as_ref().map_or(0, |p| p.boundary))
                .max(q.lead.saturating_sub(CLAUSE_CAP))
                .min(q.lead),
        );
        let mut left_start = clause_start(line, floor, q.lead);
        if let Some(from) = previous
            .as_ref()
            .and_then(|p| p.shared_from)
            .filter(|_| subject::only_change(&line[left_start..q.lead]))
        {
            left_start = from;
        }
        let left_region = &line[left_start..q.lead];
        let limit = qs
            .get(k + 1)
            .map_or(line.len(), |n| n.lead)
            .min(sentence_end)
            .min(q.tail + CLAUSE_CAP);
        let limit = floor_boundary(line, limit.max(q.tail));
        let right_end = clause_end(line, q.tail, limit);
        let right_region = &line[q.tail..right_end];
        let mut clause_end = q.tail;

        // The clause ends after the quantity unless its subject stands on
        // the right (`31人参加…考试`): what follows a listing is the next
        // phrase (`普法手册600本、法治宣传折页…`).
        let mut boundary = q.tail;
        let mut shared_from = None;
        let subject = if let Some(r) = subject::right(q.kind, right_region) {
            boundary = offset_in(line, r) + r.len();
            clause_end = right_end;
            if q.kind == unit::Kind::Thing && qs.get(k + 1).is_some_and(|n| n.lead == right_end) {
                shared_from = Some(offset_in(line, r));
            }
            Some(r.to_string())
        } else if let Some(s) = same_sentence
            // `158宗约2800平方米` (nothing between), `…88.8%,同比提升4.4个百分点`
            // (only how the figure changed), but not `31人参加,近8000人次`.
            .filter(|p| {
                subject::only_change(left_region)
                    && (p.boundary == left_start || !left_region.trim().is_empty())
            })
            .and_then(|p| out.get(p.index).and_then(|s| s.subject.clone()))
        {
            Some(s)
        } else {
            let left = subject::left(left_region);
            // `举办2期专题培训班`, `部党组先后召开6次部党组会`: the verb stands
            // before the number and what is counted after it.
            match left
                .is_none_or(subject::ends_with_doing)
                .then(|| subject::right_after_verb(right_region))
                .flatten()
            {
                Some(r) => {
                    boundary = offset_in(line, r) + r.len();
                    clause_end = right_end;
                    Some(r.to_string())
                }
                None => left.map(str::to_string),
            }
        };

        if indicator::TABLE.knows_unit(q.unit) {
            clauses.push((out.len(), indicator_text(&line[left_start..clause_end])));
        }

        while periods.get(next_period).is_some_and(|p| p.end <= q.lead) {
            next_period += 1;
        }
        // The time scope of its own clause, or the one that opens the
        // sentence on its own; never one of a clause before.
        let period = next_period
            .checked_sub(1)
            .and_then(|i| periods.get(i))
            .filter(|p| {
                p.start >= left_start.min(q.lead)
                    || (p.start >= sentence_start && opens_sentence(line, sentence_start, p))
            })
            .map(|p| line[p.clone()].to_string());

        // Parts of a total: 共515项,其中规范性文件218项、其他文件297项.
        if let Some(p) = &previous {
            let between = line.get(p.tail..q.lead).unwrap_or("");
            if let Some(at) = part_marker(between) {
                let ends = between[..at].matches(is_sentence_end_char).count();
                let after = between[at..].matches(is_sentence_end_char).count();
                if ends <= 1 && after == 0 {
                    open_total = Some(OpenTotal {
                        index: p.index,
                        value: p.value,
                        unit: p.unit,
                        sentence_start,
                    });
                }
            }
        }
        if open_total
            .as_ref()
            .is_some_and(|t| t.sentence_start != sentence_start)
        {
            open_total = None;
        }
        let part_of = open_total
            .as_ref()
            .filter(|t| t.unit == q.unit && q.value <= t.value)
            .map(|t| t.index);

        let index = out.len();
        let mut stat = statistic(line, base, q, subject, period, sentence);
        stat.part_of = part_of;
        out.push(stat);
        previous = Some(Previous {
            boundary,
            shared_from,
            sentence_start,
            index,
            value: q.value,
            unit: q.unit,
            tail: q.tail,
        });
    }
}

fn statistic(
    line: &str,
    base: usize,
    q: &Quantity,
    subject: Option<String>,
    period: Option<String>,
    sentence: &str,
) -> Statistic {
    Statistic {
        raw: line[q.raw.clone()].to_string(),
        value: q.value,
        unit: q.unit.to_string(),
        approx: q.approx,
        subject,
        indicator: None,
        period,
        part_of: None,
        section: Vec::new(),
        sentence: sentence.to_string(),
        span: Span::new(base + q.raw.start, base + q.raw.end),
    }
}
