"""The relation table: every named relation a check may use, each declared once.

A declaration gives the relation's name and aliases, its parameters and unit signature, how it
is built from primitive arithmetic (and the *redundant forms* the engine propagates alongside,
such as ``new - old = old * growth`` for a growth rate), a message template for explanations,
and a Hypothesis strategy that makes consistent instances of it.  Adding a relation touches
only this table.

Build functions receive a :class:`Builder` (the engine's compiler) and the compiled
arguments; they never see pint or the parser.

The table is here, one :class:`Relation` an entry; what its entries point at lives beside it:
``terms.py`` (the types: :class:`Term`, :class:`Builder`, :class:`Relation`), ``build.py``
(the build functions) and ``strategies.py`` (the Hypothesis strategies).
"""

from __future__ import annotations

__all__ = ["RELATIONS", "Arg", "Builder", "Relation", "Term", "lookup"]

from collections.abc import Mapping
from types import MappingProxyType

from factcheck.relations.build import (
    _build_contribution,
    _build_convert,
    _build_count_of,
    _build_count_share,
    _build_difference,
    _build_gap,
    _build_grim,
    _build_growth,
    _build_includes,
    _build_largest,
    _build_parts_within,
    _build_previous,
    _build_rank,
    _build_share,
    _build_share_change,
    _build_share_of_increase,
    _build_shares_sum,
    _build_smallest,
    _build_total,
    _build_unstated_rank,
)
from factcheck.relations.strategies import (
    _strategy_contribution,
    _strategy_convert,
    _strategy_count_share,
    _strategy_four_levels,
    _strategy_gap,
    _strategy_grim,
    _strategy_growth,
    _strategy_names,
    _strategy_order,
    _strategy_pair,
    _strategy_parts,
    _strategy_previous,
    _strategy_rank,
    _strategy_share,
    _strategy_shares,
    _strategy_total,
    _strategy_unstated,
)
from factcheck.relations.terms import Arg, Builder, Relation, Term

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
