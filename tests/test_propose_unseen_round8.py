"""Forms of real texts (round eight of tests/unseen/) the proposer once turned into false
findings: each text is invented, in the form of a real one, with the values expected by hand,
beside the same form with a figure that does not add up, which is still caught."""

from __future__ import annotations

from drafted import valued
from factcheck.draft import draft
from factcheck.engine import audit
from factcheck.files import parse_claims


def _flags(text: str) -> list[str]:
    """The checks the audit of the draft finds inconsistent or stretched, warnings included."""
    report = audit(parse_claims(draft(text, schema=""), "<t>").article)
    return [v.check.id for v in report.verdicts if v.grade in ("inconsistent", "stretched")]


def test_a_count_written_all_n_is_no_part_a_gloss_restates() -> None:
    """'4,210 of the 9,875 league goals scored by all 412 players, or 42.63%': the 412 is the
    whole set of players, not the part the 42.63% restates (412 of anything is no 42.63%)."""
    text = (
        "Goals\n\nThe club's 58 forwards scored 4,210 of the 9,875 league goals scored by all "
        "412 players, or 42.63%.\n"
    )
    assert not any("412" in condition for condition in valued(text))
    assert _flags(text) == []


def test_in_all_is_in_total_and_its_shares_still_add_up() -> None:
    """'In all 2,400 members, or 61%, voted yes': 'in all' is 'in total', so the 2,400 is
    still the part its 61% restates, and 61% and 41% of one whole (102%) are still caught."""
    text = "Votes\n\nIn all 2,400 members, or 61%, voted yes, and 1,530, or 39%, voted no.\n"
    assert "share ( 2,400 , whole_1 ) == 61" in valued(text)
    assert _flags(text) == []
    assert _flags(text.replace("39%", "41%")) != []


def test_a_share_of_a_noun_is_no_share_of_another_paragraphs_count() -> None:
    """'The society counted 84 members in March.' then, in a new paragraph, 'Some 4.5% of
    members are over ninety': the paragraph may speak of another set of members, so the 4.5%
    need not be a whole number of the 84; in the same paragraph it must (3.78 is caught)."""
    apart = (
        "Members\n\nThe society counted 84 members in March.\n\nSome 4.5% of members are over "
        "ninety.\n"
    )
    assert not any(condition.startswith("count_share") for condition in valued(apart))
    assert _flags(apart) == []
    together = apart.replace("March.\n\nSome", "March. Some")
    assert "count_share ( 4.5 , 84 )" in valued(together)
    assert _flags(together) != []
    assert _flags(together.replace("4.5%", "4.8%")) == []


def test_a_later_rate_naming_its_period_grows_from_its_own_earlier_level() -> None:
    """'rose 2.5 percent on the year ... revenue was up 3.1 percent to 48 billion, 7.9 percent
    more than in the quarter before': the 7.9% is over the quarter, from another earlier level
    than the 3.1%; both from one level was a false finding.  A rate with both levels stated
    is still checked."""
    text = (
        "Sales\n\nThe chain's sales rose 2.5 percent on the year in the third quarter. Its "
        "revenue was up 3.1 percent to 48 billion, 7.9 percent more than in the quarter before.\n"
    )
    found = valued(text)
    assert "growth ( 48 , revenue_previous ) == 3.1" in found
    assert "growth ( 48 , revenue_before ) == 7.9" in found
    assert _flags(text) == []
    stated = "Sales\n\nThe chain's revenue was up 3.1 percent to 48 billion from 40 billion.\n"
    assert _flags(stated) != []


def test_a_rate_after_after_is_an_earlier_periods_change() -> None:
    """'increased 2.6 percent to $4.512 billion from $4.398 billion, after growth of 7.1
    percent in March': the 7.1% is March's, no growth of April's levels; the 2.6% is still
    checked against them (3.6% is caught)."""
    text = (
        "Exports\n\nExports increased 2.6 percent to $4.512 billion from $4.398 billion, after "
        "growth of 7.1 percent in March.\n"
    )
    found = valued(text)
    assert "growth ( 4.512 , 4.398 ) == 2.6" in found
    assert not any("== 7.1" in condition for condition in found)
    assert _flags(text) == []
    assert _flags(text.replace("2.6 percent", "3.6 percent")) != []


def test_shares_at_one_stage_of_a_count_are_of_that_stages_whole() -> None:
    """'With 61.5% of precincts reporting, Smith had 41,230 votes, 52.1% of the valid votes'
    and, a paragraph later, the final count's 50.3% and 49.4% 'of the valid votes': two
    stages of the count, two wholes (52.1 + 50.3 + 49.4 over 100 was a false finding);
    shares of one stage still add up to at most 100 percent (52.1 + 49.2 is caught)."""
    text = (
        "Count\n\nWith 61.5% of precincts reporting, Smith had 41,230 votes, 52.1% of the valid "
        "votes.\n\nIn the final count Smith had 98,765 votes, 50.3% of the valid votes, and "
        "Jones 97,012, 49.4% of the valid votes.\n"
    )
    found = valued(text)
    assert "share ( 41,230 , total_votes ) == 52.1" in found
    assert "share ( 98,765 , total_votes_2 ) == 50.3" in found
    assert _flags(text) == []
    one_stage = (
        "Count\n\nWith 61.5% of precincts reporting, Smith had 41,230 votes, 52.1% of the valid "
        "votes, and Jones 38,950, 49.2% of the valid votes.\n"
    )
    assert _flags(one_stage) != []


def test_a_fitted_whole_is_no_figure_of_an_earlier_paragraph() -> None:
    """'In 2019, ... 1.9 million voted.' then a paragraph on 2023 with 'Green had 75,400 votes
    (3.96%)': the 1.9 million fits the share by arithmetic alone, but it is another
    election's count; in the same paragraph it is fitted, and a share that misses it within
    the fit (3.90%) is caught."""
    apart = (
        "Turnout\n\nIn 2019, of 2.4 million people entitled to vote, 1.9 million voted.\n\n"
        "In 2023 Green had 75,400 votes (3.96%) and Brown 61,100 (3.21%).\n"
    )
    assert not any(" 1.9 " in condition for condition in valued(apart))
    assert _flags(apart) == []
    together = (
        "Turnout\n\nIn 2023, of 2.4 million people entitled to vote, 1.9 million voted; Green "
        "had 75,400 votes (3.96%) and Brown 61,100 (3.21%).\n"
    )
    assert "share ( 75,400 , 1.9 ) == 3.96" in valued(together)
    assert _flags(together) == []
    assert _flags(together.replace("3.96%", "3.90%")) != []


def test_a_fitted_whole_is_no_figure_of_a_later_paragraph_of_another_year() -> None:
    """A paragraph on 2023 ('1,12,838 students, or 6.80 per cent') and one on 2025 ('of the
    16,92,794 candidates'): the later paragraph names another year, so its count is no
    whole of the earlier one's shares (6.67%, within the fit, was a false finding)."""
    text = (
        "Results\n\nIn 2023, 1,12,838 students, or 6.80 per cent, scored 90 per cent or more.\n\n"
        "In 2025, 88.39 percent of the 16,92,794 candidates passed.\n"
    )
    assert not any(
        "16,92,794" in condition and "1,12,838" in condition for condition in valued(text)
    )
    assert _flags(text) == []


def test_a_narrowed_noun_is_no_whole_a_share_of_the_noun_is_of() -> None:
    """'Wind generation rose ... to 31.4TWh' then '19.6 TWh, 28.2 per cent of generation':
    wind generation is a kind of generation, not all of it, so the 28.2% is of a whole
    left unsaid; a whole the bare noun names ('Generation totalled 69.5 TWh') is still
    used, and a share that misses it (31.2%) is caught."""
    text = (
        "Power\n\nWind generation rose 12% on the year to 31.4TWh in the first quarter. In the "
        "second quarter it was 8 per cent lower at 19.6 TWh, 28.2 per cent of generation.\n"
    )
    found = valued(text)
    assert "share ( 19.6 , total_generation ) == 28.2" in found
    assert not any("31.4" in condition for condition in found)
    assert _flags(text) == []
    bare = (
        "Power\n\nGeneration totalled 69.5 TWh in the second quarter. Wind produced 19.6 TWh, "
        "28.2 per cent of generation.\n"
    )
    assert "share ( 19.6 , 69.5 ) == 28.2" in valued(bare)
    assert _flags(bare) == []
    assert _flags(bare.replace("28.2 per cent", "31.2 per cent")) != []


def test_a_points_change_after_another_rate_is_that_rates() -> None:
    """'19.6 TWh, 28.2 per cent of generation, 2.1 percentage points up, and nuclear made 14.8
    per cent, 1.7 percentage points down': the 1.7 points are the change of the 14.8 per
    cent, not of the wind's share; the 2.1 points still are."""
    text = (
        "Power\n\nWind produced 19.6 TWh, 28.2 per cent of generation, 2.1 percentage points "
        "up, and nuclear made 14.8 per cent, 1.7 percentage points down.\n"
    )
    changes = [c for c in valued(text) if c.startswith("share_change")]
    assert len(changes) == 1
    assert changes[0].endswith("== 2.1")


def test_an_age_or_a_change_is_no_part_of_the_unemployment_rate() -> None:
    """'The employment rate of those aged 15-64 was 69.6% and the unemployment rate 2.3%, with
    661,000 people unemployed, 6.0% fewer': 15-64 is an age, not the employed; the rate is
    still defined by stated levels, and a wrong one (2.8% of 661,000 and 28,698,000) caught."""
    aged = (
        "Jobs\n\nThe employment rate of those aged 15-64 was 69.6% and the unemployment rate "
        "2.3%, with 661,000 people unemployed, 6.0% fewer.\n"
    )
    assert not any(condition.startswith("share") for condition in valued(aged))
    assert _flags(aged) == []
    changes = (
        "Jobs\n\nJobs for those aged 15-29 fell by 173,000 and their unemployment rate rose to "
        "6.7 percent; people in their forties had 114,000 fewer jobs, and 28,920,000 people "
        "were employed.\n"
    )
    assert not any(condition.startswith("share") for condition in valued(changes))
    levels = (
        "Jobs\n\nThe number of unemployed fell to 661,000 and the number of employed rose to "
        "28,698,000, so the unemployment rate was 2.3%.\n"
    )
    assert "share ( 661,000 , 661,000 + 28,698,000 ) == 2.3" in valued(levels)
    assert _flags(levels) == []
    assert _flags(levels.replace("2.3%", "2.8%")) != []


def test_a_from_level_then_the_next_items_to_level_is_no_from_to_pair() -> None:
    """'Barley came to 9,512,000 tonnes, up 4% from 9,146,000 tonnes, oats to 3,210,000 tonnes,
    up 7% from 3,000,000 tonnes': the 4% grew barley from 9,146,000, not oats' 3,210,000 from
    it; a rate that misses its own levels (6% for barley) is still caught."""
    text = (
        "Crops\n\nBarley came to 9,512,000 tonnes, up 4% from 9,146,000 tonnes, oats to "
        "3,210,000 tonnes, up 7% from 3,000,000 tonnes.\n"
    )
    found = valued(text)
    assert "growth ( 9,512,000 , 9,146,000 ) == 4" in found
    assert "growth ( 3,210,000 , 3,000,000 ) == 7" in found
    assert _flags(text) == []
    assert _flags(text.replace("up 4%", "up 6%")) != []
    per = "Deaths\n\nThe rate declined 19.5%, from 247.8 per 100,000 population to 199.4.\n"
    assert "growth ( 199.4 , 247.8 ) == 19.5" in valued(per)  # a digit's comma is no list's
    assert _flags(per) == []
    assert _flags(per.replace("19.5%", "15.5%")) != []


def test_the_total_of_one_paragraph_is_not_another_paragraphs() -> None:
    """'Online sales, $2.9 billion, made 9.7% of the total' in one month's paragraph and
    'online sales of $3.3 billion, 10.4% of the total' in another's: each 'total' is its own
    month's, not one whole of both (9.7% of 29.9 is not 10.4% of it); one paragraph's two
    shares of 'the total' are still of one whole, and a pair that misfits it is caught."""
    text = (
        "Sales\n\nIn May online sales, $2.9 billion, made 9.7% of the total.\n\nIn June "
        "online sales were $3.3 billion, 10.4% of the total.\n"
    )
    totals = {c.split(", ")[1].split(" )")[0] for c in valued(text) if c.startswith("share")}
    assert totals == {"national_total", "national_total_2"}
    assert _flags(text) == []
    one = (
        "Sales\n\nIn June online sales were $3.3 billion, 10.4% of the total, and store sales "
        "$28.4 billion, 95.6% of the total.\n"
    )
    assert _flags(one) != []


def test_a_later_rate_over_the_first_months_is_of_its_own_period() -> None:
    """'$30.7 billion, 7.1% more than a year before, ... and 8.3% more over the first 11
    months': the 8.3% is over eleven months, not November's growth from its year-earlier
    level; the 7.1% still is (with the level a year before stated, a wrong one is caught)."""
    text = (
        "Sales\n\nIn November sales were $41.2 billion, 6.4% more than a year before, and 9.1% "
        "more over the first 11 months.\n"
    )
    found = valued(text)
    assert "growth ( 41.2 , november_sales_previous ) == 6.4" in found
    assert not any(c.startswith("growth") and c.endswith("== 9.1") for c in found)
    assert _flags(text) == []
    stated = "Sales\n\nIn November sales rose 6.4% to $41.2 billion from $37.1 billion.\n"
    assert _flags(stated) != []


def test_parts_whose_share_the_sentence_gives_together_make_no_earlier_whole() -> None:
    """'Germany sent 510,300, France 402,100, Italy 230,500 and Spain 150,200: 70.9% of the
    total together': 'together' cues a share the parts make, not the 1,840,000 stated before
    as their sum; parts the words say make up an earlier level are still summed, and a level
    they miss is caught."""
    text = (
        "Visitors\n\nIn March visitors rose 6.0% to 1,840,000. Germany sent 510,300, France "
        "402,100, Italy 230,500 and Spain 150,200: 70.9% of the total together.\n"
    )
    assert not any(" + " in condition for condition in valued(text))
    assert _flags(text) == []
    made_up = (
        "Visitors\n\nIn March visitors rose 6.0% to 1,293,100. Germany sent 510,300, France "
        "402,100, Italy 230,500 and Spain 150,200 of them together.\n"
    )
    assert "510,300 + 402,100 + 230,500 + 150,200 == 1,293,100" in valued(made_up)
    assert _flags(made_up) == []
    assert _flags(made_up.replace("1,293,100", "1,393,100")) != []
