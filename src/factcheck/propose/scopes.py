"""Stage four, continued: one breakdown given for a set of units and again for a larger set
that the words say combines them.

"... in the 47 provinces, 14,272,694 ballots deemed valid" and, after "when figures ... were
combined with those from the 29 earlier elections", "23,131,324 ballots in the 76 PAO
elections were valid": the figure for the 47 is within the figure for the 76.

- A figure's scope is the count of units (a small count followed by a noun, "the 47
  provinces") its clause names, else its sentence: the last before it, or else the first
  after it; with none, the last scope of the text before.
- A scope combines when any of its sentences says so ("combined", "in total", "total",
  "across", "altogether").
- A figure's status is the status words of :data:`STATUS` in its clause and up to the next
  figure ("were invalid", "marked as 'no vote'"); the wordings of :data:`VOTED` ("voters
  exercised their rights", "cast their votes") are one status.

A figure of the smaller scope and the one figure of a larger, combining scope with the same
status are proposed as ``parts_within`` (a warning: the link rests on the words alone).
"""

from __future__ import annotations

__all__ = ["STATUS", "VOTED", "apply_scopes"]

import re
from typing import Final

from factcheck.propose.book import Book, is_amount, is_count
from factcheck.propose.sentences import Mention

STATUS: Final = (
    "valid",
    "invalid",
    "eligible",
    "registered",
    "rejected",
    "spoiled",
    "blank",
    "no vote",
    "confirmed",
    "suspected",
)
"""Words that say which part of a count a figure is (ballots "deemed valid", voters
"eligible", cases "confirmed")."""
VOTED: Final = (
    "voted",
    "cast their votes",
    "cast their ballots",
    "exercised their rights",
    "exercised their right",
    "exercised their franchise",
    "turned out",
)
"""Words that say a count is of those who voted: one status, however it is worded."""
_STATUS: Final = re.compile(
    r"\b(" + "|".join((*STATUS, *VOTED)).replace(" ", r"[\s-]+") + r")\b", re.I
)
_COMBINES: Final = re.compile(r"\b(?:combined|in total|total|across|altogether)\b", re.I)
_UNITS_NOUN: Final = re.compile(r"\s*(?:[A-Z][\w'’-]*|[a-z]+s)\b")
MAX_MENTIONS: Final = 2000


def _is_units(m: Mention, text: str) -> bool:
    """A count of units ('47 provinces', '76 PAO elections'), not of people or things."""
    reading = m.reading
    return (
        is_count(m)
        and reading.number.denominator == 1
        and 2 <= reading.number <= 1000
        and reading.hedge is None
        and not reading.direction
        and _UNITS_NOUN.match(text, m.end) is not None
    )


def apply_scopes(book: Book) -> None:
    """Propose the figures of a smaller set of units as within those of the larger one."""
    text = book.text
    mentions = book.mentions[:MAX_MENTIONS]
    scope: int | None = None
    rows: list[tuple[Mention, int, frozenset[str], bool]] = []
    units: dict[tuple[int, int], list[Mention]] = {}
    for o in mentions:
        if _is_units(o, text):
            units.setdefault(o.sentence, []).append(o)
    for index, m in enumerate(mentions):
        if _is_units(m, text) or not (is_count(m) or is_amount(m)):
            continue
        if m.reading.hedge is not None or m.reading.direction:
            continue
        same = units.get(m.sentence, [])
        clause = [o for o in same if o.clause == m.clause]
        chosen = _nearest(clause, m) or _nearest(same, m)
        if chosen is not None:
            scope = int(chosen.reading.number)
        if scope is None or scope * 100 > m.reading.number * m.reading.multiplier:
            continue
        later = mentions[index + 1 : index + 50]
        following = next(
            (o for o in later if not _is_units(o, text) and o.reading.unit != "percent"), None
        )
        end = min(m.sentence[1], following.start if following else m.sentence[1])
        words = text[m.clause[0] : m.start] + " " + text[m.end : end]
        status = frozenset(_status(s) for s in _STATUS.findall(words))
        combines = _COMBINES.search(text[m.sentence[0] : m.sentence[1]]) is not None
        rows.append((m, scope, status, combines))
    combining = {big for _, big, _, combines in rows if combines}
    by_status: dict[frozenset[str], list[tuple[Mention, int]]] = {}
    for w, big, their, _ in rows:
        if big in combining:
            by_status.setdefault(their, []).append((w, big))
    for part, small, status, _ in rows:
        if len(status) != 1:
            continue
        larger = [
            w
            for w, big in by_status.get(status, [])
            if big > small and w.reading.unit == part.reading.unit
        ]
        if len(larger) != 1:
            continue
        whole = larger[0]
        book.propose(
            "parts_within",
            f"parts_within({whole.name}, [{part.name}])",
            about=part,
            quote=book.passage(part),
            why=f"the {sorted(status)[0]} figure of {small} units, within that of the "
            f"{_scope_of(rows, whole)} units the words say combine them",
            figures=(whole.name, part.name),
            severity="warn",
            suffix="_within_larger",
        )


def _status(words: str) -> str:
    """The status a phrase names: 'valid', 'no vote'; 'voted' for each wording of it."""
    plain = re.sub(r"[\s-]+", " ", words.lower())
    return "voted" if plain in VOTED else plain


def _nearest(units: list[Mention], m: Mention) -> Mention | None:
    """The units named last before the figure, or else first after it."""
    before = [o for o in units if o.end <= m.start]
    after = [o for o in units if o.start >= m.end]
    return before[-1] if before else (after[0] if after else None)


def _scope_of(rows: list[tuple[Mention, int, frozenset[str], bool]], whole: Mention) -> int:
    return next(big for w, big, _, _ in rows if w is whole)
