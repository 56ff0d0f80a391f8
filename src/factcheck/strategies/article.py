"""What the generator knows: each figure's TRUE value and phrase, the unknowns, the checks,
and the generated article they make (:class:`GeneratedArticle`)."""

from __future__ import annotations

from fractions import Fraction

import attrs

from factcheck.errors import FactcheckError
from factcheck.intervals import decimal_text
from factcheck.model import Article, Check, Figure, Reference, Source, Unknown
from factcheck.strategies.phrases import Phrase

_TITLE = "A generated article"

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
