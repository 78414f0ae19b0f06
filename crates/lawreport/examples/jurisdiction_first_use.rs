//! First use of the division table alone (for profiling).
fn main() {
    let t = std::time::Instant::now();
    let d = lawreport::jurisdiction::division("370303");
    println!("{:?} {:.1} ms", d, t.elapsed().as_secs_f64() * 1e3);
}
