//! Real inputs: every fixture report re-encoded (GB18030, UTF-16LE with
//! BOM, UTF-16BE, Big5 for the traditional one), wrapped in an HTML page
//! with chrome and a metadata table, and written as a .docx, must parse to
//! the same title, year, sections, items and statistics as the UTF-8 text.
//!
//! The corpus check at the end does the same for `shared/corpus/seeds`
//! (converted in memory; skipped when the corpus is absent).

use std::io::Write;

mod common;

use encoding_rs::{BIG5, GB18030, GBK};
use lawreport::input::{read_input, Format};
use lawreport::{parse, read, DiagnosticCode, Error, Report};
use serde_json::Value;

use common::REPORTS as FIXTURES;

/// What must not change with the input format: title, year, sections,
/// items and statistics, without spans (offsets move when an HTML page's
/// metadata lines come first).
fn essence(r: &Report) -> Value {
    fn strip(v: &mut Value) {
        match v {
            Value::Object(m) => {
                m.remove("span");
                m.values_mut().for_each(strip);
            }
            Value::Array(a) => a.iter_mut().for_each(strip),
            _ => {}
        }
    }
    let mut v = serde_json::json!({
        "title": r.title,
        "year": r.year,
        "sections": r.sections,
        "measures": r.measures,
        "leadership": r.leadership,
        "problems": r.problems,
        "plans": r.plans,
        "statistics": r.statistics,
    });
    strip(&mut v);
    v
}

fn assert_same(name: &str, how: &str, expected: &Report, got: &Report) {
    let (e, g) = (essence(expected), essence(got));
    if e != g {
        for key in [
            "title",
            "year",
            "sections",
            "measures",
            "leadership",
            "problems",
            "plans",
            "statistics",
        ] {
            assert_eq!(e[key], g[key], "{name} as {how}: {key} differs");
        }
    }
}

fn utf16(text: &str, le: bool) -> Vec<u8> {
    let bom: [u8; 2] = if le { [0xff, 0xfe] } else { [0xfe, 0xff] };
    bom.into_iter()
        .chain(text.encode_utf16().flat_map(
            move |u| {
                if le {
                    u.to_le_bytes()
                } else {
                    u.to_be_bytes()
                }
            },
        ))
        .collect()
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A government page around `text`: head with meta tags and a script,
/// navigation, breadcrumbs, a metadata table, the report one `<p>` a line,
/// a share bar and a footer.
pub fn html_page(text: &str, charset: &str) -> String {
    let title = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let mut page = format!(
        r#"<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="{charset}">
<title>{t}_某某区人民政府门户网站</title>
<meta name="ArticleTitle" content="{t}">
<meta name="PubDate" content="2024-03-28 09:30">
<meta name="ContentSource" content="某某区司法局">
<link rel="stylesheet" href="/css/main.css">
<style>.nav {{ color: red }} p {{ text-indent: 2em }}</style>
<script type="text/javascript">var _hmt = _hmt || []; document.write("一、不是报告");</script>
</head>
<body>
<div class="header"><img src="/logo.png" alt="某某区人民政府"><form><input name="q"><button>搜索</button></form></div>
<nav class="main-nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/hdjl/">互动交流</a></li></ul></nav>
<div class="breadcrumb">您所在的位置:<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 法治政府建设</div>
<table class="xxgk-meta" border="1">
<tr><td>索引号:</td><td>11330100MB1234567X/2024-00012</td><td>主题分类:</td><td>司法</td></tr>
<tr><td>发布机构:</td><td>某某区人民政府办公室</td><td>发布日期:</td><td>2024-03-28</td></tr>
<tr><td>文号:</td><td>某政发〔2024〕5号</td><td>有效性:</td><td>有效</td></tr>
</table>
<div class="article-content" id="zoom">
"#,
        t = escape(title)
    );
    for line in text.lines() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            page.push_str("<p>&nbsp;</p>\n");
        } else {
            page.push_str(&format!("<p>{}</p>\n", escape(line)));
        }
    }
    page.push_str(
        r#"</div>
<div class="share-bar">分享到:<a>微信</a><a>微博</a></div>
<div class="related-links"><h3>相关链接</h3><ul><li><a>国务院</a></li></ul></div>
<div id="footer"><p>主办:某某区人民政府办公室 版权所有</p><p>ICP备案号:浙ICP备00000000号</p></div>
<script>console.log("二、不是报告");</script>
</body></html>
"#,
    );
    page
}

/// A .docx with one paragraph per line of `text`.
pub fn docx(paragraphs: &[String], numbering: Option<&str>) -> Vec<u8> {
    let mut body = String::new();
    for p in paragraphs {
        body.push_str(p);
    }
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}<w:sectPr/></w:body></w:document>"#
    );
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    let mut part = |name: &str, content: &str| {
        zip.start_file(name, options).unwrap();
        zip.write_all(content.as_bytes()).unwrap();
    };
    part(
        "[Content_Types].xml",
        r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#,
    );
    part("word/document.xml", &document);
    if let Some(n) = numbering {
        part("word/numbering.xml", n);
    }
    zip.finish().unwrap().into_inner()
}

fn paragraph(text: &str) -> String {
    format!(
        r#"<w:p><w:pPr><w:jc w:val="both"/></w:pPr><w:r><w:t xml:space="preserve">{}</w:t></w:r></w:p>"#,
        escape(text)
    )
}

fn docx_of(text: &str) -> Vec<u8> {
    let paragraphs: Vec<String> = text
        .lines()
        .map(|l| paragraph(l.trim_end_matches('\r')))
        .collect();
    docx(&paragraphs, None)
}

#[test]
fn every_fixture_reads_the_same_in_every_format() {
    for (name, text) in FIXTURES {
        let expected = parse(text);
        let traditional = *name == "traditional.txt";
        let mut forms: Vec<(&str, Vec<u8>, Format, &str)> = vec![
            ("UTF-8", text.as_bytes().to_vec(), Format::Text, "UTF-8"),
            (
                "UTF-8 with BOM",
                [b"\xef\xbb\xbf".as_slice(), text.as_bytes()].concat(),
                Format::Text,
                "UTF-8",
            ),
            ("UTF-16LE", utf16(text, true), Format::Text, "UTF-16LE"),
            ("UTF-16BE", utf16(text, false), Format::Text, "UTF-16BE"),
            (
                "HTML",
                html_page(text, "utf-8").into_bytes(),
                Format::Html,
                "UTF-8",
            ),
            ("docx", docx_of(text), Format::Docx, "UTF-8"),
        ];
        let (legacy, legacy_name) = if traditional {
            (BIG5, "Big5")
        } else {
            (GB18030, "GB18030")
        };
        let (bytes, _, unmappable) = legacy.encode(text);
        assert!(
            !unmappable,
            "{name} has characters {legacy_name} cannot hold"
        );
        forms.push((legacy_name, bytes.to_vec(), Format::Text, legacy_name));
        let page = html_page(text, if traditional { "big5" } else { "gb2312" });
        let (bytes, _, _) = legacy.encode(&page);
        forms.push((
            "HTML in a legacy charset",
            bytes.to_vec(),
            Format::Html,
            legacy_name,
        ));

        for (how, bytes, format, encoding) in forms {
            let input =
                read_input(&bytes, Some(name)).unwrap_or_else(|e| panic!("{name} as {how}: {e}"));
            assert_eq!(
                (input.format, input.encoding),
                (format, encoding),
                "{name} as {how}"
            );
            assert!(
                !input
                    .report
                    .has_diagnostic(DiagnosticCode::DecodingReplaced),
                "{name} as {how}"
            );
            assert_same(name, how, &expected, &input.report);
        }
    }
}

#[test]
fn html_metadata_reaches_the_source_and_dates() {
    let text = FIXTURES[9].1; // plain-minimal: no metadata of its own
    let report = read(html_page(text, "utf-8").as_bytes(), Some("page.html")).unwrap();
    assert_eq!(
        report.source.index_number.as_deref(),
        Some("11330100MB1234567X/2024-00012")
    );
    assert_eq!(
        report.source.document_number.as_deref(),
        Some("某政发〔2024〕5号")
    );
    assert_eq!(
        report.source.publisher.as_deref(),
        Some("某某区人民政府办公室")
    );
    assert_eq!(
        report.published_on.map(|d| d.to_string()).as_deref(),
        Some("2024-03-28")
    );
    for chrome in [
        "首页",
        "搜索",
        "版权所有",
        "分享到",
        "不是报告",
        "text-indent",
    ] {
        assert!(!report.text.contains(chrome), "{chrome} kept");
    }
}

#[test]
fn docx_numbering_is_rendered_back() {
    let numbering = r#"<?xml version="1.0" encoding="UTF-8"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="3">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="(%2)"/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
</w:abstractNum>
<w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num>
</w:numbering>"#;
    let numbered = |level: u8, text: &str| {
        format!(
            r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="7"/></w:numPr></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#
        )
    };
    let paragraphs = vec![
        paragraph("某区2023年法治政府建设年度报告"),
        numbered(0, "主要工作"),
        numbered(1, "加强组织领导。全年召开专题会议4次。"),
        numbered(1, "推进依法决策。"),
        numbered(2, "完善合法性审查。"),
        numbered(0, "存在问题"),
        numbered(1, "法治队伍力量不足。"),
        numbered(0, "下一步工作计划"),
        numbered(1, "加强队伍建设。"),
        format!(
            r#"<w:p><w:r><w:t>表</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>项目</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>数量</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"#
        ),
    ];
    let input = read_input(&docx(&paragraphs, Some(numbering)), Some("a.docx")).unwrap();
    assert_eq!(input.format, Format::Docx);
    let text = "某区2023年法治政府建设年度报告\n一、主要工作\n(一)加强组织领导。全年召开专题会议4次。\n(二)推进依法决策。\n1.完善合法性审查。\n二、存在问题\n(一)法治队伍力量不足。\n三、下一步工作计划\n(一)加强队伍建设。\n表\n项目 数量\n";
    assert_eq!(input.report.text, parse(text).text);
    assert_same("numbered.docx", "docx", &parse(text), &input.report);
}

#[test]
fn damaged_and_binary_inputs() {
    let text = FIXTURES[0].1;
    // A GB18030 file with two bad bytes: read, with a warning naming them.
    let mut bytes = GBK.encode(text).0.into_owned();
    let at = bytes.len() / 2;
    bytes.insert(at, 0xff);
    let report = read(&bytes, None).unwrap();
    let d = report
        .diagnostics
        .iter()
        .find(|d| d.code == DiagnosticCode::DecodingReplaced)
        .expect("decoding_replaced");
    assert!(d.message.contains("GB18030"), "{}", d.message);
    // UTF-8 cut inside a character.
    let last = text
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_ascii())
        .unwrap()
        .0;
    let cut = &text.as_bytes()[..last + 1];
    let report = read(cut, None).unwrap();
    assert!(report.has_diagnostic(DiagnosticCode::DecodingReplaced));
    assert_eq!(report.title, parse(text).title);
    // Binary formats and junk are errors.
    // A PDF with nothing in it: a broken PDF (PDFs are read: tests/pdf.rs).
    assert!(matches!(
        read(b"%PDF-1.4\n%\xe2\xe3", Some("a.pdf")),
        Err(Error::PdfBroken { .. }) | Err(Error::UnsupportedFormat { .. })
    ));
    assert!(matches!(
        read(b"PK\x03\x04junk", Some("a.docx")),
        Err(Error::UnsupportedFormat { .. })
    ));
    assert!(matches!(
        read(b"\x01\x02\x00\x00\x07", None),
        Err(Error::Binary { .. })
    ));
    // An empty input is an (empty) report, as for parse("").
    assert!(read(b"", None)
        .unwrap()
        .has_diagnostic(DiagnosticCode::EmptyInput));
    // A broken docx says so.
    let mut d = docx_of(text);
    let len = d.len();
    d.truncate(len / 2);
    assert!(read(&d, Some("a.docx")).is_err());
}

#[test]
fn never_panics_on_odd_markup() {
    let odd = [
        "<html>",
        "<html><body><table><tr><td>索引号:",
        "<!DOCTYPE html><p>一、<br><br><br>",
        "<html><body><pre>一、工作\n(一)学习</pre></body></html>",
        "<meta charset=\"x-unknown\"><p>\u{fffd}</p>",
        "<html><frameset></frameset></html>",
    ];
    for page in odd {
        let _ = read(page.as_bytes(), Some("x.html")).unwrap();
    }
}

/// The corpus acceptance check: each seed as GB18030, UTF-16LE with BOM
/// and an HTML page (and a .docx) parses like the UTF-8 text.
#[test]
fn corpus_seeds_read_the_same_in_every_format() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/seeds");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("skipped: no corpus at {}", dir.display());
        return;
    };
    let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&path).unwrap();
        let expected = parse(&text);
        let (gb, _, unmappable) = GB18030.encode(&text);
        assert!(!unmappable);
        let forms = [
            ("GB18030", gb.into_owned()),
            ("UTF-16LE", utf16(&text, true)),
            ("HTML", html_page(&text, "utf-8").into_bytes()),
            (
                "HTML in GB18030",
                GB18030.encode(&html_page(&text, "gb18030")).0.into_owned(),
            ),
            ("docx", docx_of(&text)),
        ];
        for (how, bytes) in forms {
            let got = read(&bytes, Some(&name)).unwrap_or_else(|e| panic!("{name} as {how}: {e}"));
            assert_same(&name, how, &expected, &got);
            eprintln!("{name} as {how}: same title, year, sections, items, statistics");
        }
    }
}
