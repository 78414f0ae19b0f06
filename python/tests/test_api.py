"""The functions and classes of ``lawreport``, on reports the tests write."""

import copy
import datetime
import json
import pathlib
import pickle
import random
import subprocess
import sys

import pytest

import lawreport
from conftest import SAMPLE


# --- parse ------------------------------------------------------------------


def test_parse_reads_the_report(report):
    assert isinstance(report, lawreport.Report)
    assert report.schema_version == lawreport.SCHEMA_VERSION == 1
    assert report.title == "白沙街2020年法治政府建设年度报告"
    assert report.year == 2020
    assert report.author == "蓬江区人民政府白沙街道办事处"
    assert report.addressee == "区委、区政府"
    assert report.signed_on == datetime.date(2020, 12, 2)
    assert report.published_on is None
    assert report.preamble.startswith("今年以来")
    assert report.path is None
    assert [s.kind for s in report.sections] == ["measures", "problems", "leadership", "plans"]
    assert [i.heading for i in report.problems] == ["缺少法律专业人才", "缺少行政执法人员"]
    assert [i.heading for i in report.plans] == ["突出社区自治", "完善机制"]
    assert report.measures and report.leadership


def test_parse_never_fails_on_text():
    for text in ["", " ", "\n\n", "随便写点什么", "一、\n二、\n", "\ufeff标题\r\n正文\r\n", "𠀀😀" * 50]:
        report = lawreport.parse(text)
        assert isinstance(report, lawreport.Report)
    assert lawreport.parse("").has_diagnostic("empty_input")


def test_parse_rejects_bytes_with_a_pointer_to_parse_bytes():
    with pytest.raises(TypeError, match="parse_bytes"):
        lawreport.parse(SAMPLE.encode())
    with pytest.raises(TypeError, match="int"):
        lawreport.parse(3)


def test_parse_rejects_lone_surrogates_as_unicode_error():
    with pytest.raises(UnicodeError):
        lawreport.parse("报告\ud800")


# --- parse_bytes --------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        SAMPLE.encode("utf-8"),
        b"\xef\xbb\xbf" + SAMPLE.encode("utf-8"),
        b"\xff\xfe" + SAMPLE.encode("utf-16-le"),
        b"\xfe\xff" + SAMPLE.encode("utf-16-be"),
        bytearray(SAMPLE.encode("utf-8")),
        memoryview(SAMPLE.encode("utf-8")),
    ],
    ids=["utf8", "utf8-bom", "utf16le", "utf16be", "bytearray", "memoryview"],
)
def test_parse_bytes_decodes(data, report):
    assert lawreport.parse_bytes(data) == report


def test_parse_bytes_reads_gb18030_and_big5():
    assert lawreport.parse_bytes(SAMPLE.encode("gb18030")) == lawreport.parse(SAMPLE)
    traditional = "廣州市天河區人民政府關於2022年度法治政府建設情況的報告\n一、主要舉措\n(一)加強組織領導。召開會議12次。\n"
    assert lawreport.parse_bytes(traditional.encode("big5")) == lawreport.parse(traditional)


def test_parse_bytes_replaces_a_few_invalid_bytes_with_a_warning():
    data = SAMPLE.encode("gb18030")
    data = data[:20] + b"\xff" + data[20:]
    report = lawreport.parse_bytes(data)
    assert report.has_diagnostic("decoding_replaced")
    (d,) = [d for d in report.diagnostics if d.code == "decoding_replaced"]
    assert "GB18030" in d.message and d.severity == "warning"


def test_parse_bytes_reads_html_pages():
    page = "<!DOCTYPE html><html><head><script>x()</script></head><body><nav>首页</nav>%s</body></html>" % "".join(
        "<p>%s</p>" % line for line in SAMPLE.splitlines()
    )
    report = lawreport.parse_bytes(page.encode())
    plain = lawreport.parse(SAMPLE)
    assert (report.title, report.year) == (plain.title, plain.year)
    assert [s.heading for s in report.sections] == [s.heading for s in plain.sections]
    assert "首页" not in report.text


def test_parse_bytes_raises_parse_error_for_binary():
    with pytest.raises(lawreport.ParseError) as info:
        lawreport.parse_bytes(b"ab\x00\x00binary")
    err = info.value
    assert isinstance(err, ValueError)
    assert err.encoding is None
    assert err.offset == 2
    assert err.filename is None
    assert "binary" in str(err)
    with pytest.raises(lawreport.ParseError, match="zip archive"):
        lawreport.parse_bytes(b"PK\x03\x04\x00\x00binary")


def test_parse_bytes_raises_parse_error_for_broken_utf16():
    with pytest.raises(lawreport.ParseError) as info:
        lawreport.parse_bytes(b"\xff\xfe\x00")
    assert info.value.encoding == "UTF-16LE"


def test_parse_bytes_rejects_str():
    with pytest.raises(TypeError, match="parse()"):
        lawreport.parse_bytes(SAMPLE)
    with pytest.raises(TypeError, match="list"):
        lawreport.parse_bytes([1, 2])


# --- parse_file -------------------------------------------------------------


def test_parse_file_takes_str_and_pathlike(sample_file, report):
    by_path = lawreport.parse_file(sample_file)
    by_str = lawreport.parse_file(str(sample_file))
    by_bytes = lawreport.parse_file(bytes(sample_file))
    assert by_path == by_str == by_bytes == report
    assert by_path.path == str(sample_file)


def test_parse_file_missing_is_file_not_found(tmp_path):
    missing = tmp_path / "nope.txt"
    with pytest.raises(FileNotFoundError) as info:
        lawreport.parse_file(missing)
    assert info.value.filename == str(missing)
    assert info.value.errno == 2
    assert str(missing) in str(info.value)


def test_parse_file_directory_is_os_error(tmp_path):
    with pytest.raises(IsADirectoryError):
        lawreport.parse_file(tmp_path)


@pytest.mark.skipif(sys.platform == "win32" or not hasattr(__import__("os"), "geteuid"), reason="POSIX")
def test_parse_file_unreadable_is_permission_error(tmp_path):
    import os

    if os.geteuid() == 0:
        pytest.skip("root can read any file")
    path = tmp_path / "locked.txt"
    path.write_text("x")
    path.chmod(0)
    with pytest.raises(PermissionError):
        lawreport.parse_file(path)


def test_parse_file_reads_gbk(tmp_path):
    path = tmp_path / "gbk.txt"
    path.write_bytes(SAMPLE.encode("gbk"))
    assert lawreport.parse_file(path) == lawreport.parse(SAMPLE)


def test_parse_file_reads_docx(tmp_path):
    import zipfile
    from xml.sax.saxutils import escape

    body = "".join("<w:p><w:r><w:t>%s</w:t></w:r></w:p>" % escape(line) for line in SAMPLE.splitlines())
    path = tmp_path / "report.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(
            "word/document.xml",
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            "<w:body>%s</w:body></w:document>" % body,
        )
    report = lawreport.parse_file(path)
    plain = lawreport.parse(SAMPLE)
    assert (report.title, report.year, len(report.statistics)) == (plain.title, plain.year, len(plain.statistics))
    assert lawreport.parse_many([path])[0].title == plain.title


def test_parse_file_undecodable_is_parse_error_naming_the_file(tmp_path):
    path = tmp_path / "binary.txt"
    path.write_bytes(b"\x00\x01\x02binary")
    with pytest.raises(lawreport.ParseError) as info:
        lawreport.parse_file(path)
    assert info.value.filename == str(path)
    assert str(path) in str(info.value)
    assert info.value.encoding is None


def test_parse_file_rejects_non_paths():
    with pytest.raises(TypeError):
        lawreport.parse_file(42)


# --- parse_many -------------------------------------------------------------


def _files(tmp_path, n):
    paths = []
    for i in range(n):
        path = tmp_path / ("r%02d.txt" % i)
        path.write_text(SAMPLE.replace("2020", str(2000 + i)), encoding="utf-8")
        paths.append(path)
    return paths


@pytest.mark.parametrize("threads", [None, 1, 2, 5])
def test_parse_many_keeps_order(tmp_path, threads):
    paths = _files(tmp_path, 12)
    reports = lawreport.parse_many(paths, threads=threads)
    assert [r.year for r in reports] == [2000 + i for i in range(12)]
    assert [r.path for r in reports] == [str(p) for p in paths]
    assert reports == [lawreport.parse_file(p) for p in paths]


def test_parse_many_returns_failures_in_place(tmp_path):
    good = _files(tmp_path, 3)
    bad_bytes = tmp_path / "bad.txt"
    bad_bytes.write_bytes(b"\x00\xff")
    missing = tmp_path / "missing.txt"
    paths = [good[0], missing, good[1], bad_bytes, good[2]]
    results = lawreport.parse_many(paths)
    assert len(results) == 5
    assert [type(r) for r in results] == [
        lawreport.Report,
        FileNotFoundError,
        lawreport.Report,
        lawreport.ParseError,
        lawreport.Report,
    ]
    assert results[1].filename == str(missing)
    assert results[3].filename == str(bad_bytes)
    assert [r.year for r in results if isinstance(r, lawreport.Report)] == [2000, 2001, 2002]


def test_parse_many_skip_and_raise(tmp_path):
    good = _files(tmp_path, 2)
    missing = tmp_path / "missing.txt"
    skipped = lawreport.parse_many([good[0], missing, good[1]], errors="skip")
    assert [r.year for r in skipped] == [2000, 2001]
    with pytest.raises(FileNotFoundError) as info:
        lawreport.parse_many([good[0], missing, good[1]], errors="raise")
    assert info.value.filename == str(missing)
    assert len(lawreport.parse_many(good, errors="raise")) == 2


def test_parse_many_takes_any_iterable_and_empty(tmp_path):
    paths = _files(tmp_path, 3)
    assert len(lawreport.parse_many(str(p) for p in paths)) == 3
    assert lawreport.parse_many([]) == []


def test_parse_many_argument_errors(tmp_path, sample_file):
    with pytest.raises(TypeError, match="parse_file"):
        lawreport.parse_many(str(sample_file))
    with pytest.raises(TypeError, match="parse_file"):
        lawreport.parse_many(sample_file)
    with pytest.raises(TypeError):
        lawreport.parse_many([sample_file, 3])
    with pytest.raises(ValueError, match="threads"):
        lawreport.parse_many([sample_file], threads=0)
    with pytest.raises(ValueError, match="errors"):
        lawreport.parse_many([sample_file], errors="ignore")


# --- resolve ----------------------------------------------------------------


def test_resolve_returns_jurisdiction_or_none():
    assert lawreport.resolve("", None) is None
    assert lawreport.resolve("不存在的地方", "") is None
    found = lawreport.resolve(name="蓬江区", context=None)
    assert isinstance(found, lawreport.Jurisdiction) and found.code == "440703"


def test_resolve_ambiguous_name_gives_candidates():
    found = lawreport.resolve("白沙街道")
    assert found.code is None and len(found.candidates) > 1
    assert "440703002" in found.candidates
    settled = lawreport.resolve("白沙街道", "广东省江门市蓬江区")
    assert settled.code == "440703002" and settled.township == "白沙街道"


def test_resolve_simple_county():
    found = lawreport.resolve("蓬江区", "广东省江门市")
    assert found.code == "440703"
    assert found.level == "county"
    assert found.name == "蓬江区"
    assert found.province == "广东省"


def test_resolve_argument_errors():
    with pytest.raises(TypeError):
        lawreport.resolve(None)
    with pytest.raises(TypeError):
        lawreport.resolve("蓬江区", 3)


# --- the objects ------------------------------------------------------------


def test_spans_slice_the_text(rich_report):
    text = rich_report.text
    for s in rich_report.statistics:
        assert text[s.span[0] : s.span[1]] == s.raw
    for part in ("measures", "leadership", "problems", "plans"):
        for item in rich_report.items(part):
            assert text[item.span[0] : item.span[1]] == item.text

    def walk(sections):
        for section in sections:
            assert text[section.span[0] : section.span[1]] == section.text
            walk(section.children)

    walk(rich_report.sections)
    for d in rich_report.diagnostics:
        assert d.span is None or 0 <= d.span[0] <= d.span[1] <= len(text)


def test_spans_slice_random_texts():
    rng = random.Random(7)
    alphabet = list(
        "一二三四五六七八九十()()、。;,:1234567890.%人次件元万余报告法治政府建设问题计划年月日\n \t"
    ) + [
        "😀",
        "𠀀",
        "\u3000",
        "\r\n",
        "\ufeff",
    ]
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 200)))
        r = lawreport.parse(text)
        for s in r.statistics:
            assert r.text[s.span[0] : s.span[1]] == s.raw
        for part in ("measures", "leadership", "problems", "plans"):
            for item in r.items(part):
                assert r.text[item.span[0] : item.span[1]] == item.text
        stack = list(r.sections)
        while stack:
            section = stack.pop()
            assert r.text[section.span[0] : section.span[1]] == section.text
            stack += section.children


def test_section_tree(report):
    first = report.sections[0]
    assert isinstance(first, lawreport.Section)
    assert (first.number, first.level, first.kind, first.heading) == ("一", 1, "measures", "强化法治建设体系")
    child = first.children[0]
    assert (child.level, child.kind, child.heading) == (2, "measures", "加强组织领导")
    assert child.children == []
    assert first.to_dict()["children"][0]["heading"] == "加强组织领导"
    assert first == report.sections[0] and first != child


def test_items(report):
    item = report.problems[0]
    assert isinstance(item, lawreport.Item)
    assert item.heading == "缺少法律专业人才"
    assert item.text.endswith("缺少法律专业人才。")
    assert item.path == ["二", "(一)"]
    assert item.statistics == []
    assert item.to_dict() == report.to_dict()["problems"][0]
    assert report.items("problems") == report.problems
    assert report.items("measures") == report.measures
    assert report.items("leadership") == report.leadership
    assert report.items("plans") == report.plans
    assert report.items("other") == []
    with pytest.raises(ValueError, match="unknown part"):
        report.items("problem")


def test_statistics(rich_report):
    first, second = rich_report.statistics
    assert isinstance(first, lawreport.Statistic)
    assert (first.raw, first.value, first.unit, first.approx) == ("31人", 31.0, "人", None)
    assert first.subject == "参加行政执法人员考试"
    assert first.indicator == "law_exam_participants" and first.indicator in lawreport.INDICATORS
    assert first.period is None
    assert first.part_of is None and second.part_of is None
    assert first.section == ["一", "(一)"]
    assert "31人" in first.sentence
    assert (second.approx, second.period, second.indicator) == ("more_than", "全年", None)
    assert first.to_dict() == rich_report.to_dict()["statistics"][0]
    assert first == rich_report.statistics[0] and first != second


def test_diagnostics():
    report = lawreport.parse("今天天气很好。")
    codes = [d.code for d in report.diagnostics]
    assert "not_a_report" in codes
    assert all(code in lawreport.DIAGNOSTIC_CODES for code in codes)
    d = report.diagnostics[codes.index("not_a_report")]
    assert isinstance(d, lawreport.Diagnostic)
    assert d.severity in ("info", "warning", "error")
    assert d.message
    assert d.span is None or isinstance(d.span, tuple)
    assert d.to_dict()["code"] == "not_a_report"
    assert d == report.diagnostics[codes.index("not_a_report")]
    assert report.has_diagnostic("not_a_report")
    assert not report.has_diagnostic("masked_text")
    with pytest.raises(ValueError, match="DIAGNOSTIC_CODES"):
        report.has_diagnostic("not-a-report")


def test_jurisdiction(rich_report, report):
    assert report.jurisdiction is None or isinstance(report.jurisdiction, lawreport.Jurisdiction)
    j = rich_report.jurisdiction
    assert isinstance(j, lawreport.Jurisdiction)
    assert (j.name, j.mention, j.code, j.level) == ("白沙街道", "白沙街", "440703002", "township")
    assert (j.province, j.prefecture, j.county, j.township) == ("广东省", "江门市", "蓬江区", "白沙街道")
    assert j.candidates == []
    assert j.to_dict() == rich_report.to_dict()["jurisdiction"]
    assert j == rich_report.jurisdiction and hash(j) == hash(rich_report.jurisdiction)
    assert j != "白沙街道"


def test_source_and_compliance():
    text = (
        "标题: 科苑街道关于2023年度法治政府建设工作的报告\n"
        "索引号: 1137030300421767X3/2024-5423010 文号: 张政发〔2024〕1号\n"
        "发文日期: 2024-01-09 发布机构: 科苑街道办事处\n"
        "主题分类: 政务公开\n\n"
        "科苑街道关于2023年度法治政府建设工作的报告\n"
        "一、主要举措和成效\n(一)加强领导。\n二、存在的不足\n(一)人才不足。\n"
    )
    report = lawreport.parse(text)
    source = report.source
    assert isinstance(source, lawreport.Source)
    assert source.index_number == "1137030300421767X3/2024-5423010"
    assert source.publisher == "科苑街道办事处"
    assert isinstance(source.other, dict)
    assert source.to_dict() == report.to_dict()["source"]
    assert source == report.source
    assert report.published_on == datetime.date(2024, 1, 9)
    c = report.compliance
    assert isinstance(c, lawreport.Compliance)
    assert isinstance(c.parts, lawreport.Parts)
    assert c.parts.measures and c.parts.problems
    assert not c.parts.plans and not c.parts.leadership
    assert c.parts.other in (True, False)
    assert "plans" in c.missing and "leadership" in c.missing
    assert c.published_on_time is True
    assert c.to_dict() == report.to_dict()["compliance"]
    assert c.parts.to_dict() == report.to_dict()["compliance"]["parts"]
    assert c == report.compliance and c.parts == report.compliance.parts
    assert hash(c.parts) == hash(report.compliance.parts)


def test_objects_are_read_only(report):
    with pytest.raises(AttributeError):
        report.title = "x"
    with pytest.raises(AttributeError):
        report.sections[0].heading = "x"
    report.problems.clear()  # a fresh list each time: the report is unchanged
    assert len(report.problems) == 2


def test_text_is_one_object(report):
    assert report.text is report.text


# --- JSON, dicts, pickling ----------------------------------------------------


def test_to_dict_is_to_json(rich_report):
    d = rich_report.to_dict()
    assert d == json.loads(rich_report.to_json())
    assert d == json.loads(rich_report.to_json(pretty=True))
    assert rich_report.to_json(pretty=True).startswith('{\n  "schema_version": 1,')
    assert d["signed_on"] == "2020-12-02"
    assert d["statistics"][0]["span"] == list(rich_report.statistics[0].span)
    assert list(d) == [
        "schema_version", "title", "year", "jurisdiction", "author", "author_kind", "addressee",
        "signed_on", "published_on", "source", "preamble", "sections", "measures",
        "leadership", "problems", "plans", "statistics", "compliance", "diagnostics", "text",
    ]  # fmt: skip


def test_from_json_round_trips(rich_report):
    for data in (
        rich_report.to_json(),
        rich_report.to_json(pretty=True).encode(),
        bytearray(rich_report.to_json().encode()),
    ):
        back = lawreport.Report.from_json(data)
        assert back == rich_report
        assert back.to_json() == rich_report.to_json()


def test_from_json_errors():
    with pytest.raises(ValueError, match="not a lawreport record"):
        lawreport.Report.from_json("{}")
    with pytest.raises(ValueError, match="not a lawreport record"):
        lawreport.Report.from_json(b"not json")
    with pytest.raises(TypeError):
        lawreport.Report.from_json({"title": None})


def test_equality(report, rich_report):
    assert report == lawreport.parse(SAMPLE)
    assert report != rich_report
    assert report != "report"
    with pytest.raises(TypeError):
        hash(report)


def test_pickle_and_copy(rich_report, sample_file):
    for r in (rich_report, lawreport.parse_file(sample_file)):
        back = pickle.loads(pickle.dumps(r))
        assert back == r and back.path == r.path
        assert copy.deepcopy(r) == r
        assert copy.copy(r) == r


# --- repr ------------------------------------------------------------------


def test_reprs(rich_report):
    r = repr(rich_report)
    assert r.startswith("<Report title='白沙街2020年法治政府建设年度报告' year=2020")
    assert "jurisdiction='白沙街道 440703002'" in r and "statistics=2" in r
    assert repr(rich_report.sections[0]).startswith("<Section number='一' level=1 kind='measures'")
    assert repr(
        rich_report.problems[0]
    ) == "Item(heading='缺少法律专业人才', path=['二', '(一)'], span=%r, statistics=[])" % (
        rich_report.problems[0].span,
    )
    assert repr(rich_report.statistics[0]) == (
        "Statistic(raw='31人', value=31.0, unit='人', approx=None, subject='参加行政执法人员考试', "
        "indicator='law_exam_participants', span=%r)" % (rich_report.statistics[0].span,)
    )
    assert repr(rich_report.jurisdiction) == (
        "Jurisdiction(name='白沙街道', code='440703002', level='township', mention='白沙街')"
    )
    assert repr(rich_report.source).startswith("Source(index_number=None")
    assert repr(rich_report.compliance).startswith("Compliance(parts=Parts(measures=True")
    assert repr(lawreport.parse("天气").diagnostics[0]).startswith("Diagnostic(code=")


def test_repr_html(rich_report):
    html = rich_report._repr_html_()
    for needle in (
        "<h3>白沙街2020年法治政府建设年度报告</h3>",
        "白沙街道",
        "440703002",
        "2020",
        "31人",
        "law_exam_participants",
        "✓&nbsp;measures",
    ):
        assert needle in html
    assert "<i>(no title)</i>" in lawreport.parse("")._repr_html_()


def test_repr_html_escapes_and_truncates(rich_report):
    record = rich_report.to_dict()
    record["title"] = "<script>alert(1)</script>"
    record["statistics"] = record["statistics"][:1] * 60
    html = lawreport.Report.from_json(json.dumps(record))._repr_html_()
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "… 10 more" in html


# --- the module ---------------------------------------------------------------


def test_module_constants():
    assert lawreport.__version__.count(".") == 2
    assert "not_a_report" in lawreport.DIAGNOSTIC_CODES
    assert len(lawreport.INDICATORS) == 26
    assert lawreport.TABLES == ("reports", "statistics", "sections", "items")
    for name in lawreport.__all__:
        assert hasattr(lawreport, name)
    assert lawreport.Report.__module__ == "lawreport"
    assert issubclass(lawreport.ParseError, ValueError)


def test_a_panic_in_rust_is_a_runtime_error():
    from lawreport import _lawreport

    with pytest.raises(RuntimeError, match="internal error"):
        _lawreport._panic_for_tests()


def test_import_does_not_load_frame_libraries():
    code = "import sys, lawreport; print(sorted(m for m in ('pandas', 'polars', 'numpy', 'json') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_import_is_fast():
    # Acceptance: importing the package takes at most 50 ms. Best of 5 runs of
    # `python -X importtime`, the cumulative time of the `lawreport` line.
    best = None
    for _ in range(5):
        err = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", "import lawreport"],
            capture_output=True,
            text=True,
            check=True,
        ).stderr
        line = [x for x in err.splitlines() if x.rstrip().endswith("| lawreport")][-1]
        micros = int(line.split("|")[1])
        best = micros if best is None else min(best, micros)
    assert best < 50_000, "import lawreport took %d µs" % best


def test_type_stubs_are_shipped():
    package = pathlib.Path(lawreport.__file__).parent
    assert (package / "py.typed").exists()
    assert (package / "_lawreport.pyi").exists()


def test_stubs_match_the_native_module():
    pytest.importorskip("mypy")
    done = subprocess.run(
        [sys.executable, "-m", "mypy.stubtest", "lawreport._lawreport"], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr
