"""A claim file for an article, with the checks its wording proposes.

:func:`draft` reads a text through the proposer (:mod:`factcheck.propose`) and writes a claim
file a person then reviews: the ``source`` section, one figure per number with a short quote
that carries it, the unknowns and references the checks need (each with a description or a
source), dates, years and periods under ``not_claims``, and the proposed checks, *active*,
each marked ``proposed: true`` with the words it came from and why.  A check resting on a
guessed link (a whole found by its name, a subject taken from the sentence) has
``severity: warn``.  Before writing, the draft is audited once: a proposal that does not
compile is dropped, and one that nothing can decide is acknowledged (``expect:
uncheckable``), so the file audits as written.
"""

from __future__ import annotations

__all__ = ["SCHEMA_PATH", "draft", "draft_book"]

import hashlib
import unicodedata
from pathlib import Path
from typing import Any, Final

import attrs

from factcheck.errors import FactcheckError
from factcheck.propose import Book, propose
from factcheck.propose.sentences import _RATES

SCHEMA_PATH: Final = Path(__file__).resolve().parent / "claims.schema.json"
"""The claim-file schema the draft's modeline names, for editors."""


def draft(
    text: str, *, path: str | None = None, title: str | None = None, schema: str | None = None
) -> str:
    """A claim file for ``text``, as YAML text, with the checks its wording proposes.

    ``title`` defaults to the first non-empty line of the text.  ``path`` is written as
    ``source.path`` exactly as given (claim files resolve it against their own folder), and
    with it ``source.sha256``, the SHA-256 of ``text`` encoded as UTF-8: pass the file's
    text exactly as stored (no newline translation) so the hash matches the file.
    ``schema`` is the schema the first-line modeline names (default: the installed
    ``claims.schema.json``; ``""``: no modeline).

    The result loads with :func:`factcheck.files.parse_claims`, audits without errors (every
    proposal that cannot be decided acknowledged), and covers every number of ``text``.
    """
    return _render(text, draft_book(text), path=path, title=title, schema=schema)


def draft_book(text: str) -> Book:
    """The proposer's book for ``text``, settled by one audit: proposals that do not compile
    dropped, the undecidable ones acknowledged."""
    from factcheck.engine import audit
    from factcheck.files import parse_claims

    _refuse_control_characters(text)
    book = propose(text)
    if not book.checks:
        return book
    claims = parse_claims(_render(text, book, path=None, title=None, schema=None), "<draft>")
    report = audit(claims.article)
    broken = {
        str(getattr(e, "subject", "")).removeprefix("check ").strip("'") for e in report.errors
    }
    grades = {v.check.id: v.grade for v in report.verdicts}
    _demote_findings_of_uncertain_links(book, claims, report)
    kept = []
    for check in book.checks:
        if check.id in broken or check.id not in grades:
            continue
        grade = grades[check.id]
        if grade in ("uncheckable", "undecided"):
            check.expect = grade
            check.note = (check.note + " " if check.note else "") + (
                "Nothing else in the article decides it."
                if grade == "uncheckable"
                else "The engine could not decide it."
            )
        elif check.expect is not None and check.expect != grade:
            check.expect = None
        kept.append(check)
    book.checks[:] = kept
    used = " ".join(c.condition for c in kept)
    for name in [n for n in book.unknowns if n not in used]:
        del book.unknowns[name]
    for name in [n for n in book.references if n not in used]:
        del book.references[name]
    return book


def _demote_findings_of_uncertain_links(book: Book, claims: Any, report: Any) -> None:
    """A proposal that fails only together with a sum found by its arithmetic (a warning: three
    rounded figures can meet a fourth by chance) is a warning too, since the sum may be what is
    wrong.  It is found by auditing the proposals without those sums; what still fails there
    stays an error.  A link the words make (a warning for its reading) is left to stand: it is
    seldom wrong, and the findings that need it are the ones a planted error shows."""
    from factcheck.engine import audit

    severity = {c.id: c.severity for c in book.checks}
    fitted = {c.id for c in book.checks if c.severity == "warn" and c.relation == "sum"}
    flagged = [
        v
        for v in report.verdicts
        if v.grade in ("inconsistent", "stretched")
        and severity.get(v.check.id) == "error"
        and any(p in fitted for p in v.conflicts_with)
    ]
    if not flagged:
        return
    article = claims.article
    certain = attrs.evolve(article, checks=[c for c in article.checks if c.id not in fitted])
    still = {
        v.check.id for v in audit(certain).verdicts if v.grade in ("inconsistent", "stretched")
    }
    by_id = {c.id: c for c in book.checks}
    for verdict in flagged:
        if verdict.check.id in still:
            continue
        check = by_id[verdict.check.id]
        links = ", ".join(p for p in verdict.conflicts_with if p in fitted)
        check.severity = "warn"
        check.note = (check.note + " " if check.note else "") + (
            f"It fails only together with a proposal resting on a guessed link ({links})."
        )


# -- rendering --------------------------------------------------------------------------------

_ESCAPES: Final = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}


def _yaml_text(value: str) -> str:
    """A YAML double-quoted scalar for any text (control and line-separator characters
    escaped, so the loaded value is exactly ``value``)."""
    out = []
    for char in value:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif (
            unicodedata.category(char) in ("Cc", "Cs", "Zl", "Zp")
            or char in "\ufeff\x85"
            or (0x7F <= ord(char) <= 0x9F)
        ):
            out.append(f"\\u{ord(char):04x}" if ord(char) <= 0xFFFF else f"\\U{ord(char):08x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return " ".join(line.split())[:300]
    return "(untitled)"


class ArticleTextError(FactcheckError, ValueError):
    """An article text that cannot be drafted from (binary data, control characters)."""


def _refuse_control_characters(text: str) -> None:
    """A text with control characters (NUL, ESC, ...) is no article: its quotes could not be
    written into a claim file, which refuses them."""
    for number, line in enumerate(text.splitlines(), start=1):
        for column, ch in enumerate(line, start=1):
            if unicodedata.category(ch) in ("Cc", "Cs") and ch not in "\t\r\x0c\x0b":
                raise ArticleTextError(
                    f"line {number}, column {column}: the text holds the control character "
                    f"U+{ord(ch):04X}; draft from the article's plain text"
                )


def _printable_title(title: str) -> str:
    """The title without control characters, which a claim file may not hold (a binary
    text's first line)."""
    return "".join(ch for ch in title if unicodedata.category(ch) not in ("Cc", "Cs")).strip()


def _render(
    text: str, book: Book, *, path: str | None, title: str | None, schema: str | None
) -> str:
    modeline = f"# yaml-language-server: $schema={schema if schema is not None else SCHEMA_PATH}"
    lines = [
        *([modeline] if schema != "" else []),  # "" asks for no modeline
        "# A draft claim file written by `factcheck draft`.  Review every figure (name, quote)",
        "# and every check marked `proposed: true`: keep it (delete the mark), fix it, or delete",
        "# it.  Checks with `severity: warn` rest on a guessed link and never fail the audit.",
        "source:",
        f"  title: {_yaml_text(_printable_title(_first_line(text) if title is None else title))}",
        '  # outlet: ""',
        '  # published: ""',
        '  # url: ""',
    ]
    if path is not None:
        lines.append(f"  path: {_yaml_text(path)}")
        lines.append(f"  sha256: {hashlib.sha256(text.encode('utf-8')).hexdigest()}")
    lines += ["", "figures:"]
    for number in book.mentions:
        quote = _yaml_text(number.quote)
        keys = [f"index: {number.index}"] if number.index else []
        if number.trailing_zeros:
            keys.append(f"trailing_zeros: {number.trailing_zeros}")
        if keys:
            lines.append(f"  {number.name}: {{quote: {quote}, {', '.join(keys)}}}")
        else:
            lines.append(f"  {number.name}: {quote}")
    if book.unknowns:
        lines += ["", "# Quantities the checks need that the article does not state.", "unknowns:"]
    for name, unknown in book.unknowns.items():
        bounds = (
            f", bounds: {unknown.bounds}" if unknown.bounds and unknown.unit not in _RATES else ""
        )
        lines.append(
            f"  {name}: {{unit: {_yaml_text(unknown.unit)}{bounds}, "
            f"description: {_yaml_text(unknown.description)}}}"
        )
    if book.references:
        lines += [
            "",
            "# Facts from outside the article: check each against its source.",
            "references:",
        ]
    for name, reference in book.references.items():
        lines.append(
            f"  {name}: {{value: {_yaml_text(reference.value)}, "
            f"unit: {_yaml_text(reference.unit)}, "
            f"source: {_yaml_text(reference.source)}}}"
        )
    lines += ["", "checks:"]
    for check in book.checks:
        lines.append(f"  # {_comment(check.why)}")
        lines.append(f"  - id: {check.id}")
        lines.append(f"    condition: {_yaml_text(check.condition)}")
        lines.append(f"    quote: {_yaml_text(check.quote)}")
        lines.append("    proposed: true")
        if check.severity != "error":
            lines.append(f"    severity: {check.severity}")
        if check.expect is not None:
            lines.append(f"    expect: {check.expect}")
        note = check.note
        if check.severity == "warn":
            note = ("A warning: it rests on a guessed link; confirm it before making it an "
                    "error. " + note).strip()  # fmt: skip
        if note:
            lines.append(f"    note: {_yaml_text(note)}")
    lines += ["", "not_claims:"]
    for excused, reason in book.not_claims.items():
        lines.append(f"  - {{text: {_yaml_text(excused)}, reason: {_yaml_text(reason)}}}")
    return "\n".join(lines) + "\n"


def _comment(text: str) -> str:
    return " ".join(text.split())[:200]
