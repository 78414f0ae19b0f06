"""examples/python_statistics_table.py: runs on the seeds, on a folder of its
own, and says so when there is nothing to read."""

import importlib.util
import subprocess
import sys

import pytest

import lawreport
from conftest import CORPUS, ROOT, SAMPLE, enrich

SCRIPT = ROOT / "examples" / "python_statistics_table.py"


def run(*args, env_code=""):
    code = env_code + "import runpy, sys; sys.argv = %r; runpy.run_path(%r, run_name='__main__')" % (
        [str(SCRIPT), *map(str, args)],
        str(SCRIPT),
    )
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)


@pytest.mark.skipif(not (CORPUS / "seeds").is_dir(), reason="no corpus seeds")
def test_runs_on_the_seeds():
    done = subprocess.run([sys.executable, str(SCRIPT)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "reports from" in done.stdout and "statistics (" in done.stdout
    assert "seed-000" in done.stdout


def test_runs_on_a_folder(tmp_path):
    (tmp_path / "a.txt").write_text(SAMPLE, encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00")
    done = run(tmp_path)
    assert done.returncode == 0, done.stderr
    assert "1 reports from" in done.stdout
    assert "白沙街2020年法治政府建设年度报告" in done.stdout
    assert "skipped:" in done.stderr


def test_runs_without_pandas(tmp_path):
    (tmp_path / "a.txt").write_text(SAMPLE, encoding="utf-8")
    done = run(tmp_path, env_code="import sys; sys.modules['pandas'] = None; ")
    assert done.returncode == 0, done.stderr
    assert "statistics (" in done.stdout


def test_says_when_there_is_nothing(tmp_path):
    done = run(tmp_path / "absent")
    assert done.returncode == 0
    assert "no reports found" in done.stdout


def test_plain_table_lines_up_wide_characters():
    spec = importlib.util.spec_from_file_location("example", SCRIPT)
    example = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(example)
    report = enrich(lawreport.parse(SAMPLE))
    rows = [["x", s.raw, s.value, s.unit, s.subject, s.indicator] for s in report.statistics]
    lines = example.plain_table(rows).splitlines()
    assert lines[0].split() == example.COLUMNS
    assert "31人" in lines[1] and "1200余条" in lines[2]
    # the subject column starts at the same terminal cell on every row
    subjects = [s.subject for s in report.statistics]
    starts = [example.width(line[: line.index(subject)]) for line, subject in zip(lines[1:], subjects)]
    assert starts[0] == starts[1] == example.width(lines[0][: lines[0].index("subject")])
