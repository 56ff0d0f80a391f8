"""A level set against the year-ago level: "rose 26% to Rs 72.63 crore against Rs 57.46 crore
in the same quarter a year ago", "dropped 45.7% to Rs 47 crore, as against Rs 108 crore in
the year-ago quarter".

Business copy (Indian reports above all) writes the level a rate grew from after "against"
or "compared with" where others write "from"; so do reports of counts ("up by almost 20% to
114 in 2022, compared with 579 the year before"), whose two counts must then be of one noun
where both name one.  Only a comparand of the rate's own span is
read as the level it grew from: the words after it must name the year-ago period ("in the
year-ago quarter", "a year earlier", "in the same period last year"), and the sentence must
not call its rate sequential or quarter-on-quarter.  "Against analysts' estimates of Rs 60
crore" or "against Rs 45 crore in the previous quarter" are other comparands, left alone.
"""

from __future__ import annotations

__all__ = ["against_level"]

import re
from typing import Final

from factcheck.propose.book import is_amount, is_count
from factcheck.propose.context import _lead, _Sentence
from factcheck.propose.naming import stem
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
    r"(?:year|fiscal)\b|last\s+year\b|the\s+(?:year\s+(?:before|earlier)|previous\s+year|"
    r"prior\s+year)\b)",
    re.IGNORECASE,
)
"""After the comparand, the year-ago period it belongs to."""
_OTHER_SPAN: Final = re.compile(
    r"\b(?:sequential(?:ly)?|quarter[- ]on[- ]quarter|month[- ]on[- ]month|q-?o-?q|m-?o-?m|"
    r"week[- ]on[- ]week|on\s+the\s+(?:month|quarter|week)|(?:from|than|on)\s+(?:a|the|one)\s+"
    r"(?:(?:previous|prior|preceding)\s+)?(?:month|quarter|week)(?:\s+(?:earlier|before|ago))?)\b",
    re.IGNORECASE,
)
"""Words that make the rate of a shorter span than the year-ago comparand's."""


def against_level(state: _Sentence, new: Mention, old: Mention) -> bool:
    """Whether ``old`` is the year-ago level ``new`` is set against: amounts of one unit,
    'against' (or 'compared with') between them, the year-ago period after ``old``."""
    if new.reading.unit != old.reading.unit:
        return False
    if not (is_amount(new) and is_amount(old)) and not _counts_of_one_noun(new, old):
        return False
    if new.reading.hedge is not None or old.reading.hedge is not None:
        return False
    between = state.between(new, old)
    label = new.reading.label
    if label and is_count(new) and re.match(rf"\s*{re.escape(label)}\b", between, re.I):
        between = between.lstrip()[len(label) :]  # "to 500 arrests, against 400 arrests"
    found = _AGAINST.match(between) or _AGAINST.match(between + _lead(old))
    if not found:
        return False
    noun = _NOUN.search(found.group())
    if noun and not re.search(
        rf"\b{noun['noun']}", state.text[new.sentence[0] : new.start], re.IGNORECASE
    ):
        return False  # "to Rs 50 crore, against a revenue of Rs 300 crore": another measure
    end = old.end
    label = old.reading.label
    if label and is_count(old) and new.reading.label and _counts_of_one_noun(new, old):
        named = re.match(rf"\s*{re.escape(label)}\b", state.text[end : end + len(label) + 3], re.I)
        end += named.end() if named else 0  # "to 500 arrests, against 400 arrests the year
        # before"; a noun of the old count alone may be another thing's ("579 injuries")
    if not _YEAR_AGO.match(state.text, end):
        return False
    return not _OTHER_SPAN.search(state.text[slice(*new.sentence)])


def _counts_of_one_noun(new: Mention, old: Mention) -> bool:
    """Two plain counts whose nouns, where both name one, are one ('114 ... compared with 579
    crimes'; not '114 deaths, compared with 579 injuries')."""
    if not (is_count(new) and is_count(old)) or new.reading.direction or old.reading.direction:
        return False
    a, b = new.reading.label, old.reading.label
    return not (a and b) or stem(str(a).split()[-1]) == stem(str(b).split()[-1])
