//! A statistics table across a folder of reports: one TSV row per statistic
//! that has a standard indicator, keyed by file, year and jurisdiction code.
//!
//! ```sh
//! cargo run --example statistics_table                  # docs/examples/reports
//! cargo run --example statistics_table -- path/to/folder > table.tsv
//! ```

use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let folder = std::env::args_os()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../docs/examples/reports")
        });
    let mut files: Vec<PathBuf> = match std::fs::read_dir(&folder) {
        Ok(entries) => entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect(),
        Err(e) => {
            eprintln!("{}: {e}", folder.display());
            return ExitCode::FAILURE;
        }
    };
    files.sort();

    // Write through a buffer, and stop quietly when the reader has gone
    // (`| head`): println! would panic on a closed pipe.
    let mut out = BufWriter::new(io::stdout().lock());
    if writeln!(out, "id\tyear\tcode\tindicator\tvalue\tunit").is_err() {
        return ExitCode::SUCCESS;
    }
    let mut failed = false;
    for path in &files {
        let report = match std::fs::read(path)
            .map_err(|e| e.to_string())
            .and_then(|b| lawreport::parse_bytes(&b).map_err(|e| e.to_string()))
        {
            Ok(report) => report,
            Err(e) => {
                // One bad file never stops the table.
                eprintln!("{}: {e}", path.display());
                failed = true;
                continue;
            }
        };
        let id = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        let year = report.year.map_or(String::new(), |y| y.to_string());
        let code = report
            .jurisdiction
            .as_ref()
            .and_then(|j| j.code.as_deref())
            .unwrap_or("");
        for s in &report.statistics {
            if let Some(indicator) = s.indicator {
                let row = writeln!(
                    out,
                    "{id}\t{year}\t{code}\t{indicator}\t{}\t{}",
                    s.value, s.unit
                );
                if row.is_err() {
                    return ExitCode::SUCCESS;
                }
            }
        }
    }
    if out.flush().is_err() {
        return ExitCode::SUCCESS;
    }
    eprintln!("{} reports from {}", files.len(), display(&folder));
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn display(path: &Path) -> String {
    path.canonicalize()
        .unwrap_or_else(|_| path.to_path_buf())
        .display()
        .to_string()
}
