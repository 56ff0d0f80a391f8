"""Exact arithmetic on the ends of intervals, for :mod:`factcheck.intervals`.

An end is a :class:`fractions.Fraction`, or ``None`` for an unbounded side, with a flag for
whether it is a member (closed).  Nothing here knows the ``Interval`` class: these functions
take and return ends, so the class keeps its operators and this module the case analysis of
corners, tighter ends and products with infinity.
"""

from __future__ import annotations

__all__ = [
    "decimal_text",
    "endpoint_product",
    "less",
    "minus",
    "over",
    "plus",
    "product_ends",
    "reciprocal_ends",
    "tighter_hi",
    "tighter_lo",
]

from fractions import Fraction

_ZERO = Fraction(0)


def decimal_text(value: Fraction) -> str:
    """The exact decimal text of ``value`` when it has one (``"64.05"``), else ``"p/q"``.

    A fraction has a terminating decimal expansion exactly when its reduced denominator has no
    prime factor other than 2 and 5; every bound read from written digits is of that kind.
    """
    numerator, denominator = value.numerator, value.denominator
    twos = fives = 0
    rest = denominator
    while rest % 2 == 0:
        rest //= 2
        twos += 1
    while rest % 5 == 0:
        rest //= 5
        fives += 1
    if rest != 1:
        return f"{numerator}/{denominator}"
    digits = max(twos, fives)
    scaled = numerator * 10**digits // denominator
    sign = "-" if scaled < 0 else ""
    text = str(abs(scaled)).rjust(digits + 1, "0")
    if digits == 0:
        return sign + text
    whole, frac = text[:-digits], text[-digits:]
    return f"{sign}{whole}.{frac}"


# Exact arithmetic on bounds through their integers: one ``Fraction`` (one gcd) per result,
# and comparisons by cross-multiplication, several times cheaper than Fraction's operators.
def plus(a: Fraction, b: Fraction) -> Fraction:
    return Fraction(a.numerator * b.denominator + b.numerator * a.denominator,
                    a.denominator * b.denominator)  # fmt: skip


def minus(a: Fraction, b: Fraction) -> Fraction:
    return Fraction(a.numerator * b.denominator - b.numerator * a.denominator,
                    a.denominator * b.denominator)  # fmt: skip


def over(a: Fraction, b: Fraction) -> Fraction:
    """``a / b`` for ``b > 0``."""
    return Fraction(a.numerator * b.denominator, a.denominator * b.numerator)


def less(a: Fraction, b: Fraction) -> bool:
    return a.numerator * b.denominator < b.numerator * a.denominator


def tighter_lo(
    a: Fraction | None, a_closed: bool, b: Fraction | None, b_closed: bool
) -> tuple[Fraction | None, bool]:
    if a is None:
        return b, b_closed
    if b is None or a > b:
        return a, a_closed
    if b > a:
        return b, b_closed
    return a, a_closed and b_closed


def tighter_hi(
    a: Fraction | None, a_closed: bool, b: Fraction | None, b_closed: bool
) -> tuple[Fraction | None, bool]:
    if a is None:
        return b, b_closed
    if b is None or a < b:
        return a, a_closed
    if b < a:
        return b, b_closed
    return a, a_closed and b_closed


def endpoint_product(
    a: Fraction | None,
    a_closed: bool,
    a_side: int,
    b: Fraction | None,
    b_closed: bool,
    b_side: int,
) -> tuple[Fraction | None, int, bool]:
    """The product of two endpoints in the extended reals, and whether it is attained.

    ``None`` endpoints are infinite on their ``side``.  ``0 * inf`` counts as 0: infinity is
    never a member, and the bound it stands for is approached through finite products.  A
    product is attained when both endpoints are members, or when one is a member equal to zero
    (zero times any member of the other side is zero).
    """
    if a is None or b is None:
        zero_a = a is not None and a == 0
        zero_b = b is not None and b == 0
        if zero_a or zero_b:
            attained = (zero_a and a_closed) or (zero_b and b_closed)
            return _ZERO, 0, attained
        sign_a = a_side if a is None else (1 if a > 0 else -1)
        sign_b = b_side if b is None else (1 if b > 0 else -1)
        return None, sign_a * sign_b, False
    value = a * b
    attained = (a_closed and b_closed) or (a == 0 and a_closed) or (b == 0 and b_closed)
    return value, 0, attained


def product_ends(
    a_lo: Fraction | None,
    a_hi: Fraction | None,
    a_lo_closed: bool,
    a_hi_closed: bool,
    b_lo: Fraction | None,
    b_hi: Fraction | None,
    b_lo_closed: bool,
    b_hi_closed: bool,
) -> tuple[Fraction | None, Fraction | None, bool, bool]:
    """The ends ``(lo, hi, lo_closed, hi_closed)`` of ``[a_lo, a_hi] * [b_lo, b_hi]`` (open or
    closed as flagged, ``None`` unbounded), for two nonempty intervals neither of which is the
    point zero: the least and greatest of the four corner products in the extended reals, each
    end closed when a corner that reaches it is attained (:func:`endpoint_product`)."""
    lo_val: Fraction | None = None
    lo_inf = False
    lo_closed = False
    hi_val: Fraction | None = None
    hi_inf = False
    hi_closed = False
    first = True
    for a, a_closed, a_side in (
        (a_lo, a_lo_closed, -1),
        (a_hi, a_hi_closed, 1),
    ):
        for b, b_closed, b_side in (
            (b_lo, b_lo_closed, -1),
            (b_hi, b_hi_closed, 1),
        ):
            value, sign, attained = endpoint_product(a, a_closed, a_side, b, b_closed, b_side)
            # sign: 0 for a finite value, -1 for -inf, +1 for +inf
            if first:
                lo_val, lo_inf, lo_closed = value, sign < 0, attained
                hi_val, hi_inf, hi_closed = value, sign > 0, attained
                first = False
                continue
            # lower bound
            if not lo_inf:
                if sign < 0:
                    lo_inf, lo_val, lo_closed = True, None, False
                elif sign == 0 and value is not None and lo_val is not None:
                    if value < lo_val:
                        lo_val, lo_closed = value, attained
                    elif value == lo_val:
                        lo_closed = lo_closed or attained
                elif sign == 0 and lo_val is None:
                    lo_val, lo_closed = value, attained
            # upper bound
            if not hi_inf:
                if sign > 0:
                    hi_inf, hi_val, hi_closed = True, None, False
                elif sign == 0 and value is not None and hi_val is not None:
                    if value > hi_val:
                        hi_val, hi_closed = value, attained
                    elif value == hi_val:
                        hi_closed = hi_closed or attained
                elif sign == 0 and hi_val is None:
                    hi_val, hi_closed = value, attained
    return (
        None if lo_inf else lo_val,
        None if hi_inf else hi_val,
        lo_closed and not lo_inf,
        hi_closed and not hi_inf,
    )


def reciprocal_ends(
    lo: Fraction | None, hi: Fraction | None, lo_closed: bool, hi_closed: bool
) -> tuple[Fraction | None, Fraction | None, bool, bool] | None:
    """The ends of ``{1/x : x in [lo, hi], x != 0}`` for a nonempty interval on one side of
    zero that is not the point zero and not bounded away from it on both sides (the caller
    takes that case by ``1/hi, 1/lo``); ``None`` when the interval straddles zero."""
    if lo is not None and lo >= 0:
        # Positive side (0 itself, if closed, has no reciprocal and is dropped).
        new_lo = _ZERO if hi is None else 1 / hi
        new_lo_closed = hi is not None and hi_closed
        if lo == 0:
            return (new_lo, None, new_lo_closed, False)
        return (new_lo, 1 / lo, new_lo_closed, lo_closed)
    if hi is not None and hi <= 0:
        new_hi = _ZERO if lo is None else 1 / lo
        new_hi_closed = lo is not None and lo_closed
        if hi == 0:
            return (None, new_hi, False, new_hi_closed)
        return (1 / hi, new_hi, hi_closed, new_hi_closed)
    return None
