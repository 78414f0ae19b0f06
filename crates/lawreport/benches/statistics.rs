//! Throughput of the statistics stage and of the whole parse with it, over
//! the bench corpus (`../shared/corpus/bench/government_work_reports.jsonl`
//! beside the project root; the bench does nothing when it is absent).
//!
//! `cargo bench -p lawreport --bench statistics`

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn corpus() -> Option<Vec<String>> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/corpus/bench/government_work_reports.jsonl");
    let text = std::fs::read_to_string(path).ok()?;
    let docs = text
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v.get("content")?.as_str().map(String::from))
        .collect::<Vec<_>>();
    (!docs.is_empty()).then_some(docs)
}

fn bench(c: &mut Criterion) {
    let Some(docs) = corpus() else {
        eprintln!("bench corpus not found: nothing to measure");
        return;
    };
    let bytes: usize = docs.iter().map(String::len).sum();
    let mut group = c.benchmark_group("bench_corpus");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(20);
    group.bench_function("parse", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(lawreport::parse(black_box(d)));
            }
        })
    });
    group.bench_function("statistics_extract", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(lawreport::statistics::extract(black_box(d)));
            }
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
