//! PDFs: the fixture PDFs in `fixtures/pdf/` (made from the fixture texts by
//! `scripts/make_pdf_fixtures.py`, see `fixtures/pdf/README.md`) must parse
//! to the same title, year, jurisdiction, section headings, problems, plans
//! and statistics as their texts; PDFs that cannot be read must be clear
//! errors, never a panic or a hang.
#![cfg(feature = "pdf")]

use std::time::{Duration, Instant};

use lawreport::input::{read_input, Format};
use lawreport::{parse, read, Error, Report};
use serde_json::{json, Value};

/// (pdf name, pdf bytes, the text it was made from)
const PDFS: &[(&str, &[u8], &str)] = &[
    (
        "numbered.pdf",
        include_bytes!("fixtures/pdf/numbered.pdf"),
        include_str!("fixtures/district-full.txt"),
    ),
    (
        "headers.pdf",
        include_bytes!("fixtures/pdf/headers.pdf"),
        include_str!("fixtures/leadership-after-problems.txt"),
    ),
    (
        "two-line-title.pdf",
        include_bytes!("fixtures/pdf/two-line-title.pdf"),
        include_str!("fixtures/missing-parts.txt"),
    ),
    (
        "street.pdf",
        include_bytes!("fixtures/pdf/street.pdf"),
        include_str!("fixtures/street-broken.txt"),
    ),
];

const SCANNED: &[u8] = include_bytes!("fixtures/pdf/scanned.pdf");
const PREDEFINED_CMAP: &[u8] = include_bytes!("fixtures/pdf/predefined-cmap.pdf");
const ENCRYPTED: &[u8] = include_bytes!("fixtures/pdf/encrypted.pdf");
const BOMB: &[u8] = include_bytes!("fixtures/pdf/bomb.pdf");

/// The fields a PDF must not change, without spans and white space.
fn essence(r: &Report) -> Value {
    let squeeze = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    json!({
        "title": r.title.as_deref().map(squeeze),
        "year": r.year,
        "jurisdiction": r.jurisdiction.as_ref().and_then(|j| j.code.clone()),
        "sections": r.sections.iter().map(|s| json!([s.kind, squeeze(&s.heading)])).collect::<Vec<_>>(),
        "problems": r.problems.iter().map(|i| squeeze(&i.heading)).collect::<Vec<_>>(),
        "plans": r.plans.iter().map(|i| squeeze(&i.heading)).collect::<Vec<_>>(),
        "statistics": r.statistics.iter().map(|s| json!([s.value, s.unit])).collect::<Vec<_>>(),
    })
}

#[test]
fn every_fixture_pdf_parses_like_its_text() {
    for (name, bytes, text) in PDFS {
        let input = read_input(bytes, Some(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(input.format, Format::Pdf, "{name}");
        let (want, got) = (essence(&parse(text)), essence(&input.report));
        for key in [
            "title",
            "year",
            "jurisdiction",
            "sections",
            "problems",
            "plans",
            "statistics",
        ] {
            assert_eq!(want[key], got[key], "{name}: {key} differs");
        }
    }
}

#[test]
fn page_furniture_is_dropped_and_spans_slice_the_text() {
    for (name, bytes, _) in PDFS {
        let report = read(bytes, None).unwrap();
        for furniture in [
            "- 1 -",
            "- 2 -",
            "第1页",
            "第2页",
            "共2页",
            "某某区人民政府办公室文件",
        ] {
            assert!(
                !report.text.contains(furniture),
                "{name}: {furniture:?} left in the text"
            );
        }
        // No space between a number and its unit.
        assert!(!report.text.contains("2023 年"), "{name}");
        for s in &report.statistics {
            assert_eq!(report.slice(s.span), Some(s.raw.as_str()), "{name}");
        }
        for item in report.problems.iter().chain(&report.plans) {
            assert_eq!(report.slice(item.span), Some(item.text.as_str()), "{name}");
        }
    }
}

#[test]
fn sniffed_by_content_not_name() {
    let (_, bytes, text) = PDFS[0];
    for hint in [None, Some("report.txt"), Some("report.html"), Some("x")] {
        let input = read_input(bytes, hint).unwrap();
        assert_eq!(input.format, Format::Pdf);
        assert_eq!(input.report.title, parse(text).title);
    }
    // Junk before the header, as some servers send it.
    let mut junk = b"\r\n\r\n".to_vec();
    junk.extend_from_slice(bytes);
    assert_eq!(read_input(&junk, None).unwrap().format, Format::Pdf);
}

#[test]
fn predefined_cmap_without_embedded_font() {
    // STSong-Light with UniGB-UCS2-H, no ToUnicode: the CMap names the code.
    // (The extractor folds the full-width digits of the text to ASCII.)
    let report = read(PREDEFINED_CMAP, None).unwrap();
    let text = include_str!("fixtures/plain-minimal.txt");
    assert!(
        report
            .text
            .starts_with("城关镇2023年度法治政府建设情况报告\n"),
        "{}",
        report.text
    );
    let want = parse(text);
    assert_eq!(report.year, want.year);
    let kinds = |r: &Report| r.sections.iter().map(|s| s.kind).collect::<Vec<_>>();
    assert_eq!(kinds(&report), kinds(&want));
}

#[test]
fn scanned_pdf_needs_ocr() {
    let e = read(SCANNED, Some("scan.pdf")).unwrap_err();
    assert!(matches!(e, Error::PdfNoText { pages: 1, .. }), "{e:?}");
    assert_eq!(e.to_string(), "no text layer: scanned PDF, run OCR first");
}

#[test]
fn encrypted_pdf_says_so() {
    let e = read(ENCRYPTED, None).unwrap_err();
    assert!(matches!(e, Error::PdfEncrypted { .. }), "{e:?}");
    assert!(e.to_string().contains("encrypted"), "{e}");
}

/// Runs `f` and fails when it takes longer than `limit`.
fn quick<T>(what: &str, limit: Duration, f: impl FnOnce() -> T) -> T {
    let t = Instant::now();
    let out = f();
    assert!(t.elapsed() < limit, "{what} took {:?}", t.elapsed());
    out
}

#[test]
fn broken_pdfs_are_errors_not_panics() {
    let limit = Duration::from_secs(20);
    // A decompression bomb: 50 MB of spaces from 50 KB.
    let r = quick("bomb", limit, || read(BOMB, None));
    assert!(r.is_err(), "bomb read as a report");
    // Truncated at many points.
    let (_, bytes, _) = PDFS[1];
    for cut in [
        5,
        9,
        100,
        1_000,
        bytes.len() / 3,
        bytes.len() / 2,
        bytes.len() - 200,
    ] {
        let r = quick("truncated", limit, || read(&bytes[..cut], None));
        if let Err(e) = r {
            assert!(
                matches!(e, Error::PdfBroken { .. } | Error::PdfNoText { .. }),
                "cut at {cut}: {e:?}"
            );
        }
    }
    // Garbage in every stream.
    let mut garbage = bytes.to_vec();
    let mut x: u32 = 7;
    let mut at = 0;
    while let Some(n) = find(&garbage[at..], b"stream\n") {
        let start = at + n + 7;
        let end = find(&garbage[start..], b"endstream").map_or(garbage.len(), |m| start + m);
        for b in &mut garbage[start..end] {
            x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            *b = (x >> 16) as u8;
        }
        at = end;
    }
    let _ = quick("garbage streams", limit, || read(&garbage, None));
    // Deep nesting of arrays and dictionaries.
    for open in ["[", "<<"] {
        let mut deep = b"%PDF-1.4\n1 0 obj\n".to_vec();
        deep.extend(open.repeat(200_000).as_bytes());
        deep.extend(b"\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
        let e = quick("deep nesting", limit, || read(&deep, None)).unwrap_err();
        assert!(matches!(e, Error::PdfBroken { .. }), "{e:?}");
        assert!(e.to_string().contains("at byte"), "{e}");
    }
    // Only a header, and a header with junk.
    for junk in [
        &b"%PDF-1.7"[..],
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\n",
        b"%PDF-\x00\x00\xff",
    ] {
        let e = quick("junk", limit, || read(junk, None)).unwrap_err();
        assert!(
            matches!(e, Error::PdfBroken { .. } | Error::PdfNoText { .. }),
            "{e:?}"
        );
    }
    // Random bytes after a header.
    let mut x: u32 = 99;
    for len in [10, 100, 1_000, 10_000] {
        let mut junk = b"%PDF-1.4\n".to_vec();
        junk.extend((0..len).map(|_| {
            x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            (x >> 16) as u8
        }));
        let _ = quick("random", limit, || read(&junk, None));
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}
