"""'$5.94 billion, or 13% of the $45 billion budget': an amount, then the share of a stated
whole it is, the commonest share gloss of budget and earnings stories.  The amount names no
noun of its own, so its unit is what joins it to the whole (a bare count might be of another
noun: "60, 33.2% of the 19 million votes" is left alone)."""

from __future__ import annotations

import pytest

from drafted import conditions, flags


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        (
            "Defence gets $5.94 billion, or 13% of the $45 billion budget.",
            "Defence gets $5.94 billion, or 15% of the $45 billion budget.",
        ),
        (
            "The ministry gets Rs 5.94 lakh crore, or 13% of the Rs 45 lakh crore budget.",
            "The ministry gets Rs 5.94 lakh crore, or 31% of the Rs 45 lakh crore budget.",
        ),
        (
            "The deficit was $5.94 billion, or 1.3% of the $450 billion economy.",
            "The deficit was $5.94 billion, or 1.9% of the $450 billion economy.",
        ),
        (
            "Health receives £12.4bn, 9.5% of the £130bn total.",
            "Health receives £12.4bn, 11.5% of the £130bn total.",
        ),
        (
            "Defence gets $5.94 billion, accounting for 13% of the $45 billion total.",
            "Defence gets $5.94 billion, accounting for 17% of the $45 billion total.",
        ),
        (
            "Exports to China were $5.94 billion, equivalent to 13% of the $45 billion total.",
            "Exports to China were $5.94 billion, equivalent to 16% of the $45 billion total.",
        ),
        (
            "Women hold 120 seats, representing 18% of the 650 seats.",
            "Women hold 120 seats, representing 28% of the 650 seats.",
        ),
    ],
)
def test_an_amount_glossed_as_a_share_of_a_stated_whole(right: str, wrong: str) -> None:
    assert any(c.startswith("share(") for c in conditions(right))
    assert flags(right) == []
    assert flags(wrong) != []


@pytest.mark.parametrize(
    "sentence",
    [
        # a hedged share is said loosely of its whole
        "Defence gets $5.94 billion, or about 15% of the $45 billion budget.",
        # the amount names its own noun, another than the whole's
        "It lent $5.94 billion in loans, or 15% of the $45 billion budget.",
        # the amount is of another time than the share
        "Defence got $5.94 billion in 2020, or 15% of the $45 billion budget.",
        # a bare count may be of another noun than the whole
        "Labour won 60, or 33.2% of the 19 million votes.",
        # the share is more than, not of
        "Defence gets $5.94 billion, or 15% more than the $45 billion budget's average.",
        # the amount ends a list: the share may be of the list's sum (5.85 of 45 is 13%)
        "Exports of $3 billion and imports of $2.85 billion, or 13% of the $45 billion total.",
        "Defence gets $3 billion and health $2.85 billion, or 13% of the $45 billion budget.",
        "Exports of $3 billion and imports of $2.85 billion, making up 13% of the $45 billion"
        " total.",
    ],
)
def test_a_share_that_is_not_the_amounts_draws_no_finding(sentence: str) -> None:
    assert flags(sentence) == []


def test_the_proposer_reads_month_names_from_one_table() -> None:
    """The proposer's rules share the reader's month names (they kept five copies)."""
    from factcheck.propose.book import MONTHS

    assert MONTHS == (
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december",
    )  # fmt: skip
