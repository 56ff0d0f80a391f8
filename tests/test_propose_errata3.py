"""Forms of real published errors (tests/errata/, third round) the proposer once missed, each
with correct sentences of the same shape that must stay unflagged.  Texts are invented in the
form of the real ones; the values expected are worked by hand."""

from __future__ import annotations

import pytest

from drafted import text_flags as _flags
from drafted import valued


def _text(sentence: str) -> str:
    return f"Figures\n\n{sentence}\n"


# --- a level, then its rate of change "from" the earlier level -------------------------------


def test_a_level_then_an_increase_from_the_earlier_level_is_their_growth() -> None:
    """'149,717 ..., a 27.5 per cent increase from the 123,365 of 2013': 149,717 on 123,365
    is a rise of 21.4 percent."""
    text = _text(
        "In 2014, 149,717 candidates reached grade C+ or better, a 27.5 per cent increase "
        "from the 123,365 of 2013."
    )
    assert valued(text) == {"growth ( 149,717 , 123,365 ) == 27.5": "error"}
    assert _flags(text) != []


def test_a_level_then_a_rate_higher_from_the_earlier_level_skips_a_span_of_months() -> None:
    """'$2.02 billion ..., the most in seven months, 8.5 percent higher from the $1.85
    billion': 2.02 on 1.85 is at least 8.6 percent more as rounded."""
    text = _text(
        "They sent home $2.02 billion in March, the most in seven months, 8.5 percent higher "
        "from the $1.85 billion of March last year."
    )
    assert valued(text) == {"growth ( 2.02 , 1.85 ) == 8.5": "error"}
    assert _flags(text) != []


@pytest.mark.parametrize(
    ("sentence", "growth"),
    [
        (
            "In 2014, 149,717 candidates reached grade C+ or better, a 21.4 per cent increase "
            "from the 123,365 of 2013.",
            "growth ( 149,717 , 123,365 ) == 21.4",
        ),
        ("Sales were $5.5 billion, up 10% from $5 billion.", "growth ( 5.5 , 5 ) == 10"),
        (
            "Sales were $5.5 billion, a 10% increase from $5 billion a year earlier.",
            "growth ( 5.5 , 5 ) == 10",
        ),
        (
            "The firm sold 5,500 cars, an increase of 10% from the 5,000 of 2019.",
            "growth ( 5,500 , 5,000 ) == 10",
        ),
        (
            "Profit was $80 million, a 20% fall from the $100 million of 2019.",
            "growth ( 80 , 100 ) == 20",
        ),
        (
            "Remittances were $2.02 billion in March, 9.2 percent higher from $1.85 billion "
            "in March 2022.",
            "growth ( 2.02 , 1.85 ) == 9.2",
        ),
        (
            "Sales were $5.5 billion in the seven months to July, up 10% from $5 billion.",
            "growth ( 5.5 , 5 ) == 10",
        ),
    ],
)
def test_right_rates_from_an_earlier_level_are_drafted_and_hold(sentence: str, growth: str) -> None:
    text = _text(sentence)
    assert growth in valued(text)
    assert _flags(text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a rate against a level two years back: not the growth of one period
        "The firm sold 5,500 cars in May, up 10% from the 4,000 cars two years earlier.",
        # the level before the rate is of another unit (a share price) than the earlier one
        "Net income was $500 million, or $1.20 a share, up 10% from $455 million.",
        # the earlier level counts another thing
        "The firm sold 5,500 cars, an increase of 10% from the 5,000 trucks of 2019.",
        "Revenue reached $410 million, up 20% from the $2.1 billion in revenue forecast.",
        # a year, not a level
        "The company had 5,000 employees, up 10% from 2019.",
        # a rate of a rate: percent for points
        "Unemployment was 5.5%, up 0.5% from 5%.",
        # another subject between the level and the rate
        "Output rose 10 percent to 1.1 million tonnes, with exports up 20 percent from "
        "500,000 tonnes.",
        # a hedged rate
        "Shipments were 1.2 million units, up about 10% from 1.1 million units.",
        # a rate of its own period, year on year, beside a level of another
        "Sales were $5.5 billion in May, up 3% year on year, and $5 billion in April.",
    ],
)
def test_rates_beside_levels_of_other_kinds_or_spans_are_not_flagged(sentence: str) -> None:
    text = _text(sentence)
    assert _flags(text) == []


# --- a verb of change, or an "up from"/"down from", between the rate and its levels ----------


def test_a_rate_then_a_verb_to_the_new_level_from_the_old_is_their_growth() -> None:
    """'shot up by 33.6%, jumping to 172 043 from 153 610': a rise of 12.0 percent."""
    text = _text(
        "Bachelor passes shot up by 33.6%, jumping to 172 043 from 153 610 the year before."
    )
    assert valued(text) == {"growth ( 172 043 , 153 610 ) == 33.6": "error"}
    assert _flags(text) != []


def test_a_rate_to_a_level_down_from_a_year_earlier_is_their_growth() -> None:
    """'fell 11.6% to 84,700 tonnes ..., down from 100,900 tonnes a year earlier': a fall of
    16.1 percent."""
    text = _text(
        "Output fell 11.6% to 84,700 tonnes in January, down from 100,900 tonnes a year earlier."
    )
    assert valued(text) == {"growth ( 84,700 , 100,900 ) == 11.6": "error"}
    assert _flags(text) != []


@pytest.mark.parametrize(
    ("sentence", "growth"),
    [
        (
            "Bachelor passes rose by 12.0%, jumping to 172 043 from 153 610 the year before.",
            "growth ( 172 043 , 153 610 ) == 12.0",
        ),
        (
            "Output fell 16.1% to 84,700 tonnes in January, down from 100,900 tonnes a year "
            "earlier.",
            "growth ( 84,700 , 100,900 ) == 16.1",
        ),
        (
            "Exports rose 20% to $300 billion, up from $250 billion.",
            "growth ( 300 , 250 ) == 20",
        ),
        (
            "Deaths fell 5%, sliding to 950 from 1,000 the year before.",
            "growth ( 950 , 1,000 ) == 5",
        ),
    ],
)
def test_right_rates_with_a_verb_or_a_direction_are_drafted_and_hold(
    sentence: str, growth: str
) -> None:
    text = _text(sentence)
    assert growth in valued(text)
    assert _flags(text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # "down from" a month before, while the rate may be a year's: no growth drafted
        "Output fell 11.6% to 84,700 tonnes in January, down from 95,800 tonnes in December.",
        "Exports rose 5% to $300 billion in May, up from $250 billion in April.",
        # the rate tied to its own period
        "Output fell 11.6% year on year to 84,700 tonnes in January, down from 100,900 tonnes.",
        # the verb and the rate disagree: no one reading
        "Bachelor passes fell by 12.0%, jumping to 172 043 from 153 610 the year before.",
        # the earlier level counts another thing
        "Output fell 16.1% to 84,700 tonnes, down from 100,900 tonnes of ore a year earlier.",
    ],
)
def test_directions_of_other_periods_or_disagreeing_words_are_not_flagged(sentence: str) -> None:
    text = _text(sentence)
    assert not any(c.startswith("growth ( 84,700 , 9") for c in valued(text))
    assert _flags(text) == []


def test_a_labelled_earlier_level_lends_its_noun_to_the_later_one() -> None:
    """'the smallest increase, 1.2%, from 99 216 tourists in October 2015 to 97 978': the
    level fell, so no increase; the noun after the first level does not break the pair."""
    text = _text(
        "Mozambique showed the smallest increase, 1.2%, from 99 216 tourists in October 2015 "
        "to 97 978 in October 2016."
    )
    assert valued(text) == {"growth ( 97 978 , 99 216 ) == 1.2": "error"}
    assert _flags(text) != []
    right = _text(
        "Lesotho showed the largest increase, 39.1%, from 105 400 tourists in 2015 to 146 591 "
        "in 2016, and Mozambique the smallest fall, 1.2%, from 99 216 tourists to 97 978."
    )
    assert "growth ( 146 591 , 105 400 ) == 39.1" in valued(right)
    assert _flags(right) == []


# --- a part, then its share of a stated whole --------------------------------------------------


def test_a_part_then_its_share_of_a_stated_whole_is_checked() -> None:
    """'88,929 candidates (or 15.41 per cent of the 574,125 candidates)': 88,929 is 15.49
    percent of 574,125."""
    text = _text(
        "In 2016 only 88,929 candidates (or 15.41 per cent of the 574,125 candidates) reached C+."
    )
    assert valued(text) == {
        "share ( 88,929 , 574,125 ) == 15.41": "error",
        "parts_within ( 574,125 , [ 88,929 ] )": "error",
    }
    assert _flags(text) != []


@pytest.mark.parametrize(
    ("sentence", "share"),
    [
        (
            "In 2016 only 88,929 candidates (or 15.49 per cent of the 574,125 candidates) "
            "reached C+.",
            "share ( 88,929 , 574,125 ) == 15.49",
        ),
        (
            "In 2015, 169,492 candidates (or 32.42 per cent of 522,870) reached C+.",
            "share ( 169,492 , 522,870 ) == 32.42",
        ),
        (
            "Labour won 412 seats, 63.4% of the 650 seats.",
            "share ( 412 , 650 ) == 63.4",
        ),
        (
            "The party won 300 votes, 25% of the 1,200 votes cast.",
            "share ( 300 , 1,200 ) == 25",
        ),
    ],
)
def test_right_shares_of_a_stated_whole_after_their_part_hold(sentence: str, share: str) -> None:
    text = _text(sentence)
    assert share in valued(text)
    assert _flags(text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # the part counts another noun than the whole
        "The BJP won 60 seats, 33.2% of the 19 million votes cast.",
        "The firm cut 1,500 jobs, 2% of the 75,000 in the sector.",
        # a hedged share
        "Some 4,000 people, about 20% of the 20,000 residents, left.",
        # words between the part and the share
        "The party won 300 seats with 25% of the 1,200,000 votes cast.",
    ],
)
def test_shares_of_a_whole_of_another_noun_are_not_made_shares_of_the_part(
    sentence: str,
) -> None:
    text = _text(sentence)
    assert not any(c.startswith("share (") and "==" in c for c in valued(text) if "60" in c)
    assert _flags(text) == []


# --- "of whom" after a count that is an attribute ----------------------------------------------


def test_of_whom_does_not_count_from_a_count_of_things_in_a_prepositional_phrase() -> None:
    """'57,952 followed the programme, in 411,876 subjects, of whom 13,532 (23.35%)': the
    people are of the 57,952, not of the subjects (13,532 is 23.35 percent of 57,952)."""
    text = _text(
        "Of the 61,125 candidates, 57,952 followed the established programme, in 411,876 "
        "subjects, of whom 13,532 (23.35%) followed the vocational programme."
    )
    assert not any("411,876" in c for c in valued(text))
    assert _flags(text) == []
    hall = _text("The hall held 2,000 people, of whom 300 (15%) were children.")
    assert "share ( 300 , 2,000 ) == 15" in valued(hall)
    assert _flags(hall) == []


# --- parts listed after their whole ----------------------------------------------------------


def test_parts_listed_after_a_whole_are_together_no_larger_than_it() -> None:
    """'Sh173.1b: Sh110.6b for ..., Sh46.3b for ... and Sh32.7b for ...': the parts make
    Sh189.6b, more than the whole.  A list after a colon is a breakdown, an error as it is
    with "$" (before, "Sh" was read as a word between the whole and its parts: a warning)."""
    text = _text(
        "The security sector is allocated Sh173.1b: Sh110.6b for the police, Sh46.3b for the "
        "intelligence service and Sh32.7b for the prisons."
    )
    assert valued(text)["parts_within ( 173.1 , [ 110.6 , 46.3 , 32.7 ] )"] == "error"
    assert _flags(text) != []


@pytest.mark.parametrize(
    "sentence",
    [
        "Defence got Sh154.9 billion: Sh66.2 billion for the police, Sh71.3 billion for the "
        "army and Sh17.4 billion for intelligence.",
        "Education got Sh308.6 billion, including Sh28.2 billion for secondary schools, "
        "Sh13.5 billion for primary schools and Sh55 billion for universities.",
    ],
)
def test_parts_listed_within_their_whole_are_drafted_and_hold(sentence: str) -> None:
    text = _text(sentence)
    assert any(c.startswith("parts_within") for c in valued(text))
    assert _flags(text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # amounts of several periods, not parts of one whole
        "Spending was $10 billion: $6 billion for 2023 and $7 billion for 2024.",
        "Spending was $10 billion: $6 billion for the police in 2023 and $7 billion for the "
        "police in 2024.",
        # a count per item multiplies
        "Each county gets $10 million: $6 million for roads and $7 million for each hospital.",
        # a comparison inside the list
        "Roads got $100 million: $60 million to the north, up from $40 million, and $50 "
        "million to the south.",
        # no colon or 'including': a list beside the level, not within it
        "Roads got $100 million, while $60 million went to the north and $50 million to the south.",
    ],
)
def test_lists_of_other_periods_items_or_comparisons_are_not_parts(sentence: str) -> None:
    text = _text(sentence)
    assert not any(c.endswith("] )") and c.startswith("parts_within ( 10") for c in valued(text))
    assert _flags(text) == []


# --- a share's whole, and its amount in a relative clause --------------------------------------


def test_a_whole_given_in_a_relative_clause_is_the_share_s_whole() -> None:
    """'27.5% of the budget, which is estimated at Sh 3.9 trillion': 659.5 billion is 16.9
    percent of 3.9 trillion; 'Kshs' and 'Sh' are one currency."""
    text = _text(
        "Education gets Kshs 659.5 billion, equivalent to 27.5% of the budget, which is "
        "estimated at Sh 3.9 trillion."
    )
    assert valued(text)["share ( 659.5 , 3.9 ) == 27.5"] == "error"
    assert _flags(text) != []
    right = text.replace("27.5%", "16.9%")
    assert "share ( 659.5 , 3.9 ) == 16.9" in valued(right)
    assert _flags(right) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # the clause compares, it does not give the whole
        "Education gets Sh659.5 billion, 16.9% of the budget, which is Sh110 billion more "
        "than last year.",
        "Education gets Sh659.5 billion, 16.9% of the budget, which is up 10% to Sh3.9 trillion.",
    ],
)
def test_a_relative_clause_that_compares_gives_no_whole(sentence: str) -> None:
    text = _text(sentence)
    assert not any(c.startswith("share ( 659.5 , 110") for c in valued(text))
    assert _flags(text) == []


# --- a list whose own total the sentence gives -------------------------------------------------


def test_a_list_with_its_own_total_is_not_made_parts_of_the_level_before() -> None:
    """'Dams will get Ksh25.1 billion. ... Ksh7.9 billion ... and Ksh3 billion ...; in total,
    Ksh12.9 billion': the list's whole is its own total (other items unnamed), not the
    dams' Ksh25.1 billion."""
    text = _text(
        "Dams will get Ksh25.1 billion. For food security, Ksh7.9 billion will go to "
        "irrigation and Ksh3 billion to coffee; in total, Ksh12.9 billion will be spent."
    )
    assert not any(c.endswith("== 25.1") for c in valued(text))
    assert _flags(text) == []


# --- a month's change, and the next sentence's level of the month before -----------------------


def test_a_change_from_the_month_before_meets_the_next_sentence_s_level_of_it() -> None:
    """'$1.13 billion in September, down by $283.69 million from the level of the month
    before.  In August the remittances had stood at $1.14 billion': $1.13 billion less $1.14
    billion is a fall of $10 million."""
    text = _text(
        "Remittances were put at $1.13 billion in September, down by $283.69 million from the "
        "level of the month before. In August the remittances had stood at $1.14 billion."
    )
    assert valued(text)["1.13 - 1.14 == 283.69"] == "warn"
    assert _flags(text) != []


@pytest.mark.parametrize(
    "sentence",
    [
        "Remittances were $1.026 billion in September, up by $20.32 million from the level of "
        "the month before. In August the remittances had stood at $1.005 billion.",
        "Remittances were $1.13 billion in September, down by $283.69 million from the month "
        "before. In August they had stood at $1.41 billion.",
    ],
)
def test_right_changes_from_the_month_before_are_drafted_and_hold(sentence: str) -> None:
    text = _text(sentence)
    assert any(c.endswith("_month_before") for c in _ids(text))
    assert _flags(text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # the next sentence's month is not the month before
        "Remittances were $1.13 billion in September, down by $283.69 million from August. In "
        "July they had stood at $1.32 billion.",
        # the change is from a year earlier
        "Remittances were $1.13 billion in September, down by $283.69 million from a year "
        "earlier. In August they had stood at $1.14 billion.",
        # another quantity's level that month
        "Exports were $5.2 billion in March, up by $0.4 billion from February. In February "
        "imports stood at $3.8 billion.",
        # two levels in the next sentence
        "Remittances were $1.13 billion in September, down by $283.69 million from August. In "
        "August they had stood at $1.14 billion, and in July at $1.32 billion.",
    ],
)
def test_other_months_years_or_quantities_are_not_the_month_before(sentence: str) -> None:
    text = _text(sentence)
    assert not any(c.endswith("_month_before") for c in _ids(text))
    assert _flags(text) == []


def _ids(text: str) -> list[str]:
    from factcheck.draft import draft_book

    return [c.id for c in draft_book(text).checks]
