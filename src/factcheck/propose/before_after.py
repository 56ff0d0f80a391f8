"""Two levels told 'before' and 'after', then the change between them: "1,399,551 bytes before
conversion and 269,176 bytes after, a saving of 19.2%", "$40 before the sale and $30 after,
a cut of 25%".

"A before ... and B after" is the pair "from A to B" in other words: the rate glossing it is
the growth from A to B.  The two levels must be plain amounts or counts of one unit, joined
by "before" (with up to a few words of what happened) and "and", the "after" right behind the
second, and the rate right after that, led by a comma, with a word of change that signs it
('a saving of', 'a drop of', 'an increase of').  A rate already tied to a level is left
alone.
"""

from __future__ import annotations

__all__ = ["before_and_after"]

import re
from typing import Final

from factcheck.propose.book import is_amount, is_count, is_rate
from factcheck.propose.context import _Sentence
from factcheck.propose.sentences import Mention

_BEFORE_AND: Final = re.compile(
    r"^\s*(?:[^\W\d][\w'’-]*\s+){0,2}?before\b(?:\s+[^\W\d][\w'’-]*){0,3}\s*,?\s+and\s+"
    r"(?:[^\W\d][\w'’-]*\s+)?$",
    re.IGNORECASE,
)
"""From the first level to the second: ' bytes before conversion and '."""
_AFTER_RATE: Final = re.compile(
    r"^\s*(?:[^\W\d][\w'’-]*\s+){0,2}?after\s*,\s*(?:or\s+)?(?:an?\s+)?$", re.IGNORECASE
)
"""From the second level to the rate: ' bytes after, a '."""


_OTHER_BASE: Final = re.compile(
    r"\s*(?:on|from|since|over|compared|against|than|in|year|a\s+year|per|each|a\s+month)\b",
    re.IGNORECASE,
)
"""After the rate, the words of another comparand or period ('on last year', 'from 2019')."""


def _plain(m: Mention) -> bool:
    return (is_count(m) or is_amount(m)) and m.reading.hedge is None and not m.reading.direction


def before_and_after(state: _Sentence, i: int) -> None:
    """'A before ... and B after, a saving of P%': the growth from A to B is P (signed)."""
    members = state.members
    if i < 2:
        return
    old, new, rate = members[i - 2], members[i - 1], members[i]
    if not is_rate(rate) or not rate.reading.direction or rate.name in state.growth_of:
        return
    if not (_plain(old) and _plain(new)) or old.reading.unit != new.reading.unit:
        return
    if not _BEFORE_AND.match(state.between(old, new)):
        return
    if not _AFTER_RATE.match(state.between(new, rate)):
        return
    if _OTHER_BASE.match(state.text, rate.end):
        return  # "..., a fall of 10% on last year": the rate of another comparand
    book = state.book
    state.growth_of[rate.name] = new.name
    book.propose(
        "growth",
        f"growth({new.name}, {old.name}) == {rate.name}",
        about=rate,
        quote=book.passage(old, rate),
        why="two levels told 'before' and 'after', then the change between them: the growth "
        "from the one to the other",
        figures=(new.name, old.name, rate.name),
        suffix="_before_after",
    )
