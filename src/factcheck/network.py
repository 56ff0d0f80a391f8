"""The constraint network: variables with interval domains, primitive constraints, and the
solver (propagation to a fixpoint, witnesses verified exactly, branch-and-prune).

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

__all__ = ["Box", "Custom", "Network", "Outcome", "to_interval"]

import itertools
import math
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from fractions import Fraction
from math import floor, inf, nextafter
from typing import Final, Literal

from factcheck.intervals import EMPTY, Interval

VarKind = Literal["figure", "unknown", "reference", "const", "aux"]

_SIGNIFICANT = 1e-6

NODE_BUDGET = 100
"""Search nodes (each a probe for a witness and a round of shaving) one solve may spend before
answering "unknown".  On generated archives, 100 nodes decide as many checks as 400 did
(benchmarks/bench_scale.py corpora: 2 undecided in 10,000 either way) and bound the slowest
files four times lower."""

WORK_BUDGET = 400_000
"""Constraint revisions one solve may spend (about a second in CPython) before answering
"unknown": a deterministic bound, so a hard system cannot stall an audit."""


class _Empty(Exception):
    """A domain became empty: the active constraints have no common solution."""


Box = tuple[dict[int, float], dict[int, float]]
"""Lower and upper float bounds of the variables in play (``-inf`` / ``inf`` when unbounded).
Only the variables a question involves are in a box, so work stays proportional to the
question, not to the article (an archive of ten thousand checks is ten thousand questions)."""


@dataclass(frozen=True, slots=True)
class Custom:
    """A constraint declared by a relation (rank, granularity): its own narrowing and test."""

    name: str
    vars: tuple[int, ...]
    revise: Callable[[Sequence[tuple[float, float]]], Sequence[tuple[float, float]] | None]
    """New float bounds for ``vars`` (or ``None`` when nothing can be narrowed); an empty
    pair (lo > hi) means no solution."""
    holds: Callable[[Sequence[Fraction]], bool]
    """Whether exact values of ``vars`` satisfy the constraint."""
    grid: int | None = None
    """When set, the first variable must be a whole multiple of ``1 / grid`` (GRIM, shares of
    whole items): the search then tries those multiples as witness values."""


def granular(name: str, var: int, count: int) -> Custom:
    """``var`` is a whole multiple of ``1 / count`` (GRIM, shares of whole items, and with a
    count of 1 the whole numbers of a count of people or things)."""

    def revise(domains: Sequence[tuple[float, float]]) -> Sequence[tuple[float, float]] | None:
        lo, hi = domains[0]
        if lo == -inf or hi == inf:
            return None
        # the multiples k / count inside [lo, hi]; bounds rounded outward (sound), whatever
        # their sign: a relative margin scaled by the bound's magnitude always widens
        low, high = lo * count, hi * count
        first = math.ceil(low - abs(low) * 1e-12 - 1e-9)
        last = math.floor(high + abs(high) * 1e-12 + 1e-9)
        if first > last:
            return [(1.0, 0.0)]
        low_end, high_end = Fraction(first, count), Fraction(last, count)
        # A multiple that is a float exactly (every whole number of a count) is its own bound:
        # a domain of one whole number becomes a point, which propagation can then refute
        # ("0 / (0 + 0)"), and no neighbour of it is let in.
        return [
            (
                float(low_end) if _exact_float(low_end) else math.nextafter(first / count, -inf),
                float(high_end) if _exact_float(high_end) else math.nextafter(last / count, inf),
            )
        ]

    def holds(values: Sequence[Fraction]) -> bool:
        return (values[0] * count).denominator == 1

    return Custom(name, (var,), revise, holds, grid=count)


Constraint = tuple[str, int, int, int] | tuple[str, Custom]
# ("add"|"sub"|"mul"|"div", z, x, y), ("neg", z, x, 0), ("pow", z, x, n),
# ("eq"|"le"|"lt", x, y, 0), ("custom", Custom)


@dataclass(slots=True)
class Outcome:
    status: Literal["sat", "unsat", "unknown"]
    witness: dict[int, Fraction] | None = None
    box: Box | None = None
    nodes: int = 0


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


def _exact_float(value: Fraction) -> bool:
    """Whether ``value`` is a float exactly (a dyadic rational with a short numerator); a
    cheap test that never says yes wrongly."""
    denominator = value.denominator
    return (
        denominator & (denominator - 1) == 0
        and denominator < 2**1000
        and abs(value.numerator) < 2**53
    )


def down(value: Fraction | None) -> float:
    """A float not above ``value``: the largest one when ``value`` is a float, else at most
    one ulp below the largest (``-inf`` for an unbounded side).  ``float()`` of a Fraction
    rounds correctly to nearest, so one step down is always at or below the value, without
    the cost of an exact comparison."""
    if value is None:
        return -inf
    try:
        result = float(value)
    except OverflowError:
        return -inf if value > 0 or value < 0 else 0.0
    if math.isinf(result):
        return -inf if result > 0 else result
    if _exact_float(value):
        return result
    return nextafter(result, -inf)


def up(value: Fraction | None) -> float:
    """A float not below ``value`` (the mirror image of :func:`down`)."""
    if value is None:
        return inf
    try:
        result = float(value)
    except OverflowError:
        return inf
    if math.isinf(result):
        return inf if result < 0 else result
    if _exact_float(value):
        return result
    return nextafter(result, inf)


def to_interval(lo: float, hi: float) -> Interval:
    """A float box side as an exact closed interval (unbounded where infinite)."""
    return Interval(
        None if lo == -inf else Fraction(lo),
        None if hi == inf else Fraction(hi),
        lo != -inf,
        hi != inf,
    )


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
    ) -> bool:
        """Narrow ``box`` in place to a fixpoint of the ``active`` constraints.

        Returns ``False`` when a domain becomes empty (no solution), ``True`` otherwise.
        """
        queue = deque(sorted(active) if start is None else (c for c in start if c in active))
        queued = set(queue)
        constraints = self.constraints
        watch = self.watch
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
                    return True
                constraint = constraints[cid]
                for var in revisers[constraint[0]](constraint, lo, hi):
                    for other in watch[var]:
                        if other not in queued and other in active:
                            queued.add(other)
                            queue.append(other)
                queued.discard(cid)
        except _Empty:
            return False
        finally:
            self.steps += steps
        return True

    def tighten(
        self,
        box: Box,
        active: set[int],
        mode: str,
        focus: Iterable[int],
        *,
        work_budget: int = 60_000,
        trial_steps: int | None = None,
    ) -> bool:
        """Narrow ``box`` beyond propagation by shaving the ``focus`` variables: cut away
        every end whose slice propagation refutes, within ``work_budget`` revisions (the box
        stays sound when the budget runs out: it is only less narrow).  With
        ``trial_steps``, each slice gets at most that many revisions to be refuted, and no
        more than the budget has left.  ``False`` if a domain becomes empty."""
        involved = self.variables(active)
        exact = self.strict if mode == "strict" else self.lenient
        search = _Search(self, active, involved, exact, 1, work_budget, trial_steps=trial_steps)
        search.decision = list(dict.fromkeys(focus))
        return search._shave(box, rounds=1)

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

    def solve(
        self,
        active: set[int],
        mode: str,
        *,
        node_budget: int = NODE_BUDGET,
        work_budget: int = WORK_BUDGET,
        hint: Mapping[int, Fraction] | None = None,
    ) -> Outcome:
        """Decide whether the ``active`` constraints have a common solution under ``mode``,
        within ``node_budget`` search nodes and ``work_budget`` constraint revisions (a
        deterministic bound on time: "unknown" when either runs out).  ``hint`` holds values
        worth trying first (a solution of a nearby question).  It never makes an answer
        wrong: a witness is verified exactly whatever its values came from, and no solution
        means none verifies.  It may decide a question the search would leave open ("sat"
        where the budget ran out without one)."""
        if self.strict_cycle(active):
            return Outcome("unsat", nodes=1)
        involved = self.variables(active)
        box = self.box(mode, involved)
        if not self.propagate(box, active):
            return Outcome("unsat", nodes=1)
        exact = self.strict if mode == "strict" else self.lenient
        state = _Search(self, active, involved, exact, node_budget, work_budget, hint=hint)
        status = state.run(box)
        if status == "unknown" and not self.refine_exactly(active, mode, involved):
            # Float propagation treats open ends as closed; exact propagation does not, so a
            # conflict that rests on an open end ("surpassed 13" against "up to 13") is proved.
            status = "unsat"
        return Outcome(status, state.witness, box, state.nodes)

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
        for x, y in strict:  # x < y lies on a cycle when y leads back to x
            seen, stack = {y}, [y]
            while stack:
                var = stack.pop()
                if var == x:
                    return True
                for nxt in after.get(var, ()):
                    if nxt not in seen:
                        seen.add(nxt)
                        stack.append(nxt)
        return False

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
        queue = deque(sorted(active))
        queued = set(queue)
        budget = 20 * len(active) + 100
        try:
            while queue and budget > 0:
                budget -= 1
                cid = queue.popleft()
                queued.discard(cid)
                for var in _revise_exact(self.constraints[cid], domains):
                    for other in self.watch[var]:
                        if other != cid and other not in queued and other in active:
                            queued.add(other)
                            queue.append(other)
        except _Empty:
            return False
        return True


def constraint_vars(constraint: Constraint) -> tuple[int, ...]:
    op = constraint[0]
    if op == "custom":
        custom = constraint[1]
        assert isinstance(custom, Custom)
        return custom.vars
    _, a, b, c = constraint  # type: ignore[misc]
    if op in ("eq", "le", "lt", "neg", "pow"):
        return (a, b)
    return (a, b, c)


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


def grid_hull(interval: Interval, grid: int) -> Interval:
    """The closed hull of the multiples of ``1 / grid`` in ``interval``, exactly: a multiple
    on an open end is out ("7.37" rounded up is [7.365, 7.375), which 7.375 = 295/40 is not
    in), one on a closed end is in.  Empty when there is none; an unbounded side stays so."""
    if interval.is_empty:
        return interval
    first = last = None
    if interval.lo is not None:
        low = interval.lo * grid
        first = math.ceil(low)
        if first == low and not interval.lo_closed:
            first += 1
    if interval.hi is not None:
        high = interval.hi * grid
        last = math.floor(high)
        if last == high and not interval.hi_closed:
            last -= 1
    if first is not None and last is not None and first > last:
        return EMPTY
    return Interval(
        None if first is None else Fraction(first, grid),
        None if last is None else Fraction(last, grid),
        first is not None,
        last is not None,
    )


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


class _Search:
    """Probing for a witness, then bisection to prove there is none, within a node budget.

    Each node first *shaves* the ends of every decision variable (an end whose slice
    propagation refutes is cut away), so thin feasible regions are found; then it *probes*:
    decision variables are fixed one by one (narrowest first) to short decimals near the
    middle, and every variable that the fixed ones determine is solved exactly with
    Fractions.  A full assignment that satisfies every active constraint exactly, with every
    figure inside its exact interval, is a witness.
    """

    def __init__(
        self,
        net: Network,
        active: set[int],
        involved: list[int],
        exact: list[Interval],
        budget: int,
        work_budget: int = WORK_BUDGET,
        *,
        hint: Mapping[int, Fraction] | None = None,
        trial_steps: int | None = None,
    ) -> None:
        self.net = net
        self.work_limit = net.steps + work_budget
        self.active = active
        self.involved = involved
        self.exact = exact
        self.decision = [v for v in involved if net.kinds[v] in ("figure", "unknown", "reference")]
        self.budget = budget
        self.hint: Mapping[int, Fraction] = hint or {}
        """Values the quick guess tries first (see :meth:`Network.solve`)."""
        self.trial_steps = trial_steps
        """Revisions a shaving slice may take to be refuted (``None``: propagation's own
        budget).  A slice that cannot be refuted is often one where propagation converges
        slowly round a cycle and runs its whole budget; one that can is usually refuted
        within a few sweeps."""
        self.nodes = 0
        self.witness: dict[int, Fraction] | None = None
        self.order = sorted(active)
        self.grids: dict[int, int] = {}
        for cid in self.order:
            constraint = net.constraints[cid]
            custom = constraint[1] if constraint[0] == "custom" else None
            if isinstance(custom, Custom) and custom.grid is not None:
                self.grids[custom.vars[0]] = custom.grid
        self.constants: dict[int, Fraction] = {}
        for var in involved:
            value = exact[var].lo
            if net.kinds[var] == "const" and value is not None:
                self.constants[var] = value

    def _out_of_work(self) -> bool:
        return self.net.steps > self.work_limit

    def run(self, box: Box) -> Literal["sat", "unsat", "unknown"]:
        self.nodes += 1
        if self._out_of_work():
            return "unknown"
        if self._probe(box):
            return "sat"
        # A coarse shave first (slices from a quarter up): it is often all a probe needs, at
        # a fraction of the fine shave's propagations.
        if not self._shave(box, rounds=1, finest=1 / 4):
            return "unsat"
        if self._probe(box):
            return "sat"
        if not self._shave(box):
            return "unsat"
        if self._probe(box):
            return "sat"
        if self.nodes >= self.budget or self._out_of_work():
            return "unknown"
        var = self._widest(box)
        if var is None:
            return "unknown"
        lo, hi = box
        if lo[var] == -inf or hi[var] == inf:
            mid = _midpoint(lo[var], hi[var])
        else:
            mid = lo[var] / 2 + hi[var] / 2
        if not (math.isfinite(mid) and lo[var] < mid < hi[var]):
            return "unknown"
        halves = [(lo[var], mid), (mid, hi[var])]
        grid = self.grids.get(var)
        if grid is not None:
            # Branching on whole numbers (of steps of 1/grid): the values strictly between two
            # neighbouring multiples are no solution, so neither half keeps them.  A small
            # domain is decided this way however propagation fares on its hull.
            k = math.floor(mid * grid)
            below, above = up(Fraction(k, grid)), down(Fraction(k + 1, grid))
            halves = [(lo[var], min(below, hi[var])), (max(above, lo[var]), hi[var])]
        statuses = []
        for half in halves:
            if half[0] > half[1]:
                statuses.append("unsat")
                continue
            branch = (dict(lo), dict(hi))
            branch[0][var], branch[1][var] = half
            if not self.net.propagate(branch, self.active, start=self.net.watch[var]):
                statuses.append("unsat")
                continue
            status = self.run(branch)
            if status == "sat":
                return "sat"
            statuses.append(status)
            if self.nodes >= self.budget or self._out_of_work():
                return "unknown"
        return "unsat" if all(s == "unsat" for s in statuses) else "unknown"

    # -- shaving --------------------------------------------------------------------------------

    def _shave(self, box: Box, rounds: int = 2, finest: float = 1 / 16) -> bool:
        """Cut away ends of decision domains that propagation refutes (in place), trying
        slices down to ``finest`` of a domain."""
        for _ in range(rounds):
            changed = False
            for var in self.decision:
                for side in (0, 1):
                    result = self._shave_end(box, var, side, finest)
                    if result is None:
                        return False
                    changed = changed or result
            if not changed:
                break
        return True

    def _shave_end(self, box: Box, var: int, side: int, finest: float = 1 / 16) -> bool | None:
        """Cut refuted slices off one end of ``var``, galloping: the thinnest slice
        (``finest`` of the domain) is tried first; each slice that propagation refutes is
        cut and the next tried is twice as wide (up to half the rest), each that stands is
        halved, until one of the thinnest stands.  Most ends have nothing to cut, and then a
        single propagation says so; halving down from a half took four."""
        lo, hi = box
        cut = False
        fraction = finest
        for _ in range(24):
            if self._out_of_work():
                break
            vlo, vhi = lo[var], hi[var]
            if vlo == -inf or vhi == inf or vlo >= vhi:
                break
            edge = vlo + (vhi - vlo) * fraction if side == 0 else vhi - (vhi - vlo) * fraction
            trial = (dict(lo), dict(hi))
            if side == 0:
                trial[1][var] = edge
            else:
                trial[0][var] = edge
            budget = None
            if self.trial_steps is not None:
                budget = max(1, min(self.trial_steps, self.work_limit - self.net.steps))
            if self.net.propagate(trial, self.active, start=self.net.watch[var], budget=budget):
                if fraction <= finest:
                    break
                fraction = max(finest, fraction / 2)
                continue
            if side == 0:
                lo[var] = edge
            else:
                hi[var] = edge
            if not self.net.propagate(box, self.active, start=self.net.watch[var]):
                return None
            cut = True
            fraction = min(0.5, fraction * 2)
        return cut

    # -- probing --------------------------------------------------------------------------------

    def _probe(self, box: Box) -> bool:
        """Try a quick guess, then two orders: narrowest domain first (figures pin what they
        determine), then unbounded quantities first (a free scale, fixed early, lets ratios
        propagate)."""
        return (
            self._guess(box)
            or self._probe_order(box, unbounded_first=False)
            or (
                any(box[0][v] == -inf or box[1][v] == inf for v in self.decision)
                and self._probe_order(box, unbounded_first=True)
            )
        )

    def _guess(self, box: Box) -> bool:
        """The probe's first try, without propagating between the steps: each open decision
        variable, narrowest first, takes the first candidate in ``box`` whose consequences,
        solved exactly, stay in ``box``.  When the box is already narrow
        (figures read to their last digit, propagated together) this is often a witness, at
        a fraction of the cost of propagating after every step; it is verified all the
        same, and when it fails the probe proper runs."""
        values: dict[int, Fraction] = dict(self.constants)
        if not self._fill(values, box):
            return False
        for _ in range(len(self.decision) + 1):
            var = self._narrowest_open(box, values)
            if var is None:
                break
            for value in itertools.chain(self._hinted(var, box), self._candidates(var, box)):
                trial = dict(values)
                trial[var] = value
                if self._fill(trial, box, fresh=var):
                    values = trial
                    break
            else:
                return False
        return self._verify(values)

    def _hinted(self, var: int, box: Box) -> Iterator[Fraction]:
        """The hint's value for ``var``, when it lies in the box and the exact domain."""
        value = self.hint.get(var)
        if (
            value is not None
            and _inside(value, box[0][var], box[1][var])
            and value in self.exact[var]
        ):
            yield value

    def _probe_order(self, box: Box, *, unbounded_first: bool) -> bool:
        current = (dict(box[0]), dict(box[1]))
        values: dict[int, Fraction] = dict(self.constants)
        if not self._fill(values, current):
            return False
        for _ in range(len(self.decision) + 1):
            var = self._narrowest_open(current, values, unbounded_first)
            if var is None:
                return self._verify(values)
            for value in self._candidates(var, current):
                trial = (dict(current[0]), dict(current[1]))
                trial[0][var], trial[1][var] = down(value), up(value)
                if not self.net.propagate(trial, self.active, start=self.net.watch[var]):
                    continue
                trial_values = dict(values)
                trial_values[var] = value
                if self._fill(trial_values, trial, fresh=var):
                    current, values = trial, trial_values
                    break
            else:
                return False
        return self._verify(values)

    def _candidates(self, var: int, box: Box) -> Iterator[Fraction]:
        """Values to try, made as they are asked for (the first usually serves): a short
        decimal near the middle, the middle, then spread points; each inside the variable's
        exact domain (open ends respected), none twice."""
        exact = self.exact[var]
        flo, fhi = box[0][var], box[1][var]
        # The exact domain's own closed ends, when the float box reaches them (a solution
        # may sit exactly on a rounding boundary: 60.5 - 55.5 == 5).  When propagation has
        # squeezed the box to a few ulps, a solution is likely *only* at such an end (0.01 +
        # 0.01 == 0.02 with both terms at most 0.01): try the ends first then.
        tiny = (
            math.isfinite(flo)
            and math.isfinite(fhi)
            and fhi - flo <= 1e-12 * max(abs(flo), abs(fhi))
        )
        ends = _ends_within(exact, flo, fhi)
        inner = self._inner_candidates(var, flo, fhi)
        seen: set[Fraction] = set()
        for value in itertools.chain(*((ends, inner) if tiny else (inner, ends))):
            if value not in seen:
                seen.add(value)
                if value in exact:
                    yield value

    def _inner_candidates(self, var: int, flo: float, fhi: float) -> Iterator[Fraction]:
        grid = self.grids.get(var)
        if flo == -inf or fhi == inf:
            anchor = _midpoint(flo, fhi)
            if math.isfinite(anchor):
                yield Fraction(anchor)
        elif grid is not None:
            # the multiples of 1/grid inside the box, nearest the middle first
            first, last = math.ceil(flo * grid), math.floor(fhi * grid)
            for k in _nearest_middle(first, last, 8):
                yield Fraction(k, grid)
        else:
            lo, hi = Fraction(flo), Fraction(fhi)
            yield _short_decimal(lo, hi, Fraction(9, 10))  # away from the very edges first
            yield _short_decimal(lo, hi)
            yield (lo + hi) / 2
            for k in (2, 6, 1, 7):
                yield lo + (hi - lo) * Fraction(k, 8)

    def _fill(self, values: dict[int, Fraction], box: Box, fresh: int | None = None) -> bool:
        """Solve exactly every variable that known values determine; ``False`` on a clash.

        With ``fresh``, only what that newly known variable can set off is looked at (the
        rest was filled before it was known); a constraint is looked at again whenever one of
        its variables becomes known."""
        constraints, watch, active = self.net.constraints, self.net.watch, self.active
        queue = deque(self.order if fresh is None else [c for c in watch[fresh] if c in active])
        queued = set(queue)
        while queue:
            cid = queue.popleft()
            queued.discard(cid)
            constraint = constraints[cid]
            solved = _solve_one(constraint, values)
            if solved is None:
                if constraint[0] in ("le", "lt", "custom") and not _holds_if_known(
                    constraint, values
                ):
                    return False
                continue
            var, value = solved
            if value not in self.exact[var] or not _inside(value, box[0][var], box[1][var]):
                return False
            values[var] = value
            for other in watch[var]:
                if other not in queued and other in active:
                    queued.add(other)
                    queue.append(other)
        return True

    def _verify(self, values: dict[int, Fraction]) -> bool:
        row: dict[int, Fraction | None] = dict.fromkeys(self.involved)
        row.update(values)
        for var in self.involved:
            if row[var] is None:
                if self.net.kinds[var] == "const":
                    row[var] = self.exact[var].lo
                else:
                    return False
        if all(self.net.holds(cid, row) for cid in self.active):
            self.witness = {v: row[v] for v in self.involved}  # type: ignore[misc]
            return True
        return False

    def _narrowest_open(
        self, box: Box, values: dict[int, Fraction], unbounded_first: bool = False
    ) -> int | None:
        best: int | None = None
        best_key = (2, 0.0)
        for var in self.decision:
            if var in values:
                continue
            key = _relative_width(box[0][var], box[1][var])
            if unbounded_first:
                key = (1 - key[0], key[1])
            if best is None or key < best_key:
                best, best_key = var, key
        return best

    def _widest(self, box: Box) -> int | None:
        best: int | None = None
        best_key = (-1, 0.0)
        for var in self.decision:
            if box[0][var] == box[1][var]:
                continue
            key = _relative_width(box[0][var], box[1][var])
            if best is None or key > best_key:
                best, best_key = var, key
        return best


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
