//! Stage 5: jurisdiction — resolve the reporting unit to its division code.
//!
//! (Being built: see issue 5. The stage's contract is fixed here.)

use std::ops::Range;

use crate::model::{Diagnostic, Jurisdiction};

/// What the earlier stages found that can tell where a report comes from.
#[allow(dead_code)] // until the resolver lands
#[derive(Debug, Clone, Copy)]
pub(crate) struct Evidence<'a> {
    /// The whole normalized text.
    pub text: &'a str,
    /// Byte ranges of the body lines (no chrome, no metadata).
    pub body: &'a [Range<usize>],
    /// The title, if found.
    pub title: Option<&'a str>,
    /// The issuing body, if found (sign-off, title or metadata).
    pub author: Option<&'a str>,
    /// The addressee line (区委、区政府), if any.
    pub addressee: Option<&'a str>,
    /// 发布机构 / 来源 / 发文机关 from the page metadata.
    pub publisher: Option<&'a str>,
    /// 索引号 from the page metadata.
    pub index_number: Option<&'a str>,
}

/// The resolved unit (or `None`) and what could not be settled; diagnostic
/// spans are in **bytes** of `Evidence::text`.
pub(crate) fn resolve_report(evidence: &Evidence<'_>) -> (Option<Jurisdiction>, Vec<Diagnostic>) {
    let _ = evidence;
    (None, Vec::new())
}

/// Resolve a place or government name, with optional surrounding text that
/// may name its parents, to a division unit (public entry point; see the
/// module documentation).
pub fn resolve(name: &str, context: Option<&str>) -> Option<Jurisdiction> {
    let _ = (name, context);
    None
}
