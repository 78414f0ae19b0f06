//! `lawreport table`: the tables of the Python package
//! (`python/lawreport/_tables.py`), same names and columns, as CSV or JSON
//! lines.
//!
//! Rows are built from a report's JSON (as `parse` writes it), so report
//! files parsed on the fly and JSON files written by `parse --out-dir` give
//! the same rows. In CSV, lists are JSON arrays and nulls are empty cells.

use serde_json::{json, Map, Value};

/// The tables, as in `lawreport.TABLES`.
pub const TABLES: &[&str] = &["reports", "statistics", "sections", "items"];

const KEY: &[&str] = &["report", "id", "title", "year", "jurisdiction_code"];

/// The column names of `table`.
pub fn columns(table: &str) -> Vec<&'static str> {
    let own: &[&str] = match table {
        "reports" => {
            return vec![
                "report",
                "id",
                "path",
                "title",
                "year",
                "jurisdiction_code",
                "jurisdiction_name",
                "jurisdiction_level",
                "province",
                "prefecture",
                "county",
                "township",
                "author",
                "author_kind",
                "addressee",
                "signed_on",
                "published_on",
                "index_number",
                "document_number",
                "publisher",
                "has_measures",
                "has_problems",
                "has_leadership",
                "has_plans",
                "has_other",
                "missing",
                "published_on_time",
                "deadline",
                "date_used",
                "text_complete",
                "text_issues",
                "parts_by_content",
                "n_sections",
                "n_measures",
                "n_leadership",
                "n_problems",
                "n_plans",
                "n_statistics",
                "diagnostics",
            ]
        }
        "statistics" => &[
            "index",
            "raw",
            "value",
            "unit",
            "approx",
            "subject",
            "indicator",
            "period",
            "part_of",
            "section",
            "sentence",
            "start",
            "end",
        ],
        "sections" => &[
            "index",
            "parent",
            "number",
            "level",
            "kind",
            "heading",
            "path",
            "n_children",
            "start",
            "end",
            "text",
        ],
        "items" => &[
            "part",
            "index",
            "heading",
            "path",
            "statistics",
            "start",
            "end",
            "text",
        ],
        _ => &[],
    };
    KEY.iter().chain(own).copied().collect()
}

fn len(v: &Value) -> Value {
    json!(v.as_array().map_or(0, Vec::len))
}

fn span(v: &Value, i: usize) -> Value {
    v.get("span")
        .and_then(|s| s.get(i))
        .cloned()
        .unwrap_or(Value::Null)
}

/// The rows of one report (`r`, its JSON) at `position` with `id` and
/// `path`.
pub fn rows(table: &str, position: usize, id: &str, path: &str, r: &Value) -> Vec<Vec<Value>> {
    let g = |k: &str| r.get(k).cloned().unwrap_or(Value::Null);
    let j = r.get("jurisdiction").cloned().unwrap_or(Value::Null);
    let jg = |k: &str| j.get(k).cloned().unwrap_or(Value::Null);
    let key = vec![
        json!(position),
        json!(id),
        g("title"),
        g("year"),
        jg("code"),
    ];
    match table {
        "reports" => {
            let src = g("source");
            let sg = |k: &str| src.get(k).cloned().unwrap_or(Value::Null);
            let c = g("compliance");
            let parts = c.get("parts").cloned().unwrap_or(Value::Null);
            let has = |k: &str| parts.get(k).cloned().unwrap_or(json!(false));
            // The required parts that only the body's wording showed.
            let by_content: Vec<Value> = ["measures", "problems", "leadership", "plans"]
                .iter()
                .filter(|k| {
                    c.get("evidence")
                        .and_then(|e| e.get(**k))
                        .and_then(|e| e.get("found_by"))
                        .and_then(Value::as_str)
                        == Some("content")
                })
                .map(|k| json!(k))
                .collect();
            let codes: Vec<Value> = r
                .get("diagnostics")
                .and_then(Value::as_array)
                .map(|ds| ds.iter().filter_map(|d| d.get("code").cloned()).collect())
                .unwrap_or_default();
            vec![vec![
                json!(position),
                json!(id),
                json!(path),
                g("title"),
                g("year"),
                jg("code"),
                jg("name"),
                jg("level"),
                jg("province"),
                jg("prefecture"),
                jg("county"),
                jg("township"),
                g("author"),
                g("author_kind"),
                g("addressee"),
                g("signed_on"),
                g("published_on"),
                sg("index_number"),
                sg("document_number"),
                sg("publisher"),
                has("measures"),
                has("problems"),
                has("leadership"),
                has("plans"),
                has("other"),
                c.get("missing").cloned().unwrap_or(json!([])),
                c.get("published_on_time").cloned().unwrap_or(Value::Null),
                c.get("deadline").cloned().unwrap_or(Value::Null),
                c.get("date_used").cloned().unwrap_or(Value::Null),
                c.get("text_complete").cloned().unwrap_or(json!(true)),
                c.get("text_issues").cloned().unwrap_or(json!([])),
                Value::Array(by_content),
                len(&g("sections")),
                len(&g("measures")),
                len(&g("leadership")),
                len(&g("problems")),
                len(&g("plans")),
                len(&g("statistics")),
                Value::Array(codes),
            ]]
        }
        "statistics" => g("statistics")
            .as_array()
            .into_iter()
            .flatten()
            .enumerate()
            .map(|(i, s)| {
                let sg = |k: &str| s.get(k).cloned().unwrap_or(Value::Null);
                let mut row = key.clone();
                row.extend([
                    json!(i),
                    sg("raw"),
                    sg("value"),
                    sg("unit"),
                    sg("approx"),
                    sg("subject"),
                    sg("indicator"),
                    sg("period"),
                    sg("part_of"),
                    sg("section"),
                    sg("sentence"),
                    span(s, 0),
                    span(s, 1),
                ]);
                row
            })
            .collect(),
        "sections" => {
            // Pre-order walk, without recursion.
            let mut out = Vec::new();
            let sections = g("sections");
            let mut stack: Vec<(&Value, Value, Vec<Value>)> = sections
                .as_array()
                .map(|a| {
                    a.iter()
                        .rev()
                        .map(|s| (s, Value::Null, Vec::new()))
                        .collect()
                })
                .unwrap_or_default();
            let mut index = 0usize;
            while let Some((s, parent, ancestors)) = stack.pop() {
                let sg = |k: &str| s.get(k).cloned().unwrap_or(Value::Null);
                let mut path = ancestors.clone();
                path.push(sg("number"));
                let children = s.get("children").and_then(Value::as_array);
                let mut row = key.clone();
                row.extend([
                    json!(index),
                    parent,
                    sg("number"),
                    sg("level"),
                    sg("kind"),
                    sg("heading"),
                    Value::Array(path.clone()),
                    json!(children.map_or(0, Vec::len)),
                    span(s, 0),
                    span(s, 1),
                    sg("text"),
                ]);
                out.push(row);
                if let Some(children) = children {
                    for c in children.iter().rev() {
                        stack.push((c, json!(index), path.clone()));
                    }
                }
                index += 1;
            }
            out
        }
        "items" => {
            let mut out = Vec::new();
            for part in ["measures", "leadership", "problems", "plans"] {
                for (i, item) in r
                    .get(part)
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .enumerate()
                {
                    let ig = |k: &str| item.get(k).cloned().unwrap_or(Value::Null);
                    let mut row = key.clone();
                    row.extend([
                        json!(part),
                        json!(i),
                        ig("heading"),
                        ig("path"),
                        ig("statistics"),
                        span(item, 0),
                        span(item, 1),
                        ig("text"),
                    ]);
                    out.push(row);
                }
            }
            out
        }
        _ => Vec::new(),
    }
}

/// A cell of a CSV row: strings as they are, lists as JSON, null empty.
pub fn csv_cell(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        other => other.to_string(),
    }
}

/// A JSON-lines row: `{column: value}` in column order.
pub fn json_row(columns: &[&str], row: Vec<Value>) -> Value {
    let mut m = Map::new();
    for (c, v) in columns.iter().zip(row) {
        m.insert((*c).to_string(), v);
    }
    Value::Object(m)
}
