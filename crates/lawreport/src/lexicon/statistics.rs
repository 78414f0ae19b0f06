//! Words of the statistics data files: units and measure words
//! (`units.tsv`), and the cue and stop words that delimit a statistic's
//! subject (`subjects.tsv`).
//!
//! Each data file is loaded once through [`super::load`]; [`check_all`]
//! loads every file of this group (the test `all_files_load` calls it).

use std::sync::LazyLock;

use super::{expect_lists, load, DataFile, LexiconError};

/// One row of `units.tsv`.
#[derive(Debug, Clone)]
pub(crate) struct UnitEntry {
    /// The unit as written after the number (simplified).
    pub written: &'static str,
    /// The base unit reported.
    pub base: &'static str,
    /// `person`, `thing`, `event` or `measure`.
    pub kind: &'static str,
    /// `chinese`, `final`, `duration`.
    pub flags: Vec<&'static str>,
    /// Characters that, right after the unit, make it part of another word.
    pub not_before: &'static str,
}

const KINDS: &[&str] = &["person", "thing", "event", "measure"];
const FLAGS: &[&str] = &["chinese", "final", "duration"];

fn check_units(data: &DataFile) -> Result<(), LexiconError> {
    expect_lists(data, &[""])?;
    let mut seen: Vec<&str> = Vec::new();
    for e in &data.entries {
        if e.column(0).is_empty() || e.column(1).is_empty() {
            return Err(e.error("a unit needs its written form and its base unit"));
        }
        if !KINDS.contains(&e.column(2)) {
            return Err(e.error(format!(
                "kind must be one of {}, found `{}`",
                KINDS.join(", "),
                e.column(2)
            )));
        }
        if let Some(f) = e.values(3).find(|f| !FLAGS.contains(f)) {
            return Err(e.error(format!("unknown flag `{f}` (known: {})", FLAGS.join(", "))));
        }
        if seen.contains(&e.column(0)) {
            return Err(e.error(format!("unit `{}` is listed twice", e.column(0))));
        }
        seen.push(e.column(0));
    }
    Ok(())
}

static UNITS: LazyLock<Vec<UnitEntry>> = LazyLock::new(|| {
    load(
        "units.tsv",
        include_str!("../../data/units.tsv"),
        check_units,
    )
    .entries
    .iter()
    .map(|e| UnitEntry {
        written: e.column(0),
        base: e.column(1),
        kind: e.column(2),
        flags: e.values(3).collect(),
        not_before: e.column(4),
    })
    .collect()
});

/// The units of `units.tsv`, in file order.
pub(crate) fn units() -> &'static [UnitEntry] {
    &UNITS
}

/// The lists of `subjects.tsv`.
pub(crate) const SUBJECT_LISTS: &[&str] = &[
    "leading",
    "trailing",
    "change",
    "verb_after",
    "right_stop",
    "right_trailing",
    "doing",
    "not_object",
    "determiners",
    "compounds",
];

static SUBJECTS: LazyLock<DataFile> = LazyLock::new(|| {
    load(
        "subjects.tsv",
        include_str!("../../data/subjects.tsv"),
        |d| expect_lists(d, SUBJECT_LISTS),
    )
});

/// The words of list `name` of `subjects.tsv`, in file order.
pub(crate) fn subject_words(name: &str) -> Vec<&'static str> {
    SUBJECTS.words(name)
}

/// Load every data file of this group, so that a defect in one fails the
/// tests with its file and line.
#[cfg(test)]
pub(crate) fn check_all() {
    let _ = units();
    let _ = subject_words("leading");
}
