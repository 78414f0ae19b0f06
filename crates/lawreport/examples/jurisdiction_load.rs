fn rss_kb() -> usize {
    std::fs::read_to_string("/proc/self/status").ok().and_then(|s| s.lines().find(|l| l.starts_with("VmRSS:")).and_then(|l| l.split_whitespace().nth(1)?.parse().ok())).unwrap_or(0)
}
fn main() {
    let r0 = rss_kb();
    let t = std::time::Instant::now();
    let s = lawreport::jurisdiction::table_stats();
    println!("{:?} in {:?}, rss +{} kB", s, t.elapsed(), rss_kb() - r0);
}
