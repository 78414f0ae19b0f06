//! # lawreport
//!
//! Parse Chinese rule-of-law government annual reports
//! (法治政府建设年度报告) into typed records: title, covered year,
//! jurisdiction, author and dates, the outline, the measures, problems,
//! leadership duties and plans, every statistic stated, and whether the
//! report meets the required structure and deadline.
//!
//! ## Entry points
//!
//! - [`parse`] takes text and returns a [`Report`]. It never fails and never
//!   panics: what it cannot settle it says in [`Report::diagnostics`].
//! - [`parse_bytes`] decodes bytes first (UTF-8 with or without BOM, UTF-16
//!   with BOM) and fails only when they are not text.
//!
//! ```
//! let text = "白沙街2020年法治政府建设年度报告\n\
//!             一、强化法治建设体系\n\
//!             (一)加强组织领导。共组织31人参加行政执法人员考试。\n\
//!             二、存在问题\n\
//!             (一)缺少法律专业人才。\n\
//!             三、工作计划\n\
//!             (一)突出社区自治。\n";
//! let report = lawreport::parse(text);
//! assert_eq!(report.title.as_deref(), Some("白沙街2020年法治政府建设年度报告"));
//! assert_eq!(report.year, Some(2020));
//! assert_eq!(report.problems[0].heading, "缺少法律专业人才");
//! ```
//!
//! ## The pipeline
//!
//! One stage per module, in order: [`normalize`] → [`outline`] → [`parts`]
//! (with [`metadata`]) → statistics → jurisdiction → [`report`]. The stages
//! work in byte offsets; [`report`] turns every span into character offsets
//! once at the end (see [`Span`]).
//!
//! ## Spans
//!
//! Every [`Span`] counts **Unicode scalar values** (characters) into
//! [`Report::text`], the unit Python's `str` uses, so a span slices the same
//! text in Rust ([`Report::slice`]) and in Python (`text[a:b]`).

#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod chinese;
mod compliance;
pub mod decode;
mod error;
pub mod input;
pub mod jurisdiction;
pub mod metadata;
pub mod model;
pub mod normalize;
pub mod outline;
pub mod parts;
pub mod report;
pub mod schema;
pub mod statistics;
mod text;

pub use error::Error;
pub use model::*;

/// Parse the text of one report.
///
/// Never fails and never panics; see [`Report::diagnostics`] for what could
/// not be settled. Runs in time linear in the length of `text`.
///
/// ```
/// let report = lawreport::parse("");
/// assert!(report.has_diagnostic(lawreport::DiagnosticCode::EmptyInput));
/// ```
pub fn parse(text: &str) -> Report {
    report::build(text, Vec::new())
}

/// Decode `bytes` and parse them: the same as [`read`] without a file name.
///
/// Since inputs became sniffed, `parse_bytes` reads whatever [`read`] reads:
/// text in UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, GB18030/GBK,
/// Big5 (detected), HTML pages and .docx documents. Bytes that are mostly
/// invalid give [`Error::InvalidEncoding`]; binary data gives
/// [`Error::Binary`] or [`Error::UnsupportedFormat`].
///
/// ```
/// let report = lawreport::parse_bytes("关于2023年度法治政府建设工作的报告\n".as_bytes()).unwrap();
/// assert_eq!(report.year, Some(2023));
/// assert!(lawreport::parse_bytes(&[0xff, 0xfe, 0x00]).is_err());
/// ```
pub fn parse_bytes(bytes: &[u8]) -> Result<Report, Error> {
    read(bytes, None)
}

/// Read one input in any supported format and parse it.
///
/// The format is sniffed from the content, with `name_hint` (a file name or
/// path) as a tie-breaker; see [`input`] for the rules. Text is decoded as
/// [`decode::decode`] says; an HTML page's text and metadata are extracted;
/// a .docx's paragraphs are read. [`input::read_input`] also says which
/// format and encoding were used.
///
/// ```
/// let page = "<html><body><nav>首页</nav><p>关于2023年度法治政府建设工作的报告</p></body></html>";
/// let report = lawreport::read(page.as_bytes(), Some("report.html")).unwrap();
/// assert_eq!(report.year, Some(2023));
/// assert!(!report.text.contains("首页"));
/// ```
pub fn read(bytes: &[u8], name_hint: Option<&str>) -> Result<Report, Error> {
    input::read_input(bytes, name_hint).map(|i| i.report)
}
