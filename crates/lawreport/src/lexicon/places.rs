//! Words of the places data files: short forms, aliases and township stems of division names (read by jurisdiction).
//!
//! Each data file is loaded once through [`super::load`]; [`check_all`]
//! loads every file of this group (the test `all_files_load` calls it).

use std::sync::LazyLock;

use super::{expect_lists, load, DataFile, LexiconError};

/// The lists of `data/places.tsv` (see its header).
pub(crate) struct Places {
    /// `(form, code)`: short forms the rules of the table do not make.
    pub aliases: Vec<(&'static str, &'static str)>,
    /// `(former name, code today)`: counted only with a parent named.
    pub old: Vec<(&'static str, &'static str)>,
    /// Endings that make a name a development or industrial zone.
    pub zone_endings: Vec<&'static str>,
    /// Words that do not tell one zone from another.
    pub zone_generic: Vec<&'static str>,
    /// Words after a 街 short form that say it is the unit.
    pub street_unit: Vec<&'static str>,
    /// Two-character township stems that are ordinary words.
    pub common_stems: Vec<&'static str>,
}

const LISTS: [&str; 6] = [
    "alias",
    "old",
    "zone_ending",
    "zone_generic",
    "street_unit",
    "common_stem",
];

fn check(d: &DataFile) -> Result<(), LexiconError> {
    expect_lists(d, &LISTS)?;
    for e in d.list("alias").chain(d.list("old")) {
        let code = e.column(1);
        if e.column(0).is_empty()
            || !matches!(code.len(), 2 | 4 | 6 | 9)
            || !code.bytes().all(|b| b.is_ascii_digit())
        {
            return Err(e.error("want a name and a division code of 2, 4, 6 or 9 digits"));
        }
    }
    for e in d.list("common_stem") {
        if e.column(0).chars().count() != 2 {
            return Err(e.error("a common stem has two characters"));
        }
    }
    Ok(())
}

/// The places lists, parsed on first use.
pub(crate) static PLACES: LazyLock<Places> = LazyLock::new(|| {
    let d = load("places.tsv", include_str!("../../data/places.tsv"), check);
    let pairs = |list: &str| -> Vec<(&'static str, &'static str)> {
        d.list(list).map(|e| (e.column(0), e.column(1))).collect()
    };
    // Longest first, so that the longest ending or word is stripped.
    let by_length = |list: &str| {
        let mut w = d.words(list);
        w.sort_by_key(|s| std::cmp::Reverse(s.len()));
        w
    };
    Places {
        aliases: pairs("alias"),
        old: pairs("old"),
        zone_endings: by_length("zone_ending"),
        zone_generic: by_length("zone_generic"),
        street_unit: d.words("street_unit"),
        common_stems: d.words("common_stem"),
    }
});

/// Load every data file of this group, so that a defect in one fails the
/// tests with its file and line.
#[cfg(test)]
pub(crate) fn check_all() {
    LazyLock::force(&PLACES);
}
