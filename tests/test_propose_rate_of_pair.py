"""A named rate beside the count it is made of, "A of (the) B" (propose/rate_of_pair.py).
Sentences invented in the forms of real releases (met in tests/unseen:
india-lok-sabha-2024-phases, uk-election-2015); each share worked out by hand."""

from __future__ import annotations

import pytest

from factcheck.draft import draft, draft_book
from factcheck.engine import audit
from factcheck.files import parse_claims


def _text(sentence: str) -> str:
    return f"News\n\n{sentence}\n"


def _of_pair(sentence: str) -> list[str]:
    return [c.condition for c in draft_book(_text(sentence)).checks if c.id.endswith("_of_pair")]


def _flags(sentence: str) -> list[str]:
    report = audit(parse_claims(draft(_text(sentence), schema=""), "<t>").article)
    return [v.check.id for v in report.verdicts if v.grade in ("inconsistent", "stretched")]


@pytest.mark.parametrize(
    ("sentence", "holds"),
    [
        # 32.0 / 47.6 = 67.2 %
        ("Turnout was 67.3%, with 32.0 million of the 47.6 million registered voters casting a "
         "ballot.", True),
        ("Turnout was 61.3%, with 32.0 million of the 47.6 million registered voters casting a "
         "ballot.", False),
        ("Some 32.0 million of 47.6 million registered voters cast a ballot, a turnout of "
         "67.3%.", True),
        ("Some 32.0 million of 47.6 million registered voters cast a ballot, a turnout of "
         "76.3%.", False),
        # 15,600 / 20,150 = 77.4 %
        ("Of the 20,150 candidates, 15,600 passed, a pass rate of 77.4%.", True),
        ("Of the 20,150 candidates, 15,600 passed, a pass rate of 87.4%.", False),
        # 453 / 1,012 = 44.8 %
        ("Approval stood at 45%, with 453 of the 1,012 respondents approving.", True),
        ("Approval stood at 54%, with 453 of the 1,012 respondents approving.", False),
    ],
)  # fmt: skip
def test_a_named_rate_of_a_pair_is_checked(sentence: str, holds: bool) -> None:
    assert len(_of_pair(sentence)) == 1
    assert (_flags(sentence) == []) is holds


@pytest.mark.parametrize(
    "sentence",
    [
        # a rate that is no share of the pair's whole
        "Growth was 3.2%, with 12 of the 20 sectors expanding.",
        "The interest rate was 5%, with 3 of the 9 members voting for a cut.",
        "Inflation was 2.1% in May, with 8 of the 12 categories rising.",
        # two pairs, or another rate: which one the rate is of is not said
        "Turnout was 67%, with 32 million of the 47.6 million voters casting a ballot, and 20 "
        "million of the 30 million in cities.",
        "Turnout was 67.3%, up 2.1 points, with 32.0 million of the 47.6 million voters voting.",
    ],
)
def test_no_share_of_a_pair_where_the_rate_is_not_its(sentence: str) -> None:
    assert _of_pair(sentence) == []
    assert _flags(sentence) == []
