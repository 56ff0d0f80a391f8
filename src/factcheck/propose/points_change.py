"""A rate's change in points: "fell 0.2 percentage points to 4.1%, from 4.3%", "up 1.3
points from 40.2% to 41.5%", "rose 0.7 of a point to 4.7%": the points are the later rate less
the earlier one, wherever the words state both; otherwise the change has the sign its verb
gives it.  Moved out of :mod:`factcheck.propose.comparisons`, next to
:mod:`factcheck.propose.point_pairs`, whose earlier rates it reads."""

from __future__ import annotations

__all__ = ["_points_change"]

import re
from fractions import Fraction
from typing import Final

from factcheck.propose.book import is_points, is_rate
from factcheck.propose.context import _POINTS_CHANGE, _THAN, _TO, _lead, _Sentence
from factcheck.propose.point_pairs import stated_from
from factcheck.propose.sentences import Mention

_OVER_TO: Final = re.compile(
    r"^\s*(?:over|in|during|for)\s+(?:the\s+)?(?:past\s+|last\s+|latest\s+)?"
    r"(?:month|quarter|year|week|period)\s*,?\s*to\s*$",
    re.I,
)
"""'fell 2.2 percentage points over the month to 11.1 percent': a period between the change
and the rate it led to."""


_FROM: Final = re.compile(
    r"^(?:\s*(?:percentage\s+)?points?\b)?(?:\s+(?:in|over|during)\s+(?:the\s+)?(?:last|past)?\s*(?:month|year|week|quarter))?"
    r"\s*,?\s*from\s*$",
    re.I,
)
"""Between a change in points and the rate it went from: ', from', 'in the last month, from'."""
_BARE_TO: Final = re.compile(r"^\s*to\s*$", re.I)


def _points_from_to(state: _Sentence, i: int) -> bool:
    """'dropped 27 points, from 52 percent to 38 percent': a signed change in points and the
    two rates it joins; bare 'points' between two rates are percentage points."""
    members, book = state.members, state.book
    points = members[i]
    bare = (
        points.reading.kind == "number"
        and points.reading.unit is None
        and str(points.reading.label or "").lower() in ("point", "points")
    )
    if not (is_points(points) or bare) or not points.reading.direction or i + 2 >= len(members):
        return False
    start, end = members[i + 1], members[i + 2]
    if not (is_rate(start) and is_rate(end)) or start.reading.unit != end.reading.unit:
        return False
    if not (
        _FROM.match(state.between(points, start) + _lead(start))
        and _BARE_TO.match(state.between(start, end) + _lead(end))
    ):
        return False
    if re.search(r"\brespectively\b", state.after(end)):
        return False  # "fell 4 points and rose 6 points, from 30% to 26% and ..., respectively"
    if _bare_word(points) and _beyond_any_gap(points, start, end):
        # "raised by 75 points, from 2.25% to 3%": the reader took them for percentage points
        per = " / 1 percentage_point" if points.reading.unit else ""
        value = f"{points.name}{per} * 1 basis_point"
    elif bare:
        value = f"{points.name} * 1 percentage_point"
    else:
        value = points.name
    book.propose(
        "gap",
        f"gap({end.name}, {start.name}) == {value}",
        about=points,
        quote=book.passage(points, end),
        why="a rate's change in points, and the rates it went from and to",
        figures=(end.name, start.name, points.name),
        suffix="_change",
    )
    return True


_NAMED_POINTS: Final = re.compile(r"(?:percentage|percent|per\s+cent)[\s-]+points?\b", re.I)


def _bare_word(points: Mention) -> bool:
    """Whether ``points`` is written 'points' alone, not 'percentage points'."""
    return points.reading.unit in (None, "percentage_point") and not _NAMED_POINTS.search(
        points.located.text
    )


def _beyond_any_gap(points: Mention, start: Mention, end: Mention) -> bool:
    """Whether no two rates as stated are as many percentage points apart as ``points``
    says: 'points' between them are then basis points ('75 points, from 2.25% to 3%')."""
    lo, hi = points.reading.strict.lo, points.reading.strict.hi
    ends = [(m.reading.strict.lo, m.reading.strict.hi) for m in (start, end)]
    if lo is None or hi is None or lo * hi <= 0:
        return False
    widest = Fraction(0)
    for a, b in ends:
        if a is None or b is None:
            return False
        widest += max(abs(a), abs(b))
    return min(abs(lo), abs(hi)) > widest


def _points_change(state: _Sentence, i: int) -> None:
    """'fell 2 percentage points to 40 percent'; 'a 0.9-percentage-point increase' after a
    share: a rate's change in points."""
    members, book = state.members, state.book
    points = members[i]
    if _points_from_to(state, i):
        return
    if not is_points(points) or _THAN.match(state.after(points)):
        return
    after = members[i + 1] if i + 1 < len(members) else None
    between = state.between(points, after) if after is not None else ""
    if after is not None and is_rate(after) and (_TO.match(between) or _OVER_TO.match(between)):
        earlier = stated_from(state, after)  # "to 4.1%, from 4.3%"
        if earlier is not None:
            book.propose(
                "gap",
                f"gap({after.name}, {earlier.name}) == {points.name}",
                about=points,
                quote=book.passage(points, earlier),
                why="a rate's change in percentage points, the rate it reached and the one "
                "it came from",
                figures=(after.name, earlier.name, points.name),
            )
            return
        previous = book.unknown(
            f"{after.name}_previous", "percent", f"{after.name} before the change", bounds=None
        )
        book.propose(
            "gap",
            f"gap({after.name}, {previous}) == {points.name}",
            about=points,
            quote=book.passage(points, after),
            why="a rate's change in percentage points, and the rate it reached",
            figures=(after.name, points.name),
        )
        return
    if state.share is None or not (
        points.reading.direction or _POINTS_CHANGE.match(state.after(points))
    ):
        return
    rate, part, whole = state.share
    names = [m.name for m in members]
    if rate in names and any(is_rate(m) for m in members[names.index(rate) + 1 : i]):
        return  # "35.9 per cent of generation, ..., low carbon made 51.5 per cent, 3.2
        # percentage points down": the points change the rate just before them
    unit = book.main_unit()
    part_unit = book.by_name[part].reading.unit if part in book.by_name else unit
    whole_unit = book.by_name[whole].reading.unit if whole in book.by_name else unit
    book.propose(
        "share_change",
        f"share_change({part}, {book.previous(part, part_unit or '')}, {whole}, "
        f"{book.previous(whole, whole_unit or '')}) == {points.name}",
        about=points,
        why="the change of the share just stated, in percentage points",
        figures=tuple(
            n
            for n in (part, whole, state.share[0], points.name)
            if n in book.by_name and n != state.share[0]
        ),
        severity="warn",
    )
