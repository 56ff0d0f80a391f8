"""The hedge table: each hedge word, once, with its strict and lenient window.

A *window* turns the number as written into the interval a reader accepts.  It sees three
things: ``x``, the magnitude as written (hedges speak of size, so "fell by over 3 percent" is
mirrored to the negative side after the window is applied); ``step``, one unit of the last
significant digit ("13" -> 1, "190" -> 10, "64.1" -> 0.1); and ``rounded``, the rounding
interval of ``x`` under the policy in force.

The defaults and the reasoning behind each are in docs/reading.md; a policy may replace any
entry (:class:`factcheck.ReadingPolicy` ``hedges=``).
"""

from __future__ import annotations

__all__ = [
    "HEDGES",
    "HEDGE_BY_WORD",
    "HEDGE_WORDS",
    "Above",
    "AtLeast",
    "AtMost",
    "Below",
    "Hedge",
    "Rounded",
    "Shortfall",
    "Window",
    "Within",
    "hedge_for",
]

from collections.abc import Mapping
from fractions import Fraction
from types import MappingProxyType

from factcheck.frozen import Frozen
from factcheck.intervals import Interval

TYPE_CHECKING = False  # not typing's: the reader starts without importing typing
if TYPE_CHECKING:
    from typing import Protocol
else:
    Protocol = object


class Window(Protocol):
    """Turns a written magnitude into the interval of values a reader accepts."""

    def apply(self, x: Fraction, step: Fraction, rounded: Interval) -> Interval: ...

    def describe(self) -> str: ...


class Rounded(Frozen):
    """Exactly the rounding interval: the hedge adds nothing the digits did not say."""

    _fields = ()
    __slots__ = ()

    def apply(self, x: Fraction, step: Fraction, rounded: Interval) -> Interval:
        return rounded

    def describe(self) -> str:
        return "the rounding interval of the digits"


class Within(Frozen):
    """The rounding interval widened to ``x`` +/- ``fraction`` of ``x``."""

    _fields = ("fraction",)
    __slots__ = _fields
    fraction: Fraction

    def __init__(self, fraction: Fraction) -> None:
        object.__setattr__(self, "fraction", fraction)

    def apply(self, x: Fraction, step: Fraction, rounded: Interval) -> Interval:
        n, d = self.fraction.numerator, self.fraction.denominator
        return rounded.hull(Interval.closed(_times(x, d - n, d), _times(x, d + n, d)))

    def describe(self) -> str:
        return f"within ±{_percent(self.fraction)} of the number (or its rounding, if wider)"


class Shortfall(Frozen):
    """``[x * (1 - fraction), x]`` (or ``[.., x)`` when ``x`` itself is excluded).

    With ``steps``, the window reaches at least ``steps`` units of the last significant digit
    below ``x`` as well: ``[min(x * (1 - fraction), x - steps * step), x]``.  That keeps it
    around a strict window of ``Below(steps)`` however large one unit is next to ``x``.
    """

    _fields = ("fraction", "include_x", "steps")
    __slots__ = _fields
    fraction: Fraction
    include_x: bool
    steps: int | None

    def __init__(
        self, fraction: Fraction, include_x: bool = True, steps: int | None = None
    ) -> None:
        object.__setattr__(self, "fraction", fraction)
        object.__setattr__(self, "include_x", include_x)
        object.__setattr__(self, "steps", steps)

    def apply(self, x: Fraction, step: Fraction, rounded: Interval) -> Interval:
        n, d = self.fraction.numerator, self.fraction.denominator
        low = _times(x, d - n, d)
        if self.steps is not None:
            by_steps = _plus(x, -self.steps, step)
            if by_steps < low:
                low = by_steps
        return Interval(low, x, True, self.include_x)

    def describe(self) -> str:
        upper = "the number itself" if self.include_x else "just below the number"
        reach = f"{_percent(self.fraction)} below the number"
        if self.steps is not None:
            units = "one unit" if self.steps == 1 else f"{self.steps} units"
            reach += f" (or {units} of its last significant digit, if that is further)"
        return f"from {reach} up to {upper}"


class Above(Frozen):
    """``(x, x + steps * step]``, or ``(x, +inf)`` when ``steps`` is ``None``."""

    _fields = ("steps",)
    __slots__ = _fields
    steps: int | None

    def __init__(self, steps: int | None = 1) -> None:
        object.__setattr__(self, "steps", steps)

    def apply(self, x: Fraction, step: Fraction, rounded: Interval) -> Interval:
        if self.steps is None:
            return Interval.greater_than(x)
        return Interval(x, _plus(x, self.steps, step), False, True)

    def describe(self) -> str:
        if self.steps is None:
            return "anything above the number"
        return "above the number, by at most one unit of its last significant digit"


class AtLeast(Frozen):
    """``[x, x + steps * step]``, or ``[x, +inf)`` when ``steps`` is ``None``."""

    _fields = ("steps",)
    __slots__ = _fields
    steps: int | None

    def __init__(self, steps: int | None = 1) -> None:
        object.__setattr__(self, "steps", steps)

    def apply(self, x: Fraction, step: Fraction, rounded: Interval) -> Interval:
        if self.steps is None:
            return Interval.at_least(x)
        return Interval.closed(x, _plus(x, self.steps, step))

    def describe(self) -> str:
        if self.steps is None:
            return "the number or anything above it"
        return "the number or above, by at most one unit of its last significant digit"


class Below(Frozen):
    """``[x - steps * step, x)``, or ``(-inf, x)`` when ``steps`` is ``None``."""

    _fields = ("steps",)
    __slots__ = _fields
    steps: int | None

    def __init__(self, steps: int | None = 1) -> None:
        object.__setattr__(self, "steps", steps)

    def apply(self, x: Fraction, step: Fraction, rounded: Interval) -> Interval:
        if self.steps is None:
            return Interval.less_than(x)
        return Interval(_plus(x, -self.steps, step), x, True, False)

    def describe(self) -> str:
        if self.steps is None:
            return "anything below the number"
        return "below the number, by at most one unit of its last significant digit"


class AtMost(Frozen):
    """``[x - steps * step, x]``, or ``(-inf, x]`` when ``steps`` is ``None``."""

    _fields = ("steps",)
    __slots__ = _fields
    steps: int | None

    def __init__(self, steps: int | None = 1) -> None:
        object.__setattr__(self, "steps", steps)

    def apply(self, x: Fraction, step: Fraction, rounded: Interval) -> Interval:
        if self.steps is None:
            return Interval.at_most(x)
        return Interval.closed(_plus(x, -self.steps, step), x)

    def describe(self) -> str:
        if self.steps is None:
            return "the number or anything below it"
        return "the number or below, by at most one unit of its last significant digit"


class Hedge(Frozen):
    """One hedge: its canonical name, the words that say it, and its two windows."""

    _fields = ("name", "words", "strict", "lenient", "reason")
    __slots__ = _fields
    name: str
    words: tuple[str, ...]
    strict: Window
    lenient: Window
    reason: str

    def __init__(
        self, name: str, words: tuple[str, ...], strict: Window, lenient: Window, reason: str
    ) -> None:
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "words", words)
        object.__setattr__(self, "strict", strict)
        object.__setattr__(self, "lenient", lenient)
        object.__setattr__(self, "reason", reason)


def _times(x: Fraction, numerator: int, denominator: int) -> Fraction:
    """``x * numerator / denominator``, from integers: one Fraction built, where Fraction
    arithmetic would build several (and check their types on the way)."""
    return Fraction(x.numerator * numerator, x.denominator * denominator)


def _plus(x: Fraction, steps: int, step: Fraction) -> Fraction:
    """``x + steps * step``, from integers (``steps`` may be negative)."""
    step_den = step.denominator
    return Fraction(
        x.numerator * step_den + steps * step.numerator * x.denominator, x.denominator * step_den
    )


def _percent(fraction: Fraction) -> str:
    value = fraction * 100
    return f"{value.numerator}%" if value.denominator == 1 else f"{float(value):g}%"


_FIVE = Fraction(5, 100)
_TEN = Fraction(10, 100)

_TABLE: tuple[Hedge, ...] = (
    Hedge(
        "about",
        (
            "about",
            "around",
            "approximately",
            "roughly",
            "some",
            "close to",
            "an estimated",
            "estimated",
            "circa",
            "c.",
            "ca.",
            "~",
            "approx.",
            "nearly about",
        ),
        Rounded(),
        Within(_FIVE),
        "A writer who says 'about' has rounded; strictly to the digits shown, leniently to 5 %.",
    ),
    Hedge(
        "nearly",
        ("nearly", "almost", "close to nearly", "just shy of", "shy of", "just short of"),
        Shortfall(_FIVE),
        Shortfall(_TEN),
        "'Nearly X' is a little under X: strictly within 5 % below, leniently within 10 %.",
    ),
    Hedge(
        "just under",
        (
            "just under",
            "just below",
            "slightly under",
            "slightly below",
            "a little under",
            "a little less than",
            "slightly less than",
            "just less than",
        ),
        Below(1),
        Shortfall(_FIVE, include_x=False, steps=1),
        "'Just under X' excludes X and stays within a unit of its last digit; leniently within "
        "5 % below X, or that unit if it reaches further, so strict lies inside lenient.",
    ),
    Hedge(
        "over",
        (
            "over",
            "more than",
            "above",
            "exceeded",
            "exceeding",
            "exceeds",
            "exceed",
            "surpassed",
            "surpassing",
            "surpasses",
            "topped",
            "topping",
            "tops",
            "in excess of",
            "upwards of",
            "greater than",
            "higher than",
            "north of",
            ">",
        ),
        Above(1),
        Above(None),
        "'Over 13' is above 13; a writer with 15 in hand would say 'over 15', so strictly it is "
        "within one unit of the last significant digit; leniently anything above.",
    ),
    Hedge(
        "at least",
        ("at least", "no less than", "not less than", "no fewer than", "a minimum of", "≥", ">="),
        AtLeast(1),
        AtLeast(None),
        "'At least X' admits X itself; otherwise as 'over'.",
    ),
    Hedge(
        "under",
        ("under", "less than", "below", "fewer than", "lower than", "south of", "<"),
        Below(1),
        Below(None),
        "'Under X' is below X; strictly within one unit of its last significant digit.",
    ),
    Hedge(
        "at most",
        (
            "up to",
            "at most",
            "no more than",
            "not more than",
            "a maximum of",
            "as many as",
            "as much as",
            "≤",
            "<=",
        ),
        AtMost(1),
        AtMost(None),
        "'Up to X' admits X itself; otherwise as 'under'.",
    ),
)

HEDGES: Mapping[str, Hedge] = MappingProxyType({hedge.name: hedge for hedge in _TABLE})
"""Every hedge by its canonical name."""

HEDGE_BY_WORD: Mapping[str, Hedge] = MappingProxyType(
    {word: hedge for hedge in _TABLE for word in hedge.words}
)
"""Every hedge word (lower case, single spaces) and the hedge it says."""

HEDGE_WORDS: tuple[str, ...] = tuple(sorted(HEDGE_BY_WORD, key=lambda w: (-len(w), w)))
"""Every hedge word, longest first (the order a regular expression must try them)."""


def hedge_for(word: str) -> Hedge:
    """The hedge a word says (case and inner whitespace ignored); ``KeyError`` if none."""
    return HEDGE_BY_WORD[" ".join(word.lower().split())]
