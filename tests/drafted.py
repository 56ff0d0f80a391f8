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
