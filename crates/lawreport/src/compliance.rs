//! Compliance with the 2019 regulation: required parts and the deadline.

use chrono::{Datelike, NaiveDate};

use crate::model::{Compliance, Parts, SectionKind};

/// Which parts are present, which required ones are missing, and whether
/// publication met the April 1 deadline of the year after `year`.
pub(crate) fn assess(
    kinds: impl IntoIterator<Item = SectionKind>,
    year: Option<i32>,
    published_on: Option<NaiveDate>,
    signed_on: Option<NaiveDate>,
) -> Compliance {
    let mut parts = Parts::default();
    for kind in kinds {
        parts.set(kind);
    }
    let missing = SectionKind::REQUIRED
        .into_iter()
        .filter(|&k| !parts.has(k))
        .collect();
    let published_on_time = match (year, published_on.or(signed_on)) {
        (Some(y), Some(date)) => {
            NaiveDate::from_ymd_opt(y + 1, 4, 1).map(|deadline| date < deadline && date.year() >= y)
        }
        _ => None,
    };
    Compliance {
        parts,
        missing,
        published_on_time,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    #[test]
    fn deadline_is_april_first_of_the_next_year() {
        let kinds = [SectionKind::Measures, SectionKind::Problems];
        assert_eq!(
            assess(kinds, Some(2023), date(2024, 3, 31), None).published_on_time,
            Some(true)
        );
        assert_eq!(
            assess(kinds, Some(2023), date(2024, 4, 1), None).published_on_time,
            Some(false)
        );
        assert_eq!(
            assess(kinds, Some(2022), date(2023, 5, 11), None).published_on_time,
            Some(false)
        );
        assert_eq!(
            assess(kinds, Some(2020), None, date(2020, 12, 2)).published_on_time,
            Some(true)
        );
        assert_eq!(
            assess(kinds, None, date(2024, 1, 1), None).published_on_time,
            None
        );
    }

    #[test]
    fn lists_missing_required_parts() {
        let c = assess(
            [
                SectionKind::Measures,
                SectionKind::Problems,
                SectionKind::Plans,
            ],
            None,
            None,
            None,
        );
        assert_eq!(c.missing, vec![SectionKind::Leadership]);
        assert!(c.parts.measures && !c.parts.other);
    }
}
