"""The values a search tries: short decimals near the middle of a box, the ends of an exact
interval, and the one value a functional constraint leaves to a variable once the others are
known (every witness is verified exactly, whatever its values came from).
"""

from __future__ import annotations

from collections.abc import Iterator
from fractions import Fraction
from math import inf

from factcheck.custom import Custom
from factcheck.engine.constraints import Constraint
from factcheck.intervals import Interval


def _nearest_middle(first: int, last: int, count: int) -> list[int]:
    """The ``count`` integers of ``[first, last]`` nearest its middle, nearest first (the
    lower of two equally near first), without listing the range: a grid over a wide box can
    hold billions of points."""
    middle = (first + last) // 2
    out: list[int] = []
    distance = 0
    while len(out) < count and (middle - distance >= first or middle + distance <= last):
        for k in (middle,) if distance == 0 else (middle - distance, middle + distance):
            if first <= k <= last and len(out) < count:
                out.append(k)
        distance += 1
    return out


# -- searching ----------------------------------------------------------------------------------


_POWERS = tuple(10**k for k in range(40))


def _short_decimal(lo: Fraction, hi: Fraction, part: Fraction | int = Fraction(1, 2)) -> Fraction:
    """The decimal with the fewest digits in the middle ``part`` of ``[lo, hi]``: the first
    ``ceil(inner_lo * 10**digits) / 10**digits`` not above the inner interval's top, for
    ``digits`` from -15 (multiples of 10**15) to 39, worked out on integers."""
    # The inner interval is mid -+ (hi - lo) * part / 2, that is, with part = p / q,
    # [(lo (q + p) + hi (q - p)) / 2q, (hi (q + p) + lo (q - p)) / 2q]: on integers over one
    # denominator, without the Fraction arithmetic (it was most of the cost).
    p, q = part.numerator, part.denominator
    ln, ld = lo.numerator, lo.denominator
    hn, hd = hi.numerator, hi.denominator
    b = d = 2 * q * ld * hd
    a = ln * hd * (q + p) + hn * ld * (q - p)
    c = hn * ld * (q + p) + ln * hd * (q - p)
    for digits in range(-15, 0):
        unit = _POWERS[-digits]
        k = -(-a // (b * unit))  # ceil(inner_lo / unit)
        if k * unit * d <= c:
            return Fraction(k * unit)
    for scale in _POWERS:
        k = -(-a * scale // b)  # ceil(inner_lo * scale)
        if k * d <= c * scale:
            return Fraction(k, scale)
    return (lo + hi) / 2


def _ends_within(exact: Interval, flo: float, fhi: float) -> Iterator[Fraction]:
    """The exact domain's ends that lie within the float bounds (a generator: comparing a
    Fraction with a float is slow, and the first candidate usually serves)."""
    for end in (exact.lo, exact.hi):
        if end is not None and flo <= end <= fhi:
            yield end


def _midpoint(lo: float, hi: float) -> float:
    if lo == -inf and hi == inf:
        return 0.0
    if lo == -inf:
        return hi - max(1.0, abs(hi))
    if hi == inf:
        return lo + max(1.0, abs(lo))
    return lo / 2 + hi / 2


def _relative_width(lo: float, hi: float) -> tuple[int, float]:
    if lo == -inf or hi == inf:
        return (1, 0.0)
    scale = max(abs(lo), abs(hi))
    return (0, (hi - lo) / scale if scale else hi - lo)


def _inside(value: Fraction, lo: float, hi: float) -> bool:
    """``lo <= value <= hi`` for float bounds, exactly, without turning the bounds into
    Fractions in the usual case: a value whose nearest float lies strictly between them lies
    strictly between them itself (it rounds to that float, not to either bound)."""
    try:
        nearest = float(value)
    except OverflowError:
        nearest = inf if value > 0 else -inf
    if lo < nearest < hi:
        return True
    return lo <= value <= hi


def _holds_if_known(constraint: Constraint, values: dict[int, Fraction]) -> bool:
    """An inequality or relation constraint whose variables are all known must hold exactly."""
    if constraint[0] == "custom":
        custom = constraint[1]
        assert isinstance(custom, Custom)
        if all(v in values for v in custom.vars):
            return custom.holds([values[v] for v in custom.vars])
        return True
    _, a, b, _ = constraint  # type: ignore[misc]
    if a not in values or b not in values:
        return True
    return values[a] <= values[b] if constraint[0] == "le" else values[a] < values[b]


def _solve_one(constraint: Constraint, values: dict[int, Fraction]) -> tuple[int, Fraction] | None:
    """If exactly one variable of a functional constraint is unknown, its exact value."""
    op = constraint[0]
    if op in ("custom", "le", "lt"):
        return None
    _, a, b, c = constraint  # type: ignore[misc]
    if op == "eq":
        if a in values and b not in values:
            return b, values[a]
        if b in values and a not in values:
            return a, values[b]
        return None
    if op == "neg":
        if b in values and a not in values:
            return a, -values[b]
        if a in values and b not in values:
            return b, -values[a]
        return None
    if op == "pow":
        if b in values and a not in values and not (values[b] == 0 and c < 0):
            return a, values[b] ** c
        return None
    za, xb, yc = values.get(a), values.get(b), values.get(c)
    if (za is None) + (xb is None) + (yc is None) != 1:
        return None
    if op == "add":
        if za is None:
            return a, xb + yc  # type: ignore[operator]
        if xb is None:
            return b, za - yc  # type: ignore[operator]
        return c, za - xb
    if op == "sub":
        if za is None:
            return a, xb - yc  # type: ignore[operator]
        if xb is None:
            return b, za + yc  # type: ignore[operator]
        return c, xb - za
    if op == "mul":
        if za is None:
            return a, xb * yc  # type: ignore[operator]
        if xb is None:
            return (b, za / yc) if yc else None
        return (c, za / xb) if xb else None
    if op == "div":
        if za is None:
            return (a, xb / yc) if yc else None  # type: ignore[operator]
        if xb is None:
            return b, za * yc  # type: ignore[operator]
        return (c, xb / za) if za else None
    return None
