"""The quick lane: checks that share no figure with another, decided by a recipe compiled once
per shape of condition (the comment below says how)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Final

from factcheck import expr
from factcheck.engine.compiler import CheckError, _Compiled, _Compiler
from factcheck.engine.exact import _exact_leaves, _Recipe
from factcheck.engine.network import Network
from factcheck.engine.verdicts import _verdict
from factcheck.intervals import Interval
from factcheck.model import Article, Check, Verdict
from factcheck.qtypes import QType
from factcheck.reading import Reading
from factcheck.relations import Relation, Term

# -- the quick lane ---------------------------------------------------------------------------
#
# Most checks of a large claim set share no figure with any other check: each is decided alone
# (see _Recipe), and most hold.  Such a check is compiled once per shape of condition and
# types of figures, into a recipe that names no figure and no value, and every check of that
# shape is decided by running the recipe on its own figures' readings, and gets its verdict
# there.  A check that fails goes the general way: its diagnoses (slips, signs) and culprits
# are solved on the network.  tests/test_quick_lane.py checks that every verdict is the same
# either way.


@dataclass(frozen=True, slots=True)
class _Quick:
    """A recipe compiled for a shape of condition, with what its verdicts need."""

    recipe: _Recipe
    lhs: QType
    rhs: QType
    lhs_figure: int | None
    rhs_figure: int | None
    """The index of the name that is the whole side, when one is."""
    relations: tuple[Relation, ...]


_QUICK: dict[tuple[object, ...], _Quick | None] = {}
_QUICK_LIMIT = 4096
_QUICK_LANE = True
"""Whether :func:`audit` takes the quick lane (switched off by the tests that compare)."""

_NEVER_ZERO = Interval.closed(1, 2)
_MAYBE_ZERO = Interval.closed(-1, 1)


def _quick_for(
    check: Check, names: Sequence[str], signature: Sequence[tuple[QType, bool]]
) -> _Quick | None:
    """The recipe of checks shaped like ``check`` over figures of these types: compiled here,
    over stand-ins that carry only each figure's type and whether it may be zero (all that a
    relation may ask of a figure while compiling: :class:`~factcheck.relations.Builder`)."""
    net = Network()
    symbols: dict[str, Term] = {}
    for name, (qtype, never_zero) in zip(names, signature, strict=True):
        var = net.add_var(name, "figure", _NEVER_ZERO if never_zero else _MAYBE_ZERO)
        symbols[name] = Term(var, qtype, name, name, None)
    item = _Compiled(check)
    try:
        tree = expr.parse_condition(check.condition)
        _Compiler(net, symbols, item).condition(tree)
    except (expr.CheckSyntaxError, CheckError):
        return None
    recipe = _Recipe.of(net, item)
    if (
        recipe is None
        or item.slip is not None
        or item.cannot_fail
        or sorted(recipe.leaf_vars) != list(range(len(names)))
    ):
        return None
    assert item.lhs is not None
    assert item.rhs is not None
    return _Quick(
        recipe,
        item.lhs.qtype,
        item.rhs.qtype,
        None if item.lhs.figure is None else names.index(item.lhs.figure),
        None if item.rhs.figure is None else names.index(item.rhs.figure),
        tuple(item.relations),
    )


_Shape = tuple[tuple[str, ...], tuple[str, ...]]


def _lone_checks(article: Article, symbols: Mapping[str, Term], net: Network) -> dict[int, _Shape]:
    """For each check (by position) whose figures no other check uses: its shape and names.

    Every check counts as a user of the names it mentions, even one that will not compile or
    whose id is taken (counting too many users only sends a check the general way); a check
    whose shape is not plain ("a ≤ c") is parsed for its names.  An id used twice is left to
    the general path, which reports it.
    """
    shapes: dict[int, _Shape] = {}
    used: dict[str, int] = {}
    ids: dict[str, int] = {}
    for index, check in enumerate(article.checks):
        ids[check.id] = ids.get(check.id, 0) + 1
        found = expr.shape(check.condition)
        if found is not None:
            shapes[index] = found
            names: Iterable[str] = found[1]
        else:
            try:
                names = expr.names_in(expr.parse_condition(check.condition))
            except expr.CheckSyntaxError:
                continue  # an error: it mentions nothing the network will hold
        for name in names:
            used[name] = used.get(name, 0) + 1
    kinds = net.kinds
    return {
        index: found
        for index, found in shapes.items()
        if ids[article.checks[index].id] == 1
        and all(
            used[name] == 1
            and (term := symbols.get(name)) is not None
            and kinds[term.var] == "figure"
            for name in found[1]
        )
    }


def _quick_verdict(
    check: Check,
    found: _Shape,
    net: Network,
    symbols: Mapping[str, Term],
    readings: Mapping[str, Reading],
) -> Verdict | None:
    """The verdict of a lone check by its shape's recipe; ``None`` when the check must go the
    general way (it fails, or the recipe cannot decide it)."""
    key, names = found
    terms = [symbols[name] for name in names]
    if not _exact_leaves(net, (t.var for t in terms)):
        return None
    strict = [net.strict[t.var] for t in terms]
    lenient = [net.lenient[t.var] for t in terms]
    # Whether each may be zero, asked as _Compiler.never_zero asks it of a figure.
    signature = tuple((t.qtype, 0 not in i) for t, i in zip(terms, lenient, strict=True))
    cache_key = (key, signature)
    quick = _QUICK.get(cache_key, _UNSEEN)
    if quick is _UNSEEN:
        quick = _quick_for(check, names, signature)
        if len(_QUICK) < _QUICK_LIMIT:
            _QUICK[cache_key] = quick
    if quick is None:
        return None
    assert isinstance(quick, _Quick)
    order = quick.recipe.leaf_vars
    decided = quick.recipe.decide([strict[i] for i in order], [lenient[i] for i in order])
    if decided is None:
        return None
    if not (decided[0] and decided[1]):
        return None  # a finding: its diagnoses and culprits are solved on the network
    lhs_name = None if quick.lhs_figure is None else names[quick.lhs_figure]
    rhs_name = None if quick.rhs_figure is None else names[quick.rhs_figure]
    item = _Compiled(
        check,
        lhs=Term(-1, quick.lhs, "", lhs_name),
        rhs=Term(-1, quick.rhs, "", rhs_name),
        relations=list(quick.relations),
        names=set(names),
    )
    return _verdict(net, item, (item,), readings, {}, {}, {}, set(), exact=decided[2:])


_UNSEEN: Final = object()
