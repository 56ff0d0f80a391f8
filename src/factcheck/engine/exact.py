"""Checks decided alone and exactly: a check that shares no figure with another is worked
out as a recipe over its own figures' readings, with no search.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from factcheck.engine.compiler import _Compiled
from factcheck.engine.network import Network
from factcheck.intervals import Interval


class _NotExact(Exception):
    """Interval evaluation would not give the exact range (a divisor straddles zero): use the
    general solver."""


@dataclass(frozen=True, slots=True)
class _Recipe:
    """A check that can be decided by evaluating each side once, by exact interval arithmetic.

    When every figure occurs once in a check, interval arithmetic on the exact readings gives
    the exact range of each side (each operation returns exactly the set of results), so the
    check can hold iff the two ranges meet as the comparison requires.

    Values live in slots: the figures (``leaves``, in the order of ``leaf_vars``), then the
    constants, then one slot per step of ``program``.  A recipe refers to no figure's value,
    so one serves every check of its shape (see :func:`_quick_for`).
    """

    leaf_vars: tuple[int, ...]
    """The network variable of each leaf slot."""
    consts: tuple[Interval, ...]
    program: tuple[tuple[str, int, int], ...]
    """(op, slot, slot or exponent) for each intermediate value, in order."""
    op: str
    """The comparison, "eq", "le" or "lt", of slots ``a`` and ``b``."""
    a: int
    b: int
    lhs: int
    rhs: int
    """The slots the verdict shows: what is implied against what is stated."""

    @classmethod
    def of(cls, net: Network, item: _Compiled) -> _Recipe | None:
        """The recipe of a compiled check, or ``None`` when the check is not of that kind."""
        if (
            item.lhs is None
            or item.rhs is None
            or item.uncheckable is not None
            or len(item.own) != 1
        ):
            return None
        constraint = net.constraints[item.own[0]]
        if constraint[0] not in ("eq", "le", "lt"):
            return None
        op, a, b, _ = constraint  # type: ignore[misc]
        slots: dict[int, int] = {}
        leaves: list[int] = []
        consts: list[int] = []
        steps: list[tuple[str, int, int]] = []
        stepped: list[int] = []

        def visit(var: int) -> None:
            if var in slots:
                return
            kind = net.kinds[var]
            if kind == "const":
                slots[var] = -1
                consts.append(var)
            elif kind != "aux":
                slots[var] = -1
                leaves.append(var)
            else:
                z_op, _, x, y = net.constraints[net.defines[var][0]]  # type: ignore[misc]
                visit(x)
                if z_op not in ("neg", "pow"):
                    visit(y)
                slots[var] = -1
                steps.append((z_op, x, y))
                stepped.append(var)

        for root in (a, b, item.lhs.var, item.rhs.var):
            visit(root)
        # Each figure and each intermediate value must be used once (by the comparison or by
        # one step): a value used twice ("a == a + b", "(a + b) / (a + b)") would make the
        # ranges of the sides wider than the values they can take together.
        uses: dict[int, int] = {a: 1}
        uses[b] = uses.get(b, 0) + 1
        for z_op, x, y in steps:
            for operand in (x,) if z_op in ("neg", "pow") else (x, y):
                uses[operand] = uses.get(operand, 0) + 1
        if any(count > 1 and net.kinds[var] != "const" for var, count in uses.items()):
            return None
        for index, var in enumerate((*leaves, *consts, *stepped)):
            slots[var] = index
        program = tuple(
            (z_op, slots[x], y if z_op in ("neg", "pow") else slots[y]) for z_op, x, y in steps
        )
        return cls(
            tuple(leaves),
            tuple(net.strict[var] for var in consts),
            program,
            op,
            slots[a],
            slots[b],
            slots[item.lhs.var],
            slots[item.rhs.var],
        )

    def values(self, leaves: Sequence[Interval]) -> list[Interval]:
        """Every slot's exact range, from the leaves' intervals."""
        values = [*leaves, *self.consts]
        for op, x, y in self.program:
            left = values[x]
            if op == "neg":
                values.append(-left)
            elif op == "pow":
                if y < 0 and _straddles_zero(left):
                    raise _NotExact  # 1/x over [-1, 2] is two rays, not the whole line
                values.append(left**y)
            else:
                right = values[y]
                if op == "add":
                    values.append(left + right)
                elif op == "sub":
                    values.append(left - right)
                elif op == "mul":
                    values.append(left * right)
                elif 0 in right:
                    raise _NotExact
                else:
                    values.append(left / right)
        return values

    def decide(
        self, strict: Sequence[Interval], lenient: Sequence[Interval]
    ) -> tuple[bool, bool, Interval, Interval, Interval] | None:
        """(holds leniently, holds strictly, stated lenient, stated strict, implied) for the
        leaves' strict and lenient intervals; ``None`` when evaluation is not exact."""
        try:
            by_strict = self.values(strict)
            # Most figures read the same strictly and leniently (no hedge): then so does every
            # expression over them, and one evaluation serves both.
            same = all(x is y for x, y in zip(strict, lenient, strict=True))
            by_lenient = by_strict if same else self.values(lenient)
        except _NotExact:
            return None
        a, b, op = self.a, self.b, self.op
        holds_strictly = _meets(op, by_strict[a], by_strict[b])
        holds = holds_strictly if same else _meets(op, by_lenient[a], by_lenient[b])
        return holds, holds_strictly, by_lenient[self.rhs], by_strict[self.rhs], by_strict[self.lhs]


def _single_check(
    net: Network, item: _Compiled
) -> tuple[bool, bool, Interval, Interval, Interval] | None:
    """Decide a check that shares nothing with any other check, exactly and fast (see
    :class:`_Recipe`): (holds leniently, holds strictly, stated lenient, stated strict,
    implied), or ``None`` when the check is not of that kind."""
    recipe = _Recipe.of(net, item)
    if recipe is None or not _exact_leaves(net, recipe.leaf_vars):
        return None
    return recipe.decide(
        [net.strict[var] for var in recipe.leaf_vars],
        [net.lenient[var] for var in recipe.leaf_vars],
    )


def _exact_leaves(net: Network, variables: Iterable[int]) -> bool:
    """Whether interval arithmetic over these variables' domains gives exact ranges: not
    when one of them takes only the whole numbers of a range (12 + 15 + 9 is a point, but
    a whole number in [10, 14] over one in [2, 3] is not every value of [10/3, 7])."""
    integral = net.integral
    return not integral or all(
        var not in integral or (net.strict[var].is_point and net.lenient[var].is_point)
        for var in variables
    )


def _straddles_zero(interval: Interval) -> bool:
    return (interval.lo is None or interval.lo < 0) and (interval.hi is None or interval.hi > 0)


def _meets(op: str, left: Interval, right: Interval) -> bool:
    """Whether some x in ``left`` and y in ``right`` satisfy ``x op y``."""
    if left.is_empty or right.is_empty:
        return False
    if op == "eq":
        return left.overlaps(right)
    if left.lo is None or right.hi is None or left.lo < right.hi:
        return True
    return op == "le" and left.lo == right.hi and left.lo_closed and right.hi_closed
