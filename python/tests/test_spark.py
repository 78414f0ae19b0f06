"""The PySpark path of docs/scale-out.md, in Spark local mode.

Runs the page's Spark blocks as written (from the repository root, on the
cookbook reports) when pyspark and a Java runtime are installed; otherwise
skips and says why (pytest -rs prints it). pyspark is an optional test
extra: `LAWREPORT_SPARK=1 bash python/dev.sh setup` or
`pip install './python[spark]'`. The blocks are checked for syntax by
test_guide.py either way.
"""

import os
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT
from test_guide import blocks

PAGE = ROOT / "docs" / "scale-out.md"


def spark_blocks():
    return [code for lang, _, code, _ in blocks(PAGE) if lang == "python" and ("pyspark" in code or "REPORT_ROW)" in code or "F.explode" in code)][:3]


def why_not():
    """Why Spark cannot run here, or None."""
    try:
        import pyspark  # noqa: F401
    except ImportError:
        return "pyspark is not installed (LAWREPORT_SPARK=1 bash python/dev.sh setup installs it)"
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        return "pyarrow is not installed (mapInPandas needs it; LAWREPORT_SPARK=1 bash python/dev.sh setup installs it)"
    java = shutil.which("java") or (os.environ.get("JAVA_HOME") and os.path.join(os.environ["JAVA_HOME"], "bin", "java"))
    if not java or not os.path.exists(java):
        return "no Java runtime (java not on PATH and JAVA_HOME unset); pyspark needs Java 17 or later"
    done = subprocess.run([java, "-version"], capture_output=True, text=True)
    if done.returncode != 0:
        return "java -version failed: %s" % done.stderr.strip()
    return None


def test_the_page_has_the_spark_blocks():
    assert len(spark_blocks()) == 3


@pytest.fixture(scope="module")
def spark_namespace():
    reason = why_not()
    if reason:
        print("test_spark skipped: " + reason, file=sys.stderr)
        pytest.skip(reason)
    cwd = os.getcwd()
    os.chdir(ROOT)
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    namespace = {"__name__": "docs_scale_out"}
    try:
        for i, code in enumerate(spark_blocks()):
            exec(compile(code, "docs/scale-out.md spark block %d" % (i + 1), "exec"), namespace)
        yield namespace
    finally:
        os.chdir(cwd)
        spark = namespace.get("spark")
        if spark is not None:
            spark.stop()


def test_spark_parses_the_cookbook_reports(spark_namespace):
    ns = spark_namespace
    rows = ns["reports"].orderBy("path").collect()
    assert len(rows) == 15
    assert {r.jurisdiction_code for r in rows} == {"440703", "440704", "440705"}
    assert sorted(r.year for r in rows) == sorted(list(range(2019, 2024)) * 3)
    late = sorted(os.path.basename(r.path) for r in ns["late"])
    assert late == ["pengjiang-2023.txt", "xinhui-2020.txt"]


def test_spark_rows_equal_local_parses(spark_namespace):
    import lawreport

    ns = spark_namespace
    for row in ns["reports"].collect():
        path = row.path.replace("file://", "")
        local = lawreport.parse_file(path)
        assert row.title == local.title
        assert row.n_statistics == len(local.statistics)
        assert row.missing == list(local.compliance.missing)


def test_spark_statistics_table(spark_namespace):
    totals = {r.indicator: (r.n, r.total) for r in spark_namespace["by_indicator"].collect()}
    assert totals["disputes_mediated"][0] == 15
    assert totals["disputes_mediated"][1] == sum(
        [1320, 1405, 1512, 1633, 1702, 640, 688, 731, 776, 820, 2210, 2356, 2490, 2618, 2750]
    )
