"""``--format json``: the audit as JSON (schema ``factcheck-audit/1``, see data.py).

Written file by file: the ``files``, ``checks`` and ``coverage.uncovered`` arrays are spooled
(to a temporary file once they outgrow a little memory) and written after the envelope's
``success`` and ``counts``, which need every file; the document is byte for byte
``json.dump(audit_data(result), out, indent=2, ensure_ascii=False)``.
"""

from __future__ import annotations

__all__ = ["Writer", "report", "stream"]

from collections.abc import Iterable
from typing import Any, TextIO

from factcheck.reports._streaming import JsonArraySpool, slot, write_all, write_document
from factcheck.reports.data import SCHEMA_VERSION, file_checks, file_data, uncovered_data
from factcheck.results import AuditResult, AuditTotals, FileResult


class Writer:
    """The json format, one file at a time."""

    def __init__(self, out: TextIO) -> None:
        self._out = out
        self._files = JsonArraySpool()
        self._checks = JsonArraySpool()
        self._uncovered = JsonArraySpool()
        self._covered: tuple[int, int] | None = None

    def add(self, result: FileResult) -> None:
        self._files.add(file_data(result))
        for check in file_checks(result):
            self._checks.add(check)
        if result.coverage is not None:
            covered, total = self._covered or (0, 0)
            self._covered = (covered + result.coverage.covered, total + result.coverage.total)
            for number in uncovered_data(result):
                self._uncovered.add(number)

    def close(self, totals: AuditTotals) -> None:
        coverage: dict[str, Any] | None = None
        arrays = {"files": self._files.write_to, "checks": self._checks.write_to}
        if self._covered is not None:
            covered, total = self._covered
            coverage = {"covered": covered, "total": total, "uncovered": slot("uncovered")}
            arrays["uncovered"] = self._uncovered.write_to
        document = {
            "schema": SCHEMA_VERSION,
            "success": totals.ok,
            "counts": totals.counts,
            "files": slot("files"),
            "checks": slot("checks"),
            "coverage": coverage,
        }
        write_document(self._out, document, arrays)
        self._out.write("\n")


def stream(results: Iterable[FileResult], out: TextIO) -> AuditTotals:
    """Write the report of ``results``, consumed one by one; the totals of the audit."""
    return write_all(Writer(out), results)


def report(result: AuditResult, out: TextIO) -> None:
    stream(result.files, out)
