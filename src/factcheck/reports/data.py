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

from collections.abc import Collection
from fractions import Fraction
from typing import Any

from factcheck.explain import comparison, requirement
from factcheck.intervals import Interval, decimal_text
from factcheck.model import Verdict
from factcheck.numbers_format import gap_unit, sound_decimal
from factcheck.results import AuditResult, FileResult, is_file_level

SCHEMA_VERSION = "factcheck-audit/1"


def interval_data(interval: Interval | None, factor: Fraction, unit: str) -> dict[str, Any] | None:
    """``{"low", "high", "low_closed", "high_closed", "unit"}`` in the display unit, ``null``
    for an unbounded side; ``None`` when there is none.  Each end is the shortest decimal that
    is still sound (the low end rounded down, the high end up); where it differs from the
    exact end, ``low_exact``/``high_exact`` give the exact one (a decimal or ``p/q``)."""
    if interval is None:
        return None
    if interval.is_empty:
        return {"empty": True, "low": None, "high": None, "low_closed": False,
                "high_closed": False, "unit": unit}  # fmt: skip
    scaled = interval.scale(factor)
    data: dict[str, Any] = {
        "low": None if scaled.lo is None else sound_decimal(scaled.lo, "down"),
        "high": None if scaled.hi is None else sound_decimal(scaled.hi, "up"),
        "low_closed": scaled.lo_closed,
        "high_closed": scaled.hi_closed,
        "unit": unit,
    }
    for key, end in (("low", scaled.lo), ("high", scaled.hi)):
        if end is not None and data[key] != decimal_text(end):
            data[f"{key}_exact"] = _exact(end)
    return data


def _exact(value: Fraction) -> str:
    """An exact value as briefly as it can be: a decimal of up to 30 digits, else ``p/q``."""
    text = decimal_text(value)
    if "/" in text or len(text) <= 32:
        return text
    return f"{value.numerator}/{value.denominator}"


def _off_by(verdict: Verdict, unit: str) -> dict[str, Any] | None:
    """How far the stated interval misses the implied one: ``absolute`` in ``unit`` (in
    percentage points for percentages), ``relative`` to the stated value (0.025 for 2.5 %),
    each a readable decimal with the exact value beside it where it differs."""
    if verdict.off_by is None:
        return None
    data: dict[str, Any] = {
        "absolute": sound_decimal(verdict.off_by, "nearest"),
        "relative": None
        if verdict.off_by_relative is None
        else sound_decimal(verdict.off_by_relative, "nearest"),
        "unit": gap_unit(unit),
    }
    for key, value in (("absolute", verdict.off_by), ("relative", verdict.off_by_relative)):
        if value is not None and data[key] != decimal_text(value):
            data[f"{key}_exact"] = _exact(value)
    return data


def check_data(verdict: Verdict, path: str, references: Collection[str] = ()) -> dict[str, Any]:
    """One check's entry of the ``checks`` list (``references``: the article's reference
    names, which tell the stated side of a comparison)."""
    check = verdict.check
    factor, unit = verdict.display_factor, verdict.unit
    location = check.location
    return {
        "id": check.id,
        "file": path,
        "line": location.line if location is not None else None,
        "column": location.column if location is not None else None,
        "quote": check.quote,
        "condition": check.condition,
        "proposed": check.proposed,
        "verdict": verdict.grade,
        "ok": verdict.ok,
        "severity": check.severity,
        "expect": check.expect,
        "stated": interval_data(verdict.stated_strict, factor, unit),
        "stated_lenient": interval_data(verdict.stated, factor, unit),
        "implied": interval_data(verdict.implied, factor, unit),
        "off_by": _off_by(verdict, unit),
        "comparison": comparison(verdict, references),
        "must_be": interval_data(requirement(verdict, references), factor, unit),
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
                **({"read_as": culprit.read_as} if culprit.read_as else {}),
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
    references = {r.name for r in result.report.article.references}
    return [check_data(v, result.path, references) for v in result.report.verdicts]


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
