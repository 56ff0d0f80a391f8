"""Culprits: which figure, changed alone, would let the article's findings hold.

For every check graded inconsistent or stretched, the engine asks of each figure the failing
checks use: with that figure's reading removed (the figure free to take any value) and every
other figure at its reading, do the findings of its group of checks go away, and what values
would the figure then have to take?  The answer comes from the same network and the same
solver as the verdicts: the group is graded again with the figure free, and the interval it
would have to lie in is what the checks that then hold imply for it (the machinery of implied
intervals).

A figure *clears* the findings that are no longer inconsistent or stretched once it is free.
Culprits are ordered by how many findings one change clears, then by how small the change is
relative to the stated value.  A change the writer could have meant by a slip of the pen
counts as no change: the sign of a change written with a direction word (a rise written
"fell"), and a scale word mistaken for its neighbour (million for billion); so does the
figure a percent/percentage-point slip names, read the other way.

This module works on the engine's network through the callables the engine passes in, so it
imports nothing of the engine.
"""

from __future__ import annotations

__all__ = ["Culprit", "Trials", "find", "plain_display"]

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from factcheck.engine.network import Network
from factcheck.intervals import Interval
from factcheck.model import Culprit
from factcheck.reading import Reading

_FREE = Interval(None, None)
_DIGIT_SLIP = 9
"""At most this many units of its last written digit, a change is a digit slip."""
_DIGIT_RANK = 10**6
"""How much smaller a digit slip ranks than the same relative change otherwise."""
_SCALE_SLIPS = (Fraction(1000), Fraction(1, 1000))
"""A scale word mistaken for its neighbour (thousand, million, billion, trillion)."""


@dataclass(frozen=True, slots=True)
class Trials:
    """The engine's questions, asked on its network.

    ``regrade(checks)`` grades the checks again (under the network's current readings) and
    returns the ids of those still flagged (inconsistent, stretched or undecided);
    ``implied(name, checks, domain)`` is what the checks imply for a figure (strict readings
    where they allow a value, else lenient; empty when none), its own reading set aside for
    ``domain``, and the
    hull of the values solutions were found with (``None`` when none was).
    """

    regrade: Callable[[Sequence[Any]], set[str]]
    implied: Callable[[str, Sequence[Any], Interval], tuple[Interval, Interval | None]]
    check_id: Callable[[Any], str]


def plain_display(reading: Reading) -> tuple[str, Fraction]:
    """The unit a figure's own values are shown in ("%", "pp", "billion CNY", "") and the
    factor from base units to it: the way the article writes the figure."""
    if reading.unit == "percent" or (reading.kind == "fraction" and reading.unit is None):
        return "%", Fraction(100)
    if reading.unit in ("percentage_point", "basis_point"):
        return "pp", Fraction(100)
    unit = " ".join(part for part in (reading.scale, reading.unit) if part)
    return unit, 1 / reading.multiplier


def find(
    net: Network,
    var_of: Mapping[str, int],
    readings: Mapping[str, Reading],
    quotes: Mapping[str, str],
    group: Sequence[Any],
    findings: Sequence[str],
    trials: Trials,
    *,
    named: Mapping[str, str] | None = None,
) -> dict[str, tuple[Culprit, ...]]:
    """The culprits of each finding (check ids ``findings`` of ``group``), most likely first.

    ``named`` maps a finding to a figure a percent/percentage-point slip names: that figure,
    read the other way, clears it with no change of value."""
    if not findings:
        return {}
    flagged = set(findings)
    by_id = {trials.check_id(c): c for c in group}
    candidates = sorted(
        {
            name
            for check_id in findings
            for name in by_id[check_id].names
            if name in var_of and name in readings and net.kinds[var_of[name]] == "figure"
        }
    )
    found: list[tuple[int, Fraction, str, Culprit]] = []
    for name in candidates:
        var = var_of[name]
        free = _meant(net.lenient[var], readings[name], quotes.get(name, ""))
        with net.read_as(var, free, free):
            still = trials.regrade(group)
            clears = tuple(c for c in findings if c not in still)
            if not clears:
                continue
            holding = [c for c in group if trials.check_id(c) not in still]
            fit, reached = trials.implied(name, holding, free)
        if fit.is_empty:
            continue
        reading = readings[name]
        stated = net.strict[var]
        # How far the figure must move: to a value a solution was found with, when one was
        # (the proved hull may be wider, even unbounded, where propagation cannot close it).
        change = _change(stated, reached or fit, reading, quotes.get(name, ""))
        culprit = _culprit(name, quotes.get(name, ""), fit, reading, clears)
        found.append((-len(clears), change, name, culprit))
    for check_id, name in (named or {}).items():
        if check_id in flagged and name in readings and name in var_of:
            reading = readings[name]
            stated = net.strict[var_of[name]]
            culprit = _culprit(name, quotes.get(name, ""), stated, reading, (check_id,))
            found.append((-1, Fraction(-1), name, culprit))  # the slip explains it outright
    found.sort(key=lambda row: (row[0], row[1], row[2]))
    result: dict[str, list[Culprit]] = {check_id: [] for check_id in findings}
    seen: dict[str, set[str]] = {check_id: set() for check_id in findings}
    for _, _, name, culprit in found:
        for check_id in culprit.clears:
            if name not in seen[check_id]:
                seen[check_id].add(name)
                result[check_id].append(culprit)
    return {check_id: tuple(items) for check_id, items in result.items()}


def _meant(lenient: Interval, reading: Reading, quote: str) -> Interval:
    """The values the writer could have meant: any, for a change written with a direction
    word (its sign may be the slip); otherwise of the sign the figure is written with (a
    level, a count or a share is not meant negative)."""
    from factcheck.signs import candidates

    if candidates(["x"], {"x": reading}, {"x": quote}):
        return _FREE
    if lenient.lo is not None and lenient.lo >= 0:
        return Interval.at_least(0)
    if lenient.hi is not None and lenient.hi <= 0:
        return Interval.at_most(0)
    return _FREE


def _culprit(
    name: str, quote: str, fit: Interval, reading: Reading, clears: tuple[str, ...]
) -> Culprit:
    unit, factor = plain_display(reading)
    return Culprit(
        figure=name,
        quote=quote,
        would_fit=fit,
        unit=unit,
        display_factor=factor,
        clears=clears,
    )


def _change(stated: Interval, fit: Interval, reading: Reading, quote: str) -> Fraction:
    """How far the figure must move from its stated interval to reach ``fit``, relative to
    the stated value (the distance over the stated value's size).  A slip the writer could
    have made (the sign of a change, a scale word) costs nothing."""
    for slipped in _slips(stated, reading, quote):
        if slipped.overlaps(fit):
            return Fraction(0)
    ends = [abs(end) for end in (stated.lo, stated.hi) if end is not None]
    size = max(ends, default=Fraction(0)) or Fraction(1)
    relative = stated.distance(fit) / size
    step = reading.step * reading.multiplier
    if step > 0:
        steps = stated.distance(fit) / step
        if steps <= _DIGIT_SLIP:
            # A slip of a digit or two: the last written digit off by a few units, whatever
            # the figure's size.  It ranks before any change the digits cannot explain.
            return (steps + relative) / _DIGIT_RANK
    return relative


def _slips(stated: Interval, reading: Reading, quote: str) -> Iterable[Interval]:
    from factcheck.signs import candidates

    if candidates(["x"], {"x": reading}, {"x": quote}):
        yield -stated
    if reading.scale:
        for factor in _SCALE_SLIPS:
            yield stated.scale(factor)
