//! Rust failures as the Python exceptions users expect.

use std::panic::{catch_unwind, AssertUnwindSafe};

use pyo3::exceptions::{PyOSError, PyRuntimeError, PyValueError};
use pyo3::prelude::*;

pyo3::create_exception!(
    lawreport,
    ParseError,
    PyValueError,
    "Bytes that are not text: invalid in their encoding, or binary.\n\n\
     Attributes: ``offset`` (byte offset of the first bad byte), ``encoding`` \
     (the encoding they were read as, or None for binary data), ``filename`` \
     (the file, or None)."
);

/// Why a document could not be parsed, before it becomes a Python exception
/// (built without the GIL, turned into a `PyErr` with it).
#[derive(Debug)]
pub(crate) enum Failure {
    /// The file could not be read.
    Io(std::io::Error),
    /// The bytes are not text.
    Decode(lawreport::Error),
    /// The parser panicked: a bug, reported as `RuntimeError`.
    Panic(String),
}

impl From<lawreport::Error> for Failure {
    fn from(e: lawreport::Error) -> Self {
        Failure::Decode(e)
    }
}

/// Run `f`, turning a panic into [`Failure::Panic`] so that none crosses into
/// Python.
pub(crate) fn guarded<T>(f: impl FnOnce() -> T) -> Result<T, Failure> {
    catch_unwind(AssertUnwindSafe(f)).map_err(|payload| {
        let message = payload
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_owned());
        Failure::Panic(message)
    })
}

impl Failure {
    /// The Python exception for this failure; `filename` names the file it
    /// happened in, if any.
    pub(crate) fn into_pyerr(self, py: Python<'_>, filename: Option<&str>) -> PyErr {
        match self {
            Failure::Io(e) => io_error(py, e, filename),
            Failure::Decode(e) => parse_error(py, &e, filename),
            Failure::Panic(message) => PyRuntimeError::new_err(format!(
                "lawreport internal error{}: the parser panicked ({message}); please report it \
                 with the document",
                filename.map_or_else(String::new, |f| format!(" in {f}")),
            )),
        }
    }
}

/// `OSError(errno, strerror, filename)`, which Python turns into the
/// matching subclass (`FileNotFoundError`, `PermissionError` …) just as
/// `open()` raises it.
fn io_error(py: Python<'_>, e: std::io::Error, filename: Option<&str>) -> PyErr {
    let Some(errno) = e.raw_os_error() else {
        return PyErr::from(e);
    };
    let strerror = py
        .import("os")
        .and_then(|os| os.call_method1("strerror", (errno,)))
        .and_then(|s| s.extract::<String>())
        .unwrap_or_else(|_| e.to_string());
    match filename {
        Some(f) => PyOSError::new_err((errno, strerror, f.to_owned())),
        None => PyOSError::new_err((errno, strerror)),
    }
}

fn parse_error(py: Python<'_>, e: &lawreport::Error, filename: Option<&str>) -> PyErr {
    let message = match filename {
        Some(f) => format!("{f}: {e}"),
        None => e.to_string(),
    };
    let (encoding, offset) = match e {
        lawreport::Error::InvalidEncoding { encoding, offset } => (Some(*encoding), Some(*offset)),
        lawreport::Error::Binary { offset } => (None, Some(*offset)),
        _ => (None, None),
    };
    let err = ParseError::new_err(message);
    let value = err.value(py);
    // Setting attributes on a fresh exception instance cannot fail; if it
    // did, the exception without them is still the right one to raise.
    let _ = value.setattr("encoding", encoding);
    let _ = value.setattr("offset", offset);
    let _ = value.setattr("filename", filename);
    err
}
