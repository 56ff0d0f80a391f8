"""The relation table: every named relation a check may use, each declared once.

A declaration gives the relation's name and aliases, its parameters and unit signature, how it
is built from primitive arithmetic (and the *redundant forms* the engine propagates alongside,
such as ``new - old = old * growth`` for a growth rate), a message template for explanations,
and a Hypothesis strategy that makes consistent instances of it.  Adding a relation touches
only this table.

Build functions receive a :class:`Builder` (the engine's compiler) and the compiled
arguments; they never see pint or the parser.
"""

from __future__ import annotations

__all__ = ["RELATIONS", "Arg", "Builder", "Relation", "Term", "lookup"]

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Protocol

import attrs

from factcheck.qtypes import PLAIN, PP, RATE, QType

if TYPE_CHECKING:
    from factcheck.custom import Custom


@dataclass(frozen=True, slots=True)
class Term:
    """A compiled sub-expression: its variable in the network and its type."""

    var: int
    qtype: QType
    text: str = ""
    figure: str | None = None
    """The figure's name when the term is exactly one figure (used to name slips)."""
    written: Fraction | None = None
    """For a figure or literal: the value as written."""
    whole: bool = False
    """Whether the term is a whole less shares of it ("100 percent - part"): itself a share,
    not a difference of rates in percentage points."""


Arg = Term | list[Term] | str | bool


class Builder(Protocol):
    """What a relation may ask of the engine while it is being compiled."""

    def add(self, a: Term, b: Term) -> Term: ...
    def sub(self, a: Term, b: Term) -> Term: ...
    def mul(self, a: Term, b: Term) -> Term: ...
    def div(self, a: Term, b: Term) -> Term: ...
    def const(self, value: Fraction, qtype: QType) -> Term: ...
    def compare(self, op: str, a: Term, b: Term) -> None: ...
    def claim(self, lhs: Term, rhs: Term) -> None: ...
    def redundant(self, z: Term, op: str, x: Term, y: Term) -> None: ...
    def change_of(self, new: Term, old: Term, growth: Term) -> None: ...
    def never_zero(self, term: Term) -> bool: ...
    def custom(self, custom: Custom) -> None: ...
    def retype(self, term: Term, qtype: QType, text: str) -> Term: ...
    def same_units(self, what: str, *terms: Term) -> None: ...
    def require(self, ok: bool, message: str) -> None: ...
    def uncheckable(self, reason: str) -> None: ...


@attrs.frozen(kw_only=True)
class Relation:
    """One relation of the table."""

    name: str
    aliases: tuple[str, ...]
    params: tuple[str, ...]
    signature: str
    """The unit signature, in words: "(amount A, amount A) -> percent"."""
    formula: str
    """What the relation computes or requires, in the check language's own notation."""
    redundant: tuple[str, ...]
    """Redundant forms the engine adds so propagation keeps links between checks."""
    message: str
    """A template for explanations, with ``{param}`` fields."""
    build: Callable[[Builder, Sequence[Arg], Mapping[str, Arg]], Term | None]
    strategy: Callable[[], Any]
    """A Hypothesis strategy of consistent instances: dicts of parameter -> Fraction, with
    ``"result"`` for functions.  Imports Hypothesis only when called."""
    predicate: bool = False
    """Whether the relation is a whole condition (``parts_within(...)``) rather than a value."""
    optional: tuple[str, ...] = ()
    doc: str = ""

    def arity_ok(self, count: int) -> bool:
        return len(self.params) <= count <= len(self.params) + len(self.optional)


# -- helpers ----------------------------------------------------------------------------------


def _terms(args: Sequence[Arg], name: str, builder: Builder) -> list[Term]:
    out: list[Term] = []
    for arg in args:
        if not isinstance(arg, Term):  # (the message only when it fails: a repr is not cheap)
            builder.require(False, f"{name}() takes quantities here, not {arg!r}")
        assert isinstance(arg, Term)
        out.append(arg)
    return out


def _term_list(arg: Arg, name: str, builder: Builder) -> list[Term]:
    builder.require(isinstance(arg, list), f"{name}() needs a list in brackets: [a, b, c]")
    assert isinstance(arg, list)
    builder.require(bool(arg), f"{name}() needs at least one item in its list")
    builder.require(
        all(isinstance(item, Term) for item in arg),
        f"{name}() takes quantities in its list, not quoted names",
    )
    return arg


def _sum(builder: Builder, terms: Sequence[Term]) -> Term:
    total = terms[0]
    for term in terms[1:]:
        total = builder.add(total, term)
    return total


def _rate(builder: Builder, what: str, *terms: Term) -> None:
    for term in terms:
        builder.require(
            term.qtype.dimensionless,
            f"{what} takes rates (percent), but {term.text or 'an argument'} is in "
            f"{term.qtype.describe()}",
        )


def _one(builder: Builder) -> Term:
    return builder.const(Fraction(1), PLAIN)


# -- strategies (Hypothesis imported lazily) ----------------------------------------------------


def _amounts() -> Any:
    from hypothesis import strategies as st

    return st.integers(1, 10**6).map(lambda n: Fraction(n, 100))


def _growths() -> Any:
    from hypothesis import strategies as st

    return st.integers(-500, 2000).map(lambda n: Fraction(n, 10000))


def _strategy_share() -> Any:
    from hypothesis import strategies as st

    @st.composite
    def build(draw: Any) -> dict[str, Fraction]:
        whole = draw(_amounts())
        part = whole * draw(st.integers(0, 1000)) / 1000
        return {"part": part, "whole": whole, "result": part / whole}

    return build()


def _strategy_growth() -> Any:
    from hypothesis import strategies as st

    @st.composite
    def build(draw: Any) -> dict[str, Fraction]:
        old = draw(_amounts())
        g = draw(_growths())
        return {"new": old * (1 + g), "old": old, "result": g}

    return build()


def _strategy_previous() -> Any:
    from hypothesis import strategies as st

    @st.composite
    def build(draw: Any) -> dict[str, Fraction]:
        old = draw(_amounts())
        g = draw(_growths())
        return {"level": old * (1 + g), "growth": g, "result": old}

    return build()


def _strategy_gap() -> Any:
    from hypothesis import strategies as st

    @st.composite
    def build(draw: Any) -> dict[str, Fraction]:
        a, b = draw(_growths()), draw(_growths())
        return {"a": a, "b": b, "result": a - b}

    return build()


def _strategy_contribution() -> Any:
    from hypothesis import strategies as st

    @st.composite
    def build(draw: Any) -> dict[str, Fraction]:
        whole_old = draw(_amounts())
        part_old = whole_old * draw(st.integers(1, 1000)) / 1000
        g = draw(_growths())
        part_new = part_old * (1 + g)
        return {
            "part_new": part_new,
            "part_old": part_old,
            "whole_old": whole_old,
            "result": (part_new - part_old) / whole_old,
        }

    return build()


def _strategy_four_levels(result: Callable[[Fraction, Fraction, Fraction, Fraction], Fraction],
                          nonzero_delta: bool) -> Any:  # fmt: skip
    from hypothesis import strategies as st

    @st.composite
    def build(draw: Any) -> dict[str, Fraction]:
        whole_old = draw(_amounts())
        part_old = whole_old * draw(st.integers(1, 999)) / 1000
        g_part, g_rest = draw(_growths()), draw(_growths())
        part_new = part_old * (1 + g_part)
        whole_new = part_new + (whole_old - part_old) * (1 + g_rest)
        if nonzero_delta and whole_new == whole_old:
            whole_new += 1
        return {
            "part_new": part_new,
            "part_old": part_old,
            "whole_new": whole_new,
            "whole_old": whole_old,
            "result": result(part_new, part_old, whole_new, whole_old),
        }

    return build()


def _strategy_pair(op: Callable[[Fraction, Fraction], Fraction], a: str, b: str) -> Any:
    @_lazy
    def build() -> Any:
        from hypothesis import strategies as st

        return st.tuples(_amounts(), _amounts()).map(
            lambda pair: {a: pair[0], b: pair[1], "result": op(pair[0], pair[1])}
        )

    return build


def _lazy(factory: Callable[[], Any]) -> Callable[[], Any]:
    return factory


def _strategy_parts() -> Any:
    from hypothesis import strategies as st

    @st.composite
    def build(draw: Any) -> dict[str, Any]:
        parts = draw(st.lists(_amounts(), min_size=1, max_size=5))
        slack = draw(_amounts())
        return {"whole": sum(parts) + slack, "parts": parts}

    return build()


def _strategy_shares() -> Any:
    from hypothesis import strategies as st

    @st.composite
    def build(draw: Any) -> dict[str, Any]:
        weights = draw(st.lists(st.integers(1, 100), min_size=1, max_size=5))
        total = sum(weights) + draw(st.integers(0, 100))
        return {"shares": [Fraction(w, total) for w in weights]}

    return build()


def _strategy_order() -> Any:
    from hypothesis import strategies as st

    @st.composite
    def build(draw: Any) -> dict[str, Any]:
        values = draw(st.lists(_growths(), min_size=2, max_size=6, unique=True))
        top = max(values)
        return {"x": top, "others": [v for v in values if v != top]}

    return build()


def _strategy_rank() -> Any:
    from hypothesis import strategies as st

    @st.composite
    def build(draw: Any) -> dict[str, Any]:
        values = draw(st.lists(_amounts(), min_size=2, max_size=6, unique=True))
        ordered = sorted(values, reverse=True)
        n = draw(st.integers(1, len(values)))
        x = ordered[n - 1]
        return {"x": x, "others": [v for v in values if v != x], "n": Fraction(n)}

    return build()


def _strategy_grim() -> Any:
    from hypothesis import strategies as st

    @st.composite
    def build(draw: Any) -> dict[str, Fraction]:
        n = draw(st.integers(1, 200))
        items = draw(st.integers(1, 5))
        total = draw(st.integers(0, 7 * n * items))
        return {"mean": Fraction(total, n * items), "n": Fraction(n), "items": Fraction(items)}

    return build()


def _strategy_count_share() -> Any:
    from hypothesis import strategies as st

    @st.composite
    def build(draw: Any) -> dict[str, Fraction]:
        n = draw(st.integers(1, 500))
        k = draw(st.integers(0, n))
        return {"share": Fraction(k, n), "n": Fraction(n)}

    return build()


# -- build functions --------------------------------------------------------------------------


def _build_share(b: Builder, args: Sequence[Arg], kw: Mapping[str, Arg]) -> Term:
    part, whole = _terms(args, "share", b)
    b.same_units("share(part, whole)", part, whole)
    result = b.div(part, whole)
    return b.retype(result, RATE, f"share({part.text}, {whole.text})")


def _build_growth(b: Builder, args: Sequence[Arg], kw: Mapping[str, Arg]) -> Term:
    new, old = _terms(args, "growth", b)
    b.same_units("growth(new, old)", new, old)
    ratio = b.div(new, old)
    growth = b.retype(b.sub(ratio, _one(b)), RATE, f"growth({new.text}, {old.text})")
    b.redundant(b.sub(new, old), "mul", old, growth)  # new - old = old * growth
    b.change_of(new, old, growth)  # new = old + c: c = old * growth
    return growth


def _build_previous(b: Builder, args: Sequence[Arg], kw: Mapping[str, Arg]) -> Term:
    level, growth = _terms(args, "previous", b)
    _rate(b, "previous(level, growth)", growth)
    factor = b.add(growth, _one(b))
    prev = b.retype(b.div(level, factor), level.qtype, f"previous({level.text}, {growth.text})")
    b.redundant(b.sub(level, prev), "mul", prev, growth)  # level - prev = prev * growth
    return prev


def _build_gap(b: Builder, args: Sequence[Arg], kw: Mapping[str, Arg]) -> Term:
    first, second = _terms(args, "gap", b)
    _rate(b, "gap(a, b)", first, second)
    return b.retype(b.sub(first, second), PP, f"gap({first.text}, {second.text})")


def _build_contribution(b: Builder, args: Sequence[Arg], kw: Mapping[str, Arg]) -> Term:
    part_new, part_old, whole_old = _terms(args, "contribution", b)
    b.same_units("contribution(part_new, part_old, whole_old)", part_new, part_old, whole_old)
    delta = b.sub(part_new, part_old)
    result = b.retype(
        b.div(delta, whole_old),
        PP,
        f"contribution({part_new.text}, {part_old.text}, {whole_old.text})",
    )
    b.redundant(delta, "mul", result, whole_old)  # part's change = contribution * whole_old
    return result


def _build_share_of_increase(b: Builder, args: Sequence[Arg], kw: Mapping[str, Arg]) -> Term:
    part_new, part_old, whole_new, whole_old = _terms(args, "share_of_increase", b)
    b.same_units("share_of_increase(...)", part_new, part_old, whole_new, whole_old)
    delta_part = b.sub(part_new, part_old)
    delta_whole = b.sub(whole_new, whole_old)
    result = b.retype(
        b.div(delta_part, delta_whole),
        RATE,
        f"share_of_increase({part_new.text}, {part_old.text}, {whole_new.text}, {whole_old.text})",
    )
    b.redundant(delta_part, "mul", result, delta_whole)
    if all(b.never_zero(t) for t in (part_new, part_old, whole_new, whole_old)):
        # result = part_new / whole_new * (1 - part_old / part_new) / (1 - whole_old / whole_new):
        # the new share and each growth factor once, for the exact range (see share_change).
        one = _one(b)
        part_kept = b.sub(one, b.div(one, b.div(part_new, part_old)))
        whole_kept = b.sub(one, b.div(one, b.div(whole_new, whole_old)))
        b.redundant(result, "mul", b.div(part_new, whole_new), b.div(part_kept, whole_kept))
    return result


def _build_share_change(b: Builder, args: Sequence[Arg], kw: Mapping[str, Arg]) -> Term:
    part_new, part_old, whole_new, whole_old = _terms(args, "share_change", b)
    b.same_units("share_change(...)", part_new, part_old, whole_new, whole_old)
    new_share = b.retype(
        b.div(part_new, whole_new), RATE, f"share({part_new.text}, {whole_new.text})"
    )
    old_share = b.retype(
        b.div(part_old, whole_old), RATE, f"share({part_old.text}, {whole_old.text})"
    )
    change = b.retype(
        b.sub(new_share, old_share),
        PP,
        f"share_change({part_new.text}, {part_old.text}, {whole_new.text}, {whole_old.text})",
    )
    if all(b.never_zero(t) for t in (part_new, part_old, whole_new, whole_old)):
        # change = new_share * (1 - (whole_new / whole_old) / (part_new / part_old)): each of
        # the share and the two growth factors once, so propagation gets the change's exact
        # range from them (the form above holds the new share twice).  Divides by the part's
        # levels, so only when no reading lets them be zero.
        factors = b.div(b.div(whole_new, whole_old), b.div(part_new, part_old))
        b.redundant(change, "mul", new_share, b.sub(_one(b), factors))
    return change


def _build_difference(b: Builder, args: Sequence[Arg], kw: Mapping[str, Arg]) -> Term:
    first, second = _terms(args, "difference", b)
    return b.sub(first, second)


def _build_convert(b: Builder, args: Sequence[Arg], kw: Mapping[str, Arg]) -> Term:
    amount, rate = _terms(args, "convert", b)
    b.require(
        not rate.qtype.dimensionless,
        f"convert(amount, rate) needs a rate with units (e.g. CNY/USD), not "
        f"{rate.qtype.describe()}",
    )
    if amount.qtype.dims and amount.qtype.dims <= rate.qtype.dims:
        # the rate written the other way round: 7.18 CNY/USD (yuan to the dollar) turns an
        # amount in yuan into dollars by division
        return b.div(amount, rate)
    return b.mul(amount, rate)


def _build_total(b: Builder, args: Sequence[Arg], kw: Mapping[str, Arg]) -> Term:
    b.require(len(args) == 1, "total() takes one list: total([a, b, c])")
    parts = _term_list(args[0], "total", b)
    b.same_units("total([...])", *parts)
    return _sum(b, parts)


def _build_parts_within(b: Builder, args: Sequence[Arg], kw: Mapping[str, Arg]) -> None:
    (whole,) = _terms(args[:1], "parts_within", b)
    parts = _term_list(args[1], "parts_within", b)
    b.same_units("parts_within(whole, [parts])", whole, *parts)
    for part in parts:
        b.compare("<=", part, whole)
    total = _sum(b, parts) if len(parts) > 1 else parts[0]
    if len(parts) > 1:
        b.compare("<=", total, whole)
    b.claim(total, whole)  # a verdict shows the parts' sum against the whole


def _flag(value: Arg | None, name: str, b: Builder) -> bool:
    if value is None:
        return False
    b.require(isinstance(value, bool), f"{name}= must be true or false")
    return bool(value)


def _build_shares_sum(b: Builder, args: Sequence[Arg], kw: Mapping[str, Arg]) -> None:
    shares = _term_list(args[0], "shares_sum", b)
    _rate(b, "shares_sum([shares])", *shares)
    exhaustive = _flag(kw.get("exhaustive"), "exhaustive", b)
    total = _sum(b, shares)
    whole = b.const(Fraction(1), RATE)
    b.compare("==" if exhaustive else "<=", total, whole)
    b.claim(total, whole)  # a verdict shows the shares' sum against 100 percent


def _others(b: Builder, x: Term, members: list[Term], relation: str) -> list[Term]:
    """The members other than ``x``: a list of all of them, ``x`` among them, says the same
    as the list of the rest ("the largest of Guangdong, Jiangsu and Shandong")."""
    others = [m for m in members if m.var != x.var]
    b.require(bool(others), f"{relation}(x, [others]) needs a member other than x")
    return others


def _build_largest(b: Builder, args: Sequence[Arg], kw: Mapping[str, Arg]) -> None:
    (x,) = _terms(args[:1], "largest", b)
    others = _others(b, x, _term_list(args[1], "largest", b), "largest")
    b.same_units("largest(x, [others])", x, *others)
    for other in others:
        b.compare("<", other, x)


def _build_smallest(b: Builder, args: Sequence[Arg], kw: Mapping[str, Arg]) -> None:
    (x,) = _terms(args[:1], "smallest", b)
    others = _others(b, x, _term_list(args[1], "smallest", b), "smallest")
    b.same_units("smallest(x, [others])", x, *others)
    for other in others:
        b.compare("<", x, other)


def _build_rank(b: Builder, args: Sequence[Arg], kw: Mapping[str, Arg]) -> None:
    from factcheck.custom import Custom

    (x,) = _terms(args[:1], "rank", b)
    others = _others(b, x, _term_list(args[1], "rank", b), "rank")
    (n_term,) = _terms(args[2:3], "rank", b)
    b.require(
        n_term.written is not None and n_term.written.denominator == 1 and n_term.written >= 1,
        "rank(x, [others], n): n must be a whole number such as 2 or a figure like 'second'",
    )
    assert n_term.written is not None
    n = int(n_term.written)
    b.require(n <= len(others) + 1, f"rank {n} is impossible among {len(others) + 1} members")
    b.same_units("rank(x, [others], n)", x, *others)
    order = kw.get("order", "largest")
    b.require(order in ("largest", "smallest"), "rank(..., order=) must be largest or smallest")
    descending = order == "largest"

    def above(other: tuple[float, float], me: tuple[float, float], certainly: bool) -> bool:
        """Whether ``other`` ranks above ``me`` for certain, or possibly (float bounds are
        closed over-approximations, so 'certainly' needs a strict gap)."""
        high, low = (other, me) if descending else (me, other)
        if certainly:  # every value of `high` exceeds every value of `low`
            return high[0] > low[1]
        return high[1] >= low[0]  # some value of `high` may reach `low`

    def revise(domains: Sequence[tuple[float, float]]) -> Sequence[tuple[float, float]] | None:
        me, rest = domains[0], domains[1:]
        surely = sum(1 for other in rest if above(other, me, True))
        possibly = sum(1 for other in rest if above(other, me, False))
        if surely > n - 1 or possibly < n - 1:
            return [(1.0, 0.0), *rest]  # an empty pair: no solution
        return None

    def holds(values: Sequence[Fraction]) -> bool:
        me, rest = values[0], values[1:]
        ahead = sum(1 for v in rest if (v > me if descending else v < me))
        ties = sum(1 for v in rest if v == me)
        return ahead == n - 1 and ties == 0

    b.custom(Custom("rank", (x.var, *(o.var for o in others)), revise, holds))


def _build_unstated_rank(b: Builder, args: Sequence[Arg], kw: Mapping[str, Arg]) -> None:
    what = next((a for a in args if isinstance(a, str)), "the series it is ranked against")
    b.uncheckable(f"ranked against a series the article does not state; deciding it needs {what}")


def _granular(name: str, b: Builder, value: Term, count: int) -> None:
    from factcheck.custom import granular

    b.custom(granular(name, value.var, count))


_MAX_COUNT = 10**15
"""The largest count a granularity check takes: its multiples are worked out in floats."""


def _whole_number(term: Term | None, what: str, b: Builder) -> int:
    b.require(
        term is not None
        and term.written is not None
        and term.written.denominator == 1
        and 1 <= term.written <= _MAX_COUNT,
        f"{what} must be a whole number from 1 to 10^15 (a literal or a figure such as '651')",
    )
    assert term is not None
    assert term.written is not None
    return int(term.written)


def _build_grim(b: Builder, args: Sequence[Arg], kw: Mapping[str, Arg]) -> None:
    terms = _terms(args, "grim", b)
    mean, n_term = terms[0], terms[1]
    items_arg = terms[2] if len(terms) > 2 else kw.get("items")
    items = (
        1
        if items_arg is None
        else _whole_number(items_arg if isinstance(items_arg, Term) else None, "items", b)
    )
    n = _whole_number(n_term, "grim(mean, n): n", b)
    _granular("grim", b, mean, n * items)


def _build_count_share(b: Builder, args: Sequence[Arg], kw: Mapping[str, Arg]) -> None:
    share, n_term = _terms(args, "count_share", b)
    _rate(b, "count_share(share, n)", share)
    n = _whole_number(n_term, "count_share(share, n): n", b)
    _granular("count_share", b, share, n)
    b.compare("<=", share, b.const(Fraction(1), RATE))
    b.compare(">=", share, b.const(Fraction(0), RATE))


def _build_count_of(b: Builder, args: Sequence[Arg], kw: Mapping[str, Arg]) -> Term:
    b.require(len(args) == 1 and isinstance(args[0], list | str),
              "count_of() takes one list of names: count_of(['Guangdong', 'Jiangsu'])")  # fmt: skip
    items = args[0]
    count = len(items) if isinstance(items, list) else 1
    return b.const(Fraction(count), PLAIN)


def _build_includes(b: Builder, args: Sequence[Arg], kw: Mapping[str, Arg]) -> None:
    b.require(len(args) == 2, "includes([names], 'name') takes a list and a name")
    items, wanted = args
    b.require(isinstance(wanted, str), "includes(): the second argument is a quoted name")
    names = items if isinstance(items, list) else [items]
    present = wanted in names
    one = b.const(Fraction(1), PLAIN)
    b.compare("==" if present else "<", one, one)


def _strategy_names() -> Any:
    from hypothesis import strategies as st

    names = st.lists(
        st.text("abcdefgh", min_size=1, max_size=6), min_size=1, max_size=6, unique=True
    )
    return names.map(lambda items: {"items": items, "result": Fraction(len(items))})


def _strategy_convert() -> Any:
    from hypothesis import strategies as st

    return st.tuples(_amounts(), st.integers(100, 1000).map(lambda n: Fraction(n, 100))).map(
        lambda pair: {"amount": pair[0], "rate": pair[1], "result": pair[0] * pair[1]}
    )


def _strategy_total() -> Any:
    from hypothesis import strategies as st

    return st.lists(_amounts(), min_size=1, max_size=5).map(
        lambda parts: {"parts": parts, "result": sum(parts, Fraction(0))}
    )


def _strategy_unstated() -> Any:
    from hypothesis import strategies as st

    return st.integers(1, 5).map(lambda n: {"x": Fraction(1), "n": Fraction(n)})


_TABLE: tuple[Relation, ...] = (
    Relation(
        name="share",
        aliases=("share_of", "proportion"),
        params=("part", "whole"),
        signature="(amount A, amount A) -> percent",
        formula="part / whole",
        redundant=("part = share * whole",),
        message="{part} is {result} of {whole}",
        build=_build_share,
        strategy=_strategy_share,
        doc="The share of a whole that a part makes up ('accounting for 51.8 percent').",
    ),
    Relation(
        name="growth",
        aliases=("change", "growth_rate"),
        params=("new", "old"),
        signature="(level A, level A) -> percent",
        formula="new / old - 1",
        redundant=("new - old = old * growth",),
        message="{new} is {old} changed by {result}",
        build=_build_growth,
        strategy=_strategy_growth,
        doc="The growth rate between two levels ('up 6.8 percent').",
    ),
    Relation(
        name="previous",
        aliases=("previous_level", "base_level"),
        params=("level", "growth"),
        signature="(level A, percent) -> level A",
        formula="level / (1 + growth)",
        redundant=("level - previous = previous * growth",),
        message="{level} after growing {growth} came from {result}",
        build=_build_previous,
        strategy=_strategy_previous,
        doc="The earlier level implied by a level and its growth rate ('for the first time').",
    ),
    Relation(
        name="gap",
        aliases=("rate_gap", "points_above"),
        params=("a", "b"),
        signature="(percent, percent) -> percentage points",
        formula="a - b",
        redundant=(),
        message="{a} is {result} above {b}",
        build=_build_gap,
        strategy=_strategy_gap,
        doc="The gap between two rates, in percentage points ('1.9 percentage points higher').",
    ),
    Relation(
        name="contribution",
        aliases=("contribution_to_growth", "growth_contribution"),
        params=("part_new", "part_old", "whole_old"),
        signature="(level A, level A, level A) -> percentage points",
        formula="(part_new - part_old) / whole_old",
        redundant=("part_new - part_old = contribution * whole_old",),
        message="{part_new} added {result} to the growth of the whole",
        build=_build_contribution,
        strategy=_strategy_contribution,
        doc="Percentage points of the whole's growth that a part contributed: the part's "
        "previous share times the part's growth ('contributing 3 percentage points').",
    ),
    Relation(
        name="share_of_increase",
        aliases=("increase_share", "share_of_growth"),
        params=("part_new", "part_old", "whole_new", "whole_old"),
        signature="(level A, level A, level A, level A) -> percent",
        formula="(part_new - part_old) / (whole_new - whole_old)",
        redundant=(
            "part_new - part_old = share_of_increase * (whole_new - whole_old)",
            "share_of_increase = part_new / whole_new * (1 - 1 / (part_new / part_old)) / "
            "(1 - 1 / (whole_new / whole_old)), when no level can be zero",
        ),
        message="{part_new} made up {result} of the whole's increase",
        build=_build_share_of_increase,
        strategy=lambda: _strategy_four_levels(lambda pn, po, wn, wo: (pn - po) / (wn - wo), True),
        doc="The part's share of the whole's increase ('nearly 20 percent of the overall "
        "national trade increase').",
    ),
    Relation(
        name="share_change",
        aliases=("share_shift",),
        params=("part_new", "part_old", "whole_new", "whole_old"),
        signature="(level A, level A, level A, level A) -> percentage points",
        formula="part_new / whole_new - part_old / whole_old",
        redundant=(
            "share_change = part_new / whole_new * (1 - (whole_new / whole_old) / "
            "(part_new / part_old)), when no level can be zero",
        ),
        message="the share of {part_new} changed by {result}",
        build=_build_share_change,
        strategy=lambda: _strategy_four_levels(lambda pn, po, wn, wo: pn / wn - po / wo, False),
        doc="The change of a share, in percentage points, when part and whole grow at different "
        "rates ('a 0.9-percentage-point increase').",
    ),
    Relation(
        name="difference",
        aliases=("more_than", "minus"),
        params=("a", "b"),
        signature="(quantity A, quantity A) -> quantity A",
        formula="a - b",
        redundant=(),
        message="{a} is {result} more than {b}",
        build=_build_difference,
        strategy=_strategy_pair(lambda a, b: a - b, "a", "b"),
        doc="A difference of two quantities of one kind ('61 — five more than last year').",
    ),
    Relation(
        name="convert",
        aliases=("conversion", "exchange"),
        params=("amount", "rate"),
        signature="(amount in B, rate A/B or B/A) -> amount in A",
        formula="amount * rate",
        redundant=(),
        message="{amount} at {rate} is {result}",
        build=_build_convert,
        strategy=_strategy_convert,
        doc="Conversion between currencies or units through a rate ('about $1.81 trillion'): "
        "the rate's units say which way, so 7.18 CNY/USD and 0.139 USD/CNY both turn yuan "
        "into dollars.",
    ),
    Relation(
        name="total",
        aliases=("sum_of",),
        params=("parts",),
        signature="([quantity A, ...]) -> quantity A",
        formula="parts[0] + parts[1] + ...",
        redundant=(),
        message="the parts add up to {result}",
        build=_build_total,
        strategy=_strategy_total,
        doc="The sum of parts ('sum of parts equals a total').",
    ),
    Relation(
        name="parts_within",
        aliases=("parts_le_whole",),
        params=("whole", "parts"),
        signature="(quantity A, [quantity A, ...]) -> condition",
        formula="each part <= whole and the sum of parts <= whole",
        redundant=(),
        message="the parts of {whole} do not exceed it",
        build=_build_parts_within,
        strategy=_strategy_parts,
        predicate=True,
        doc="Parts cannot exceed their whole, alone or together.",
    ),
    Relation(
        name="shares_sum",
        aliases=("shares_within",),
        params=("shares",),
        optional=("exhaustive",),
        signature="([percent, ...], exhaustive=false) -> condition",
        formula="sum of shares <= 100 percent (== 100 percent when exhaustive=true)",
        redundant=(),
        message="shares of one whole add up to at most 100 percent",
        build=_build_shares_sum,
        strategy=_strategy_shares,
        predicate=True,
        doc="Shares of one whole sum to at most 100 % (exactly, within rounding, when the list "
        "is said to be exhaustive).",
    ),
    Relation(
        name="largest",
        aliases=("fastest", "highest", "biggest", "greatest"),
        params=("x", "others"),
        signature="(quantity A, [quantity A, ...]) -> condition",
        formula="x > every other",
        redundant=(),
        message="{x} is above every other member",
        build=_build_largest,
        strategy=_strategy_order,
        predicate=True,
        doc="Ordering among named members ('Shandong posted the fastest growth rate').",
    ),
    Relation(
        name="smallest",
        aliases=("slowest", "lowest", "least"),
        params=("x", "others"),
        signature="(quantity A, [quantity A, ...]) -> condition",
        formula="x < every other",
        redundant=(),
        message="{x} is below every other member",
        build=_build_smallest,
        strategy=lambda: _strategy_order().map(
            lambda d: {"x": -d["x"], "others": [-v for v in d["others"]]}
        ),
        predicate=True,
        doc="Ordering among named members, from the bottom.",
    ),
    Relation(
        name="rank",
        aliases=("ranked",),
        params=("x", "others", "n"),
        optional=("order",),
        signature="(quantity A, [quantity A, ...], whole number) -> condition",
        formula="exactly n - 1 members rank above x",
        redundant=(),
        message="{x} ranks number {n} among the members",
        build=_build_rank,
        strategy=_strategy_rank,
        predicate=True,
        doc="A rank among named members ('second-largest of the five').",
    ),
    Relation(
        name="unstated_rank",
        aliases=("rank_on_record", "record"),
        params=("x", "n"),
        optional=("series",),
        signature="(quantity, whole number, 'series') -> uncheckable",
        formula="(needs the unstated series)",
        redundant=(),
        message="{x} ranks {n} against a series the article does not give",
        build=_build_unstated_rank,
        strategy=_strategy_unstated,
        predicate=True,
        doc="A rank against an unstated series ('second-highest on record'): uncheckable, and "
        "the verdict says what data would decide it.",
    ),
    Relation(
        name="grim",
        aliases=("mean_granularity",),
        params=("mean", "n"),
        optional=("items",),
        signature="(plain number, whole number, items=whole number) -> condition",
        formula="mean * n * items is a whole number (within the mean's rounding)",
        redundant=(),
        message="a mean of {n} integer responses can be {mean}",
        build=_build_grim,
        strategy=_strategy_grim,
        predicate=True,
        doc="The GRIM test: a mean of n integer responses (of `items` items each) must be a "
        "multiple of 1/(n*items), within its rounding (scrutiny's grim semantics).",
    ),
    Relation(
        name="count_share",
        aliases=("percent_of_count", "granularity"),
        params=("share", "n"),
        signature="(percent, whole number) -> condition",
        formula="share * n is a whole number between 0 and n (within the share's rounding)",
        redundant=(),
        message="{share} of {n} whole items is a whole number of them",
        build=_build_count_share,
        strategy=_strategy_count_share,
        predicate=True,
        doc="A percentage of N whole items must be k/N for some whole k.",
    ),
    Relation(
        name="count_of",
        aliases=("number_of",),
        params=("items",),
        signature="(['name', ...]) -> plain number",
        formula="the number of names listed",
        redundant=(),
        message="the list names {result} members",
        build=_build_count_of,
        strategy=_strategy_names,
        doc="How many members a list names ('five provinces': Guangdong, ..., Shandong).",
    ),
    Relation(
        name="includes",
        aliases=("contains",),
        params=("items", "name"),
        signature="(['name', ...], 'name') -> condition",
        formula="name is one of items",
        redundant=(),
        message="{name} is among the members",
        build=_build_includes,
        strategy=_strategy_names,
        predicate=True,
        doc="Membership of a named list ('among them, Shandong').",
    ),
)

RELATIONS: Mapping[str, Relation] = MappingProxyType({r.name: r for r in _TABLE})
"""Every relation by its canonical name."""

_BY_ALIAS: Mapping[str, Relation] = MappingProxyType(
    {alias: relation for relation in _TABLE for alias in (relation.name, *relation.aliases)}
)


def lookup(name: str) -> Relation | None:
    """The relation a name or alias stands for, or ``None``."""
    return _BY_ALIAS.get(name)
