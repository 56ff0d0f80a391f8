"""A named rate beside the count it is made of, written "A of (the) B":

- "Turnout was 67.3%, with 32.0 million of the 47.6 million registered voters casting a
  ballot";
- "Some 32.0 million of 47.6 million registered voters cast a ballot, a turnout of 67.3%";
- "Of the 20,000 candidates, 15,600 passed, a pass rate of 78%".

The rate is ``share(A, B)``.  Only a rate whose own words name a share of people or things
(turnout, a pass, response or vaccination rate, approval, a share, a proportion...) is taken,
and only when the sentence holds one such pair and no other rate: "growth was 3.2%, with 12 of
the 20 sectors expanding" joins a growth rate to a count of sectors, no share of them.  A
warning, as the turnout of :mod:`factcheck.propose.definitions` is: a named rate may be
measured on another base than the pair's (valid votes, the voting-age population).
"""

from __future__ import annotations

import itertools
import re
from typing import Final

from factcheck.propose.book import MONTHS, is_amount, is_count, is_rate
from factcheck.propose.context import _lead, _Sentence
from factcheck.propose.sentences import Mention

__all__ = ["rate_of_pair"]

_RATE_NOUN: Final = (
    r"(?:turnout|approval|share|proportion|percentage|majority|uptake|coverage|occupancy|"
    r"attendance|(?:pass|participation|response|vaccination|immuni[sz]ation|completion|"
    r"success|conviction|attendance|occupancy|approval|literacy|enrol?ment|survival|"
    r"graduation|retention|compliance|clearance|win|strike|hit|turnout)\s+rate)"
)
_NAMED_BEFORE: Final = re.compile(
    r"\b" + _RATE_NOUN + r"\s+(?:was|is|stood\s+at|reached|came\s+to|of|at|hit)\s*$",
    re.IGNORECASE,
)
"""Before the rate: 'Turnout was', 'a pass rate of', 'the response rate stood at'."""
_NAMED_AFTER_PAIR: Final = re.compile(
    r"^[^;:\d]{0,80}?,\s*(?:a|an|for\s+a|giving\s+a|making\s+a)\s+" + _RATE_NOUN + r"\s+of\s*$",
    re.IGNORECASE,
)
"""Between the pair and the rate after it: '... cast a ballot, a turnout of'."""
_WITH_PAIR: Final = re.compile(
    r"^\s*[,:]?\s*(?:with\s+|as\s+)?(?:some\s+|about\s+|nearly\s+|almost\s+|around\s+|"
    r"just\s+over\s+|just\s+under\s+)?$",
    re.IGNORECASE,
)
"""Between a rate and the pair after it: ', with', ':'."""
_OF_THE: Final = re.compile(r"^\s*of\s+(?:the\s+)?(?:some\s+|about\s+)?$", re.IGNORECASE)
_OF_THE_OPENING: Final = re.compile(r"\bof\s+(?:the|these|those)\s*$", re.IGNORECASE)
_AFTER_OPENING: Final = re.compile(r"^(?:\s+[^\W\d][\w'’-]*){0,4}\s*,\s*$")


_DAYS: Final = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_MONTHS: Final = "(?:" + "|".join(MONTHS) + ")"  # under re.IGNORECASE
_PERIOD_OF_ITS_OWN: Final = re.compile(
    r"\b(?:in|on|at|during|by|over|for)\s+(?:the\s+|its\s+|a\s+)?(?:"
    rf"{_DAYS}|{_MONTHS}|(?:19|20)\d\d\b|(?:first|second|third|final|last|opening|"
    r"previous|next|same)\b|(?:morning|afternoon|evening|night|weekend|day|week|month|"
    r"quarter|year|round|ballot|poll)\b)",
    re.IGNORECASE,
)
"""After the pair: a time or round of its own ('in the first round', 'on Tuesday'), which the
rate need not share."""
_CLAUSE_ENDS: Final = re.compile(r"\s*(?:[,;:.)\]–—]|$)")
"""After a rate written last: the clause ends ('a turnout of 67.3%.'), with no base of its own."""


def _counted(m: Mention) -> bool:
    return (is_count(m) or is_amount(m)) and not m.reading.direction


def _pairs(state: _Sentence) -> list[tuple[Mention, Mention]]:
    """Every 'A of (the) B' and 'Of the B ..., A' of the sentence: (part, whole)."""
    members = state.members
    found = []
    for a, b in itertools.pairwise(members):
        if not (_counted(a) and _counted(b)) or a.reading.unit != b.reading.unit:
            continue
        if _OF_THE.match(state.between(a, b) + _lead(b)):
            found.append((a, b))  # "32.0 million of the 47.6 million"
        elif _OF_THE_OPENING.search(
            state.text[max(a.sentence[0], a.start - 12) : a.start] + _lead(a)
        ) and _AFTER_OPENING.match(state.between(a, b) + _lead(b)):
            found.append((b, a))  # "Of the 20,000 candidates, 15,600"
    return found


def rate_of_pair(state: _Sentence, i: int) -> None:
    members, book = state.members, state.book
    rate = members[i]
    if not is_rate(rate) or rate.reading.unit != "percent" or rate.reading.direction:
        return
    if rate.name in state.growth_of or state.share is not None:
        return
    if any(is_rate(m) for m in members if m is not rate):
        return
    pairs = _pairs(state)
    if len(pairs) != 1:
        return
    part, whole = pairs[0]
    if part.reading.hedge is not None and whole.reading.hedge is not None:
        return
    if rate.start < part.start and rate.start < whole.start:
        first = min(part, whole, key=lambda m: m.start)
        named = _NAMED_BEFORE.search(
            state.text[max(rate.sentence[0], rate.start - 40) : rate.start] + _lead(rate)
        )
        if named is None or not _WITH_PAIR.match(state.between(rate, first) + _lead(first)):
            return
    elif rate.start > part.start and rate.start > whole.start:
        last = max(part, whole, key=lambda m: m.start)
        if not _NAMED_AFTER_PAIR.match(state.between(last, rate) + _lead(rate)):
            return
    else:
        return
    last = max(part, whole, rate, key=lambda m: m.start)
    tail = state.text[last.end : rate.sentence[1]]
    if _PERIOD_OF_ITS_OWN.search(tail) or (last is rate and not _CLAUSE_ENDS.match(tail)):
        return  # "... casting a ballot in the first round", "beds taken on Tuesday", "a
        # turnout of 70.1% of those on the updated roll": another period or base than the rate's
    if any(c.condition.startswith(f"share({part.name}, {whole.name})") for c in book.checks):
        return
    book.propose(
        "share",
        f"share({part.name}, {whole.name}) == {rate.name}",
        about=rate,
        quote=book.passage(*sorted((rate, part, whole), key=lambda m: m.start)),
        why="a named rate beside the count it is of, 'A of the B'",
        figures=(part.name, whole.name, rate.name),
        severity="warn",
        suffix="_of_pair",
    )
