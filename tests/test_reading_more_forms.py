"""Forms of real prose the reader misread, each pinned with its reading worked by hand:
Indian papers' "cr", "lakhs", "crores" and "lac"; wire copy's "pct pts"; "12,000-odd";
"7-in-10"."""

from __future__ import annotations

from fractions import Fraction

import pytest

from drafted import flags
from factcheck.reading import read, read_one


@pytest.mark.parametrize(
    ("phrase", "worth", "low", "high"),
    [
        # a crore is 10^7 rupees and a lakh 10^5, whatever the spelling; the ends are in the
        # number's own scale
        ("Rs 5,432 cr", 10**7, "5431.5", "5432.5"),
        ("Rs 500 Cr", 10**7, "499.5", "500.5"),
        ("Rs 40 crores", 10**7, "39.5", "40.5"),
        ("Rs 25 lakhs", 10**5, "24.5", "25.5"),
        ("Rs 3 lac", 10**5, "2.5", "3.5"),
        ("Rs 12 lacs", 10**5, "11.5", "12.5"),
        ("Rs 1.2 lakh cr", 10**12, "1.15", "1.25"),
        ("Rs 2.4 lakh crores", 10**12, "2.35", "2.45"),
    ],
)
def test_south_asian_scale_words_in_their_spellings(
    phrase: str, worth: int, low: str, high: str
) -> None:
    reading = read_one(phrase)
    assert reading.unit == "INR"
    assert reading.multiplier == worth
    assert (reading.strict.lo, reading.strict.hi) == (Fraction(low), Fraction(high))


def test_lac_in_capitals_is_a_place_not_a_scale() -> None:
    assert [(r.text, r.kind) for r in read("after the 2013 Lac-Megantic derailment")] == [
        ("2013", "year")
    ]


@pytest.mark.parametrize(
    "phrase",
    [
        "rose 1.2 pct pts",
        "fell 0.4 pct point",
        "up 3 percentage pts",
        "0.5 pct pt",
        "rose 2.5 percent points",
        "fell 0.3 per cent points",
    ],
)
def test_wire_abbreviations_of_percentage_points(phrase: str) -> None:
    assert read_one(phrase).unit == "percentage_point"


def test_pct_alone_is_still_percent() -> None:
    assert read_one("rose 4.2 pct").unit == "percent"


@pytest.mark.parametrize(
    ("phrase", "low", "high"),
    [
        ("12,000-odd workers", 12000, 13000),
        ("300-odd people", 300, 400),
        ("sixty-odd firms", 60, 70),
    ],
)
def test_odd_after_a_number_is_at_least_it(phrase: str, low: int, high: int) -> None:
    reading = read_one(phrase)
    assert reading.hedge == "at least"
    assert (reading.strict.lo, reading.strict.hi) == (low, high)


@pytest.mark.parametrize(
    ("phrase", "value"),
    [("7-in-10 voters", Fraction(7, 10)), ("nine-in-ten firms", Fraction(9, 10))],
)
def test_a_proportion_written_with_hyphens(phrase: str, value: Fraction) -> None:
    reading = read_one(phrase)
    assert reading.kind == "fraction"
    assert reading.number == value


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        (
            "Its revenue rose to Rs 5,400 cr from Rs 4,800 crore, an increase of 12.5 per cent.",
            "Its revenue rose to Rs 5,400 cr from Rs 4,800 crore, an increase of 15.5 per cent.",
        ),
        (
            "The jobless rate rose 0.4 pct pts to 4.3 pct from 3.9 pct.",
            "The jobless rate rose 0.6 pct pts to 4.3 pct from 3.9 pct.",
        ),
    ],
)
def test_the_forms_join_the_checks_of_their_sentences(right: str, wrong: str) -> None:
    assert flags(right) == []
    assert flags(wrong) != []


@pytest.mark.parametrize(
    ("phrase", "unit"),
    [
        ("Eskom lost R1.2bn", "ZAR"),
        ("a R500 million grant", "ZAR"),
        ("fell to R18.50 against the dollar", "ZAR"),
        ("R1,200 a month", "ZAR"),
        ("NZ$4.2 billion", "NZD"),
        ("SEK 3.4 billion", "SEK"),
        ("3.4 billion kronor", "SEK"),
        ("NOK 5bn", "NOK"),
        ("DKK 12 million", "DKK"),
    ],
)
def test_more_currencies_are_read(phrase: str, unit: str) -> None:
    assert read_one(phrase).unit == unit


@pytest.mark.parametrize("phrase", ["take the R2 road", "the R1 route", "using R 4.1 to fit it"])
def test_an_r_that_is_no_rand(phrase: str) -> None:
    assert [r.unit for r in read(phrase) if r.unit == "ZAR"] == []
