"""The constraint network: variables with interval domains, primitive constraints, and the
questions asked of them (propagation: :mod:`factcheck.engine.propagate`; the search for a
witness: :mod:`factcheck.engine.search`).

Every check is decomposed into primitive constraints ``z = x op y`` over variables.  Equal
sub-expressions share one variable (hash-consing), so the link between a level and its change
survives across checks: ``T1 - T0`` in one check and in another is the same unknown.

Propagation runs on floats rounded *outward* after every operation (``math.nextafter``), which
is sound and some fifty times faster than Fractions (benchmarks/bench_intervals.py); open ends
are treated as closed there, which only ever widens.  Everything that decides a verdict is
exact: *inconsistent* is proved by an empty domain under sound propagation, *consistent* by a
witness — one assignment of exact Fractions, inside every figure's exact interval (open ends
respected), that satisfies every active constraint.  When neither is found within the budget
the answer is *unknown*.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from fractions import Fraction

from factcheck.custom import Custom, granular
from factcheck.engine.constraints import (
    Box,
    Constraint,
    VarKind,
    constraint_vars,
    down,
    grid_hull,
    to_interval,
    up,
)
from factcheck.engine.propagate import _tidy_exact, fixpoint, refine
from factcheck.intervals import Interval


@dataclass(slots=True)
class Network:
    """Variables, their exact domains under strict and lenient readings, and the constraints."""

    names: list[str] = field(default_factory=list)
    kinds: list[VarKind] = field(default_factory=list)
    strict: list[Interval] = field(default_factory=list)
    lenient: list[Interval] = field(default_factory=list)
    constraints: list[Constraint] = field(default_factory=list)
    reaches: list[tuple[int, ...]] = field(default_factory=list)
    """For each constraint, the variables it mentions (:func:`constraint_vars`, kept)."""
    watch: list[list[int]] = field(default_factory=list)
    defines: dict[int, list[int]] = field(default_factory=dict)
    """For each auxiliary variable, the constraints that define it (and its redundant forms)."""
    memo: dict[tuple[object, ...], int] = field(default_factory=dict)
    _floats: dict[str, tuple[dict[int, float], dict[int, float]]] = field(default_factory=dict)
    """Float bounds of the variables :meth:`box` was asked for, by mode (worked out once)."""
    unreadable: set[str] = field(default_factory=set)
    """Names of figures whose quotes could not be read (so checks can say so)."""
    steps: int = 0
    """Constraint revisions done so far by :meth:`propagate` (the unit of the work budgets)."""
    integral: dict[int, int] = field(default_factory=dict)
    """For each variable that takes only whole values, the constraint that says so (every
    question that involves the variable asks it too: :meth:`closure`)."""
    whole_names: set[str] = field(default_factory=set)
    """The names of the variables in :attr:`integral`."""

    # -- building -----------------------------------------------------------------------------

    def add_var(
        self, name: str, kind: VarKind, strict: Interval, lenient: Interval | None = None
    ) -> int:
        self.names.append(name)
        self.kinds.append(kind)
        self.strict.append(strict)
        self.lenient.append(strict if lenient is None else lenient)
        self.watch.append([])
        return len(self.names) - 1

    def const(self, value: Fraction) -> int:
        key = ("const", value)
        found = self.memo.get(key)
        if found is not None:
            return found
        var = self.add_var(str(value), "const", Interval.point(value))
        self.memo[key] = var
        return var

    def make_integer(self, var: int) -> None:
        """Let ``var`` take only whole values: its domains narrow to the whole numbers in
        them (exactly, open ends respected), and every question about it says so."""
        if var in self.integral:
            return
        self.strict[var] = grid_hull(self.strict[var], 1)
        self.lenient[var] = grid_hull(self.lenient[var], 1)
        self._forget(var)
        self.integral[var] = self.add_constraint(("custom", granular("integer", var, 1)))
        self.whole_names.add(self.names[var])

    def add_constraint(self, constraint: Constraint) -> int:
        cid = len(self.constraints)
        self.constraints.append(constraint)
        self.reaches.append(constraint_vars(constraint))
        for var in self.reaches[cid]:
            if cid not in self.watch[var]:
                self.watch[var].append(cid)
        return cid

    def op(self, op: str, x: int, y: int, name: str) -> int:
        """The variable for ``x op y`` (shared with every equal sub-expression)."""
        if op in ("add", "mul") and y < x:
            x, y = y, x  # commutative: one variable for a + b and b + a
        key = (op, x, y)
        found = self.memo.get(key)
        if found is not None:
            return found
        z = self.add_var(name, "aux", Interval(None, None))
        self.memo[key] = z
        self.defines[z] = [self.add_constraint((op, z, x, y))]
        return z

    def define_also(self, z: int, constraint: Constraint) -> None:
        """Attach a redundant form to the definition of auxiliary variable ``z``."""
        self.defines.setdefault(z, []).append(self.add_constraint(constraint))

    def closure(self, cids: Iterable[int]) -> set[int]:
        """The constraints ``cids`` need: themselves, the definitions of every auxiliary
        variable they reach, and that a whole-valued variable they reach is whole."""
        result: set[int] = set()
        stack = list(cids)
        integral = self.integral
        while stack:
            cid = stack.pop()
            if cid in result:
                continue
            result.add(cid)
            for var in self.reaches[cid]:
                if self.kinds[var] == "aux":
                    stack.extend(self.defines.get(var, ()))
                elif integral and var in integral:
                    stack.append(integral[var])
        return result

    def box(self, mode: str, variables: Iterable[int]) -> Box:
        """Float bounds of ``variables`` under ``mode`` ("strict" or "lenient")."""
        lows, highs = self._floats.setdefault(mode, ({}, {}))
        domains = self.strict if mode == "strict" else self.lenient
        box_lo: dict[int, float] = {}
        box_hi: dict[int, float] = {}
        for v in variables:
            lo = lows.get(v)
            if lo is None:
                domain = domains[v]
                lo = lows[v] = down(domain.lo)
                highs[v] = up(domain.hi)
            box_lo[v] = lo
            box_hi[v] = highs[v]
        return box_lo, box_hi

    @contextmanager
    def read_as(self, var: int, strict: Interval, lenient: Interval) -> Iterator[None]:
        """``var`` read as ``strict`` and ``lenient`` for the time of a trial (a diagnosis
        asks what the article would say with a figure read otherwise), then as before."""
        saved = self.strict[var], self.lenient[var]
        self.strict[var], self.lenient[var] = strict, lenient
        self._forget(var)
        try:
            yield
        finally:
            self.strict[var], self.lenient[var] = saved
            self._forget(var)

    def _forget(self, var: int) -> None:
        for lows, highs in self._floats.values():
            lows.pop(var, None)
            highs.pop(var, None)

    def variables(self, active: Iterable[int]) -> list[int]:
        """Every variable the constraints ``active`` mention, in order."""
        reaches = self.reaches
        return sorted(set().union(*[reaches[cid] for cid in active]))

    # -- propagation --------------------------------------------------------------------------

    def propagate(
        self,
        box: Box,
        active: set[int],
        *,
        start: Iterable[int] | None = None,
        budget: int | None = None,
        changed: set[int] | None = None,
        trail: dict[int, tuple[float, float]] | None = None,
    ) -> bool:
        """Narrow ``box`` in place to a fixpoint of the ``active`` constraints (the variables
        narrowed significantly are added to ``changed``, and the bounds before to ``trail``,
        when given: see :func:`fixpoint`).

        Returns ``False`` when a domain becomes empty (no solution), ``True`` otherwise.
        """
        ok, steps = fixpoint(
            self.constraints,
            self.watch,
            box,
            active,
            start=start,
            budget=budget,
            changed=changed,
            trail=trail,
            reaches=self.reaches,
        )
        self.steps += steps
        return ok

    # -- exact verification -------------------------------------------------------------------

    def holds(self, cid: int, values: Mapping[int, Fraction | None]) -> bool:
        """Whether exact point values satisfy constraint ``cid``."""
        constraint = self.constraints[cid]
        if constraint[0] == "custom":
            custom = constraint[1]
            assert isinstance(custom, Custom)
            points = [values.get(v) for v in custom.vars]
            if any(p is None for p in points):
                return False
            return custom.holds(points)  # type: ignore[arg-type]
        op, a, b, c = constraint  # type: ignore[misc]
        va, vb = values.get(a), values.get(b)
        if va is None or vb is None:
            return False
        if op == "eq":
            return va == vb
        if op == "le":
            return va <= vb
        if op == "lt":
            return va < vb
        if op == "neg":
            return va == -vb
        if op == "pow":
            if vb == 0 and c < 0:
                return False
            return va == vb**c
        vc = values.get(c)
        if vc is None:
            return False
        if op == "add":
            return va == vb + vc
        if op == "sub":
            return va == vb - vc
        if op == "mul":
            return va == vb * vc
        if op == "div":
            return vc != 0 and va == vb / vc
        raise AssertionError(op)

    # -- solving ------------------------------------------------------------------------------

    def strict_cycle(self, active: Iterable[int]) -> bool:
        """Whether the comparisons among ``active`` lead from a value back to itself through a
        strict "<" ("x == y" and "x < y"; "x <= y", "y < z", "z == x"): no numbers satisfy
        that, whatever their domains.  Intervals cannot see it (each side may take every value
        of the other), so the search would only run out of budget."""
        after: dict[int, list[int]] = {}
        strict: list[tuple[int, int]] = []
        for cid in active:
            constraint = self.constraints[cid]
            op = constraint[0]
            if op not in ("eq", "le", "lt"):
                continue
            _, x, y, _ = constraint  # type: ignore[misc]
            after.setdefault(x, []).append(y)  # x <= y
            if op == "eq":
                after.setdefault(y, []).append(x)
            elif op == "lt":
                strict.append((x, y))
        if not strict:
            return False
        # x < y lies on a cycle when y leads back to x: when both lie in one strongly
        # connected component (found once for all; a walk from each y was quadratic in a
        # chain of comparisons).
        component = _strong_components(after)
        return any(component.get(x, x) == component.get(y, y) for x, y in strict)

    def refine_exactly(
        self, active: set[int], mode: str, involved: Sequence[int], within: Box | None = None
    ) -> bool:
        """Propagate the exact domains (Fractions, open and closed ends) over ``active`` with
        a small budget, each within its bounds in ``within`` when given; ``False`` when a
        domain becomes empty (no solution)."""
        source = self.strict if mode == "strict" else self.lenient
        domains = {v: source[v] for v in involved}
        if within is not None:
            for v in involved:
                if v in within[0]:
                    bounds = _tidy_exact(to_interval(within[0][v], within[1][v]))
                    domains[v] = domains[v].intersect(bounds)
                    if domains[v].is_empty:
                        return False
        return refine(self.constraints, self.watch, domains, active)


def _strong_components(after: Mapping[int, Sequence[int]]) -> dict[int, int]:
    """Each variable of the graph ``after`` (edges ``x -> y``) mapped to a representative
    of its strongly connected component (Kosaraju's two passes, without recursion)."""
    finished: list[int] = []
    seen: set[int] = set()
    for root in list(after):
        if root in seen:
            continue
        seen.add(root)
        stack: list[tuple[int, Iterator[int]]] = [(root, iter(after.get(root, ())))]
        while stack:
            node, onward = stack[-1]
            for nxt in onward:
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append((nxt, iter(after.get(nxt, ()))))
                    break
            else:
                stack.pop()
                finished.append(node)
    before: dict[int, list[int]] = {}
    for x, targets in after.items():
        for y in targets:
            before.setdefault(y, []).append(x)
    component: dict[int, int] = {}
    for root in reversed(finished):
        if root in component:
            continue
        component[root] = root
        pending = [root]
        while pending:
            node = pending.pop()
            for prev in before.get(node, ()):
                if prev not in component:
                    component[prev] = root
                    pending.append(prev)
    return component
