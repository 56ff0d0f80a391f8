"""A level said to be larger than another by a rate: "the deficit of $2.314 billion was wider by
7.2 percent than the $2.15 billion of December", "sales of $5.5 billion were 10 percent higher
than the $5 billion of 2019".

The first level is the subject of a copula ("was", "were", "is", "are", "stood"), with a few
words of its own between; the rate follows with an adjective of comparison before "by" or
after the rate, then "than" and the second level, of the same unit.  The rate is the growth
of the first level on the second.  An adjective of a larger level ("higher", "wider",
"bigger") or a rate the reader gives a direction ("20 percent lower") says the sign; "smaller
by 5 percent", which the reader leaves unsigned, is left alone.

A rate, the one it moved from, then a change in percent: "26.3% of entries, down from 26.6%
in 2012, a drop of 0.3%" is the relative change of the rate (1.1 percent); a writer who meant
points wrote "percent" for them, which the culprits name.
"""

from __future__ import annotations

__all__ = ["compared_by", "rates_then_change"]

import re
from typing import Final

from factcheck.propose.book import is_amount, is_count, is_rate
from factcheck.propose.context import _lead, _Sentence
from factcheck.propose.levels import of_own_basis
from factcheck.propose.sentences import Mention

_UP: Final = r"higher|larger|bigger|greater|wider|more|heavier|longer"
_DOWN: Final = r"lower|smaller|narrower|less|fewer|lighter|shorter"
_SUBJECT_THEN: Final = re.compile(
    r"^\s*(?:[^\W\d]+\s+){0,3}?(?:was|is|were|are|stood)\s+"
    rf"(?:(?P<adj>{_UP}|{_DOWN})\s+by\s+)?$",
    re.IGNORECASE,
)
"""From the first level to the rate: its own few words, the copula, 'wider by'."""
_THAN: Final = re.compile(
    rf"^\s*(?P<adj>{_UP}|{_DOWN})?\s*than\s+(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE
)
"""From the rate to the second level: 'larger than the', ' than the'."""


def _level(m: Mention) -> bool:
    return (
        (is_amount(m) or is_count(m))
        and m.reading.hedge is None
        and not m.reading.direction
        and m.reading.number > 0
    )


def compared_by(state: _Sentence, i: int) -> None:
    """'$2.314 billion was wider by 7.2 percent than the $2.15 billion': the growth of the
    first level on the second."""
    members = state.members
    if i == 0 or i + 1 >= len(members):
        return
    new, rate, old = members[i - 1], members[i], members[i + 1]
    if not is_rate(rate) or rate.reading.hedge is not None or rate.name in state.growth_of:
        return
    if not (_level(new) and _level(old)) or new.reading.unit != old.reading.unit:
        return
    before = _SUBJECT_THEN.match(state.between(new, rate) + _lead(rate))
    after = _THAN.match(state.between(rate, old) + _lead(old))
    if before is None or after is None or bool(before["adj"]) == bool(after["adj"]):
        return
    if of_own_basis(state, rate, old):
        return  # "than the $2.15 billion forecast in real terms": a basis of its own
    adjective = (before["adj"] or after["adj"]).lower()
    if not rate.reading.direction and re.fullmatch(_DOWN, adjective):
        return  # "smaller by 5 percent", unsigned: left alone
    state.growth_of[rate.name] = new.name
    state.book.propose(
        "growth",
        f"growth({new.name}, {old.name}) == {rate.name}",
        about=rate,
        quote=state.book.passage(new, rate, old),
        why=f"a level '{adjective}' than another by a rate: its growth on the other",
        figures=(new.name, old.name, rate.name),
    )


_MOVED_FROM: Final = re.compile(r"^[^\d;:()]{0,40}?,?\s*(?:up|down)\s+from\s*$", re.IGNORECASE)
"""From a rate to the one it moved from: ' of entries this year, down from'."""
_THEN_CHANGE: Final = re.compile(
    r"^(?:\s+(?:in\s+\d{4}|[^\W\d]+)){0,3}\s*,\s*(?:an?\s+)?"
    r"(?:drop|fall|decline|decrease|rise|increase|gain|jump)\s+of\s*$",
    re.IGNORECASE,
)
"""From the earlier rate to the change: ' in 2012, a drop of'."""


def rates_then_change(state: _Sentence, i: int) -> None:
    """'26.3% of entries, down from 26.6% in 2012, a drop of 0.3%': a change in percent
    (not points) of a rate, after the rate and the one it moved from, is its relative change
    (the culprits name percent written for points)."""
    members = state.members
    if i < 2:
        return
    new, old, change = members[i - 2], members[i - 1], members[i]
    if not all(m.reading.unit == "percent" for m in (new, old, change)):
        return
    if new.reading.direction or not change.reading.direction:
        return
    if any(m.reading.hedge is not None for m in (new, old, change)):
        return
    if not _MOVED_FROM.match(state.between(new, old) + _lead(old)):
        return
    if not _THEN_CHANGE.match(state.between(old, change) + _lead(change)):
        return
    state.book.propose(
        "growth",
        f"growth({new.name}, {old.name}) == {change.name}",
        about=change,
        quote=state.book.passage(new, old, change),
        why="a change in percent of a rate, after the rate and the one it moved from: its "
        "relative change",
        figures=(new.name, old.name, change.name),
    )
