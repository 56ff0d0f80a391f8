"""Thousands grouped by points, as much of Europe writes them and its English-language press
often keeps ("Compared with August, unemployment decreased by 108.000"; "1.182.000 people").

Two points or more, each before three digits, can only group thousands: the reader reads them
so.  One point before three digits ("826.000") may be either, so a draft makes no figure of
it when the digits are zeros, or when the text groups thousands by points elsewhere.  Expected
values are written by hand.
"""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from drafted import valued
from factcheck.draft import draft, draft_book
from factcheck.engine import audit
from factcheck.errors import ReadingError
from factcheck.files import parse_claims
from factcheck.reading import read, read_one


@pytest.mark.parametrize(
    ("phrase", "text", "number", "low", "high"),
    [
        ("1.182.000 people", "1.182.000", 1_182_000, 1_181_500, 1_182_500),
        ("fell by 2.450.000", "fell by 2.450.000", -2_450_000, -2_455_000, -2_445_000),
        (
            "1.234.567 visitors",
            "1.234.567",
            1_234_567,
            Fraction(2_469_133, 2),
            Fraction(2_469_135, 2),
        ),
    ],
)
def test_two_points_grouping_thousands_are_read_as_thousands(
    phrase: str, text: str, number: int, low: Fraction, high: Fraction
) -> None:
    reading = read_one(phrase)
    assert reading.number * reading.multiplier == number
    assert reading.text == text
    assert (reading.strict.lo, reading.strict.hi) == (low, high)


def test_the_value_keeps_its_points_and_a_comma_group_beside_it_its_comma() -> None:
    first, second = read("1.182.000 out of work and 1,500 more")
    assert first.value == "1.182.000"
    assert second.value == "1,500"
    assert second.number == 1500


def test_one_point_stays_a_decimal_point() -> None:
    """'826.000' alone may be 826 to three places: the reader cannot tell, and keeps it."""
    reading = read_one("826.000 people")
    assert reading.number == 826


@pytest.mark.parametrize("phrase", ["version 1.2.3", "1.182.000,5 tonnes", "1.18.000 people"])
def test_points_that_group_nothing_are_still_refused(phrase: str) -> None:
    with pytest.raises(ReadingError) as caught:
        read(phrase)
    assert phrase in str(caught.value)  # said of the phrase as written, not as re-read


@given(st.integers(10**6, 10**15))
@example(1_000_000_000).via("four groups, zeros in them: billions, not an address")
@example(185_220_101_034).via("a leading zero: no address")
def test_any_whole_number_grouped_by_points_reads_as_itself(n: int) -> None:
    written = f"{n:,}".replace(",", ".")
    groups = written.split(".")
    # four groups of at most 255 with no leading zero are an internet address
    assume(len(groups) != 4 or any(int(g) > 255 or g.startswith("0") for g in groups))
    reading = read_one(f"{written} people")
    assert reading.number * reading.multiplier == n
    assert reading.text == written
    assert reading.strict.lo <= n <= reading.strict.hi


TEXT = (
    "Jobs in Europe\n\nEurostat estimates that 24.512 million men and women in the EU28, of whom "
    "18.347 million were in the euro area, were unemployed in September. Compared with August, "
    "the number of persons unemployed decreased by 108.000 in the EU28 and by 19.000 in the "
    "euro area. Youth unemployment was 34.9% or 15.000 young people.\n"
)


def test_a_point_before_three_zeros_is_no_figure_of_a_draft() -> None:
    book = draft_book(TEXT)
    figures = {m.reading.value for m in book.mentions}
    assert figures == {"24.512", "18.347", "34.9"}
    reason = book.not_claims["decreased by 108.000"]
    assert "108,000 or 108.000" in reason


def test_in_a_text_grouping_by_points_a_lone_point_is_no_figure_either() -> None:
    text = (
        "Tourism\n\nArrivals rose to 2.450.000 from 2.100.000, an increase of 16.7%. Of them, "
        "1.125 came by sea and the cruise share was 2.375 percent.\n"
    )
    figures = {m.reading.value for m in draft_book(text).mentions}
    assert figures == {"2.450.000", "2.100.000", "16.7", "2.375"}
    assert "1.125" in draft_book(text).not_claims
    assert valued(text) == {
        "growth ( 2.450.000 , 2.100.000 ) == 16.7": "error",
        "shares_sum ( [ 2.375 ] )": "error",
    }
    claims = parse_claims(draft(text, schema=""), "<t>")
    assert audit(claims.article).ok
    wrong = text.replace("16.7%", "25.7%")  # "2.100.000" may be 2.05 to 2.15 million
    report = audit(parse_claims(draft(wrong, schema=""), "<t>").article)
    assert [v.grade for v in report.verdicts if v.grade == "inconsistent"] == ["inconsistent"]


def test_elsewhere_three_decimals_are_decimals() -> None:
    """No grouping in the text and digits other than zeros: '1.125 metres' and a rate of
    '2.375 percent' are figures as written."""
    text = "Sea levels\n\nThe wall is 1.125 metres high; the rate is 2.375 percent.\n"
    figures = {m.reading.value for m in draft_book(text).mentions}
    assert figures == {"1.125", "2.375"}


@pytest.mark.parametrize(
    ("phrase", "hint"),
    [("15.234,56 points", "15,234.56"), ("1.182.000,5 tonnes", "1,182,000.5")],
)
def test_a_decimal_comma_after_point_groups_is_refused_not_cut_short(
    phrase: str, hint: str
) -> None:
    """'The DAX closed at 15.234,56' was read as 15.234; a comma that groups no thousands is
    refused ('12,50'), and so is this one, with the number written the reader's way."""
    with pytest.raises(ReadingError) as caught:
        read(phrase)
    assert hint in str(caught.value)
    assert caught.value.start == 0
    assert phrase[: caught.value.end] == phrase.split()[0]


@pytest.mark.parametrize(
    "phrase", ["from 185.220.101.134", "at 10.100.200.250", "call 030.123.456"]
)
def test_addresses_and_telephone_numbers_are_no_numbers_grouped_by_points(
    phrase: str,
) -> None:
    """An internet address (four numbers of at most 255) and a number starting with a zero
    group no thousands; they stay refused as before."""
    with pytest.raises(ReadingError):
        read(phrase)


def test_no_piece_of_an_unreadable_number_is_a_figure() -> None:
    """'185.220.101.134' was refused up to '185.220.1' and read on from '01.134'; a draft made
    a figure of 0.134 (of '00' in '2.10.000', of 23 in '01.12.2023')."""
    text = (
        "Logs\n\nRequests from 185.220.101.134 rose to 1,200 from 900. Release 2.10.000 came on "
        "01.12.2023, and the DAX closed at 15.234,56 points.\n"
    )
    figures = {m.reading.value for m in draft_book(text).mentions}
    assert figures == {"1,200", "900"}


def test_an_address_makes_no_text_group_by_points() -> None:
    """'1.125 metres' in a text with an internet address is a decimal, as in any text."""
    text = "Sea wall\n\nThe sensor at 192.168.100.200 says the wall is 1.125 metres high.\n"
    figures = {m.reading.value for m in draft_book(text).mentions}
    assert figures == {"1.125"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The plant employs 1.250 people, 850 of them men and 400 women.",
        "The survey of 1.005 adults found that 523, or 52%, backed the plan.",
    ],
)
def test_a_count_of_whole_things_with_a_point_is_no_figure(sentence: str) -> None:
    """'1.250 people' was read as 1.25 and '850 of them' checked within it, a false finding:
    no count of people has a fraction, so the point may group thousands."""
    text = f"Staff\n\n{sentence}\n"
    book = draft_book(text)
    assert not any(m.reading.value in ("1.250", "1.005") for m in book.mentions)
    assert audit(parse_claims(draft(text, schema=""), "<t>").article).ok


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The fertility rate fell to 1.375 children per woman.", "1.375"),
        ("The wall is 1.125 metres high.", "1.125"),
    ],
)
def test_a_mean_or_a_measure_with_three_decimals_is_a_figure(sentence: str, value: str) -> None:
    assert value in {m.reading.value for m in draft_book(f"T\n\n{sentence}\n").mentions}
