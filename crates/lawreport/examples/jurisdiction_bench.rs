//! Load time and memory of the jurisdiction resolver, and `parse`
//! throughput with it, on one core.
//!
//! ```text
//! cargo run --release --example jurisdiction_bench [-- [--check] [PATH/TO/government_work_reports.jsonl]]
//! ```
//!
//! With `--check` it exits with an error when a budget is exceeded: first
//! use over 20 ms of CPU or 30 MB resident, or `parse` under 50 MB/s of CPU
//! time. CPU time (from `/proc/thread-self/schedstat`) is used for the
//! budgets because wall time on a shared machine measures the neighbours.
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

/// On-CPU time of this thread, in seconds (Linux: /proc/thread-self/schedstat),
/// which a busy machine does not inflate the way it inflates wall time.
fn cpu_s() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    Some(s.split_whitespace().next()?.parse::<f64>().ok()? / 1e9)
}

/// Wall and CPU seconds of `f`.
fn timed(mut f: impl FnMut()) -> (f64, Option<f64>) {
    let c = cpu_s();
    let t = Instant::now();
    f();
    let wall = t.elapsed().as_secs_f64();
    (wall, c.zip(cpu_s()).map(|(a, b)| b - a))
}

fn main() {
    let before = rss_kb();
    let mut d = None;
    let (wall, cpu) = timed(|| d = lawreport::jurisdiction::division("370303"));
    let after = rss_kb();
    assert_eq!(d.map(|d| d.name()), Some("张店区"));
    let (units, patterns, heap) = lawreport::jurisdiction::table_stats();
    println!(
        "first use: {:.1} ms wall, {:.1} ms on CPU",
        wall * 1e3,
        cpu.unwrap_or(f64::NAN) * 1e3
    );
    if let (Some(a), Some(b)) = (before, after) {
        println!(
            "resident set growth: {:.1} MB",
            (b.saturating_sub(a)) as f64 / 1024.0
        );
    }
    println!(
        "table: {units} units, {patterns} name forms, {:.1} MB heap",
        heap as f64 / (1 << 20) as f64
    );

    let names = [
        "张店区人民政府科苑街道办事处",
        "白沙街道",
        "宁夏",
        "東城區",
        "重庆市长寿区万顺镇",
    ];
    let n = 2000;
    let t = Instant::now();
    for i in 0..n {
        std::hint::black_box(lawreport::jurisdiction::resolve(
            names[i % names.len()],
            None,
        ));
    }
    println!(
        "resolve(name): {:.1} µs per call",
        t.elapsed().as_secs_f64() * 1e6 / n as f64
    );

    let args: Vec<String> = std::env::args().skip(1).collect();
    let check = args.iter().any(|a| a == "--check");
    let mut failed = Vec::new();
    let first_cpu = cpu.unwrap_or(wall);
    if first_cpu > 0.020 {
        failed.push(format!(
            "first use took {:.1} ms of CPU (budget 20)",
            first_cpu * 1e3
        ));
    }
    if let (Some(a), Some(b)) = (before, after) {
        if b.saturating_sub(a) > 30 * 1024 {
            failed.push(format!(
                "first use grew the resident set by {} kB (budget 30 MB)",
                b - a
            ));
        }
    }
    let path = args
        .iter()
        .find(|a| !a.starts_with("--"))
        .cloned()
        .unwrap_or_else(|| {
            concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../../../shared/corpus/bench/government_work_reports.jsonl"
            )
            .to_owned()
        });
    let Ok(jsonl) = std::fs::read_to_string(&path) else {
        println!("bench corpus not found at {path}: throughput skipped");
        finish(check, &failed);
        return;
    };
    let docs: Vec<String> = jsonl
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v.get("content")?.as_str().map(str::to_owned))
        .collect();
    let bytes: usize = docs.iter().map(String::len).sum();
    let best = |f: &dyn Fn()| -> (f64, f64) {
        (0..5)
            .map(|_| timed(f))
            .map(|(w, c)| (w, c.unwrap_or(w)))
            .fold((f64::MAX, f64::MAX), |a, b| (a.0.min(b.0), a.1.min(b.1)))
    };
    let mb = bytes as f64 / 1e6;
    let (w, c) = best(&|| {
        for d in &docs {
            std::hint::black_box(lawreport::jurisdiction::resolve("", Some(d)));
        }
    });
    println!(
        "resolver alone (resolve with each document as context): {:.0} ms wall, {:.0} ms CPU: {:.0} MB/s (CPU)",
        w * 1e3,
        c * 1e3,
        mb / c
    );
    let (w, c) = best(&|| {
        for d in &docs {
            std::hint::black_box(lawreport::parse(d));
        }
    });
    println!(
        "parse: {} documents, {mb:.1} MB: {:.0} ms wall ({:.1} MB/s), {:.0} ms CPU ({:.1} MB/s)",
        docs.len(),
        w * 1e3,
        mb / w,
        c * 1e3,
        mb / c
    );
    if mb / c < 50.0 {
        failed.push(format!(
            "parse ran at {:.1} MB/s of CPU (budget 50)",
            mb / c
        ));
    }
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
    finish(check, &failed);
}

fn finish(check: bool, failed: &[String]) {
    for f in failed {
        println!("over budget: {f}");
    }
    if check && !failed.is_empty() {
        std::process::exit(1);
    }
}
