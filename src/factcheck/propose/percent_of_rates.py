"""A change written in percent beside the two rates it joins, read as what it says it is: the
relative change of the rate.  Where that does not hold but the difference of the two rates
does, the engine names the slip (percent written for percentage points), the commonest error
of news about rates:

- the change first: "the unemployment rate rose by 0.7% to 4.7% from 4.0%";
- the two rates first: "fell to 4.1% from 4.3%, a drop of 0.2 percent"; "rose from 36.1% to
  42.4%, an increase of 6.3%".

Both propose ``growth(to, from) == change``.  A change in points is
:mod:`factcheck.propose.point_pairs`'s (their gap); a change of another period than the
rates ("from 4.0% a year earlier" after a month's change) is left alone.
"""

from __future__ import annotations

import re
from typing import Final

from factcheck.propose.book import is_rate
from factcheck.propose.context import _lead, _Sentence
from factcheck.propose.point_pairs import rates_before, stated_from
from factcheck.propose.sentences import Mention

__all__ = ["percent_change_of_rates"]

_TO: Final = re.compile(r"^\s*,?\s*to\s*$", re.IGNORECASE)


def _percent_change(m: Mention) -> bool:
    return (
        is_rate(m)
        and m.reading.unit == "percent"
        and bool(m.reading.direction)
        and m.reading.hedge is None
    )


def _propose(state: _Sentence, change: Mention, new: Mention, old: Mention) -> None:
    book = state.book
    if change.name in state.growth_of or any(
        c.condition.startswith(f"growth({new.name}, {old.name}) ==") for c in book.checks
    ):
        return
    state.growth_of[change.name] = new.name
    book.propose(
        "growth",
        f"growth({new.name}, {old.name}) == {change.name}",
        about=change,
        quote=book.passage(*sorted((change, new, old), key=lambda m: m.start)),
        why="a change in percent of a rate, beside the rates it joins: its relative change",
        figures=(new.name, old.name, change.name),
    )


def percent_change_of_rates(state: _Sentence, i: int) -> None:
    """A change in percent at ``members[i]``, then the rate reached and the rate it came from
    ('rose by 0.7% to 4.7% from 4.0%'), or after the two rates ('fell to 4.1% from 4.3%, a
    drop of 0.2 percent')."""
    members = state.members
    change = members[i]
    if not _percent_change(change):
        return
    if i + 1 < len(members):
        reached = members[i + 1]
        if (
            is_rate(reached)
            and reached.reading.unit == "percent"
            and not reached.reading.direction
            and _TO.match(state.between(change, reached) + _lead(reached))
        ):
            earlier = stated_from(state, reached)
            if earlier is not None:
                _propose(state, change, reached, earlier)
                return
    pair = rates_before(state, i)
    if pair is not None:
        _propose(state, change, *pair)
