//! Load time and memory of the jurisdiction resolver, and `parse`
//! throughput with it, on one core.
//!
//! ```text
//! cargo run --release --example jurisdiction_bench [-- PATH/TO/government_work_reports.jsonl]
//! ```
//!
//! 1. First use: wall time of the first `lawreport::jurisdiction::division`
//!    call (parsing and indexing the embedded table, building the name
//!    automaton) and the growth of the resident set (VmRSS) it causes.
//! 2. Resolution: `jurisdiction::resolve` on short names, per call.
//! 3. Throughput: `lawreport::parse` over the bench corpus (default
//!    `../shared/corpus/bench/government_work_reports.jsonl` from the project
//!    root), best of three passes, in MB/s.

use std::time::Instant;

fn rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn main() {
    let before = rss_kb();
    let t = Instant::now();
    let d = lawreport::jurisdiction::division("370303");
    let first_use = t.elapsed();
    let after = rss_kb();
    assert_eq!(d.map(|d| d.name()), Some("张店区"));
    let (units, patterns, heap) = lawreport::jurisdiction::table_stats();
    println!("first use: {:.1} ms", first_use.as_secs_f64() * 1e3);
    if let (Some(a), Some(b)) = (before, after) {
        println!("resident set growth: {:.1} MB", (b.saturating_sub(a)) as f64 / 1024.0);
    }
    println!(
        "table: {units} units, {patterns} automaton patterns, {:.1} MB heap",
        heap as f64 / (1 << 20) as f64
    );

    let names = ["张店区人民政府科苑街道办事处", "白沙街道", "宁夏", "東城區", "重庆市长寿区万顺镇"];
    let n = 2000;
    let t = Instant::now();
    for i in 0..n {
        std::hint::black_box(lawreport::jurisdiction::resolve(names[i % names.len()], None));
    }
    println!("resolve(name): {:.1} µs per call", t.elapsed().as_secs_f64() * 1e6 / n as f64);

    let path = std::env::args().nth(1).unwrap_or_else(|| {
        concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpus/bench/government_work_reports.jsonl").to_owned()
    });
    let Ok(jsonl) = std::fs::read_to_string(&path) else {
        println!("bench corpus not found at {path}: throughput skipped");
        return;
    };
    let docs: Vec<String> = jsonl
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v.get("content")?.as_str().map(str::to_owned))
        .collect();
    let bytes: usize = docs.iter().map(String::len).sum();
    let mut best = f64::MAX;
    for _ in 0..3 {
        let t = Instant::now();
        for d in &docs {
            std::hint::black_box(lawreport::jurisdiction::resolve("", Some(d)));
        }
        best = best.min(t.elapsed().as_secs_f64());
    }
    println!(
        "resolver alone (resolve with the document as context): {:.0} ms: {:.0} MB/s",
        best * 1e3,
        bytes as f64 / 1e6 / best
    );
    let mut best = f64::MAX;
    for _ in 0..3 {
        let t = Instant::now();
        for d in &docs {
            std::hint::black_box(lawreport::parse(d));
        }
        best = best.min(t.elapsed().as_secs_f64());
    }
    println!(
        "parse: {} documents, {:.1} MB in {:.0} ms: {:.1} MB/s",
        docs.len(),
        bytes as f64 / 1e6,
        best * 1e3,
        bytes as f64 / 1e6 / best
    );
    // One long text (all documents joined) through the resolver's stage.
    let long = docs.join("\n");
    let t = Instant::now();
    let r = lawreport::parse(&long);
    println!(
        "parse of one {:.1} MB text: {:.0} ms (jurisdiction {:?})",
        long.len() as f64 / 1e6,
        t.elapsed().as_secs_f64() * 1e3,
        r.jurisdiction.as_ref().map(|j| (&j.name, &j.code))
    );
}
