"""Data frames across many reports: ``to_pandas`` and ``to_polars``.

The rows are built here in plain Python (one list per column) and handed to
pandas or polars, which are imported only when asked for: importing
``lawreport`` never imports either.
"""

from __future__ import annotations

import os

from ._lawreport import Report

TYPE_CHECKING = False  # not `from typing import ...`: importing typing costs milliseconds
if TYPE_CHECKING:
    from types import ModuleType
    from typing import Any, Dict, Iterable, Iterator, List, Literal, Mapping, Optional, Tuple, Union

    import pandas  # type: ignore[import-untyped,unused-ignore]
    import polars

    Reports = Union[Report, Iterable[Report], Mapping[str, Report]]
    Keyed = List[Tuple[int, Optional[str], Report]]
    Row = List[Any]

TABLES = ("reports", "statistics", "sections", "items")
"""The tables ``to_pandas`` and ``to_polars`` can build."""

# Column types: "int" (never null), "int?", "float", "str" (nullable),
# "bool", "bool?", "date", "list[str]", "list[int]".
_KEY: List[Tuple[str, str]] = [
    ("report", "int"),
    ("id", "str"),
    ("title", "str"),
    ("year", "int?"),
    ("jurisdiction_code", "str"),
]

_COLUMNS: Dict[str, List[Tuple[str, str]]] = {
    "reports": [
        ("report", "int"),
        ("id", "str"),
        ("path", "str"),
        ("title", "str"),
        ("year", "int?"),
        ("jurisdiction_code", "str"),
        ("jurisdiction_name", "str"),
        ("jurisdiction_level", "str"),
        ("province", "str"),
        ("prefecture", "str"),
        ("county", "str"),
        ("township", "str"),
        ("author", "str"),
        ("author_kind", "str"),
        ("addressee", "str"),
        ("signed_on", "date"),
        ("published_on", "date"),
        ("index_number", "str"),
        ("document_number", "str"),
        ("publisher", "str"),
        ("has_measures", "bool"),
        ("has_problems", "bool"),
        ("has_leadership", "bool"),
        ("has_plans", "bool"),
        ("has_other", "bool"),
        ("missing", "list[str]"),
        ("published_on_time", "bool?"),
        ("deadline", "date"),
        ("date_used", "str"),
        ("text_complete", "bool"),
        ("text_issues", "list[str]"),
        ("parts_by_content", "list[str]"),
        ("n_sections", "int"),
        ("n_measures", "int"),
        ("n_leadership", "int"),
        ("n_problems", "int"),
        ("n_plans", "int"),
        ("n_statistics", "int"),
        ("diagnostics", "list[str]"),
    ],
    "statistics": _KEY
    + [
        ("index", "int"),
        ("raw", "str"),
        ("value", "float"),
        ("unit", "str"),
        ("approx", "str"),
        ("subject", "str"),
        ("indicator", "str"),
        ("period", "str"),
        ("part_of", "int?"),
        ("section", "list[str]"),
        ("sentence", "str"),
        ("start", "int"),
        ("end", "int"),
    ],
    "sections": _KEY
    + [
        ("index", "int"),
        ("parent", "int?"),
        ("number", "str"),
        ("level", "int"),
        ("kind", "str"),
        ("heading", "str"),
        ("path", "list[str]"),
        ("n_children", "int"),
        ("start", "int"),
        ("end", "int"),
        ("text", "str"),
    ],
    "items": _KEY
    + [
        ("part", "str"),
        ("index", "int"),
        ("heading", "str"),
        ("path", "list[str]"),
        ("statistics", "list[int]"),
        ("start", "int"),
        ("end", "int"),
        ("text", "str"),
    ],
}

_PARTS: Tuple[Literal["measures", "leadership", "problems", "plans"], ...] = (
    "measures",
    "leadership",
    "problems",
    "plans",
)


def _stem(path: Optional[str]) -> Optional[str]:
    if path is None:
        return None
    return os.path.splitext(os.path.basename(path))[0]


def _reports(reports: Reports) -> Keyed:
    """``[(position, id, report)]`` from a Report, a mapping id → Report, or
    an iterable of Reports."""
    pairs: List[Tuple[Optional[str], Any]]
    if isinstance(reports, Report):
        pairs = [(None, reports)]
    elif isinstance(reports, (str, bytes)):
        raise TypeError("expected Report objects, not a %s" % type(reports).__name__)
    elif hasattr(reports, "keys") and hasattr(reports, "items"):
        pairs = [(str(key), value) for key, value in reports.items()]
    else:
        try:
            pairs = [(None, value) for value in reports]
        except TypeError:
            raise TypeError(
                "expected a Report, a list of Reports or a dict of them, not %s" % type(reports).__name__
            ) from None
    out: Keyed = []
    for position, (key, report) in enumerate(pairs):
        if not isinstance(report, Report):
            where = "entry %r" % key if key is not None else "item %d" % position
            if isinstance(report, BaseException):
                raise TypeError(
                    "%s is a %s (%s), not a Report: parse_many() keeps failures in "
                    "place with errors='return'; pass errors='skip' to leave them out, "
                    "or filter with isinstance(r, lawreport.Report)" % (where, type(report).__name__, report)
                )
            raise TypeError("%s is a %s, not a Report" % (where, type(report).__name__))
        out.append((position, key if key is not None else _stem(report.path), report))
    return out


def _key(position: int, report_id: Optional[str], report: Report) -> Row:
    j = report.jurisdiction
    return [position, report_id, report.title, report.year, j.code if j else None]


def _rows_reports(reports: Keyed) -> Iterator[Row]:
    for position, report_id, r in reports:
        j = r.jurisdiction
        src = r.source
        c = r.compliance
        parts = c.parts
        yield [
            position,
            report_id,
            r.path,
            r.title,
            r.year,
            j.code if j else None,
            j.name if j else None,
            j.level if j else None,
            j.province if j else None,
            j.prefecture if j else None,
            j.county if j else None,
            j.township if j else None,
            r.author,
            r.author_kind,
            r.addressee,
            r.signed_on,
            r.published_on,
            src.index_number,
            src.document_number,
            src.publisher,
            parts.measures,
            parts.problems,
            parts.leadership,
            parts.plans,
            parts.other,
            c.missing,
            c.published_on_time,
            c.deadline,
            c.date_used,
            c.text_complete,
            c.text_issues,
            [k for k, e in c.evidence.items() if e["found_by"] == "content"],
            len(r.sections),
            len(r.measures),
            len(r.leadership),
            len(r.problems),
            len(r.plans),
            len(r.statistics),
            [d.code for d in r.diagnostics],
        ]


def _rows_statistics(reports: Keyed) -> Iterator[Row]:
    for position, report_id, r in reports:
        key = _key(position, report_id, r)
        for index, s in enumerate(r.statistics):
            start, end = s.span
            yield key + [
                index,
                s.raw,
                s.value,
                s.unit,
                s.approx,
                s.subject,
                s.indicator,
                s.period,
                s.part_of,
                s.section,
                s.sentence,
                start,
                end,
            ]


def _rows_sections(reports: Keyed) -> Iterator[Row]:
    for position, report_id, r in reports:
        key = _key(position, report_id, r)
        # pre-order walk: (section, parent's index, numbers of its ancestors)
        stack: List[Tuple[Any, Optional[int], List[str]]] = [(s, None, []) for s in reversed(r.sections)]
        index = 0
        while stack:
            s, parent, ancestors = stack.pop()
            start, end = s.span
            children = s.children
            path = ancestors + [s.number]
            yield key + [
                index,
                parent,
                s.number,
                s.level,
                s.kind,
                s.heading,
                path,
                len(children),
                start,
                end,
                s.text,
            ]
            stack += [(c, index, path) for c in reversed(children)]
            index += 1


def _rows_items(reports: Keyed) -> Iterator[Row]:
    for position, report_id, r in reports:
        key = _key(position, report_id, r)
        for part in _PARTS:
            for index, item in enumerate(r.items(part)):
                start, end = item.span
                yield key + [
                    part,
                    index,
                    item.heading,
                    item.path,
                    item.statistics,
                    start,
                    end,
                    item.text,
                ]


_ROWS: Dict[str, Any] = {
    "reports": _rows_reports,
    "statistics": _rows_statistics,
    "sections": _rows_sections,
    "items": _rows_items,
}


def _columns(reports: Reports, table: str) -> Tuple[List[Tuple[str, str]], Dict[str, List[Any]]]:
    """The table as ``(spec, {column: values})``."""
    if table not in _COLUMNS:
        raise ValueError("unknown table %r: expected one of %s" % (table, ", ".join(TABLES)))
    spec = _COLUMNS[table]
    columns: List[List[Any]] = [[] for _ in spec]
    for row in _ROWS[table](_reports(reports)):
        for column, value in zip(columns, row):
            column.append(value)
    return spec, {name: values for (name, _), values in zip(spec, columns)}


def _need(module: str, function: str) -> ModuleType:
    try:
        return __import__(module)
    except ImportError as e:
        raise ImportError(
            "lawreport.%s() needs %s, which is not installed: "
            "pip install 'lawreport[%s]'" % (function, module, module)
        ) from e


def to_pandas(reports: Reports, table: str = "statistics") -> pandas.DataFrame:
    """One ``pandas.DataFrame`` across reports.

    ``reports`` is a Report, a list of Reports (as from ``parse_many``) or a
    dict id → Report. ``table`` is one of ``TABLES``: ``"reports"`` (one row
    per report), ``"statistics"``, ``"sections"`` or ``"items"`` (one row per
    statistic, section or item, with the key columns of its report first:
    ``report`` (position), ``id`` (dict key, else the file's stem),
    ``title``, ``year``, ``jurisdiction_code``). Needs ``pandas``
    (``pip install 'lawreport[pandas]'``).
    """
    pd = _need("pandas", "to_pandas")
    spec, data = _columns(reports, table)
    frame = pd.DataFrame(data, columns=[name for name, _ in spec])
    for name, kind in spec:
        if kind == "int":
            frame[name] = frame[name].astype("int64")
        elif kind == "int?":
            frame[name] = frame[name].astype("Int64")
        elif kind == "float":
            frame[name] = frame[name].astype("float64")
        elif kind == "bool":
            frame[name] = frame[name].astype("bool")
        elif kind == "bool?":
            frame[name] = frame[name].astype("boolean")
        elif kind == "date":
            frame[name] = pd.to_datetime(frame[name])
    return frame  # type: ignore[no-any-return,unused-ignore]


def to_polars(reports: Reports, table: str = "statistics") -> polars.DataFrame:
    """One ``polars.DataFrame`` across reports: the same tables and columns
    as ``to_pandas``. Needs ``polars`` (``pip install 'lawreport[polars]'``)."""
    pl = _need("polars", "to_polars")
    spec, data = _columns(reports, table)
    string = getattr(pl, "String", None) or pl.Utf8
    types = {
        "int": pl.Int64,
        "int?": pl.Int64,
        "float": pl.Float64,
        "str": string,
        "bool": pl.Boolean,
        "bool?": pl.Boolean,
        "date": pl.Date,
        "list[str]": pl.List(string),
        "list[int]": pl.List(pl.Int64),
    }
    schema = {name: types[kind] for name, kind in spec}
    frame: polars.DataFrame = pl.DataFrame(data, schema=schema)
    return frame
