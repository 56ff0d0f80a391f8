"""A change glossed as a share of the level it changed: 'cut 1,200 jobs, or 8% of its 15,000
employees' is ``change / whole == rate``.  Before, the rate took the change's direction and
drew only a check of its sign, so any share passed."""

from __future__ import annotations

import pytest

from drafted import conditions, flags


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        (
            "The company cut 1,200 jobs, or 8% of its 15,000 employees.",
            "The company cut 1,200 jobs, or 18% of its 15,000 employees.",
        ),
        (
            "The bank will shed 300 staff, or 12% of its workforce of 2,500.",
            "The bank will shed 300 staff, or 21% of its workforce of 2,500.",
        ),
        (
            "Spending was cut by $1.2 billion, or 3% of the $40 billion budget.",
            "Spending was cut by $1.2 billion, or 5% of the $40 billion budget.",
        ),
        (
            "The firm cut 1,200 jobs, or about 8% of its 15,000-strong workforce.",
            "The firm cut 1,200 jobs, or about 18% of its 15,000-strong workforce.",
        ),
    ],
)
def test_a_change_glossed_as_a_share_of_the_whole_it_changed(right: str, wrong: str) -> None:
    assert any(c.endswith("_growth") and " / " in c for c in conditions(right))
    assert flags(right) == []
    assert flags(wrong) != []


@pytest.mark.parametrize(
    "sentence",
    [
        # the whole comes after a comma: not the gloss's
        "The firm cut 1,200 jobs, or 18% of its workforce, leaving 15,000.",
        # the share is of another whole than the one that follows a comma
        "Profit fell $1.2 billion, or 30% of what it earned in 2022, $40 billion.",
        # "of which" after a comma is a breakdown, not the rate's whole
        "Exports rose $1.2 billion, or 18%, of which $40 billion went to China.",
        # a second pair with no change word
        "It cut 1,200 jobs, or 8% of its 15,000 staff, compared with 500 jobs, or 9% of its"
        " 12,500 staff, a year earlier.",
        # the change is of another unit than the whole
        "The firm cut 1,200 jobs, or 18% of its $15,000 payroll budget.",
        # the change ends a list: the share may be of the list's sum (2.0 of 40 is 5%)
        "Spending on defence was cut by $1.2 billion and on roads by $0.8 billion, or 5% of"
        " the $40 billion budget.",
        # the rate has no change before it
        "Women hold 1,200 seats, and 18% of the 15,000 posts.",
    ],
)
def test_a_rate_that_is_no_share_of_the_changed_whole_draws_no_finding(sentence: str) -> None:
    assert flags(sentence) == []
