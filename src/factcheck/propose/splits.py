"""Words that split a whole or mark a rate per period: the rejected ballots are no share of
the valid votes, and '(2.53% a year)' is a growth, not a share.  Used by
:mod:`factcheck.propose.context` to choose the whole of a share."""

from __future__ import annotations

__all__ = ["PER_PERIOD", "bracketed", "opposed"]

import re
from typing import Final

from factcheck.propose.sentences import Mention

PER_PERIOD: Final = re.compile(
    r"\s*(?:a|per|each|every)\s+(?:year|annum|month|quarter|decade)\b|\s*annually\b", re.I
)
"""'(2.53% a year)', '3.37% annually': a rate per period, a growth, not a share."""


def bracketed(text: str, m: Mention) -> bool:
    """Whether ``m`` opens a bracket ("(2.57%)")."""
    return text[max(0, m.start - 3) : m.start].rstrip().endswith("(")


_OPPOSITES: Final = (
    (r"valid", r"invalid|rejected|spoil(?:t|ed)|void|null|blank"),
    (r"employed", r"unemployed|jobless"),
    (r"men|males?|boys", r"women|females?|girls"),
    (r"urban", r"rural"),
    (r"domestic", r"international|foreign"),
)
"""Words that split one whole into two parts: a whole one of them qualifies holds no part the
other qualifies (the rejected ballots are no share of the valid votes)."""

_CLAUSE_END: Final = re.compile(r";|,?\s+(?:and|but|while|whereas)\s|\.\s|\.$|$")


def _clause_words(text: str, m: Mention, last: Mention) -> str:
    """The words of ``m``'s clause, from its start to the end of ``last``'s, or to the next
    number ('16,362,185 voters exercised their rights, with 14,272,694 ballots deemed valid':
    the voters are not called valid)."""
    lo, hi = m.sentence
    starts = list(re.finditer(r";|,|\s(?:and|but|while|whereas)\s", text[lo : m.start]))
    begin = lo + starts[-1].end() if starts else lo
    end = _CLAUSE_END.search(text, last.end, hi)
    stop = end.start() if end else hi
    number = _NUMBER.search(text, last.end, stop)
    return text[begin : number.start() if number else stop].lower()


_NUMBER: Final = re.compile(r"\d")


def opposed(text: str, whole: Mention, part: Mention, rate: Mention) -> bool:
    """Whether ``whole``'s clause and ``part``'s name the two sides of one split ('valid
    votes', 'ballots ... were rejected')."""
    whole_words = _clause_words(text, whole, whole)
    part_words = _clause_words(text, part, rate if rate.start > part.start else part)
    for one, other in _OPPOSITES:
        for a, b in ((one, other), (other, one)):
            if (
                re.search(rf"\b(?:{a})\b", whole_words)
                and re.search(rf"\b(?:{b})\b", part_words)
                and not re.search(rf"\b(?:{a})\b", part_words)
                and not re.search(rf"\b(?:{b})\b", whole_words)
            ):
                return True
    return False
