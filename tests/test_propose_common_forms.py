"""Common forms of news arithmetic that drew no check (tried as sentences with `factcheck
check`, right and wrong).  Each right sentence is worked out by hand and draws no finding; its
wrong twin, one figure changed, is flagged."""

from __future__ import annotations

import pytest
from drafted import conditions, flags

# -- a currency written as a word before the digits ------------------------------------------
# "up from Rs 1.9 lakh crore" was read as the words "up from Rs", so the earlier level was
# never joined to the rate; "$" and "£" were.  2.4 / 1.9 = 1.263: a rise of 26.3 %, between
# 2.35 / 1.95 = 20.5 % and 2.45 / 1.85 = 32.4 % as rounded.


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        (
            "Revenue rose 25% to Rs 2.4 lakh crore, up from Rs 1.9 lakh crore last year.",
            "Revenue rose 35% to Rs 2.4 lakh crore, up from Rs 1.9 lakh crore last year.",
        ),
        (
            "Exports rose 25% to KSh 2.4 billion, up from KSh 1.9 billion a year earlier.",
            "Exports rose 15% to KSh 2.4 billion, up from KSh 1.9 billion a year earlier.",
        ),
        (
            "Imports rose 25% to USD 2.4 billion, up from USD 1.9 billion last year.",
            "Imports rose 45% to USD 2.4 billion, up from USD 1.9 billion last year.",
        ),
        (
            "Sales rose 25% to US$2.4 billion, up from US$1.9 billion last year.",
            "Sales rose 35% to US$2.4 billion, up from US$1.9 billion last year.",
        ),
        (
            "Profit rose 25% to ₹2.4 lakh crore, up from ₹1.9 lakh crore last year.",
            "Profit rose 35% to ₹2.4 lakh crore, up from ₹1.9 lakh crore last year.",
        ),
    ],
)
def test_a_currency_word_is_no_word_of_the_sentence(right: str, wrong: str) -> None:
    assert any(c.startswith("growth(") and "_previous" not in c for c in conditions(right))
    assert flags(right) == []
    assert flags(wrong) != []


def test_a_currency_word_still_leaves_another_period_alone() -> None:
    # the earlier level is of two years back: no rate of one year joins them
    sentence = "Revenue rose 25% to Rs 2.4 lakh crore, up from Rs 1.2 lakh crore two years ago."
    assert flags(sentence) == []


# -- a share of the whole the sentence counts its part out of --------------------------------
# "7,200 of them, or 60 per cent" was measured against a whole left unsaid, so any share
# passed.  7,200 / 12,000 = 60 %; 320 / 500 = 64 %; 210 / 320 = 65.6 %.


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        (
            "The company employs 12,000 people, 7,200 of them in Europe, or 60 per cent.",
            "The company employs 12,000 people, 7,200 of them in Europe, or 70 per cent.",
        ),
        (
            "The company employs 12,000 people, 7,200 of whom, or 60 per cent, are in Europe.",
            "The company employs 12,000 people, 7,200 of whom, or 50 per cent, are in Europe.",
        ),
        (
            "Of the company's 12,000 staff, 7,200, or 60 per cent, work in Europe.",
            "Of the company's 12,000 staff, 7,200, or 70 per cent, work in Europe.",
        ),
        (
            "Of the 500 passengers, 320, or 64%, were British.",
            "Of the 500 passengers, 320, or 54%, were British.",
        ),
        (
            "Of the 500 passengers, 320 were British, 210 of them from London, or 65.6%.",
            "Of the 500 passengers, 320 were British, 210 of them from London, or 42%.",
        ),
    ],
)
def test_a_share_of_the_whole_its_part_is_counted_from(right: str, wrong: str) -> None:
    assert flags(right) == []
    assert flags(wrong) != []


@pytest.mark.parametrize(
    "sentence",
    [
        # the share names a whole of its own
        "The company employs 12,000 people, 7,200 of them in Europe, or 80 per cent of its "
        "European target.",
        # the sentence opens on another thing than the number after it
        "Of the regions, 12,000 people live in the north, 7,200, or 40 per cent, in towns.",
        # a rise, not a share
        "The company employs 12,000 people, 7,200 of them in Europe, or 20 per cent more than "
        "a year ago.",
    ],
)
def test_a_share_that_is_not_of_the_counted_whole_is_left_alone(sentence: str) -> None:
    assert flags(sentence) == []
