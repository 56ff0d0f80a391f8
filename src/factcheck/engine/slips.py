"""Diagnoses of a failed check: a slip of wording (a change read as a level, a gap as a
ratio) or a flipped sign would make it hold.
"""

from __future__ import annotations

from collections import ChainMap
from collections.abc import Mapping
from fractions import Fraction

from factcheck import expr, signs
from factcheck.engine.compiler import CheckError, _Compiled, _Compiler
from factcheck.engine.constraints import NODE_BUDGET
from factcheck.engine.exact import _single_check
from factcheck.engine.network import Network
from factcheck.engine.solver import _Solver
from factcheck.model import Check
from factcheck.qtypes import PLAIN, PP, RATE, QType
from factcheck.reading import Reading
from factcheck.relations import Term

_GROWTH_NAMES = frozenset({"growth", "change", "growth_rate"})
_GAP_NAMES = frozenset({"gap", "rate_gap", "points_above"})


def _diagnose_slip(
    net: Network,
    solver: _Solver,
    symbols: dict[str, Term],
    readings: Mapping[str, Reading],
    item: _Compiled,
    tree: expr.Node,
    others: list[_Compiled],
) -> None:
    """When an inconsistent check would hold with its percent figure read as percentage points
    (a relative change read as a difference of rates), or the reverse, say so."""
    for figure_node, other in _slip_sides(tree):
        if figure_node.id not in readings:
            continue
        found = _slip_alternatives(other, readings[figure_node.id].unit)
        stated = readings[figure_node.id]
        for alternative, retype, wording, kind in found:
            if kind == _RATIO_SLIP and stated.number * stated.multiplier < 1:
                continue  # a ratio under 100 % is a fall, which no one writes as a rise
            trial = _slip_trial(net, symbols, item.check, figure_node, alternative, retype)
            if trial is None:
                continue
            trial.needs = net.closure(trial.own)
            # Alone, the trial is usually decided exactly by interval arithmetic, as the
            # check was.
            quick = None if others else _single_check(net, trial)
            holds = quick[0] if quick is not None else solver.status([*others, trial], "lenient")
            if holds in (True, "sat"):
                item.slip = _slip_message(readings[figure_node.id].text, wording, kind)
                item.slip_figure = figure_node.id
                item.slip_reading = wording
                return
        if found:
            return


def _diagnose_sign(
    net: Network,
    symbols: Mapping[str, Term],
    readings: Mapping[str, Reading],
    quotes: Mapping[str, str],
    item: _Compiled,
    others: list[_Compiled],
    mode: str,
) -> None:
    """When a check that fails under ``mode`` would hold, with ``others``, if one figure
    written with a direction word had the other sign, say so (see :mod:`factcheck.signs`)."""
    for name in signs.candidates(item.names, readings, quotes):
        var = symbols[name].var
        with net.read_as(var, -net.strict[var], -net.lenient[var]):
            # Alone, the check is usually decided exactly by interval arithmetic.
            quick = None if others else _single_check(net, item)
            if quick is not None:
                holds = quick[0] if mode == "lenient" else quick[1]
            else:
                trial = _Solver(net, NODE_BUDGET)
                holds = trial.status([*others, item], mode) == "sat"
        if holds:
            item.sign_flip = signs.message(readings[name], quotes[name])
            return


def _slip_trial(
    net: Network,
    symbols: dict[str, Term],
    check: Check,
    figure_node: expr.Name,
    alternative: expr.Node,
    retype: QType,
) -> _Compiled | None:
    """``check`` compiled as the slip would have it: the figure read the other way, equal to
    ``alternative``; ``None`` when that does not compile (the diagnosis skips it)."""
    term = symbols[figure_node.id]
    # The figure retyped, over the article's names (not a copy of them: an article can have
    # tens of thousands).
    retyped = Term(term.var, retype, term.text, None, term.written)
    local = ChainMap({figure_node.id: retyped}, symbols)
    # A key no check can have (ids are names), so no cached answer is mistaken for this
    # trial's: "g__slip" is a valid check id.
    trial = _Compiled(check, key=f"{check.id} (slip)")
    try:
        _Compiler(net, local, trial).condition(expr.Compare("==", alternative, figure_node))
    except CheckError:
        return None
    return trial


def _slip_message(written: str, wording: str, kind: str) -> str:
    return f"{written!r} does not hold as written, but would hold read as {wording}: {kind}"


def _slip_sides(tree: expr.Node) -> list[tuple[expr.Name, expr.Node]]:
    """The (figure, other side) pairs of an equality whose figure may be a slip of print."""
    if not isinstance(tree, expr.Compare) or tree.op != "==":
        return []
    return [
        (figure_node, other)
        for figure_node, other in ((tree.right, tree.left), (tree.left, tree.right))
        if isinstance(figure_node, expr.Name)
    ]


_PP_SLIP = "a percent/percentage-point slip"
_RATIO_SLIP = "a ratio written as an increase"
_INDEX_SLIP = "points of an index written as percent"


def _slip_alternatives(
    other: expr.Node, unit: str | None
) -> list[tuple[expr.Node, QType, str, str]]:
    """What a figure in ``unit`` compared with ``other`` would equal if it were a slip of
    print, likeliest first: (the other side rewritten, the figure's type read the other way,
    the words, the slip)."""
    if unit == "percent" and isinstance(other, expr.Call) and other.fn in _GROWTH_NAMES:
        if len(other.args) == 2:
            new, old = other.args
            return [
                (
                    expr.BinOp("-", new, old),
                    PP,
                    "percentage points (a difference of rates)",
                    _PP_SLIP,
                ),
                # "a 235 per cent increase" for a rise from 2,000 to 4,699: 235 per cent OF it
                (
                    expr.BinOp("/", new, old),
                    RATE,
                    "the new level as a percent of the old",
                    _RATIO_SLIP,
                ),
                # "increased by 1.75 percent from 175.18 to 176.93": the rise in index points
                (
                    expr.BinOp("/", expr.BinOp("-", new, old), expr.Num(Fraction(100), "", "100")),
                    PLAIN,
                    "points of the index (the difference of the levels)",
                    _INDEX_SLIP,
                ),
            ]
    elif unit == "percentage_point":
        pair = None
        if isinstance(other, expr.BinOp) and other.op == "-":
            pair = (other.left, other.right)
        elif isinstance(other, expr.Call) and other.fn in _GAP_NAMES and len(other.args) == 2:
            pair = (other.args[0], other.args[1])
        if pair is not None:
            return [(expr.Call("growth", pair), RATE, "percent (a relative change)", _PP_SLIP)]
    return []
