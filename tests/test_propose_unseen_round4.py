"""Forms met in the fourth round of unseen texts (tests/unseen/SOURCES.md), each pinned with
hand-written values: what the proposer drafted wrongly, and that the planted error the family
is for is still caught."""

from __future__ import annotations

import re

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


def _flagged(text: str) -> list[str]:
    report = audit(parse_claims(draft(text, schema=""), "<t>").article)
    return [v.check.condition for v in report.verdicts if v.grade in ("inconsistent", "stretched")]


def test_a_rate_per_thousand_is_no_count_a_share_is_taken_of() -> None:
    """'4.0 deaths per thousand live births' is a rate, not 4 deaths: '29% of deaths
    registered' after it is a share of the 506,790 deaths, never a whole number of 4.0."""
    text = (
        "There were 506,790 deaths registered in 2013. Infant mortality fell to 4.0 deaths "
        "per thousand live births. Cancer caused 29% of deaths registered.\n"
    )
    found = _valued(text)
    assert "count_share(29, 4.0)" not in found, found
    assert found.get("count_share(29, 506,790)") is not None, found
    assert _flagged(text) == []


def test_a_gap_between_two_counts_is_no_whole_a_share_is_taken_of() -> None:
    """'the gap ... narrowed to 241 deaths' is a difference: '12.5% of all deaths' is not a
    whole number of 241 (it is 30.1), and nothing is flagged."""
    text = (
        "There were 530,841 deaths in 2019. The gap between the sexes narrowed to an "
        "all-time low of 241 deaths. Dementia accounted for 12.5% of all deaths.\n"
    )
    found = _valued(text)
    assert "count_share(12.5, 241)" not in found, found
    assert _flagged(text) == []


def test_a_share_of_a_plain_count_is_still_a_whole_number_of_it() -> None:
    """The family still catches its error beside a rate of the same noun: 21 per cent of 60
    deaths is 12.6 deaths, whatever the 4.0 deaths per thousand admissions before."""
    text = (
        "The ward had 4.0 deaths per thousand admissions and 60 deaths in all. Some 21 per "
        "cent of deaths were of smokers.\n"
    )
    assert "count_share(21, 4.0)" not in _valued(text)
    assert any(c.startswith("count_share(") for c in _flagged(text))


def test_a_number_word_in_a_name_is_no_figure() -> None:
    """'Ward Two 930', 'Phase Three began': the number words name a ward and a phase, so they
    are no figures (a list of wards once gave 'Ward Two + Ward Three == Ward Five'); a
    headline's 'Find Two Bodies' and a sentence's 'Two in three' still count."""
    text = "Ward One had 963 voters and Ward Two 930. Phase Three began in May.\n"
    assert [m.reading.value for m in draft_book(text).mentions] == ["963", "930"]
    for counted in ("Police Find Two Bodies\n", "It said so. Two of them agreed.\n"):
        assert "Two" in [m.reading.value for m in draft_book(counted).mentions], counted


def test_turnouts_of_units_listed_after_one_of_those_registered_are_no_shares_of_one_whole() -> (
    None
):
    """'Ward One had 963 voters (31.3% of those registered), Ward Two 930 (36.4%)': each bare
    rate is its own ward's turnout, not a share of one whole with the rest (36.4 + 20.8 +
    24.1 + 25.5 is 106.8), so no share of an unstated whole and no sum is drafted."""
    text = (
        "Ward One had 963 voters (31.3% of those registered), Ward Two 930 (36.4%), Ward "
        "Three 592 (20.8%), Ward Four 394 (24.1%) and Ward Five 343 (25.5%).\n"
    )
    found = _valued(text)
    assert not any(c.startswith(("share(", "shares_sum([36.4")) for c in found), found
    assert _flagged(text) == []


def test_party_shares_of_one_electorate_still_make_one_whole() -> None:
    """The same list of parties with shares 'of registered voters' (one electorate) keeps its
    shares of one whole, and shares adding to 106.8 percent are flagged."""
    text = (
        "Labour won 963 votes (31.3% of registered voters), the Greens 930 (36.4%), the "
        "Liberals 592 (20.8%) and the Tories 394 (24.1%).\n"
    )
    assert _flagged(text) != []


def test_a_capitalised_cue_word_in_a_name_lists_no_parts() -> None:
    """'Together for Catalonia 5,140 votes' names a party: its 'Together' is no cue that the
    sentence's votes make up the 19,913 of the sentence before."""
    text = (
        "The Socialists won 19,913 votes. Badalona in Common won 8,503 votes and Together for "
        "Catalonia 5,140 votes.\n"
    )
    assert "8,503 + 5,140 == 19,913" not in _valued(text)
    cued = (
        "The Socialists won 19,913 votes. Together, Badalona in Common won 8,503 votes and "
        "the Greens 5,140 votes.\n"
    )
    assert "8,503 + 5,140 == 19,913" in _valued(cued)


def test_a_fitted_whole_fits_every_share_of_the_sentence() -> None:
    """'8,503 votes (8.52%) ... 5,140 votes (5.15%) ... 1,772 votes (1.77%)', with 99,855
    valid votes and 100,127 ballots cast stated later: 1.77% fits both wholes, but only the
    99,855 fits the other shares too (8,503 / 100,127 is 8.49%), so all three are shares of it
    and nothing is flagged."""
    text = (
        "Badalona in Common won 8,503 votes (8.52%) and 2 seats, and the Greens 5,140 votes "
        "(5.15%); Citizens, with 1,772 votes (1.77%), lost its only seat.\n\n"
        "Of the 156,831 registered voters, 100,127 cast a ballot. Of the ballots cast, 99,855 "
        "(99.73%) were valid and 272 (0.27%) invalid.\n"
    )
    found = _valued(text)
    assert "share(1,772, 99,855) == 1.77" in found, found
    assert "share(1,772, 100,127) == 1.77" not in found, found
    assert _flagged(text) == []


def test_a_change_after_than_the_week_before_is_no_level_it_changed_from() -> None:
    """'730,000, 111,000 fewer than the week before, whose level was revised down by 20,000,
    from 861,000 to 841,000': the 20,000 is a revision, not the week before's level, so no
    '20,000 - 730,000 == -111,000' is drafted and nothing is flagged."""
    text = (
        "Claims fell to 730,000, 111,000 fewer than the week before, whose level was revised "
        "down by 20,000, from 861,000 to 841,000.\n"
    )
    found = _valued(text)
    assert not any(c.startswith("20,000 - 730,000") for c in found), found
    assert _flagged(text) == []
    level = "Claims fell to 730,000, 111,000 fewer than the 851,000 of the week before.\n"
    assert _flagged(level) != []


def test_of_two_wholes_that_fit_alike_the_one_named_after_the_share_is_its() -> None:
    """'16 (73 per cent) of 22 and for the YSRCP 9 (41 per cent) of 22': each share is of
    its own 22; taking the first 22 for both put 73 and 41 per cent in one whole (114)."""
    text = (
        "For the Trinamool Congress the number was 16 (73 per cent) of 22 and for the YSRCP "
        "9 (41 per cent) of 22.\n"
    )
    found = _valued(text)
    assert "shares_sum([73, 41])" not in found, found
    assert _flagged(text) == []


def test_a_negative_rate_in_brackets_is_a_change_not_a_share() -> None:
    """'Memphis handled 3.8 million tonnes (-6.1%)': a signed rate beside a level is its
    change, never a share of a whole (a share is at least 0), so none is drafted."""
    text = (
        "In domestic freight Memphis handled 3.8 million tonnes (-6.1%), Louisville 1.9 "
        "million (+3.3%) and Beijing Capital 1.1 million (-1.2%).\n"
    )
    found = _valued(text)
    assert not any(c.startswith(("share(", "shares_sum(")) for c in found), found
    assert _flagged(text) == []


def test_a_number_after_a_school_year_is_read() -> None:
    """'in 2001/02 351,422 of 606,554 (57.9%)': '02 351' looked like digits grouped by a space
    and swallowed the 351,422; the count is read, and its share is of the 606,554."""
    text = "In 2000/01 it was 357,897 of 603,318 (59.3%), in 2001/02 351,422 of 606,554 (57.9%).\n"
    assert [m.reading.value for m in draft_book(text).mentions] == [
        "357,897",
        "603,318",
        "59.3",
        "351,422",
        "606,554",
        "57.9",
    ]
    assert "share(351,422, 606,554) == 57.9" in _valued(text)


def test_a_whole_named_after_its_part_wins_over_a_closer_fit() -> None:
    """'356,489 of 580,972 (61.4%) in 1998/99 and 348,307 of 580,393': 356,489 / 580,393 is
    nearer 61.4% than 356,489 / 580,972, but the part names its whole ('of 580,972')."""
    text = (
        "It was 356,489 of 580,972 (61.4%) in 1998/99 and 348,307 of 580,393 (60.0%) in "
        "1999/2000.\n"
    )
    found = _valued(text)
    assert "share(356,489, 580,972) == 61.4" in found, found
    assert _flagged(text) == []


def test_a_share_of_a_noun_is_of_the_amount_the_noun_last_named() -> None:
    """'Arsenal's turnover rose to £283m ... Its wage bill rose to £154m from £143m, 54% of
    turnover': the part is the £154m it rose to (not the £143m it rose from) and the whole the
    £283m the word 'turnover' last named, not the league's £2.7bn named 'turnover' before."""
    text = (
        "The clubs showed turnover of £2.7bn and wages of £1.8bn. Arsenal's turnover rose to "
        "£283m from £245m. Its wage bill rose to £154m from £143m, 54% of turnover.\n"
    )
    found = _valued(text)
    assert "share(154, 283) == 54" in found, found
    assert _flagged(text) == []
    assert _flagged(text.replace("54% of turnover", "64% of turnover")) != []


def test_a_share_of_a_month_is_no_share_of_what_the_month_named() -> None:
    """'rose 6.7% to £1,344 a month, slower than the 7.0% of May': 'May' names a month, so
    the 7.0% is no share of the £269,000 that followed 'to May' earlier."""
    text = (
        "In the 12 months to May 2025 prices rose 3.9%, to £269,000. Private rents rose 6.7% "
        "in the year to June, to £1,344 a month, a little slower than the 7.0% of May.\n"
    )
    assert not any(c.startswith("share(£1,344, £269,000)") for c in _valued(text))
    assert _flagged(text) == []
