"""How each relation of the table is built from primitive arithmetic on a
:class:`~factcheck.relations.terms.Builder` (the engine's compiler), with the redundant
forms the engine propagates alongside."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from fractions import Fraction

from factcheck.qtypes import PLAIN, PP, RATE
from factcheck.relations.terms import Arg, Builder, Term

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
