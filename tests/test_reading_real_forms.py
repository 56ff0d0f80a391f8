"""Readings of number phrases found in real texts (round two of tests/unseen/), each pinned
with its expected reading written by hand ("five years earlier", a span of time, is left out
of a draft's figures by the proposer: tests/test_propose_real_forms.py)."""

from __future__ import annotations

from fractions import Fraction

import pytest

from factcheck.reading import read


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


@pytest.mark.parametrize(
    ("phrase", "kind", "text"),
    [
        ("Thefts from vehicles, 2015 to 2016", "period", "2015 to 2016"),
        ("Exports, 1998 through 2004", "period", "1998 through 2004"),
        ("output was 1990 to 2000 tonnes", "number", "1990 to 2000 tonnes"),
        ("1990 to 2000 people died", "number", "1990 to 2000"),
    ],
)
def test_two_years_joined_by_to_are_a_period(phrase: str, kind: str, text: str) -> None:
    """'Thefts from vehicles, 2015 to 2016' (a headline, round five): a span of years, not a
    count between 2,015 and 2,016 (which the proposer then equated with the body's 239,920
    thefts, a false finding); with a unit or a count's noun after it, a range of numbers."""
    reading = read(phrase)[0]
    assert (reading.kind, reading.text) == (kind, text)


@pytest.mark.parametrize(
    ("phrase", "value", "scale"),
    [
        ("Sh173.1b", "173.1", "billion"),
        ("Sh 3.9 trillion", "3.9", "trillion"),
        ("Kshs 659.5 billion", "659.5", "billion"),
        ("KSh 500", "500", None),
        ("Ksh7.9 billion", "7.9", "billion"),
        ("500 shillings", "500", None),
    ],
)
def test_the_east_african_shilling_marks_read_as_one_currency(
    phrase: str, value: str, scale: str | None
) -> None:
    """East African papers' "Sh", "KSh", "Kshs": amounts in Kenyan shillings, not codes."""
    (reading,) = read(phrase)
    assert (reading.kind, reading.value, reading.scale, reading.unit) == (
        "number",
        value,
        scale,
        "KES",
    )


def test_capitals_run_into_digits_stay_a_code() -> None:
    """'SH1' is spelt otherwise than the shilling's mark: a code, no amount."""
    (reading,) = read("SH1")
    assert reading.kind == "code"
