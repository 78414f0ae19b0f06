//! Words of the parts data files: part-heading words of the regulation's five parts and their common wordings, enumeration and cause cues (read by outline and parts).
//!
//! Each data file is loaded once through [`super::load`]; [`check_all`]
//! loads every file of this group (the test `all_files_load` calls it).

use std::sync::LazyLock;

use regex::{Regex, RegexSet};

use super::{expect_lists, load, DataFile, LexiconError};
use crate::model::SectionKind;

/// The lists of `parts.tsv`.
const LISTS: &[&str] = &[
    "other",
    "problems",
    "leadership",
    "plans",
    "measures",
    "generic",
    "turn",
    "cause",
    "cause_heading",
    "problems_content",
    "plans_content",
    "leadership_content",
    STANDALONE_MAX,
];

/// The one list whose entry is a number; every other list holds patterns.
const STANDALONE_MAX: &str = "standalone_max";

static PARTS: LazyLock<DataFile> = LazyLock::new(|| {
    load("parts.tsv", include_str!("../../data/parts.tsv"), |d| {
        expect_lists(d, LISTS)?;
        for e in d.entries.iter().filter(|e| e.list != STANDALONE_MAX) {
            Regex::new(e.column(0)).map_err(|err| e.error(format!("bad pattern: {err}")))?;
        }
        standalone_max_of(d).map(|_| ())
    })
});

fn standalone_max_of(d: &DataFile) -> Result<usize, LexiconError> {
    let e = d.list(STANDALONE_MAX).next().ok_or_else(|| LexiconError {
        file: d.file,
        line: 0,
        message: "list `[standalone_max]` is missing".into(),
    })?;
    e.column(0)
        .parse()
        .map_err(|_| e.error("standalone_max must be a number of characters"))
}

/// The alternatives of pattern list `name` as one pattern.
fn alternation_pattern(name: &str) -> String {
    PARTS
        .words(name)
        .iter()
        .map(|w| format!("(?:{w})"))
        .collect::<Vec<_>>()
        .join("|")
}

/// The alternatives of pattern list `name` as one regex.
fn alternation(name: &str) -> Regex {
    // Every entry compiled alone when the file was loaded, so the
    // alternation of them compiles too.
    Regex::new(&alternation_pattern(name))
        .unwrap_or_else(|e| panic!("data/parts.tsv [{name}]: {e}"))
}

/// The parts a heading can name and their pattern lists, in the order
/// they are tried.
const HEADING_KINDS: [(SectionKind, &str); 5] = [
    (SectionKind::Other, "other"),
    (SectionKind::Problems, "problems"),
    (SectionKind::Leadership, "leadership"),
    (SectionKind::Plans, "plans"),
    (SectionKind::Measures, "measures"),
];

/// The heading patterns of [`HEADING_KINDS`], as one set: a heading is read
/// once for all five parts.
static HEADINGS: LazyLock<RegexSet> = LazyLock::new(|| {
    RegexSet::new(HEADING_KINDS.map(|(_, list)| alternation_pattern(list)))
        .unwrap_or_else(|e| panic!("data/parts.tsv: {e}"))
});

/// Cues in the text of a part, compiled once.
pub(crate) struct Cues {
    /// A paragraph where a problems part turns to the plans.
    pub turn: Regex,
    /// A causes paragraph.
    pub cause: Regex,
    /// The opening of a section about shortcomings, plans or leaders'
    /// duties, in the order they are tried.
    pub content: [(SectionKind, Regex); 3],
}

/// The text cues of `parts.tsv`.
pub(crate) static CUES: LazyLock<Cues> = LazyLock::new(|| Cues {
    turn: alternation("turn"),
    cause: alternation("cause"),
    content: [
        (SectionKind::Problems, alternation("problems_content")),
        (SectionKind::Plans, alternation("plans_content")),
        (SectionKind::Leadership, alternation("leadership_content")),
    ],
});

static GENERIC: LazyLock<Regex> = LazyLock::new(|| alternation("generic"));

/// The heading without the phrases that hold a part word but name no part.
fn specific(heading: &str) -> std::borrow::Cow<'_, str> {
    GENERIC.replace_all(heading, "|")
}

/// The part a heading (in simplified characters) names, if any.
pub(crate) fn heading_kind(heading: &str) -> Option<SectionKind> {
    let matched = HEADINGS.matches(&specific(heading));
    HEADING_KINDS
        .iter()
        .zip(0..)
        .find(|&(_, i)| matched.matched(i))
        .map(|((k, _), _)| *k)
}

/// Whether a heading (in simplified characters) names part `kind` (a merged
/// heading names two).
pub(crate) fn names(heading: &str, kind: SectionKind) -> bool {
    let matched = HEADINGS.matches(&specific(heading));
    HEADING_KINDS
        .iter()
        .zip(0..)
        .any(|((k, _), i)| *k == kind && matched.matched(i))
}

static CAUSE_HEADING: LazyLock<Regex> = LazyLock::new(|| alternation("cause_heading"));

/// Whether a heading (`问题产生的原因`, `原因分析`) introduces the causes
/// of the problems rather than naming a part.
pub(crate) fn is_cause_heading(heading: &str) -> bool {
    CAUSE_HEADING.is_match(&crate::chinese::to_simplified(heading))
}

/// The longest a line without a number may be and be a part heading.
pub(crate) fn standalone_max() -> usize {
    standalone_max_of(&PARTS).unwrap_or(32)
}

/// Load every data file of this group, so that a defect in one fails the
/// tests with its file and line.
#[cfg(test)]
pub(crate) fn check_all() {
    LazyLock::force(&PARTS);
    LazyLock::force(&HEADINGS);
    LazyLock::force(&CUES);
    LazyLock::force(&GENERIC);
    LazyLock::force(&CAUSE_HEADING);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_name_their_parts() {
        for (h, k) in [
            ("存在的不足和原因", Some(SectionKind::Problems)),
            ("2025年工作安排", Some(SectionKind::Plans)),
            ("今后工作打算", Some(SectionKind::Plans)),
            ("下一年度工作计划", Some(SectionKind::Plans)),
            ("2025年工作思路", Some(SectionKind::Plans)),
            ("主要举措和成效", Some(SectionKind::Measures)),
            ("其他需要报告的情况", Some(SectionKind::Other)),
            (
                "党政主要负责人履行推进法治建设第一责任人职责情况",
                Some(SectionKind::Leadership),
            ),
            ("强化法治建设体系", None),
            ("科学安排部署,压实法治责任", None),
            ("坚持问题导向,着力解决群众反映强烈的问题", None),
        ] {
            assert_eq!(heading_kind(h), k, "{h}");
        }
        assert!(names("存在的问题及下一步工作打算", SectionKind::Plans));
        assert!(names("存在的问题及下一步工作打算", SectionKind::Problems));
        assert_eq!(standalone_max(), 40);
        assert!(is_cause_heading("存在问题的原因"));
        assert!(is_cause_heading("原因分析"));
        assert!(!is_cause_heading("存在的不足和原因"));
    }

    #[test]
    fn cues() {
        assert!(CUES.turn.is_match("下一步,我局将重点做好以下工作:"));
        assert!(CUES.turn.is_match("2025年,我区将重点抓好以下工作:"));
        assert!(!CUES.turn.is_match("部分干部将法治工作当作软任务"));
        assert!(CUES.cause.is_match("究其原因"));
        assert!(CUES.cause.is_match("主要是因为经费不足"));
    }
}
