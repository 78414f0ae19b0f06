//! The report record: every type of the data contract (`shared/spec/schema.md`).
//!
//! Field names are the JSON names; serde writes them unchanged and the Python
//! binding exposes the same names as attributes. Values taken from the text
//! stay in the text's own Chinese.
//!
//! Every [`Span`] is a pair of offsets into [`Report::text`] counted in
//! **Unicode scalar values** (`char`s), the unit Python's `str` indexes by.
//! In Rust use [`Report::slice`] (or [`Span::slice`]) to get the text back.

use std::collections::BTreeMap;
use std::fmt;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The version of this record's shape; bumped on any breaking change.
pub const SCHEMA_VERSION: u32 = 1;

/// One parsed rule-of-law government annual report.
///
/// Produced by [`crate::parse`]; every field is filled as far as the text
/// allows, and what could not be settled is said in [`Report::diagnostics`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Report {
    /// The version of this record's shape ([`SCHEMA_VERSION`]).
    pub schema_version: u32,
    /// The document's own title, cleaned of page chrome, joined if split over
    /// lines; `None` when the text has none.
    pub title: Option<String>,
    /// The year the report covers (not the year it was published).
    pub year: Option<i32>,
    /// Where the reporting government governs; `None` when it cannot be told.
    pub jurisdiction: Option<Jurisdiction>,
    /// The issuing body as written (蓬江区人民政府白沙街道办事处, 区司法局).
    pub author: Option<String>,
    /// What kind of body issues the report: a government, one of its
    /// departments, the party committee and the government jointly, a party
    /// committee alone, or another body; read from the author, the title,
    /// the metadata and the opening sentence. `None` when none of them
    /// names the issuer.
    pub author_kind: Option<AuthorKind>,
    /// The line the report is addressed to (区委、区政府), without the colon.
    pub addressee: Option<String>,
    /// The date under the sign-off.
    pub signed_on: Option<NaiveDate>,
    /// The publication date from the page metadata (发布日期, 发文日期 …).
    pub published_on: Option<NaiveDate>,
    /// Page metadata as found (索引号, 文号, 发布机构 …).
    pub source: Source,
    /// The opening text before the first numbered heading, if any.
    pub preamble: Option<String>,
    /// The outline: a tree of numbered headings.
    pub sections: Vec<Section>,
    /// The items of the measures part.
    pub measures: Vec<Item>,
    /// The items of the principal-leader-duty part.
    pub leadership: Vec<Item>,
    /// The shortcomings admitted, one item each.
    pub problems: Vec<Item>,
    /// The plans for the next year, one item each.
    pub plans: Vec<Item>,
    /// Every statistic stated in the text, in text order.
    pub statistics: Vec<Statistic>,
    /// Which required parts are present, and whether publication was on time.
    pub compliance: Compliance,
    /// What the parser noticed but could not settle, or had to repair.
    pub diagnostics: Vec<Diagnostic>,
    /// The normalized text every [`Span`] points into.
    pub text: String,
}

impl Report {
    /// The part of [`Report::text`] that `span` covers.
    ///
    /// Returns `None` when the span does not lie inside the text (a span from
    /// another report, say). Character offsets cost a walk over the text up
    /// to the span; to slice very many spans of a long text, collect
    /// `text.char_indices()` once and index that.
    ///
    /// ```
    /// let report = lawreport::parse("一、存在问题\n(一)缺少法律专业人才。\n");
    /// let item = &report.problems[0];
    /// assert_eq!(report.slice(item.span), Some(item.text.as_str()));
    /// ```
    pub fn slice(&self, span: Span) -> Option<&str> {
        span.slice(&self.text)
    }

    /// True when the parser flagged `code` among its diagnostics.
    ///
    /// ```
    /// use lawreport::DiagnosticCode;
    /// let report = lawreport::parse("2022年,新登镇深入推进法治建设。\n");
    /// assert!(report.has_diagnostic(DiagnosticCode::NoTitle));
    /// assert!(!report.has_diagnostic(DiagnosticCode::EmptyInput));
    /// ```
    pub fn has_diagnostic(&self, code: DiagnosticCode) -> bool {
        self.diagnostics.iter().any(|d| d.code == code)
    }

    /// The items of one part of the report.
    ///
    /// ```
    /// use lawreport::SectionKind;
    /// let report = lawreport::parse("一、存在问题\n(一)缺少法律专业人才。\n(二)缺少执法人员。\n");
    /// let headings: Vec<&str> = report.items(SectionKind::Problems).iter().map(|i| i.heading.as_str()).collect();
    /// assert_eq!(headings, ["缺少法律专业人才", "缺少执法人员"]);
    /// assert!(report.items(SectionKind::Plans).is_empty());
    /// ```
    pub fn items(&self, kind: SectionKind) -> &[Item] {
        match kind {
            SectionKind::Measures => &self.measures,
            SectionKind::Leadership => &self.leadership,
            SectionKind::Problems => &self.problems,
            SectionKind::Plans => &self.plans,
            SectionKind::Other => &[],
        }
    }

    /// The report as compact JSON (the shape of `docs/report.schema.json`).
    ///
    /// ```
    /// let report = lawreport::parse("白沙街2020年法治政府建设年度报告\n");
    /// let json = report.to_json();
    /// assert!(json.starts_with(r#"{"schema_version":1,"title":"白沙街2020年法治政府建设年度报告","year":2020"#));
    /// let back: lawreport::Report = serde_json::from_str(&json).unwrap();
    /// assert_eq!(back, report);
    /// ```
    pub fn to_json(&self) -> String {
        // Serializing plain data with string keys cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The report as indented JSON.
    pub fn to_json_pretty(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

/// A pair of offsets `[start, end)` into [`Report::text`], counted in
/// Unicode scalar values (`char`s). Serialized as a two-element array.
///
/// Python slices `str` by the same unit, so `report.text[s[0]:s[1]]` gives
/// the same text there as [`Span::slice`] does in Rust.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    /// Offset of the first character.
    pub start: usize,
    /// Offset one past the last character.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (in characters).
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// Number of characters covered.
    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// True when the span covers nothing.
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// The part of `text` this span covers, counting in characters; `None`
    /// when it reaches past the end of `text` or `start > end`.
    ///
    /// ```
    /// use lawreport::Span;
    /// assert_eq!(Span::new(0, 3).slice("白沙街2020年"), Some("白沙街"));
    /// assert_eq!(Span::new(3, 99).slice("白沙街2020年"), None);
    /// ```
    pub fn slice<'t>(&self, text: &'t str) -> Option<&'t str> {
        if self.start > self.end {
            return None;
        }
        let mut indices = text.char_indices().map(|(i, _)| i).chain(Some(text.len()));
        let start = indices.nth(self.start)?;
        let end = if self.end == self.start {
            start
        } else {
            indices.nth(self.end - self.start - 1)?
        };
        text.get(start..end)
    }
}

impl Serialize for Span {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        [self.start, self.end].serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Span {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let [start, end] = <[usize; 2]>::deserialize(deserializer)?;
        Ok(Span { start, end })
    }
}

impl JsonSchema for Span {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Span".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "[start, end) offsets into `text`, in Unicode scalar values (characters).",
            "type": "array",
            "items": { "type": "integer", "minimum": 0 },
            "minItems": 2,
            "maxItems": 2
        })
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

/// The government unit a report speaks for, resolved against the national
/// division table (2023 edition).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Jurisdiction {
    /// The standard name from the division table (白沙街道, 前进区).
    pub name: String,
    /// The name as the report writes it (白沙街, 芦台经济开发区).
    pub mention: String,
    /// The national statistical division code: 2 digits province, 4
    /// prefecture, 6 county, 9 township; `None` when the text does not
    /// settle on one unit (see `candidates`).
    pub code: Option<String>,
    /// The level of the unit.
    pub level: Option<Level>,
    /// Standard name of the province the unit lies in (or is).
    pub province: Option<String>,
    /// Standard name of the prefecture-level unit, where it applies.
    pub prefecture: Option<String>,
    /// Standard name of the county-level unit, where it applies.
    pub county: Option<String>,
    /// Standard name of the township-level unit, where it applies.
    pub township: Option<String>,
    /// When several units share the name and the text does not settle
    /// between them: their codes (and `code` is `None`).
    pub candidates: Vec<String>,
}

/// The level of an administrative division.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// 省, 自治区, 直辖市 (2-digit code).
    Province,
    /// 地级市, 州, 盟 (4-digit code).
    Prefecture,
    /// 区, 县, 县级市, 旗, listed development zones (6-digit code).
    County,
    /// 街道, 镇, 乡, 苏木 (9-digit code).
    Township,
}

impl Level {
    /// The snake_case name used in JSON.
    pub const fn as_str(self) -> &'static str {
        match self {
            Level::Province => "province",
            Level::Prefecture => "prefecture",
            Level::County => "county",
            Level::Township => "township",
        }
    }
}

/// Page metadata as found around the document.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Source {
    /// 索引号: often a unified social credit code followed by /year-serial.
    pub index_number: Option<String>,
    /// 文号 / 发文字号 (泉丰政综〔2026〕2号).
    pub document_number: Option<String>,
    /// 发布机构 / 发布者 / 来源 / 发文机关.
    pub publisher: Option<String>,
    /// Every other labelled metadata field, label → value as written
    /// (主题分类, 成文日期, 浏览次数 …).
    pub other: BTreeMap<String, String>,
}

/// One numbered heading with its body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Section {
    /// The number as written (一, (二), 3, 一是), repaired where it was
    /// broken (")加强" gives (一)).
    pub number: String,
    /// Depth in the outline, 1 for top-level sections.
    pub level: u32,
    /// The heading text, up to the first 。 or the line end, without the number.
    pub heading: String,
    /// The part of the report this section belongs to, classified from the
    /// top-level heading and inherited by its children.
    pub kind: SectionKind,
    /// Heading and body.
    pub text: String,
    /// Where `text` stands in [`Report::text`].
    pub span: Span,
    /// The numbered sub-sections.
    pub children: Vec<Section>,
}

/// The parts the 2019 regulation requires of a report.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum SectionKind {
    /// Main measures and results of the year.
    Measures,
    /// Shortcomings and their causes.
    Problems,
    /// How the principal leaders fulfilled their duty as first responsible person.
    Leadership,
    /// Main plans for the next year.
    Plans,
    /// Other matters (or text that fits none of the parts).
    Other,
}

impl SectionKind {
    /// All kinds, in the order of the regulation.
    pub const ALL: [SectionKind; 5] = [
        SectionKind::Measures,
        SectionKind::Problems,
        SectionKind::Leadership,
        SectionKind::Plans,
        SectionKind::Other,
    ];

    /// The four parts a report must have.
    pub const REQUIRED: [SectionKind; 4] = [
        SectionKind::Measures,
        SectionKind::Problems,
        SectionKind::Leadership,
        SectionKind::Plans,
    ];

    /// The snake_case name used in JSON.
    pub const fn as_str(self) -> &'static str {
        match self {
            SectionKind::Measures => "measures",
            SectionKind::Problems => "problems",
            SectionKind::Leadership => "leadership",
            SectionKind::Plans => "plans",
            SectionKind::Other => "other",
        }
    }
}

impl fmt::Display for SectionKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One enumerated unit of a part: a sub-heading with its body, an inline
/// enumeration (一是…), a list line, or a paragraph.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Item {
    /// The short lead phrase (缺少法律专业人才).
    pub heading: String,
    /// The whole item, number included.
    pub text: String,
    /// Where `text` stands in [`Report::text`].
    pub span: Span,
    /// The section numbers that lead to it (["五", "(一)"]).
    pub path: Vec<String>,
    /// Indices into [`Report::statistics`] of the statistics inside it.
    pub statistics: Vec<usize>,
}

/// One quantity the report states.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Statistic {
    /// The quantity exactly as written, number through unit (`10余次`,
    /// `1.18万元`); leading words like 共, 达, 近 are not part of it.
    pub raw: String,
    /// The number in base units (1.18万元 → 11800).
    pub value: f64,
    /// The base unit in simplified characters (元, 人, 件, %, 个百分点 …).
    pub unit: String,
    /// How the text qualifies the number, if it does.
    pub approx: Option<Approx>,
    /// What is counted, as a phrase of the sentence (政务公开信息).
    pub subject: Option<String>,
    /// The standard indicator it measures (`shared/spec/indicators.md`).
    pub indicator: Option<Indicator>,
    /// A time scope stated with it (截至11月, 1-12月, 全年): in its own
    /// clause, or opening its sentence as a clause of its own (`截至11月,…`).
    pub period: Option<String>,
    /// When it is part of a total stated just before it (`共515项,其中A
    /// 218项、B 297项`, also after 包括 and 分别为): the index of the total in
    /// [`Report::statistics`]. Sum only the statistics without it.
    #[serde(default)]
    pub part_of: Option<usize>,
    /// The path of the section it stands in.
    pub section: Vec<String>,
    /// The sentence (up to 。；) it stands in.
    pub sentence: String,
    /// Where `raw` stands in [`Report::text`].
    pub span: Span,
}

/// How a number is qualified.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Approx {
    /// 余, 多, 以上, 超, 逾.
    MoreThan,
    /// 近, 不足.
    LessThan,
    /// 约, 左右.
    About,
}

macro_rules! indicators {
    ($( $(#[$doc:meta])* $variant:ident = $id:literal ),+ $(,)?) => {
        /// A standard indicator: one fact named the same way across all
        /// reports (`shared/spec/indicators.md`). The ids are stable.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
        pub enum Indicator {
            $( $(#[$doc])* #[serde(rename = $id)] $variant, )+
        }

        impl Indicator {
            /// Every indicator, in the order of the specification.
            pub const ALL: &'static [Indicator] = &[$(Indicator::$variant),+];

            /// The stable id (`admin_reconsideration_cases`).
            pub const fn id(self) -> &'static str {
                match self { $(Indicator::$variant => $id,)+ }
            }

            /// The indicator with this id.
            ///
            /// ```
            /// use lawreport::Indicator;
            /// let i = Indicator::from_id("legal_aid_cases").unwrap();
            /// assert_eq!(i, Indicator::LegalAidCases);
            /// assert_eq!(i.id(), "legal_aid_cases");
            /// assert_eq!(Indicator::from_id("no_such_indicator"), None);
            /// ```
            pub fn from_id(id: &str) -> Option<Indicator> {
                match id { $($id => Some(Indicator::$variant),)+ _ => None }
            }
        }
    };
}

indicators! {
    /// Administrative reconsideration cases received or handled (件).
    AdminReconsiderationCases = "admin_reconsideration_cases",
    /// Reconsideration decisions that corrected the administration (件).
    AdminReconsiderationCorrected = "admin_reconsideration_corrected",
    /// Administrative lawsuits against the government (件).
    AdminLitigationCases = "admin_litigation_cases",
    /// Administrative lawsuits lost (件).
    AdminLitigationLost = "admin_litigation_lost",
    /// Share of lawsuits lost (%).
    AdminLitigationLossRate = "admin_litigation_loss_rate",
    /// Share of hearings attended by the agency head (%).
    LeaderCourtAppearanceRate = "leader_court_appearance_rate",
    /// Disputes mediated or resolved (件).
    DisputesMediated = "disputes_mediated",
    /// Share of mediations that succeeded (%).
    MediationSuccessRate = "mediation_success_rate",
    /// People's mediators (人).
    Mediators = "mediators",
    /// Petitions and letters-and-visits cases (件).
    Petitions = "petitions",
    /// Citizen hotline requests (件).
    HotlineCases = "hotline_cases",
    /// Legal advisers retained by the government, villages or communities (人).
    LegalAdvisers = "legal_advisers",
    /// Legal aid cases (件).
    LegalAidCases = "legal_aid_cases",
    /// Legal consultations given (件 / 人次).
    LegalConsultations = "legal_consultations",
    /// Trained "legally literate" residents (人).
    LegalLiterates = "legal_literates",
    /// Legality reviews of decisions, documents or contracts (件).
    LegalityReviews = "legality_reviews",
    /// Normative documents drafted, reviewed, filed or cleaned up (件).
    NormativeDocuments = "normative_documents",
    /// Administrative law-enforcement officers (人).
    LawEnforcementOfficers = "law_enforcement_officers",
    /// Administrative penalty cases (件).
    AdminPenaltyCases = "admin_penalty_cases",
    /// Fines imposed (元).
    PenaltyAmount = "penalty_amount",
    /// Government information made public (条).
    InfoDisclosures = "info_disclosures",
    /// Legal publicity and education events (场).
    PublicityEvents = "publicity_events",
    /// Legal publicity materials handed out (份).
    PublicityMaterials = "publicity_materials",
    /// Law study sessions of leaders and staff (次).
    StudySessions = "study_sessions",
    /// Staff taking law exams (人).
    LawExamParticipants = "law_exam_participants",
    /// Administrative service, licensing or power items listed (项).
    ServiceItems = "service_items",
}

impl fmt::Display for Indicator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// Whether the report has the parts the regulation requires, and whether it
/// was published in time, with the evidence for each answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Compliance {
    /// For each of the five parts, whether the report has it (by a heading
    /// or by the regulation's wording in the body; see `evidence`).
    pub parts: Parts,
    /// The required parts it lacks (measures, problems, leadership, plans).
    pub missing: Vec<SectionKind>,
    /// For each required part, what showed it: a heading, the body's
    /// wording, or nothing, with the span that decided.
    pub evidence: PartsEvidence,
    /// Whether it was public before April 1 of the year after the covered
    /// year; `None` when the dates do not allow telling.
    pub published_on_time: Option<bool>,
    /// The deadline the date was held against: April 1 of the year after
    /// the covered year (`None` when the year is unknown).
    pub deadline: Option<NaiveDate>,
    /// Which date decided `published_on_time`: the publication date, or
    /// failing that the date under the sign-off; `None` when neither is known.
    pub date_used: Option<DateUsed>,
    /// False when the text is not the whole report (cut off, a masked
    /// template, or not a report at all): its missing parts then say
    /// nothing about the government. Lateness does not depend on it.
    pub text_complete: bool,
    /// Why the text is not complete (empty when `text_complete`).
    pub text_issues: Vec<TextIssue>,
}

/// The evidence for each required part.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct PartsEvidence {
    /// Main measures and results.
    pub measures: PartEvidence,
    /// Shortcomings and causes.
    pub problems: PartEvidence,
    /// Principal leaders' duty.
    pub leadership: PartEvidence,
    /// Plans for the next year.
    pub plans: PartEvidence,
}

impl PartsEvidence {
    /// The evidence for the part of `kind` (`None` for `other`, which is
    /// not required).
    pub fn get(&self, kind: SectionKind) -> Option<&PartEvidence> {
        match kind {
            SectionKind::Measures => Some(&self.measures),
            SectionKind::Problems => Some(&self.problems),
            SectionKind::Leadership => Some(&self.leadership),
            SectionKind::Plans => Some(&self.plans),
            SectionKind::Other => None,
        }
    }

    pub(crate) fn get_mut(&mut self, kind: SectionKind) -> Option<&mut PartEvidence> {
        match kind {
            SectionKind::Measures => Some(&mut self.measures),
            SectionKind::Problems => Some(&mut self.problems),
            SectionKind::Leadership => Some(&mut self.leadership),
            SectionKind::Plans => Some(&mut self.plans),
            SectionKind::Other => None,
        }
    }
}

/// What showed that one part is present.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct PartEvidence {
    /// `heading` when a heading names the part, `content` when only the
    /// regulation's wording in the body shows it, `None` when nothing does.
    pub found_by: Option<FoundBy>,
    /// The heading, or the sentence of the body, that decided.
    pub span: Option<Span>,
    /// The words that decided: the heading text, or the cue found in the
    /// sentence (第一责任人, 还存在一些, 下一步 …).
    pub cue: Option<String>,
}

/// How a part was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum FoundBy {
    /// A heading (at any depth) names the part.
    Heading,
    /// No heading names it, but the body has the regulation's wording for it.
    Content,
}

/// The date `published_on_time` was decided by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DateUsed {
    /// The publication date of the page ([`Report::published_on`]).
    PublishedOn,
    /// The date under the sign-off ([`Report::signed_on`]), used when the
    /// page gives no publication date.
    SignedOn,
}

/// Why a text is not a whole report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum TextIssue {
    /// The text is cut off (the `truncated` diagnostic).
    Truncated,
    /// A template or redacted copy with masked names or numbers (`masked_text`).
    Template,
    /// Not a rule-of-law government report (`not_a_report`).
    NotAReport,
}

impl TextIssue {
    /// The snake_case name used in JSON.
    pub const fn as_str(self) -> &'static str {
        match self {
            TextIssue::Truncated => "truncated",
            TextIssue::Template => "template",
            TextIssue::NotAReport => "not_a_report",
        }
    }
}

/// What kind of body issues a report.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum AuthorKind {
    /// A people's government or its township-level office (人民政府, 办事处,
    /// 管委会), or a report that names only its place.
    Government,
    /// A department of a government (司法局, 应急管理局, 发改委, 司法部,
    /// 区政府办公室); its jurisdiction is its government's.
    Department,
    /// The party committee and the government together (中共X县委 X县人民政府,
    /// 县委、县政府).
    PartyAndGovernment,
    /// A party committee alone (党委, 党工委, 党组, 中共X镇委员会).
    PartyCommittee,
    /// Another body (a court, a procuratorate …).
    Other,
}

impl AuthorKind {
    /// Every kind.
    pub const ALL: [AuthorKind; 5] = [
        AuthorKind::Government,
        AuthorKind::Department,
        AuthorKind::PartyAndGovernment,
        AuthorKind::PartyCommittee,
        AuthorKind::Other,
    ];

    /// The snake_case name used in JSON.
    pub const fn as_str(self) -> &'static str {
        match self {
            AuthorKind::Government => "government",
            AuthorKind::Department => "department",
            AuthorKind::PartyAndGovernment => "party_and_government",
            AuthorKind::PartyCommittee => "party_committee",
            AuthorKind::Other => "other",
        }
    }
}

impl fmt::Display for AuthorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Presence of each of the five parts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Parts {
    /// Main measures and results.
    pub measures: bool,
    /// Shortcomings and causes.
    pub problems: bool,
    /// Principal leaders' duty.
    pub leadership: bool,
    /// Plans for the next year.
    pub plans: bool,
    /// Other matters (optional).
    pub other: bool,
}

impl Parts {
    /// Whether the part of `kind` is present.
    ///
    /// ```
    /// use lawreport::SectionKind;
    /// let report = lawreport::parse("一、存在问题\n(一)缺少法律专业人才。\n");
    /// assert!(report.compliance.parts.has(SectionKind::Problems));
    /// assert!(!report.compliance.parts.has(SectionKind::Plans));
    /// ```
    pub const fn has(&self, kind: SectionKind) -> bool {
        match kind {
            SectionKind::Measures => self.measures,
            SectionKind::Problems => self.problems,
            SectionKind::Leadership => self.leadership,
            SectionKind::Plans => self.plans,
            SectionKind::Other => self.other,
        }
    }

    pub(crate) fn set(&mut self, kind: SectionKind) {
        match kind {
            SectionKind::Measures => self.measures = true,
            SectionKind::Problems => self.problems = true,
            SectionKind::Leadership => self.leadership = true,
            SectionKind::Plans => self.plans = true,
            SectionKind::Other => self.other = true,
        }
    }
}

/// Something the parser noticed and could not settle, or had to repair.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Diagnostic {
    /// Stable code to filter on.
    pub code: DiagnosticCode,
    /// How much it matters.
    pub severity: Severity,
    /// The same in plain words.
    pub message: String,
    /// Where it applies in [`Report::text`]: the first place when it
    /// applies at several (see `spans`).
    pub span: Option<Span>,
    /// Every place it applies, in the order found: a code is reported once
    /// per report, and a code found several times (one `outline_repaired`
    /// for three repairs) lists each place here and each occurrence in
    /// `message`.
    #[serde(default)]
    pub spans: Vec<Span>,
}

/// The stable diagnostic codes.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum DiagnosticCode {
    /// The text does not read as a rule-of-law government report.
    NotAReport,
    /// No title line was found.
    NoTitle,
    /// The covered year could not be told.
    YearUnresolved,
    /// No division unit could be found for the reporting government.
    JurisdictionUnresolved,
    /// Several units of the same name; see `Jurisdiction::candidates`.
    JurisdictionAmbiguous,
    /// Numbering was broken or skipped and the outline repaired it.
    OutlineRepaired,
    /// The text is a template with masked names or numbers (*, ××, xx).
    MaskedText,
    /// The text ends mid-sentence.
    Truncated,
    /// A required part is absent.
    PartMissing,
    /// Bytes that were not valid in the detected encoding were replaced.
    DecodingReplaced,
    /// The input was empty or had no text at all.
    EmptyInput,
    /// A date was read from a line without a label (a date under the
    /// title, a date alone at the end) and its field inferred.
    DateInferred,
}

impl DiagnosticCode {
    /// Every code.
    pub const ALL: [DiagnosticCode; 12] = [
        DiagnosticCode::NotAReport,
        DiagnosticCode::NoTitle,
        DiagnosticCode::YearUnresolved,
        DiagnosticCode::JurisdictionUnresolved,
        DiagnosticCode::JurisdictionAmbiguous,
        DiagnosticCode::OutlineRepaired,
        DiagnosticCode::MaskedText,
        DiagnosticCode::Truncated,
        DiagnosticCode::PartMissing,
        DiagnosticCode::DecodingReplaced,
        DiagnosticCode::EmptyInput,
        DiagnosticCode::DateInferred,
    ];

    /// The snake_case code used in JSON.
    ///
    /// ```
    /// use lawreport::DiagnosticCode;
    /// assert_eq!(DiagnosticCode::PartMissing.as_str(), "part_missing");
    /// assert_eq!(DiagnosticCode::ALL.len(), 12);
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            DiagnosticCode::NotAReport => "not_a_report",
            DiagnosticCode::NoTitle => "no_title",
            DiagnosticCode::YearUnresolved => "year_unresolved",
            DiagnosticCode::JurisdictionUnresolved => "jurisdiction_unresolved",
            DiagnosticCode::JurisdictionAmbiguous => "jurisdiction_ambiguous",
            DiagnosticCode::OutlineRepaired => "outline_repaired",
            DiagnosticCode::MaskedText => "masked_text",
            DiagnosticCode::Truncated => "truncated",
            DiagnosticCode::PartMissing => "part_missing",
            DiagnosticCode::DecodingReplaced => "decoding_replaced",
            DiagnosticCode::EmptyInput => "empty_input",
            DiagnosticCode::DateInferred => "date_inferred",
        }
    }
}

impl fmt::Display for DiagnosticCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How much a diagnostic matters.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Worth knowing; the record is complete.
    Info,
    /// Part of the record may be wrong or missing.
    Warning,
    /// The record is unreliable as a whole.
    Error,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn span_slices_by_characters() {
        let text = "白沙街2020年";
        assert_eq!(Span::new(0, 3).slice(text), Some("白沙街"));
        assert_eq!(Span::new(3, 8).slice(text), Some("2020年"));
        assert_eq!(Span::new(8, 8).slice(text), Some(""));
        assert_eq!(Span::new(7, 9).slice(text), None);
        assert_eq!(Span::new(5, 4).slice(text), None);
    }

    #[test]
    fn span_serializes_as_pair() {
        let json = serde_json::to_string(&Span::new(3, 7)).unwrap();
        assert_eq!(json, "[3,7]");
        let back: Span = serde_json::from_str(&json).unwrap();
        assert_eq!(back, Span::new(3, 7));
    }

    #[test]
    fn indicator_ids_round_trip() {
        assert_eq!(Indicator::ALL.len(), 26);
        for &ind in Indicator::ALL {
            assert_eq!(Indicator::from_id(ind.id()), Some(ind));
            let json = serde_json::to_string(&ind).unwrap();
            assert_eq!(json, format!("\"{}\"", ind.id()));
        }
    }

    #[test]
    fn diagnostic_codes_serialize_as_documented() {
        for code in DiagnosticCode::ALL {
            let json = serde_json::to_string(&code).unwrap();
            assert_eq!(json, format!("\"{}\"", code.as_str()));
        }
    }
}
