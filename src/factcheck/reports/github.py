"""``--format github``: GitHub Actions workflow commands, shown as annotations on the diff.

``::error`` for an error-severity check that fails, for a file-level error (a claim file that
cannot be read, a check that cannot be compiled, a quote missing from the source text) and for
a number of the source text that no check covers; ``::warning`` for a warn-severity check that
fails; ``::notice`` for an acknowledged finding (an ``expect`` that came true).  Consistent
checks print nothing.

When ``$GITHUB_STEP_SUMMARY`` names a file, the Markdown report is appended to it, so the job's
summary page shows the full tables.

Escaping follows GitHub's own toolkit (``@actions/core``): in a message ``%`` becomes ``%25``,
CR ``%0D`` and LF ``%0A``; in a property (``file``, ``title``) also ``:`` becomes ``%3A`` and
``,`` ``%2C``.
"""

from __future__ import annotations

__all__ = [
    "Writer",
    "commands",
    "escape_data",
    "escape_property",
    "file_commands",
    "report",
    "stream",
]

import os
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, TextIO

from factcheck.reports import markdown
from factcheck.reports._streaming import TextSpool, write_all
from factcheck.reports.data import file_checks, file_data
from factcheck.reports.markdown import (
    checks_by_file,
    comparison_text,
    culprit_text,
    error_message,
    finding_level,
    repo_path,
    verdict_words,
)
from factcheck.results import AuditResult, AuditTotals, FileResult


def escape_data(text: str) -> str:
    """A workflow command's message, escaped (and any other control character written as an
    escape such as ``\\x1b``, which the runner would otherwise print as it is)."""
    from factcheck.safety import escape_controls

    return escape_controls(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def escape_property(text: str) -> str:
    """A workflow command's property value, escaped."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _command(
    level: str, message: str, *, file: str, line: int | None, column: int | None, title: str
) -> str:
    properties = [f"file={escape_property(repo_path(file))}"]
    if line is not None:
        properties.append(f"line={line}")
        if column is not None:
            properties.append(f"col={column}")
    properties.append(f"title={escape_property(title)}")
    return f"::{level} {','.join(properties)}::{escape_data(message)}"


def _check_message(check: Mapping[str, Any]) -> str:
    lines = []
    if check["quote"]:
        lines.append(f"quote: {check['quote']}")
    comparison = comparison_text(check)
    if comparison:
        lines.append(comparison)
    if check["conflicts_with"]:
        lines.append("conflicts with: " + ", ".join(check["conflicts_with"]))
    if check["reason"]:
        lines.append(check["reason"])
    if culprit_text(check):
        lines.append(culprit_text(check))
    if check["definition"]["note"]:
        lines.append(f"note: {check['definition']['note']}")
    return "\n".join(lines) or verdict_words(check)


def commands(data: Mapping[str, Any]) -> Iterator[str]:
    """The workflow commands for :func:`~factcheck.reports.data.audit_data`'s data, one per
    finding, file by file."""
    by_file = checks_by_file(data["checks"])
    for file in data["files"]:
        yield from file_commands(file, by_file.get(file["path"], []))


def file_commands(file: Mapping[str, Any], checks: Iterable[Mapping[str, Any]]) -> Iterator[str]:
    """The workflow commands of one file: its ``files`` entry and its ``checks``."""
    for error in file["errors"]:
        yield _command(
            "error",
            error_message(error),
            file=error["file"],
            line=error["line"],
            column=error["column"],
            title=f"factcheck: {error['kind']}",
        )
    for check in checks:
        level = finding_level(check)
        if level is None:
            continue
        yield _command(
            level,
            _check_message(check),
            file=check["file"],
            line=check["line"],
            column=check["column"],
            title=f"factcheck {check['id']}: {verdict_words(check)}",
        )
    coverage, source = file["coverage"], file["source"]
    if coverage is not None and source is not None and source["path"]:
        for number in coverage["uncovered"]:
            yield _command(
                "error",
                f"the number {number['text']!r} is covered by no check and no not_claims "
                f"entry of {file['path']}",
                file=source["path"],
                line=number["line"],
                column=number["column"],
                title="factcheck: uncovered number",
            )


class Writer:
    """The github format, one file at a time: each file's commands as it comes.  With
    ``$GITHUB_STEP_SUMMARY`` set, the Markdown report is written alongside (spooled, see
    :class:`~factcheck.reports.markdown.Writer`) and appended to that file at the end."""

    def __init__(self, out: TextIO) -> None:
        self._out = out
        self._summary_path = os.environ.get("GITHUB_STEP_SUMMARY")
        self._summary: _SummaryWriter | None = None
        if self._summary_path:
            self._summary = _SummaryWriter()

    def add(self, result: FileResult) -> None:
        file, checks = file_data(result), file_checks(result)
        for command in file_commands(file, checks):
            self._out.write(command + "\n")
        if self._summary is not None:
            self._summary.add(result)

    def close(self, totals: AuditTotals) -> None:
        if self._summary is None or not self._summary_path:
            return
        with open(self._summary_path, "a", encoding="utf-8") as handle:
            self._summary.close_to(handle, totals)


class _SummaryWriter:
    """A Markdown writer whose output file is opened only at the end."""

    def __init__(self) -> None:
        self._spool = TextSpool()
        self._writer = markdown.Writer(self._spool)

    def add(self, result: FileResult) -> None:
        self._writer.add(result)

    def close_to(self, out: TextIO, totals: AuditTotals) -> None:
        self._writer.close(totals)
        self._spool.copy_to(out)


def stream(results: Iterable[FileResult], out: TextIO) -> AuditTotals:
    """Write the report of ``results``, consumed one by one; the totals of the audit."""
    return write_all(Writer(out), results)


def report(result: AuditResult, out: TextIO) -> None:
    stream(result.files, out)
