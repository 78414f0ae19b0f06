//! What the integration tests share: the fixture reports by file name, and
//! small helpers for reading a report.

// Each test file uses a part of this module.
#![allow(dead_code)]

use chrono::NaiveDate;
use lawreport::{DiagnosticCode, Report};

/// A date, as a report's date fields hold it.
pub fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// How many diagnostics of `code` the report has.
pub fn count(r: &Report, code: DiagnosticCode) -> usize {
    r.diagnostics.iter().filter(|d| d.code == code).count()
}

/// The first ten fixture reports (`tests/fixtures/`), by file name: the
/// set the input-format and hard-wrap tests run every report of.
pub const REPORTS: &[(&str, &str)] = &[
    (
        "district-full.txt",
        include_str!("../fixtures/district-full.txt"),
    ),
    (
        "street-broken.txt",
        include_str!("../fixtures/street-broken.txt"),
    ),
    ("no-title.txt", include_str!("../fixtures/no-title.txt")),
    (
        "leadership-after-problems.txt",
        include_str!("../fixtures/leadership-after-problems.txt"),
    ),
    (
        "masked-template.txt",
        include_str!("../fixtures/masked-template.txt"),
    ),
    ("department.txt", include_str!("../fixtures/department.txt")),
    (
        "truncated-page.txt",
        include_str!("../fixtures/truncated-page.txt"),
    ),
    (
        "traditional.txt",
        include_str!("../fixtures/traditional.txt"),
    ),
    (
        "missing-parts.txt",
        include_str!("../fixtures/missing-parts.txt"),
    ),
    (
        "plain-minimal.txt",
        include_str!("../fixtures/plain-minimal.txt"),
    ),
];
