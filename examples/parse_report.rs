//! Parse one report and print what the record says about it.
//!
//! ```sh
//! cargo run --example parse_report                      # tests/fixtures/district-full.txt
//! cargo run --example parse_report -- path/to/report.txt
//! ```

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let path = std::env::args_os()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/district-full.txt")
        });
    let bytes = match std::fs::read(&path) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!("{}: {e}", path.display());
            return ExitCode::FAILURE;
        }
    };
    // parse_bytes decodes UTF-8 or UTF-16 (with BOM) and fails only on non-text.
    let report = match lawreport::parse_bytes(&bytes) {
        Ok(report) => report,
        Err(e) => {
            eprintln!("{}: {e}", path.display());
            return ExitCode::FAILURE;
        }
    };

    println!("title:        {}", report.title.as_deref().unwrap_or("-"));
    println!(
        "year:         {}",
        report.year.map_or("-".into(), |y| y.to_string())
    );
    match &report.jurisdiction {
        Some(j) => println!(
            "jurisdiction: {} {} ({})",
            j.name,
            j.code.as_deref().unwrap_or("ambiguous"),
            j.level.map_or("-", |l| l.as_str())
        ),
        None => println!("jurisdiction: -"),
    }
    println!(
        "published:    {} (on time: {})",
        report.published_on.map_or("-".into(), |d| d.to_string()),
        report
            .compliance
            .published_on_time
            .map_or("unknown".into(), |b| b.to_string())
    );
    let missing: Vec<&str> = report
        .compliance
        .missing
        .iter()
        .map(|k| k.as_str())
        .collect();
    println!(
        "missing:      {}",
        if missing.is_empty() {
            "-".into()
        } else {
            missing.join(", ")
        }
    );
    for problem in &report.problems {
        println!("problem:      {}", problem.heading);
    }
    println!("statistics:   {}", report.statistics.len());
    for s in report.statistics.iter().filter(|s| s.indicator.is_some()) {
        // Every span slices report.text back to what the record holds.
        assert_eq!(report.slice(s.span), Some(s.raw.as_str()));
        println!(
            "  {:<32} {:>10} {}  ({})",
            s.indicator.map_or("", |i| i.id()),
            s.value,
            s.unit,
            s.raw
        );
    }
    for d in &report.diagnostics {
        println!("diagnostic:   {} ({:?}): {}", d.code, d.severity, d.message);
    }
    ExitCode::SUCCESS
}
