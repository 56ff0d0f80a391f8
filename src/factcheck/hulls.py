"""Exact implied intervals: what a reader is shown, to within 1 % of its width.

Propagation narrows a variable's interval on floats rounded outward, which is sound and fast
but can stay well outside the exact range on a cycle of constraints (the seed article's Belt
and Road share change came out 0.75 to 1.02 pp where the exact range is 0.82 to 0.97).  The
float hull keeps serving propagation; the interval a verdict *shows* is refined here.

Each end is bracketed between a proved bound and a witnessed value.  A witness (one exact
solution, verified in Fractions) shows that the variable reaches a value; a search that
finds no solution in a slice beyond some value proves that it reaches no further.  The end
is refined until the gap between the two is at most ``rel`` of the width found so far, or
the search cannot answer within its budget.  A refutation is cheap (propagation empties the
slice, about a tenth of a millisecond) and a witness dear (a search, tens of milliseconds),
so the slices are laid against the proved bound, thin at first and twice as wide after each
refutation, and a witness in one leaves at most its width to close.  Where the search cannot
answer in such a slice, the end is left as it stands: it spent a whole question's budget, and
on the claim files here a second try at half the gap never narrowed an interval (it cost a
third of the time of a JSON report).  An end floats cannot part from its
witness is as narrow as it gets.  The result is always the proved bounds, so it still
contains every value the checks allow.  A component of more
than ``_AT_MOST`` constraints keeps its float hull: each question searches all of it.
"""

from __future__ import annotations

__all__ = ["refine", "refine_both"]

from fractions import Fraction
from math import inf
from typing import Literal

from factcheck.engine.constraints import NODE_BUDGET, WORK_BUDGET, Box, down, to_interval, up
from factcheck.engine.network import Network
from factcheck.engine.search import _Search
from factcheck.intervals import EMPTY, Interval

_NODES = 20
"""Search nodes one bracketing question may spend."""
_WORK = 20_000
"""Constraint revisions one bracketing question may spend (a few milliseconds)."""
_STEPS = 40
"""Bracketing questions one interval may ask in all."""
_BEYOND = 3
"""Tries, per unbounded end, to prove a bound a step beyond what is reached."""
_AT_MOST = 300
"""Constraints a refined interval may rest on.  Each bracketing question searches the whole
component, so refining every verdict's interval grows as the square of its size: a table of
1,000 shares and sums took about 15 minutes for its JSON report.  Beyond this (some 100
checks linked in one component; the largest real article here has 65) the interval shown is
propagation's shaved hull, sound and often all but exact."""


def refine(
    net: Network,
    var: int,
    active: set[int],
    mode: str,
    box: Box,
    *,
    rel: Fraction = Fraction(1, 100),
) -> Interval:
    """The interval of ``var`` under the ``active`` constraints (readings under ``mode``),
    from ``box`` (already propagated: a sound float hull) refined as the module says."""
    return refine_both(net, var, active, mode, box, rel=rel)[0]


def refine_both(
    net: Network,
    var: int,
    active: set[int],
    mode: str,
    box: Box,
    *,
    rel: Fraction = Fraction(1, 100),
) -> tuple[Interval, Interval | None]:
    """:func:`refine`, and the hull of the values solutions were found with (``None`` when
    none was): every value it holds is reached by a solution, up to its ends."""
    lo, hi = box[0][var], box[1][var]
    outer = to_interval(lo, hi)
    if outer.is_empty or outer.is_point:
        return outer, None if outer.is_empty else outer
    involved = net.variables(active)
    if var not in involved or len(active) > _AT_MOST:
        return outer, None
    witness = _solve(net, active, involved, mode, box, first=True)
    if witness is None:
        return outer, None
    if witness is False:
        return EMPTY, None  # no solution at all: the search proved it
    reached_lo = reached_hi = witness[var]
    proved_lo = None if lo == -inf else Fraction(lo)
    proved_hi = None if hi == inf else Fraction(hi)
    open_lo = open_hi = True  # whether the end can still be refined
    beyond_lo = beyond_hi = _BEYOND
    gallop = [1, 1]  # per end: the next slice's width in units
    for _ in range(_STEPS):
        width = reached_hi - reached_lo
        gap_lo = None if proved_lo is None or not open_lo else reached_lo - proved_lo
        gap_hi = None if proved_hi is None or not open_hi else proved_hi - reached_hi
        wanted = [
            (gap, side)
            for gap, side in ((gap_lo, 0), (gap_hi, 1))
            if gap is not None and gap > 0 and gap > rel * width
        ]
        if not wanted:
            # An unbounded end: try to prove one, a step beyond what is reached (doubling).
            if proved_lo is None and open_lo and beyond_lo:
                beyond_lo -= 1
                beyond = reached_lo - max(abs(reached_lo), Fraction(1))
                found = _slice(net, active, involved, mode, box, var, None, up(beyond))
                if found is False:
                    proved_lo = Fraction(up(beyond))
                elif found is None:
                    open_lo = False
                else:
                    reached_lo = min(reached_lo, found[var])
                continue
            if proved_hi is None and open_hi and beyond_hi:
                beyond_hi -= 1
                beyond = reached_hi + max(abs(reached_hi), Fraction(1))
                found = _slice(net, active, involved, mode, box, var, down(beyond), None)
                if found is False:
                    proved_hi = Fraction(down(beyond))
                elif found is None:
                    open_hi = False
                else:
                    reached_hi = max(reached_hi, found[var])
                continue
            break
        _, side = max(wanted)
        gap = gap_lo if side == 0 else gap_hi
        assert gap is not None
        # The slice tried next lies against the proved bound, growing while refuted (a
        # refutation takes a propagation; a solution, a search), never past half the gap.
        unit = max(rel * width, gap / 64)
        step = min(gallop[side] * unit, gap / 2)
        if side == 0:
            assert proved_lo is not None
            middle = proved_lo + step
            if up(middle) >= reached_lo:  # floats cannot part them: the end is as narrow as it gets
                open_lo = False
                continue
            found = _slice(net, active, involved, mode, box, var, None, up(middle))
            if found is None:
                open_lo = False
            elif found is False:
                proved_lo = Fraction(up(middle))
                gallop[0] *= 2
            else:
                reached_lo = min(reached_lo, found[var])
                gallop[0] = 1
        else:
            assert proved_hi is not None
            middle = proved_hi - step
            if down(middle) <= reached_hi:
                open_hi = False
                continue
            found = _slice(net, active, involved, mode, box, var, down(middle), None)
            if found is None:
                open_hi = False
            elif found is False:
                proved_hi = Fraction(down(middle))
                gallop[1] *= 2
            else:
                reached_hi = max(reached_hi, found[var])
                gallop[1] = 1
    proved = Interval(
        min(proved_lo, reached_lo) if proved_lo is not None else None,
        max(proved_hi, reached_hi) if proved_hi is not None else None,
        True,
        True,
    )
    return proved, Interval.closed(reached_lo, reached_hi)


def _slice(
    net: Network,
    active: set[int],
    involved: list[int],
    mode: str,
    box: Box,
    var: int,
    lo: float | None,
    hi: float | None,
) -> dict[int, Fraction] | Literal[False] | None:
    """A solution with ``var`` in ``[lo, hi]`` (within ``box``), ``False`` when there is
    none (proved), ``None`` when the search could not tell."""
    trial: Box = (dict(box[0]), dict(box[1]))
    if lo is not None:
        trial[0][var] = max(trial[0][var], lo)
    if hi is not None:
        trial[1][var] = min(trial[1][var], hi)
    if trial[0][var] > trial[1][var]:
        return False
    if not net.propagate(trial, active, start=net.watch[var]):
        return False
    if _within_rounding(trial[0][var], trial[1][var]) and not net.refine_exactly(
        active, mode, involved, trial
    ):
        # A slice only float rounding keeps open (the ends of a whole number of ballots):
        # exact propagation refutes it at once, where the search would spend its budget.
        return False
    return _solve(net, active, involved, mode, trial)


def _within_rounding(lo: float, hi: float) -> bool:
    """Whether ``[lo, hi]`` is no wider than float rounding makes a point."""
    return hi - lo <= 1e-9 * max(abs(lo), abs(hi), 1.0)


def _solve(
    net: Network, active: set[int], involved: list[int], mode: str, box: Box, *, first: bool = False
) -> dict[int, Fraction] | Literal[False] | None:
    """A solution in ``box`` (``False``: none, proved; ``None``: not found).  The first
    question, whether there is any, gets the budget of a grading question."""
    exact = net.strict if mode == "strict" else net.lenient
    nodes, work = (NODE_BUDGET, WORK_BUDGET // 4) if first else (_NODES, _WORK)
    search = _Search(net, active, involved, exact, nodes, work)
    status = search.run((dict(box[0]), dict(box[1])))
    if status == "sat" and search.witness is not None:
        return search.witness
    if status == "unsat" or not net.refine_exactly(active, mode, involved, box):
        # Float propagation reads open ends as closed; exact propagation does not ("b < c"
        # with both 1).
        return False
    return None
