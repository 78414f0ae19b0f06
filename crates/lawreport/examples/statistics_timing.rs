//! Times the statistics stage alone over the bench corpus
//! (`../shared/corpus/bench/government_work_reports.jsonl` beside the
//! project root): best of twenty passes of `statistics::extract`.
//!
//! `cargo run --release -p lawreport --example statistics_timing [FILE]`
//! (FILE: another path to the corpus).

use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let path = std::env::args().nth(1).map_or_else(
        || {
            PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("../../../shared/corpus/bench/government_work_reports.jsonl")
        },
        PathBuf::from,
    );
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("bench corpus not found at {}", path.display());
        return;
    };
    let docs: Vec<String> = text
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v.get("content")?.as_str().map(String::from))
        .collect();
    let bytes: usize = docs.iter().map(String::len).sum();
    let mut best = f64::MAX;
    let mut count = 0;
    for _ in 0..20 {
        let t = Instant::now();
        count = docs
            .iter()
            .map(|d| lawreport::statistics::extract(d).len())
            .sum::<usize>();
        best = best.min(t.elapsed().as_secs_f64());
    }
    println!(
        "statistics::extract: {} docs, {:.1} MB, {count} statistics, best {:.1} ms = {:.1} MiB/s",
        docs.len(),
        bytes as f64 / 1e6,
        best * 1e3,
        bytes as f64 / best / (1024.0 * 1024.0)
    );
}
