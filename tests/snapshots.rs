//! Snapshots of the full JSON of every fixture report, trimmed for reading:
//! the normalized `text` is replaced by its length, and the bulky texts of
//! sections, items, statistics and the preamble are cut to 40 characters.
//! The snapshots live in `tests/snapshots/`; review changes with
//! `cargo insta review` (or `INSTA_UPDATE=always cargo test` and `git diff`).

use serde_json::{json, Value};

/// Characters kept of each bulky text.
const KEEP: usize = 40;

fn cut(value: &mut Value) {
    if let Value::String(s) = value {
        let n = s.chars().count();
        if n > KEEP {
            *s = format!("{}… ({n} chars)", s.chars().take(KEEP).collect::<String>());
        }
    }
}

fn redact_section(section: &mut Value) {
    cut(&mut section["text"]);
    if let Some(children) = section["children"].as_array_mut() {
        children.iter_mut().for_each(redact_section);
    }
}

/// Every `span` pair written on one line, as `"start..end"`.
fn compact_spans(value: &mut Value) {
    match value {
        Value::Object(map) => {
            for (key, v) in map.iter_mut() {
                match (key.as_str(), v.as_array()) {
                    ("span", Some(pair)) if pair.len() == 2 => {
                        *v = json!(format!("{}..{}", pair[0], pair[1]));
                    }
                    _ => compact_spans(v),
                }
            }
        }
        Value::Array(values) => values.iter_mut().for_each(compact_spans),
        _ => {}
    }
}

/// The report's JSON with the bulky fields trimmed.
fn redact(report: &lawreport::Report) -> Value {
    let mut v = serde_json::to_value(report).expect("a report serializes");
    compact_spans(&mut v);
    v["text"] = json!(format!("<{} chars>", report.text.chars().count()));
    cut(&mut v["preamble"]);
    if let Some(sections) = v["sections"].as_array_mut() {
        sections.iter_mut().for_each(redact_section);
    }
    for part in ["measures", "leadership", "problems", "plans"] {
        if let Some(items) = v[part].as_array_mut() {
            for item in items {
                cut(&mut item["text"]);
            }
        }
    }
    if let Some(statistics) = v["statistics"].as_array_mut() {
        for s in statistics {
            cut(&mut s["sentence"]);
        }
    }
    v
}

macro_rules! snapshots {
    ($($name:ident => $file:literal),+ $(,)?) => {
        $(
            #[test]
            fn $name() {
                let report = lawreport::parse(include_str!(concat!("fixtures/", $file)));
                insta::assert_json_snapshot!(stringify!($name), redact(&report));
            }
        )+
    };
}

snapshots! {
    district_full => "district-full.txt",
    street_broken => "street-broken.txt",
    no_title => "no-title.txt",
    leadership_after_problems => "leadership-after-problems.txt",
    masked_template => "masked-template.txt",
    department => "department.txt",
    truncated_page => "truncated-page.txt",
    traditional => "traditional.txt",
    not_a_report => "not-a-report.txt",
    not_a_report_2 => "not-a-report-2.txt",
    missing_parts => "missing-parts.txt",
    plain_minimal => "plain-minimal.txt",
    layout_unnumbered_parts => "layout-unnumbered-parts.txt",
    layout_merged_part => "layout-merged-part.txt",
    layout_causes_paragraph => "layout-causes-paragraph.txt",
    layout_restarts => "layout-restarts.txt",
    layout_skipped_numbering => "layout-skipped-numbering.txt",
    layout_part_headings => "layout-part-headings.txt",
    layout_topical_headings => "layout-topical-headings.txt",
    layout_paragraph_items => "layout-paragraph-items.txt",
    layout_unnumbered_arabic => "layout-unnumbered-arabic.txt",
    layout_merged_runs => "layout-merged-runs.txt",
    layout_problems_turn => "layout-problems-turn.txt",
    layout_unnumbered_lists => "layout-unnumbered-lists.txt",
    layout_folded_opening => "layout-folded-opening.txt",
    layout_standard_five => "layout-standard-five.txt",
    layout_merged_paragraph => "layout-merged-paragraph.txt",
    layout_titled_paragraphs => "layout-titled-paragraphs.txt",
    layout_cause_subsection => "layout-cause-subsection.txt",
    dressed_page => "dressed-page.txt",
    bullet_metadata => "bullet-metadata.txt",
    lookalike_disclosure => "lookalike-disclosure.txt",
    lookalike_news => "lookalike-news.txt",
}

#[test]
fn redaction_keeps_the_shape() {
    let report = lawreport::parse("关于2023年度法治政府建设的报告\n一、主要举措\n(一)加强领导。\n");
    let v = redact(&report);
    assert_eq!(v["schema_version"], json!(lawreport::SCHEMA_VERSION));
    assert!(v["text"].as_str().is_some_and(|t| t.ends_with(" chars>")));
    let first = &v["sections"][0];
    assert_eq!(first["span"], json!(format!("{}", report.sections[0].span)));
    assert_eq!(first["children"][0]["heading"], json!("加强领导"));
    let long = "法".repeat(50);
    let mut s = json!(long);
    cut(&mut s);
    assert_eq!(s.as_str().map(|t| t.chars().count()), Some(KEEP + 12));
}
