//! The Python classes: `Report` and views into it.
//!
//! A `Report` holds the Rust record behind an [`Arc`]; `Section`, `Item`,
//! `Statistic` and `Diagnostic` hold the same `Arc` and the place of their
//! record in it, so they cost no copy and stay valid as long as they live.
//! `Jurisdiction`, `Source`, `Compliance` and `Parts` are small owned copies
//! (a `Jurisdiction` also comes from `resolve()`, without a report).
//!
//! Every class is frozen. Attribute names are those of the schema
//! (`shared/spec/schema.md`); enum values are their snake_case JSON strings,
//! dates are `datetime.date`, spans are `(start, end)` tuples of character
//! offsets into `Report.text` (Python `str` indices). `to_dict()` is the
//! record's JSON read back by `json.loads`, so it equals the CLI's output.

use std::fmt::Display;
use std::sync::Arc;

use lawreport::SectionKind;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyByteArray, PyBytes, PyDict, PyString};
use serde::Serialize;

type Span = (usize, usize);

/// What `Report.__reduce__` returns: the restoring function and its arguments.
type Reduced<'py> = (Bound<'py, PyAny>, (String, Option<String>));

fn span(s: lawreport::Span) -> Span {
    (s.start, s.end)
}

/// The snake_case JSON name of an enum value (the string serde writes).
fn enum_str<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        Ok(other) => other.to_string(),
        Err(_) => String::new(),
    }
}

/// `json.loads` of the value's JSON: the same keys and values as the CLI.
fn to_py_dict<'py, T: Serialize>(py: Python<'py>, value: &T) -> PyResult<Bound<'py, PyAny>> {
    let json = serde_json::to_string(value)
        .map_err(|e| PyValueError::new_err(format!("cannot serialize: {e}")))?;
    py.import("json")?.call_method1("loads", (json,))
}

/// A `datetime.date` from an ISO date.
fn py_date<'py>(
    py: Python<'py>,
    date: Option<impl Display>,
) -> PyResult<Option<Bound<'py, PyAny>>> {
    date.map(|d| {
        py.import("datetime")?
            .getattr("date")?
            .call_method1("fromisoformat", (d.to_string(),))
    })
    .transpose()
}

/// Python's `repr()` of a string.
fn repr_str(py: Python<'_>, s: &str) -> String {
    PyString::new(py, s)
        .repr()
        .map_or_else(|_| format!("{s:?}"), |r| r.to_string())
}

fn repr_opt(py: Python<'_>, s: Option<&str>) -> String {
    s.map_or_else(|| "None".to_owned(), |s| repr_str(py, s))
}

fn repr_list(py: Python<'_>, items: &[String]) -> String {
    let inner: Vec<String> = items.iter().map(|s| repr_str(py, s)).collect();
    format!("[{}]", inner.join(", "))
}

fn repr_span(s: Option<lawreport::Span>) -> String {
    s.map_or_else(
        || "None".to_owned(),
        |s| format!("({}, {})", s.start, s.end),
    )
}

fn py_bool(b: bool) -> &'static str {
    if b {
        "True"
    } else {
        "False"
    }
}

/// Shorten `s` to at most `max` characters for a repr.
fn clip(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_owned(),
    }
}

fn section_kind(kind: &str) -> PyResult<SectionKind> {
    SectionKind::ALL
        .into_iter()
        .find(|k| k.as_str() == kind)
        .ok_or_else(|| {
            PyValueError::new_err(format!(
                "unknown part {kind:?}: expected one of \"measures\", \"problems\", \
                 \"leadership\", \"plans\", \"other\""
            ))
        })
}

// ---------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------

/// One parsed rule-of-law government annual report.
///
/// Made by `parse`, `parse_bytes`, `parse_file`, `parse_many` or
/// `Report.from_json`. Attributes follow the report schema; `path` is the
/// file it was read from (not part of the JSON record).
#[pyclass(module = "lawreport", frozen)]
pub struct Report {
    inner: Arc<lawreport::Report>,
    path: Option<String>,
    text: PyOnceLock<Py<PyString>>,
}

impl Report {
    pub(crate) fn new(report: lawreport::Report, path: Option<String>) -> Self {
        Report {
            inner: Arc::new(report),
            path,
            text: PyOnceLock::new(),
        }
    }

    pub(crate) fn from_json_str(json: &str, path: Option<String>) -> PyResult<Self> {
        serde_json::from_str::<lawreport::Report>(json)
            .map(|r| Report::new(r, path))
            .map_err(|e| PyValueError::new_err(format!("not a lawreport record: {e}")))
    }

    fn items_of(&self, part: SectionKind) -> Vec<Item> {
        (0..self.inner.items(part).len())
            .map(|index| Item {
                report: self.inner.clone(),
                part,
                index,
            })
            .collect()
    }
}

#[pymethods]
impl Report {
    /// The version of the record's shape (`lawreport.SCHEMA_VERSION`).
    #[getter]
    fn schema_version(&self) -> u32 {
        self.inner.schema_version
    }

    /// The document's own title, or None.
    #[getter]
    fn title(&self) -> Option<&str> {
        self.inner.title.as_deref()
    }

    /// The year the report covers, or None.
    #[getter]
    fn year(&self) -> Option<i32> {
        self.inner.year
    }

    /// Where the reporting government governs, or None.
    #[getter]
    fn jurisdiction(&self) -> Option<Jurisdiction> {
        self.inner.jurisdiction.clone().map(Jurisdiction::new)
    }

    /// The issuing body as written, or None.
    #[getter]
    fn author(&self) -> Option<&str> {
        self.inner.author.as_deref()
    }

    /// What kind of body issues the report: "government", "department",
    /// "party_and_government", "party_committee", "other", or None.
    #[getter]
    fn author_kind(&self) -> Option<&'static str> {
        self.inner.author_kind.map(lawreport::AuthorKind::as_str)
    }

    /// The line the report is addressed to, or None.
    #[getter]
    fn addressee(&self) -> Option<&str> {
        self.inner.addressee.as_deref()
    }

    /// The date under the sign-off (`datetime.date`), or None.
    #[getter]
    fn signed_on<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        py_date(py, self.inner.signed_on)
    }

    /// The publication date from the page metadata (`datetime.date`), or None.
    #[getter]
    fn published_on<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        py_date(py, self.inner.published_on)
    }

    /// Page metadata as found.
    #[getter]
    fn source(&self) -> Source {
        Source {
            inner: self.inner.source.clone(),
        }
    }

    /// The opening text before the first numbered heading, or None.
    #[getter]
    fn preamble(&self) -> Option<&str> {
        self.inner.preamble.as_deref()
    }

    /// The outline: the top-level sections (each with its `children`).
    #[getter]
    fn sections(&self) -> Vec<Section> {
        (0..self.inner.sections.len())
            .map(|i| Section {
                report: self.inner.clone(),
                path: vec![i],
            })
            .collect()
    }

    /// The items of the measures part.
    #[getter]
    fn measures(&self) -> Vec<Item> {
        self.items_of(SectionKind::Measures)
    }

    /// The items of the principal-leader-duty part.
    #[getter]
    fn leadership(&self) -> Vec<Item> {
        self.items_of(SectionKind::Leadership)
    }

    /// The shortcomings, one item each.
    #[getter]
    fn problems(&self) -> Vec<Item> {
        self.items_of(SectionKind::Problems)
    }

    /// The plans for the next year, one item each.
    #[getter]
    fn plans(&self) -> Vec<Item> {
        self.items_of(SectionKind::Plans)
    }

    /// Every statistic in the text, in text order.
    #[getter]
    fn statistics(&self) -> Vec<Statistic> {
        (0..self.inner.statistics.len())
            .map(|index| Statistic {
                report: self.inner.clone(),
                index,
            })
            .collect()
    }

    /// The required parts present or missing, and whether publication was on time.
    #[getter]
    fn compliance(&self) -> Compliance {
        Compliance {
            inner: self.inner.compliance.clone(),
        }
    }

    /// What the parser noticed but could not settle.
    #[getter]
    fn diagnostics(&self) -> Vec<Diagnostic> {
        (0..self.inner.diagnostics.len())
            .map(|index| Diagnostic {
                report: self.inner.clone(),
                index,
            })
            .collect()
    }

    /// The normalized text every span points into.
    #[getter]
    fn text(&self, py: Python<'_>) -> Py<PyString> {
        self.text
            .get_or_init(py, || PyString::new(py, &self.inner.text).unbind())
            .clone_ref(py)
    }

    /// The file the report was read from, or None (not part of the JSON).
    #[getter]
    fn path(&self) -> Option<&str> {
        self.path.as_deref()
    }

    /// The items of one part: "measures", "leadership", "problems", "plans"
    /// ("other" has none).
    fn items(&self, part: &str) -> PyResult<Vec<Item>> {
        Ok(self.items_of(section_kind(part)?))
    }

    /// True when the parser reported the diagnostic `code` (e.g. "not_a_report").
    fn has_diagnostic(&self, code: &str) -> PyResult<bool> {
        let code = lawreport::DiagnosticCode::ALL
            .into_iter()
            .find(|c| c.as_str() == code)
            .ok_or_else(|| {
                PyValueError::new_err(format!(
                    "unknown diagnostic code {code:?} (see lawreport.DIAGNOSTIC_CODES)"
                ))
            })?;
        Ok(self.inner.has_diagnostic(code))
    }

    /// The record as a dict: `json.loads` of `to_json()`, the CLI's JSON.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py_dict(py, &*self.inner)
    }

    /// The record as JSON, exactly as `lawreport parse` prints it (compact,
    /// or indented with `pretty=True`), without the final newline.
    #[pyo3(signature = (pretty=false))]
    fn to_json(&self, pretty: bool) -> String {
        if pretty {
            self.inner.to_json_pretty()
        } else {
            self.inner.to_json()
        }
    }

    /// A report from its JSON record (`str` or `bytes`), as written by
    /// `to_json()` or the CLI. Raises ValueError when it is not one.
    #[staticmethod]
    fn from_json(data: &Bound<'_, PyAny>) -> PyResult<Report> {
        if let Ok(s) = data.cast::<PyString>() {
            return Report::from_json_str(&s.to_cow()?, None);
        }
        let bytes: Vec<u8> = if let Ok(b) = data.cast::<PyBytes>() {
            b.as_bytes().to_vec()
        } else if let Ok(b) = data.cast::<PyByteArray>() {
            b.to_vec()
        } else {
            return Err(PyTypeError::new_err(format!(
                "from_json() takes str or bytes, not {}",
                data.get_type().name()?
            )));
        };
        serde_json::from_slice::<lawreport::Report>(&bytes)
            .map(|r| Report::new(r, None))
            .map_err(|e| PyValueError::new_err(format!("not a lawreport record: {e}")))
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Report>()
            .is_ok_and(|o| *o.get().inner == *self.inner)
    }

    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<Reduced<'py>> {
        let restore = py
            .import("lawreport._lawreport")?
            .getattr("_report_from_state")?;
        Ok((restore, (self.inner.to_json(), self.path.clone())))
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        let r = &*self.inner;
        let jurisdiction = r.jurisdiction.as_ref().map_or_else(
            || "None".to_owned(),
            |j| match &j.code {
                Some(code) => repr_str(py, &format!("{} {code}", j.name)),
                None => repr_str(py, &j.name),
            },
        );
        let codes: Vec<String> = r
            .diagnostics
            .iter()
            .map(|d| d.code.as_str().to_owned())
            .collect();
        format!(
            "<Report title={} year={} jurisdiction={} sections={} statistics={} diagnostics={}>",
            repr_opt(py, r.title.as_deref()),
            r.year.map_or_else(|| "None".to_owned(), |y| y.to_string()),
            jurisdiction,
            r.sections.len(),
            r.statistics.len(),
            repr_list(py, &codes),
        )
    }

    /// Rich display in notebooks: title, jurisdiction, year, compliance and
    /// the statistics table.
    fn _repr_html_(slf: &Bound<'_, Self>) -> PyResult<String> {
        slf.py()
            .import("lawreport._html")?
            .call_method1("report_html", (slf,))?
            .extract()
    }
}

// ---------------------------------------------------------------------------
// Section
// ---------------------------------------------------------------------------

/// One numbered heading with its body, and its sub-sections in `children`.
#[pyclass(module = "lawreport", frozen)]
pub struct Section {
    report: Arc<lawreport::Report>,
    /// Child indices from the top of the outline (never empty).
    path: Vec<usize>,
}

impl Section {
    fn get(&self) -> &lawreport::Section {
        let mut section = &self.report.sections[self.path[0]];
        for &i in &self.path[1..] {
            section = &section.children[i];
        }
        section
    }
}

#[pymethods]
impl Section {
    /// The number as written (一, (二), 3, 一是).
    #[getter]
    fn number(&self) -> &str {
        &self.get().number
    }

    /// Depth in the outline, 1 for top-level sections.
    #[getter]
    fn level(&self) -> u32 {
        self.get().level
    }

    /// The heading text, without the number.
    #[getter]
    fn heading(&self) -> &str {
        &self.get().heading
    }

    /// "measures", "problems", "leadership", "plans" or "other".
    #[getter]
    fn kind(&self) -> &'static str {
        self.get().kind.as_str()
    }

    /// Heading and body.
    #[getter]
    fn text(&self) -> &str {
        &self.get().text
    }

    /// `(start, end)`: `report.text[start:end] == section.text`.
    #[getter]
    fn span(&self) -> Span {
        span(self.get().span)
    }

    /// The numbered sub-sections.
    #[getter]
    fn children(&self) -> Vec<Section> {
        (0..self.get().children.len())
            .map(|i| {
                let mut path = self.path.clone();
                path.push(i);
                Section {
                    report: self.report.clone(),
                    path,
                }
            })
            .collect()
    }

    /// The section as a dict (its JSON record, children included).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py_dict(py, self.get())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Section>()
            .is_ok_and(|o| o.get().get() == self.get())
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        let s = self.get();
        format!(
            "<Section number={} level={} kind={} heading={} span={} children={}>",
            repr_str(py, &s.number),
            s.level,
            repr_str(py, s.kind.as_str()),
            repr_str(py, &clip(&s.heading, 40)),
            repr_span(Some(s.span)),
            s.children.len(),
        )
    }
}

// ---------------------------------------------------------------------------
// Item
// ---------------------------------------------------------------------------

/// One enumerated unit of the measures, leadership, problems or plans part.
#[pyclass(module = "lawreport", frozen)]
pub struct Item {
    report: Arc<lawreport::Report>,
    part: SectionKind,
    index: usize,
}

impl Item {
    fn get(&self) -> &lawreport::Item {
        &self.report.items(self.part)[self.index]
    }
}

#[pymethods]
impl Item {
    /// The short lead phrase (缺少法律专业人才).
    #[getter]
    fn heading(&self) -> &str {
        &self.get().heading
    }

    /// The whole item, number included.
    #[getter]
    fn text(&self) -> &str {
        &self.get().text
    }

    /// `(start, end)`: `report.text[start:end] == item.text`.
    #[getter]
    fn span(&self) -> Span {
        span(self.get().span)
    }

    /// The section numbers that lead to it (["五", "(一)"]).
    #[getter]
    fn path(&self) -> Vec<String> {
        self.get().path.clone()
    }

    /// Indices into `Report.statistics` of the statistics inside it.
    #[getter]
    fn statistics(&self) -> Vec<usize> {
        self.get().statistics.clone()
    }

    /// The item as a dict (its JSON record).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py_dict(py, self.get())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Item>()
            .is_ok_and(|o| o.get().get() == self.get())
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        let i = self.get();
        format!(
            "Item(heading={}, path={}, span={}, statistics={:?})",
            repr_str(py, &clip(&i.heading, 40)),
            repr_list(py, &i.path),
            repr_span(Some(i.span)),
            i.statistics,
        )
    }
}

// ---------------------------------------------------------------------------
// Statistic
// ---------------------------------------------------------------------------

/// One quantity the report states.
#[pyclass(module = "lawreport", frozen)]
pub struct Statistic {
    report: Arc<lawreport::Report>,
    index: usize,
}

impl Statistic {
    fn get(&self) -> &lawreport::Statistic {
        &self.report.statistics[self.index]
    }
}

#[pymethods]
impl Statistic {
    /// The quantity exactly as written (`1.18万元`).
    #[getter]
    fn raw(&self) -> &str {
        &self.get().raw
    }

    /// The number in base units (1.18万元 → 11800.0).
    #[getter]
    fn value(&self) -> f64 {
        self.get().value
    }

    /// The base unit (元, 人, 件, %, 个百分点 …).
    #[getter]
    fn unit(&self) -> &str {
        &self.get().unit
    }

    /// None, "more_than", "less_than" or "about".
    #[getter]
    fn approx(&self) -> Option<String> {
        self.get().approx.as_ref().map(enum_str)
    }

    /// What is counted, as a phrase of the sentence, or None.
    #[getter]
    fn subject(&self) -> Option<&str> {
        self.get().subject.as_deref()
    }

    /// The standard indicator id (`lawreport.INDICATORS`), or None.
    #[getter]
    fn indicator(&self) -> Option<&'static str> {
        self.get().indicator.map(|i| i.id())
    }

    /// A time scope stated with it (截至11月, 全年), or None.
    #[getter]
    fn period(&self) -> Option<&str> {
        self.get().period.as_deref()
    }

    /// The index in `Report.statistics` of the total it is part of
    /// (共515项,其中…218项), or None. Sum only statistics where it is None.
    #[getter]
    fn part_of(&self) -> Option<usize> {
        self.get().part_of
    }

    /// The path of section numbers it stands in.
    #[getter]
    fn section(&self) -> Vec<String> {
        self.get().section.clone()
    }

    /// The sentence it stands in.
    #[getter]
    fn sentence(&self) -> &str {
        &self.get().sentence
    }

    /// `(start, end)`: `report.text[start:end] == statistic.raw`.
    #[getter]
    fn span(&self) -> Span {
        span(self.get().span)
    }

    /// The statistic as a dict (its JSON record).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py_dict(py, self.get())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Statistic>()
            .is_ok_and(|o| o.get().get() == self.get())
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        let s = self.get();
        format!(
            "Statistic(raw={}, value={}, unit={}, approx={}, subject={}, indicator={}, span={})",
            repr_str(py, &s.raw),
            PyFloatRepr(s.value),
            repr_str(py, &s.unit),
            repr_opt(py, s.approx.as_ref().map(enum_str).as_deref()),
            repr_opt(py, s.subject.as_deref()),
            repr_opt(py, s.indicator.map(|i| i.id())),
            repr_span(Some(s.span)),
        )
    }
}

/// A float as Python's `repr()` writes it (`31.0`, `11800.0`, `96.1`).
struct PyFloatRepr(f64);

impl Display for PyFloatRepr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let v = self.0;
        if v.is_finite() && v == v.trunc() && v.abs() < 1e16 {
            write!(f, "{v:.1}")
        } else if v.is_nan() {
            f.write_str("nan")
        } else if v.is_infinite() {
            f.write_str(if v > 0.0 { "inf" } else { "-inf" })
        } else {
            write!(f, "{v}")
        }
    }
}

// ---------------------------------------------------------------------------
// Diagnostic
// ---------------------------------------------------------------------------

/// Something the parser noticed and could not settle, or had to repair.
#[pyclass(module = "lawreport", frozen)]
pub struct Diagnostic {
    report: Arc<lawreport::Report>,
    index: usize,
}

impl Diagnostic {
    fn get(&self) -> &lawreport::Diagnostic {
        &self.report.diagnostics[self.index]
    }
}

#[pymethods]
impl Diagnostic {
    /// The stable code (`lawreport.DIAGNOSTIC_CODES`).
    #[getter]
    fn code(&self) -> &'static str {
        self.get().code.as_str()
    }

    /// "info", "warning" or "error".
    #[getter]
    fn severity(&self) -> String {
        enum_str(&self.get().severity)
    }

    /// The same in plain words.
    #[getter]
    fn message(&self) -> &str {
        &self.get().message
    }

    /// `(start, end)` of the place in `Report.text`, or None; the first
    /// place when the code was found at several.
    #[getter]
    fn span(&self) -> Option<Span> {
        self.get().span.map(span)
    }

    /// `(start, end)` of every place the code was found (one diagnostic per
    /// code lists them all), in the order found.
    #[getter]
    fn spans(&self) -> Vec<Span> {
        self.get().spans.iter().copied().map(span).collect()
    }

    /// The diagnostic as a dict (its JSON record).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py_dict(py, self.get())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Diagnostic>()
            .is_ok_and(|o| o.get().get() == self.get())
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        let d = self.get();
        format!(
            "Diagnostic(code={}, severity={}, message={}, span={})",
            repr_str(py, d.code.as_str()),
            repr_str(py, &enum_str(&d.severity)),
            repr_str(py, &d.message),
            repr_span(d.span),
        )
    }
}

// ---------------------------------------------------------------------------
// Jurisdiction
// ---------------------------------------------------------------------------

/// The government unit a report speaks for, from the national division table.
#[pyclass(module = "lawreport", frozen)]
pub struct Jurisdiction {
    inner: lawreport::Jurisdiction,
}

impl Jurisdiction {
    pub(crate) fn new(inner: lawreport::Jurisdiction) -> Self {
        Jurisdiction { inner }
    }
}

#[pymethods]
impl Jurisdiction {
    /// The standard name (白沙街道).
    #[getter]
    fn name(&self) -> &str {
        &self.inner.name
    }

    /// The name as the report writes it (白沙街).
    #[getter]
    fn mention(&self) -> &str {
        &self.inner.mention
    }

    /// The division code (2, 4, 6 or 9 digits), or None when ambiguous.
    #[getter]
    fn code(&self) -> Option<&str> {
        self.inner.code.as_deref()
    }

    /// "province", "prefecture", "county" or "township", or None.
    #[getter]
    fn level(&self) -> Option<&'static str> {
        self.inner.level.map(|l| l.as_str())
    }

    /// Standard name of the province.
    #[getter]
    fn province(&self) -> Option<&str> {
        self.inner.province.as_deref()
    }

    /// Standard name of the prefecture-level unit.
    #[getter]
    fn prefecture(&self) -> Option<&str> {
        self.inner.prefecture.as_deref()
    }

    /// Standard name of the county-level unit.
    #[getter]
    fn county(&self) -> Option<&str> {
        self.inner.county.as_deref()
    }

    /// Standard name of the township-level unit.
    #[getter]
    fn township(&self) -> Option<&str> {
        self.inner.township.as_deref()
    }

    /// Codes of the units the name could mean, when `code` is None.
    #[getter]
    fn candidates(&self) -> Vec<String> {
        self.inner.candidates.clone()
    }

    /// The jurisdiction as a dict (its JSON record).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py_dict(py, &self.inner)
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Jurisdiction>()
            .is_ok_and(|o| o.get().inner == self.inner)
    }

    fn __hash__(&self) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        self.inner.name.hash(&mut h);
        self.inner.code.hash(&mut h);
        h.finish()
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        let j = &self.inner;
        let mut out = format!(
            "Jurisdiction(name={}, code={}, level={}, mention={}",
            repr_str(py, &j.name),
            repr_opt(py, j.code.as_deref()),
            repr_opt(py, j.level.map(|l| l.as_str())),
            repr_str(py, &j.mention),
        );
        if !j.candidates.is_empty() {
            out.push_str(&format!(", candidates={}", repr_list(py, &j.candidates)));
        }
        out.push(')');
        out
    }
}

// ---------------------------------------------------------------------------
// Source, Compliance, Parts
// ---------------------------------------------------------------------------

/// Page metadata as found around the document.
#[pyclass(module = "lawreport", frozen)]
pub struct Source {
    inner: lawreport::Source,
}

#[pymethods]
impl Source {
    /// 索引号, or None.
    #[getter]
    fn index_number(&self) -> Option<&str> {
        self.inner.index_number.as_deref()
    }

    /// 文号 / 发文字号, or None.
    #[getter]
    fn document_number(&self) -> Option<&str> {
        self.inner.document_number.as_deref()
    }

    /// 发布机构 / 发布者 / 来源, or None.
    #[getter]
    fn publisher(&self) -> Option<&str> {
        self.inner.publisher.as_deref()
    }

    /// Every other labelled field, label → value as written (a new dict).
    #[getter]
    fn other<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py_dict(py, &self.inner.other)
    }

    /// The metadata as a dict (its JSON record).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py_dict(py, &self.inner)
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Source>()
            .is_ok_and(|o| o.get().inner == self.inner)
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        let s = &self.inner;
        let other: Vec<String> = s
            .other
            .iter()
            .map(|(k, v)| format!("{}: {}", repr_str(py, k), repr_str(py, v)))
            .collect();
        format!(
            "Source(index_number={}, document_number={}, publisher={}, other={{{}}})",
            repr_opt(py, s.index_number.as_deref()),
            repr_opt(py, s.document_number.as_deref()),
            repr_opt(py, s.publisher.as_deref()),
            other.join(", "),
        )
    }
}

/// Whether the report has the required parts, and was published in time.
#[pyclass(module = "lawreport", frozen)]
pub struct Compliance {
    inner: lawreport::Compliance,
}

#[pymethods]
impl Compliance {
    /// Presence of each of the five parts.
    #[getter]
    fn parts(&self) -> Parts {
        Parts {
            inner: self.inner.parts,
        }
    }

    /// The required parts it lacks ("measures", "problems", "leadership", "plans").
    #[getter]
    fn missing(&self) -> Vec<&'static str> {
        self.inner.missing.iter().map(|k| k.as_str()).collect()
    }

    /// True/False when the dates allow telling whether it was public before
    /// April 1 of the next year; None otherwise.
    #[getter]
    fn published_on_time(&self) -> Option<bool> {
        self.inner.published_on_time
    }

    /// April 1 of the year after the covered year (`datetime.date`), or None.
    #[getter]
    fn deadline<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        py_date(py, self.inner.deadline)
    }

    /// The date that decided `published_on_time`: "published_on",
    /// "signed_on", or None.
    #[getter]
    fn date_used(&self) -> Option<String> {
        self.inner.date_used.as_ref().map(enum_str)
    }

    /// False when the text is not the whole report (see `text_issues`).
    #[getter]
    fn text_complete(&self) -> bool {
        self.inner.text_complete
    }

    /// Why the text is not whole: "truncated", "template", "not_a_report".
    #[getter]
    fn text_issues(&self) -> Vec<&'static str> {
        self.inner.text_issues.iter().map(|t| t.as_str()).collect()
    }

    /// For each required part, `{"found_by": "heading" | "content" | None,
    /// "span": (start, end) | None, "cue": str | None}` (a new dict).
    #[getter]
    fn evidence<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let out = PyDict::new(py);
        for kind in SectionKind::REQUIRED {
            let Some(e) = self.inner.evidence.get(kind) else {
                continue;
            };
            let d = PyDict::new(py);
            d.set_item("found_by", e.found_by.as_ref().map(enum_str))?;
            d.set_item("span", e.span.map(span))?;
            d.set_item("cue", e.cue.as_deref())?;
            out.set_item(kind.as_str(), d)?;
        }
        Ok(out)
    }

    /// The compliance record as a dict.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py_dict(py, &self.inner)
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Compliance>()
            .is_ok_and(|o| o.get().inner == self.inner)
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        let missing: Vec<String> = self.missing().iter().map(|s| (*s).to_owned()).collect();
        format!(
            "Compliance(parts={}, missing={}, published_on_time={}, text_complete={})",
            self.parts().__repr__(),
            repr_list(py, &missing),
            self.inner.published_on_time.map_or("None", py_bool),
            py_bool(self.inner.text_complete),
        )
    }
}

/// Presence of each of the five parts of a report.
#[pyclass(module = "lawreport", frozen)]
pub struct Parts {
    inner: lawreport::Parts,
}

#[pymethods]
impl Parts {
    /// Main measures and results.
    #[getter]
    fn measures(&self) -> bool {
        self.inner.measures
    }

    /// Shortcomings and causes.
    #[getter]
    fn problems(&self) -> bool {
        self.inner.problems
    }

    /// Principal leaders' duty.
    #[getter]
    fn leadership(&self) -> bool {
        self.inner.leadership
    }

    /// Plans for the next year.
    #[getter]
    fn plans(&self) -> bool {
        self.inner.plans
    }

    /// Other matters (optional).
    #[getter]
    fn other(&self) -> bool {
        self.inner.other
    }

    /// The parts as a dict of booleans.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py_dict(py, &self.inner)
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Parts>()
            .is_ok_and(|o| o.get().inner == self.inner)
    }

    fn __hash__(&self) -> u64 {
        let p = &self.inner;
        [p.measures, p.problems, p.leadership, p.plans, p.other]
            .iter()
            .fold(0u64, |acc, &b| acc << 1 | u64::from(b))
    }

    fn __repr__(&self) -> String {
        let p = &self.inner;
        format!(
            "Parts(measures={}, problems={}, leadership={}, plans={}, other={})",
            py_bool(p.measures),
            py_bool(p.problems),
            py_bool(p.leadership),
            py_bool(p.plans),
            py_bool(p.other),
        )
    }
}
