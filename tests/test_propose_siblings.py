"""The proposer's reading of shares that go together, counts written twice under other words,
targets and comparisons between rates: what each form proposes, at what severity, and that a
correct text never looks wrong."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import example, given, settings
from hypothesis import strategies as st

from factcheck.draft import draft, draft_book
from factcheck.engine import audit
from factcheck.files import parse_claims
from factcheck.propose import propose
from factcheck.propose.book import Book
from factcheck.propose.naming import count_nouns, stem


def _named(book: Book) -> dict[str, str]:
    """The text's numbers as written -> the names the proposer gave them."""
    named = {m.reading.value: m.name for m in reversed(book.mentions)}
    return named | {m.located.text: m.name for m in book.mentions}


def _checks(text: str) -> dict[str, str]:
    """condition -> severity, after the draft's audit."""
    return {c.condition: c.severity for c in draft_book(text).checks}


def _fails(text: str) -> tuple[bool, bool]:
    """Whether ``factcheck check`` fails on the text, and whether it warns of anything."""
    report = audit(parse_claims(draft(text, schema=""), "<t>").article)
    warned = any(v.grade in ("inconsistent", "stretched") and not v.ok for v in report.verdicts)
    return not report.ok, warned


def test_a_bracketed_rate_glosses_the_amount_a_nearby_figure_is_the_whole_of() -> None:
    """'5,124 patients in the 12 wards recovered (61%)': the share is of the patients, not
    of the wards, and its whole is the 8,400 treated (a fitted whole: a warning)."""
    text = (
        "In the 12 wards, 8,400 patients were treated, and 5,124 patients in the 12 wards "
        "recovered fully (61%).\n"
    )
    book = draft_book(text)
    n = _named(book)
    found = {c.condition: c.severity for c in book.checks}
    assert found.get(f"share({n['5,124']}, {n['8,400']}) == {n['61%']}") == "warn"
    assert not any(c.startswith(f"share({n['12']}") for c in found)


def test_a_fitted_whole_must_fit_within_rounding() -> None:
    """'61,300 votes, or 52.1% of the votes cast' beside 130,000 electors: 61,300 is 47% of
    them, so the electors are not the share's whole."""
    text = (
        "There were 130,000 electors on the roll. The winner took 61,300 votes, or 52.1% of "
        "the votes cast.\n"
    )
    n = _named(propose(text))
    assert not any(n["130,000"] in c for c in _checks(text) if c.startswith("share("))


def test_shares_of_one_sentence_share_one_unknown_whole() -> None:
    """'410 tickets, or 8.2%, ... 255 tickets (5.1%)': two error checks over one unknown
    whole, so they check each other."""
    text = "The office voided 410 tickets, or 8.2%, while 255 tickets (5.1%) were refunded.\n"
    book = draft_book(text)
    n = _named(book)
    found = {c.condition: c.severity for c in book.checks}
    whole = [u for u in book.unknowns if u.startswith("ticket_whole")]
    assert len(whole) == 1
    assert found[f"share({n['410']}, {whole[0]}) == {n['8.2%']}"] == "error"
    assert found[f"share({n['255']}, {whole[0]}) == {n['5.1%']}"] == "error"


def test_shares_of_different_things_are_not_joined() -> None:
    """'300 cars (12%) and 200 trucks (10%)': cars and trucks may be shares of different
    wholes; no error check joins them, and the correct text does not fail."""
    text = "The port shipped 300 cars (12%) and 200 trucks (10%) in May.\n"
    assert not any(sev == "error" and "share(" in c for c, sev in _checks(text).items())
    assert _fails(text)[0] is False


def test_shares_of_two_sentences_have_wholes_of_their_own() -> None:
    """'In 2019 the party won 1,200 seats (40 per cent). In 2023 it won 1,500 seats (48 per
    cent).': each share is of its own election's seats (3,000 and 3,125); one whole for both
    made the correct text look wrong, if only as warnings.  Within one sentence the two
    shares still check each other."""
    text = (
        "In 2019 the party won 1,200 seats (40 per cent) and its rival 900 (30 per cent). "
        "In 2023 it won 1,500 seats (48 per cent).\n"
    )
    assert _fails(text) == (False, False)
    book = draft_book(text)
    n = _named(book)
    shares = [c.condition for c in book.checks if c.condition.startswith("share(")]
    wholes = {c.split(", ")[1].split(")")[0] for c in shares}
    assert len(wholes) == 2
    wrong = text.replace("900 (30 per cent)", "900 (35 per cent)")
    assert _fails(wrong)[1] is True
    assert n["1,500"] != n["1,200"]


def test_a_wrong_share_of_one_sentence_fails_the_check() -> None:
    """A planted error: 410 tickets at 8.2% make a whole of 5,000, of which 255 are 5.1%,
    not 3.1%; the two shares disagree."""
    right = "The office voided 410 tickets, or 8.2%, while 255 tickets (5.1%) were refunded.\n"
    wrong = "The office voided 410 tickets, or 8.2%, while 255 tickets (3.1%) were refunded.\n"
    assert _fails(right) == (False, False)
    assert _fails(wrong)[0] is True


@settings(max_examples=25, deadline=None)
@given(
    a=st.integers(200, 90_000),
    b=st.integers(200, 90_000),
    rest=st.integers(1_000, 500_000),
)
@example(a=931, b=1_158, rest=14_272)
@example(a=203, b=20_091, rest=1_000)  # 203 is also 1.0% of its sibling 20,091: no whole
def test_correct_glossed_shares_never_fail(a: int, b: int, rest: int) -> None:
    """Any two parts glossed with their true shares of one whole (rounded to one decimal,
    as a writer would) pass: no proposal makes the correct sentence look wrong."""
    whole = a + b + rest
    sa, sb = (f"{float(round(Fraction(x * 100, whole), 1)):.1f}" for x in (a, b))
    if Fraction(sa) == 0 or Fraction(sb) == 0:
        return
    text = (
        f"Of {whole:,} ballots cast, {a:,} ballots, or {sa}%, were blank, while {b:,} ballots "
        f"({sb}%) were spoiled.\n"
    )
    assert _fails(text)[0] is False


def test_shares_of_the_whole_a_sentence_names_add_up_to_at_most_all() -> None:
    """'Some 35 percent of patients were over 60, and 20 percent were under 18': both are
    shares of the patients (a warning: which patients is a reading)."""
    text = "About 35 percent of patients were over 60, and 20 percent were under 18.\n"
    book = draft_book(text)
    n = _named(book)
    found = {c.condition: c.severity for c in book.checks}
    rates = [k for k in n if k.endswith("percent")]
    assert found[f"shares_sum([{n[rates[0]]}, {n[rates[1]]}])"] == "warn"


def test_a_share_of_a_count_stated_before_is_a_whole_number_of_it() -> None:
    """'80 patients ..., compared with 120 patients ... 35 percent of patients': the share is
    of the 80 (not of the 120 it is compared with), a whole number of them (an error check:
    the 80 is the only count of patients not compared with, in the sentence before)."""
    text = (
        "There were 80 patients in March, compared with 120 patients in February. "
        "Some 35 percent of patients were over 60.\n"
    )
    n = _named(propose(text))
    found = _checks(text)
    rate = next(k for k in n if "35" in k)
    assert found.get(f"count_share({n[rate]}, {n['80']})") == "error"
    assert not any(c.startswith("count_share") and n["120"] in c for c in found)


def test_a_count_written_again_under_an_acronym() -> None:
    """'12 Regional Health Boards' and later '12 RHB offices': one count written twice."""
    text = "The 12 Regional Health Boards met in May.\nThe chairs of the 12 RHB offices agreed.\n"
    book = draft_book(text)
    first, second = (m.name for m in book.mentions)
    assert {c.condition: c.severity for c in book.checks} == {f"{second} == {first}": "warn"}


def test_a_count_written_again_in_words_and_in_another_plural() -> None:
    """'Twenty-six depots' and '26 other depots': the same count (numbers, not spellings,
    compared; 'other' is no noun)."""
    text = "Twenty-six depots opened in 2019.\nStaff later moved to 26 other depots.\n"
    book = draft_book(text)
    first, second = (m.name for m in book.mentions)
    assert f"{second} == {first}" in {c.condition for c in book.checks}


def test_periods_of_one_length_are_no_repeated_count() -> None:
    """'18 months' twice: two periods of one length, no check."""
    text = "Prices rose for 18 months in the north.\nWages fell for 18 months in the south.\n"
    assert not any("==" in c for c in _checks(text))


def test_count_nouns_and_stems() -> None:
    """Stems drop plural endings; capitalised words give their initials; weak words none."""
    assert stem("boxes") == "box"
    assert stem("cities") == "city"
    assert stem("depots") == "depot"
    assert count_nouns(" Port Health Authorities met", 0) == {"pha", "port", "health", "authority"}
    assert "other" not in count_nouns(" other depots", 0)
    assert count_nouns(" weeks later", 0) == set()


def test_a_rate_above_its_target_in_one_sentence_is_an_error_check() -> None:
    """'Inflation reached 3.4 percent, above the 2 percent target': the gap is positive."""
    text = "Core inflation reached 5.3 percent, above the 4 percent target.\n"
    n = _named(propose(text))
    assert _checks(text) == {f"gap({n['5.3 percent']}, {n['4 percent']}) > 0 percentage_point":
                             "error"}  # fmt: skip


def test_a_rate_breaching_a_target_of_is_above_it() -> None:
    text = "The deficit came in at 4.1% of output, breaching the target of 3.7% of output.\n"
    n = _named(propose(text))
    assert f"gap({n['4.1%']}, {n['3.7%']}) > 0 percentage_point" in _checks(text)


def test_this_is_below_the_target_names_the_one_rate_of_the_sentence_before() -> None:
    """'Coverage was 87 percent. This is below the 93 percent goal': 'This' is the one rate
    before (an error check, so a rate above the goal fails); among two rates, a warning."""
    text = "Coverage of the second dose was 87 percent.\nThis is below the 93 percent goal.\n"
    n = _named(propose(text))
    assert _checks(text) == {
        f"gap({n['87 percent']}, {n['93 percent']}) < 0 percentage_point": "error",
        f"shares_sum([{n['87 percent']}])": "error",  # a coverage: at most 100 percent
    }
    assert _fails(text.replace("87 percent", "96 percent"))[0]
    two = (
        "Coverage was 89 percent for one dose and 87 percent for two.\n"
        "This is below the 93 percent goal.\n"
    )
    assert {v for c, v in _checks(two).items() if c.startswith("gap(")} == {"warn"}


def test_a_wrong_rate_above_its_target_fails() -> None:
    assert _fails("Core inflation reached 3.3 percent, above the 4 percent target.\n")[0]


def test_a_slight_decline_from_the_rate_before() -> None:
    """'4.2 percent in May, a slight decline from the 4.5 percent figure in April'."""
    text = (
        "The rate was 6.2 percent in May, a slight decline from the 6.6 percent figure in April.\n"
    )
    n = _named(propose(text))
    assert _checks(text) == {f"gap({n['6.2 percent']}, {n['6.6 percent']}) < 0 percentage_point":
                             "error"}  # fmt: skip


def test_an_increase_from_the_figure_before_when_wrong_fails() -> None:
    """'an increase from the March figure of 3.9 percent' for a rate of 3.6 percent."""
    text = "The rate was 3.6 percent in April, an increase from the March figure of 3.9 percent.\n"
    assert _fails(text)[0]


def test_per_cent_higher_than_another_rate_is_a_relative_rise_as_a_warning() -> None:
    """'64.1 percent, 2.5 percent higher than the 61.6 percent of 2019': read as written, a
    relative rise (the writer may mean points): a warning, and the audit does not fail."""
    text = "Turnout reached 71.5 percent, 1.5 percent higher than the 70.0 percent of 2019.\n"
    n = _named(propose(text))
    found = _checks(text)
    assert found[f"growth({n['71.5 percent']}, {n['70.0 percent']}) == {n['1.5 percent']}"] == (
        "warn"
    )
    assert _fails(text) == (False, True)


_TABLE = """Index (2019 = 100) | % change over 1 month | % change over 12 months
2023 Mar 131.2 0.4 6.1
Apr 131.9 0.5 6.3
May 133.2 1.0 6.0
"""


def test_a_table_row_change_is_the_growth_of_its_level_over_the_row_before() -> None:
    """A table whose header names an index column and its one-month change: each row's
    change is the growth of its index over the row before's, as error checks."""
    book = draft_book(_TABLE)
    n = _named(book)
    found = {c.condition: c.severity for c in book.checks}
    assert found == {
        f"growth({n['131.9']}, {n['131.2']}) / (1 percent) == {n['0.5']}": "error",
        f"growth({n['133.2']}, {n['131.9']}) / (1 percent) == {n['1.0']}": "error",
    }
    assert _fails(_TABLE) == (False, False)


def test_a_wrong_table_row_fails() -> None:
    """131.9 to 133.2 is a rise of 0.99 percent; a row that says 1.6 fails the check."""
    assert _fails(_TABLE.replace("133.2 1.0", "133.2 1.6"))[0]


def test_a_table_level_of_two_digits_after_a_month_is_still_a_level() -> None:
    """ "Apr 97.7" is April's index, not the 98th of April: the row keeps its check, and a
    level that makes its row's change wrong fails it."""
    low = _TABLE.replace("131.2", "97.2").replace("131.9", "97.7").replace("133.2", "98.7")
    assert _fails(low) == (False, False)
    assert _fails(low.replace("Apr 97.7", "Apr 78.2"))[0]


def test_a_table_without_a_change_column_proposes_nothing() -> None:
    text = "Index | Weight | Rank\nFood 131.2 12.5 3\nFuel 140.1 8.0 1\n"
    assert not any("growth(" in c for c in _checks(text))


def test_a_change_or_a_rate_is_the_growth_of_the_earlier_level() -> None:
    """'Rents rose $40 million, or 2.5 percent': growth of an unknown earlier level by the
    change (nothing else decides it); with 'to $75.0 billion' the level is stated."""
    text = "Rents rose $40 million, or 2.5 percent, in June.\n"
    book = draft_book(text)
    n = _named(book)
    rate = n["2.5 percent"]
    grown = [c for c in book.checks if c.condition.startswith("growth(") and "+" in c.condition]
    assert len(grown) == 1
    previous = grown[0].condition.removeprefix("growth(").split(" + ")[0]
    assert previous in book.unknowns
    assert grown[0].condition == f"growth({previous} + {n['40']}, {previous}) == {rate}"
    assert grown[0].expect == "uncheckable"


def test_a_change_or_a_rate_to_a_level_checks_all_three() -> None:
    """'fell $2.4 billion, or 3.1 percent, to $75.0 billion': 75.0 is 3.0 percent below
    77.4, within the rounding of 3.1; a rate of 4.1 percent fails."""
    text = "Sales fell $2.4 billion, or 3.1 percent, to $75.0 billion in May.\n"
    n = _named(propose(text))
    found = _checks(text)
    level, change, rate = n["75.0"], n["2.4"], n["3.1 percent"]
    assert found[f"growth({level}, {level} - {change}) == {rate}"] == "error"
    assert _fails(text) == (False, False)
    assert _fails(text.replace("3.1 percent", "4.1 percent"))[0]


def test_a_superlative_list_is_read_in_order_as_warnings() -> None:
    """'The highest rates were in New South Wales (7.1%), Victoria (6.4%) and Tasmania
    (5.2%)': the first is the largest, the second second, the last the smallest; each
    named after its member."""
    text = (
        "The highest rates were in New South Wales (7.1%), Victoria (6.4%) and Tasmania (5.2%).\n"
    )
    found = _checks(text)
    assert found == {
        "largest(new_south_wales, [victoria, tasmania])": "warn",
        "rank(victoria, [new_south_wales, tasmania], 2)": "warn",
        "smallest(tasmania, [new_south_wales, victoria])": "warn",
    }
    assert _fails(text.replace("6.4%", "8.4%")) == (False, True)


def test_a_list_without_a_superlative_is_no_ordering() -> None:
    text = "Rates were reported in Kent (7.1%), Essex (6.4%) and Surrey (5.2%).\n"
    assert not any(c.startswith(("largest", "rank", "smallest")) for c in _checks(text))


def test_a_share_of_a_stated_whole_finds_its_part_in_a_later_count() -> None:
    """'61.2% of the 4.5 million registered voters took part ... 2,754,000 voters cast a
    ballot': the later count of voters is that share of the whole (a warning); a count of
    another noun is not taken."""
    text = (
        "Officials said 61.2% of the 4.5 million registered voters took part.\n"
        "In all, 2,754,000 voters cast a ballot and 2,754,000 clerks were paid.\n"
    )
    book = draft_book(text)
    n = _named(book)
    found = {c.condition: c.severity for c in book.checks}
    voters = next(m.name for m in book.mentions if book.text[m.end :].startswith(" voters cast"))
    assert found[f"share({voters}, {n['4.5 million']}) == {n['61.2%']}"] == "warn"


def test_the_unemployment_rate_named_before_its_change_is_defined_by_its_parts() -> None:
    """'Unemployment rate fell 0.2 pts to 5.4%', with employment and unemployment stated in
    the paragraph, each its sentence's subject: the rate is unemployed / (employed +
    unemployed), an error check."""
    text = (
        "Employment rose 9,000 to 2,400,000. Unemployment fell 3,000 to 137,000.\n"
        "Unemployment rate fell 0.2 pts to 5.4%.\n"
    )
    n = _named(propose(text))
    u, e, rate = n["137,000"], n["2,400,000"], n["5.4%"]
    assert _checks(text)[f"share({u}, {u} + {e}) == {rate}"] == "error"


def test_a_definition_resting_on_a_group_within_a_part_is_a_warning() -> None:
    """'The number of unemployed men fell to 70,000': a part found inside a longer subject
    may be a group within it, so the definition is only a warning."""
    text = (
        "Employment rose 9,000 to 2,400,000. The number of unemployed men who sought work "
        "fell to 70,000, and youth unemployment to 30,000.\n"
        "Unemployment rate fell 0.2 pts to 5.4%.\n"
    )
    found = [(c, s) for c, s in _checks(text).items() if c.startswith("share(")]
    assert found
    assert all(s == "warn" for _, s in found)


def test_one_rate_written_twice_with_its_period_and_subject() -> None:
    """'Over the past 12 months, the fuel price index rose 3.6 percent' and 'The 12-month
    change in the index for fuel prices was 3.6 percent': one rate, twice (a warning)."""
    text = (
        "Over the past 12 months, the fuel price index rose 3.6 percent.\n"
        "Wages rose 2.1 percent in May.\n"
        "The 12-month change in the index for fuel prices was 3.6 percent in May.\n"
    )
    rates = [m.name for m in propose(text).mentions if m.reading.value == "3.6"]
    assert _checks(text)[f"{rates[1]} == {rates[0]}"] == "warn"


def test_two_indices_at_one_rate_are_not_one_rate() -> None:
    """'CPI inflation ... down from 2.8 per cent' and 'RPI inflation stands at 2.8 per cent':
    the same value of two different series is no restatement."""
    text = (
        "CPI annual inflation stands at 2.4 per cent in June, down from 2.8 per cent in May.\n"
        "RPI annual inflation stands at 2.8 per cent in June, down from 3.1 per cent in May.\n"
    )
    assert not any("==" in c for c in _checks(text))
