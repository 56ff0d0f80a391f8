"""The data every reporter formats: one JSON-ready dictionary per audit.

This is also exactly the ``json`` format (schema ``factcheck-audit/1``, shipped as
``audit.schema.json``).  Scripts rely on these keys; adding keys is compatible, renaming or
removing one needs a new schema version.  :func:`file_data`, :func:`file_checks` and
:func:`uncovered_data` are one file's share of it, for the formats written file by file.
"""

from __future__ import annotations

__all__ = [
    "SCHEMA_VERSION",
    "audit_data",
    "check_data",
    "file_checks",
    "file_data",
    "interval_data",
    "uncovered_data",
]

from fractions import Fraction
from typing import Any

from factcheck.intervals import Interval, decimal_text
from factcheck.model import Verdict
from factcheck.results import AuditResult, FileResult, is_file_level

SCHEMA_VERSION = "factcheck-audit/1"


def interval_data(interval: Interval | None, factor: Fraction, unit: str) -> dict[str, Any] | None:
    """``{"low", "high", "low_closed", "high_closed", "unit"}`` with exact decimal strings
    (or ``null`` for an unbounded side) in the display unit; ``None`` when there is none."""
    if interval is None:
        return None
    if interval.is_empty:
        return {"empty": True, "low": None, "high": None, "low_closed": False,
                "high_closed": False, "unit": unit}  # fmt: skip
    scaled = interval.scale(factor)
    return {
        "low": None if scaled.lo is None else decimal_text(scaled.lo),
        "high": None if scaled.hi is None else decimal_text(scaled.hi),
        "low_closed": scaled.lo_closed,
        "high_closed": scaled.hi_closed,
        "unit": unit,
    }


def check_data(verdict: Verdict, path: str) -> dict[str, Any]:
    """One check's entry of the ``checks`` list."""
    check = verdict.check
    factor, unit = verdict.display_factor, verdict.unit
    location = check.location
    return {
        "id": check.id,
        "file": path,
        "line": location.line if location is not None else None,
        "column": location.column if location is not None else None,
        "quote": check.quote,
        "verdict": verdict.grade,
        "ok": verdict.ok,
        "severity": check.severity,
        "expect": check.expect,
        "stated": interval_data(verdict.stated_strict, factor, unit),
        "stated_lenient": interval_data(verdict.stated, factor, unit),
        "implied": interval_data(verdict.implied, factor, unit),
        "off_by": None
        if verdict.off_by is None
        else {
            "absolute": decimal_text(verdict.off_by),
            "relative": None
            if verdict.off_by_relative is None
            else decimal_text(verdict.off_by_relative),
            "unit": unit,
        },
        "conflicts_with": list(verdict.conflicts_with),
        "slip": verdict.slip,
        "sign_flip": verdict.sign_flip,
        "warning": verdict.warning,
        "culprits": [
            {
                "figure": culprit.figure,
                "quote": culprit.quote,
                "would_fit": interval_data(culprit.would_fit, culprit.display_factor, culprit.unit),
                "clears": list(culprit.clears),
            }
            for culprit in verdict.culprits
        ],
        "reason": verdict.reason,
        "derivation": list(verdict.derivation),
        "definition": {
            "condition": check.condition,
            "quote": check.quote,
            "severity": check.severity,
            "expect": check.expect,
            "tags": list(check.tags),
            "note": check.note,
        },
        "figures": {name: reading.to_json() for name, reading in verdict.figures.items()},
    }


def _error_data(error: Exception, path: str) -> dict[str, Any]:
    location = getattr(error, "location", None)
    return {
        "file": getattr(location, "path", None) or path,
        "line": getattr(location, "line", None),
        "column": getattr(location, "column", None),
        "message": str(error),
        "kind": type(error).__name__,
    }


def file_data(result: FileResult) -> dict[str, Any]:
    """One file's entry of the ``files`` list."""
    source = result.claims.article.source if result.claims is not None else None
    check_errors = []
    if result.report is not None:
        check_errors = [
            _error_data(e, result.path) for e in result.report.errors if not is_file_level(e)
        ]
    return {
        "path": result.path,
        "ok": result.ok,
        "source": None
        if source is None
        else {
            "title": source.title,
            "outlet": source.outlet,
            "published": source.published,
            "url": source.url,
            "path": result.source_path,
        },
        "errors": [_error_data(e, result.path) for e in result.errors] + check_errors,
        "coverage": None if result.coverage is None else result.coverage.to_json(),
    }


def file_checks(result: FileResult) -> list[dict[str, Any]]:
    """One file's entries of the ``checks`` list, in the order of its report."""
    if result.report is None:
        return []
    return [check_data(v, result.path) for v in result.report.verdicts]


def uncovered_data(result: FileResult) -> list[dict[str, Any]]:
    """One file's entries of ``coverage.uncovered``: the numbers of its source text that no
    check covers."""
    if result.coverage is None:
        return []
    return [{**u.to_json(), "file": result.source_path} for u in result.coverage.uncovered]


def audit_data(result: AuditResult) -> dict[str, Any]:
    """The whole audit as JSON-ready data (the ``json`` format)."""
    checks: list[dict[str, Any]] = []
    for file_result in result.files:
        checks.extend(file_checks(file_result))
    coverage = None
    covered = [f.coverage for f in result.files if f.coverage is not None]
    if covered:
        coverage = {
            "covered": sum(c.covered for c in covered),
            "total": sum(c.total for c in covered),
            "uncovered": [u for f in result.files for u in uncovered_data(f)],
        }
    return {
        "schema": SCHEMA_VERSION,
        "success": result.ok,
        "counts": result.counts(),
        "files": [file_data(f) for f in result.files],
        "checks": checks,
        "coverage": coverage,
    }
