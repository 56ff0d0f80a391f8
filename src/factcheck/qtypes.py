"""The type of a quantity in a check: its dimensions, and whether it is a rate.

pint decides dimensions (currencies, percentage points); this module adds the one distinction
pint cannot make: a *rate* (a dimensionless ratio such as a share or a growth rate, written in
percent) against a plain number.  The difference of two rates is in percentage points, a
dimension of its own, so "percent" and "percentage points" never mix silently.
"""

from __future__ import annotations

__all__ = ["COUNT", "PLAIN", "PP", "RATE", "QType", "qtype_of_unit"]

from dataclasses import dataclass
from fractions import Fraction
from functools import cache
from typing import Final

from factcheck.units import Dimensions, base_factor, dimensions, format_dimensions

_PP_DIMS: Final[Dimensions] = frozenset({("[rate_difference]", 1)})


@dataclass(frozen=True, slots=True)
class QType:
    """Dimensions plus the rate flag (only meaningful for dimensionless quantities)."""

    dims: Dimensions
    rate: bool = False
    count: bool = False
    """A whole-number count of people or things (dimensionless, never a rate): a count and a
    rate are never compared (see :mod:`factcheck.counts`)."""

    @property
    def is_pp(self) -> bool:
        return self.dims == _PP_DIMS

    @property
    def dimensionless(self) -> bool:
        return not self.dims

    def describe(self) -> str:
        if self.is_pp:
            return "percentage points"
        if not self.dims:
            if self.count:
                return "a whole-number count"
            return "percent" if self.rate else "a plain number"
        text = format_dimensions(self.dims).replace("[currency_", "")
        return text.replace("[", "").replace("]", "")

    def display_unit(self) -> str:
        """The unit in which values of this type are shown ("%", "pp", "CNY", "")."""
        if self.is_pp:
            return "pp"
        if not self.dims:
            return "%" if self.rate else ""
        return self.describe()

    def display_factor(self) -> Fraction:
        """Base value times this factor is the displayed value (100 for % and pp)."""
        if self.is_pp or (self.rate and not self.dims):
            return Fraction(100)
        return Fraction(1)

    def times(self, other: QType) -> QType:
        dims = _combine(self.dims, other.dims, 1)
        return QType(dims, not dims and (self.rate or other.rate))

    def over(self, other: QType) -> QType:
        dims = _combine(self.dims, other.dims, -1)
        # A ratio of two like quantities (part / whole) is a rate; so is a rate over a number.
        return QType(dims, not dims and (bool(self.dims) or self.rate or other.rate))

    def power(self, exponent: int) -> QType:
        dims: Dimensions = frozenset((name, exp * exponent) for name, exp in self.dims)
        return QType(dims, not dims and self.rate)


PLAIN: Final = QType(frozenset())
COUNT: Final = QType(frozenset(), count=True)
RATE: Final = QType(frozenset(), rate=True)
PP: Final = QType(_PP_DIMS)


def _combine(a: Dimensions, b: Dimensions, sign: int) -> Dimensions:
    total: dict[str, int] = dict(a)
    for name, exp in b:
        total[name] = total.get(name, 0) + sign * exp
    return frozenset((name, exp) for name, exp in total.items() if exp)


_RATE_WORDS: Final = frozenset({"percent", "%", "per_mille", "permille", "‰"})
"""Unit words that make a quantity a rate (a dimensionless share)."""


@cache
def qtype_of_unit(unit: str) -> tuple[QType, Fraction]:
    """The type of a unit expression and its factor to base units.

    ``"percent"`` is a rate with factor 1/100; ``"trillion CNY"`` is CNY with factor 10**12.
    """
    if not unit:
        return PLAIN, Fraction(1)
    words = unit.split()
    rate = any(word in _RATE_WORDS for word in words)
    return QType(dimensions(unit), rate=rate and not dimensions(unit)), base_factor(unit)
