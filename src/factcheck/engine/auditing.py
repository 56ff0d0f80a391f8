"""Auditing an article: :func:`audit` compiles every check, splits them into groups that
share no variable, grades each group, and returns a :class:`Report`.
"""

from __future__ import annotations

import functools
import gc
import threading
from collections.abc import Mapping
from typing import Any

import attrs

from factcheck import expr
from factcheck.engine import intlane
from factcheck.engine import quick as quick_lane
from factcheck.engine.compiler import CheckError, _Compiled, _Compiler
from factcheck.engine.constraints import NODE_BUDGET
from factcheck.engine.declare import _declare
from factcheck.engine.exact import _single_check
from factcheck.engine.implied import _all_bounds
from factcheck.engine.network import Network
from factcheck.engine.quick import _lone_checks, _quick_verdict
from factcheck.engine.slips import _diagnose_sign, _diagnose_slip
from factcheck.engine.solver import _Solver
from factcheck.engine.verdicts import _add_culprits, _verdict
from factcheck.errors import FactcheckError
from factcheck.intervals import Interval
from factcheck.later import Later
from factcheck.model import Article, Verdict
from factcheck.reading import Reading


@attrs.frozen(kw_only=True)
class Report:
    """The audit of one article: a verdict per check that compiled, and the errors of the rest."""

    article: Article
    verdicts: tuple[Verdict, ...]
    errors: tuple[FactcheckError, ...] = ()
    readings: Mapping[str, Reading] = attrs.field(factory=dict)
    _bounds: Mapping[str, Interval] = attrs.field(factory=dict, alias="bounds")

    def bounds(self, name: str) -> Interval:
        """What the article's checks (all but those graded inconsistent or stretched) imply
        for a figure, unknown or reference, in base units (a ratio for percent, yuan for
        CNY), under strict readings.  ``KeyError`` for a name not declared."""
        return self._bounds[name]

    @property
    def ok(self) -> bool:
        """No errors, and every error-severity check is as expected (or consistent)."""
        return not self.errors and all(v.ok or v.check.severity == "warn" for v in self.verdicts)

    def verdict(self, check_id: str) -> Verdict:
        for verdict in self.verdicts:
            if verdict.check.id == check_id:
                return verdict
        raise KeyError(check_id)

    def counts(self) -> dict[str, int]:
        from factcheck.model import GRADES

        counts: dict[str, int] = dict.fromkeys(GRADES, 0)
        for verdict in self.verdicts:
            counts[verdict.grade] += 1
        return counts


def _components(compiled: list[_Compiled]) -> list[list[_Compiled]]:
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for item in compiled:
        variables = sorted(item.decision)
        for other in variables[1:]:
            parent[find(other)] = find(variables[0])
    groups: dict[object, list[_Compiled]] = {}
    for index, item in enumerate(compiled):
        key: object = find(min(item.decision)) if item.decision else ("alone", index)
        groups.setdefault(key, []).append(item)
    return list(groups.values())


def audit(article: Article, *, node_budget: int = NODE_BUDGET) -> Report:
    """Audit an article: one verdict per check (see the module docstring for the grades)."""
    # An audit allocates many small objects and frees few until it returns: the collector's
    # passes over them found nothing to free and took a third to a half of the time
    # (benchmarks/bench_engine.py).  It runs again, as it was, when the audit returns.
    collecting = gc.isenabled()
    if collecting:
        gc.disable()
    try:
        if not (quick_lane._QUICK_LANE and intlane._INT_LANE):
            return _general(article, node_budget)
        lane = intlane.run(article)
        if not lane.verdicts:
            return _general(article, node_budget)
        return _merged(article, lane, node_budget)
    finally:
        if collecting:
            gc.enable()


def _merged(article: Article, lane: intlane.Lane, node_budget: int) -> Report:
    """The report of an article some of whose checks the int lane decided: the rest audited
    the general way, without the lane's figures, and the verdicts put back in order."""
    taken = lane.verdicts
    rest = attrs.evolve(
        article,
        figures=[f for f in article.figures if f.name not in lane.names],
        checks=[c for i, c in enumerate(article.checks) if i not in taken],
    )
    general = _general(rest, node_budget)
    verdicts: list[Verdict] = []
    others = _culprits_of_whole(article, general.verdicts, node_budget)
    at = 0
    for index, check in enumerate(article.checks):
        verdict = taken.get(index)
        if verdict is not None:
            verdicts.append(verdict)
        elif at < len(others) and others[at].check is check:
            verdicts.append(others[at])
            at += 1
    return Report(
        article=article,
        verdicts=tuple(verdicts),
        errors=general.errors,
        readings=intlane._Lazy(functools.partial(_readings, article, lane, general.readings)),
        bounds=intlane._Lazy(functools.partial(intlane._strict_bounds, general._bounds, lane)),
    )


def _culprits_of_whole(
    article: Article, verdicts: tuple[Verdict, ...], node_budget: int
) -> list[Verdict]:
    """The general path's verdicts, each finding's culprits worked out (when first asked for)
    on the whole article: a culprit is told apart by every figure around it, the int lane's
    among them (one audit of the whole, for all the findings that ask)."""
    whole: list[Report] = []

    def culprits(check_id: str) -> dict[str, Any]:
        with _WHOLE:
            if not whole:
                whole.append(_general(article, node_budget))
        return {"culprits": whole[0].verdict(check_id).culprits}

    return [
        attrs.evolve(v, culprits=Later(functools.partial(culprits, v.check.id)))
        if v.grade in ("inconsistent", "stretched")
        else v
        for v in verdicts
    ]


_WHOLE = threading.RLock()


def _readings(
    article: Article, lane: intlane.Lane, general: Mapping[str, Reading]
) -> dict[str, Reading]:
    """Every reading of the article, in the order the general path declares them (figures,
    then references)."""
    readings: dict[str, Reading] = {}
    for figure in article.figures:
        name = figure.name
        if name in lane.names:
            readings[name] = figure.read(article.policy)
        elif name in general and name not in readings:
            readings[name] = general[name]
    for name, reading in general.items():
        readings.setdefault(name, reading)
    return readings


def _general(article: Article, node_budget: int) -> Report:
    net = Network()
    symbols, readings, errors = _declare(article, net)
    compiled: list[_Compiled] = []
    trees: dict[str, expr.Node] = {}
    seen: set[str] = set()
    lone = _lone_checks(article, symbols, net) if quick_lane._QUICK_LANE else {}
    quotes = {figure.name: figure.quote for figure in article.figures}
    order: list[str] = []
    verdicts: dict[str, Verdict] = {}
    quick_ids: set[str] = set()
    for index, check in enumerate(article.checks):
        if check.id in seen:
            errors.append(CheckError(f"check {check.id!r}", "the id is used twice", check.location,
                                     "give every check its own id"))  # fmt: skip
            continue
        seen.add(check.id)
        found = lone.get(index)
        if found is not None:
            verdict = _quick_verdict(check, found, net, symbols, readings)
            if verdict is not None:
                verdicts[check.id] = verdict
                quick_ids.add(check.id)
                order.append(check.id)
                continue
        item = _Compiled(check)
        try:
            tree = expr.parse_condition(check.condition)
            _Compiler(net, symbols, item, readings).condition(tree)
        except expr.CheckSyntaxError as error:
            errors.append(CheckError(f"check {check.id!r}", str(error), check.location))
            continue
        except CheckError as error:
            errors.append(error)
            continue
        item.needs = net.closure(item.own)
        compiled.append(item)
        trees[check.id] = tree
        order.append(check.id)

    solver = _Solver(net, node_budget)
    usage: dict[int, int] = {}
    for item in compiled:
        for var in item.decision:
            usage[var] = usage.get(var, 0) + 1
    for group in _components(compiled):
        if len(group) == 1:
            quick = _single_check(net, group[0])
            if quick is not None:
                lenient_ok, strict_ok, stated, stated_strict, implied = quick
                item = group[0]
                check_id = item.check.id
                if not lenient_ok and item.slip is None:
                    _diagnose_slip(net, solver, symbols, readings, item, trees[check_id], [])
                if item.slip is None and not strict_ok:
                    mode = "strict" if lenient_ok else "lenient"
                    _diagnose_sign(net, symbols, readings, quotes, item, [], mode)
                verdicts[check_id] = _verdict(
                    net,
                    item,
                    group,
                    readings,
                    usage,
                    {} if lenient_ok else {check_id: []},
                    {} if strict_ok else {check_id: []},
                    set(),
                    exact=(stated, stated_strict, implied),
                )
                _add_culprits(net, symbols, readings, quotes, group, verdicts, node_budget)
                quick_ids.add(check_id)
                continue
        testable = [c for c in group if c.uncheckable is None]
        lenient_flagged, strict_flagged, undecided = solver.grade(testable)
        remaining = [c for c in testable if c.check.id not in lenient_flagged]
        for item in testable:
            if item.check.id in lenient_flagged and item.slip is None:
                _diagnose_slip(
                    net, solver, symbols, readings, item, trees[item.check.id], remaining
                )
        held = [c for c in remaining if c.check.id not in strict_flagged]
        for item in testable:
            if item.slip is not None or item.check.id in undecided:
                continue
            if item.check.id in lenient_flagged:
                _diagnose_sign(net, symbols, readings, quotes, item, remaining, "lenient")
            elif item.check.id in strict_flagged:
                _diagnose_sign(net, symbols, readings, quotes, item, held, "strict")
        for item in group:
            verdicts[item.check.id] = _verdict(
                net,
                item,
                group,
                readings,
                usage,
                lenient_flagged,
                strict_flagged,
                undecided,
                loose=solver.loose,
            )
        _add_culprits(net, symbols, readings, quotes, group, verdicts, node_budget)
    ordered = tuple(verdicts[check_id] for check_id in order)
    sound = [
        c
        for c in compiled
        if c.check.id not in quick_ids
        and verdicts[c.check.id].grade in ("consistent", "uncheckable")
    ]
    return Report(
        article=article,
        verdicts=ordered,
        errors=tuple(errors),
        readings=readings,
        bounds=_all_bounds(net, symbols, sound),
    )
