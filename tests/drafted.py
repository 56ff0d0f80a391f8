"""What the proposer drafts from a text, as the proposer tests read it."""

from __future__ import annotations

from factcheck.draft import draft, draft_book
from factcheck.engine import audit
from factcheck.files import parse_claims


def valued(text: str) -> dict[str, str]:
    """Each proposed condition, figure names replaced by the values they quote -> severity."""
    book = draft_book(text)
    values = {m.name: m.reading.value for m in book.mentions}
    out = {}
    for check in book.checks:
        words = check.condition
        for mark in "()[],":
            words = words.replace(mark, f" {mark} ")
        out[" ".join(values.get(w, w) for w in words.split())] = check.severity
    return out


def audits_ok(text: str) -> bool:
    """Whether the drafted claim file audits without a finding."""
    return audit(parse_claims(draft(text, schema=""), "<t>").article).ok


def as_article(sentence: str) -> str:
    """A sentence as the body of a one-paragraph article under a headline."""
    return f"News\n\n{sentence}\n"


def conditions(sentence: str) -> list[str]:
    """The conditions the proposer drafts from one sentence."""
    return [c.condition for c in draft_book(as_article(sentence)).checks]


def grades(sentence: str) -> dict[str, str]:
    """Each drafted check of one sentence -> its grade when audited."""
    report = audit(parse_claims(draft(as_article(sentence), schema=""), "<t>").article)
    return {v.check.id: v.grade for v in report.verdicts}


def flags(sentence: str) -> list[str]:
    """The drafted checks of one sentence an audit flags (inconsistent or stretched)."""
    return [k for k, g in grades(sentence).items() if g in ("inconsistent", "stretched")]


def text_flags(text: str) -> list[str]:
    """The drafted checks of a whole text an audit flags, warnings included."""
    report = audit(parse_claims(draft(text, schema=""), "<t>").article)
    return [v.check.id for v in report.verdicts if v.grade in ("inconsistent", "stretched")]
