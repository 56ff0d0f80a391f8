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

The modules, in the order they import one another: :mod:`.phrases` (the vocabulary and one
phrase), :mod:`.article` (the generated article), :mod:`.draws` (Hypothesis or a plain Random;
the relations used), :mod:`.phrasing` (real-phrasing forms), :mod:`.writing` (a value written
honestly), :mod:`.sentences` (two figures in one sentence), :mod:`.generation` (the
generators), :mod:`.injection` (error injectors), :mod:`.testability` (:func:`how_testable`),
:mod:`.claims_yaml` (:func:`to_claims_yaml`).
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

# Names imported "as" themselves are private ones the test suite imports from here.
from factcheck.strategies.article import (
    GeneratedArticle,
    GeneratedCheck,
    GenerationError,
    TrueFigure,
    TrueUnknown,
)
from factcheck.strategies.claims_yaml import to_claims_yaml
from factcheck.strategies.draws import RELATION_NAMES
from factcheck.strategies.draws import _evaluate as _evaluate
from factcheck.strategies.generation import articles, figure_phrases, random_article
from factcheck.strategies.injection import (
    ERROR_KINDS,
    Injection,
    exceed_whole,
    flip_growth_sign,
    inject,
    injections,
    mistake_scale,
    random_injection,
    shift_figure,
    swap_currency,
    swap_percent_points,
)
from factcheck.strategies.phrases import CURRENCIES, HEDGE_WORDS, Phrase
from factcheck.strategies.testability import check_feasible, how_testable
from factcheck.strategies.writing import _hedged_digits as _hedged_digits
from factcheck.strategies.writing import _reads_true as _reads_true
from factcheck.strategies.writing import _write as _write
