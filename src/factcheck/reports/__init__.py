"""Reporters: one module per output format, each with a callable ``report(result, out)``.

The table below is the one place a format is declared; the command line offers exactly these.
Every format is built from the same data, :func:`factcheck.reports.data.audit_data` (or one
file's share of it), so the verdicts, intervals and explanations agree across formats.

Every format is also written file by file: the module's ``stream(results, out)`` consumes an
iterable of :class:`~factcheck.results.FileResult` (such as
:func:`~factcheck.results.iter_audit_paths`) one at a time, writes exactly what ``report``
writes for the same files, and returns the :class:`~factcheck.results.AuditTotals`.  It keeps
only the totals and the current file; what must follow a summary is spooled to a temporary
file (see ``_streaming.py``).
"""

from __future__ import annotations

__all__ = ["FORMATS", "Reporter", "StreamReporter", "get_reporter", "get_stream_reporter"]

from collections.abc import Callable, Iterable, Mapping
from importlib import import_module
from types import MappingProxyType

TYPE_CHECKING = False  # not typing's: ``factcheck read`` lists the formats without importing it
if TYPE_CHECKING:  # the command line lists the formats without importing the engine
    from typing import TextIO

    from factcheck.results import AuditResult, AuditTotals, FileResult

Reporter = Callable[["AuditResult", "TextIO"], None]
StreamReporter = Callable[[Iterable["FileResult"], "TextIO"], "AuditTotals"]

FORMATS: Mapping[str, str] = MappingProxyType(
    {
        "text": "factcheck.reports.text",
        "json": "factcheck.reports.json_report",
        "markdown": "factcheck.reports.markdown",
        "github": "factcheck.reports.github",
        "gitlab": "factcheck.reports.gitlab",
        "sarif": "factcheck.reports.sarif",
        "claimreview": "factcheck.reports.claimreview",
        "html": "factcheck.reports.html",
    }
)
"""Format name -> the module whose ``report(result, out)`` and ``stream(results, out)`` write
it."""


def get_reporter(name: str) -> Reporter:
    """The reporter for a format name (``KeyError`` for an unknown one)."""
    module = import_module(FORMATS[name])
    reporter: Reporter = module.report
    return reporter


def get_stream_reporter(name: str) -> StreamReporter:
    """The file-by-file writer for a format name (``KeyError`` for an unknown one)."""
    module = import_module(FORMATS[name])
    reporter: StreamReporter = module.stream
    return reporter
