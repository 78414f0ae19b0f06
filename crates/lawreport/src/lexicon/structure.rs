//! Words of the structure data files: page chrome, breadcrumb and site-title patterns, metadata labels, title cue words, organisation suffixes, genre words of texts that are not reports (read by normalize and metadata).
//!
//! Each data file is loaded once through [`super::load`]; [`check_all`]
//! loads every file of this group (the test `all_files_load` calls it).

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind, StartKind};

use super::{expect_lists, load, DataFile, LexiconError};

/// `data/chrome.tsv`: page furniture.
pub(crate) static CHROME: LazyLock<Chrome> = LazyLock::new(|| {
    let d = load("chrome.tsv", include_str!("../../data/chrome.tsv"), |d| {
        expect_lists(
            d,
            &[
                "words",
                "footer",
                "prefixes",
                "related",
                "breadcrumb",
                "separators",
                "site_words",
            ],
        )?;
        one_char(d, "separators")
    });
    let words = d.words("words");
    let footer = d.words("footer");
    // A few hundred short words: building cannot fail.
    let automaton = |kind: MatchKind, start: StartKind, words: &[&str]| {
        AhoCorasick::builder()
            .match_kind(kind)
            .start_kind(start)
            .build(words)
            .unwrap_or_else(|e| panic!("data/chrome.tsv: {e}"))
    };
    Chrome {
        // Longest first, so that 打印本页 is taken before 打印.
        word_at_start: automaton(MatchKind::LeftmostLongest, StartKind::Anchored, &words),
        footer_in: automaton(MatchKind::LeftmostFirst, StartKind::Unanchored, &footer),
        prefixes: d.words("prefixes"),
        related: d.words("related"),
        breadcrumb: d.words("breadcrumb"),
        separators: d
            .words("separators")
            .iter()
            .filter_map(|w| w.chars().next())
            .collect(),
        site_words: d.words("site_words"),
    }
});

/// The lists of `data/chrome.tsv` (see its header).
#[derive(Debug)]
pub(crate) struct Chrome {
    /// The words a chrome line is made of, as an automaton that finds the
    /// longest one a text starts with (searched anchored).
    pub word_at_start: AhoCorasick,
    /// The footer and share-row phrases, as an automaton that tells whether
    /// a line has one.
    pub footer_in: AhoCorasick,
    /// Line openings that make a line chrome.
    pub prefixes: Vec<&'static str>,
    /// Headers of lists of links to other pages.
    pub related: Vec<&'static str>,
    /// Breadcrumb openings.
    pub breadcrumb: Vec<&'static str>,
    /// Breadcrumb separator characters.
    pub separators: Vec<char>,
    /// Words of a site's or column's name.
    pub site_words: Vec<&'static str>,
}

/// Which field a metadata label fills (the `field` column of
/// `data/metadata_labels.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LabelField {
    /// 索引号.
    IndexNumber,
    /// 文号.
    DocumentNumber,
    /// 发文机关.
    Issuer,
    /// 发布机构.
    Publisher,
    /// 来源/发布者: the publisher when no 发布机构 is given; never the author.
    Source,
    /// A publication date.
    Published,
    /// The signing date.
    Signed,
    /// The title as the page states it.
    Title,
    /// Kept in `source.other` only.
    Other,
    /// A counter or button dressed as a label.
    Chrome,
}

impl LabelField {
    fn parse(s: &str) -> Option<LabelField> {
        Some(match s {
            "index_number" => LabelField::IndexNumber,
            "document_number" => LabelField::DocumentNumber,
            "issuer" => LabelField::Issuer,
            "publisher" => LabelField::Publisher,
            "source" => LabelField::Source,
            "published" => LabelField::Published,
            "signed" => LabelField::Signed,
            "title" => LabelField::Title,
            "other" => LabelField::Other,
            "chrome" => LabelField::Chrome,
            _ => return None,
        })
    }
}

/// `data/metadata_labels.tsv`: every label with its field, in file order.
pub(crate) static LABELS: LazyLock<Vec<(&'static str, LabelField)>> = LazyLock::new(|| {
    let d = load(
        "metadata_labels.tsv",
        include_str!("../../data/metadata_labels.tsv"),
        |d| {
            expect_lists(d, &[""])?;
            for e in &d.entries {
                if e.column(0).is_empty() || LabelField::parse(e.column(1)).is_none() {
                    return Err(e.error(format!(
                        "expected `label<TAB>field` with a known field, found `{}`",
                        e.columns.join("\t")
                    )));
                }
            }
            Ok(())
        },
    );
    d.list("")
        .filter_map(|e| Some((e.column(0), LabelField::parse(e.column(1))?)))
        .collect()
});

/// `data/titles.tsv`: what a title is.
pub(crate) static TITLES: LazyLock<Titles> = LazyLock::new(|| {
    let d = load("titles.tsv", include_str!("../../data/titles.tsv"), |d| {
        expect_lists(
            d,
            &[
                "report_endings",
                "document_endings",
                "rule_of_law",
                "subject_endings",
                "org_suffixes",
                "place_suffixes",
                "recipients",
                "title_starts",
                "open_endings",
            ],
        )
    });
    Titles {
        report_endings: d.words("report_endings"),
        document_endings: d.words("document_endings"),
        rule_of_law: d.words("rule_of_law"),
        subject_endings: d.words("subject_endings"),
        org_suffixes: d.words("org_suffixes"),
        place_suffixes: d.words("place_suffixes"),
        recipients: d.words("recipients"),
        title_starts: d.words("title_starts"),
        open_endings: d.words("open_endings"),
    }
});

/// The lists of `data/titles.tsv` (see its header).
#[derive(Debug)]
pub(crate) struct Titles {
    /// Endings of a report's title.
    pub report_endings: Vec<&'static str>,
    /// Endings of other documents' titles.
    pub document_endings: Vec<&'static str>,
    /// Words of a rule-of-law title.
    pub rule_of_law: Vec<&'static str>,
    /// Endings of a rule-of-law title without 报告.
    pub subject_endings: Vec<&'static str>,
    /// Endings of an issuing body's name.
    pub org_suffixes: Vec<&'static str>,
    /// Endings of a place name.
    pub place_suffixes: Vec<&'static str>,
    /// Words of an addressee line.
    pub recipients: Vec<&'static str>,
    /// Openings of the second half of a broken title.
    pub title_starts: Vec<&'static str>,
    /// Words a title's first half may end with but no title does.
    pub open_endings: Vec<&'static str>,
}

/// Where a genre word must stand in a title.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Place {
    /// At the end (a bracketed note aside).
    End,
    /// Anywhere.
    Contains,
}

/// A genre word of `[title_genres]`: the word, where it stands, and the
/// kind of text it names.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Genre {
    /// The word.
    pub word: &'static str,
    /// Where it must stand.
    pub place: Place,
    /// The kind of text, for the diagnostic.
    pub what: &'static str,
}

/// `data/genres.tsv`: what a text is when it is not a report.
pub(crate) static GENRES: LazyLock<Genres> = LazyLock::new(|| {
    let d = load("genres.tsv", include_str!("../../data/genres.tsv"), |d| {
        expect_lists(
            d,
            &[
                "title_genres",
                "side_topics",
                "wide_topics",
                "news_leads",
                "news_marks",
                "formulas",
                "research",
                "research_starts",
                "unit_after_wo",
            ],
        )?;
        for e in d.list("title_genres") {
            if !matches!(e.column(1), "end" | "contains") || e.column(2).is_empty() {
                return Err(e.error("expected `word<TAB>end|contains<TAB>what`"));
            }
        }
        for e in d.list("side_topics") {
            if e.column(1).is_empty() {
                return Err(e.error("expected `word<TAB>what`"));
            }
        }
        one_char(d, "unit_after_wo")
    });
    Genres {
        title_genres: d
            .list("title_genres")
            .map(|e| Genre {
                word: e.column(0),
                place: if e.column(1) == "end" {
                    Place::End
                } else {
                    Place::Contains
                },
                what: e.column(2),
            })
            .collect(),
        side_topics: d
            .list("side_topics")
            .map(|e| (e.column(0), e.column(1)))
            .collect(),
        wide_topics: d.words("wide_topics"),
        news_leads: d.words("news_leads"),
        news_marks: d.words("news_marks"),
        formulas: d.words("formulas"),
        research: d.words("research"),
        research_starts: d.words("research_starts"),
        unit_after_wo: d
            .words("unit_after_wo")
            .iter()
            .filter_map(|w| w.chars().next())
            .collect(),
    }
});

/// The lists of `data/genres.tsv` (see its header).
#[derive(Debug)]
pub(crate) struct Genres {
    /// Genre words of titles.
    pub title_genres: Vec<Genre>,
    /// Side topics with the kind of text they name.
    pub side_topics: Vec<(&'static str, &'static str)>,
    /// The wider rule-of-law words a side-topic title lacks.
    pub wide_topics: Vec<&'static str>,
    /// Openings of a news lead.
    pub news_leads: Vec<&'static str>,
    /// Phrases only news prints near its top.
    pub news_marks: Vec<&'static str>,
    /// Opening formulas of other genres.
    pub formulas: Vec<&'static str>,
    /// Marks of a research paper.
    pub research: Vec<&'static str>,
    /// Openings of an essay's title.
    pub research_starts: Vec<&'static str>,
    /// Characters that make 我 a unit.
    pub unit_after_wo: Vec<char>,
}

/// Fail unless every entry of list `name` is one character.
fn one_char(d: &DataFile, name: &str) -> Result<(), LexiconError> {
    for e in d.list(name) {
        if e.column(0).chars().count() != 1 {
            return Err(e.error(format!("list `[{name}]` holds single characters")));
        }
    }
    Ok(())
}

/// Load every data file of this group, so that a defect in one fails the
/// tests with its file and line.
#[cfg(test)]
pub(crate) fn check_all() {
    LazyLock::force(&CHROME);
    LazyLock::force(&LABELS);
    LazyLock::force(&TITLES);
    LazyLock::force(&GENRES);
}
