"""Changes whose words lie apart: a growth rate that borrows its verb or has words before its
levels, levels written before their rate, and a count's increase, which cannot exceed it."""

from __future__ import annotations

from factcheck.draft import draft, draft_book
from factcheck.engine import audit
from factcheck.files import parse_claims


def _checks(text: str, suffix: str) -> list[str]:
    """The proposals whose id ends with ``suffix``, each figure's name replaced by the value
    it quotes."""
    book = draft_book(text)
    values = {m.name: m.reading.value for m in book.mentions}
    out = []
    for check in book.checks:
        if check.id.endswith(suffix):
            words = (
                check.condition.replace("-", "- ")
                .replace("(", " ( ")
                .replace(")", " ) ")
                .replace(",", " ,")
            )
            out.append(" ".join(values.get(w, w) for w in words.split()))
    return out


def _verdicts(text: str) -> set[str]:
    report = audit(parse_claims(draft(text, schema=""), "<t>").article)
    return {str(v.grade) for v in report.verdicts}


def test_a_rate_borrows_the_verb_of_the_clause_before() -> None:
    """'and from Iraq 292%, from 588 to 2,185': the growth from 588 to 2,185."""
    text = (
        "Requests from Syria rose 29%, from 2,025 to 2,609, and from Iraq 292%, "
        "from 588 to 2,185.\n"
    )
    assert _checks(text, "_from_to") == ["growth ( 2,185 , 588 ) == 292"]


def test_a_borrowed_fall_is_signed_by_its_verb() -> None:
    """'fell 10%, ..., and from Albania 5%': the second rate is a fall too."""
    text = (
        "Requests from Pakistan fell 10%, from 2,726 to 2,441, and from Albania 5%, "
        "from 1,576 to 1,504.\n"
    )
    assert _checks(text, "_from_to") == ["growth ( 1,504 , 1,576 ) == - 5"]
    assert not _verdicts(text) & {"inconsistent", "stretched"}


def test_words_between_a_rate_and_its_levels() -> None:
    """'up 800% over a year, from 70 to 530' and 'leapt nearly 250%, from 10,250 in 2013-14
    to 25,500 in 2014-15': the rate is the growth between the levels."""
    assert _checks("Arrests were up 800% over a year, from 70 to 530.\n", "_from_to") == [
        "growth ( 530 , 70 ) == 800"
    ]
    text = "Deaths leapt nearly 250%, from 10,250 in 2013-14 to 25,500 in 2014-15.\n"
    assert _checks(text, "_from_to") == ["growth ( 25,500 , 10,250 ) == 250"]


def test_no_verb_no_growth() -> None:
    """'a margin of 5%, from 100 to 105' names no change: nothing is proposed."""
    assert _checks("The firm kept 5%, from 100 to 105 units.\n", "_from_to") == []
    assert _checks("A 95% confidence interval, from 10 to 20.\n", "_from_to") == []


def test_levels_then_the_rate_of_their_change() -> None:
    """'from 6 cents to 20 cents, a 333 per cent increase': growth from 6 to 20."""
    text = "The stamp went from 6 cents to 20 cents, a 333 per cent increase.\n"
    assert _checks(text, "_from_to") == ["growth ( 20 , 6 ) == 333"]
    assert _verdicts(text) & {"inconsistent", "stretched"}
    right = "The stamp went from 6 cents to 20 cents, a 233 per cent increase.\n"
    assert not _verdicts(right) & {"inconsistent", "stretched"}


def test_a_count_is_no_smaller_than_its_increase() -> None:
    """'723 homicides ..., an increase of 1,489 on the previous year': the count before is
    723 less 1,489, and it cannot be negative."""
    text = "Police recorded 723 homicides, an increase of 1,489 on the previous year.\n"
    assert _checks(text, "_change") == ["723 - homicides_previous == 1,489"]
    assert "inconsistent" in _verdicts(text)
    right = "Police recorded 723 homicides, an increase of 149 on the previous year.\n"
    assert not _verdicts(right) & {"inconsistent", "stretched"}


def test_a_signed_quantity_may_rise_past_its_level() -> None:
    """A net balance may have been negative: its increase is not bounded by it."""
    text = "The net balance was 12, an increase of 30 on the previous month.\n"
    assert _checks(text, "_change") == []


def test_a_rate_of_a_change_against_the_same_noun() -> None:
    """'£166,866, £22,150 more than the average, a bill 20% above the average': the average
    is 144,716 and 22,150 of it is 15.3%, so the 20% is flagged."""
    text = (
        "Expenses\n\nThe member claimed £166,866, £22,150 more than the average, a bill 20% "
        "above the average.\n"
    )
    assert _checks(text, "_of_change") == ["growth ( 166,866 , member_claimed_previous ) == 20"]
    assert _verdicts(text) & {"inconsistent", "stretched"}
    right = text.replace("20%", "15%")
    assert not _verdicts(right) & {"inconsistent", "stretched"}


def test_a_rate_against_another_noun_is_no_rate_of_the_change() -> None:
    """'£30,000 more than the average, ... 25% above the target': two comparisons."""
    text = (
        "Expenses\n\nThe member claimed £180,000, £30,000 more than the average, a bill 25% "
        "above the target.\n"
    )
    assert _checks(text, "_of_change") == []


def test_a_quantity_restated_in_another_unit_of_its_dimension() -> None:
    """'8,000 sq ft (20,720 sq km)': 8,000 square feet are 0.000743 square kilometres, so the
    bracket is flagged; '(740 sq metres)' holds (8,000 x 0.09290304 = 743.2)."""
    text = "Garden\n\nThe garden and greenhouse cover 8,000 sq ft (20,720 sq km).\n"
    assert _checks(text, "_conversion") == ["20,720 == 8,000"]
    assert "inconsistent" in _verdicts(text)
    right = text.replace("20,720 sq km", "740 sq metres")
    assert _checks(right, "_conversion") == ["740 == 8,000"]
    assert not _verdicts(right) & {"inconsistent", "stretched"}


def test_a_rate_reached_is_no_growth_between_levels() -> None:
    """'turnout climbed to 65% over the year, from 1.2 million to 1.5 million voters': the 65%
    is a level reached, not the growth between the counts."""
    text = "Turnout climbed to 65% over the year, from 1.2 million to 1.5 million voters.\n"
    assert _checks(text, "_from_to") == []


def test_a_flow_added_may_have_been_negative_before() -> None:
    """'added 5,000 jobs, an increase of 20,000 on the previous month': last month's jobs
    added may have been -15,000; no bound."""
    text = "The economy added 5,000 jobs, an increase of 20,000 on the previous month.\n"
    assert _checks(text, "_change") == []


def test_a_multiple_restated_as_a_rate() -> None:
    """'more than doubled in seven years, increasing by almost 70%': a rise of more than
    100%, so the 70% is flagged; 'nearly doubled ..., rising by 95%' and 'more than tripled,
    up 240%' hold."""
    text = "Spending more than doubled in seven years, increasing by almost 70%.\n"
    assert _checks(text, "_multiple") == ["70 >= 100 percent"]
    assert "inconsistent" in _verdicts(text)
    right = (
        "Fares nearly doubled over the decade, rising by 95%, and bus use has more than "
        "tripled, up 240%.\n"
    )
    assert _checks(right, "_multiple") == ["95 <= 100 percent", "240 >= 200 percent"]
    assert not _verdicts(right) & {"inconsistent", "stretched"}


def test_a_rate_of_another_clause_restates_no_multiple() -> None:
    """'doubled in the north and rose 70% in the south': the rate is the south's."""
    text = "Sales doubled in the north and rose 70% in the south.\n"
    assert _checks(text, "_multiple") == []
