"""A verb of change between two levels and no rate (propose/directions.py): the level reached
lies on the side of the level it came from that the verb says.  Sentences invented in the
forms of real releases and news; each expected check written by hand."""

from __future__ import annotations

import re

import pytest

from drafted import valued
from factcheck.draft import draft
from factcheck.engine import audit
from factcheck.files import parse_claims


def _flags(text: str) -> list[str]:
    report = audit(parse_claims(draft(text, schema=""), "<t>").article)
    return [v.check.id for v in report.verdicts if v.grade in ("inconsistent", "stretched")]


def _text(sentence: str) -> str:
    return f"News\n\n{sentence}\n"


def _directions(sentence: str) -> list[str]:
    """The drafted orders between two levels ("23.43 > 21.45")."""
    return [c for c in valued(_text(sentence)) if re.fullmatch(r"-?[\d,.]+ [<>] -?[\d,.]+", c)]


@pytest.mark.parametrize(
    ("sentence", "check"),
    [
        ("Net income rose to $23.43 billion from $21.45 billion.", "23.43 > 21.45"),
        ("iPad sales declined to $6.58 billion from $7.16 billion.", "6.58 < 7.16"),
        ("Mac revenue reached $8.05 billion, up from $7.01 billion.", "8.05 > 7.01"),
        ("Net income reached $5.11bn, down from $5.23bn.", "5.11 < 5.23"),
        ("Unemployment fell from 1,234,000 to 1,198,000.", "1,198,000 < 1,234,000"),
        ("Exports increased from $5.2 billion in 2023 to $5.9 billion in 2024.", "5.9 > 5.2"),
        ("The company's debt was reduced to $1.2 billion from $1.5 billion.", "1.2 < 1.5"),
        ("Sales rose to 5,000 units in May from 4,200 units in April.", "5,000 > 4,200"),
        ("Costs increased to £1.2m, up from £900,000.", "1.2 > 900,000"),
        ("The euro fell to $1.05 from $1.10.", "1.05 < 1.10"),
        ("Oil rose to $85 a barrel from $80.", "85 > 80"),
    ],
)
def test_the_level_reached_is_on_the_side_the_verb_says(sentence: str, check: str) -> None:
    assert valued(_text(sentence)).get(check) == "error"
    assert _flags(_text(sentence)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Net income rose to $21.43 billion from $21.45 billion.",
        "Shares rose to $11.95 from $12.40.",
        "Unemployment fell from 1,198,000 to 1,234,000.",
        "Exports increased from $5.9 billion in 2023 to $5.2 billion in 2024.",
        "Mac revenue reached $6.05 billion, up from $7.01 billion.",
    ],
)
def test_a_direction_written_the_wrong_way_round_is_flagged(sentence: str) -> None:
    assert _flags(_text(sentence)) != []


@pytest.mark.parametrize(
    "sentence",
    [
        # another quantity stands between 'from' and its number
        "The balance fell to a deficit of $3 billion from a surplus of $2 billion.",
        "The balance swung to a deficit of $3 billion, down from a surplus of $5 billion.",
        # a rate beside the levels: the growth rules check them with it
        "The index fell 2% to 1,200 from 1,224.5.",
        "Home sales fell 3.2% in June to 4.1 million from 4.24 million in May.",
        # signed balances: 'up from' a smaller deficit
        "The balance was -$48.5 billion, up from -$44.3 billion.",
        # verbs of other meanings
        "The loss widened to $5 million from $3 million.",
        "The firm cut its forecast to $4.1 billion from $4.5 billion, while its rival raised "
        "its to $3 billion from $2.5 billion.",
        # another noun's level after 'from'
        "Admissions rose to 1,200 from 15,000 applications.",
        "Revenue rose to $410 million from $2.1 billion in assets.",
        # levels of different units
        "Output climbed to 3.1 million barrels a day from 2.9 million.",
        # a currency quoted in another: a fall is a rise of the number
        "The rupee fell to 83.5 to the dollar from 82.1.",
        "The Turkish lira fell to 32.5 per dollar from 30.1 a month earlier.",
        "The rupee fell to 83.5 a dollar from 82.1.",
        "The rupee fell to 83.5 from 82.1.",
    ],
)
def test_other_words_make_no_direction_check(sentence: str) -> None:
    assert _directions(sentence) == []
    assert _flags(_text(sentence)) == []


def test_up_from_after_a_time_is_no_direction_of_the_level_before() -> None:
    """'to 52,000 by 2020, up from 35,000 in 2005': 'up from' may look back past the 40,000
    of 2010; only the pair the verb joins is checked."""
    sentence = "Membership grew from 40,000 in 2010 to 52,000 by 2020, up from 35,000 in 2005."
    assert _directions(sentence) == ["52,000 > 40,000"]
