//! Standard indicators: which fact a statistic measures, from the cue table
//! in `data/indicators.tsv` (format and how to extend it: docs/indicators.md).
//!
//! The table is data, not code: a row per indicator with its cue words, the
//! units it is counted in, words that rule it out and words the sentence
//! must contain. The rule is the same for every row: among the rows whose
//! cues occur in the clause around the number (and that no exclusion rules
//! out), the one with the longest cue wins (between equally long cues, the
//! row whose units include the statistic's); it is the statistic's
//! indicator when the statistic's unit is one of the row's units. Otherwise
//! (no cue, a unit that does not fit, a requirement not met) the indicator
//! is null.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use crate::model::Indicator;

/// The table as shipped.
pub(crate) const TABLE_SOURCE: &str = include_str!("../../data/indicators.tsv");

/// A cue: its parts in order (one part, or several for `A…B`).
#[derive(Debug)]
struct Cue {
    parts: Vec<usize>,
    weight: usize,
}

/// One row of the table.
#[derive(Debug)]
struct Rule {
    indicator: Indicator,
    cues: Vec<Cue>,
    units: Vec<String>,
    exclude: Vec<usize>,
    require: Vec<String>,
}

/// The parsed table with one automaton over every word it uses.
#[derive(Debug)]
pub(crate) struct Table {
    rules: Vec<Rule>,
    words: Vec<String>,
    automaton: AhoCorasick,
    /// Every unit some row counts in, sorted.
    units: Vec<String>,
}

/// An error in the table: the line (1-based) and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct TableError {
    /// The line of the table, counted from 1 (0: the table as a whole).
    pub line: usize,
    /// What is wrong with it.
    pub message: String,
}

impl Table {
    /// Parses a table in the format of `data/indicators.tsv`.
    pub(crate) fn parse(source: &str) -> Result<Table, TableError> {
        let mut words: Vec<String> = Vec::new();
        let mut intern = |w: &str| -> usize {
            match words.iter().position(|x| x == w) {
                Some(i) => i,
                None => {
                    words.push(w.to_string());
                    words.len() - 1
                }
            }
        };
        let mut rules = Vec::new();
        for (n, line) in source.lines().enumerate() {
            let err = |message: String| TableError {
                line: n + 1,
                message,
            };
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
            if cols.len() != 5 {
                return Err(err(format!(
                    "expected 5 tab-separated columns, found {}",
                    cols.len()
                )));
            }
            let list = |col: &str| -> Vec<String> {
                if col == "-" {
                    Vec::new()
                } else {
                    col.split('|')
                        .map(str::trim)
                        .filter(|s| !s.is_empty())
                        .map(String::from)
                        .collect()
                }
            };
            let indicator = Indicator::from_id(cols[0])
                .ok_or_else(|| err(format!("unknown indicator id {:?}", cols[0])))?;
            let mut cues = Vec::new();
            for cue in list(cols[1]) {
                let parts: Vec<&str> = cue
                    .split(['…'])
                    .flat_map(|p| p.split("..."))
                    .map(str::trim)
                    .collect();
                if parts.iter().any(|p| p.is_empty()) {
                    return Err(err(format!("empty part in cue {cue:?}")));
                }
                let weight = parts.iter().map(|p| p.chars().count()).sum();
                cues.push(Cue {
                    parts: parts.into_iter().map(&mut intern).collect(),
                    weight,
                });
            }
            if cues.is_empty() {
                return Err(err("no cues".into()));
            }
            let units = list(cols[2]);
            if units.is_empty() {
                return Err(err("no units".into()));
            }
            let exclude = list(cols[3]).iter().map(|w| intern(w)).collect();
            rules.push(Rule {
                indicator,
                cues,
                units,
                exclude,
                require: list(cols[4]),
            });
        }
        // A DFA: the clauses are searched for overlapping words many times.
        let automaton = AhoCorasick::builder()
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(&words)
            .map_err(|e| TableError {
                line: 0,
                message: e.to_string(),
            })?;
        let mut units: Vec<String> = rules.iter().flat_map(|r| r.units.iter().cloned()).collect();
        units.sort_unstable();
        units.dedup();
        Ok(Table {
            rules,
            words,
            automaton,
            units,
        })
    }

    /// The indicators the table covers, in table order.
    #[cfg(test)]
    pub(crate) fn indicators(&self) -> Vec<Indicator> {
        self.rules.iter().map(|r| r.indicator).collect()
    }

    /// True when some row counts in `unit` (the others need no matching).
    pub(crate) fn knows_unit(&self, unit: &str) -> bool {
        self.units
            .binary_search_by(|u| u.as_str().cmp(unit))
            .is_ok()
    }

    /// The indicator of a statistic in `unit` whose clause is `clause`
    /// (folded to simplified characters) and whose sentence is `sentence`
    /// (as written).
    pub(crate) fn classify(&self, clause: &str, sentence: &str, unit: &str) -> Option<Indicator> {
        let folded_sentence = std::cell::OnceCell::new();
        // Where each word occurs in the clause.
        let mut found: Vec<(usize, usize, usize)> = Vec::new(); // (word, start, end)
        for m in self.automaton.find_overlapping_iter(clause) {
            found.push((m.pattern().as_usize(), m.start(), m.end()));
        }
        if found.is_empty() {
            return None;
        }
        // Which words occur, one bit each: most rules are settled by it.
        let mut present = vec![0u64; self.words.len().div_ceil(64)];
        for &(w, _, _) in &found {
            if let Some(bits) = present.get_mut(w / 64) {
                *bits |= 1 << (w % 64);
            }
        }
        let has = |w: usize| {
            present
                .get(w / 64)
                .is_some_and(|bits| bits & (1 << (w % 64)) != 0)
        };
        let cue_matches = |cue: &Cue| -> bool {
            if !cue.parts.iter().all(|&p| has(p)) {
                return false;
            }
            let mut from = 0;
            for &p in &cue.parts {
                match found
                    .iter()
                    .filter(|&&(x, s, _)| x == p && s >= from)
                    .map(|&(_, _, e)| e)
                    .min()
                {
                    Some(e) => from = e,
                    None => return false,
                }
            }
            true
        };
        let mut best: Option<(&Rule, usize, bool)> = None;
        for rule in &self.rules {
            if rule.exclude.iter().any(|&w| has(w)) {
                continue;
            }
            let Some(weight) = rule
                .cues
                .iter()
                .filter(|c| cue_matches(c))
                .map(|c| c.weight)
                .max()
            else {
                continue;
            };
            if !rule.require.is_empty() {
                let sentence = folded_sentence.get_or_init(|| super::fold::fold(sentence));
                if !rule.require.iter().any(|w| sentence.contains(w.as_str())) {
                    continue;
                }
            }
            // Longest cue first; between equally long cues, the row whose
            // unit fits.
            let fits = rule.units.iter().any(|u| u == unit);
            if best.is_none_or(|(_, w, f)| (weight, fits) > (w, f)) {
                best = Some((rule, weight, fits));
            }
        }
        let (rule, _, fits) = best?;
        fits.then_some(rule.indicator)
    }

    /// The words of the table (for tests).
    #[cfg(test)]
    fn words(&self) -> &[String] {
        &self.words
    }
}

/// The shipped table, parsed once.
pub(crate) static TABLE: LazyLock<Table> = LazyLock::new(|| {
    Table::parse(TABLE_SOURCE)
        .unwrap_or_else(|e| panic!("data/indicators.tsv line {}: {}", e.line, e.message))
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_table_parses_and_names_known_indicators() {
        let table = Table::parse(TABLE_SOURCE).expect("valid table");
        let ids = table.indicators();
        assert!(!ids.is_empty());
        // Every indicator of the specification has a row, once.
        for ind in Indicator::ALL {
            assert_eq!(
                ids.iter().filter(|&&i| i == *ind).count(),
                1,
                "{}",
                ind.id()
            );
        }
        for w in table.words() {
            assert!(
                w.chars().all(|c| super::super::fold::fold_char(c) == c),
                "{w} must be simplified"
            );
        }
    }

    #[test]
    fn rejects_broken_tables() {
        assert_eq!(
            Table::parse("no_such_id\t行政\t件\t-\t-").unwrap_err().line,
            1
        );
        assert!(Table::parse("petitions\t信访\t件").is_err());
        assert!(Table::parse("petitions\t信访…\t件\t-\t-").is_err());
        assert!(Table::parse("petitions\t-\t件\t-\t-").is_err());
    }

    #[test]
    fn longest_cue_wins_and_unit_must_fit() {
        let t = &*TABLE;
        assert_eq!(
            t.classify("调解成功率为100%", "", "%"),
            Some(Indicator::MediationSuccessRate)
        );
        assert_eq!(
            t.classify("共调处各类纠纷235宗", "", "宗"),
            Some(Indicator::DisputesMediated)
        );
        assert_eq!(t.classify("行政诉讼发案量同比下降9%", "", "%"), None);
        assert_eq!(
            t.classify("共组织31人参加本年度行政执法人员考试", "", "人"),
            Some(Indicator::LawExamParticipants)
        );
        assert_eq!(
            t.classify("发放宣传资料5000余份", "开展法治宣传", "份"),
            Some(Indicator::PublicityMaterials)
        );
        assert_eq!(t.classify("发放宣传资料5000余份", "惠及企业", "份"), None);
    }
}
