"""Rounding: the values a written number may stand for, before any hedge.

:func:`_rounding_pair` gives a number's strict and lenient rounding intervals from its last
written digit, its trailing zeros and the policy; :func:`_unround` the values that round to
it under one rule; :func:`_hull` and :func:`abs_interval` combine and mirror them.
"""

from __future__ import annotations

from fractions import Fraction

from factcheck.intervals import Interval
from factcheck.reading.policy import ReadingPolicy

TYPE_CHECKING = False  # not typing's: ``factcheck read`` starts without importing typing
if TYPE_CHECKING:
    from typing import Final


def _hull(a: Interval, b: Interval) -> Interval:
    """``a.hull(b)`` for two bounded, non-empty intervals (rounding intervals are), comparing
    bounds as integers: ``p/q < r/s`` exactly when ``p*s < r*q``."""
    a_lo, b_lo, a_hi, b_hi = a.lo, b.lo, a.hi, b.hi
    if a_lo is None or b_lo is None or a_hi is None or b_hi is None:
        return a.hull(b)  # unbounded: not a rounding interval
    order = a_lo.numerator * b_lo.denominator - b_lo.numerator * a_lo.denominator
    if order < 0:
        lo, lo_closed = a_lo, a.lo_closed
    elif order > 0:
        lo, lo_closed = b_lo, b.lo_closed
    else:
        lo, lo_closed = a_lo, a.lo_closed or b.lo_closed
    order = a_hi.numerator * b_hi.denominator - b_hi.numerator * a_hi.denominator
    if order > 0:
        hi, hi_closed = a_hi, a.hi_closed
    elif order < 0:
        hi, hi_closed = b_hi, b.hi_closed
    else:
        hi, hi_closed = a_hi, a.hi_closed or b.hi_closed
    return Interval(lo, hi, lo_closed, hi_closed)


def abs_interval(interval: Interval) -> Interval:
    """The interval of magnitudes of a one-signed interval (mirrors a negative one)."""
    hi = interval.hi
    if hi is not None and hi.numerator <= 0:
        return -interval
    return interval


def _rounding_pair(
    value: Fraction, step: Fraction, trailing: int, pol: ReadingPolicy, *, percent: bool = False
) -> tuple[Interval, Interval, Fraction]:
    """Strict and lenient rounding intervals, and the step of the last significant digit.

    ``percent`` says the number is in percent, percentage points or basis points: the prose
    rule for trailing zeros rounds counts and amounts of 1,000 and more, never rates.
    When both readings are the same interval, the same object is returned twice.
    """
    significant_step = step * 10**trailing if trailing else step
    if pol.base is not None:
        interval = _unround(value, pol.base, pol.rounding)
        return interval, interval, max(pol.base, significant_step)
    mode = pol.trailing_zeros
    if trailing == 0 or mode == "significant":
        strict = _unround(value, step, pol.rounding)
        return strict, strict, significant_step
    if mode == "placeholders" or (
        mode == "prose" and not percent and abs(value) >= _ROUND_COUNT and step >= 1
    ):
        lenient = _unround(value, significant_step, pol.rounding)
        return lenient, lenient, significant_step
    strict = _unround(value, step, pol.rounding)
    return strict, _unround(value, significant_step, pol.rounding), significant_step


_ROUND_COUNT: Final = 1000
"""Whole numbers from here up, ending in zeros, are rounded counts in prose ("87,000")."""


def _unround(value: Fraction, step: Fraction, rule: str) -> Interval:
    """The numbers that round to ``value`` at ``step`` under ``rule`` (scrutiny's semantics).

    Bounds are built from integers (``value = p/q``, ``step = c/d``) with one ``Fraction``
    each: exact, and several times cheaper than Fraction arithmetic.
    """
    p, q = value.numerator, value.denominator
    c, d = step.numerator, step.denominator
    if rule in _NEAREST_RULES:
        # value -/+ step/2 = (2pd -/+ qc) / 2qd
        twice_pd, qc, den = 2 * p * d, q * c, 2 * q * d
        lo, hi = Fraction(twice_pd - qc, den), Fraction(twice_pd + qc, den)
        # lo < hi (the step is positive), so no end can make the interval empty.
        if rule == "up_or_down":
            return Interval._nonempty(lo, hi, True, True)
        if rule == "up":
            return Interval._nonempty(lo, hi, True, False)
        if rule == "down":
            return Interval._nonempty(lo, hi, False, True)
        last_digit_even = Fraction(p * d, q * c).numerator % 2 == 0  # even
        return Interval._nonempty(lo, hi, last_digit_even, last_digit_even)
    # value -/+ step = (pd -/+ qc) / qd
    pd, qc, den = p * d, q * c, q * d
    if rule == "ceiling":
        return Interval(Fraction(pd - qc, den), value, False, True)
    if rule == "floor":
        return Interval(value, Fraction(pd + qc, den), True, False)
    if rule == "trunc":
        if p > 0:
            return Interval(value, Fraction(pd + qc, den), True, False)
        if p < 0:
            return Interval(Fraction(pd - qc, den), value, False, True)
        return Interval(-step, step, False, False)
    if p > 0:  # anti_trunc: away from zero
        return Interval(Fraction(pd - qc, den), value, False, True)
    if p < 0:
        return Interval(value, Fraction(pd + qc, den), True, False)
    return Interval.point(0)


_NEAREST_RULES: Final = frozenset(["up_or_down", "up", "down", "even"])
