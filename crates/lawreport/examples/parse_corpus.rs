//! Parse every document of a JSON-lines corpus (`content` field) or every
//! file given, and print the throughput: a quick check outside criterion.
//!
//! ```sh
//! cargo run --release --example parse_corpus -- ../shared/corpus/bench/government_work_reports.jsonl
//! ```

use std::time::Instant;

fn main() {
    let mut docs = Vec::new();
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        if path.ends_with(".jsonl") {
            for line in text.lines() {
                if let Some(content) = serde_json::from_str::<serde_json::Value>(line)
                    .ok()
                    .and_then(|v| v.get("content")?.as_str().map(str::to_owned))
                {
                    docs.push(content);
                }
            }
        } else {
            docs.push(text);
        }
    }
    let bytes: usize = docs.iter().map(String::len).sum();
    let rounds = std::env::var("ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(5);
    let mut best = f64::INFINITY;
    for _ in 0..rounds {
        let start = Instant::now();
        for d in &docs {
            std::hint::black_box(lawreport::parse(d));
        }
        best = best.min(start.elapsed().as_secs_f64());
    }
    println!(
        "{} documents, {:.2} MB, best of {rounds}: {:.1} ms, {:.1} MB/s",
        docs.len(),
        bytes as f64 / 1e6,
        best * 1e3,
        bytes as f64 / 1e6 / best
    );
}
