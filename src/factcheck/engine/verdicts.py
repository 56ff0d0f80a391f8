"""Grading one check: its verdict (consistent, stretched, inconsistent, uncheckable,
undecided) with the intervals, the gap and the reasons that explain it, and the figures most
likely to be wrong (culprits).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Collection, Mapping, Sequence
from collections.abc import Set as AbstractSet
from fractions import Fraction
from typing import Any, Final

import attrs

from factcheck import culprits, expr
from factcheck.engine.compiler import _Compiled
from factcheck.engine.constraints import grid_hull
from factcheck.engine.exact import _single_check
from factcheck.engine.implied import _forward, _implied, _implied_both
from factcheck.engine.network import Network
from factcheck.engine.solver import _Solver
from factcheck.frozen import evolve
from factcheck.intervals import Interval
from factcheck.later import Later
from factcheck.model import Culprit, Grade, Verdict
from factcheck.qtypes import qtype_of_unit
from factcheck.reading import Reading
from factcheck.relations import Term, lookup

_FLAGGED: Final = ("inconsistent", "stretched")


def _add_culprits(
    net: Network,
    symbols: Mapping[str, Term],
    readings: Mapping[str, Reading],
    quotes: Mapping[str, str],
    group: Sequence[_Compiled],
    verdicts: dict[str, Verdict],
    node_budget: int,
) -> None:
    """Give each finding of ``group`` its culprits (:mod:`factcheck.culprits`), asked on the
    same network: the group graded again with one figure free, and what the checks that then
    hold imply for that figure."""
    findings = [c.check.id for c in group if verdicts[c.check.id].grade in _FLAGGED]
    if not findings:
        return
    group = list(group)
    held = {c.check.id for c in group if verdicts[c.check.id].grade == "consistent"}
    # Checks that cannot fail (a free unknown takes up any value) are in no conflict.
    ungraded = {
        c.check.id
        for c in group
        if verdicts[c.check.id].grade == "uncheckable" and not c.mismatched
    }
    partners = {check_id: verdicts[check_id].conflicts_with for check_id in findings}
    found: dict[str, tuple[Culprit, ...]] = {}

    def work() -> dict[str, tuple[Culprit, ...]]:
        # One search for the whole group, on first access to any of its findings' culprits.
        if not found:
            with _LAZY_WORK:
                found.update(
                    _culprits(
                        net,
                        symbols,
                        readings,
                        quotes,
                        group,
                        findings,
                        held,
                        ungraded,
                        partners,
                        node_budget,
                    )
                )
                found.update((check_id, ()) for check_id in findings if check_id not in found)
        return found

    for check_id in findings:
        verdicts[check_id] = attrs.evolve(verdicts[check_id], culprits=Later(_pick(work, check_id)))


def _pick(
    work: Callable[[], Mapping[str, tuple[Culprit, ...]]], check_id: str
) -> Callable[[], dict[str, Any]]:
    return lambda: {"culprits": work()[check_id]}


def _culprits(
    net: Network,
    symbols: Mapping[str, Term],
    readings: Mapping[str, Reading],
    quotes: Mapping[str, str],
    group: Sequence[_Compiled],
    findings: Sequence[str],
    held: Collection[str],
    ungraded: Collection[str],
    partners: Mapping[str, Sequence[str]],
    node_budget: int,
) -> dict[str, tuple[Culprit, ...]]:
    needed = {name for c in group for name in c.names}

    def regrade(checks: Sequence[_Compiled]) -> set[str]:
        if len(checks) == 1 and not checks[0].mismatched:
            exact = _single_check(net, checks[0])
            if exact is not None:
                return set() if exact[1] else {checks[0].check.id}
        testable = [c for c in checks if c.uncheckable is None]
        lenient, strict, undecided = _Solver(net, node_budget).grade(testable)
        # Units written wrong stay wrong whatever the values; a slip diagnosed from the values
        # is one explanation among others, and another figure's change may clear it too.
        mismatched = {c.check.id for c in checks if c.mismatched}
        return lenient.keys() | strict.keys() | undecided | mismatched

    def holds(checks: Sequence[_Compiled]) -> bool:
        if any(c.mismatched for c in checks):
            return False
        if len(checks) == 1:
            exact = _single_check(net, checks[0])
            if exact is not None:
                return exact[1]
        testable = [c for c in checks if c.uncheckable is None]
        return _Solver(net, node_budget).status(testable, "strict") == "sat"

    def implied(
        name: str, checks: Sequence[_Compiled], domain: Interval
    ) -> tuple[Interval, Interval | None]:
        term = symbols[name]
        return _implied_both(net, term, checks, [term.var], domain)

    trials = culprits.Trials(regrade, implied, lambda c: c.check.id, holds)
    named = {
        c.check.id: (c.slip_figure, c.slip_reading) for c in group if c.slip_figure is not None
    }
    var_of = {name: term.var for name, term in symbols.items() if name in needed}
    outcomes = {c.check.id: pair for c in group if (pair := _derived(c.check.condition))}
    found = culprits.find(
        net,
        var_of,
        readings,
        quotes,
        group,
        findings,
        trials,
        named=named,
        held=held,
        partners=partners,
        outcomes=outcomes,
        ungraded=ungraded,
    )
    return {check_id: tuple(items) for check_id, items in found.items()}


def _derived(condition: str) -> tuple[str, str] | None:
    """The figure a check states as the outcome of its others, and the relation that works
    it out ("" for arithmetic): the name alone on its side of an equality (see
    :func:`expr.derived_name`), or the last of a breakdown's shares (``shares_sum``), the rest
    ("did not know", "others") that writers work out as 100 less the others."""
    try:
        node = expr.parse_condition(condition)
    except expr.CheckSyntaxError:
        return None
    if isinstance(node, expr.Call):
        relation = lookup(node.fn)
        if relation is None or relation.name != "shares_sum" or not node.args:
            return None
        listed = node.args[0]
        if not isinstance(listed, expr.ListArg) or len(listed.items) < 2:
            return None
        last = listed.items[-1]
        return (last.id, relation.name) if isinstance(last, expr.Name) else None
    name = expr.derived_name(node)
    if name is None or not isinstance(node, expr.Compare):
        return None
    for side in (node.left, node.right):
        if isinstance(side, expr.Call) and (relation := lookup(side.fn)) is not None:
            return name, relation.name
    return name, ""


def _verdict(
    net: Network,
    item: _Compiled,
    group: Sequence[_Compiled],
    readings: Mapping[str, Reading],
    usage: Mapping[int, int],
    lenient_flagged: Mapping[str, list[str]],
    strict_flagged: Mapping[str, list[str]],
    undecided: set[str],
    *,
    exact: tuple[Interval, Interval, Interval] | None = None,
    loose: AbstractSet[str] = frozenset(),
) -> Verdict:
    check_id = item.check.id
    stated = stated_strict = None
    implied: Interval | _Deferred | None = None
    if exact is not None:
        stated, stated_strict, implied = exact
    elif item.lhs is not None and item.rhs is not None:
        stated = _forward(net, item.rhs, "lenient")
        stated_strict = _forward(net, item.rhs, "strict")
        lhs, focus = item.lhs, sorted(item.decision)

        def work() -> Interval | None:
            # The checks beside it, listed on first access (a pass over the group: listed
            # for every check up front, they made building a group's verdicts quadratic).
            others = [
                c
                for c in group
                if c is not item
                and c.check.id not in lenient_flagged
                and c.check.id not in strict_flagged
            ]
            # A finding's partners in its conflict are findings too, and left out above; but
            # what they imply is what the finding is wrong against (two shares of one whole:
            # each is off from what the other implies).  With them, when they leave room.
            partners = set(lenient_flagged.get(check_id) or strict_flagged.get(check_id) or ())
            beside = [c for c in group if c is not item and c.check.id in partners]
            with _LAZY_WORK:
                if beside:
                    found = _implied(net, lhs, [*others, *beside], focus)
                    if found is not None and not found.is_empty:
                        return found
                return _implied(net, lhs, others, focus)

        implied = _Deferred(work)
    unit, factor = display_of(item, readings)
    conflicts: tuple[str, ...] = ()
    reason = ""
    grade: Grade
    if item.uncheckable is not None:
        grade, reason = "uncheckable", item.uncheckable
    elif check_id in lenient_flagged:
        grade = "inconsistent"
        conflicts = tuple(lenient_flagged[check_id])
        if check_id in loose:
            reason = _LOOSE
    elif item.slip is not None:
        grade = "inconsistent"
    elif check_id in undecided:
        # Before "stretched": that grade says the check holds on a lenient reading, which
        # the search could not show here.
        grade, reason = "undecided", "the search budget ran out before a proof either way"
        if check_id in strict_flagged:
            conflicts = tuple(strict_flagged[check_id])
            reason = (
                "it cannot hold on the strict reading of its figures; whether it holds on a "
                "lenient reading was not decided within the search budget"
            )
    elif check_id in strict_flagged:
        grade = "stretched"
        conflicts = tuple(strict_flagged[check_id])
        if check_id in loose:
            reason = _LOOSE
    else:
        free = [
            net.names[v]
            for v in item.decision
            if net.kinds[v] == "unknown" and usage.get(v, 0) <= 1
        ]
        if free:
            grade = "uncheckable"
            reason = (
                f"it rests on {', '.join(sorted(free))}, which no other check constrains; "
                "state or derive it to make the check testable"
            )
        else:
            grade = "consistent"
    compared = stated if grade == "inconsistent" else stated_strict
    flagged = grade in ("inconsistent", "stretched")
    shown: Interval | Later | None
    off_by: Fraction | Later | None
    off_rel: Fraction | Later | None
    if isinstance(implied, _Deferred):
        # Worked out on first access (a search over the group): most verdicts are never asked.
        deferred = implied
        shown = off_by = off_rel = Later(
            lambda: _details(deferred(), compared if flagged else None, factor)
        )
    else:
        details = _details(implied, compared if flagged else None, factor)
        shown, off_by, off_rel = implied, details["off_by"], details["off_by_relative"]
    if item.slip is not None:
        reason = item.slip + (f"; {reason}" if reason else "")
    warning = _CANNOT_FAIL if item.cannot_fail else None
    sign_flip = item.sign_flip if grade in ("inconsistent", "stretched") else None
    if sign_flip is not None:
        reason = sign_flip + (f"; {reason}" if reason else "")
    return Verdict(
        check=item.check,
        grade=grade,
        stated=stated,
        stated_strict=stated_strict,
        implied=shown,
        unit=unit,
        display_factor=factor,
        conflicts_with=conflicts,
        off_by=off_by,
        off_by_relative=off_rel,
        slip=item.slip,
        sign_flip=sign_flip,
        warning=warning,
        reason=reason,
        figures={
            name: _as_whole(readings[name]) if name in net.whole_names else readings[name]
            for name in sorted(item.names)
            if name in readings
        },
        relations=tuple((r.name, r.formula) for r in dict.fromkeys(item.relations)),
        claim_figure=item.rhs.figure if item.rhs is not None else None,
    )


def _as_whole(reading: Reading) -> Reading:
    """A count's reading as the engine takes it: the whole numbers of its intervals ("12
    participants" is 12, not 11.5 to 12.5)."""
    return evolve(
        reading, strict=grid_hull(reading.strict, 1), lenient=grid_hull(reading.lenient, 1)
    )


_LAZY_WORK = threading.RLock()
"""Work deferred to first access runs on the audit's network (and sets figures free on it for
a while): one piece of such work at a time, whatever thread asks."""


class _Deferred:
    """An implied interval not yet worked out."""

    __slots__ = ("work",)

    def __init__(self, work: Callable[[], Interval | None]) -> None:
        self.work = work

    def __call__(self) -> Interval | None:
        return self.work()


def _details(
    implied: Interval | None, compared: Interval | None, factor: Fraction
) -> dict[str, Any]:
    """The implied interval, and how far the stated one (``compared``, for a finding) misses it."""
    off_by = off_rel = None
    if compared is None or implied is None or implied.is_empty or compared.is_empty:
        return {"implied": implied, "off_by": None, "off_by_relative": None}
    gap = compared.distance(implied)
    off_by = gap * factor
    middle = compared.midpoint if compared.is_bounded else None
    if middle:
        off_rel = gap / abs(middle)
    return {"implied": implied, "off_by": off_by, "off_by_relative": off_rel}


_CANNOT_FAIL = (
    "this check cannot fail: its two sides are the same expression (or literals that agree), "
    "so it holds whatever the article says; compare the figure with what the article derives "
    "it from"
)

_LOOSE = (
    "the checks it conflicts with cannot all hold together; whether each of them is needed "
    "for the conflict was not decided within the search budget"
)


def display_of(item: _Compiled, readings: Mapping[str, Reading]) -> tuple[str, Fraction]:
    """The unit a check's intervals are shown in, and the factor from base units to it."""
    term = item.rhs or item.lhs
    if term is None:
        return "", Fraction(1)
    qtype = term.qtype
    if qtype.is_pp:
        return "pp", Fraction(100)
    if qtype.dimensionless:
        return ("%", Fraction(100)) if qtype.rate else ("", Fraction(1))
    unit = qtype.describe()

    def written_in(reading: Reading | None) -> bool:
        # A figure written in a unit of the check's own kind: "5,000 grams" for a mass.
        return (
            reading is not None
            and reading.unit is not None
            and qtype_of_unit(reading.unit)[0].dims == qtype.dims
        )

    stated = readings.get(term.figure) if term.figure is not None else None
    if written_in(stated):
        # The stated figure as the article writes it: "2,000 dollars per resident" in
        # dollars, even when the budget beside it is in billions.
        assert stated is not None
        assert stated.unit_text is not None
        return stated.unit_text, 1 / stated.multiplier
    own = [readings[n] for n in sorted(item.names) if n in readings and written_in(readings[n])]
    scaled = [readings[n] for n in sorted(item.names) if n in readings and readings[n].scale]
    # The largest among figures in the check's own unit, else any figure's scale.
    in_unit = own or scaled[:1]
    if not in_unit:
        return unit, Fraction(1)
    largest = max(in_unit, key=lambda r: r.multiplier)
    if largest in own:
        assert largest.unit_text is not None
        return largest.unit_text, 1 / largest.multiplier
    return f"{largest.scale} {unit}", 1 / largest.multiplier
