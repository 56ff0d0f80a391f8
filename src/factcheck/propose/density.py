"""A count per unit of area beside the count and the area it comes from: "one million trees
on 26.1 sq km, about 38 trees per sq m"; "4.2 million people on 70,000 square kilometres,
60 people per square kilometre".

A density is its count over its area, in the unit the words name: the check converts the
area ('sq km' to 'sq m') exactly, so a slip of a factor of a million shows.  The count must
be of the density's own noun ('trees' ... 'trees per'), plain (no direction), and stated in
the density's sentence with one area; a warning, since the words tie the three.
"""

from __future__ import annotations

__all__ = ["density_of_area"]

import re
from typing import Final

from factcheck.propose.book import is_amount, is_count
from factcheck.propose.context import _Sentence
from factcheck.propose.naming import stem
from factcheck.propose.sentences import Mention
from factcheck.reading.lexicon import _UNIT_WORDS

_AREA_UNITS: Final = frozenset(
    {"square_kilometer", "square_meter", "square_foot", "square_mile", "hectare", "acre"}
)
_PER_AREA: Final = re.compile(
    r"\s+(?P<noun>[^\W\d_]+)\s+(?:per|a|an|each|for\s+every)\s+(?P<unit>square\s+"
    r"(?:kilomet(?:re|er)|met(?:re|er)|foot|feet|mile)s?|sq\s+(?:km|m|metres|ft|miles)|km2|km²|"
    r"m²|hectares?|acres?)\b",
    re.IGNORECASE,
)
"""After a density: its noun, then the unit of area it is per ('trees per sq m')."""


def _noun_after(text: str, m: Mention) -> str:
    found = re.match(r"\s+([^\W\d_]+)", text[m.end : m.end + 40])
    return stem(found.group(1)) if found else ""


def density_of_area(state: _Sentence, i: int) -> None:
    """Propose that a density per unit of area is its count over its area."""
    members, text = state.members, state.text
    density = members[i]
    if not is_count(density) or density.reading.direction:
        return
    per = _PER_AREA.match(text, density.end)
    if per is None:
        return
    unit = _UNIT_WORDS.get(" ".join(per["unit"].lower().split()))
    if unit not in _AREA_UNITS:
        return
    noun = stem(per["noun"])
    others = [m for m in members if m is not density]
    areas = [m for m in others if is_amount(m) and m.reading.unit in _AREA_UNITS]
    counts = [
        m
        for m in others
        if is_count(m) and not m.reading.direction and noun in {_noun_after(text, m)}
    ]
    if len(areas) != 1 or len(counts) != 1 or areas[0].reading.direction:
        return
    area, count = areas[0], counts[0]
    state.book.propose(
        "equal",
        f"{density.name} == {count.name} / {area.name} * (1 {unit})",
        about=density,
        quote=state.book.passage(*sorted((area, count, density), key=lambda m: m.start)),
        why="a count per unit of area, beside the count and the area: the count over the "
        "area, in the density's unit",
        figures=(count.name, area.name, density.name),
        severity="warn",
        suffix="_density",
    )
