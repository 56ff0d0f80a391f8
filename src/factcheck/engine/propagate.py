"""Propagation: narrowing the variables' bounds to a fixpoint of the constraints.

:func:`fixpoint` works on float boxes rounded *outward* after every operation (sound, and
much faster than Fractions); :func:`refine` works on the exact domains (Fractions, open and
closed ends), so a conflict that rests on an open end is proved too.  Each kind of primitive
constraint has its own reviser (``_REVISERS``, ``_revise_exact``).
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from fractions import Fraction
from math import floor, inf, nextafter
from typing import Final

from factcheck.custom import Custom
from factcheck.engine.constraints import (
    Box,
    Constraint,
    _Empty,
    down,
    grid_hull,
    to_interval,
    up,
)
from factcheck.intervals import Interval

_SIGNIFICANT = 1e-6


def fixpoint(
    constraints: Sequence[Constraint],
    watch: Sequence[Sequence[int]],
    box: Box,
    active: set[int],
    *,
    start: Iterable[int] | None = None,
    budget: int | None = None,
    changed: set[int] | None = None,
    trail: dict[int, tuple[float, float]] | None = None,
    reaches: Sequence[Sequence[int]] = (),
) -> tuple[bool, int]:
    """Narrow ``box`` in place to a fixpoint of the ``active`` constraints (``watch`` lists,
    for each variable, the constraints that mention it).  With ``changed``, the variables
    narrowed significantly are added to it (see :func:`_set`).  With ``trail`` (and
    ``reaches``, each constraint's variables), the bounds a variable had before this call
    first touched it are recorded there, so that a trial can be undone without copying the
    box (:func:`undo`).

    Returns ``False`` when a domain becomes empty (no solution), ``True`` otherwise, and the
    number of constraint revisions done.
    """
    queue = deque(sorted(active) if start is None else (c for c in start if c in active))
    queued = set(queue)
    if budget is None:
        budget = 40 * len(active) + 200
    lo, hi = box
    steps = 0
    revisers = _REVISERS
    try:
        while queue:
            # The constraint stays in ``queued`` while it runs, so that its own changes
            # do not queue it again; it leaves once its watchers are queued.
            cid = queue.popleft()
            steps += 1
            if steps > budget:
                return True, steps
            constraint = constraints[cid]
            if trail is not None:
                for var in reaches[cid]:
                    if var not in trail:
                        trail[var] = (lo[var], hi[var])
            narrowed = revisers[constraint[0]](constraint, lo, hi)
            if changed is not None:
                changed.update(narrowed)
            for var in narrowed:
                for other in watch[var]:
                    if other not in queued and other in active:
                        queued.add(other)
                        queue.append(other)
            queued.discard(cid)
    except _Empty:
        return False, steps
    return True, steps


def undo(box: Box, trail: dict[int, tuple[float, float]]) -> None:
    """Put back the bounds ``trail`` recorded (see :func:`fixpoint`)."""
    lo, hi = box
    for var, (old_lo, old_hi) in trail.items():
        lo[var], hi[var] = old_lo, old_hi


def refine(
    constraints: Sequence[Constraint],
    watch: Sequence[Sequence[int]],
    domains: dict[int, Interval],
    active: set[int],
) -> bool:
    """Propagate the exact ``domains`` (Fractions, open and closed ends) in place over
    ``active`` with a small budget; ``False`` when a domain becomes empty (no solution)."""
    queue = deque(sorted(active))
    queued = set(queue)
    budget = 20 * len(active) + 100
    try:
        while queue and budget > 0:
            budget -= 1
            cid = queue.popleft()
            queued.discard(cid)
            for var in _revise_exact(constraints[cid], domains):
                for other in watch[var]:
                    if other != cid and other not in queued and other in active:
                        queued.add(other)
                        queue.append(other)
    except _Empty:
        return False
    return True


# -- outward-rounded float interval operations -------------------------------------------------
# One step outward is ``nextafter(x, -inf)`` / ``nextafter(x, inf)``: it leaves an infinite end
# that is already outward, and a NaN, as they are.


def _prod(x: float, y: float) -> float:
    if x == 0.0 or y == 0.0:
        return 0.0
    return x * y


def _mul(alo: float, ahi: float, blo: float, bhi: float) -> tuple[float, float]:
    if alo > 0.0 and blo > 0.0:
        # Both positive (levels, rates): the ends multiply (inf * positive is inf).
        return nextafter(alo * blo, -inf), nextafter(ahi * bhi, inf)
    if alo == ahi == 0.0 or blo == bhi == 0.0:
        return 0.0, 0.0
    p1, p2, p3, p4 = _prod(alo, blo), _prod(alo, bhi), _prod(ahi, blo), _prod(ahi, bhi)
    return nextafter(min(p1, p2, p3, p4), -inf), nextafter(max(p1, p2, p3, p4), inf)


def _recip(blo: float, bhi: float) -> tuple[float, float] | None:
    """Bounds of 1/y for y in [blo, bhi] without 0; ``None`` when that is the whole line."""
    if blo > 0.0 or bhi < 0.0:
        return nextafter(1.0 / bhi, -inf) if bhi != inf else 0.0, nextafter(
            1.0 / blo, inf
        ) if blo != -inf else 0.0
    if blo == 0.0 and bhi > 0.0:
        return (nextafter(1.0 / bhi, -inf) if bhi != inf else 0.0), inf
    if bhi == 0.0 and blo < 0.0:
        return -inf, (nextafter(1.0 / blo, inf) if blo != -inf else 0.0)
    return None


def _div(alo: float, ahi: float, blo: float, bhi: float) -> tuple[float, float]:
    if alo >= 0.0 and blo > 0.0 and ahi != inf and bhi != inf:
        # A non-negative finite range over a positive finite one: one rounding per end.
        return nextafter(alo / bhi, -inf) if alo else 0.0, nextafter(ahi / blo, inf)
    if blo == bhi == 0.0:
        raise _Empty
    recip = _recip(blo, bhi)
    if recip is None:
        return -inf, inf
    return _mul(alo, ahi, recip[0], recip[1])


def _set(
    lo: dict[int, float], hi: dict[int, float], var: int, nlo: float, nhi: float, changed: list[int]
) -> None:
    """Intersect ``var``'s bounds with ``[nlo, nhi]``; report significant narrowing only, so
    slowly converging cycles do not eat the budget (the narrowed bounds are kept either way)."""
    olo, ohi = lo[var], hi[var]
    if nlo <= olo and nhi >= ohi:
        return
    new_lo = nlo if nlo > olo else olo
    new_hi = nhi if nhi < ohi else ohi
    if new_lo > new_hi:
        raise _Empty
    lo[var], hi[var] = new_lo, new_hi
    old_width = ohi - olo
    if (
        old_width == inf
        or new_lo == new_hi
        or (old_width - (new_hi - new_lo)) > old_width * _SIGNIFICANT
    ):
        changed.append(var)


def _contains_zero(lo: float, hi: float) -> bool:
    return lo <= 0.0 <= hi


_Bounds = dict[int, float]


def _revise_custom(constraint: Constraint, lo: _Bounds, hi: _Bounds) -> list[int]:
    changed: list[int] = []
    custom = constraint[1]
    assert isinstance(custom, Custom)
    new = custom.revise([(lo[v], hi[v]) for v in custom.vars])
    if new is not None:
        for var, (nlo, nhi) in zip(custom.vars, new, strict=True):
            _set(lo, hi, var, nlo, nhi, changed)
    return changed


def _revise_eq(constraint: Constraint, lo: _Bounds, hi: _Bounds) -> list[int]:
    changed: list[int] = []
    _, a, b, _ = constraint  # type: ignore[misc]
    _set(lo, hi, a, lo[b], hi[b], changed)
    _set(lo, hi, b, lo[a], hi[a], changed)
    return changed


def _revise_order(constraint: Constraint, lo: _Bounds, hi: _Bounds) -> list[int]:
    changed: list[int] = []
    _, a, b, _ = constraint  # type: ignore[misc]
    _set(lo, hi, a, -inf, hi[b], changed)
    _set(lo, hi, b, lo[a], inf, changed)
    return changed


def _revise_add(constraint: Constraint, lo: _Bounds, hi: _Bounds) -> list[int]:
    changed: list[int] = []
    _, a, b, c = constraint  # type: ignore[misc]
    _set(lo, hi, a, nextafter(lo[b] + lo[c], -inf), nextafter(hi[b] + hi[c], inf), changed)
    _set(lo, hi, b, nextafter(lo[a] - hi[c], -inf), nextafter(hi[a] - lo[c], inf), changed)
    _set(lo, hi, c, nextafter(lo[a] - hi[b], -inf), nextafter(hi[a] - lo[b], inf), changed)
    return changed


def _revise_sub(constraint: Constraint, lo: _Bounds, hi: _Bounds) -> list[int]:
    changed: list[int] = []
    _, a, b, c = constraint  # type: ignore[misc]
    _set(lo, hi, a, nextafter(lo[b] - hi[c], -inf), nextafter(hi[b] - lo[c], inf), changed)
    _set(lo, hi, b, nextafter(lo[a] + lo[c], -inf), nextafter(hi[a] + hi[c], inf), changed)
    _set(lo, hi, c, nextafter(lo[b] - hi[a], -inf), nextafter(hi[b] - lo[a], inf), changed)
    return changed


def _positive_and_finite(lo: _Bounds, hi: _Bounds, a: int, b: int, c: int) -> bool:
    """Whether all three ranges lie in (0, inf): levels, rates and ratios mostly do, and
    then a product or quotient is one outward rounding per end (the fast paths of
    :func:`_mul` and :func:`_div`, without their tests)."""
    return (
        lo[a] > 0.0 and lo[b] > 0.0 and lo[c] > 0.0 and hi[a] < inf and hi[b] < inf and hi[c] < inf
    )


def _revise_mul(constraint: Constraint, lo: _Bounds, hi: _Bounds) -> list[int]:
    changed: list[int] = []
    _, a, b, c = constraint  # type: ignore[misc]
    if _positive_and_finite(lo, hi, a, b, c):  # narrowing keeps them so
        _set(lo, hi, a, nextafter(lo[b] * lo[c], -inf), nextafter(hi[b] * hi[c], inf), changed)
        _set(lo, hi, b, nextafter(lo[a] / hi[c], -inf), nextafter(hi[a] / lo[c], inf), changed)
        _set(lo, hi, c, nextafter(lo[a] / hi[b], -inf), nextafter(hi[a] / lo[b], inf), changed)
        return changed
    _set(lo, hi, a, *_mul(lo[b], hi[b], lo[c], hi[c]), changed)
    if not (_contains_zero(lo[a], hi[a]) and _contains_zero(lo[c], hi[c])):
        _set(lo, hi, b, *_div(lo[a], hi[a], lo[c], hi[c]), changed)
    if not (_contains_zero(lo[a], hi[a]) and _contains_zero(lo[b], hi[b])):
        _set(lo, hi, c, *_div(lo[a], hi[a], lo[b], hi[b]), changed)
    return changed


def _revise_div(constraint: Constraint, lo: _Bounds, hi: _Bounds) -> list[int]:
    changed: list[int] = []
    _, a, b, c = constraint  # type: ignore[misc]
    if _positive_and_finite(lo, hi, a, b, c):  # narrowing keeps them so
        _set(lo, hi, a, nextafter(lo[b] / hi[c], -inf), nextafter(hi[b] / lo[c], inf), changed)
        _set(lo, hi, b, nextafter(lo[a] * lo[c], -inf), nextafter(hi[a] * hi[c], inf), changed)
        _set(lo, hi, c, nextafter(lo[b] / hi[a], -inf), nextafter(hi[b] / lo[a], inf), changed)
        return changed
    _set(lo, hi, a, *_div(lo[b], hi[b], lo[c], hi[c]), changed)
    _set(lo, hi, b, *_mul(lo[a], hi[a], lo[c], hi[c]), changed)
    if not (_contains_zero(lo[a], hi[a]) and _contains_zero(lo[b], hi[b])):
        _set(lo, hi, c, *_div(lo[b], hi[b], lo[a], hi[a]), changed)
    return changed


def _revise_neg(constraint: Constraint, lo: _Bounds, hi: _Bounds) -> list[int]:
    changed: list[int] = []
    _, a, b, _ = constraint  # type: ignore[misc]
    _set(lo, hi, a, -hi[b], -lo[b], changed)
    _set(lo, hi, b, -hi[a], -lo[a], changed)
    return changed


def _revise_pow(constraint: Constraint, lo: _Bounds, hi: _Bounds) -> list[int]:
    changed: list[int] = []
    _, a, b, c = constraint  # type: ignore[misc]
    forward = to_interval(lo[b], hi[b]) ** c
    _set(lo, hi, a, down(forward.lo), up(forward.hi), changed)
    root = _root_hull(lo[a], hi[a], c, lo[b], hi[b])
    if root is not None:
        _set(lo, hi, b, root[0], root[1], changed)
    return changed


_REVISERS: dict[str, Callable[[Constraint, _Bounds, _Bounds], list[int]]] = {
    "custom": _revise_custom,
    "eq": _revise_eq,
    "le": _revise_order,
    "lt": _revise_order,
    "add": _revise_add,
    "sub": _revise_sub,
    "mul": _revise_mul,
    "div": _revise_div,
    "neg": _revise_neg,
    "pow": _revise_pow,
}
"""One sound float projection per primitive constraint: the narrowed variables are returned
(those narrowed significantly, see :func:`_set`).  A table, not a chain of tests: revising is
the inner loop of every question the engine asks."""


def _narrow_exact(
    domains: dict[int, Interval], var: int, candidate: Interval, changed: list[int]
) -> None:
    old = domains[var]
    new = old.intersect(_tidy_exact(candidate))
    if new.is_empty:
        raise _Empty
    if new != old:
        domains[var] = new
        if not _tiny_step(old, new):
            changed.append(var)


_TIDY_DIGITS = 24
_TIDY_LIMIT = 10**30
_TINY = Fraction(1, 10**30)


def _tidy_exact(interval: Interval) -> Interval:
    """Round bounds with long numerators or denominators outward (closed) to about 24
    significant digits, so exact propagation stays fast; widening is always sound, and the
    open ends that decide conflicts are short numbers that are never rounded."""
    lo, hi = interval.lo, interval.hi
    limit = _TIDY_LIMIT
    lo_big = lo is not None and (lo.denominator > limit or abs(lo.numerator) > limit * limit)
    hi_big = hi is not None and (hi.denominator > limit or abs(hi.numerator) > limit * limit)
    if not (lo_big or hi_big) or interval.is_empty:
        return interval
    new_lo: Fraction | None = lo
    new_hi: Fraction | None = hi
    lo_closed, hi_closed = interval.lo_closed, interval.hi_closed
    if lo_big:
        assert lo is not None
        # Beyond any float (a power squared again and again: "x^2 == x" over x > 7), an end
        # is dropped, not rounded: its digits would double with each revision.  So is one
        # nearer zero than any short number ("x^2 == x" over (0, 0.5]): it is widened to a
        # short one.
        if _astronomic(lo):
            new_lo, lo_closed = None, False
        elif abs(lo) < _TINY:
            new_lo, lo_closed = (Fraction(0) if lo > 0 else -_TINY), True
        else:
            new_lo, lo_closed = _round_to_digits(lo, up=False), True
    if hi_big:
        assert hi is not None
        if _astronomic(hi):
            new_hi, hi_closed = None, False
        elif abs(hi) < _TINY:
            new_hi, hi_closed = (_TINY if hi > 0 else Fraction(0)), True
        else:
            new_hi, hi_closed = _round_to_digits(hi, up=True), True
    return Interval(new_lo, new_hi, lo_closed, hi_closed)


def _astronomic(value: Fraction) -> bool:
    """Whether ``|value|`` is above 2**1100, past the largest float."""
    return abs(value.numerator).bit_length() - value.denominator.bit_length() > 1100


_LOG10_2: Final = math.log10(2)


def _round_to_digits(value: Fraction, *, up: bool) -> Fraction:
    """``value`` rounded down (or up) to about 24 significant digits."""
    if value == 0:
        return value
    magnitude = abs(value)
    # The decimal exponent, from bit lengths: str() of a numerator of thousands of digits
    # (a power of a figure, squared in propagation) is refused by Python's int limit.
    exponent = floor(
        (magnitude.numerator.bit_length() - magnitude.denominator.bit_length()) * _LOG10_2
    )
    scale = Fraction(10) ** (_TIDY_DIGITS - exponent)
    scaled = value * scale
    rounded = -floor(-scaled) if up else floor(scaled)
    return Fraction(rounded) / scale


def _tiny_step(old: Interval, new: Interval) -> bool:
    """Whether a narrowing is too small to be worth propagating further."""
    old_width, new_width = old.width, new.width
    if old_width is None or new_width is None or new.is_point:
        return False
    return old_width - new_width <= old_width * Fraction(1, 10**6)


def _revise_exact(constraint: Constraint, d: dict[int, Interval]) -> list[int]:
    """The exact twin of :data:`_REVISERS`: the same projections on exact intervals."""
    changed: list[int] = []
    op = constraint[0]
    if op == "custom":
        custom = constraint[1]
        assert isinstance(custom, Custom)
        if custom.grid is not None:
            var = custom.vars[0]
            _narrow_exact(d, var, grid_hull(d[var], custom.grid), changed)
        return changed  # other relation-specific narrowing runs on floats only
    _, a, b, c = constraint  # type: ignore[misc]
    if op == "eq":
        _narrow_exact(d, a, d[b], changed)
        _narrow_exact(d, b, d[a], changed)
    elif op in ("le", "lt"):
        closed = op == "le"
        x, y = d[a], d[b]
        if y.hi is not None:
            _narrow_exact(d, a, Interval(None, y.hi, False, closed and y.hi_closed), changed)
        if x.lo is not None:
            _narrow_exact(d, b, Interval(x.lo, None, closed and x.lo_closed, False), changed)
    elif op == "add":
        _narrow_exact(d, a, d[b] + d[c], changed)
        _narrow_exact(d, b, d[a] - d[c], changed)
        _narrow_exact(d, c, d[a] - d[b], changed)
    elif op == "sub":
        _narrow_exact(d, a, d[b] - d[c], changed)
        _narrow_exact(d, b, d[a] + d[c], changed)
        _narrow_exact(d, c, d[b] - d[a], changed)
    elif op == "mul":
        _narrow_exact(d, a, d[b] * d[c], changed)
        if not (0 in d[a] and 0 in d[c]):
            _narrow_exact(d, b, d[a] / d[c], changed)
        if not (0 in d[a] and 0 in d[b]):
            _narrow_exact(d, c, d[a] / d[b], changed)
    elif op == "div":
        _narrow_exact(d, a, d[b] / d[c], changed)
        _narrow_exact(d, b, d[a] * d[c], changed)
        if not (0 in d[a] and 0 in d[b]):
            _narrow_exact(d, c, d[b] / d[a], changed)
    elif op == "neg":
        _narrow_exact(d, a, -d[b], changed)
        _narrow_exact(d, b, -d[a], changed)
    elif op == "pow":
        _narrow_exact(d, a, d[b] ** c, changed)
    return changed


def _root_hull(
    zlo: float, zhi: float, n: int, xlo: float, xhi: float
) -> tuple[float, float] | None:
    """A sound enclosure of ``{x : x**n in [zlo, zhi]}``, or ``None``."""
    if n < 0:
        # x**n = z with n < 0 is x**-n = 1/z (and z is never 0).
        if zlo == zhi == 0.0:
            raise _Empty
        recip = _recip(zlo, zhi)
        return None if recip is None else _root_hull(recip[0], recip[1], -n, xlo, xhi)
    if n == 0:
        return None
    if n == 1:
        return zlo, zhi
    if n % 2 == 1:
        rlo = (
            -inf
            if zlo == -inf
            else nextafter(nextafter(math.copysign(abs(zlo) ** (1.0 / n), zlo), -inf), -inf)
        )
        rhi = (
            inf
            if zhi == inf
            else nextafter(nextafter(math.copysign(abs(zhi) ** (1.0 / n), zhi), inf), inf)
        )
        return _widen(rlo, rhi)
    if zhi < 0:
        raise _Empty
    top = inf if zhi == inf else nextafter(nextafter(zhi ** (1.0 / n), inf), inf)
    bottom = 0.0 if zlo <= 0 else nextafter(nextafter(zlo ** (1.0 / n), -inf), -inf)
    top_lo, top_hi = _widen(bottom, top)
    if xlo >= 0:
        return max(top_lo, 0.0), top_hi
    if xhi <= 0:
        return -top_hi, -max(top_lo, 0.0)
    return -top_hi, top_hi


def _widen(lo: float, hi: float) -> tuple[float, float]:
    """Widen by a relative 1e-12: float powers are accurate to a few ulps, not exact."""
    pad_lo = abs(lo) * 1e-12 if lo not in (-inf, inf) else 0.0
    pad_hi = abs(hi) * 1e-12 if hi not in (-inf, inf) else 0.0
    return lo - pad_lo, hi + pad_hi
