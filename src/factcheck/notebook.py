"""Rich display of a :class:`~factcheck.engine.Report` in Jupyter and IPython (issue #18).

``Report._repr_html_`` is the html format's report of the one article, so a notebook cell
that ends in ``factcheck.audit(article)`` shows the findings first, as the html report does.
It is attached here (on first access of ``factcheck.audit`` or ``factcheck.Report``) rather
than in the engine, which stays free of any report format.
"""

from __future__ import annotations

__all__ = ["report_html"]

import io
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factcheck.engine import Report


def report_html(report: Report) -> str:
    """The html report of one audited article, as a string."""
    from factcheck.reports import html
    from factcheck.results import AuditResult, FileResult

    name = report.article.path or report.article.source.title or "article"
    result = FileResult(path=name, claims=None, report=report)
    out = io.StringIO()
    html.report(AuditResult(files=(result,)), out)
    return out.getvalue()


def _attach() -> None:
    from factcheck.engine import Report

    if "_repr_html_" not in Report.__dict__:
        Report._repr_html_ = report_html  # type: ignore[attr-defined]


_attach()
