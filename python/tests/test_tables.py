"""``to_pandas`` and ``to_polars``: the four tables, their columns and errors."""

import datetime
import sys

import pytest

import lawreport
from conftest import SAMPLE, enrich

pd = pytest.importorskip("pandas")
pl = pytest.importorskip("polars")

KEY = ["report", "id", "title", "year", "jurisdiction_code"]


@pytest.fixture
def reports(tmp_path):
    """Two reports from files (ids from their names) and one enriched one."""
    a = tmp_path / "a-2020.txt"
    a.write_text(SAMPLE, encoding="utf-8")
    b = tmp_path / "b-2021.txt"
    b.write_text(SAMPLE.replace("2020", "2021"), encoding="utf-8")
    return lawreport.parse_many([a, b]) + [enrich(lawreport.parse(SAMPLE))]


def test_statistics_table(reports):
    df = lawreport.to_pandas(reports)  # the default table
    assert list(df.columns[:5]) == KEY
    assert list(df.columns[5:]) == [
        "index", "raw", "value", "unit", "approx", "subject", "indicator",
        "period", "part_of", "section", "sentence", "start", "end",
    ]  # fmt: skip
    rich = reports[2]
    mine = df[df.report == 2]
    assert list(mine.raw) == [s.raw for s in rich.statistics]
    assert list(mine.value) == [31.0, 1200.0]
    assert mine.iloc[0].jurisdiction_code == "440703002"
    assert mine.iloc[0].section == ["一", "(一)"]
    for _, row in df.iterrows():
        assert reports[row.report].text[row.start : row.end] == row.raw
    assert len(df) == sum(len(r.statistics) for r in reports)
    assert str(df["value"].dtype) == "float64" and str(df["start"].dtype) == "int64"


def test_reports_table(reports):
    df = lawreport.to_pandas(reports, table="reports")
    assert len(df) == 3
    assert list(df.report) == [0, 1, 2]
    assert list(df.id[:2]) == ["a-2020", "b-2021"]
    assert df.id[2] is None or pd.isna(df.id[2])
    assert list(df.year) == [2020, 2021, 2020]
    assert str(df.year.dtype) == "Int64"
    assert df.jurisdiction_name[2] == "白沙街道" and df.jurisdiction_level[2] == "township"
    assert df.county[2] == "蓬江区"
    assert df.signed_on[0] == pd.Timestamp(2020, 12, 2)
    assert df.path[0].endswith("a-2020.txt")
    assert bool(df.has_measures[0]) and bool(df.has_problems[0])
    assert list(df.missing[0]) == reports[0].compliance.missing
    assert list(df.n_problems) == [2, 2, 2]
    assert list(df.n_statistics) == [len(r.statistics) for r in reports]
    assert df.diagnostics[0] == [d.code for d in reports[0].diagnostics]
    for column in ("author", "addressee", "published_on", "index_number", "document_number", "publisher",
                   "published_on_time", "has_leadership", "has_plans", "has_other", "n_sections",
                   "n_measures", "n_leadership", "n_plans", "province", "prefecture", "township", "title"):  # fmt: skip
        assert column in df.columns


def test_sections_table(reports):
    df = lawreport.to_pandas(reports, table="sections")
    assert list(df.columns[:5]) == KEY
    first = df[df.report == 0]
    assert list(first[first.level == 1].heading) == [s.heading for s in reports[0].sections]
    child = first[first.heading == "加强组织领导"].iloc[0]
    assert child.path == ["一", "(一)"]
    assert first.loc[first.index[int(child.parent)], "heading"] == "强化法治建设体系"
    assert pd.isna(first.iloc[0].parent)
    for _, row in df.iterrows():
        assert reports[row.report].text[row.start : row.end] == row.text


def test_items_table(reports):
    df = lawreport.to_pandas(reports, table="items")
    assert list(df.columns[:5]) == KEY
    first = df[df.report == 0]
    assert list(first[first.part == "problems"].heading) == ["缺少法律专业人才", "缺少行政执法人员"]
    assert set(df.part) <= {"measures", "leadership", "problems", "plans"}
    for _, row in df.iterrows():
        assert reports[row.report].text[row.start : row.end] == row.text


@pytest.mark.parametrize("table", lawreport.TABLES)
def test_polars_matches_pandas(reports, table):
    pdf = lawreport.to_pandas(reports, table=table)
    plf = lawreport.to_polars(reports, table=table)
    assert isinstance(plf, pl.DataFrame)
    assert plf.columns == list(pdf.columns)
    assert plf.height == len(pdf)
    assert plf["report"].to_list() == list(pdf["report"])


def test_polars_types(reports):
    df = lawreport.to_polars(reports, table="reports")
    assert df.schema["year"] == pl.Int64
    assert df.schema["signed_on"] == pl.Date
    assert df["signed_on"][0] == datetime.date(2020, 12, 2)
    assert df.schema["missing"] == pl.List(pl.Utf8)
    stats = lawreport.to_polars(reports)
    assert stats.schema["value"] == pl.Float64
    assert stats.filter(pl.col("report") == 2)["raw"].to_list() == ["31人", "1200余条"]


@pytest.mark.parametrize("table", lawreport.TABLES)
def test_empty_input_keeps_the_columns(table):
    assert len(lawreport.to_pandas([], table=table)) == 0
    assert lawreport.to_polars([], table=table).height == 0
    assert list(lawreport.to_pandas([], table=table).columns) == lawreport.to_polars([], table=table).columns


def test_accepts_one_report_or_a_dict(reports):
    one = lawreport.to_pandas(reports[2], table="reports")
    assert len(one) == 1
    named = lawreport.to_pandas({"x": reports[0], "y": reports[2]}, table="statistics")
    assert set(named.id) <= {"x", "y"}
    assert list(lawreport.to_pandas({"x": reports[0]}, table="reports").id) == ["x"]
    assert lawreport.to_polars((r for r in reports), table="reports").height == 3


def test_rejects_failures_and_non_reports(reports, tmp_path):
    results = lawreport.parse_many([tmp_path / "missing.txt"])
    with pytest.raises(TypeError, match="errors='skip'"):
        lawreport.to_pandas(reports + results)
    with pytest.raises(TypeError, match="not a Report"):
        lawreport.to_polars([reports[0], "text"])
    with pytest.raises(TypeError, match="not a Report"):
        lawreport.to_pandas({"a": 1})
    with pytest.raises(TypeError):
        lawreport.to_pandas("a report")
    with pytest.raises(TypeError):
        lawreport.to_pandas(3)
    with pytest.raises(ValueError, match="unknown table"):
        lawreport.to_pandas(reports, table="statistic")
    with pytest.raises(ValueError, match="unknown table"):
        lawreport.to_polars(reports, table="rows")


@pytest.mark.parametrize(("function", "module"), [("to_pandas", "pandas"), ("to_polars", "polars")])
def test_missing_library_names_the_extra(monkeypatch, reports, function, module):
    monkeypatch.setitem(sys.modules, module, None)  # makes `import module` fail
    with pytest.raises(ImportError, match=r"pip install 'lawreport\[%s\]'" % module):
        getattr(lawreport, function)(reports)
