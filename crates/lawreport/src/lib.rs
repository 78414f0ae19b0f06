//! # lawreport
//!
//! Parse Chinese rule-of-law government annual reports
//! (法治政府建设年度报告) into typed records: title, covered year,
//! jurisdiction, author and dates, the outline, the measures, problems,
//! leadership duties and plans, every statistic stated, and whether the
//! report meets the required structure and deadline.
//!
//! The guide (what the reports are, the data model, indicators,
//! jurisdictions, diagnostics, a cookbook, scale-out) is `docs/README.md` in
//! the repository; the command-line tool is the `lawreport-cli` crate and the
//! Python package is in `python/`.
//!
//! ## Entry points
//!
//! | function | takes | gives |
//! |---|---|---|
//! | [`parse`] | `&str` | a [`Report`]; never fails, never panics |
//! | [`parse_bytes`] | `&[u8]`: text in UTF-8, UTF-16 (BOM), GB18030/GBK or Big5 (detected), an HTML page, a .docx or a PDF with a text layer | `Result<Report, Error>` |
//! | [`Report::slice`] | a [`Span`] of the report | the text it covers |
//! | [`jurisdiction::resolve`] | a place or government name, optional context | a [`Jurisdiction`] |
//! | [`statistics::extract`] | a paragraph | its [`Statistic`]s |
//!
//! ### [`parse`]: text to a record
//!
//! What it cannot settle it says in [`Report::diagnostics`] (stable
//! [`DiagnosticCode`]s) rather than failing.
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
//! assert_eq!(report.statistics[0].raw, "31人");
//! // No leadership part: said in compliance and in a diagnostic.
//! assert_eq!(report.compliance.missing, [lawreport::SectionKind::Leadership]);
//! assert!(report.has_diagnostic(lawreport::DiagnosticCode::PartMissing));
//! ```
//!
//! ### [`parse_bytes`]: bytes as read from a file
//!
//! ```
//! // UTF-16LE with BOM, as some sites serve it.
//! let mut bytes = vec![0xff, 0xfe];
//! for unit in "关于2023年度法治政府建设工作的报告\n".encode_utf16() {
//!     bytes.extend(unit.to_le_bytes());
//! }
//! let report = lawreport::parse_bytes(&bytes)?;
//! assert_eq!(report.year, Some(2023));
//!
//! // Saved web pages (HTML, GB18030 …) and .docx files are sniffed and read
//! // the same way; bytes that are not text are an error, never a silent loss.
//! assert!(lawreport::parse_bytes(b"\x00\x01binary\x00").is_err());
//! # Ok::<(), lawreport::Error>(())
//! ```
//!
//! ### [`Report::slice`]: spans back to text
//!
//! Every [`Span`] counts **characters** (Unicode scalar values) into
//! [`Report::text`], the unit Python's `str` indexes by, so a span slices the
//! same text in Rust and in Python (`text[a:b]`).
//!
//! ```
//! let report = lawreport::parse("一、存在问题\n(一)缺少法律专业人才。\n");
//! let item = &report.problems[0];
//! assert_eq!(report.slice(item.span), Some(item.text.as_str()));
//! assert_eq!(item.span.start, 7); // characters, not bytes
//! ```
//!
//! ### [`jurisdiction::resolve`]: a name to its division code
//!
//! ```
//! use lawreport::jurisdiction::resolve;
//!
//! let j = resolve("白沙街道", Some("广东省江门市蓬江区")).unwrap();
//! assert_eq!(j.code.as_deref(), Some("440703002"));
//! assert_eq!(j.county.as_deref(), Some("蓬江区"));
//!
//! // A shared name without context: no code, the candidates instead.
//! let j = resolve("白沙街道", None).unwrap();
//! assert_eq!(j.code, None);
//! assert!(j.candidates.contains(&"440703002".to_string()));
//! ```
//!
//! ### [`statistics::extract`]: the quantities of a paragraph
//!
//! ```
//! use lawreport::{statistics::extract, Approx, Indicator};
//!
//! let stats = extract("全年办理法律援助案件1.2万余件,群众满意率98%。");
//! assert_eq!((stats[0].value, stats[0].unit.as_str()), (12000.0, "件"));
//! assert_eq!(stats[0].approx, Some(Approx::MoreThan));
//! assert_eq!(stats[0].indicator, Some(Indicator::LegalAidCases));
//! assert_eq!(stats[1].indicator, None); // not a standard indicator
//! assert_eq!(stats[1].subject.as_deref(), Some("群众满意率"));
//! ```
//!
//! ## The pipeline
//!
//! One stage per module, in order: [`normalize`] → [`outline`] → [`parts`]
//! (with [`metadata`]) → [`statistics`] → [`jurisdiction`] → [`report`].
//! The stages work in byte offsets; [`report`] turns every span into
//! character offsets once at the end (see [`Span`]). The record's types are
//! in [`model`]; its JSON Schema is [`schema`].

#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod chinese;
mod compliance;
pub mod decode;
mod error;
pub mod input;
pub mod jurisdiction;
mod lexicon;
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
/// `parse_bytes` reads whatever [`read`] reads, by sniffing the content:
/// text in UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, GB18030/GBK,
/// Big5 (detected), HTML pages, .docx documents and PDFs with a text layer
/// (the `pdf` feature). Bytes that are mostly
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
/// a .docx's paragraphs are read; a PDF's text layer is read page by page
/// (see [`input`]). [`input::read_input`] also says which
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

/// The README's Rust example runs as a doctest.
#[cfg(doctest)]
#[doc = include_str!("../../../README.md")]
pub struct ReadmeDoctests;
