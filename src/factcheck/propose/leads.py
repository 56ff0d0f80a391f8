"""A lead in points: the difference of two shares of one sentence.

- "gives the Conservatives a three-point lead, 33% to 30%": the two shares joined by "to";
- "Labour leads the Conservatives by two points: Labour is on 34%, the Conservatives on
  32%, ...": the share each named side is on, found by its name;

The lead is the larger share less the smaller (``gap(larger, smaller) == lead``): which side
leads is left to the words, so a lead given to the trailing side is not flagged.  A number of
points beside "margin of error", "plus or minus" or a change of the lead ("extended its lead
by two points") is no lead of two shares.
"""

from __future__ import annotations

__all__ = ["lead_of_shares"]

import itertools
import re
from typing import Final

from factcheck.propose.book import is_points, is_rate
from factcheck.propose.context import _lead, _Sentence
from factcheck.propose.sentences import Mention

_POINTS_AFTER: Final = re.compile(r"^[\s-]*(?:percentage[\s-]+)?points?\b", re.I)
_LEAD_AFTER: Final = re.compile(
    r"^[\s-]*(?:percentage[\s-]+)?points?\s+(?:lead|advantage|edge|ahead)\b(?!\s+(?:of|over)"
    r"\s+(?:the\s+)?(?:last|previous|a\s+week|a\s+month))",
    re.I,
)
_LED_BY: Final = re.compile(
    r"\b(?P<verb>leads|led|leading|trails|trailed|trailing|"
    r"(?<!its\s)(?<!their\s)(?<!the\s)(?<!a\s)(?<!his\s)(?<!her\s)lead)\s+(?P<other>(?:[\w'’.-]+\s+){1,4}?)"
    r"by\s*$",
    re.I,
)
_NOT_A_LEAD: Final = re.compile(
    r"\b(?:error|sampling|confidence|plus\s+or\s+minus|extend\w*|widen\w*|narrow\w*|cut|"
    r"grew|grow\w*|shr[aiu]nk\w*|increas\w*|decreas\w*|up\s+from|down\s+from)\b|±",
    re.I,
)
_PAIR: Final = re.compile(r"^\s*(?:to|-|–)\s*$", re.I)


def _share(m: Mention) -> bool:
    reading = m.reading
    return (
        is_rate(m)
        and reading.unit == "percent"
        and not reading.direction
        and reading.hedge is None
        and reading.number <= 100
    )


def _bare(word: str) -> str:
    """A name without its punctuation and possessive ('Labour's' -> 'Labour')."""
    return re.sub(r"['’]s?$", "", word.strip(",.:;"))


def _named(state: _Sentence, name: str, shares: list[Mention]) -> Mention | None:
    """The one share whose words before it name ``name`` ('Labour is on 34%')."""
    found = [
        m
        for m in shares
        if re.search(rf"\b{re.escape(name)}\b", state.text[m.local[0] : m.start], re.I)
    ]
    return found[0] if len(found) == 1 else None


def _sides(state: _Sentence, lead: Mention, shares: list[Mention]) -> tuple[Mention, ...]:
    """The two shares the lead is the difference of, or none."""
    led = _LED_BY.search(state.text[lead.sentence[0] : lead.start])
    if led is not None:
        subject = state.text[lead.sentence[0] : lead.sentence[0] + led.start()].split()
        other = led.group("other").split()
        if subject and other:
            first = _named(state, _bare(subject[-1]), shares)
            second = _named(state, _bare(other[-1]), shares)
            if first is not None and second is not None and first is not second:
                return (first, second)
    members = state.members
    pairs = [
        (a, b)
        for a, b in itertools.pairwise(members)
        if a in shares and b in shares and _PAIR.match(state.between(a, b) + _lead(b))
    ]
    # the pair must follow the lead with no other lead between ("a 10-point advantage on the
    # economy and a three-point edge on the generic ballot, 45% to 42%": the pair is the
    # edge's); two shares not joined by "to" are no sides ("46% to Trump's 44% overall, has
    # a 12-point lead among women", "36% and a three-point lead over the Conservatives")
    pairs = [
        (a, b)
        for a, b in pairs
        if not any(is_points(m) or _POINTS_AFTER.match(state.text[m.end : m.end + 20])
                   for m in members if m is not lead and min(a.start, lead.start) < m.start
                   < max(a.start, lead.start))
    ]  # fmt: skip
    if len(pairs) == 1:
        return pairs[0]
    return ()


_CLAUSE_BREAK: Final = re.compile(r";|,\s+(?:and|while|but|whereas)\s+", re.I)


def _clause(state: _Sentence, m: Mention) -> tuple[int, int]:
    """The span of the clause of ``m``: its sentence cut at semicolons and at ", and", ",
    while", ", but" ("Gallup had him 8 points ahead, and a Diageo-Hotline poll gave Obama 47
    percent to McCain's 41 percent": the shares of another pollster's clause are not the
    sides of this lead)."""
    start, end = m.sentence
    cuts = list(_CLAUSE_BREAK.finditer(state.text, start, end))
    first = max((c.end() for c in cuts if c.end() <= m.start), default=start)
    last = min((c.start() for c in cuts if c.start() >= m.end), default=end)
    return (first, last)


def lead_of_shares(state: _Sentence, i: int) -> None:
    """'a three-point lead, 33% to 30%': the lead is the gap between the two shares."""
    lead = state.members[i]
    reading = lead.reading
    if reading.kind != "number" or reading.direction or reading.hedge is not None:
        return
    if reading.unit is not None and not is_points(lead):
        return
    after = state.text[lead.end : lead.end + 40]
    before = state.text[lead.sentence[0] : lead.start]
    if is_points(lead):
        after = "points" + after  # the unit was read with the number
    if not (_LEAD_AFTER.match(after) or (_POINTS_AFTER.match(after) and _LED_BY.search(before))):
        return
    if _NOT_A_LEAD.search(before[-40:] + state.text[lead.start : lead.end + 40]):
        return
    first, last = _clause(state, lead)
    shares = [
        m
        for m in state.members
        if m is not lead and _share(m) and first <= m.start and m.end <= last
    ]
    sides = _sides(state, lead, shares)
    if len(sides) != 2:
        return
    high, low = sorted(sides, key=lambda m: m.reading.number, reverse=True)
    value = lead.name if is_points(lead) else f"{lead.name} * 1 percentage_point"
    state.book.propose(
        "gap",
        f"gap({high.name}, {low.name}) == {value}",
        about=lead,
        quote=state.book.passage(*sorted((lead, *sides), key=lambda m: m.start)),
        why="a lead in points is the larger of two shares less the smaller",
        figures=(high.name, low.name, lead.name),
        suffix="_lead",
    )
