"""Rules over the readings of a phrase, read together: what one number's words say of the next.

The scanner reads each number with the words next to it.  Some forms of prose can only be read
across numbers, and each is a named rule here, applied in order by :func:`apply_rules` to the
readings of one phrase:

- :func:`sign_by_verb`: a verb of change governs the number after "by" across its object:
  "raised its key rate by 25 basis points", "cut the base rate by a quarter point"; and a
  proportion in words takes the word of change before or after it, as a number does ("slipped
  a tenth of a point", "a quarter-point cut").
- :func:`exact_denominator`: "per 100,000 population" is the exact base of a rate.
- :func:`points_to_a_rate`: "decreased 0.1 pts to 6.2%": points that change a rate into
  another rate are percentage points.
- :func:`carry_direction`: a word of change governs every number of its list.  "Exports
  decreased $7.9 billion or 0.6 percent" is a fall of both; so is "fell 3.2 percent and 1.1
  percent, respectively".

Each rule is tested on its own in ``tests/test_reading_rules.py``, and the real-prose corpus
(``tests/corpus/``) holds the phrases that asked for it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from fractions import Fraction
from functools import cache

from factcheck.frozen import evolve
from factcheck.hedges import HEDGE_WORDS
from factcheck.intervals import Interval
from factcheck.reading.hedging import with_hedge
from factcheck.reading.lazy import lazy_pattern
from factcheck.reading.lexicon import (
    _CHANGE_VERBS_DOWN,
    _CHANGE_VERBS_UP,
    _DOWN_WORDS,
    _UP_WORDS,
)
from factcheck.reading.patterns import _trie
from factcheck.reading.policy import ReadingPolicy
from factcheck.reading.result import Reading

TYPE_CHECKING = False  # not typing's: ``factcheck read`` starts without importing typing
if TYPE_CHECKING:
    from typing import Final

Rule = Callable[[str, list[Reading], ReadingPolicy], None]

# The patterns built from word tries are compiled on their first use, not on import: compiling
# them is most of what importing this module would cost, and a phrase with no "by" before a
# number, and no proportion in words, never needs them.


@cache
def _hedge() -> str:
    """A hedge and its space, if any, before a number ("by about")."""
    return rf"(?:(?:{_trie(HEDGE_WORDS)})\s+)?"


@cache
def _governed() -> re.Pattern[str]:
    """A verb of change, its object, and "by" before a number: "raised its key rate by"."""
    return re.compile(
        rf"\b(?:(?P<up>{_trie(_CHANGE_VERBS_UP)})|(?P<down>{_trie(_CHANGE_VERBS_DOWN)}))\b"
        rf"[^0-9;:!?]{{0,110}}?\bby\s+{_hedge()}\Z",
        re.IGNORECASE,
    )


@cache
def _by_before() -> re.Pattern[str]:
    """The cheap test before :func:`_governed`: "by" (and a hedge) right before the number."""
    return re.compile(rf"\bby\s+{_hedge()}\Z", re.IGNORECASE)


@cache
def _before() -> re.Pattern[str]:
    """A word of change right before a proportion: "slipped a tenth of a point"."""
    return re.compile(
        rf"\b(?:(?P<up>{_trie(_UP_WORDS)})|(?P<down>{_trie(_DOWN_WORDS)}))\s+(?:by\s+)?"
        rf"{_hedge()}\Z",
        re.IGNORECASE,
    )


_AFTER: Final = lazy_pattern(
    r"[\s-]+(?:(?:interest[\s-])?rates?[\s-]+)?"
    r"(?:(?P<up>hikes?|rises?|increases?|gains?|higher|above|more)"
    r"|(?P<down>cuts?|reductions?|decreases?|declines?|lower|below|less|fewer))\b",
    re.IGNORECASE,
)
"""A noun of change right after a proportion: "a quarter-point cut", "a half-point rate rise"."""


def sign_by_verb(phrase: str, readings: list[Reading], policy: ReadingPolicy) -> None:
    """Sign a number that a verb of change governs across its object ("raised its key rate by
    25 basis points"), and a proportion in words next to a word of change ("slipped a tenth of
    a point", "a quarter-point cut").  Only an unsigned reading with no direction takes it."""
    for i, reading in enumerate(readings):
        window = max(0, reading.start - 160)
        if reading.direction != 0 or reading.number < 0 or reading.kind not in _SIGNABLE:
            continue
        found = None
        near = max(0, reading.start - 40)
        if "by" in phrase[near : reading.start].lower() and _by_before().search(
            phrase, near, reading.start
        ):
            found = _governed().search(phrase, window, reading.start)
        if found is None and reading.kind == "fraction":
            found = _before().search(phrase, window, reading.start) or _AFTER.match(
                phrase, reading.end
            )
        if found is not None:
            readings[i] = _signed(reading, 1 if found.group("up") else -1, policy)


_SIGNABLE: Final = frozenset({"number", "fraction"})


_OR: Final = lazy_pattern(
    r"(?:\s+[a-z]+|\s+(?:at\s+an?\s+(?:seasonally\s+adjusted\s+)?annual(?:ized|ised)?\s+rate"
    r"|(?:per|a|an)\s+[a-z]+|(?:year|month|quarter)[\s-](?:on|over)[\s-](?:year|month|quarter)"
    r"|from\s+(?:a|the)\s+(?:year|month|quarter)\s+(?:earlier|before|ago)|on\s+the\s+year"
    r"|(?:in|over|during)\s+the\s+(?:past|last|previous)\s+(?:week|month|quarter|year)))?"
    r"\s*,?\s*(?:or|/)\s*(?:by\s+)?\Z",
    re.IGNORECASE,
)
"""Between a number and its restatement: "$7.9 billion or 0.6 percent", "or by 2 percent"."""
_QUALIFIER: Final = (
    r"(?:\s+(?:from|on|over|than|in|for|at)\s+(?:the\s+|a\s+)?[A-Za-z-]+(?:\s+[A-Za-z-]+){0,3}"
    r"|\s+[a-z]+)?"
)
"""What may follow a number before the next of its list: "in the East", "from the previous
month", "points" ("dipped 104.41 points, or 0.3%")."""
_AND: Final = lazy_pattern(
    rf"{_QUALIFIER}\s*(?:,\s*(?:and\s+)?|and\s+)(?:(?:[A-Za-z-]+\s+){{0,4}}?by\s+)?\Z",
    re.IGNORECASE,
)
"""Between the items of a list of changes: "3.2 percent, 1.1 percent and 0.5 percent", "up by
63 per cent and home heating oil by 35 per cent" (words between only before a "by")."""
_RESPECTIVELY: Final = lazy_pattern(
    r"(?:[^.;:()]|\.(?=[0-9])){0,80}?\brespectively\b", re.IGNORECASE
)
_LIST_GOES_ON: Final = lazy_pattern(
    r"(?:\s+(?:from|on|over|than|in|for|at)\s+(?:the\s+|a\s+)?[A-Za-z-]+(?:\s+[A-Za-z-]+){0,3})?"
    r"\s*,?\s*and\s+(?:by\s+)?[-−]?[0-9]",
    re.IGNORECASE,
)
"""A list of numbers that goes on to an "and": "7.6 percent in the East, 2.4 percent ... and"."""


def carry_direction(phrase: str, readings: list[Reading], policy: ReadingPolicy) -> None:
    """Give a number the direction of the number before it when only "or" stands between them
    (a restatement), or "and" or a comma in a list of like numbers or one that ends in
    "respectively".  Only an unsigned number, with no direction of its own, takes it."""
    for i in range(1, len(readings)):
        before, reading = readings[i - 1], readings[i]
        if before.direction == 0 or reading.direction != 0 or reading.kind != "number":
            continue
        if reading.number < 0 or before.kind != "number":
            continue
        if _listed(phrase, before, reading):
            readings[i] = _signed(reading, before.direction, policy)
    # Backwards, when the word of change comes after the last of a list that ends in
    # "respectively": "13.3 per cent and 12 per cent growth respectively".
    for i in range(len(readings) - 2, -1, -1):
        reading, after = readings[i], readings[i + 1]
        if after.direction == 0 or reading.direction != 0 or reading.kind != "number":
            continue
        if (
            reading.number < 0
            or after.kind != "number"
            or not _RESPECTIVELY.match(phrase, after.end)
        ):
            continue
        if _listed(phrase, reading, after):
            readings[i] = _signed(reading, after.direction, policy)


def _listed(phrase: str, before: Reading, reading: Reading) -> bool:
    """Whether ``reading`` follows ``before`` in one list of changes: a restatement after
    "or", or an item after "and" or a comma, of the same unit or in a list that ends in
    "respectively" ("... by 13.5 percent and 18 percent, respectively")."""
    between = phrase[before.end : reading.start]
    if _OR.fullmatch(between) is not None:
        return True
    found = _AND.fullmatch(between)
    if found is None:
        return False
    if _RESPECTIVELY.match(phrase, reading.end) is not None:
        return True
    alike = reading.unit == before.unit and reading.scale == before.scale
    closed = "and" in between.lower().split() or _LIST_GOES_ON.match(phrase, reading.end)
    return alike and bool(closed)


def _signed(reading: Reading, direction: int, policy: ReadingPolicy) -> Reading:
    """``reading`` with the sign a carried direction word gives it, re-read as the scanner
    reads a signed number (the rounding rules act on the signed value)."""
    if direction > 0:
        return evolve(reading, direction=1)
    negative = evolve(reading, number=-reading.number, direction=-1)
    if reading.step and not any(ch in reading.value for ch in "-–—") and " " not in reading.value:
        return with_hedge(negative, reading.hedge or "", policy)
    # a range, or a number with no step: its intervals mirrored
    return evolve(negative, strict=-reading.strict, lenient=-reading.lenient)


_PER: Final = lazy_pattern(r"\bper\s+\Z", re.IGNORECASE)


def exact_denominator(phrase: str, readings: list[Reading], policy: ReadingPolicy) -> None:
    """ "per 100,000 population", "per 1,000 live births": the base of a rate is exact, not a
    rounded count (a power of ten after "per")."""
    for i, reading in enumerate(readings):
        number = reading.number
        if reading.kind != "number" or number <= 0 or number.denominator != 1:
            continue
        if reading.hedge is not None or reading.direction != 0:
            continue
        if str(number.numerator).rstrip("0") != "1" or not _PER.search(
            phrase, max(0, reading.start - 8), reading.start
        ):
            continue
        point = Interval.point(number)
        readings[i] = evolve(
            reading, strict=point, lenient=point, rounding="exact", step=Fraction(0)
        )


_POINTS_TO_RATE: Final = lazy_pattern(r"\s*(?P<word>points?|pts?)\.?\s*,?\s*(?:to|from)\s+$")


def points_to_a_rate(phrase: str, readings: list[Reading], policy: ReadingPolicy) -> None:
    """ "decreased 0.1 pts to 6.2%", "up 2 points from 45 percent": points by which a rate
    changes into another rate are percentage points.  Points alone stay a label: an index falls "300
    points to 34,000", a team scores "12 points"."""
    for i in range(len(readings) - 1):
        reading, after = readings[i], readings[i + 1]
        if reading.kind != "number" or reading.unit is not None or after.unit != "percent":
            continue
        if reading.direction == 0:  # a change: "rose 2 points to", not "scored 12 points to"
            continue
        match = _POINTS_TO_RATE.match(phrase, reading.end, after.start)
        if match is None or reading.label not in ("point", "points", "pt", "pts"):
            continue
        end = match.end("word")
        readings[i] = evolve(
            reading, unit="percentage_point", label=None, end=end, text=phrase[reading.start : end]
        )


_RATE_THEN_POINTS: Final = re.compile(
    r"\s*,?\s*(?:(?:but|and|yet)\s+)?(?:(?:was|is|were|are|stood|remained|came\s+in)\s+)?"
    r"(?:(?:still|now|also)\s+)?\Z",
    re.IGNORECASE,
)
_POINTS_THAN: Final = re.compile(
    r"\s*(?P<word>points?|pts?)\.?\s+(?:higher|lower|above|below|more|less)\s+than\b",
    re.IGNORECASE,
)


def points_beside_a_rate(phrase: str, readings: list[Reading], policy: ReadingPolicy) -> None:
    """ "11.1 percent but was 7.4 points higher than in June 2019", "5.2 percent, 0.8 points
    above a year earlier": points set against the rate just stated, with nothing but a verb
    between them, are percentage points.  Points after an index or a score stay a label
    ("the index closed 45 points higher than"), and so do more than 100 of them."""
    for i in range(1, len(readings)):
        rate, reading = readings[i - 1], readings[i]
        if reading.kind != "number" or reading.unit is not None or rate.unit != "percent":
            continue
        if reading.label not in ("point", "points", "pt", "pts") or abs(reading.number) > 100:
            continue
        match = _POINTS_THAN.match(phrase, reading.end)
        if match is None or not _RATE_THEN_POINTS.fullmatch(phrase, rate.end, reading.start):
            continue
        end = match.end("word")
        readings[i] = evolve(
            reading, unit="percentage_point", label=None, end=end, text=phrase[reading.start : end]
        )


RULES: Final[Sequence[Rule]] = (
    sign_by_verb,
    carry_direction,
    exact_denominator,
    points_to_a_rate,
    points_beside_a_rate,
)
"""The rules, in the order they are applied."""


def apply_rules(phrase: str, readings: list[Reading], policy: ReadingPolicy) -> None:
    """Apply every rule, in order, to the readings of ``phrase`` (in place)."""
    if readings:
        for rule in RULES:
            rule(phrase, readings, policy)
