"""Hypothesis strategies that write consistent articles from true values, and error injectors.

This module is for testing a pipeline built on factcheck (docs/testing-your-pipeline.md); it
imports Hypothesis, so only import it where Hypothesis is installed.

An article is generated the way a careful writer produces one: first the TRUE values — levels,
growth rates, shares, contributions, conversions through an exchange rate, counts and
differences — as consistent instances of the relation table (``RELATIONS[name].strategy()``),
linked into systems by reusing a figure in several checks; then each value is written as a
phrase: rounded at a random precision, with or without trailing zeros, with scale words,
currencies, percent or percentage points, direction words and hedges ("about", "nearly",
"more than", ...), and in the real phrasing of releases and news (number words, round counts,
points in words, "increased by 3,400 to 712,500" quoted by two figures, ...; see
:mod:`factcheck.strategies_phrasing`).  Every phrase is read back with
:mod:`factcheck.reading` and kept only when the TRUE value lies inside its STRICT reading
(otherwise it is written again, plainly).  So
the true values satisfy every check under strict readings: no check of a generated article may
be graded stretched or inconsistent.

Public names:

- :func:`articles` — a strategy of :class:`GeneratedArticle` (the :class:`~factcheck.model.
  Article` plus, for each check, the relation and the figures it uses);
  :func:`random_article` makes the same from a :class:`random.Random`, fast and without
  shrinking, for benchmarks.
- :func:`figure_phrases` — a strategy of phrases that honestly write one value.
- error injectors (:data:`ERROR_KINDS`): :func:`shift_figure`, :func:`swap_percent_points`,
  :func:`swap_currency`, :func:`exceed_whole`, :func:`flip_growth_sign`,
  :func:`mistake_scale`; each takes a generated article and returns an :class:`Injection`
  (the changed article and a description of the error), or ``None`` where it does not apply.
  :func:`injections` and :func:`random_injection` pick targets.
- :func:`how_testable` — whether an injected error can be seen at all, decided exactly with
  Fractions (see :class:`Injection` and docs/testing-your-pipeline.md).
- :func:`to_claims_yaml` — an article as a claim file (``*.claims.yaml``).
"""

from __future__ import annotations

__all__ = [
    "CURRENCIES",
    "ERROR_KINDS",
    "HEDGE_WORDS",
    "RELATION_NAMES",
    "GeneratedArticle",
    "GeneratedCheck",
    "GenerationError",
    "Injection",
    "Phrase",
    "TrueFigure",
    "TrueUnknown",
    "articles",
    "check_feasible",
    "exceed_whole",
    "figure_phrases",
    "flip_growth_sign",
    "how_testable",
    "inject",
    "injections",
    "mistake_scale",
    "random_article",
    "random_injection",
    "shift_figure",
    "swap_currency",
    "swap_percent_points",
    "to_claims_yaml",
]

import math
import random
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from fractions import Fraction
from functools import cache
from typing import Any, Protocol, TypeVar

import attrs
from hypothesis import strategies as st

from factcheck import expr
from factcheck import strategies_phrasing as phrasing_forms
from factcheck.errors import FactcheckError
from factcheck.hedges import hedge_for
from factcheck.intervals import Interval, decimal_text
from factcheck.model import Article, Check, Figure, Reference, Source, Unknown
from factcheck.reading import Reading, ReadingPolicy, read_one
from factcheck.relations import RELATIONS

T = TypeVar("T")

_POLICY = ReadingPolicy()
_TITLE = "A generated article"

# -- the vocabulary a writer uses -------------------------------------------------------------

CURRENCIES: tuple[str, ...] = ("CNY", "USD", "EUR", "GBP")
_CURRENCY_STYLES: Mapping[str, tuple[tuple[str, str], ...]] = {
    # (before the number, after the scale word)
    "CNY": (("", " yuan"), ("RMB", ""), ("CNY ", ""), ("", " yuan")),
    "USD": (("$", ""), ("US$", ""), ("", " dollars"), ("$", "")),
    "EUR": (("€", ""), ("", " euros"), ("EUR ", ""), ("€", "")),
    "GBP": (("£", ""), ("", " pounds"), ("GBP ", ""), ("£", "")),
}
_SCALES: Mapping[str, int] = {"thousand": 3, "million": 6, "billion": 9, "trillion": 12}
_SCALE_ABBREVIATIONS: Mapping[str, str] = {"million": "mn", "billion": "bn", "trillion": "tn"}
_RATE_UNITS = ("%", " percent", " per cent", " percent")
_PP_UNITS = (" percentage points", " pp", " percentage points")
_UNIT_SWAP: Mapping[str, str] = {
    "%": " pp",
    " percent": " percentage points",
    " per cent": " percentage points",
    "-percent": "-percentage-point",
    " pp": "%",
    " percentage points": " percent",
    "-percentage-point": "-percent",
}
HEDGE_WORDS: tuple[str, ...] = (
    "about",
    "roughly",
    "nearly",
    "over",
    "more than",
    "at least",
    "up to",
)
"""The hedges a generated writer uses, each as written."""

# Direction forms: (positive, negative) templates around the core ("7.2 percent").  A form
# with the hyphenated unit ("a 0.9-percentage-point increase") forces that unit.
_GROWTH_FORMS: tuple[tuple[str, str], ...] = (
    ("rose {}", "fell {}"),
    ("up {}", "down {}"),
    ("grew {}", "declined {}"),
    ("increased by {}", "decreased by {}"),
    ("a {} increase", "a {} decrease"),
    ("a {} year-on-year increase", "a {} year-on-year decrease"),
    ("an increase of {}", "a decline of {}"),
)
_GAP_FORMS: tuple[tuple[str, str], ...] = (
    ("{} higher than the national average", "{} lower than the national average"),
    ("{} higher", "{} lower"),
)
_CHANGE_FORMS: tuple[tuple[str, str], ...] = (
    ("contributing {} to overall growth", "dragging overall growth down by {}"),
    ("up {}", "down {}"),
    ("a {} increase", "a {} decrease"),
)
_DIFFERENCE_FORMS: tuple[tuple[str, str], ...] = (
    ("{} more than last year", "{} fewer than last year"),
    ("{} more than a year earlier", "{} fewer than a year earlier"),
)
_SHARE_FORMS: tuple[str, ...] = (
    "accounting for {} of the total",
    "{} of the total",
    "a share of {}",
    "{}",
)
_LEVEL_FORMS: tuple[str, ...] = (
    "{}",
    "reached {}",
    "totaled {}",
    "worth {}",
    "{} in the first half",
    "{} in 2024",
    "{} last year",
)
_COUNT_FORMS: tuple[str, ...] = ("{} enterprises", "{} companies", "{} projects", "{}")
_FORMS: Mapping[str, tuple[tuple[str, str], ...]] = {
    "growth": _GROWTH_FORMS,
    "gap": _GAP_FORMS,
    "change": _CHANGE_FORMS,
    "difference": _DIFFERENCE_FORMS,
    "share": tuple((form, form) for form in _SHARE_FORMS),
    "level": tuple((form, form) for form in _LEVEL_FORMS),
    "count": tuple((form, form) for form in _COUNT_FORMS),
    "fx": (("{}", "{}"),),
}
_SIGNED_ROLES = frozenset({"growth", "gap", "change", "difference"})
"""Roles whose forms carry the sign in words ("fell", "lower", "fewer")."""

_SMALL_WORDS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_WORDS_UP_TO = 1000
"""Whole numbers below this can be written in words."""
_TENS_WORDS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _in_words(n: int) -> str:
    if n >= 100:  # "one hundred and five"
        hundreds, rest = divmod(n, 100)
        head = f"{_SMALL_WORDS[hundreds]} hundred"
        return f"{head} and {_in_words(rest)}" if rest else head
    if n < 20:
        return _SMALL_WORDS[n]
    tens, units = divmod(n, 10)
    word = _TENS_WORDS[tens - 2]
    return word if units == 0 else f"{word}-{_SMALL_WORDS[units]}"


# -- a phrase, as written ---------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Phrase:
    """How one figure is written, part by part, so an injector can change one part.

    The number is ``digits`` units of ``10**-decimals`` (``decimals`` may be negative: a count
    rounded to thousands, "123,000", is 123 at ``decimals=-3``), a magnitude; the sign is in
    ``negative`` and is written by the direction form (or a minus sign).
    """

    kind: str
    """What the phrase says it is: "amount", "rate", "pp", "count" or "fx"."""
    digits: int
    decimals: int
    negative: bool = False
    hedge: str = ""
    role: str = "level"
    form: int = 0
    currency: str = ""
    style: int = 0
    scale: str = ""
    abbreviated: bool = False
    unit: str = ""
    minus: str = "-"
    words: bool = False
    commas: bool = False
    template: tuple[str, str] | None = None
    """(rise, decline) around the core, in place of the role's form: a real-phrasing form
    (:mod:`factcheck.strategies_phrasing`), or the sentence two figures share ("increased by
    {} to 712,500")."""
    spelled: str = ""
    """The number and its unit in words ("half a percentage point"), in place of both."""
    groups: str = ""
    """The separator of thousands groups when not a comma ("5 000 000"), or "lakh" for the
    Indian grouping ("12,34,567")."""
    hedge_symbol: str = ""
    """The hedge written as a symbol ("≥ ", ">"), in place of its word."""

    @property
    def role_signed(self) -> bool:
        """Whether the form, not a minus sign, writes the sign."""
        return self.role in _SIGNED_ROLES

    @property
    def step(self) -> Fraction:
        """One unit of the last digit the writer rounded at, in display units."""
        return Fraction(10) ** -self.decimals

    @property
    def magnitude(self) -> Fraction:
        """The number as written (unsigned), in display units."""
        return self.digits * self.step

    @property
    def factor(self) -> Fraction:
        """Display units -> base units (10**9 for "billion", 1/100 for percent)."""
        if self.kind in ("rate", "pp"):
            return Fraction(1, 100)
        if self.scale:
            return Fraction(10) ** _SCALES[self.scale]
        return Fraction(1)

    @property
    def value(self) -> Fraction:
        """The signed number as written, in base units."""
        signed = -self.magnitude if self.negative else self.magnitude
        return signed * self.factor

    def number_text(self) -> str:
        if self.words:
            return _in_words(self.digits)
        if self.decimals > 0:
            text = str(self.digits).rjust(self.decimals + 1, "0")
            whole, fraction = text[: -self.decimals], text[-self.decimals :]
        else:
            whole, fraction = str(self.digits) + "0" * -self.decimals, ""
        if self.commas and len(whole) > 3 and self.groups == "lakh":  # "12,34,567"
            head, tail = whole[:-3], whole[-3:]
            pairs = [head[max(0, i - 2) : i] for i in range(len(head), 0, -2)]
            whole = ",".join([*reversed(pairs), tail])
        elif self.commas and len(whole) > 3:
            whole = f"{int(whole):,}".replace(",", self.groups or ",")
        return f"{whole}.{fraction}" if fraction else whole

    def core(self) -> str:
        """Hedge, currency, number, scale and unit: "about $1.81 trillion"."""
        if self.spelled:
            return f"{self.hedge} {self.spelled}" if self.hedge else self.spelled
        number = self.number_text()
        if self.negative and self.role not in _SIGNED_ROLES:
            number = self.minus + number
        before = after = ""
        if self.kind == "amount":
            before, after = _CURRENCY_STYLES[self.currency][self.style]
        scale = ""
        if self.scale:
            abbreviation = _SCALE_ABBREVIATIONS.get(self.scale)
            scale = abbreviation if self.abbreviated and abbreviation else f" {self.scale}"
        text = f"{before}{number}{scale}{after}{self.unit}"
        if self.hedge_symbol:
            return f"{self.hedge_symbol}{text}"
        return f"{self.hedge} {text}" if self.hedge else text

    @property
    def _template(self) -> str:
        positive, negative = self.template or _FORMS[self.role][self.form]
        return negative if self.negative and self.role in _SIGNED_ROLES else positive

    @property
    def text(self) -> str:
        return self._template.format(self.core())

    def pick(self) -> tuple[str, int] | None:
        """In a sentence two figures share, this figure's number as written and its index
        among the quote's numbers written the same way (``Figure.value`` and ``index``)."""
        if self.template is None or self.spelled or self.words:
            return None
        value = self.number_text()
        before = self._template.split("{}")[0]
        pattern = rf"(?<![\d.,]){re.escape(value)}(?![\d]|[.,]\d)"
        return value, len(re.findall(pattern, before))


# -- what the generator knows ------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class TrueFigure:
    """A figure of a generated article: its TRUE value and how the article writes it."""

    name: str
    kind: str
    """What the value truly is: "amount", "rate", "pp", "count" or "fx"."""
    unit: str
    """The canonical unit of the true value: "CNY", "percent", "percentage_point", "",
    "CNY/USD" (an exchange rate: a reference)."""
    true: Fraction
    """In base units: yuan (not billions), a ratio for percent and percentage points."""
    phrase: Phrase
    notes: tuple[str, ...] = ()
    """Why a first rendering was rejected, if one was ("reader: ..." when the reader
    disagreed with the hedge table about a phrase it should have accepted)."""
    forms: tuple[str, ...] = ()
    """The real-phrasing forms the phrase is written in (:mod:`factcheck.strategies_phrasing`)."""

    @property
    def quote(self) -> str:
        return self.phrase.text

    @property
    def is_reference(self) -> bool:
        return self.kind == "fx"

    def declare(self) -> Figure | Reference:
        if self.is_reference:
            return Reference(
                name=self.name, value=self.quote, unit=self.unit, source="generated exchange rate"
            )
        picked = self.phrase.pick()
        if picked is not None:
            return Figure(name=self.name, quote=self.quote, value=picked[0], index=picked[1])
        return Figure(name=self.name, quote=self.quote)


@attrs.frozen(kw_only=True)
class TrueUnknown:
    """A quantity the article relies on without stating it, with its true value."""

    name: str
    unit: str
    true: Fraction


@attrs.frozen(kw_only=True)
class GeneratedCheck:
    """A check of a generated article: which relation, and which figures in which roles."""

    id: str
    relation: str
    condition: str
    arguments: tuple[tuple[str, tuple[str, ...]], ...]
    """(parameter, names) in the relation's order; one name unless the parameter is a list."""
    result: str | None
    """The figure the relation's value is compared with (``None`` for a condition)."""

    @property
    def names(self) -> tuple[str, ...]:
        """Every figure, reference and unknown the check uses."""
        found = [name for _, names in self.arguments for name in names]
        if self.result is not None:
            found.append(self.result)
        return tuple(found)


@attrs.frozen(kw_only=True)
class GeneratedArticle:
    """A generated article: true values, the phrases that write them, and the checks."""

    figures: tuple[TrueFigure, ...]
    unknowns: tuple[TrueUnknown, ...] = ()
    checks: tuple[GeneratedCheck, ...] = ()
    title: str = _TITLE

    @property
    def article(self) -> Article:
        """The article as factcheck audits it."""
        declared = [figure.declare() for figure in self.figures]
        return Article(
            source=Source(title=self.title),
            figures=[d for d in declared if isinstance(d, Figure)],
            references=[d for d in declared if isinstance(d, Reference)],
            unknowns=[Unknown(name=u.name, unit=u.unit, bounds="positive") for u in self.unknowns],
            checks=[_model_check(check) for check in self.checks],
        )

    def figure(self, name: str) -> TrueFigure:
        for figure in self.figures:
            if figure.name == name:
                return figure
        raise KeyError(name)

    def check(self, check_id: str) -> GeneratedCheck:
        for check in self.checks:
            if check.id == check_id:
                return check
        raise KeyError(check_id)

    def true_values(self) -> dict[str, Fraction]:
        values = {f.name: f.true for f in self.figures}
        values.update((u.name, u.true) for u in self.unknowns)
        return values

    def users(self, name: str) -> tuple[str, ...]:
        """The ids of the checks that use a figure."""
        return tuple(c.id for c in self.checks if name in c.names)

    def replace(self, figure: TrueFigure) -> GeneratedArticle:
        """The same article with one figure written differently."""
        figures = tuple(figure if f.name == figure.name else f for f in self.figures)
        return attrs.evolve(self, figures=figures)

    @property
    def notes(self) -> tuple[str, ...]:
        return tuple(f"{f.name}: {note}" for f in self.figures for note in f.notes)

    def describe(self) -> str:
        """Everything about the article, for a failing test's message."""
        lines = [
            f"{f.name} = {f.quote!r} (true {decimal_text(f.true)} {f.unit})".rstrip()
            for f in self.figures
        ]
        lines += [f"{u.name}: unknown, true {decimal_text(u.true)} {u.unit}" for u in self.unknowns]
        lines += [f"{c.id}: {c.condition}   [{c.relation}]" for c in self.checks]
        return "\n".join(lines)


def _model_check(check: GeneratedCheck) -> Check:
    return Check(id=check.id, condition=check.condition)


class GenerationError(FactcheckError, AssertionError):
    """The generator could not write a value honestly: even the plain rounding of the true
    value is not read as containing it.  That is a reader bug (or a generator bug)."""


# -- drawing: Hypothesis or a plain Random ------------------------------------------------------


class _Draw(Protocol):
    def integer(self, lo: int, hi: int) -> int: ...
    def choice(self, options: Sequence[T]) -> T: ...
    def chance(self, percent: int) -> bool: ...
    def instance(self, relation: str) -> dict[str, Any]: ...


class _HypothesisDraw:
    """Draws through Hypothesis (shrinkable); relation instances from the relation table."""

    def __init__(self, draw: st.DrawFn) -> None:
        self.draw = draw

    def integer(self, lo: int, hi: int) -> int:
        return self.draw(st.integers(lo, hi))

    def choice(self, options: Sequence[T]) -> T:
        # An index, not sampled_from(options): integers(lo, hi) is cached by Hypothesis, and
        # shrinks toward the first option.
        return options[self.draw(st.integers(0, len(options) - 1))]

    def chance(self, percent: int) -> bool:
        return self.draw(st.integers(0, 99)) < percent

    def instance(self, relation: str) -> dict[str, Any]:
        values: dict[str, Any] = dict(self.draw(_table_strategy(relation)))
        return values


@cache
def _table_strategy(relation: str) -> st.SearchStrategy[dict[str, Any]]:
    """The relation table's strategy, built once (each call of ``strategy()`` builds a new
    one, which Hypothesis would analyse afresh on every draw)."""
    strategy: st.SearchStrategy[dict[str, Any]] = RELATIONS[relation].strategy()
    return strategy


class _RandomDraw:
    """Draws from a :class:`random.Random`: some hundred times faster than Hypothesis's
    generation, for benchmarks.  Instances follow the relation table's strategies' ranges and
    get their result from the relation's formula."""

    def __init__(self, rnd: random.Random) -> None:
        self.rnd = rnd

    def integer(self, lo: int, hi: int) -> int:
        return self.rnd.randint(lo, hi)

    def choice(self, options: Sequence[T]) -> T:
        return options[self.rnd.randrange(len(options))]

    def chance(self, percent: int) -> bool:
        return self.rnd.randrange(100) < percent

    def instance(self, relation: str) -> dict[str, Any]:
        return _sample_instance(relation, self.rnd)


def _sample_instance(relation: str, rnd: random.Random) -> dict[str, Any]:
    """A consistent instance of ``relation``, drawn as its table strategy draws (same ranges);
    the result is computed with the relation's formula."""

    def amount() -> Fraction:
        return Fraction(rnd.randint(1, 10**6), 100)

    def growth() -> Fraction:
        return Fraction(rnd.randint(-500, 2000), 10000)

    values: dict[str, Any]
    if relation == "share":
        whole = amount()
        values = {"part": whole * rnd.randint(0, 1000) / 1000, "whole": whole}
    elif relation == "growth":
        old = amount()
        values = {"new": old * (1 + growth()), "old": old}
    elif relation == "previous":
        old, g = amount(), growth()
        values = {"level": old * (1 + g), "growth": g}
    elif relation == "gap":
        values = {"a": growth(), "b": growth()}
    elif relation == "contribution":
        whole_old = amount()
        part_old = whole_old * rnd.randint(1, 1000) / 1000
        values = {
            "part_new": part_old * (1 + growth()),
            "part_old": part_old,
            "whole_old": whole_old,
        }
    elif relation in ("share_of_increase", "share_change"):
        whole_old = amount()
        part_old = whole_old * rnd.randint(1, 999) / 1000
        part_new = part_old * (1 + growth())
        whole_new = part_new + (whole_old - part_old) * (1 + growth())
        if relation == "share_of_increase" and whole_new == whole_old:
            whole_new += 1
        values = {
            "part_new": part_new,
            "part_old": part_old,
            "whole_new": whole_new,
            "whole_old": whole_old,
        }
    elif relation == "difference":
        values = {"a": amount(), "b": amount()}
    elif relation == "convert":
        values = {"amount": amount(), "rate": Fraction(rnd.randint(100, 1000), 100)}
    elif relation == "total":
        values = {"parts": [amount() for _ in range(rnd.randint(1, 5))]}
    elif relation == "parts_within":
        parts = [amount() for _ in range(rnd.randint(1, 5))]
        values = {"whole": sum(parts, Fraction(0)) + amount(), "parts": parts}
    else:
        raise ValueError(f"no fast sampler for relation {relation!r}")
    return values


# -- the relations a generated article uses --------------------------------------------------

_SIGNATURES: Mapping[str, tuple[tuple[tuple[str, str], ...], str | None]] = {
    "share": ((("part", "amount"), ("whole", "amount")), "rate"),
    "growth": ((("new", "amount"), ("old", "amount")), "rate"),
    "previous": ((("level", "amount"), ("growth", "rate")), "amount"),
    "gap": ((("a", "rate"), ("b", "rate")), "pp"),
    "contribution": (
        (("part_new", "amount"), ("part_old", "amount"), ("whole_old", "amount")),
        "pp",
    ),
    "share_of_increase": (
        (
            ("part_new", "amount"),
            ("part_old", "amount"),
            ("whole_new", "amount"),
            ("whole_old", "amount"),
        ),
        "rate",
    ),
    "share_change": (
        (
            ("part_new", "amount"),
            ("part_old", "amount"),
            ("whole_new", "amount"),
            ("whole_old", "amount"),
        ),
        "pp",
    ),
    "difference": ((("a", "amount"), ("b", "amount")), "amount"),
    "convert": ((("amount", "amount"), ("rate", "fx")), "amount"),
    "total": ((("parts", "[amount]"),), "amount"),
    "parts_within": ((("whole", "amount"), ("parts", "[amount]")), None),
    "counts": ((("a", "count"), ("b", "count")), "count"),
}
"""Each relation's parameters with their kinds, and the kind of its result."""

RELATION_NAMES: tuple[str, ...] = tuple(_SIGNATURES)
"""The relations :func:`articles` draws from ("counts" is ``difference`` between counts)."""

_RESULT_ROLES: Mapping[str, str] = {
    "share": "share",
    "growth": "growth",
    "previous": "level",
    "gap": "gap",
    "contribution": "change",
    "share_of_increase": "share",
    "share_change": "change",
    "difference": "level",
    "convert": "level",
    "total": "level",
    "counts": "difference",
}


@cache
def _formula(relation: str) -> expr.Node:
    return expr.parse_expression(RELATIONS[relation].formula)


def _evaluate(node: expr.Node, env: Mapping[str, Any], lift: Callable[[Fraction], Any]) -> Any:
    """A relation's formula over Fractions or Intervals (``lift`` makes a constant)."""
    if isinstance(node, expr.Num):
        return lift(node.value)
    if isinstance(node, expr.Name):
        return env[node.id]
    if isinstance(node, expr.Neg):
        return -_evaluate(node.operand, env, lift)
    if isinstance(node, expr.BinOp):
        left = _evaluate(node.left, env, lift)
        right = _evaluate(node.right, env, lift)
        if node.op == "+":
            return left + right
        if node.op == "-":
            return left - right
        if node.op == "*":
            return left * right
        if isinstance(right, Interval) and 0 in right:
            raise ZeroDivisionError("a divisor's interval contains zero")
        return left / right
    raise ValueError(f"unexpected node in a formula: {node!r}")


def _result(relation: str, values: Mapping[str, Any]) -> Fraction:
    """The relation's value at exact ``values`` (from its formula in the table)."""
    name = "difference" if relation == "counts" else relation
    if name == "total":
        return sum(values["parts"], Fraction(0))
    result: Fraction = _evaluate(_formula(name), values, Fraction)
    return result


# -- writing a value ---------------------------------------------------------------------------


def _round(t: Fraction, how: str) -> int:
    if how == "nearest":
        return math.floor(t + Fraction(1, 2))
    if how == "up":
        return math.ceil(t)
    return math.floor(t)


def _hedged_digits(hedge: str, magnitude: Fraction, step: Fraction) -> int | None:
    """The digits a hedge honestly qualifies (``None`` if it cannot be said honestly)."""
    t = magnitude / step
    canonical = hedge_for(hedge).name
    if canonical == "about":
        digits = _round(t, "nearest")
    elif canonical == "nearly":  # [0.95 x, x]
        digits = _round(t, "up")
        if magnitude < Fraction(95, 100) * digits * step:
            return None
    elif canonical == "over":  # (x, x + step]
        digits = _round(t, "up") - 1
    elif canonical == "at least":  # [x, x + step]
        digits = _round(t, "down")
    elif canonical == "at most":  # [x - step, x]
        digits = _round(t, "up")
    else:
        return None
    return digits if digits > 0 else None


def _predicted(phrase: Phrase) -> Interval:
    """The strict reading the hedge table gives ``phrase`` (display units, magnitude),
    computed from the phrase's parts without the reader."""
    x = phrase.magnitude
    if phrase.words:
        rounded = Interval.point(x)
        sig_step = Fraction(1)
    else:
        text_step = Fraction(10) ** -max(phrase.decimals, 0)
        rounded = Interval.closed(x - text_step / 2, x + text_step / 2)
        if phrase.decimals > 0:
            sig_step = text_step
        else:
            written = phrase.number_text().replace(",", "")
            zeros = len(written) - len(written.rstrip("0")) if written.strip("0") else 0
            sig_step = Fraction(10) ** zeros
    if not phrase.hedge:
        return rounded
    return hedge_for(phrase.hedge).strict.apply(x, sig_step, rounded)


def _reading(figure: TrueFigure) -> Reading:
    """The reading factcheck's engine takes for a figure or reference."""
    if figure.is_reference:
        return read_one(figure.quote, policy=_POLICY)
    declared = figure.declare()
    assert isinstance(declared, Figure)
    return declared.read(_POLICY)


_READ_UNITS: Mapping[str, str | None] = {
    "rate": "percent",
    "pp": "percentage_point",
    "count": None,
    "fx": None,
}


def _reads_true(figure: TrueFigure) -> str | None:
    """``None`` when the engine's reading of ``figure`` contains its true value, else why not."""
    try:
        reading = _reading(figure)
    except FactcheckError as error:
        return f"cannot be read: {error}"
    phrase = figure.phrase
    expected = phrase.currency if phrase.kind == "amount" else _READ_UNITS[phrase.kind]
    if reading.unit != expected or (reading.scale or "") != phrase.scale:
        return f"read as {reading.unit_text!r}, written as {expected} {phrase.scale}".rstrip()
    strict = reading.strict.scale(reading.multiplier)
    if figure.true not in strict:
        return f"strict reading {strict} misses the true value {decimal_text(figure.true)}"
    return None


def _scale_for(value: Fraction, draw: _Draw) -> str:
    magnitude = abs(value)
    fitting = [name for name, power in _SCALES.items() if magnitude >= Fraction(10) ** power]
    if not fitting:
        return ""
    if len(fitting) > 1 and draw.chance(20):
        return fitting[-2]  # "1,810 billion" rather than "1.81 trillion"
    return fitting[-1]


def _write(
    draw: _Draw,
    name: str,
    kind: str,
    unit: str,
    true: Fraction,
    role: str,
    hedges: bool = True,
    phrasing: frozenset[str] = frozenset(),
) -> TrueFigure:
    """Write ``true`` as a writer would, honestly: the strict reading contains it; in one of
    the ``phrasing`` forms (:mod:`factcheck.strategies_phrasing`) when one fits."""
    negative = true < 0
    if negative and role not in _SIGNED_ROLES and role != "share":
        raise ValueError(f"a {role} cannot be negative: {true}")
    scale = _scale_for(true, draw) if kind == "amount" else ""
    probe = Phrase(kind=kind, digits=0, decimals=0, scale=scale)
    magnitude = abs(true) / probe.factor
    decimals = draw.integer(0, 3) if kind != "count" else 0
    if kind == "count" and magnitude >= 1000 and draw.chance(30):
        decimals = -draw.integer(1, len(str(int(magnitude))) - 2)  # "more than 123,000"
    while _round(magnitude / Fraction(10) ** -decimals, "nearest") == 0 and decimals < 12:
        decimals += 1
    step = Fraction(10) ** -decimals
    hedge = ""
    digits = _round(magnitude / step, "nearest")
    if hedges and draw.chance(40 if decimals >= 0 else 100) and role != "difference":
        word = draw.choice(HEDGE_WORDS)
        hedged = _hedged_digits(word, magnitude, step)
        if hedged is not None:
            hedge, digits = word, hedged
    if decimals < 0 and hedge_for(hedge or "about").name == "about":
        # "about 123,000" is read strictly to the units digit (docs/reading.md): write the
        # count in full instead.
        hedge, decimals, step = "", 0, Fraction(1)
        digits = _round(magnitude, "nearest")
    forms = _FORMS[role]
    form = draw.integer(0, len(forms) - 1)
    if hedge == "up to" and phrasing_forms.verb_takes_up_to(forms[form]):
        hedge, digits = "", _round(magnitude / step, "nearest")  # not "a up to 5% increase"
    currency = unit if kind == "amount" else ""
    style = draw.integer(0, len(_CURRENCY_STYLES[currency]) - 1) if currency else 0
    unit_text = ""
    if kind == "rate":
        unit_text = draw.choice(_RATE_UNITS)
    elif kind == "pp":
        unit_text = draw.choice(_PP_UNITS)
    if "{} increase" in forms[form][0] and kind in ("rate", "pp") and draw.chance(50):
        unit_text = "-percent" if kind == "rate" else "-percentage-point"
    phrase = Phrase(
        kind=kind,
        digits=digits,
        decimals=decimals,
        negative=negative,
        hedge=hedge,
        role=role,
        form=form,
        currency=currency,
        style=style,
        scale=scale,
        abbreviated=bool(scale) and draw.chance(15),
        unit=unit_text,
        minus=draw.choice(("-", "−")),
        words=kind == "count"
        and not hedge
        and decimals == 0
        and 1 < digits < 100
        and draw.chance(30),
        commas=draw.chance(60),
    )
    if decimals > 0 and draw.chance(30):
        while phrase.decimals > 0 and phrase.digits % 10 == 0:  # "7.2", not "7.20"
            phrase = attrs.evolve(phrase, digits=phrase.digits // 10, decimals=phrase.decimals - 1)
    notes: tuple[str, ...] = ()
    respelled = (
        phrasing_forms.respell(
            draw, phrase, magnitude, phrasing if hedges else phrasing - {"hedged-round"}
        )
        if phrasing
        else None
    )
    if respelled is not None:
        figure = TrueFigure(
            name=name, kind=kind, unit=unit, true=true, phrase=respelled[0], forms=respelled[1:]
        )
        problem = _reads_true(figure)
        if problem is None:
            return figure
        notes = (f"reader: {respelled[1]}: {respelled[0].text!r} {problem}",)
    figure = TrueFigure(name=name, kind=kind, unit=unit, true=true, phrase=phrase, notes=notes)
    problem = _reads_true(figure)
    if problem is None:
        return figure
    predicted = _predicted(phrase)
    note = ("reader: " if abs(true) / phrase.factor in predicted else "window: ") + (
        f"{phrase.text!r} {problem}"
    )
    plain = attrs.evolve(
        phrase,
        hedge="",
        digits=_round(magnitude / step, "nearest"),
        decimals=decimals,
        words=False,
        abbreviated=False,
        form=0,
    )
    figure = TrueFigure(
        name=name, kind=kind, unit=unit, true=true, phrase=plain, notes=(*notes, note)
    )
    problem = _reads_true(figure)
    if problem is not None:
        raise GenerationError(f"{plain.text!r} {problem} (true value {true}, {note})")
    return figure


def _write_like(figure: TrueFigure, value: Fraction) -> Phrase:
    """``figure``'s phrase, with the same scale, precision and hedge, writing ``value``."""
    phrase = figure.phrase
    magnitude = abs(value) / phrase.factor
    digits = None
    if phrase.hedge:
        digits = _hedged_digits(phrase.hedge, magnitude, phrase.step)
    if digits is None:
        digits = max(_round(magnitude / phrase.step, "nearest"), 1)
    return attrs.evolve(
        phrase,
        digits=digits,
        negative=value < 0,
        words=phrase.words and 1 < digits < _WORDS_UP_TO,
        spelled="",
    )


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
        phrasing_forms.join_figures(self, relation, dict(arguments), result_name, first)
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


# -- error injection ---------------------------------------------------------------------------

ERROR_KINDS: tuple[str, ...] = (
    "shift",
    "percent_pp",
    "currency",
    "exceed_whole",
    "growth_sign",
    "scale",
)
"""The kinds of injected error: a figure off by k units of its last digit; percent written
for percentage points or the reverse; another currency; parts that exceed their whole; a
growth written with the wrong sign (rose <-> fell); a scale word mistaken (million <->
billion)."""


@attrs.frozen(kw_only=True)
class Injection:
    """An article with one error injected, and what the error is."""

    article: GeneratedArticle
    original: GeneratedArticle
    kind: str
    figure: str
    description: str
    k: int | None = None
    """For "shift": how many units of the last digit (signed)."""
    affected: tuple[str, ...] = ()
    """The checks that use the changed figure (or, for "exceed_whole", the check whose parts
    now exceed their whole)."""
    slip: bool = False
    """Whether the engine should name a percent/percentage-point slip: the changed unit is on
    the side of a check that the relation's value is compared with."""


def _injection(
    gen: GeneratedArticle,
    figure: TrueFigure,
    phrase: Phrase,
    kind: str,
    description: str,
    **extra: Any,
) -> Injection:
    changed = gen.replace(attrs.evolve(figure, phrase=phrase))
    affected = extra.pop("affected", None) or gen.users(figure.name)
    return Injection(
        article=changed,
        original=gen,
        kind=kind,
        figure=figure.name,
        description=description,
        affected=affected,
        **extra,
    )


def shift_figure(gen: GeneratedArticle, name: str, k: int) -> Injection | None:
    """``name`` written ``k`` units of its last digit off (``None`` if that crosses zero)."""
    figure = gen.figure(name)
    phrase = figure.phrase
    digits = phrase.digits + k
    if digits < 1 or k == 0:
        return None
    changed = attrs.evolve(
        phrase, digits=digits, words=phrase.words and 1 < digits < _WORDS_UP_TO, spelled=""
    )
    return _injection(
        gen,
        figure,
        changed,
        "shift",
        f"{name}: {phrase.text!r} -> {changed.text!r} ({k:+d} units of "
        f"{decimal_text(phrase.step)})",
        k=k,
    )


def swap_percent_points(gen: GeneratedArticle, name: str) -> Injection | None:
    """``name`` written in percentage points where it means percent, or the reverse."""
    figure = gen.figure(name)
    phrase = figure.phrase
    if not _in_percent_or_points(phrase):
        return None
    changed = attrs.evolve(
        phrase, unit=_UNIT_SWAP[phrase.unit], kind="pp" if phrase.kind == "rate" else "rate"
    )
    slip = any(check.result == name for check in gen.checks)
    return _injection(
        gen,
        figure,
        changed,
        "percent_pp",
        f"{name}: {phrase.text!r} -> {changed.text!r}",
        slip=slip,
    )


def swap_currency(gen: GeneratedArticle, name: str, to: str | None = None) -> Injection | None:
    """``name`` written in another currency (the next one of :data:`CURRENCIES` by default)."""
    figure = gen.figure(name)
    phrase = figure.phrase
    if phrase.kind != "amount":
        return None
    if to is None:
        to = CURRENCIES[(CURRENCIES.index(phrase.currency) + 1) % len(CURRENCIES)]
    if to == phrase.currency:
        return None
    changed = attrs.evolve(phrase, currency=to, style=phrase.style % len(_CURRENCY_STYLES[to]))
    return _injection(
        gen, figure, changed, "currency", f"{name}: {phrase.text!r} -> {changed.text!r}"
    )


_PART_WHOLE: Mapping[str, tuple[str, str]] = {
    "share": ("part", "whole"),
    "parts_within": ("parts", "whole"),
    "total": ("parts", ""),
}


def exceed_whole(
    gen: GeneratedArticle, check_id: str, part: str, by: Fraction = Fraction(1, 10)
) -> Injection | None:
    """In check ``check_id`` (a share, a total or parts within a whole), write ``part`` so that
    the parts exceed their whole by ``by`` of it."""
    check = gen.check(check_id)
    roles = _PART_WHOLE.get(check.relation)
    if roles is None:
        return None
    arguments = dict(check.arguments)
    parts = list(arguments[roles[0]])
    whole_name = arguments[roles[1]][0] if roles[1] else check.result
    if part not in parts or whole_name is None:
        return None
    true = gen.true_values()
    figure = gen.figure(part)
    if figure.is_reference or any(u.name == part for u in gen.unknowns):
        return None
    whole = true[whole_name]
    others = sum((true[p] for p in parts if p != part), Fraction(0))
    value = whole * (1 + by) - others
    if value <= 0:
        return None
    phrase = _write_like(figure, value)
    if phrase.digits == figure.phrase.digits:
        return None
    return _injection(
        gen,
        figure,
        phrase,
        "exceed_whole",
        f"{part}: {figure.quote!r} -> {phrase.text!r}, parts over {whole_name} "
        f"by {decimal_text(by * 100)}%",
        affected=(check_id,),
    )


def flip_growth_sign(gen: GeneratedArticle, name: str) -> Injection | None:
    """``name``, a change written with a direction word, written with the opposite one."""
    figure = gen.figure(name)
    phrase = figure.phrase
    if phrase.role not in ("growth", "gap", "change"):
        return None
    changed = attrs.evolve(phrase, negative=not phrase.negative)
    return _injection(
        gen, figure, changed, "growth_sign", f"{name}: {phrase.text!r} -> {changed.text!r}"
    )


_SCALE_MISTAKES: Mapping[str, str] = {
    "thousand": "million",
    "million": "billion",
    "billion": "million",
    "trillion": "billion",
}


def mistake_scale(gen: GeneratedArticle, name: str) -> Injection | None:
    """``name``'s scale word mistaken for its neighbour (million <-> billion)."""
    figure = gen.figure(name)
    phrase = figure.phrase
    if not phrase.scale:
        return None
    changed = attrs.evolve(phrase, scale=_SCALE_MISTAKES[phrase.scale])
    return _injection(gen, figure, changed, "scale", f"{name}: {phrase.text!r} -> {changed.text!r}")


def _any_phrase(phrase: Phrase) -> bool:
    return True


def _in_percent_or_points(phrase: Phrase) -> bool:
    return phrase.kind in ("rate", "pp") and phrase.unit in _UNIT_SWAP and not phrase.spelled


def _an_amount(phrase: Phrase) -> bool:
    return phrase.kind == "amount"


def _a_change(phrase: Phrase) -> bool:
    return phrase.role in ("growth", "gap", "change")


def _with_scale(phrase: Phrase) -> bool:
    return bool(phrase.scale)


def _targets(gen: GeneratedArticle, kind: str) -> list[tuple[str, ...]]:
    """Every (figure,) or (check, part) an injector of ``kind`` applies to."""
    if kind == "exceed_whole":
        found: list[tuple[str, ...]] = []
        unknown = {u.name for u in gen.unknowns}
        for check in gen.checks:
            roles = _PART_WHOLE.get(check.relation)
            if roles is None:
                continue
            arguments = dict(check.arguments)
            whole = arguments[roles[1]][0] if roles[1] else check.result
            if whole is None or whole in unknown:
                continue
            found += [(check.id, p) for p in arguments[roles[0]] if p not in unknown]
        return found
    wanted: Callable[[Phrase], bool] = {
        "shift": _any_phrase,
        "percent_pp": _in_percent_or_points,
        "currency": _an_amount,
        "growth_sign": _a_change,
        "scale": _with_scale,
    }[kind]
    names: list[tuple[str, ...]] = [(f.name,) for f in gen.figures if wanted(f.phrase)]
    if kind == "percent_pp":  # the classic slip: the compared side of a check
        results = {c.result for c in gen.checks}
        names = [n for n in names if n[0] in results]
    return names


def inject(
    gen: GeneratedArticle,
    kind: str,
    target: tuple[str, ...],
    k: int = 2,
    by: Fraction = Fraction(1, 10),
) -> Injection | None:
    """Inject an error of ``kind`` at ``target`` (a figure name, or a check id and a part)."""
    if kind == "shift":
        return shift_figure(gen, target[0], k)
    if kind == "percent_pp":
        return swap_percent_points(gen, target[0])
    if kind == "currency":
        return swap_currency(gen, target[0])
    if kind == "exceed_whole":
        return exceed_whole(gen, target[0], target[1], by)
    if kind == "growth_sign":
        return flip_growth_sign(gen, target[0])
    if kind == "scale":
        return mistake_scale(gen, target[0])
    raise ValueError(f"kind={kind!r}: expected one of {ERROR_KINDS}")


def _pick(draw: _Draw, gen: GeneratedArticle, kind: str, k: int | None) -> Injection | None:
    targets = _targets(gen, kind)
    if not targets:
        return None
    target = draw.choice(targets)
    if kind == "shift":
        units = k if k is not None else draw.integer(1, 5)
        sign = draw.choice((1, -1))
        found = shift_figure(gen, target[0], sign * units)
        return found or shift_figure(gen, target[0], -sign * units)
    by = Fraction(draw.integer(5, 50), 100)
    return inject(gen, kind, target, by=by)


def injections(
    gen: GeneratedArticle, kinds: Sequence[str] = ERROR_KINDS, k: int | None = None
) -> st.SearchStrategy[Injection | None]:
    """An error of one of ``kinds`` injected into ``gen`` at a drawn place (``None`` when the
    drawn kind has no place in this article); ``k`` fixes the shift (default 1..5)."""

    @st.composite
    def build(draw: st.DrawFn) -> Injection | None:
        source = _HypothesisDraw(draw)
        return _pick(source, gen, source.choice(kinds), k)

    return build()


def random_injection(
    gen: GeneratedArticle, kind: str, rnd: random.Random, k: int | None = None
) -> Injection | None:
    """:func:`injections` for one ``kind``, drawn from ``rnd``."""
    return _pick(_RandomDraw(rnd), gen, kind, k)


# -- how_testable -------------------------------------------------------------------------------


def _interval(gen: GeneratedArticle, name: str, mode: str) -> Interval | None:
    """A figure's reading in base units, as the engine takes it (``None`` for an unknown)."""
    for figure in gen.figures:
        if figure.name == name:
            reading = _reading(figure)
            chosen = reading.strict if mode == "strict" else reading.lenient
            return chosen.scale(reading.multiplier)
    return None


def _meets(op: str, left: Interval, right: Interval) -> bool:
    if left.is_empty or right.is_empty:
        return False
    if op == "eq":
        return not left.intersect(right).is_empty
    if left.lo is None or right.hi is None or left.lo < right.hi:
        return True
    return left.lo == right.hi and left.lo_closed and right.hi_closed


def check_feasible(gen: GeneratedArticle, check_id: str, mode: str = "strict") -> bool | None:
    """Whether some values inside the readings of check ``check_id``'s figures (``mode``:
    "strict" or "lenient") satisfy it, decided exactly with Fraction interval arithmetic.

    Each figure occurs once in a relation's formula, so interval arithmetic gives each side's
    exact range, and the check can hold iff the two ranges meet.  ``None`` when that cannot be
    decided so: the check rests on an unknown, a divisor's range contains zero, or a figure
    cannot be read (its units no longer fit the relation).
    """
    check = gen.check(check_id)
    env: dict[str, Any] = {}
    try:
        for param, names in check.arguments:
            intervals = [_interval(gen, n, mode) for n in names]
            if any(i is None for i in intervals):
                return None
            env[param] = intervals if param == "parts" else intervals[0]
        result = _interval(gen, check.result, mode) if check.result is not None else None
    except FactcheckError:
        return None
    if check.result is not None and result is None:
        return None
    try:
        if check.relation == "parts_within":
            total = _sum(env["parts"])
            return _meets("le", total, env["whole"]) and all(
                _meets("le", p, env["whole"]) for p in env["parts"]
            )
        if check.relation == "total":
            value = _sum(env["parts"])
        else:
            value = _evaluate(_formula(check.relation), env, Interval.point)
    except ZeroDivisionError:
        return None
    assert result is not None
    return _meets("eq", value, result)


def _sum(items: Sequence[Interval]) -> Interval:
    total = items[0]
    for item in items[1:]:
        total = total + item
    return total


def how_testable(injection: Injection) -> dict[str, str]:
    """For each affected check: how the injected error can be seen, decided exactly.

    - "units": the error changes a unit (percent <-> percentage points, a currency), which
      the check's unit algebra must refuse or name as a slip whatever the values;
    - "lenient": no values inside the LENIENT readings satisfy the check: it must be graded
      inconsistent;
    - "strict": no values inside the STRICT readings do (the lenient ones may): it must be
      graded stretched or inconsistent;
    - "hidden": values inside the strict readings still satisfy it: the error is not testable
      from this check alone;
    - "unknown": undecidable by interval arithmetic (an unknown, a divisor around zero).
    """
    found: dict[str, str] = {}
    for check_id in injection.affected:
        if injection.kind in ("percent_pp", "currency"):
            found[check_id] = "units"
            continue
        strict = check_feasible(injection.article, check_id, "strict")
        if strict is None:
            found[check_id] = "unknown"
        elif strict:
            found[check_id] = "hidden"
        else:
            lenient = check_feasible(injection.article, check_id, "lenient")
            found[check_id] = "lenient" if lenient is False else "strict"
    return found


# -- claim files -------------------------------------------------------------------------------


def to_claims_yaml(article: Article | GeneratedArticle) -> str:
    """An article as the text of a claim file (``*.claims.yaml``, docs/claim-files.md).

    Loading the text gives back an equal article (locations and path aside).  A reading
    policy with replaced hedges, or an unknown with bounds other than positive or
    non-negative, cannot be written in a claim file: ``ValueError``.
    """
    import yaml

    if isinstance(article, GeneratedArticle):
        article = article.article
    source = article.source
    data: dict[str, Any] = {
        "source": _non_empty(
            {
                "title": source.title,
                "outlet": source.outlet,
                "published": source.published,
                "url": source.url,
                "path": source.path,
                "sha256": source.sha256,
                "rounding": source.rounding,
            },
            keep=("title",),
        )
    }
    policy = article.policy
    if policy.hedges:
        raise ValueError("a policy with replaced hedges cannot be written in a claim file")
    default = ReadingPolicy()
    options = {
        "rounding": policy.rounding if policy.rounding != default.rounding else None,
        "base": decimal_text(policy.base) if policy.base is not None else None,
        "trailing_zeros": policy.trailing_zeros
        if policy.trailing_zeros != default.trailing_zeros
        else None,
        "yen_symbol": policy.yen_symbol,
    }
    if any(value is not None for value in options.values()):
        data["policy"] = _non_empty(options)
    if article.figures:
        data["figures"] = {f.name: _figure_data(f) for f in article.figures}
    if article.unknowns:
        data["unknowns"] = {u.name: _unknown_data(u) for u in article.unknowns}
    if article.references:
        data["references"] = {
            r.name: _non_empty(
                {"value": r.value, "unit": r.unit, "source": r.source, "quote": r.quote},
                keep=("value", "source"),
            )
            for r in article.references
        }
    if article.checks:
        data["checks"] = [
            _non_empty(
                {
                    "id": c.id,
                    "condition": c.condition,
                    "quote": c.quote,
                    "severity": None if c.severity == "error" else c.severity,
                    "expect": c.expect,
                    "tags": list(c.tags) or None,
                    "note": c.note,
                },
                keep=("id", "condition"),
            )
            for c in article.checks
        ]
    text: str = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=2**30)
    return text


def _non_empty(values: Mapping[str, Any], keep: Sequence[str] = ()) -> dict[str, Any]:
    return {k: v for k, v in values.items() if k in keep or v not in (None, "", [])}


def _figure_data(figure: Figure) -> str | dict[str, Any]:
    options = {
        "quote": figure.quote,
        "index": str(figure.index) if figure.index else None,
        "value": figure.value,
        "rounding": figure.rounding,
        "base": figure.base,
        "trailing_zeros": figure.trailing_zeros,
        "hedge": figure.hedge,
    }
    if all(v is None for k, v in options.items() if k != "quote") and figure.quote:
        return figure.quote
    data: dict[str, Any] = {k: v for k, v in options.items() if v is not None}
    if figure.index:
        data["index"] = figure.index
    return data


def _unknown_data(unknown: Unknown) -> dict[str, Any]:
    bounds = None
    if unknown.bounds is not None:
        if unknown.bounds == Interval.greater_than(0):
            bounds = "positive"
        elif unknown.bounds == Interval.at_least(0):
            bounds = "nonnegative"
        else:
            raise ValueError(
                f"unknown {unknown.name!r}: bounds {unknown.bounds} cannot be "
                "written in a claim file (only positive or nonnegative)"
            )
    return _non_empty({"unit": unknown.unit, "bounds": bounds, "description": unknown.description})
