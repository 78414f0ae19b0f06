//! `lawreport`: parse rule-of-law government reports from the command line.

use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "lawreport",
    version,
    about = "Parse Chinese rule-of-law government annual reports (法治政府建设年度报告) into JSON records",
    long_about = "Parse Chinese rule-of-law government annual reports (法治政府建设年度报告) into JSON records: \
title, covered year, jurisdiction, author and dates, outline, measures, problems, plans, statistics, \
compliance and diagnostics (see docs/report.schema.json).",
    after_help = "Examples:\n  lawreport parse report.txt --pretty\n  cat report.txt | lawreport parse -\n  lawreport parse reports/*.txt --out-dir parsed/\n  lawreport resolve 西湖区翠苑街道"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Parse report files to JSON: one file to stdout, or many into a folder.
    #[command(
        after_help = "Examples:\n  lawreport parse report.txt --pretty     print one report's JSON\n  lawreport parse -                       read the report from stdin\n  lawreport parse a.txt b.txt --out-dir out   write out/a.json and out/b.json\n\nWith --out-dir, a file that cannot be read or decoded is named on stderr,\nthe others are still written, and the exit code is 1 at the end."
    )]
    Parse {
        /// Report files (UTF-8 or UTF-16 with BOM); `-` reads stdin.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Write `<DIR>/<file stem>.json` for every input instead of printing.
        #[arg(long, value_name = "DIR")]
        out_dir: Option<PathBuf>,
        /// Indent the JSON.
        #[arg(long)]
        pretty: bool,
    },
    /// Resolve a place or government name to its national division code.
    #[command(
        after_help = "Examples:\n  lawreport resolve 张店区人民政府科苑街道办事处\n  lawreport resolve 城关镇 --context \"甘肃省兰州市永登县\"\n\nPrints the Jurisdiction JSON (null when nothing matches); an ambiguous\nname gives its candidates' codes and a null code."
    )]
    Resolve {
        /// The name as written (白沙街, 西湖区翠苑街道, 区司法局 …).
        name: String,
        /// Surrounding text that may name the unit's parents.
        #[arg(long)]
        context: Option<String>,
    },
    /// Print the JSON Schema of the report record.
    Schema,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Parse {
            files,
            out_dir,
            pretty,
        } => parse(&files, out_dir.as_deref(), pretty),
        Command::Resolve { name, context } => {
            let jurisdiction = lawreport::jurisdiction::resolve(&name, context.as_deref());
            println!(
                "{}",
                serde_json::to_string_pretty(&jurisdiction).unwrap_or_default()
            );
            ExitCode::SUCCESS
        }
        Command::Schema => {
            print!("{}", lawreport::schema::report_schema());
            ExitCode::SUCCESS
        }
    }
}

fn parse(files: &[PathBuf], out_dir: Option<&Path>, pretty: bool) -> ExitCode {
    let render = |report: &lawreport::Report| {
        if pretty {
            report.to_json_pretty()
        } else {
            report.to_json()
        }
    };
    let Some(dir) = out_dir else {
        if files.len() != 1 {
            eprintln!("lawreport: several inputs need --out-dir DIR (one JSON file each)");
            return ExitCode::from(2);
        }
        return match read_report(&files[0]) {
            Ok(report) => {
                let mut out = io::stdout().lock();
                match writeln!(out, "{}", render(&report)) {
                    Ok(()) => ExitCode::SUCCESS,
                    Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
                    Err(e) => {
                        eprintln!("lawreport: cannot write output: {e}");
                        ExitCode::FAILURE
                    }
                }
            }
            Err(e) => {
                eprintln!("lawreport: {}: {e}", files[0].display());
                ExitCode::FAILURE
            }
        };
    };
    if let Err(e) = std::fs::create_dir_all(dir) {
        eprintln!("lawreport: cannot create {}: {e}", dir.display());
        return ExitCode::FAILURE;
    }
    let mut failed = Vec::new();
    for file in files {
        let stem = file
            .file_stem()
            .map_or_else(|| "stdin".into(), |s| s.to_string_lossy().into_owned());
        let target = dir.join(format!("{stem}.json"));
        let result = read_report(file).and_then(|report| {
            std::fs::write(&target, render(&report) + "\n")
                .map_err(|e| format!("cannot write {}: {e}", target.display()))
        });
        if let Err(e) = result {
            eprintln!("lawreport: {}: {e}", file.display());
            failed.push(file);
        }
    }
    if failed.is_empty() {
        ExitCode::SUCCESS
    } else {
        eprintln!(
            "lawreport: {} of {} files failed:",
            failed.len(),
            files.len()
        );
        for f in &failed {
            eprintln!("  {}", f.display());
        }
        ExitCode::FAILURE
    }
}

fn read_report(path: &Path) -> Result<lawreport::Report, String> {
    let bytes = if path.as_os_str() == "-" {
        let mut buf = Vec::new();
        io::stdin()
            .read_to_end(&mut buf)
            .map_err(|e| format!("cannot read stdin: {e}"))?;
        buf
    } else {
        std::fs::read(path).map_err(|e| e.to_string())?
    };
    lawreport::parse_bytes(&bytes).map_err(|e| e.to_string())
}
