"""Review, round six: correct sentences in the shapes of the second round of errata rules
(points between two rates, a change against an earlier year and its rate, a poll's answers,
a portion glossed by its amount, a price times a quantity, an amount per head) that
``factcheck check`` once flagged.  Texts are invented; each holds as written (worked by hand
in its docstring), so no check may be found inconsistent or stretched."""

from __future__ import annotations

from drafted import valued
from factcheck.draft import draft, draft_book
from factcheck.engine import audit
from factcheck.files import parse_claims


def _flags(text: str) -> list[str]:
    """The checks the audit of the draft finds inconsistent or stretched, warnings included."""
    report = audit(parse_claims(draft(text, schema=""), "<t>").article)
    return [v.check.id for v in report.verdicts if v.grade in ("inconsistent", "stretched")]


def _ids(text: str) -> list[str]:
    return [c.id for c in draft_book(text).checks]


def test_bare_points_too_large_for_percentage_points_are_basis_points() -> None:
    """'raised its key rate by 75 points, from 2.25 percent to 3 percent': no two rates of 3
    percent or less are 75 percentage points apart, so the points are basis points (0.75
    percentage point), and they hold; 75 points from 4.25 to 4.75 percent (50) do not."""
    text = (
        "Rates\n\nThe central bank raised its key rate by 75 points, from 2.25 percent to 3 "
        "percent. Spreads widened 30 points, from 1.5% to 1.8%.\n"
    )
    assert _flags(text) == []
    assert len([c for c in _ids(text) if c.endswith("_change")]) == 2
    wrong = (
        "Rates\n\nThe bank raised its key rate by 75 points, from 4.25 percent to 4.75 percent.\n"
    )
    assert _flags(wrong) != []


def test_changes_in_points_paired_respectively_are_not_read_side_by_side() -> None:
    """'fell 4 points and rose 6 points, from 30% to 26% and from 20% to 26%, respectively':
    the 6 points go with 20 to 26 percent, not with the 30 to 26 beside them."""
    text = (
        "Polls\n\nThe two parties fell 4 points and rose 6 points, from 30% to 26% and from "
        "20% to 26%, respectively.\n"
    )
    assert not any(c.startswith("gap") for c in valued(text))
    assert _flags(text) == []


def test_a_rate_of_change_against_another_year_is_not_the_changes() -> None:
    """'500 patients, 50 more than in 2019, a 10% increase compared with 2018': the 10
    percent is against 2018 (450 in 2019 gives 11.1), so no growth of the 50 is drafted."""
    text = (
        "Clinic\n\nThe clinic saw 500 patients, 50 more than in 2019, a 10% increase compared "
        "with 2018.\n"
    )
    assert not any(c.startswith("growth ( 500") for c in valued(text))
    assert _flags(text) == []


def test_a_change_fewer_than_a_year_ago_is_no_level_its_rate_grew() -> None:
    """'310 homicides, 40 fewer than a year ago, down 11 percent': 40 on 350 is 11.4
    percent down; the 40 fewer is a change, not a level that fell 11 percent."""
    text = "Crime\n\nThere were 310 homicides, 40 fewer than a year ago, down 11 percent.\n"
    checks = valued(text)
    assert "growth ( 310 , 310 - 40 ) == 11" in checks
    assert not any(c.startswith("growth ( 40") for c in checks)
    assert _flags(text) == []


def test_shares_with_a_residual_but_no_question_asked_are_not_one_questions() -> None:
    """Nested shares ('62% use the app, 48% use it daily'), answers to two questions ('safe
    at school', 'safe online') and strong support within support: none add to 100, and
    no single question is said to have been asked."""
    texts = [
        "Poll\n\nThe survey found 62% of adults use the app, 48% use it daily and 10% do not "
        "know what it is.\n",
        "Poll\n\nThe survey found 70 percent have heard of the program, 45 percent have used "
        "it and 5 percent were not sure.\n",
        "Poll\n\nOf the students surveyed, 72% said they felt safe at school, 61% said they "
        "felt safe online and 9% were unsure.\n",
        "Poll\n\n62% of voters back the levy, 48% strongly, and 10% are undecided.\n",
    ]
    for text in texts:
        assert not any(c.endswith("_answers") for c in _ids(text)), text
        assert _flags(text) == [], text


def test_answers_that_may_be_many_are_not_one_questions() -> None:
    """'Asked what matters, respondents could pick more than one': 70, 55, 40 and 12 percent
    are not exclusive answers."""
    text = (
        "Poll\n\nAsked what mattered when buying, and free to pick more than one answer, 70 "
        "percent chose price, 55 percent chose quality, 40 percent chose brand and 12 percent "
        "were unsure.\n"
    )
    assert not any(c.endswith("_answers") for c in _ids(text))
    assert _flags(text) == []


def test_a_question_asked_with_answers_that_do_not_oppose_may_have_many() -> None:
    """'Asked how they get their news, 60% said television, 50% said online': each
    respondent may name several sources; no answer opposes another, so they are not drafted
    as exclusive (the 'yes', 'no' answers of the last text are); nor are answers with a
    part of one among them ('45% said yes, including 20% who strongly approve')."""
    texts = [
        "Poll\n\nAsked how they get their news, 60% said television, 50% said online, 30% said "
        "newspapers and 5% didn't know.\n",
        "Poll\n\nAsked what they would do with a windfall, 45 percent said they would save it, "
        "40 percent would pay off debt, 30 percent would spend it and 5 percent did not know.\n",
        "Poll\n\nAsked about the candidates, 52% viewed Smith favorably, 48% viewed Jones "
        "favorably and 10% were unsure about both.\n",
    ]
    for text in texts:
        assert not any(c.endswith("_answers") for c in _ids(text)), text
        assert _flags(text) == [], text
    nested = (
        "Poll\n\nAsked whether they approve of the mayor, 45% said yes, including 20% who "
        "strongly approve, 50% said no and 5% were unsure.\n"
    )
    assert not any(c.endswith("_answers") for c in _ids(nested))
    assert _flags(nested) == []
    exclusive = (
        "Poll\n\nWhen asked if they trust the media, 30% said yes, 60% said no, and 10% were "
        "unsure.\n"
    )
    assert "shares_sum ( [ 30 , 60 , 10 ] )" in valued(exclusive)


def test_a_premium_or_markup_is_of_another_base_than_the_price() -> None:
    """'$10 billion, a premium of 30 percent, or $2.3 billion': the premium is over the
    market value ($7.7 billion), not over the price; likewise a markup, a raise, a boost
    and a dividend (of the share price, not of a buyback) are of other bases."""
    texts = [
        "Deal\n\nPfizer agreed to buy the company for $10 billion, a premium of 30 percent, or "
        "$2.3 billion, over its market value.\n",
        "Deal\n\nThe board accepted the $4.5 billion offer, which carries a premium of 25 "
        "percent, or $900 million.\n",
        "Deal\n\nThe shop sold the stock for $280,000, a markup of 40 percent, or $80,000.\n",
        "Pay\n\nThe city's budget is $2 billion. Police officers will get a raise of 3 percent, "
        "or $15 million.\n",
        "Stock\n\nShareholders approved a $10 billion buyback. The company will also pay a "
        "dividend of 2 percent, or $1.5 billion.\n",
        "Pay\n\nRevenue was $900 million. The firm's wage bill grew by a boost of 6 percent, or "
        "$12 million.\n",
    ]
    for text in texts:
        assert not any(c.endswith("_portion") for c in _ids(text)), text
        assert _flags(text) == [], text


def test_a_portion_whose_base_is_named_after_it_is_not_of_the_amount_before() -> None:
    """'a luxury tax of 50 percent, or $20 million, on the excess of $40 million': the base
    is the $40 million after, not the $150 million payroll before."""
    texts = [
        "Pay\n\nThe team's $150 million payroll is over the cap; it owes a luxury tax of 50 "
        "percent, or $20 million, on the excess of $40 million.\n",
        "Trade\n\nThe company made $500 million in sales of steel to the US, which imposed a "
        "tariff of 25 percent, or $40 million, on its $160 million of pipe.\n",
        "Funds\n\nThe $500 million fund charged a performance fee of 20 percent, or $4 "
        "million, on its $20 million gain.\n",
    ]
    for text in texts:
        assert not any(c.endswith("_portion") for c in _ids(text)), text
        assert _flags(text) == [], text


def test_a_quantity_describing_another_thing_is_not_priced() -> None:
    """'Steel costs $800 a tonne, and a 40-tonne truck costs $120,000': the truck is not
    sold by the tonne; nothing says its cost follows from the price."""
    texts = [
        "Steel\n\nSteel costs $800 a tonne, and a 40-tonne truck costs $120,000.\n",
        "Farms\n\nLand sells for $5,000 an acre; the 300-acre farm's new barn cost $250,000.\n",
        "Timber\n\nTimber fetches $90 a tonne, while a 25-tonne harvester costs $400,000 to buy.\n",
        "Rice\n\nThe rice costs $500 a tonne; shipping the 10,000-tonne cargo costs $300,000.\n",
    ]
    for text in texts:
        assert not any(c.endswith("_at_price") for c in _ids(text)), text
        assert _flags(text) == [], text


def test_prices_and_worths_paired_respectively_are_not_read_side_by_side() -> None:
    """'$9,000 and $2,500 a tonne, so 10 tonnes of each were worth $90,000 and $25,000,
    respectively': the $90,000 is at $9,000, not at the $2,500 beside the tonnes."""
    text = (
        "Metals\n\nCopper and zinc traded at $9,000 and $2,500 a tonne, so 10 tonnes of each "
        "were worth $90,000 and $25,000, respectively.\n"
    )
    assert not any(c.endswith("_at_price") for c in _ids(text))
    assert _flags(text) == []


def test_a_price_per_year_and_a_cost_per_month_are_not_one_product() -> None:
    """'$60 a square foot a year, so a 2,000-square-foot office costs $10,000 a month':
    $120,000 a year is $10,000 a month."""
    text = (
        "Offices\n\nOffice space rents for $60 a square foot a year, so a 2,000-square-foot "
        "office costs $10,000 a month.\n"
    )
    assert not any(c.endswith("_at_price") for c in _ids(text))
    assert _flags(text) == []


def test_an_amount_per_head_is_no_total_to_share() -> None:
    """'$1,200 per adult for some 150 million Americans, plus $500 per child': the $1,200 is
    itself per head, no total shared among the 150 million; so is '£38,000 for every one of'
    68 million people."""
    texts = [
        "Checks\n\nThe checks were $1,200 per adult for some 150 million Americans, plus $500 "
        "per child.\n",
        "Aid\n\nThe stipend is $300 a head for 2 million residents, and $150 per child.\n",
        "Debt\n\nThe debt works out at £38,000 for every one of Britain's 68 million people, "
        "about £38,000 a person.\n",
    ]
    for text in texts:
        assert not any(c.endswith("_per_head") for c in _ids(text)), text
        assert _flags(text) == [], text


def test_a_length_restated_in_metres_is_rounded_as_restated() -> None:
    """'500 feet (150 meters)': 152.4 metres, rounded to two figures as restatements are;
    '3,000 feet (900 meters)' is 914.4, and '200 miles (320 kilometers)' 321.9.  The
    restatement's trailing zeros are read as placeholders, so these hold, and a wrong one
    ('1,000-foot (100-meter)', 304.8) is still flagged."""
    text = (
        "Heights\n\nThe ship is 500 feet (150 meters) long. The cliff is 3,000 feet (900 "
        "meters) high. The route runs 200 miles (320 kilometers) along the coast.\n"
    )
    assert len([c for c in _ids(text) if c.endswith("_conversion")]) == 3
    assert _flags(text) == []
    assert _flags("Towers\n\nThe 1,000-foot (100-meter) tower opened.\n") != []


def test_a_falling_quantity_restated_is_the_same_fall() -> None:
    """'dropped 3,000 feet (914 meters)', 'fell $5 billion (4.6 billion euros)': the reader
    signs the first figure by its verb; the restatement, unsigned, is of the same change."""
    text = (
        "Falls\n\nThe plane dropped 3,000 feet (914 meters) in a minute. Profit fell $5 billion "
        "(4.6 billion euros) in 2023.\n"
    )
    assert len([c for c in _ids(text) if c.endswith("_conversion")]) == 2
    assert _flags(text) == []
    assert _flags("Falls\n\nThe plane dropped 3,000 feet (300 meters) in a minute.\n") != []
