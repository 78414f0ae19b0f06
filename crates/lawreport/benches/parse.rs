//! Throughput of `lawreport::parse` over the bench corpus
//! (`../shared/corpus/bench/government_work_reports.jsonl`: 72 long
//! government work reports, 3.3 MB), reported by criterion in bytes/s.
//! Falls back to generated report text when the corpus is absent.

use std::hint::black_box;
use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn bench_corpus() -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/bench/government_work_reports.jsonl");
    match std::fs::read_to_string(&path) {
        Ok(jsonl) => jsonl
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| v.get("content").and_then(|c| c.as_str()).map(str::to_owned))
            .collect(),
        Err(_) => {
            eprintln!("bench corpus not found at {}; using generated text", path.display());
            vec![include_str!("../../../tests/fixtures/district-full.txt").repeat(200)]
        }
    }
}

fn parse(c: &mut Criterion) {
    let docs = bench_corpus();
    let bytes: usize = docs.iter().map(String::len).sum();
    let mut group = c.benchmark_group("parse");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(20);
    group.bench_function("bench_corpus", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(lawreport::parse(black_box(d)));
            }
        })
    });
    group.finish();
}

criterion_group!(benches, parse);
criterion_main!(benches);
