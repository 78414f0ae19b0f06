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

#[cfg(test)]
mod tests {
    /// `docs/report.schema.json` must match the types; regenerate it with
    /// `UPDATE_SCHEMA=1 cargo test -p lawreport schema` (or
    /// `lawreport schema > docs/report.schema.json`).
    #[test]
    fn committed_schema_is_current() {
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/report.schema.json");
        let current = super::report_schema();
        if std::env::var_os("UPDATE_SCHEMA").is_some() {
            std::fs::write(&path, &current).expect("write docs/report.schema.json");
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == current,
            "docs/report.schema.json is stale: run `UPDATE_SCHEMA=1 cargo test -p lawreport schema` and commit it"
        );
    }
}
