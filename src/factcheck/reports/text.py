"""``--format text`` (the default): grouped by file, a symbol per verdict, stated against
implied, and a summary line.  Colour only at a terminal, and never when NO_COLOR is set."""

from __future__ import annotations

__all__ = ["SYMBOLS", "Writer", "report", "stream", "use_colour"]

import os
from collections.abc import Iterable
from typing import TextIO

from factcheck.reports._streaming import write_all
from factcheck.results import AuditResult, AuditTotals, FileResult, is_file_level

SYMBOLS = {
    "consistent": "✓",
    "stretched": "~",
    "inconsistent": "✗",
    "uncheckable": "?",
    "undecided": "…",
}
_COLOURS = {
    "consistent": "32",
    "stretched": "33",
    "inconsistent": "31",
    "uncheckable": "36",
    "undecided": "35",
}


def use_colour(out: TextIO) -> bool:
    """Colour when writing to a terminal and NO_COLOR is unset (https://no-color.org)."""
    if os.environ.get("NO_COLOR"):
        return False
    isatty = getattr(out, "isatty", None)
    return bool(isatty and isatty())


class Writer:
    """The text format, one file at a time: each file's lines as it comes, the summary line
    at the end."""

    def __init__(self, out: TextIO) -> None:
        self._out = out
        self._colour = use_colour(out)

    def _paint(self, grade: str, text: str) -> str:
        return f"\x1b[{_COLOURS[grade]}m{text}\x1b[0m" if self._colour else text

    def add(self, file_result: FileResult) -> None:
        out = self._out
        out.write(f"{file_result.path}\n")
        for error in file_result.errors:
            out.write(f"  ! {error}\n")
        if file_result.coverage is not None:
            cover = file_result.coverage
            out.write(f"  coverage {cover.covered}/{cover.total}\n")
            for number in cover.uncovered:
                out.write(f"    uncovered: {number.text!r} at line {number.line}, column "
                          f"{number.column}\n")  # fmt: skip
        if file_result.report is None:
            return
        for error in file_result.report.errors:
            if not is_file_level(error):
                out.write(f"  ! {error}\n")
        for verdict in file_result.report.verdicts:
            check = verdict.check
            symbol = self._paint(verdict.grade, SYMBOLS[verdict.grade])
            note = ""
            if check.expect is not None:
                note = " (acknowledged)" if verdict.ok else f" (expected {check.expect})"
            line = f"  {symbol} {check.id}: {verdict.grade}{note}"
            if verdict.implied is not None and verdict.stated is not None:
                line += (f" — stated {verdict.shown(verdict.stated_strict)}, "
                         f"implied {verdict.shown(verdict.implied)}")  # fmt: skip
            out.write(line + "\n")
            if verdict.warning:
                out.write(f"      warning: {verdict.warning}\n")
            if not verdict.ok and verdict.grade != "consistent":
                if verdict.conflicts_with:
                    out.write(f"      conflicts with: {', '.join(verdict.conflicts_with)}\n")
                if verdict.reason:
                    out.write(f"      {verdict.reason}\n")
                if verdict.culprits:
                    out.write(f"      {verdict.culprits[0].sentence()}\n")

    def close(self, totals: AuditTotals) -> None:
        summary = ", ".join(f"{count} {grade}" for grade, count in totals.counts.items() if count)
        if totals.errors:
            errors = f"{totals.errors} error{'s' if totals.errors != 1 else ''}"
            summary = f"{summary}, {errors}" if summary else errors
        files = totals.files
        status = "ok" if totals.ok else "FAILED"
        self._out.write(
            f"{status}: {files} file{'s' if files != 1 else ''}, {summary or 'no checks'}\n"
        )


def stream(results: Iterable[FileResult], out: TextIO) -> AuditTotals:
    """Write the report of ``results``, consumed one by one; the totals of the audit."""
    return write_all(Writer(out), results)


def report(result: AuditResult, out: TextIO) -> None:
    stream(result.files, out)
