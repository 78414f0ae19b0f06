//! What the integration tests share: the fixture reports by file name.

/// The first ten fixture reports (`tests/fixtures/`), by file name: the
/// set the input-format and hard-wrap tests run every report of.
pub const REPORTS: &[(&str, &str)] = &[
    (
        "district-full.txt",
        include_str!("../fixtures/district-full.txt"),
    ),
    (
        "street-broken.txt",
        include_str!("../fixtures/street-broken.txt"),
    ),
    ("no-title.txt", include_str!("../fixtures/no-title.txt")),
    (
        "leadership-after-problems.txt",
        include_str!("../fixtures/leadership-after-problems.txt"),
    ),
    (
        "masked-template.txt",
        include_str!("../fixtures/masked-template.txt"),
    ),
    ("department.txt", include_str!("../fixtures/department.txt")),
    (
        "truncated-page.txt",
        include_str!("../fixtures/truncated-page.txt"),
    ),
    (
        "traditional.txt",
        include_str!("../fixtures/traditional.txt"),
    ),
    (
        "missing-parts.txt",
        include_str!("../fixtures/missing-parts.txt"),
    ),
    (
        "plain-minimal.txt",
        include_str!("../fixtures/plain-minimal.txt"),
    ),
];
