"""Forms of real published errors (tests/errata/, sixth round): two levels each of its year
and the rate between them, a count that rises to a level, a count set against the year
before's, a part 'out of' a whole with its rate named, and a total divided outright by a
count of any noun.  Each with correct sentences of the same shape and near forms that must
draw no finding, and the wrong twin that must.  Texts are invented in the form of the real
ones; the values expected are worked by hand."""

from __future__ import annotations

import pytest

from drafted import text_flags as _flags
from drafted import valued


def _text(sentence: str) -> str:
    return f"Figures\n\n{sentence}\n"


# --- "16 crimes in 2012 and 16 in 2013, a 43% reduction" -----------------------------------


def test_a_rate_after_two_dated_levels_is_checked() -> None:
    """Nothing changed between the years, yet the rate says 43% less (tests/errata/
    uk-aycliffe-crime-2013.txt)."""
    text = _text("Woodham ward had 16 crimes in 2012 and 16 in 2013, a 43% reduction.")
    assert "growth ( 16 , 16 ) == 43" in valued(text)
    assert _flags(text) != []


def test_a_wrong_rate_of_increase_after_two_dated_levels_is_flagged() -> None:
    text = _text("Sales were $10 million in 2012 and $12 million in 2013, an increase of 40%.")
    assert "growth ( 12 , 10 ) == 40" in valued(text)
    assert _flags(text) != []


@pytest.mark.parametrize(
    ("sentence", "growth"),
    [
        # 28 / 69 = 0.406: 59.4% less
        ("Shafto ward had 69 crimes in 2012 and 28 in 2013, a 59% reduction.", "( 28 , 69 ) == 59"),
        ("Sales were $10 million in 2012 and $12 million in 2013, an increase of 20%.",
         "( 12 , 10 ) == 20"),
        # 483 / 420 = 1.15
        ("The school had 420 pupils in 2015 and 483 in 2019, a 15% rise over the period.",
         "( 483 , 420 ) == 15"),
        # 3.9 / 4.2 = 0.9286: 7.1% less
        ("Exports were $4.2 billion in 2020 and $3.9 billion in 2021, a 7.1% drop.",
         "( 3.9 , 4.2 ) == 7.1"),
        ("Visitors numbered 1,250 in 2018 and 1,500 in 2019, a 20% increase.",
         "( 1,500 , 1,250 ) == 20"),
    ],
)  # fmt: skip
def test_a_right_rate_after_two_dated_levels_draws_no_finding(sentence: str, growth: str) -> None:
    text = _text(sentence)
    assert f"growth {growth}" in valued(text)
    assert _flags(text) == []


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        # a rate of another basis
        ("Sales were $10 million in 2012 and $12 million in 2013, a 5% increase in real terms.",
         "( 12 , 10 )"),
        # the pair ends a list: the rate spans it (12 / 8 = 1.5)
        ("Sales were $8 million in 2011, $10 million in 2012 and $12 million in 2013, a 50% "
         "increase.", "( 12 , 10 )"),
        # a yearly rate over four years: 1.2 ** 0.25 = 1.047
        ("Sales were $10 million in 2012 and $12 million in 2016, an average annual increase of "
         "4.7%.", "( 12 , 10 )"),
        # a rate from another year
        ("The firm earned $10 million in 2012 and $12 million in 2013, a 35% increase on 2011.",
         "( 12 , 10 )"),
        # the years run backwards: 120 / 90 = 1.33, the later from the earlier
        ("There were 120 arrests in 2013 and 90 in 2012, a 33% increase.", "( 90 , 120 )"),
        # another noun's level after 'and'
        ("Sales were $10 million in 2012 and exports $12 million in 2013, a 35% increase.",
         "( 12 , 10 )"),
        # rates are no levels of this rule: 6 / 5 = 1.2, but in points it is 1
        ("Unemployment was 5% in 2012 and 6% in 2013, a 20% increase.", "( 6 , 5 )"),
        # a share, no change
        ("Sales were $10 million in 2012 and $12 million in 2013, a 15% share of the market.",
         "( 12 , 10 )"),
        # 'respectively' pairs the figures by order, not by place
        ("Sales and profit were $10 million in 2012 and $12 million in 2013, a 20% and 30% "
         "increase respectively.", "( 12 , 10 ) == 30"),
    ],
)  # fmt: skip
def test_near_forms_of_dated_levels_are_left_alone(sentence: str, pair: str) -> None:
    text = _text(sentence)
    assert not any(c.startswith(f"growth {pair}") for c in valued(text))
    assert _flags(text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The town had 219 incidents in 2012 and 139 in 2013, a 37% reduction.",
        "Profit was $5 million in 2012 and $6 million in 2013, a 20% increase.",
        "Sales were $12 million in 2013, up from $10 million in 2012, a 20% increase.",
        "Membership stood at 800 in 2010 and 1,000 in 2020, a 25% increase over the decade.",
    ],
)
def test_other_right_dated_forms_draw_no_finding(sentence: str) -> None:
    assert _flags(_text(sentence)) == []


# --- "the former 150 residents could rise to 750, a 500 per cent increase" ---------------------


def test_a_count_rising_to_a_level_is_checked() -> None:
    """750 is five times 150: 400 per cent more (tests/errata/uk-plater-hall-2012.txt)."""
    text = _text("The former 150 residents could rise to 750, a 500 per cent increase.")
    assert "growth ( 750 , 150 ) == 500" in valued(text)
    assert _flags(text) != []


@pytest.mark.parametrize(
    ("sentence", "growth"),
    [
        ("The former 150 residents could rise to 750, a 400 per cent increase.",
         "( 750 , 150 ) == 400"),
        ("The 200 members may grow to 250, a 25% increase.", "( 250 , 200 ) == 25"),
        ("Its 40 staff will increase to 50, a 25 per cent rise.", "( 50 , 40 ) == 25"),
        ("The 1,200 pupils are expected to rise to 1,500, a 25% increase.",
         "( 1,500 , 1,200 ) == 25"),
    ],
)  # fmt: skip
def test_a_right_rate_of_a_count_rising_draws_no_finding(sentence: str, growth: str) -> None:
    text = _text(sentence)
    assert f"growth {growth}" in valued(text)
    assert _flags(text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # another thing's rise, not the count's
        "The 150 residents saw rents rise to 750, a 40 per cent increase.",
        # a rate from another base
        "The 150 residents could rise to 750, a 50 per cent increase on 2019.",
        # a bound, not a count
        "Up to 150 residents could rise to 750, a 300 per cent increase.",
        # a rate of another span
        "The 150 residents could rise to 750 by 2030, an annual increase of 17.5 per cent.",
        # the rise's level is of another unit
        "The 150 workers could rise to £750 a week, a 20 per cent increase.",
        # a fall is worded too loosely to be read here
        "The 150 residents could fall to 100, a 33 per cent drop.",
    ],
)
def test_near_forms_of_a_count_rising_are_left_alone(sentence: str) -> None:
    text = _text(sentence)
    assert not any(c.startswith("growth ( 750 , 150 )") for c in valued(text))
    assert _flags(text) == []


# --- "to 114 in 2022, compared with 579 the year before" --------------------------------------


def test_a_count_set_against_the_year_before_is_checked() -> None:
    """114 is the rise written as the level (tests/errata/bm-crimes-person-2022.txt)."""
    text = _text(
        "Crimes against the person were up by almost 20%, to 114 in 2022, compared with 579 "
        "the year before."
    )
    assert "growth ( 114 , 579 ) == 20" in valued(text)
    assert _flags(text) != []


@pytest.mark.parametrize(
    ("sentence", "growth"),
    [
        # 693 / 579 = 1.197
        ("Crimes against the person were up by almost 20%, to 693 in 2022, compared with 579 "
         "the year before.", "( 693 , 579 ) == 20"),
        ("Admissions rose 8% to 1,080, compared with 1,000 a year earlier.",
         "( 1,080 , 1,000 ) == 8"),
        ("Burglaries fell 10% to 900, compared with 1,000 the previous year.",
         "( 900 , 1,000 ) == 10"),
        ("Arrests rose 25% to 500 arrests, against 400 arrests the year before.",
         "( 500 , 400 ) == 25"),
    ],
)  # fmt: skip
def test_a_right_rate_against_the_year_before_draws_no_finding(sentence: str, growth: str) -> None:
    text = _text(sentence)
    assert f"growth {growth}" in valued(text)
    assert _flags(text) == []


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        # another noun
        ("Deaths rose 20% to 114, compared with 579 injuries a year earlier.", "( 114 , 579 )"),
        # the rate is of a month, the comparand of a year
        ("Visits rose 5% on the month to 1,050, compared with 800 a year earlier.",
         "( 1,050 , 800 )"),
        ("Visits rose 5% from the previous month to 1,050, compared with 800 a year earlier.",
         "( 1,050 , 800 )"),
        # a comparand of another year than the one before
        ("Arrests rose 12% to 560, compared with 400 in 2019.", "( 560 , 400 )"),
        # a comparand of the quarter before
        ("Net profit rose 12% to Rs 50 crore against Rs 45 crore in the previous quarter.",
         "( 50 , 45 )"),
        # a target, not a level of the year before
        ("Arrests rose 12% to 560, compared with a target of 700 the year before.",
         "( 560 , 700 )"),
    ],
)  # fmt: skip
def test_other_comparands_of_a_count_are_left_alone(sentence: str, pair: str) -> None:
    text = _text(sentence)
    assert not any(c.startswith(f"growth {pair}") for c in valued(text))
    assert _flags(text) == []


# --- "46 out of the 4,175 people who caught the virus died, a rate of 1.1 percent" -------------


def test_a_part_out_of_a_whole_with_its_rate_named_is_checked() -> None:
    """46 of 4,175 is 1.10 percent, not .01101 (tests/errata/us-temple-covid-deaths-2020.txt)."""
    text = _text(
        "46 out of the 4,175 people who caught the virus had died, a rate of .01101 percent."
    )
    assert "share ( 46 , 4,175 ) == .01101" in valued(text)
    assert _flags(text) != []


@pytest.mark.parametrize(
    ("sentence", "share"),
    [
        ("46 out of the 4,175 people who caught the virus died, a rate of 1.1 percent.",
         "( 46 , 4,175 ) == 1.1"),
        ("12 pupils out of 300 in the year group were excluded, a rate of 4 percent.",
         "( 12 , 300 ) == 4"),
        ("30 out of the 120 applicants were offered a place, a proportion of 25 percent.",
         "( 30 , 120 ) == 25"),
        ("9 out of the 60 councillors voted against the plan, a share of 15 percent.",
         "( 9 , 60 ) == 15"),
    ],
)  # fmt: skip
def test_a_right_rate_of_a_part_out_of_a_whole_draws_no_finding(sentence: str, share: str) -> None:
    text = _text(sentence)
    assert f"share {share}" in valued(text)
    assert _flags(text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a change of the rate, not the rate
        "46 out of 4,175 patients died, a rate of 2 percent higher than last year.",
        # a second clause between
        "46 out of 4,175 patients died, but admissions rose, a rate of 7 percent.",
        # another group's rate
        "46 out of 4,175 patients died, a death rate of 7 percent in the control group.",
        # the national rate, not the pair's
        "46 out of 4,175 patients died, and the national rate of 3 percent held.",
        # a rate per thousand (11 per 1,000 is 1.1 percent)
        "46 out of 4,175 patients died, a rate of 11 per 1,000.",
        # the clause too long to be the pair's own
        "46 out of 4,175 patients who were admitted to the two hospitals in the city over the "
        "winter died, a rate of 9 percent.",
    ],
)
def test_near_forms_of_a_rate_out_of_a_whole_are_left_alone(sentence: str) -> None:
    text = _text(sentence)
    assert not any(c.startswith("share ( 46 , 4,175 )") for c in valued(text))
    assert _flags(text) == []


# --- "$3.4 billion divided by 95,000 jobs works out to $35.8 million per job" -----------------


def test_a_total_divided_by_a_count_of_any_noun_is_checked() -> None:
    """$3.4 billion over 95,000 jobs is $35,800 a job (tests/errata/us-f22-jobs-2009.txt)."""
    text = _text("$3.4 billion divided by 95,000 jobs works out to $35.8 million per job.")
    assert "35.8 == 3.4 / 95,000" in valued(text)
    assert _flags(text) != []


@pytest.mark.parametrize(
    ("sentence", "each"),
    [
        ("$3.4 billion divided by 95,000 jobs works out to $35,800 per job.",
         "35,800 == 3.4 / 95,000"),
        ("£1.2 million divided among 400 schools comes to £3,000 per school.",
         "3,000 == 1.2 / 400"),
        ("$90 million divided among 3 hospitals is $30 million for each hospital.",
         "30 == 90 / 3"),
        ("The $2 billion, divided by 40 projects, gives $50 million a project.",
         "50 == 2 / 40"),
    ],
)  # fmt: skip
def test_a_right_amount_per_one_of_a_count_draws_no_finding(sentence: str, each: str) -> None:
    text = _text(sentence)
    assert each in valued(text)
    assert _flags(text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # no division said
        "$3.4 billion for 95,000 jobs, and $35.8 million per job in overheads.",
        # the amount is per one of another noun
        "$3.4 billion divided by 95,000 jobs works out to $35.8 million per plane.",
        # not the average: an amount to some of them
        "The $3 million fund is divided among 60 charities, with $25,000 a charity going to the "
        "smallest.",
        # divided into parts, not among a count
        "The $3.4 billion programme, divided into 12 phases, costs $2 million per phase.",
        # a price per one, not a share of the total
        "$3.4 billion was divided by 95,000 jobs in the first plan, and each job costs $2 million "
        "a year.",
    ],
)
def test_near_forms_of_a_divided_total_are_left_alone(sentence: str) -> None:
    text = _text(sentence)
    assert not any(" == 3.4 / 95,000" in c or " == 3 / 60" in c for c in valued(text))
    assert _flags(text) == []


# --- "£850m every single year, which he put at half a million pounds ... every single day" ----


def test_an_amount_restated_per_another_period_is_checked() -> None:
    """£850m a year is £2.3m a day, not half a million (tests/errata/
    uk-cameron-regulations-2014.txt)."""
    text = _text(
        "It would save business well over £850m every single year, which he put at half a "
        "million pounds saved for businesses every single day of the year."
    )
    assert "850 / 366 <= half <= 850 / 364" in valued(text)
    assert _flags(text) != []


def test_a_month_restated_as_a_wrong_year_is_flagged() -> None:
    text = _text("He spends $1,200 a month, or $12,000 a year.")
    assert "1,200 * 12 <= 12,000 <= 1,200 * 12" in valued(text)
    assert _flags(text) != []


@pytest.mark.parametrize(
    ("sentence", "bounds"),
    [
        # 850 / 366 = 2.322, 850 / 364 = 2.335
        ("The scheme costs £850m a year, or about £2.3m a day.", "850 / 366 <= 2.3 <= 850 / 364"),
        ("He spends $1,200 a month, or $14,400 a year.", "1,200 * 12 <= 14,400 <= 1,200 * 12"),
        # 1,000 / 4.35 = 229.9
        ("Rent is £1,000 a month, which is about £230 a week.",
         "1,000 / 4.35 <= 230 <= 1,000 / 4"),
        ("The council spends £52,000 a year, that is £1,000 a week.",
         "52,000 / 52.2 <= 1,000 <= 52,000 / 52"),
        ("The plant burns 7,000 tonnes a week, or 1,000 tonnes a day.",
         "7,000 / 7 <= 1,000 <= 7,000 / 7"),
        # 3.65 million / 366 = 9,973
        ("The charity takes in $3.65 million annually, which works out at about $10,000 a day.",
         "3.65 / 366 <= 10,000 <= 3.65 / 364"),
        ("Fees bring in €600 a month, or €7,200 yearly.", "600 * 12 <= 7,200 <= 600 * 12"),
        ("The subsidy is worth £20 a week, equivalent to about £1,040 a year.",
         "20 * 52 <= 1,040 <= 20 * 52.2"),
        ("Members pay $5 a day, or $35 a week.", "5 * 7 <= 35 <= 5 * 7"),
        ("Imports cost the country $2.4 billion a year, or $200 million a month.",
         "2.4 / 12 <= 200 <= 2.4 / 12"),
        ("It saves £850m every single year, or £2.3m every single day of the year.",
         "850 / 366 <= 2.3 <= 850 / 364"),
    ],
)  # fmt: skip
def test_a_right_amount_restated_per_period_draws_no_finding(sentence: str, bounds: str) -> None:
    text = _text(sentence)
    assert bounds in valued(text)
    assert _flags(text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a comparison, not a restatement
        "The fund pays £10m a year, or £20,000 a day more than last year.",
        # another subject's amount
        "He earns $50,000 a year and pays $1,500 a month in rent.",
        "He earns $50,000 a year, or $1,500 a month in rent.",
        # a part of the period
        "It costs £50 a week, or £10 a day on weekdays.",
        "It earns $2 million a year, or $9,000 a day in the summer.",
        # before a relief the first amount is not net of
        "Mortgage payments come to £1,200 a month, or £13,000 a year after tax relief.",
        # a rate, not an amount
        "Sales were $3 million a month, or 25% more than a year earlier.",
        # an hour is no period of this rule
        "She was paid £30,000 a year, or £15 an hour.",
        # counts, not amounts
        "The site had 1,000 visitors a day, or 25,000 a month.",
    ],
)
def test_near_forms_of_a_restated_amount_are_left_alone(sentence: str) -> None:
    text = _text(sentence)
    assert not any(c.count(" <= ") == 2 for c in valued(text))
    assert _flags(text) == []
