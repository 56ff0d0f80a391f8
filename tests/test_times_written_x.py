"""A multiple written with "x" run on to its number ("grew 2.5x", "10x larger") is read as
"2.5 times" is, and joins the levels it multiplies; a whole number's "x" only where it means
times ("a 3x champion" counts occasions, "4x4" is a name)."""

from __future__ import annotations

from fractions import Fraction

import pytest

from drafted import conditions, flags
from factcheck.reading import read, read_one


@pytest.mark.parametrize(
    ("phrase", "low", "high"),
    [
        ("sales grew 2.5x", "2.45", "2.55"),
        ("revenue rose 3x to", "2.5", "3.5"),
        ("a chip 10x faster", "9.5", "10.5"),
        ("now 1.5x that of 2020", "1.45", "1.55"),
        ("costs are 4x the average", "3.5", "4.5"),
        ("a 2.5× rise", "2.45", "2.55"),
    ],
)
def test_an_x_after_digits_that_means_times_is_a_multiple(phrase: str, low: str, high: str) -> None:
    found = [r for r in read(phrase) if r.kind == "multiple"]
    assert len(found) == 1
    assert (found[0].strict.lo, found[0].strict.hi) == (Fraction(low), Fraction(high))


@pytest.mark.parametrize(
    "phrase", ["a 3x champion", "he won it 2x in a row", "a 2x leveraged fund"]
)
def test_a_whole_number_x_that_counts_is_no_multiple(phrase: str) -> None:
    assert [r.kind for r in read(phrase) if r.kind == "multiple"] == []


def test_a_decimal_x_is_a_multiple_whatever_follows() -> None:
    assert read_one("2.5x").kind == "multiple"


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        (
            "Sales rose 2.5x to $40 million from $16 million.",
            "Sales rose 2.5x to $40 million from $10 million.",
        ),
        (
            "Users grew 3x, from 1.2 million to 3.6 million.",
            "Users grew 3x, from 1.2 million to 6.1 million.",
        ),
    ],
)
def test_an_x_multiple_joins_the_levels_it_multiplies(right: str, wrong: str) -> None:
    assert any("/" in c for c in conditions(right))
    assert flags(right) == []
    assert flags(wrong) != []


@pytest.mark.parametrize(
    "sentence",
    [
        "Shares fell 3x, from $12 to $4.",  # a fall's ratio is worded too loosely
        "A 3x champion, she earned $2 million in 2023, up from $1.5 million.",
        "The fund, a 2x leveraged product, rose to $40 million from $36 million.",
    ],
)
def test_an_x_that_is_no_rise_between_the_levels_draws_no_finding(sentence: str) -> None:
    assert flags(sentence) == []
