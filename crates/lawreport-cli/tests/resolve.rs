//! `lawreport resolve`: one name, and `resolve -` for one name per line.

use std::io::Write;
use std::process::{Command, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_lawreport");

fn batch(input: &str, args: &[&str]) -> Vec<serde_json::Value> {
    let mut child = Command::new(BIN)
        .args(["resolve", "-"])
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn code(v: &serde_json::Value) -> Option<&str> {
    v.get("code").and_then(|c| c.as_str())
}

#[test]
fn one_json_line_per_name_in_order() {
    let input = "北京市海淀区中关村北大街甲28号\n\n不存在的地方\n朝阳区\n金平县\t中共红河州委、红河州人民政府:\n西湖区翠苑街道\n";
    let out = batch(input, &["--threads", "2"]);
    assert_eq!(out.len(), 6);
    assert_eq!(code(&out[0]), Some("110108"));
    assert!(out[1].is_null());
    assert!(out[2].is_null());
    assert_eq!(code(&out[3]), None);
    assert!(out[3]["candidates"].as_array().unwrap().len() >= 2);
    assert_eq!(code(&out[4]), Some("532530"));
    assert_eq!(code(&out[5]), Some("330106005"));
}

#[test]
fn context_applies_to_lines_without_their_own() {
    let out = batch("朝阳区\n朝阳区\t长春市\n", &["--context", "北京市"]);
    assert_eq!(code(&out[0]), Some("110105"));
    assert_eq!(code(&out[1]), Some("220104"));
}

#[test]
fn many_lines_stay_in_order() {
    let input = "杭州市西湖区\n南昌市西湖区\n".repeat(500);
    let out = batch(&input, &[]);
    assert_eq!(out.len(), 1000);
    for (i, v) in out.iter().enumerate() {
        let want = if i % 2 == 0 { "330106" } else { "360103" };
        assert_eq!(code(v), Some(want));
    }
}

#[test]
fn a_single_name_still_prints_pretty_json() {
    let out = Command::new(BIN)
        .args(["resolve", "城关镇", "--context", "甘肃省兰州市永登县"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(code(&v), Some("620121100"));
}
