"""Two levels, each of its own year, then the rate of the change between them: "16 crimes in
2012 and 16 in 2013, a 43% reduction", "sales of $10 million in 2012 and $12 million in 2013,
an increase of 20%".

Where others write "from A to B", a report may give the two levels side by side, each with
its year, joined by "and"; the rate glossing the pair is the growth of the later year's level
from the earlier one's.  The rule is as strict about the words as
:func:`factcheck.propose.changes.changed_levels` is about "from ... to": the two levels plain,
of one unit and scale; between them only the first one's year and "and" (the first may carry
its noun, "16 crimes in 2012 and 16 in 2013"); after the second only its year and a comma; the
rate a change ("a 43% reduction", "an increase of 20%") whose clause then ends or names the
span ("over the period").  The years must run forward.  A rate of another basis or span ("a
20% increase in real terms", "an average annual increase of 9%", "a 20% increase on 2011") is
left alone, and so is a pair that ends a list of years ("$8 million in 2011, $10 million in
2012 and $12 million in 2013, a 50% increase": the rate may span the whole list).

A count as the subject of its own rise, then the level it reaches and the rate: "the former
150 residents could rise to 750, a 500 per cent increase" (it is 400).  The count carries its
noun, and only a modal ("could", "would", "may") or "possibly" stands between the noun and
the verb of rise ("rise", "grow", "increase", "climb"), then "to": "150 residents saw rents
rise to 750" names another thing's rise, and is left alone.
"""

from __future__ import annotations

__all__ = ["count_rises_to", "dated_pair_then_rate"]

import re
from typing import Final

from factcheck.propose.book import is_rate
from factcheck.propose.changes import (
    _RATE_ENDS,
    _RATE_IS_CHANGE,
    _WORD_OF,
    _has_growth,
    _plain_level,
    _propose_growth,
    _unlabelled,
)
from factcheck.propose.context import _lead, _Sentence

_YEAR: Final = r"(?:19|20)\d\d"
_FIRST_YEAR_AND: Final = re.compile(rf"^\s*in\s+(?P<year>{_YEAR})\s+and\s*$", re.IGNORECASE)
"""Between the two levels: the first one's year, then 'and' (' in 2012 and ')."""
_SECOND_YEAR_RATE: Final = re.compile(
    rf"^\s*in\s+(?P<year>{_YEAR})\s*,\s*(?:an?\s+)?$", re.IGNORECASE
)
"""Between the second level and the rate: its year and a comma (' in 2013, a ')."""
_SECOND_YEAR_OF: Final = re.compile(
    rf"^\s*in\s+(?P<year>{_YEAR})\s*,\s*(?:an?\s+)?(?:increase|rise|jump|gain|growth|decrease|"
    r"decline|drop|fall|reduction)\s+of\s*$",
    re.IGNORECASE,
)
"""Or its year, then the change's noun and 'of' (' in 2013, an increase of ')."""
_LISTED: Final = re.compile(rf"^\s*(?:[^\W\d][\w'’-]*\s+)?in\s+{_YEAR}\s*,\s*$", re.IGNORECASE)
"""Between an earlier level of a list and the pair's first: ' in 2011, '."""
_FALLS: Final = ("decrease", "decline", "drop", "fall", "reduction")


def dated_pair_then_rate(state: _Sentence, i: int) -> None:
    """'16 crimes in 2012 and 16 in 2013, a 43% reduction': the rate is the growth of the
    later year's level from the earlier year's."""
    members = state.members
    if i < 2:
        return
    old, new, rate = members[i - 2], members[i - 1], members[i]
    if not is_rate(rate) or rate.reading.unit != "percent":
        return
    if rate.name in state.growth_of or _has_growth(state, rate) or rate.reading.hedge:
        return
    if not (_plain_level(old) and _plain_level(new)) or old.reading.unit != new.reading.unit:
        return
    if old.reading.scale != new.reading.scale or new.reading.label:
        return
    first = _FIRST_YEAR_AND.match(_unlabelled(old, state.between(old, new)) + _lead(new))
    if first is None:
        return
    tail = state.between(new, rate) + _lead(rate)
    second = _SECOND_YEAR_RATE.match(tail)
    if second is not None:
        found = _RATE_IS_CHANGE.match(state.text[rate.end : rate.end + 40])
        rest = state.text[rate.end : rate.sentence[1]]
        if found is not None:
            rest = rest[found.end() :]
    else:
        second = _SECOND_YEAR_OF.match(tail)
        found = _WORD_OF.search(tail) if second is not None else None
        rest = state.text[rate.end : rate.sentence[1]]
    if second is None or found is None or not _RATE_ENDS.match(rest):
        return  # "a 20% share", "a 20% increase in real terms", "an increase of 20% on 2011"
    if int(second["year"]) <= int(first["year"]):
        return
    if i >= 3 and _LISTED.match(state.between(members[i - 3], old) + _lead(old)):
        return  # "$8 million in 2011, $10 million in 2012 and $12 million in 2013": a list
    if re.search(r"\brespectively\b", state.text[rate.end : rate.sentence[1]], re.IGNORECASE):
        return
    word = found.group("word").lower()
    _propose_growth(
        state,
        rate,
        old,
        new,
        -1 if word in _FALLS else 1,
        "two levels, each of its year, then the rate of the change between them",
    )


_RISES_TO: Final = re.compile(
    r"^\s*(?:(?:could|would|may|might|will|should|are\s+(?:expected|set|likely)\s+to)\s+)?"
    r"(?:possibly\s+)?(?:rise|rising|grow|growing|increase|increasing|climb|climbing)\s+to\s*$",
    re.IGNORECASE,
)
"""Between a count's noun and the level it reaches: ' could rise to', ' possibly rising to'."""
_THEN_RATE: Final = re.compile(r"^\s*,\s*(?:an?\s+)?$")


def count_rises_to(state: _Sentence, i: int) -> None:
    """'the former 150 residents could rise to 750, a 500 per cent increase': the rate is the
    growth of the level reached from the count that rises."""
    members = state.members
    if i < 2:
        return
    old, new, rate = members[i - 2], members[i - 1], members[i]
    if not is_rate(rate) or rate.reading.unit != "percent" or rate.reading.hedge:
        return
    if rate.name in state.growth_of or _has_growth(state, rate):
        return
    if not (_plain_level(old) and _plain_level(new)) or old.reading.unit != new.reading.unit:
        return
    if not old.reading.label or new.reading.label or old.reading.scale != new.reading.scale:
        return
    if not _RISES_TO.match(_unlabelled(old, state.between(old, new)) + _lead(new)):
        return
    if not _THEN_RATE.match(state.between(new, rate) + _lead(rate)):
        return
    found = _RATE_IS_CHANGE.match(state.text[rate.end : rate.end + 40])
    if found is None or found.group("word").lower() in _FALLS:
        return
    if not _RATE_ENDS.match(state.text[rate.end : rate.sentence[1]][found.end() :]):
        return
    _propose_growth(
        state, rate, old, new, 1, "a count, the level it rises to, then the rate of that rise"
    )
