"""``--format text`` (the default): grouped by file, a symbol per verdict, stated against
implied, and a summary line.  Colour only at a terminal, and never when NO_COLOR is set."""

from __future__ import annotations

import os
from typing import TextIO

from factcheck.results import AuditResult, is_file_level

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


def report(result: AuditResult, out: TextIO) -> None:
    colour = use_colour(out)

    def paint(grade: str, text: str) -> str:
        return f"\x1b[{_COLOURS[grade]}m{text}\x1b[0m" if colour else text

    for file_result in result.files:
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
            continue
        for error in file_result.report.errors:
            if not is_file_level(error):
                out.write(f"  ! {error}\n")
        for verdict in file_result.report.verdicts:
            check = verdict.check
            symbol = paint(verdict.grade, SYMBOLS[verdict.grade])
            note = ""
            if check.expect is not None:
                note = " (acknowledged)" if verdict.ok else f" (expected {check.expect})"
            line = f"  {symbol} {check.id}: {verdict.grade}{note}"
            if verdict.implied is not None and verdict.stated is not None:
                line += (f" — stated {verdict.shown(verdict.stated_strict)}, "
                         f"implied {verdict.shown(verdict.implied)}")  # fmt: skip
            out.write(line + "\n")
            if not verdict.ok and verdict.grade != "consistent":
                if verdict.conflicts_with:
                    out.write(f"      conflicts with: {', '.join(verdict.conflicts_with)}\n")
                if verdict.reason:
                    out.write(f"      {verdict.reason}\n")
    counts = result.counts()
    summary = ", ".join(f"{count} {grade}" for grade, count in counts.items() if count)
    files = len(result.files)
    status = "ok" if result.ok else "FAILED"
    out.write(f"{status}: {files} file{'s' if files != 1 else ''}, {summary or 'no checks'}\n")
