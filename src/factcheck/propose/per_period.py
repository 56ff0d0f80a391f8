"""One amount restated per another period: "£850m a year, or about £2.3m a day", "$1,200 a
month, which is $14,400 a year".

A writer who gives an amount per year and then "that is", "or", "which works out at" an
amount per day, week or month restates one flow in a second period; the second is the first
scaled by the periods' lengths.  The lengths are taken loosely where the calendar is: a year
of 364 to 366 days, 52 to 52.2 weeks, a month of 28 to 31 days and 4 to 4.35 weeks; a year is
twelve months exactly.  The words must say the restatement: the first amount's period right
after it ("a year", "every single year", "annually"), then a word of restatement and the
second amount, whose period follows within three words ("half a million pounds saved for
businesses every single day"), and the clause ends there.  Both amounts are of one unit and
plain of direction; a second amount compared ("£2m a day more than last year"), of a part of
its period ("£10 a day on weekdays") or of another subject ("and £5,000 a month in rent") is
left alone.
"""

from __future__ import annotations

__all__ = ["restated_per_period"]

import re
from typing import Final

from factcheck.propose.book import is_amount
from factcheck.propose.context import _Sentence

_PERIOD: Final = (
    r"(?:(?:(?:every|each)\s+(?:single\s+)?|an?\s+|per\s+)(?P<{0}>year|annum|month|week|day)\b|"
    r"(?P<{0}_ly>annually|yearly|monthly|weekly|daily)\b)"
)
_FIRST: Final = re.compile(r"^\s*" + _PERIOD.format("p"), re.IGNORECASE)
"""Right after the first amount, its period: ' a year', ' every single year', ' annually'."""
_SECOND: Final = re.compile(
    r"^\s*(?:[^\W\d][\w'’-]*\s+){0,3}?" + _PERIOD.format("p"), re.IGNORECASE
)
"""After the second amount, its period within three words: ' saved for businesses every
single day'."""
_RESTATED: Final = re.compile(
    r"^\s*(?:of\s+the\s+year\s*)?,?\s*(?:that's|that\s+is|which\s+is|or|i\.e\.|"
    r"(?:the\s+)?equivalent\s+(?:to|of)|which\s+(?:he|she|they|it|the\s+\w+)\s+puts?\s+at|"
    r"(?:which\s+)?works?\s+out\s+(?:to|at)|(?:which\s+)?comes?\s+to|meaning)\s*"
    r"(?:(?:about|around|roughly|nearly|almost|some|just\s+(?:over|under)|more\s+than|"
    r"less\s+than|over|under)\s+)?$",
    re.IGNORECASE,
)
"""Between the first amount's period and the second amount: a word of restatement."""
_ENDS: Final = re.compile(
    r"^\s*(?:of\s+the\s+(?:year|month|week)\s*)?(?:[,;:.)\]–—]|$)", re.IGNORECASE
)
"""After the second period: the clause ends ('every single day of the year.'); not a
comparison ('a day more than last year'), a part of the period ('a day on weekdays') or
another subject's amount ('a month in rent')."""
_WORD: Final = {"annually": "year", "yearly": "year", "monthly": "month", "weekly": "week",
                "daily": "day", "annum": "year"}  # fmt: skip
_RATIOS: Final[dict[tuple[str, str], tuple[str, str]]] = {
    ("year", "day"): ("364", "366"),
    ("year", "week"): ("52", "52.2"),
    ("year", "month"): ("12", "12"),
    ("month", "day"): ("28", "31"),
    ("month", "week"): ("4", "4.35"),
    ("week", "day"): ("7", "7"),
}
"""How many of the shorter period make the longer: the least and the most."""


def _period(found: re.Match[str]) -> str:
    word = (found["p"] or found["p_ly"]).lower()
    return _WORD.get(word, word)


def restated_per_period(state: _Sentence, i: int) -> None:
    """'£850m every single year, which he put at half a million pounds ... every single
    day': the amount per day is the amount per year over the days of a year."""
    members, book = state.members, state.book
    if i + 1 >= len(members):
        return
    first, second = members[i], members[i + 1]
    if not (is_amount(first) and is_amount(second)) or first.reading.unit != second.reading.unit:
        return
    if first.reading.direction or second.reading.direction:
        return
    after_first = state.between(first, second)
    one = _FIRST.match(after_first)
    if one is None or not _RESTATED.match(after_first[one.end() :]):
        return
    two = _SECOND.match(state.text[second.end : second.sentence[1]])
    if two is None or not _ENDS.match(state.text[second.end + two.end() : second.sentence[1]]):
        return
    p1, p2 = _period(one), _period(two)
    if (p1, p2) in _RATIOS:
        lo, hi = _RATIOS[(p1, p2)]
        condition = f"{first.name} / {hi} <= {second.name} <= {first.name} / {lo}"
    elif (p2, p1) in _RATIOS:
        lo, hi = _RATIOS[(p2, p1)]
        condition = f"{first.name} * {lo} <= {second.name} <= {first.name} * {hi}"
    else:
        return
    book.propose(
        "order",
        condition,
        about=second,
        quote=book.passage(first, second),
        why=f"one amount a {p1} restated a {p2}: scaled by the periods' lengths",
        figures=(first.name, second.name),
        severity="warn",
        suffix="_per_period",
    )
