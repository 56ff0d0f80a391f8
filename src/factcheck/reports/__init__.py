"""Reporters: one module per output format, each a callable ``(result, out) -> None``.

The table below is the one place a format is declared; the command line offers exactly these.
Every format is built from the same data, :func:`factcheck.reports.data.audit_data`, so the
verdicts, intervals and explanations agree across formats.
"""

from __future__ import annotations

__all__ = ["FORMATS", "Reporter", "get_reporter"]

from collections.abc import Callable, Mapping
from importlib import import_module
from types import MappingProxyType
from typing import TextIO

from factcheck.results import AuditResult

Reporter = Callable[[AuditResult, TextIO], None]

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
"""Format name -> the module whose ``report(result, out)`` writes it."""


def get_reporter(name: str) -> Reporter:
    """The reporter for a format name (``KeyError`` for an unknown one)."""
    module = import_module(FORMATS[name])
    reporter: Reporter = module.report
    return reporter
