"""A change glossed as a share of the level it changed: "The company cut 1,200 jobs, or 8% of
its 15,000 employees", "spending was cut by $1.2 billion, or 3% of the $40 billion budget".

The words say the change is that share of the whole they name ("8% of its 15,000
employees" is 1,200), so ``change / whole == rate``, with the signs the words give the change
and the rate (a cut is negative, and so is its rate).  The rule asks what the share rules ask
of a gloss: the rate right after the change ("jobs, or 8%", "(8%", "or about 8%": a hedge is
read as written), then "of" and the whole at once ("of its 15,000 employees", "of the $40
billion budget", "of its workforce of 15,000"), a plain level of the change's unit.  Before,
the rate took the change's direction and drew only a check of its sign, so any share passed.
"""

from __future__ import annotations

__all__ = ["change_of_whole"]

import re
from typing import Final

from factcheck.propose.book import is_amount, is_count, is_rate
from factcheck.propose.context import _OF_WHOLE, _lead, _Sentence
from factcheck.propose.shares import in_a_list

_CHANGE_THEN_RATE: Final = re.compile(
    r"^(?:\s+(?!(?:from|to|of|in|on|by|since|than|over|against)\b)[^\W\d]+){0,2}"
    r"\s*(?:,\s*(?:or\s+)?|\(\s*(?:or\s+)?)(?:[^\W\d]+\s+){0,3}$",
    re.IGNORECASE,
)
"""'jobs, or', ' (', 'jobs, or about': the change's noun at most, then the gloss (and the
hedge the rate's reading took in)."""


_OF_THEN_WHOLE: Final = re.compile(
    r"^\s*of\s+(?!(?:them|those|these|whom|which)\b)(?:[^\W\d]+[\s-]+){0,4}$", re.IGNORECASE
)
"""'of its ', 'of the total ', 'of its workforce of ': the words before the whole's digits,
not 'of them aged' (a part of the change, and then another number)."""


def change_of_whole(state: _Sentence, i: int) -> None:
    """'cut 1,200 jobs, or 8% of its 15,000 employees': ``change / whole == rate``."""
    members, book = state.members, state.book
    if i < 1 or i + 1 >= len(members):
        return
    change, rate, whole = members[i - 1], members[i], members[i + 1]
    if not is_rate(rate) or rate.name in state.growth_of:
        return
    if not (is_count(change) or is_amount(change)) or not change.reading.direction:
        return
    if (change.reading.number < 0) != (rate.reading.number < 0):
        return  # the words give the rate another sign than the change: no restatement
    if not (is_count(whole) or is_amount(whole)) or whole.reading.direction:
        return
    if whole.reading.unit != change.reading.unit or whole.reading.number <= 0:
        return
    if not _CHANGE_THEN_RATE.match(state.between(change, rate) + _lead(rate)):
        return
    if i >= 2 and in_a_list(state, members[i - 2], change):
        return  # "cut by $1.2 billion and on roads by $0.8 billion, or 5% of": of both, maybe
    of = _OF_WHOLE.match(state.after(rate))
    if of is None or whole.start > rate.end + of.end():
        return
    if not _OF_THEN_WHOLE.match(state.between(rate, whole) + _lead(whole)):
        return  # "gained 110,500 migrants, 61 percent of them aged 25 to 49": no whole
    if any(rate.name in c.condition and c.relation != "sign" for c in book.checks):
        return  # the rate is already joined to a level
    book.propose(
        "growth",
        f"{change.name} / {whole.name} == {rate.name}",
        about=rate,
        quote=book.passage(change, whole),
        why="a change glossed as a share of the level it changed: the change over that whole",
        figures=(change.name, whole.name, rate.name),
        suffix="_of_whole",
    )
