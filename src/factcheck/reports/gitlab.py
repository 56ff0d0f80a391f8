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

__all__ = ["fingerprint", "issues", "report", "severity"]

import hashlib
import json
from collections.abc import Mapping
from typing import Any, TextIO

from factcheck.reports.data import audit_data
from factcheck.reports.markdown import error_message, finding_level, finding_summary, repo_path
from factcheck.results import AuditResult


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
    found: list[dict[str, Any]] = []
    for file in data["files"]:
        unreadable = file["source"] is None
        for error in file["errors"]:
            message = error_message(error)
            found.append(
                _issue(
                    f"{error['kind']}: {message}",
                    "claim-file",
                    fingerprint(repo_path(error["file"]), error["kind"], message),
                    "blocker" if unreadable else "critical",
                    error["file"],
                    error["line"],
                )
            )
        for check in data["checks"]:
            level = severity(check) if check["file"] == file["path"] else None
            if level is None:
                continue
            found.append(
                _issue(
                    finding_summary(check),
                    check["id"],
                    fingerprint(repo_path(check["file"]), check["id"], check["verdict"]),
                    level,
                    check["file"],
                    check["line"],
                )
            )
        coverage, source = file["coverage"], file["source"]
        if coverage is not None and source is not None and source["path"]:
            seen: dict[str, int] = {}
            for number in coverage["uncovered"]:
                occurrence = seen[number["text"]] = seen.get(number["text"], 0) + 1
                found.append(
                    _issue(
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
                )
    return found


def report(result: AuditResult, out: TextIO) -> None:
    json.dump(issues(audit_data(result)), out, indent=2, ensure_ascii=False)
    out.write("\n")
