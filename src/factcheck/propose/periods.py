"""Periods the words give changes and wholes: a change told before a level beside one glossed
by its rate and named of a period after it ('fell 2.4% to 1.78 million, 5.5% or 104,000 fewer
than a year before') is over another period; a rate glossed by such a change is no share; and
a year's output is one whole for the year the words name; and two sentences of other periods
(a quarter or month and its year) tell figures of two times.  Used by
:mod:`factcheck.propose.context` and :mod:`factcheck.propose.definitions`."""

from __future__ import annotations

__all__ = [
    "CHANGE_AFTER_GLOSS",
    "change_of_another_period",
    "later_rate_of_its_period",
    "of_other_periods",
    "year_named",
]

import re
from typing import Final

from factcheck.propose.book import MONTHS
from factcheck.propose.sentences import Mention

CHANGE_AFTER_GLOSS: Final = re.compile(
    r"\s*\)?\s*,?\s*or\s+[$£€¥₹]?\s?\d[\d,.]*\s*(?:[^\W\d]+\s+){0,2}?"
    r"(?:fewer|more|less|lower|higher)\s+than\b",
    re.I,
)
"""'1.78 million, 5.5% or 104,000 fewer than a year before': a rate glossed by a change, the
rate of that change, no share of the level before it."""

_PERIOD_MARK: Final = (
    r"(?:than|from|on|compared\s+(?:with|to)|against)\s+(?:a|the)\s+(?:previous\s+)?"
    r"(?:year|quarter|month)(?:\s+(?:before|earlier|ago))?|"
    r"over\s+the\s+(?:(?:past|last)\s+)?(?:year|quarter|month|12\s+months|twelve\s+months)|"
    r"year[\s-]on[\s-]year|"
    r"(?:than|from|on)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
    r"(?:years|quarters|months)\s+(?:before|earlier|ago)|"
    r"(?:than|from|on)\s+(?:in\s+)?(?:the\s+same\s+(?:month|quarter|period|week)|last\s+year|"
    r"(?:(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\s+)?(?:19|20)\d\d)"
)
"""'than a year before', 'on the year', 'over the past year', 'compared with a year earlier',
'year on year', 'than two years earlier', 'from the same month last year', 'on 2019', 'than in
March 2022': the period a glossed change is of."""
_GLOSSED_CHANGE_OF_PERIOD: Final = re.compile(
    r"\d[\d,.]*\s*(?:%|per\s*cent|percent)?\s*,?\s+or\s+[$£€¥₹]?\s?\d[\d,.]*"
    r"[^.;:\d]{0,40}?\b(?:" + _PERIOD_MARK + r")\b",
    re.I,
)
"""'..., 5.5% or 104,000 fewer than a year before', '..., up 4% or 353,700 on the year': a
change glossed by its rate, of a period the words name."""


def change_of_another_period(text: str, change: Mention, level: Mention) -> bool:
    """'fell 2.4% to 1.78 million, 5.5% or 104,000 fewer than a year before'; 'rose by 165,400
    to 9,073,100, up 4% or 353,700 on the year': a change told before the level it led to,
    when a change glossed by its rate and named of a period follows the level, is over
    another period (the quarter), from another earlier level than that one."""
    if change.start >= level.start:
        return False
    rest = text[level.end : level.sentence[1]]
    rest = re.split(r"[;]|,\s+(?:while|whereas|but)\b", rest)[0]
    return _GLOSSED_CHANGE_OF_PERIOD.search(rest) is not None


_OWN_PERIOD_AFTER: Final = re.compile(
    r"\s*(?:more|less|fewer|higher|lower|above|below|up|down)?\s*(?:than|from|on|over|for|"
    r"compared\s+(?:with|to)|against)\s+(?:in\s+|during\s+)?(?:a|the)\s+"
    r"(?:(?:previous|prior|preceding|last|first)\s+)?(?:\w+\s+)?(?:years?|quarters?|months?|"
    r"weeks?|half)\b",
    re.I,
)
"""' more than in the quarter before', ' from the previous month', ' more over the first 11
months': the period a rate is over."""


def later_rate_of_its_period(text: str, rate: Mention, level: Mention, *, told: bool) -> bool:
    """'rose 20.44 percent on the year ... revenue up 4.75 percent to 65 trillion won, 11.2
    percent more than in the quarter before': a second rate of a level (``told``: the level
    has a rate already), written after it and naming the period it is over, is over its own
    period, from another earlier level than the first rate's."""
    return told and rate.start > level.end and _OWN_PERIOD_AFTER.match(text, rate.end) is not None


_YEAR_NAMED: Final = re.compile(r"\b(?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)?\d\d)?\b")
"""'2017-18', '2019/20', 'in 2014': a year the words name."""
_YEAR_OF_PART: Final = re.compile(
    r"\s+(?:in|for)\s+((?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)?\d\d)?)\b"
)
"""'$482.7 billion in 2018-19, 24.9% of GDP': the year written right after a part."""


def year_named(text: str, opened: int, upto: int, part: Mention | None) -> str:
    """The year a share of a year's output is of: the one written right after its part
    ("$482.7 billion in 2018-19, 24.9% of GDP"), else the last named in the paragraph before
    it, so that sentences sharing a year they name once share its output ('' when none)."""
    own = _YEAR_OF_PART.match(text, part.end) if part is not None else None
    years = [own.group(1)] if own else _YEAR_NAMED.findall(text, max(opened, 0), upto)
    return re.sub(r"[^0-9]", "", years[-1]) if years else ""


_MONTHS: Final = "|".join(MONTHS)
_PERIOD_OF: Final = re.compile(
    r"\b(?:(?P<quarter>first|second|third|fourth)\s+quarter\s+(?:of\s+)?|Q(?P<q>[1-4])\s*:?\s*"
    r"|(?P<month>" + _MONTHS + r")\s+)?(?P<year>(?:19|20)\d\d)\b",
    re.I,
)
"""'the third quarter of 2013', 'Q3 2013', 'April 2020', '2019': a period the words name."""
_COMPARED_PERIOD: Final = re.compile(
    r"\b(?:from|than|against|compared\s+(?:with|to)|versus|since)\b[^;:.]{0,40}$", re.I
)
_QUARTERS: Final = {"first": "1", "second": "2", "third": "3", "fourth": "4"}


def _periods_in(text: str, start: int, end: int) -> list[tuple[str, str]]:
    """The periods named between ``start`` and ``end``, as (year, quarter or month), not those
    of a level compared with ('down from 65.2 percent in July 2022')."""
    found = []
    for match in _PERIOD_OF.finditer(text, start, end):
        if _COMPARED_PERIOD.search(text, max(start, match.start() - 60), match.start()):
            continue
        quarter = match.group("quarter")
        part = (
            "q" + _QUARTERS[quarter.lower()]
            if quarter
            else "q" + match.group("q")
            if match.group("q")
            else (match.group("month") or "").lower()[:3]
        )
        found.append((match.group("year"), part))
    return found


def _periods_of(text: str, sentence: tuple[int, int]) -> list[tuple[str, str]]:
    """The periods a sentence is of: those it names, else the last one named before it in
    its paragraph ('By the third quarter of 2013 employment had grown ... The unemployment
    rate fell to 12.8%': the rate is of that quarter too)."""
    own = _periods_in(text, *sentence)
    if own:
        return own
    opened = text.rfind("\n\n", 0, sentence[0])
    before = _periods_in(text, max(opened, 0), sentence[0])
    return before[-1:]


def _compatible(one: tuple[str, str], other: tuple[str, str]) -> bool:
    return one[0] == other[0] and (not one[1] or not other[1] or one[1] == other[1])


def of_other_periods(text: str, one: Mention, other: Mention) -> bool:
    """Whether two mentions of different sentences are of two times: both sentences are of
    periods (named, or named before them in the paragraph) and none of the one's fits one of
    the other's ('In the first quarter of 2013 there were 1,845,600 people employed' and, of
    the third quarter, 'the unemployment rate fell to 12.8%'; a year fits its quarters)."""
    if one.sentence == other.sentence:
        return False
    mine, theirs = _periods_of(text, one.sentence), _periods_of(text, other.sentence)
    return bool(mine) and bool(theirs) and not any(_compatible(a, b) for a in mine for b in theirs)
