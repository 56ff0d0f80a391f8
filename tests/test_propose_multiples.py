"""A multiple between two levels (propose/multiples.py): "tripled to $90 million from $20
million" says the new level is about three times the old.  Sentences invented in the forms of
real releases and news (the real one met so far: tests/unseen/shakti-pumps-2017-q3.txt); each
ratio below worked out by hand."""

from __future__ import annotations

import pytest

from factcheck.draft import draft, draft_book
from factcheck.engine import audit
from factcheck.files import parse_claims


def _text(sentence: str) -> str:
    return f"News\n\n{sentence}\n"


def _multiples(sentence: str) -> list[str]:
    return [c.id for c in draft_book(_text(sentence)).checks if c.id.endswith("_of_levels")]


def _flags(sentence: str) -> list[str]:
    report = audit(parse_claims(draft(_text(sentence), schema=""), "<t>").article)
    return [v.check.id for v in report.verdicts if v.grade in ("inconsistent", "stretched")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Exports tripled to $61 million from $20.4 million.",  # 2.99 times
        "Cases rose 10-fold, from 123 in 2019 to 1,250 in 2023.",  # 10.2
        "Net profit more than doubled to $43 million from $19 million.",  # 2.26
        "Costs nearly doubled, from $481 million to $925 million.",  # 1.92
        "Sales quadrupled from 2.1 million units to 8.3 million units.",  # 3.95
        "Imports saw a 3-fold increase, from 41 tonnes to 158 tonnes.",  # 3.85: three times more
        "Profit rose 2.4 times, from $10.3 million to $24.9 million.",  # 2.42
        "Its net profit had more than quadrupled, to Rs 167 million from Rs 41 million a year "
        "earlier.",  # 4.07
        "Revenue roughly doubled to $2.3 billion from $1.2 billion.",  # 1.92, said loosely
    ],
)
def test_a_multiple_of_two_levels_is_checked_and_holds(sentence: str) -> None:
    assert len(_multiples(sentence)) == 1
    assert _flags(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Exports tripled to $90.5 million from $20.4 million.",  # 4.44 times
        "Net profit more than doubled to $43 million from $23 million.",  # 1.87, not over 2
        "Costs nearly tripled, from $312 million to $951 million.",  # 3.05, not under 3
        "Cases rose 10-fold, from 123 in 2019 to 3,150 in 2023.",  # 25.6
        "Imports saw a 3-fold increase, from 41 tonnes to 207 tonnes.",  # 5.05, past 4 times
    ],
)
def test_a_multiple_the_levels_do_not_bear_out_is_flagged(sentence: str) -> None:
    assert len(_multiples(sentence)) == 1
    assert _flags(sentence) != []


@pytest.mark.parametrize(
    "sentence",
    [
        # a fall: its multiple is worded too loosely to check
        "Profits fell threefold, from $90 million to $30 million.",
        "Costs saw a 10-fold decrease, from $500 million to $50 million.",
        # a rate beside them: the growth rules check the levels with it
        "Profit rose fourfold to $295m, a 368% increase on the $63m of a year earlier.",
        # the level after "from" is another noun's
        "Admissions doubled to 1,200 from 15,000 applications.",
        # a second clause
        "Sales doubled from 120 units in 2019 but fell to 100 units in 2023.",
        # no multiple: "twofold" in parts
        "The reasons are twofold: costs rose from $5 million to $7 million.",
        # no "from" or "to": the levels are not joined by the multiple
        "Vehicle crime had doubled in a year: 1,094 offences, against 583 the year before.",
        # two lists
        "Exports doubled to $5 billion and $1 billion from $2.5 billion and $0.5 billion.",
        # levels of two units
        "Output tripled to 3.1 million barrels from 2.9 million tonnes.",
    ],
)
def test_other_words_make_no_multiple_check(sentence: str) -> None:
    assert _multiples(sentence) == []
    assert _flags(sentence) == []
