"""Forms of real texts (round five of tests/unseen/) the proposer once turned into false
findings: each text is invented, in the form of a real one, with the values expected by hand."""

from __future__ import annotations

from drafted import valued
from factcheck.draft import draft
from factcheck.engine import audit
from factcheck.files import parse_claims


def _flags(text: str) -> list[str]:
    """The checks the audit of the draft finds inconsistent or stretched, warnings included."""
    report = audit(parse_claims(draft(text, schema=""), "<t>").article)
    return [v.check.id for v in report.verdicts if v.grade in ("inconsistent", "stretched")]


def test_a_lead_takes_no_shares_from_another_pollsters_clause() -> None:
    """'ICM gave the Conservatives a 12-point lead ...; SurveyMonkey had the Conservatives on
    42% and Labour on 38%': the 42 and 38 are another poll's, after a semicolon; taking them
    as the sides of ICM's lead (a gap of 4) was a false finding."""
    text = (
        "Polls\n\nICM gave the Conservatives a 12-point lead and ComRes ten points; "
        "SurveyMonkey had the Conservatives on 42% and Labour on 38%.\n"
    )
    assert valued(text) == {}
    assert _flags(text) == []


def test_a_lead_with_its_shares_in_its_own_clause_is_still_checked() -> None:
    """'a 12-point lead, 44% to 32%; ...': the sides in the lead's own clause are its sides,
    so a wrong lead (15 points for 44 against 32) is still caught."""
    text = (
        "Polls\n\nICM gave the Conservatives a 12-point lead, 44% to 32%; SurveyMonkey had "
        "the Conservatives on 42% and Labour on 38%.\n"
    )
    assert valued(text) == {"gap ( 44 , 32 ) == 12 * 1 percentage_point": "error"}
    assert _flags(text) == []
    assert _flags(text.replace("12-point", "15-point")) != []


def test_shares_of_two_labelled_districts_are_of_two_wholes() -> None:
    """'held District D with 4,217 votes, 62 percent, and ... District E with 4,484, or 55.5
    percent': the votes of two districts; one whole for both (4,217 of 6,802 is 62 percent,
    so 4,484 would be 65.9 percent) was a false finding."""
    text = (
        "Council\n\nKay Crowder held District D with 4,217 votes, 62 percent, and Bonner "
        "Gaylord District E with 4,484, or 55.5 percent.\n"
    )
    assert valued(text) == {
        "share ( 4,217 , whole_1 ) == 62": "warn",
        "parts_within ( whole_1 , [ 4,217 ] )": "warn",
        "share ( 4,484 , whole_2 ) == 55.5": "warn",
        "parts_within ( whole_2 , [ 4,484 ] )": "warn",
    }
    assert _flags(text) == []


def test_shares_of_one_labelled_district_are_still_of_one_whole() -> None:
    """'In District D, ... 4,217 votes, 62 percent, and ... 2,585, or 38 percent': one
    district, one whole (4,217 of 6,802 is 62.0 percent); a wrong share is still caught."""
    text = (
        "Council\n\nIn District D, Kay Crowder won 4,217 votes, 62 percent, and Ashton Smith "
        "2,585, or 38 percent.\n"
    )
    assert valued(text)["share ( 4,217 , 4,217 + 2,585 ) == 62"] == "error"
    assert _flags(text) == []
    assert _flags(text.replace("62 percent", "66 percent")) != []


def test_a_lead_takes_no_shares_from_the_clause_after_and() -> None:
    """'Gallup had him 8 points ahead, and a Hotline poll gave Obama 47 percent to McCain's 41
    percent': another poll's shares, after ', and'; a gap of 6 against 8 was a false
    finding.  A lead with its own shares before ', and' is still checked."""
    text = (
        "Polls\n\nGallup had him 8 points ahead, and a Hotline poll gave Obama 47 percent to "
        "McCain's 41 percent.\n"
    )
    assert valued(text) == {}
    assert _flags(text) == []
    own = (
        "Polls\n\nA Hotline poll gave Obama a 6-point lead, 47 percent to 41 percent, and "
        "Gallup had him 8 points ahead.\n"
    )
    assert valued(own) == {"gap ( 47 , 41 ) == 6 * 1 percentage_point": "error"}
    assert _flags(own.replace("6-point", "9-point")) != []


def test_the_level_a_balance_rose_from_is_no_term_of_its_pair() -> None:
    """'a goods and services deficit of $48.5 billion, up from $44.3 billion in December':
    the $44.3 billion is December's; checking 69.7 - 21.2 against it was a false finding.
    The January deficit is still the imports less the exports and the pair's sum."""
    text = (
        "Trade\n\nExports were $192.1 billion in January and imports $240.6 billion, a goods "
        "and services deficit of $48.5 billion, up from $44.3 billion in December. The goods "
        "deficit rose to $69.7 billion and the services surplus fell to $21.2 billion.\n"
    )
    assert valued(text) == {
        "240.6 - 192.1 == 48.5": "error",
        "69.7 - 21.2 == 48.5": "error",
        "48.5 > 44.3": "error",  # 'up from': the deficit reached is the larger
    }
    assert _flags(text) == []
    assert _flags(text.replace("$69.7 billion", "$67.7 billion")) != []


def test_a_balance_with_a_partner_is_no_balance_of_the_totals() -> None:
    """'widening the deficit with them from $4.4 billion to $4.5 billion': the deficit with
    the other countries, not Canada's imports ($39.3 billion) less its exports ($39.1
    billion), which was a false finding; one partner's balance of that partner's flows is
    still checked."""
    text = (
        "Trade\n\nCanada's exports rose to $39.1 billion and imports rose to $39.3 billion. "
        "Exports to other countries rose to $10.1 billion and imports from them to $14.6 "
        "billion, widening the deficit with them from $4.4 billion to $4.5 billion.\n"
    )
    assert valued(text) == {}
    assert _flags(text) == []
    china = (
        "Trade\n\nExports to China were $10.1 billion and imports from China $14.6 billion, "
        "a deficit with China of $4.5 billion.\n"
    )
    assert valued(china) == {"14.6 - 10.1 == 4.5": "error"}
    assert _flags(china.replace("$4.5 billion", "$5.5 billion")) != []


def test_a_base_named_by_one_rate_is_no_level_the_next_rate_grew_to() -> None:
    """'15.4 percent above the previous year's peak of 190,934, 13.7 percent above the 193,824
    of the same period': the 190,934 is a base; reading the 13.7 percent as its growth from
    193,824 (a fall of 1.5 %) was a false finding.  With the subject named, the 13.7 percent
    is its growth from the 193,824 (220,425 / 193,824 is +13.72 %)."""
    text = (
        "Sales\n\nSales were 15.4 percent above the previous year's peak of 190,934, 13.7 "
        "percent above the 193,824 of the same period a year before.\n"
    )
    assert valued(text) == {"15.4 > 0 percent": "error", "13.7 > 0 percent": "error"}
    assert _flags(text) == []
    named = (
        "Sales\n\nSales were 220,425, 15.4 percent above the previous year's peak of 190,934 "
        "and 13.7 percent above the 193,824 of a year before.\n"
    )
    assert valued(named)["growth ( 220,425 , 193,824 ) == 13.7"] == "error"
    assert _flags(named) == []
    assert _flags(named.replace("13.7 percent", "17.3 percent")) != []


def test_a_base_a_rate_compares_with_is_no_part_of_the_level() -> None:
    """'rose by $2,000 on the week to $197,000, 3.7 percent above the $190,000 of four weeks
    before': $2,000 + $190,000 (rounded to $195,000) is no sum making $197,000; proposing it
    turned the true 3.7 percent (197,000 / 190,000 is +3.68 %) into a false finding."""
    text = (
        "Prices\n\nThe median price rose by $2,000 on the week to $197,000, 3.7 percent above "
        "the $190,000 of four weeks before.\n"
    )
    assert valued(text) == {"growth ( 197,000 , 190,000 ) == 3.7": "error"}
    assert _flags(text) == []
    assert _flags(text.replace("3.7 percent", "9.7 percent")) != []


def test_a_balance_of_another_year_is_no_difference_of_this_years_flows() -> None:
    """'a trade surplus of US$19.7 billion in 2015. Exports came to US$191.1 billion and
    imports to US$171.4 billion. In 2014 Brazil had a trade deficit of US$4.1 billion': the
    exports and imports are 2015's, named in the sentence before theirs; checking 2014's
    deficit against them was a false finding.  2015's surplus is still their difference."""
    text = (
        "Trade\n\nBrazil had a trade surplus of US$19.7 billion in 2015. Exports came to "
        "US$191.1 billion and imports to US$171.4 billion. In 2014 Brazil had a trade deficit "
        "of US$4.1 billion.\n"
    )
    assert valued(text) == {"191.1 - 171.4 == 19.7": "error"}
    assert _flags(text) == []
    assert _flags(text.replace("US$19.7 billion", "US$21.7 billion")) != []


def test_the_employment_rate_is_not_the_unemployment_rate() -> None:
    """'The employment rate of those aged 16 to 64 was 71.0%': 'unemployment rate' ends with
    'employment rate', and taking the 71.0% for the share of the unemployed in the labour
    force was a false finding.  The unemployment rate is still checked by its definition
    (2.56 of 2.56 + 29.48 million is 7.99 percent)."""
    text = (
        "Jobs\n\nUnemployment fell by 46,000 to 2.56 million. The employment rate of those "
        "aged 16 to 64 was 71.0%.\n"
    )
    assert valued(text) == {"2.56 - unemployment_2_previous == 46,000": "error"}
    assert _flags(text) == []
    defined = (
        "Jobs\n\nUnemployment fell to 2.56 million and employment rose to 29.48 million. The "
        "unemployment rate was 8.0%.\n"
    )
    assert valued(defined) == {"share ( 2.56 , 2.56 + 29.48 ) == 8.0": "warn"}
    assert _flags(defined.replace("8.0%", "9.0%")) != []


def test_a_whole_named_by_its_word_is_not_a_figure_written_after_it() -> None:
    """'chip exports rose 43% to $5.85 billion, 16.3% of all exports. In May exports fell 1.3
    percent to $57.3 billion': April's share is not of May's exports, named in a later
    sentence (5.85 of 57.3 is 10.2 %, a false finding).  A figure named before the share is
    still its whole (9.35 of 57.3 is 16.32 %)."""
    text = (
        "Exports\n\nIn April chip exports rose 43% to $5.85 billion, 16.3% of all exports. In "
        "May exports fell 1.3 percent to $57.3 billion.\n"
    )
    assert "share ( 5.85 , total_exports ) == 16.3" in valued(text)
    assert _flags(text) == []
    before = (
        "Exports\n\nIn May exports fell 1.3 percent to $57.3 billion. Chip exports rose to "
        "$9.35 billion, 16.3% of all exports.\n"
    )
    assert valued(before)["share ( 9.35 , 57.3 ) == 16.3"] == "warn"
    assert _flags(before.replace("$9.35 billion", "$5.85 billion")) != []
