"""The search: whether a set of constraints has a common solution (:func:`solve`), and
shaving a box narrower than propagation leaves it (:func:`tighten`).

:class:`_Search` probes for a witness, then bisects to prove there is none, within a budget of
nodes and of constraint revisions (a deterministic bound on time: "unknown" when either runs
out).
"""

from __future__ import annotations

import heapq
import itertools
import math
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from fractions import Fraction
from math import inf
from typing import Literal

from factcheck.custom import Custom
from factcheck.engine.candidates import (
    _ends_within,
    _holds_if_known,
    _inside,
    _midpoint,
    _nearest_middle,
    _relative_width,
    _short_decimal,
    _solve_one,
)
from factcheck.engine.constraints import NODE_BUDGET, WORK_BUDGET, Box, Outcome, down, up
from factcheck.engine.network import Network
from factcheck.engine.propagate import undo
from factcheck.intervals import Interval


def solve(
    net: Network,
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
    if net.strict_cycle(active):
        return Outcome("unsat", nodes=1)
    involved = net.variables(active)
    box = net.box(mode, involved)
    if not net.propagate(box, active):
        return Outcome("unsat", nodes=1)
    exact = net.strict if mode == "strict" else net.lenient
    state = _Search(net, active, involved, exact, node_budget, work_budget, hint=hint)
    status = state.run(box)
    if status == "unknown" and not net.refine_exactly(active, mode, involved):
        # Float propagation treats open ends as closed; exact propagation does not, so a
        # conflict that rests on an open end ("surpassed 13" against "up to 13") is proved.
        status = "unsat"
    return Outcome(status, state.witness, box, state.nodes)


def tighten(
    net: Network,
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
    involved = net.variables(active)
    exact = net.strict if mode == "strict" else net.lenient
    search = _Search(net, active, involved, exact, 1, work_budget, trial_steps=trial_steps)
    search.decision = list(dict.fromkeys(focus))
    return search._shave(box, rounds=1)


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
        order = _Order(self.decision, box, unbounded_first=False)
        for _ in range(len(self.decision) + 1):
            var = order.next(box, values)
            if var is None:
                break
            for value in itertools.chain(self._hinted(var, box), self._candidates(var, box)):
                added: list[int] = []
                values[var] = value
                if self._fill(values, box, fresh=var, added=added):
                    break
                del values[var]  # taken back in place: a copy per trial was quadratic
                for known in added:
                    del values[known]
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
        order = _Order(self.decision, current, unbounded_first=unbounded_first)
        for _ in range(len(self.decision) + 1):
            var = order.next(current, values)
            if var is None:
                return self._verify(values)
            for value in self._candidates(var, current):
                # Tried in place, and undone on failure: copying the box and the values for
                # each trial cost a pass over the component per variable fixed.
                trail = {var: (current[0][var], current[1][var])}
                current[0][var], current[1][var] = down(value), up(value)
                changed: set[int] = set()
                if self.net.propagate(
                    current, self.active, start=self.net.watch[var], changed=changed, trail=trail
                ):
                    added: list[int] = []
                    values[var] = value
                    if self._fill(values, current, fresh=var, added=added):
                        order.narrowed(current, changed)
                        break
                    del values[var]
                    for known in added:
                        del values[known]
                undo(current, trail)
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
            # A short decimal in the middle quarter first.  The shortest decimal of a wider
            # part lies near that part's low end, and on a sum (subtotals adding up to a
            # total) each figure fixed there spent most of the slack the rest had left: ten
            # figures on, the last ones were pinned to within float noise of an end and the
            # probe failed (bench_linked's table of 1,000 checks came back undecided).
            yield _short_decimal(lo, hi, Fraction(1, 4))
            yield _short_decimal(lo, hi)
            yield (lo + hi) / 2
            for k in (2, 6, 1, 7):
                yield lo + (hi - lo) * Fraction(k, 8)

    def _fill(
        self,
        values: dict[int, Fraction],
        box: Box,
        fresh: int | None = None,
        added: list[int] | None = None,
    ) -> bool:
        """Solve exactly every variable that known values determine; ``False`` on a clash.

        With ``fresh``, only what that newly known variable can set off is looked at (the
        rest was filled before it was known); a constraint is looked at again whenever one of
        its variables becomes known.  The variables given values are listed in ``added``
        (when given), clash or not, so a caller can take them back."""
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
            if added is not None:
                added.append(var)
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


class _Order:
    """The open decision variables, narrowest first (:func:`_relative_width`, ties in their
    order), kept in a heap: a variable is keyed again only when propagation narrows it, so
    each choice costs a logarithm of the component's size, not a pass over it (the probe
    chooses once per variable: a pass each time made it quadratic)."""

    __slots__ = ("flip", "heap", "rank")

    def __init__(self, decision: list[int], box: Box, *, unbounded_first: bool) -> None:
        self.flip = unbounded_first
        self.rank = {var: index for index, var in enumerate(decision)}
        self.heap = [(self._key(box, var), index, var) for index, var in enumerate(decision)]
        heapq.heapify(self.heap)

    def _key(self, box: Box, var: int) -> tuple[int, float]:
        key = _relative_width(box[0][var], box[1][var])
        return (1 - key[0], key[1]) if self.flip else key

    def narrowed(self, box: Box, changed: Iterable[int]) -> None:
        """Key again the variables propagation narrowed (significantly: the rest keep keys
        a hair too wide, which orders them no differently in practice)."""
        for var in changed:
            index = self.rank.get(var)
            if index is not None:
                heapq.heappush(self.heap, (self._key(box, var), index, var))

    def next(self, box: Box, values: Mapping[int, Fraction]) -> int | None:
        """The narrowest decision variable without a value, or ``None``."""
        heap = self.heap
        while heap:
            key, index, var = heap[0]
            if var in values:
                heapq.heappop(heap)
                continue
            current = self._key(box, var)
            if current != key:  # narrowed since it was keyed
                heapq.heapreplace(heap, (current, index, var))
                continue
            return var
        return None
