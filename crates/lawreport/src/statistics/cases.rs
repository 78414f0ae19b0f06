//! Table-driven cases (filled below) and a timing probe.

#[cfg(test)]
mod timing {
    /// `cargo test --release -p lawreport -- --ignored --nocapture throughput`
    #[test]
    #[ignore = "timing probe over the bench corpus"]
    fn throughput() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../../shared/corpus/bench/government_work_reports.jsonl"
        );
        let Ok(text) = std::fs::read_to_string(path) else {
            return;
        };
        let docs: Vec<String> = text
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| v.get("content")?.as_str().map(String::from))
            .collect();
        let bytes: usize = docs.iter().map(String::len).sum();
        let best = |f: &dyn Fn(&str)| {
            (0..15)
                .map(|_| {
                    let t = std::time::Instant::now();
                    for d in &docs {
                        f(d);
                    }
                    t.elapsed().as_secs_f64()
                })
                .fold(f64::MAX, f64::min)
        };
        let mb = bytes as f64 / 1e6;
        let p = best(&|d| drop(crate::parse(d)));
        let s = best(&|d| drop(super::super::extract(d)));
        let sc = best(&|d| {
            for l in d.lines() {
                drop(super::super::quantity::scan(l));
            }
        });
        eprintln!("scan {:.1} ms", sc * 1e3);
        eprintln!(
            "parse {:.1} MB/s ({:.1} ms), statistics::extract {:.1} MB/s ({:.1} ms), {} bytes",
            mb / p,
            p * 1e3,
            mb / s,
            s * 1e3,
            bytes
        );
    }
}

#[cfg(test)]
mod scan_probe {
    #[test]
    #[ignore = "profiling probe"]
    fn scan_probe() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../../shared/corpus/bench/government_work_reports.jsonl"
        );
        let Ok(text) = std::fs::read_to_string(path) else {
            return;
        };
        let docs: Vec<String> = text
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| v.get("content")?.as_str().map(String::from))
            .collect();
        let mut n = 0;
        for _ in 0..100 {
            for d in &docs {
                for l in d.lines() {
                    n += super::super::quantity::scan(l).quantities.len();
                }
            }
        }
        eprintln!("{n}");
    }
}
