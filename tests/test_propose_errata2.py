"""Forms of real published errors (tests/errata/, second round) the proposer once missed,
each with correct sentences of the same shape that must stay unflagged.  Texts are invented
in the form of the real ones; the values expected are worked by hand."""

from __future__ import annotations

from drafted import valued
from factcheck.draft import draft, draft_book
from factcheck.engine import audit
from factcheck.files import parse_claims


def _flags(text: str) -> list[str]:
    """The checks the audit of the draft finds inconsistent or stretched, warnings included."""
    report = audit(parse_claims(draft(text, schema=""), "<t>").article)
    return [v.check.id for v in report.verdicts if v.grade in ("inconsistent", "stretched")]


def test_a_change_in_points_between_two_stated_rates_is_their_gap() -> None:
    """'dropped 27 points, from 52 percent to 38 percent': 52 less 38 is 14 points, so the 27
    is wrong; bare 'points' between two percentages are percentage points."""
    text = (
        "Polls\n\nHis rating has dropped 27 points in the last month, from 52 percent to "
        "38 percent.\n"
    )
    assert valued(text) == {"gap ( 38 , 52 ) == 27 * 1 percentage_point": "error"}
    assert _flags(text) != []


def test_a_right_change_in_points_between_two_rates_is_not_flagged() -> None:
    """14 points from 52 to 38 percent, and 2.5 percentage points from 40.1 to 42.6, hold."""
    text = (
        "Polls\n\nHis rating fell 14 points, from 52 percent to 38 percent. Her rating rose "
        "2.5 percentage points, from 40.1 percent to 42.6 percent.\n"
    )
    assert _flags(text) == []
    assert len(valued(text)) == 2


def test_points_between_two_plain_levels_are_no_gap_of_rates() -> None:
    """'The index dropped 27 points, from 520 to 493': index points, not percentage points;
    no gap of rates is drafted."""
    text = "Markets\n\nThe index dropped 27 points, from 520 to 493.\n"
    assert not any(c.startswith("gap") for c in valued(text))
    assert _flags(text) == []


def test_a_change_from_an_earlier_year_and_its_rate_are_checked_together() -> None:
    """'498 corrections in 2004, 68 more than in 2003, a 13% increase': 2003 had 430, and 68
    on 430 is a rise of 15.8 percent, not 13."""
    text = (
        "Corrections\n\nThe paper ran 498 corrections in 2004, 68 more than in 2003, a 13% "
        "increase.\n"
    )
    assert "growth ( 498 , 498 - 68 ) == 13" in valued(text)
    assert _flags(text) != []


def test_right_rates_of_changes_from_earlier_years_are_not_flagged() -> None:
    """68 more on 498 is 15.8 percent up; 200 fewer than 1,231 is 16.2 percent down; a share
    after the change ('a 2% share') is no rate of change."""
    text = (
        "Corrections\n\nThe paper ran 498 corrections in 2004, 68 more than in 2003, a 15.8% "
        "increase. Another ran 1,031, 200 fewer than the year before, a 16.2% drop. A third "
        "ran 690 corrections, 14 more than in 2003, a 2% share of its stories.\n"
    )
    checks = valued(text)
    assert "growth ( 498 , 498 - 68 ) == 15.8" in checks
    assert "growth ( 1,031 , 1,031 - 200 ) == 16.2" in checks
    assert not any(c.startswith("growth ( 690") for c in checks)
    assert _flags(text) == []


def test_answers_to_one_question_with_a_residual_add_to_at_most_100() -> None:
    """'41 percent said unsuccessful, 26 percent successful and 35 percent too early to
    tell': three answers of one question make 102 percent, past 101.5 as rounded."""
    text = (
        "Polls\n\nAsked how the presidency will be seen, 41 percent of respondents said "
        "unsuccessful, 26 percent said successful and 35 percent said it was too early to tell.\n"
    )
    assert valued(text)["shares_sum ( [ 41 , 26 , 35 ] )"] == "warn"
    assert _flags(text) != []


def test_four_answers_past_102_percent_are_flagged() -> None:
    """79, 11, 3 and 10 percent make 103: four whole percents add to at most 102."""
    text = (
        "Polls\n\nAsked whether they would move their account, 79% said they would not, 11% "
        "said they intended to, 3% said they had already and 10% did not know.\n"
    )
    assert _flags(text) != []


def test_answers_that_add_up_within_rounding_are_not_flagged() -> None:
    """48, 48, 2 and 3 percent make 101, within four roundings of 100."""
    text = (
        "Polls\n\nAsked about the race, 48% backed Romney, 48% backed Obama, 2% backed "
        "someone else and 3% were undecided.\n"
    )
    assert "shares_sum ( [ 48 , 48 , 2 , 3 ] )" in valued(text)
    assert _flags(text) == []


def test_answers_without_a_residual_may_be_to_two_questions() -> None:
    """'60% said the economy mattered most, and 55% said they would vote': two questions,
    no residual answer, so no sum is drafted (they make 115 percent, rightly)."""
    text = (
        "Polls\n\n60% said the economy mattered most, 55% said they would vote and 40% said "
        "they had watched the debate.\n"
    )
    assert not any(c.endswith("_answers") for c in _ids(text))
    assert _flags(text) == []


def test_shares_of_other_groups_before_a_residual_are_not_one_question() -> None:
    """'80% of Democrats approved, 85% of Republicans disapproved and 5% were unsure': each
    later share names its own group, so no one question's answers are listed."""
    text = (
        "Polls\n\n80% of Democrats approved, 85% of Republicans disapproved and 5% were unsure.\n"
    )
    assert not any(c.endswith("_answers") for c in _ids(text))
    assert _flags(text) == []


def _ids(text: str) -> list[str]:
    """The ids of the checks drafted from ``text``."""
    return [c.id for c in draft_book(text).checks]


def test_a_length_made_an_adjective_and_restated_is_one_length() -> None:
    """'30-foot-tall (48-kilometer-tall) sections': 30 feet is 9.144 metres, not 48 km (the
    kilometres in 30 miles); feet are read as a length, and the hyphened adjective does not
    hide the restatement."""
    text = "Walls\n\nThe crew lowers 30-foot-tall (48-kilometer-tall) sections of fence.\n"
    assert valued(text) == {"48 == 30": "error"}
    assert _flags(text) != []


def test_right_restatements_of_feet_and_miles_are_not_flagged() -> None:
    """30 feet is 9.1 metres (9 as rounded) and 2 miles 3.2 km: both hold."""
    text = (
        "Walls\n\nThe crew lowers 30-foot-tall (9-metre-tall) sections of fence along a "
        "2-mile (3.2 km) stretch, and the posts stand 6 feet apart.\n"
    )
    assert len(valued(text)) == 2
    assert _flags(text) == []


def test_a_portion_glossed_by_its_amount_is_of_the_amount_before() -> None:
    """'a $106,000 home needs a down payment of 10 percent, or $16,000': 10 percent of
    $106,000 is $10,600, so the $16,000 (15.1 percent) is wrong."""
    text = "Homes\n\nA $106,000 home needs a down payment of 10 percent, or $16,000.\n"
    assert valued(text) == {"share ( 16,000 , 106,000 ) == 10": "warn"}
    assert _flags(text) != []


def test_a_portion_may_take_its_whole_from_the_sentence_just_before() -> None:
    """'would raise $21.1 billion. ... fees of 1 percent, or just over $2 billion': 1 percent
    of $21.1 billion is $211 million."""
    text = (
        "Offering\n\nThe offering would raise $21.1 billion. The banks stand to share fees of "
        "1 percent, or just over $2 billion.\n"
    )
    assert _flags(text) != []
    right = text.replace("$2 billion", "$200 million")
    assert "share ( 200 , 21.1 ) == 1" in valued(right)
    assert _flags(right) == []


def test_portions_of_other_things_draft_no_share_of_the_amount_before() -> None:
    """A change ('an increase of 5 percent, or $2 billion'), a portion per head ('or $500
    per household'), two amounts before, and a whole a paragraph away draft no portion."""
    texts = [
        "Budget\n\nThe budget is $40 billion, an increase of 5 percent, or $2 billion.\n",
        "Tax\n\nOn a $200,000 home the tax is a levy of 1 percent, or $500 per household.\n",
        "Deals\n\nA $300,000 flat and a $106,000 home need deposits of 10 percent, or $16,000.\n",
        "Offering\n\nThe offering would raise $21.1 billion.\n\nThe banks share fees of 1 "
        "percent, or just over $2 billion.\n",
    ]
    for text in texts:
        assert not any(c.endswith("_portion") for c in _ids(text)), text
        assert _flags(text) == [], text


def test_what_a_quantity_is_worth_at_a_price_per_unit_is_their_product() -> None:
    """'$6 a gram, so an 18-kilogram fulgurite would be worth about $3,000': 18,000 grams at
    $6 is $108,000."""
    text = (
        "Prices\n\nOne dealer sells fulgurite at $6 a gram, so an 18-kilogram fulgurite would "
        "be worth about $3,000.\n"
    )
    assert valued(text) == {"3,000 == 6 * ( 18 / 1 gram )": "warn"}
    assert _flags(text) != []


def test_right_values_at_a_price_per_unit_are_not_flagged() -> None:
    """$108,000 for 18 kg at $6 a gram, and $160 million for 2 million barrels at $80 a
    barrel, hold; a price per year or per share names no physical unit, so nothing is
    drafted from it."""
    text = (
        "Prices\n\nOne dealer sells fulgurite at $6 a gram, so an 18-kilogram fulgurite would "
        "be worth about $108,000. Oil at $80 a barrel makes 2 million barrels worth $160 "
        "million. Rent of $900 a month for 50 square metres costs $10,800 a year.\n"
    )
    assert len([c for c in _ids(text) if c.endswith("_at_price")]) == 2
    assert _flags(text) == []


def test_an_amount_per_head_is_the_total_over_the_count() -> None:
    """'divided $1 trillion ... by 300 million people and found more than $30,000 for every
    man, woman and child': it is $3,333."""
    text = (
        "Bailout\n\nA reader divided $1 trillion of bailout money by the country's 300 million "
        "people and found more than $30,000 for every man, woman and child.\n"
    )
    assert valued(text) == {"30,000 == 1 / 300": "warn"}
    assert _flags(text) != []


def test_right_amounts_per_head_and_other_counts_are_not_flagged() -> None:
    """$3,333 a head, $500 a household and $30 a person hold; an amount per person after a
    count of households is of another count, so nothing is drafted from it."""
    text = (
        "Costs\n\nDividing $1 trillion among 300 million people gives about $3,333 for every "
        "man, woman and child. The $2 billion fund, spread over 4 million households, comes "
        "to $500 a household. The city spends $60 million on 2 million residents, or $30 per "
        "person. A $9 million grant for 3 million households is $1 per person.\n"
    )
    assert len([c for c in _ids(text) if c.endswith("_per_head")]) == 3
    assert _flags(text) == []
