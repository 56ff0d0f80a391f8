"""What do exact Fraction intervals cost?  Run as ``python benchmarks/bench_intervals.py``.

Nanoseconds per operation (add, mul, div, intersect, and one short chain) for three ways to
hold a closed interval:

* ``Fraction``: the project's :class:`factcheck.Interval`, exact bounds, open/closed ends and
  unbounded sides tracked (so it does more bookkeeping than the two below).
* ``Decimal``: :class:`decimal.Decimal` bounds at 28 digits, the lower bound rounded with
  ``ROUND_FLOOR`` and the upper with ``ROUND_CEILING`` after every operation.
* ``float``: float bounds, each result widened outward by one ulp with :func:`math.nextafter`.

The operands are figures as articles print them: a price "64.1" read as [64.05, 64.15], a
revenue "13 trillion" read as [12.5e12, 13.5e12] and a rate "2.9 percent" read as
[0.0285, 0.0295].  Each binary operation is timed on the three pairs (price, revenue),
(revenue, rate) and (rate, price) and the mean is reported; intersect is timed on each operand
against an overlapping neighbour; the chain is ``revenue * rate / price + price``.  Every figure
is the best of several :mod:`timeit` repeats and includes the loop's few ns of overhead.  The
ratio column divides by the Fraction figure, so 0.10 means ten times faster than Fractions.
Nothing here asserts on timing.
"""

from __future__ import annotations

import math
import operator
import statistics
import timeit
from decimal import ROUND_CEILING, ROUND_FLOOR, Context, Decimal
from fractions import Fraction
from typing import Any

from factcheck import Interval

REPEATS = 7
TARGET_SECONDS = 0.05  # per repeat; the loop count is calibrated to it

FLOOR = Context(prec=28, rounding=ROUND_FLOOR)
CEILING = Context(prec=28, rounding=ROUND_CEILING)
DOWN, UP = -math.inf, math.inf


class DecimalInterval:
    """A closed interval of 28-digit Decimals, rounded outward after every operation."""

    __slots__ = ("hi", "lo")

    def __init__(self, lo: Decimal, hi: Decimal) -> None:
        self.lo = lo
        self.hi = hi

    @classmethod
    def from_text(cls, lo: str, hi: str) -> DecimalInterval:
        return cls(FLOOR.create_decimal(lo), CEILING.create_decimal(hi))

    def __add__(self, other: DecimalInterval) -> DecimalInterval:
        return DecimalInterval(FLOOR.add(self.lo, other.lo), CEILING.add(self.hi, other.hi))

    def __mul__(self, other: DecimalInterval) -> DecimalInterval:
        a, b, c, d = self.lo, self.hi, other.lo, other.hi
        return DecimalInterval(
            min(
                FLOOR.multiply(a, c),
                FLOOR.multiply(a, d),
                FLOOR.multiply(b, c),
                FLOOR.multiply(b, d),
            ),
            max(
                CEILING.multiply(a, c),
                CEILING.multiply(a, d),
                CEILING.multiply(b, c),
                CEILING.multiply(b, d),
            ),
        )

    def __truediv__(self, other: DecimalInterval) -> DecimalInterval:
        a, b, c, d = self.lo, self.hi, other.lo, other.hi
        if c <= 0 <= d:
            raise ZeroDivisionError("divisor interval contains 0")
        return DecimalInterval(
            min(FLOOR.divide(a, c), FLOOR.divide(a, d), FLOOR.divide(b, c), FLOOR.divide(b, d)),
            max(
                CEILING.divide(a, c),
                CEILING.divide(a, d),
                CEILING.divide(b, c),
                CEILING.divide(b, d),
            ),
        )

    def __and__(self, other: DecimalInterval) -> DecimalInterval | None:
        lo, hi = max(self.lo, other.lo), min(self.hi, other.hi)
        return DecimalInterval(lo, hi) if lo <= hi else None


class FloatInterval:
    """A closed interval of floats, widened outward by one ulp after every operation."""

    __slots__ = ("hi", "lo")

    def __init__(self, lo: float, hi: float) -> None:
        self.lo = lo
        self.hi = hi

    @classmethod
    def from_text(cls, lo: str, hi: str) -> FloatInterval:
        # float() rounds to nearest, so one ulp outward encloses the written number.
        return cls(math.nextafter(float(lo), DOWN), math.nextafter(float(hi), UP))

    def __add__(self, other: FloatInterval) -> FloatInterval:
        return FloatInterval(
            math.nextafter(self.lo + other.lo, DOWN), math.nextafter(self.hi + other.hi, UP)
        )

    def __mul__(self, other: FloatInterval) -> FloatInterval:
        p, q, r, s = (
            self.lo * other.lo,
            self.lo * other.hi,
            self.hi * other.lo,
            self.hi * other.hi,
        )
        return FloatInterval(
            math.nextafter(min(p, q, r, s), DOWN), math.nextafter(max(p, q, r, s), UP)
        )

    def __truediv__(self, other: FloatInterval) -> FloatInterval:
        if other.lo <= 0 <= other.hi:
            raise ZeroDivisionError("divisor interval contains 0")
        p, q, r, s = (
            self.lo / other.lo,
            self.lo / other.hi,
            self.hi / other.lo,
            self.hi / other.hi,
        )
        return FloatInterval(
            math.nextafter(min(p, q, r, s), DOWN), math.nextafter(max(p, q, r, s), UP)
        )

    def __and__(self, other: FloatInterval) -> FloatInterval | None:
        lo, hi = max(self.lo, other.lo), min(self.hi, other.hi)
        return FloatInterval(lo, hi) if lo <= hi else None


def fraction_interval(lo: str, hi: str) -> Interval:
    return Interval.closed(Fraction(lo), Fraction(hi))


# Bounds as written in text, low then high; NEIGHBOURS overlap them, for intersect.
OPERANDS = {
    "price": ("64.05", "64.15"),
    "revenue": ("12.5e12", "13.5e12"),
    "rate": ("0.0285", "0.0295"),
}
NEIGHBOURS = {
    "price": ("64.1", "64.2"),
    "revenue": ("13e12", "14e12"),
    "rate": ("0.029", "0.030"),
}
PAIRS = (("price", "revenue"), ("revenue", "rate"), ("rate", "price"))

REPRESENTATIONS: dict[str, Any] = {
    "Fraction": fraction_interval,
    "Decimal": DecimalInterval.from_text,
    "float": FloatInterval.from_text,
}

OPERATIONS = {"add": "a + b", "mul": "a * b", "div": "a / b", "intersect": "a & b"}
CHAIN = "r * t / p + p"


def ns_per_run(statement: str, names: dict[str, Any]) -> float:
    """The best of ``REPEATS`` timings of ``statement``, in nanoseconds per run."""
    timer = timeit.Timer(statement, globals=names)
    calibration = 20
    elapsed = timer.timeit(number=calibration)
    number = max(1, int(calibration * TARGET_SECONDS / elapsed))
    best = min(timer.repeat(repeat=REPEATS, number=number))
    return best / number * 1e9


def measure() -> dict[str, dict[str, float]]:
    """Mean ns per operation for each operation and representation."""
    table: dict[str, dict[str, float]] = {}
    for rep_name, build in REPRESENTATIONS.items():
        values = {name: build(*bounds) for name, bounds in OPERANDS.items()}
        neighbours = {name: build(*bounds) for name, bounds in NEIGHBOURS.items()}
        for op_name, statement in OPERATIONS.items():
            if op_name == "intersect":
                pairs = [(values[n], neighbours[n]) for n in OPERANDS]
            else:
                pairs = [(values[x], values[y]) for x, y in PAIRS]
            times = [ns_per_run(statement, {"a": a, "b": b}) for a, b in pairs]
            table.setdefault(op_name, {})[rep_name] = statistics.fmean(times)
        chain_names = {"r": values["revenue"], "t": values["rate"], "p": values["price"]}
        table.setdefault(f"chain: {CHAIN}", {})[rep_name] = ns_per_run(CHAIN, chain_names)
    return table


def check_enclosures() -> None:
    """Each Decimal and float result must hold the exact result: timing a wrong answer is moot."""
    for build in (DecimalInterval.from_text, FloatInterval.from_text):
        values = {name: build(*bounds) for name, bounds in OPERANDS.items()}
        exact = {name: fraction_interval(*bounds) for name, bounds in OPERANDS.items()}
        for x, y in PAIRS:
            for op in (operator.add, operator.mul, operator.truediv):
                got, want = op(values[x], values[y]), op(exact[x], exact[y])
                if not Fraction(got.lo) <= want.lo <= want.hi <= Fraction(got.hi):
                    raise SystemExit(f"{build.__qualname__}: {x} {op.__name__} {y} misses {want}")


def main() -> None:
    check_enclosures()
    table = measure()
    reps = list(REPRESENTATIONS)
    label_width = max(len(op) for op in table)
    header = f"{'ns per operation':<{label_width}}" + "".join(f"{rep:>11}" for rep in reps)
    header += "".join(f"{rep + '/Fraction':>18}" for rep in reps[1:])
    print(header)
    print("-" * len(header))
    for op_name, row in table.items():
        line = f"{op_name:<{label_width}}" + "".join(f"{row[rep]:>11.0f}" for rep in reps)
        line += "".join(f"{row[rep] / row['Fraction']:>18.2f}" for rep in reps[1:])
        print(line)


if __name__ == "__main__":
    main()
