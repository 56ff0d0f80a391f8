"""The proposer: each form of wording proposes the check it makes, with readable names, and
nothing that makes a correct article look wrong."""

from __future__ import annotations

import pytest

from factcheck.draft import draft, draft_book
from factcheck.engine import audit
from factcheck.errors import FactcheckError
from factcheck.files import parse_claims
from factcheck.propose import propose
from factcheck.propose.sentences import MAX_NUMBERS, MAX_TEXT


def conditions(text: str) -> dict[str, str]:
    """The proposed checks of a text, id -> condition (after the draft's audit)."""
    return {c.id: c.condition for c in draft_book(text).checks}


def severities(text: str) -> dict[str, str]:
    return {c.condition: c.severity for c in draft_book(text).checks}


# -- one rule per form of wording -------------------------------------------------------------


def test_growth_to_a_level() -> None:
    """'up 6.8 percent to 1.73 trillion yuan': the growth of the level over an earlier one."""
    found = conditions("Shandong's trade rose 6.8 percent to 1.73 trillion yuan.\n")
    assert "growth(shandong_trade, shandong_trade_previous) == shandong_trade_growth" in (
        found.values()
    )


def test_growth_after_a_level() -> None:
    """'7.8 trillion yuan, up 9.5 percent': the rate after the level it is the growth of."""
    found = conditions("Exports of machinery totaled 7.8 trillion yuan, up 9.5 percent.\n")
    assert list(found.values()) == [
        "growth(exports_machinery, exports_machinery_previous) == exports_machinery_growth"
    ]


def test_growth_from_one_level_to_another() -> None:
    """'rose 20 percent from 5 million to 6 million euros': both levels are stated."""
    found = conditions("Sales rose 20 percent from 5 million euros to 6 million euros.\n")
    assert "growth(sales_3, sales_2) == sales_growth" in found.values() or any(
        c.startswith("growth(") and "_previous" not in c for c in found.values()
    )


def test_change_and_level() -> None:
    """'increased 17,400 to 11,775,800': the level minus the earlier one is the change."""
    found = conditions("Employment increased 17,400 to 11,775,800 in August.\n")
    assert "employment_2 - employment_2_previous == employment" in found.values()


def test_share_of_a_named_figure_is_an_error_check() -> None:
    """'accounting for 60 percent of total exports' after 'Exports reached ...': the share
    of the figure the words name, and the part within it."""
    text = (
        "Exports reached 13 trillion yuan. Machinery totaled 7.8 trillion yuan, accounting "
        "for 60 percent of total exports.\n"
    )
    found = severities(text)
    assert found["share(machinery, exports) == machinery_share"] == "error"
    assert found["parts_within(exports, [machinery])"] == "error"


def test_share_glossed_after_a_count_finds_its_whole_by_arithmetic() -> None:
    """'931,290 ballots, or 5.69%': the whole is the stated figure nearby of which the part is
    that share; the link is a guess, so the check is a warning."""
    text = (
        "In all, 16,362,185 voters cast their ballots. The commission reported that 931,290 "
        "ballots, or 5.69%, were invalid.\n"
    )
    found = severities(text)
    assert found["share(ballots, voters) == ballots_share"] == "warn"


def test_a_share_with_no_part_is_at_most_a_whole() -> None:
    """'captured a 32.4 percent share of the market': no part stated, at most 100 percent."""
    found = conditions("Chinese brands have captured a 32.4 percent share of the market.\n")
    assert list(found.values()) == ["shares_sum([chinese_brands_share])"]


def test_gap_against_the_national_average() -> None:
    """'3.9 percentage points higher than the national average': a gap between the rate and
    the growth of the article's whole, which is stated as a definition."""
    text = (
        "Shandong's trade rose 6.8 percent to 1.73 trillion yuan, 3.9 percentage points higher "
        "than the national average.\n"
    )
    found = conditions(text)
    assert (
        "gap(shandong_trade_growth, national_total_growth) == shandong_trade_gap" in found.values()
    )
    assert "growth(national_total, national_total_previous) == national_total_growth" in (
        found.values()
    )


def test_points_to_a_rate() -> None:
    """'fell by 0.4 percentage point to 6.3 percent': the rate's change in points."""
    found = conditions("The unemployment rate fell by 0.4 percentage point to 6.3 percent.\n")
    assert (
        "gap(unemployment_rate_pct, unemployment_rate_pct_previous) == unemployment_rate_points"
        in (found.values())
        or any(c.startswith("gap(") and "_previous" in c for c in found.values())
    )


def test_down_from_an_earlier_rate() -> None:
    """'rose 1.6 percent in September, down from a 2 percent gain in August': slowed."""
    found = conditions(
        "Consumer prices rose 1.6 percent in September, down from a 2 percent gain in August.\n"
    )
    assert any(c.startswith("gap(") and c.endswith("< 0 percentage_point") for c in found.values())


def test_contribution_and_share_of_increase() -> None:
    """'contributing 3 percentage points to overall growth' and 'nearly 20 percent of the
    overall national trade increase'."""
    text = (
        "Five provinces accounted for 64.1 percent of China's total foreign trade, with a "
        "combined growth rate of 4.8 percent, 1.9 percentage points higher than the national "
        "average, contributing 3 percentage points to overall foreign trade growth.\n"
    )
    found = " ".join(conditions(text).values())
    assert "contribution(" in found
    assert "share(" in found


def test_one_amount_in_two_currencies() -> None:
    """'13 trillion yuan (about $1.81 trillion)': a conversion through the year's reference
    rate, with its source."""
    text = "In 2025, exports surpassed 13 trillion yuan (about $1.81 trillion).\n"
    book = draft_book(text)
    assert [c.condition for c in book.checks if c.relation == "convert"] == [
        "convert(exports_usd, cny_per_usd) == exports"
    ]
    assert book.references["cny_per_usd"].source.startswith("CFETS")


def test_a_conversion_without_a_known_rate_is_uncheckable() -> None:
    """A pair the table does not know becomes an unknown rate: acknowledged uncheckable."""
    text = "Exports reached 13 trillion yuan (about 250 trillion won).\n"
    checks = [c for c in draft_book(text).checks if c.relation == "convert"]
    assert [(c.condition, c.expect) for c in checks] in (
        [],
        [("convert(exports_krw, cny_per_krw) == exports", "uncheckable")],
    )


def test_threshold_and_first_time() -> None:
    """'exceeded 600,000 for the first time, reaching 628,000': the level is the threshold
    passed, and a record the article cannot show."""
    text = "The number of trading firms exceeded 600,000 for the first time, reaching 628,000.\n"
    book = draft_book(text)
    found = {c.relation: (c.condition, c.expect) for c in book.checks}
    assert found["equal"] == ("trading_firms_2 == trading_firms", None)
    assert found["unstated_rank"][1] == "uncheckable"


def test_first_time_after_growth_bounds_the_earlier_level() -> None:
    """'surpassed 13 trillion yuan for the first time, ... a 7.2 percent increase': last
    year's level was not above the threshold."""
    text = (
        "Exports surpassed 13 trillion yuan for the first time, marking a 7.2 percent "
        "year-on-year increase.\n"
    )
    found = conditions(text)
    assert "previous(exports, exports_growth) <= 13 trillion CNY" in found.values()


def test_records_and_runs() -> None:
    """'marking the ninth consecutive month of growth': a rank against an unstated series."""
    found = conditions(
        "High-tech exports have increased by 9.2 percent, marking the ninth consecutive month "
        "of growth.\n"
    )
    assert any(c.startswith("unstated_rank(") for c in found.values())


def test_a_count_and_its_list() -> None:
    """'all three key indicators—imports, exports, and total trade': count_of."""
    found = conditions(
        "In June, all three key indicators—imports, exports, and total trade—grew.\n"
    )
    assert "count_of(['imports', 'exports', 'total trade']) == key_indicators" in found.values()


def test_parts_that_make_a_whole() -> None:
    """Parts the words say make up the whole, and that add up to it within their rounding."""
    text = (
        "The port handled 4.2 million containers in 2024. Imports of 2.3 million containers "
        "and exports of 1.9 million containers made up the total.\n"
    )
    found = severities(text)
    assert found["imports + exports == containers"] == "warn"


def test_precise_parts_add_up_without_cue_words() -> None:
    """Precise figures that add up are proposed without cue words; round ones are not."""
    precise = (
        "Employment increased to 11,775,800. Full-time employment was 8,141,000 and part-time "
        "employment was 3,634,800.\n"
    )
    assert any(c.relation == "sum" for c in draft_book(precise).checks)
    rough = "Sales were 3 million. Rents were 1 million and fees were 2 million.\n"
    assert not any(c.relation == "sum" for c in draft_book(rough).checks)


def test_unemployment_rate_from_its_definition() -> None:
    """A rate and the counts its definition names: share(unemployed, employed + unemployed)."""
    text = (
        "The unemployment rate was 6.2 percent. There were 781,100 unemployed persons and "
        "11,775,800 employed persons.\n"
    )
    found = conditions(text)
    assert any(
        c.startswith("share(") and "+" in c and "unemployment_rate" in c for c in found.values()
    ), found


def test_countries_within_the_world() -> None:
    """'over 190 countries and regions': at most the world's 249 (UN M49)."""
    book = draft_book("Trade with over 190 countries and regions increased.\n")
    assert [c.condition for c in book.checks] == ["countries <= world_areas"]
    assert book.references["world_areas"].value == "249"


# -- names ------------------------------------------------------------------------------------


def test_names_come_from_the_noun_phrase() -> None:
    """Figures are named from their noun phrase, headline figures marked, never by position;
    the unknowns the checks need have a description."""
    text = (
        "Port posts 4.2 million containers\n\nImports of 2.3 million containers and exports "
        "of 1.9 million containers made up the total of 4.2 million containers.\n"
    )
    book = propose(text)
    names = [m.name for m in book.mentions]
    assert names[0] == "headline_containers"
    assert "imports" in names
    assert "exports" in names
    assert not any(name.startswith(("persons_", "figure_", "number_")) for name in names)
    for unknown in draft_book("Fares rose 3 percent to 14.5 million euros.\n").unknowns.values():
        assert unknown.description


# -- precision ---------------------------------------------------------------------------------


def test_a_correct_article_drafts_clean(seed_text: str) -> None:
    """The seed article (correct) audits as drafted: no error-severity finding."""
    claims = parse_claims(draft(seed_text), "seed.claims.yaml")
    report = audit(claims.article)
    assert report.errors == ()
    assert report.ok
    stretched = [v.check.id for v in report.verdicts if v.grade == "stretched"]
    assert all(next(c for c in claims.article.checks if c.id == i).severity == "warn"
               for i in stretched)  # fmt: skip


def test_a_planted_error_is_flagged(seed_text: str) -> None:
    """Changing one figure of the seed (the share of machinery) fails the check."""
    wrong = seed_text.replace("accounting for 60 percent of total exports",
                              "accounting for 70 percent of total exports")  # fmt: skip
    report = audit(parse_claims(draft(wrong), "seed.claims.yaml").article)
    assert not report.ok
    failing = [v.check.condition for v in report.verdicts if not v.ok]
    assert any(c.startswith("share(") for c in failing)


def test_no_check_rests_on_a_quote_that_reads_otherwise() -> None:
    """'decreased $5.8 billion, or 2.3 percent': whatever is proposed audits clean."""
    text = (
        "Year-to-date, the goods and services deficit decreased $5.8 billion, or 2.3 percent, "
        "from the same period in 2015.\n"
    )
    report = audit(parse_claims(draft(text), "a.claims.yaml").article)
    assert report.ok, [(v.check.condition, v.grade) for v in report.verdicts]


# -- hostile text -----------------------------------------------------------------------------


def test_a_text_too_long_is_refused() -> None:
    """A text over the limit is refused with a message that says what to do."""
    with pytest.raises(FactcheckError, match="split it into articles"):
        propose("a" * (MAX_TEXT + 1))


def test_too_many_numbers_are_refused() -> None:
    """More numbers than the limit: refused, not a run that never ends."""
    text = "\n".join(f"Sales were {i}.5 million euros." for i in range(MAX_NUMBERS + 10))
    with pytest.raises(FactcheckError, match="more than"):
        propose(text)


def test_many_numbers_end_in_bounded_time() -> None:
    """Two thousand numbers (a thousand growth sentences) draft in bounded time, and the
    result parses."""
    import time

    text = "\n".join(
        f"Sales rose {i % 9 + 1} percent to {i + 10} million euros." for i in range(1000)
    )
    started = time.monotonic()
    written = draft(text)
    assert time.monotonic() - started < 120
    parse_claims(written, "many.claims.yaml")


@pytest.mark.parametrize(
    "text",
    ["", "No numbers at all here.\n", "\x00\x01\x02 binary \ufffd\ufffd 12 \x7f", "1" * 5000],
)
def test_odd_texts_draft_or_refuse_cleanly(text: str) -> None:
    """Empty, numberless, binary-looking and one-huge-number texts draft a file that parses
    (or are refused with a FactcheckError), never a traceback of another kind."""
    try:
        written = draft(text)
    except FactcheckError:
        return
    parse_claims(written, "odd.claims.yaml")


@pytest.fixture
def seed_text() -> str:
    from pathlib import Path

    path = (
        Path(__file__).resolve().parents[2]
        / "shared"
        / "articles"
        / "china-foreign-trade-2025h1.txt"
    )
    if not path.is_file():
        pytest.skip("the seed article's text is not checked out")
    return path.read_text(encoding="utf-8")


def test_a_revision_from_one_level_to_another() -> None:
    """'revised down by 72,000, from +336,000 to +264,000': the new less the old level."""
    found = conditions(
        "The change in payroll employment for November was revised down by 72,000, from "
        "+336,000 to +264,000.\n"
    )
    assert list(found.values()) == ["november_revised_3 - november_revised_2 == november_revised"]


def test_a_level_its_change_and_the_level_before() -> None:
    """'$44.5 billion in June, up $3.6 billion from $41.0 billion': the level less the earlier
    one is the change."""
    found = conditions(
        "The deficit was $44.5 billion in June, up $3.6 billion from $41.0 billion in May.\n"
    )
    assert "deficit - deficit_june_2 == deficit_june" in found.values()


def test_a_record_since() -> None:
    """'its smallest increase since July 2011': a record of the sentence's first figure."""
    book = draft_book(
        "The index rose 1.9 percent for the 12 months ending August, a slight decline from the "
        "2.1 percent figure in July and its smallest increase since July 2011.\n"
    )
    records = [c for c in book.checks if c.relation == "unstated_rank"]
    assert [(c.condition.split(",")[0], c.expect) for c in records] == [
        ("unstated_rank(index_growth", "uncheckable")
    ] or [c.expect for c in records] == ["uncheckable"]


def test_a_sum_never_takes_a_part_smaller_than_the_rounding() -> None:
    """A part smaller than the whole's rounding adds nothing: '0.1 pts' is never a part."""
    text = (
        "Unemployment decreased 14,400 to 781,100. Persons looking for full-time work "
        "decreased 3,500 to 561,400 and persons looking for part-time work decreased 11,000 "
        "to 219,700. The rate decreased 0.1 pts to 6.2%.\n"
    )
    sums = [c.condition for c in draft_book(text).checks if c.relation == "sum"]
    assert sums
    assert not any("pts" in s or s.count("+") > 1 for s in sums), sums
