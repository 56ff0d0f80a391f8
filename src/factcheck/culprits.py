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
"fell") or in percentage points (a difference of two rates, of either sign), and a scale word
mistaken for its neighbour (million for billion); so does the figure a slip of print names,
read the other way (percent for percentage points, the ratio of two levels for the increase).

The order follows how a writer errs, from the likeliest slip to the least likely:

1. a slip of a word, which leaves the digits as they are (the sign, the scale word, percent
   for percentage points, "a 235 per cent increase" for a level 235 per cent of the old);
2. a slip of the last written digit, off by a few units, whatever the figure's size (but
   never by more than the figure itself: the only digit of "$1 trillion" is the figure, not
   a slip of it); among these, the likelier the more such slips (a small one weighing more)
   would have written the figure for a value that fits: "9.74" for a point near 9.7465
   takes a slip of one unit, "9.746" for a value at most 9.745 any of several;
3. a typo of the digits where no slip of the last digit explains the figure: a doubled digit
   dropped ("11,000" for 111,000), a digit doubled or dropped, two neighbours swapped;
4. any other change, the smaller relative to the stated value the likelier.

Within each, the figure a check works out from the others (the change of "growth(new, old)
== rise", a share, an amount per head: the one name alone on its side of an equality) needs
half the change of a figure it was worked out from.  That is what published corrections
show: of the errors in tests/errata/ that ``check`` catches, nearly all are in such a figure,
the levels having been copied from a table and the outcome worked out, or mis-worded, by the
writer.  So is the last share of a breakdown, the rest ("did not know") worked out as 100
less the others.  A total of parts is no such figure (it is copied with its parts).  And a
share a writer gave as under 100 % is not mended to one over it: a part written as a part
was not meant to exceed its whole, so the part or the whole is the slip, and the share comes
last.

Two slips of a word often explain a finding equally well: in a ratio, "336 billion" over
"238 million" is mended as well by reading the first in millions as the second in billions.
The check alone cannot tell them apart; the rest of the article can.  A writer keeps to one
order of magnitude for one quantity far more often than not, so among slips of a scale word
the likelier is the one that brings the figure in line with the article's other figures in
the same unit (the mean distance, in orders of magnitude, from them shrinks the most).  Then
comes the slip whose value lies the more fully within what the checks allow.

This module works on the engine's network through the callables the engine passes in, so it
imports nothing of the engine.
"""

from __future__ import annotations

__all__ = ["Culprit", "Trials", "find", "plain_display"]

import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from math import log10
from typing import Any, Final

from factcheck.engine.network import Network
from factcheck.intervals import Interval
from factcheck.model import Culprit
from factcheck.reading import Reading

_FREE = Interval(None, None)
_STATED = ("figure", "reference")
"""What may be a culprit: the article's figures, and the references the claim file states
(an exchange rate from the wrong day is as likely a slip as a figure)."""
_DIGIT_SLIP = 9
"""At most this many units of its last written digit, a change is a digit slip."""
_DIGIT_RANK = 10**6
"""How much smaller a digit slip ranks than the same relative change otherwise."""
_SCALE_SLIPS = (Fraction(1000), Fraction(1, 1000))
"""A scale word mistaken for its neighbour (thousand, million, billion, trillion)."""
_OUTCOME_WEIGHT = Fraction(1, 2)
"""The change a figure worked out from the others needs counts half: published corrections
are nearly always of such a figure (a change, a share, an amount per head), rarely of the
levels copied from a table that it was worked out from."""
_DIFFERENCES = ("percentage_point", "basis_point")
"""Units of a difference of rates, which has either sign."""


@dataclass(frozen=True, slots=True)
class Trials:
    """The engine's questions, asked on its network.

    ``regrade(checks)`` grades the checks again (under the network's current readings) and
    returns the ids of those still flagged (inconsistent, stretched or undecided);
    ``holds(checks)``, whether they all hold together under strict readings (proved: a
    solution found), the one question of a regrade that a lone finding needs;
    ``implied(name, checks, domain)`` is what the checks imply for a figure (strict readings
    where they allow a value, else lenient; empty when none), its own reading set aside for
    ``domain``, and the
    hull of the values solutions were found with (``None`` when none was).
    """

    regrade: Callable[[Sequence[Any]], set[str]]
    implied: Callable[[str, Sequence[Any], Interval], tuple[Interval, Interval | None]]
    check_id: Callable[[Any], str]
    holds: Callable[[Sequence[Any]], bool] | None = None


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
    named: Mapping[str, tuple[str, str]] | None = None,
    held: Collection[str] = (),
    partners: Mapping[str, Sequence[str]] | None = None,
    outcomes: Mapping[str, tuple[str, str]] | None = None,
    ungraded: Collection[str] = (),
) -> dict[str, tuple[Culprit, ...]]:
    """The culprits of each finding (check ids ``findings`` of ``group``), most likely first.

    ``named`` maps a finding to the figure a slip of print names (percent for points, a ratio
    for an increase) and how it would read: that figure, read so, clears it with no change of
    value.  ``outcomes`` maps a check to the figure it works out from the others and the
    relation that works it out ("share", "growth", "" for arithmetic).  ``held`` are the checks
    of the
    group that hold as the article stands: a change under which one of them no longer holds
    (or can no longer be shown to) mends nothing, and is no culprit.  ``partners`` maps a
    finding to the checks it conflicts with: their figures may be the culprit too (in a
    conflict under strict readings only the checks that rest on a figure read more narrowly
    are flagged, yet any figure of the conflict may be the slip).  ``ungraded`` are the
    checks of the group that a regrade never flags (uncheckable ones)."""
    if not findings:
        return {}
    flagged = set(findings)
    by_id = {trials.check_id(c): c for c in group}
    involved = {
        check_id
        for finding in findings
        for check_id in (finding, *(partners or {}).get(finding, ()))
        if check_id in by_id
    }
    candidates = sorted(
        {
            name
            for check_id in involved
            for name in by_id[check_id].names
            if name in var_of and name in readings and net.kinds[var_of[name]] in _STATED
        }
    )
    worked_out = {name for check_id, (name, _) in (outcomes or {}).items() if check_id in involved}
    shares = {name for name, relation in (outcomes or {}).values() if relation == "share"}
    rates = {name for name, relation in (outcomes or {}).values() if relation == "growth"}
    # A lone finding in a group whose other checks all hold: a change mends it only if every
    # check then holds, and whether they do is one question.  A regrade would go on, when
    # they do not, to find which are in conflict (QuickXplain, dozens of searches), and any
    # answer it gave would keep this figure from being a culprit: the finding stays flagged,
    # or a check that held no longer does.
    lone = (
        trials.holds is not None
        and len(flagged) == 1
        and set(by_id) <= flagged | set(held) | set(ungraded)
    )
    found: list[tuple[tuple[int, Fraction, Fraction, Fraction], str, Culprit]] = []
    for name in candidates:
        var = var_of[name]
        rate = name in rates
        free = _meant(net.lenient[var], readings[name], quotes.get(name, ""), rate)
        with net.read_as(var, free, free):
            if lone:
                assert trials.holds is not None
                if not trials.holds(group):
                    continue
                still: set[str] = set()
            else:
                still = trials.regrade(group)
            clears = tuple(c for c in findings if c not in still)
            if not clears or not still.isdisjoint(held):
                continue
            holding = [c for c in group if trials.check_id(c) not in still]
            fit, reached = trials.implied(name, holding, free)
        reading = readings[name]
        stated = net.strict[var]
        if fit.is_empty or _allows_as_written(fit, stated):
            # A figure the checks that then hold allow as written mends nothing: its findings
            # went only because the conflict was blamed on another check once it was free.
            continue
        # How far the figure must move: to a value a solution was found with, when one was
        # (the proved hull may be wider, even unbounded, where propagation cannot close it).
        quote = quotes.get(name, "")
        change = _change(stated, reached or fit, reading, quote, rate)
        if name in worked_out:
            change *= _OUTCOME_WEIGHT
        if name in shares and _past_the_whole(stated, fit):
            change += _PAST_WHOLE
        gain, cover = Fraction(0), Fraction(0)
        if change == 0:  # a slip of a word: which one, told apart by the article
            gain, cover = _word_slip_fit(name, stated, fit, reading, quote, readings, rate)
        culprit = _culprit(name, quote, fit, reading, clears)
        found.append(((-len(clears), change, -gain, -cover), name, culprit))
    for check_id, (name, read_as) in (named or {}).items():
        if check_id in flagged and name in readings and name in var_of:
            reading = readings[name]
            stated = net.strict[var_of[name]]
            culprit = _culprit(name, quotes.get(name, ""), stated, reading, (check_id,), read_as)
            # The slip explains it outright, with no change of value at all.
            found.append(((-1, Fraction(-1), Fraction(0), Fraction(0)), name, culprit))
    found.sort(key=lambda row: (row[0], row[1]))
    result: dict[str, list[Culprit]] = {check_id: [] for check_id in findings}
    seen: dict[str, set[str]] = {check_id: set() for check_id in findings}
    for _, name, culprit in found:
        for check_id in culprit.clears:
            if name not in seen[check_id]:
                seen[check_id].add(name)
                result[check_id].append(culprit)
    return {check_id: tuple(items) for check_id, items in result.items()}


_NOISE = Fraction(1, 10**9)
"""Relative to the values' size, how far a fit (a hull from outward-rounded floats) may reach
past its exact ends."""


_PAST_WHOLE = Fraction(10**6)
"""Added to the change of a share a writer gave as under 100 % that would have to be over it:
a part written as a part was not meant to exceed its whole, so its part or its whole is the
slip, and the share ranks after every other culprit."""


def _past_the_whole(stated: Interval, fit: Interval) -> bool:
    return stated.hi is not None and stated.hi <= 1 and fit.lo is not None and fit.lo > 1


def _allows_as_written(fit: Interval, stated: Interval) -> bool:
    """Whether ``fit`` takes in a value of ``stated`` by more than the float noise of its ends:
    they share a stretch wider than the noise, or ``fit`` is one value, within ``stated``."""
    common = fit.intersect(stated)
    if common.is_empty:
        return False
    ends = [abs(end) for end in (fit.lo, fit.hi, stated.lo, stated.hi) if end is not None]
    noise = _NOISE * max(ends, default=Fraction(1))
    width = common.width
    if width is None or width > noise:
        return True
    fit_width = fit.width
    return fit_width is not None and fit_width <= noise


def _meant(lenient: Interval, reading: Reading, quote: str, rate: bool = False) -> Interval:
    """The values the writer could have meant: any, for a change written with a direction
    word or in percentage points, or a rate of growth a check works out (its sign may be the
    slip: "the smallest increase, 1.2%" of a fall); otherwise of the sign the figure is
    written with (a level, a count or a share is not meant negative)."""
    if rate or _signed(reading, quote):
        return _FREE
    if lenient.lo is not None and lenient.lo >= 0:
        return Interval.at_least(0)
    if lenient.hi is not None and lenient.hi <= 0:
        return Interval.at_most(0)
    return _FREE


def _culprit(
    name: str,
    quote: str,
    fit: Interval,
    reading: Reading,
    clears: tuple[str, ...],
    read_as: str = "",
) -> Culprit:
    unit, factor = plain_display(reading)
    return Culprit(
        figure=name,
        quote=quote,
        would_fit=fit,
        unit=unit,
        display_factor=factor,
        clears=clears,
        read_as=read_as,
    )


def _change(
    stated: Interval, fit: Interval, reading: Reading, quote: str, rate: bool = False
) -> Fraction:
    """How far the figure must move from its stated interval to reach ``fit``, relative to
    the stated value (the distance over the stated value's size).  A slip the writer could
    have made (the sign of a change, a scale word) costs nothing."""
    for slipped in _slips(stated, reading, quote, rate):
        if slipped.overlaps(fit):
            return Fraction(0)
    ends = [abs(end) for end in (stated.lo, stated.hi) if end is not None]
    size = max(ends, default=Fraction(0)) or Fraction(1)
    if rate:
        # A rate of growth tells the ratio of two levels (1 + rate): a change of it is
        # measured on that ratio, the scale on which a change of either level moves it.
        size = max(
            (abs(1 + end) for end in (stated.lo, stated.hi) if end is not None), default=Fraction(1)
        ) or Fraction(1)
    relative = stated.distance(fit) / size
    step = reading.step * reading.multiplier
    if step > 0:
        # A typo is the explanation only where no slip of the last digit is.
        ways = _digit_slips(stated, fit, step, size) or _typos(stated, fit, reading)
        if ways:
            # A slip of the last written digit, off by a few units, whatever the figure's
            # size, ranks before any change the digits cannot explain; among such slips, the
            # likelier the more of them would have written this figure for a value that fits.
            return (1 / ways + relative / _DIGIT_RANK) / _DIGIT_RANK
    return relative


_TYPO_WEIGHT = Fraction(1, 10)
"""A typo of the digits (one dropped or doubled, or two swapped) weighs less than any slip of
the last digit (1/9 for nine units): it ranks after them, before changes no slip explains."""
_TYPO_FIT = Fraction(1, 10)
"""A typo is tried only against a fit at most this wide relative to its size: many edits of
the digits land in a wide one by chance."""
_WRITTEN: Final = re.compile(r"[0-9][0-9,]*(?:\.[0-9]+)?")


def _typos(stated: Interval, fit: Interval, reading: Reading) -> Fraction:
    """How likely a typo of the written digits wrote ``stated`` for a value in ``fit``: one
    of a doubled digit dropped ("11,000" for 111,000), a digit doubled, a digit dropped, or two
    neighbours swapped ("1.74" for 1.47), each edit read to the same precision as the
    figure."""
    if fit.lo is None or fit.hi is None or not _WRITTEN.fullmatch(reading.value or ""):
        return Fraction(0)
    size = max(abs(fit.lo), abs(fit.hi))
    if size == 0 or fit.hi - fit.lo > _TYPO_FIT * size:
        return Fraction(0)
    whole, _, decimals = reading.value.replace(",", "").partition(".")
    digits, places = whole + decimals, len(decimals)
    sign = -1 if reading.number < 0 else 1
    written = int(digits)
    edits = {digits[:i] + digits[i + 1 :] for i in range(len(digits))}
    edits |= {digits[:i] + digits[i] + digits[i:] for i in range(len(digits))}
    edits |= {
        digits[:i] + digits[i + 1] + digits[i] + digits[i + 2 :] for i in range(len(digits) - 1)
    }
    for edit in edits:
        if not edit or int(edit) == written:
            continue
        moved = sign * Fraction(int(edit) - written, 10**places) * reading.multiplier
        if (stated + moved).overlaps(fit):
            return _TYPO_WEIGHT
    return Fraction(0)


def _digit_slips(stated: Interval, fit: Interval, step: Fraction, size: Fraction) -> Fraction:
    """How likely a slip of the last written digit wrote ``stated`` for a value in ``fit``:
    the weight of the shifts by k units of that digit (1 <= |k| <= 9, a shift of k weighing
    1/|k|, small slips being the likelier) whose stated interval meets ``fit``.  A shift by
    more than the figure's ``size`` is no slip of a digit but another number ("$1 trillion"
    for $9 trillion: in a figure of one digit, the last digit is the figure)."""
    total = Fraction(0)
    for k in range(1, _DIGIT_SLIP + 1):
        if k * step > size:
            break
        for sign in (1, -1):
            if (stated + sign * k * step).overlaps(fit):
                total += Fraction(1, k)
    return total


def _signed(reading: Reading, quote: str) -> bool:
    """Whether the writer could have meant the figure with the other sign: a change written
    with a direction word, or a difference of rates (percentage or basis points), which
    "added 0.4 points" and "took 0.4 points off" both write."""
    from factcheck.signs import candidates

    if reading.unit in _DIFFERENCES and reading.number != 0:
        return True
    return bool(candidates(["x"], {"x": reading}, {"x": quote}))


def _slips(stated: Interval, reading: Reading, quote: str, rate: bool) -> Iterable[Interval]:
    for _, slipped in _slips_with_factors(stated, reading, quote, rate):
        yield slipped


def _word_slip_fit(
    name: str,
    stated: Interval,
    fit: Interval,
    reading: Reading,
    quote: str,
    readings: Mapping[str, Reading],
    rate: bool = False,
) -> tuple[Fraction, Fraction]:
    """How well the likeliest slip of a word explains the figure: how many orders of
    magnitude closer a slip of its scale word brings it to the article's other figures in the
    same unit (0 for the sign), and the share of the slipped reading that lies in ``fit``."""
    others = [
        magnitude
        for other, r in readings.items()
        if other != name and r.unit == reading.unit and (magnitude := _magnitude(r)) is not None
    ]
    written = _magnitude(reading)
    best: tuple[Fraction, Fraction] | None = None
    for factor, slipped in _slips_with_factors(stated, reading, quote, rate):
        cover = _cover(slipped, fit)
        if cover == 0:
            continue
        gain = Fraction(0)
        if factor != 1 and written is not None and others:
            # Negative when the slip takes the figure further from the others: a figure
            # already in line with them is the less likely slip.
            gain = _spread(written, others) - _spread(written * factor, others)
        found = (gain, cover)
        best = found if best is None else max(best, found)
    return best if best is not None else (Fraction(0), Fraction(0))


def _slips_with_factors(
    stated: Interval, reading: Reading, quote: str, rate: bool = False
) -> Iterable[tuple[Fraction, Interval]]:
    """Each slip of a word the figure could be, as (factor on its size, slipped reading): the
    sign of a change (written with a direction word, or a rate of growth a check works out,
    whose direction the sentence may word anywhere), a scale word."""
    if rate or _signed(reading, quote):
        yield Fraction(1), -stated
    if reading.scale:
        for factor in _SCALE_SLIPS:
            yield factor, stated.scale(factor)


def _magnitude(reading: Reading) -> Fraction | None:
    value = abs(reading.number) * reading.multiplier
    return value if value > 0 else None


def _spread(value: Fraction, others: Sequence[Fraction]) -> Fraction:
    """The mean distance of ``value`` from ``others``, in orders of magnitude (to a hundredth:
    a ranking needs no more)."""
    total = sum(abs(log10(float(value / other))) for other in others)
    return Fraction(round(100 * total / len(others)), 100)


def _cover(slipped: Interval, fit: Interval) -> Fraction:
    """The share of ``slipped`` (its width; all of it for a point) that lies in ``fit``."""
    common = slipped.intersect(fit)
    if common.is_empty:
        return Fraction(0)
    width, inside = slipped.width, common.width
    if not width or inside is None:
        return Fraction(1)
    return inside / width
