"""Growth to a level named between 'to' and its number ("rose 4.5% to an average of
£285,000"), and from an earlier level past a per-share aside ("to $1.9 billion, or $2.15 a
share, from $1.44 billion"): propose/growth_words.py.  Sentences invented in the forms of
real releases (met in tests/unseen: alphabet-results-2023-2024, germany-power-2013-2022);
each rate worked out by hand."""

from __future__ import annotations

import pytest

from factcheck.draft import draft, draft_book
from factcheck.engine import audit
from factcheck.files import parse_claims


def _text(sentence: str) -> str:
    return f"News\n\n{sentence}\n"


def _flags(sentence: str) -> list[str]:
    report = audit(parse_claims(draft(_text(sentence), schema=""), "<t>").article)
    return [v.check.id for v in report.verdicts if v.grade in ("inconsistent", "stretched")]


def _growth_of_two_levels(sentence: str) -> list[str]:
    return [
        c.condition
        for c in draft_book(_text(sentence)).checks
        if c.condition.startswith("growth(") and "_previous" not in c.condition
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # 1.9 / 1.44 = 1.319
        "Net income jumped 32 percent to $1.9 billion, or $2.15 a share, from $1.44 billion, or "
        "$1.62 a share.",
        # 410 / 466 = 0.880
        "Profit fell 12% to $410 million, or 88 cents per diluted share, from $466 million, or "
        "$1.01 per diluted share.",
        # 285,000 / 272,700 = 1.0451
        "Home prices rose 4.5% to an average of £285,000, up from £272,700 a year earlier.",
        "Home prices rose 4.5% to an average of £285,000 from £272,700.",
        # 5,120 / 5,015 = 1.0209
        "The index rose 2.1% to a record high of 5,120 from 5,015.",
        # 1.2 / 1.1 = 1.09, and both are rounded: 1.15 to 1.25 over 1.05 to 1.15
        "Sales rose 8% to a total of 1.2 million, from 1.1 million in 2022.",
    ],
)
def test_the_growth_of_the_two_levels_is_checked_and_holds(sentence: str) -> None:
    assert len(_growth_of_two_levels(sentence)) == 1
    assert _flags(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Net income jumped 42 percent to $1.9 billion, or $2.15 a share, from $1.44 billion, or "
        "$1.62 a share.",
        "Profit fell 22% to $410 million, or 88 cents per diluted share, from $466 million, or "
        "$1.01 per diluted share.",
        "Home prices rose 6.5% to an average of £285,000, up from £272,700 a year earlier.",
        "The index rose 3.1% to a record high of 5,120 from 5,015.",
    ],
)
def test_a_rate_the_two_levels_do_not_bear_out_is_flagged(sentence: str) -> None:
    assert len(_growth_of_two_levels(sentence)) == 1
    assert _flags(sentence) != []


@pytest.mark.parametrize(
    "sentence",
    [
        # the per-share figures are not the levels, and no 'from' level follows the aside
        "Net income jumped 32 percent to $1.9 billion, or $2.15 a share.",
        # the aside is no per-share figure: 'or 12 percent of sales' is another quantity
        "Profit rose 8% to $410 million, or 12 percent of sales, from $380 million in costs.",
        # the named total is another quantity's ("of the market")
        "Sales rose 8% to 1.2 million, a share of 20 percent of the market.",
    ],
)
def test_no_growth_of_two_levels_where_the_words_do_not_join_them(sentence: str) -> None:
    assert _growth_of_two_levels(sentence) == []
    assert _flags(sentence) == []
