"""How a careful reader reads ratios, counts, periods, compared levels and definitions: the
proposer must not turn correct arithmetic into a finding (each text is invented, in the form
of a real one that was flagged wrongly)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from drafted import valued
from factcheck.draft import draft
from factcheck.engine import audit
from factcheck.files import parse_claims


def _flags(text: str) -> list[str]:
    """The checks the audit of the draft finds inconsistent or stretched, warnings included."""
    report = audit(parse_claims(draft(text, schema=""), "<t>").article)
    return [v.check.id for v in report.verdicts if v.grade in ("inconsistent", "stretched")]


def test_a_ratio_to_gdp_above_100_percent_is_no_share_of_a_whole() -> None:
    """'public debt reached 131.4% of GDP': a ratio, not a part, so no bound of 100 percent."""
    text = (
        "Public debt in Ruritania\n\nRuritania's public debt reached 131.4% of GDP at the end "
        "of 2022, and Freedonia's stood at 112.9% of GDP.\n"
    )
    assert valued(text) == {}
    assert _flags(text) == []


def test_two_ratios_to_gdp_are_no_shares_of_one_whole() -> None:
    """'£912.4 billion, or 61.3% of GDP' and, within it, '£840.9 billion, or 56.5% of GDP':
    each is that share of GDP, but they do not add up within one whole, and a debt is not
    bounded by the year's GDP."""
    text = (
        "Borrowing in June\n\nThe state's net debt stood at £912.4 billion at the end of June, "
        "or 61.3% of GDP. Leaving out the rail company, net debt was £840.9 billion, or 56.5% "
        "of GDP.\n"
    )
    found = valued(text)
    assert "share ( 912.4 , total_gdp ) == 61.3" in found
    assert "share ( 840.9 , total_gdp ) == 56.5" in found
    assert not [c for c in found if c.startswith(("shares_sum", "parts_within"))]
    assert _flags(text) == []


@settings(max_examples=25, deadline=None)
@given(
    tenths=st.integers(1001, 4000),
    whole=st.sampled_from(["GDP", "gross domestic product", "its annual exports"]),
)
def test_no_rate_above_100_percent_is_bounded_by_100_percent(tenths: int, whole: str) -> None:
    """Whatever it is of, a rate above 100 percent is no part of a whole: never a finding."""
    value = f"{tenths // 10}.{tenths % 10}"
    text = f"Debts\n\nThe province's debt stood at {value}% of {whole} last year.\n"
    assert not [c for c in valued(text) if c.startswith("shares_sum")]
    assert _flags(text) == []


def test_whole_counts_add_up_exactly_with_a_singular_part() -> None:
    """'250 seats' and the seats of five parties, the last '1 seat': 131 + 80 + 29 + 9 is 249,
    not 250 (counts of seats are whole numbers, with no rounding to make up the gap)."""
    text = (
        "The council vote\n\nThe assembly has 250 seats. The Reds won 131 seats, the Blues 80 "
        "seats, the Greens 29 seats, the Yellows 9 seats and the Independents 1 seat.\n"
    )
    assert not [c for c in valued(text) if c.endswith("== 250")]
    assert _flags(text) == []


def test_a_whole_number_written_in_full_is_exact_in_a_sum() -> None:
    """'the Reds had 271 delegates and the Blues 266': 4 + 266 is 270, not 271; only the
    rounding of numbers no writer rounds made the headline's 'Four' a part."""
    text = (
        "Four councils in figures\n\nIn the last vote the Reds had 271 delegates and the "
        "Blues 266.\n"
    )
    assert valued(text) == {}


def test_the_length_of_a_period_is_no_part() -> None:
    """The 'seven' of 'the seven-day average' is not added to 10.4 to make 17.4."""
    text = (
        "Calls to the helpline\n\nIn spring the seven-day average of calls in the North rose "
        "40 per cent, from 12.4 a day in March to 17.4 in April. In the South it rose 35 per "
        "cent, from 7.7 to 10.4.\n"
    )
    expected = {  # 17.4 / 12.4 = 1.403; 10.4 / 7.7 = 1.351
        "growth ( 17.4 , 12.4 ) == 40": "error",
        "growth ( 10.4 , 7.7 ) == 35": "error",
    }
    assert expected == valued(text)
    assert _flags(text) == []


def test_a_level_compared_with_is_no_part() -> None:
    """'$1.24 billion, against $1.31 billion planned': the planned level is not a part of the
    outlays, though 1.31 + 4.05 happens to be 5.36."""
    text = (
        "The budget outturn\n\nGrants were $1.24 billion, against $1.31 billion planned. Loans "
        "were $4.05 billion, against $4.50 billion, and total outlays $5.36 billion.\n"
    )
    assert valued(text) == {}
    assert _flags(text) == []


def test_a_level_compared_with_and_the_change_since_make_the_new_level() -> None:
    """'2,345,678, against 2,301,234 five years earlier: 44,444 more people': the earlier level
    and the change between them add up to the new one, the one sum a compared level is part
    of."""
    text = (
        "The census\n\nThe count on census night was 2,345,678, against 2,301,234 five years "
        "earlier. That is 44,444 more people than in the last census.\n"
    )
    assert "2,301,234 + 44,444 == 2,345,678" in valued(text)
    assert _flags(text) == []


def test_two_growth_rates_over_two_periods_are_no_one_growth() -> None:
    """'rose 0.4% from March and 6.1% from a year earlier': growth over a month and over a
    year, not two growth rates of one level from one earlier level."""
    text = (
        "Rents in April\n\nRents, which exclude service charges, rose 0.4% from March and 6.1% "
        "from a year earlier, 0.3 percentage points more than forecast.\n"
    )
    assert not [c for c in valued(text) if c.startswith("growth")]
    assert _flags(text) == []


def test_the_unemployed_are_the_level_after_their_word_not_the_next_item() -> None:
    """'Employment fell by 40,000 to 2.2 million and unemployment by 25,000 to 0.3 million':
    the unemployed are the 0.3 million (not the 2.2 million before 'and unemployment', nor
    the change 'by 25,000'), and 0.3 / (0.3 + 2.2) is the 12.0% jobless rate."""
    text = (
        "Jobs in May\n\nThe jobless rate rose to 12.0% in May. Employment fell by 40,000 to 2.2 "
        "million and unemployment by 25,000 to 0.3 million.\n"
    )
    found = valued(text)
    assert found.get("share ( 0.3 , 0.3 + 2.2 ) == 12.0") == "warn"
    assert not [c for c in found if c.startswith("share ( 2.2")]
    assert _flags(text) == []


def test_those_who_did_not_vote_are_not_the_turnout() -> None:
    """'so 243,114 people did not vote': the complement of the voters, not the turnout's part;
    the voters are the 412,006 'of the 655,120 registered voters' who 'cast a ballot' (412,006 /
    655,120 is 62.9 percent)."""
    text = (
        "The county poll\n\nIn the county, 412,006 of the 655,120 registered voters cast a "
        "ballot, a turnout of 63%, so 243,114 people did not vote.\n"
    )
    found = valued(text)
    assert not [c for c in found if c.startswith("share ( 243,114")]
    assert found.get("share ( 412,006 , 655,120 ) == 63") == "warn"
    assert _flags(text) == []


def test_a_rate_of_a_noun_of_its_own_is_not_the_amount_before() -> None:
    """'imports of 48 billion USD ..., and a current-account deficit of 6.2 percent of import
    costs, or 3 billion USD': the deficit is the share, not the imports; nothing joins 48 to
    3 (the imports are no part of the 3 billion)."""
    text = (
        "Trade outlook\n\nThe ministry expects imports of 48 billion USD next year, 12.5 percent "
        "more than this year, and a current-account deficit of 6.2 percent of import costs, or 3 "
        "billion USD.\n"
    )
    assert not [c for c in valued(text) if "48" in c and " 3 " in c]
    assert _flags(text) == []


def test_a_span_of_time_joined_to_its_number_is_not_a_figure() -> None:
    """'a 12-month high of 4.1%' made a figure of its 12 (quoted 'Sales hit a 12-month high'),
    and the next figure's quote began '-month high'. The reader keeps the 12 (a claim file may
    check 'that same 3-year period' against its dates); the draft leaves it out."""
    text = "Prices\n\nSales hit a 12-month high of 4.1% in May, up from 3.9% in April.\n"
    claims = parse_claims(draft(text, schema=""), "<t>")
    quotes = [figure.quote for figure in claims.article.figures]
    assert quotes == ["high of 4.1%", "up from 3.9% in April"]
    assert [n.text for n in claims.not_claims] == ["12-month"]
    assert _flags(text) == []


def test_a_proposal_failing_only_with_a_fitted_sum_is_a_warning() -> None:
    """A certain check (u + 1 == 3) and a sum found by its arithmetic (u + a == c) hold each
    alone and fail together: the sum may be a coincidence, so the certain check is not an
    error of the draft.  A certain check that fails among certain checks alone stays an error,
    and so does one that fails with a link the words make (a warning for its reading)."""
    from types import SimpleNamespace

    from factcheck.draft import _demote_findings_of_uncertain_links
    from factcheck.model import Article, Check, Figure, Source, Unknown
    from factcheck.propose.book import ProposedCheck

    def proposed(cid: str, relation: str, condition: str, severity: str) -> ProposedCheck:
        return ProposedCheck(cid, relation, condition, "", "", (), severity=severity)

    checks = [
        proposed("certain", "difference", "u + a == b", "error"),
        proposed("fitted", "sum", "u + a == c", "warn"),
        proposed("wrong", "equal", "a == c", "error"),
        proposed("worded", "equal", "v == c", "warn"),
        proposed("needs_words", "difference", "v + a == b", "error"),
    ]
    pairs = (("a", "1"), ("b", "3"), ("c", "5"))
    article = Article(
        source=Source(title="t"),
        figures=[Figure(name=n, quote=q) for n, q in pairs],
        unknowns=[Unknown(name="u"), Unknown(name="v")],
        checks=[Check(id=c.id, condition=c.condition, severity=c.severity) for c in checks],
    )
    report = audit(article)
    flagged = {v.check.id for v in report.verdicts if v.grade == "inconsistent"}
    assert flagged >= {"certain", "wrong", "needs_words"}
    book = SimpleNamespace(checks=checks)
    _demote_findings_of_uncertain_links(book, SimpleNamespace(article=article), report)  # type: ignore[arg-type]
    assert [(c.id, c.severity) for c in checks] == [
        ("certain", "warn"), ("fitted", "warn"), ("wrong", "error"), ("worded", "warn"),
        ("needs_words", "error"),
    ]  # fmt: skip
    assert "(fitted)" in checks[0].note
