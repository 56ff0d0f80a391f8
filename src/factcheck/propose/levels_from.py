"""The level a level came from: "to $1.36 billion in the third quarter, from $1.19 billion a
year earlier", "52.19 lakh, up from 49.03 lakh" — levels of one unit and noun with "from"
between, not a quantity of another kind, another span or a forecast, and never a level of a
shorter span than a rate year on year.  Moved out of :mod:`factcheck.propose.levels`, whose
growth rule and :mod:`~factcheck.propose.directions` and :mod:`~factcheck.propose.multiples`
read it."""

from __future__ import annotations

import re
from typing import Final

from factcheck.propose.book import MONTHS, is_count
from factcheck.propose.context import _lead, _level_like, _Sentence
from factcheck.propose.naming import stem
from factcheck.propose.sentences import Mention

_FROM_AFTER_LEVEL: Final = re.compile(
    r"^(?:(?:\s+[\w'’-]+){0,3}?|\s+(?:in|during|for|over)\s+(?:the\s+|its\s+)?(?:(?:first|second"
    r"|third|fourth|final|latest|last|fiscal|financial|" + "|".join(MONTHS) + r")\s+)?(?:three"
    r"\s+months|quarter|half|half-year|year|month|period))\s*,?\s*from\s*$",
    re.IGNORECASE,
)
_UP_FROM_AFTER_LEVEL: Final = re.compile(
    r"^\s*,\s*(?:(?:up|down)\s+from|compared\s+(?:with|to))\s*$|^\s*,?\s*(?:against|versus|vs\.?)\s*$",
    re.IGNORECASE,
)
"""'52.19 lakh, up from', ', compared with', ' against': the level, then the one it moved from
(only for a rate written after both: "..., up from 49.03 lakh ..., with a growth of 6.2%"; a
rate before them may be of another basis)."""
"""'to 1,050 units from', 'to $61.2 billion in May from', 'to $1.36 billion in the third
quarter, from', 'to Rs 4,567 cr in the December quarter from': a level, its noun or its time,
then the level it came from."""


_TIME_WORDS = (
    r"(?:(?:the|this|that|last|next|a|an|its)\s+)?(?:(?:same|previous|prior|preceding|current|"
    r"fiscal|financial|first|second|third|fourth|last)\s+)*(?:years?|quarters?|months?|weeks?|"
    r"periods?|days?|fiscal|season|time|half|january|february|march|april|may|june|july|"
    r"august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|"
    r"dec|spring|summer|autumn|fall|winter)\b"
)
_OF_ANOTHER: Final = re.compile(
    r"\s+(?:[^\W\d][\w'’-]*\s+){0,2}?(?:in|of|worth)\s+(?!" + _TIME_WORDS + r")"
    r"(?:the\s+|its\s+|their\s+)?[^\W\d]",
    re.IGNORECASE,
)
"""After a level, words that make it another quantity: 'from $2.1 billion in revenue', 'from
30,000 tonnes of stock' (not a time: 'from 997 in May', 'from Rs 5.54 lakh crore in this
fiscal')."""


_FORECAST: Final = re.compile(
    r"\s*(?:[^\W\d]+\s+){0,2}?(?:expected|forecasts?|forecasted|estimated|estimates?|predicted|"
    r"projected|anticipated|budgeted|targeted|consensus|analysts?['’]?)\b",
    re.IGNORECASE,
)
"""After the earlier level: a forecast or target ('$3.9 billion expected by analysts'), not the
level the later one came from."""
_RATE_OWN_BASE: Final = re.compile(
    r"\s*(?:percent|per\s*cent|%)?\s*(?:year[- ]on[- ]year|y/y|yoy|on\s+(?:the|a|an|last)\b|"
    r"from\b|over\b|compared\b|than\b|against\b|versus\b|since\b|in\s+the\s+(?:past|last)\b)",
    re.IGNORECASE,
)
"""After a rate glossing two levels: a base or period of its own ('20% year on year', '20% from
a year earlier'), which the earlier level need not be of."""


_YEARS_BACK: Final = re.compile(
    r"\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:years|months|quarters|"
    r"decades)\s+(?:earlier|ago|before|previously)\b",
    re.IGNORECASE,
)
"""After the earlier level, a span of several periods: a rate of one period is not its
growth."""


_YEAR_ON_YEAR: Final = re.compile(
    r"\b(?:year[\s-]on[\s-]year|y/y|yoy|y-o-y|on\s+the\s+year|(?:from|over|on|against|compared"
    r"\s+(?:with|to))\s+(?:a|the)\s+(?:year|same\s+(?:month|quarter|period))\s+(?:earlier|ago|"
    r"before|a\s+year\s+(?:earlier|ago)))\b",
    re.IGNORECASE,
)
"""A rate's own base a year back: 'year on year', 'from a year earlier', 'on the same quarter
a year ago'."""
_SHORTER_SPAN: Final = re.compile(
    r"\s+(?:in\s+(?:the\s+)?(?:(?:first|second|third|fourth|previous|preceding|prior|last)\s+"
    r"(?:quarter|month)|" + "|".join(MONTHS) + r")|(?:a|one|the\s+previous|the\s+prior|"
    r"last)\s+(?:month|quarter)(?:\s+(?:earlier|ago|before))?)\b",
    re.IGNORECASE,
)
"""After a level a rate is measured from: a time less than a year back ('in April', 'in the
second quarter', 'a month earlier')."""
_SECOND_BASE: Final = re.compile(
    r"(?:\s+in\s+[^;.\d]{1,40}?)?(?:\s+and\s+|\s*,\s*and\s+from\s+)[^\W\d]{0,3}\W?\s*\d",
    re.IGNORECASE,
)
"""After a level before: 'and $1.19 billion a year earlier', ', and from $1.19 billion', a
second level before."""


def _base_of_another_span(state: _Sentence, rate: Mention, new: Mention, old: Mention) -> bool:
    """Whether ``old``, after "from", is not the level ``rate`` is measured from: the rate is
    year on year and ``old`` is of a month or quarter back, or a second earlier level follows
    ("from $1.30 billion in the second quarter and $1.19 billion a year earlier")."""
    text = state.text
    if _SECOND_BASE.match(text, old.end):
        return True
    yearly = _YEAR_ON_YEAR.search(text, rate.start, new.start)
    return yearly is not None and _SHORTER_SPAN.match(text, old.end) is not None


def _from_level(state: _Sentence, new: Mention, old: Mention, *, up_from: bool = False) -> bool:
    """Whether ``old`` is the level ``new`` came from ("1,050 units from 1,000 units"): levels
    of one unit (and one noun, for counts), "from" between them."""
    if not (_level_like(new) and _level_like(old)) or new.reading.unit != old.reading.unit:
        return False
    if is_count(new) and old.reading.label:
        # one noun for both, or none: "to 1,200 from 15,000 applications" compares
        # admissions with applications; a bare count after "from" is of the level's own
        # noun ("to 5,600 units from 5,000")
        nouns = {
            stem(str(m.reading.label).split()[-1]) if m.reading.label else "" for m in (new, old)
        }
        if len(nouns) > 1:
            return False
    if _OF_ANOTHER.match(state.text, old.end):
        return False  # "to $410 million from $2.1 billion in revenue": another quantity
    if _YEARS_BACK.match(state.text, old.end):
        return False  # "rose 5% to £100bn, from £80bn two years earlier": another span
    if _FORECAST.match(state.text, old.end):
        return False  # "up from $3.9 billion expected by analysts": a forecast, no level
    between = state.between(new, old)  # "from" may be in the reading ("from +336,000"), and
    # a currency is ("Rs 5.54 lakh crore")
    if up_from and _UP_FROM_AFTER_LEVEL.match(between + _lead(old)):
        return True
    return bool(_FROM_AFTER_LEVEL.match(between) or _FROM_AFTER_LEVEL.match(between + _lead(old)))
