"""Parts and their whole, from the words: shares that make up 100 percent, "of whom" and "of
which", a change counted in the noun of its level, and a definition's unstated whole."""

from __future__ import annotations

from drafted import audits_ok as _ok
from drafted import valued as _valued
from factcheck.draft import draft
from factcheck.engine import audit
from factcheck.files import parse_claims


def test_two_shares_that_make_100_percent_are_shares_of_their_parts_sum() -> None:
    """'41,200 votes, 55.1% of the votes cast' and '33,600 votes, or 44.9%': the votes cast
    are the two parts together."""
    text = (
        "The mayor was re-elected with 41,200 votes, 55.1% of the votes cast. Her rival "
        "took 33,600 votes, or 44.9% of the votes cast.\n"
    )
    found = _valued(text)
    assert found.get("share ( 41,200 , 41,200 + 33,600 ) == 55.1") == "error"
    assert found.get("share ( 33,600 , 41,200 + 33,600 ) == 44.9") == "error"
    assert _ok(text)


def test_shares_short_of_100_percent_name_no_sum() -> None:
    """Shares that leave room for others (55.1 + 30.2) are not of the two parts' sum."""
    text = (
        "The mayor was re-elected with 41,200 votes, 55.1% of the votes cast. Her rival "
        "took 22,600 votes, or 30.2% of the votes cast.\n"
    )
    assert not any("41,200 + 22,600" in c for c in _valued(text))


def test_of_whom_names_the_whole_of_a_share() -> None:
    """'1,250,000 registered voters, of whom 800,000, or 64.0%, voted': the share of the
    number before 'of whom' (an error check: the words link them)."""
    text = "The roll held 1,250,000 registered voters, of whom 800,000, or 64.0%, voted.\n"
    assert _valued(text).get("share ( 800,000 , 1,250,000 ) == 64.0") == "error"
    wrong = "The roll held 1,250,000 registered voters, of whom 800,000, or 70.0%, voted.\n"
    assert not _ok(wrong)


def test_of_which_makes_a_part_of_the_number_before() -> None:
    """'There are 120 schools in the county, 45 of which are rural': 45 within 120."""
    text = "There are 120 schools in the county, 45 of which are rural.\n"
    assert _valued(text).get("parts_within ( 120 , [ 45 ] )") == "error"
    assert not _ok("There are 120 schools in the county, 145 of which are rural.\n")


def test_of_which_after_another_clause_is_no_part() -> None:
    """A number in another clause ('with 12 new; 45 of which') or of another unit is not
    the whole."""
    for text in (
        "There are 120 schools; 45 of which are rural.\n",
        "The county spent $120 million, 45 of which were new schools.\n",
    ):
        assert not any(c.startswith("parts_within") for c in _valued(text)), text


def test_a_change_and_its_level_in_one_noun() -> None:
    """'increased 2.5 million tonnes to 81.0 million tonnes': the level less the earlier
    level is the change."""
    text = "Grain output increased 2.5 million tonnes to 81.0 million tonnes.\n"
    assert any(c.startswith("81.0 -") and c.endswith("== 2.5") for c in _valued(text))


def test_a_change_in_one_noun_to_a_level_in_another_is_not_linked() -> None:
    """'rose 3 points to 1,200 tonnes': other nouns, no change of that level."""
    text = "The index rose 3 points to 1,200 tonnes of output.\n"
    assert not any(c.startswith("1,200 -") for c in _valued(text))


def test_a_participation_rate_with_an_unstated_population() -> None:
    """The participation rate of stated employed and unemployed, over an unknown working-age
    population (the article does not give it)."""
    text = (
        "Employment rose 9,000 to 2,400,000. Unemployment fell 3,000 to 137,000.\n"
        "The participation rate was steady at 63.1%.\n"
    )
    found = _valued(text)
    assert any(c.startswith("share ( 137,000 + 2,400,000 , working_age_population") for c in found)
    assert _ok(text)


def test_counts_that_went_up_down_and_stayed_put_make_all() -> None:
    """'fell in 30 counties, rose in 12 counties and were unchanged in 4 counties' and 'in
    all 46 counties': the three counts make up all of them."""
    text = (
        "Jobless claims fell in 31 counties, rose in 13 counties and were unchanged in 3 "
        "counties.\nWages rose in all 47 counties over the year.\n"
    )
    assert _valued(text).get("31 + 13 + 3 == 47") == "error"
    wrong = text.replace("all 47", "all 52")
    assert not _ok(wrong)


def test_outcomes_that_leave_a_group_out_make_no_sum() -> None:
    """Without a 'stayed put' count, or with another noun, the counts need not cover all."""
    for text in (
        "Claims fell in 30 counties and rose in 12 counties.\nWages rose in all 46 counties.\n",
        "Claims fell in 30 counties, rose in 12 towns and were unchanged in 4 counties.\n"
        "Wages rose in all 46 counties.\n",
        "Claims fell in 30 counties, rose in 12 counties and were unchanged in 4 counties.\n"
        "Wages rose in 46 counties.\n",
    ):
        found = _valued(text).items()
        assert not any(c.count("+") == 2 and s == "error" for c, s in found), text


def test_full_time_and_part_time_make_the_whole() -> None:
    """Levels and changes of full-time and part-time employment add up to employment's, in
    one paragraph."""
    text = (
        "Employment rose 20,000 to 5,400,000. Full-time employment rose 15,000 to 3,900,000 "
        "and part-time employment rose 5,000 to 1,500,000.\n"
    )
    found = _valued(text)
    assert found.get("3,900,000 + 1,500,000 == 5,400,000") == "error"
    assert found.get("15,000 + 5,000 == 20,000") == "error"


def test_halves_of_another_noun_or_paragraph_are_not_parts() -> None:
    """'full-time work' sought by the unemployed is no half of employment; halves in another
    paragraph are of another scope."""
    text = (
        "Employment rose 20,000 to 5,400,000. The unemployed looking for full-time work fell "
        "to 3,900,000 and those looking for part-time work to 1,500,000.\n"
    )
    assert "3,900,000 + 1,500,000 == 5,400,000" not in _valued(text)
    apart = (
        "Employment was 5,400,000.\n\nFull-time employment was 3,900,000 and part-time "
        "employment 1,400,000.\n"
    )
    assert not any(c.endswith("== 5,400,000") and s == "error" for c, s in _valued(apart).items())


def test_a_figure_of_fewer_units_is_within_the_combined_figure() -> None:
    """'in the 12 districts, 310,450 ballots were valid' and, 'combined' with 8 others, '512,300
    ballots in the 20 districts were valid': within it (a warning)."""
    text = (
        "In the 12 districts that voted on Sunday, 310,450 ballots were valid.\n"
        "Combined with the 8 districts that voted earlier, 512,300 ballots in the 20 districts "
        "were valid.\n"
    )
    assert _valued(text).get("parts_within ( 512,300 , [ 310,450 ] )") == "warn"


def test_no_combining_words_or_another_status_is_no_scope_link() -> None:
    """Without words that combine the sets, or with another status ('invalid'), no link."""
    plain = (
        "In the 12 districts that voted on Sunday, 310,450 ballots were valid.\n"
        "In the 20 districts that voted later, 512,300 ballots were valid.\n"
    )
    other = (
        "In the 12 districts that voted on Sunday, 310,450 ballots were valid.\n"
        "Combined with the 8 districts that voted earlier, 512,300 ballots in the 20 districts "
        "were invalid.\n"
    )
    for text in (plain, other):
        assert not any(c.startswith("parts_within ( 512,300") for c in _valued(text)), text


def test_an_approximate_change_against_a_stated_level() -> None:
    """'Spending was $8.4 billion, about $1.2 billion more than the $7.2 billion of 2023':
    the difference, hedge and all; with the level in the sentence before ('The amount is
    about ...'), a warning."""
    same = "Spending was $8.4 billion, about $1.2 billion more than the $7.2 billion of 2023.\n"
    assert _valued(same).get("8.4 - 7.2 == 1.2") == "error"
    before = (
        "Spending for next year is estimated at $8.4 billion. The amount is about $1.2 "
        "billion higher than this year's estimate of $7.2 billion.\n"
    )
    assert _valued(before).get("8.4 - 7.2 == 1.2") == "warn"


def test_the_amount_named_by_the_noun_of_the_sentence_before_is_certain() -> None:
    """'Borrowing for next year is put at $9.3 billion. The amount is about $1.1 billion
    higher than this year's borrowing of $8.2 billion': the comparison names the noun of the
    one level before, so the link is an error check, and a slip fails the audit; with two
    levels before, it stays a warning."""
    text = (
        "Borrowing for next year is put at $9.3 billion. The amount is about $1.1 billion "
        "higher than this year's borrowing of $8.2 billion.\n"
    )
    assert _valued(text).get("9.3 - 8.2 == 1.1") == "error"
    assert _ok(text)
    assert not _ok(text.replace("$9.3 billion", "$11.6 billion"))
    assert not _ok(text.replace("about $1.1 billion", "about $2.2 billion"))
    two = text.replace(
        "is put at $9.3 billion", "is put at $9.3 billion and grants at $2.0 billion"
    )
    assert _valued(two).get("9.3 - 8.2 == 1.1") != "error"


def test_a_bound_is_no_change() -> None:
    """'over $1.2 billion more than': a bound, not an approximate change; and 'The amount'
    with no level before it links nothing."""
    bound = "Spending was $8.4 billion, over $1.2 billion more than the $7.2 billion of 2023.\n"
    assert not any(c.endswith("== 1.2") for c in _valued(bound))
    alone = "The amount is about $1.2 billion higher than this year's estimate of $7.2 billion.\n"
    assert not any(c.endswith("== 1.2") for c in _valued(alone))


_BULLETS = (
    "HOUSING STARTS, MAY:\n"
    "* Dwellings - up 4,300 units\n"
    "* Urban - up 3,100 units\n"
    "* Rural - up 1,200 units\n"
)


def test_a_bulleted_summary_adds_its_bare_halves_to_the_line_above() -> None:
    """'* Dwellings - up 4,300' then '* Urban - up 3,100' and '* Rural - up 1,200': the
    qualifiers have no noun of their own and split the line above's; the halves add up."""
    assert _valued(_BULLETS).get("3,100 + 1,200 == 4,300") == "error"
    assert _ok(_BULLETS)


def test_a_bulleted_total_with_a_digit_dropped_fails_and_is_named() -> None:
    """'up 430 units' for 4,300: the sum fails, and the total is the likely culprit (a
    doubled digit, or a dropped one, is a typo)."""
    wrong = _BULLETS.replace("4,300", "430")
    report = audit(parse_claims(draft(wrong, schema=""), "<t>").article)
    failed = [v for v in report.verdicts if v.grade == "inconsistent"]
    assert len(failed) == 1
    assert failed[0].culprits[0].quote.endswith("430 units")


def test_bullets_with_nouns_of_their_own_or_no_line_above_are_left_alone() -> None:
    """'* Urban households - up 3,100' names its own noun (households, not dwellings); a bare
    'Rural' with no line above it names nothing to split."""
    own = _BULLETS.replace("* Urban - up", "* Urban households - up")
    assert not any("+" in condition for condition in _valued(own))
    alone = "SUMMARY:\n* Rural - up 1,200 units\n* Urban - up 3,100 units\n"
    assert not any("+" in condition for condition in _valued(alone))


def test_halves_of_the_unemployed_by_the_work_they_seek_make_unemployment() -> None:
    """'unemployed people looking for full-time work' and '... only for part-time work' are
    the two halves of the unemployed: their levels and changes add up to unemployment's."""
    text = (
        "Unemployment fell 2,300 to 412,900. The number of unemployed people looking for "
        "full-time work fell 1,100 to 301,500 and the number of unemployed people looking only "
        "for part-time work fell 1,200 to 111,400.\n"
    )
    found = _valued(text)
    assert found.get("301,500 + 111,400 == 412,900") == "error"
    assert found.get("1,100 + 1,200 == 2,300") == "error"
    assert _ok(text)
    assert not _ok(text.replace("301,500", "331,500"))
    assert not _ok(text.replace("fell 1,100", "fell 1,400"))


def test_a_combined_revision_is_the_sum_of_the_revisions_before_it() -> None:
    """'March was revised down by 12,000 ... April was revised down by 31,000 ... With these
    revisions, orders in March and April combined were 43,000 lower than previously
    reported': the combined revision is the sum, whatever its numbers."""
    text = (
        "The change in orders for March was revised down by 12,000, from +158,000 to "
        "+146,000, and the change for April was revised down by 31,000, from -47,000 to "
        "-78,000. With these revisions, orders in March and April combined were 43,000 lower "
        "than previously reported.\n"
    )
    assert _valued(text).get("12,000 + 31,000 == 43,000") == "error"
    assert _ok(text)
    assert not _ok(text.replace("combined were 43,000", "combined were 53,000"))
    assert not _ok(text.replace("down by 31,000, from -47,000", "down by 25,000, from -53,000"))
    alone = "Orders in March and April combined were 43,000 lower than previously reported.\n"
    assert not any(c.endswith("== 43,000") for c in _valued(alone))
