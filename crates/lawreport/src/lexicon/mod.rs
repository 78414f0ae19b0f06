//! Domain knowledge as data: the words and patterns the stages match on,
//! read from the commented files under `crates/lawreport/data/`.
//!
//! This is the leaf of the pipeline: it depends on no stage, and every
//! stage (normalize, metadata, outline, parts, statistics, jurisdiction)
//! reads its words through it. A person who knows these documents extends a
//! data file (a chrome phrase, a metadata label, a unit, a place's short
//! form) without touching Rust; `docs/lexicon.md` says how.
//!
//! ## The file format
//!
//! Every data file is UTF-8 text, one entry a line:
//!
//! - a line starting with `#` is a comment, a blank line is skipped;
//! - a line `[name]` starts the list called `name` (files with one list
//!   need none: their entries are in the list `""`);
//! - an entry's columns are separated by a TAB; within a column, values are
//!   separated by `|`; a lone `-` is an empty column.
//!
//! Files are compiled into the crate and parsed once, on first use. A file
//! that does not parse is a build defect that the tests catch (every file
//! is loaded in `all_files_load`); the error names the file and the line.

use std::fmt;

pub(crate) mod compliance;
pub(crate) mod parts;
pub(crate) mod places;
pub(crate) mod statistics;
pub(crate) mod structure;

/// An error in a data file: which file, which line, and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LexiconError {
    /// The file's name under `crates/lawreport/data/`.
    pub file: &'static str,
    /// The line, counted from 1.
    pub line: usize,
    /// What is wrong with it.
    pub message: String,
}

impl fmt::Display for LexiconError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "data/{} line {}: {}", self.file, self.line, self.message)
    }
}

impl std::error::Error for LexiconError {}

/// One entry of a data file: its line, the list it is in, and its columns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Entry {
    /// The file's name (for error messages).
    pub file: &'static str,
    /// The line, counted from 1.
    pub line: usize,
    /// The list (`[name]`) the entry stands in; `""` before any header.
    pub list: &'static str,
    /// The columns, TAB-separated, trimmed; `-` is kept as `""`.
    pub columns: Vec<&'static str>,
}

impl Entry {
    /// Column `i`, `""` when the entry has fewer columns.
    pub fn column(&self, i: usize) -> &'static str {
        self.columns.get(i).copied().unwrap_or("")
    }

    /// The `|`-separated values of column `i` (none for an empty column).
    pub fn values(&self, i: usize) -> impl Iterator<Item = &'static str> {
        self.column(i)
            .split('|')
            .map(str::trim)
            .filter(|v| !v.is_empty())
    }

    /// An error about this entry.
    pub fn error(&self, message: impl Into<String>) -> LexiconError {
        LexiconError {
            file: self.file,
            line: self.line,
            message: message.into(),
        }
    }
}

/// A parsed data file.
#[derive(Debug, Clone, Default)]
pub(crate) struct DataFile {
    /// The file's name.
    pub file: &'static str,
    /// Every entry, in file order.
    pub entries: Vec<Entry>,
}

impl DataFile {
    /// Parse `source`, the text of `file`.
    pub fn parse(file: &'static str, source: &'static str) -> Result<DataFile, LexiconError> {
        let mut list = "";
        let mut entries = Vec::new();
        for (n, raw) in source.lines().enumerate() {
            let line = raw.trim_end_matches('\r');
            let trimmed = line.trim();
            if trimmed.is_empty() || trimmed.starts_with('#') {
                continue;
            }
            if let Some(name) = trimmed.strip_prefix('[') {
                let Some(name) = name.strip_suffix(']') else {
                    return Err(LexiconError {
                        file,
                        line: n + 1,
                        message: format!("a list header must be `[name]`, found `{trimmed}`"),
                    });
                };
                list = name.trim();
                continue;
            }
            let columns = line
                .split('\t')
                .map(str::trim)
                .map(|c| if c == "-" { "" } else { c })
                .collect();
            entries.push(Entry {
                file,
                line: n + 1,
                list,
                columns,
            });
        }
        Ok(DataFile { file, entries })
    }

    /// The entries of list `name`, in file order.
    pub fn list<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Entry> + 'a {
        self.entries.iter().filter(move |e| e.list == name)
    }

    /// The first column of every entry of list `name` (a word list).
    pub fn words(&self, name: &str) -> Vec<&'static str> {
        self.list(name)
            .map(|e| e.column(0))
            .filter(|w| !w.is_empty())
            .collect()
    }
}

/// Parse a compiled-in data file, or stop with the file and line at fault.
///
/// The files are part of the crate's source: one that does not parse is a
/// defect caught by `all_files_load` before any release, so reaching the
/// panic here is impossible for a tested build.
pub(crate) fn load(
    file: &'static str,
    source: &'static str,
    check: impl FnOnce(&DataFile) -> Result<(), LexiconError>,
) -> DataFile {
    DataFile::parse(file, source)
        .and_then(|d| check(&d).map(|()| d))
        .unwrap_or_else(|e| panic!("{e}"))
}

/// Fail unless `data` has every list of `names` (and no other): a typo in a
/// header would otherwise empty a list silently.
pub(crate) fn expect_lists(data: &DataFile, names: &[&str]) -> Result<(), LexiconError> {
    for e in &data.entries {
        if !names.contains(&e.list) {
            return Err(e.error(format!(
                "unknown list `[{}]` (this file has: {})",
                e.list,
                names.join(", ")
            )));
        }
    }
    for name in names {
        if data.list(name).next().is_none() {
            return Err(LexiconError {
                file: data.file,
                line: 0,
                message: format!("list `[{name}]` is missing or empty"),
            });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_lists_columns_and_comments() {
        let d = DataFile::parse("t.tsv", "# comment\nsolo\n[a]\nx\t1|2\t-\n\n[b]\ny\n").unwrap();
        assert_eq!(d.words(""), ["solo"]);
        assert_eq!(d.words("a"), ["x"]);
        let x = d.list("a").next().unwrap();
        assert_eq!(x.values(1).collect::<Vec<_>>(), ["1", "2"]);
        assert_eq!(x.column(2), "");
        assert_eq!(x.column(9), "");
        assert_eq!(x.line, 4);
    }

    #[test]
    fn a_bad_header_names_file_and_line() {
        let e = DataFile::parse("t.tsv", "# c\n[open\n").unwrap_err();
        assert_eq!((e.file, e.line), ("t.tsv", 2));
        assert_eq!(
            e.to_string(),
            "data/t.tsv line 2: a list header must be `[name]`, found `[open`"
        );
    }

    #[test]
    fn unknown_or_missing_lists_are_errors() {
        let d = DataFile::parse("t.tsv", "[a]\nx\n[c]\ny\n").unwrap();
        assert_eq!(expect_lists(&d, &["a"]).unwrap_err().line, 4);
        let d = DataFile::parse("t.tsv", "[a]\nx\n").unwrap();
        assert!(expect_lists(&d, &["a", "b"]).is_err());
    }

    #[test]
    fn all_files_load() {
        structure::check_all();
        compliance::check_all();
        parts::check_all();
        statistics::check_all();
        places::check_all();
    }
}
