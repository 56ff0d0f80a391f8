"""A naive evaluator of simple checks with pint Quantities: the baseline of bench_engine.py.

It does what a first attempt at "check the numbers" would: read each figure's quote, keep both
ends of its strict and lenient readings as ``pint`` Quantities (``ureg.Quantity(Fraction,
unit)``, factcheck's own registry with exact Fraction magnitudes), evaluate the left side at
every combination of its figures' ends (the *corners*), and see whether the range those corners
span meets the stated figure.  No constraint network, no propagation, no exact witness: corners
are only right for expressions monotone in each figure, and open ends are treated as closed.

Understands three forms, as bench_engine.py writes them::

    share(a, b) == c        growth(a, b) == c        a + b == c
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from factcheck.reading import read_one
from factcheck.units import registry

_FORMS: Mapping[str, Callable[[Any, Any], Any]] = {
    "share": lambda a, b: a / b,
    "growth": lambda a, b: a / b - 1,
    "sum": lambda a, b: a + b,
}
_CALL = re.compile(r"^\s*(share|growth)\((\w+),\s*(\w+)\)\s*==\s*(\w+)\s*$")
_SUM = re.compile(r"^\s*(\w+)\s*\+\s*(\w+)\s*==\s*(\w+)\s*$")


def parse(condition: str) -> tuple[str, str, str, str]:
    """(form, a, b, c) of a condition in one of the three forms."""
    match = _CALL.match(condition)
    if match is not None:
        return match.group(1), match.group(2), match.group(3), match.group(4)
    match = _SUM.match(condition)
    if match is None:
        raise ValueError(f"naive_pint understands share/growth/sum checks only: {condition!r}")
    return "sum", match.group(1), match.group(2), match.group(3)


class NaiveFigure:
    """A figure's strict and lenient readings, each end a pint Quantity."""

    __slots__ = ("lenient", "strict")

    def __init__(self, quote: str) -> None:
        reading = read_one(quote)
        ureg = registry()
        unit = reading.unit_text or "dimensionless"
        ends: list[tuple[Any, Any]] = []
        for interval in (reading.strict, reading.lenient):
            lo = ureg.Quantity(interval.lo, unit) if interval.lo is not None else None
            hi = ureg.Quantity(interval.hi, unit) if interval.hi is not None else None
            ends.append((lo, hi))
        self.strict, self.lenient = ends


def _range(form: str, a: tuple[Any, Any], b: tuple[Any, Any]) -> tuple[Any, Any] | None:
    """The smallest and largest value of the left side over the corners (``None`` when a
    corner is missing or divides by zero)."""
    fn = _FORMS[form]
    values = []
    for x, y in itertools.product(a, b):
        if x is None or y is None:
            return None
        if form != "sum" and y.magnitude == 0:
            return None
        values.append(fn(x, y))
    return min(values), max(values)


def _meets(span: tuple[Any, Any] | None, stated: tuple[Any, Any]) -> bool:
    if span is None:
        return True  # the naive evaluator cannot tell: give the benefit of the doubt
    lo, hi = span
    stated_lo, stated_hi = stated
    if stated_lo is not None and hi < stated_lo:
        return False
    return not (stated_hi is not None and lo > stated_hi)


def grade(form: str, a: NaiveFigure, b: NaiveFigure, c: NaiveFigure) -> str:
    """consistent / stretched / inconsistent, from the corners of the two readings."""
    if not _meets(_range(form, a.lenient, b.lenient), c.lenient):
        return "inconsistent"
    if not _meets(_range(form, a.strict, b.strict), c.strict):
        return "stretched"
    return "consistent"


def audit_naive(
    figures: Mapping[str, str], checks: Sequence[tuple[str, str]]
) -> list[tuple[str, str]]:
    """``[(check id, grade), ...]`` for ``checks`` (id, condition) over ``figures`` (name ->
    quote); every figure is read once."""
    read = {name: NaiveFigure(quote) for name, quote in figures.items()}
    out = []
    for check_id, condition in checks:
        form, a, b, c = parse(condition)
        out.append((check_id, grade(form, read[a], read[b], read[c])))
    return out
