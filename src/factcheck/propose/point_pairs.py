"""A rate's change in percentage points beside the two rates it joins, in the orders news
writes them:

- the change first, then the rate reached and the rate it came from ("fell 0.2 percentage
  points to 4.1%, from 4.3%"): :func:`stated_from`, for the rule that proposes the change
  and the rate reached (:func:`factcheck.propose.points_change._points_change`);
- the two rates first, then the change ("fell to 4.1% from 4.3%, a drop of 0.2 percentage
  points"; "rose from 61% to 63.5%, an increase of 2.5 points"): :func:`points_after_pair`.

A change "from ... to" between two rates in percent, written in points, is their gap.  Only a
change in points is taken: "a drop of 4.7 percent" after two rates may be a relative change.
"""

from __future__ import annotations

import re
from typing import Final

from factcheck.propose.book import is_points, is_rate
from factcheck.propose.context import _lead, _Sentence
from factcheck.propose.sentences import Mention

__all__ = [
    "BEFORE_FROM",
    "WHEN",
    "names_own_base",
    "of_another_period",
    "points_after_pair",
    "rates_before",
    "stated_from",
]

WHEN: Final = r"(?:\s+(?:in|on|during|for)\s+(?:the\s+)?[^\W\d][\w'’-]*(?:\s+\d{4})?)?"
"""A time the rate is of, right after it ('in June', 'in May 2024')."""

_THEN_FROM: Final = re.compile(r"^" + WHEN + r"\s*,?\s*from\s*$", re.IGNORECASE)
"""Between the rate reached and the rate it came from: ', from', ' in June from'."""

_THEN_TO: Final = re.compile(r"^" + WHEN + r"\s*,?\s*to\s*$", re.IGNORECASE)
"""Between the rate it came from and the rate reached: ' to', ' in May to'."""

BEFORE_FROM: Final = re.compile(r"\bfrom\s*$", re.IGNORECASE)

_CHANGE_WORDS: Final = re.compile(
    r"^" + WHEN + r"\s*(?:,|\(|—|–|-)?\s*(?:(?:a|an)\s+)?(?:(?:drop|fall|decline|decrease|"
    r"dip|reduction|rise|increase|gain|jump|climb|improvement|deterioration)\s+of\s*|"
    r"(?:up|down|higher|lower)\s*(?:by\s*)?)?$",
    re.IGNORECASE,
)
"""Between the second rate of a pair and the change after it: ', a drop of', ', down', ' ('
(the change's sign is its own reading's: 'a drop of 0.2 points' is -0.2)."""

_ELSEWHERE: Final = re.compile(
    r"^[^,;:]{0,12}?\b(?:(?:year|month|quarter|week|decade)s?\s+(?:earlier|ago|before)|"
    r"(?:same|previous|prior|corresponding)\s+(?:period|month|quarter|year|week))\b",
    re.IGNORECASE,
)
"""After the rate a change came from (its reading may have taken the words in): another period
than the change's own ('from 4.6% a year earlier' after a month's change), so the two rates
need not be that change apart."""


_OWN_BASE: Final = re.compile(
    r"^\s*(?:(?:percentage|basis)\s+)?(?:points?|pts?|pp)?\.?\s*(?:from|since|compared|"
    r"against|versus|vs|than|relative|over|in\s+the\s+(?:past|last)|on\s+(?:a|the|last|"
    r"its|an)\b)",
    re.IGNORECASE,
)
"""After a change in points, words that name the rate it is measured from or the span it
covers ('a drop of 0.2 percentage points from May', 'over two years'): its own base, not
necessarily the earlier rate the sentence states."""


def names_own_base(state: _Sentence, change: Mention) -> bool:
    """Whether a change in points names, after it, a base or span of its own."""
    digits = re.search(r"\d[\d.,]*", state.text[change.start : change.end])
    after = change.start + digits.end() if digits else change.end
    return bool(_OWN_BASE.match(state.text[after : after + 60]))


def of_another_period(state: _Sentence, rate: Mention) -> bool:
    digits = re.search(r"\d[\d.,]*\s*%?", state.text[rate.start : rate.end])
    after = rate.start + digits.end() if digits else rate.end
    return bool(_ELSEWHERE.match(state.text[after : after + 60]))


def _same_rate_kind(a: Mention, b: Mention) -> bool:
    return is_rate(a) and is_rate(b) and a.reading.unit == b.reading.unit


def stated_from(state: _Sentence, reached: Mention) -> Mention | None:
    """The rate ``reached`` came from, when the sentence states it right after ('to 4.1%,
    from 4.3%'), a rate of the same unit, of no other period than the change's."""
    members = state.members
    at = members.index(reached)
    if at + 1 >= len(members):
        return None
    earlier = members[at + 1]
    if not _same_rate_kind(reached, earlier):
        return None
    if not _THEN_FROM.match(state.between(reached, earlier) + _lead(earlier)):
        return None
    if of_another_period(state, earlier) or _year_of_its_own(state, reached, earlier):
        return None
    return earlier


_YEAR_AFTER: Final = re.compile(
    r"^\s*%?\s*(?:percent|per\s*cent)?\s*(?:in|of|during)\s+(?:19|20)\d\d\b", re.I
)


def _year_of_its_own(state: _Sentence, reached: Mention, earlier: Mention) -> bool:
    """'fell 0.2 points to 4.1%, from 4.6% in 2019': a year named for the earlier rate alone
    dates it to another time than the change's (a month's or a quarter's)."""
    digits = re.search(r"\d[\d.,]*", state.text[earlier.start : earlier.end])
    after = earlier.start + digits.end() if digits else earlier.end
    if not _YEAR_AFTER.match(state.text[after : after + 40]):
        return False
    return not re.search(r"\b(?:19|20)\d\d\b", state.text[reached.start : earlier.start])


def rates_before(state: _Sentence, i: int) -> tuple[Mention, Mention] | None:
    """(to, from): the two rates just before the change ``members[i]``, 'to' one 'from' the
    other or 'from' one 'to' the other, then words of change ('fell to 4.1% from 4.3%, a drop
    of'), the earlier rate of no other period and the change naming no base of its own."""
    members = state.members
    if i < 2:
        return None
    change = members[i]
    first, second = members[i - 2], members[i - 1]
    if not _same_rate_kind(first, second) or first.reading.hedge or second.reading.hedge:
        return None
    joined = state.between(first, second) + _lead(second)
    if _THEN_FROM.match(joined):
        new, old = first, second  # "to 4.1% from 4.3%"
    elif _THEN_TO.match(joined) and BEFORE_FROM.search(
        state.text[max(first.sentence[0], first.start - 12) : first.start] + _lead(first)
    ):
        new, old = second, first  # "from 4.3% to 4.1%"
    else:
        return None
    if of_another_period(state, old):
        return None
    if not _CHANGE_WORDS.match(state.between(second, change) + _lead(change)):
        return None
    if names_own_base(state, change):
        return None  # "from 4.5% in January, a drop of 0.2 percentage points from May"
    return new, old


def points_after_pair(state: _Sentence, i: int) -> None:
    """'fell to 4.1% from 4.3%, a drop of 0.2 percentage points'; 'rose from 61% to 63.5%, an
    increase of 2.5 points': two rates, then their change in points (signed by its words)."""
    points = state.members[i]
    if not is_points(points) or not points.reading.direction:
        return
    pair = rates_before(state, i)
    if pair is None:
        return
    new, old = pair
    if any(c.condition.startswith(f"gap({new.name}, {old.name}) ==") for c in state.book.checks):
        return
    state.book.propose(
        "gap",
        f"gap({new.name}, {old.name}) == {points.name}",
        about=points,
        quote=state.book.passage(*sorted((new, old, points), key=lambda m: m.start)),
        why="two rates, 'from' one 'to' the other, then their change in points",
        figures=(new.name, old.name, points.name),
        suffix="_change",
    )
