"""The result of reading: :class:`Reading`, its :data:`Kind`, and shared exact values.

Also the fixed readings of proportions and multiples in words (:func:`_word_windows`), which
the grammar tables and the word readers share.
"""

from __future__ import annotations

from fractions import Fraction

from factcheck.frozen import Frozen
from factcheck.hedges import Within
from factcheck.intervals import Interval
from factcheck.reading.lexicon import _SCALES

TYPE_CHECKING = False  # not typing's: ``factcheck read`` starts without importing typing
if TYPE_CHECKING:
    from typing import Final, Literal

    Kind = Literal[
        "number",  # an amount, a rate or a count written in digits or words
        "fraction",  # "half", "a third", "one in five": a proportion
        "multiple",  # "doubled", "tripled", "halved": a ratio of a new level to an old
        "ordinal",  # "ninth consecutive month", "the third expo"
        "rank",  # "second-highest"
        "date",  # "July 10, 2025"
        "year",  # "2024"
        "period",  # "first half", "Q2", "2013-14"
        "time",  # "12:39:59 AM", "3 p.m."
        "code",  # a name or code with digits: "COVID-19", "G20", "the S&P 500", "Five-Year"
    ]


# -- the result -----------------------------------------------------------------------------


class Reading(Frozen, kw_only=True):
    """One number of a phrase, as a careful reader understands it."""

    _fields = (
        "text", "start", "end", "value", "number", "kind", "unit", "scale", "hedge",
        "hedge_text", "direction", "rounding", "step", "strict", "lenient", "label",
    )  # fmt: skip
    __slots__ = _fields

    text: str
    """The span as it appears, hedge and unit included ("nearly 20 percent")."""
    start: int
    """0-based offset of the span in the phrase."""
    end: int
    value: str
    """The number exactly as written ("1.81", "628,000", "five", "5 and 7")."""
    number: Fraction
    """The written value, signed by any direction word ("fell 2.7 percent" -> -2.7)."""
    kind: Kind
    unit: str | None
    """Canonical unit: "CNY", "USD", "EUR", "GBP", "JPY", "percent", "percentage_point",
    "basis_point"; ``None`` for plain numbers and counts."""
    scale: str | None
    """"thousand", "million", "billion" or "trillion" when written."""
    hedge: str | None
    """The canonical hedge ("about", "nearly", "over", ...), if any."""
    hedge_text: str | None
    """The hedge as written ("surpassed")."""
    direction: int
    """+1 or -1 when a direction word gave the sign ("up", "fell"), else 0."""
    rounding: str
    """The rounding rule applied ("up_or_down", ... or "base 100", "exact")."""
    step: Fraction
    """One unit of the last written digit, in the number's own unit and scale."""
    strict: Interval
    lenient: Interval
    label: str | None
    """The noun of a count ("enterprises"), when one follows."""

    def __init__(
        self,
        *,
        text: str,
        start: int,
        end: int,
        value: str,
        number: Fraction,
        kind: Kind,
        unit: str | None,
        scale: str | None,
        hedge: str | None,
        hedge_text: str | None,
        direction: int,
        rounding: str,
        step: Fraction,
        strict: Interval,
        lenient: Interval,
        label: str | None = None,
    ) -> None:
        set_ = object.__setattr__
        set_(self, "text", text)
        set_(self, "start", start)
        set_(self, "end", end)
        set_(self, "value", value)
        set_(self, "number", number)
        set_(self, "kind", kind)
        set_(self, "unit", unit)
        set_(self, "scale", scale)
        set_(self, "hedge", hedge)
        set_(self, "hedge_text", hedge_text)
        set_(self, "direction", direction)
        set_(self, "rounding", rounding)
        set_(self, "step", step)
        set_(self, "strict", strict)
        set_(self, "lenient", lenient)
        set_(self, "label", label)

    @property
    def unit_text(self) -> str | None:
        """The unit of the bounds of ``strict`` and ``lenient``: scale and unit together."""
        parts = [part for part in (self.scale, self.unit) if part]
        return " ".join(parts) if parts else None

    @property
    def multiplier(self) -> Fraction:
        """What one unit of the bounds is worth in base units (10**12 for trillion yuan,
        1/100 for percent and percentage points, 10**9 for million tonnes: grams)."""
        key = (self.scale, self.unit)
        factor = _MULTIPLIERS.get(key)
        if factor is None:
            factor = Fraction(10) ** _SCALES[self.scale][1] if self.scale else Fraction(1)
            if self.unit in ("percent", "percentage_point"):
                factor /= 100
            elif self.unit == "per_mille":
                factor /= 1000
            elif self.unit == "basis_point":
                factor /= 10000
            elif self.unit is not None:
                from factcheck.units_table import UNITS

                # A physical unit is worth its factor to the base unit (a kilogram 1,000
                # grams); a currency is its own base.
                found = UNITS.get(self.unit)
                if found is not None:
                    factor *= found[0]
            _MULTIPLIERS[key] = factor
        return factor

    def to_json(self) -> dict[str, object]:
        """The stable JSON shape printed by ``factcheck read --format json``."""
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "value": self.value,
            "number": _plain(self.number),
            "kind": self.kind,
            "unit": self.unit_text,
            "base_unit": self.unit,
            "scale": self.scale,
            "hedge": self.hedge,
            "hedge_text": self.hedge_text,
            "direction": self.direction,
            "rounding": self.rounding,
            "step": _plain(self.step),
            "label": self.label,
            "strict": self.strict.to_json(),
            "lenient": self.lenient.to_json(),
        }


_MULTIPLIERS: dict[tuple[str | None, str | None], Fraction] = {}
""":attr:`Reading.multiplier` by scale and unit, worked out once each."""


def _plain(value: Fraction) -> str:
    from factcheck.intervals import decimal_text

    return decimal_text(value)


_ZERO: Final = Fraction(0)
_ONE: Final = Fraction(1)


_WORD_STRICT: Final = Within(Fraction(25, 1000))
_WORD_LENIENT: Final = Within(Fraction(5, 100))


def _word_windows(value: Fraction) -> tuple[Fraction, Interval, Interval]:
    """A proportion or multiple in words and its strict and lenient readings.

    Proportions and multiples in words ("a third", "doubled") are how writers round: strictly
    within 2.5 % of the value, leniently within 5 % (docs/reading.md).
    """
    point = Interval.point(value)
    return value, _WORD_STRICT.apply(value, _ZERO, point), _WORD_LENIENT.apply(value, _ZERO, point)


def _exact(
    text: str,
    start: int,
    end: int,
    value: str,
    number: Fraction,
    kind: Kind,
    point: Interval | None = None,
) -> Reading:
    if point is None:
        point = Interval.point(number)
    return Reading(
        text=text,
        start=start,
        end=end,
        value=value,
        number=number,
        kind=kind,
        unit=None,
        scale=None,
        hedge=None,
        hedge_text=None,
        direction=0,
        rounding="exact",
        step=_ZERO,
        strict=point,
        lenient=point,
    )
