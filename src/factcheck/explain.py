"""Explanations in words: intervals in readable units, and the derivation behind a verdict."""

from __future__ import annotations

__all__ = [
    "culprit_sentence",
    "derivation",
    "display_of",
    "fit_words",
    "format_number",
    "show_interval",
]

from collections.abc import Mapping
from fractions import Fraction
from typing import TYPE_CHECKING

from factcheck.intervals import Interval, decimal_text
from factcheck.reading import Reading

if TYPE_CHECKING:
    from factcheck.engine import _Compiled
    from factcheck.model import Verdict


_NEGLIGIBLE = Fraction(1, 10**100)


def format_number(value: Fraction, digits: int = 4) -> str:
    """A short exact-looking rendering: exact decimals as they are, others to ``digits``
    significant digits (marked with "≈")."""
    if value and abs(value) < _NEGLIGIBLE:
        return "≈0"  # an outward-rounded zero (-4.9e-324): no reader wants its digits
    if value.denominator <= 10**12:
        text = decimal_text(value)
        if "/" not in text and len(text.replace("-", "").replace(".", "")) <= 12:
            return text
    rounded = f"{float(value):.{digits}g}"
    return f"≈{rounded}"


def show_interval(interval: Interval | None, factor: Fraction, unit: str) -> str:
    """``[17.2, 18.8] %``: an interval multiplied into the display unit."""
    if interval is None:
        return "—"
    if interval.is_empty:
        return "no room (the other checks cannot all hold)"
    if interval.lo is None and interval.hi is None:
        return "anything"
    left = "[" if interval.lo_closed else "("
    right = "]" if interval.hi_closed else ")"
    lo = "-∞" if interval.lo is None else format_number(interval.lo * factor)
    hi = "+∞" if interval.hi is None else format_number(interval.hi * factor)
    body = lo if interval.is_point else f"{left}{lo}, {hi}{right}"
    return f"{body} {unit}".rstrip()


def fit_words(
    lo: Fraction | None, hi: Fraction | None, lo_closed: bool, hi_closed: bool, unit: str
) -> str:
    """Where a culprit would have to lie, in words: ``between 17.4 and 18.5 %``, ``at least
    3``, ``2,000 USD``."""
    tail = f" {unit}" if unit else ""
    if lo is not None and hi is not None:
        if lo == hi:
            return f"{format_number(lo)}{tail}"
        return f"between {format_number(lo)} and {format_number(hi)}{tail}"
    if lo is not None:
        return f"{'at least' if lo_closed else 'more than'} {format_number(lo)}{tail}"
    if hi is not None:
        return f"{'at most' if hi_closed else 'less than'} {format_number(hi)}{tail}"
    return "any value"


def culprit_sentence(quote: str, figure: str, fit: str) -> str:
    """ "likely culprit: 'of 651 valid votes' — the article holds if it were 647"."""
    what = repr(quote) if quote else repr(figure)
    return f"likely culprit: {what} — the article holds if it were {fit}"


def display_of(item: _Compiled, readings: Mapping[str, Reading]) -> tuple[str, Fraction]:
    """The unit a check's intervals are shown in, and the factor from base units to it."""
    term = item.rhs or item.lhs
    if term is None:
        return "", Fraction(1)
    qtype = term.qtype
    if qtype.is_pp:
        return "pp", Fraction(100)
    if qtype.dimensionless:
        return ("%", Fraction(100)) if qtype.rate else ("", Fraction(1))
    unit = qtype.describe()
    stated = readings.get(term.figure) if term.figure is not None else None
    if stated is not None and stated.unit == unit:
        # The stated figure as the article writes it: "2,000 dollars per resident" in
        # dollars, even when the budget beside it is in billions.
        if not stated.scale:
            return unit, Fraction(1)
        return f"{stated.scale} {unit}", 1 / stated.multiplier
    scaled = [readings[n] for n in sorted(item.names) if n in readings and readings[n].scale]
    # The largest scale among figures in the check's own unit, else any figure's scale.
    in_unit = [r for r in scaled if r.unit == unit] or scaled[:1]
    if not in_unit:
        return unit, Fraction(1)
    largest = max(in_unit, key=lambda r: r.multiplier)
    return f"{largest.scale} {unit}", 1 / largest.multiplier


def _reading_line(name: str, reading: Reading) -> str:
    unit = reading.unit_text or ""
    strict = show_interval(reading.strict, Fraction(1), unit)
    lenient = show_interval(reading.lenient, Fraction(1), unit)
    hedge = f", hedged '{reading.hedge_text}'" if reading.hedge_text else ""
    same = strict == lenient
    readings = f"read as {strict}" if same else f"read strictly as {strict}, leniently as {lenient}"
    return f"{name}: {reading.text!r}{hedge} — {readings}"


def derivation(verdict: Verdict) -> tuple[str, ...]:
    """The chain from quotes to verdict, one line per step."""
    lines = [_reading_line(name, reading) for name, reading in verdict.figures.items()]
    lines.extend(f"{name}: {formula}" for name, formula in verdict.relations)
    condition = verdict.check.condition
    if verdict.implied is not None or verdict.stated is not None:
        lines.append(f"the check: {condition}")
        strict, lenient = verdict.shown(verdict.stated_strict), verdict.shown(verdict.stated)
        lines.append(f"stated, as the article words it: strict {strict}, lenient {lenient}")
        lines.append(f"implied by what it is compared with: {verdict.shown(verdict.implied)}")
    else:
        lines.append(f"the check: {condition}")
    if verdict.conflicts_with:
        lines.append("cannot hold together with: " + ", ".join(verdict.conflicts_with))
    if verdict.off_by is not None and verdict.off_by > 0:
        relative = (
            f" ({format_number(verdict.off_by_relative * 100, 3)} % of the stated value)"
            if verdict.off_by_relative is not None
            else ""
        )
        lines.append(
            f"misses by {format_number(verdict.off_by, 3)} {verdict.unit}{relative}".replace(
                "  ", " "
            )
        )
    hedge_note = _hedge_note(verdict)
    if hedge_note:
        lines.append(hedge_note)
    if verdict.reason:
        lines.append(verdict.reason)
    if verdict.culprits:
        lines.append(verdict.culprits[0].sentence())
        lines.extend(
            f"  or {c.sentence().removeprefix('likely culprit: ')}" for c in verdict.culprits[1:3]
        )
    lines.append(f"verdict: {verdict.grade}")
    return tuple(lines)


def _hedge_note(verdict: Verdict) -> str:
    """For a hedged figure that misses: how wide the hedge would have to be for it to hold."""
    if verdict.grade not in ("stretched", "inconsistent"):
        return ""
    name = verdict.claim_figure
    if name is None or name not in verdict.figures:
        return ""
    reading = verdict.figures[name]
    implied = verdict.implied
    if reading.hedge is None or implied is None or reading.number == 0:
        return ""
    written = reading.number * reading.multiplier
    if implied.hi is not None and implied.hi < written:
        needed = (written - implied.hi) / abs(written)
        return (
            f"holds only if '{reading.hedge_text}' allows a "
            f"{format_number(needed * 100, 2)} % shortfall"
        )
    if implied.lo is not None and implied.lo > written:
        needed = (implied.lo - written) / abs(written)
        return (
            f"holds only if '{reading.hedge_text}' allows an excess of "
            f"{format_number(needed * 100, 2)} %"
        )
    return ""
