//! `lawreport`: parse rule-of-law government reports from the command line.

use std::collections::HashSet;
use std::io::{self, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Mutex;

use clap::{Parser, Subcommand, ValueEnum};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;

mod table;

#[derive(Parser)]
#[command(
    name = "lawreport",
    version,
    about = "Parse Chinese rule-of-law government annual reports (法治政府建设年度报告) into JSON records",
    long_about = "Parse Chinese rule-of-law government annual reports (法治政府建设年度报告) into JSON records: \
title, covered year, jurisdiction, author and dates, outline, measures, problems, plans, statistics, \
compliance and diagnostics (see docs/report.schema.json).",
    after_help = "Examples:\n  lawreport parse report.txt --pretty\n  cat report.txt | lawreport parse -\n  lawreport parse reports/ --out-dir parsed/\n  lawreport table parsed/ --table statistics --format csv -o statistics.csv\n  lawreport resolve 西湖区翠苑街道"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Parse report files (text, HTML pages, .docx, PDF) to JSON: one file to
    /// stdout, or many (and folders) into a folder.
    #[command(
        after_help = "Examples:\n  lawreport parse report.txt --pretty     print one report's JSON\n  lawreport parse page.html               an HTML page (chrome dropped, metadata kept)\n  lawreport parse report.pdf              a PDF with a text layer (page numbers, running\n                                          headers dropped; a scan needs OCR first)\n  lawreport parse -                       read the report from stdin\n  lawreport parse a.txt b.docx --out-dir out   write out/a.json and out/b.json\n  lawreport parse reports/ --out-dir out --threads 4\n                                          every .txt .htm .html .docx .pdf .md under reports/,\n                                          written to out/<path under reports/>.json\n\nThe format is told from the content (a PDF starts with %PDF-, a .docx is a zip\nwith word/document.xml, a page starts with <!DOCTYPE html>, <html>, <meta> …), the encoding too\n(UTF-8, UTF-16 with BOM, GB18030/GBK, Big5). With --out-dir, a file that\ncannot be read or decoded (or is empty) is named on stderr, the others are\nstill written, and the exit code is 1 at the end. A progress bar shows on\na terminal only."
    )]
    Parse {
        /// Report files or folders (searched recursively, hidden entries
        /// skipped); `-` reads stdin.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Write one JSON per input under DIR: `<DIR>/<file stem>.json` for a
        /// file, `<DIR>/<path under the folder>.json` for a folder's files.
        #[arg(long, value_name = "DIR")]
        out_dir: Option<PathBuf>,
        /// Indent the JSON.
        #[arg(long)]
        pretty: bool,
        /// Worker threads (default: one per core).
        #[arg(long, value_name = "N")]
        threads: Option<usize>,
    },
    /// Write a table across reports: the tables of the Python package's
    /// to_pandas/to_polars, as CSV or JSON lines.
    #[command(
        after_help = "Examples:\n  lawreport table reports/ --table statistics --format csv -o statistics.csv\n  lawreport table parsed/*.json --table reports --format jsonl\n\nINPUT is a report file or folder (parsed on the fly) or a JSON file written by\n`lawreport parse --out-dir`. Columns are those of python/lawreport/_tables.py;\nin CSV, lists are JSON arrays and null is an empty cell. Inputs that fail are\nnamed on stderr and the exit code is 1."
    )]
    Table {
        /// Report files, folders, or JSON files from `parse --out-dir`.
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        /// Which table.
        #[arg(long, value_parser = clap::builder::PossibleValuesParser::new(table::TABLES), default_value = "statistics")]
        table: String,
        /// Output format.
        #[arg(long, value_enum, default_value_t = TableFormat::Csv)]
        format: TableFormat,
        /// Write to FILE instead of stdout.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Worker threads (default: one per core).
        #[arg(long, value_name = "N")]
        threads: Option<usize>,
    },
    /// Resolve a place or government name to its national division code.
    #[command(
        after_help = "Examples:\n  lawreport resolve 张店区人民政府科苑街道办事处\n  lawreport resolve 城关镇 --context \"甘肃省兰州市永登县\"\n  cut -f1 names.tsv | lawreport resolve - > codes.jsonl\n\nPrints the Jurisdiction JSON (null when nothing matches); an ambiguous\nname gives its candidates' codes and a null code. With NAME `-`, reads one\nname per line from stdin (`NAME<TAB>CONTEXT` gives that line its own\ncontext) and prints one compact JSON line per input line, in order."
    )]
    Resolve {
        /// The name as written (白沙街, 西湖区翠苑街道, 区司法局 …), or `-` for
        /// one name per line on stdin.
        name: String,
        /// Surrounding text that may name the unit's parents (for `-`: of
        /// every line without its own).
        #[arg(long)]
        context: Option<String>,
        /// Worker threads for `-` (default: one per core).
        #[arg(long, value_name = "N")]
        threads: Option<usize>,
    },
    /// Print the JSON Schema of the report record.
    Schema,
}

/// Output formats of `table`.
#[derive(Clone, Copy, ValueEnum)]
enum TableFormat {
    /// Comma-separated values with a header row.
    Csv,
    /// One JSON object per line.
    Jsonl,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Parse {
            files,
            out_dir,
            pretty,
            threads,
        } => match pool(threads) {
            Ok(pool) => pool.install(|| parse(&files, out_dir.as_deref(), pretty)),
            Err(code) => code,
        },
        Command::Table {
            inputs,
            table,
            format,
            output,
            threads,
        } => match pool(threads) {
            Ok(pool) => pool.install(|| write_table(&inputs, &table, format, output.as_deref())),
            Err(code) => code,
        },
        Command::Resolve {
            name,
            context,
            threads,
        } if name == "-" => match pool(threads) {
            Ok(pool) => pool.install(|| resolve_lines(context.as_deref())),
            Err(code) => code,
        },
        Command::Resolve { name, context, .. } => {
            let jurisdiction = lawreport::jurisdiction::resolve(&name, context.as_deref());
            print_out(&(serde_json::to_string_pretty(&jurisdiction).unwrap_or_default() + "\n"))
        }
        Command::Schema => print_out(&lawreport::schema::report_schema()),
    }
}

/// `resolve -`: one name per line on stdin (`NAME<TAB>CONTEXT` with its own
/// context), one JSON line out per line in, in order (`null` for a blank
/// line or a name not found).
fn resolve_lines(context: Option<&str>) -> ExitCode {
    use rayon::prelude::*;
    let mut input = String::new();
    if let Err(e) = std::io::Read::read_to_string(&mut std::io::stdin().lock(), &mut input) {
        eprintln!("lawreport: cannot read stdin: {e}");
        return ExitCode::FAILURE;
    }
    let lines: Vec<&str> = input.lines().collect();
    let out: Vec<String> = lines
        .par_iter()
        .with_min_len(64)
        .map(|line| {
            let (name, own) = match line.split_once('\t') {
                Some((n, c)) => (n, Some(c)),
                None => (*line, None),
            };
            let name = name.trim();
            let j = if name.is_empty() {
                None
            } else {
                lawreport::jurisdiction::resolve(name, own.or(context))
            };
            serde_json::to_string(&j).unwrap_or_else(|_| "null".to_owned())
        })
        .collect();
    let mut text = String::with_capacity(out.iter().map(|l| l.len() + 1).sum());
    for l in out {
        text.push_str(&l);
        text.push('\n');
    }
    print_out(&text)
}

/// A thread pool of `threads` workers (default: one per core).
fn pool(threads: Option<usize>) -> Result<rayon::ThreadPool, ExitCode> {
    if threads == Some(0) {
        eprintln!("lawreport: --threads must be at least 1");
        return Err(ExitCode::from(2));
    }
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads.unwrap_or(0))
        .build()
        .map_err(|e| {
            eprintln!("lawreport: cannot start threads: {e}");
            ExitCode::FAILURE
        })
}

/// Extensions of report files looked for in folders.
const EXTENSIONS: &[&str] = &["txt", "htm", "html", "docx", "pdf", "md"];

/// One input file and where its output goes, relative to the output folder.
struct Job {
    path: PathBuf,
    /// Output path without extension (`sub/dir/name`).
    rel: PathBuf,
}

/// The files named by `args`: files as given, folders walked (without
/// recursion on the stack; hidden entries skipped; sorted). Unreadable
/// folders are failures.
fn collect_jobs(args: &[PathBuf], failed: &mut Vec<(PathBuf, String)>) -> Vec<Job> {
    let mut jobs = Vec::new();
    for arg in args {
        if !arg.is_dir() {
            let stem = arg
                .file_stem()
                .map_or_else(|| "stdin".into(), |s| s.to_os_string());
            jobs.push(Job {
                path: arg.clone(),
                rel: PathBuf::from(stem),
            });
            continue;
        }
        let mut stack = vec![arg.clone()];
        let mut found = Vec::new();
        while let Some(dir) = stack.pop() {
            let entries = match std::fs::read_dir(&dir) {
                Ok(e) => e,
                Err(e) => {
                    failed.push((dir, format!("cannot read folder: {e}")));
                    continue;
                }
            };
            for entry in entries.flatten() {
                let path = entry.path();
                let name = entry.file_name();
                if name.to_string_lossy().starts_with('.') {
                    continue;
                }
                let Ok(kind) = entry.file_type() else {
                    continue;
                };
                let is_dir = kind.is_dir() || (kind.is_symlink() && path.is_dir());
                if is_dir {
                    stack.push(path);
                } else if path
                    .extension()
                    .and_then(|e| e.to_str())
                    .is_some_and(|e| EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
                {
                    found.push(path);
                }
            }
        }
        found.sort();
        for path in found {
            let rel = path.strip_prefix(arg).unwrap_or(&path).with_extension("");
            jobs.push(Job { path, rel });
        }
    }
    jobs
}

/// A progress bar on a terminal, nothing otherwise.
fn progress(len: usize) -> ProgressBar {
    if !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(len as u64), ProgressDrawTarget::stderr());
    if let Ok(style) =
        ProgressStyle::with_template("{bar:40} {pos}/{len} files  {elapsed} (eta {eta})  {msg}")
    {
        bar.set_style(style);
    }
    bar
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
        if files.len() != 1 || files[0].is_dir() {
            eprintln!(
                "lawreport: several inputs (or a folder) need --out-dir DIR (one JSON file each)"
            );
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
    let mut jobs = collect_jobs(files, &mut failed);
    // Two inputs with the same output path: the later ones fail.
    let mut targets = HashSet::new();
    jobs.retain(|job| {
        if targets.insert(job.rel.clone()) {
            true
        } else {
            failed.push((
                job.path.clone(),
                format!(
                    "its output {}.json is taken by another input",
                    dir.join(&job.rel).display()
                ),
            ));
            false
        }
    });
    // Largest first, so the long parses start early and none is left alone
    // at the end.
    let mut sized: Vec<(u64, Job)> = jobs
        .into_iter()
        .map(|j| (std::fs::metadata(&j.path).map_or(0, |m| m.len()), j))
        .collect();
    sized.sort_by_key(|(size, _)| std::cmp::Reverse(*size));
    let total = sized.len();
    let pre_failed = failed.len();
    let bar = progress(total);
    let failures = Mutex::new(failed);
    let warnings = Mutex::new(Vec::new());
    sized.par_iter().for_each(|(_, job)| {
        let target = dir.join(&job.rel).with_extension("json");
        let result = read_report(&job.path).and_then(|report| {
            if report.has_diagnostic(lawreport::DiagnosticCode::EmptyInput) {
                return Err("the file has no text (nothing written)".to_string());
            }
            if let Some(d) = report
                .diagnostics
                .iter()
                .find(|d| d.code == lawreport::DiagnosticCode::DecodingReplaced)
            {
                if let Ok(mut w) = warnings.lock() {
                    w.push((job.path.clone(), d.message.clone()));
                }
            }
            if let Some(parent) = target.parent() {
                std::fs::create_dir_all(parent)
                    .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
            }
            std::fs::write(&target, render(&report) + "\n")
                .map_err(|e| format!("cannot write {}: {e}", target.display()))
        });
        if let Err(e) = result {
            bar.suspend(|| eprintln!("lawreport: {}: {e}", job.path.display()));
            if let Ok(mut f) = failures.lock() {
                f.push((job.path.clone(), e));
            }
        }
        bar.inc(1);
    });
    bar.finish_and_clear();
    let mut warnings = warnings.into_inner().unwrap_or_default();
    if !warnings.is_empty() {
        warnings.sort();
        eprintln!(
            "lawreport: {} files written with invalid bytes replaced:",
            warnings.len()
        );
        for (f, why) in &warnings {
            eprintln!("  {}: {why}", f.display());
        }
    }
    let mut failed = failures.into_inner().unwrap_or_default();
    if failed.is_empty() {
        ExitCode::SUCCESS
    } else {
        failed.sort();
        eprintln!(
            "lawreport: {} of {} inputs failed:",
            failed.len(),
            total + pre_failed
        );
        for (f, why) in &failed {
            eprintln!("  {}: {why}", f.display());
        }
        ExitCode::FAILURE
    }
}

fn read_bytes(path: &Path) -> Result<Vec<u8>, String> {
    if path.as_os_str() == "-" {
        let mut buf = Vec::new();
        io::stdin()
            .read_to_end(&mut buf)
            .map_err(|e| format!("cannot read stdin: {e}"))?;
        Ok(buf)
    } else if path.is_dir() {
        Err("is a folder, not a file".into())
    } else {
        std::fs::read(path).map_err(|e| e.to_string())
    }
}

fn read_report(path: &Path) -> Result<lawreport::Report, String> {
    let bytes = read_bytes(path)?;
    let name = path.to_str();
    lawreport::read(&bytes, name).map_err(|e| e.to_string())
}

/// A report's JSON: a `.json` file as written by `parse`, else the file
/// parsed.
fn report_json(path: &Path) -> Result<serde_json::Value, String> {
    let is_json = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json"));
    if is_json {
        let bytes = read_bytes(path)?;
        let v: serde_json::Value =
            serde_json::from_slice(&bytes).map_err(|e| format!("not a report's JSON: {e}"))?;
        if v.get("schema_version").is_none() {
            return Err("not a report's JSON (no schema_version)".into());
        }
        return Ok(v);
    }
    let report = read_report(path)?;
    serde_json::to_value(&report).map_err(|e| e.to_string())
}

fn write_table(
    inputs: &[PathBuf],
    table_name: &str,
    format: TableFormat,
    output: Option<&Path>,
) -> ExitCode {
    let mut failed = Vec::new();
    // Folders: report files and the JSON files `parse --out-dir` wrote.
    let mut paths: Vec<PathBuf> = Vec::new();
    for input in inputs {
        if input.is_dir() {
            let mut found = Vec::new();
            let mut stack = vec![input.clone()];
            while let Some(dir) = stack.pop() {
                let Ok(entries) = std::fs::read_dir(&dir) else {
                    failed.push((dir, "cannot read folder".to_string()));
                    continue;
                };
                for entry in entries.flatten() {
                    let path = entry.path();
                    if entry.file_name().to_string_lossy().starts_with('.') {
                        continue;
                    }
                    if path.is_dir() {
                        stack.push(path);
                    } else if path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
                        let e = e.to_ascii_lowercase();
                        e == "json" || EXTENSIONS.contains(&e.as_str())
                    }) {
                        found.push(path);
                    }
                }
            }
            found.sort();
            paths.extend(found);
        } else {
            paths.push(input.clone());
        }
    }
    let sink: Box<dyn Write> = match output {
        Some(p) => match std::fs::File::create(p) {
            Ok(f) => Box::new(io::BufWriter::new(f)),
            Err(e) => {
                eprintln!("lawreport: cannot create {}: {e}", p.display());
                return ExitCode::FAILURE;
            }
        },
        None => Box::new(io::BufWriter::new(io::stdout().lock())),
    };
    let columns = table::columns(table_name);
    let mut csv_out = match format {
        TableFormat::Csv => {
            let mut w = csv::Writer::from_writer(sink);
            if let Err(e) = w.write_record(&columns) {
                eprintln!("lawreport: cannot write: {e}");
                return ExitCode::FAILURE;
            }
            Some(Ok::<_, Box<dyn Write>>(w))
        }
        TableFormat::Jsonl => Some(Err(sink)),
    };
    let bar = progress(paths.len());
    let mut position = 0usize;
    // Parsed in parallel a chunk at a time, written in input order: memory
    // holds one chunk of reports, not all of them.
    for chunk in paths.chunks(256) {
        let results: Vec<Result<serde_json::Value, String>> =
            chunk.par_iter().map(|p| report_json(p)).collect();
        for (path, result) in chunk.iter().zip(results) {
            bar.inc(1);
            let report = match result {
                Ok(r) => r,
                Err(e) => {
                    bar.suspend(|| eprintln!("lawreport: {}: {e}", path.display()));
                    failed.push((path.clone(), e));
                    continue;
                }
            };
            let id = path
                .file_stem()
                .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
            let rows = table::rows(table_name, position, &id, &path.to_string_lossy(), &report);
            position += 1;
            let written = match csv_out.as_mut() {
                Some(Ok(w)) => rows.iter().try_for_each(|row| {
                    w.write_record(row.iter().map(table::csv_cell))
                        .map_err(|e| e.to_string())
                }),
                Some(Err(sink)) => rows.into_iter().try_for_each(|row| {
                    writeln!(sink, "{}", table::json_row(&columns, row)).map_err(|e| e.to_string())
                }),
                None => Ok(()),
            };
            if let Err(e) = written {
                bar.finish_and_clear();
                if e.contains("Broken pipe") {
                    return ExitCode::SUCCESS;
                }
                eprintln!("lawreport: cannot write the table: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    bar.finish_and_clear();
    let flushed = match csv_out {
        Some(Ok(mut w)) => w.flush(),
        Some(Err(mut sink)) => sink.flush(),
        None => Ok(()),
    };
    if let Err(e) = flushed {
        if e.kind() != io::ErrorKind::BrokenPipe {
            eprintln!("lawreport: cannot write the table: {e}");
            return ExitCode::FAILURE;
        }
    }
    if failed.is_empty() {
        ExitCode::SUCCESS
    } else {
        eprintln!("lawreport: {} inputs failed:", failed.len());
        for (f, why) in &failed {
            eprintln!("  {}: {why}", f.display());
        }
        ExitCode::FAILURE
    }
}

/// Write `text` to stdout; a reader that went away (`| head`) is not an error.
fn print_out(text: &str) -> ExitCode {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("lawreport: cannot write output: {e}");
            ExitCode::FAILURE
        }
    }
}
