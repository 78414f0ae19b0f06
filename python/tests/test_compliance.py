"""Compliance, issuer kind and diagnostics: what docs/diagnostics.md and
docs/cookbook/compliance.md promise, checked on every fixture."""

import datetime
import glob
import pathlib

import pytest

import lawreport

ROOT = pathlib.Path(__file__).resolve().parents[2]
FIXTURES = sorted(glob.glob(str(ROOT / "tests" / "fixtures" / "*.txt")))
PARTS = ["measures", "problems", "leadership", "plans"]


@pytest.fixture(scope="module")
def reports():
    return lawreport.parse_many(FIXTURES, errors="raise")


def fixture(name):
    return lawreport.parse_file(ROOT / "tests" / "fixtures" / name)


def test_a_code_is_given_at_most_once_per_report(reports):
    for r in reports:
        codes = [d.code for d in r.diagnostics]
        assert len(codes) == len(set(codes)), (r.path, codes)
        for d in r.diagnostics:
            assert isinstance(d.spans, list)
            if d.span is not None:
                assert d.spans[0] == d.span
            if len(d.spans) > 1:
                assert d.message.startswith("%d times: " % len(d.spans))


def test_the_reports_table_never_repeats_a_code(reports):
    pd = pytest.importorskip("pandas")
    df = lawreport.to_pandas(reports, table="reports")
    for codes in df["diagnostics"]:
        assert len(codes) == len(set(codes))
    assert isinstance(df, pd.DataFrame)


def test_one_part_missing_names_every_missing_part(reports):
    for r in reports:
        found = [d for d in r.diagnostics if d.code == "part_missing"]
        if r.has_diagnostic("not_a_report") or not r.compliance.missing:
            assert found == [], r.path
            continue
        [d] = found
        for part in r.compliance.missing:
            assert part in d.message
        for part in set(PARTS) - set(r.compliance.missing):
            assert "no %s" % part not in d.message and " %s part" % part not in d.message.split(":")[0]


def test_part_missing_without_an_outline():
    r = lawreport.parse(
        "2023年仓前街道法治政府建设工作报告\n2023年,仓前街道坚持依法行政,深入推进法治政府建设。\n"
        "仓前街道办事处\n2024年1月10日\n"
    )
    assert r.sections == []
    assert [d.code for d in r.diagnostics].count("part_missing") == 1
    assert r.compliance.missing == ["problems", "leadership", "plans"]


def test_outline_repairs_are_one_diagnostic_with_every_place():
    r = fixture("street-broken.txt")
    [d] = [d for d in r.diagnostics if d.code == "outline_repaired"]
    assert len(d.spans) == 7
    for start, end in d.spans:
        assert 0 <= start <= end <= len(r.text)


def test_evidence_agrees_with_parts_and_missing(reports):
    for r in reports:
        c = r.compliance
        assert set(c.evidence) == set(PARTS)
        for part, e in c.evidence.items():
            assert e["found_by"] in ("heading", "content", None)
            assert (e["found_by"] is not None) == getattr(c.parts, part) == (part not in c.missing)
            if e["span"] is not None:
                start, end = e["span"]
                assert e["cue"] in r.text[start:end]
        assert c.to_dict()["evidence"].keys() == c.evidence.keys()


def test_text_complete_and_its_reasons(reports):
    for r in reports:
        c = r.compliance
        assert c.text_complete == (c.text_issues == [])
        assert ("truncated" in c.text_issues) == r.has_diagnostic("truncated")
        assert ("template" in c.text_issues) == r.has_diagnostic("masked_text")
        assert ("not_a_report" in c.text_issues) == r.has_diagnostic("not_a_report")


def test_lateness_has_its_date_and_rule():
    r = fixture("truncated-sentence-end.txt")
    c = r.compliance
    assert r.has_diagnostic("truncated") and not c.text_complete
    assert c.published_on_time is False
    assert c.deadline == datetime.date(2025, 4, 1)
    assert c.date_used == "published_on"
    r = fixture("street-broken.txt")
    assert r.compliance.date_used in ("published_on", "signed_on", None)


def test_leadership_found_in_the_body():
    r = fixture("leadership-in-content.txt")
    e = r.compliance.evidence["leadership"]
    assert e["found_by"] == "content" and e["cue"] == "第一责任人"
    assert r.compliance.missing == []
    assert not r.has_diagnostic("part_missing")


@pytest.mark.parametrize(
    "name, kind",
    [
        ("department.txt", "department"),
        ("city-bureau.txt", "department"),
        ("joint-party-government.txt", "party_and_government"),
        ("district-full.txt", "government"),
        ("leadership-in-content.txt", "government"),
        ("truncated-sentence-end.txt", "government"),
    ],
)
def test_author_kind(name, kind):
    r = fixture(name)
    assert r.author_kind == kind
    assert r.to_dict()["author_kind"] == kind


def test_reports_table_columns(reports):
    pytest.importorskip("pandas")
    df = lawreport.to_pandas(reports, table="reports")
    for column in ("author_kind", "deadline", "date_used", "text_complete", "text_issues", "parts_by_content"):
        assert column in df.columns
    pd = pytest.importorskip("pandas")
    assert [None if pd.isna(k) else k for k in df["author_kind"]] == [r.author_kind for r in reports]
    assert list(df["text_complete"]) == [r.compliance.text_complete for r in reports]
    i = [r.path for r in reports].index(str(ROOT / "tests" / "fixtures" / "leadership-in-content.txt"))
    assert df["parts_by_content"][i] == ["leadership"]
