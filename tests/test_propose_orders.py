"""Orders the words state: 'most of' a whole, one group outnumbering another, the winner of a
two-way count, and a kind within its total."""

from __future__ import annotations

from drafted import valued as _valued
from factcheck.draft import draft_book


def test_most_of_is_more_than_half() -> None:
    """'Most of the complaints (72 per cent) were about delays': above 50 percent."""
    found = _valued("Most of the complaints (72 per cent) were about delays.\n")
    assert found.get("72 > 50 percent") == "error"


def test_a_share_without_most_is_no_majority() -> None:
    """'Some of the complaints (12 per cent)', 'most recently 72 per cent': no majority."""
    for text in (
        "Some of the complaints (12 per cent) were about delays.\n",
        "Approval was most recently 72 per cent.\n",
    ):
        assert not any(c.endswith("> 50 percent") for c in _valued(text)), text


def test_outnumber_orders_the_two_counts() -> None:
    """'Women outnumbered men among graduates' and the two counts named by their words."""
    text = (
        "Women outnumbered men among graduates\n\n"
        "This year 48,210 women graduated, compared to 45,900 in 2020, while 46,115 men "
        "graduated.\n"
    )
    assert _valued(text).get("largest ( 48,210 , [ 46,115 ] )") == "warn"


def test_outnumber_with_one_side_unstated_proposes_nothing() -> None:
    """No count names the other side: no order."""
    text = "Women outnumbered men among graduates\n\nThis year 48,210 women graduated.\n"
    assert not any(c.startswith("largest") for c in _valued(text))


def test_the_winner_of_a_complete_count_is_the_largest() -> None:
    """'won with 41,200 votes, 55.1%' and 'took 33,600 votes, or 44.9%': the winner's count
    is the largest."""
    text = (
        "The mayor won with 41,200 votes, 55.1% of the votes cast. Her rival took 33,600 "
        "votes, or 44.9% of the votes cast.\n"
    )
    assert _valued(text).get("largest ( 41,200 , [ 33,600 ] )") == "error"


def test_a_kind_is_within_its_total_of_the_same_year() -> None:
    """'total spending for 2024 is $12.5 billion' and 'health spending in 2024 will be $3.1
    billion': within it; of another year, no link."""
    text = (
        "The state's total spending for 2024 is estimated at $12.5 billion.\n"
        "Its health spending in 2024 will be $3.1 billion.\n"
    )
    assert _valued(text).get("parts_within ( 12.5 , [ 3.1 ] )") == "warn"
    other = text.replace("health spending in 2024", "health spending in 2023")
    assert not any(c.startswith("parts_within") for c in _valued(other))
    net = text.replace("Its health spending", "Its net spending")
    assert not any(c.startswith("parts_within") for c in _valued(net))


def test_a_rate_whose_subject_names_the_level_before_is_its_growth() -> None:
    """'... median rents rose by $12, or 0.8 percent, to $1,540. Over the past year, median
    rents have increased by 4.1 percent': the growth of $1,540 over its own year (a
    warning)."""
    text = (
        "In May, median rents in the city rose by $12, or 0.8 percent, to $1,540. Over the "
        "past year, median rents have increased by 4.1 percent.\n"
    )
    found = _valued(text)
    assert any(c.startswith("growth ( 1,540 ,") and c.endswith("== 4.1") for c in found)


def test_a_rate_of_another_subject_is_not_the_levels_growth() -> None:
    """'home prices have increased by 4.1 percent' after a sentence on rents: no link."""
    text = (
        "In May, median rents in the city rose by $12, or 0.8 percent, to $1,540. Over the "
        "past year, home prices have increased by 4.1 percent.\n"
    )
    assert not any(c.endswith("== 4.1") and c.startswith("growth") for c in _valued(text))


def test_many_totals_link_a_bounded_number_of_kinds() -> None:
    """Two hundred sentences each with a total and a kind of it: each total is linked to at
    most three kinds near it, not to every kind of the text."""
    text = " ".join(
        f"The total spending in 2024 was ${i}.5 billion and health spending in 2024 was "
        f"${i}.1 billion."
        for i in range(1, 201)
    )
    found = [c for c in draft_book(text).checks if c.id.endswith("_within_total")]
    assert 0 < len(found) <= 3 * 200
