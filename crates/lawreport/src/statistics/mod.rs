//! Stage 4: statistics — every quantity the report states.
//!
//! (Being built: see issue 4. The stage's contract is fixed here.)

use std::ops::Range;

use crate::model::Statistic;
use crate::outline::Outline;

/// Find the statistics in the body of a report.
///
/// `body` lists the byte ranges of the body lines of `text` (chrome,
/// metadata, title and sign-off lines are left out). Returned spans are in
/// **bytes** of `text`; the report stage converts them to characters.
pub(crate) fn extract_in(text: &str, body: &[Range<usize>], outline: &Outline) -> Vec<Statistic> {
    let _ = (text, body, outline);
    Vec::new()
}

/// Find the statistics in free text (one paragraph or a whole report body);
/// spans are in characters of `text` and `section` paths are empty.
pub fn extract(text: &str) -> Vec<Statistic> {
    let _ = text;
    Vec::new()
}
