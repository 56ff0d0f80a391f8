"""The article model: what a claim file or Python code declares, and what the audit returns.

Every class is a frozen attrs class with keyword-only construction, validated early so a wrong
argument names itself.  Building an :class:`Article` in Python and loading a claim file give
the same objects, and so the same audit.
"""

from __future__ import annotations

__all__ = [
    "GRADES",
    "SEVERITIES",
    "Article",
    "Check",
    "Culprit",
    "Figure",
    "Grade",
    "Reference",
    "Source",
    "Unknown",
    "Verdict",
]

import functools
from collections.abc import Iterable, Mapping
from fractions import Fraction
from typing import Any, Final, Literal

import attrs

from factcheck.errors import Location
from factcheck.frozen import evolve
from factcheck.intervals import Interval
from factcheck.later import Later, settled
from factcheck.numbers_format import amount, culprit_sentence, fit_words, gap_unit, interval_words
from factcheck.reading import Reading, ReadingPolicy, read, with_hedge

Grade = Literal["consistent", "stretched", "inconsistent", "uncheckable", "undecided"]
GRADES: tuple[Grade, ...] = ("consistent", "stretched", "inconsistent", "uncheckable", "undecided")
SEVERITIES = ("error", "warn")

_NAME = r"[A-Za-z_][A-Za-z0-9_]*"


def _check_index(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValueError(f"index={value!r} must be a whole number from 0 (the first number)")


def _check_name(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    import re

    if not isinstance(value, str) or re.fullmatch(_NAME, value) is None:
        raise ValueError(
            f"{attribute.name}={value!r} must be a name: letters, digits and underscores, "
            "not starting with a digit"
        )


def _tuple_of_str(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    return tuple(str(item) for item in value)  # type: ignore[attr-defined]


_NOT_FIGURES: Final = frozenset({"date", "year", "period", "time", "code"})
"""Kinds of reading that name something rather than state a figure."""


@attrs.frozen(kw_only=True)
class Source:
    """The article audited: where it was published, and optionally its text on disk."""

    title: str
    outlet: str = ""
    published: str = ""
    url: str = ""
    path: str | None = None
    sha256: str | None = None
    rounding: str | None = None
    """A publisher's stated rounding policy, e.g. "rounded to the nearest 100" (documentation;
    the figures' policy carries the arithmetic)."""


@attrs.frozen(kw_only=True)
class Figure:
    """A number of the article, read from the quote it comes from.

    ``index`` picks which number of the quote when it holds several (0-based).  ``rounding``,
    ``base``, ``trailing_zeros`` and ``hedge`` override the article's reading policy for this
    figure alone (``hedge=""`` drops a hedge the reader found).
    """

    name: str = attrs.field(validator=_check_name)
    quote: str
    index: int = attrs.field(default=0, validator=_check_index)
    value: str | None = None
    """The number as written ("13", "1.81"); picks it out of the quote when given."""
    rounding: str | None = None
    base: str | None = None
    trailing_zeros: str | None = None
    hedge: str | None = None
    integer: bool | None = attrs.field(default=None)
    """Whether the figure takes only whole values (a count of people or things): ``None``
    infers it where it is unambiguous (:func:`factcheck.counts.is_count`)."""
    location: Location | None = attrs.field(default=None, eq=False)

    @integer.validator
    def _check_integer(self, attribute: object, value: object) -> None:
        if value is not None and not isinstance(value, bool):
            raise ValueError(f"integer={value!r} must be True, False or None (inferred)")

    def policy(self, article_policy: ReadingPolicy) -> ReadingPolicy:
        """The reading policy in force for this figure."""
        changes: dict[str, Any] = {}
        if self.rounding is not None:
            changes["rounding"] = self.rounding
        if self.base is not None:
            changes["base"] = self.base
        if self.trailing_zeros is not None:
            changes["trailing_zeros"] = self.trailing_zeros
        return evolve(article_policy, **changes) if changes else article_policy

    def read(self, article_policy: ReadingPolicy) -> Reading:
        """The figure's reading under the policy in force (hedge override applied)."""
        from factcheck.errors import ReadingError

        policy = self.policy(article_policy)
        readings = read(self.quote, policy=policy)
        numbers = [r for r in readings if r.kind not in _NOT_FIGURES] or list(readings)
        if not numbers:
            raise ReadingError(self.quote, 0, len(self.quote), "no number in the quote",
                               f"quote the phrase that carries figure {self.name!r}")  # fmt: skip
        if self.value is not None:
            matching = [r for r in numbers if r.value == self.value]
            if not matching:
                raise ReadingError(
                    self.quote,
                    0,
                    len(self.quote),
                    f"figure {self.name!r} says its value is {self.value!r}, which the quote "
                    f"does not write; it has {', '.join(repr(r.value) for r in numbers)}",
                    "copy the number exactly as the article writes it",
                )
            numbers = matching
            if self.index >= len(numbers):
                numbers = matching[:1]
                return self._hedged(numbers[0], policy)
        if not 0 <= self.index < len(numbers):
            raise ReadingError(
                self.quote,
                0,
                len(self.quote),
                f"figure {self.name!r} asks for number {self.index} (0-based) but the quote "
                f"has {len(numbers)}: {', '.join(repr(r.text) for r in numbers)}",
                "set index to the position of the number in the quote",
            )
        return self._hedged(numbers[self.index], policy)

    def _hedged(self, reading: Reading, policy: ReadingPolicy) -> Reading:
        if self.hedge is None or self.hedge == (reading.hedge or ""):
            return reading
        return with_hedge(reading, self.hedge, policy)


def _bounds_converter(value: object) -> Interval | None:
    if value is None or isinstance(value, Interval):
        return value
    if value == "positive":
        return Interval.greater_than(0)
    if value == "nonnegative":
        return Interval.at_least(0)
    raise ValueError(f"bounds={value!r} must be 'positive', 'nonnegative', an Interval or None")


@attrs.frozen(kw_only=True)
class Unknown:
    """A quantity the article relies on but does not state (China's total trade in H1 2024)."""

    name: str = attrs.field(validator=_check_name)
    unit: str = ""
    """A unit expression: "CNY", "percent", "CNY/USD", "" for a plain number."""
    bounds: Interval | None = attrs.field(default=None, converter=_bounds_converter)
    description: str = ""
    integer: bool = attrs.field(default=False)
    """Whether the unknown takes only whole values (a count of people or things)."""
    location: Location | None = attrs.field(default=None, eq=False)

    @integer.validator
    def _check_integer(self, attribute: object, value: object) -> None:
        if not isinstance(value, bool):
            raise ValueError(f"integer={value!r} must be True or False")


@attrs.frozen(kw_only=True)
class Reference:
    """An external fact with its own source, such as an exchange rate for the period.

    ``value`` is read like a figure ("7.18", "between 7.16 and 7.21"); ``unit`` says what it
    measures ("CNY/USD").
    """

    name: str = attrs.field(validator=_check_name)
    value: str
    unit: str = ""
    source: str = ""
    quote: str = ""
    location: Location | None = attrs.field(default=None, eq=False)


@attrs.frozen(kw_only=True)
class Check:
    """A claim of the article, as a condition that must hold between its figures."""

    id: str = attrs.field(validator=_check_name)
    condition: str
    quote: str = ""
    severity: str = attrs.field(default="error")
    expect: Grade | None = attrs.field(default=None)
    tags: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    note: str = ""
    proposed: bool = False
    """Proposed from the article's wording (``factcheck draft``, ``factcheck check``), not yet
    reviewed by a person."""
    location: Location | None = attrs.field(default=None, eq=False)

    @severity.validator
    def _check_severity(self, attribute: object, value: str) -> None:
        if value not in SEVERITIES:
            raise ValueError(f"severity={value!r} must be 'error' or 'warn'")

    @expect.validator
    def _check_expect(self, attribute: object, value: str | None) -> None:
        if value is not None and value not in GRADES:
            raise ValueError(f"expect={value!r} must be one of {', '.join(GRADES)}")


def _figures(items: Iterable[Figure]) -> tuple[Figure, ...]:
    return tuple(items)


def _unknowns(items: Iterable[Unknown]) -> tuple[Unknown, ...]:
    return tuple(items)


def _references(items: Iterable[Reference]) -> tuple[Reference, ...]:
    return tuple(items)


def _checks(items: Iterable[Check]) -> tuple[Check, ...]:
    return tuple(items)


@attrs.frozen(kw_only=True)
class Article:
    """Everything declared about one article: the unit of an audit."""

    source: Source
    figures: tuple[Figure, ...] = attrs.field(default=(), converter=_figures)
    unknowns: tuple[Unknown, ...] = attrs.field(default=(), converter=_unknowns)
    references: tuple[Reference, ...] = attrs.field(default=(), converter=_references)
    checks: tuple[Check, ...] = attrs.field(default=(), converter=_checks)
    policy: ReadingPolicy = attrs.field(factory=ReadingPolicy)
    path: str | None = None


@attrs.frozen(kw_only=True)
class Culprit:
    """A figure whose value alone, changed, would let the findings it ``clears`` hold: the
    article holds if the figure lay in ``would_fit`` (base units; shown in ``unit``)."""

    figure: str
    quote: str
    would_fit: Interval
    unit: str
    """The unit the figure is written in ("%", "pp", "billion CNY", "")."""
    display_factor: Fraction
    clears: tuple[str, ...]
    """The ids of the findings this one change clears."""
    read_as: str = ""
    """For a figure a slip of a word names, how it would hold with its value as written
    ("percentage points (a difference of rates)"); empty for a change of value."""

    def fit_text(self) -> str:
        """``between 17.4 and 18.5 %``, ``at least 3``, ``647``: where the figure would have
        to lie, in the unit it is written in."""
        fit = self.would_fit.scale(self.display_factor)
        return fit_words(fit.lo, fit.hi, fit.lo_closed, fit.hi_closed, self.unit)

    def sentence(self) -> str:
        """ "likely culprit: 'of 651 valid votes' — the article holds if it were 647"."""
        return culprit_sentence(self.quote, self.figure, self.fit_text(), self.read_as)


@attrs.frozen(kw_only=True)
class Verdict:
    """The audit's finding on one check, with everything needed to explain it."""

    check: Check
    grade: Grade
    _stated: Interval | Later | None = attrs.field(alias="stated", eq=settled("stated"))
    _stated_strict: Interval | Later | None = attrs.field(
        alias="stated_strict", eq=settled("stated_strict")
    )
    _implied: Interval | Later | None = attrs.field(alias="implied", eq=settled("implied"))
    unit: str
    """The unit the intervals are shown in ("%", "pp", "trillion CNY", "")."""
    display_factor: Fraction
    conflicts_with: tuple[str, ...] = ()
    _off_by: Fraction | Later | None = attrs.field(
        alias="off_by", default=None, eq=settled("off_by")
    )
    _off_by_relative: Fraction | Later | None = attrs.field(
        alias="off_by_relative", default=None, eq=settled("off_by_relative")
    )
    slip: str | None = None
    sign_flip: str | None = None
    """When the check would hold with one figure's sign flipped (a rise written as a fall),
    the words that say so, or ``None``."""
    _culprits: tuple[Culprit, ...] | Later = attrs.field(
        alias="culprits", default=(), eq=settled("culprits")
    )
    warning: str | None = None
    """Something about the check itself the writer of the claim file should see: that it
    cannot fail ("a == a"), whatever its grade."""
    reason: str = ""
    figures: Mapping[str, Reading] = attrs.field(factory=dict)
    relations: tuple[tuple[str, str], ...] = ()
    """The relations the check uses, as (name, formula)."""
    claim_figure: str | None = None
    """The figure that states the claim (the check's right-hand side), when it is one."""

    @property
    def stated(self) -> Interval | None:
        """The claim's side of the check (its right-hand side), from the readings alone, under
        lenient readings."""
        value = self._stated
        return value.get("stated") if isinstance(value, Later) else value

    @property
    def stated_strict(self) -> Interval | None:
        """:attr:`stated` under strict readings."""
        value = self._stated_strict
        return value.get("stated_strict") if isinstance(value, Later) else value

    @property
    def implied(self) -> Interval | None:
        """What everything else in the article implies for the check's left-hand side."""
        value = self._implied
        return value.get("implied") if isinstance(value, Later) else value

    @property
    def off_by(self) -> Fraction | None:
        """How far the stated interval misses the implied one, in ``unit`` (0 when they meet)."""
        value = self._off_by
        return value.get("off_by") if isinstance(value, Later) else value

    @property
    def off_by_relative(self) -> Fraction | None:
        """:attr:`off_by` relative to the middle of the stated interval."""
        value = self._off_by_relative
        return value.get("off_by_relative") if isinstance(value, Later) else value

    @property
    def culprits(self) -> tuple[Culprit, ...]:
        """For an inconsistent or stretched check: the figures whose value alone, changed,
        would let it hold, most likely first (see :mod:`factcheck.culprits`)."""
        value = self._culprits
        return value.get("culprits") if isinstance(value, Later) else value

    @functools.cached_property
    def derivation(self) -> tuple[str, ...]:
        """The chain from quotes to verdict, one line per step (worked out when first asked
        for: an audit of thousands of passing checks need not write them all)."""
        return _derivation(self)

    @property
    def ok(self) -> bool:
        """Whether the check passes: the verdict is the one expected (``expect``), or, with
        nothing expected, consistent.  An uncheckable check must be acknowledged with
        ``expect: uncheckable``: it never passes silently."""
        if self.check.expect is not None:
            return self.grade == self.check.expect
        return self.grade == "consistent"

    def shown(self, interval: Interval | None) -> str:
        """An interval in the verdict's display unit, as text."""
        return interval_words(interval, self.display_factor, self.unit)


# -- the derivation in words ----------------------------------------------------------------


def _reading_line(name: str, reading: Reading) -> str:
    unit = reading.unit_text or ""
    strict = interval_words(reading.strict, Fraction(1), unit)
    lenient = interval_words(reading.lenient, Fraction(1), unit)
    hedge = f", hedged '{reading.hedge_text}'" if reading.hedge_text else ""
    same = strict == lenient
    readings = f"read as {strict}" if same else f"read strictly as {strict}, leniently as {lenient}"
    return f"{name}: {reading.text!r}{hedge} — {readings}"


def _derivation(verdict: Verdict) -> tuple[str, ...]:
    """The chain from quotes to verdict, one line per step."""
    lines = [_reading_line(name, reading) for name, reading in verdict.figures.items()]
    lines.extend(f"{name}: {formula}" for name, formula in verdict.relations)
    condition = verdict.check.condition
    if verdict.implied is not None or verdict.stated is not None:
        lines.append(f"the check: {condition}")
        strict, lenient = verdict.shown(verdict.stated_strict), verdict.shown(verdict.stated)
        lines.append(f"stated, as the article words it: strict {strict}, lenient {lenient}")
        lines.append(f"implied by what it is compared with: {verdict.shown(verdict.implied)}")
    else:
        lines.append(f"the check: {condition}")
    if verdict.conflicts_with:
        lines.append("cannot hold together with: " + ", ".join(verdict.conflicts_with))
    if verdict.off_by is not None and verdict.off_by > 0:
        lines.append(_miss_line(verdict.off_by, verdict.off_by_relative, verdict.unit))
    hedge_note = _hedge_note(verdict)
    if hedge_note:
        lines.append(hedge_note)
    if verdict.reason:
        lines.append(verdict.reason)
    if verdict.culprits:
        lines.append(verdict.culprits[0].sentence())
        lines.extend(
            f"  or {c.sentence().removeprefix('likely culprit: ')}" for c in verdict.culprits[1:3]
        )
    lines.append(f"verdict: {verdict.grade}")
    return tuple(lines)


def _hedge_note(verdict: Verdict) -> str:
    """For a hedged figure that misses: how wide the hedge would have to be for it to hold."""
    if verdict.grade not in ("stretched", "inconsistent"):
        return ""
    name = verdict.claim_figure
    if name is None or name not in verdict.figures:
        return ""
    reading = verdict.figures[name]
    implied = verdict.implied
    if reading.hedge is None or implied is None or reading.number == 0:
        return ""
    written = reading.number * reading.multiplier
    if implied.hi is not None and implied.hi < written:
        needed = (written - implied.hi) / abs(written)
        return (
            f"holds only if '{reading.hedge_text}' allows a "
            f"{amount(needed * 100, direction='up')} % shortfall"
        )
    if implied.lo is not None and implied.lo > written:
        needed = (implied.lo - written) / abs(written)
        return (
            f"holds only if '{reading.hedge_text}' allows an excess of "
            f"{amount(needed * 100, direction='up')} %"
        )
    return ""


def _miss_line(off_by: Fraction, relative: Fraction | None, unit: str) -> str:
    """``misses by 0.49 pp (2.5 % of the stated value)``: the gap rounded down (it misses by
    at least that), in percentage points when the values are percentages."""
    share = "" if relative is None else f" ({amount(relative * 100)} % of the stated value)"
    return f"misses by {amount(off_by)} {gap_unit(unit)}".rstrip() + share
