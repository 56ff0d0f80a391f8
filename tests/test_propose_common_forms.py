"""Common forms of news arithmetic that drew no check (tried as sentences with `factcheck
check`, right and wrong).  Each right sentence is worked out by hand and draws no finding; its
wrong twin, one figure changed, is flagged."""

from __future__ import annotations

import pytest

from drafted import conditions, flags, grades

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
        (
            "Revenue rose 25% to RM2.4 billion, up from RM1.9 billion last year.",
            "Revenue rose 35% to RM2.4 billion, up from RM1.9 billion last year.",
        ),
        (
            "Exports rose 25% to Tk 2.4 billion, up from Tk 1.9 billion a year earlier.",
            "Exports rose 35% to Tk 2.4 billion, up from Tk 1.9 billion a year earlier.",
        ),
        (
            "Revenue rose 25% to GH₵2.4 billion, up from GH₵1.9 billion last year.",
            "Revenue rose 35% to GH₵2.4 billion, up from GH₵1.9 billion last year.",
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


# -- a share and the pair of counts it is, "A of the B" -----------------------------------
# 3,100 / 5,012 = 61.85 %; 3,100 of a whole read as 4,500-5,500 would fit 62 % too loosely to
# be caught, so the wholes here are written to the unit.  12 / 40 = 30 %, 15 / 20 = 75 %.


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        (
            "Some 3,100 of the 5,012 people polled, or 62%, said they would vote.",
            "Some 3,100 of the 5,012 people polled, or 52%, said they would vote.",
        ),
        (
            "In the survey, 3,100 out of 5,012 (62%) said they would vote.",
            "In the survey, 3,100 out of 5,012 (66%) said they would vote.",
        ),
        (
            "Some 62% of respondents, or about 3,100 of the 5,012 polled, said they would vote.",
            "Some 62% of respondents, or about 3,900 of the 5,012 polled, said they would vote.",
        ),
        (
            "In all, 62% (3,100 of 5,012) said yes.",
            "In all, 62% (3,400 of 5,012) said yes.",
        ),
        (
            "In all, 15 out of 20 pupils, or 75%, passed.",
            "In all, 15 out of 20 pupils, or 65%, passed.",
        ),
        (
            "In all, 12 out of 40 (30%) were late.",
            "In all, 12 out of 40 (35%) were late.",
        ),
    ],
)
def test_a_share_restated_as_a_pair_of_counts(right: str, wrong: str) -> None:
    assert flags(right) == []
    assert flags(wrong) != []


@pytest.mark.parametrize(
    "sentence",
    [
        # the percent names a whole of its own
        "Some 3,100 of the 5,012 people polled (40% of likely voters) said they would vote.",
        # a rise, not the pair's share
        "Exports rose 12% (3,100 of 5,012 firms) in May.",
        # a share of another whole after the pair (dataquick-2012-07)
        "The survey covers 98 of the 100 largest metropolitan areas, 66.25 percent of US home "
        "sales.",
        # a proportion in a poll's words glosses the percent loosely
        "Some 3 in 10 adults (32%) smoke.",
        "One in five adults (22%) smoke.",
        "Two-thirds of voters (64%) backed the plan.",
    ],
)
def test_a_pair_or_proportion_not_restating_the_share_is_left_alone(sentence: str) -> None:
    assert flags(sentence) == []


# -- a rate, the change it restates, and the level reached ------------------------------------
# 7,623 / (7,623 - 38) = 1.0050: up 0.50 %; 33,800 / 34,210 = 0.9880: down 1.20 %.


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        (
            "The FTSE 100 closed up 0.5%, or 38 points, at 7,623.",
            "The FTSE 100 closed up 0.5%, or 58 points, at 7,623.",
        ),
        (
            "The Dow fell 1.2%, or 410 points, to 33,800.",
            "The Dow fell 2.2%, or 410 points, to 33,800.",
        ),
        (
            "The index rose 0.5% (38 points) to 7,623 on the week.",
            "The index rose 0.8% (38 points) to 7,623 on the week.",
        ),
    ],
)
def test_a_rate_restated_as_a_change_to_a_level(right: str, wrong: str) -> None:
    assert any("_of_change" in name for name in grades(right))
    assert flags(right) == []
    assert flags(wrong) != []


@pytest.mark.parametrize(
    "sentence",
    [
        # the rate is measured on a basis of its own
        "The index rose 0.5% in dollar terms, or 58 points, to 7,623.",
        # the change disagrees with the rate's direction: two things, not one
        "The index fell 0.5%, or up 58 points on the month, to 7,623.",
    ],
)
def test_a_rate_and_change_that_are_not_one_change_are_left_alone(sentence: str) -> None:
    assert flags(sentence) == []


# -- a balance whose terms grew to their levels -------------------------------------------
# "exports fell 3% to $40.1 billion": the item was looked for only between the rate and the
# level, so the level was taken for another surplus.  40.1 - 34.9 = 5.2; 400 - 360 = 40.


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        (
            "The trade surplus narrowed to $5.2 billion as exports fell 3% to $40.1 billion and "
            "imports rose 2% to $34.9 billion.",
            "The trade surplus narrowed to $6.2 billion as exports fell 3% to $40.1 billion and "
            "imports rose 2% to $34.9 billion.",
        ),
        (
            "The budget deficit widened to £40.2bn as spending rose 5% to £400.3bn while "
            "revenue grew 2% to £360.1bn.",
            "The budget deficit widened to £50.2bn as spending rose 5% to £400.3bn while "
            "revenue grew 2% to £360.1bn.",
        ),
    ],
)
def test_a_balance_of_levels_reached_after_their_rates(right: str, wrong: str) -> None:
    assert flags(right) == []
    assert flags(wrong) != []


# -- a rate a year over a span, and the levels at its ends ------------------------------------
# 5.1 / 4.5 = 1.1333 over ten years: 1.26 % a year compounded (1.013 ^ 10 = 1.1379); 0.9 % a
# year makes at most 1.0952.  17.6 / 10.0 over five years: 11.98 % compounded (15 % makes
# 2.01).  1,850 / 1,200 = 1.5417 over 2018-2023: 9.05 % (12 % makes 1.7623).  3.4 / 2.1 =
# 1.619 over five years: 10.1 % (8 % makes 1.4693 at most, 8.5 % 1.5037).


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        (
            "Over the decade the population grew from 4.5 million to 5.1 million, an average of "
            "1.3% a year.",
            "Over the decade the population grew from 4.5 million to 5.1 million, an average of "
            "0.9% a year.",
        ),
        (
            "Revenue grew at a compound annual rate of 12% over five years, from $10.0 million "
            "to $17.6 million.",
            "Revenue grew at a compound annual rate of 15% over five years, from $10.0 million "
            "to $17.6 million.",
        ),
        (
            "Between 2018 and 2023 sales rose from 1,200 units to 1,850 units, a CAGR of 9%.",
            "Between 2018 and 2023 sales rose from 1,200 units to 1,850 units, a CAGR of 12%.",
        ),
        (
            "Over the past five years exports rose from $2.1 billion to $3.4 billion, an "
            "average of 10% a year.",
            "Over the past five years exports rose from $2.1 billion to $3.4 billion, an "
            "average of 8% a year.",
        ),
        (
            "The city grew from 121,300 people in 2001 to 152,700 in 2011, or 2.3% a year on "
            "average.",
            "The city grew from 121,300 people in 2001 to 152,700 in 2011, or 1.6% a year on "
            "average.",
        ),
    ],
)
def test_a_rate_a_year_over_a_span_joins_the_levels_at_its_ends(right: str, wrong: str) -> None:
    assert any(c.startswith("(1 + ") for c in conditions(right))
    assert flags(right) == []
    assert flags(wrong) != []


@pytest.mark.parametrize(
    "sentence",
    [
        # an average a year is at least the compound rate, never less: a mean of yearly rates
        # of +30 % and -20 % is 5 %, the compound rate 2 %
        "Over the two years sales went from $100.0 million to $104.0 million, an average of "
        "5% a year.",
        # the whole change divided by the years: 13.3 % / 10
        "Over the decade the population grew from 4.50 million to 5.10 million, an average of "
        "1.33% a year.",
        # a forecast's span, not the levels'
        "Sales rose from 1,200 units to 1,850 units between 2018 and 2023, and are forecast to "
        "grow an average of 5% a year over the next five years.",
        # a span since a year the levels do not bound
        "The population rose from 4.5 million to 5.1 million, and has grown an average of 0.4% "
        "a year since 2015.",
        # the rate of another subject than the levels'
        "Inflation averaged 2.1% a year over the decade, as the price of a loaf went from "
        "£1.00 to £1.40.",
        "Over the decade, the price of a loaf went from £1.00 to £1.40 and inflation averaged "
        "2.1% a year.",
        # a rate a year with no average said: one year's rate
        "Over the decade rents rose from £500 to £900, and 3% a year in the last two years.",
    ],
)
def test_a_rate_a_year_that_does_not_bound_the_levels_is_left_alone(sentence: str) -> None:
    assert flags(sentence) == []


# -- two levels with their times, then the rate between them ----------------------------------
# 1.50 / 1.20 = 1.25: a rise of 25 % (between 1.495 / 1.205 = 24.1 % and 1.505 / 1.195 = 25.9 %).


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        (
            "Spending rose from $1.20 trillion in 2020 to $1.50 trillion in 2024, an increase "
            "of 25%.",
            "Spending rose from $1.20 trillion in 2020 to $1.50 trillion in 2024, an increase "
            "of 35%.",
        ),
        (
            "Spending rose from $1.20 trillion last year to $1.50 trillion this year, an "
            "increase of 25%.",
            "Spending rose from $1.20 trillion last year to $1.50 trillion this year, an "
            "increase of 35%.",
        ),
    ],
)
def test_levels_with_their_times_then_the_rate_between_them(right: str, wrong: str) -> None:
    assert flags(right) == []
    assert flags(wrong) != []


# -- a margin beside its profit and revenue -------------------------------------------------
# 12 / 150 = 8 %; 1.2 / 9.8 = 12.24 %; 1.686 / 3.932 = 42.88 %.


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        (
            "The firm made a profit of £12m on sales of £150m, a margin of 8%.",
            "The firm made a profit of £12m on sales of £150m, a margin of 12%.",
        ),
        (
            "Operating profit rose 12% to $1.2 billion on revenue of $9.8 billion, an "
            "operating margin of 12.2%.",
            "Operating profit rose 12% to $1.2 billion on revenue of $9.8 billion, an "
            "operating margin of 14.2%.",
        ),
        (
            "Revenue was $3.932 billion and gross profit $1.686 billion, a gross margin of 42.9%.",
            "Revenue was $3.932 billion and gross profit $1.686 billion, a gross margin of 45.9%.",
        ),
    ],
)
def test_a_margin_is_its_profit_over_its_revenue(right: str, wrong: str) -> None:
    assert flags(right) == []
    assert flags(wrong) != []


@pytest.mark.parametrize(
    "sentence",
    [
        # a margin of another kind than the profit stated
        "Net profit rose 12% to $1.2 billion on revenue of $9.8 billion, an operating margin "
        "of 14.2%.",
        # a bank's net interest margin is over earning assets, not revenue
        "The bank's net interest income rose to $5.1 billion on revenue of $10.2 billion, and "
        "its net interest margin was 3.1%.",
        "Fee income was £2.0bn on revenue of £8.0bn, a margin of 5%.",
        # a year earlier's margin
        "The firm made a profit of £12m on sales of £150m; a year earlier its margin was 10%.",
    ],
)
def test_a_margin_of_another_kind_or_time_is_left_alone(sentence: str) -> None:
    assert flags(sentence) == []


def test_a_balance_is_of_its_own_month_not_the_month_it_is_compared_with() -> None:
    """'The surplus rose to $27.67 billion from $26.66 billion in August': August is the
    earlier level's month, so the surplus is September's, as its terms are (186.35 - 158.68 =
    27.67)."""
    text = (
        "Exports rose 9.9 percent to $186.35 billion in September. Imports were up 2.4 "
        "percent to $158.68 billion. The trade surplus rose to {} billion from $26.66 billion "
        "in August."
    )
    assert flags(text.format("$27.67")) == []
    assert flags(text.format("$28.67")) != []


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        (
            "Exports rose 5% to $10.2 billion and imports rose 3% to $8.1 billion, bringing "
            "total trade to $18.3 billion.",
            "Exports rose 5% to $10.2 billion and imports rose 3% to $8.1 billion, bringing "
            "total trade to $19.3 billion.",
        ),
        (
            "Immigration rose 10% to 1,204,000 while emigration fell 5% to 414,000, leaving "
            "net migration at 790,000.",
            "Immigration rose 10% to 1,204,000 while emigration fell 5% to 414,000, leaving "
            "net migration at 728,000.",
        ),
    ],
)
def test_flows_told_with_their_rates_make_their_total(right: str, wrong: str) -> None:
    """The flow is named before its rate ('exports rose 5% to'); before, only the words
    between the rate and the level were read, so a misprinted total drew no check.
    10.2 + 8.1 = 18.3; 1,204,000 - 414,000 = 790,000."""
    assert flags(right) == []
    assert flags(wrong) != []


# -- a change, the level it led to and the level it came from -------------------------------
# 712,500 - 709,100 = 3,400; 35,300 - 37,600 = -2,300.


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        (
            "Employment increased by 3,400 to 712,500, up from 709,100 in February.",
            "Employment increased by 4,400 to 712,500, up from 709,100 in February.",
        ),
        (
            "Unemployment fell by 2,300 to 35,300 in March from 37,600 in February.",
            "Unemployment fell by 3,300 to 35,300 in March from 37,600 in February.",
        ),
    ],
)
def test_a_change_between_the_levels_it_joins(right: str, wrong: str) -> None:
    """Before, the level the change came from was an unknown, and the stated one was joined
    only by a sum drafted when it already fitted: a misprinted change drew no check."""
    assert flags(right) == []
    assert flags(wrong) != []


def test_a_change_beside_a_level_of_another_span_is_left_alone() -> None:
    # a month's change, and the level a year before
    sentence = "Employment increased by 3,400 in March to 712,500, up from 700,200 a year earlier."
    assert flags(sentence) == []


def test_a_rate_defined_by_its_counts_is_the_level_not_its_change() -> None:
    """'The unemployment rate rose by 0.7% to 4.7%': the definition (unemployed over the
    labour force, 35,300 / 747,800 = 4.72 %) is the 4.7 %, not the 0.7 % change; before, the
    change was held to it and flagged as a warning."""
    text = (
        "The unemployment rate rose by 0.7 percentage points to {} as the number of unemployed "
        "rose to 35,300 and employment to 712,500."
    )
    assert any(c.startswith("share(") for c in conditions(text.format("4.7%")))
    assert flags(text.format("4.7%")) == []
    assert flags(text.format("5.7%")) != []
    slipped = flags(
        "The unemployment rate rose by 0.7% to 4.7% from 4.0% as the number of unemployed rose "
        "to 35,300 and employment to 712,500."
    )
    assert slipped != []  # the percent written for points
    assert not any("definition" in name for name in slipped)  # and not the definition


def test_a_balance_compared_with_is_no_term() -> None:
    """'imports rose 7.5 per cent to $57.48 billion, a deficit wider than the $21.35 billion
    economists had expected' (india-merchandise-trade-2015-2024): the $21.35 billion is the
    forecast the deficit is compared with, not July's deficit of exports and imports."""
    sentence = (
        "In July exports slipped 1.4 per cent to $33.98 billion while imports rose 7.5 per cent "
        "to $57.48 billion, a deficit wider than the $21.35 billion economists had expected."
    )
    assert flags(sentence) == []
    # the deficit itself, stated, is still its terms' difference (57.48 - 33.98 = 23.50)
    stated = sentence.replace("a deficit wider than", "a deficit of $25.50 billion, wider than")
    assert flags(stated) != []


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        (
            "Women account for 51% of the population of 67 million, or about 34 million people.",
            "Women account for 51% of the population of 67 million, or about 38 million people.",
        ),
        (
            "Some 48% of the 2,417 staff, or 1,160 people, work part-time.",
            "Some 48% of the 2,417 staff, or 1,360 people, work part-time.",
        ),
    ],
)
def test_a_share_of_a_stated_whole_restated_as_its_part(right: str, wrong: str) -> None:
    """'51% of the population of 67 million, or about 34 million people': the part after 'or'
    may be hedged and its noun unread (before, neither was taken).  0.51 * 67 = 34.2;
    0.48 * 2,417 = 1,160."""
    assert flags(right) == []
    assert flags(wrong) != []


@pytest.mark.parametrize(
    "sentence",
    [
        # a part of the part, per household, a year: no restatement
        "Some 48% of the 2,417 staff, or 1,600 a year, work part-time.",
        "Women account for 51% of the population of 67 million, or about 20 million in cities.",
    ],
)
def test_a_part_after_or_that_is_not_the_share_is_left_alone(sentence: str) -> None:
    assert flags(sentence) == []


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        (
            "The population of 8.9 million includes 3.2 million people born abroad, or 36%.",
            "The population of 8.9 million includes 3.2 million people born abroad, or 46%.",
        ),
        (
            "Revenue of $4.2 billion included $1.5 billion from China, or 36%.",
            "Revenue of $4.2 billion included $1.5 billion from China, or 26%.",
        ),
    ],
)
def test_a_share_of_the_whole_that_includes_its_part(right: str, wrong: str) -> None:
    """'8.9 million includes 3.2 million ..., or 36%': the whole holds the part (before, the
    share was of an unknown whole).  3.2 / 8.9 = 35.96 %; 1.5 / 4.2 = 35.7 %."""
    assert flags(right) == []
    assert flags(wrong) != []


def test_a_share_of_its_own_whole_after_includes_is_left_alone() -> None:
    sentence = "Revenue of $4.2 billion included $1.5 billion from China, or 56% of Asian sales."
    assert flags(sentence) == []


def test_an_up_of_a_phrasal_verb_makes_no_growth() -> None:
    """'Women make up 51% of the population': the rate is a share, named so in the claim file
    (before, 'women_growth')."""
    assert conditions("Women make up 51% of the population.") == ["shares_sum([women_share])"]


def test_averages_over_a_span_named_once_make_their_balance() -> None:
    """bea-trade-2016-06's form: 'The average deficit ... for the three months ending in June.
    Average exports ... in June. Average imports ...': three averages over the span the release
    names once (223.7 - 182.8 = 40.9); a span word in one sentence only had made them of
    different spans, and the balance was lost."""
    text = (
        "The average goods and services deficit increased $3.0 billion to {} billion for the "
        "three months ending in June. Average exports of goods and services increased $1.0 "
        "billion to $182.8 billion in June. Average imports of goods and services increased "
        "$4.0 billion to $223.7 billion in June."
    )
    assert flags(text.format("$40.9")) == []
    assert flags(text.format("$42.9")) != []
