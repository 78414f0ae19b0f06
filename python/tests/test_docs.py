"""Run the examples of docs/python.md.

Every ```python block runs, in order, in one namespace, in a folder holding
``report.txt`` (the sample report) and ``reports/`` (three more). Blocks with
``>>>`` prompts are doctests (their output must match); the others must run
without an exception.
"""

import doctest
import re

import pytest

from conftest import ROOT, SAMPLE

DOC = ROOT / "docs" / "python.md"
BLOCK = re.compile(r"^```python\n(.*?)^```", re.S | re.M)


def blocks():
    text = DOC.read_text(encoding="utf-8")
    out = []
    for match in BLOCK.finditer(text):
        line = text.count("\n", 0, match.start()) + 2
        out.append((line, match.group(1)))
    return out


@pytest.fixture
def docs_folder(tmp_path, monkeypatch):
    (tmp_path / "report.txt").write_text(SAMPLE, encoding="utf-8")
    (tmp_path / "reports").mkdir()
    for year in (2019, 2020, 2021):
        text = SAMPLE.replace("2020年法治", "%d年法治" % year)
        (tmp_path / "reports" / ("baisha-%d.txt" % year)).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_the_doc_has_examples():
    assert len(blocks()) >= 8


def test_doc_examples_run(docs_folder):
    pytest.importorskip("pandas")
    pytest.importorskip("polars")
    namespace = {"__name__": "docs_python_md"}
    parser = doctest.DocTestParser()
    flags = doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS
    runner = doctest.DocTestRunner(optionflags=flags)
    for line, code in blocks():
        if ">>>" in code:
            test = parser.get_doctest(code, namespace, "docs/python.md:%d" % line, str(DOC), line)
            result = runner.run(test, clear_globs=False)
            namespace.update(test.globs)  # DocTest works on a copy
            assert result.failed == 0, "doctest at docs/python.md line %d failed (see output above)" % line
        else:
            try:
                exec(compile(code, "docs/python.md:%d" % line, "exec"), namespace)
            except Exception as e:
                raise AssertionError("example at docs/python.md line %d raised %r" % (line, e)) from e
