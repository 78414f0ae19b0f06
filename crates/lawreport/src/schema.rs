//! The JSON Schema of [`Report`](crate::Report), as committed in
//! `docs/report.schema.json`.

/// The JSON Schema of the report record, pretty-printed.
///
/// ```
/// let schema = lawreport::schema::report_schema();
/// assert!(schema.contains("\"schema_version\""));
/// ```
pub fn report_schema() -> String {
    let schema = schemars::schema_for!(crate::model::Report);
    let mut json = serde_json::to_string_pretty(&schema).unwrap_or_default();
    json.push('\n');
    json
}
