"""A lead in points is the larger of two shares less the smaller: the shares joined by 'to',
named by the sides of 'leads ... by', or the sentence's only two; never a margin of error
nor a change of the lead."""

from __future__ import annotations

from factcheck.draft import draft, draft_book
from factcheck.engine import audit
from factcheck.files import parse_claims


def _leads(text: str) -> list[str]:
    """The lead proposals, each figure's name replaced by the value it quotes."""
    book = draft_book(text)
    values = {m.name: m.reading.value for m in book.mentions}
    out = []
    for check in book.checks:
        if check.id.endswith("_lead"):
            words = check.condition.replace("(", " ( ").replace(")", " ) ").replace(",", " ,")
            out.append(" ".join(values.get(w, w) for w in words.split()))
    return out


def _grades(text: str) -> set[str]:
    report = audit(parse_claims(draft(text, schema=""), "<t>").article)
    return {str(v.grade) for v in report.verdicts}


def test_a_lead_and_a_pair_of_shares() -> None:
    """'a three-point lead, 33% to 30%': 33 less 30."""
    text = (
        "Polls\n\nThe survey gives the Greens a three-point lead, 33% to 30%, with 18% for "
        "others.\n"
    )
    assert _leads(text) == ["gap ( 33 , 30 ) == three * 1 percentage_point"]
    assert not _grades(text) & {"inconsistent", "stretched"}
    wrong = text.replace("three-point", "six-point")
    assert _grades(wrong) & {"inconsistent", "stretched"}


def test_the_sides_of_leads_by_are_found_by_name() -> None:
    """'Reds lead the Blues by two points: the Blues are on 32%, the Reds on 34%, the Greens
    on 14%': the Reds' 34 less the Blues' 32, whatever order the shares come in."""
    text = (
        "Polls\n\nThe Reds lead the Blues by seven points: the Blues are on 32%, the Reds on "
        "34% and the Greens on 14%.\n"
    )
    assert _leads(text) == ["gap ( 34 , 32 ) == seven * 1 percentage_point"]
    assert _grades(text) & {"inconsistent", "stretched"}


def test_two_shares_not_joined_by_to_are_no_sides_of_a_lead() -> None:
    """'with the Reds on 46% and the Blues on 40%, a six-point advantage' was once taken as
    the lead of the sentence's only two shares.  A review found that fallback wrong on correct
    texts: the two shares may be overall while the lead is among women, a response rate, a
    third party's share, or another poll's.  Only shares joined by 'to' (or found by the names
    of a 'leads ... by') are a lead's sides now, so this wording is left unchecked."""
    text = (
        "Polls\n\nWith the Reds on 46% and the Blues on 40%, the poll gave the Reds a "
        "six-point advantage.\n"
    )
    assert _leads(text) == []


def test_no_lead_from_a_margin_of_error_or_a_change_of_the_lead() -> None:
    """'a margin of error of 3 points' and 'extended its lead by two points' are no lead of
    the two shares; three shares with no pair name no two sides."""
    assert (
        _leads(
            "Polls\n\nThe Reds are on 46% and the Blues on 40%, with a margin of error of "
            "3 points.\n"
        )
        == []
    )
    assert _leads("Polls\n\nThe Reds extended their lead by two points, 46% to 40%.\n") == []
    assert _leads("Polls\n\nA five-point lead: the Reds 46%, the Blues 40%, the Greens 9%.\n") == []
