"""A proportion written as two counts and the percent that restates it: "15 out of 20 pupils,
or 75%", "12 out of 40 (30%)".  The two are one number (``fraction == rate``), so a misprinted
percent or count is an error.  Proportions a poll's summary writes ("3 in 10 adults (32%)",
"one in five (21%)", "two-thirds (64%)", "2 out of 3 voters (64%)", "about 3 out of 10") are
left alone: they gloss the percent loosely; so is a percent of a whole, basis or time of its
own ("(85% last year)", "or 60% in maths").
"""

from __future__ import annotations

import re
from typing import Final

from factcheck.propose.book import is_rate
from factcheck.propose.context import _lead, _Sentence
from factcheck.propose.glosses import closes_gloss

__all__ = ["fraction_glossed"]

_IN_DIGITS: Final = re.compile(r"(?<![\d,.])\d[\d,]*\s+out\s+of\s+\d[\d,]*$", re.I)
"""'15 out of 20': a proportion written as two counts.  Not '3 in 10 (32%)' nor 'one in five
(21%)': a proportion in the style of a poll's summary, which rounds the percent loosely."""
_GLOSS: Final = re.compile(
    r"^(?:\s+[^\W\d][\w'’-]*){0,3}\s*(?:,\s*or|\((?:\s*or)?)\s*$", re.IGNORECASE
)
"""'pupils, or', '(', '(or': the proportion's noun, then the percent that restates it."""
_OWN_WHOLE: Final = re.compile(r"\s*\)?\s*(?:of|more|less|fewer|higher|lower|up|down)\b", re.I)
"""After the percent: a whole or a change of its own ('(62% of likely voters)')."""
_POLL_STYLE: Final = re.compile(r"(?<![\d,.])\d\s+out\s+of\s+(?:2|3|4|5|10)$", re.I)
"""'3 out of 10', '2 out of 3', '1 out of 5': a round proportion, written as a poll's summary
writes 'three in ten (32%)'; the percent it glosses need only round to it loosely."""


def fraction_glossed(state: _Sentence, i: int) -> None:
    members, book = state.members, state.book
    if i == 0:
        return
    proportion, rate = members[i - 1], members[i]
    if proportion.reading.kind != "fraction" or not _IN_DIGITS.search(proportion.located.text):
        return
    if not is_rate(rate) or rate.reading.unit != "percent" or rate.reading.direction:
        return
    if not _GLOSS.match(state.between(proportion, rate) + _lead(rate)):
        return
    if _OWN_WHOLE.match(state.text, rate.end) or not closes_gloss(state.text, rate):
        return  # "(62% of likely voters)", "(85% last year)", "or 60% in maths"
    if proportion.reading.hedge is not None or _POLL_STYLE.search(proportion.located.text):
        return  # "about 3 out of 10 adults (32%)", "2 out of 3 voters (64%)": a poll's
        # summary in round proportions, glossing the percent loosely
    book.propose(
        "equal",
        f"{proportion.name} == {rate.name}",
        about=rate,
        quote=book.passage(proportion, rate),
        why="a proportion in digits and the percent that restates it",
        figures=(proportion.name, rate.name),
        suffix="_restated",
    )
