"""Parse Chinese rule-of-law government annual reports (法治政府建设年度报告).

The parser is the Rust crate ``lawreport``; this package is its Python face::

    import lawreport

    report = lawreport.parse_file("report.txt")
    report.title, report.year, report.compliance.missing
    for s in report.statistics:
        print(s.raw, s.value, s.unit, s.subject)

    reports = lawreport.parse_many(paths)              # in parallel, GIL released
    df = lawreport.to_pandas(reports, table="statistics")

Every span is a ``(start, end)`` pair of character offsets into
``Report.text``, so ``report.text[start:end]`` gives the item back. See
``docs/python.md`` for the whole API.
"""

from ._lawreport import (
    DIAGNOSTIC_CODES,
    INDICATORS,
    SCHEMA_VERSION,
    Compliance,
    Diagnostic,
    Item,
    Jurisdiction,
    ParseError,
    Parts,
    Report,
    Section,
    Source,
    Statistic,
    __version__,
    parse,
    parse_bytes,
    parse_file,
    parse_many,
    resolve,
    resolve_many,
)
from ._tables import TABLES, to_pandas, to_polars

__all__ = [
    "DIAGNOSTIC_CODES",
    "INDICATORS",
    "SCHEMA_VERSION",
    "TABLES",
    "Compliance",
    "Diagnostic",
    "Item",
    "Jurisdiction",
    "ParseError",
    "Parts",
    "Report",
    "Section",
    "Source",
    "Statistic",
    "__version__",
    "parse",
    "parse_bytes",
    "parse_file",
    "parse_many",
    "resolve",
    "resolve_many",
    "to_pandas",
    "to_polars",
]
