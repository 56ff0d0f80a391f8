"""A level set against the year-ago level: "rose 26% to Rs 72.63 crore against Rs 57.46 crore
in the same quarter a year ago", "dropped 45.7% to Rs 47 crore, as against Rs 108 crore in
the year-ago quarter".

Business copy (Indian reports above all) writes the level a rate grew from after "against"
or "compared with" where others write "from".  Only a comparand of the rate's own span is
read as the level it grew from: the words after it must name the year-ago period ("in the
year-ago quarter", "a year earlier", "in the same period last year"), and the sentence must
not call its rate sequential or quarter-on-quarter.  "Against analysts' estimates of Rs 60
crore" or "against Rs 45 crore in the previous quarter" are other comparands, left alone.
"""

from __future__ import annotations

__all__ = ["against_level"]

import re
from typing import Final

from factcheck.propose.book import is_amount
from factcheck.propose.context import _lead, _Sentence
from factcheck.propose.sentences import Mention

_AGAINST: Final = re.compile(
    r"^(?:\s+(?:in|for|during)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,5}?)?\s*,?\s*(?:as\s+)?"
    r"(?:against|compared\s+(?:with|to))\s+(?:(?:a|the|its)\s+)?"
    r"(?:(?:net\s+|consolidated\s+|standalone\s+)?(?:profit|loss|income|revenue|sales|"
    r"turnout|total|figure)\s+of\s+)?$",
    re.IGNORECASE,
)
"""From the level to its comparand: ', against', ' in the first quarter, as against a profit
of'."""
_NOUN: Final = re.compile(
    r"\b(?P<noun>profit|loss|income|revenue|sales|turnout|total|figure)\s+of\s*$", re.IGNORECASE
)
"""The comparand's noun, which must be the level's own ('against a profit of')."""
_YEAR_AGO: Final = re.compile(
    r"\s*(?:(?:in|for|during)\s+the\s+(?:year[- ]ago|corresponding|same\s+(?:quarter|period|"
    r"month|half)\s+(?:of\s+)?(?:a|last|the\s+previous|the\s+prior)\s+(?:year|fiscal))\b|"
    r"(?:a|one)\s+year\s+(?:earlier|ago|before)\b|in\s+the\s+(?:previous|prior|last)\s+"
    r"(?:year|fiscal)\b|last\s+year\b)",
    re.IGNORECASE,
)
"""After the comparand, the year-ago period it belongs to."""
_OTHER_SPAN: Final = re.compile(
    r"\b(?:sequential(?:ly)?|quarter[- ]on[- ]quarter|month[- ]on[- ]month|q-?o-?q|m-?o-?m|"
    r"week[- ]on[- ]week)\b",
    re.IGNORECASE,
)
"""Words that make the rate of a shorter span than the year-ago comparand's."""


def against_level(state: _Sentence, new: Mention, old: Mention) -> bool:
    """Whether ``old`` is the year-ago level ``new`` is set against: amounts of one unit,
    'against' (or 'compared with') between them, the year-ago period after ``old``."""
    if not (is_amount(new) and is_amount(old)) or new.reading.unit != old.reading.unit:
        return False
    if new.reading.hedge is not None or old.reading.hedge is not None:
        return False
    between = state.between(new, old)
    found = _AGAINST.match(between) or _AGAINST.match(between + _lead(old))
    if not found:
        return False
    noun = _NOUN.search(found.group())
    if noun and not re.search(
        rf"\b{noun['noun']}", state.text[new.sentence[0] : new.start], re.IGNORECASE
    ):
        return False  # "to Rs 50 crore, against a revenue of Rs 300 crore": another measure
    if not _YEAR_AGO.match(state.text, old.end):
        return False
    return not _OTHER_SPAN.search(state.text[slice(*new.sentence)])
