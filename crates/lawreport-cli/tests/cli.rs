//! The `lawreport` binary: batch parsing of folders and the table command.

use std::path::{Path, PathBuf};
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_lawreport");

fn fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures")
        .join(name);
    std::fs::read_to_string(path).unwrap()
}

fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("lawreport-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn parses_a_folder_writes_every_good_file_and_names_every_bad_one() {
    let dir = temp("batch");
    let input = dir.join("in");
    std::fs::create_dir_all(input.join("a/b")).unwrap();
    std::fs::create_dir_all(input.join("x.txt")).unwrap(); // a folder named .txt
    let text = fixture("district-full.txt");
    std::fs::write(input.join("r.txt"), &text).unwrap();
    std::fs::write(input.join("a/b/r.txt"), fixture("plain-minimal.txt")).unwrap();
    let gb = encoding_rs::GB18030.encode(&text).0.into_owned();
    std::fs::write(input.join("a/gb.txt"), gb).unwrap();
    std::fs::write(
        input.join("a/page.html"),
        format!(
            "<!DOCTYPE html><html><body><nav>首页</nav><div>{}</div></body></html>",
            text.replace('\n', "<br>")
        ),
    )
    .unwrap();
    std::fs::write(input.join("junk.txt"), [0u8, 1, 2, 3, 255, 0]).unwrap();
    std::fs::write(input.join("empty.txt"), "").unwrap();
    std::fs::write(input.join(".hidden.txt"), &text).unwrap();
    std::fs::write(input.join("notes.csv"), "a,b").unwrap();
    let out = dir.join("out");
    let run = Command::new(BIN)
        .args([
            "parse",
            input.to_str().unwrap(),
            "--out-dir",
            out.to_str().unwrap(),
            "--threads",
            "2",
        ])
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(stderr.contains("2 of 6 inputs failed"), "{stderr}");
    assert!(
        stderr.contains("junk.txt: input looks like binary data"),
        "{stderr}"
    );
    assert!(
        stderr.contains("empty.txt: the file has no text"),
        "{stderr}"
    );
    // Not a terminal: no progress bar.
    assert!(
        !stderr.contains('█') && !stderr.contains("files  "),
        "{stderr}"
    );
    for written in ["r.json", "a/b/r.json", "a/gb.json", "a/page.json"] {
        let json: serde_json::Value =
            serde_json::from_slice(&std::fs::read(out.join(written)).unwrap()).unwrap();
        assert!(json["title"].is_string(), "{written}");
    }
    assert!(!out.join(".hidden.json").exists());
    assert!(!out.join("junk.json").exists());
    let same = |a: &str, b: &str| {
        let read = |p: &str| -> serde_json::Value {
            serde_json::from_slice(&std::fs::read(out.join(p)).unwrap()).unwrap()
        };
        let (a, b) = (read(a), read(b));
        assert_eq!(a["title"], b["title"]);
        assert_eq!(a["year"], b["year"]);
        assert_eq!(
            a["statistics"].as_array().unwrap().len(),
            b["statistics"].as_array().unwrap().len()
        );
    };
    same("r.json", "a/gb.json");
    same("r.json", "a/page.json");

    // The table from the JSON files equals the table from the reports.
    let table = |inputs: &[&Path], table: &str, format: &str| {
        let mut cmd = Command::new(BIN);
        cmd.arg("table");
        for i in inputs {
            cmd.arg(i);
        }
        let run = cmd
            .args(["--table", table, "--format", format])
            .output()
            .unwrap();
        assert!(
            run.status.success(),
            "{}",
            String::from_utf8_lossy(&run.stderr)
        );
        String::from_utf8(run.stdout).unwrap()
    };
    let from_json = table(&[&out.join("r.json")], "statistics", "csv");
    let from_text = table(&[&input.join("r.txt")], "statistics", "csv");
    assert_eq!(from_json, from_text);
    assert!(from_json.starts_with(
        "report,id,title,year,jurisdiction_code,index,raw,value,unit,approx,subject,indicator,period,part_of,section,sentence,start,end\n"
    ));
    let items = table(&[&out], "items", "jsonl");
    let first: serde_json::Value = serde_json::from_str(items.lines().next().unwrap()).unwrap();
    assert!(first["path"].is_array() && first["part"].is_string());
    let reports = table(&[&out], "reports", "csv");
    assert_eq!(reports.lines().count(), 5); // header + 4 reports
    let sections = table(&[&input.join("r.txt")], "sections", "csv");
    assert!(sections.lines().count() > 5);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_single_docx_or_html_prints_json() {
    let dir = temp("single");
    let page = dir.join("p.htm");
    std::fs::write(&page, format!("<html><head><meta name=\"PubDate\" content=\"2024-03-01\"></head><body><p>{}</p></body></html>", fixture("plain-minimal.txt").replace('\n', "</p><p>"))).unwrap();
    let run = Command::new(BIN)
        .args(["parse", page.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(run.status.success());
    let json: serde_json::Value = serde_json::from_slice(&run.stdout).unwrap();
    assert_eq!(json["published_on"], "2024-03-01");
    let folder = Command::new(BIN)
        .args(["parse", dir.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(folder.status.code(), Some(2));
    let _ = std::fs::remove_dir_all(&dir);
}
