"""Forms of real published errors (tests/errata/, fourth round) the proposer once missed, each
with correct sentences of the same shape that must stay unflagged.  Texts are invented in the
form of the real ones; the values expected are worked by hand."""

from __future__ import annotations

import pytest

from drafted import text_flags as _flags
from drafted import valued


def _text(sentence: str) -> str:
    return f"Figures\n\n{sentence}\n"


def _growths(text: str) -> set[str]:
    return {c for c in valued(text) if c.startswith("growth (")}


# --- a level, then "a rise of R over" an amount in a currency written as letters --------------


def test_a_rise_over_an_amount_in_rupees_is_the_growth_from_it() -> None:
    """'Rs 1,500 crore, a rise of 40 per cent over Rs 1,200 crore': 1,500 on 1,200 is a rise
    of 25 percent."""
    text = _text("Costs came to Rs 1,500 crore, a rise of 40 per cent over Rs 1,200 crore.")
    assert _growths(text) == {"growth ( 1,500 , 1,200 ) == 40"}
    assert _flags(text) != []


@pytest.mark.parametrize(
    ("sentence", "growth"),
    [
        (
            "Costs came to Rs 1,500 crore, a rise of 25 per cent over Rs 1,200 crore a year "
            "earlier.",
            "growth ( 1,500 , 1,200 ) == 25",
        ),
        (
            "Sales reached $5.5 billion, an increase of 9.6% over $5.02 billion.",
            "growth ( 5.5 , 5.02 ) == 9.6",
        ),
        (
            "Fees came to £550 million, a rise of 10% over the £500 million of 2019.",
            "growth ( 550 , 500 ) == 10",
        ),
        (
            "Provisions were Rs 1,022.6 crore, a rise of 25 per cent over Rs 818 crore.",
            "growth ( 1,022.6 , 818 ) == 25",
        ),
    ],
)
def test_a_right_rise_over_an_amount_draws_no_finding(sentence: str, growth: str) -> None:
    text = _text(sentence)
    assert growth in _growths(text)
    assert _flags(text) == []


def test_a_rise_over_a_span_of_time_is_no_base() -> None:
    """'a rise of 5% over the 12 months': the 12 are months, no level the rise is measured
    on."""
    text = _text("Rents reached $1,500 a month, a rise of 5% over the 12 months to June.")
    assert not any("12" in c for c in _growths(text))
    assert _flags(text) == []


# --- "R percent more than Name's N" ---------------------------------------------------------


def test_more_than_a_named_owners_level_is_the_growth_from_it() -> None:
    """'6.3 million phones, 300 percent more than Beta's 2.1 million': three times is 200
    percent more."""
    text = _text(
        "Acme sold 6.3 million phones last year, 300 percent more than Beta's 2.1 million."
    )
    assert _growths(text) == {"growth ( 6.3 , 2.1 ) == 300"}
    assert _flags(text) != []


@pytest.mark.parametrize(
    "sentence",
    [
        "Acme sold 6 million phones last year, 200 percent more than Beta's 2 million.",
        "Acme sold 6 million phones last year, about 50% more than Globex's 4 million.",
        "Acme sold 6 million phones in May, over 100 percent more than Beta Corp's 2.5 million.",
    ],
)
def test_a_right_rate_more_than_a_named_owners_level_draws_no_finding(sentence: str) -> None:
    text = _text(sentence)
    assert len(_growths(text)) == 1
    assert _flags(text) == []


# --- "rose by R% in October to NEW from OLD" ------------------------------------------------


def test_a_rise_in_a_month_to_a_level_from_another_is_their_growth() -> None:
    """'rose by 5% in March to 1,260 from 1,040': a rise of 21 percent."""
    text = _text("Exports rose by 5% in March to 1,260 from 1,040 a year earlier.")
    assert _growths(text) == {"growth ( 1,260 , 1,040 ) == 5"}
    assert _flags(text) != []


@pytest.mark.parametrize(
    ("sentence", "growth"),
    [
        ("Exports rose by 26% in March to 1,260 from 1,000.", "growth ( 1,260 , 1,000 ) == 26"),
        ("Output fell 10% in 2019 to 900 from 1,000.", "growth ( 900 , 1,000 ) == 10"),
        ("Sales rose about 20% in June to 6,000 from 5,000.", "growth ( 6,000 , 5,000 ) == 20"),
        (
            "Arrivals rose by 34.6% in October 2014 to 121,576 from 90,339.",
            "growth ( 121,576 , 90,339 ) == 34.6",
        ),
    ],
)
def test_a_right_rise_in_a_month_draws_no_finding(sentence: str, growth: str) -> None:
    text = _text(sentence)
    assert growth in _growths(text)
    assert _flags(text) == []


# --- "NEW, up from OLD ..., with a growth of R" -----------------------------------------------


def test_up_from_an_earlier_level_with_a_growth_is_their_growth() -> None:
    """'62.4 lakh, up from 52 lakh ..., with a growth of 15%': 62.4 on 52 is 20 percent."""
    text = _text("Visitors were 62.4 lakh, up from 52 lakh a year earlier, with a growth of 15%.")
    assert _growths(text) == {"growth ( 62.4 , 52 ) == 15"}
    assert _flags(text) != []


@pytest.mark.parametrize(
    ("sentence", "growth"),
    [
        (
            "Visitors were 62.4 lakh, up from 52 lakh a year earlier, with a growth of 20%.",
            "growth ( 62.4 , 52 ) == 20",
        ),
        (
            "Sales were $5.5 billion, up from $5 billion in 2019, with an increase of 10%.",
            "growth ( 5.5 , 5 ) == 10",
        ),
        (
            "Arrivals were 52.19 lakh, up from 49.03 lakh in 2011, with a growth of 6.4%.",
            "growth ( 52.19 , 49.03 ) == 6.4",
        ),
    ],
)
def test_a_right_growth_after_up_from_draws_no_finding(sentence: str, growth: str) -> None:
    text = _text(sentence)
    assert growth in _growths(text)
    assert _flags(text) == []


def test_with_and_another_subject_is_not_the_levels_growth() -> None:
    """'with exports rising 30%': another subject's rate, not the growth of $5 billion to
    $5.5 billion."""
    text = _text("Sales were $5.5 billion, up from $5 billion, with exports rising 30%.")
    assert "growth ( 5.5 , 5 ) == 30" not in _growths(text)
    assert _flags(text) == []


# --- "a R% jump during the month, from OLD to NEW" -------------------------------------------


def test_a_jump_during_a_period_from_one_level_to_another_is_their_growth() -> None:
    """'a 4% jump during the week, from $1,812 to $1,939': a rise of 7 percent."""
    text = _text("Gold made a 4% jump during the week, from $1,812 to $1,939 an ounce.")
    assert _growths(text) == {"growth ( 1,939 , 1,812 ) == 4"}
    assert _flags(text) != []


@pytest.mark.parametrize(
    ("sentence", "growth"),
    [
        (
            "Gold made a 7% jump during the week, from $1,800 to $1,926 an ounce.",
            "growth ( 1,926 , 1,800 ) == 7",
        ),
        ("The herd saw a 10% fall over the year, from 500 to 450.", "growth ( 450 , 500 ) == 10"),
        (
            "Fares saw a 2% rise in the month, from $4.50 to $4.59.",
            "growth ( 4.59 , 4.50 ) == 2",
        ),
    ],
)
def test_a_right_jump_during_a_period_draws_no_finding(sentence: str, growth: str) -> None:
    text = _text(sentence)
    assert growth in _growths(text)
    assert _flags(text) == []


# --- a turnout beside the ballots and the electorate ------------------------------------------


def test_a_turnout_is_the_ballots_over_the_electorate() -> None:
    """'an electorate of 1,204,331 and 800,215 ballots, a turnout of 64.1%': 800,215 of
    1,204,331 is 66.4 percent."""
    text = _text(
        "The electorate numbered 1,204,331 and 800,215 ballots were counted, a turnout of 64.1%."
    )
    assert "share ( 800,215 , 1,204,331 ) == 64.1" in valued(text)
    assert _flags(text) != []


@pytest.mark.parametrize(
    "sentence",
    [
        "The electorate numbered 1,204,331 and 800,215 ballots were counted, a turnout of 66.4%.",
        "Its 48,210 registered voters cast 31,077 ballots, a turnout of 64 per cent.",
        "The 2,015,300 eligible voters cast 1.2 million ballots, a turnout of about 60%.",
    ],
)
def test_a_right_turnout_beside_the_ballots_draws_no_finding(sentence: str) -> None:
    text = _text(sentence)
    assert any(c.startswith("share (") for c in valued(text))
    assert _flags(text) == []


def test_ballots_of_another_election_in_another_sentence_are_not_the_turnouts() -> None:
    """The turnout's parts stand in its own sentence: ballots counted in the sentence before
    are another count."""
    text = _text(
        "In 2019, 700,000 ballots were counted. This year the electorate numbered 1,204,331, "
        "and the turnout was 66.4%."
    )
    assert not any("700,000" in c for c in valued(text))
    assert _flags(text) == []


# --- parts listed, then the total the words say they make -------------------------------------


def test_parts_listed_then_a_total_in_all_must_add_up() -> None:
    """'$2.1 million and ... $1.5 million, $3.8 million altogether': they make $3.6 million."""
    text = _text("Sales brought in $2.1 million and grants $1.5 million, $3.8 million altogether.")
    assert valued(text) == {"2.1 + 1.5 == 3.8": "warn"}
    assert _flags(text) != []


@pytest.mark.parametrize(
    "sentence",
    [
        "Sales brought in $2.1 million and grants $1.5 million, $3.6 million altogether.",
        "The city had 81 thefts in 2016 and 46 in 2015, 127 in total over the two years.",
        "Farms grew 12.5 tonnes in May and 7.5 tonnes in June, 20 tonnes combined.",
        "Exports were 1.24 million tonnes and imports 0.8 million tonnes, about 2 million in all.",
    ],
)
def test_parts_that_make_their_stated_total_draw_no_finding(sentence: str) -> None:
    assert _flags(_text(sentence)) == []


def test_levels_compared_are_no_parts_of_a_total() -> None:
    """'against the 3.5 million it had projected and 2.2 million a year before': levels
    compared with, not parts of the 214 million."""
    text = _text(
        "Netflix added 8.8 million, against the 3.5 million it had projected and 2.2 million a "
        "year before, 214 million in total."
    )
    assert not any(" == 214" in c for c in valued(text))
    assert _flags(text) == []


# --- "Of the T votes, A ... and B ...": parts within their whole ----------------------------


def test_votes_that_went_two_ways_are_within_the_votes_cast() -> None:
    """'Of the 1,250 votes cast, 700 went to Smith and 600 to Jones': 1,300 is more than the
    1,250."""
    text = _text("Of the 1,250 votes cast, 700 went to Smith and 600 to Jones.")
    assert valued(text) == {"parts_within ( 1,250 , [ 700 , 600 ] )": "warn"}
    assert _flags(text) != []


@pytest.mark.parametrize(
    "sentence",
    [
        "Of the 1,250 votes cast, 700 went to Smith and 500 to Jones.",
        "Of the 650 seats, Labour won 412, the Conservatives 121 and the Liberal Democrats 72.",
        "Of the 2,679,513 votes cast in Scotland, 1,661,191 went to Remain and 1,018,322 to Leave.",
    ],
)
def test_parts_within_their_votes_draw_no_finding(sentence: str) -> None:
    text = _text(sentence)
    assert any(c.startswith("parts_within") for c in valued(text))
    assert _flags(text) == []


@pytest.mark.parametrize(
    ("sentence", "whole"),
    [
        ("Of the 1,250 votes cast, 56% went to Smith and 44% to Jones.", "1,250"),
    ],
)
def test_parts_that_may_overlap_or_are_shares_are_not_summed(sentence: str, whole: str) -> None:
    """Shares are no counts within the votes."""
    text = _text(sentence)
    assert not any(c.startswith(f"parts_within ( {whole} ,") for c in valued(text))
    assert _flags(text) == []


# --- "LEVEL was wider by R than the LEVEL" ----------------------------------------------------


def test_a_level_wider_by_a_rate_than_another_is_its_growth_on_it() -> None:
    """'$3.45 billion was higher by 5 percent than the $3.02 billion': it is 14.2 percent
    higher."""
    text = _text(
        "Spending of $3.45 billion was higher by 5 percent than the $3.02 billion of 2020."
    )
    assert _growths(text) == {"growth ( 3.45 , 3.02 ) == 5"}
    assert _flags(text) != []


@pytest.mark.parametrize(
    ("sentence", "growth"),
    [
        (
            "Spending of $3.45 billion was higher by 14.2 percent than the $3.02 billion of 2020.",
            "growth ( 3.45 , 3.02 ) == 14.2",
        ),
        (
            "Imports of $5.2 billion were 20 percent lower than the $6.5 billion of 2019.",
            "growth ( 5.2 , 6.5 ) == 20",
        ),
        (
            "Output of 1,150 tonnes was 15% greater than the 1,000 tonnes of 2019.",
            "growth ( 1,150 , 1,000 ) == 15",
        ),
        (
            "The deficit of $2.314 billion was wider by 7.6 percent than the $2.15 billion of "
            "December.",
            "growth ( 2.314 , 2.15 ) == 7.6",
        ),
    ],
)
def test_a_right_level_wider_by_a_rate_draws_no_finding(sentence: str, growth: str) -> None:
    text = _text(sentence)
    assert growth in _growths(text)
    assert _flags(text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The gap of $2.3 billion was about 9 percent wider than the $2.15 billion of December.",
        "Imports of $5.2 billion were smaller by 20 percent than the $6.5 billion of 2019.",
        "Sales were $5 billion, and costs were 10% higher than the $4 billion of 2019.",
    ],
)
def test_a_hedged_unsigned_or_another_subjects_rate_is_left_alone(sentence: str) -> None:
    """A hedged rate, an unsigned 'smaller by', and a rate of another subject ('costs')
    make no growth of the first level."""
    text = _text(sentence)
    assert not any(c.startswith("growth ( 5 , 4 )") for c in _growths(text))
    assert _flags(text) == []


# --- "from OLD to NEW, an increase of CHANGE" -------------------------------------------------


def _differences(text: str) -> set[str]:
    return {c for c in valued(text) if " - " in c}


def test_two_levels_then_their_change_must_agree() -> None:
    """'from £1,250.40 to £1,380.90 a year, an increase of £140': the rise is £130.50."""
    text = _text("The fee went from £1,250.40 to £1,380.90 a year, an increase of £140.")
    assert _differences(text) == {"1,380.90 - 1,250.40 == 140"}
    assert _flags(text) != []


@pytest.mark.parametrize(
    ("sentence", "difference"),
    [
        (
            "The fee went from £1,250.40 to £1,380.90 a year, an increase of £130.50.",
            "1,380.90 - 1,250.40 == 130.50",
        ),
        ("The fare went from $4.50 to $4.20, a cut of $0.30.", "4.20 - 4.50 == 0.30"),
        ("Membership went from 12,040 to 12,610, a rise of 570.", "12,610 - 12,040 == 570"),
    ],
)
def test_a_right_change_after_its_levels_draws_no_finding(sentence: str, difference: str) -> None:
    text = _text(sentence)
    assert _differences(text) == {difference}
    assert _flags(text) == []


def test_a_hedged_change_after_its_levels_is_left_alone() -> None:
    """'an increase of about £130': a hedged change, no exact difference."""
    text = _text("The fee went from £1,250.40 to £1,380.90 a year, an increase of about £130.")
    assert _differences(text) == set()
    assert _flags(text) == []
