fn main() {
    let text = std::fs::read_to_string(std::env::args().nth(1).unwrap()).unwrap();
    let n = lawreport::normalize::normalize(&text);
    for (i, l) in n.lines.iter().enumerate().take(30) {
        println!(
            "{i:3} {:?} {}",
            l.kind,
            &n.content(i).chars().take(50).collect::<String>()
        );
    }
}
