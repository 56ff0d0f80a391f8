"""Forms that fresh real prose (tests/corpus/fresh.yaml) showed the reader misreading.

Each test pins one general rule with sentences written here (not the corpus's own), and with a
neighbouring form the rule must leave alone.  Expected values are written by hand.
"""

from __future__ import annotations

from fractions import Fraction as F

import pytest

from factcheck import read


def one(phrase: str, index: int = 0):  # type: ignore[no-untyped-def]
    readings = read(phrase)
    return readings[index]


def shown(phrase: str) -> list[tuple[str, str, F, int, str | None]]:
    """Each reading as (value, kind, number, direction, hedge)."""
    return [(r.value, r.kind, r.number, r.direction, r.hedge) for r in read(phrase)]


# -- words of change the reader did not know ------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "number", "unit"),
    [
        ("the share price dived 4 percent", F(-4), "percent"),
        ("the stock dove 2.5% in early trade", F(-5, 2), "percent"),
        ("the council is trimming 120 posts", F(-120), None),
        ("core inflation decelerated 0.4 percentage points", F(-2, 5), "percentage_point"),
        ("headline inflation accelerated 0.2ppt to 3.1%", F(1, 5), "percentage_point"),
    ],
)
def test_words_of_change_sign_the_number(phrase: str, number: F, unit: str | None) -> None:
    """Dived, dove, trimming and decelerated are words of decline; accelerated one of rise."""
    reading = one(phrase)
    assert (number, unit, 1 if number > 0 else -1) == (
        reading.number, reading.unit, reading.direction
    )  # fmt: skip


def test_revised_downward_is_a_fall_and_its_level() -> None:
    """ "Revised downward X to Y" is a fall of X to the level Y; "upward" a rise."""
    assert [(F(-12000), -1), (F(95000), 0)] == [
        (r.number, r.direction) for r in read("March was revised downward 12,000 to 95,000")
    ]
    assert [(F(8000), 1), (F(61000), 0)] == [
        (r.number, r.direction) for r in read("April was revised upward 8,000 to 61,000")
    ]


@pytest.mark.parametrize(
    ("phrase", "number"),
    [
        ("exports grew by only 2.1% last year", F(21, 10)),
        ("rents rose just 0.9 percent", F(9, 10)),
        ("payrolls jumped by an upwardly revised 52,000", F(52000)),
        ("imports fell by a mere 0.1 percent", F(-1, 10)),
    ],
)
def test_a_word_between_change_and_number_keeps_the_sign(phrase: str, number: F) -> None:
    """ "only", "just", "a mere", "an upwardly revised" may stand between a word of change and
    its number, as "another" may."""
    reading = one(phrase)
    assert (number, 1 if number > 0 else -1) == (reading.number, reading.direction)


def test_just_under_stays_a_hedge_after_a_word_of_change() -> None:
    """ "rose just under 5 percent": "just" is part of the hedge, not a filler."""
    reading = one("sales rose just under 5 percent")
    assert (reading.hedge, reading.direction) == ("just under", 1)


@pytest.mark.parametrize(
    ("phrase", "number"),
    [
        ("a 1.2 per cent GDP contraction", F(-6, 5)),
        ("a 4 percent sales decline", F(-4)),
        ("after a 0.5 per cent GDP quarterly fall", F(-1, 2)),
        ("a 2 percent export rise", F(2)),
    ],
)
def test_a_word_of_change_after_the_measure_it_changes(phrase: str, number: F) -> None:
    """The noun of what changed may stand between the number and the word of change."""
    reading = one(phrase)
    assert (number, 1 if number > 0 else -1) == (reading.number, reading.direction)


# -- hedge words that hedge nothing --------------------------------------------------------


def test_previously_estimated_names_an_earlier_figure() -> None:
    """ "the previously estimated 3.1 percent" is the earlier figure itself, not "about 3.1";
    "an estimated 3.1 percent" is still hedged."""
    assert [
        r.hedge
        for r in read("cut its forecast to 2.9 percent from the previously estimated 3.1 percent")
    ] == [None, None]
    assert one("an estimated 3.1 percent of voters").hedge == "about"


@pytest.mark.parametrize(
    ("phrase", "base"),
    [
        ("sales were 40 per cent higher than Rs 2,310 crore", F(2310)),
        ("revenue was up 12 percent over $4.5 billion a year earlier", F(9, 2)),
        ("costs ran 8% above $120 million", F(120)),
    ],
)
def test_a_comparison_after_a_number_is_no_hedge(phrase: str, base: F) -> None:
    """After a number, "higher than", "over" and "above" name the base it is compared with,
    which is as exact as any figure."""
    reading = one(phrase, 1)
    assert (base, None) == (reading.number, reading.hedge)


def test_a_hedge_with_no_number_before_it_still_hedges() -> None:
    """ "more than $4.5 billion" and "over 12 percent" are hedged."""
    assert [
        one("it raised more than $4.5 billion").hedge,
        one("turnout fell to over 12 percent").hedge,
    ] == ["over", "over"]


def test_just_short_of_is_nearly() -> None:
    """ "just short of £300,000" is a little under it, as "just shy of" is."""
    reading = one("the average price was just short of £300,000")
    assert ("nearly", F(285000), F(300000)) == (reading.hedge, reading.strict.lo, reading.strict.hi)


# -- dates, periods and years --------------------------------------------------------------


@pytest.mark.parametrize("month", ["Jan'24", "Sept’21", "Oct '22"])
def test_a_month_with_an_apostrophe_year_is_a_date(month: str) -> None:
    """ "Jan'24", "Sept’21": a month and a two-digit year."""
    assert [(month, "date")] == [(r.value, r.kind) for r in read(f"inflation in {month} was")]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Oct 96.8 0.1", [("96.8", "number"), ("0.1", "number")]),
        ("Dec 8.7 0.4", [("8.7", "number"), ("0.4", "number")]),
        ("Jul 1234.5 0.2", [("1234.5", "number"), ("0.2", "number")]),
        ("in June 5,000 jobs were added", [("5,000", "number")]),
        ("on Oct 9, 2024 it rose 3%", [("Oct 9, 2024", "date"), ("3", "number")]),
        ("on Oct 9. It rose 3%", [("Oct 9", "date"), ("3", "number")]),
    ],
)
def test_a_month_before_a_decimal_or_grouped_number_is_no_date(
    phrase: str, expected: list[tuple[str, str]]
) -> None:
    """ "Oct 96.8" in a table row is a month's level, not the 96th of October: a day or a year
    goes on with no point or comma and a digit after it."""
    assert expected == [(r.value, r.kind) for r in read(phrase)]


@pytest.mark.parametrize("tag", ["FY25", "FY2024", "Q3FY24", "H1FY26"])
def test_a_fiscal_tag_is_a_period(tag: str) -> None:
    """ "FY25", "Q3FY24": a fiscal year or a part of one, not a code."""
    assert [(tag, "period")] == [(r.value, r.kind) for r in read(f"the dividend for {tag} was")]


def test_other_letters_run_into_digits_stay_codes() -> None:
    """ "G20", "PM2" are still names."""
    assert [r.kind for r in read("the G20 met and PM2 was high")] == ["code", "code"]


def test_the_year_of_a_named_event_is_a_year() -> None:
    """ "the 2019 Lok Sabha elections": the year of a named event, though a plural follows."""
    assert [(r.value, r.kind) for r in read("turnout in the 2019 Lok Sabha elections")] == [
        ("2019", "year")
    ]


def test_a_year_compared_with_after_a_number() -> None:
    """ "2.5 per cent over 2025" is growth during 2025; "over 2000 people" an amount."""
    assert [r.kind for r in read("growth of 2.5 per cent over 2025")] == ["number", "year"]
    reading = one("over 2000 people attended")
    assert (reading.kind, reading.hedge) == ("number", "over")


# -- multiples and proportions -------------------------------------------------------------


def test_a_decimal_number_of_times_is_a_multiple() -> None:
    """ "rose 3.2 times" is 3.2 times the old level, rounded at its last digit; "rose 3 times"
    may count occasions and stays a number."""
    reading = one("net profit rose 3.2 times to Rs 410 crore")
    assert ("3.2", "multiple", F(16, 5), 0) == (
        reading.value, reading.kind, reading.number, reading.direction
    )  # fmt: skip
    assert (F(63, 20), F(13, 4)) == (reading.strict.lo, reading.strict.hi)
    assert one("prices rose 3 times this year").kind == "number"


def test_a_hedged_multiple_keeps_its_word_as_value() -> None:
    """ "more than doubled": the hedge "over" and the value "doubled"."""
    reading = one("profit more than doubled")
    assert (reading.value, reading.hedge) == ("doubled", "over")


def test_a_quarter_before_is_a_time_not_a_fraction() -> None:
    """ "a quarter before", "a quarter earlier" are a period of time; "a quarter of exports" a
    fraction."""
    assert [F(4, 10)] == [r.number for r in read("after a 0.4% rise a quarter earlier")]
    assert read("than it was a quarter before") == ()
    assert one("a quarter of exports").kind == "fraction"


# -- directions carried --------------------------------------------------------------------


def test_a_restatement_after_the_past_week_takes_the_direction() -> None:
    """ "rose by 1,200 in the past week, or 9%": the 9 % restates the rise."""
    assert [r.direction for r in read("deaths rose by 1,200 in the past week, or 9%")] == [1, 1]


def test_sterling_written_stg() -> None:
    """ "stg", as Reuters briefs write sterling, is GBP."""
    reading = one("operating profit fell 3.2 percent to 88.4 million stg", 1)
    assert reading.unit_text == "million GBP"
