"""The kinds of ballot a count of ballots cast is made of: '16,362,185 voters exercised their
rights, with 14,272,694 ballots deemed valid ... 931,290 ballots ... were invalid, while
1,158,201 ballots ... were marked as "no vote"'.

Every ballot cast is valid or not, and a count of invalid ballots with one of blank ("no vote")
ballots beside it splits the rest; so where the words name the valid and the invalid ballots
after a count of ballots (or voters) cast, those kinds add up to it.  The link rests on the
words, not on the sum, so a changed count is found out rather than left unchecked.
"""

from __future__ import annotations

__all__ = ["apply_ballots"]

import re
from typing import Final

from factcheck.propose.book import Book, is_count
from factcheck.propose.sentences import Mention

MAX_MENTIONS: Final = 2000
_SENTENCES: Final = 3
"""Sentences a whole and its kinds span, at most (the whole's and the two after it)."""
_KINDS: Final = {
    "valid": re.compile(r"(?<!in)\bvalid\b", re.I),
    "invalid": re.compile(r"\b(?:invalid|void|spoilt|spoiled|rejected)\b", re.I),
    "blank": re.compile(r"\b(?:blank|no[\s-]vote|none\s+of\s+the\s+above)\b", re.I),
}
_BALLOT: Final = re.compile(r"\s+(?:ballots?|votes?)\b", re.I)
_CAST: Final = re.compile(
    r"^\s*(?:voters?\s+(?:exercised|cast|turned|voted)|(?:ballots?|votes?)\s+(?:were\s+)?cast)"
    r"|^[^.;\d]{0,6}(?:,\s*or\s+[\d.]+%\s*,\s*)?cast\s+(?:their\s+)?(?:votes?|ballots?)\b",
    re.I,
)
"""'16,362,185 voters exercised their rights', '26,418,754, or 56.06%, cast their votes',
'5,200 ballots were cast': a count of ballots cast."""


def _kind(book: Book, m: Mention, following: Mention | None) -> str | None:
    """The kind of ballot a count of ballots ('931,290 ballots') is of, from its words after
    it up to the next count of ballots or its sentence's end, or else its clause before it."""
    if not _BALLOT.match(book.text, m.end, m.end + 10):
        return None
    end = m.sentence[1] if following is None else min(following.start, m.sentence[1])
    for words in (book.text[m.end : min(end, m.end + 160)], book.text[m.local[0] : m.start]):
        found = [kind for kind, pattern in _KINDS.items() if pattern.search(words)]
        if found:
            return found[0] if len(found) == 1 else None
    return None


def apply_ballots(book: Book) -> None:
    """A count of ballots (or voters) cast, and after it in its paragraph the one count of
    valid ballots, the one of invalid and at most one of blank: the kinds add up to it."""
    counts = [
        m
        for m in book.mentions[:MAX_MENTIONS]
        if is_count(m) and m.reading.hedge is None and not m.reading.direction
    ]
    for at, whole in enumerate(counts):
        if not _CAST.search(book.text[whole.end : whole.end + 60]):
            continue
        sentences: list[tuple[int, int]] = []
        kinds: dict[str, list[Mention]] = {}
        later = counts[at + 1 :]
        ballots = [m for m in later if _BALLOT.match(book.text, m.end, m.end + 10)]
        for m in later:
            if "\n\n" in book.text[whole.end : m.start] or _CAST.search(
                book.text[m.end : m.end + 60]
            ):
                break
            if m.sentence not in sentences:
                sentences.append(m.sentence)
            if len(sentences) > _SENTENCES:
                break
            following = next((b for b in ballots if b.start > m.start), None)
            kind = _kind(book, m, following)
            if kind is not None:
                kinds.setdefault(kind, []).append(m)
        if any(len(found) != 1 for found in kinds.values()):
            continue
        if "valid" not in kinds or "invalid" not in kinds:
            continue
        parts = [kinds[k][0] for k in ("valid", "invalid", "blank") if k in kinds]
        book.propose(
            "sum",
            f"{' + '.join(p.name for p in parts)} == {whole.name}",
            about=whole,
            quote=book.passage(*parts),
            why="every ballot cast is valid, invalid or blank: the kinds the words name add "
            "up to the ballots cast",
            figures=(*(p.name for p in parts), whole.name),
            suffix="_ballot_kinds",
        )
        _shares(book, parts)


def _shares(book: Book, parts: list[Mention]) -> None:
    """'14,272,694 ballots deemed valid, accounting for 87.23% of all ballots cast', '931,290
    ballots, or 5.69%': with every kind's share stated, the shares of the kinds that make all
    ballots cast add up to 100 percent, within their rounding."""
    shares = []
    for part in parts:
        found = {
            c.condition.rsplit("== ", 1)[1]
            for c in book.checks
            if c.relation == "share" and c.condition.startswith(f"share({part.name}, ")
        }
        if len(found) != 1:
            return
        shares.append(found.pop())
    book.propose(
        "shares_sum",
        f"shares_sum([{', '.join(shares)}], exhaustive=true)",
        about=parts[0],
        quote=book.passage(*parts),
        why="the kinds of ballot make all ballots cast, so their shares add up to 100 percent",
        figures=tuple(shares),
        suffix="_ballot_shares",
    )
