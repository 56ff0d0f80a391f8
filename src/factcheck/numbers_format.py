"""Numbers as people write them (issue #18): one place for how every report shows a number.

- no scientific notation and no float noise: ``11,660,000``, not ``1.166e+07``; ``0``, not
  ``-1.388e-15``;
- thousands separators from 10,000 up (``628,000``; a year-like ``2025`` stays as it is), and
  from 1,000 up for a number with decimals (``2,450.65``);
- no fractions beside decimals: ``41/120`` is shown as a decimal, rounded outward in an
  interval (so the interval shown still contains the exact one);
- intervals in words where brackets mislead: ``19–20 %``, ``at least 0``, ``more than 13``;
  brackets only where an open end matters (``(13, 14]``); an interval that says nothing is
  "unconstrained";
- a gap between two percentages is in percentage points (``misses by 0.49 pp``);
- an inequality check compares the stated value with a half-line ("must be above 0 %");
- JSON keeps exact values, readable: the shortest decimal that is still sound (rounded
  outward), with the exact value beside it where it differs (:func:`sound_decimal`).

Nothing here decides a verdict; it only writes numbers the engine worked out.
"""

from __future__ import annotations

__all__ = [
    "UNCONSTRAINED",
    "amount",
    "bracket_text",
    "culprit_sentence",
    "fit_words",
    "gap_unit",
    "interval_words",
    "number",
    "shown_unit",
    "sound_decimal",
]

import math
import re
from fractions import Fraction

from factcheck.intervals import Interval, decimal_text

TYPE_CHECKING = False  # not typing's: ``factcheck read`` starts without importing typing
if TYPE_CHECKING:
    from typing import Literal

    Direction = Literal["down", "up", "nearest"]

UNCONSTRAINED = "unconstrained"
"""An interval with no bound on either side, in words (what "implied anything" meant)."""

_NOISE = Fraction(1, 10**9)
"""Below this share of the larger end (or of 1), an interval end is float noise: shown as 0."""

_NEGLIGIBLE = Fraction(1, 10**100)
"""A single value this small is an outward-rounded zero (a denormal): shown as ≈0."""

_TINY = Fraction(1, 10**15)
"""Below this, an exact end in JSON is an outward-rounded zero, written as 0 or 10**-15."""

_SEPARATE_FROM = 10_000
_SHORT_DIGITS = 12
"""Significant digits a value shown exactly may have."""


# -- one number --------------------------------------------------------------------------------


def _exponent(value: Fraction) -> int:
    """``e`` with ``10**e <= value < 10**(e+1)``, for ``value > 0``."""
    e = len(str(value.numerator)) - len(str(value.denominator))
    if Fraction(10) ** e > value:
        e -= 1
    elif Fraction(10) ** (e + 1) <= value:
        e += 1
    return e


def _rounded(value: Fraction, decimals: int, direction: Direction) -> Fraction:
    """``value`` rounded to ``decimals`` places (negative: to tens, hundreds, ...)."""
    step = Fraction(10) ** -decimals
    scaled = value / step
    if direction == "down":
        whole = math.floor(scaled)
    elif direction == "up":
        whole = math.ceil(scaled)
    else:
        whole = round(scaled)
    return whole * step


def _decimals(value: Fraction, digits: int) -> int:
    """How many decimals give ``value`` ``digits`` significant digits (negative for large
    values: -3 rounds to thousands)."""
    if value == 0:
        return 0
    return digits - 1 - _exponent(abs(value))


def _separated(value: Fraction) -> bool:
    """Whether ``value`` is written with thousands separators: from 10,000 up, and from 1,000
    up with decimals (a four-digit whole number may be a year, "2025"; with decimals it never
    is)."""
    return abs(value) >= _SEPARATE_FROM or (abs(value) >= 1000 and value.denominator != 1)


def _plain(value: Fraction) -> str:
    """A terminating decimal as text, with thousands separators (:func:`_separated`) and no
    trailing zeros."""
    text = decimal_text(value)
    sign = "-" if text.startswith("-") else ""
    whole, _, fraction = text.lstrip("-").partition(".")
    if _separated(value):
        whole = f"{int(whole):,}"
    fraction = fraction.rstrip("0")
    return sign + whole + (f".{fraction}" if fraction else "")


def _short_exact(value: Fraction) -> bool:
    """Whether ``value`` is a decimal a person writes out: at most 12 significant digits
    ("64.05", "12,372,400"), not the long tail of a float the engine rounded outward
    ("196.8010600465625")."""
    text = decimal_text(value)
    if "/" in text:
        return False
    digits = text.replace("-", "").replace(".", "")
    return len(digits) <= 16 and len(digits.strip("0")) <= _SHORT_DIGITS


def number(value: Fraction, *, digits: int = 4, direction: Direction = "nearest") -> str:
    """``value`` as a person writes it: exact when it is a short decimal (``64.05``,
    ``628,000``), else ``digits`` significant digits, rounded ``direction``, marked "≈" when
    rounded to nearest.  Never an exponent, never a fraction."""
    if _short_exact(value):
        return _plain(value)
    if abs(value) < _NEGLIGIBLE:
        return "≈0" if direction == "nearest" else "0"  # an outward-rounded 0 (-4.9e-324)
    shown = _rounded(value, _decimals(value, digits), direction)
    text = _plain(shown)
    return f"≈{text}" if direction == "nearest" and shown != value else text


def amount(value: Fraction, *, direction: Direction = "down") -> str:
    """A size such as a miss or a needed allowance: two decimals (two significant digits
    below 0.01), thousands separators, rounded ``direction`` (down: "misses by at least")."""
    if _short_exact(value) and len(decimal_text(value).partition(".")[2]) <= 2:
        return _plain(value)
    decimals = 2 if abs(value) >= Fraction(1, 100) else max(0, _decimals(value, 2))
    return _plain(_rounded(value, decimals, direction))


def gap_unit(unit: str) -> str:
    """The unit of a difference of two values shown in ``unit``: percentage points for
    percent, else the unit itself."""
    return "pp" if unit == "%" else unit


# -- intervals ---------------------------------------------------------------------------------


_UNSEPARATED = re.compile(r"(≈?-?)(\d{4,})((?:\.\d+)?)")


def _ends(interval: Interval, factor: Fraction) -> tuple[str | None, str | None]:
    """Both ends, scaled and rounded outward to one shared number of decimals (enough for
    four significant digits of each, and to tell the ends apart); noise shown as 0; both
    with thousands separators when either has them ("1,999.5–2,000")."""
    lo_text, hi_text = _ends_apart(interval, factor)
    if any("," in (t or "") for t in (lo_text, hi_text)):

        def separated(text: str | None) -> str | None:
            found = None if text is None else _UNSEPARATED.fullmatch(text)
            if found is None:
                return text
            return f"{found.group(1)}{int(found.group(2)):,}{found.group(3)}"

        return separated(lo_text), separated(hi_text)
    return lo_text, hi_text


def _ends_apart(interval: Interval, factor: Fraction) -> tuple[str | None, str | None]:
    lo = None if interval.lo is None else interval.lo * factor
    hi = None if interval.hi is None else interval.hi * factor
    present = [v for v in (lo, hi) if v is not None]
    scale = max([abs(v) for v in present] + [Fraction(1)])
    lo = Fraction(0) if lo is not None and abs(lo) < _NOISE * scale else lo
    hi = Fraction(0) if hi is not None and abs(hi) < _NOISE * scale else hi
    exact = [v for v in (lo, hi) if v is not None]
    if all(_short_exact(v) for v in exact):
        return (None if lo is None else _plain(lo)), (None if hi is None else _plain(hi))
    # four significant digits of the larger end; more only to tell the ends apart
    decimals = _decimals(max(exact, key=abs), 4) if any(exact) else 0
    if lo is not None and hi is not None and hi - lo <= _NOISE * scale:
        # Ends apart by float noise alone are one value (233,888.99999999994 to
        # 233,889.00000000006 is 233,889): the shortest decimal within the noise of both.
        middle = (lo + hi) / 2
        for places in range(_decimals(middle, 6) + 1):
            near = _rounded(middle, places, "nearest")
            if abs(near - lo) <= _NOISE * scale and abs(near - hi) <= _NOISE * scale:
                return _plain(near), _plain(near)
        # a ratio of exact counts (58.37526055...): six significant digits, marked as rounded
        rounded = _plain(_rounded(middle, _decimals(middle, 6), "nearest"))
        return f"≈{rounded}", f"≈{rounded}"
    if lo is not None and hi is not None and hi > lo:
        while decimals < 12 and Fraction(10) ** -decimals * 4 > hi - lo:
            decimals += 1

    def shown(value: Fraction, direction: Direction) -> str:
        near = _rounded(value, decimals, "nearest")
        if abs(near - value) <= _NOISE * scale:
            return _plain(near)  # float noise of the engine's outward rounding: -100.0000001
        return _plain(_rounded(value, decimals, direction))

    return (None if lo is None else shown(lo, "down")), (None if hi is None else shown(hi, "up"))


def interval_words(interval: Interval | None, factor: Fraction, unit: str) -> str:
    """An interval in the display unit, as a reader says it: ``19–20 %``, ``3``,
    ``-100 to 86.49 %``, ``(13, 14] trillion CNY`` (an open end), ``at least 0 CNY``,
    ``unconstrained``; ``—`` for none."""
    if interval is None:
        return "—"
    if interval.is_empty:
        return "no room (the other checks cannot all hold)"
    if interval.lo is None and interval.hi is None:
        return UNCONSTRAINED
    lo, hi = _ends(interval, factor)
    if (interval.is_point or (interval.lo_closed and interval.hi_closed)) and lo == hi and lo:
        body = lo
    elif interval.is_point and lo is not None:
        body = f"{lo}–{hi}"
    elif lo is not None and hi is not None and interval.lo_closed and interval.hi_closed:
        body = f"{lo} to {hi}" if lo.startswith("-") or hi.startswith("-") else f"{lo}–{hi}"
    elif lo is not None and hi is not None:
        # an open end matters ("surpassed 13": (13, 14]): brackets say it exactly
        body = f"{'[' if interval.lo_closed else '('}{lo}, {hi}{']' if interval.hi_closed else ')'}"
    else:
        parts = []
        if lo is not None:
            parts.append(f"at least {lo}" if interval.lo_closed else f"more than {lo}")
        if hi is not None:
            parts.append(f"at most {hi}" if interval.hi_closed else f"less than {hi}")
        body = ", ".join(parts)
    return f"{body} {shown_unit(unit)}".rstrip()


_SYMBOLS: dict[str, str] = {
    "gram": "g",
    "kilogram": "kg",
    "tonne": "tonnes",
    "meter": "m",
    "kilometer": "km",
    "mile": "miles",
    "square_kilometer": "km²",
    "square_meter": "m²",
    "square_foot": "sq ft",
    "square_mile": "sq miles",
    "hectare": "ha",
    "acre": "acres",
    "liter": "litres",
    "cubic_meter": "m³",
    "barrel": "barrels",
    "kilowatt": "kW",
    "megawatt": "MW",
    "gigawatt": "GW",
    "kilowatt_hour": "kWh",
    "megawatt_hour": "MWh",
    "gigawatt_hour": "GWh",
    "terawatt_hour": "TWh",
}
"""How a physical unit's canonical name is shown in prose ("145.5–146.5 tonnes", "3.4 GW");
JSON keeps the canonical names."""


def shown_unit(unit: str) -> str:
    """``unit`` ("million tonne", "cubic_meter") with its physical unit as readers write it
    ("million tonnes", "m³"); any other unit as it is."""
    head, _, last = unit.rpartition(" ")
    symbol = _SYMBOLS.get(last)
    if symbol is None:
        return unit
    return f"{head} {symbol}" if head else symbol


def bracket_text(interval: Interval, unit: str = "") -> str:
    """The reading of one phrase (``factcheck read``, ``scan``): as :func:`interval_words`
    (``0.325–0.3417``, ``2024``, ``(13, 14]``), with an unbounded side in brackets, exactly
    (``(13, +∞)``): decimals rounded outward, never a fraction."""
    if interval.is_empty or (interval.lo is not None and interval.hi is not None):
        return interval_words(interval, Fraction(1), unit)
    lo, hi = _ends(interval, Fraction(1))
    left = "[" if interval.lo_closed else "("
    right = "]" if interval.hi_closed else ")"
    body = f"{left}{'-∞' if lo is None else lo}, {'+∞' if hi is None else hi}{right}"
    return f"{body} {unit}".rstrip()


def sound_decimal(value: Fraction, direction: Direction) -> str:
    """The shortest decimal that is still sound for ``value``: ``value`` itself when it is a
    terminating decimal of at most 20 digits, else the shortest decimal that round-trips a
    double, moved one double ``direction`` (down for a low end, up for a high end) when it
    fell on the wrong side of ``value``.  Never an exponent."""
    exact = decimal_text(value)
    if "/" not in exact and len(exact.replace("-", "").replace(".", "")) <= 20:
        return exact
    if abs(value) < _TINY:
        # an outward-rounded zero (-4.9e-324): 0 on the side toward zero, else one step of
        # 10**-15 beyond it, both sound and short
        if (value > 0) == (direction == "up") and direction != "nearest":
            return decimal_text(_TINY if value > 0 else -_TINY)
        return "0"
    try:
        near = float(value)
    except OverflowError:
        near = math.inf
    if not math.isfinite(near):
        return decimal_text(_rounded(value, 0, direction))
    toward = -math.inf if direction == "down" else math.inf
    candidate = Fraction(repr(near))
    while (direction == "down" and candidate > value) or (direction == "up" and candidate < value):
        near = math.nextafter(near, toward)
        candidate = Fraction(repr(near))
    return decimal_text(candidate)


# -- culprits ---------------------------------------------------------------------------------


def fit_words(
    lo: Fraction | None, hi: Fraction | None, lo_closed: bool, hi_closed: bool, unit: str
) -> str:
    """Where a culprit would have to lie, in words, its ends rounded outward as the interval
    display rounds them (one shared number of decimals, float noise shown as one value):
    ``between 17.39 and 18.51 %``, ``at least 3``, ``647``, ``2,450.1``."""
    tail = f" {unit}" if unit else ""
    if lo is None and hi is None:
        return "any value"
    if lo is not None and hi is not None and hi < lo:
        return "no value"
    low, high = _ends(Interval(lo, hi, lo_closed, hi_closed), Fraction(1))
    if low is not None and high is not None:
        return f"{low}{tail}" if low == high else f"between {low} and {high}{tail}"
    if low is not None:
        return f"{'at least' if lo_closed else 'more than'} {low}{tail}"
    return f"{'at most' if hi_closed else 'less than'} {high}{tail}"


def culprit_sentence(quote: str, figure: str, fit: str, read_as: str = "") -> str:
    """ "likely culprit: 'of 651 valid votes' — the article holds if it were 647", or, for a
    slip of a word, "... — the article holds if it were read as percentage points"."""
    what = repr(quote) if quote else repr(figure)
    if read_as:
        return f"likely culprit: {what} — the article holds if it were read as {read_as}"
    return f"likely culprit: {what} — the article holds if it were {fit}"
