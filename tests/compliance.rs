//! End-to-end tests of compliance, issuer kind, truncation and diagnostics
//! on the invented fixture reports of `tests/fixtures/`.

mod common;

use lawreport::{
    parse, AuthorKind, DateUsed, DiagnosticCode as D, FoundBy, SectionKind as K, TextIssue,
};

use common::{count, date, REPORTS};

const TRUNCATED_SENTENCE_END: &str = include_str!("fixtures/truncated-sentence-end.txt");
const CITY_BUREAU: &str = include_str!("fixtures/city-bureau.txt");
const JOINT: &str = include_str!("fixtures/joint-party-government.txt");
const LEADERSHIP_IN_CONTENT: &str = include_str!("fixtures/leadership-in-content.txt");

/// Every fixture of the repository, for the properties that hold of all.
fn fixtures() -> impl Iterator<Item = &'static str> {
    REPORTS.iter().map(|&(_, text)| text).chain([
        include_str!("fixtures/not-a-report.txt"),
        include_str!("fixtures/not-a-report-2.txt"),
        TRUNCATED_SENTENCE_END,
        CITY_BUREAU,
        JOINT,
        LEADERSHIP_IN_CONTENT,
    ])
}

#[test]
fn a_cut_at_a_sentence_end_is_truncated_and_still_late() {
    let r = parse(TRUNCATED_SENTENCE_END);
    assert!(r.has_diagnostic(D::Truncated), "{:#?}", r.diagnostics);
    let c = &r.compliance;
    assert!(!c.text_complete);
    assert_eq!(c.text_issues, vec![TextIssue::Truncated]);
    // Lateness does not depend on the cut.
    assert_eq!(r.published_on, date(2025, 4, 15));
    assert_eq!(c.published_on_time, Some(false));
    assert_eq!(c.deadline, date(2025, 4, 1));
    assert_eq!(c.date_used, Some(DateUsed::PublishedOn));
    // The missing parts are listed once, with the reason they may be missing.
    assert_eq!(count(&r, D::PartMissing), 1);
    let d = r
        .diagnostics
        .iter()
        .find(|d| d.code == D::PartMissing)
        .unwrap();
    assert!(d.message.contains("truncated"), "{}", d.message);
    assert_eq!(r.author_kind, Some(AuthorKind::Government));
}

#[test]
fn a_bureau_report_is_a_department_report_of_its_city() {
    let r = parse(CITY_BUREAU);
    assert_eq!(r.author_kind, Some(AuthorKind::Department));
    let j = r.jurisdiction.as_ref().expect("jurisdiction");
    assert_eq!(j.code.as_deref(), Some("3305"), "{j:?}");
    let c = &r.compliance;
    assert!(c.text_complete && c.missing.is_empty(), "{c:?}");
    assert_eq!(c.evidence.leadership.found_by, Some(FoundBy::Content));
    assert_eq!(c.evidence.plans.found_by, Some(FoundBy::Heading));
    assert_eq!(c.published_on_time, Some(true));
    assert!(!r.has_diagnostic(D::Truncated));
}

#[test]
fn a_joint_report_of_party_committee_and_government() {
    let r = parse(JOINT);
    assert_eq!(r.author_kind, Some(AuthorKind::PartyAndGovernment));
    let c = &r.compliance;
    assert!(c.missing.is_empty() && c.text_complete, "{c:?}");
    for kind in K::REQUIRED {
        let e = c.evidence.get(kind).unwrap();
        assert_eq!(e.found_by, Some(FoundBy::Heading), "{kind}");
    }
    assert_eq!(c.published_on_time, Some(true));
    assert!(!r.has_diagnostic(D::PartMissing));
}

#[test]
fn a_leadership_part_only_in_the_body_is_found_by_content() {
    let r = parse(LEADERSHIP_IN_CONTENT);
    let c = &r.compliance;
    assert!(c.missing.is_empty(), "{c:?}");
    assert!(c.parts.leadership);
    let e = &c.evidence.leadership;
    assert_eq!(e.found_by, Some(FoundBy::Content));
    let sentence = r.slice(e.span.unwrap()).unwrap();
    assert!(sentence.contains("第一责任人"), "{sentence}");
    assert!(sentence.starts_with("镇党委书记"), "{sentence}");
    assert!(!r.has_diagnostic(D::PartMissing));
    assert!(!r.has_diagnostic(D::Truncated));
    assert_eq!(r.author_kind, Some(AuthorKind::Government));
    assert_eq!(c.published_on_time, Some(true));
}

#[test]
fn a_first_section_on_the_first_responsible_person_is_the_leadership_part() {
    let text = "城东街道2023年法治政府建设年度报告\n一、强化法治建设体系,发挥第一责任人核心作用\n(一)街道党工委书记带头学法。\n二、存在问题\n人才不足。\n三、2024年工作计划\n加强学习。\n";
    let r = parse(text);
    let e = &r.compliance.evidence.leadership;
    assert_eq!(e.found_by, Some(FoundBy::Heading));
    assert_eq!(
        r.slice(e.span.unwrap()),
        Some("强化法治建设体系,发挥第一责任人核心作用")
    );
    assert!(r.compliance.missing.is_empty());
}

#[test]
fn codes_do_not_repeat_and_spans_list_every_place() {
    for text in fixtures() {
        let r = parse(text);
        let mut codes: Vec<D> = r.diagnostics.iter().map(|d| d.code).collect();
        let n = codes.len();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), n, "{:#?}", r.diagnostics);
        for d in &r.diagnostics {
            if let Some(span) = d.span {
                assert_eq!(d.spans.first(), Some(&span), "{d:?}");
            }
            for &s in &d.spans {
                assert!(r.slice(s).is_some(), "{d:?}");
            }
        }
    }
}

#[test]
fn evidence_spans_slice_back_to_their_cue() {
    for text in fixtures() {
        let r = parse(text);
        for kind in K::REQUIRED {
            let e = r.compliance.evidence.get(kind).unwrap();
            assert_eq!(e.found_by.is_some(), r.compliance.parts.has(kind), "{kind}");
            assert_eq!(e.found_by.is_some(), !r.compliance.missing.contains(&kind));
            if let (Some(span), Some(cue)) = (e.span, e.cue.as_deref()) {
                let at = r.slice(span).expect("span inside the text");
                assert!(at.contains(cue), "{kind}: {at:?} lacks {cue:?}");
            }
        }
        let issues = &r.compliance.text_issues;
        assert_eq!(r.compliance.text_complete, issues.is_empty());
        assert_eq!(
            issues.contains(&TextIssue::Truncated),
            r.has_diagnostic(D::Truncated)
        );
        assert_eq!(
            issues.contains(&TextIssue::Template),
            r.has_diagnostic(D::MaskedText)
        );
        assert_eq!(
            issues.contains(&TextIssue::NotAReport),
            r.has_diagnostic(D::NotAReport)
        );
    }
}

#[test]
fn truncation_from_the_shape_of_the_end() {
    let head =
        "白沙街2023年法治政府建设年度报告\n一、主要举措和成效\n(一)加强学法。全年学法12次。\n";
    let cases = [
        ("(二)严格执法。全年办理案件", true, "a cut word"),
        ("(二)严格执法。全年办理案件35", true, "a dangling number"),
        (
            "(二)嚴格執法。編制應(yīng)急管理事項清單及實施規(guī)",
            true,
            "inline pinyin",
        ),
        (
            "(二)严格执法。全年办理案件35件。\n(三)",
            true,
            "a bare heading number",
        ),
        (
            "(二)严格执法。全年办理案件35件。",
            true,
            "a sentence end inside measures",
        ),
        (
            "(二)严格执法。\n二、存在的问题\n人才不足。\n三、2024年工作计划\n加强学习。",
            false,
            "ends in the plans part",
        ),
        (
            "(二)严格执法。\n下一步,我们将继续推进法治建设。",
            false,
            "closing words",
        ),
        (
            "(二)严格执法。全年办理案件\n白沙街道办事处\n2024年1月5日",
            false,
            "a sign-off",
        ),
        (
            "(二)严格执法。全年办理案件\n网站地图 | 联系我们\n主办:区人民政府办公室 运维:区数据局\n联系电话:0750-3001234",
            true,
            "a cut before a site footer",
        ),
        (
            "(二)严格执法。\n二、存在的问题\n人才不足。\n三、2024年工作计划\n加强学习。\n【打印本页】【关闭窗口】\n主办:区人民政府办公室",
            false,
            "a whole report before a site footer",
        ),
    ];
    for (tail, truncated, what) in cases {
        let r = parse(&format!("{head}{tail}\n"));
        assert_eq!(
            r.has_diagnostic(D::Truncated),
            truncated,
            "{what}: {:#?}",
            r.diagnostics
        );
    }
}

#[test]
fn issuer_kinds_from_title_author_and_opening() {
    let body = "\n一、主要举措和成效\n(一)加强学法。\n";
    let cases = [
        (
            "余杭区司法局2023年法治政府建设年度报告",
            "",
            AuthorKind::Department,
        ),
        (
            "余杭区人民政府办公室关于2023年度法治政府建设情况的报告",
            "",
            AuthorKind::Department,
        ),
        (
            "杭州市余杭区人民政府关于2023年度法治政府建设情况的报告",
            "",
            AuthorKind::Government,
        ),
        (
            "仓前街道2023年度法治政府建设工作报告",
            "",
            AuthorKind::Government,
        ),
        (
            "中共余杭区委 余杭区人民政府关于2023年法治政府建设情况的报告",
            "",
            AuthorKind::PartyAndGovernment,
        ),
        (
            "中共仓前街道工作委员会2023年法治建设工作报告",
            "",
            AuthorKind::PartyCommittee,
        ),
        (
            "2023年度法治政府建设情况报告",
            "2023年,区委、区政府坚持以习近平法治思想为指导。",
            AuthorKind::PartyAndGovernment,
        ),
        (
            "2023年度法治政府建设情况报告",
            "2023年,我局深入学习贯彻习近平法治思想。",
            AuthorKind::Department,
        ),
        (
            "2023年度法治政府建设情况报告",
            "2023年,余杭区发展和改革局坚持依法行政。",
            AuthorKind::Department,
        ),
        (
            "余杭区人民法院2023年法治建设工作报告",
            "",
            AuthorKind::Other,
        ),
    ];
    for (title, opening, want) in cases {
        let r = parse(&format!("{title}\n{opening}{body}"));
        assert_eq!(r.author_kind, Some(want), "{title} {opening}");
    }
}

#[test]
fn part_missing_is_given_without_an_outline_too() {
    let r = parse("2023年仓前街道法治政府建设工作报告\n2023年,仓前街道坚持依法行政,深入推进法治政府建设,全年开展法治宣传活动12场。\n仓前街道办事处\n2024年1月10日\n");
    assert!(r.sections.is_empty());
    assert_eq!(count(&r, D::PartMissing), 1, "{:#?}", r.diagnostics);
    let d = r
        .diagnostics
        .iter()
        .find(|d| d.code == D::PartMissing)
        .unwrap();
    assert!(d.message.contains("no numbered headings"), "{}", d.message);
    assert_eq!(
        r.compliance.missing,
        vec![K::Problems, K::Leadership, K::Plans]
    );
}
