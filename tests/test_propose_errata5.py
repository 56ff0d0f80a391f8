"""Forms of real published errors (tests/errata/, fifth round): a level set against its
year-ago level, a part 'out of' a whole glossed by its share, and answers graded on one
scale; each with correct sentences of the same shape that must stay unflagged, and near
forms the rules must leave alone.  Texts are invented in the form of the real ones; the
values expected are worked by hand."""

from __future__ import annotations

import pytest

from drafted import valued
from factcheck.draft import draft
from factcheck.engine import audit
from factcheck.files import parse_claims


def _flags(text: str) -> list[str]:
    """The checks the audit of the draft finds inconsistent or stretched, warnings included."""
    report = audit(parse_claims(draft(text, schema=""), "<t>").article)
    return [v.check.id for v in report.verdicts if v.grade in ("inconsistent", "stretched")]


def _text(sentence: str) -> str:
    return f"Figures\n\n{sentence}\n"


# --- "to A against B in the year-ago quarter": B is the level the rate grew from ----------------


def test_a_rate_against_the_year_ago_level_is_checked() -> None:
    """'dropped 45.7% ... to Rs 47 crore, against Rs 108 crore in the year-ago quarter': 47 on
    108 is a drop of 56.5%."""
    text = _text(
        "Net profit dropped 45.7% year on year to Rs 47 crore in the first quarter, against "
        "Rs 108 crore in the year-ago quarter."
    )
    assert "growth ( 47 , 108 ) == 45.7" in valued(text)
    assert _flags(text) != []


@pytest.mark.parametrize(
    ("sentence", "growth"),
    [
        (
            "Net profit rose 26.40% to Rs 72.63 crore against Rs 57.46 crore in the same "
            "quarter a year ago.",
            "growth ( 72.63 , 57.46 ) == 26.40",
        ),
        (
            "Operating profit went up 36% to Rs 1,898 crore as against Rs 1,394 crore in the "
            "year-ago period.",
            "growth ( 1,898 , 1,394 ) == 36",
        ),
        (
            "Revenue fell 23.47% to Rs 759.23 crore, compared with Rs 992.14 crore a year earlier.",
            "growth ( 759.23 , 992.14 ) == 23.47",
        ),
        (
            "Sales rose 8% year-on-year to $54 million from $50 million.",
            "growth ( 54 , 50 ) == 8",
        ),
    ],
)
def test_a_right_rate_against_the_year_ago_level_draws_no_finding(
    sentence: str, growth: str
) -> None:
    text = _text(sentence)
    assert growth in valued(text)
    assert _flags(text) == []


@pytest.mark.parametrize(
    ("sentence", "level"),
    [
        # another period's comparand: the 12% may be year on year
        ("Net profit rose 12% to Rs 50 crore against Rs 45 crore in the previous quarter.", "45"),
        # an estimate, no level of the past
        ("Net profit rose 12% to Rs 50 crore against analysts' estimates of Rs 60 crore.", "60"),
        # a sequential rate beside a year-ago comparand
        (
            "Net profit rose 5% sequentially to Rs 50 crore against Rs 40 crore a year earlier.",
            "40",
        ),
    ],
)
def test_another_comparand_is_no_level_grown_from(sentence: str, level: str) -> None:
    text = _text(sentence)
    assert not any(f", {level} )" in c for c in valued(text) if c.startswith("growth ("))
    assert _flags(text) == []


# --- "A out of B, which is P percent": A's share of B ---------------------------------------------


def test_a_share_glossing_a_part_out_of_a_whole_is_checked() -> None:
    """'4,175 cases out of a population of 358,000, which is .01166 percent': 1.166 percent."""
    text = _text(
        "The county has had 4,175 cases out of a population of 358,000, which is .01166 percent."
    )
    assert valued(text) == {
        "share ( 4,175 , 358,000 ) == .01166": "error",
        "parts_within ( 358,000 , [ 4,175 ] )": "error",
    }
    assert _flags(text) != []


@pytest.mark.parametrize(
    "sentence",
    [
        "The county has had 4,175 cases out of a population of 358,000, which is 1.17 percent.",
        "There have been 4,175 cases out of 358,000 residents, or 1.17 percent.",
        "The clinic saw 46 deaths out of 4,175 patients (1.1%).",
    ],
)
def test_a_right_share_of_a_part_out_of_a_whole_draws_no_finding(sentence: str) -> None:
    text = _text(sentence)
    assert any(c.startswith("share (") for c in valued(text))
    assert _flags(text) == []


def test_a_rate_with_a_direction_after_out_of_is_no_share() -> None:
    """'fell to 300 out of 500, down 20 percent': a change, not 300's share of 500."""
    text = _text("Turnout fell to 300 out of 500, down 20 percent.")
    assert not any(c.startswith("share (") for c in valued(text))
    assert _flags(text) == []


# --- answers graded on one scale: together at most 100 percent ---------------------------------


def test_graded_answers_past_100_percent_are_flagged() -> None:
    """'59% somewhat likely, 35% very likely and 26% not very likely' make 120 percent."""
    text = _text(
        "Asked how likely it was that scientists had falsified research, 59% said it was "
        "somewhat likely, 35% said very likely and 26% said not very likely."
    )
    assert valued(text) == {"shares_sum ( [ 59 , 35 , 26 ] )": "warn"}
    assert _flags(text) != []


def test_right_graded_answers_draw_no_finding() -> None:
    text = _text(
        "Asked how likely it was that scientists had falsified research, 24% said it was "
        "somewhat likely, 35% said very likely and 21% said not very likely."
    )
    assert valued(text) == {"shares_sum ( [ 24 , 35 , 21 ] )": "warn"}
    assert _flags(text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a bare 'likely' may hold the 'very likely'
        "Asked how likely a recession was, 60% said likely and 45% said very likely.",
        # each share names its own group
        "Asked about the plan, 60% of Republicans said very likely and 55% of Democrats said "
        "somewhat likely.",
        # no question asked: the shares may answer two questions
        "Some 60% were very satisfied with the service and 55% somewhat satisfied with the price.",
        # one degree twice: two groups' answers
        "Asked about the plan, 60% said very likely, and 55% said very likely a year ago.",
    ],
)
def test_answers_not_graded_on_one_scale_are_not_summed(sentence: str) -> None:
    text = _text(sentence)
    assert not any(c.startswith("shares_sum ( [") and "," in c for c in valued(text))
    assert _flags(text) == []
