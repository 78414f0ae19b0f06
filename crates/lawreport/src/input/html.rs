//! HTML pages: the report's text and the page's metadata.
//!
//! The page is parsed with [`scraper`] (html5ever, the browsers' parsing
//! algorithm), then walked once, without recursion:
//!
//! - scripts, styles, forms, `<nav>`, `<aside>`, `<header>`/`<footer>`
//!   (outside an `<article>` or `<main>`), and containers whose `id` or
//!   `class` names navigation, menus, breadcrumbs, sharing buttons, footers
//!   or copyright notices are dropped;
//! - block elements (`<p>`, `<div>`, `<h1>`, `<li>`, `<tr>` …) and `<br>`
//!   end lines; cells of a row are joined with a space; runs of whitespace in
//!   text become one space (except in `<pre>`);
//! - metadata tables (a cell that is a label such as 索引号: followed by
//!   its value) and the page's `<meta>` tags (`ArticleTitle`, `PubDate`,
//!   `ContentSource`, …) are lifted to labelled lines at the top
//!   (`索引号: …`), which the metadata stage reads as it reads them in text.

use ego_tree::iter::Edge;
use scraper::{ElementRef, Html, Node};

use crate::metadata;

/// Elements dropped with everything inside them.
const DROPPED: &[&str] = &[
    "script", "style", "noscript", "template", "nav", "aside", "iframe", "object", "embed", "svg",
    "canvas", "form", "select", "button", "input", "textarea", "head", "map", "audio", "video",
];

/// Elements that end a line.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "tr",
    "table",
    "tbody",
    "thead",
    "tfoot",
    "caption",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "blockquote",
    "pre",
    "center",
    "address",
    "figure",
    "figcaption",
    "hr",
    "body",
    "html",
    "title",
    "fieldset",
    "details",
    "summary",
];

/// Parts of `id`/`class` names that mark page chrome.
const CHROME: &[&str] = &[
    "nav",
    "menu",
    "breadcrumb",
    "crumb",
    "footer",
    "copyright",
    "sidebar",
    "share",
    "toolbar",
    "topbar",
    "skip",
    "cookie",
    "advert",
    "related",
    "position",
    "location",
    "pagination",
    "pager",
];

/// `<meta name=…>` fields lifted, with the label they become.
const META: &[(&str, &str)] = &[
    ("articletitle", "标题"),
    ("pubdate", "发布日期"),
    ("firstpublishedtime", "发布日期"),
    ("contentsource", "来源"),
    ("contentsourcename", "来源"),
    ("author", "作者"),
];

/// Pages nested deeper than this are read by [`strip_tags`]: html5ever's
/// tree building slows down quadratically with nesting depth, and no real
/// page comes near it.
const MAX_NESTING: usize = 1_500;

/// The text of an HTML page, with its metadata as labelled lines first.
pub(crate) fn extract(html: &str) -> String {
    if nesting_exceeds(html, MAX_NESTING) {
        return strip_tags(html);
    }
    let doc = Html::parse_document(html);
    let mut head_lines: Vec<String> = Vec::new();
    let mut seen_labels: Vec<String> = Vec::new();

    // <meta name="PubDate" content="…">
    for node in doc.tree.root().descendants() {
        let Some(element) = ElementRef::wrap(node) else {
            continue;
        };
        if element.value().name() != "meta" {
            continue;
        }
        let (Some(name), Some(content)) = (
            element.value().attr("name"),
            element.value().attr("content"),
        ) else {
            continue;
        };
        let lower = name.trim().to_ascii_lowercase();
        if let Some((_, label)) = META.iter().find(|(n, _)| *n == lower) {
            let value = collapse(content);
            if !value.is_empty() && !seen_labels.iter().any(|l| l == label) {
                seen_labels.push((*label).to_string());
                head_lines.push(format!("{label}: {value}"));
            }
        }
    }

    let mut walker = Walker::default();
    let mut skip_depth: Option<usize> = None;
    let mut depth = 0usize;
    // Open <article>/<main>/<pre> elements around the current node.
    let mut in_article = 0usize;
    let mut in_pre = 0usize;
    for edge in doc.tree.root().traverse() {
        match edge {
            Edge::Open(node) => {
                depth += 1;
                if skip_depth.is_some() {
                    continue;
                }
                match node.value() {
                    Node::Text(t) => walker.text(t, in_pre > 0),
                    Node::Element(e) => {
                        let name = e.name();
                        let element = ElementRef::wrap(node).expect("an element node");
                        let drop = DROPPED.contains(&name)
                            || (matches!(name, "header" | "footer") && in_article == 0)
                            || is_chrome(e.attr("id"), e.attr("class"));
                        if drop {
                            skip_depth = Some(depth);
                            continue;
                        }
                        if name == "table" {
                            if let Some(fields) = metadata_table(element) {
                                for (label, value) in fields {
                                    if !seen_labels.contains(&label) {
                                        head_lines.push(format!("{label}: {value}"));
                                        seen_labels.push(label);
                                    }
                                }
                                skip_depth = Some(depth);
                                continue;
                            }
                        }
                        match name {
                            "br" => walker.br(),
                            "td" | "th" => walker.space(),
                            "article" | "main" => in_article += 1,
                            "pre" => in_pre += 1,
                            _ => {}
                        }
                        if BLOCKS.contains(&name) {
                            walker.newline();
                        }
                    }
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if skip_depth == Some(depth) {
                    skip_depth = None;
                } else if skip_depth.is_none() {
                    if let Node::Element(e) = node.value() {
                        let name = e.name();
                        match name {
                            "article" | "main" => in_article = in_article.saturating_sub(1),
                            "pre" => in_pre = in_pre.saturating_sub(1),
                            "td" | "th" => walker.space(),
                            _ => {}
                        }
                        if BLOCKS.contains(&name) {
                            walker.newline();
                        }
                    }
                }
                depth = depth.saturating_sub(1);
            }
        }
    }
    walker.newline();

    let mut out = String::with_capacity(html.len() / 2);
    for line in head_lines.iter().chain(&walker.lines) {
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// Whether an `id` or `class` names page chrome.
/// Elements that never hold others, so never deepen the nesting.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// The tag name starting at the beginning of `s` (after `<` or `</`).
fn tag_name(s: &str) -> &str {
    let end = s
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(s.len());
    &s[..end]
}

/// Whether open elements ever nest deeper than `limit` (a linear scan of
/// the tags, not a parse).
fn nesting_exceeds(html: &str, limit: usize) -> bool {
    let mut depth = 0usize;
    for (at, _) in html.match_indices('<') {
        let rest = &html[at + 1..];
        if let Some(closing) = rest.strip_prefix('/') {
            if closing.starts_with(|c: char| c.is_ascii_alphabetic()) {
                depth = depth.saturating_sub(1);
            }
        } else if rest.starts_with(|c: char| c.is_ascii_alphabetic()) {
            let name = tag_name(rest).to_ascii_lowercase();
            let self_closing = rest.find('>').is_some_and(|end| rest[..end].ends_with('/'));
            if !VOID.contains(&name.as_str()) && !self_closing {
                depth += 1;
                if depth > limit {
                    return true;
                }
            }
        }
    }
    false
}

/// The text of a page without building a tree: tags dropped, block tags as
/// line breaks, script and style bodies skipped, common entities decoded.
fn strip_tags(html: &str) -> String {
    const BLOCK: &[&str] = &[
        "p", "div", "br", "li", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "section",
        "article",
    ];
    let mut out = String::with_capacity(html.len() / 2);
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        out.push_str(&decode_entities(&rest[..at]));
        let tag = &rest[at + 1..];
        let end = tag.find('>').map_or(tag.len(), |e| e + 1);
        let name = tag_name(tag.trim_start_matches('/')).to_ascii_lowercase();
        rest = &tag[end..];
        if matches!(name.as_str(), "script" | "style") && !tag.starts_with('/') {
            // The first "</script" (any case) ends the body: no copies of the page.
            let close = rest.match_indices("</").find(|(i, _)| {
                rest.get(i + 2..i + 2 + name.len())
                    .is_some_and(|n| n.eq_ignore_ascii_case(&name))
            });
            rest = close.map_or("", |(i, _)| &rest[i..]);
        } else if BLOCK.contains(&name.as_str()) {
            out.push('\n');
        }
    }
    out.push_str(&decode_entities(rest));
    out
}

fn decode_entities(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains('&') {
        return std::borrow::Cow::Borrowed(s);
    }
    let decoded = s
        .replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    std::borrow::Cow::Owned(decoded)
}

fn is_chrome(id: Option<&str>, class: Option<&str>) -> bool {
    id.into_iter()
        .chain(class)
        .flat_map(str::split_ascii_whitespace)
        .any(|token| {
            let token = token.to_ascii_lowercase();
            CHROME.iter().any(|c| token.contains(c))
                || matches!(
                    token.as_str(),
                    "header" | "footer" | "top" | "bottom" | "foot" | "head"
                )
        })
}

/// The `(label, value)` pairs of a table of page metadata: cells that are a
/// label (索引号:, 发布日期 …) each followed by a value cell. `None` when
/// the table has no such label (it is then part of the report).
fn metadata_table(table: ElementRef<'_>) -> Option<Vec<(String, String)>> {
    let cells: Vec<String> = table
        .descendants()
        .filter_map(ElementRef::wrap)
        .filter(|e| matches!(e.value().name(), "td" | "th"))
        .map(|e| collapse(&e.text().collect::<String>()))
        .collect();
    let mut fields = Vec::new();
    let mut labelled = 0;
    let mut i = 0;
    while i < cells.len() {
        let cell = cells[i].trim_end_matches([':', '\u{ff1a}', ' ']);
        if let Some(label) = cell_label(cell) {
            labelled += 1;
            let value = cells.get(i + 1).map_or("", |v| v.as_str());
            if !value.is_empty()
                && cell_label(value.trim_end_matches([':', '\u{ff1a}', ' '])).is_none()
            {
                fields.push((label, value.to_string()));
                i += 2;
                continue;
            }
        } else if metadata::is_metadata_line(&cells[i].replace('\u{ff1a}', ":")) {
            // "索引号:123" in one cell.
            labelled += 1;
            for f in metadata::fields(&cells[i].replace('\u{ff1a}', ":")) {
                if !f.value.is_empty() {
                    fields.push((f.label, f.value));
                }
            }
        }
        i += 1;
    }
    // A table of the report (statistics, say) has no labels; a metadata
    // table is mostly labels and values.
    (labelled >= 2 && labelled * 2 >= cells.len() / 2).then_some(fields)
}

/// The label a cell is, when it is exactly a metadata label.
fn cell_label(cell: &str) -> Option<String> {
    if cell.is_empty() || cell.chars().count() > 8 {
        return None;
    }
    let fields = metadata::fields(&format!("{cell}:"));
    match fields.as_slice() {
        [f] if f.value.is_empty() && f.label == cell.replace(char::is_whitespace, "") => {
            Some(f.label.clone())
        }
        _ => None,
    }
}

/// Runs of HTML whitespace as one space, trimmed.
fn collapse(s: &str) -> String {
    s.split_ascii_whitespace().collect::<Vec<_>>().join(" ")
}

/// Lines being built from text and breaks.
#[derive(Default)]
struct Walker {
    lines: Vec<String>,
    line: String,
    pending_space: bool,
    /// The last thing seen was a `<br>` (a second one makes a blank line).
    after_br: bool,
}

impl Walker {
    fn text(&mut self, t: &str, pre: bool) {
        if pre {
            let mut parts = t.split('\n');
            if let Some(first) = parts.next() {
                self.push(first);
            }
            for part in parts {
                self.newline();
                self.push(part);
            }
            return;
        }
        if t.starts_with(|c: char| c.is_ascii_whitespace()) {
            self.space();
        }
        let mut words = t.split_ascii_whitespace().peekable();
        while let Some(w) = words.next() {
            self.push(w);
            if words.peek().is_some() {
                self.space();
            }
        }
        if t.ends_with(|c: char| c.is_ascii_whitespace()) && !t.trim_ascii().is_empty() {
            self.space();
        }
    }

    fn push(&mut self, s: &str) {
        if s.is_empty() {
            return;
        }
        self.after_br = false;
        if self.pending_space && !self.line.is_empty() {
            self.line.push(' ');
        }
        self.pending_space = false;
        self.line.push_str(s);
    }

    fn space(&mut self) {
        self.pending_space = true;
    }

    /// End the line; a line of only spaces (`<p>&nbsp;</p>`) is a blank
    /// line, as on the page.
    fn newline(&mut self) {
        self.pending_space = false;
        let line = self.line.trim_end();
        if !line.is_empty() {
            self.lines.push(line.to_string());
        } else if !self.line.is_empty() && self.lines.last().is_some_and(|l| !l.is_empty()) {
            self.lines.push(String::new());
        }
        self.line.clear();
    }

    /// `<br>`: ends the line; a second one in a row leaves a blank line.
    fn br(&mut self) {
        if self.line.is_empty() && self.after_br {
            if self.lines.last().is_some_and(|l| !l.is_empty()) {
                self.lines.push(String::new());
            }
        } else {
            self.newline();
        }
        self.after_br = true;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_paragraphs_drops_chrome_and_lifts_metadata() {
        let page = r#"<!DOCTYPE html><html><head><title>报告_某区政府网</title>
<meta name="PubDate" content="2024-03-20 10:00"><meta name="ContentSource" content="某区司法局">
<script>var a = "一、不要";</script><style>p{}</style></head>
<body><div class="top-nav"><a href="/">首页</a><a>政务公开</a></div>
<table class="xxgk"><tr><td>索引号:</td><td>11330100/2024-001</td><td>发布机构:</td><td>某区人民政府</td></tr>
<tr><td>文号:</td><td></td><td>成文日期:</td><td>2024-03-18</td></tr></table>
<div class="article"><h1>某区2023年法治政府建设年度报告</h1>
<p>一、主要工作</p><p>(一)加强领导。<br>全年开展培训<b>12</b>次。</p>
<table><tr><td>项目</td><td>数量</td></tr><tr><td>案件</td><td>5件</td></tr></table></div>
<div id="footer">版权所有 某区政府</div></body></html>"#;
        let text = extract(page);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            lines,
            [
                "发布日期: 2024-03-20 10:00",
                "来源: 某区司法局",
                "索引号: 11330100/2024-001",
                "发布机构: 某区人民政府",
                "成文日期: 2024-03-18",
                "某区2023年法治政府建设年度报告",
                "一、主要工作",
                "(一)加强领导。",
                "全年开展培训12次。",
                "项目 数量",
                "案件 5件",
            ]
        );
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let page = "<div>".repeat(1_000) + "一、工作" + &"</div>".repeat(1_000);
        assert!(extract(&page).contains("一、工作"));
    }

    #[test]
    fn very_deep_nesting_is_read_without_a_tree() {
        // A tree of this depth would take minutes to build.
        let page = "<html><body><script>var x = '<div>';</script>".to_string()
            + &"<div><span>".repeat(100_000)
            + "一、工作&nbsp;情况<br>二、问题"
            + &"</span></div>".repeat(100_000);
        let text = extract(&page);
        assert!(
            text.contains("一、工作 情况\n二、问题"),
            "{:?}",
            &text[..text.len().min(200)]
        );
        assert!(!text.contains("var x"));
        assert!(!nesting_exceeds("<p>a<br>b<img src=x/><p>c</p>", 2));
    }
}
