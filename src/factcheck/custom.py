"""Constraints a relation declares with its own narrowing and test (rank, granularity), for
the engine to propagate and verify (:mod:`factcheck.relations` declares them; the engine's
network, :mod:`factcheck.engine.network`, holds them)."""

from __future__ import annotations

__all__ = ["Custom", "granular"]

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from fractions import Fraction
from math import inf


@dataclass(frozen=True, slots=True)
class Custom:
    """A constraint declared by a relation (rank, granularity): its own narrowing and test."""

    name: str
    vars: tuple[int, ...]
    revise: Callable[[Sequence[tuple[float, float]]], Sequence[tuple[float, float]] | None]
    """New float bounds for ``vars`` (or ``None`` when nothing can be narrowed); an empty
    pair (lo > hi) means no solution."""
    holds: Callable[[Sequence[Fraction]], bool]
    """Whether exact values of ``vars`` satisfy the constraint."""
    grid: int | None = None
    """When set, the first variable must be a whole multiple of ``1 / grid`` (GRIM, shares of
    whole items): the search then tries those multiples as witness values."""


def granular(name: str, var: int, count: int) -> Custom:
    """``var`` is a whole multiple of ``1 / count`` (GRIM, shares of whole items, and with a
    count of 1 the whole numbers of a count of people or things)."""

    def revise(domains: Sequence[tuple[float, float]]) -> Sequence[tuple[float, float]] | None:
        lo, hi = domains[0]
        if lo == -inf or hi == inf:
            return None
        # the multiples k / count inside [lo, hi]; bounds rounded outward (sound), whatever
        # their sign: a relative margin scaled by the bound's magnitude always widens
        low, high = lo * count, hi * count
        first = math.ceil(low - abs(low) * 1e-12 - 1e-9)
        last = math.floor(high + abs(high) * 1e-12 + 1e-9)
        if first > last:
            return [(1.0, 0.0)]
        low_end, high_end = Fraction(first, count), Fraction(last, count)
        # A multiple that is a float exactly (every whole number of a count) is its own bound:
        # a domain of one whole number becomes a point, which propagation can then refute
        # ("0 / (0 + 0)"), and no neighbour of it is let in.
        return [
            (
                float(low_end) if _exact_float(low_end) else math.nextafter(first / count, -inf),
                float(high_end) if _exact_float(high_end) else math.nextafter(last / count, inf),
            )
        ]

    def holds(values: Sequence[Fraction]) -> bool:
        return (values[0] * count).denominator == 1

    return Custom(name, (var,), revise, holds, grid=count)


def _exact_float(value: Fraction) -> bool:
    """Whether ``value`` is a float exactly (a dyadic rational with a short numerator); a
    cheap test that never says yes wrongly."""
    denominator = value.denominator
    return (
        denominator & (denominator - 1) == 0
        and denominator < 2**1000
        and abs(value.numerator) < 2**53
    )
