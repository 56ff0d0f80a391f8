"""The constraint vocabulary: kinds of variable, primitive and declared (:class:`Custom`)
constraints, the outcome of a solve, the search budgets, and floats rounded outward from exact
values (:func:`down`, :func:`up`) and back (:func:`to_interval`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction
from math import inf, nextafter
from typing import Literal

from factcheck.custom import Custom, _exact_float
from factcheck.intervals import EMPTY, Interval

VarKind = Literal["figure", "unknown", "reference", "const", "aux"]

NODE_BUDGET = 100
"""Search nodes (each a probe for a witness and a round of shaving) one solve may spend before
answering "unknown".  On generated archives, 100 nodes decide as many checks as 400 did
(benchmarks/bench_scale.py corpora: 2 undecided in 10,000 either way) and bound the slowest
files four times lower."""

WORK_BUDGET = 400_000
"""Constraint revisions one solve may spend (about a second in CPython) before answering
"unknown": a deterministic bound, so a hard system cannot stall an audit."""


class _Empty(Exception):
    """A domain became empty: the active constraints have no common solution."""


Box = tuple[dict[int, float], dict[int, float]]
"""Lower and upper float bounds of the variables in play (``-inf`` / ``inf`` when unbounded).
Only the variables a question involves are in a box, so work stays proportional to the
question, not to the article (an archive of ten thousand checks is ten thousand questions)."""


Constraint = tuple[str, int, int, int] | tuple[str, Custom]
# ("add"|"sub"|"mul"|"div", z, x, y), ("neg", z, x, 0), ("pow", z, x, n),
# ("eq"|"le"|"lt", x, y, 0), ("custom", Custom)


@dataclass(slots=True)
class Outcome:
    status: Literal["sat", "unsat", "unknown"]
    witness: dict[int, Fraction] | None = None
    box: Box | None = None
    nodes: int = 0


def down(value: Fraction | None) -> float:
    """A float not above ``value``: the largest one when ``value`` is a float, else at most
    one ulp below the largest (``-inf`` for an unbounded side).  ``float()`` of a Fraction
    rounds correctly to nearest, so one step down is always at or below the value, without
    the cost of an exact comparison."""
    if value is None:
        return -inf
    try:
        result = float(value)
    except OverflowError:
        return -inf if value > 0 or value < 0 else 0.0
    if math.isinf(result):
        return -inf if result > 0 else result
    if _exact_float(value):
        return result
    return nextafter(result, -inf)


def up(value: Fraction | None) -> float:
    """A float not below ``value`` (the mirror image of :func:`down`)."""
    if value is None:
        return inf
    try:
        result = float(value)
    except OverflowError:
        return inf
    if math.isinf(result):
        return inf if result < 0 else result
    if _exact_float(value):
        return result
    return nextafter(result, inf)


def to_interval(lo: float, hi: float) -> Interval:
    """A float box side as an exact closed interval (unbounded where infinite)."""
    return Interval(
        None if lo == -inf else Fraction(lo),
        None if hi == inf else Fraction(hi),
        lo != -inf,
        hi != inf,
    )


def constraint_vars(constraint: Constraint) -> tuple[int, ...]:
    op = constraint[0]
    if op == "custom":
        custom = constraint[1]
        assert isinstance(custom, Custom)
        return custom.vars
    _, a, b, c = constraint  # type: ignore[misc]
    if op in ("eq", "le", "lt", "neg", "pow"):
        return (a, b)
    return (a, b, c)


def grid_hull(interval: Interval, grid: int) -> Interval:
    """The closed hull of the multiples of ``1 / grid`` in ``interval``, exactly: a multiple
    on an open end is out ("7.37" rounded up is [7.365, 7.375), which 7.375 = 295/40 is not
    in), one on a closed end is in.  Empty when there is none; an unbounded side stays so."""
    if interval.is_empty:
        return interval
    first = last = None
    if interval.lo is not None:
        low = interval.lo * grid
        first = math.ceil(low)
        if first == low and not interval.lo_closed:
            first += 1
    if interval.hi is not None:
        high = interval.hi * grid
        last = math.floor(high)
        if last == high and not interval.hi_closed:
            last -= 1
    if first is not None and last is not None and first > last:
        return EMPTY
    return Interval(
        None if first is None else Fraction(first, grid),
        None if last is None else Fraction(last, grid),
        first is not None,
        last is not None,
    )
