"""Earnings and trade stories: a growth rate, the level it reached in a named quarter or half,
and the level before ('rose 14% to $1.36 billion in the third quarter, from $1.19 billion a
year earlier'), but never a level of a shorter span than the rate's own ('14% year on year
... from $1.30 billion in April'), nor the first of two levels before."""

from __future__ import annotations

import pytest

from drafted import flags


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        (
            "Net profit rose 14% to $1.36 billion in the third quarter, from $1.19 billion a"
            " year earlier.",
            "Net profit rose 24% to $1.36 billion in the third quarter, from $1.19 billion a"
            " year earlier.",
        ),
        (
            "The average UK house price rose 3.9% in the year to March to £285,000, up from"
            " £274,300 a year earlier.",
            "The average UK house price rose 5.9% in the year to March to £285,000, up from"
            " £274,300 a year earlier.",
        ),
        (
            "The lender's net profit rose 12% YoY to Rs 4,567 cr in the December quarter from"
            " Rs 4,078 cr a year ago.",
            "The lender's net profit rose 17% YoY to Rs 4,567 cr in the December quarter from"
            " Rs 4,078 cr a year ago.",
        ),
        (
            "Sales fell 2.1% in the third quarter to $8.2 billion from $8.38 billion.",
            "Sales fell 4.1% in the third quarter to $8.2 billion from $8.38 billion.",
        ),
        (
            "Revenue fell 5% to $8.2 billion in the first half, from $8.6 billion.",
            "Revenue fell 8% to $8.2 billion in the first half, from $8.6 billion.",
        ),
        (
            "Exports rose 4.6% year on year to $1.36 billion in May, from $1.30 billion a year"
            " earlier.",
            "Exports rose 9.6% year on year to $1.36 billion in May, from $1.30 billion a year"
            " earlier.",
        ),
    ],
)
def test_a_rate_and_its_levels_across_a_named_period(right: str, wrong: str) -> None:
    assert flags(right) == []
    assert flags(wrong) != []


@pytest.mark.parametrize(
    "sentence",
    [
        "Exports rose 14% year on year to $1.36 billion in May, from $1.30 billion in April.",
        "Net profit rose 14% year on year to $1.36 billion in the third quarter, from $1.30"
        " billion in the second quarter.",
        "Net profit rose 14% to $1.36 billion in the third quarter, from $1.30 billion in the"
        " second quarter and $1.19 billion a year earlier.",
        "Profit rose 14% to $1.36 billion in the first half, from $1.30 billion in the second"
        " half of last year, and from $1.19 billion a year earlier.",
    ],
)
def test_a_level_before_of_another_span_is_no_base(sentence: str) -> None:
    assert flags(sentence) == []


def test_a_next_clause_with_its_own_rate_is_no_second_level_before() -> None:
    """', and 0.5% to ...' after the level before starts the next year's change, not a second
    base: the first change is still checked against its two levels."""
    right = (
        "Canola rose 6.7% to 19,600,500 tonnes in 2016 from 18,376,500 tonnes, and 0.5% to"
        " 19,707,925 tonnes in 2017."
    )
    wrong = right.replace("6.7%", "8.7%")
    assert flags(right) == []
    assert flags(wrong) != []
