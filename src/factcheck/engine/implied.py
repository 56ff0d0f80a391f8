"""Implied intervals: what the rest of an article implies for one side of a check,
shaved narrower than propagation leaves it, and every variable's bounds for the report.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from contextlib import nullcontext

from factcheck import hulls
from factcheck.engine import search
from factcheck.engine.compiler import _Compiled
from factcheck.engine.constraints import down, grid_hull, to_interval, up
from factcheck.engine.network import Network
from factcheck.intervals import EMPTY, ENTIRE, Interval
from factcheck.relations import Term


def _all_bounds(
    net: Network, symbols: Mapping[str, Term], checks: Sequence[_Compiled]
) -> dict[str, Interval]:
    for mode in ("strict", "lenient"):
        active: set[int] = set()
        for item in checks:
            active |= item.needs
        box = net.box(mode, net.variables(active))
        if net.propagate(box, active, budget=200 * len(active) + 1000):
            exact = net.strict if mode == "strict" else net.lenient
            return {
                name: _whole(net, t.var, to_interval(box[0][t.var], box[1][t.var]))
                if t.var in box[0]
                else exact[t.var]
                for name, t in symbols.items()
            }
    return dict.fromkeys(symbols, EMPTY)


def _whole(net: Network, var: int, interval: Interval) -> Interval:
    """An interval of ``var``'s values, narrowed to its whole numbers when it takes no
    others (exactly: a float hull's ends can be a hair off the whole numbers they bound):
    a whole-valued figure, or a sum, difference or product of such (votes for two candidates
    and the void ones add up to a whole number of ballots)."""
    return grid_hull(interval, 1) if _whole_valued(net, var, 0) else interval


def _whole_valued(net: Network, var: int, depth: int) -> bool:
    if var in net.integral:
        return True
    kind = net.kinds[var]
    if kind == "const":
        value = net.strict[var].lo
        return value is not None and value.denominator == 1
    if kind != "aux" or depth > 32:
        return False
    definition = net.defines.get(var)
    if not definition:
        return False
    constraint = net.constraints[definition[0]]
    if constraint[0] not in ("add", "sub", "mul") or constraint[1] != var:
        return False
    return all(_whole_valued(net, part, depth + 1) for part in constraint[2:])


def _forward(net: Network, term: Term, mode: str) -> Interval | None:
    exact = net.lenient if mode == "lenient" else net.strict
    if net.kinds[term.var] != "aux":
        return exact[term.var]
    active = net.closure(net.defines.get(term.var, []))
    box = net.box(mode, [*net.variables(active), term.var])
    if not net.propagate(box, active):
        return None
    return to_interval(box[0][term.var], box[1][term.var])


def _implied(
    net: Network, term: Term, others: Sequence[_Compiled], focus: Iterable[int]
) -> Interval | None:
    """What the rest of the article implies for ``term``: strict readings where they agree,
    else lenient; ``None`` when even those leave no room."""
    return _implied_both(net, term, others, focus)[0]


def _implied_both(
    net: Network,
    term: Term,
    others: Sequence[_Compiled],
    focus: Iterable[int],
    domain: Interval = ENTIRE,
) -> tuple[Interval, Interval | None]:
    """:func:`_implied`, and the hull of the values solutions were found with
    (:func:`factcheck.hulls.refine_both`).  A figure's own reading is set aside for
    ``domain`` (every value, by default)."""
    focus = list(focus)
    active = net.closure(net.defines.get(term.var, []))
    for other in others:
        active |= other.needs
    own = net.kinds[term.var] in ("figure", "reference")
    for mode in ("strict", "lenient"):
        box = net.box(mode, [*net.variables(active), *focus, term.var])
        if own:  # from the rest, not its own reading
            box[0][term.var], box[1][term.var] = down(domain.lo), up(domain.hi)
        if net.propagate(box, active, budget=200 * len(active) + 1000) and search.tighten(
            net,
            box,
            active,
            mode,
            [term.var],
            work_budget=_SHAVE_WORK * len(active) + 500,
            trial_steps=_SLICE_STEPS * len(active) + 100,
        ):
            # The float hull serves propagation; what a reader is shown is refined to within
            # 1 % of its width (factcheck.hulls), with the figure's own reading set aside.
            with net.read_as(term.var, domain, domain) if own else nullcontext():
                proved, reached = hulls.refine_both(net, term.var, active, mode, box)
            whole = _whole(net, term.var, proved)
            return whole, None if reached is None else reached.intersect(whole)
    return EMPTY, None


_SHAVE_WORK = 20
"""Constraint revisions per constraint that shaving an implied interval may spend.  The
interval stays sound when they run out, only less narrow."""

_SLICE_STEPS = 4
"""Revisions per constraint one shaving slice may take to be refuted.  In the seed article a
slice of Shandong's share of the increase that cannot be refuted ran propagation's whole
budget (about 1,900 revisions, converging slowly round the national total's cycle) where the
slices that can be were refuted in about 100."""
