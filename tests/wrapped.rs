//! Hard-wrapped reports: the fixture reports cut into lines of a fixed
//! width, as the text of a PDF comes (GB/T 9704 sets 28 characters a line),
//! parse to the same structure as the plain ones.
//!
//! What the wrap detection guarantees is checked exactly: title, year,
//! author, dates, section numbers, headings and kinds, problems and plans.
//! Statistics read inside a logical line that may hold a break (`1.\n3万件`,
//! `240\n余人次`): their count is reported, not asserted, since reading a
//! number across a break is the statistics stage's part.

mod common;

use lawreport::{parse, Item, Report, Section};
use proptest::prelude::*;

use common::REPORTS;

/// Cut every line of `text` into pieces of `width` characters (its
/// indentation counted), keeping its line endings (`\r\n` stays `\r\n`).
fn wrap(text: &str, width: usize) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / width);
    for line in text.split_inclusive('\n') {
        let (body, end) = match line.strip_suffix("\r\n") {
            Some(b) => (b, "\r\n"),
            None => match line.strip_suffix('\n') {
                Some(b) => (b, "\n"),
                None => (line, ""),
            },
        };
        let chars: Vec<char> = body.chars().collect();
        let pieces: Vec<String> = chars.chunks(width).map(|p| p.iter().collect()).collect();
        let sep = if end.is_empty() { "\n" } else { end };
        out.push_str(&pieces.join(sep));
        out.push_str(end);
    }
    out
}

/// Set `text` as a PDF's text comes out: each paragraph indented by two
/// ideographic spaces and broken at `ems` of page width, where a Han
/// character takes one em and a digit or Latin letter half of one, and a
/// closing punctuation mark never starts a line (it hangs on the line
/// before, as the typesetting rules of Chinese require).
fn set_on_page(text: &str, ems: usize) -> String {
    let room = |c: char| {
        if (c as u32) < 0x2E80 && !"“”‘’—…·".contains(c) {
            1
        } else {
            2
        }
    };
    let mut out = String::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() {
            out.push('\n');
            continue;
        }
        let mut width = 4;
        out.push_str("\u{3000}\u{3000}");
        for c in line.chars() {
            let r = room(c);
            if width + r > ems * 2 && !",。、;:?!)”》".contains(c) {
                out.push('\n');
                width = 0;
            }
            out.push(c);
            width += r;
        }
        out.push('\n');
    }
    out
}

/// A string read without line breaks (how a wrapped raw compares).
fn flat(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Whether `wrapped` has the sections of `plain`: the same numbers and
/// kinds, each heading the plain one or (when the heading filled its line
/// exactly, so that nothing tells it from a wrapped one) the plain one
/// run on into the first sentence of its body.
fn same_sections(wrapped: &Report, plain: &Report) -> Result<(), String> {
    let (w, p) = (outline(wrapped), outline(plain));
    let same = w.len() == p.len()
        && w.iter()
            .zip(&p)
            .all(|(a, b)| a.0 == b.0 && a.2 == b.2 && a.1.starts_with(&b.1));
    if same {
        Ok(())
    } else {
        Err(format!("{w:#?}\nplain: {p:#?}"))
    }
}

/// Number, heading and kind of every section, depth first.
fn outline(r: &Report) -> Vec<(String, String, String)> {
    fn walk(s: &[Section], out: &mut Vec<(String, String, String)>) {
        for x in s {
            out.push((x.number.clone(), x.heading.clone(), format!("{:?}", x.kind)));
            walk(&x.children, out);
        }
    }
    let mut out = Vec::new();
    walk(&r.sections, &mut out);
    out
}

fn items(items: &[Item]) -> Vec<String> {
    items
        .iter()
        .map(|i| flat(&format!("{}{}", i.heading, i.text)))
        .collect()
}

/// Every span of `r` slices back its text.
fn spans_slice_back(r: &Report) {
    for i in r.problems.iter().chain(&r.plans).chain(&r.measures) {
        assert_eq!(r.slice(i.span), Some(i.text.as_str()));
    }
    for s in &r.statistics {
        assert_eq!(r.slice(s.span), Some(s.raw.as_str()));
    }
}

/// `r` has the structure `plain` has: title, year, author, dates,
/// sections, problems and plans; and its spans slice its text.
fn assert_reads_like(r: &Report, plain: &Report, at: &str) {
    assert_eq!(r.title, plain.title, "{at}: title");
    assert_eq!(r.year, plain.year, "{at}: year");
    assert_eq!(r.author, plain.author, "{at}: author");
    assert_eq!(r.published_on, plain.published_on, "{at}: published_on");
    assert_eq!(r.signed_on, plain.signed_on, "{at}: signed_on");
    if let Err(e) = same_sections(r, plain) {
        panic!("{at}: sections {e}");
    }
    assert_eq!(items(&r.problems), items(&plain.problems), "{at}: problems");
    assert_eq!(items(&r.plans), items(&plain.plans), "{at}: plans");
    spans_slice_back(r);
}

#[test]
fn wrapped_reports_parse_like_the_plain_ones() {
    for &(name, text) in REPORTS {
        let plain = parse(text);
        for width in [24, 28, 36] {
            let r = parse(&wrap(text, width));
            let at = format!("{name} wrapped at {width}");
            assert!(r.title.as_deref().is_none_or(|t| !t.contains('\n')), "{at}");
            assert_reads_like(&r, &plain, &at);
            if r.statistics.len() != plain.statistics.len() {
                eprintln!(
                    "{at}: {} statistics, {} plain (numbers across a break are the statistics stage's)",
                    r.statistics.len(),
                    plain.statistics.len()
                );
            }
        }
    }
}

#[test]
fn reports_set_on_a_page_parse_like_the_plain_ones() {
    // The text of a PDF: lines of one width on the page, not in characters.
    for &(name, text) in REPORTS {
        let plain = parse(text);
        for ems in [22, 28, 34] {
            let page = set_on_page(text, ems);
            let at = format!("{name} set {ems} ems wide");
            let n = lawreport::normalize::normalize(&page);
            let joined = n
                .lines
                .iter()
                .filter(|l| n.text[l.range.clone()].contains('\n'));
            assert!(joined.count() > 0, "{at}: no wrap was seen");
            let r = parse(&page);
            assert_reads_like(&r, &plain, &at);
        }
    }
}

#[test]
fn figures_no_break_cuts_are_kept() {
    // A statistic whose figure and unit no wrap cuts through is read as in
    // the plain text; one cut (`1.\n3万件`) is the statistics stage's.
    for &(name, text) in REPORTS {
        let plain = parse(text);
        for width in [24, 28, 36] {
            let r = parse(&wrap(text, width));
            let raws: Vec<&str> = r.statistics.iter().map(|s| s.raw.as_str()).collect();
            let lost: Vec<&str> = plain
                .statistics
                .iter()
                .map(|s| s.raw.as_str())
                .filter(|raw| r.text.contains(raw) && !raws.contains(raw))
                .collect();
            assert!(lost.is_empty(), "{name} wrapped at {width}: lost {lost:?}");
        }
    }
}

#[test]
fn ordinary_text_is_not_rewrapped() {
    for &(name, text) in REPORTS {
        let r = parse(text);
        for s in &r.sections {
            assert!(!s.heading.contains('\n'), "{name}: {}", s.heading);
        }
        // Joined lines would put a break inside a section heading's span.
        let n = lawreport::normalize::normalize(text);
        for l in &n.lines {
            assert!(
                !n.text[l.range.clone()].contains('\n'),
                "{name}: a line was joined"
            );
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 64,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn any_width_keeps_title_year_and_headings(k in 0..REPORTS.len(), width in 18usize..=40) {
        let (name, text) = REPORTS[k];
        let plain = parse(text);
        let r = parse(&wrap(text, width));
        prop_assert_eq!(&r.title, &plain.title, "{} at {}", name, width);
        prop_assert_eq!(r.year, plain.year, "{} at {}", name, width);
        let same = same_sections(&r, &plain);
        prop_assert!(same.is_ok(), "{} at {}: {:?}", name, width, same);
    }
}

#[test]
fn every_width_from_18_to_40_keeps_title_year_and_headings() {
    // The proptest's whole domain, walked once (it is small).
    let mut failures = Vec::new();
    for &(name, text) in REPORTS {
        let plain = parse(text);
        for width in 18..=40 {
            let r = parse(&wrap(text, width));
            if r.title != plain.title || r.year != plain.year || same_sections(&r, &plain).is_err()
            {
                failures.push(format!("{name} at {width}: title {:?}", r.title));
            }
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}
