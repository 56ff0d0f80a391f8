"""Forms of real published errors (tests/errata/, second round) the proposer once missed,
each with correct sentences of the same shape that must stay unflagged.  Texts are invented
in the form of the real ones; the values expected are worked by hand."""

from __future__ import annotations

from drafted import valued
from factcheck.draft import draft
from factcheck.engine import audit
from factcheck.files import parse_claims


def _flags(text: str) -> list[str]:
    """The checks the audit of the draft finds inconsistent or stretched, warnings included."""
    report = audit(parse_claims(draft(text, schema=""), "<t>").article)
    return [v.check.id for v in report.verdicts if v.grade in ("inconsistent", "stretched")]


def test_a_change_in_points_between_two_stated_rates_is_their_gap() -> None:
    """'dropped 27 points, from 52 percent to 38 percent': 52 less 38 is 14 points, so the 27
    is wrong; bare 'points' between two percentages are percentage points."""
    text = (
        "Polls\n\nHis rating has dropped 27 points in the last month, from 52 percent to "
        "38 percent.\n"
    )
    assert valued(text) == {"gap ( 38 , 52 ) == 27 * 1 percentage_point": "error"}
    assert _flags(text) != []


def test_a_right_change_in_points_between_two_rates_is_not_flagged() -> None:
    """14 points from 52 to 38 percent, and 2.5 percentage points from 40.1 to 42.6, hold."""
    text = (
        "Polls\n\nHis rating fell 14 points, from 52 percent to 38 percent. Her rating rose "
        "2.5 percentage points, from 40.1 percent to 42.6 percent.\n"
    )
    assert _flags(text) == []
    assert len(valued(text)) == 2


def test_points_between_two_plain_levels_are_no_gap_of_rates() -> None:
    """'The index dropped 27 points, from 520 to 493': index points, not percentage points;
    no gap of rates is drafted."""
    text = "Markets\n\nThe index dropped 27 points, from 520 to 493.\n"
    assert not any(c.startswith("gap") for c in valued(text))
    assert _flags(text) == []
