"""A change in percent beside two stated rates, read as the relative change it says it is:
where it is not, and the difference of the rates is, the finding names percent written for
points (the slip of "the rate rose by 0.7% to 4.7%").  Sentences invented in the forms of real
releases; each change worked out by hand."""

from __future__ import annotations

import pytest

from factcheck.draft import draft, draft_book
from factcheck.engine import audit
from factcheck.files import parse_claims


def _text(sentence: str) -> str:
    return f"News\n\n{sentence}\n"


def _verdicts(sentence: str) -> list[object]:
    report = audit(parse_claims(draft(_text(sentence), schema=""), "<t>").article)
    return [v for v in report.verdicts if v.grade in ("inconsistent", "stretched")]


def _relative(sentence: str) -> list[str]:
    return [
        c.condition
        for c in draft_book(_text(sentence)).checks
        if c.condition.startswith("growth(") and "_previous" not in c.condition
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # 4.7 less 4.0 is 0.7 points; 4.7 on 4.0 is 17.5 %
        "The unemployment rate rose by 0.7% to 4.7% from 4.0%.",
        # 4.1 less 4.3 is -0.2 points; 4.1 on 4.3 is -4.7 %
        "Unemployment fell to 4.1% from 4.3%, a drop of 0.2 percent.",
        # 42.4 less 36.1 is 6.3 points; 42.4 on 36.1 is 17.5 %
        "The Conservatives' share rose from 36.1% to 42.4%, an increase of 6.3%.",
        # 68.8 less 66.1 is 2.7 points; 68.8 on 66.1 is 4.1 %
        "Turnout rose to 68.8% from 66.1%, up 2.7 per cent.",
    ],
)
def test_percent_written_for_points_is_flagged_and_named(sentence: str) -> None:
    assert len(_relative(sentence)) == 1
    flagged = _verdicts(sentence)
    assert len(flagged) == 1
    assert flagged[0].slip is not None
    assert "percentage point" in flagged[0].slip


@pytest.mark.parametrize(
    "sentence",
    [
        "The unemployment rate rose by 17.5% to 4.7% from 4.0%.",
        "Unemployment fell to 4.1% from 4.3%, a drop of 4.7 percent.",
        "The Conservatives' share rose from 36.1% to 42.4%, an increase of 17.5%.",
        "Turnout rose to 68.8% from 66.1%, up 4.1 per cent.",
    ],
)
def test_a_relative_change_of_two_rates_holds(sentence: str) -> None:
    assert len(_relative(sentence)) == 1
    assert _verdicts(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # the earlier rate is of another period than the change
        "The rate rose by 0.2% to 4.7% in June, from 4.0% a year earlier.",
        # the change is another rate's
        "The jobless rate fell to 4.1% from 4.3%, while wages rose 3.1 percent.",
        # points, which the gap of the two rates checks
        "Turnout rose to 68.8% from 66.1%, up 2.7 percentage points.",
    ],
)
def test_no_relative_change_where_the_change_is_not_of_the_two_rates(sentence: str) -> None:
    assert _relative(sentence) == []
    assert _verdicts(sentence) == []
