"""The engine: the seed article through the Python API, and each kind of finding."""

from __future__ import annotations

from fractions import Fraction

import pytest

from factcheck.engine import CheckError, Report, audit, compiler
from factcheck.intervals import Interval
from factcheck.model import Article, Check, Figure, Reference, Source, Unknown
from seed_article import build_seed_article

SOURCE = Source(title="A test article")


def run(
    figures: dict[str, str], checks: dict[str, str], unknowns: tuple[Unknown, ...] = ()
) -> Report:
    article = Article(
        source=SOURCE,
        figures=[Figure(name=name, quote=quote) for name, quote in figures.items()],
        unknowns=unknowns,
        checks=[Check(id=cid, condition=cond) for cid, cond in checks.items()],
    )
    return audit(article)


def within(interval: Interval, lo: str, hi: str, factor: int = 100) -> bool:
    """Whether an implied interval (base units) lies inside [lo, hi] in display units, up to
    the one-in-a-billion slack of outward-rounded float propagation."""
    assert interval.lo is not None
    assert interval.hi is not None
    slack = Fraction(1, 10**9)
    return (
        Fraction(lo) - slack <= interval.lo * factor
        and interval.hi * factor <= Fraction(hi) + slack
    )


@pytest.fixture(scope="module")
def seed() -> Report:
    return audit(build_seed_article())


def test_seed_has_no_errors(seed: Report) -> None:
    """The seed system compiles: every name, relation and unit is understood."""
    assert [str(e) for e in seed.errors] == []


def test_seed_national_growth_from_both_gaps(seed: Report) -> None:
    """4.8 - 1.9 and 6.8 - 3.9 both put national growth at 2.8-3.0 %, and they agree."""
    assert seed.verdict("five_gap").grade == "consistent"
    assert seed.verdict("sd_gap").grade == "consistent"
    assert within(seed.bounds("national_growth"), "2.8", "3.0")


def test_seed_five_province_contribution(seed: Report) -> None:
    """The five provinces' contribution is implied at about 2.99-3.06 pp: consistent with 3."""
    verdict = seed.verdict("five_contribution")
    assert verdict.grade == "consistent"
    assert verdict.implied is not None
    assert within(verdict.implied, "2.97", "3.07")
    assert verdict.unit == "pp"


def test_seed_bri_share_change(seed: Report) -> None:
    """The Belt and Road share rose by an implied 0.82-0.97 pp (51.8 % times one less the
    ratio of the growth factors, 1.028-1.030 over 1.0465-1.0475): consistent with 0.9.  The
    share-change relation's redundant form gives that range; without it propagation gave the
    hull 0.75-1.02 pp."""
    verdict = seed.verdict("bri_share_change")
    assert verdict.grade == "consistent"
    assert verdict.implied is not None
    assert Fraction("0.009") in verdict.implied
    assert within(verdict.implied, "0.815", "0.966")


def test_seed_mechanical_share(seed: Report) -> None:
    """7.8 trillion of exports that surpassed 13 trillion is about 59.2-60.4 %: 60 holds."""
    verdict = seed.verdict("mech_share")
    assert verdict.grade == "consistent"
    assert verdict.implied is not None
    assert within(verdict.implied, "59.2", "60.5")


def test_seed_shandong_nearly_twenty_is_stretched(seed: Report) -> None:
    """Shandong's 'nearly 20 percent' of the increase is implied at ~17.2-18.8 %: it holds
    only under the lenient reading of 'nearly', and the verdict says by how much."""
    verdict = seed.verdict("sd_increase_share")
    assert verdict.grade == "stretched"
    assert verdict.implied is not None
    assert within(verdict.implied, "17.0", "18.9")
    assert verdict.conflicts_with
    assert verdict.off_by is not None
    assert verdict.off_by > 0
    assert any("'nearly' allows" in line for line in verdict.derivation)
    assert verdict.ok  # expected: stretched


def test_seed_exports_in_dollars(seed: Report) -> None:
    """13 trillion yuan at 7.15-7.20 yuan per dollar is about $1.81 trillion."""
    assert seed.verdict("exports_usd").grade == "consistent"


def test_seed_first_time_claim(seed: Report) -> None:
    """Exports a year earlier (13 / 1.072) were below 13 trillion, so 'first time' holds."""
    assert seed.verdict("exports_first").grade == "consistent"


def test_seed_only_shandong_is_flagged(seed: Report) -> None:
    """Under the default policy no other check of the seed is flagged."""
    flagged = {v.check.id for v in seed.verdicts if v.grade != "consistent"}
    assert {"sd_increase_share"} == flagged
    assert seed.ok


def test_percent_written_for_percentage_points_is_named() -> None:
    """A gap of two rates quoted in percent is the classic slip: inconsistent, and named."""
    report = run(
        {"a": "grew 4.8 percent", "b": "grew 2.9 percent", "g": "1.9 percent higher"},
        {"gap": "gap(a, b) == g"},
    )
    verdict = report.verdict("gap")
    assert verdict.grade == "inconsistent"
    assert verdict.slip is not None
    assert "percent written for percentage points" in verdict.slip


def test_percentage_points_written_for_percent_is_named() -> None:
    """A share quoted in percentage points is the reverse slip."""
    report = run(
        {"part": "5 trillion yuan", "whole": "10 trillion yuan", "s": "50 percentage points"},
        {"share": "share(part, whole) == s"},
    )
    verdict = report.verdict("share")
    assert verdict.grade == "inconsistent"
    assert verdict.slip is not None
    assert "percentage points written for percent" in verdict.slip


def test_gap_in_percentage_points_holds() -> None:
    """The same gap quoted correctly in percentage points is consistent."""
    report = run(
        {"a": "grew 4.8 percent", "b": "grew 2.9 percent", "g": "1.9 percentage points"},
        {"gap": "gap(a, b) == g"},
    )
    assert report.verdict("gap").grade == "consistent"


def test_wrong_gap_is_inconsistent_with_distance() -> None:
    """A gap that misses by a full point is inconsistent, and the miss is measured."""
    report = run(
        {"a": "grew 4.8 percent", "b": "grew 2.9 percent", "g": "2.9 percentage points"},
        {"gap": "gap(a, b) == g"},
    )
    verdict = report.verdict("gap")
    assert verdict.grade == "inconsistent"
    assert verdict.off_by is not None
    assert Fraction("0.7") <= verdict.off_by <= Fraction("1.1")


def test_currencies_do_not_mix() -> None:
    """Comparing yuan with dollars is an error naming the check and both units."""
    report = run({"a": "13 trillion yuan", "b": "$1.81 trillion"}, {"x": "a == b"})
    assert list(report.verdicts) == []
    (error,) = report.errors
    assert isinstance(error, CheckError)
    assert "'x'" in str(error)
    assert "CNY" in str(error)
    assert "USD" in str(error)


def test_percent_and_percentage_points_do_not_add() -> None:
    """Adding percentage points to a rate is refused with advice on how to say it."""
    report = run({"a": "4.8 percent", "b": "2.9 percent"}, {"x": "a == b + 1.9 pp"})
    (error,) = report.errors
    assert "percentage points" in str(error)
    assert "difference" in str(error)


@pytest.mark.parametrize(
    ("condition", "words"),
    [
        ("a == bb", "unknown name 'bb'"),
        ("foo(a) == a", "unknown relation foo()"),
        ("a.__class__ == a", "attribute access"),
        ("__import__('os') == a", "unknown relation __import__()"),
        ("(lambda: 1) == a", "lambda"),
        ("a = a", "'=='"),
        ("share(a) == a", "share() takes"),
    ],
)
def test_bad_conditions_are_errors_not_code(condition: str, words: str) -> None:
    """Malformed or hostile conditions give an error naming the check; nothing is run."""
    report = run({"a": "13 trillion yuan"}, {"bad": condition})
    (error,) = report.errors
    assert "'bad'" in str(error)
    assert words in str(error)


def test_one_bad_check_does_not_hide_others() -> None:
    """A check with an error is reported while the other checks still get verdicts."""
    report = run(
        {"a": "5 percent", "b": "5 percent"},
        {"bad": "a == nope", "good": "a == b"},
    )
    assert [v.check.id for v in report.verdicts] == ["good"]
    assert len(report.errors) == 1
    assert not report.ok


@pytest.mark.parametrize(("mean", "grade"), [("3.44", "consistent"), ("3.45", "inconsistent")])
def test_grim(mean: str, grade: str) -> None:
    """A mean of 25 integer responses must be a multiple of 0.04 within its rounding."""
    report = run({"m": f"a mean of {mean}", "n": "25 people"}, {"g": "grim(m, n)"})
    assert grade == report.verdict("g").grade


def test_rank_among_members() -> None:
    """Second-largest of three holds for the middle value and fails for the smallest."""
    report = run(
        {"a": "5 percent", "b": "7 percent", "c": "6 percent"},
        {"mid": "rank(c, [a, b], 2)", "top": "rank(a, [b, c], 1)"},
    )
    assert report.verdict("mid").grade == "consistent"
    assert report.verdict("top").grade == "inconsistent"


@pytest.mark.parametrize(
    ("condition", "grade"),
    [
        ("rank(guangdong, [jiangsu, guangdong, shanghai], 2)", "consistent"),
        ("rank(guangdong, [jiangsu, guangdong, shanghai], 1)", "inconsistent"),
        ("largest(jiangsu, [jiangsu, guangdong, shanghai])", "consistent"),
        ("largest(guangdong, [jiangsu, guangdong, shanghai])", "inconsistent"),
        ("smallest(shanghai, [jiangsu, guangdong, shanghai])", "consistent"),
    ],
)
def test_a_list_of_all_members_may_name_the_one_ranked(condition: str, grade: str) -> None:
    """Writers list every member ("second-largest of Jiangsu, Guangdong and Shanghai"): x in
    its own list is not a rival.  Before, largest() compared x with itself (x < x fails, a
    false finding) and rank() counted a tie with itself (never decided)."""
    report = run(
        {
            "jiangsu": "Jiangsu's 2.9 trillion yuan",
            "guangdong": "Guangdong recorded 2.7 trillion yuan",
            "shanghai": "Shanghai 2.1 trillion yuan",
        },
        {"order": condition},
    )
    assert report.errors == ()
    assert report.verdict("order").grade == grade


def test_a_member_list_of_x_alone_is_refused() -> None:
    report = run({"a": "5 percent"}, {"top": "largest(a, [a])"})
    assert "needs a member other than x" in str(report.errors[0])


@pytest.mark.parametrize("rate", ["7.18", "0.1393"])
def test_convert_takes_the_rate_either_way_round(rate: str) -> None:
    """13.0 trillion yuan at 7.18 yuan to the dollar (or 0.1393 dollars to the yuan) is
    1.81 trillion dollars: 13.0 / 7.18 = 1.8106; 13.0 * 0.1393 = 1.8109.  Before, CNY/USD
    for an amount in yuan was refused as CNY**2/USD against USD."""
    unit = "CNY/USD" if rate == "7.18" else "USD/CNY"
    article = Article(
        source=SOURCE,
        figures=[
            Figure(name="cny", quote="exports reached 13.0 trillion yuan"),
            Figure(name="usd", quote="about $1.81 trillion"),
            Figure(name="wrong", quote="about $1.71 trillion"),
        ],
        references=[Reference(name="rate", value=rate, unit=unit, source="a central bank")],
        checks=[
            Check(id="usd", condition="convert(cny, rate) == usd"),
            Check(id="wrong", condition="convert(cny, rate) == wrong"),
        ],
    )
    report = audit(article)
    assert report.errors == ()
    assert report.verdict("usd").grade == "consistent"
    assert report.verdict("wrong").grade == "inconsistent"


def test_rank_on_record_is_uncheckable_and_says_what_would_decide() -> None:
    """A rank against an unstated series cannot be tested; the reason names the data."""
    report = run(
        {"a": "3.85 trillion yuan"}, {"r": "unstated_rank(a, 2, 'monthly totals on record')"}
    )
    verdict = report.verdict("r")
    assert verdict.grade == "uncheckable"
    assert "monthly totals on record" in verdict.reason
    assert not verdict.ok  # uncheckable must be acknowledged, never silently passed


def test_check_on_a_free_unknown_is_uncheckable() -> None:
    """A growth rate against a level stated nowhere else is uncheckable, not consistent."""
    report = run(
        {"a": "3.85 trillion yuan", "g": "up 5.2 percent"},
        {"r": "growth(a, a0) == g"},
        unknowns=(Unknown(name="a0", unit="CNY", bounds="positive"),),
    )
    verdict = report.verdict("r")
    assert verdict.grade == "uncheckable"
    assert "a0" in verdict.reason


def test_parts_exceeding_whole_are_inconsistent() -> None:
    """Parts of 6 and 5 trillion cannot fit in a whole of 9 trillion."""
    report = run(
        {"w": "9 trillion yuan", "p": "6 trillion yuan", "q": "5 trillion yuan"},
        {"within": "parts_within(w, [p, q])"},
    )
    assert report.verdict("within").grade == "inconsistent"


def test_shares_over_one_hundred_percent() -> None:
    """Shares of one whole summing past 100 % even leniently are inconsistent."""
    report = run({"s1": "64.1 percent", "s2": "48.2 percent"}, {"s": "shares_sum([s1, s2])"})
    assert report.verdict("s").grade == "inconsistent"


def test_count_difference_on_the_rounding_boundary() -> None:
    """61 - 55 == 5 holds only at 60.5 - 55.5: a witness on the boundary is still found."""
    report = run(
        {"n": "rose to 61", "d": "five more than", "o": "55 last year"}, {"d": "n - o == d"}
    )
    assert report.verdict("d").grade == "consistent"


def test_growth_that_does_not_match_levels() -> None:
    """Levels of 100 and 110 are a 10 % rise, not 15 %."""
    report = run(
        {"new": "110.0 billion yuan", "old": "100.0 billion yuan", "g": "grew 15 percent"},
        {"growth": "growth(new, old) == g"},
    )
    verdict = report.verdict("growth")
    assert verdict.grade == "inconsistent"
    assert verdict.implied is not None
    assert Fraction("0.1") in verdict.implied


def test_wrong_currency_conversion() -> None:
    """$1.81 trillion at about 7.2 yuan per dollar is not 11 trillion yuan."""
    from factcheck.model import Reference

    article = Article(
        source=SOURCE,
        figures=[
            Figure(name="cny", quote="11 trillion yuan"),
            Figure(name="usd", quote="$1.81 trillion"),
        ],
        references=[Reference(name="rate", value="7.2", unit="CNY/USD", source="test")],
        checks=[Check(id="conv", condition="convert(usd, rate) == cny")],
    )
    assert audit(article).verdict("conv").grade == "inconsistent"


def test_duplicate_ids_and_names_are_errors() -> None:
    """Two checks with one id, or two figures with one name, are reported, not merged."""
    article = Article(
        source=SOURCE,
        figures=[Figure(name="a", quote="5 percent"), Figure(name="a", quote="6 percent")],
        checks=[Check(id="c", condition="a == a"), Check(id="c", condition="a == a")],
    )
    messages = [str(e) for e in audit(article).errors]
    assert any("declared twice" in m for m in messages)
    assert any("used twice" in m for m in messages)


def test_expected_finding_that_changes_fails() -> None:
    """An acknowledged finding (expect) passes only while the verdict is the one expected."""
    article = Article(
        source=SOURCE,
        figures=[Figure(name="a", quote="5 percent"), Figure(name="b", quote="5 percent")],
        checks=[Check(id="c", condition="a == b", expect="stretched")],
    )
    verdict = audit(article).verdict("c")
    assert verdict.grade == "consistent"
    assert not verdict.ok


def test_share_rise_written_as_percent_is_diagnosed() -> None:
    """A share rising from 50.9 % to 51.8 % is a 0.9-point rise; calling it a '0.9 percent
    increase' is inconsistent, and the verdict says the points reading would hold."""
    report = run(
        {"new": "51.8 percent", "old": "50.9 percent", "rise": "a 0.9 percent increase"},
        {"rise": "growth(new, old) == rise"},
    )
    verdict = report.verdict("rise")
    assert verdict.grade == "inconsistent"
    assert verdict.slip is not None
    assert "percentage points" in verdict.slip


def test_relative_change_written_as_points_is_diagnosed() -> None:
    """Exports growing from 100 to 107.2 grew 7.2 percent, not 7.2 percentage points."""
    report = run(
        {"new": "107.2 percent", "old": "100.0 percent", "g": "7.2 percentage points"},
        {"g": "new - old == g"},
    )
    assert report.verdict("g").grade == "consistent"  # here the two readings coincide
    report = run(
        {"new": "64.4 percent", "old": "60.1 percent", "g": "7.2 percentage points"},
        {"g": "gap(new, old) == g"},
    )
    verdict = report.verdict("g")
    assert verdict.grade == "inconsistent"
    assert verdict.slip is not None
    assert "relative change" in verdict.slip


def generated(
    quotes: dict[str, str], checks: dict[str, str], rounding: dict[str, str] | None = None
) -> Article:
    """An article of generated figures (rounded up or down unless said) and checks."""
    rules = rounding or {}
    return Article(
        source=Source(title="generated"),
        figures=[
            Figure(name=name, quote=quote, rounding=rules.get(name, "up_or_down"))
            for name, quote in quotes.items()
        ],
        checks=[Check(id=cid, condition=condition) for cid, condition in checks.items()],
    )


def test_a_check_the_conflict_may_not_need_is_never_blamed() -> None:
    """Regression (found by the engine/z3 comparison): {c0, c2} cannot hold together, but the
    search runs out of budget proving it, so QuickXplain's core came back as {c0, c2, c3} and
    c3, which z3 shows consistent, was graded inconsistent.  Cores are now checked by deletion:
    only members proved necessary are blamed, and they say the conflict may not be minimal;
    a member the conflict may need is undecided."""
    quotes = {
        "f0": "over 0.003323 billion yuan",
        "f1": "over 0.00333999 billion yuan",
        "f2": "0.01995 billion yuan",
        "f3": "-0.0818300 percentage points",
        "f7": "nearly 99.5100 percent",
        "f8": "0.0066637 billion yuan",
    }
    article = generated(
        quotes,
        {
            "c0": "contribution(f0, f1, f2) == f3",
            "c2": "share(f0, f1) == f7",
            "c3": "f0 + f1 == f8",
        },
        rounding={"f8": "ceiling"},
    )
    grades = {v.check.id: v for v in audit(article).verdicts}
    assert grades["c3"].grade == "undecided"  # z3: consistent; never blamed, never cleared
    for blamed in ("c0", "c2"):
        assert grades[blamed].grade == "inconsistent"
        assert "c3" in grades[blamed].conflicts_with  # the proved core, not minimised further
        assert "not decided within the search budget" in grades[blamed].reason


@pytest.mark.parametrize("redundant_form", [True, False], ids=["with", "without"])
def test_a_check_undecided_leniently_is_not_called_stretched(
    redundant_form: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Regression (found by the engine/z3 comparison): these three checks cannot hold together
    even leniently (z3 proves it), but without share_change's redundant form the engine's
    search cannot show that within its budget; they fail strictly.  "Stretched" would claim
    they hold leniently: they are undecided, with the strict conflict named.  With the form,
    propagation proves what z3 proves: inconsistent."""
    if not redundant_form:
        monkeypatch.setattr(compiler._Compiler, "never_zero", lambda self, term: False)
    quotes = {
        "f0": "over 1.5 billion yuan",
        "f1": "over 1.5 billion yuan",
        "f2": "nearly 3.3 billion yuan",
        "f3": "3.210 billion yuan",
        "f4": "-2.7871 percentage points",
        "f5": "-1.10979 percent",
        "f6": "-4.900 percent",
    }
    article = generated(
        quotes,
        {
            "c0": "share_change(f0, f1, f2, f3) == f4",
            "c1": "growth(f3, f2) == f5",
            "c2": "growth(f0, f1) == f6",
        },
    )
    verdicts = audit(article).verdicts
    if redundant_form:
        assert {v.grade for v in verdicts} == {"inconsistent"}
        return
    assert {v.grade for v in verdicts} == {"undecided"}
    assert all(len(v.conflicts_with) == 2 for v in verdicts)
    assert all("cannot hold on the strict reading" in v.reason for v in verdicts)


def test_a_solution_at_a_single_point_is_found() -> None:
    """Regression (found by the engine/z3 comparison): strictly, c0 alone holds only at one
    point (0.01 + 0.01 == 0.02, both terms at most 0.01), and {c0, c1} cannot hold.  The
    search tried short decimals inside the squeezed box before the domain's exact ends and
    never found the point, so c1 was first blamed by a non-minimal core and then (with cores
    checked) left open.  With the ends tried first in a squeezed box, both are stretched, as
    z3 grades them."""
    quotes = {
        "f0": "nearly 0.010 billion yuan",
        "f1": "nearly 0.010 billion yuan",
        "f2": "under 0.021 billion yuan",
        "f3": "101 percent",
    }
    article = generated(quotes, {"c0": "total([f0, f1]) == f2", "c1": "share(f0, f1) == f3"})
    grades = {v.check.id: (v.grade, v.conflicts_with) for v in audit(article).verdicts}
    assert grades == {"c0": ("stretched", ("c1",)), "c1": ("stretched", ("c0",))}


def test_a_check_of_an_undecided_question_is_not_cleared() -> None:
    """Regression (review, engine/z3 comparison at seed 7): {c0, c2} cannot hold strictly,
    but the search runs out of budget on that question; QuickXplain counted it satisfiable
    and blamed {c1, c2}, leaving c0 consistent where z3 grades it stretched.  A check of a
    question the search could not decide is now undecided, unless it is blamed."""
    article = generated(
        {
            "f0": "0.01002 billion yuan",
            "f1": "about 0.01000 percent",
            "f2": "0.010 billion yuan",
            "f3": "about 0.01000 percent",
            "f4": "nearly 0.0000010 billion yuan",
        },
        {
            "c0": "previous(f0, f1) == f2",
            "c1": "growth(f0, f2) == f3",
            "c2": "difference(f0, f2) == f4",
        },
    )
    grades = {v.check.id: v.grade for v in audit(article).verdicts}
    assert grades["c0"] != "consistent"
    assert grades["c2"] == "stretched"


def test_a_negative_power_of_a_range_around_zero_is_not_taken_as_exact() -> None:
    """Regression: alone in its article, ``(a - b) ** -1 == c`` with a - b in [-1, 1] was
    decided by the single-check fast path, which took the hull of 1/x over [-1, 1] (the whole
    line) for its exact range and graded an impossible 0.5 consistent; and the search could
    not narrow a negative power, so the same check beside another was undecided."""
    quotes = {"a": "5", "b": "5", "c": "0.5"}
    alone = audit(generated(quotes, {"k": "(a - b) ** -1 == c"}))
    assert [v.grade for v in alone.verdicts] == ["inconsistent"]
    together = audit(generated(quotes, {"k": "(a - b) ** -1 == c", "k2": "a >= 0"}))
    assert {v.check.id: v.grade for v in together.verdicts} == {
        "k": "inconsistent",
        "k2": "consistent",
    }
    fine = audit(generated({"a": "7", "b": "5", "c": "0.5"}, {"k": "(a - b) ** -1 == c"}))
    assert [v.grade for v in fine.verdicts] == ["consistent"]


def test_share_change_with_a_level_of_zero_stays_consistent() -> None:
    """Regression: share_change's redundant form divides by the part's levels, so it is added
    only when no reading lets a level be zero; added anyway, a share rising from nothing (the
    constant 0 CNY) to 5 % made a consistent article inconsistent."""
    quotes = {
        "pn": "5 billion yuan",
        "wn": "100 billion yuan",
        "wo": "80 billion yuan",
        "c": "5 percentage points",
    }
    report = audit(
        generated(quotes, {"k": "share_change(pn, 0 CNY, wn, wo) == c", "k2": "pn <= wn"})
    )
    assert {v.check.id: v.grade for v in report.verdicts} == {
        "k": "consistent",
        "k2": "consistent",
    }


def test_typeset_operators_read_as_their_ascii_forms() -> None:
    """Conditions copied from typeset text may hold the minus sign, times, division and the
    two-character comparisons as single characters: they audit exactly as the ASCII forms,
    and the condition is kept as written."""
    quotes = {"a": "12.5 billion yuan", "b": "2.5 billion yuan", "c": "-10 billion yuan"}
    typeset = {
        "minus": "b \u2212 a == c",
        "times": "a \u00d7 2 \u2264 25 billion CNY",
        "over": "a \u00f7 b \u2265 5",
        "neg": "\u2212c == a \u2212 b",
    }
    ascii_forms = {
        "minus": "b - a == c",
        "times": "a * 2 <= 25 billion CNY",
        "over": "a / b >= 5",
        "neg": "-c == a - b",
    }
    report = audit(generated(quotes, typeset))
    same = audit(generated(quotes, ascii_forms))
    assert [str(e) for e in report.errors] == []
    grades = {v.check.id: v.grade for v in report.verdicts}
    assert grades == {v.check.id: v.grade for v in same.verdicts}
    assert set(grades.values()) == {"consistent"}
    assert report.verdict("minus").check.condition == typeset["minus"]
    wrong = audit(generated(quotes, {"k": "a \u2212 b == c"}))
    assert wrong.verdict("k").grade == "inconsistent"


def test_a_stated_figure_is_shown_in_its_own_scale() -> None:
    """'roughly 2,000 dollars per resident' beside a budget in billions is shown in dollars,
    as written, not as 0.000002 billion USD (found auditing a new test article)."""
    report = audit(
        generated(
            {"budget": "2.4 billion dollars", "people": "1.2 million", "each": "2,000 dollars"},
            {"per_head": "budget / people == each"},
        )
    )
    verdict = report.verdict("per_head")
    assert verdict.unit == "USD"
    # a round amount of 1,000 or more is rounded at its last non-zero digit in prose
    assert verdict.shown(verdict.stated_strict) == "1500–2500 USD"


def test_an_outward_rounded_zero_is_shown_as_zero() -> None:
    """A bound of 0 rounded outward to a denormal (-4.9e-324) is shown as ≈0, not its
    digits."""
    from factcheck.explain import format_number

    assert format_number(Fraction(-5, 10**324)) == "≈0"
    assert format_number(Fraction(0)) == "0"
    assert format_number(Fraction(1, 10**20)) == "0.00000000000000000001"


def test_a_lone_check_with_a_hedged_figure_is_graded_on_both_readings() -> None:
    """The single-check path evaluates once when every figure reads the same strictly and
    leniently; a hedged figure does not, so "nearly 27 percent" against an implied 24.8-25.2 %
    holds only leniently: stretched, where the unhedged "27 percent" is inconsistent."""
    from factcheck.engine import audit

    def graded(quote: str) -> str:
        figures = [
            Figure(name="a", quote="10.0 billion yuan"),
            Figure(name="b", quote="40.0 billion yuan"),
            Figure(name="c", quote=quote),
        ]
        checks = [Check(id="k", condition="share(a, b) == c")]
        return audit(Article(source=SOURCE, figures=figures, checks=checks)).verdicts[0].grade

    assert (graded("nearly 27 percent"), graded("27 percent"), graded("25 percent")) == (
        "stretched",
        "inconsistent",
        "consistent",
    )


def test_a_sum_of_parts_shows_what_it_misses_its_whole_by() -> None:
    """Condition relations show their arithmetic too: parts_within compares the sum of the
    parts with the whole, shares_sum the sum of the shares with 100 percent, each with the
    stated and implied intervals and how far apart they are (in display units)."""

    def verdict(figures: dict[str, str], condition: str) -> tuple[object, ...]:
        article = Article(
            source=SOURCE,
            figures=[Figure(name=n, quote=q) for n, q in figures.items()],
            checks=[Check(id="k", condition=condition)],
        )
        v = audit(article).verdicts[0]
        assert v.implied is not None
        lo, hi = v.implied.lo, v.implied.hi
        assert lo is not None
        assert hi is not None
        assert v.off_by is not None
        implied = (round(lo * v.display_factor, 6), round(hi * v.display_factor, 6))
        return v.grade, v.stated, implied, round(v.off_by, 6), v.unit

    levels = {"w": "10.0 trillion yuan", "p": "7.0 trillion yuan", "q": "4.0 trillion yuan"}
    assert verdict(levels, "parts_within(w, [p, q])") == (
        "inconsistent",
        Interval(Fraction("9.95e12"), Fraction("10.05e12")),
        (Fraction("10.9"), Fraction("11.1")),
        Fraction("0.85"),
        "trillion CNY",
    )
    assert verdict({"a": "64.1 percent", "b": "45 percent"}, "shares_sum([a, b])") == (
        "inconsistent",
        Interval.point(1),
        (Fraction("108.55"), Fraction("109.65")),
        Fraction("8.55"),
        "%",
    )


def test_a_check_named_like_the_slip_trial_does_not_fake_a_slip() -> None:
    """The slip diagnosis asks whether the check would hold with its percent read as
    percentage points.  Its trial was once named "<id>__slip", and a real check of that name
    made the question a cached one already answered "yes": 6.8 - 2.9 is not 50, yet a slip
    was named.  The trial now has a cache key no check id can be."""
    figures = [
        Figure(name="x", quote="6.8 percent"),
        Figure(name="y", quote="2.9 percent"),
        Figure(name="c", quote="50 percent"),
    ]
    checks = [
        Check(id="g", condition="growth(x, y) == c"),
        Check(id="g__slip", condition="x > y"),
    ]
    report = audit(Article(source=SOURCE, figures=figures, checks=checks))
    assert [(v.check.id, v.grade, v.slip) for v in report.verdicts] == [
        ("g", "inconsistent", None),
        ("g__slip", "consistent", None),
    ]


def test_a_wide_grid_and_a_hand_written_all_are_handled() -> None:
    """Found by review: grim() of a huge mean ran out of memory listing its grid, and a
    condition "all(a)" (all() is made by the parser from a chain, not written) raised an
    AssertionError instead of an error naming the check."""
    article = Article(
        source=Source(title="review"),
        figures=[
            Figure(name="f", quote="-1 billion yuan"),
            Figure(name="n", quote="100"),
            Figure(name="a", quote="3"),
        ],
        checks=[Check(id="g", condition="grim(f, n)"), Check(id="k", condition="all(a)")],
    )
    report = audit(article)
    assert [v.check.id for v in report.verdicts] == ["g"]
    assert report.verdicts[0].grade == "consistent"  # -10^9 * 100 answers is a whole sum
    assert [str(e) for e in report.errors] == [
        "check 'k': all() is not a relation; chain comparisons instead, e.g. 'a < b <= c'"
    ]


@pytest.mark.parametrize(
    ("quote", "condition", "grades", "error"),
    [
        # x^2 == x over x > 7: exact propagation squared the lower end on every revision (7^(2^k)),
        # until str() of it hit Python's digit limit (ValueError); an end past any float is now
        # dropped, which is sound, and the check is decided or honestly undecided, quickly.
        ("over 7", "f0 ^ 2 == f0", ["undecided"], None),
        ("7", "f0 ^ 2 == f0", ["inconsistent"], None),
        # Quoted names where a relation wants quantities raised an AttributeError.
        ("7", "parts_within(f0, ['a'])", [], "takes quantities in its list, not quoted names"),
        ("7", "largest(f0, ['a'])", [], "takes quantities in its list, not quoted names"),
    ],
)
def test_second_review_crashes_are_verdicts_or_errors(
    quote: str, condition: str, grades: list[str], error: str | None
) -> None:
    """Found by the second review; both older than the session that found them."""
    article = Article(
        source=Source(title="review"),
        figures=[Figure(name="f0", quote=quote)],
        checks=[Check(id="k", condition=condition)],
    )
    report = audit(article)
    assert [v.grade for v in report.verdicts] == grades
    if error is None:
        assert not report.errors
    else:
        assert len(report.errors) == 1
        assert error in str(report.errors[0])


@pytest.mark.parametrize(
    ("conditions", "grades"),
    [
        (["share(a, b) == c", "share(a, b) < c"], ["inconsistent", "inconsistent"]),
        (["a == b", "a < b", "a <= b"], ["inconsistent", "inconsistent", "consistent"]),
        (["a < b < a"], ["inconsistent"]),
    ],
)
def test_a_value_said_equal_to_and_below_another_is_a_conflict(
    conditions: list[str], grades: list[str]
) -> None:
    """Found by review: "x == y" beside "x < y" was undecided (intervals cannot refute it, and
    the search ran out of budget); a strict cycle of comparisons is now a proof."""
    article = Article(
        source=Source(title="order"),
        figures=[
            Figure(name="a", quote="5 billion yuan"),
            Figure(
                name="b",
                quote="5 billion yuan" if "share" not in conditions[0] else "10 billion yuan",
            ),
            Figure(name="c", quote="50 percent"),
        ],
        checks=[Check(id=f"k{i}", condition=c) for i, c in enumerate(conditions)],
    )
    assert [v.grade for v in audit(article).verdicts] == grades


def test_a_finding_shows_what_its_partner_in_the_conflict_implies() -> None:
    """Two shares of one unknown whole that disagree: 47,402,357 votes at 49.24 % and
    39,198,755 at 45.71 %.  Each is a finding, and each is off from what the other implies:
    the whole 39,198,755 / 45.71 % makes the first share 47,402,357 / that whole, about
    55.28 %, not the 0-100 % the share's own bounds allow (the partner, being a finding too,
    was once left out).  The ends are the exact range, worked out here by hand from the
    readings (49.235-49.245 % and 45.705-45.715 %), within 1 % of its width."""
    report = audit(
        Article(
            source=Source(title="two shares"),
            figures=[
                Figure(name="a", quote="47,402,357 votes"),
                Figure(name="a_share", quote="49.24 per cent"),
                Figure(name="b", quote="39,198,755 votes"),
                Figure(name="b_share", quote="45.71 per cent"),
            ],
            unknowns=[Unknown(name="whole", unit="", bounds="positive")],
            checks=[
                Check(id="ka", condition="share(a, whole) == a_share"),
                Check(id="kb", condition="share(b, whole) == b_share"),
            ],
        )
    )
    a, b = Fraction(47_402_357), Fraction(39_198_755)
    exact = {
        "ka": (a * Fraction(45705, 100000) / b, a * Fraction(45715, 100000) / b),
        "kb": (b * Fraction(49235, 100000) / a, b * Fraction(49245, 100000) / a),
    }
    for check_id, (lo, hi) in exact.items():
        verdict = report.verdict(check_id)
        assert verdict.grade == "inconsistent"
        implied = verdict.implied
        assert implied is not None
        assert implied.lo is not None
        assert implied.hi is not None
        slack = (hi - lo) / 100
        assert lo - slack <= implied.lo <= lo
        assert hi <= implied.hi <= hi + slack
