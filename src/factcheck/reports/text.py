"""``--format text`` (the default): grouped by file, a symbol per verdict, stated against
implied, and a summary line.

Every line about a check or a number starts with ``path:line:col:``, as compilers write, so
terminals and editors link it.  Colour at a terminal, or when FORCE_COLOR is set; never when
NO_COLOR is set.  On a stream whose encoding cannot write the marks (``cp1252``), ASCII marks
stand in for them.  ``quiet`` writes the findings only (the checks that fail, the errors, the
numbers no check covers); ``verbose`` shows what the rest of the article implies for the
checks that hold too (by default only a finding's implied interval is worked out and shown,
as a test runner details only its failures)."""

from __future__ import annotations

__all__ = ["ASCII_SYMBOLS", "SYMBOLS", "Writer", "report", "stream", "use_colour"]

import os
from collections.abc import Iterable
from typing import TextIO

from factcheck.explain import comparison
from factcheck.reports._streaming import write_all
from factcheck.results import AuditResult, AuditTotals, FileResult, is_file_level
from factcheck.safety import printable

SYMBOLS = {
    "consistent": "✓",
    "stretched": "~",
    "inconsistent": "✗",
    "uncheckable": "?",
    "undecided": "…",
}
ASCII_SYMBOLS = {
    "consistent": "+",
    "stretched": "~",
    "inconsistent": "x",
    "uncheckable": "?",
    "undecided": ".",
}
"""The marks on a stream that cannot write :data:`SYMBOLS` (a cp1252 console)."""

_ASCII_TEXT = str.maketrans({"—": "-", "–": "-", "≈": "~", "∞": "inf", "…": "...", "≤": "<=",
                             "≥": ">=", "×": "x", "−": "-", "’": "'", "‘": "'"})  # fmt: skip

_PASSING = ("consistent", "uncheckable")
"""Grades whose line, when the check passes, gives what it states and nothing implied."""

_COLOURS = {
    "consistent": "32",
    "stretched": "33",
    "inconsistent": "31",
    "uncheckable": "36",
    "undecided": "35",
}


def use_colour(out: TextIO) -> bool:
    """Colour when writing to a terminal, or when FORCE_COLOR is set (https://force-color.org);
    never when NO_COLOR is set (https://no-color.org), which wins over FORCE_COLOR."""
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    isatty = getattr(out, "isatty", None)
    return bool(isatty and isatty())


class Writer:
    """The text format, one file at a time: each file's lines as it comes, the summary line
    at the end."""

    def __init__(self, out: TextIO, *, quiet: bool = False, verbose: bool = False) -> None:
        self._out = out
        self._colour = use_colour(out)
        self._quiet = quiet
        self._verbose = verbose
        self._ascii = not _can_write(out, "".join(SYMBOLS.values()) + "—≈∞")
        self._symbols = ASCII_SYMBOLS if self._ascii else SYMBOLS

    def _write(self, line: str) -> None:
        self._out.write((line.translate(_ASCII_TEXT) if self._ascii else line) + "\n")

    def _paint(self, grade: str, text: str) -> str:
        return f"\x1b[{_COLOURS[grade]}m{text}\x1b[0m" if self._colour else text

    def add(self, file_result: FileResult) -> None:
        quiet, path = self._quiet, printable(file_result.path)
        if not quiet:
            self._write(path)
        for error in file_result.errors:
            self._write(printable(_located(error, file_result.path)))
        if file_result.coverage is not None:
            cover = file_result.coverage
            if not quiet:
                self._write(f"  coverage {cover.covered}/{cover.total}")
            source = file_result.source_path or path
            for number in cover.uncovered:
                shown = printable(repr(number.text))
                self._write(
                    f"{printable(source)}:{number.line}:{number.column}: uncovered: {shown}"
                )
        if file_result.report is None:
            return
        for error in file_result.report.errors:
            if not is_file_level(error):
                self._write(printable(_located(error, file_result.path)))
        references = {r.name for r in file_result.report.article.references}
        for verdict in file_result.report.verdicts:
            finding = not verdict.ok and verdict.grade != "consistent"
            if quiet and not finding:
                continue
            check = verdict.check
            symbol = self._paint(verdict.grade, self._symbols[verdict.grade])
            note = ""
            if check.expect is not None:
                note = " (acknowledged)" if verdict.ok else f" (expected {check.expect})"
            if check.severity == "warn" and not verdict.ok:
                note += " (warning only: a proposal resting on an uncertain link)" if (
                    check.proposed) else " (warning only)"  # fmt: skip
            where = path if check.location is None else f"{path}:{check.location.line}:" \
                f"{check.location.column}"  # fmt: skip
            line = f"{where}: {symbol} {printable(check.id)}: {verdict.grade}{note}"
            # A check that passes (an acknowledged uncheckable one too) is not detailed.
            brief = verdict.ok and verdict.grade in _PASSING and not self._verbose
            compared = comparison(verdict, references, brief=brief)
            if compared:
                line += f" — {printable(compared)}"
            self._write(line)
            if verdict.warning:
                self._write(f"    warning: {printable(verdict.warning)}")
            if finding:
                if verdict.conflicts_with:
                    conflicts = printable(", ".join(verdict.conflicts_with))
                    self._write(f"    conflicts with: {conflicts}")
                if verdict.reason:
                    self._write(f"    {printable(verdict.reason)}")
                if verdict.culprits:
                    self._write(f"    {printable(verdict.culprits[0].sentence())}")

    def close(self, totals: AuditTotals) -> None:
        if self._quiet:
            return
        summary = ", ".join(f"{count} {grade}" for grade, count in totals.counts.items() if count)
        if totals.not_compiled:
            summary += (", " if summary else "") + f"{totals.not_compiled} not compiled"
        files = totals.files
        status = "ok" if totals.ok else "FAILED"
        self._write(f"{status}: {files} file{'s' if files != 1 else ''}, {summary or 'no checks'}")


def _can_write(out: TextIO, text: str) -> bool:
    """Whether ``out``'s encoding can write ``text`` (a stream without one takes anything)."""
    encoding = getattr(out, "encoding", None)
    if not encoding:
        return True
    try:
        text.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def _located(error: Exception, path: str) -> str:
    """An error's line, as a compiler writes one: ``path:line:col: error: what``
    (``path: error: what`` when it has no place)."""
    text = str(error)
    location = getattr(error, "location", None)
    if location is not None and text.startswith(f"{location}: "):
        return f"{location}: error: {text[len(str(location)) + 2 :]}"
    if location is not None and getattr(location, "line", None):
        return f"{location.path or path}:{location.line}:{location.column}: error: {text}"
    if text.startswith(f"{path}: "):
        text = text[len(path) + 2 :]
    return f"{path}: error: {text}"


def stream(
    results: Iterable[FileResult], out: TextIO, *, quiet: bool = False, verbose: bool = False
) -> AuditTotals:
    """Write the report of ``results``, consumed one by one; the totals of the audit
    (``quiet``: the findings only; ``verbose``: implied intervals of passing checks too)."""
    return write_all(Writer(out, quiet=quiet, verbose=verbose), results)


def report(result: AuditResult, out: TextIO) -> None:
    stream(result.files, out)
