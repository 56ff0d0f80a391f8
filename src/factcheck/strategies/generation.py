"""Building an article check by check (linked through shared figures), and the public
generators: :func:`articles`, :func:`random_article`, :func:`figure_phrases`."""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping, Sequence
from fractions import Fraction
from typing import Any

import attrs
from hypothesis import strategies as st

from factcheck.relations import RELATIONS
from factcheck.strategies import phrasing as phrasing_forms
from factcheck.strategies.article import (
    _TITLE,
    GeneratedArticle,
    GeneratedCheck,
    TrueFigure,
    TrueUnknown,
)
from factcheck.strategies.draws import (
    _RESULT_ROLES,
    _SIGNATURES,
    RELATION_NAMES,
    _Draw,
    _HypothesisDraw,
    _RandomDraw,
    _result,
)
from factcheck.strategies.phrases import CURRENCIES
from factcheck.strategies.sentences import join_figures
from factcheck.strategies.writing import _write

# -- building an article -----------------------------------------------------------------------


@attrs.define
class _Entry:
    name: str
    kind: str
    unit: str
    true: Fraction
    role: str


@attrs.define
class _Options:
    relations: tuple[str, ...]
    link: int
    unknowns: int
    hedges: bool
    max_component: int
    phrasing: frozenset[str] = frozenset()


class _Builder:
    def __init__(self, draw: _Draw, options: _Options) -> None:
        self.draw = draw
        self.options = options
        self.figures: list[TrueFigure] = []
        self.unknowns: list[TrueUnknown] = []
        self.checks: list[GeneratedCheck] = []
        self.pool: list[_Entry] = []
        self.in_component = 0
        self.counter = 0

    def name(self, prefix: str) -> str:
        self.counter += 1
        return f"{prefix}{self.counter}"

    def add(self, relation: str) -> bool:
        """Add one check of ``relation`` (linked to earlier figures, maybe); ``False`` when the
        drawn instance could not be used."""
        if self.in_component >= self.options.max_component:
            self.pool, self.in_component = [], 0
        draw = self.draw
        params, result_kind = _SIGNATURES[relation]
        values = draw.instance("difference" if relation == "counts" else relation)
        values.pop("result", None)
        first = len(self.figures)
        linked: dict[tuple[str, int], str] = {}
        currency = draw.choice(CURRENCIES)
        target = draw.choice(CURRENCIES) if relation == "convert" else ""
        # Amounts: one may be an earlier figure; the others scale with it.
        slots = [
            (p, i)
            for p, kind in params
            if "amount" in kind
            for i in range(len(values[p]) if kind.startswith("[") else 1)
        ]
        factor: Fraction = Fraction(10) ** draw.choice((3, 6, 9))
        amounts = [e for e in self.pool if e.kind == "amount"]
        if slots and amounts and draw.chance(self.options.link):
            entry = draw.choice(amounts)
            slot = draw.choice(slots)
            current = _get(values, params, slot)
            if current != 0:
                factor = entry.true / current
                linked[slot] = entry.name
                currency = entry.unit
        for slot in slots:
            _set(values, params, slot, _get(values, params, slot) * factor)
        if relation == "counts":  # whole numbers: hundreds of thousands, or a few dozen
            scale = Fraction(100) if draw.chance(50) else Fraction(1, 10 ** draw.integer(2, 4))
            values = {k: Fraction(max(1, round(v * scale))) for k, v in values.items()}
            if values["a"] == values["b"]:
                values["b"] += 1
        if relation == "convert":
            if target == currency:
                target = next(c for c in CURRENCIES if c != currency)
            rates = [e for e in self.pool if e.kind == "fx" and e.unit == f"{target}/{currency}"]
            if rates and draw.chance(self.options.link):
                entry = draw.choice(rates)
                values["rate"] = entry.true
                linked[("rate", 0)] = entry.name
        for param, kind in params:  # rates: earlier growth rates, as the gap of two growths
            if kind != "rate":
                continue
            rates = [
                e
                for e in self.pool
                if e.kind == "rate" and e.role == "growth" and e.name not in linked.values()
            ]
            if rates and draw.chance(self.options.link):
                entry = draw.choice(rates)
                values[param] = entry.true
                linked[(param, 0)] = entry.name
        if (
            relation == "gap"
            and ("b", 0) not in linked
            and "points-fraction" in self.options.phrasing
        ):
            values = phrasing_forms.fraction_gap(draw, values)
        if relation == "share" and values["part"] == 0:
            values["part"] = values["whole"] / 1000
        if relation == "difference" and values["a"] < values["b"]:  # amounts: a positive gap
            values["a"], values["b"] = values["b"], values["a"]
            swapped = {"a": "b", "b": "a"}
            linked = {(swapped[p], i): n for (p, i), n in linked.items()}
        if relation == "difference" and values["a"] == values["b"]:
            return False
        result = None
        if result_kind is not None:
            try:
                result = _result(relation, values)
            except ZeroDivisionError:
                return False
            if result_kind in ("amount", "count") and result <= 0 and relation != "counts":
                return False
            if relation in ("growth", "counts") and result == 0:
                return False
        # Write the figures that are not linked.
        arguments: list[tuple[str, tuple[str, ...]]] = []
        for param, kind in params:
            many = kind.startswith("[")
            items = values[param] if many else [values[param]]
            names = []
            for index, value in enumerate(items):
                if (param, index) in linked:
                    names.append(linked[(param, index)])
                    continue
                names.append(
                    self.argument(relation, param, kind.strip("[]"), value, currency, target)
                )
            arguments.append((param, tuple(names)))
        result_name = None
        if result_kind is not None and result is not None:
            unit = {"rate": "percent", "pp": "percentage_point", "count": ""}.get(
                result_kind, target if relation == "convert" else currency
            )
            result_name = self.figure(result_kind, unit, result, _RESULT_ROLES[relation])
        self.checks.append(self.condition(relation, arguments, result_name))
        self.in_component += 1
        join_figures(self, relation, dict(arguments), result_name, first)
        return True

    def argument(
        self, relation: str, param: str, kind: str, value: Fraction, currency: str, target: str
    ) -> str:
        if kind == "amount":
            if self.options.unknowns and self.draw.chance(self.options.unknowns):
                name = self.name("total")
                self.unknowns.append(TrueUnknown(name=name, unit=currency, true=value))
                self.pool.append(_Entry(name, "amount", currency, value, "unknown"))
                return name
            return self.figure("amount", currency, value, "level")
        if kind == "rate":
            return self.figure("rate", "percent", value, "growth")
        if kind == "fx":
            return self.figure("fx", f"{target}/{currency}", value, "fx")
        return self.figure("count", "", value, "count")

    def figure(self, kind: str, unit: str, value: Fraction, role: str) -> str:
        prefix = {"amount": "level", "rate": "rate", "pp": "points", "count": "count", "fx": "fx"}[
            kind
        ]
        name = self.name(prefix)
        options = self.options
        self.figures.append(
            _write(self.draw, name, kind, unit, value, role, options.hedges, options.phrasing)
        )
        self.pool.append(_Entry(name, kind, unit, value, role))
        return name

    def condition(
        self, relation: str, arguments: list[tuple[str, tuple[str, ...]]], result: str | None
    ) -> GeneratedCheck:
        draw = self.draw
        texts = [
            names[0] if len(names) == 1 and param != "parts" else f"[{', '.join(names)}]"
            for param, names in arguments
        ]
        name = "difference" if relation == "counts" else relation
        if name in ("difference",) and draw.chance(40):
            lhs = f"{texts[0]} - {texts[1]}"
        elif name == "total" and draw.chance(40):
            lhs = " + ".join(arguments[0][1])
        else:
            spelling = draw.choice((name, name, *RELATIONS[name].aliases))
            lhs = f"{spelling}({', '.join(texts)})"
        condition = lhs
        if result is not None:
            condition = f"{result} == {lhs}" if draw.chance(15) else f"{lhs} == {result}"
        return GeneratedCheck(
            id=f"c{len(self.checks) + 1}",
            relation=name,
            condition=condition,
            arguments=tuple(arguments),
            result=result,
        )

    def build(self, title: str = _TITLE) -> GeneratedArticle:
        return GeneratedArticle(
            figures=tuple(self.figures),
            unknowns=tuple(self.unknowns),
            checks=tuple(self.checks),
            title=title,
        )


def _get(
    values: Mapping[str, Any], params: Sequence[tuple[str, str]], slot: tuple[str, int]
) -> Fraction:
    param, index = slot
    item = values[param]
    return item[index] if isinstance(item, list) else item  # type: ignore[no-any-return]


def _set(
    values: dict[str, Any],
    params: Sequence[tuple[str, str]],
    slot: tuple[str, int],
    value: Fraction,
) -> None:
    param, index = slot
    if isinstance(values[param], list):
        values[param] = [*values[param][:index], value, *values[param][index + 1 :]]
    else:
        values[param] = value


def _generate(draw: _Draw, min_checks: int, max_checks: int, options: _Options) -> GeneratedArticle:
    builder = _Builder(draw, options)
    wanted = draw.integer(min_checks, max_checks)
    tries = 0
    while len(builder.checks) < wanted and tries < 4 * wanted + 10:
        tries += 1
        builder.add(draw.choice(options.relations))
    return builder.build()


def _options(
    relations: Sequence[str],
    link: int,
    unknowns: int,
    hedges: bool,
    max_component: int | None,
    max_checks: int,
    phrasing: Iterable[str] | None = None,
) -> _Options:
    unknown = [r for r in relations if r not in _SIGNATURES]
    if unknown:
        raise ValueError(f"relations {unknown} are not generated; choose from {RELATION_NAMES}")
    if not relations:
        raise ValueError("relations must name at least one relation")
    forms = phrasing_forms.DEFAULT_PHRASING if phrasing is None else frozenset(phrasing)
    if forms - set(phrasing_forms.PHRASING_FORMS):
        raise ValueError(
            f"phrasing forms {sorted(forms - set(phrasing_forms.PHRASING_FORMS))} are not "
            f"known; choose from {phrasing_forms.PHRASING_FORMS}"
        )
    return _Options(tuple(relations), link, unknowns, hedges, max_component or max_checks, forms)


def articles(
    *,
    min_checks: int = 1,
    max_checks: int = 8,
    relations: Sequence[str] = RELATION_NAMES,
    link: int = 50,
    unknowns: int = 10,
    hedges: bool = True,
    max_component: int | None = None,
    phrasing: Iterable[str] | None = None,
) -> st.SearchStrategy[GeneratedArticle]:
    """Consistent articles of ``min_checks`` to ``max_checks`` checks.

    ``link`` is the percent chance that a new check reuses an earlier figure (a level, a growth
    rate, an exchange rate), ``unknowns`` the percent chance that an amount is left unstated
    (an :class:`~factcheck.model.Unknown`), ``max_component`` how many checks at most are
    linked together (default: all of them may be).  ``phrasing`` names the real-phrasing forms
    the writer may use (:data:`~factcheck.strategies_phrasing.PHRASING_FORMS`; default
    :data:`~factcheck.strategies_phrasing.DEFAULT_PHRASING`, those the reader reads right).
    """
    options = _options(relations, link, unknowns, hedges, max_component, max_checks, phrasing)

    @st.composite
    def build(draw: st.DrawFn) -> GeneratedArticle:
        return _generate(_HypothesisDraw(draw), min_checks, max_checks, options)

    return build()


def random_article(
    rnd: random.Random,
    *,
    min_checks: int = 1,
    max_checks: int = 8,
    relations: Sequence[str] = RELATION_NAMES,
    link: int = 50,
    unknowns: int = 10,
    hedges: bool = True,
    max_component: int | None = None,
    phrasing: Iterable[str] | None = None,
) -> GeneratedArticle:
    """What :func:`articles` generates, drawn from ``rnd`` (fast, no shrinking): for
    benchmarks and for writing many claim files."""
    options = _options(relations, link, unknowns, hedges, max_component, max_checks, phrasing)
    return _generate(_RandomDraw(rnd), min_checks, max_checks, options)


_PHRASE_UNITS: Mapping[str, tuple[str, str]] = {
    "percent": ("rate", "growth"),
    "percentage_point": ("pp", "gap"),
    "": ("count", "count"),
}


def figure_phrases(
    value: Fraction, unit: str, *, hedges: bool = True, phrasing: Iterable[str] | None = None
) -> st.SearchStrategy[str]:
    """Phrases that write ``value`` honestly: its strict reading contains it.

    ``unit`` is a currency ("CNY", "USD", "EUR", "GBP": ``value`` in units of it), "percent"
    or "percentage_point" (``value`` a ratio: 0.072 for 7.2 percent) or "" (a whole count).
    """
    value = Fraction(value)
    if unit in CURRENCIES:
        if value <= 0:
            raise ValueError("an amount is positive")
        kind, role = "amount", "level"
    elif unit in _PHRASE_UNITS:
        kind, role = _PHRASE_UNITS[unit]
        if kind == "count" and (value.denominator != 1 or value == 0):
            raise ValueError("a count is a non-zero whole number")
        if kind == "count" and value < 0:
            role = "difference"
    else:
        raise ValueError(
            f"unit={unit!r}: expected one of {CURRENCIES}, 'percent', 'percentage_point' or ''"
        )

    forms = phrasing_forms.DEFAULT_PHRASING if phrasing is None else frozenset(phrasing)

    @st.composite
    def build(draw: st.DrawFn) -> str:
        return _write(_HypothesisDraw(draw), "x", kind, unit, value, role, hedges, forms).quote

    return build()
