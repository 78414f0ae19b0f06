//! Metadata: title, covered year, author, addressee, dates and page fields.
//!
//! A report's text has three regions: the *head* (page chrome, metadata
//! fields, title lines, addressee), the *body* (preamble and numbered
//! sections) and the *tail* (the sign-off: issuing body and date). This
//! module finds the boundaries and reads what the head and tail say.
//!
//! The title is a scored choice, not the first line that fits: every line of
//! the head that can be a title, a line joined with the one before when a
//! title is broken, the title part of a page-title line `标题_栏目_网站名`
//! and a `标题:` field are candidates, scored on what a title says (a
//! report's ending, rule-of-law words, a year, a unit's name), on being
//! repeated, and on standing right above the body. Page furniture never
//! competes: normalize marks it chrome from `data/chrome.tsv`.
//!
//! Metadata labels come from `data/metadata_labels.tsv` and are read in
//! every common dress; dates without a label (under the title, alone at the
//! end) are used and listed in [`Head::inferred`]. `genre_reasons` says
//! what a text is when it is not a report, from `data/genres.tsv`.

use std::ops::Range;
use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

use crate::model::Source;
use crate::normalize::{LineKind, Normalized};
use crate::outline;

use crate::lexicon::structure::{LabelField as Field, Place, GENRES, LABELS, TITLES};

/// A label in any of its dresses: `[ LABEL ]`, `【LABEL】`, `LABEL:`, a
/// table cell `| LABEL |`, and a date label before its date without a colon
/// (`发布时间 2026-02-09`); with optional spaces between the characters of
/// each label (索 引 号).
static LABEL: LazyLock<Regex> = LazyLock::new(|| label_regex(""));
/// The same, anchored at the start of the line (a cheap test per line).
static LEADING_LABEL: LazyLock<Regex> = LazyLock::new(|| label_regex("^"));

fn label_regex(anchor: &str) -> Regex {
    // Labels come from data/metadata_labels.tsv; the longest is tried first
    // so that 成文日期 is not read as 日期.
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
    // A date label may stand without a colon before its date: "发布时间
    // 2026-02-09". The date's first digit is matched, and given back.
    let mut dates: Vec<&str> = LABELS
        .iter()
        .filter(|(_, f)| matches!(f, Field::Published | Field::Signed))
        .map(|(l, _)| *l)
        .collect();
    dates.sort_by_key(|l| std::cmp::Reverse(l.chars().count()));
    let dates = dates
        .iter()
        .map(|l| regex::escape(l))
        .collect::<Vec<_>>()
        .join("|");
    Regex::new(&format!(
        r"{anchor}(?:[【\[]\s*(?P<bracketed>{alternation})\s*[】\]]|(?P<plain>{alternation})\s*:|(?P<spaced>{dates})\s+(?P<digit>\d)|(?:^|\|)\s*(?P<cell>{alternation})\s*\|)"
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
            .or_else(|| c.name("spaced"))
            .or_else(|| c.name("cell"))
            .expect("one label group");
        let value_start = c.name("digit").map_or(whole.end(), |d| d.start());
        let end = matches
            .get(i + 1)
            .map_or(content.len(), |n| n.get(0).expect("match").start());
        let value = content[value_start..end].trim_matches(|ch: char| {
            ch.is_whitespace() || matches!(ch, '|' | ':' | '[' | ']' | '【' | '】')
        });
        let label: String = label
            .as_str()
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        // Labels the data file does not know are fields too: "效力状态:有效
        // 自编标签:某值" is two fields.
        let mut parts = UNKNOWN_LABEL.captures_iter(value).peekable();
        let first_end = parts
            .peek()
            .map_or(value.len(), |c| c.get(0).expect("match").start());
        out.push(MetaField {
            label,
            value: trim_value(&value[..first_end]).to_string(),
        });
        while let Some(c) = parts.next() {
            let end = parts
                .peek()
                .map_or(value.len(), |n| n.get(0).expect("match").start());
            out.push(MetaField {
                label: c[1].chars().filter(|c| !c.is_whitespace()).collect(),
                value: trim_value(&value[c.get(0).expect("match").end()..end]).to_string(),
            });
        }
    }
    out
}

/// A label the data file does not list, inside a value: a short run of
/// Chinese characters after a space, before a colon.
static UNKNOWN_LABEL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s(\p{Han}{2,8})\s*:").expect("valid regex"));

/// A whole line `label:value` with a label the data file does not list:
/// a short label, a short value, no sentence.
static UNKNOWN_FIELD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\p{Han}{2,6})\s*:\s*([^。,;:]{1,40})$").expect("valid regex"));

fn trim_value(v: &str) -> &str {
    v.trim_matches(|ch: char| {
        ch.is_whitespace() || matches!(ch, '|' | ':' | '[' | ']' | '【' | '】')
    })
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
    /// Dates read without a label, with the field each filled.
    pub inferred: Vec<InferredDate>,
}

fn ends_with_any(s: &str, list: &[&str]) -> bool {
    list.iter().any(|x| s.ends_with(x))
}

/// Where a title candidate comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Origin {
    /// A line of its own.
    Line,
    /// A line joined with the one before (a title broken over two lines).
    Joined,
    /// The title part of a page-title line `标题_栏目_网站名`.
    SiteTitle,
    /// The value of a `标题:` metadata field.
    Field,
    /// The leading title of a text scraped without line breaks.
    Dense,
}

/// A title candidate: its text, the byte range that stands for it, the
/// line it ends on, and where it comes from.
#[derive(Debug, Clone)]
struct Candidate {
    text: String,
    range: Range<usize>,
    line: usize,
    origin: Origin,
}

/// A date the head gives without a label (a date line under the title, a
/// date at the end of a title line): used, and said to be inferred.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InferredDate {
    /// Which field it fills: `published_on` or `signed_on`.
    pub field: &'static str,
    /// The date.
    pub date: NaiveDate,
    /// Byte range of the text it was read from.
    pub range: Range<usize>,
}

/// Read the head and tail of `n`.
pub fn analyze(n: &Normalized) -> Head {
    let mut head = Head::default();
    let lines = &n.lines;

    // Page metadata anywhere before the body ends (some pages put it last).
    let mut title_fields: Vec<(String, Range<usize>, usize)> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if line.kind == LineKind::Metadata {
            for f in fields(&n.joined(i)) {
                if field_of(&f.label) == Field::Title && !f.value.is_empty() {
                    title_fields.push((f.value.clone(), line.content.clone(), i));
                }
                apply_field(&mut head, f);
            }
        }
    }

    // Head: everything before the first paragraph or numbered heading.
    let mut candidates: Vec<Candidate> = Vec::new();
    let mut head_dates: Vec<(NaiveDate, Range<usize>)> = Vec::new();
    let mut fragment: Option<usize> = None;
    let mut body_start = lines.len();
    // The value line of a label that stands alone on its line.
    let mut value_line: Option<usize> = None;
    for (i, line) in lines.iter().enumerate() {
        if value_line == Some(i) {
            continue;
        }
        // A table scraped cell by cell: "发布机构" on one line, its value on
        // the next (a bare 发布日期 or 来源 reads as chrome).
        let label = match line.kind {
            LineKind::Body | LineKind::Chrome => label_alone(n, i),
            _ => None,
        };
        if let Some((label, v)) = label {
            let value = n.joined(v).into_owned();
            if field_of(label) == Field::Title {
                title_fields.push((value.clone(), lines[v].content.clone(), v));
            }
            apply_field(
                &mut head,
                MetaField {
                    label: label.to_string(),
                    value,
                },
            );
            value_line = Some(v);
            fragment = None;
            continue;
        }
        match line.kind {
            LineKind::Blank => continue,
            LineKind::Chrome | LineKind::Metadata => {
                fragment = None;
                continue;
            }
            LineKind::Body => {}
        }
        let content: &str = &n.joined(i);
        if outline::starts_with_number(content) {
            body_start = i;
            break;
        }
        // The page-title line: its title part is a candidate, the line never
        // joins another (nor the body).
        if let Some(t) = site_title(content) {
            candidates.push(Candidate {
                text: t.to_string(),
                range: line.content.start..n.joined_offset(i, t.len()),
                line: i,
                origin: Origin::SiteTitle,
            });
            fragment = None;
            continue;
        }
        if let Some(Some(date)) = date_line(content) {
            head_dates.push((date, line.content.clone()));
            fragment = None;
            continue;
        }
        let bare = without_book_marks(strip_trailing_date(content));
        // Where `bare` stands: a slice of `content`, after any 《.
        let offset = bare.as_ptr() as usize - content.as_ptr() as usize;
        let at = n.joined_offset(i, offset);
        let bare_end = n.joined_offset(i, offset + bare.len());
        if let Some(addressee) = addressee(bare) {
            head.addressee = Some(addressee.to_string());
            fragment = None;
            continue;
        }
        if is_title_like(bare) {
            if bare_end < line.content.end {
                if let Some(date) = parse_date(&n.text[bare_end..line.content.end]) {
                    head_dates.push((date, bare_end..line.content.end));
                }
            }
            // A title split over lines: the fragment before it starts it.
            if let Some(f) = fragment {
                let first = n.joined(f);
                let first = strip_trailing_date(&first);
                if joins(first, bare) {
                    candidates.push(Candidate {
                        text: format!("{first}{bare}"),
                        range: lines[f].content.start..bare_end,
                        line: i,
                        origin: Origin::Joined,
                    });
                }
            }
            candidates.push(Candidate {
                text: bare.to_string(),
                range: at..bare_end,
                line: i,
                origin: Origin::Line,
            });
            fragment = Some(i);
            continue;
        }
        // A title hard-wrapped inside a word ("…建设工作报" + "告"): the
        // halves read as a title only together.
        if let Some(f) = fragment {
            let first = n.joined(f);
            let first = strip_trailing_date(&first);
            let joined = format!("{first}{bare}");
            if first.chars().count() >= 8
                && bare.chars().count() <= 30
                && !is_title_like(first)
                && is_title_like(&joined)
            {
                candidates.push(Candidate {
                    text: joined,
                    range: lines[f].content.start..bare_end,
                    line: i,
                    origin: Origin::Joined,
                });
                fragment = None;
                continue;
            }
        }
        // A part heading written without a number (`主要做法和成效`)
        // opens the body; the outline reads it as the top level.
        if is_fragment(bare) && !names_part(bare) {
            fragment = Some(i);
            continue;
        }
        // "效力状态:有效": a field the data file does not know, kept all the
        // same; it starts no body.
        if let Some(c) = UNKNOWN_FIELD.captures(bare) {
            head.source
                .other
                .entry(c[1].chars().filter(|c| !c.is_whitespace()).collect())
                .or_insert_with(|| c[2].trim().to_string());
            fragment = None;
            continue;
        }
        // A lone character (the end of a wrapped breadcrumb or menu) starts
        // no body.
        if bare.chars().count() == 1 {
            fragment = None;
            continue;
        }
        // A text scraped without line breaks opens with its title(s).
        // (most of the text on one line, not a long opening paragraph).
        // A line cut from a run-on text before its inline headings (it ends
        // where no line break is) is such a text too.
        let run_on = line.range.end < n.text.len() && !n.text[line.range.end..].starts_with('\n');
        if (content.len() * 2 > n.text.len() && content.len() >= 300) || run_on {
            for (start, end) in dense_titles(content) {
                candidates.push(Candidate {
                    text: content[start..end].to_string(),
                    range: n.joined_offset(i, start)..n.joined_offset(i, end),
                    line: i,
                    origin: Origin::Dense,
                });
            }
        }
        body_start = i;
        break;
    }
    head.body_start = body_start;
    for (value, range, i) in title_fields {
        if is_title_like(&value) {
            candidates.push(Candidate {
                text: value,
                range,
                line: i,
                origin: Origin::Field,
            });
        }
    }

    if let Some(best) = choose_title(&candidates) {
        head.title = Some(squash_title(&best.text));
        head.title_range = Some(best.range.clone());
    }

    // Tail: the sign-off (issuing body, then date) at the end.
    let tail = sign_off(n, body_start);
    head.body_end = tail.start;
    head.signed = tail.start < lines.len();
    head.body_end_byte = lines
        .get(..tail.start)
        .and_then(|ls| ls.iter().rev().find(|l| l.kind == LineKind::Body))
        .map_or(0, |l| l.range.end);
    if let Some(date) = tail.date {
        head.signed_on = Some(date);
        // A date alone at the end, with no issuing body over it, is taken
        // for the signing date; say so.
        if tail.author.is_none() {
            if let Some(range) = tail.date_range.clone() {
                head.inferred.push(InferredDate {
                    field: "signed_on",
                    date,
                    range,
                });
            }
        }
    }
    // A date line under the title (or at the end of the title line) is the
    // page's publication date when no field gives one.
    if head.published_on.is_none() {
        if let Some((date, range)) = head_dates.first().cloned() {
            head.published_on = Some(date);
            head.inferred.push(InferredDate {
                field: "published_on",
                date,
                range,
            });
        }
    }

    head.author = tail
        .author
        .or_else(|| head.title.as_deref().and_then(title_issuer))
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

/// A line that is only a known label ("发布机构", "【发布日期】"), and the
/// next line that holds its value: `None` when the next line is missing,
/// long, numbered, or a label itself.
fn label_alone(n: &Normalized, i: usize) -> Option<(&'static str, usize)> {
    let bare = n
        .content(i)
        .trim_matches(|c: char| c.is_whitespace() || "[]【】:".contains(c));
    if bare.chars().count() > 8 {
        return None;
    }
    let squashed: String = bare.chars().filter(|c| !c.is_whitespace()).collect();
    let label = LABELS.iter().find(|(l, _)| *l == squashed)?.0;
    let v = (i + 1..n.lines.len()).find(|&j| n.lines[j].kind != LineKind::Blank)?;
    let value = n.content(v);
    let fits = n.lines[v].kind == LineKind::Body
        && (1..=60).contains(&value.chars().count())
        && !value.contains('。')
        && !outline::starts_with_number(value)
        && label_alone_is_label(value).is_none()
        // A title under a bare 来源 is the title; a date field wants a date.
        && match field_of(label) {
            Field::Title => true,
            Field::Published | Field::Signed => parse_date(value).is_some(),
            _ => !is_title_like(value),
        };
    fits.then_some((label, v))
}

fn label_alone_is_label(s: &str) -> Option<&'static str> {
    let squashed: String = s
        .chars()
        .filter(|c| !c.is_whitespace() && !"[]【】:".contains(*c))
        .collect();
    LABELS.iter().find(|(l, _)| *l == squashed).map(|(l, _)| *l)
}

/// The best title among the candidates, or none when no candidate scores.
///
/// A title says what it is (a report's ending, rule-of-law words, a year, a
/// unit's name at its start) and stands right above the body's first
/// sentence; a page repeats it (in a `标题:` field, a page-title line, a
/// headline over the document). Ties go to the later candidate: the
/// document's own title line comes after the page's headline.
fn choose_title(candidates: &[Candidate]) -> Option<&Candidate> {
    let last_line = candidates
        .iter()
        .filter(|c| matches!(c.origin, Origin::Line | Origin::Joined | Origin::Dense))
        .map(|c| c.line)
        .max();
    candidates
        .iter()
        .map(|c| {
            let key = squash_title(&crate::chinese::to_simplified(&c.text));
            let repeated = candidates.iter().any(|o| {
                o.line != c.line && squash_title(&crate::chinese::to_simplified(&o.text)) == key
            });
            let mut score = title_score(&c.text);
            score += match c.origin {
                Origin::Joined => 2,
                Origin::Line | Origin::Dense => 0,
                // Equal to the document's own line, the line wins.
                Origin::SiteTitle | Origin::Field => -1,
            };
            if repeated {
                score += 1;
            }
            if Some(c.line) == last_line && c.origin != Origin::Field {
                score += 3;
            }
            (score, c)
        })
        .filter(|(score, _)| *score >= MIN_TITLE_SCORE)
        .max_by_key(|(score, c)| (*score, c.line, c.origin == Origin::Joined))
        .map(|(_, c)| c)
}

/// Below this a candidate is no title (a lone "通知公告" column name).
const MIN_TITLE_SCORE: i32 = 3;

static YEAR_IN_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:\d{4}|[〇○零一二][〇○零一二三四五六七八九]{3}|20[xX×*]{2})\s*年")
        .expect("valid regex")
});

/// What a title candidate says about itself (see [`choose_title`]).
fn title_score(t: &str) -> i32 {
    let s = crate::chinese::to_simplified(t);
    let core = without_bracket_note(&s);
    let n = core.chars().count();
    let titles = &*TITLES;
    let mut score = 0;
    if is_rule_of_law_title(core) {
        score += 3;
    }
    if ends_with_any(core, &titles.report_endings) {
        score += 3;
    } else if ends_with_any(core, &titles.document_endings) {
        score += 1;
    } else if is_rule_of_law_title(core) && ends_with_any(core, &titles.subject_endings) {
        score += 2;
    }
    if YEAR_IN_TITLE.is_match(core) {
        score += 1;
    }
    if core.starts_with("关于") || title_issuer(core).is_some() {
        score += 1;
    }
    if (8..=60).contains(&n) {
        score += 1;
    } else if !(6..=80).contains(&n) {
        // Too long for a title, or a bare column name ("通知公告").
        score -= 2;
    }
    if core.contains([',', '!', '?', ':']) {
        score -= 2;
    }
    score
}

/// The title part of a page-title line `标题_栏目_网站名` (also with `-`
/// or `|` between the parts): `None` when the line is not one.
fn site_title(s: &str) -> Option<&str> {
    let chrome = &*crate::lexicon::structure::CHROME;
    let mut title = s;
    // The shortest title-like part left after peeling names off the end
    // ("…报告-工作报告-政务公开" is "…报告", not "…报告-工作报告").
    let mut best: Option<(&str, usize)> = None;
    for segments in 1..=3 {
        // The last separator that has a site or column name after it.
        let cut = title
            .char_indices()
            .rev()
            .find(|&(at, c)| {
                matches!(c, '_' | '-' | '|' | '—')
                    && title[at + c.len_utf8()..]
                        .trim_start()
                        .starts_with(|x: char| !x.is_ascii_digit() && !x.is_whitespace())
            })
            .map(|(at, c)| (at, c.len_utf8()));
        let Some((at, len)) = cut else { break };
        let tail = title[at + len..].trim();
        let name_like = (2..=30).contains(&tail.chars().count())
            && !tail.contains(['。', ',', ';', ':', '(', '《'])
            && !outline::starts_with_number(tail);
        if !name_like {
            break;
        }
        title = title[..at].trim_end();
        if is_title_like(title) {
            best = Some((title, segments));
        }
    }
    let (title, segments) = best?;
    // One short tail could be part of a title ("…报告-全文"); it must name a
    // site or column.
    let tail = &s[title.len()..];
    (segments >= 2 || chrome.site_words.iter().any(|w| tail.contains(w))).then_some(title)
}

/// The titles a text without line breaks opens with: runs that end with a
/// report's ending, one after another, before the first sentence
/// ("…工作情况报告…工作情况报告现将…"). Byte ranges within `s`.
fn dense_titles(s: &str) -> Vec<(usize, usize)> {
    let simplified = crate::chinese::to_simplified(s);
    let mut out = Vec::new();
    let mut start = 0;
    while out.len() < 3 {
        let rest = &simplified[start..];
        // Titles are short; the first ending within 60 characters.
        let window = &rest[..crate::text::floor_boundary(rest, 60 * 3)];
        let Some(end) = TITLES
            .report_endings
            .iter()
            .filter_map(|e| window.find(e).map(|at| at + e.len()))
            .min()
        else {
            break;
        };
        let piece = &rest[..end];
        let balanced = piece.matches('“').count() == piece.matches('”').count()
            && piece.matches('(').count() == piece.matches(')').count();
        if piece.contains(['。', ',', ';', ':', '《']) || !balanced || !is_title_like(piece) {
            break;
        }
        // After the first, only a repeat of it (the document's own title
        // under the page's headline), not the first sentence.
        if let Some(&(a, b)) = out.first() {
            if similarity(&simplified[a..b], piece) < 0.6 {
                break;
            }
        }
        out.push((start, start + end));
        start += end;
    }
    out
}

/// The share of the character pairs of `b` that `a` has too.
fn similarity(a: &str, b: &str) -> f64 {
    let pairs = |s: &str| -> Vec<(char, char)> {
        let cs: Vec<char> = s.chars().collect();
        cs.windows(2).map(|w| (w[0], w[1])).collect()
    };
    let (pa, pb) = (pairs(a), pairs(b));
    if pb.is_empty() {
        return 0.0;
    }
    let shared = pb.iter().filter(|p| pa.contains(p)).count();
    shared as f64 / pb.len() as f64
}

fn without_bracket_note(s: &str) -> &str {
    // A trailing note in brackets is not the title's end: "…报告(全文)",
    // "…报告【全文】", and inline pinyin "…的通報(bào)".
    for (open, close) in [('(', ')'), ('【', '】'), ('[', ']')] {
        if let Some(core) = s
            .strip_suffix(close)
            .and_then(|x| x.rfind(open).map(|i| &x[..i]))
        {
            if !core.is_empty() {
                return core.trim_end();
            }
        }
    }
    s
}

/// A title line wrapped in book-title marks, "《…报告》", without them.
fn without_book_marks(s: &str) -> &str {
    match s.strip_prefix('《').and_then(|x| x.strip_suffix('》')) {
        Some(inner) if !inner.contains(['《', '》']) => inner,
        _ => s,
    }
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
    let body = line.strip_suffix(':')?;
    let n = body.chars().count();
    if n == 0 || n > 60 || body.contains(['。', ';', ':']) || outline::starts_with_number(body) {
        return None;
    }
    // A list of recipients may run over commas; a sentence may not.
    if body.contains(',') && !TITLES.recipients.iter().any(|r| body.contains(r)) {
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
    let n = s.chars().count();
    if !(4..=100).contains(&n) || s.contains(['。', ';']) || s.starts_with('《') {
        return false;
    }
    let s = crate::chinese::to_simplified(s);
    let s = without_bracket_note(&s);
    let titles = &*TITLES;
    ends_with_any(s, &titles.report_endings)
        || ends_with_any(s, &titles.document_endings)
        // "XX区2023年度法治政府建设情况": a rule-of-law title without 报告.
        || (is_rule_of_law_title(s) && ends_with_any(s, &titles.subject_endings))
}

/// Whether a title names rule-of-law work (法治, 依法行政, 法制).
pub(crate) fn is_rule_of_law_title(s: &str) -> bool {
    let s = crate::chinese::to_simplified(s);
    TITLES.rule_of_law.iter().any(|w| s.contains(w))
}

/// Whether a short line names one of the regulation's parts and does not
/// read as a piece of a title split over lines (`关于…`, `…的`, `…报告`).
fn names_part(s: &str) -> bool {
    !s.starts_with("关于")
        && !s.ends_with('的')
        && !s.contains("报告")
        && crate::parts::classify_heading(s).is_some()
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
    let first = crate::chinese::to_simplified(first);
    let second = crate::chinese::to_simplified(second);
    if is_rule_of_law_title(&first) {
        return true;
    }
    let titles = &*TITLES;
    let starts_title = titles.title_starts.iter().any(|w| second.starts_with(w))
        || second.starts_with(|c: char| c.is_ascii_digit());
    // "…关于2015年度" + "依法行政工作…的通报": the first half ends inside the phrase.
    let open_ended = (YEAR_IN_TITLE.is_match(&first) && first.ends_with(['年', '度']))
        || titles.open_endings.iter().any(|w| first.ends_with(w));
    open_ended
        || (starts_title
            && (ends_with_any(&first, &titles.org_suffixes)
                || ends_with_any(&first, &titles.place_suffixes)))
}

fn squash_title(t: &str) -> String {
    // Titles broken by a stray space ("法治政府建设 情况的报告") are one phrase.
    t.split_whitespace().collect()
}

/// The issuing body a title begins with ("泉州市丰泽区人民政府关于…",
/// "东安县应急管理局2025年…"); `None` when the title begins with a place.
fn title_issuer(title: &str) -> Option<String> {
    static PREFIX: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^(.{2,40}?)(?:关于|\d{4}|二[〇○零])").expect("valid regex"));
    // Simplified to match; the same byte offsets hold in the text as written.
    let simplified = crate::chinese::to_simplified(title);
    let prefix = PREFIX.captures(&simplified)?.get(1)?;
    ends_with_any(prefix.as_str(), &TITLES.org_suffixes).then(|| title[..prefix.end()].to_string())
}

/// How many body lines at the top of a text are read for its genre.
const OPENING_LINES: usize = 4;

static DATE_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    // "3月29日上午,…", "2024年3月5日下午,…": a report opens with its year,
    // news with the day (and, with the year, the time of day).
    Regex::new(r"^(?:\d{1,2}月\d{1,2}日(?:上午|下午|晚上?|早上)?,|\d{4}年\d{1,2}月\d{1,2}日(?:上午|下午|晚上?|早上))")
        .expect("valid regex")
});
static AFFILIATION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\p{Han}\s*\d{6}\s*[);]").expect("valid regex"));

/// What the text is when it is not a rule-of-law report, one phrase per
/// reason that fired (see `data/genres.tsv`): its title's or headline's
/// genre word, a side topic, a news lead, another genre's opening formula,
/// one official speaking, a research paper.
pub(crate) fn genre_reasons(n: &Normalized, head: &Head) -> Vec<String> {
    let genres = &*GENRES;
    let mut reasons: Vec<String> = Vec::new();
    let mut add = |r: String| {
        if !reasons.contains(&r) {
            reasons.push(r);
        }
    };
    // The title; else the text's first line above the body (a headline
    // that is no title-like line: "卫东区召开…动员会", "浅析…"). Lines between
    // (menus, link lists of a sidebar) say nothing of the text itself.
    let first_head_line = (0..head.body_start.min(n.lines.len()))
        .find(|&i| n.lines[i].kind == LineKind::Body)
        .map(|i| n.content(i))
        .filter(|t| (6..=80).contains(&t.chars().count()));
    let headlines: Vec<String> = head
        .title
        .as_deref()
        .or(first_head_line)
        .map(|t| crate::chinese::to_simplified(t).into_owned())
        .into_iter()
        .collect();
    // Each kind of text is named once, for the first line that shows it.
    let mut named: Vec<&str> = Vec::new();
    for h in &headlines {
        let core = without_bracket_note(h);
        for g in &genres.title_genres {
            let hit = match g.place {
                Place::End => core.ends_with(g.word),
                Place::Contains => core.contains(g.word),
            };
            if hit && !named.contains(&g.what) {
                named.push(g.what);
                add(format!("the title or headline `{h}` names {}", g.what));
            }
        }
        for (topic, what) in &genres.side_topics {
            if core.contains(topic) && !genres.wide_topics.iter().any(|w| core.contains(w)) {
                add(format!("the title or headline `{h}` is {what}"));
            }
        }
        if genres.research_starts.iter().any(|w| core.starts_with(w)) {
            add(format!("the headline `{h}` is a research paper's"));
        }
    }
    // The first lines of the text proper.
    let opening: Vec<&str> = (head.body_start.min(n.lines.len())..n.lines.len())
        .filter(|&i| n.lines[i].kind == LineKind::Body)
        .take(OPENING_LINES)
        .map(|i| n.content(i))
        .collect();
    let opening_text: String = opening
        .iter()
        .map(|l| &l[..crate::text::floor_boundary(l, 600)])
        .collect::<Vec<_>>()
        .join("\n");
    let opening_text = crate::chinese::to_simplified(&opening_text);
    if let Some(line) = opening
        .iter()
        .find(|l| genres.news_leads.iter().any(|w| l.starts_with(w)) || DATE_LEAD.is_match(l))
    {
        let lead: String = line.chars().take(16).collect();
        add(format!("it opens as news (`{lead}…`)"));
    } else if let Some(mark) = genres
        .news_marks
        .iter()
        .find(|w| opening_text.contains(**w))
    {
        add(format!("it opens as news (`{mark}`)"));
    }
    if let Some(f) = genres.formulas.iter().find(|w| opening_text.contains(**w)) {
        add(format!("its opening says `{f}`, another genre's formula"));
    }
    let speaking = first_person(&opening_text, &genres.unit_after_wo);
    if speaking >= 2 {
        add(format!(
            "one official speaks in the first person ({speaking} times 我/本人 in the opening)"
        ));
    }
    // A research paper: abstract or keyword labels, an affiliation with a
    // postcode, near the top.
    let top: Vec<&str> = n
        .lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.kind != LineKind::Blank)
        .take(12)
        .map(|(i, _)| n.content(i))
        .collect();
    if let Some(mark) = top.iter().find_map(|l| {
        genres
            .research
            .iter()
            .find(|w| {
                l.trim_start_matches(['[', '【'])
                    .strip_prefix(**w)
                    .is_some_and(|rest| rest.starts_with([':', ']', '】', ' ']))
            })
            .copied()
            .or_else(|| {
                AFFILIATION
                    .is_match(l)
                    .then_some("a postcode in an affiliation")
            })
    }) {
        add(format!("it has the marks of a research paper ({mark})"));
    }
    reasons
}

/// How often a person says 我 (not 我区, 我局, 我们 …) or 本人 in `s`.
fn first_person(s: &str, unit_after_wo: &[char]) -> usize {
    let mut count = s.matches("本人").count();
    let mut prev: Option<char> = None;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '我' && prev != Some('自') {
            let next = chars.peek().copied();
            if next.is_some_and(|x| !unit_after_wo.contains(&x)) {
                count += 1;
            }
        }
        prev = Some(c);
    }
    count
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

/// The sign-off after the body.
#[derive(Debug, Clone, Default)]
struct SignOff {
    /// The line where it starts (the end of the body); the number of lines
    /// when there is none.
    start: usize,
    /// The issuing body.
    author: Option<String>,
    /// The date.
    date: Option<NaiveDate>,
    /// Byte range of the date.
    date_range: Option<Range<usize>>,
}

/// Find the sign-off after the body: the issuing body and the date.
fn sign_off(n: &Normalized, body_start: usize) -> SignOff {
    let lines = &n.lines;
    let none = SignOff {
        start: lines.len(),
        ..SignOff::default()
    };
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
        .position(|&i| date_line(&n.joined(i)).is_some())
        .filter(|&k| {
            tail[..k].iter().all(|&i| {
                let t: &str = &n.joined(i);
                t.chars().count() <= 60 && !t.contains('。') && !outline::starts_with_number(t)
            })
        })
        .unwrap_or(0);
    let Some(&last) = tail.get(skip) else {
        return none;
    };
    let last_text: &str = &n.joined(last);
    let (date, org_line) = match date_line(last_text) {
        Some(date) => (date, tail.get(skip + 1).copied()),
        None => {
            // "蓬江区人民政府白沙街道办事处 2020年12月2日" on one line.
            if let Some(m) = TRAILING_DATE.find(last_text).filter(|m| m.start() > 0) {
                let org = last_text[..m.start()].trim();
                if is_org_line(org) {
                    return SignOff {
                        start: last,
                        author: Some(org.to_string()),
                        date: parse_date(m.as_str()),
                        date_range: Some(
                            n.joined_offset(last, m.start())..n.joined_offset(last, m.end()),
                        ),
                    };
                }
            }
            // An issuing body alone on the last line, without a date.
            return if is_org_line(last_text) {
                SignOff {
                    start: last,
                    author: Some(last_text.to_string()),
                    ..SignOff::default()
                }
            } else {
                none
            };
        }
    };
    let date_range = Some(lines[last].content.clone());
    match org_line.filter(|&i| is_org_line(&n.joined(i))) {
        Some(i) => SignOff {
            start: i,
            author: Some(n.joined(i).into_owned()),
            date,
            date_range,
        },
        None => SignOff {
            start: last,
            author: None,
            date,
            date_range,
        },
    }
}

fn is_org_line(t: &str) -> bool {
    let n = t.chars().count();
    (2..=40).contains(&n)
        && !t.contains(['。', ',', ';', ':'])
        && !outline::starts_with_number(t)
        && ends_with_any(&crate::chinese::to_simplified(t), &TITLES.org_suffixes)
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
            .captures(&n.joined(i))
            .and_then(|c| c[1].parse().ok())
            .and_then(plausible)
        {
            return Some(y);
        }
    }
    for &i in &lines {
        if let Some(y) = REPORT_YEAR
            .captures(&n.joined(i))
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
        let text: &str = &n.joined(i);
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
            title_issuer("泉州市丰泽区人民政府关于2025年度法治政府建设工作情况的报告").as_deref(),
            Some("泉州市丰泽区人民政府")
        );
        assert_eq!(
            title_issuer("西翥街道办事处2025年度法治政府建设情况工作报告").as_deref(),
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

    #[test]
    fn title_is_the_best_candidate_whatever_the_dress() {
        const T: &str = "某某区2023年度法治政府建设情况报告";
        let cases: &[(&str, &str)] = &[
            // A page-title line repeats the title: its title part, not the whole.
            ("某某区2023年度法治政府建设情况报告_法治政府建设_政府信息公开\n\n某某区2023年度法治政府建设情况报告\n\n2023年,某某区坚持依法行政。\n", T),
            ("某某区2023年度法治政府建设情况报告-工作报告-政务公开\n\n某某区2023年度法治政府建设情况报告\n2023年,某某区坚持依法行政。\n", T),
            // The page-title line alone gives the title part.
            ("某某区2023年度法治政府建设情况报告_某某区人民政府门户网站\n\n2023年,某某区坚持依法行政。\n", T),
            // Breadcrumbs naming the report's column are not titles.
            ("您当前所在位置:首页>政务公开>法治政府建设报告>乡镇街道\n\n某某区2023年度法治政府建设情况报告\n2023年,某某区坚持依法行政。\n", T),
            ("您现在的位置:首页 » 政务公开 » 年度报告 » 法治政府建设年度报告\n某某区2023年度法治政府建设情况报告\n2023年,某某区坚持依法行政。\n", T),
            ("首页 > 政府信息公开 > 法治政府建设情况报告\n某某区2023年度法治政府建设情况报告\n2023年,某某区坚持依法行政。\n", T),
            // An essay site's headline, its "下面是小编" line, and the document's own title.
            ("2023年某某区法治政府建设工作情况报告\n时间:2024-05-07 来源:网友投稿\n下面是小编为大家整理的2023年某某区法治政府建设工作情况报告,供大家参考。\n2023年某某区法治政府建设工作情况报告\n某某区法治政府建设工作情况的报告\n五年来,某某区严格落实责任。\n", "某某区法治政府建设工作情况的报告"),
            // A navigation menu and a date banner above.
            ("繁体丨 简体 丨 无障碍丨 网站地图\n  • 首页\n  • 服务大厅\n  • 政务公开\n今天是2021年7月1日 星期四\n某某区2023年度法治政府建设情况报告\n2023年,某某区坚持依法行政。\n", T),
            // A 标题: field and the same title line.
            ("  • 标  题:某某区2023年度法治政府建设情况报告\n  • 发布机构:某某区人民政府\n\n某某区2023年度法治政府建设情况报告\n2023年,某某区坚持依法行政。\n", T),
            // A title broken over two lines, with and without a blank between.
            ("某某区人民政府\n关于2023年度法治政府建设情况的报告\n2023年,某某区坚持依法行政。\n", "某某区人民政府关于2023年度法治政府建设情况的报告"),
            ("某某区2023年度法治政府建设\n\n情况报告\n\n2023年,某某区坚持依法行政。\n", T),
            ("某某区人民政府关于\n2023年度法治政府建设情况的报告\n2023年,某某区坚持依法行政。\n", "某某区人民政府关于2023年度法治政府建设情况的报告"),
            ("《某某区2023年度法治政府建设情况报告》\n2023年,某某区坚持依法行政。\n", T),
            ("某某区2023年度法治政府建设情况报告【全文】\n2023年,某某区坚持依法行政。\n", "某某区2023年度法治政府建设情况报告【全文】"),
            // A title hard-wrapped inside a word.
            ("汉中市汉台区七里街道办事处2021年度法治政府建设工作报\n告\n\n一、主要工作情况\n", "汉中市汉台区七里街道办事处2021年度法治政府建设工作报告"),
            // A text scraped without line breaks: the document's own title.
            (&"某某镇法治政府建设年度情况自查报告某某镇法治政府建设年度状况自查报告依据考评指标,我镇对法治政府建设进行了自查,现报告如下:一、落实集体学法。镇党委把法治政府建设列入议事日程。".repeat(4), "某某镇法治政府建设年度状况自查报告"),
        ];
        for (text, want) in cases {
            assert_eq!(head(text).title.as_deref(), Some(*want), "{text}");
        }
    }

    #[test]
    fn no_title_from_chrome_or_column_names() {
        for text in [
            "通知公告\n2023年,某某区坚持依法行政,推进法治政府建设。\n",
            "首页>政务公开>法治政府建设情况报告\n2023年,某某区坚持依法行政。\n",
            "上一篇:某某区2022年度法治政府建设情况报告\n2023年,某某区坚持依法行政。\n",
            "根据《纲要》提出“实行法治建设年度报告制度”,2023年,某某街道全面推进法治政府建设,依法行政能力逐步提升,现对2023年所做工作总结如下:\n一、主要举措\n",
        ] {
            assert_eq!(head(text).title, None, "{text}");
        }
    }

    #[test]
    fn site_title_parts() {
        let cases: &[(&str, Option<&str>)] = &[
            (
                "X区2023年法治政府建设报告_法治政府建设_政府信息公开",
                Some("X区2023年法治政府建设报告"),
            ),
            (
                "X区2023年法治政府建设报告_部门文件_政府门户网站",
                Some("X区2023年法治政府建设报告"),
            ),
            (
                "X区2023年法治政府建设报告-工作报告-政务公开",
                Some("X区2023年法治政府建设报告"),
            ),
            (
                "X区2023年法治政府建设报告_上海市宝山区人民政府门户网站",
                Some("X区2023年法治政府建设报告"),
            ),
            (
                "X区2023年法治政府建设报告 | 某某区人民政府网",
                Some("X区2023年法治政府建设报告"),
            ),
            // A range inside a title is no separator.
            ("X区法治政府建设实施方案(2021-2025年)", None),
            // A single tail that names no site or column.
            ("X区2023年法治政府建设报告-张三", None),
            ("X区2023年法治政府建设报告", None),
        ];
        for (line, want) in cases {
            assert_eq!(site_title(line), *want, "{line}");
        }
    }

    #[test]
    fn metadata_labels_in_every_style() {
        let styles = [
            "[ 发布机构 ] 某某区司法局",
            "【发布机构】某某区司法局",
            "  • 发布机构:某某区司法局",
            "发布机构:某某区司法局",
            "发 布 机 构:某某区司法局",
            "发布机构 :某某区司法局",
            "发布机构：某某区司法局",
            "發佈機構:某某区司法局",
            "- [ 发布机构 ] 某某区司法局",
            "| 发布机构: | 某某区司法局 |",
            "| 发布机构 | 某某区司法局 | 发布日期 | 2024-02-01 |",
        ];
        for line in styles {
            let h = head(&format!(
                "{line}\n某某区司法局2023年法治政府建设报告\n2023年,我局坚持依法行政。\n"
            ));
            assert_eq!(
                h.source.publisher.as_deref(),
                Some("某某区司法局"),
                "{line}"
            );
            assert_eq!(h.author.as_deref(), Some("某某区司法局"), "{line}");
        }
        // A table scraped cell by cell: each label alone, its value under it.
        let h = head("发布机构\n某某区司法局\n发布日期\n2024-01-15\n标题\n某某区司法局2023年法治政府建设报告\n\n某某区司法局2023年法治政府建设报告\n2023年,我局坚持依法行政。\n");
        assert_eq!(h.source.publisher.as_deref(), Some("某某区司法局"));
        assert_eq!(h.published_on, NaiveDate::from_ymd_opt(2024, 1, 15));
        assert!(h.inferred.is_empty());
        assert_eq!(
            h.title.as_deref(),
            Some("某某区司法局2023年法治政府建设报告")
        );
        assert_eq!(h.author.as_deref(), Some("某某区司法局"));
        let h = head("来源\n某某区2023年度法治政府建设情况报告\n2023年,某某区坚持依法行政。\n");
        assert_eq!(
            h.title.as_deref(),
            Some("某某区2023年度法治政府建设情况报告")
        );
        assert_eq!(h.source.publisher, None);
        // Several fields on one line, padded labels, traditional labels.
        let h = head("[ 成文日期 ] 2026-01-22 [ 发布日期 ] 2026-02-10\n标  题:某某区2025年法治政府建设情况报告\n發布單位:某某区人民政府\n");
        assert_eq!(h.signed_on, NaiveDate::from_ymd_opt(2026, 1, 22));
        assert_eq!(h.published_on, NaiveDate::from_ymd_opt(2026, 2, 10));
        assert_eq!(
            h.source.other.get("标题").map(String::as_str),
            Some("某某区2025年法治政府建设情况报告")
        );
        assert_eq!(h.source.publisher.as_deref(), Some("某某区人民政府"));
    }

    #[test]
    fn dates_by_label() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day);
        let cases: &[(&str, Option<NaiveDate>, Option<NaiveDate>)] = &[
            ("成文日期:2024-01-28", d(2024, 1, 28), None),
            ("成文时间:2024年01月28日", d(2024, 1, 28), None),
            ("发文时间:2024年02月01日", None, d(2024, 2, 1)),
            ("发文日期:2024-02-01", None, d(2024, 2, 1)),
            ("发布日期:2024-02-01", None, d(2024, 2, 1)),
            ("发布时间:2024-02-01 10:31", None, d(2024, 2, 1)),
            ("公开日期:2024-02-01", None, d(2024, 2, 1)),
            ("信息提供日期:2024-02-01", None, d(2024, 2, 1)),
            ("时间:2024-02-01", None, d(2024, 2, 1)),
            ("日期:2024/02/01", None, d(2024, 2, 1)),
            ("發布日期:2024-02-01", None, d(2024, 2, 1)),
            (
                "信息来源: 某某街道 发布时间 2024-02-01",
                None,
                d(2024, 2, 1),
            ),
            ("发布日期 2024-02-01", None, d(2024, 2, 1)),
            (
                "  • 成文时间:2024年01月28日\n  • 发文时间:2024年02月01日",
                d(2024, 1, 28),
                d(2024, 2, 1),
            ),
        ];
        for (meta, signed, published) in cases {
            let h = head(&format!(
                "{meta}\n某某区2023年法治政府建设报告\n2023年,某某区坚持依法行政。\n"
            ));
            assert_eq!(
                (h.signed_on, h.published_on),
                (*signed, *published),
                "{meta}"
            );
            assert!(h.inferred.is_empty(), "{meta}");
        }
    }

    #[test]
    fn every_label_is_kept_in_other() {
        let h = head("成文时间:2024年01月28日 效力状态:有效 自编标签:某值\n");
        for (k, v) in [
            ("成文时间", "2024年01月28日"),
            ("效力状态", "有效"),
            ("自编标签", "某值"),
        ] {
            assert_eq!(h.source.other.get(k).map(String::as_str), Some(v), "{k}");
        }
        // A line of unknown labels alone, above the title: kept, and the
        // title is still found.
        let h =
            head("所属专题:法治建设\n某某区2023年法治政府建设报告\n2023年,某某区坚持依法行政。\n");
        assert_eq!(
            h.source.other.get("所属专题").map(String::as_str),
            Some("法治建设")
        );
        assert_eq!(h.title.as_deref(), Some("某某区2023年法治政府建设报告"));
    }

    #[test]
    fn unlabelled_dates_are_inferred() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day);
        // A date line under the title: the publication date.
        let h = head("某某区2023年法治政府建设报告\n2024-03-05\n2023年,某某区坚持依法行政。\n");
        assert_eq!(h.published_on, d(2024, 3, 5));
        assert_eq!(h.inferred.len(), 1);
        assert_eq!(h.inferred[0].field, "published_on");
        // A date at the end of the title line.
        let h = head("某某区2023年法治政府建设报告 2024-03-05\n2023年,某某区坚持依法行政。\n");
        assert_eq!(h.title.as_deref(), Some("某某区2023年法治政府建设报告"));
        assert_eq!(h.published_on, d(2024, 3, 5));
        // A labelled date wins and nothing is inferred.
        let h = head("发布日期:2024-04-01\n某某区2023年法治政府建设报告\n2024-03-05\n2023年,某某区坚持依法行政。\n");
        assert_eq!(h.published_on, d(2024, 4, 1));
        assert!(h.inferred.iter().all(|d| d.field != "published_on"));
        // A date alone at the end: the signing date, inferred.
        let h = head("某某区2023年法治政府建设报告\n2023年,某某区坚持依法行政。\n一、举措\n正文。\n2024年3月1日\n");
        assert_eq!(h.signed_on, d(2024, 3, 1));
        assert_eq!(
            h.inferred.iter().map(|d| d.field).collect::<Vec<_>>(),
            ["signed_on"]
        );
        // Under an issuing body it is the sign-off date, not inferred.
        let h = head("某某区2023年法治政府建设报告\n2023年,某某区坚持依法行政。\n一、举措\n正文。\n某某区人民政府\n2024年3月1日\n");
        assert_eq!(h.signed_on, d(2024, 3, 1));
        assert!(h.inferred.is_empty());
    }

    #[test]
    fn genre_reasons_name_what_the_text_is() {
        // (text, a word the reasons must contain; "" for a report)
        let cases: &[(&str, &str)] = &[
            ("某某区2023年法治政府建设情况报告\n2023年,某某区坚持依法行政。\n", ""),
            ("某某区人民政府\n关于2023年度法治政府建设情况的报告\n区委:\n2023年,我区坚持依法行政,我们推进法治建设。\n", ""),
            ("某某市2023年政府信息公开工作年度报告\n本年度报告根据条例编制。\n", "政府信息公开年度报告"),
            ("某某县2024年法治政府建设工作要点\n为深入推进依法行政,制定本工作要点。\n", "工作要点"),
            ("某某县法治政府建设实施方案\n为推进依法行政,结合实际,制定本实施方案。\n", "方案"),
            ("关于2023年度法治政府建设考核结果的通报\n各乡镇:\n现将考核结果通报如下:\n", "通报"),
            ("某镇镇长2023年述法报告\n今年以来,我认真贯彻法治建设部署,现将我履行职责情况报告如下:\n", "述法"),
            ("全县七五普法工作情况报告\n现将普法规划实施情况报告如下。\n", "普法"),
            ("某某县2023年法治宣传教育工作总结\n2023年,我县深入开展法治宣传教育。\n", "普法"),
            ("某某区法治政府建设“十四五”规划\n为推进依法行政,制定本规划。\n", "规划"),
            ("某某区召开新闻发布会\n2024年3月5日上午,区政府召开法治政府建设新闻发布会。\n", "news"),
            ("某某区2023年法治建设情况报告\n2023年,某某区坚持依法行政,推进法治宣传教育。\n", ""),
            ("《某某县2024年法治政府建设工作要点》已制定发布,为便于理解,现作如下解读。\n一、制定依据\n", "解读"),
            ("近日,市委、市政府印发了《某某市法治政府建设实施方案》。\n", "news"),
            ("某某区召开法治政府建设示范创建推进会\n3月29日上午,全区法治政府建设推进会议召开。\n", "news"),
            ("省人大常委会审议法治政府建设情况报告\n本报杭州3月26日讯 (记者 某某) 省人大常委会会议审议法治政府建设情况报告。\n", "news"),
            ("2023年度镇长履行推进法治建设第一责任人职责情况的报告\n本年度,我始终坚持法治思维,我认真履行职责。\n", "first person"),
            ("浅析乡镇法治政府的制度建设\n张三\n(某某大学法学院,山东 济南 250001)\n摘要:法治政府建设是……\n", "research"),
        ];
        for (text, want) in cases {
            let n = normalize(text);
            let reasons = genre_reasons(&n, &analyze(&n));
            if want.is_empty() {
                assert!(reasons.is_empty(), "{text}: {reasons:?}");
            } else {
                assert!(
                    reasons.iter().any(|r| r.contains(want)),
                    "{text}: {reasons:?}"
                );
            }
        }
    }

    #[test]
    fn first_person_is_a_person_not_a_unit() {
        let units = &GENRES.unit_after_wo;
        for (s, want) in [
            ("我区坚持依法行政,我局推进,我们认为,自我革命", 0),
            ("我认真贯彻,本人坚持", 2),
            ("现将我履行职责情况报告如下", 1),
        ] {
            assert_eq!(first_person(s, units), want, "{s}");
        }
    }
}
