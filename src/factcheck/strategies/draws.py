"""Drawing: through Hypothesis (shrinkable) or from a plain :class:`random.Random` (fast);
the relations a generated article uses, their signatures, and their formulas evaluated
exactly."""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping, Sequence
from fractions import Fraction
from functools import cache
from typing import Any, Protocol, TypeVar

from hypothesis import strategies as st

from factcheck import expr
from factcheck.intervals import Interval
from factcheck.relations import RELATIONS

T = TypeVar("T")

# -- drawing: Hypothesis or a plain Random ------------------------------------------------------


class _Draw(Protocol):
    def integer(self, lo: int, hi: int) -> int: ...
    def choice(self, options: Sequence[T]) -> T: ...
    def chance(self, percent: int) -> bool: ...
    def instance(self, relation: str) -> dict[str, Any]: ...


class _HypothesisDraw:
    """Draws through Hypothesis (shrinkable); relation instances from the relation table."""

    def __init__(self, draw: st.DrawFn) -> None:
        self.draw = draw

    def integer(self, lo: int, hi: int) -> int:
        return self.draw(st.integers(lo, hi))

    def choice(self, options: Sequence[T]) -> T:
        # An index, not sampled_from(options): integers(lo, hi) is cached by Hypothesis, and
        # shrinks toward the first option.
        return options[self.draw(st.integers(0, len(options) - 1))]

    def chance(self, percent: int) -> bool:
        return self.draw(st.integers(0, 99)) < percent

    def instance(self, relation: str) -> dict[str, Any]:
        values: dict[str, Any] = dict(self.draw(_table_strategy(relation)))
        return values


@cache
def _table_strategy(relation: str) -> st.SearchStrategy[dict[str, Any]]:
    """The relation table's strategy, built once (each call of ``strategy()`` builds a new
    one, which Hypothesis would analyse afresh on every draw)."""
    strategy: st.SearchStrategy[dict[str, Any]] = RELATIONS[relation].strategy()
    return strategy


class _RandomDraw:
    """Draws from a :class:`random.Random`: some hundred times faster than Hypothesis's
    generation, for benchmarks.  Instances follow the relation table's strategies' ranges and
    get their result from the relation's formula."""

    def __init__(self, rnd: random.Random) -> None:
        self.rnd = rnd

    def integer(self, lo: int, hi: int) -> int:
        return self.rnd.randint(lo, hi)

    def choice(self, options: Sequence[T]) -> T:
        return options[self.rnd.randrange(len(options))]

    def chance(self, percent: int) -> bool:
        return self.rnd.randrange(100) < percent

    def instance(self, relation: str) -> dict[str, Any]:
        return _sample_instance(relation, self.rnd)


def _sample_instance(relation: str, rnd: random.Random) -> dict[str, Any]:
    """A consistent instance of ``relation``, drawn as its table strategy draws (same ranges);
    the result is computed with the relation's formula."""

    def amount() -> Fraction:
        return Fraction(rnd.randint(1, 10**6), 100)

    def growth() -> Fraction:
        return Fraction(rnd.randint(-500, 2000), 10000)

    values: dict[str, Any]
    if relation == "share":
        whole = amount()
        values = {"part": whole * rnd.randint(0, 1000) / 1000, "whole": whole}
    elif relation == "growth":
        old = amount()
        values = {"new": old * (1 + growth()), "old": old}
    elif relation == "previous":
        old, g = amount(), growth()
        values = {"level": old * (1 + g), "growth": g}
    elif relation == "gap":
        values = {"a": growth(), "b": growth()}
    elif relation == "contribution":
        whole_old = amount()
        part_old = whole_old * rnd.randint(1, 1000) / 1000
        values = {
            "part_new": part_old * (1 + growth()),
            "part_old": part_old,
            "whole_old": whole_old,
        }
    elif relation in ("share_of_increase", "share_change"):
        whole_old = amount()
        part_old = whole_old * rnd.randint(1, 999) / 1000
        part_new = part_old * (1 + growth())
        whole_new = part_new + (whole_old - part_old) * (1 + growth())
        if relation == "share_of_increase" and whole_new == whole_old:
            whole_new += 1
        values = {
            "part_new": part_new,
            "part_old": part_old,
            "whole_new": whole_new,
            "whole_old": whole_old,
        }
    elif relation == "difference":
        values = {"a": amount(), "b": amount()}
    elif relation == "convert":
        values = {"amount": amount(), "rate": Fraction(rnd.randint(100, 1000), 100)}
    elif relation == "total":
        values = {"parts": [amount() for _ in range(rnd.randint(1, 5))]}
    elif relation == "parts_within":
        parts = [amount() for _ in range(rnd.randint(1, 5))]
        values = {"whole": sum(parts, Fraction(0)) + amount(), "parts": parts}
    else:
        raise ValueError(f"no fast sampler for relation {relation!r}")
    return values


# -- the relations a generated article uses --------------------------------------------------

_SIGNATURES: Mapping[str, tuple[tuple[tuple[str, str], ...], str | None]] = {
    "share": ((("part", "amount"), ("whole", "amount")), "rate"),
    "growth": ((("new", "amount"), ("old", "amount")), "rate"),
    "previous": ((("level", "amount"), ("growth", "rate")), "amount"),
    "gap": ((("a", "rate"), ("b", "rate")), "pp"),
    "contribution": (
        (("part_new", "amount"), ("part_old", "amount"), ("whole_old", "amount")),
        "pp",
    ),
    "share_of_increase": (
        (
            ("part_new", "amount"),
            ("part_old", "amount"),
            ("whole_new", "amount"),
            ("whole_old", "amount"),
        ),
        "rate",
    ),
    "share_change": (
        (
            ("part_new", "amount"),
            ("part_old", "amount"),
            ("whole_new", "amount"),
            ("whole_old", "amount"),
        ),
        "pp",
    ),
    "difference": ((("a", "amount"), ("b", "amount")), "amount"),
    "convert": ((("amount", "amount"), ("rate", "fx")), "amount"),
    "total": ((("parts", "[amount]"),), "amount"),
    "parts_within": ((("whole", "amount"), ("parts", "[amount]")), None),
    "counts": ((("a", "count"), ("b", "count")), "count"),
}
"""Each relation's parameters with their kinds, and the kind of its result."""

RELATION_NAMES: tuple[str, ...] = tuple(_SIGNATURES)
"""The relations :func:`articles` draws from ("counts" is ``difference`` between counts)."""

_RESULT_ROLES: Mapping[str, str] = {
    "share": "share",
    "growth": "growth",
    "previous": "level",
    "gap": "gap",
    "contribution": "change",
    "share_of_increase": "share",
    "share_change": "change",
    "difference": "level",
    "convert": "level",
    "total": "level",
    "counts": "difference",
}


@cache
def _formula(relation: str) -> expr.Node:
    return expr.parse_expression(RELATIONS[relation].formula)


def _evaluate(node: expr.Node, env: Mapping[str, Any], lift: Callable[[Fraction], Any]) -> Any:
    """A relation's formula over Fractions or Intervals (``lift`` makes a constant)."""
    if isinstance(node, expr.Num):
        return lift(node.value)
    if isinstance(node, expr.Name):
        return env[node.id]
    if isinstance(node, expr.Neg):
        return -_evaluate(node.operand, env, lift)
    if isinstance(node, expr.BinOp):
        left = _evaluate(node.left, env, lift)
        right = _evaluate(node.right, env, lift)
        if node.op == "+":
            return left + right
        if node.op == "-":
            return left - right
        if node.op == "*":
            return left * right
        if isinstance(right, Interval) and 0 in right:
            raise ZeroDivisionError("a divisor's interval contains zero")
        return left / right
    raise ValueError(f"unexpected node in a formula: {node!r}")


def _result(relation: str, values: Mapping[str, Any]) -> Fraction:
    """The relation's value at exact ``values`` (from its formula in the table)."""
    name = "difference" if relation == "counts" else relation
    if name == "total":
        return sum(values["parts"], Fraction(0))
    result: Fraction = _evaluate(_formula(name), values, Fraction)
    return result
