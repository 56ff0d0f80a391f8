"""A part 'out of' a whole, glossed by its share: "4,175 cases out of a population of 358,000,
which is 1.17 percent", "73 out of 87 entrants, or 84%", "46 out of the 4,175 people who caught
the virus died, a rate of 1.1 percent".

"A out of B" names both sides of a share: A the part, B the whole.  A share written right
after them ("or", "which is", "that is", or in brackets) is A's share of B.  Without this
rule the share reads as a share of the count next to it, B, of a whole left unsaid, and a
wrong share is never checked.  The two counts must be plain (no hedge, no direction), of one
unit, and the words between them no more than "out of", an article and a whole's noun ("a
population of", "the total of"); "fell to 300 out of 500, down 20 percent" has a direction
word before the rate, which is no gloss.  A share named "a rate of" (or "a proportion of", "a
share of") may follow the pair's own clause ("people who caught the virus died"), eight words
at most with no second clause ("and", "but", "while"): the rate of that clause is the part's
share of the whole.
"""

from __future__ import annotations

__all__ = ["out_of_share"]

import re
from typing import Final

from factcheck.propose.book import is_amount, is_count, is_rate
from factcheck.propose.context import _lead, _Sentence
from factcheck.propose.sentences import Mention

_OUT_OF: Final = re.compile(
    r"^\s*(?:[^\W\d][\w'’-]*\s+){0,3}?out\s+of\s+(?:(?:a|an|the|its|their)\s+)?"
    r"(?:(?:total|population|pool|field|group|sample|class|roll|list)\s+of\s+)?$",
    re.IGNORECASE,
)
"""From the part to its whole: ' cases out of a population of', ' out of'."""
_GLOSS: Final = re.compile(
    r"^\s*(?:[^\W\d][\w'’-]*\s*){0,3}?(?:,\s*(?:or|which\s+(?:is|was|comes\s+to|came\s+to)|"
    r"that\s+is|i\.e\.)|\(|,?\s+or)\s*$",
    re.IGNORECASE,
)
"""From the whole to the share that glosses the pair: ' residents, or', ', which is', ' ('."""
_RATE_GLOSS: Final = re.compile(
    r"^\s*(?:[^\W\d][\w'’-]*\s+){0,7}?[^\W\d][\w'’-]*\s*,\s*(?:a|an|the)\s+"
    r"(?:rate|proportion|share)\s+of\s*$",
    re.IGNORECASE,
)
"""Or the pair's own clause, then its rate named plainly: ' people who caught the virus died,
a rate of' (the clause's words, no number, no second clause)."""
_SECOND_CLAUSE: Final = re.compile(r"\b(?:and|but|while|whereas|although|though)\b", re.I)


_OTHER_AFTER: Final = re.compile(
    r"\s*(?:more|less|fewer|higher|lower|above|below|up|down|over|under|than|points?|"
    r"percentage|of|from|since|on)\b",
    re.IGNORECASE,
)
"""After the share, words that make it a change or a share of another whole."""


def _plain(m: Mention) -> bool:
    return (is_count(m) or is_amount(m)) and m.reading.hedge is None and not m.reading.direction


def out_of_share(state: _Sentence, i: int) -> bool:
    """Propose that the share at ``members[i]`` is the part's share of the whole it is 'out
    of'; whether it did."""
    members = state.members
    if i < 2:
        return False
    part, whole, rate = members[i - 2], members[i - 1], members[i]
    if not (is_rate(rate) and _plain(part) and _plain(whole)) or rate.reading.direction:
        return False
    if part.reading.unit != whole.reading.unit or part.name in state.aliases:
        return False
    between = state.between(part, whole)
    if not (_OUT_OF.match(between) or _OUT_OF.match(between + _lead(whole))):
        return False
    gloss = state.between(whole, rate)
    if not _GLOSS.match(gloss) and not (
        rate.reading.unit == "percent"
        and _RATE_GLOSS.match(gloss)
        and not _SECOND_CLAUSE.search(gloss)
    ):
        return False
    if _OTHER_AFTER.match(state.text, rate.end):
        return False  # "or 2 percent more than", "or 1.2 percent of the state's cases"
    book = state.book
    state.share = (rate.name, part.name, whole.name)
    book.propose(
        "share",
        f"share({part.name}, {whole.name}) == {rate.name}",
        about=rate,
        quote=book.passage(part, rate),
        why="a part 'out of' a whole, glossed by its share: the part's share of that whole",
        figures=(part.name, whole.name, rate.name),
    )
    book.propose(
        "parts_within",
        f"parts_within({whole.name}, [{part.name}])",
        about=part,
        why="a part 'out of' a whole: no larger than it",
        figures=(whole.name, part.name),
        suffix="_within",
    )
    return True
