"""Forms met in the third round of real texts (tests/unseen/): the proposer must not turn
correct arithmetic into a finding.  Each text is invented, in the form of a real one that was
flagged wrongly; the expected values are written by hand."""

from __future__ import annotations

from factcheck.draft import draft
from factcheck.engine import audit
from factcheck.files import parse_claims


def _flags(text: str) -> list[str]:
    """The checks the audit of the draft finds inconsistent or stretched, warnings included."""
    report = audit(parse_claims(draft(text, schema=""), "<t>").article)
    return [v.check.id for v in report.verdicts if v.grade in ("inconsistent", "stretched")]


def test_a_grade_is_no_count_of_what_follows() -> None:
    """'3,600 students got a 9 in every subject, 338 of them in 11 subjects': the 9 is a
    grade, so the 338 are not a part of it (they are of the 3,600); '7 or above' and '4 or C
    or above' name grades too, and none of them is a figure."""
    text = (
        "Exam results\n\nSome 30% of entries were graded 7 or above, and 79.1% of pupils got "
        "4 or C or above. A record 3,600 students got a 9 in every subject, 338 of them in 11 "
        "subjects or more.\n"
    )
    claims = parse_claims(draft(text, schema=""), "<t>")
    assert sorted(n.text for n in claims.not_claims) == ["4", "7", "9"]
    quotes = [figure.quote for figure in claims.article.figures]
    assert not any(" a 9" in quote for quote in quotes)
    assert _flags(text) == []


def test_a_count_after_the_article_with_its_noun_stays_a_figure() -> None:
    """'a 1 in 5 chance' and '12 of the 20 seats' are no grades: an article before a number
    makes it a grade only when nothing of its own follows."""
    text = "Seats\n\nThe party won 12 of the 20 seats, a 60% share, with a 1 in 5 chance.\n"
    claims = parse_claims(draft(text, schema=""), "<t>")
    assert [n.text for n in claims.not_claims] == []
    assert _flags(text) == []


def test_a_rate_naming_its_own_base_is_measured_from_it() -> None:
    """'cut to 117.2 million tonnes from 121.5 million tonnes a month before: 10% less than
    the 130.9 million tonnes of the year before': the 10% compares the 117.2 with the 130.9
    (117.2 / 130.9 is 0.895), not with the forecast of a month before (0.965)."""
    text = (
        "Wheat\n\nThe forecast was cut to 117.2 million tonnes from 121.5 million tonnes a "
        "month before, officials said: 10% less than the 130.9 million tonnes of last year.\n"
    )
    assert _flags(text) == []
    wrong = text.replace("130.9", "125.9")  # 117.2 / 125.9 is 6.9% less, not 10%
    assert _flags(wrong) != []


def test_a_base_named_by_one_rate_is_not_what_the_next_rate_compares() -> None:
    """'32,414 applications, 29% more than the 25,033 of 2014, and 63% more than the 19,865
    of 2011': both rates compare the 32,414 (with 25,033 and 19,865), never the 25,033 with
    the 19,865 (26%)."""
    text = (
        "Applications\n\nThere were 32,414 applications in 2015, 29% more than the 25,033 of "
        "2014, and 63% more than the 19,865 of 2011.\n"
    )
    assert _flags(text) == []


def test_counts_of_different_things_make_no_change() -> None:
    """'61 patients spent more than eight hours in A&E and seven more than 12 hours': the 12
    are hours, so 61 - 12 is no change 'seven more than' states."""
    text = (
        "Long waits\n\nThat week 61 patients spent more than eight hours in A&E and seven "
        "more than 12 hours.\n"
    )
    assert _flags(text) == []


def test_a_rate_after_another_subject_is_not_the_levels_growth() -> None:
    """'Advertising revenue slipped to $54.55 billion from $54.66 billion, with YouTube's down
    2.5%': the 2.5% is YouTube's, not the growth from 54.66 to 54.55 (0.2%)."""
    text = (
        "Results\n\nAdvertising revenue slipped to $54.55 billion from $54.66 billion, with "
        "YouTube's down 2.5%, while search revenue rose 2% to $40.36 billion.\n"
    )
    assert _flags(text) == []


def test_a_products_number_is_no_figure() -> None:
    """'Office 365 commercial revenue grew 42% (40% in constant currency), and Dynamics 365's
    65% (62%)': 365 names the product; no share of a whole is made of the brackets."""
    text = (
        "Results\n\nOffice 365 commercial revenue grew 42% (40% in constant currency), "
        "LinkedIn's revenue 37% (33%) and Dynamics 365's 65% (62%).\n"
    )
    claims = parse_claims(draft(text, schema=""), "<t>")
    assert not any("365" in figure.quote.split("%")[0][-4:] for figure in claims.article.figures)
    assert _flags(text) == []


def test_a_rate_of_the_next_clause_is_not_the_levels_growth() -> None:
    """'Gas-fired output rose to 28.06TWh from 24.55TWh a year earlier, and power demand fell
    5.9pc': the 5.9pc is the demand's, not the growth from 24.55 to 28.06 (14.3%)."""
    text = (
        "Power\n\nGas-fired output rose to 28.06TWh from 24.55TWh a year earlier, and power "
        "demand fell 5.9pc to an average of 53.63GW.\n"
    )
    assert _flags(text) == []


def test_two_rates_of_one_level_from_two_times_share_no_earlier_level() -> None:
    """'£21.1 billion, 6.1% less than the year before and 64.5% more than three years
    earlier': the two rates are from two earlier levels, not one."""
    text = (
        "Rail\n\nIn the year to March 2023 passengers made 1,385 million journeys, 39.9% more "
        "than a year before but 20.4% fewer than in the year to March 2020. Government support "
        "came to £21.1 billion, 6.1% less than the year before and 64.5% more than three years "
        "earlier; 67.8% of trains arrived on time, 5.3pp fewer than a year before and 2.8pp "
        "more than three years earlier.\n"
    )
    assert _flags(text) == []


def test_a_run_of_set_scores_and_tie_breaks_makes_no_figures() -> None:
    """'beat Federer 7-6 (5) 1-6 7-6 (4) 4-6 13-12 (3)': the sets lost (1-6, 4-6) read as
    ranges and the tie-breaks as counts made sums of them (1 + 3 == 4, warned); none is a
    figure."""
    text = (
        "Final\n\nDjokovic beat Federer 7-6 (5) 1-6 7-6 (4) 4-6 13-12 (3) after four hours and "
        "57 minutes, four short of Federer's 20 titles.\n"
    )
    claims = parse_claims(draft(text, schema=""), "<t>")
    quotes = " ".join(figure.quote for figure in claims.article.figures)
    assert "1-6" not in quotes
    assert "4-6" not in quotes
    assert "(5)" not in quotes
    tie_breaks = sorted(n.text for n in claims.not_claims if n.text in {"3", "4", "5"})
    assert tie_breaks == ["3", "4", "5"]
    assert _flags(text) == []


def test_two_changes_of_one_level_from_two_times() -> None:
    """'£1,849 a year, £159 more than a year before but £531 less than at the height of the
    crisis': the £531 is no level the £159 was measured from (1,849 - 531 is not 159), and
    the two changes are from two earlier levels, not one."""
    text = (
        "Bills\n\nThe typical bill would be £1,849 a year, £159 more than a year before but "
        "£531 less than at the height of the energy crisis.\n"
    )
    assert _flags(text) == []


def test_a_list_ordered_largest_first_stops_at_while() -> None:
    """'led by restaurants and hotels (7.2%) and alcoholic drinks and tobacco (7.1%), while
    communication (3.4%) and education (3.9%) rose least': the second list, of the smallest,
    is no continuation of the first (3.4 is not above 3.9)."""
    text = (
        "Prices\n\nThe annual rate was 94.8%, the highest since 1990; prices rose 5.1% in "
        "the month, led by restaurants and hotels (7.2%) and "
        "alcoholic drinks and tobacco (7.1%), while communication (3.4%) and education (3.9%) "
        "rose least.\n"
    )
    assert _flags(text) == []


def test_each_years_amounts_are_converted_at_that_years_rate() -> None:
    """A text on 2016 and 2021 converts '15.9 trillion yuan (2.4 trillion U.S. dollars)' of
    2016 (6.6 yuan a dollar) and '82.31 trillion yuan ($12.79 trillion)' of 2021 (6.4) each at
    its own year's rate: not at the 2025 rate the text's last paragraph would give (7.1 to
    7.35), nor at one rate for both."""
    text = (
        "Growth\n\nIn the first quarter of 2016 GDP grew 6.7 percent to 15.9 trillion yuan (2.4 "
        "trillion U.S. dollars).\n\nOver the first three quarters of 2021 GDP grew 9.8 percent "
        "to 82.31 trillion yuan ($12.79 trillion).\n\nIn the second quarter of 2025 GDP grew "
        "5.2%.\n"
    )
    assert _flags(text) == []
    claims = parse_claims(draft(text, schema=""), "<t>")
    rates = sorted(u.name for u in claims.article.unknowns if "per_usd" in u.name)
    assert rates == ["cny_per_usd_2016", "cny_per_usd_2021"]


def test_up_from_an_earlier_rate_is_no_growth_of_the_level() -> None:
    """'grew 10.7 percent to about 8.6 trillion yuan, up from 10 percent in 2015': the 10
    percent is the rate a year before, not a second growth of the 8.6 trillion."""
    text = (
        "Investment\n\nFixed-asset investment grew 10.7 percent to about 8.6 trillion yuan "
        "(1.32 trillion U.S. dollars), up from 10 percent in 2015.\n"
    )
    growths = [c for c in draft(text, schema="").splitlines() if "growth(asset_investment" in c]
    assert len(growths) == 1
    assert _flags(text) == []


def test_one_subjects_growth_in_two_periods_is_not_one_growth() -> None:
    """'Retail sales grew 10.3 percent, 0.4 percentage points less than in 2015' and, two
    years on, 'Retail sales rose 9.4%, 0.4 percentage points less than in the first quarter':
    the same words, two periods, two growths."""
    text = (
        "Sales\n\nIn 2016 retail sales grew 10.3 percent, 0.4 percentage points less than in "
        "2015.\n\nIn the first half of 2018 retail sales rose 9.4%, 0.4 percentage points less "
        "than in the first quarter.\n"
    )
    assert _flags(text) == []


def test_a_rate_of_a_time_is_no_share_and_the_gap_is_with_it() -> None:
    """'grew 1.40 per cent, 3.74 percentage points more than the -2.34 per cent of a year
    before' and, in 2019, 'grew 2.01%, 0.12 percentage points more than the 1.89% of a year
    before': 'of a year before' is a time, not a whole the -2.34 is a share of, and each gap
    is with the rate stated after 'than the' (1.40 - -2.34 is 3.74), not with one unknown
    rate for both sentences."""
    text = (
        "Growth\n\nIn the third quarter of 2017 GDP grew 1.40 per cent, 3.74 percentage points "
        "more than the -2.34 per cent of a year before.\n\nIn the first quarter of 2019 real GDP "
        "grew 2.01%, 0.12 percentage points more than the 1.89% of a year before.\n"
    )
    assert _flags(text) == []
    conditions = [c for c in draft(text, schema="").splitlines() if "condition:" in c]
    assert not any("share(" in c for c in conditions)
    assert sum("gap(" in c and "other_rate" not in c for c in conditions) == 2
    wrong = text.replace("3.74 percentage", "3.24 percentage")
    assert _flags(wrong) != []


def test_points_less_than_a_stated_rate_keep_their_sign() -> None:
    """'Services cost 4.0 percent more than a year earlier, 1.1 percentage points less than
    the 5.1 percent of August': the reader signs the points (-1.1), so the gap is 4.0 - 5.1,
    not 5.1 - 4.0."""
    text = (
        "Prices\n\nServices cost 4.0 percent more than a year earlier, 1.1 percentage points "
        "less than the 5.1 percent of August.\n"
    )
    assert _flags(text) == []
    assert _flags(text.replace("5.1 percent", "5.6 percent")) != []
