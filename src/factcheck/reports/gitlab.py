"""``--format gitlab``: a GitLab Code Quality report (``artifacts:reports:codequality``).

A JSON list of issues, one per finding: ``description``, ``check_name`` (the factcheck check id,
or ``claim-file`` / ``coverage`` for file-level problems), ``fingerprint``, ``severity`` and
``location`` (``path`` relative to the repository's root, ``lines.begin``).

The fingerprint is the SHA-256 of the file, the check id and the verdict, never of a line
number: moving a check within its file keeps its issue, and GitLab shows an issue as new or
resolved only when its verdict changes.

Severity, from the worst:

=========  ==========================================================================
blocker    a claim file that cannot be read at all (the audit exits 2)
critical   an error-severity check graded inconsistent; a file-level error (a check
           that does not compile, a quote missing from the source text, a changed
           source hash)
major      any other error-severity check that fails (stretched, uncheckable or
           undecided without a matching ``expect``); a number of the text no check covers
minor      a warn-severity check that fails
info       an acknowledged finding: an ``expect`` other than consistent that came true
=========  ==========================================================================
"""

from __future__ import annotations

__all__ = ["Writer", "file_issues", "fingerprint", "issues", "report", "severity", "stream"]

import hashlib
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, TextIO

from factcheck.reports._streaming import JsonArray, write_all
from factcheck.reports.data import file_checks, file_data
from factcheck.reports.markdown import (
    checks_by_file,
    error_message,
    finding_level,
    finding_summary,
    repo_path,
)
from factcheck.results import AuditResult, AuditTotals, FileResult


def fingerprint(*parts: str) -> str:
    """The SHA-256 (hex) of the parts joined with ``::``."""
    return hashlib.sha256("::".join(parts).encode("utf-8")).hexdigest()


def severity(check: Mapping[str, Any]) -> str | None:
    """The Code Quality severity of a check, ``None`` when it is not a finding."""
    level = finding_level(check)
    if level is None:
        return None
    if level == "notice":
        return "info"
    if level == "warning":
        return "minor"
    return "critical" if check["verdict"] == "inconsistent" else "major"


def _issue(
    description: str, check_name: str, print_: str, level: str, path: str, line: int | None
) -> dict[str, Any]:
    return {
        "description": description,
        "check_name": check_name,
        "fingerprint": print_,
        "severity": level,
        "location": {"path": repo_path(path), "lines": {"begin": line or 1}},
    }


def issues(data: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The Code Quality issues of :func:`~factcheck.reports.data.audit_data`'s data."""
    by_file = checks_by_file(data["checks"])
    found: list[dict[str, Any]] = []
    for file in data["files"]:
        found.extend(file_issues(file, by_file.get(file["path"], [])))
    return found


def file_issues(
    file: Mapping[str, Any], checks: Iterable[Mapping[str, Any]]
) -> Iterator[dict[str, Any]]:
    """The Code Quality issues of one file: its ``files`` entry and its ``checks``."""
    unreadable = file["source"] is None
    for error in file["errors"]:
        message = error_message(error)
        yield _issue(
            f"{error['kind']}: {message}",
            "claim-file",
            fingerprint(repo_path(error["file"]), error["kind"], message),
            "blocker" if unreadable else "critical",
            error["file"],
            error["line"],
        )
    for check in checks:
        level = severity(check)
        if level is None:
            continue
        yield _issue(
            finding_summary(check),
            check["id"],
            fingerprint(repo_path(check["file"]), check["id"], check["verdict"]),
            level,
            check["file"],
            check["line"],
        )
    coverage, source = file["coverage"], file["source"]
    if coverage is not None and source is not None and source["path"]:
        seen: dict[str, int] = {}
        for number in coverage["uncovered"]:
            occurrence = seen[number["text"]] = seen.get(number["text"], 0) + 1
            yield _issue(
                f"the number “{number['text']}” is covered by no check and no "
                f"not_claims entry of {repo_path(file['path'])}",
                "coverage",
                fingerprint(
                    repo_path(source["path"]), "uncovered", number["text"], str(occurrence)
                ),
                "major",
                source["path"],
                number["line"],
            )


class Writer:
    """The gitlab format, one file at a time: the JSON list written issue by issue."""

    def __init__(self, out: TextIO) -> None:
        self._out = out
        self._issues = JsonArray(out, 0)

    def add(self, result: FileResult) -> None:
        for issue in file_issues(file_data(result), file_checks(result)):
            self._issues.add(issue)

    def close(self, totals: AuditTotals) -> None:
        self._issues.close()
        self._out.write("\n")


def stream(results: Iterable[FileResult], out: TextIO) -> AuditTotals:
    """Write the report of ``results``, consumed one by one; the totals of the audit."""
    return write_all(Writer(out), results)


def report(result: AuditResult, out: TextIO) -> None:
    stream(result.files, out)
