"""Property tests for :mod:`factcheck.intervals` against exact Fraction arithmetic.

Soundness: for sampled exact members ``x in a`` and ``y in b``, the exact Fraction ``x op y``
lies in ``a op b``.  Tightness, where the exact answer is an interval: the result equals an
independent reference built from the endpoints, open and closed ends included.
"""

from __future__ import annotations

import math
import operator
import re
from collections.abc import Callable, Iterable
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from factcheck import EMPTY, ENTIRE, Interval, IntervalError
from factcheck.intervals import decimal_text

F = Fraction
BIG = 10**30
TINY = F(1, BIG)
HAIR = F(1, 10**70)  # far below every gap the strategies produce: "just beside" an endpoint

Sample = tuple[Interval, tuple[Fraction, ...]]

# Budgets: + - * / share one test (each example checks all four on every pair of sampled
# points) and the exponents -3..4 share another, so with the tightness and exactness tests
# every operation gets several thousand exact checks while the file runs in about 15 s.
BINARY = settings(max_examples=1000, deadline=None)
PROPERTY = settings(max_examples=400, deadline=None)
QUICK = settings(max_examples=200, deadline=None)


# -- strategies -------------------------------------------------------------------------------

values = st.one_of(
    st.integers(-10, 10).map(F),
    st.builds(F, st.integers(-(10**7), 10**7), st.integers(1, 10**4)),
    st.builds(lambda n, k: F(n, 10**k), st.integers(-(10**7), 10**7), st.integers(0, 6)),
    st.integers(-999, 999).map(lambda n: F(n * BIG)),
    st.integers(-999, 999).map(lambda n: F(n, BIG)),
)
"""Exact numbers: small integers, ratios, written decimals like 64.05, huge and tiny ones."""

magnitudes = st.one_of(
    st.builds(F, st.integers(1, 10**9), st.integers(1, 10**4)),
    st.integers(1, 999).map(lambda n: F(n * BIG)),
    st.integers(1, 999).map(lambda n: F(n, BIG)),
)
"""Strictly positive exact numbers, from 10**-30 to 10**33."""

interior = st.one_of(
    st.just(F(1, 2)),
    st.builds(lambda n, m: F(n, n + m), st.integers(1, 10**6), st.integers(1, 10**6)),
    st.integers(1, 999).map(lambda n: F(n, BIG)),
    st.integers(1, 999).map(lambda n: 1 - F(n, BIG)),
)
"""Fractions t with 0 < t < 1, including ones hugging either end."""

BOUNDED_KINDS = ("bounded", "bounded", "bounded", "point", "zero_end", "straddle")
ALL_KINDS = (*BOUNDED_KINDS, "zero_ray", "at_least", "at_most", "entire", "empty")


@st.composite
def intervals(draw: st.DrawFn, kinds: tuple[str, ...] = ALL_KINDS) -> Interval:
    """Intervals of every shape: bounded, points, touching or straddling 0, rays, the line."""
    kind = draw(st.sampled_from(kinds))
    lo_closed, hi_closed = draw(st.booleans()), draw(st.booleans())
    if kind == "bounded":
        lo, hi = sorted((draw(values), draw(values)))
        return Interval.point(lo) if lo == hi else Interval(lo, hi, lo_closed, hi_closed)
    if kind == "point":
        return Interval.point(draw(values))
    if kind in ("zero_end", "zero_ray"):
        m = draw(magnitudes) if kind == "zero_end" else None
        if draw(st.booleans()):
            return Interval(0, m, lo_closed, hi_closed)
        return Interval(None if m is None else -m, 0, lo_closed, hi_closed)
    if kind == "straddle":
        return Interval(-draw(magnitudes), draw(magnitudes), lo_closed, hi_closed)
    if kind == "at_least":
        return Interval(draw(values), None, lo_closed, False)
    if kind == "at_most":
        return Interval(None, draw(values), False, hi_closed)
    if kind == "entire":
        return ENTIRE
    return EMPTY


MEMBER_KINDS = ("lo", "hi", "zero", "inside", "inside", "inside")


def draw_member(draw: st.DrawFn, interval: Interval) -> Fraction:
    """One exact member of a non-empty interval: a closed endpoint, 0, or a point strictly
    inside (hugging an end, or far out along a ray)."""
    lo, hi = interval.lo, interval.hi
    if interval.is_point:
        assert lo is not None
        return lo
    kind = draw(st.sampled_from(MEMBER_KINDS))
    if kind == "lo" and lo is not None and interval.lo_closed:
        return lo
    if kind == "hi" and hi is not None and interval.hi_closed:
        return hi
    if kind == "zero" and F(0) in interval:
        return F(0)
    if lo is not None and hi is not None:
        return lo + (hi - lo) * draw(interior)
    if lo is not None:
        return lo + draw(magnitudes)
    if hi is not None:
        return hi - draw(magnitudes)
    return draw(values)


@st.composite
def points_in(draw: st.DrawFn, interval: Interval) -> Fraction:
    """Exact members of a non-empty interval, endpoints only where closed."""
    return draw_member(draw, interval)


@st.composite
def samples(draw: st.DrawFn, kinds: tuple[str, ...] = ALL_KINDS) -> Sample:
    """An interval and up to four exact members of it (none for the empty interval)."""
    interval = draw(intervals(kinds))
    if interval.is_empty:
        return interval, ()
    count = draw(st.integers(1, 4))
    return interval, tuple(draw_member(draw, interval) for _ in range(count))


def s(interval: Interval, *points: Fraction | int) -> Sample:
    """A hand-written sample for ``@example``."""
    return interval, tuple(F(p) for p in points)


def probes(*intervals_: Interval, extra: Iterable[Fraction] = ()) -> set[Fraction]:
    """Numbers worth asking about: each finite endpoint, a hair either side of it, and 0."""
    found = {F(0), *extra}
    for interval in intervals_:
        for end in (interval.lo, interval.hi):
            if end is not None:
                found |= {end - HAIR, end, end + HAIR}
    return found


def straddles_zero(interval: Interval) -> bool:
    """Whether the interval has members on both sides of 0."""
    return (interval.lo is None or interval.lo < 0) and (interval.hi is None or interval.hi > 0)


def closed_i(lo: Fraction | int, hi: Fraction | int) -> Interval:
    return Interval.closed(lo, hi)


def open_i(lo: Fraction | int | None, hi: Fraction | int | None) -> Interval:
    return Interval.open(lo, hi)


def lo_open(lo: Fraction | int, hi: Fraction | int | None) -> Interval:
    return Interval(lo, hi, False, True)


def hi_open(lo: Fraction | int | None, hi: Fraction | int) -> Interval:
    return Interval(lo, hi, True, False)


def image_reference(
    candidates: Iterable[tuple[Fraction, bool]], zero_attained: bool = False
) -> Interval:
    """The exact interval spanned by extreme candidate values, each flagged as attained or not.

    A bound is closed when some attained candidate reaches it, or when it is 0 and 0 is a
    value the operation attains anyway (a member 0 times anything).
    """
    pairs = list(candidates)
    lo = min(value for value, _ in pairs)
    hi = max(value for value, _ in pairs)
    lo_closed = any(v == lo and hit for v, hit in pairs) or (lo == 0 and zero_attained)
    hi_closed = any(v == hi and hit for v, hit in pairs) or (hi == 0 and zero_attained)
    return Interval(lo, hi, lo_closed, hi_closed)


def ends(interval: Interval) -> list[tuple[Fraction, bool]]:
    """The finite endpoints of a bounded interval, each with whether it is a member."""
    assert interval.lo is not None
    assert interval.hi is not None
    return [(interval.lo, interval.lo_closed), (interval.hi, interval.hi_closed)]


def product_reference(a: Interval, b: Interval) -> Interval:
    """``{x * y}`` for bounded non-empty intervals, from the four corners.

    On a rectangle ``x * y`` takes its extremes at corners, or all along an edge where one
    factor is 0; so a bound is attained iff a corner of members reaches it, or it is 0 and 0
    is a member of either factor.
    """
    corners = [(x * y, x_in and y_in) for x, x_in in ends(a) for y, y_in in ends(b)]
    return image_reference(corners, zero_attained=F(0) in a or F(0) in b)


def power_reference(a: Interval, n: int) -> Interval:
    """``{x**n : x in a, x != 0 if n < 0}`` for a bounded non-empty interval and ``n != 0``.

    ``x**n`` is monotone on each side of 0, so the extremes are at the ends or at 0; for
    ``n < 0`` a side of the result is unbounded where ``x`` can approach 0 (upward for even
    ``n`` or from above, downward for odd ``n`` from below).
    """
    assert a.lo is not None
    assert a.hi is not None
    if n > 0 or not a.lo <= 0 <= a.hi:
        candidates = [(x**n, x_in) for x, x_in in ends(a)]
        if F(0) in a:
            candidates.append((F(0), True))
        return image_reference(candidates)
    finite = [(x**n, x_in) for x, x_in in ends(a) if x != 0]
    if not finite:
        return EMPTY  # a is [0, 0]: nothing has a reciprocal
    upward = n % 2 == 0 or a.hi > 0
    downward = n % 2 == 1 and a.lo < 0
    if upward and downward:
        return ENTIRE
    if upward:
        lo = min(v for v, _ in finite)
        return Interval(lo, None, any(v == lo and hit for v, hit in finite), False)
    hi = max(v for v, _ in finite)
    return Interval(None, hi, False, any(v == hi and hit for v, hit in finite))


# -- constructing and membership --------------------------------------------------------------


@QUICK
@given(data=st.data(), interval=intervals())
def test_points_strategy_draws_members(data: st.DataObject, interval: Interval) -> None:
    """Every point the member strategy draws is in the interval, so open ends are never drawn."""
    if interval.is_empty:
        return
    p = data.draw(points_in(interval))
    assert p in interval
    assert p != interval.lo or interval.lo_closed
    assert p != interval.hi or interval.hi_closed


FLOAT_USES: list[Callable[[float], object]] = [
    lambda x: Interval(x, 1),
    lambda x: Interval(0, x),
    lambda x: Interval(x, None, False, False),
    lambda x: Interval.closed(x, x),
    lambda x: Interval.open(None, x),
    lambda x: Interval.point(x),
    lambda x: Interval.at_least(x),
    lambda x: Interval.greater_than(x),
    lambda x: Interval.at_most(x),
    lambda x: Interval.less_than(x),
    lambda x: Interval.closed(1, 2) + x,
    lambda x: x - Interval.closed(1, 2),
    lambda x: Interval.closed(1, 2) * x,
    lambda x: x / Interval.closed(1, 2),
    lambda x: Interval.closed(1, 2).scale(x),
]
FLOAT_USE_IDS = [
    "init-lo",
    "init-hi",
    "init-ray",
    "closed",
    "open",
    "point",
    "at_least",
    "greater_than",
    "at_most",
    "less_than",
    "add",
    "rsub",
    "mul",
    "rtruediv",
    "scale",
]


@pytest.mark.parametrize("use", FLOAT_USES, ids=FLOAT_USE_IDS)
@settings(max_examples=30, deadline=None)
@given(x=st.floats())
@example(x=0.1)
@example(x=1.0)
@example(x=float("nan"))
@example(x=float("inf"))
def test_float_bounds_raise(use: Callable[[float], object], x: float) -> None:
    """A float (even an integral one, NaN or infinity) is refused wherever a bound is taken."""
    with pytest.raises(IntervalError):
        use(x)


@QUICK
@given(a=intervals(), b_sample=samples(), extra=st.lists(values, max_size=3))
@example(a=hi_open(0, 1), b_sample=s(closed_i(0, 1), 0), extra=[])
@example(a=ENTIRE, b_sample=s(Interval.at_least(0), 0), extra=[])
@example(a=closed_i(0, 1), b_sample=s(EMPTY), extra=[])
@example(a=EMPTY, b_sample=s(Interval.point(0), 0), extra=[])
def test_contains_interval_agrees_with_members(
    a: Interval, b_sample: Sample, extra: list[Fraction]
) -> None:
    """``a.contains_interval(b)`` holds exactly when no number of ``b`` lies outside ``a``."""
    b, b_points = b_sample
    candidates = probes(a, b, extra=[*extra, *b_points])
    # Witnesses that b sticks out of a, when it does: b's middle, the middle of the part of b
    # below a's low end or above a's high end, and a point 1 beyond each end of a.
    if not b.is_empty:
        candidates.add(b.midpoint)
    if a.lo is not None:
        candidates.add(a.lo - 1)
        if b.lo is not None:
            candidates.add((a.lo + b.lo) / 2)
    if a.hi is not None:
        candidates.add(a.hi + 1)
        if b.hi is not None:
            candidates.add((a.hi + b.hi) / 2)
    members_of_b = [p for p in candidates if p in b]
    assert all(p in a for p in members_of_b) == a.contains_interval(b)
    assert a.contains_interval(b) == (b in a)
    assert a.contains_interval(b) == (a & b == b)


# -- binary arithmetic: soundness -------------------------------------------------------------

ARITHMETIC: dict[str, Callable[[Any, Any], Any]] = {
    "+": operator.add,
    "-": operator.sub,
    "*": operator.mul,
    "/": operator.truediv,
}


@BINARY
@given(a=samples(), b=samples())
@example(a=s(Interval.point(F(3, 2)), F(3, 2)), b=s(closed_i(-1, 2), -1, 0, 2))
@example(a=s(Interval.point(0), 0), b=s(ENTIRE, 0, BIG, -BIG))
@example(a=s(Interval.point(0), 0), b=s(Interval.greater_than(1), 1 + TINY, BIG))
@example(a=s(closed_i(1, 2), 1, 2), b=s(lo_open(0, 1), 1, TINY))
@example(a=s(closed_i(1, 2), 1, 2), b=s(closed_i(0, 1), 0, 1, TINY))
@example(a=s(closed_i(1, 2), 1, 2), b=s(hi_open(-1, 0), -1, -TINY))
@example(a=s(closed_i(1, 2), 1, 2), b=s(closed_i(-1, 1), -1, -TINY, 0, TINY, 1))
@example(a=s(closed_i(-BIG, BIG), -BIG, BIG), b=s(open_i(-TINY, TINY), -TINY / 2, TINY / 2))
@example(a=s(lo_open(0, 1), 1, TINY), b=s(closed_i(2, 3), 2, 3))
@example(a=s(EMPTY), b=s(closed_i(1, 2), 1, 2))
@example(a=s(closed_i(1, 2), 1, 2), b=s(EMPTY))
def test_arithmetic_is_sound(a: Sample, b: Sample) -> None:
    """For members ``x`` of ``a`` and ``y`` of ``b``, each exact ``x op y`` of ``+ - * /`` lies
    in ``a op b`` (``y != 0`` for ``/``), and ``a / b`` is the whole line when ``b`` straddles 0."""
    (a_interval, a_points), (b_interval, b_points) = a, b
    for symbol, op in ARITHMETIC.items():
        result = op(a_interval, b_interval)
        if a_interval.is_empty or b_interval.is_empty:
            expected = EMPTY
            assert expected == result, symbol
        for x in a_points:
            for y in b_points:
                if symbol != "/" or y != 0:
                    assert op(x, y) in result, f"{x} {symbol} {y}"
    if straddles_zero(b_interval) and not (a_interval.is_empty or a_interval == Interval.point(0)):
        expected = ENTIRE
        assert expected == a_interval / b_interval


@QUICK
@given(a=intervals(), k=values, k_on_left=st.booleans())
@example(a=ENTIRE, k=F(0), k_on_left=True)
@example(a=closed_i(1, 2), k=F(0), k_on_left=True)
@example(a=lo_open(0, 1), k=F(-2), k_on_left=False)
def test_mixed_scalar_operands_match_points(a: Interval, k: Fraction, k_on_left: bool) -> None:
    """An int or Fraction operand on either side acts exactly like its point interval."""
    interval = a  # the interval operand; k is the scalar one
    point = Interval.point(k)
    if k_on_left:
        assert point + interval == k + interval
        assert point - interval == k - interval
        assert point * interval == k * interval
        assert point / interval == k / interval
    else:
        assert interval + point == interval + k
        assert interval - point == interval - k
        assert interval * point == interval * k
        assert interval / point == interval / k
    if k.denominator == 1:
        assert interval + point == interval + int(k)
        assert interval * point == int(k) * interval


# -- binary arithmetic: tightness -------------------------------------------------------------


@PROPERTY
@given(a=intervals(BOUNDED_KINDS), b=intervals(BOUNDED_KINDS))
@example(a=closed_i(1, 2), b=closed_i(10, 20))
@example(a=lo_open(0, 1), b=hi_open(-1, 0))
@example(a=Interval.point(BIG), b=Interval.point(-TINY))
def test_add_and_sub_of_bounded_intervals_are_tight(a: Interval, b: Interval) -> None:
    """Sums and differences of bounded intervals have the endpoint sums as bounds, closed iff
    both contributing ends are closed (so closed operands give attained, closed bounds)."""
    assert a.lo is not None
    assert a.hi is not None
    assert b.lo is not None
    assert b.hi is not None
    expected_sum = Interval(
        a.lo + b.lo, a.hi + b.hi, a.lo_closed and b.lo_closed, a.hi_closed and b.hi_closed
    )
    expected_difference = Interval(
        a.lo - b.hi, a.hi - b.lo, a.lo_closed and b.hi_closed, a.hi_closed and b.lo_closed
    )
    assert expected_sum == a + b
    assert expected_difference == a - b
    if a.lo_closed and a.hi_closed and b.lo_closed and b.hi_closed:
        total = a + b
        assert a.lo + b.lo in total
        assert a.hi + b.hi in total


@PROPERTY
@given(a=intervals(BOUNDED_KINDS), b=intervals(BOUNDED_KINDS))
@example(a=lo_open(0, 1), b=closed_i(2, 3))
@example(a=closed_i(0, 1), b=open_i(2, 3))
@example(a=open_i(-2, 3), b=hi_open(-5, 4))
@example(a=Interval.point(0), b=open_i(-1, 1))
@example(a=hi_open(-2, 0), b=lo_open(0, 3))
def test_mul_of_bounded_intervals_is_tight(a: Interval, b: Interval) -> None:
    """The product of bounded intervals equals the corner reference, open and closed ends."""
    assert product_reference(a, b) == a * b


@PROPERTY
@given(a=intervals(BOUNDED_KINDS), b=intervals(BOUNDED_KINDS).filter(lambda b: b.lo * b.hi > 0))
@example(a=closed_i(1, 2), b=lo_open(F(1, 2), 1))
@example(a=open_i(-1, 1), b=closed_i(-4, -2))
def test_div_by_bounded_interval_away_from_zero_is_tight(a: Interval, b: Interval) -> None:
    """Dividing by a bounded interval whose closure avoids 0 equals the corner reference."""
    assert b.lo is not None
    assert b.hi is not None
    reciprocal = Interval(1 / b.hi, 1 / b.lo, b.hi_closed, b.lo_closed)
    assert product_reference(a, reciprocal) == a / b


# -- unary arithmetic -------------------------------------------------------------------------


@PROPERTY
@given(a=samples(), extra=st.lists(values, max_size=3))
@example(a=s(lo_open(0, 1), 1), extra=[])
@example(a=s(Interval.at_most(-3), -3, -BIG), extra=[])
@example(a=s(EMPTY), extra=[])
def test_negation_is_sound_and_exact(a: Sample, extra: list[Fraction]) -> None:
    """``-x`` lies in ``-a``, and ``p in -a`` exactly when ``-p in a``."""
    interval, points = a
    negated = -interval
    for x in points:
        assert -x in negated
    for p in probes(negated, extra=extra):
        assert (-p in interval) == (p in negated)
    assert interval == -negated


@PROPERTY
@given(a=samples(), extra=st.lists(values, max_size=3))
@example(a=s(closed_i(0, 1), 0, 1, TINY), extra=[])
@example(a=s(lo_open(0, 1), 1, TINY), extra=[])
@example(a=s(Interval.at_least(0), 0, BIG), extra=[])
@example(a=s(hi_open(-1, 0), -1, -TINY), extra=[])
@example(a=s(Interval.at_most(-2), -2, -BIG), extra=[])
@example(a=s(closed_i(-1, 1), -1, 0, 1), extra=[])
@example(a=s(Interval.point(0), 0), extra=[])
@example(a=s(EMPTY), extra=[])
def test_reciprocal_is_sound_and_exact_off_zero(a: Sample, extra: list[Fraction]) -> None:
    """``1/x`` lies in ``a.reciprocal()``; off a straddle of 0 that holds exactly for ``1/a``'s
    members, and across one the result is the whole line."""
    interval, points = a
    result = interval.reciprocal()
    for x in points:
        if x != 0:
            assert 1 / x in result
    if straddles_zero(interval):
        expected = ENTIRE
        assert expected == result
    else:
        for p in probes(result, extra=extra):
            assert (p != 0 and 1 / p in interval) == (p in result)


EXPONENTS = range(-3, 5)


@PROPERTY
@given(a=samples())
@example(a=s(closed_i(-1, 2), -1, 0, 2))
@example(a=s(open_i(-3, 2), -3 + TINY, 0, 2 - TINY))
@example(a=s(lo_open(0, 1), 1, TINY))
@example(a=s(hi_open(-1, 0), -1, -TINY))
@example(a=s(Interval.at_most(-2), -2, -BIG))
@example(a=s(Interval.point(0), 0))
@example(a=s(closed_i(-BIG, BIG), -BIG, 0, BIG))
@example(a=s(EMPTY))
def test_power_is_sound(a: Sample) -> None:
    """``x**n`` lies in ``a**n`` for each integer ``n`` from -3 to 4 (``x != 0`` if ``n < 0``)."""
    interval, points = a
    for n in EXPONENTS:
        result = interval**n
        for x in points:
            if n >= 0 or x != 0:
                assert x**n in result, n
        if interval.is_empty:
            expected = EMPTY
            assert expected == result, n


@PROPERTY
@given(a=intervals(BOUNDED_KINDS))
@example(a=open_i(-2, 2))
@example(a=Interval(-2, 2, False, True))
@example(a=Interval(-3, 2, True, False))
@example(a=lo_open(0, 3))
@example(a=closed_i(-3, 0))
@example(a=closed_i(-3, -1))
@example(a=Interval.point(0))
def test_power_of_bounded_interval_is_tight(a: Interval) -> None:
    """``a**n`` for bounded ``a`` and ``n`` from -3 to 4 equals the reference built from the
    ends, 0 and, for negative ``n`` near 0, the rays."""
    for n in EXPONENTS:
        if n != 0:
            assert power_reference(a, n) == a**n, n


@PROPERTY
@given(a=samples(), k=values, extra=st.lists(values, max_size=3))
@example(a=s(lo_open(0, 1), 1, TINY), k=F(-2), extra=[])
@example(a=s(ENTIRE, 0, BIG), k=F(0), extra=[])
@example(a=s(Interval.at_least(0), 0, BIG), k=TINY, extra=[])
@example(a=s(EMPTY), k=F(3), extra=[])
def test_scale_is_sound_and_exact(a: Sample, k: Fraction, extra: list[Fraction]) -> None:
    """``x * k`` lies in ``a.scale(k)``, which is exactly ``{x * k}`` and equals ``a * k``."""
    interval, points = a
    scaled = interval.scale(k)
    for x in points:
        assert x * k in scaled
    assert interval * k == scaled
    expected: Interval | None = None
    if interval.is_empty:
        expected = EMPTY
    elif k == 0:
        expected = Interval.point(0)
    if expected is not None:
        assert expected == scaled
    else:
        for p in probes(scaled, extra=extra):
            assert (p / k in interval) == (p in scaled)


# -- set operations ---------------------------------------------------------------------------


@PROPERTY
@given(a=samples(), b=samples(), extra=st.lists(values, max_size=3))
@example(a=s(hi_open(0, 1), 0), b=s(closed_i(1, 2), 1), extra=[])
@example(a=s(closed_i(0, 1), 1), b=s(closed_i(1, 2), 1), extra=[])
@example(a=s(lo_open(0, 1), 1), b=s(hi_open(0, 1), 0), extra=[])
@example(a=s(Interval.at_least(5), 5), b=s(Interval.at_most(5), 5), extra=[])
@example(a=s(ENTIRE, 0), b=s(EMPTY), extra=[])
def test_intersect_is_exact(a: Sample, b: Sample, extra: list[Fraction]) -> None:
    """A number is in ``a & b`` exactly when it is in ``a`` and in ``b``."""
    (a_interval, a_points), (b_interval, b_points) = a, b
    both = a_interval & b_interval
    assert both == a_interval.intersect(b_interval)
    assert both == b_interval & a_interval
    for p in probes(a_interval, b_interval, extra=[*extra, *a_points, *b_points]):
        assert (p in a_interval and p in b_interval) == (p in both)


@PROPERTY
@given(a=samples(), b=samples(), extra=st.lists(values, max_size=3))
@example(a=s(hi_open(0, 1), 0), b=s(closed_i(1, 2), 1), extra=[])  # touching, one end open
@example(a=s(closed_i(1, 2), 1), b=s(closed_i(0, 1), 1), extra=[])  # touching, both closed
@example(a=s(lo_open(1, 2), 2), b=s(closed_i(0, 1), 1), extra=[])
@example(a=s(Interval.at_least(5), 5), b=s(Interval.less_than(5), 4), extra=[])
def test_overlaps_is_a_shared_number(a: Sample, b: Sample, extra: list[Fraction]) -> None:
    """``a.overlaps(b)`` exactly when ``a & b`` holds a number; a shared probe proves it."""
    (a_interval, a_points), (b_interval, b_points) = a, b
    assert a_interval.overlaps(b_interval) == (not (a_interval & b_interval).is_empty)
    assert a_interval.overlaps(b_interval) == b_interval.overlaps(a_interval)
    for p in probes(a_interval, b_interval, extra=[*extra, *a_points, *b_points]):
        if p in a_interval and p in b_interval:
            assert a_interval.overlaps(b_interval)


@PROPERTY
@given(a=samples(), b=samples())
@example(a=s(hi_open(0, 1), 0), b=s(lo_open(2, 3), 3))
@example(a=s(hi_open(0, 1), 0), b=s(closed_i(1, 2), 1))
@example(a=s(lo_open(0, 1), 1), b=s(hi_open(0, 1), 0))
@example(a=s(EMPTY), b=s(Interval.at_most(-1), -1))
def test_hull_is_smallest_holding_both(a: Sample, b: Sample) -> None:
    """``a | b`` holds both, and each end is the outer input end, closed iff that number is in
    ``a`` or ``b``."""
    (a_interval, a_points), (b_interval, b_points) = a, b
    hull = a_interval | b_interval
    assert hull == a_interval.hull(b_interval)
    assert hull == b_interval | a_interval
    assert hull.contains_interval(a_interval)
    assert hull.contains_interval(b_interval)
    for p in (*a_points, *b_points):
        assert p in hull
    nonempty = [i for i in (a_interval, b_interval) if not i.is_empty]
    if not nonempty:
        expected = EMPTY
        assert expected == hull
        return
    los = [i.lo for i in nonempty]
    his = [i.hi for i in nonempty]
    assert (None if None in los else min(los)) == hull.lo
    assert (None if None in his else max(his)) == hull.hi
    for end in (hull.lo, hull.hi):
        if end is not None:
            assert (end in a_interval or end in b_interval) == (end in hull)


# -- exact results that pin open and closed ends ----------------------------------------------

KNOWN = [
    pytest.param(lambda: lo_open(0, 1) * closed_i(2, 3), lo_open(0, 3), id="(0,1]*[2,3]"),
    pytest.param(lambda: closed_i(1, 2) / closed_i(0, 1), Interval.at_least(1), id="[1,2]/[0,1]"),
    pytest.param(lambda: closed_i(1, 2) / lo_open(0, 1), Interval.at_least(1), id="[1,2]/(0,1]"),
    pytest.param(lambda: lo_open(1, 2) / lo_open(0, 1), Interval.greater_than(1), id="(1,2]/(0,1]"),
    pytest.param(lambda: closed_i(1, 2) / closed_i(-1, 0), Interval.at_most(-1), id="[1,2]/[-1,0]"),
    pytest.param(lambda: closed_i(1, 2) / closed_i(-1, 1), ENTIRE, id="[1,2]/[-1,1]"),
    pytest.param(lambda: closed_i(0, 1) / closed_i(0, 1), Interval.at_least(0), id="[0,1]/[0,1]"),
    pytest.param(lambda: Interval.point(0) / closed_i(-1, 1), Interval.point(0), id="[0,0]/[-1,1]"),
    pytest.param(lambda: closed_i(1, 2) / Interval.point(0), EMPTY, id="[1,2]/[0,0]"),
    pytest.param(lambda: Interval.point(0) * ENTIRE, Interval.point(0), id="[0,0]*R"),
    pytest.param(lambda: ENTIRE * Interval.point(0), Interval.point(0), id="R*[0,0]"),
    pytest.param(
        lambda: closed_i(0, 1) * Interval.at_least(1), Interval.at_least(0), id="[0,1]*[1,inf)"
    ),
    pytest.param(
        lambda: lo_open(0, 1) * Interval.at_least(1), Interval.greater_than(0), id="(0,1]*[1,inf)"
    ),
    pytest.param(
        lambda: hi_open(-2, 0) * Interval.at_least(3), Interval.less_than(0), id="[-2,0)*[3,inf)"
    ),
    pytest.param(
        lambda: Interval.at_most(-1) * Interval.at_most(-2),
        Interval.at_least(2),
        id="(-inf,-1]*(-inf,-2]",
    ),
    pytest.param(lambda: lo_open(0, 1) ** -1, Interval.at_least(1), id="(0,1]**-1"),
    pytest.param(lambda: closed_i(-1, 2) ** 2, closed_i(0, 4), id="[-1,2]**2"),
    pytest.param(lambda: open_i(-1, 2) ** 2, hi_open(0, 4), id="(-1,2)**2"),
    pytest.param(lambda: hi_open(-3, 2) ** 2, closed_i(0, 9), id="[-3,2)**2"),
    pytest.param(lambda: closed_i(-1, 2) ** -2, Interval.at_least(F(1, 4)), id="[-1,2]**-2"),
    pytest.param(lambda: closed_i(-1, 2) ** -1, ENTIRE, id="[-1,2]**-1"),
    pytest.param(lambda: Interval.point(0) ** -1, EMPTY, id="[0,0]**-1"),
    pytest.param(lambda: Interval.point(0) ** 0, Interval.point(1), id="[0,0]**0"),
    pytest.param(lambda: -lo_open(0, 1), hi_open(-1, 0), id="-(0,1]"),
    pytest.param(lambda: lo_open(0, 1).scale(-2), hi_open(-2, 0), id="(0,1].scale(-2)"),
    pytest.param(lambda: ENTIRE.scale(0), Interval.point(0), id="R.scale(0)"),
    pytest.param(lambda: hi_open(0, 1) & closed_i(1, 2), EMPTY, id="[0,1)&[1,2]"),
    pytest.param(lambda: closed_i(0, 1) & closed_i(1, 2), Interval.point(1), id="[0,1]&[1,2]"),
    pytest.param(lambda: hi_open(0, 1) | closed_i(1, 2), closed_i(0, 2), id="[0,1)|[1,2]"),
    pytest.param(lambda: open_i(0, 1) | open_i(2, 3), open_i(0, 3), id="(0,1)|(2,3)"),
    pytest.param(lambda: lo_open(0, 1) + hi_open(1, 2), open_i(1, 3), id="(0,1]+[1,2)"),
    pytest.param(lambda: lo_open(0, 1) - lo_open(0, 1), open_i(-1, 1), id="(0,1]-(0,1]"),
    pytest.param(lambda: Interval(1, 1, True, False), EMPTY, id="[1,1)"),
    pytest.param(lambda: EMPTY + closed_i(1, 2), EMPTY, id="empty+"),
    pytest.param(lambda: EMPTY * Interval.point(0), EMPTY, id="empty*[0,0]"),
    pytest.param(lambda: Interval.point(0) / EMPTY, EMPTY, id="[0,0]/empty"),
    pytest.param(lambda: EMPTY.reciprocal(), EMPTY, id="1/empty"),
    pytest.param(lambda: EMPTY**0, EMPTY, id="empty**0"),
    pytest.param(lambda: EMPTY | open_i(0, 1), open_i(0, 1), id="empty|(0,1)"),
]


@pytest.mark.parametrize(("compute", "expected"), KNOWN)
def test_known_results(compute: Callable[[], Interval], expected: Interval) -> None:
    """Hand-checked results pin open ends, zero factors, division near 0 and the empty set."""
    assert expected == compute()


# -- decimal_text -----------------------------------------------------------------------------

DECIMAL = re.compile(r"-?(0|[1-9][0-9]*)(\.[0-9]*[1-9])?")


@settings(max_examples=1000, deadline=None)
@given(
    numerator=st.one_of(st.integers(-(10**6), 10**6), st.integers(-(10**40), 10**40)),
    twos=st.integers(0, 40),
    fives=st.integers(0, 40),
)
@example(numerator=6405, twos=2, fives=2)
@example(numerator=-1, twos=1, fives=0)
@example(numerator=1, twos=30, fives=30)
@example(numerator=0, twos=5, fives=3)
def test_decimal_text_round_trips(numerator: int, twos: int, fives: int) -> None:
    """A fraction whose denominator is ``2**a * 5**b`` prints as plain decimal digits that read
    back as the same fraction."""
    value = F(numerator, 2**twos * 5**fives)
    text = decimal_text(value)
    assert DECIMAL.fullmatch(text), text
    assert value == F(text)


@settings(max_examples=500, deadline=None)
@given(
    numerator=st.integers(-(10**30), 10**30),
    twos=st.integers(0, 10),
    fives=st.integers(0, 10),
    other=st.integers(1, 10**6).map(lambda k: 10 * k + 3 + 4 * (k % 2)),  # ends in 3 or 7
)
@example(numerator=1, twos=0, fives=0, other=3)
@example(numerator=-2, twos=0, fives=1, other=3)
def test_decimal_text_prints_other_fractions_as_ratio(
    numerator: int, twos: int, fives: int, other: int
) -> None:
    """A fraction whose reduced denominator has a prime factor other than 2 and 5 prints "p/q"."""
    value = F(numerator * other + 1, 2**twos * 5**fives * other)  # coprime to `other`
    assert f"{value.numerator}/{value.denominator}" == decimal_text(value)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (F("64.05"), "64.05"),
        (F("-0.5"), "-0.5"),
        (F(-3), "-3"),
        (F(0), "0"),
        (F(BIG), "1" + "0" * 30),
        (TINY, "0." + "0" * 29 + "1"),
        (F(1, 3), "1/3"),
        (F(-7, 6), "-7/6"),
    ],
)
def test_decimal_text_examples(value: Fraction, text: str) -> None:
    """Written decimals, signs, zero, huge and tiny magnitudes and thirds print as expected."""
    assert text == decimal_text(value)


@pytest.mark.parametrize(
    ("interval", "text"),
    [
        (closed_i(F("64.05"), F("64.15")), "[64.05, 64.15]"),
        (Interval.greater_than(13), "(13, +inf)"),
        (Interval.at_most(F(-1, 3)), "(-inf, -1/3]"),
        (ENTIRE, "(-inf, +inf)"),
        (EMPTY, "∅"),
    ],
)
def test_str_uses_exact_decimals(interval: Interval, text: str) -> None:
    """Intervals print exact decimal bounds, brackets for closed ends and parentheses for open."""
    assert text == str(interval)


# -- the float bounds the constraint network starts from -------------------------------------


@given(
    st.one_of(
        st.fractions(),
        st.builds(Fraction, st.integers(-(2**80), 2**80), st.integers(1, 10**30)),
        st.builds(
            lambda n, k: Fraction(n, 2**k), st.integers(-(2**60), 2**60), st.integers(0, 1200)
        ),
        st.builds(
            lambda n, k: Fraction(n * 2**k), st.integers(-(2**60), 2**60), st.integers(0, 1200)
        ),
    )
)
@example(Fraction(1, 2**1100))  # a float underflows to 0.0: "exact" must not be claimed
@example(Fraction(2**53 + 1))  # one more than a double holds exactly
@example(Fraction(-1, 3))
def test_float_bounds_enclose_the_exact_value(value: Fraction) -> None:
    """``down(v) <= v <= up(v)`` exactly, and each is within one ulp of the nearest float."""
    from factcheck.engine.constraints import down, up

    lo, hi = down(value), up(value)
    assert lo == -math.inf or Fraction(lo) <= value
    assert hi == math.inf or Fraction(hi) >= value
    if math.isfinite(lo) and math.isfinite(hi):
        assert math.nextafter(lo, math.inf) >= float(value) or Fraction(lo) == value
        assert math.nextafter(hi, -math.inf) <= float(value) or Fraction(hi) == value
