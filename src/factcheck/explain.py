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

from collections.abc import Collection, Mapping
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
    from factcheck.expr import Node
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


_Top = tuple[str, "Node", "Node"] | None
_TOPS: dict[tuple[str, ...], tuple[tuple[str, ...], _Top]] = {}
_TOPS_LIMIT = 4096


def _top_comparison(condition: str) -> _Top:
    """``(op, left, right)`` of a condition that is one comparison, else ``None``.

    A report asks this of every check, and a claim file's checks are mostly a few shapes with
    other names ("share(a1, b1) == c1", "share(a2, b2) == c2"): a shape is parsed once
    (:func:`factcheck.expr.quick_shape`) and its sides given the names of each condition of
    that shape (the parse of two conditions of one shape differs only in those names and in
    positions, which nothing here reads)."""
    from factcheck import expr

    found = expr.quick_shape(condition)
    if found is not None:
        key, names = found
        cached = _TOPS.get(key)
        if cached is not None:
            template, known = cached
            if known is None or template == names:
                return known
            mapping = dict(zip(template, names, strict=True))
            op, left, right = known
            return op, _renamed(left, mapping), _renamed(right, mapping)
    try:
        node = expr.parse_condition(condition)
    except Exception:
        top: _Top = None
    else:
        top = (node.op, node.left, node.right) if isinstance(node, expr.Compare) else None
    if found is not None and len(_TOPS) < _TOPS_LIMIT:
        _TOPS[found[0]] = (found[1], top)
    return top


def _renamed(node: Node, mapping: Mapping[str, str]) -> Node:
    """``node`` with each value name replaced as ``mapping`` says."""
    from factcheck import expr

    if isinstance(node, expr.Name):
        return expr.Name(mapping.get(node.id, node.id), node.pos)
    if isinstance(node, expr.BinOp):
        return expr.BinOp(
            node.op, _renamed(node.left, mapping), _renamed(node.right, mapping), node.pos
        )
    if isinstance(node, expr.Call):
        return expr.Call(
            node.fn,
            tuple(_renamed(arg, mapping) for arg in node.args),
            tuple((key, _renamed(value, mapping)) for key, value in node.kwargs),
            node.pos,
        )
    if isinstance(node, expr.ListArg):
        return expr.ListArg(tuple(_renamed(item, mapping) for item in node.items), node.pos)
    if isinstance(node, expr.Neg):
        return expr.Neg(_renamed(node.operand, mapping), node.pos)
    if isinstance(node, expr.Pow):
        return expr.Pow(_renamed(node.base, mapping), node.exponent, node.pos)
    if isinstance(node, expr.Compare):
        return expr.Compare(
            node.op, _renamed(node.left, mapping), _renamed(node.right, mapping), node.pos
        )
    return node  # a number or a string: no name in it


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
    return _quantity(_sides(verdict, references))


def _quantity(sides: tuple[str, object, object, bool] | None) -> str:
    from factcheck import expr

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


def _half_line(verdict: Verdict, sides: tuple[str, object, object, bool] | None) -> str | None:
    """For an inequality check, what it requires, as a half-line in words (``stated 9.15–9.25
    %, must be above 0 %``); ``None`` for any other check."""
    implied, stated = verdict.implied, verdict.stated_strict
    if sides is None or implied is None or implied.is_empty or stated is None:
        return None
    op, _, _, swapped = sides
    if op not in _WORDS:
        return None
    bar = _bar(verdict, sides)
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


def _bar(verdict: Verdict, sides: tuple[str, object, object, bool] | None) -> str | None:
    """For an inequality against a literal ("gap < 0 pp"), the bar in words (``must be below
    0 pp``), from the check alone; ``None`` for any other check."""
    from factcheck import expr

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
    sides = _sides(verdict, references)
    if brief:
        if verdict.stated is None:
            return ""
        text = _bar(verdict, sides) or f"stated {_stated(verdict)}"
        name = _quantity(sides)
        return f"{name}: {text}" if name else text
    if verdict.implied is None or verdict.stated is None:
        return ""
    half = _half_line(verdict, sides)
    if half is not None:
        text = half
    elif verdict.implied.lo is None and verdict.implied.hi is None:
        text = f"stated {_stated(verdict)}, nothing else implies a value"
    else:
        text = f"stated {_stated(verdict)}, implied {verdict.shown(verdict.implied)}"
    name = _quantity(sides)
    return f"{name}: {text}" if name else text
