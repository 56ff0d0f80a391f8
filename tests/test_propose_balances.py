"""Balances that are differences by definition (a trade deficit is imports less exports, a
budget deficit spending less revenue), and percentage points set against a rate: proposed
from the words, with the scope words that say the figures are of one period and area."""

from __future__ import annotations

import pytest

from drafted import text_flags
from factcheck.draft import draft, draft_book
from factcheck.engine import audit
from factcheck.files import parse_claims
from factcheck.reading import read


def conditions(text: str) -> list[str]:
    return [c.condition for c in draft_book(text).checks]


def _balance_checks(text: str) -> list[str]:
    """The balance proposals, each figure's name replaced by the value it quotes."""
    book = draft_book(text)
    values = {m.name: m.reading.value for m in book.mentions}
    out = []
    for check in book.checks:
        if check.id.endswith(("_balance", "_of_pair")):
            words = check.condition.split()
            out.append(" ".join(values.get(w, w) for w in words))
    return out


def test_trade_deficit_is_imports_less_exports() -> None:
    """A deficit and both trade flows of one paragraph: imports less exports."""
    text = (
        "Ruritania's trade deficit was 12.5 billion euros in March. Exports "
        "were 40.3 billion euros and imports were 52.8 billion euros.\n"
    )
    assert _balance_checks(text) == ["52.8 - 40.3 == 12.5"]


def test_trade_surplus_is_exports_less_imports() -> None:
    """A surplus is the other way round: exports less imports."""
    text = (
        "The surplus reached $7.25 billion in the second quarter: exports rose to "
        "$31.50 billion while imports stood at $24.25 billion.\n"
    )
    assert _balance_checks(text) == ["31.50 - 24.25 == 7.25"]


def test_budget_deficit_is_spending_less_revenue() -> None:
    """A budget deficit of one paragraph with its spending and revenue."""
    text = (
        "The city's spending came to $4.2 billion last year and its revenue to $3.9 billion, "
        "leaving a deficit of $0.3 billion.\n"
    )
    assert _balance_checks(text) == ["4.2 - 3.9 == 0.3"]


def test_changes_of_a_balance_and_its_terms() -> None:
    """Three changes of one paragraph (signed by their verbs): the balance's change is the
    imports' change less the exports'."""
    text = (
        "The deficit narrowed $1.2 billion in April. Exports increased $0.5 billion. "
        "Imports decreased $0.7 billion.\n"
    )
    assert _balance_checks(text) == ["0.7 - 0.5 == 1.2"]
    report = audit(parse_claims(draft(text, schema=""), "<t>").article)
    assert report.ok


def test_a_pairs_balance_is_its_members_balances() -> None:
    """'the goods and services deficit' and, in the next paragraph, the goods deficit and the
    services surplus: the surplus counts against the deficit."""
    text = (
        "Freedonia's goods and services deficit was $30.0 billion in May.\n\n"
        "It reflected a goods deficit of $42.5 billion and a services surplus of "
        "$12.5 billion.\n"
    )
    assert _balance_checks(text) == ["42.5 - 12.5 == 30.0"]


def test_a_correct_release_has_no_finding() -> None:
    """The balance proposals of a consistent text all hold (no false finding)."""
    text = (
        "The trade deficit was 12.5 billion euros in March. Exports were 40.3 billion euros "
        "and imports were 52.8 billion euros.\n"
    )
    report = audit(parse_claims(draft(text, schema=""), "<t>").article)
    assert report.ok
    assert any(c.id.endswith("_balance") for c in draft_book(text).checks)


def test_a_wrong_balance_is_flagged() -> None:
    """A deficit that is not imports less exports fails the audit."""
    text = (
        "The trade deficit was 19.5 billion euros in March. Exports were 40.3 billion euros "
        "and imports were 52.8 billion euros.\n"
    )
    assert not audit(parse_claims(draft(text, schema=""), "<t>").article).ok


def test_other_paragraphs_and_qualifiers_are_other_scopes() -> None:
    """A balance and flows of another paragraph, or with other qualifying words ('average
    exports', 'oil imports'), are not its terms."""
    apart = (
        "The trade deficit was 12.5 billion euros in March.\n\n"
        "Exports were 40.3 billion euros and imports were 52.8 billion euros.\n"
    )
    assert _balance_checks(apart) == []
    qualified = (
        "The trade deficit was 12.5 billion euros in March, while average exports were 40.3 "
        "billion euros and oil imports were 52.8 billion euros.\n"
    )
    assert _balance_checks(qualified) == []


def test_other_months_are_other_periods() -> None:
    """A deficit of March and flows of February (each sentence naming its own month)."""
    text = (
        "The trade deficit was 12.5 billion euros in March. In February, exports were 40.3 "
        "billion euros and imports were 50.1 billion euros.\n"
    )
    assert _balance_checks(text) == []


def test_an_unsigned_decrease_is_no_term() -> None:
    """'a decrease in the deficit of $2 billion to ...': the words do not sign the number,
    so no difference rests on it."""
    text = (
        "There was a decrease in the deficit of $2.0 billion to $10.0 billion, as exports "
        "increased $1.5 billion and imports decreased $0.5 billion.\n"
    )
    assert not any("2.0" in c for c in _balance_checks(text))
    assert all("deficit ==" not in c for c in _balance_checks(text))


def test_points_against_a_rate_are_percentage_points() -> None:
    """'5.2 percent, 0.8 points higher than a year ago': percentage points."""
    readings = read("The rate was 5.2 percent, 0.8 points higher than a year ago.")
    assert [r.unit for r in readings] == ["percent", "percentage_point"]
    readings = read("Turnout stood at 61 percent but was 4 points lower than in 2015.")
    assert [r.unit for r in readings if r.kind == "number"] == ["percent", "percentage_point"]


def test_points_of_an_index_or_a_score_stay_points() -> None:
    """An index's points, a score, or points after 'or' are no percentage points."""
    for sentence in (
        "Shares rose 1.5 percent; the index closed 45 points higher than on Monday.",
        "The Dow fell 2 percent, or 600 points, lower than its peak.",
        "The team scored 12 points more than its rival.",
        "Support rose 4 percent and 3 points.",
    ):
        assert all(r.unit != "percentage_point" for r in read(sentence)), sentence


def test_points_higher_than_an_earlier_time_are_a_gap_of_the_same_rate() -> None:
    """'was 0.8 points higher than a year ago': the gap between the rate and its own
    earlier value, an unknown."""
    found = conditions("The jobless rate was 5.2 percent, 0.8 points higher than a year ago.\n")
    assert any(c.startswith("gap(") and "_earlier)" in c for c in found)


def test_points_over_the_month_to_a_rate() -> None:
    """'fell 0.4 percentage points over the month to 6.1 percent': the rate's change."""
    found = conditions(
        "The unemployment rate fell 0.4 percentage points over the month to 6.1 percent.\n"
    )
    assert any(c.startswith("gap(") and "_previous)" in c for c in found)


def test_a_hard_wrapped_unit_is_read_with_its_number() -> None:
    """A number and its unit split by a hard wrap ('by 2.2' / 'percentage points') read as
    one figure; a table's next row does not join the line before."""
    line = "The national unemployment rate in the survey month declined by 2.2\n"
    book = draft_book(line + "percentage points over the month to 11.1 percent.\n")
    assert any(m.reading.unit == "percentage_point" for m in book.mentions)
    table = "Index (UK, 2005 = 100) | % change over 1 month | % change over 12 months\n"
    book = draft_book(table + "2011 Jun 119.4 -0.1 4.2\n")
    assert "119.4" in [m.reading.value for m in book.mentions]


def test_changes_with_their_rates_balance_their_earlier_levels_too() -> None:
    """'The deficit decreased $2.0 billion, or 5.0 percent. Exports decreased $6.0 billion or
    3.0 percent. Imports decreased $8.0 billion or 3.3 percent': each rate names an earlier
    level (about $40, $200 and $242 billion), and those balance as the changes do."""
    text = (
        "Year to date, the deficit decreased $2.0 billion, or 5.0 percent. Exports decreased "
        "$6.0 billion or 3.0 percent. Imports decreased $8.0 billion or 3.3 percent.\n"
    )
    found = conditions(text)
    assert "imports_previous - exports_previous == deficit_previous" in found, found
    report = audit(parse_claims(draft(text, schema=""), "<t>").article)
    assert report.ok


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        (
            "New Zealand's trade surplus was NZ$1.2 billion in May, with exports of NZ$6.4"
            " billion and imports of NZ$5.2 billion.",
            "New Zealand's trade surplus was NZ$1.2 billion in May, with exports of NZ$6.4"
            " billion and imports of NZ$5.8 billion.",
        ),
        (
            "South Korea's trade surplus was $1.2 billion in May, with exports of $6.4 billion"
            " and imports of $5.2 billion.",
            "South Korea's trade surplus was $1.2 billion in May, with exports of $6.4 billion"
            " and imports of $5.9 billion.",
        ),
    ],
)
def test_an_area_of_two_words_names_no_narrower_balance(right: str, wrong: str) -> None:
    """'New Zealand's': the capitalised words before a possessive are the area's name, not a
    qualifying word ('New') that set the balance apart from its terms."""
    article = f"News\n\n{right}\n"
    assert "exports - imports == trade_surplus" in [c.condition for c in draft_book(article).checks]
    assert text_flags(article) == []
    assert text_flags(f"News\n\n{wrong}\n") != []
