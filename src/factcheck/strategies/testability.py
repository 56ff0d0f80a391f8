"""Whether an injected error can be seen at all (:func:`how_testable`), decided exactly
with Fractions from the figures' readings."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from factcheck.errors import FactcheckError
from factcheck.intervals import Interval
from factcheck.strategies.article import GeneratedArticle
from factcheck.strategies.draws import _evaluate, _formula
from factcheck.strategies.injection import Injection
from factcheck.strategies.writing import _reading

# -- how_testable -------------------------------------------------------------------------------


def _interval(gen: GeneratedArticle, name: str, mode: str) -> Interval | None:
    """A figure's reading in base units, as the engine takes it (``None`` for an unknown)."""
    for figure in gen.figures:
        if figure.name == name:
            reading = _reading(figure)
            chosen = reading.strict if mode == "strict" else reading.lenient
            return chosen.scale(reading.multiplier)
    return None


def _meets(op: str, left: Interval, right: Interval) -> bool:
    if left.is_empty or right.is_empty:
        return False
    if op == "eq":
        return not left.intersect(right).is_empty
    if left.lo is None or right.hi is None or left.lo < right.hi:
        return True
    return left.lo == right.hi and left.lo_closed and right.hi_closed


def check_feasible(gen: GeneratedArticle, check_id: str, mode: str = "strict") -> bool | None:
    """Whether some values inside the readings of check ``check_id``'s figures (``mode``:
    "strict" or "lenient") satisfy it, decided exactly with Fraction interval arithmetic.

    Each figure occurs once in a relation's formula, so interval arithmetic gives each side's
    exact range, and the check can hold iff the two ranges meet.  ``None`` when that cannot be
    decided so: the check rests on an unknown, a divisor's range contains zero, or a figure
    cannot be read (its units no longer fit the relation).
    """
    check = gen.check(check_id)
    env: dict[str, Any] = {}
    try:
        for param, names in check.arguments:
            intervals = [_interval(gen, n, mode) for n in names]
            if any(i is None for i in intervals):
                return None
            env[param] = intervals if param == "parts" else intervals[0]
        result = _interval(gen, check.result, mode) if check.result is not None else None
    except FactcheckError:
        return None
    if check.result is not None and result is None:
        return None
    try:
        if check.relation == "parts_within":
            total = _sum(env["parts"])
            return _meets("le", total, env["whole"]) and all(
                _meets("le", p, env["whole"]) for p in env["parts"]
            )
        if check.relation == "total":
            value = _sum(env["parts"])
        else:
            value = _evaluate(_formula(check.relation), env, Interval.point)
    except ZeroDivisionError:
        return None
    assert result is not None
    return _meets("eq", value, result)


def _sum(items: Sequence[Interval]) -> Interval:
    total = items[0]
    for item in items[1:]:
        total = total + item
    return total


def how_testable(injection: Injection) -> dict[str, str]:
    """For each affected check: how the injected error can be seen, decided exactly.

    - "units": the error changes a unit (percent <-> percentage points, a currency), which
      the check's unit algebra must refuse or name as a slip whatever the values;
    - "lenient": no values inside the LENIENT readings satisfy the check: it must be graded
      inconsistent;
    - "strict": no values inside the STRICT readings do (the lenient ones may): it must be
      graded stretched or inconsistent;
    - "hidden": values inside the strict readings still satisfy it: the error is not testable
      from this check alone;
    - "unknown": undecidable by interval arithmetic (an unknown, a divisor around zero).
    """
    found: dict[str, str] = {}
    for check_id in injection.affected:
        if injection.kind in ("percent_pp", "currency"):
            found[check_id] = "units"
            continue
        strict = check_feasible(injection.article, check_id, "strict")
        if strict is None:
            found[check_id] = "unknown"
        elif strict:
            found[check_id] = "hidden"
        else:
            lenient = check_feasible(injection.article, check_id, "lenient")
            found[check_id] = "lenient" if lenient is False else "strict"
    return found
