"""The notebook view of a Report (``Report._repr_html_``)."""

from __future__ import annotations

from html import escape

from ._lawreport import Report

TYPE_CHECKING = False  # not `from typing import ...`: importing typing costs milliseconds
if TYPE_CHECKING:
    from typing import Any, Optional

_MAX_ROWS = 50
_PARTS = ("measures", "problems", "leadership", "plans", "other")


def _text(value: Any) -> str:
    if value is None:
        return '<span style="color:#888">—</span>'
    return escape(str(value))


def _mark(value: Optional[bool]) -> str:
    if value is None:
        return _text(None)
    return "✓" if value else "✗"


def _value(value: float) -> str:
    if float(value).is_integer() and abs(value) < 1e16:
        return str(int(value))
    return repr(value)


def report_html(report: Report) -> str:
    """HTML for one report: title, jurisdiction, year, dates, compliance,
    diagnostics and the statistics table (first 50 rows)."""
    j = report.jurisdiction
    if j is None:
        jurisdiction = _text(None)
    else:
        jurisdiction = escape(j.name)
        if j.code:
            jurisdiction += " <code>%s</code>" % escape(j.code)
        elif j.candidates:
            jurisdiction += " (%s)" % escape(", ".join(j.candidates))
    c = report.compliance
    parts = c.parts
    parts_html = " ".join("%s&nbsp;%s" % (_mark(getattr(parts, name)), name) for name in _PARTS)
    facts = [
        ("jurisdiction", jurisdiction),
        ("year", _text(report.year)),
        ("author", _text(report.author)),
        ("signed on", _text(report.signed_on)),
        ("published on", _text(report.published_on)),
        ("parts", parts_html),
        ("missing", _text(", ".join(c.missing) or None)),
        ("published on time", _mark(c.published_on_time)),
        ("diagnostics", _text(", ".join(d.code for d in report.diagnostics) or None)),
    ]
    if report.path:
        facts.insert(0, ("path", _text(report.path)))
    out = [
        '<div class="lawreport-report">',
        "<h3>%s</h3>" % (escape(report.title) if report.title else "<i>(no title)</i>"),
        '<table style="text-align:left">',
    ]
    out += [
        '<tr><th style="text-align:left">%s</th><td style="text-align:left">%s</td></tr>' % (name, value)
        for name, value in facts
    ]
    out.append("</table>")
    stats = report.statistics
    out.append("<p><b>%d statistics</b></p>" % len(stats))
    if stats:
        header = ("raw", "value", "unit", "subject", "indicator", "section")
        out.append('<table style="text-align:left"><thead><tr>')
        out += ['<th style="text-align:left">%s</th>' % h for h in header]
        out.append("</tr></thead><tbody>")
        for s in stats[:_MAX_ROWS]:
            cells = (
                _text(s.raw),
                _text(_value(s.value)),
                _text(s.unit),
                _text(s.subject),
                _text(s.indicator),
                _text("/".join(s.section) or None),
            )
            out.append("<tr>%s</tr>" % "".join('<td style="text-align:left">%s</td>' % c for c in cells))
        out.append("</tbody></table>")
        if len(stats) > _MAX_ROWS:
            out.append("<p>… %d more</p>" % (len(stats) - _MAX_ROWS))
    out.append("</div>")
    return "\n".join(out)
