"""Correct sentences on which the rules merged in this wave once made false findings, found by
a review of those rules (leads, flows, changes, conversions, growth from a stated level).
Each sentence's figures are right as written, so `factcheck check` must flag nothing."""

from __future__ import annotations

import pytest

from factcheck.draft import draft
from factcheck.engine import audit
from factcheck.files import parse_claims

_FLAGGED = ("inconsistent", "stretched")
CORRECT = [
    # leads: the two shares are not the lead's sides
    "Clinton, on 46% to Trump's 44% overall, has a 12-point lead among women.",
    "Labour's 36% gives it a three-point lead over the Tories, with the Lib Dems on 12%.",
    "The poll, which had a response rate of 45%, gives Labour 36% and a three-point lead over "
    "the Conservatives.",
    "The Ipsos poll puts Labour on 35% and the Tories on 31%, against a two-point lead in last "
    "week's YouGov poll.",
    "Biden has a six-point lead among independents, though only 40% of them say they will vote "
    "and 25% remain undecided.",
    "Labour, 20 points ahead at its 2022 peak, is now on 40% with the Tories on 30%.",
    "Republicans have a 10-point advantage on the economy and a three-point edge on the "
    "generic ballot, 45% to 42%.",
    "The Lakers led the Celtics by 12 points at halftime, shooting 52% from the field against "
    "Boston's 38%.",
    # flows of another time, place or kind than the total
    "Net migration fell to 728,000 last year from 906,000, with 1.2 million immigrants, and "
    "414,000 people left in the second half of the year alone.",
    "Total trade rose to £1.6 trillion; exports were £820 billion and imports £880 billion in "
    "the year before.",
    "Total trade reached 41.8 trillion yuan in 2023, and in December alone exports were 2.1 "
    "trillion yuan and imports 1.6 trillion yuan.",
    "Total trade in goods and services was £1.6 trillion, with goods exports of £400 billion "
    "and goods imports of £700 billion.",
    "UK total trade was £1.6tn; trade with the EU accounted for £700bn, with exports of £300bn "
    "and imports of £400bn.",
    # counts that may be negative, and a rate of its own span
    "There were 723 excess deaths, an increase of 1,489 on the previous week.",
    "The natural increase in population was 723 people, a rise of 1,489 on the previous year.",
    "Average rents have more than doubled, up 30% in the last three years alone.",
    # a part of a quantity in brackets is no restatement of it
    "The estate covers 500 acres (100 hectares of it woodland).",
    # a growth from a level of another span or another clause
    "Spending rose 5% to £100bn, from £80bn two years earlier.",
    "Output rose 9% to 1.2 million cars from 1.1 million, as exports rose 15%.",
]


@pytest.mark.parametrize("sentence", CORRECT)
def test_a_correct_sentence_draws_no_finding(sentence: str) -> None:
    report = audit(parse_claims(draft(f"Title\n\n{sentence}\n", schema=""), "<t>").article)
    flagged = [
        v.check.condition for v in report.verdicts if v.grade in ("inconsistent", "stretched")
    ]
    assert flagged == []
