"""Explanations in words: intervals in readable units, the derivation behind a verdict, and
what a check compares (the words every report shares).

The numbers themselves are written by :mod:`factcheck.numbers_format`; a verdict's derivation
by :attr:`factcheck.model.Verdict.derivation`.
"""

from __future__ import annotations

__all__ = [
    "comparison",
    "culprit_sentence",
    "derivation",
    "fit_words",
    "format_number",
    "quantity",
    "requirement",
    "show_interval",
]

from collections.abc import Collection
from fractions import Fraction
from typing import TYPE_CHECKING

from factcheck.intervals import Interval
from factcheck.numbers_format import (
    _ends,
    culprit_sentence,
    fit_words,
    interval_words,
    number,
)

if TYPE_CHECKING:
    from factcheck.model import Verdict


def format_number(value: Fraction, digits: int = 4) -> str:
    """A short rendering: exact decimals as they are, others to ``digits`` significant digits
    (marked with "≈"); never an exponent (see :mod:`factcheck.numbers_format`)."""
    return number(value, digits=digits)


def show_interval(interval: Interval | None, factor: Fraction, unit: str) -> str:
    """``17.35–18.51 %``: an interval multiplied into the display unit, in words
    (:func:`factcheck.numbers_format.interval_words`)."""
    return interval_words(interval, factor, unit)


def derivation(verdict: Verdict) -> tuple[str, ...]:
    """The chain from quotes to verdict, one line per step (:attr:`Verdict.derivation`)."""
    return verdict.derivation


# -- what a check compares ---------------------------------------------------------------------

_WORDS = {"<": "below", "<=": "at most", ">": "above", ">=": "at least"}
_MIRROR = {"<": ">", "<=": ">=", ">": "<", ">=": "<="}


def _top_comparison(condition: str) -> tuple[str, object, object] | None:
    """``(op, left, right)`` of a condition that is one comparison, else ``None``."""
    from factcheck import expr

    try:
        node = expr.parse_condition(condition)
    except Exception:
        return None
    if isinstance(node, expr.Compare):
        return node.op, node.left, node.right
    return None


def _sides(
    verdict: Verdict, references: Collection[str] = ()
) -> tuple[str, object, object, bool] | None:
    """``(op, implied side, stated side, swapped)`` of a one-comparison check.  The engine
    shows the right side as stated and the left as implied, except for "figure > literal"
    (a number or a reference), where the figure is stated and the literal is the bar
    (``swapped``)."""
    from factcheck import expr

    found = _top_comparison(verdict.check.condition)
    if found is None:
        return None
    op, left, right = found
    written = isinstance(right, expr.Num) or (
        isinstance(right, expr.Name) and right.id in references
    )
    swapped = isinstance(left, expr.Name) and left.id in verdict.figures and written
    return (op, right, left, True) if swapped else (op, left, right, False)


def quantity(verdict: Verdict, references: Collection[str] = ()) -> str:
    """What the check compares, in words: the relation on its implied side
    (``share of increase``), else the name on its stated side; ``""`` when it cannot be
    told."""
    from factcheck import expr

    sides = _sides(verdict, references)
    if sides is None:
        return ""
    _, implied, stated, _ = sides
    if isinstance(implied, expr.Call):
        return implied.fn.replace("_", " ")
    if isinstance(stated, expr.Name):
        return stated.id.replace("_", " ")
    if isinstance(implied, expr.Name):
        return implied.id.replace("_", " ")
    return ""


def _bound(value: Fraction, verdict: Verdict, *, low: bool) -> str:
    """One end of a half-line in the display unit, rounded outward."""
    lo, hi = _ends(Interval(value, None) if low else Interval(None, value), verdict.display_factor)
    return f"{lo if low else hi} {verdict.unit}".rstrip()


def _half_line(verdict: Verdict, references: Collection[str]) -> str | None:
    """For an inequality check, what it requires, as a half-line in words (``stated 9.15–9.25
    %, must be above 0 %``); ``None`` for any other check."""
    sides = _sides(verdict, references)
    implied, stated = verdict.implied, verdict.stated_strict
    if sides is None or implied is None or implied.is_empty or stated is None:
        return None
    op, _, _, swapped = sides
    if op not in _WORDS:
        return None
    bar = _brief_bar(verdict, references)
    if bar is not None:
        # "previous(exports) <= 13 trillion": the literal is the bar the implied value meets.
        return f"implied {verdict.shown(implied)}, {bar}"
    # As a condition between the two values shown: "implied OP stated".
    op = _MIRROR[op] if swapped else op
    on_stated = _MIRROR[op]
    low = on_stated in (">", ">=")
    end = implied.lo if low else implied.hi
    if end is None:
        return None
    return f"stated {_stated(verdict)}, must be {_WORDS[on_stated]} {_bound(end, verdict, low=low)}"


def _brief_bar(verdict: Verdict, references: Collection[str]) -> str | None:
    """For an inequality against a literal ("gap < 0 pp"), the bar in words (``must be below
    0 pp``), from the check alone; ``None`` for any other check."""
    from factcheck import expr

    sides = _sides(verdict, references)
    stated = verdict.stated_strict
    if sides is None or stated is None or not stated.is_bounded or sides[0] not in _WORDS:
        return None
    op, _, stated_node, swapped = sides
    if not isinstance(stated_node, expr.Num):
        return None
    op = _MIRROR[op] if swapped else op
    return f"must be {_WORDS[op]} {verdict.shown(stated)}"


def requirement(verdict: Verdict, references: Collection[str] = ()) -> Interval | None:
    """For an inequality check whose stated side is a figure or an unknown, the half-line
    the stated value must meet, from what the rest implies (``(0, +∞)`` for "growth > 0
    percent"); ``None`` for any other check.  Reports draw it instead of the implied
    interval, which for an inequality is only the bar's own value."""
    from factcheck import expr

    sides = _sides(verdict, references)
    implied = verdict.implied
    if sides is None or implied is None or implied.is_empty or sides[0] not in _WORDS:
        return None
    op, _, stated_node, swapped = sides
    op = _MIRROR[op] if swapped else op
    if isinstance(stated_node, expr.Num):
        return None
    on_stated = _MIRROR[op]
    if on_stated in (">", ">="):
        if implied.lo is None:
            return None
        return Interval(implied.lo, None, on_stated == ">=", False)
    if implied.hi is None:
        return None
    return Interval(None, implied.hi, False, on_stated == "<=")


def _stated(verdict: Verdict) -> str:
    stated = verdict.stated_strict
    if stated is not None and stated.lo is None and stated.hi is None:
        return "nothing"
    return verdict.shown(stated)


def comparison(verdict: Verdict, references: Collection[str] = (), *, brief: bool = False) -> str:
    """The two sides of a check as the reports word them:
    ``share of increase: stated 19–20 %, implied 17.35–18.51 %``;
    ``hightech growth: stated 9.15–9.25 %, must be above 0 %`` for an inequality;
    ``stated 2.5–3.5, nothing else implies a value`` when the rest leaves it free; ``""``
    without both sides.  ``references`` are the article's reference names (a figure compared
    with one is the stated side).  ``brief``: the stated side alone (``share: stated 6.15–6.25
    %``), which asks nothing of the engine: a passing check's implied interval is worked out
    only when it is shown."""
    if brief:
        if verdict.stated is None:
            return ""
        text = _brief_bar(verdict, references) or f"stated {_stated(verdict)}"
        name = quantity(verdict, references)
        return f"{name}: {text}" if name else text
    if verdict.implied is None or verdict.stated is None:
        return ""
    half = _half_line(verdict, references)
    if half is not None:
        text = half
    elif verdict.implied.lo is None and verdict.implied.hi is None:
        text = f"stated {_stated(verdict)}, nothing else implies a value"
    else:
        text = f"stated {_stated(verdict)}, implied {verdict.shown(verdict.implied)}"
    name = quantity(verdict, references)
    return f"{name}: {text}" if name else text
