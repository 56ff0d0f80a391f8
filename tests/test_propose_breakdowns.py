"""A stated whole broken down in words into listed parts (propose/breakdowns.py): proposed
whether or not the parts add up, so a misprinted part or total is caught.  Sentences invented
in the forms of real releases (met in tests/unseen: bihar-electors-2019, sa-tourism-2007-2019,
ireland-referendum-constituency, box-office-2014-2023, olympic-medals-2012-2021); each sum
worked out by hand."""

from __future__ import annotations

import pytest

from factcheck.draft import draft, draft_book
from factcheck.engine import audit
from factcheck.files import parse_claims


def _text(sentence: str) -> str:
    return f"News\n\n{sentence}\n"


def _breakdowns(sentence: str) -> list[str]:
    return [c.condition for c in draft_book(_text(sentence)).checks if c.id.endswith("_breakdown")]


def _flags(sentence: str) -> list[str]:
    report = audit(parse_claims(draft(_text(sentence), schema=""), "<t>").article)
    return [v.check.id for v in report.verdicts if v.grade in ("inconsistent", "stretched")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Of the 500 passengers, 320 were British, 120 German and 60 French.",  # 500
        "There were 1,250 deaths: 700 men and 550 women.",  # 1,250
        "Revenue was $4.4 billion, of which services made up $1.5 billion and products $2.9 "
        "billion.",  # 4.4
        "The 2,400 new jobs comprise 1,500 in manufacturing and 900 in services.",  # 2,400
        "48,110 ballots were cast, of which 47,654 were valid and 456 spoilt.",  # 48,110
        "The team won 82 medals: 34 gold, 23 silver and 25 bronze.",  # 82
    ],
)
def test_a_breakdown_that_adds_up_is_checked_and_holds(sentence: str) -> None:
    assert len(_breakdowns(sentence)) == 1
    assert _flags(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Of the 500 passengers, 320 were British, 120 German and 70 French.",  # 510
        "There were 1,250 deaths: 700 men and 600 women.",  # 1,300
        "Revenue was $4.2 billion, of which services made up $1.5 billion and products $2.9 "
        "billion.",  # 4.4
        "The 2,400 new jobs comprise 1,500 in manufacturing and 1,100 in services.",  # 2,600
        "48,110 ballots were cast, of which 47,654 were valid and 656 spoilt.",  # 48,310
        "The team won 82 medals: 34 gold, 23 silver and 35 bronze.",  # 92
    ],
)
def test_a_breakdown_that_does_not_add_up_is_flagged(sentence: str) -> None:
    assert len(_breakdowns(sentence)) == 1
    assert _flags(sentence) != []


def test_the_up_of_made_up_is_no_sign_slip() -> None:
    """'services made up $1.5 billion' says what the whole consists of: a finding on it names
    no rise read as a fall."""
    report = audit(
        parse_claims(
            draft(
                _text(
                    "Revenue was $4.2 billion, of which services made up $1.5 billion and "
                    "products $2.9 billion."
                ),
                schema="",
            ),
            "<t>",
        ).article
    )
    (verdict,) = [v for v in report.verdicts if v.grade == "inconsistent"]
    assert verdict.sign_flip is None


@pytest.mark.parametrize(
    "sentence",
    [
        # a part of the part before, not a further part of the whole
        "An average season produced 12 named storms, of which 6 became hurricanes, including 3 "
        "major hurricanes.",
        "The 1,289,905 visitors were 392,927 day visitors and 896,978 tourists, of whom 213,074 "
        "came from overseas.",
        # the list is of the earlier level, which the parts are no breakdown of
        "Costs rose to $15.52 billion from $14.33 billion: $8.87 billion of research and $6.65 "
        "billion of other spending.",
        # amounts per item, and a last amount that takes in the others
        "Each county gets $10 million: $6 million for roads and $7 million for each hospital.",
        "The fund holds $10 billion, of which $7 billion is for pensions and $5 billion for "
        "pensions and healthcare combined.",
        # categories one person may fall in several of
        "Of the 500 students, 300 took maths and 250 took physics.",
        "Of the 1,000 respondents, 600 said prices and 550 said wages.",
        "The 900 households, of which 600 owned a car and 450 used the bus, were surveyed.",
        # a clause of its own after a semicolon, and a number that is no part at all
        "Of the 500 passengers, 320 were British; the 250 crew were mostly Filipino.",
        "Of the 500 passengers, 320 were British, and 1,200 people came to meet them.",
    ],
)
def test_no_breakdown_where_the_numbers_are_not_parts_of_the_whole(sentence: str) -> None:
    assert _breakdowns(sentence) == []
    assert _flags(sentence) == []
