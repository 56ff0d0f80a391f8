"""A total led by its words ('210, 150 and 90 seats, a combined 450 seats', 'a total of 450')
and an average 'each' after a count of a noun ('2,140 households ..., an average of $2,500
each') are checked whether or not they fit: before, the first drew a sum only where the parts
already made it, and the second nothing."""

from __future__ import annotations

import pytest

from drafted import conditions, flags, text_flags


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        (
            "The three largest parties won 210, 150 and 90 seats, a combined 450 seats.",
            "The three largest parties won 210, 150 and 90 seats, a combined 460 seats.",
        ),
        (
            "The three parties won 210, 150 and 90 seats respectively, a total of 450.",
            "The three parties won 210, 150 and 90 seats respectively, a total of 460.",
        ),
        (
            "Its three appeals brought in $1.2 million, $850,000 and $430,000, totalling"
            " $2.48 million.",
            "Its three appeals brought in $1.2 million, $850,000 and $430,000, totalling"
            " $2.84 million.",
        ),
    ],
)
def test_a_total_led_by_its_words(right: str, wrong: str) -> None:
    assert flags(right) == []
    assert flags(wrong) != []


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        (
            "The 2,140 households received a total of $5.35 million, an average of $2,500 each.",
            "The 2,140 households received a total of $5.35 million, an average of $3,500 each.",
        ),
        (
            "The fund paid $5.35 million to 2,140 households, an average of $2,500 each.",
            "The fund paid $5.35 million to 2,140 households, an average of $2,900 each.",
        ),
    ],
)
def test_an_average_each_after_a_count_of_a_noun(right: str, wrong: str) -> None:
    assert any(" / " in c for c in conditions(right))
    assert flags(right) == []
    assert flags(wrong) != []


@pytest.mark.parametrize(
    "text",
    [
        # a total with words of its own may take in more than the list: only within it
        "News\n\nThe three parties won 210, 150 and 90 seats, a combined 480 seats in both"
        " houses.\n",
        # compared levels are no parts of one total
        "News\n\nSales were $210 million and $150 million, against $90 million expected, for a"
        " total of $480 million.\n",
        # a list whose head the rule cannot take ("raised" makes it a rise): the parts it
        # takes are only within the total (before, "in total" summed the last two: a false
        # finding)
        "News\n\nThe charity raised $1.2 million, $850,000 and $430,000, $2.48 million in total.\n",
        "News\n\nThe charity raised $1.2 million, $850,000 and $430,000, totalling $2.48"
        " million.\n",
        # 'each' of another count than the total's
        "News\n\nThe 12 teams played 2,140 matches before 5.35 million fans, an average of"
        " $2,500 each.\n",
    ],
)
def test_totals_and_averages_that_are_not_so_draw_no_finding(text: str) -> None:
    assert text_flags(text) == []
