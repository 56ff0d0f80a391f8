"""Exact intervals of rational numbers, with open or closed ends and unbounded sides.

Bounds are :class:`fractions.Fraction` (or ``None`` for an unbounded side), so a number read
from "64.1" keeps exactly the bounds 64.05 and 64.15: nothing goes through a float.  The choice
of Fractions over outward-rounded floats or Decimals is measured in
``benchmarks/bench_intervals.py``; see docs/intervals.md for the figures.

Every operation is *sound*: for any exact points ``x in a`` and ``y in b`` the exact result of
``x op y`` lies in ``a op b``.  Where the exact set is not an interval (division by an interval
that straddles zero) the hull is returned, which is still sound.  Open and closed ends are
tracked exactly, so ``(13, 14]`` ("surpassed 13") and ``[12.5, 13.5]`` ("13") stay distinct.
"""

from __future__ import annotations

__all__ = ["EMPTY", "ENTIRE", "Interval", "decimal_text"]

from fractions import Fraction

from factcheck.errors import IntervalError
from factcheck.interval_ends import (
    decimal_text,
    less,
    minus,
    over,
    plus,
    product_ends,
    reciprocal_ends,
    tighter_hi,
    tighter_lo,
)

TYPE_CHECKING = False  # not typing's: ``factcheck read`` starts without importing typing
if TYPE_CHECKING:
    from typing import Final

_ZERO: Final = Fraction(0)
_ONE: Final = Fraction(1)


class Interval:
    """A set of rationals ``{x : lo <(=) x <(=) hi}``; ``None`` bounds are unbounded (and open).

    Build one with :meth:`closed`, :meth:`open`, :meth:`point`, :meth:`at_least` and friends, or
    the constructor.  Instances are immutable and hashable.  The empty set is :data:`EMPTY`.
    """

    __slots__ = ("_empty", "hi", "hi_closed", "lo", "lo_closed")

    lo: Fraction | None
    hi: Fraction | None
    lo_closed: bool
    hi_closed: bool
    _empty: bool

    def __init__(
        self,
        lo: Fraction | int | None,
        hi: Fraction | int | None,
        lo_closed: bool = True,
        hi_closed: bool = True,
    ) -> None:
        lo_f = None if lo is None else _as_fraction(lo, "lo")
        hi_f = None if hi is None else _as_fraction(hi, "hi")
        set_ = object.__setattr__
        if (
            lo_f is not None
            and hi_f is not None
            and (lo_f > hi_f or (lo_f == hi_f and not (lo_closed and hi_closed)))
        ):
            # Normalise every empty set to one shape, so equality and hashing agree.
            set_(self, "lo", Fraction(1))
            set_(self, "hi", _ZERO)
            set_(self, "lo_closed", False)
            set_(self, "hi_closed", False)
            set_(self, "_empty", True)
            return
        set_(self, "_empty", False)
        set_(self, "lo", lo_f)
        set_(self, "hi", hi_f)
        set_(self, "lo_closed", lo_f is not None and bool(lo_closed))
        set_(self, "hi_closed", hi_f is not None and bool(hi_closed))

    @classmethod
    def _nonempty(cls, lo: Fraction, hi: Fraction, lo_closed: bool, hi_closed: bool) -> Interval:
        """A bounded interval known to be non-empty, from Fractions (no checks: for the
        arithmetic below, which keeps non-empty positive intervals non-empty)."""
        new = object.__new__(cls)
        set_ = object.__setattr__
        set_(new, "_empty", False)
        set_(new, "lo", lo)
        set_(new, "hi", hi)
        set_(new, "lo_closed", lo_closed)
        set_(new, "hi_closed", hi_closed)
        return new

    def _positive(self) -> bool:
        """Whether the interval is non-empty, bounded, and above zero (the common case of
        levels and rates, where arithmetic needs no sign analysis)."""
        lo = self.lo
        return lo is not None and self.hi is not None and lo > 0 and not self._empty

    # -- construction -------------------------------------------------------------------------

    @classmethod
    def closed(cls, lo: Fraction | int, hi: Fraction | int) -> Interval:
        """``[lo, hi]``."""
        return cls(lo, hi, True, True)

    @classmethod
    def open(cls, lo: Fraction | int | None, hi: Fraction | int | None) -> Interval:
        """``(lo, hi)``."""
        return cls(lo, hi, False, False)

    @classmethod
    def point(cls, value: Fraction | int) -> Interval:
        """``[value, value]``."""
        return cls(value, value, True, True)

    @classmethod
    def at_least(cls, lo: Fraction | int) -> Interval:
        """``[lo, +inf)``."""
        return cls(lo, None, True, False)

    @classmethod
    def greater_than(cls, lo: Fraction | int) -> Interval:
        """``(lo, +inf)``."""
        return cls(lo, None, False, False)

    @classmethod
    def at_most(cls, hi: Fraction | int) -> Interval:
        """``(-inf, hi]``."""
        return cls(None, hi, False, True)

    @classmethod
    def less_than(cls, hi: Fraction | int) -> Interval:
        """``(-inf, hi)``."""
        return cls(None, hi, False, False)

    # -- immutability, equality, text ---------------------------------------------------------

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"Interval is immutable; cannot set {name!r}")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Interval):
            return NotImplemented
        return (self.lo, self.hi, self.lo_closed, self.hi_closed) == (
            other.lo,
            other.hi,
            other.lo_closed,
            other.hi_closed,
        )

    def __hash__(self) -> int:
        return hash((self.lo, self.hi, self.lo_closed, self.hi_closed))

    def __reduce__(self) -> tuple[type[Interval], tuple[object, ...]]:
        return (Interval, (self.lo, self.hi, self.lo_closed, self.hi_closed))

    def __repr__(self) -> str:
        return f"Interval({self.lo!r}, {self.hi!r}, {self.lo_closed}, {self.hi_closed})"

    def __str__(self) -> str:
        if self.is_empty:
            return "∅"
        left = "[" if self.lo_closed else "("
        right = "]" if self.hi_closed else ")"
        lo = "-inf" if self.lo is None else decimal_text(self.lo)
        hi = "+inf" if self.hi is None else decimal_text(self.hi)
        return f"{left}{lo}, {hi}{right}"

    def to_json(self) -> dict[str, str | bool | None]:
        """The JSON shape used by every machine-readable output (bounds as exact text)."""
        return {
            "low": None if self.lo is None else decimal_text(self.lo),
            "high": None if self.hi is None else decimal_text(self.hi),
            "low_closed": self.lo_closed,
            "high_closed": self.hi_closed,
        }

    # -- predicates and measures --------------------------------------------------------------

    @property
    def is_empty(self) -> bool:
        """Whether the interval holds no number."""
        return self._empty

    @property
    def is_point(self) -> bool:
        """Whether the interval holds exactly one number."""
        return self.lo is not None and self.lo == self.hi

    @property
    def is_bounded(self) -> bool:
        """Whether both sides are finite."""
        return self.lo is not None and self.hi is not None

    def __contains__(self, value: object) -> bool:
        if isinstance(value, Interval):
            return self.contains_interval(value)
        if not isinstance(value, int | Fraction):
            return False
        if self.is_empty:
            return False
        lo, hi = self.lo, self.hi
        if lo is not None and (value < lo or (value == lo and not self.lo_closed)):
            return False
        return not (hi is not None and (value > hi or (value == hi and not self.hi_closed)))

    def contains_interval(self, other: Interval) -> bool:
        """Whether every number of ``other`` is in ``self``."""
        if other.is_empty:
            return True
        if self.is_empty:
            return False
        if self.lo is not None:
            if other.lo is None or other.lo < self.lo:
                return False
            if other.lo == self.lo and other.lo_closed and not self.lo_closed:
                return False
        if self.hi is not None:
            if other.hi is None or other.hi > self.hi:
                return False
            if other.hi == self.hi and other.hi_closed and not self.hi_closed:
                return False
        return True

    def overlaps(self, other: Interval) -> bool:
        """Whether some number is in both (``not (self & other).is_empty``, without building
        the intersection)."""
        if self._empty or other._empty:
            return False
        a_lo, b_hi = self.lo, other.hi
        if (
            a_lo is not None
            and b_hi is not None
            and (less(b_hi, a_lo) or (a_lo == b_hi and not (self.lo_closed and other.hi_closed)))
        ):
            return False
        b_lo, a_hi = other.lo, self.hi
        if b_lo is not None and a_hi is not None:
            return not (
                less(a_hi, b_lo) or (b_lo == a_hi and not (other.lo_closed and self.hi_closed))
            )
        return True

    @property
    def width(self) -> Fraction | None:
        """``hi - lo``; ``None`` when a side is unbounded; 0 for a point; 0 for the empty set."""
        if self.is_empty:
            return _ZERO
        if self.lo is None or self.hi is None:
            return None
        return self.hi - self.lo

    @property
    def midpoint(self) -> Fraction:
        """A representative inside the interval: the middle when bounded.

        With one side unbounded it steps away from the finite bound by ``max(1, |bound|)``; for
        the whole line it is 0.  Raises :class:`IntervalError` for the empty set.
        """
        if self.is_empty:
            raise IntervalError("the empty interval has no midpoint")
        lo, hi = self.lo, self.hi
        if lo is not None and hi is not None:
            return (lo + hi) / 2
        if lo is not None:
            return lo + max(Fraction(1), abs(lo))
        if hi is not None:
            return hi - max(Fraction(1), abs(hi))
        return _ZERO

    def distance(self, other: Interval) -> Fraction:
        """The gap between two intervals (0 when they touch or overlap)."""
        if self.is_empty or other.is_empty:
            raise IntervalError("no distance to the empty interval")
        if self.hi is not None and other.lo is not None and self.hi < other.lo:
            return other.lo - self.hi
        if other.hi is not None and self.lo is not None and other.hi < self.lo:
            return self.lo - other.hi
        return _ZERO

    # -- set operations -----------------------------------------------------------------------

    def intersect(self, other: Interval) -> Interval:
        """The numbers in both."""
        if self.is_empty or other.is_empty:
            return EMPTY
        lo, lo_closed = tighter_lo(self.lo, self.lo_closed, other.lo, other.lo_closed)
        hi, hi_closed = tighter_hi(self.hi, self.hi_closed, other.hi, other.hi_closed)
        if (
            lo == self.lo
            and hi == self.hi
            and lo_closed == self.lo_closed
            and hi_closed == self.hi_closed
        ):
            return self
        return Interval(lo, hi, lo_closed, hi_closed)

    __and__ = intersect

    def hull(self, other: Interval) -> Interval:
        """The smallest interval holding both."""
        if self.is_empty:
            return other
        if other.is_empty:
            return self
        if self.lo is None or other.lo is None:
            lo, lo_closed = None, False
        elif self.lo != other.lo:
            lo, lo_closed = (
                (self.lo, self.lo_closed) if self.lo < other.lo else (other.lo, other.lo_closed)
            )
        else:
            lo, lo_closed = self.lo, self.lo_closed or other.lo_closed
        if self.hi is None or other.hi is None:
            hi, hi_closed = None, False
        elif self.hi != other.hi:
            hi, hi_closed = (
                (self.hi, self.hi_closed) if self.hi > other.hi else (other.hi, other.hi_closed)
            )
        else:
            hi, hi_closed = self.hi, self.hi_closed or other.hi_closed
        return Interval(lo, hi, lo_closed, hi_closed)

    __or__ = hull

    # -- arithmetic ---------------------------------------------------------------------------

    def __neg__(self) -> Interval:
        if self.is_empty:
            return EMPTY
        return Interval(
            None if self.hi is None else -self.hi,
            None if self.lo is None else -self.lo,
            self.hi_closed,
            self.lo_closed,
        )

    def __add__(self, other: Interval | Fraction | int) -> Interval:
        other = _coerce(other)
        if self._bounded_with(other):
            # A sum of non-empty intervals is non-empty: its ends can only meet when both
            # operands are points, which are closed.
            return Interval._nonempty(
                plus(self.lo, other.lo),  # type: ignore[arg-type]
                plus(self.hi, other.hi),  # type: ignore[arg-type]
                self.lo_closed and other.lo_closed,
                self.hi_closed and other.hi_closed,
            )
        if self.is_empty or other.is_empty:
            return EMPTY
        lo = None if self.lo is None or other.lo is None else self.lo + other.lo
        hi = None if self.hi is None or other.hi is None else self.hi + other.hi
        return Interval(
            lo, hi, self.lo_closed and other.lo_closed, self.hi_closed and other.hi_closed
        )

    __radd__ = __add__

    def __sub__(self, other: Interval | Fraction | int) -> Interval:
        other = _coerce(other)
        if self._bounded_with(other):
            return Interval._nonempty(
                minus(self.lo, other.hi),  # type: ignore[arg-type]
                minus(self.hi, other.lo),  # type: ignore[arg-type]
                self.lo_closed and other.hi_closed,
                self.hi_closed and other.lo_closed,
            )
        return self + (-other)

    def _bounded_with(self, other: Interval) -> bool:
        """Whether both intervals are non-empty and bounded (arithmetic needs no infinities)."""
        return (
            self.lo is not None
            and self.hi is not None
            and other.lo is not None
            and other.hi is not None
            and not self._empty
            and not other._empty
        )

    def __rsub__(self, other: Interval | Fraction | int) -> Interval:
        return _coerce(other) + (-self)

    def __mul__(self, other: Interval | Fraction | int) -> Interval:
        other = _coerce(other)
        if self._positive() and other._positive():
            # Increasing in both factors: the ends multiply, each attained iff both are.
            return Interval._nonempty(
                self.lo * other.lo,  # type: ignore[operator]
                self.hi * other.hi,  # type: ignore[operator]
                self.lo_closed and other.lo_closed,
                self.hi_closed and other.hi_closed,
            )
        if self.is_empty or other.is_empty:
            return EMPTY
        # A point factor of zero makes every product zero, whatever the other factor.
        if (self.lo == 0 and self.hi == 0) or (other.lo == 0 and other.hi == 0):
            return Interval.point(0)
        ends = product_ends(self.lo, self.hi, self.lo_closed, self.hi_closed,
                            other.lo, other.hi, other.lo_closed, other.hi_closed)  # fmt: skip
        return Interval(*ends)

    __rmul__ = __mul__

    def reciprocal(self) -> Interval:
        """``{1/x : x in self, x != 0}``, or its hull when that set is not an interval."""
        if self.is_empty:
            return EMPTY
        lo, hi = self.lo, self.hi
        if lo is not None and hi is not None and self._positive():
            return Interval._nonempty(_ONE / hi, _ONE / lo, self.hi_closed, self.lo_closed)
        if lo is not None and lo == 0 and hi is not None and hi == 0:
            return EMPTY  # no number of [0, 0] has a reciprocal
        ends = reciprocal_ends(lo, hi, self.lo_closed, self.hi_closed)
        if ends is not None:
            return Interval(*ends)
        # Straddles zero: the exact set is two rays; their hull is the whole line.
        return ENTIRE

    def __truediv__(self, other: Interval | Fraction | int) -> Interval:
        other = _coerce(other)
        if self._positive() and other._positive():
            # Increasing in the dividend, decreasing in the divisor.
            return Interval._nonempty(
                over(self.lo, other.hi),  # type: ignore[arg-type]
                over(self.hi, other.lo),  # type: ignore[arg-type]
                self.lo_closed and other.hi_closed,
                self.hi_closed and other.lo_closed,
            )
        if other.lo == 0 and other.hi == 0:
            return EMPTY  # division by exactly zero is undefined everywhere
        return self * other.reciprocal()

    def __rtruediv__(self, other: Interval | Fraction | int) -> Interval:
        return _coerce(other) / self

    def __pow__(self, exponent: int) -> Interval:
        """Integer powers, exact (``x**-n`` is ``1/x**n``)."""
        if not isinstance(exponent, int) or isinstance(exponent, bool):
            raise IntervalError(f"exponent={exponent!r} must be an int")
        if exponent == 0:
            return EMPTY if self.is_empty else Interval.point(1)
        if exponent < 0:
            return (self**-exponent).reciprocal()
        if self.is_empty:
            return EMPTY
        if exponent % 2 == 1 or (self.lo is not None and self.lo >= 0):
            return self._monotone_pow(exponent)
        if self.hi is not None and self.hi <= 0:
            return (-self)._monotone_pow(exponent)
        # Even power of an interval straddling zero: [0, max(lo**n, hi**n)].
        lo_part = Interval(self.lo, _ZERO, self.lo_closed, True)
        hi_part = Interval(_ZERO, self.hi, True, self.hi_closed)
        return (-lo_part)._monotone_pow(exponent).hull(hi_part._monotone_pow(exponent))

    def _monotone_pow(self, exponent: int) -> Interval:
        return Interval(
            None if self.lo is None else self.lo**exponent,
            None if self.hi is None else self.hi**exponent,
            self.lo_closed,
            self.hi_closed,
        )

    def scale(self, factor: Fraction | int) -> Interval:
        """Multiply by an exact number (cheaper than ``self * Interval.point(factor)``)."""
        factor = _as_fraction(factor, "factor")
        if self.is_empty:
            return EMPTY
        if factor == 0:
            return Interval.point(0)
        lo, hi = self.lo, self.hi
        if lo is not None and hi is not None and factor > 0:
            n, d = factor.numerator, factor.denominator
            return Interval._nonempty(
                Fraction(lo.numerator * n, lo.denominator * d),
                Fraction(hi.numerator * n, hi.denominator * d),
                self.lo_closed,
                self.hi_closed,
            )
        lo = None if lo is None else lo * factor
        hi = None if hi is None else hi * factor
        if factor > 0:
            return Interval(lo, hi, self.lo_closed, self.hi_closed)
        return Interval(hi, lo, self.hi_closed, self.lo_closed)


def _as_fraction(value: Fraction | int, name: str) -> Fraction:
    if isinstance(value, Fraction):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return Fraction(value)
    raise IntervalError(
        f"{name}={value!r} must be a Fraction or an int (parse written numbers from their text, "
        "never through float)"
    )


def _coerce(value: Interval | Fraction | int) -> Interval:
    if isinstance(value, Interval):
        return value
    return Interval.point(_as_fraction(value, "operand"))


EMPTY: Final = Interval(Fraction(1), Fraction(0), False, False)
"""The empty set of numbers."""

ENTIRE: Final = Interval(None, None)
"""Every rational number."""
