//! Finding the reporting unit: mentions, zones, level cues and settling
//! between units of the same name.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::credit;
use super::table::{
    chars_hash, hash_char, hash_next, is_anchor, Entry, Form, Table, HASH_BASE, MAX_ANCHORED_CHARS,
    MAX_FREE_CHARS, TABLE,
};
use crate::chinese::to_simplified;
use crate::model::Level;

/// Names ending in an anchor (almost all full names) are found in the first
/// [`SCAN_BYTES`] of the text; suffix-less stems (绍兴, 涪陵) and irregular
/// names only in the first this many bytes and in the last [`TAIL_BYTES`] of
/// that window.
const HEAD_BYTES: usize = 8_000;
const TAIL_BYTES: usize = 3_000;
/// Only the first this many bytes of the text are read for mentions: the
/// reporting unit and its parents are named early, and the sign-off arrives
/// separately as `author`. Keeps the stage cheap on very long texts.
const SCAN_BYTES: usize = 24 * 1024;
/// The opening: the first sentences of the body, up to this many bytes.
const OPENING_BYTES: usize = 700;
/// At most this many counties are searched for township short names.
const MAX_CHILD_COUNTIES: usize = 40;

/// Where a mention stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Zone {
    Title,
    Author,
    Opening,
    Publisher,
    Addressee,
    /// The body after the opening.
    Body,
    /// Page chrome and metadata outside the body.
    Other,
}

impl Zone {
    /// The zones that can name the reporting unit, in order of trust.
    const SUBJECTS: [Zone; 4] = [Zone::Title, Zone::Author, Zone::Opening, Zone::Publisher];

    fn is_subject_or_addressee(self) -> bool {
        matches!(
            self,
            Zone::Title | Zone::Author | Zone::Opening | Zone::Publisher | Zone::Addressee
        )
    }
}

/// One name found.
#[derive(Debug, Clone)]
pub(crate) struct Mention {
    /// Byte range in the string it was found in.
    pub range: Range<usize>,
    /// Whether that string is `Evidence::text` (else a title or metadata
    /// string).
    pub in_text: bool,
    pub zone: Zone,
    /// Inside 《》 that is not the report's own title.
    pub quoted: bool,
    /// What it can mean.
    pub entries: Vec<Entry>,
    /// As written.
    pub written: String,
    /// A full name or alias (a two-character one standing as a word, see
    /// [`stands_alone`]), or a stem of three characters or more.
    pub strong: bool,
    /// It starts its string or follows a character that is not Han.
    pub leads: bool,
}

impl Mention {
    fn strong(&self) -> bool {
        self.strong
    }

    fn units(&self) -> impl Iterator<Item = u32> + '_ {
        self.entries.iter().map(|e| e.unit)
    }
}

/// The inputs of one resolution: what the report stages found.
pub(crate) type Input<'a> = super::Evidence<'a>;

/// What the resolver decided.
#[derive(Debug, Clone)]
pub(crate) enum Outcome {
    /// One unit, named by `mention`.
    Unit { unit: u32, mention: Mention },
    /// Several units of the same name.
    Ambiguous { units: Vec<u32>, mention: Mention },
    /// No unit; `masked` when the names are masked in a template.
    Unresolved { masked: bool },
}

/// A level the report speaks at, from how it refers to itself (我县, 全市,
/// 街道按照…, 区司法局).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cue {
    Township,
    /// A name ending (市, 区, 县, 省, 州, 旗, 盟).
    Suffix(char),
}

impl Cue {
    fn fits(self, t: &Table, unit: u32) -> bool {
        let u = &t.units[unit as usize];
        match self {
            Cue::Township => u.level == Level::Township,
            Cue::Suffix(c) => u.level != Level::Township && u.name.ends_with(c),
        }
    }
}

struct Scan<'a> {
    t: &'static Table,
    input: &'a Input<'a>,
    mentions: Vec<Mention>,
    credit_region: Option<u32>,
    /// Where the sentences of the opening end (bytes of the text).
    opening_sentences: Vec<usize>,
}

/// Resolve the reporting unit of `input`.
pub(crate) fn resolve(input: &Input<'_>) -> Outcome {
    let t: &'static Table = &TABLE;
    let scanned = crate::text::floor_boundary(input.text, SCAN_BYTES);
    let text_simple = match input.simplified.and_then(|s| s.get(..scanned)) {
        Some(folded) => std::borrow::Cow::Borrowed(folded),
        None => to_simplified(&input.text[..scanned]),
    };
    let mut scan = Scan {
        t,
        input,
        mentions: Vec::new(),
        credit_region: input
            .index_number
            .and_then(credit::region)
            .and_then(|code| region_unit(t, &code)),
        opening_sentences: Vec::new(),
    };
    let opening = opening(input);
    scan.opening_sentences = input
        .text
        .get(opening.clone())
        .unwrap_or_default()
        .match_indices('。')
        .map(|(i, _)| opening.start + i + '。'.len_utf8())
        .collect();
    let mut marks = Marks::default();
    scan.scan_text(&text_simple, opening.clone(), &mut marks);
    for (zone, s) in [
        (Zone::Title, input.title),
        (Zone::Author, input.author),
        (Zone::Publisher, input.publisher),
        (Zone::Addressee, input.addressee),
    ] {
        if let Some(s) = s {
            scan.scan_str(s, zone);
        }
    }
    let (cues, cue_from_opening) = level_cues(
        &text_simple,
        input.body,
        &opening,
        [input.title, input.author],
        &marks,
    );
    let masked = masked(input, &opening, &marks);
    // 1. A zone that names the reporting unit.
    for zone in Zone::SUBJECTS {
        if masked.subject.contains(&zone) {
            return Outcome::Unresolved { masked: true };
        }
        let Some((pick, units)) = scan.subject_in(zone, &text_simple) else {
            continue;
        };
        let mention = scan.take(pick);
        // The parents named in the other zones that speak for the report
        // (红河州 in the addressee of 金平县's report) narrow it further,
        // unless they rule out every unit of the name.
        let units = scan.narrow_by_parents(units, zone, &text_simple);
        // The opening may name a parent ("在XX市委的领导下，区司法局…"): a
        // unit there must fit the level the opening speaks at, and a
        // suffix-less name (重庆, 绍兴) the level the report speaks at.
        let later = zone == Zone::Opening && scan.opening_sentence(mention.range.start) > 0;
        let clear = cues.len() == 1 && cues[0].1 >= 2;
        if zone == Zone::Opening && (cue_from_opening || clear || !mention.strong() || later) {
            if let Some(&(c, _)) = cues.first() {
                if !units.iter().any(|&u| c.fits(t, u)) {
                    // "在XX市委的领导下，区司法局…": the opening names a parent.
                    break;
                }
            }
        }
        return scan.settle(units, mention, zone);
    }
    if masked.anywhere {
        return Outcome::Unresolved { masked: true };
    }

    // 2. The level the report speaks at, and the names of that level.
    if !cues.is_empty() {
        if let Some(out) = scan.by_cue(&cues, &text_simple, &opening) {
            return out;
        }
    }

    // 3. The credit code alone.
    if let Some(r) = scan.credit_region {
        if cues.is_empty() || cues.iter().any(|&(c, _)| c.fits(t, r)) {
            return Outcome::Unit {
                unit: r,
                mention: Mention {
                    range: 0..0,
                    in_text: false,
                    zone: Zone::Other,
                    quoted: false,
                    entries: vec![Entry {
                        unit: r,
                        form: Form::Full,
                    }],
                    written: input
                        .index_number
                        .and_then(credit::find)
                        .unwrap_or_default()
                        .to_owned(),
                    strong: true,
                    leads: true,
                },
            };
        }
    }
    Outcome::Unresolved { masked: false }
}

/// Whether a suffix-less name of a province or prefecture (宁夏, 绍兴) is
/// among what `m` can mean.
fn upper_stem(t: &Table, m: &Mention) -> bool {
    m.entries.iter().any(|e| {
        e.form == Form::Stem
            && matches!(
                t.units[e.unit as usize].level,
                Level::Province | Level::Prefecture
            )
    })
}

/// Whether unit `u` agrees with a name that means one of `parent`: some
/// unit of another level among them lies above or below `u` (units of the
/// same level are siblings and say nothing).
fn consistent(t: &Table, u: u32, parent: &[u32]) -> bool {
    let level = t.units[u as usize].level;
    let mut others = parent
        .iter()
        .filter(|&&v| t.units[v as usize].level != level)
        .peekable();
    others.peek().is_none() || others.any(|&v| t.contains(v, u) || t.contains(u, v))
}

/// Whether unit `u` is a development or industrial zone (its name ends in
/// a `[zone_ending]` of places.tsv).
fn is_zone_unit(t: &Table, u: u32) -> bool {
    let name = t.units[u as usize].name;
    crate::lexicon::places::PLACES
        .zone_endings
        .iter()
        .any(|z| name.ends_with(z))
}

/// Whether unit `u` is a zone that a name cannot place by itself: a
/// township-level zone (高新园区, 福田保税区), or a zone whose name, after the
/// names of its parents, is only generic words (高新技术产业园区, 县开发区);
/// unless `written` starts with the name of one of its parents (兰州新区,
/// 唐山高新区).
fn needs_parent(t: &Table, u: u32, written: &str) -> bool {
    let places = &*crate::lexicon::places::PLACES;
    let unit = &t.units[u as usize];
    let name = unit.name;
    if !is_zone_unit(t, u) {
        return false;
    }
    let mut core = name;
    for a in t.ancestors(u) {
        let an = t.units[a as usize].name;
        let stem = super::table::strip_level(an);
        for p in [an, stem] {
            if p.chars().count() >= 2 && written.starts_with(p) {
                return false;
            }
            if p.chars().count() >= 2 {
                if let Some(rest) = core.strip_prefix(p) {
                    core = rest;
                }
            }
        }
    }
    if unit.level == Level::Township {
        return true;
    }
    // Strip zone endings from the end and generic words from the start.
    loop {
        let before = core;
        if let Some(z) = places.zone_endings.iter().find(|z| core.ends_with(**z)) {
            core = &core[..core.len() - z.len()];
        }
        if let Some(g) = places.zone_generic.iter().find(|g| core.starts_with(**g)) {
            core = &core[g.len()..];
        }
        if core == before {
            break;
        }
    }
    core.chars().count() < 2
}

/// The units whose name or short form is exactly `name`.
pub(crate) fn exact(name: &str) -> Vec<u32> {
    let t: &Table = &TABLE;
    let simple = to_simplified(name);
    let mut out = Vec::new();
    if simple.is_empty() {
        return out;
    }
    out.extend(t.free(chars_hash(simple.chars())).map(|e| e.unit));
    if simple.chars().count() <= MAX_ANCHORED_CHARS && simple.chars().last().is_some_and(is_anchor)
    {
        out.extend(t.anchored(chars_hash(simple.chars())).map(|e| e.unit));
    }
    out
}

/// The unit of a credit code's 6-digit region.
pub(crate) fn region_division(code: &str) -> Option<u32> {
    region_unit(&TABLE, code)
}

/// The credit code's region as a unit: 370303 → 张店区, 330600 → 绍兴市,
/// 110100 → 北京市.
fn region_unit(t: &Table, code: &str) -> Option<u32> {
    let mut c = code;
    while c.len() > 2 && c.ends_with("00") {
        c = &c[..c.len() - 2];
    }
    let mut u = t.find_code(c)?;
    while t.units[u as usize].placeholder {
        u = match t.units[u as usize].parent {
            super::table::NONE => return None,
            p => p,
        };
    }
    Some(u)
}

/// The byte range of the opening: the first two sentences of the body.
fn opening(input: &Input<'_>) -> Range<usize> {
    let Some(first) = input.body.iter().find(|r| {
        !input
            .text
            .get((*r).clone())
            .unwrap_or_default()
            .trim()
            .is_empty()
    }) else {
        return 0..0;
    };
    let start = first.start;
    let mut end = start;
    let mut sentences = 0;
    for r in input.body.iter().filter(|r| r.start >= start) {
        let line = input.text.get(r.clone()).unwrap_or_default();
        for (i, c) in line.char_indices() {
            end = r.start + i + c.len_utf8();
            if c == '。' {
                sentences += 1;
            }
            if sentences >= 2 || end - start >= OPENING_BYTES {
                return start..end;
            }
        }
        if end - start >= OPENING_BYTES / 2 {
            break;
        }
    }
    start..end
}

/// 《》 ranges of `s` that are not a report's own title
/// (《XX市人民政府2018年度法治政府建设工作报告》); a 《 without its 》 within
/// [`MAX_QUOTE_BYTES`] quotes nothing.
fn quoted_ranges(s: &str) -> Vec<Range<usize>> {
    const OPEN: &str = "《";
    const CLOSE: &str = "》";
    let mut out = Vec::new();
    let finder = memchr::memmem::Finder::new(OPEN);
    let mut from = 0;
    while let Some(k) = finder.find(&s.as_bytes()[from..]) {
        let a = from + k;
        from = a + OPEN.len();
        let limit = crate::text::floor_boundary(s, (a + MAX_QUOTE_BYTES).min(s.len()));
        let window = &s[a + OPEN.len()..limit.max(a + OPEN.len())];
        let stop = window.find(['《', '\n']).unwrap_or(window.len());
        let Some(close) = window[..stop].find(CLOSE) else {
            continue;
        };
        let inner = &window[..close];
        let own_title = inner.contains("报告")
            && ["法治", "法制", "依法行政"]
                .iter()
                .any(|w| inner.contains(w));
        if !own_title {
            out.push(a..a + OPEN.len() + close + CLOSE.len());
        }
        from = a + OPEN.len() + close;
    }
    out
}

/// The longest 《…》 taken as a quotation.
const MAX_QUOTE_BYTES: usize = 300;

/// Finds the anchor characters (see [`is_anchor`]) fast (a SIMD searcher
/// for a dozen short literals).
static ANCHOR_FINDER: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
    let anchors: Vec<String> = "省市区县州盟旗镇乡街道木"
        .chars()
        .map(String::from)
        .collect();
    debug_assert!(anchors.iter().all(|a| a.chars().all(is_anchor)));
    aho_corasick::AhoCorasick::new(anchors).expect("the anchor searcher builds")
});

/// Whether `c` is a Han character (names are made of nothing else).
#[inline]
fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{9fff}' | '\u{f900}'..='\u{faff}' | '\u{20000}'..='\u{3134f}')
}

/// Whether byte `at` lies in one of the (sorted) body line ranges.
fn in_body(body: &[Range<usize>], at: usize) -> bool {
    let i = body.partition_point(|r| r.end <= at);
    body.get(i).is_some_and(|r| r.start <= at)
}

fn inside(ranges: &[Range<usize>], at: usize) -> bool {
    let i = ranges.partition_point(|r| r.end <= at);
    ranges.get(i).is_some_and(|r| r.start <= at)
}

impl Scan<'_> {
    /// A copy of mention `i`, with its text as written.
    fn take(&self, i: usize) -> Mention {
        let mut m = self.mentions[i].clone();
        if m.in_text {
            m.written = self
                .input
                .text
                .get(m.range.clone())
                .unwrap_or_default()
                .to_owned();
        }
        m
    }

    /// Mentions in the scanned window of the text: the automaton everywhere,
    /// township names in its head and tail.
    fn scan_text(&mut self, simple: &str, opening: Range<usize>, marks: &mut Marks) {
        let body = self.input.body;
        let zone_of = |at: usize| -> Zone {
            if opening.contains(&at) {
                return Zone::Opening;
            }
            let i = body.partition_point(|r| r.end <= at);
            if body.get(i).is_some_and(|r| r.start <= at) {
                Zone::Body
            } else {
                Zone::Other
            }
        };
        let quoted = quoted_ranges(simple);
        let mut found = Vec::new();
        self.find_anchored(simple, 0..simple.len(), &mut found, Some(marks));
        // Suffix-less forms (绍兴, 涪陵) and irregular names only near the
        // start and the end.
        let head_end = crate::text::floor_boundary(simple, HEAD_BYTES);
        let tail_start =
            crate::text::floor_boundary(simple, simple.len().saturating_sub(TAIL_BYTES))
                .max(head_end);
        self.find_free(simple, 0..head_end, &mut found);
        self.find_free(simple, tail_start..simple.len(), &mut found);
        for (range, entries, chars) in keep_longest(found) {
            let strong = is_strong(&entries, chars, simple, &range);
            let leads = simple[..range.start]
                .chars()
                .next_back()
                .is_none_or(|c| !is_han(c));
            self.mentions.push(Mention {
                strong,
                leads,
                zone: zone_of(range.start),
                quoted: inside(&quoted, range.start),
                written: String::new(),
                in_text: true,
                range,
                entries,
            });
        }
    }

    /// Mentions in a title or metadata string.
    fn scan_str(&mut self, s: &str, zone: Zone) {
        let simple = to_simplified(s);
        let quoted = quoted_ranges(&simple);
        let mut found = Vec::new();
        self.find_free(&simple, 0..simple.len(), &mut found);
        self.find_anchored(&simple, 0..simple.len(), &mut found, None);
        for (range, entries, chars) in keep_longest(found) {
            let strong = is_strong(&entries, chars, &simple, &range);
            let leads = simple[..range.start]
                .chars()
                .next_back()
                .is_none_or(|c| !is_han(c));
            self.mentions.push(Mention {
                strong,
                leads,
                zone,
                quoted: inside(&quoted, range.start),
                written: s.get(range.clone()).unwrap_or_default().to_owned(),
                in_text: false,
                range,
                entries,
            });
        }
    }

    /// Suffix-less stems and irregular names: forward from each Han
    /// character, dismissed after two characters unless some form starts
    /// with them.
    fn find_free(&self, simple: &str, within: Range<usize>, out: &mut Vec<Found>) {
        let t = self.t;
        let s = &simple[within.clone()];
        let mut chars = s.char_indices().peekable();
        while let Some((at, c)) = chars.next() {
            // `simple` is simplified: its characters need no folding.
            if !is_han(c) || !t.free_first(c) {
                continue;
            }
            let first = hash_next(chars_hash(std::iter::empty()), c);
            // Most starts end at the second character: test the pair with
            // the character already read before reading on from `at`.
            match chars.peek() {
                Some(&(_, next)) if is_han(next) && t.free_prefix(hash_next(first, next)) => {}
                _ => continue,
            }
            let mut hash = first;
            let mut len = 1;
            for (k, next) in s[at + c.len_utf8()..].char_indices() {
                if !is_han(next) || len >= MAX_FREE_CHARS {
                    break;
                }
                hash = hash_next(hash, next);
                len += 1;
                // No form is longer than a run no form starts with.
                if !t.free_prefix(hash) {
                    break;
                }
                let entries: Vec<Entry> = t.free(hash).collect();
                if !entries.is_empty() {
                    let end = at + c.len_utf8() + k + next.len_utf8();
                    out.push((within.start + at..within.start + end, entries, len));
                }
            }
        }
    }

    /// Names ending at an anchor character (省 市 区 县 … 镇 乡 街道), looked
    /// up backwards: the hash of the run ending at the anchor is extended
    /// one character at a time (at most [`MAX_ANCHORED_CHARS`]), and only
    /// runs that pass the table's Bloom filter are searched. The same pass
    /// notes self-references (我县, 全市, 本街道) and masked names (*区, xx市)
    /// in `marks`.
    fn find_anchored(
        &self,
        simple: &str,
        within: Range<usize>,
        out: &mut Vec<Found>,
        mut marks: Option<&mut Marks>,
    ) {
        let t = self.t;
        let s = &simple[within.clone()];
        for m in ANCHOR_FINDER.find_iter(s) {
            let at = m.start();
            let Some(c) = s[at..].chars().next() else {
                continue;
            };
            if let Some(marks) = marks.as_deref_mut() {
                marks.note(s, at, c, within.start);
            }
            let end = at + c.len_utf8();
            let mut hash = hash_char(c);
            let mut power = 1u64;
            let mut start = at;
            for len in 2..=MAX_ANCHORED_CHARS {
                let Some(prev) = s[..start].chars().next_back() else {
                    break;
                };
                if !is_han(prev) {
                    break;
                }
                start -= prev.len_utf8();
                power = power.wrapping_mul(HASH_BASE);
                hash = hash.wrapping_add(hash_char(prev).wrapping_mul(power));
                // No form ends with a longer run than one no form ends with.
                if !t.anchored_ending(hash) {
                    break;
                }
                let entries: Vec<Entry> = t.anchored(hash).collect();
                if !entries.is_empty() {
                    out.push((within.start + start..within.start + end, entries, len));
                }
            }
        }
    }

    /// The name of mention `m` (simplified) as found in its string.
    fn simple_of<'s>(&'s self, m: &'s Mention, simple: &'s str) -> &'s str {
        if m.in_text {
            simple.get(m.range.clone()).unwrap_or_default()
        } else {
            &m.written
        }
    }

    /// The names of `zone` that can name a unit, in order, each with the
    /// units it can mean given the names before it: a name is read with
    /// its parents (北京市海淀区…, 朝阳区 after 长春市), a unit that contradicts
    /// a name before it (北大街道 of 许昌 after 北京市, 蚌埠's zone after 成都市)
    /// is dropped, and a name left with no unit is no name. Strong names
    /// and the suffix-less names of provinces and prefectures (北京, 四川)
    /// take part; quoted ones do not.
    fn chain(&self, zone: Zone, simple: &str) -> Vec<(usize, Vec<u32>)> {
        let t = self.t;
        let mut out: Vec<(usize, Vec<u32>)> = Vec::new();
        for (i, m) in self.mentions.iter().enumerate() {
            if m.zone != zone || m.quoted {
                continue;
            }
            // A weak name written right after its parent (江苏常熟, 浙江余姚,
            // 天津和平区) is read as that parent's child.
            let attached = self.attached(m, &out);
            if !(m.strong() || upper_stem(t, m) || attached.is_some()) {
                continue;
            }
            // A suffix-less name is a parent only where it opens the name
            // or runs straight into the next one (四川成都市, 江苏淮安清江浦区):
            // 延安 in 弘扬延安精神 is not.
            if !m.strong() && !m.leads && !self.runs_into_next(i) && attached.is_none() {
                continue;
            }
            let written = self.simple_of(m, simple);
            let mut units: Vec<u32> = m
                .entries
                .iter()
                .filter(|e| !t.units[e.unit as usize].placeholder)
                .filter(|e| self.admissible(e, written, &out))
                .map(|e| e.unit)
                .collect();
            units.sort_unstable();
            units.dedup();
            units.retain(|&u| out.iter().all(|(_, p)| consistent(t, u, p)));
            if !m.strong() && !upper_stem(t, m) {
                if let Some(parent) = attached {
                    units.retain(|&u| parent.iter().any(|&v| v != u && t.contains(v, u)));
                }
            }
            if !units.is_empty() {
                out.push((i, units));
            }
        }
        out
    }

    /// The units of the last name of `chain` when mention `m` follows it
    /// directly, in the same string, in a name rather than prose (the
    /// title, author, addressee or publisher: 辽宁振兴发展 in an opening is
    /// not 振兴区), and is not an ordinary word (`[common_stem]`).
    fn attached<'c>(&self, m: &Mention, chain: &'c [(usize, Vec<u32>)]) -> Option<&'c [u32]> {
        if matches!(m.zone, Zone::Opening | Zone::Body | Zone::Other) {
            return None;
        }
        let (j, units) = chain.last()?;
        let prev = &self.mentions[*j];
        let word = if m.in_text { "" } else { m.written.as_str() };
        (prev.zone == m.zone
            && prev.in_text == m.in_text
            && prev.range.end == m.range.start
            && !is_common_stem(word))
        .then_some(units.as_slice())
    }

    /// Whether chain entry `k` names a unit as surely as a full name: a
    /// strong mention, or a weak one written right after its parent.
    fn sure(&self, chain: &[(usize, Vec<u32>)], k: usize) -> bool {
        let t = self.t;
        let (i, units) = &chain[k];
        let m = &self.mentions[*i];
        m.strong()
            || (k > 0
                && self.attached(m, &chain[..k]).is_some()
                && units
                    .iter()
                    .all(|&u| chain[k - 1].1.iter().any(|&v| v != u && t.contains(v, u))))
    }

    /// Whether the next mention starts where mention `i` ends, in the same
    /// string.
    fn runs_into_next(&self, i: usize) -> bool {
        let m = &self.mentions[i];
        self.mentions.get(i + 1).is_some_and(|n| {
            n.zone == m.zone && n.in_text == m.in_text && n.range.start == m.range.end
        })
    }

    /// Whether `e` may stand for its unit where it was written: a former
    /// name, a township-level zone and a zone of generic words (高新园区,
    /// 县开发区) only where a parent of the unit is named with it (before it
    /// in `chain`, in the name itself, or in another place of the text).
    fn admissible(&self, e: &Entry, written: &str, chain: &[(usize, Vec<u32>)]) -> bool {
        let t = self.t;
        let u = e.unit;
        if e.form != Form::Old && !needs_parent(t, u, written) {
            return true;
        }
        // A former name needs any parent (湖北省 for 襄樊市); a zone its city
        // or county.
        let parent = |v: u32| {
            v != u
                && t.contains(v, u)
                && (e.form == Form::Old
                    || matches!(t.units[v as usize].level, Level::Prefecture | Level::County))
        };
        if chain.iter().any(|(_, p)| p.iter().any(|&v| parent(v))) {
            return true;
        }
        self.mentions.iter().any(|m| {
            m.zone != Zone::Other
                && m.strong()
                && m.entries
                    .iter()
                    .any(|x| x.form != Form::Old && parent(x.unit))
        })
    }

    /// The mention that names the reporting unit in `zone`, with the units
    /// it can mean: the deepest strong name of the [`chain`](Self::chain)
    /// (the first of them at that level); failing those, the deepest
    /// suffix-less name of a province or prefecture (宁夏, 绍兴).
    fn subject_in(&self, zone: Zone, simple: &str) -> Option<(usize, Vec<u32>)> {
        let t = self.t;
        let chain = self.chain(zone, simple);
        let mut pool: Vec<&(usize, Vec<u32>)> = (0..chain.len())
            .filter(|&k| self.sure(&chain, k))
            .map(|k| &chain[k])
            .collect();
        let stems: Vec<(usize, Vec<u32>)>;
        if pool.is_empty() {
            // Failing strong names, the suffix-less names of provinces and
            // prefectures anywhere in the zone that agree with the chain.
            stems = (0..self.mentions.len())
                .filter(|&i| {
                    let m = &self.mentions[i];
                    m.zone == zone && !m.quoted && upper_stem(t, m)
                })
                .filter_map(|i| {
                    let mut units: Vec<u32> = self.mentions[i]
                        .units()
                        .filter(|&u| !t.units[u as usize].placeholder)
                        .filter(|&u| chain.iter().all(|(_, p)| consistent(t, u, p)))
                        .collect();
                    units.sort_unstable();
                    units.dedup();
                    (!units.is_empty()).then_some((i, units))
                })
                .collect();
            pool = stems.iter().collect();
        }
        // In the opening, the first sentence that names something.
        if zone == Zone::Opening {
            let sentence = |i: usize| self.opening_sentence(self.mentions[i].range.start);
            if let Some(first) = pool.iter().map(|c| sentence(c.0)).min() {
                pool.retain(|c| sentence(c.0) == first);
            }
        }
        let mut best: Option<(&(usize, Vec<u32>), Level)> = None;
        for c in pool {
            // A name shared by a county and a township (滨海新区) counts at
            // the higher level.
            let level =
                c.1.iter()
                    .map(|&u| t.units[u as usize].level)
                    .min()
                    .unwrap_or(Level::Province);
            // A zone named after a unit of its level in the same city (唐山市
            // 路南区唐山高新区管委会) is the more specific: the zone reports.
            let zone_after_sibling = |b: &(usize, Vec<u32>)| {
                let (mb, mc) = (&self.mentions[b.0], &self.mentions[c.0]);
                // Written together (路南区唐山高新区), not in another address.
                mb.in_text == mc.in_text
                    && (mb.range.end..=mb.range.end + 6).contains(&mc.range.start)
                    && c.1.iter().all(|&u| is_zone_unit(t, u))
                    && c.1.iter().all(|&u| {
                        b.1.iter()
                            .all(|&v| !is_zone_unit(t, v) && t.parent(v) == t.parent(u))
                    })
            };
            if best.is_none_or(|(b, l)| level > l || (level == l && zone_after_sibling(b))) {
                best = Some((c, level));
            }
        }
        best.map(|(c, _)| c.clone())
    }

    /// The parents named in the zones that speak for the report (title,
    /// author, addressee, publisher) other than `zone`, one list of units a
    /// name.
    fn explicit_parents(&self, zone: Option<Zone>, simple: &str) -> Vec<Vec<u32>> {
        [Zone::Title, Zone::Author, Zone::Addressee, Zone::Publisher]
            .into_iter()
            .filter(|&z| Some(z) != zone)
            .flat_map(|z| self.chain(z, simple))
            .map(|(_, units)| units)
            .collect()
    }

    /// `units` less those that contradict a parent named in another zone
    /// that speaks for the report; all of them when every one would go.
    fn narrow_by_parents(&self, units: Vec<u32>, zone: Zone, simple: &str) -> Vec<u32> {
        if units.len() < 2 && zone != Zone::Opening {
            return units;
        }
        let parents = self.explicit_parents(Some(zone), simple);
        let kept: Vec<u32> = units
            .iter()
            .copied()
            .filter(|&u| parents.iter().all(|p| consistent(self.t, u, p)))
            .collect();
        if kept.is_empty() {
            units
        } else {
            kept
        }
    }

    /// Which sentence of the opening byte `at` stands in (0, 1, …).
    fn opening_sentence(&self, at: usize) -> usize {
        self.opening_sentences.partition_point(|&end| end <= at)
    }

    /// How strongly the text names each of `units` (ancestors of the
    /// candidates): 0 (not at all) to 6 (a full name in `zone`, the zone of
    /// the mention being settled). One pass over the mentions.
    fn tiers(&self, units: &[u32], zone: Zone) -> Vec<u32> {
        let mut best = vec![0; units.len()];
        for m in &self.mentions {
            let strong = m.strong();
            let tier = if m.zone == zone && zone != Zone::Body && zone != Zone::Other {
                if strong {
                    6
                } else {
                    3
                }
            } else if m.zone.is_subject_or_addressee() {
                if strong {
                    4
                } else {
                    2
                }
            } else if strong {
                2
            } else {
                1
            };
            for u in m.units() {
                for (k, &a) in units.iter().enumerate() {
                    if a == u && best[k] < tier {
                        best[k] = tier;
                    }
                }
            }
        }
        best
    }

    /// One unit among `units` (several of the same name), by the parents the
    /// text names and the credit code.
    fn settle(&self, mut units: Vec<u32>, mention: Mention, zone: Zone) -> Outcome {
        let t = self.t;
        units.sort_unstable();
        units.dedup();
        if units.len() == 1 {
            return Outcome::Unit {
                unit: units[0],
                mention,
            };
        }
        // A name shared by units of different levels: prefer the units whose
        // parents are named (below); equal support prefers the higher level.
        let mut wanted: Vec<u32> = units.iter().flat_map(|&u| t.ancestors(u)).collect();
        wanted.sort_unstable();
        wanted.dedup();
        let tiers = self.tiers(&wanted, zone);
        let tier = |a: u32| wanted.binary_search(&a).map_or(0, |k| tiers[k]);
        let scores: Vec<(u32, u32)> = units
            .iter()
            .map(|&u| {
                let mut s: u32 = t.ancestors(u).map(tier).sum();
                if let Some(r) = self.credit_region {
                    if t.contains(r, u) || t.contains(u, r) {
                        s += 10;
                    }
                }
                (u, s)
            })
            .collect();
        let top = scores.iter().map(|&(_, s)| s).max().unwrap_or(0);
        let mut best: Vec<u32> = scores
            .iter()
            .filter(|&&(_, s)| s == top)
            .map(|&(u, _)| u)
            .collect();
        if best.len() > 1 {
            // Same support: a unit that is the parent of another candidate
            // (吉林省 and 吉林市) stands for the name.
            let highest = best.iter().map(|&u| t.units[u as usize].level).min();
            best.retain(|&u| Some(t.units[u as usize].level) == highest);
        }
        if best.len() == 1 {
            Outcome::Unit {
                unit: best[0],
                mention,
            }
        } else {
            Outcome::Ambiguous {
                units: best,
                mention,
            }
        }
    }

    /// No zone names the unit: the names in the text at the levels the
    /// report speaks at. Each unit scores the weight of its mentions
    /// (quoted and suffix-less ones count half) times the weight of the cues
    /// it fits; the best wins, a deeper one on a tie.
    fn by_cue(&self, cues: &[(Cue, u32)], simple: &str, opening: &Range<usize>) -> Option<Outcome> {
        let t = self.t;
        let township = cues.first().is_some_and(|c| c.0 == Cue::Township);
        // A unit qualifies only when some mention names it strongly (绍兴市,
        // even in quotes); suffix-less mentions (绍兴) then add to it.
        let named: Vec<u32> = self
            .mentions
            .iter()
            .filter(|m| m.strong() && m.zone != Zone::Other)
            .flat_map(|m| m.units())
            .collect();
        let mut named = named;
        named.sort_unstable();
        named.dedup();
        let mut scores: Vec<(u32, u32, usize)> = Vec::new(); // (unit, mention weight, first mention)
        for (i, m) in self.mentions.iter().enumerate() {
            if !matches!(
                m.zone,
                Zone::Opening | Zone::Body | Zone::Title | Zone::Author
            ) {
                continue;
            }
            if township && !m.strong() {
                continue;
            }
            let w = if m.quoted || !m.strong() { 1 } else { 2 };
            let written = self.simple_of(m, simple);
            for e in &m.entries {
                let u = e.unit;
                if !self.admissible(e, written, &[]) {
                    continue;
                }
                if t.units[u as usize].placeholder
                    || !cues.iter().any(|c| c.0.fits(t, u))
                    || named.binary_search(&u).is_err()
                {
                    continue;
                }
                match scores.iter_mut().find(|c| c.0 == u) {
                    Some(c) => c.1 += w,
                    None => scores.push((u, w, i)),
                }
            }
        }
        // A unit that contradicts a parent named by the title, author,
        // addressee or publisher is not the report's (unless all do).
        let parents = self.explicit_parents(None, simple);
        let fits = |u: u32| parents.iter().all(|p| consistent(t, u, p));
        if scores.iter().any(|c| fits(c.0)) {
            scores.retain(|c| fits(c.0));
        }
        let score = |&(u, w, _): &(u32, u32, usize)| -> u32 {
            w * cues
                .iter()
                .filter(|c| c.0.fits(t, u))
                .map(|c| c.1)
                .sum::<u32>()
        };
        if let Some(top) = scores.iter().map(score).max() {
            let best: Vec<&(u32, u32, usize)> = scores.iter().filter(|c| score(c) == top).collect();
            let deepest = best.iter().map(|c| t.units[c.0 as usize].level).max();
            let best: Vec<&&(u32, u32, usize)> = best
                .iter()
                .filter(|c| Some(t.units[c.0 as usize].level) == deepest)
                .collect();
            let first = best.iter().map(|c| c.2).min().unwrap_or(0);
            let units: Vec<u32> = best.iter().map(|c| c.0).collect();
            let zone = self.mentions[first].zone;
            // Several names at the same score (two towns, each named once)
            // are not several units of one name: no answer.
            let text_of = |i: usize| {
                let m = &self.mentions[i];
                simple.get(m.range.clone()).filter(|_| m.in_text)
            };
            let one_name = best.iter().all(|c| text_of(c.2) == text_of(first));
            return Some(match self.settle(units, self.take(first), zone) {
                Outcome::Ambiguous { .. } if !one_name => Outcome::Unresolved { masked: false },
                o => o,
            });
        }
        if township {
            return self.township_by_stem(simple, opening);
        }
        None
    }

    /// A township report that writes its name without suffix (鱼复 for
    /// 鱼复街道): the townships of the counties the text names (or the credit
    /// code's county) whose short name stands in the opening or the head of
    /// the body.
    fn township_by_stem(&self, simple: &str, opening: &Range<usize>) -> Option<Outcome> {
        let t = self.t;
        let mut counties: Vec<u32> = Vec::new();
        if let Some(r) = self.credit_region {
            if t.units[r as usize].level == Level::County {
                counties.push(r);
            }
        }
        for m in &self.mentions {
            if !m.strong() {
                continue;
            }
            for u in m.units() {
                if t.units[u as usize].level == Level::County && !counties.contains(&u) {
                    counties.push(u);
                }
            }
            if counties.len() >= MAX_CHILD_COUNTIES {
                break;
            }
        }
        let start = opening.start;
        let end =
            crate::text::floor_boundary(simple, (start + 6 * OPENING_BYTES).min(simple.len()));
        let window = &simple[start.min(end)..end];
        let mut hits: Vec<(u32, usize, usize)> = Vec::new(); // (unit, count, first byte)
        for &c in &counties {
            let cu = t.units[c as usize];
            for u in c + 1..cu.end {
                let name = t.units[u as usize].name;
                let Some(stem) = township_stem(name).filter(|s| !is_common_stem(s)) else {
                    continue;
                };
                let stem = to_simplified(stem);
                let mut n = 0;
                let mut first = usize::MAX;
                for (i, _) in window.match_indices(stem.as_ref()) {
                    n += 1;
                    first = first.min(i);
                }
                if n > 0 {
                    hits.push((u, n, start + first));
                }
            }
        }
        let top = hits.iter().map(|h| h.1).max()?;
        let best: Vec<&(u32, usize, usize)> = hits.iter().filter(|h| h.1 == top).collect();
        let at = best.iter().map(|h| h.2).min().unwrap_or(start);
        let u0 = best[0].0;
        let stem_len = township_stem(t.units[u0 as usize].name).map_or(0, str::len);
        let range = at..(at + stem_len).min(self.input.text.len());
        let mention = Mention {
            written: self
                .input
                .text
                .get(range.clone())
                .unwrap_or_default()
                .to_owned(),
            range,
            in_text: true,
            zone: Zone::Opening,
            quoted: false,
            entries: best
                .iter()
                .map(|h| Entry {
                    unit: h.0,
                    form: Form::Stem,
                })
                .collect(),
            strong: false,
            leads: false,
        };
        let units = best.iter().map(|h| h.0).collect();
        Some(self.settle(units, mention, Zone::Opening))
    }
}

/// Whether a match is a strong mention: a full name or alias, or a stem of
/// three characters or more; a two-character full name (寿县, 和县, 兴县)
/// only where it stands as a word (振兴县域 and 市和县 are not mentions).
fn is_strong(entries: &[Entry], chars: usize, s: &str, range: &Range<usize>) -> bool {
    let named = entries.iter().any(|e| e.form != Form::Stem);
    if is_street_form(entries, s, range) && !names_street_unit(&s[range.end..]) {
        return false;
    }
    if chars >= 3 {
        // 于城镇 in 有利于城镇化: a function word, then a word; but 天津市和平区.
        let first = s[range.clone()].chars().next();
        let before = s[..range.start].chars().next_back();
        return !(chars == 3
            && first.is_some_and(|c| FUNCTION_WORDS.contains(c))
            && before.is_some_and(|c| {
                ('\u{3400}'..='\u{9fff}').contains(&c) && !"省市区县州盟旗".contains(c)
            }));
    }
    named && stands_alone(s, range)
}

/// Whether a match is only the 街 short form of townships (北大街 for
/// 北大街道): as written it is as likely a street.
fn is_street_form(entries: &[Entry], s: &str, range: &Range<usize>) -> bool {
    s[range.clone()].ends_with('街') && entries.iter().all(|e| e.form == Form::Alias)
}

/// Whether what follows a 街 short form says it is the unit: the end of the
/// name, a year (白沙街2023年…) or a word of `[street_unit]` (白沙街办事处).
fn names_street_unit(after: &str) -> bool {
    if after.trim().is_empty() {
        return true;
    }
    let digits = after
        .chars()
        .take_while(|c| c.is_ascii_digit() || "〇零一二三四五六七八九".contains(*c))
        .count();
    if digits == 4 && after.chars().nth(4) == Some('年') {
        return true;
    }
    let places = &*crate::lexicon::places::PLACES;
    places.street_unit.iter().any(|w| after.starts_with(w))
}

/// A two-character name stands as a word when it starts the text or
/// follows a non-Han character or a place ending (安徽省寿县), or when a
/// non-Han character, a government word or the end follows it (寿县人民政府).
fn stands_alone(s: &str, range: &Range<usize>) -> bool {
    let han = |c: char| ('\u{3400}'..='\u{9fff}').contains(&c);
    let before = s[..range.start].chars().next_back();
    let after = &s[range.end..];
    if before.is_none_or(|c| !han(c) || "省市州盟".contains(c)) {
        return true;
    }
    // 和县, 于城镇: a name that starts with a function word is, after another
    // character, the function word (政府和县委, 有利于城镇化).
    if s[range.clone()]
        .chars()
        .next()
        .is_some_and(|c| FUNCTION_WORDS.contains(c))
    {
        return false;
    }
    match after.chars().next() {
        None => true,
        Some(c) if !han(c) => true,
        Some(_) => ["人民政府", "政府", "司法局"]
            .iter()
            .any(|w| after.starts_with(w)),
    }
}

/// Characters that are function words when they stand before a place
/// ending (和县 in 政府和县委, 于城镇 in 有利于城镇化).
const FUNCTION_WORDS: &str = "和与及或并而又也于在对向为从将把被给以由因至各本全我该其此之的";

/// A match: byte range, what it can mean, length in characters.
type Found = (Range<usize>, Vec<Entry>, usize);

/// Drop matches that lie inside a longer one (白沙街 inside 白沙街道, 东城 inside
/// 东城区), and merge identical ones.
fn keep_longest(mut found: Vec<Found>) -> Vec<Found> {
    found.sort_by(|a, b| a.0.start.cmp(&b.0.start).then(b.0.end.cmp(&a.0.end)));
    let mut out: Vec<Found> = Vec::with_capacity(found.len());
    let mut reach = 0usize;
    for f in found {
        if let Some(last) = out.last_mut() {
            if last.0 == f.0 {
                for e in f.1 {
                    if !last.1.iter().any(|x| x.unit == e.unit) {
                        last.1.push(e);
                    }
                }
                continue;
            }
        }
        if f.0.end <= reach && !out.is_empty() {
            continue;
        }
        reach = reach.max(f.0.end);
        out.push(f);
    }
    out
}

/// Two-character township stems that are ordinary words of government
/// prose (`[common_stem]` of data/places.tsv): not taken as a township
/// written without its suffix.
fn is_common_stem(stem: &str) -> bool {
    let places = &*crate::lexicon::places::PLACES;
    places.common_stems.contains(&stem)
}

/// A township name without its suffix, when something of two characters or
/// more remains: 鱼复街道 → 鱼复, 万顺镇 → 万顺.
pub(crate) fn township_stem(name: &str) -> Option<&str> {
    let s = name
        .strip_suffix("街道")
        .or_else(|| name.strip_suffix("苏木"))
        .or_else(|| name.strip_suffix(['镇', '乡']))?;
    (s.chars().count() >= 2).then_some(s)
}

/// The subject of the opening when it is a bare level word: 街道按照…,
/// 市市场监管局在…, 区司法局…, 县人民政府…, 县委、县政府坚持….
static CUE_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|[，,。；;：:]|年(?:度|以来|来)?[，,]?)(街道|省|市|区|县|旗|州|盟|镇|乡)(?:[\p{Han}]{0,8}?(?:局|委员会|办公室|人民政府|政府|党委|党工委|办事处)|(?:党)?(?:工)?委[、和](?:街道|省|市|区|县|旗|州|盟|镇|乡)?(?:人民)?(?:政府|办事处)|按照|坚持|在|以|深入|全面|认真|紧紧|始终|围绕|持续|着力|不断|扎实|积极|聚焦|高度|牢固|严格|切实)",
    )
    .expect("valid regex")
});

fn cue_of(word: &str) -> Cue {
    match word {
        "街道" | "镇" | "乡" => Cue::Township,
        w => Cue::Suffix(w.chars().next().unwrap_or('市')),
    }
}

/// The levels the report speaks at, with weights: the subject of the
/// title, the author or the opening when it is a bare level word (街道按照…,
/// 市市场监管局…, 区司法局2023年…) is the only cue (`true`); else every self-reference (我县, 全市, 本镇) counts, 我/本 twice.
fn level_cues(
    simple: &str,
    body: &[Range<usize>],
    opening: &Range<usize>,
    titles: [Option<&str>; 2],
    marks: &Marks,
) -> (Vec<(Cue, u32)>, bool) {
    // The title, the author and the opening, in that order: 区司法局…,
    // 市市场监管局2023年…, 街道按照….
    let opening_text = simple.get(opening.clone());
    for s in titles.iter().copied().chain([opening_text]).flatten() {
        if let Some(c) = CUE_OPENING.captures(&to_simplified(s)) {
            return (vec![(cue_of(&c[1]), 1)], true);
        }
    }
    let mut counts: Vec<(Cue, u32)> = Vec::new();
    for &(at, cue, w) in &marks.cues {
        if !in_body(body, at) {
            continue;
        }
        match counts.iter_mut().find(|x| x.0 == cue) {
            Some(x) => x.1 += w,
            None => counts.push((cue, w)),
        }
    }
    counts.sort_by_key(|c| std::cmp::Reverse(c.1));
    // A level referred to far less often than the main one is another
    // government's (全区 in a city's report).
    let top = counts.first().map_or(0, |c| c.1);
    counts.retain(|c| c.1 * 2 >= top);
    (counts, false)
}

/// Self-references and masked names noted while scanning the text.
#[derive(Debug, Default)]
pub(crate) struct Marks {
    /// (byte, level, weight): 我县 and 本镇 weigh 2, 全市 1.
    cues: Vec<(usize, Cue, u32)>,
    /// Bytes where a masked name starts.
    masks: Vec<usize>,
}

impl Marks {
    /// Look at the anchor `c` at byte `at` of `s` (which starts at byte
    /// `offset` of the text).
    fn note(&mut self, s: &str, at: usize, c: char, offset: usize) {
        let before = &s[..at];
        // The level word: the anchor, or 街道 ending at 道.
        let (word_start, cue) = match c {
            '道' => match before.strip_suffix('街') {
                Some(b) => (b.len(), Cue::Township),
                None => return,
            },
            '镇' | '乡' => (at, Cue::Township),
            '街' | '木' => return,
            c => (at, Cue::Suffix(c)),
        };
        let head = &s[..word_start];
        if let Some(p) = head.chars().next_back() {
            match p {
                '我' | '本' => self.cues.push((offset + word_start, cue, 2)),
                '全' => self.cues.push((offset + word_start, cue, 1)),
                _ => {}
            }
        }
        // Masked: *区, ××县, xx市, **开发区, *新区.
        for pre in ["", "开发", "新"] {
            if !pre.is_empty() && c != '区' {
                continue;
            }
            let Some(h) = head.strip_suffix(pre) else {
                continue;
            };
            let stars = h
                .chars()
                .rev()
                .take_while(|&x| matches!(x, '*' | '＊' | '×'))
                .count();
            let exes = h
                .chars()
                .rev()
                .take_while(|&x| matches!(x, 'x' | 'X' | '○'))
                .count();
            if (1..=3).contains(&stars) || (2..=3).contains(&exes) {
                self.masks.push(offset + h.len() - stars.max(exes));
                return;
            }
        }
    }
}

static MASKED_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:\*{1,3}|＊{1,3}|×{1,3}|[xX]{2,3}|○{2,3})(?:省|市|区|县|旗|镇|乡|街道|开发区|新区|管委会)",
    )
    .expect("valid regex")
});

struct Masked {
    /// Subject zones whose names are masked.
    subject: Vec<Zone>,
    /// Masked names anywhere in the text.
    anywhere: bool,
}

fn masked(input: &Input<'_>, opening: &Range<usize>, marks: &Marks) -> Masked {
    let mut subject = Vec::new();
    for (zone, s) in [
        (Zone::Title, input.title),
        (Zone::Author, input.author),
        (Zone::Publisher, input.publisher),
    ] {
        if s.is_some_and(|s| MASKED_NAME.is_match(s)) {
            subject.push(zone);
        }
    }
    if marks.masks.iter().any(|at| opening.contains(at)) {
        subject.push(Zone::Opening);
    }
    let anywhere = !subject.is_empty() || marks.masks.iter().any(|&at| in_body(input.body, at));
    Masked { subject, anywhere }
}
