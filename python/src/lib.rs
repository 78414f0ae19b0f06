//! The native half of the Python package `lawreport` (`lawreport._lawreport`).
//!
//! One parsed document is one Rust [`lawreport::Report`] behind an [`Arc`];
//! the Python objects are views into it ([`objects`]): building a `Report`
//! object after a parse costs nothing, and attribute values are made when they
//! are read. `to_dict`/`to_json` serialize the Rust value with serde, so they
//! are the CLI's JSON by construction.
//!
//! Nothing here may panic into Python: the parser runs under
//! [`std::panic::catch_unwind`] ([`errors::guarded`]) and a panic becomes a
//! `RuntimeError`.

use std::path::PathBuf;

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::pybacked::{PyBackedBytes, PyBackedStr};
use pyo3::types::{PyBytes, PyList, PyMemoryView, PyString, PyTuple};
use rayon::prelude::*;

mod errors;
mod objects;

use errors::{guarded, Failure, ParseError};
use objects::{
    Compliance, Diagnostic, Item, Jurisdiction, Parts, Report, Section, Source, Statistic,
};

/// Parse the text of one report.
///
/// Never fails on any `str`: what the parser cannot settle is in
/// `Report.diagnostics`. The GIL is released while parsing.
#[pyfunction]
fn parse(py: Python<'_>, text: &Bound<'_, PyAny>) -> PyResult<Report> {
    let text: PyBackedStr = match text.extract() {
        Ok(text) => text,
        Err(err) => {
            if text.is_instance_of::<PyBytes>() || text.is_instance_of::<PyMemoryView>() {
                return Err(PyTypeError::new_err(
                    "parse() takes str; use parse_bytes() for bytes",
                ));
            }
            if text.is_instance_of::<PyString>() {
                // A str that is not valid Unicode (lone surrogates).
                return Err(err);
            }
            return Err(PyTypeError::new_err(format!(
                "parse() takes str, not {}",
                text.get_type().name()?
            )));
        }
    };
    let report = py
        .detach(|| guarded(|| lawreport::parse(&text)))
        .map_err(|f| f.into_pyerr(py, None))?;
    Ok(Report::new(report, None))
}

/// Parse bytes in whatever format they are: text (UTF-8 with or without BOM,
/// UTF-16 with BOM, GB18030/GBK or Big5, detected), an HTML page or a .docx.
///
/// Raises `ParseError` (a `ValueError`) when the bytes are not text.
#[pyfunction]
fn parse_bytes(py: Python<'_>, data: &Bound<'_, PyAny>) -> PyResult<Report> {
    let data: PyBackedBytes = if data.is_instance_of::<PyMemoryView>() {
        data.call_method0("tobytes")?.extract()?
    } else if data.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(
            "parse_bytes() takes bytes; use parse() for str",
        ));
    } else {
        data.extract().map_err(|_| {
            PyTypeError::new_err(format!(
                "parse_bytes() takes bytes, bytearray or memoryview, not {}",
                data.get_type()
                    .name()
                    .map_or_else(|_| "?".to_owned(), |n| n.to_string())
            ))
        })?
    };
    let report = py
        .detach(|| guarded(|| lawreport::parse_bytes(&data)).and_then(|r| r.map_err(Failure::from)))
        .map_err(|f| f.into_pyerr(py, None))?;
    Ok(Report::new(report, None))
}

/// A path as given (`str` or `os.PathLike`), as Rust reads it and as errors
/// name it.
struct PathArg {
    path: PathBuf,
    name: String,
}

fn path_arg(obj: &Bound<'_, PyAny>) -> PyResult<PathArg> {
    let os = obj.py().import("os")?;
    let fspath = os.call_method1("fspath", (obj,))?;
    let decoded = if fspath.is_instance_of::<PyBytes>() {
        os.call_method1("fsdecode", (&fspath,))?
    } else {
        fspath
    };
    let path: PathBuf = decoded.extract()?;
    let name = path.to_string_lossy().into_owned();
    Ok(PathArg { path, name })
}

/// Read a file and parse it in whatever format it is (text in any of the
/// usual encodings, an HTML page, a .docx), its name a hint for sniffing.
fn read_and_parse(path: &std::path::Path) -> Result<lawreport::Report, Failure> {
    let bytes = std::fs::read(path).map_err(Failure::Io)?;
    guarded(|| lawreport::read(&bytes, path.to_str()))?.map_err(Failure::from)
}

/// Read a file (text, HTML page or .docx) and parse it.
///
/// `path` is a `str` or `os.PathLike`. Raises `FileNotFoundError`,
/// `PermissionError`, `IsADirectoryError` … (`OSError`) when it cannot be
/// read and `ParseError` when its bytes are not text.
#[pyfunction]
fn parse_file(py: Python<'_>, path: &Bound<'_, PyAny>) -> PyResult<Report> {
    let arg = path_arg(path)?;
    let report = py
        .detach(|| read_and_parse(&arg.path))
        .map_err(|f| f.into_pyerr(py, Some(&arg.name)))?;
    Ok(Report::new(report, Some(arg.name)))
}

/// What `parse_many` does with a file that fails.
#[derive(Clone, Copy, PartialEq, Eq)]
enum OnError {
    Return,
    Raise,
    Skip,
}

/// Read and parse many files in parallel (in Rust, without the GIL).
///
/// Returns a list in the order of `paths`. With `errors="return"` (the
/// default) a file that fails has its exception object in its place
/// (`FileNotFoundError`, `ParseError` …, with `.filename` set) and every
/// other file is still parsed; `errors="skip"` leaves failures out;
/// `errors="raise"` raises the first failure (in the order of `paths`)
/// once all files are done. `threads` caps the worker threads (default: one
/// per core).
#[pyfunction]
#[pyo3(signature = (paths, threads=None, errors="return"))]
fn parse_many<'py>(
    py: Python<'py>,
    paths: &Bound<'py, PyAny>,
    threads: Option<usize>,
    errors: &str,
) -> PyResult<Bound<'py, PyList>> {
    let on_error = match errors {
        "return" => OnError::Return,
        "raise" => OnError::Raise,
        "skip" => OnError::Skip,
        other => {
            return Err(PyValueError::new_err(format!(
                "errors must be \"return\", \"raise\" or \"skip\", not {other:?}"
            )))
        }
    };
    if paths.is_instance_of::<PyString>() || paths.is_instance_of::<PyBytes>() {
        return Err(PyTypeError::new_err(
            "parse_many() takes a list of paths; use parse_file() for one path",
        ));
    }
    if py
        .import("os")?
        .getattr("PathLike")
        .and_then(|t| paths.is_instance(&t))?
    {
        return Err(PyTypeError::new_err(
            "parse_many() takes a list of paths; use parse_file() for one path",
        ));
    }
    let args = paths
        .try_iter()?
        .map(|p| p.and_then(|p| path_arg(&p)))
        .collect::<PyResult<Vec<PathArg>>>()?;
    let pool = thread_pool(threads)?;
    let work = || {
        // Largest files first, one file per task: the long parses start
        // early and the last ones to finish are short, so no core idles
        // at the end. Results go back to the order of `paths`.
        let mut order: Vec<(u64, usize)> = args
            .iter()
            .enumerate()
            .map(|(i, arg)| (std::fs::metadata(&arg.path).map_or(0, |m| m.len()), i))
            .collect();
        order.sort_unstable_by(|a, b| b.cmp(a));
        let mut done: Vec<(usize, Result<lawreport::Report, Failure>)> = order
            .par_iter()
            .with_max_len(1)
            .map(|&(_, i)| (i, read_and_parse(&args[i].path)))
            .collect();
        done.sort_unstable_by_key(|(i, _)| *i);
        done.into_iter().map(|(_, r)| r).collect::<Vec<_>>()
    };
    let results = py.detach(|| match &pool {
        Some(pool) => pool.install(work),
        None => work(),
    });
    let out = PyList::empty(py);
    for (arg, result) in args.into_iter().zip(results) {
        match result {
            Ok(report) => out.append(Report::new(report, Some(arg.name)))?,
            Err(failure) => {
                let err = failure.into_pyerr(py, Some(&arg.name));
                match on_error {
                    OnError::Return => out.append(err.into_value(py))?,
                    OnError::Raise => return Err(err),
                    OnError::Skip => {}
                }
            }
        }
    }
    Ok(out)
}

/// Resolve a place or government name to a division unit.
///
/// `context` is surrounding text that may name the unit's parents. Returns
/// `None` when the name cannot be resolved.
#[pyfunction]
#[pyo3(signature = (name, context=None))]
fn resolve(
    py: Python<'_>,
    name: PyBackedStr,
    context: Option<PyBackedStr>,
) -> PyResult<Option<Jurisdiction>> {
    let found = py
        .detach(|| guarded(|| lawreport::jurisdiction::resolve(&name, context.as_deref())))
        .map_err(|f| f.into_pyerr(py, None))?;
    Ok(found.map(Jurisdiction::new))
}

/// Resolve many names at once, in parallel with the GIL released.
///
/// `contexts` is `None`, one `str` for every name, or a sequence as long as
/// `names` (each a `str` or `None`). Returns a list in the order of
/// `names`: a `Jurisdiction` or `None` for each.
#[pyfunction]
#[pyo3(signature = (names, contexts=None, threads=None))]
fn resolve_many<'py>(
    py: Python<'py>,
    names: &Bound<'py, PyAny>,
    contexts: Option<&Bound<'py, PyAny>>,
    threads: Option<usize>,
) -> PyResult<Bound<'py, PyList>> {
    if names.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(
            "resolve_many() takes a list of names; use resolve() for one name",
        ));
    }
    let names = names
        .try_iter()?
        .map(|n| n.and_then(|n| n.extract::<PyBackedStr>()))
        .collect::<PyResult<Vec<PyBackedStr>>>()?;
    // One context for all, or one per name.
    let (shared, each): (Option<PyBackedStr>, Vec<Option<PyBackedStr>>) = match contexts {
        None => (None, Vec::new()),
        Some(c) if c.is_none() => (None, Vec::new()),
        Some(c) if c.is_instance_of::<PyString>() => (Some(c.extract()?), Vec::new()),
        Some(c) => {
            let each = c
                .try_iter()?
                .map(|x| x.and_then(|x| x.extract::<Option<PyBackedStr>>()))
                .collect::<PyResult<Vec<_>>>()?;
            if each.len() != names.len() {
                return Err(PyValueError::new_err(format!(
                    "contexts has {} entries for {} names",
                    each.len(),
                    names.len()
                )));
            }
            (None, each)
        }
    };
    let pool = thread_pool(threads)?;
    let work = || {
        names
            .par_iter()
            .enumerate()
            .with_min_len(64)
            .map(|(i, name)| {
                let context = each.get(i).map_or(shared.as_deref(), |c| c.as_deref());
                lawreport::jurisdiction::resolve(name, context)
            })
            .collect::<Vec<_>>()
    };
    let found = py
        .detach(|| {
            guarded(|| match &pool {
                Some(pool) => pool.install(work),
                None => work(),
            })
        })
        .map_err(|f| f.into_pyerr(py, None))?;
    let out = PyList::empty(py);
    for j in found {
        match j {
            Some(j) => out.append(Jurisdiction::new(j))?,
            None => out.append(py.None())?,
        }
    }
    Ok(out)
}

/// Rebuild a pickled `Report` (see `Report.__reduce__`).
#[pyfunction]
#[pyo3(signature = (json, path=None))]
fn _report_from_state(json: PyBackedStr, path: Option<String>) -> PyResult<Report> {
    Report::from_json_str(&json, path)
}

/// Panic inside the guard, to test that no panic crosses into Python.
#[pyfunction]
fn _panic_for_tests(py: Python<'_>) -> PyResult<()> {
    guarded(|| -> () { panic!("deliberate panic for the tests") })
        .map_err(|f| f.into_pyerr(py, None))
}

/// The native module `lawreport._lawreport`; `lawreport` re-exports it.
#[pymodule]
fn _lawreport(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("SCHEMA_VERSION", lawreport::SCHEMA_VERSION)?;
    let codes: Vec<&str> = lawreport::DiagnosticCode::ALL
        .iter()
        .map(|c| c.as_str())
        .collect();
    m.add("DIAGNOSTIC_CODES", PyTuple::new(py, codes)?)?;
    let indicators: Vec<&str> = lawreport::Indicator::ALL.iter().map(|i| i.id()).collect();
    m.add("INDICATORS", PyTuple::new(py, indicators)?)?;
    m.add("ParseError", py.get_type::<ParseError>())?;
    m.add_function(wrap_pyfunction!(parse, m)?)?;
    m.add_function(wrap_pyfunction!(parse_bytes, m)?)?;
    m.add_function(wrap_pyfunction!(parse_file, m)?)?;
    m.add_function(wrap_pyfunction!(parse_many, m)?)?;
    m.add_function(wrap_pyfunction!(resolve, m)?)?;
    m.add_function(wrap_pyfunction!(resolve_many, m)?)?;
    m.add_function(wrap_pyfunction!(_report_from_state, m)?)?;
    m.add_function(wrap_pyfunction!(_panic_for_tests, m)?)?;
    m.add_class::<Report>()?;
    m.add_class::<Section>()?;
    m.add_class::<Item>()?;
    m.add_class::<Statistic>()?;
    m.add_class::<Diagnostic>()?;
    m.add_class::<Jurisdiction>()?;
    m.add_class::<Source>()?;
    m.add_class::<Compliance>()?;
    m.add_class::<Parts>()?;
    Ok(())
}

/// A pool of `threads` workers, or `None` for rayon's global pool (one per
/// core).
fn thread_pool(threads: Option<usize>) -> PyResult<Option<rayon::ThreadPool>> {
    match threads {
        Some(0) => Err(PyValueError::new_err("threads must be at least 1")),
        Some(n) => rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build()
            .map(Some)
            .map_err(|e| {
                pyo3::exceptions::PyRuntimeError::new_err(format!("cannot start {n} threads: {e}"))
            }),
        None => Ok(None),
    }
}
