"""Readings of number phrases found in real texts (round two of tests/unseen/), each pinned
with its expected reading written by hand."""

from __future__ import annotations

from fractions import Fraction

import pytest

from factcheck.reading import read


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        (
            "1.8 million more than five years earlier",
            [("1.8 million", "number"), ("more than five years earlier", "period")],
        ),
        ("up 2% from two months ago", [("up 2%", "number"), ("two months ago", "period")]),
        ("three years before the census", [("three years before", "period")]),
        # no offset: a count of years, or a span before a noun
        ("for five years", [("five", "number")]),
        ("more than five years of growth", [("more than five", "number")]),
    ],
)
def test_how_far_back_a_comparison_looks_is_a_period(
    phrase: str, expected: list[tuple[str, str]]
) -> None:
    """ "(1.8 million) more than five years earlier" counts no years: before, the five became a
    figure over 5, the level five years earlier, and 36,991,981 - 5 "==" 1.8 million."""
    assert [(r.text, r.kind) for r in read(phrase)] == expected


@pytest.mark.parametrize(
    ("phrase", "low", "high"),
    [
        ("put the fall at 16%", Fraction(-33, 2), Fraction(-31, 2)),
        ("put the decline at 2.5 million", Fraction("-2.55"), Fraction("-2.45")),
        ("a fall of 16%", Fraction(-33, 2), Fraction(-31, 2)),
    ],
)
def test_a_fall_put_at_a_number_is_a_fall(phrase: str, low: Fraction, high: Fraction) -> None:
    """'the Department put the fall at 16%, from 86,100 to 72,700': a fall of 16%, not a rise
    (a growth of +16% from 86,100 to 72,700 was a false finding)."""
    strict = read(phrase)[0].strict  # in the phrase's own scale: percent, million
    assert (Fraction(strict.lo), Fraction(strict.hi)) == (low, high)
