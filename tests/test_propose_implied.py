"""What the proposals and the article's counts imply together: combined revisions checked
against the levels they went between, and U.S. states sorted by direction that make all 50."""

from __future__ import annotations

import re

from drafted import audits_ok as _ok
from factcheck.draft import draft, draft_book
from factcheck.engine import audit
from factcheck.files import parse_claims


def _valued(text: str) -> dict[str, str]:
    """Each proposed condition, figure names replaced by the values they quote -> severity."""
    book = draft_book(text)
    values = {m.name: m.reading.value for m in book.mentions}
    return {
        re.sub(r"\w+", lambda w: values.get(w.group(), w.group()), check.condition): check.severity
        for check in book.checks
    }


_REVISIONS = (
    "The change in factory orders for March was revised up by {a}, from +{a_old} to "
    "+{a_new}, and the change for April was revised up by 3,100, from +20,400 to +23,500. "
    "With these revisions, orders in March and April combined were {total} higher than "
    "previously reported.\n"
)


def test_combined_revision_from_the_levels() -> None:
    """Two revisions from one level to another, combined: the new levels' total less the old
    levels' total is the combined revision."""
    text = _REVISIONS.format(a="5,200", a_old="10,100", a_new="15,300", total="8,300")
    found = _valued(text)
    assert any(
        c.startswith("(15,300 + 23,500) - (10,100 + 20,400) ==") and c.endswith("8,300")
        for c in found
    ), found
    assert _ok(text)


def test_combined_revision_that_does_not_add_up_is_flagged() -> None:
    """The words make the combined figure the revisions' sum, whatever the numbers: one the
    revisions do not make (9,300 against 5,200 + 3,100 = 8,300) fails the audit."""
    text = _REVISIONS.format(a="5,200", a_old="10,100", a_new="15,300", total="9,300")
    assert _valued(text).get("5,200 + 3,100 == 9,300") == "error"
    assert not audit(parse_claims(draft(text, schema=""), "<t>").article).ok


def test_changes_to_unstated_levels_give_no_levels_sum() -> None:
    """'increased 300 to 4,100' states no earlier level: nothing to add from the levels."""
    text = (
        "Retail jobs increased 700 to 9,400. Store jobs increased 500 to 6,100 and online "
        "jobs increased 200 to 3,300.\n"
    )
    assert not any(") - (" in c for c in _valued(text))


_STATES = (
    "Home sales were higher in {up} states, lower in {down} states, and unchanged in "
    "{same} states and the District of Columbia, the U.S. agency said.\n"
)


def test_states_sorted_three_ways_make_fifty() -> None:
    """Counts of states that rose, fell and held make the 50 U.S. states."""
    text = _STATES.format(up="27", down="15", same="8")
    assert _valued(text).get("27 + 15 + 8 == 50") == "error"
    assert _ok(text)
    assert not _ok(_STATES.format(up="27", down="15", same="12"))


def test_one_state_and_the_remaining_states() -> None:
    """'Twenty states ... gains. Only one state ... a decline. The remaining 29 states ...
    unchanged': the word 'one' counts 1, and 'remaining' closes the list."""
    text = (
        "Tax receipts in the United States rose in twenty states over the year. Only one "
        "state, Ohio, reported a decline. Receipts in the remaining 29 states were "
        "unchanged.\n"
    )
    assert _valued(text).get("twenty + 1 + 29 == 50") == "error"


def test_two_kinds_of_state_are_not_all_of_them() -> None:
    """'rose in 30 states and fell in 12 states' leaves room for states that held."""
    text = "Wages rose in 30 states and fell in 12 states, the U.S. report said.\n"
    assert not any("== 50" in c for c in _valued(text))


def test_states_of_another_country_are_not_fifty() -> None:
    """Without a word of the United States, 'states' may be any country's."""
    text = "Rainfall was higher in 9 states, lower in 5 states and normal in 2 states.\n"
    assert not any("== 50" in c for c in _valued(text))


def test_a_subset_of_states_is_not_all_of_them() -> None:
    """'Of the 20 states that reported': the counts sort those, not the 50."""
    text = (
        "Of the 20 states that reported, prices were higher in 12 states, lower in 5 "
        "states and unchanged in 3 states, the U.S. survey found.\n"
    )
    assert not any("== 50" in c for c in _valued(text))


def test_underutilisation_above_unemployment_of_the_same_series() -> None:
    """Each series' underutilisation rate is above that series' unemployment rate, paired by
    the nearest 'trend' or 'seasonally adjusted' label, never across series."""
    text = (
        "Trend figures: the unemployment rate was 5.4%.\n\n"
        "Seasonally adjusted figures: the unemployment rate fell 0.2 pts to 5.1%.\n\n"
        "Trend figures: the underutilisation rate was 13.8%.\n"
        "Seasonally adjusted figures: the underutilisation rate was 13.2%.\n"
    )
    found = _valued(text)
    assert found.get("13.8 > 5.4") == "error", found
    assert found.get("13.2 > 5.1") == "error", found
    assert "13.8 > 5.1" not in found
    assert "13.2 > 5.4" not in found
    assert _ok(text)
    assert not _ok(text.replace("13.2%", "4.2%"))


def test_no_underutilisation_check_without_an_unemployment_rate_before() -> None:
    """An underutilisation rate with no unemployment rate of its series is left alone."""
    text = "The participation rate was 64.9%. The underutilisation rate was 13.8%.\n"
    assert not any(">" in c for c in _valued(text))


def test_a_joined_share_of_a_count_is_a_whole_number_of_it_too() -> None:
    """'35 per cent of patients were smokers and 20 per cent were over 70', after '60
    patients' in the sentence before (the text's only count of patients): both shares are
    whole numbers of the 60 (error checks), and a share no whole number of patients gives
    (21 per cent of 60 is 12.6) is flagged."""
    text = (
        "The clinic treated 60 patients last winter. Some 35 per cent of patients were "
        "smokers and 20 per cent were over 70.\n"
    )
    found = _valued(text)
    assert found.get("count_share(35, 60)") == "error", found
    assert found.get("count_share(20, 60)") == "error", found
    report = audit(parse_claims(draft(text.replace("20 per", "21 per"), schema=""), "<t>").article)
    flagged = [v.check.condition for v in report.verdicts if v.grade == "inconsistent"]
    assert any(c.startswith("count_share(") for c in flagged), flagged


def test_a_share_of_a_count_far_before_or_of_two_counts_is_a_warning() -> None:
    """With the count two sentences back, or two counts of patients before it, the share's
    whole is a guess: a warning."""
    far = (
        "The clinic treated 60 patients last winter. It hired nurses. Some 35 per cent of "
        "patients were smokers.\n"
    )
    two = (
        "The clinic treated 60 patients last winter and 45 patients in spring. Some 35 per "
        "cent of patients were smokers.\n"
    )
    assert _valued(far).get("count_share(35, 60)") == "warn"
    assert _valued(two).get("count_share(35, 45)") == "warn"


def test_a_share_of_another_noun_is_no_share_of_the_count() -> None:
    """'35 per cent of nurses' after '60 patients': no count of nurses, no whole number."""
    text = (
        "The clinic treated 60 patients last winter. Some 35 per cent of nurses were "
        "smokers and 20 per cent were over 70.\n"
    )
    assert not any(c.startswith("count_share(") for c in _valued(text))


def test_turnout_is_the_votes_cast_of_the_registered_voters() -> None:
    """'Of 2,150,000 registered voters, 1,331,000 cast ballots, a turnout of 61.9%': the
    turnout's definition over both counts, and a turnout they do not give is flagged."""
    text = (
        "Of 2,150,000 registered voters, 1,331,000 cast ballots, a turnout of 61.9%, the "
        "county clerk said.\n"
    )
    found = _valued(text)
    assert "share(1,331,000, 2,150,000) == 61.9" in found, found
    assert _ok(text)
    wrong = draft(text.replace("61.9%", "66.9%"), schema="")
    report = audit(parse_claims(wrong, "<t>").article)
    flagged = [v.check.id for v in report.verdicts if v.grade == "inconsistent"]
    assert any(i.endswith("_definition") for i in flagged), flagged


def test_turnout_of_an_unstated_electorate() -> None:
    """'418,200 voted, and turnout stood at 71%': the registered voters are an unknown."""
    book = draft_book("In the regional vote, 418,200 voted, and turnout stood at 71%.\n")
    shares = [c.condition for c in book.checks if c.id.endswith("_definition")]
    assert len(shares) == 1, shares
    assert shares[0].startswith("share(")
    assert any(u.startswith("registered_voters") for u in book.unknowns), book.unknowns


def test_turnout_takes_no_count_from_another_sentence() -> None:
    """A count of one group's voters in the next sentence is not the votes cast."""
    text = "Turnout stood at 71% this year. Some 218,400 women voted, against 199,800 men.\n"
    assert not any(c.id.endswith("_definition") for c in draft_book(text).checks)


def test_a_share_whose_subject_names_an_earlier_amount() -> None:
    """'the city's parks spending will be $41.2 million ... Parks spending will now account
    for 3.1% of the budget': a share of that amount, of an unknown budget (a warning)."""
    text = (
        "The mayor said the city's parks spending will be $41.2 million next year, from "
        "$36.0 million this year. Parks spending will now account for 3.1% of the budget.\n"
    )
    found = _valued(text)
    shares = [c for c in found if c.startswith("share(41.2, ")]
    assert len(shares) == 1, found
    assert shares[0].endswith(" == 3.1")
    assert found[shares[0]] == "warn"
    assert not any(c.startswith("share(36.0, ") for c in found)


def test_a_subject_naming_no_earlier_amount_gives_no_share_of_it() -> None:
    """'Road repairs will now account for 3.1%': the sentence before names no road repairs."""
    text = (
        "The mayor said the city's parks spending will be $41.2 million next year. Road "
        "repairs will now account for 3.1% of the budget.\n"
    )
    assert not any(c.startswith("share(41.2, ") for c in _valued(text))


def test_a_number_written_twice_is_quoted_where_it_stands() -> None:
    """'(+12,300)' in the headline and again in the text: each figure's quote is found first
    where its own number stands, so a reviewer (and the audit) reads the right one."""
    text = (
        "Factory jobs edge up (+12,300)\n\n"
        "Factory employment edged up (+12,300) in May, the agency said.\n"
    )
    book = draft_book(text)
    starts = sorted(text.find(m.quote) for m in book.mentions)
    assert len(book.mentions) == 2
    assert starts[0] != starts[1], [m.quote for m in book.mentions]
    for m in book.mentions:
        assert text.find(m.quote) <= m.start < text.find(m.quote) + len(m.quote), m.quote


_WAGES = "Average weekly pay rose by {cents} cents, or {rate} percent, to $24.80 in June.\n"


def test_a_change_in_cents_to_a_level_in_dollars() -> None:
    """'rose by 12 cents, or 0.5 percent, to $24.80': the level less its earlier level is 12
    hundredths of a dollar; with the growth rate over the same earlier level, a change the
    rate does not give (32 cents is 1.3 percent) is flagged."""
    text = _WAGES.format(cents="12", rate="0.5")
    found = _valued(text)
    assert any(c.startswith("24.80 - ") and c.endswith("== 12 * 0.01 USD") for c in found), found
    assert _ok(text)
    assert not _ok(_WAGES.format(cents="32", rate="0.5"))


def test_cents_with_no_level_in_dollars_give_no_change() -> None:
    """'rose by 12 cents' with no '$' level after 'to' proposes nothing in cents."""
    text = "The price of a stamp rose by 12 cents this year, the post office said.\n"
    assert not any("0.01" in c for c in _valued(text))


def test_voters_worded_two_ways_are_one_status_across_scopes() -> None:
    """'In the 12 districts, 310,450 voters exercised their right' and, combined with 8 more,
    '512,300 ... cast their votes in the 20 districts': the same status, so within it."""
    text = (
        "In the 12 districts that voted on Sunday, 310,450 voters exercised their right.\n"
        "Combined with the 8 districts that voted earlier, 512,300 people cast their votes "
        "in the 20 districts.\n"
    )
    assert _valued(text).get("parts_within(512,300, [310,450])") == "warn"


def test_voters_and_valid_ballots_are_other_statuses() -> None:
    """'310,450 voters exercised their right' is not within '512,300 ballots were valid'."""
    text = (
        "In the 12 districts that voted on Sunday, 310,450 voters exercised their right.\n"
        "Combined with the 8 districts that voted earlier, 512,300 ballots in the 20 "
        "districts were valid.\n"
    )
    assert not any(c.startswith("parts_within(512,300") for c in _valued(text))


_SINCE = (
    "Food inflation eased to 3.6 percent in May, down from 4.1 percent in April. It is now "
    "the lowest since March 2019, when it was {then} percent.\n"
)


def test_lowest_since_a_date_bounds_the_value_then() -> None:
    """'the lowest since March 2019, when it was 3.2 percent', after '3.6 percent' (not the
    earlier month's 4.1): the value then is at most the value now; a value then above it is
    flagged (a warning: 'it' is read as the paragraph's last level)."""
    text = _SINCE.format(then="3.2")
    found = _valued(text)
    assert found.get("3.2 <= 3.6") == "warn", found
    assert "3.2 <= 4.1" not in found
    wrong = draft(_SINCE.format(then="3.9"), schema="")
    flagged = [v.check.id for v in audit(parse_claims(wrong, "<t>").article).verdicts
               if v.grade == "inconsistent"]  # fmt: skip
    assert any(i.endswith("_then") for i in flagged), flagged


def test_highest_since_in_one_sentence_is_an_error_check() -> None:
    """'Exports reached $8.2 billion, the highest since 2015, when they were $8.5 billion':
    the value then is at least the value now."""
    text = "Exports reached $8.2 billion, the highest since 2015, when they were $8.5 billion.\n"
    assert _valued(text).get("8.5 >= 8.2") == "error"


def test_since_without_when_gives_no_value_then() -> None:
    """'the lowest since March 2019' with no value then proposes no order."""
    text = "Food inflation eased to 3.6 percent in May, the lowest since March 2019.\n"
    assert not any(c.endswith(" 3.6") and "<=" in c for c in _valued(text))


def test_these_points_back_to_the_earlier_count() -> None:
    """'38 municipal councils' then 'in these 38 towns': one count, whatever its noun."""
    text = (
        "Voters elected 38 municipal councils on Sunday. Polls in these 38 towns closed at 8 p.m.\n"
    )
    assert _valued(text).get("38 == 38") == "error"
    assert _ok(text)


def test_these_without_an_earlier_count_says_nothing() -> None:
    """'these 12 towns' with no earlier 12 proposes no equality."""
    text = "Voters elected 38 municipal councils. Polls in these 12 towns closed late.\n"
    assert not any(c.startswith("12 ==") or c.endswith("== 12") for c in _valued(text))


def test_the_top_of_a_group_is_no_larger_than_it() -> None:
    """'The six districts with the highest turnout among the 38 districts': six <= 38."""
    text = "The six districts with the highest turnout among the 38 districts were rural.\n"
    assert _valued(text).get("six <= 38") == "error"
    assert _ok(text)
    assert not _ok(text.replace("six districts", "40 districts"))


def test_a_group_and_a_count_without_a_superlative_are_not_ordered() -> None:
    """'The six districts that voted in the 38 districts' compares nothing."""
    text = "The six districts in the north voted early, and 38 districts voted late.\n"
    assert not any("<=" in c for c in _valued(text))


def test_these_points_back_to_the_earlier_count_of_its_noun_whatever_its_number() -> None:
    """'41 regional councils' then 'these 44 regions': the nearest earlier count of the same
    noun is the one 'these' names, so a slip between them fails the audit; another noun's
    count ('12 towns') is never it."""
    text = (
        "Voters elected 41 regional councils and 12 mayors on Sunday. Counting in these 44 "
        "regions ended at midnight.\n"
    )
    assert _valued(text).get("44 == 41") == "error"
    assert not _ok(text)
    other = "Voters elected 41 regional councils on Sunday. Polls in these 12 towns closed.\n"
    assert not any(c.startswith("12 ==") for c in _valued(other))
