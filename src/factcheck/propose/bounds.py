"""Rates their own noun keeps within 100 percent: "turnout stood at 79.64 per cent", "uptake of
the first dose in two-year-olds at 89 per cent".  A turnout, an uptake, a coverage or a
participation rate counts part of a group against the whole group, so it is at most 100
percent whether or not the sentence says "of"."""

from __future__ import annotations

__all__ = ["bounded_rate"]

import re
from typing import Final

from factcheck.propose.book import is_rate
from factcheck.propose.context import _Sentence

_NOUN: Final = re.compile(
    r"\b(?:turnout|uptake|coverage|(?:participation|literacy|occupancy|enrolment|enrollment)"
    r"\s+rates?)\b",
    re.I,
)
_LINK: Final = re.compile(
    r"\b(?:at|was|is|were|are|stood\s+at|reached|of|to)\s+(?:just|only|some|about|around)?\s*$",
    re.I,
)
"""The words just before the rate that give it to the noun as its level."""
_NOT_LEVEL: Final = re.compile(
    r"\b(?:growth|change|increase|rise|fall|drop|decline|gap|difference|target|goal|"
    r"higher|lower|more|less|above|below|up|down|points?|rose|fell|increased|decreased|"
    r"than|compared|against|versus)\b",
    re.I,
)
"""Words that make the rate a change, a difference or an aim rather than the noun's level."""
_AFTER: Final = re.compile(
    r"\s*(?:of|than|higher|lower|more|less|above|below|over|under|up|down|points?|"
    r"percentage|increase|decrease|rise|fall|growth|change)\b",
    re.I,
)
MAX_WORDS: Final = 12
"""Words at most between the noun and its rate ("uptake of the first MMR dose in two-year-olds
in England at 89 per cent" has ten)."""


def bounded_rate(state: _Sentence, i: int) -> None:
    """'Turnout stood at 79.64 per cent': a turnout, uptake, coverage or participation rate
    given as the level of its noun, in the same clause, is at most 100 percent."""
    rate = state.members[i]
    if not is_rate(rate) or rate.reading.unit != "percent" or rate.reading.direction:
        return
    if _AFTER.match(state.after(rate)):
        return  # "30 per cent higher than", "89 per cent of ...": another rule's reading
    before = state.before(rate)
    clause = re.split(r"[,;:()]", before)[-1]
    nouns = list(_NOUN.finditer(clause))
    if not nouns:
        return
    between = clause[nouns[-1].end() :]
    if (
        re.search(r"\d", between)
        or len(between.split()) > MAX_WORDS
        or _NOT_LEVEL.search(between)
        or not _LINK.search(between)
    ):
        return
    book = state.book
    if any(rate.name in c.figures for c in book.checks if c.relation in ("share", "shares_sum")):
        return  # a share another rule proposed already bounds it
    book.propose(
        "shares_sum",
        f"shares_sum([{rate.name}])",
        about=rate,
        why=f"a {nouns[-1].group().lower()} counts part of a group: at most 100 percent",
        figures=(rate.name,),
        suffix="_bounded",
    )
