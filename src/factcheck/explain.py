"""Explanations in words: intervals in readable units, and the derivation behind a verdict."""

from __future__ import annotations

__all__ = [
    "culprit_sentence",
    "derivation",
    "fit_words",
    "format_number",
    "show_interval",
]

from fractions import Fraction
from typing import TYPE_CHECKING

from factcheck.intervals import Interval
from factcheck.numbers_format import amount, gap_unit
from factcheck.reading import Reading

if TYPE_CHECKING:
    from factcheck.model import Verdict


def format_number(value: Fraction, digits: int = 4) -> str:
    """A short rendering: exact decimals as they are, others to ``digits`` significant digits
    (marked with "≈"); never an exponent (see :mod:`factcheck.numbers_format`)."""
    from factcheck.numbers_format import number

    return number(value, digits=digits)


def show_interval(interval: Interval | None, factor: Fraction, unit: str) -> str:
    """``17.35–18.51 %``: an interval multiplied into the display unit, in words
    (:func:`factcheck.numbers_format.interval_words`)."""
    from factcheck.numbers_format import interval_words

    return interval_words(interval, factor, unit)


def fit_words(
    lo: Fraction | None, hi: Fraction | None, lo_closed: bool, hi_closed: bool, unit: str
) -> str:
    """Where a culprit would have to lie, in words, its ends rounded outward as people write
    numbers: ``between 17.39 and 18.51 %``, ``at least 3``, ``2,000 USD``."""
    from factcheck.numbers_format import number

    tail = f" {unit}" if unit else ""
    if lo is not None and hi is not None:
        if lo == hi:
            return f"{number(lo)}{tail}"
        low, high = number(lo, direction="down"), number(hi, direction="up")
        return f"between {low} and {high}{tail}"
    if lo is not None:
        return f"{'at least' if lo_closed else 'more than'} {number(lo, direction='down')}{tail}"
    if hi is not None:
        return f"{'at most' if hi_closed else 'less than'} {number(hi, direction='up')}{tail}"
    return "any value"


def culprit_sentence(quote: str, figure: str, fit: str) -> str:
    """ "likely culprit: 'of 651 valid votes' — the article holds if it were 647"."""
    what = repr(quote) if quote else repr(figure)
    return f"likely culprit: {what} — the article holds if it were {fit}"


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
        lines.append(_miss_line(verdict.off_by, verdict.off_by_relative, verdict.unit))
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
            f"{amount(needed * 100, direction='up')} % shortfall"
        )
    if implied.lo is not None and implied.lo > written:
        needed = (implied.lo - written) / abs(written)
        return (
            f"holds only if '{reading.hedge_text}' allows an excess of "
            f"{amount(needed * 100, direction='up')} %"
        )
    return ""


def _miss_line(off_by: Fraction, relative: Fraction | None, unit: str) -> str:
    """``misses by 0.49 pp (2.5 % of the stated value)``: the gap rounded down (it misses by
    at least that), in percentage points when the values are percentages."""
    share = "" if relative is None else f" ({amount(relative * 100)} % of the stated value)"
    return f"misses by {amount(off_by)} {gap_unit(unit)}".rstrip() + share
