"""A level said to be larger than another by a rate: "the deficit of $2.314 billion was wider by
7.2 percent than the $2.15 billion of December", "sales of $5.5 billion were 10 percent higher
than the $5 billion of 2019".

The first level is the subject of a copula ("was", "were", "is", "are", "stood"), with a few
words of its own between; the rate follows with an adjective of comparison before "by" or
after the rate, then "than" and the second level, of the same unit.  The rate is the growth
of the first level on the second.  An adjective of a larger level ("higher", "wider",
"bigger") or a rate the reader gives a direction ("20 percent lower") says the sign; "smaller
by 5 percent", which the reader leaves unsigned, is left alone.
"""

from __future__ import annotations

__all__ = ["compared_by"]

import re
from typing import Final

from factcheck.propose.book import is_amount, is_count, is_rate
from factcheck.propose.context import _lead, _Sentence
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
