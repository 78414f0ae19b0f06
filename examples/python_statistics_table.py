"""Print a table of the statistics stated in a folder of reports.

    python examples/python_statistics_table.py [FOLDER]

FOLDER defaults to ../shared/corpus/seeds (from the repository root). When it
is absent the script says so and exits cleanly. Needs only the `lawreport`
package (see docs/python.md); with pandas installed it uses
`lawreport.to_pandas`, otherwise it prints the same columns by hand.
"""

import pathlib
import sys
import unicodedata

import lawreport

ROOT = pathlib.Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "corpus" / "seeds"
COLUMNS = ["id", "raw", "value", "unit", "subject", "indicator"]


def width(text):
    """Columns `text` takes in a terminal (CJK characters take two)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def pad(text, cells):
    return text + " " * max(0, cells - width(text))


def plain_table(rows):
    cells = [[("" if v is None else str(v)) for v in row] for row in rows]
    widths = [max([width(c)] + [width(row[i]) for row in cells]) for i, c in enumerate(COLUMNS)]
    lines = ["  ".join(pad(c, w) for c, w in zip(COLUMNS, widths)).rstrip()]
    lines += ["  ".join(pad(v, w) for v, w in zip(row, widths)).rstrip() for row in cells]
    return "\n".join(lines)


def main(argv):
    folder = pathlib.Path(argv[1]) if len(argv) > 1 else DEFAULT
    files = sorted(folder.glob("*.txt"))
    if not files:
        print("no reports found in %s: nothing to show (pass a folder of .txt reports)" % folder)
        return 0

    results = lawreport.parse_many(files)  # parallel; failures come back in place
    reports = [r for r in results if isinstance(r, lawreport.Report)]
    for failure in (r for r in results if not isinstance(r, lawreport.Report)):
        print("skipped: %s" % failure, file=sys.stderr)

    print("%d reports from %s" % (len(reports), folder))
    for r in reports:
        j = r.jurisdiction
        print(
            "  %-12s %s  year=%s  jurisdiction=%s  statistics=%d  missing=%s"
            % (
                pathlib.Path(r.path).stem,
                r.title,
                r.year,
                j.code if j else None,
                len(r.statistics),
                ",".join(r.compliance.missing) or "-",
            )
        )
    print()

    try:
        import pandas as pd
    except ImportError:
        pd = None
    if pd is not None:
        df = lawreport.to_pandas(reports, table="statistics")
        print("statistics (%d rows):" % len(df))
        if len(df):
            with pd.option_context(
                "display.max_rows", 60, "display.width", 200, "display.unicode.east_asian_width", True
            ):
                print(df[COLUMNS].to_string(index=False, max_rows=60))
        return 0

    rows = [
        [pathlib.Path(r.path).stem, s.raw, s.value, s.unit, s.subject, s.indicator]
        for r in reports
        for s in r.statistics
    ]
    print("statistics (%d rows):" % len(rows))
    if rows:
        print(plain_table(rows[:60]))
        if len(rows) > 60:
            print("... %d more" % (len(rows) - 60))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
