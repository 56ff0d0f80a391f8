"""A rate's change in points beside the two rates it joins (propose/point_pairs.py), and a
level's earlier value written without its noun (propose/levels.py).  Sentences invented in
the forms of real releases (met in tests/unseen: nigeria-cpi-2020-01, rbi-rates-2015-2023,
us-jobless-claims-2009-2024, east-lothian-crime-2015); each gap worked out by hand, the
rounding of both rates counted (4.1 and 4.3 are 0.1 to 0.3 points apart)."""

from __future__ import annotations

import pytest

from drafted import conditions as _conditions
from drafted import flags as _flags


def _gaps_of_two_rates(sentence: str) -> list[str]:
    """The checks that compare a change in points with two rates the text states (not an
    unknown earlier rate, not a direction alone)."""
    return [
        c
        for c in _conditions(sentence)
        if c.startswith("gap(") and "== " in c and "_previous" not in c
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Unemployment fell to 4.1% from 4.3%, a drop of 0.2 percentage points.",
        "The jobless rate rose from 3.6 per cent to 3.9 per cent in May, up 0.3 percentage points.",
        "Turnout rose from 61% to 63.5%, an increase of 2.5 percentage points.",
        "Inflation eased to 2.4% in March from 2.8% in February, a fall of 0.4 percentage points.",
        "The insured unemployment rate fell 0.1 percentage point to 2.9 percent from 3.0 percent.",
        "The rate fell 0.3 percentage points to 5.2%, from 5.5%.",
        "The savings rate rose 1.2 percentage points to 7.9% in June from 6.7% in May.",
    ],
)
def test_a_change_in_points_between_two_stated_rates_is_checked_and_holds(sentence: str) -> None:
    assert len(_gaps_of_two_rates(sentence)) == 1
    assert _flags(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # 4.1 and 4.3 are at most 0.3 apart
        "Unemployment fell to 4.1% from 4.3%, a drop of 0.5 percentage points.",
        # 3.9 less 3.6 is 0.2 to 0.4, not 0.7
        "The jobless rate rose from 3.6 per cent to 3.9 per cent in May, up 0.7 percentage points.",
        # a rise written as a fall
        "Turnout rose from 61% to 63.5%, a drop of 2.5 percentage points.",
        "The rate fell 0.8 percentage points to 5.2%, from 5.5%.",
    ],
)
def test_a_change_the_two_rates_do_not_bear_out_is_flagged(sentence: str) -> None:
    assert len(_gaps_of_two_rates(sentence)) == 1
    assert _flags(sentence) != []


@pytest.mark.parametrize(
    "sentence",
    [
        # the earlier rate is of another period than the change
        "The unemployment rate fell 0.1 percentage points to 4.1% in June, from 4.6% a year "
        "earlier.",
        "The rate fell 0.1 percentage points to 4.1% in June, from 4.6% in the same month last "
        "year.",
        "Unemployment fell to 4.1% from 4.6% a year ago, a drop of 0.1 percentage points on the "
        "month.",
        # the change is another rate's
        "The jobless rate fell to 4.1% from 4.3%, while the participation rate rose 0.6 "
        "percentage points.",
        "Labour fell to 30% from 35%, and the Greens gained 3 percentage points.",
        # a change in percent after two rates may be relative: 4.1 is 4.7% below 4.3
        "The jobless rate fell to 4.1% from 4.3%, a drop of 4.7 percent.",
    ],
)
def test_no_gap_is_drawn_where_the_change_is_not_between_the_two_rates(sentence: str) -> None:
    assert _gaps_of_two_rates(sentence) == []
    assert _flags(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "holds"),
    [
        ("Sales rose 12% to 5,600 units from 5,000.", True),  # 5,000 may be 4,500 to 5,500
        ("Overall crime rose by nearly 12 per cent, to 895 crimes from 799.", True),  # 12.0 %
        ("Overall crime rose by 25 per cent, to 895 crimes from 799.", False),  # 12.0 %
        ("Robbery fell by 2%, to 585 reports from 599.", True),  # -2.3 %
        ("Robbery fell by 12%, to 585 reports from 599.", False),
    ],
)
def test_an_earlier_level_written_without_its_noun_is_the_levels_own(
    sentence: str, holds: bool
) -> None:
    """'to 895 crimes from 799': the bare count after 'from' is of the level's noun, so the
    rate is its growth from it (before, from an unknown earlier level: nothing to check)."""
    growth = [c for c in _conditions(sentence) if c.startswith("growth(")]
    assert len(growth) == 1
    assert "_previous" not in growth[0]
    assert (_flags(sentence) == []) is holds


def test_an_earlier_count_of_another_noun_is_not_the_levels_own() -> None:
    """'to 1,200 students from 15,000 applications': admissions against applications."""
    growth = [
        c
        for c in _conditions("Admissions rose 8% to 1,200 students from 15,000 applications.")
        if c.startswith("growth(")
    ]
    assert all("_previous" in c for c in growth)
