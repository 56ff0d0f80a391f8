"""``--format markdown``: the audit as GitHub-flavoured Markdown, for pull-request comments and
``$GITHUB_STEP_SUMMARY``.

A heading with the outcome, a table of counts per verdict, then for each claim file a table of
its checks (check, verdict, stated, implied, note) and the details of each finding: the quote,
the checks it conflicts with, the reason, and the derivation in a ``<details>`` block.  Text
that comes from claim files or articles is escaped, so a pipe or a backtick in a quote cannot
break a table or open a code span.

The helpers below (:func:`finding_level`, :func:`verdict_words`, :func:`interval_text`,
:func:`error_message`, :func:`repo_path`) are shared by the other CI formats, so GitHub, GitLab
and SARIF classify and word a finding the same way.
"""

from __future__ import annotations

__all__ = [
    "SYMBOLS",
    "Writer",
    "checks_by_file",
    "comparison_text",
    "culprit_text",
    "error_message",
    "escape",
    "finding_level",
    "finding_summary",
    "interval_text",
    "render",
    "repo_path",
    "report",
    "stream",
    "verdict_words",
]

import os
import re
from collections.abc import Iterable, Mapping, Sequence
from fractions import Fraction
from typing import Any, Literal, TextIO

from factcheck.explain import show_interval
from factcheck.intervals import Interval
from factcheck.model import GRADES
from factcheck.reports._streaming import Sink, TextSpool, write_all
from factcheck.reports.data import file_checks, file_data
from factcheck.reports.text import SYMBOLS
from factcheck.results import AuditResult, AuditTotals, FileResult

Level = Literal["error", "warning", "notice"]


# -- shared helpers -----------------------------------------------------------------------------


def finding_level(check: Mapping[str, Any]) -> Level | None:
    """How a check of :func:`~factcheck.reports.data.audit_data` counts in CI.

    ``"error"`` for an error-severity check that fails, ``"warning"`` for a warn-severity one
    that fails, ``"notice"`` for an acknowledged finding (an ``expect`` other than consistent
    that came true), and ``None`` for a consistent check that passes: not a finding at all.
    """
    if check["ok"]:
        return None if check["verdict"] == "consistent" else "notice"
    return "warning" if check["severity"] == "warn" else "error"


def verdict_words(check: Mapping[str, Any]) -> str:
    """``"stretched (acknowledged)"``, ``"inconsistent (expected stretched)"``, ``"consistent"``:
    the verdict as the text format words it."""
    words = str(check["verdict"])
    expect = check["expect"]
    if expect is not None:
        words += " (acknowledged)" if check["ok"] else f" (expected {expect})"
    return words


def interval_text(data: Mapping[str, Any] | None) -> str:
    """An interval of the JSON data as the text format shows it: ``[19.5, 20.5] %``,
    ``(0, +∞) CNY``, ``anything``, ``—`` for none."""
    if data is None:
        return show_interval(None, Fraction(1), "")
    unit = str(data["unit"])
    if data.get("empty"):
        interval = Interval(1, 0)
    else:
        low, high = data["low"], data["high"]
        interval = Interval(
            None if low is None else Fraction(low),
            None if high is None else Fraction(high),
            bool(data["low_closed"]),
            bool(data["high_closed"]),
        )
    return show_interval(interval, Fraction(1), unit)


def _implied_cell(check: Mapping[str, Any]) -> str:
    """The implied column: for an inequality, the half-line the stated value must lie in
    ("must be more than 0 %"), not the bar's own value."""
    if check.get("must_be") is not None:
        return f"must be {interval_text(check['must_be'])}"
    return interval_text(check["implied"])


def comparison_text(check: Mapping[str, Any]) -> str:
    """``stated [19, 20] %, implied [≈17.39, ≈18.51] %`` when the check has both sides, else
    an empty string (as in the text format)."""
    if check["stated_lenient"] is None or check["implied"] is None:
        return ""
    if check.get("comparison"):
        return str(check["comparison"])  # worded once, in factcheck.explain
    return f"stated {interval_text(check['stated'])}, implied {interval_text(check['implied'])}"


def culprit_text(check: Mapping[str, Any]) -> str:
    """The first culprit of a finding, as a sentence ("likely culprit: 'of 651 valid votes' —
    the article holds if it were 647"), or an empty string."""
    from factcheck.explain import culprit_sentence, fit_words

    if not check.get("culprits"):
        return ""
    first = check["culprits"][0]
    fit = first["would_fit"]

    def bound(text: str | None) -> Fraction | None:
        return None if text is None else Fraction(text)

    words = fit_words(
        bound(fit["low"]), bound(fit["high"]), fit["low_closed"], fit["high_closed"], fit["unit"]
    )
    return culprit_sentence(first["quote"], first["figure"], words, first.get("read_as", ""))


def finding_summary(check: Mapping[str, Any]) -> str:
    """One line for a finding: ``id: verdict — “quote” (stated …, implied …; conflicts with …;
    reason; note)``."""
    text = f"{check['id']}: {verdict_words(check)}"
    if check["quote"]:
        text += f" — “{check['quote']}”"
    details = [comparison_text(check)]
    if check["conflicts_with"]:
        details.append("conflicts with " + ", ".join(check["conflicts_with"]))
    details.extend([check["reason"], culprit_text(check), check["definition"]["note"]])
    details = [" ".join(d.split()) for d in details if d]
    return text + (f" ({'; '.join(details)})" if details else "")


def error_message(error: Mapping[str, Any]) -> str:
    """An error's message without the ``file:line:col:`` prefix its location already gives."""
    message = str(error["message"])
    prefix = f"{error['file']}:{error['line']}:{error['column']}: "
    return message[len(prefix) :] if message.startswith(prefix) else message


def repo_path(path: str) -> str:
    """A path as CI services want it: relative to the working directory (normally the
    repository's root) with forward slashes when it lies inside it, else absolute."""
    normal = os.path.normpath(path)
    if os.path.isabs(normal):
        try:
            relative = os.path.relpath(normal)
        except ValueError:  # another drive on Windows
            relative = normal
        if not relative.startswith(os.pardir):
            normal = relative
    elif normal.startswith(os.pardir):
        normal = os.path.abspath(normal)
    return normal.replace(os.sep, "/")


# -- Markdown -----------------------------------------------------------------------------------

_SPECIAL = re.compile(r"([\\`|*_~#\[\]])")


def escape(text: str) -> str:
    """Text safe inside a Markdown paragraph or table cell: Markdown punctuation (pipes,
    backticks, emphasis, headings, the brackets of links and images) backslash-escaped,
    ``& < >`` as entities (no raw HTML), bare URLs and ``@`` mentions broken by a zero-width
    space (:func:`factcheck.safety.break_autolinks`), control characters escaped, and line
    breaks as ``<br>``."""
    from factcheck.safety import break_autolinks, escape_controls

    text = break_autolinks(_SPECIAL.sub(r"\\\1", text))
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "<br>".join(escape_controls(line) for line in lines)


def _code_block(lines: list[str]) -> str:
    """Lines in a fence longer than any run of backticks in them.  A fence shows its text
    as written, but the quotes in it are still kept from looking like links, URLs or
    mentions (a zero-width space in each), should a renderer or a copy take them out."""
    from factcheck.safety import break_autolinks

    body = "\n".join(break_autolinks(line).replace("](", "]\u200b(") for line in lines)
    longest = max((len(run) for run in re.findall(r"`+", body)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}text\n{body}\n{fence}"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def render(data: Mapping[str, Any]) -> str:
    """The Markdown report of :func:`~factcheck.reports.data.audit_data`'s data."""
    checks: list[Mapping[str, Any]] = data["checks"]
    parts = _head(data["success"], data["counts"], len(data["files"]), len(checks))
    by_file = checks_by_file(checks)
    for file in data["files"]:
        parts.extend(_file_parts(file, by_file.get(file["path"], [])))
    return "\n\n".join(parts) + "\n"


def checks_by_file(checks: Iterable[Mapping[str, Any]]) -> dict[str, list[Mapping[str, Any]]]:
    """The checks of :func:`~factcheck.reports.data.audit_data` grouped by their ``file``, in
    their order."""
    grouped: dict[str, list[Mapping[str, Any]]] = {}
    for check in checks:
        grouped.setdefault(check["file"], []).append(check)
    return grouped


def _head(success: bool, counts: Mapping[str, int], files: int, checks: int) -> list[str]:
    outcome = "✓ passed" if success else "✗ failed"
    summary = ", ".join(f"{count} {grade}" for grade, count in counts.items() if count)
    return [
        f"## factcheck: {outcome}",
        f"{_plural(files, 'file')}, {_plural(checks, 'check')}"
        + (f": {summary}." if summary else "."),
        "| verdict | checks |\n| :-- | --: |\n"
        + "\n".join(f"| {SYMBOLS[grade]} {grade} | {counts.get(grade, 0)} |" for grade in GRADES),
    ]


class Writer:
    """The Markdown format, one file at a time.  The heading and the counts come first, so
    the files' sections are spooled (to a temporary file once they outgrow a little memory)
    and written after them."""

    def __init__(self, out: Sink) -> None:
        self._out = out
        self._body = TextSpool()

    def add(self, result: FileResult) -> None:
        parts = _file_parts(file_data(result), file_checks(result))
        self._body.write("\n\n" + "\n\n".join(parts))

    def close(self, totals: AuditTotals) -> None:
        head = _head(totals.ok, totals.counts, totals.files, totals.checks)
        self._out.write("\n\n".join(head))
        self._body.copy_to(self._out)
        self._out.write("\n")


def stream(results: Iterable[FileResult], out: TextIO) -> AuditTotals:
    """Write the report of ``results``, consumed one by one; the totals of the audit."""
    return write_all(Writer(out), results)


def _file_parts(file: Mapping[str, Any], checks: Sequence[Mapping[str, Any]]) -> list[str]:
    status = "✓" if file["ok"] else "✗"
    parts = [f"### {status} {escape(file['path'])}"]
    source = file["source"]
    if source is not None:
        about = ", ".join(
            escape(str(source[key])) for key in ("outlet", "published") if source[key]
        )
        line = f"*{escape(source['title'])}*" + (f" — {about}" if about else "")
        if source["url"]:
            line += f" ({escape(source['url'])})"
        parts.append(line)
    if file["errors"]:
        parts.append(
            "**Errors**\n\n"
            + "\n".join(f"- {_where(e)}{escape(error_message(e))}" for e in file["errors"])
        )
    coverage = file["coverage"]
    if coverage is not None:
        text = f"Coverage: {coverage['covered']} of {coverage['total']} numbers of the text."
        source_path = source["path"] if source is not None else None
        for number in coverage["uncovered"]:
            where = f"{escape(source_path)}:" if source_path else "line "
            text += (
                f"\n- not covered: “{escape(number['text'])}” at {where}{number['line']}:"
                f"{number['column']}"
            )
        parts.append(text)
    if not checks:
        return parts
    rows = ["| check | verdict | stated | implied | note |", "| :-- | :-- | :-- | :-- | :-- |"]
    for check in checks:
        cells = [
            f"`{check['id']}`",
            f"{SYMBOLS[check['verdict']]} {escape(verdict_words(check))}",
            escape(interval_text(check["stated"])),
            escape(_implied_cell(check)),
            escape(check["definition"]["note"]),
        ]
        rows.append("| " + " | ".join(cells) + " |")
    parts.append("\n".join(rows))
    findings = [c for c in checks if finding_level(c) is not None]
    if findings:
        parts.append("#### Findings")
        parts.extend(_finding(check) for check in findings)
    return parts


def _where(error: Mapping[str, Any]) -> str:
    if error["line"] is None:
        return ""
    return f"line {error['line']}, column {error['column']}: "


def _finding(check: Mapping[str, Any]) -> str:
    symbol = SYMBOLS[check["verdict"]]
    lines = [f"##### {symbol} `{check['id']}`: {escape(verdict_words(check))}"]
    if check["quote"]:
        lines.append("> " + escape(check["quote"]))
    facts = []
    if check["line"] is not None:
        facts.append(
            f"line {check['line']}, column {check['column']}; severity {check['severity']}"
        )
    comparison = comparison_text(check)
    if comparison:
        facts.append(escape(comparison))
    if check["conflicts_with"]:
        facts.append("conflicts with: " + ", ".join(f"`{c}`" for c in check["conflicts_with"]))
    if check["reason"]:
        facts.append(escape(check["reason"]))
    if culprit_text(check):
        facts.append(escape(culprit_text(check)))
    if check["definition"]["note"]:
        facts.append("note: " + escape(check["definition"]["note"]))
    if facts:
        lines.append("\n".join(f"- {fact}" for fact in facts))
    if check["derivation"]:
        lines.append(
            "<details><summary>Derivation</summary>\n\n"
            + _code_block(list(check["derivation"]))
            + "\n\n</details>"
        )
    return "\n\n".join(lines)


def report(result: AuditResult, out: TextIO) -> None:
    stream(result.files, out)
