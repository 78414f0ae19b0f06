//! Words of the compliance data files: the regulation's wording that shows a required part is present in the body, and issuer-kind words (read by compliance).
//!
//! Each data file is loaded once through [`super::load`]; [`check_all`]
//! loads every file of this group (the test `all_files_load` calls it).

use std::sync::LazyLock;

use super::{expect_lists, load, DataFile, LexiconError};
use crate::model::{AuthorKind, SectionKind};

/// The words of `data/compliance.tsv`, by use.
#[derive(Debug)]
pub(crate) struct ComplianceWords {
    /// Heading words per required part.
    pub heading: Vec<(SectionKind, Vec<&'static str>)>,
    /// Body wording per required part, with how far into its sentence the
    /// word may start (`None`: anywhere).
    pub content: Vec<(SectionKind, Vec<&'static str>, Option<usize>)>,
    /// Words after "<next year>年" that make a sentence a plan.
    pub next_year: Vec<&'static str>,
    /// Issuer words with the kind each names; `None` is a party word.
    pub issuer: Vec<(&'static str, Issuer)>,
    /// Words dropped from a name before it is classified.
    pub not_issuer: Vec<&'static str>,
    /// Words at which the opening sentence's subject ends.
    pub subject_end: Vec<&'static str>,
    /// Words of a report's closing sentence (a text that ends with one is
    /// not cut off, though it has no plans part).
    pub closing: Vec<&'static str>,
    /// Words of site-footer lines, skipped when the end of the text is judged.
    pub page_footer: Vec<&'static str>,
}

/// What one issuer word names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Issuer {
    /// A kind of its own (government, department, other).
    Kind(AuthorKind),
    /// A party committee: alone it is `party_committee`, with a government
    /// word `party_and_government`.
    Party,
}

fn part(e: &super::Entry) -> Result<SectionKind, LexiconError> {
    match e.column(0) {
        "measures" => Ok(SectionKind::Measures),
        "problems" => Ok(SectionKind::Problems),
        "leadership" => Ok(SectionKind::Leadership),
        "plans" => Ok(SectionKind::Plans),
        other => Err(e.error(format!(
            "unknown part `{other}` (measures, problems, leadership, plans)"
        ))),
    }
}

fn issuer(e: &super::Entry) -> Result<Issuer, LexiconError> {
    match e.column(0) {
        "government" => Ok(Issuer::Kind(AuthorKind::Government)),
        "department" => Ok(Issuer::Kind(AuthorKind::Department)),
        "other" => Ok(Issuer::Kind(AuthorKind::Other)),
        "party" => Ok(Issuer::Party),
        k => Err(e.error(format!(
            "unknown issuer kind `{k}` (government, department, party, other)"
        ))),
    }
}

const LISTS: &[&str] = &[
    "heading",
    "content",
    "next_year",
    "issuer",
    "not_issuer",
    "subject_end",
    "closing",
    "page_footer",
];

fn build(d: &DataFile) -> Result<ComplianceWords, LexiconError> {
    expect_lists(d, LISTS)?;
    let per_part = |name: &str| -> Result<Vec<(SectionKind, Vec<&'static str>)>, LexiconError> {
        d.list(name)
            .map(|e| {
                let words: Vec<&'static str> = e.values(1).collect();
                if words.is_empty() {
                    return Err(e.error("a part needs at least one word"));
                }
                Ok((part(e)?, words))
            })
            .collect()
    };
    let mut content = Vec::new();
    for ((kind, words), e) in per_part("content")?.into_iter().zip(d.list("content")) {
        let within = match e.column(2) {
            "" => None,
            n => Some(n.parse::<usize>().map_err(|_| {
                e.error(format!(
                    "`within` must be a number of characters or -, found `{n}`"
                ))
            })?),
        };
        content.push((kind, words, within));
    }
    let mut issuers = Vec::new();
    for e in d.list("issuer") {
        let kind = issuer(e)?;
        issuers.extend(e.values(1).map(|w| (w, kind)));
    }
    Ok(ComplianceWords {
        heading: per_part("heading")?,
        content,
        next_year: d.words("next_year"),
        issuer: issuers,
        not_issuer: d.words("not_issuer"),
        subject_end: d.words("subject_end"),
        closing: d.words("closing"),
        page_footer: d.words("page_footer"),
    })
}

/// The words of `data/compliance.tsv`.
pub(crate) fn words() -> &'static ComplianceWords {
    static WORDS: LazyLock<ComplianceWords> = LazyLock::new(|| {
        let data = load(
            "compliance.tsv",
            include_str!("../../data/compliance.tsv"),
            |d| build(d).map(|_| ()),
        );
        // `load` has just checked that `build` succeeds on this file.
        build(&data).unwrap_or_else(|e| panic!("{e}"))
    });
    &WORDS
}

/// Load every data file of this group, so that a defect in one fails the
/// tests with its file and line.
#[cfg(test)]
pub(crate) fn check_all() {
    let w = words();
    assert!(!w.issuer.is_empty());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wrong_part_or_kind_names_its_line() {
        let d = DataFile::parse(
            "t.tsv",
            "[heading]\nmeasure\tx\n[content]\nplans\tx\n[next_year]\n将\n[issuer]\nparty\t党委\n[not_issuer]\n部门\n[subject_end]\n在\n[closing]\n特此报告\n[page_footer]\nICP备\n",
        )
        .unwrap();
        assert_eq!(build(&d).unwrap_err().line, 2);
        let d = DataFile::parse(
            "t.tsv",
            "[heading]\nplans\tx\n[content]\nplans\tx\n[next_year]\n将\n[issuer]\nparties\t党委\n[not_issuer]\n部门\n[subject_end]\n在\n[closing]\n特此报告\n[page_footer]\nICP备\n",
        )
        .unwrap();
        assert_eq!(build(&d).unwrap_err().line, 8);
    }

    #[test]
    fn every_required_part_has_words() {
        let w = words();
        for kind in SectionKind::REQUIRED {
            assert!(w.heading.iter().any(|(k, _)| *k == kind), "{kind}");
            assert!(w.content.iter().any(|(k, _, _)| *k == kind), "{kind}");
        }
    }
}
