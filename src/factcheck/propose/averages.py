"""An average per thing beside the total and the count of things: "the 52 matches drew
2,407,431 spectators, an average of 42,297 a match" (it is 46,297).

The average is written "an average of A a match" (or "per match", or "each" after a count of
a noun), and its sentence holds, before
it, one count of that noun ("52 matches") and one other plain figure of the average's unit
(the total: "2,407,431 spectators"), larger than the average.  The average is the total over
the count.  A warning, since the total is found by its place.
"""

from __future__ import annotations

__all__ = ["average_per"]

import re
from typing import Final

from factcheck.propose.book import is_amount, is_count
from factcheck.propose.context import _lead, _Sentence
from factcheck.propose.naming import stem
from factcheck.propose.sentences import Mention

_AVERAGE_OF: Final = re.compile(r"\b(?:an?\s+)?average\s+of\s*[^\w\s]*$", re.IGNORECASE)
"""Before the average: 'an average of', 'an average of $'."""
_PER_NOUN: Final = re.compile(
    r"\s*(?:(?:a|an|per|each)\s+(?P<noun>[^\W\d_]+)\b|(?P<each>each)\b)", re.IGNORECASE
)
"""After the average: 'a match', 'per game', or 'each' alone (of the one count's noun)."""
_CLAUSE_ENDS: Final = re.compile(r"\s*(?:[,;:.)\]–—-]|$)")
"""After 'a match': the clause ends, with nothing that makes the average another group's."""
_NOUN_AFTER: Final = re.compile(r"\s*(?P<noun>[^\W\d_]+)\b")


def _plain(m: Mention) -> bool:
    """A level, hedged or not ("some 2,000 households": the reading widens it as written)."""
    return (is_count(m) or is_amount(m)) and not m.reading.direction and m.reading.number > 0


def average_per(state: _Sentence, i: int) -> None:
    """'2,407,431 spectators ..., an average of 42,297 a match', with '52 matches' before."""
    members, text = state.members, state.text
    average = members[i]
    if i < 2 or not _plain(average):
        return
    before = text[max(average.sentence[0], average.start - 30) : average.start] + _lead(average)
    per = _PER_NOUN.match(text, average.end)
    if not _AVERAGE_OF.search(before) or per is None:
        return
    if not _CLAUSE_ENDS.match(text, per.end()):
        return  # "48,000 a match in the knockout rounds", "50 a store per day": an average
        # of another group or period than the total's
    noun = stem(per["noun"].lower()) if per["noun"] else None
    counts, totals = [], []
    for m in members[:i]:
        if not _plain(m):
            return  # a rate or a change in the sentence: another relation may hold
        after = _NOUN_AFTER.match(text, m.end)
        counted = stem(after["noun"].lower()) if is_count(m) and after is not None else None
        if counted is not None and (noun is None or counted == noun):
            counts.append(m)  # "2,000 households ..., an average of $2,500 each"
        elif m.reading.unit == average.reading.unit:
            totals.append(m)
    if len(counts) != 1 or len(totals) != 1:
        return
    count, total = counts[0], totals[0]
    size = total.reading.number * total.reading.multiplier
    if not size > average.reading.number * average.reading.multiplier:
        return
    state.book.propose(
        "equal",
        f"{total.name} / {count.name} == {average.name}",
        about=average,
        quote=state.book.passage(*sorted((count, total, average), key=lambda m: m.start)),
        why=f"an average per {(per['noun'] or 'each').lower()}: the total over the count of them",
        figures=(total.name, count.name, average.name),
        severity="warn",
        suffix="_average",
    )
