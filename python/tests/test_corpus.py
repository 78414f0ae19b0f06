"""The shared corpus (``../shared/corpus``), when it is present: every document
parses, ``to_dict()`` is what the CLI prints, spans slice the text, and one
call makes a table of all its statistics."""

import json
import subprocess

import pytest

import lawreport
from conftest import CLI, CORPUS, corpus_files

FILES = corpus_files()
pytestmark = pytest.mark.skipif(not FILES, reason="no corpus at %s" % CORPUS)


@pytest.fixture(scope="module")
def reports():
    return lawreport.parse_many(FILES, errors="raise")


@pytest.fixture(scope="module")
def cli_output(tmp_path_factory):
    """``lawreport parse FILES --out-dir DIR`` once, then one JSON file each."""
    if not CLI.exists():
        pytest.skip("no CLI at %s (cargo build --release -p lawreport-cli)" % CLI)
    out = tmp_path_factory.mktemp("cli")
    subprocess.run([str(CLI), "parse", *map(str, FILES), "--out-dir", str(out)], check=True)
    return out


def test_every_document_parses(reports):
    assert len(reports) == len(FILES)
    for path, report in zip(FILES, reports):
        assert isinstance(report, lawreport.Report)
        assert report.path == str(path)
        assert report.text


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_to_dict_equals_the_cli(path, cli_output):
    printed = (cli_output / (path.stem + ".json")).read_text(encoding="utf-8")
    report = lawreport.parse_file(path)
    assert report.to_dict() == json.loads(printed)
    assert report.to_json() == printed.rstrip("\n")


def test_spans_slice_the_text(reports):
    for report in reports:
        text = report.text
        for s in report.statistics:
            assert text[s.span[0] : s.span[1]] == s.raw
        for part in ("measures", "leadership", "problems", "plans"):
            for item in report.items(part):
                assert text[item.span[0] : item.span[1]] == item.text
        stack = list(report.sections)
        while stack:
            section = stack.pop()
            assert text[section.span[0] : section.span[1]] == section.text
            stack += section.children


def test_json_round_trip(reports):
    for report in reports:
        assert lawreport.Report.from_json(report.to_json()) == report


def test_extra_documents_are_not_reports(reports):
    extra = [r for p, r in zip(FILES, reports) if p.parent.name == "extra"]
    for report in extra:
        assert report.has_diagnostic("not_a_report")


def test_one_call_makes_a_statistics_table(reports):
    pd = pytest.importorskip("pandas")
    df = lawreport.to_pandas(reports, table="statistics")
    assert isinstance(df, pd.DataFrame)
    assert len(df) == sum(len(r.statistics) for r in reports)
    assert set(df.id) <= {p.stem for p in FILES}
    frame = lawreport.to_pandas(reports, table="reports")
    assert list(frame.id) == [p.stem for p in FILES]
