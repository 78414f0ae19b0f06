#!/usr/bin/env python3
"""Time the PySpark path of docs/scale-out.md over the bench corpus.

    python/.venv/bin/python scripts/bench_spark.py [CORPUS.jsonl] [--master local[2]]

Reads ../shared/corpus/bench/government_work_reports.jsonl (72 documents,
one JSON object a line with "content") by default, runs the same
`mapInPandas(parse_batches, REPORT_ROW)` as the docs in Spark local mode and
times it against a plain loop of `lawreport.parse` in one process. Needs
pyspark, pyarrow and Java; the docs' blocks are exec'd from docs/scale-out.md
so that the benchmark measures exactly what the page shows.
"""

import json
import os
import pathlib
import statistics
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "python" / "tests"))


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    master = "local[2]"
    if "--master" in argv:
        master = argv[argv.index("--master") + 1]
        args.remove(master)
    corpus = pathlib.Path(args[0]) if args else ROOT.parent / "shared" / "corpus" / "bench" / "government_work_reports.jsonl"
    if not corpus.exists():
        print("no bench corpus at %s: nothing to measure" % corpus)
        return 0
    docs = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = [d.get("content") or d.get("text") or "" for d in docs]
    size = sum(len(t.encode("utf-8")) for t in texts)

    import pandas as pd
    from pyspark.sql import SparkSession

    import lawreport
    from test_guide import blocks

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    namespace = {"__name__": "bench_spark"}
    first = [c for lang, _, c, _ in blocks(ROOT / "docs" / "scale-out.md") if lang == "python"][0]
    exec(compile(first, "docs/scale-out.md", "exec"), namespace)

    t0 = time.perf_counter()
    spark = SparkSession.builder.master(master).appName("lawreport-bench").config(
        "spark.sql.execution.arrow.pyspark.enabled", "true"
    ).config("spark.ui.showConsoleProgress", "false").getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    startup = time.perf_counter() - t0
    frame = spark.createDataFrame(pd.DataFrame({"path": [d.get("url", str(i)) for i, d in enumerate(docs)], "text": texts}))
    frame = frame.repartition(int(master[6:-1]) if master.startswith("local[") and master[6:-1].isdigit() else 2).cache()
    frame.count()

    runs = []
    for _ in range(5):
        t = time.perf_counter()
        rows = frame.mapInPandas(namespace["parse_batches"], schema=namespace["REPORT_ROW"]).collect()
        runs.append(time.perf_counter() - t)
    assert len(rows) == len(docs)

    loop = []
    for _ in range(5):
        t = time.perf_counter()
        for text in texts:
            lawreport.parse(text)
        loop.append(time.perf_counter() - t)
    spark.stop()

    print("corpus: %d documents, %.1f MB, %s" % (len(docs), size / 1e6, corpus.name))
    print("spark %s: session start %.1f s" % (master, startup))
    print(
        "spark %s mapInPandas: first run %.2f s (Python workers start), then median %.2f s, best %.2f s over %d runs"
        % (master, runs[0], statistics.median(runs[1:]), min(runs[1:]), len(runs) - 1)
    )
    print("one process, loop of lawreport.parse: median %.3f s, best %.3f s" % (statistics.median(loop), min(loop)))
    print("rows: %d, with statistics: %d" % (len(rows), sum(r.n_statistics > 0 for r in rows)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
