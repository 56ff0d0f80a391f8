"""Links the words make whatever the numbers say: a headline's precise rate and its lead, the
halves of a total named by their words.  Each must survive a changed figure (and then find it
inconsistent) and stay quiet on a correct text."""

from __future__ import annotations

from drafted import audits_ok as _ok
from drafted import valued as _valued

_TURNOUT = (
    "Women lead as the county records 71.38 per cent turnout\n"
    "\n"
    "The final turnout in the county stood at 71.38 per cent, against 68.05 per cent at the "
    "last election. Turnout in the city was 66.20 per cent.\n"
)


def test_a_headline_rate_is_its_lead_rate_even_when_they_differ() -> None:
    """A two-decimal headline rate restates the lead's: equal, they agree; changed in either
    place, the audit fails."""
    assert _valued(_TURNOUT).get("71.38 == 71.38") == "error"
    assert _ok(_TURNOUT)
    assert (
        _valued(_TURNOUT.replace("records 71.38", "records 74.18")).get("74.18 == 71.38") == "error"
    )
    assert not _ok(_TURNOUT.replace("records 71.38", "records 74.18"))
    assert not _ok(_TURNOUT.replace("stood at 71.38", "stood at 64.24"))


def test_a_headline_rate_written_again_later_is_not_tied_to_the_lead() -> None:
    """When a later sentence writes the headline's rate, the lead's other rate is not its
    restatement; a hedged headline rate ('about 71 per cent') is tied to nothing, and a
    round one ('71 per cent') only by its words, so its rounding holds."""
    later = _TURNOUT.replace("stood at 71.38", "stood at 69.90").replace("was 66.20", "was 71.38")
    assert "71.38 == 69.90" not in _valued(later)
    assert _ok(later)
    hedged = _TURNOUT.replace("records 71.38 per cent", "records about 71 per cent")
    assert not any(c.startswith("71 ==") for c in _valued(hedged))
    rounded = _TURNOUT.replace("records 71.38 per cent", "records 71 per cent")
    assert _valued(rounded).get("71 == 71.38") == "error"
    assert _ok(rounded)


_POLL = (
    "In the district, 412,530 women cast their ballots compared with 398,120 in 2019, while "
    "405,870 men voted against 401,300 before. The total number of ballots cast came to "
    "818,460.\n"
)


def test_counts_of_women_and_men_are_within_the_total_of_their_noun() -> None:
    """The first count of women and of men (not the bases they are compared with) are within
    'the total number of ballots'; voters of neither sex are under 1 percent of it."""
    found = _valued(_POLL)
    assert found.get("parts_within ( 818,460 , [ 412,530 , 405,870 ] )") == "error"
    assert found.get("share ( 818,460 - 412,530 - 405,870 , 818,460 ) < 1 percent") == "error"
    assert _ok(_POLL)
    assert not _ok(_POLL.replace("412,530", "453,780"))  # the parts pass the total
    assert not _ok(_POLL.replace("405,870", "365,280"))  # a tenth of the total unexplained
    assert not _ok(_POLL.replace("818,460", "900,300"))


def test_women_and_men_of_another_noun_or_a_whole_without_total_are_not_parts() -> None:
    """Women and men counted as patients are not within a total of beds; a count not named
    as a total is no whole; and patients of neither sex get no 1 percent bound."""
    beds = "The hospital treated 1,240 women and 1,180 men. The total number of beds was 300.\n"
    assert not any(c.startswith("parts_within") for c in _valued(beds))
    plain = "The hospital treated 1,240 women and 1,180 men. It employs 2,600 staff.\n"
    assert not any(c.startswith("parts_within") for c in _valued(plain))
    patients = (
        "The hospital treated 1,240 female patients and 1,180 male patients. The total "
        "number of patients was 2,510.\n"
    )
    found = _valued(patients)
    assert found.get("parts_within ( 2,510 , [ 1,240 , 1,180 ] )") == "error"
    assert not any("< 1 percent" in c for c in found)
    assert _ok(patients)


_JOBS = (
    "Jobless rate climbs to 5.4% in March; factory jobs fall (-12,000)\n"
    "\n"
    "The jobless rate rose by 0.2 percentage point to 5.4 percent in March, and factory jobs "
    "fell (-12,000), the statistics office said. Youth joblessness stood at 11.2 percent.\n"
)


def test_a_headline_figure_restates_the_text_figure_its_words_name() -> None:
    """Changed in the headline or in the text, a figure is still tied to the one of the same
    unit and sign whose words it shares ('jobless rate', 'factory jobs'), and the audit
    fails; the youth rate, sharing no words, is never its restatement."""
    assert _ok(_JOBS)
    wrong_rate = _JOBS.replace("climbs to 5.4%", "climbs to 6.1%")
    assert _valued(wrong_rate).get("6.1 == 5.4") == "error"
    assert not _ok(wrong_rate)
    assert not any(c.startswith("6.1 == 11.2") for c in _valued(wrong_rate))
    assert not _ok(_JOBS.replace("point to 5.4", "point to 4.6"))
    assert not _ok(_JOBS.replace("fall (-12,000)", "fall (-15,000)"))


_BALLOTS = (
    "In the regional vote, 842,310 voters cast their ballots. Of these, 801,455 ballots were "
    "valid (95.15%), while 28,660 ballots (3.40%) were invalid and 12,195 ballots, or 1.45%, "
    "were left blank.\n"
)


def test_valid_invalid_and_blank_ballots_make_the_ballots_cast() -> None:
    """The kinds of ballot the words name after a count of voters who cast them add up to
    it, and their shares to 100 percent: a slip in any count or share fails the audit."""
    found = _valued(_BALLOTS)
    assert found.get("801,455 + 28,660 + 12,195 == 842,310") == "error"
    assert found.get("shares_sum ( [ 95.15 , 3.40 , 1.45 ] , exhaustive=true )") == "error"
    assert _ok(_BALLOTS)
    for old, new in (("842,310", "926,541"), ("28,660", "22,928"), ("1.45%", "1.81%")):
        assert not _ok(_BALLOTS.replace(old, new)), new


def test_ballots_of_one_kind_or_without_a_count_cast_make_no_sum() -> None:
    """Valid ballots alone, or kinds with no count of ballots cast before them, or two counts
    of valid ballots, make no sum of kinds."""
    only_valid = "In the vote, 842,310 voters cast their ballots and 801,455 ballots were valid.\n"
    no_whole = "Some 801,455 ballots were valid, while 28,660 ballots were invalid.\n"
    twice = (
        "In the vote, 842,310 voters cast their ballots; 801,455 ballots were valid in the city "
        "and 20,100 ballots were valid abroad, while 28,660 ballots were invalid.\n"
    )
    for text in (only_valid, no_whole, twice):
        assert not any("== 842,310" in c or c.count("+") >= 1 for c in _valued(text)), text


def test_a_headline_count_restates_only_a_count_of_its_noun() -> None:
    """'the Five Leading Causes' in a headline is not the '100,000 standard population' its
    text writes, though the two share words: a count restates a count of its own noun."""
    text = (
        "Death Rates for the Five Leading Causes of Death\n"
        "\n"
        "The age-adjusted death rate for stroke fell from 61.6 per 100,000 standard population "
        "to 43.6 during the period, and the death rates of the leading causes all fell.\n"
    )
    assert not any(c.startswith("Five ==") for c in _valued(text))
    assert _ok(text)


def test_a_bracketed_share_glosses_the_clause_subject_whatever_the_numbers() -> None:
    """'512,400 ballots in the 38 districts were valid (91.20%), while 49,450 ballots (8.80%)
    were invalid': the bracketed share is of the ballots, not of the districts inside 'in
    the', even when no stated figure fits it; so a changed share is caught by its sibling.
    (Before, the 38 districts were read as the part and the correct text failed.)"""
    text = (
        "In all, 512,400 ballots in the 38 districts were valid (91.20%), while 49,450 ballots "
        "(8.80%) were invalid.\n"
    )
    assert _ok(text)
    wrong = text.replace("91.20%", "82.10%")
    found = _valued(wrong)
    assert any(c.startswith("share ( 512,400 ,") and c.endswith("== 82.10") for c in found)
    assert not any(c.startswith("share ( 38 ,") for c in found)
    assert not _ok(wrong)
