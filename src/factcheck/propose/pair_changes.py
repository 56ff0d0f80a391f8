"""A change beside the two levels it joins, and a growth rate checked against them:

- "widened to $68.2 billion from $63.1 billion, an increase of $5.1 billion or 8.1 percent":
  the rate after the change is the growth of the stated levels (:func:`pair_before`, for
  :func:`factcheck.propose.change_levels._change_and_rate`; before, the rate was measured from
  an unknown level);
- "grew by 1.2% to 8.4 million, an increase of about 100,000": the rate is the growth of the
  level from the level less the change (:func:`change_after_level`, for
  :func:`factcheck.propose.levels._growth`).
"""

from __future__ import annotations

import re
from typing import Final

from factcheck.propose.book import is_amount, is_count
from factcheck.propose.context import _lead, _level_like, _Sentence
from factcheck.propose.point_pairs import of_another_period
from factcheck.propose.sentences import Mention

__all__ = ["change_after_level", "pair_before"]

_WHEN: Final = r"(?:\s+(?:in|on|during|for)\s+(?:the\s+)?[^\W\d][\w'’-]*(?:\s+\d{4})?)?"
_LABEL: Final = r"(?:\s+[^\W\d][\w'’-]*){0,2}?"
"""A count's noun after its number ('to 895 crimes from')."""

_THEN_FROM: Final = re.compile(r"^" + _LABEL + _WHEN + r"\s*,?\s*from\s*$", re.IGNORECASE)
_THEN_TO: Final = re.compile(r"^" + _LABEL + _WHEN + r"\s*,?\s*to\s*$", re.IGNORECASE)
_TO_BEFORE: Final = re.compile(r"\bto\s*$", re.IGNORECASE)
_FROM_BEFORE: Final = re.compile(r"\bfrom\s*$", re.IGNORECASE)

_HEDGE: Final = (
    r"(?:(?:about|around|roughly|some|nearly|almost|approximately|over|under|close\s+to|"
    r"just\s+(?:over|under)|more\s+than|less\s+than)\s*)?"
)
_CHANGE_GLOSS: Final = re.compile(
    r"^" + _LABEL + _WHEN + r"\s*,\s*(?:(?:an?\s+)?(?:(?:increase|rise|gain|jump|climb|"
    r"decrease|decline|drop|fall|reduction)\s+of|(?:up|down)(?:\s+by)?)\s*)" + _HEDGE + "$",
    re.IGNORECASE,
)
"""Between the second level of a pair (or the level reached) and the change after it: ', an
increase of', ', up', ', down by'."""


def _same_quantity(a: Mention, b: Mention) -> bool:
    return (
        _level_like(a)
        and _level_like(b)
        and a.reading.unit == b.reading.unit
        and (is_amount(a) == is_amount(b))
    )


def pair_before(state: _Sentence, i: int) -> tuple[Mention, Mention] | None:
    """(new, old): the two levels written just before the change ``members[i]``, 'to' one
    'from' the other (or 'from' one 'to' the other), of the change's unit, glossed by the
    change (', an increase of')."""
    members = state.members
    if i < 2:
        return None
    change = members[i]
    first, second = members[i - 2], members[i - 1]
    if not (_same_quantity(first, second) and first.reading.unit == change.reading.unit):
        return None
    if first.reading.hedge or second.reading.hedge:
        return None
    joined = state.between(first, second) + _lead(second)
    lead_in = state.text[max(first.sentence[0], first.start - 12) : first.start] + _lead(first)
    if _THEN_FROM.match(joined) and _TO_BEFORE.search(lead_in):
        new, old = first, second  # "to $68.2 billion from $63.1 billion"
    elif _THEN_TO.match(joined) and _FROM_BEFORE.search(lead_in):
        new, old = second, first  # "from $63.1 billion to $68.2 billion"
    else:
        return None
    if of_another_period(state, old) or of_another_period(state, new):
        return None
    if not _CHANGE_GLOSS.match(state.between(second, change) + _lead(change)):
        return None
    return new, old


def change_after_level(state: _Sentence, level: Mention) -> Mention | None:
    """The change written right after the level a rate grew to ('to 8.4 million, an increase
    of about 100,000'), of the level's unit, signed by its words."""
    members = state.members
    at = members.index(level)
    if at + 1 >= len(members):
        return None
    change = members[at + 1]
    if not (is_amount(change) or is_count(change)) or not change.reading.direction:
        return None
    if change.reading.unit != level.reading.unit or is_amount(change) != is_amount(level):
        return None
    if not _CHANGE_GLOSS.match(state.between(level, change) + _lead(change)):
        return None
    return change
