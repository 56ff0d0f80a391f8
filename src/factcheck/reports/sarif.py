"""``--format sarif``: SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.

One run.  Its rules are the relation kinds of the check language, one rule per relation of
:data:`factcheck.relations.RELATIONS` (its ``doc`` as the short description), plus
``arithmetic`` for a check that calls no relation, ``claim-file`` for file-level errors and
``coverage`` for numbers of the source text that no check covers.  A check's rule is the first
relation its condition calls, in reading order.

Results exist only for findings and file-level errors, never for a consistent check that
passes: level ``error`` for an error-severity check that fails, ``warning`` for a warn-severity
one, ``note`` (with an ``inSource`` suppression) for an acknowledged finding.  Each result has
a stable ``partialFingerprints`` entry, ``factcheckCheck/v1`` = SHA-256 of ``file::check-id``,
so a viewer follows a check across edits that move it.
"""

from __future__ import annotations

__all__ = ["RULES", "SARIF_SCHEMA", "Writer", "relation_kind", "report", "sarif_log", "stream"]

import hashlib
from collections.abc import Iterable, Iterator, Mapping
from functools import cache, lru_cache
from importlib import metadata
from pathlib import Path, PurePath
from typing import Any, TextIO
from urllib.parse import quote

import factcheck
from factcheck import expr
from factcheck.relations import RELATIONS, lookup
from factcheck.reports._streaming import JsonArray, slot, split_document, write_all
from factcheck.reports.data import file_checks, file_data
from factcheck.reports.markdown import (
    checks_by_file,
    error_message,
    finding_level,
    finding_summary,
    repo_path,
)
from factcheck.results import AuditResult, AuditTotals, FileResult
from factcheck.safety import sarif_text

SARIF_SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)

_EXTRA_RULES: dict[str, tuple[str, str]] = {
    "arithmetic": (
        "Arithmetic between figures with no named relation ('a + b == total').",
        "A condition of sums, differences, products and comparisons of figures, unknowns and "
        "references.",
    ),
    "claim-file": (
        "A claim file, or one of its checks, that cannot be audited as written.",
        "The claim file does not parse, a check does not compile, a quote is not in the source "
        "text, or the source text's hash changed.",
    ),
    "coverage": (
        "A number of the source text that no check covers.",
        "Every number of the article should be quoted by a figure or listed under not_claims.",
    ),
}


def _rules() -> tuple[dict[str, Any], ...]:
    rules: list[dict[str, Any]] = []
    for relation in RELATIONS.values():
        rules.append(
            {
                "id": relation.name,
                "name": relation.name,
                "shortDescription": {"text": relation.doc or relation.name},
                "fullDescription": {
                    "text": f"{relation.name}({', '.join(relation.params)}): "
                    f"{relation.signature}; {relation.formula}"
                },
                "defaultConfiguration": {"level": "error"},
            }
        )
    for rule_id, (short, full) in _EXTRA_RULES.items():
        rules.append(
            {
                "id": rule_id,
                "name": rule_id,
                "shortDescription": {"text": short},
                "fullDescription": {"text": full},
                "defaultConfiguration": {"level": "error"},
            }
        )
    return tuple(rules)


RULES: tuple[dict[str, Any], ...] = _rules()
"""The driver's rules, in a fixed order (so ``ruleIndex`` is stable across runs)."""
_RULE_INDEX = {rule["id"]: index for index, rule in enumerate(RULES)}


def _calls(node: expr.Node) -> Iterator[str]:
    """The names of the calls in a condition, in reading order."""
    if isinstance(node, expr.Call):
        yield node.fn
        for arg in node.args:
            yield from _calls(arg)
        for _, value in node.kwargs:
            yield from _calls(value)
    elif isinstance(node, expr.BinOp | expr.Compare):
        yield from _calls(node.left)
        yield from _calls(node.right)
    elif isinstance(node, expr.Neg):
        yield from _calls(node.operand)
    elif isinstance(node, expr.Pow):
        yield from _calls(node.base)
    elif isinstance(node, expr.ListArg):
        for item in node.items:
            yield from _calls(item)


@lru_cache(maxsize=4096)  # bounded: a large archive has as many conditions as claims
def relation_kind(condition: str) -> str:
    """The rule of a check: the canonical name of the first relation its condition calls
    (``growth`` for ``change(a, b) == c``), or ``arithmetic`` when it calls none."""
    try:
        tree = expr.parse_condition(condition)
    except expr.CheckSyntaxError:
        return "arithmetic"
    for name in _calls(tree):
        relation = lookup(name)
        if relation is not None:
            return relation.name
    return "arithmetic"


@cache
def _information_uri() -> str | None:
    """The project's home page from the installed package's metadata, if it declares one."""
    try:
        urls = metadata.metadata("factcheck").get_all("Project-URL") or []
    except metadata.PackageNotFoundError:
        return None
    for entry in urls:
        label, _, url = str(entry).partition(",")
        if label.strip().lower() in ("homepage", "home", "repository", "source", "documentation"):
            return url.strip()
    return None


def _uri(path: str) -> str:
    """A relative URI for a file inside the working directory, else a ``file:`` URI."""
    relative = repo_path(path)
    if PurePath(relative).is_absolute():
        return Path(relative).as_uri()
    return quote(relative, safe="/")


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _location(path: str, line: int | None, column: int | None) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": {"uri": _uri(path)}}
    if line is not None:
        region: dict[str, int] = {"startLine": line}
        if column is not None:
            region["startColumn"] = column
        physical["region"] = region
    return {"physicalLocation": physical}


def _result(
    rule_id: str, level: str, text: str, location: dict[str, Any], fingerprints: dict[str, str]
) -> dict[str, Any]:
    return {
        "ruleId": rule_id,
        "ruleIndex": _RULE_INDEX[rule_id],
        "level": level,
        "message": {"text": sarif_text(text)},
        "locations": [location],
        "partialFingerprints": fingerprints,
    }


_LEVELS = {"error": "error", "warning": "warning", "notice": "note"}


def _results(data: Mapping[str, Any]) -> Iterator[dict[str, Any]]:
    by_file = checks_by_file(data["checks"])
    for file in data["files"]:
        yield from _file_results(file, by_file.get(file["path"], []))


def _file_results(
    file: Mapping[str, Any], checks: Iterable[Mapping[str, Any]]
) -> Iterator[dict[str, Any]]:
    for error in file["errors"]:
        message = error_message(error)
        yield _result(
            "claim-file",
            "error",
            f"{error['kind']}: {message}",
            _location(error["file"], error["line"], error["column"]),
            {"factcheckError/v1": _digest(f"{_uri(error['file'])}::{error['kind']}::{message}")},
        )
    for check in checks:
        level = finding_level(check)
        if level is None:
            continue
        result = _result(
            relation_kind(check["definition"]["condition"]),
            _LEVELS[level],
            finding_summary(check),
            _location(check["file"], check["line"], check["column"]),
            {"factcheckCheck/v1": _digest(f"{_uri(check['file'])}::{check['id']}")},
        )
        result["properties"] = {
            "check": check["id"],
            "verdict": check["verdict"],
            "severity": check["severity"],
            "expect": check["expect"],
        }
        if level == "notice":
            result["suppressions"] = [
                {"kind": "inSource", "justification": f"expect: {check['expect']}"}
            ]
        yield result
    coverage, source = file["coverage"], file["source"]
    if coverage is not None and source is not None and source["path"]:
        seen: dict[str, int] = {}
        for number in coverage["uncovered"]:
            occurrence = seen[number["text"]] = seen.get(number["text"], 0) + 1
            key = f"{_uri(source['path'])}::{number['text']}::{occurrence}"
            yield _result(
                "coverage",
                "error",
                f"The number “{number['text']}” is covered by no check and no not_claims "
                f"entry of {repo_path(file['path'])}.",
                _location(source["path"], number["line"], number["column"]),
                {"factcheckCoverage/v1": _digest(key)},
            )


def _log(results: Any) -> dict[str, Any]:
    driver: dict[str, Any] = {"name": "factcheck", "version": factcheck.__version__}
    uri = _information_uri()
    if uri:
        driver["informationUri"] = uri
    driver["rules"] = list(RULES)
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": driver},
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }


def sarif_log(data: Mapping[str, Any]) -> dict[str, Any]:
    """The SARIF log of :func:`~factcheck.reports.data.audit_data`'s data."""
    return _log(list(_results(data)))


class Writer:
    """The sarif format, one file at a time: the log's envelope and rules first, then its
    results as each file comes."""

    def __init__(self, out: TextIO) -> None:
        self._out = out
        (head, self._tail), (level,) = split_document(_log(slot("results")), ["results"])
        out.write(head)
        self._results = JsonArray(out, level)

    def add(self, result: FileResult) -> None:
        for item in _file_results(file_data(result), file_checks(result)):
            self._results.add(item)

    def close(self, totals: AuditTotals) -> None:
        self._results.close()
        self._out.write(self._tail + "\n")


def stream(results: Iterable[FileResult], out: TextIO) -> AuditTotals:
    """Write the report of ``results``, consumed one by one; the totals of the audit."""
    return write_all(Writer(out), results)


def report(result: AuditResult, out: TextIO) -> None:
    stream(result.files, out)
