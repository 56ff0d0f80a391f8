"""Whole-number figures: counts are integers, and the engine reasons over them exactly
(issue #14, item 4).

The oracles are written here: brute force over the whole numbers a small system allows, in
Fractions, and z3 with the counts as ``Int`` (``factcheck.z3check``).  A count is written
without a trailing zero ("38", not "40", which may be a placeholder and reads 35 to 45
leniently) and a share with a last digit that is not zero, so that strict and lenient
readings agree and the oracle's domains are those of the digits: a count N is exactly N, a
share written with one decimal d is [d - 0.05, d + 0.05] percent.
"""

from __future__ import annotations

import io
import itertools
from collections.abc import Callable, Mapping
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from factcheck.cli import main
from factcheck.engine import Report, audit
from factcheck.intervals import Interval
from factcheck.model import Article, Check, Figure, Source, Unknown

SOURCE = Source(title="A survey")


def run(
    figures: Mapping[str, str | Figure],
    checks: Mapping[str, str],
    unknowns: tuple[Unknown, ...] = (),
) -> Report:
    return audit(
        Article(
            source=SOURCE,
            figures=[
                f if isinstance(f, Figure) else Figure(name=n, quote=f) for n, f in figures.items()
            ],
            unknowns=unknowns,
            checks=[Check(id=cid, condition=cond) for cid, cond in checks.items()],
        )
    )


# -- regressions -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "quote",
    [
        "an infant mortality rate of 5 deaths per 1,000 live births",
        "5 deaths for every 1,000 live births",
        "women had an average of 5 children",
        "a mean of 5 children",
        "a median of 5 children",
        "5 children on average",
        "5 deaths to every 1,000 live births",
        "5 deaths in 1,000 live births",
        "5 deaths (per 1,000 live births)",
        "the average family had 5 children",
    ],
)
def test_a_rate_or_a_mean_rounded_to_a_whole_number_is_no_count(quote: str) -> None:
    """5,312 over 1,002,345 thousands is 5.2996: a rate or a mean written "5" was read 4.5 to
    5.5, but as a count of deaths or children it was exactly 5 and drew a false finding."""
    report = run(
        {"r": quote, "d": "5,312 deaths", "b": "1,002,345 live births"},
        {"rate": "d / b * 1000 == r"},
    )
    assert report.verdict("rate").grade == "consistent"


def test_a_count_beside_a_rate_is_still_a_count() -> None:
    """Only the words around the number itself undo it: "38 participants, 5 per site" is 38
    participants, a whole number, so 12 + 15 + 9 misses it."""
    report = run(
        {
            "a": "12 participants",
            "b": "15 participants",
            "c": "9 participants",
            "n": "38 participants, 5 per site",
        },
        {"cells": "a + b + c == n"},
    )
    assert report.verdict("cells").grade == "inconsistent"


def test_cell_sizes_that_miss_the_total_by_one_are_inconsistent() -> None:
    """14 + 17 + 8 = 39 participants, not 41: read as +-0.5 each, 38.5 to 39.5 touched 41 -
    1.5... no: each count alone spanned a unit, and the sum of three spans reached the total
    read as 40.5.  Counts are whole: 39 is not 41."""
    report = run(
        {
            "a": "14 participants",
            "b": "17 participants",
            "c": "9 participants",
            "n": "41 participants",
        },
        {"cells": "a + b + c == n"},
    )
    assert report.verdict("cells").grade == "inconsistent"
    report = run(
        {
            "a": "14 participants",
            "b": "17 participants",
            "c": "9 participants",
            "n": "39 participants",
        },
        {"cells": "a + b + c == n"},
    )
    assert report.verdict("cells").grade == "inconsistent"
    report = run(
        {
            "a": "14 participants",
            "b": "17 participants",
            "c": "9 participants",
            "n": "40 participants",
        },
        {"cells": "a + b + c == n"},
    )
    assert report.verdict("cells").grade == "consistent"


def test_states_that_rose_fell_and_held_must_make_all_fifty() -> None:
    """27 states up, 15 down and 9 unchanged are 51 states, not 50: read as 26.5-27.5 and
    so on, the three could make 50.5 and touch "50 states" (strictly 49.5-50.5); as whole
    states they make exactly 51.  A round 50 may be rounded to tens on a lenient reading
    (45-55), so the check is stretched, not consistent as it was."""
    report = run(
        {"up": "27 states", "down": "15 states", "same": "9 states", "all": "all 50 states"},
        {"sum": "up + down + same == all"},
    )
    assert report.verdict("sum").grade == "stretched"
    right = run(
        {"up": "26 states", "down": "15 states", "same": "9 states", "all": "all 50 states"},
        {"sum": "up + down + same == all"},
    )
    assert right.verdict("sum").grade == "consistent"


def test_cell_sizes_off_by_one_were_consistent_as_real_numbers() -> None:
    """The same numbers declared ``integer: false`` read as real intervals: 13.5 + 16.5 +
    8.5 = 38.5 reaches the total read down to 38.5."""
    report = run(
        {
            "a": Figure(name="a", quote="13 cases", integer=False),
            "b": Figure(name="b", quote="16 cases", integer=False),
            "c": Figure(name="c", quote="8 cases", integer=False),
            "n": Figure(name="n", quote="39 cases", integer=False),
        },
        {"cells": "a + b + c == n"},
    )
    assert report.verdict("cells").grade == "consistent"


def test_a_declared_integer_is_whole_without_a_counted_noun() -> None:
    report = run(
        {
            "a": Figure(name="a", quote="13", integer=True),
            "b": Figure(name="b", quote="16", integer=True),
            "n": Figure(name="n", quote="28", integer=True),
        },
        {"sum": "a + b == n"},
    )
    assert report.verdict("sum").grade == "inconsistent"


@pytest.mark.parametrize(
    ("quote", "count"),
    [
        ("37 respondents", True),
        ("of 651 valid votes", True),
        ("five cases", True),
        ("3 million people", False),  # a scale word: rounded, not a count of units
        ("12.5 people", False),  # a decimal: an average, not a count
        ("37 percent of respondents", False),
        ("37 tonnes", False),
        ("an estimated 1,248,185 violent crimes", True),
        ("485 arrests", True),
        ("386 offenses per 100,000 inhabitants", False),  # a rate rounded to a whole number
        ("an average of 3 children", False),  # a mean
        ("the average household has 3 people", False),
        ("30 cases a day", False),  # a rate per day
        ("3 deaths every day", False),
        ("2 cases for 1,000 people", False),
        ("12 cases in 2023", True),  # a year is no rate's base
        ("12 cases in 10 states", True),
    ],
)
def test_counts_are_inferred_only_where_unambiguous(quote: str, count: bool) -> None:
    """A count compared with a rate is refused (item 3), which shows what was inferred."""
    report = run({"n": quote, "x": "17 yuan", "y": "230 yuan"}, {"k": "share(x, y) <= n"})
    refused = any("a count of whole things is never a rate" in str(e) for e in report.errors)
    assert refused == count


def test_a_whole_unknown_is_decided_by_its_whole_values() -> None:
    """k of 23 respondents is 30.5 % (30.45 to 30.55): no whole k gives it (7/23 = 30.43 %)."""
    report = run(
        {"n": "23 respondents", "s": "30.5 percent", "cap": "23 respondents"},
        {"share": "share(k, n) == s", "cap": "k <= cap"},
        (Unknown(name="k", bounds="nonnegative", integer=True),),
    )
    assert report.verdict("share").grade == "inconsistent"
    report = run(
        {"n": "23 respondents", "s": "30.4 percent", "cap": "23 respondents"},
        {"share": "share(k, n) == s", "cap": "k <= cap"},
        (Unknown(name="k", bounds="nonnegative", integer=True),),
    )
    assert report.verdict("share").grade == "consistent"
    assert report.bounds("k") == Interval.point(Fraction(7))


CLAIMS = """\
source:
  title: A survey
figures:
  n: "15.6"
  b:
    quote: "16"
    integer: {flag}
checks:
  - id: same
    condition: b == n
"""


@pytest.mark.parametrize(("flag", "expected"), [("true", "inconsistent"), ("false", "consistent")])
def test_integer_in_a_claim_file(tmp_path: Path, flag: str, expected: str) -> None:
    """A whole 16 is not 15.55 to 15.65; a real one (15.5 to 16.5) can be."""
    path = tmp_path / "survey.claims.yaml"
    path.write_text(CLAIMS.format(flag=flag), encoding="utf-8")
    out = io.StringIO()
    main(["audit", str(path)], out=out)
    assert f"same: {expected}" in out.getvalue()


def test_integer_must_be_true_or_false(tmp_path: Path) -> None:
    path = tmp_path / "survey.claims.yaml"
    path.write_text(CLAIMS.format(flag="yes"), encoding="utf-8")
    out = io.StringIO()
    assert main(["audit", str(path)], out=out) == 2
    text = out.getvalue()
    assert f"{path}:7:" in text
    assert "write true or false" in text


def test_integer_on_a_rate_or_on_no_whole_number_is_an_error() -> None:
    report = run({"r": Figure(name="r", quote="12 percent", integer=True)}, {})
    assert "integer: true is for counts of whole things" in str(report.errors[0])
    report = run({"r": Figure(name="r", quote="12.5", integer=True)}, {})
    assert "holds none, even read generously" in str(report.errors[0])


# -- small systems against brute force and z3 ---------------------------------------------------

Values = Mapping[str, Fraction]
TEMPLATES: tuple[tuple[str, Callable[[Values], bool]], ...] = (
    ("x + y == a", lambda v: v["x"] + v["y"] == v["a"]),
    ("x + y + b == c", lambda v: v["x"] + v["y"] + v["b"] == v["c"]),
    ("share(x, a) == s", lambda v: v["a"] != 0 and v["x"] / v["a"] == v["s"]),
    ("share(y, b) == s", lambda v: v["b"] != 0 and v["y"] / v["b"] == v["s"]),
    ("x * y == c", lambda v: v["x"] * v["y"] == v["c"]),
    ("x - y >= b", lambda v: v["x"] - v["y"] >= v["b"]),
    ("x < y", lambda v: v["x"] < v["y"]),
    (
        "share(x, x + y) == s",
        lambda v: v["x"] + v["y"] != 0 and v["x"] / (v["x"] + v["y"]) == v["s"],
    ),
)
LIMIT = 12
"""x and y are counts "between 0 and 12 respondents": read to their last digit, [-0.5, 12.5],
whose whole numbers are 0 to 12."""


def _count_text(n: int) -> str:
    return f"{n} respondents"


@st.composite
def small_systems(draw: st.DrawFn) -> tuple[dict[str, int], Fraction, list[int]]:
    counts = {
        name: draw(st.integers(1, 29).filter(lambda n: n % 10 != 0)) for name in ("a", "b", "c")
    }
    tenths = draw(st.integers(1, 999).filter(lambda n: n % 10 != 0))
    chosen = draw(st.lists(st.integers(0, len(TEMPLATES) - 1), min_size=1, max_size=3, unique=True))
    return counts, Fraction(tenths, 10), chosen


def _article(counts: Mapping[str, int], share: Fraction, chosen: list[int]) -> Article:
    percent = (
        f"{share.numerator // share.denominator}.{share.numerator * 10 // share.denominator % 10}"
    )
    figures = [Figure(name=n, quote=_count_text(v)) for n, v in counts.items()]
    figures += [Figure(name="s", quote=f"{percent} percent")]
    figures += [
        Figure(name=n, quote=f"between 0 and {LIMIT} respondents", integer=True) for n in "xy"
    ]
    checks = [Check(id=f"k{i}", condition=TEMPLATES[i][0]) for i in chosen]
    return Article(source=SOURCE, figures=figures, checks=checks)


def _brute_force(counts: Mapping[str, int], share: Fraction, chosen: list[int]) -> bool:
    """Whether some whole x, y in 0..LIMIT and some share in [s - 0.05, s + 0.05] percent
    satisfy every chosen check.  The share is the only non-whole value: each template is
    linear in it, so a check that holds for some share holds for the one it pins, and the
    share is solved for from the first template that mentions it."""
    low, high = (share - Fraction(1, 20)) / 100, (share + Fraction(1, 20)) / 100
    for x, y in itertools.product(range(LIMIT + 1), repeat=2):
        values: dict[str, Fraction] = {k: Fraction(v) for k, v in counts.items()}
        values |= {"x": Fraction(x), "y": Fraction(y)}
        pinned = None
        for i in chosen:
            text = TEMPLATES[i][0]
            if "share" in text:
                part, whole = {
                    "share(x, a) == s": (x, counts["a"]),
                    "share(y, b) == s": (y, counts["b"]),
                    "share(x, x + y) == s": (x, x + y),
                }[text]
                if whole == 0:
                    pinned = "none"
                    break
                wanted = Fraction(part, whole)
                if pinned is None:
                    pinned = wanted
                elif pinned != wanted:
                    pinned = "none"
                    break
        if pinned == "none" or (pinned is not None and not low <= pinned <= high):
            continue
        values["s"] = pinned if pinned is not None else low
        if all(TEMPLATES[i][1](values) for i in chosen):
            return True
    return False


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(small_systems())
@example(({"a": 7, "b": 3, "c": 21}, Fraction(583, 10), [0, 2]))  # x + y == 7, x/7 == 58.3 %
@example(({"a": 9, "b": 4, "c": 13}, Fraction(333, 10), [7]))  # x / (x + y) == 33.3 %: 1 of 3
def test_small_integer_systems_agree_with_brute_force_and_z3(
    system: tuple[dict[str, int], Fraction, list[int]],
) -> None:
    """Every check consistent exactly when some whole values satisfy them all; otherwise
    some check is inconsistent (strict and lenient readings agree here).  z3, with the
    counts as Int, grades every check the same."""
    from factcheck.z3check import audit_z3

    counts, share, chosen = system
    article = _article(counts, share, chosen)
    report = audit(article)
    assert report.errors == ()
    grades = {v.check.id: v.grade for v in report.verdicts}
    assert "undecided" not in grades.values(), grades
    expected = _brute_force(counts, share, chosen)
    assert (set(grades.values()) == {"consistent"}) == expected, grades
    if not expected:
        assert "inconsistent" in grades.values()
    z3_grades = {cid: grade for cid, grade, _ in audit_z3(article)}
    assert z3_grades == grades


def test_a_sum_of_whole_counts_is_shown_as_a_whole_number() -> None:
    """134,705 + 96,052 + 3,132 votes make 233,889 ballots: the implied side of the sum is
    that whole number exactly, not a float hull a hair either side of it."""
    from factcheck.engine import audit
    from factcheck.intervals import Interval
    from factcheck.model import Article, Check, Figure, Source

    article = Article(
        source=Source(title="whole sums"),
        figures=[
            Figure(name="first", quote="134,705 votes"),
            Figure(name="second", quote="96,052 votes"),
            Figure(name="void", quote="3,132 votes"),
            Figure(name="cast", quote="262,135 votes"),
            Figure(name="first_share", quote="58.4 percent"),
        ],
        checks=[
            Check(id="ballots", condition="first + second + void == cast"),
            # 134,705 / 230,757 = 58.37 %: linked to the sum, so both take the general path.
            Check(id="share", condition="share(first, first + second) == first_share"),
        ],
    )
    verdict = audit(article).verdicts[0]
    assert verdict.grade == "inconsistent"
    assert verdict.implied == Interval.point(233889)


def test_the_derivation_reads_a_count_as_the_whole_number_it_is() -> None:
    """The engine takes "12 participants" as 12; the derivation said "read as 11.5–12.5",
    from which a reader works out that 11.5 + 14.5 + 8.5 to 12.5 + 15.5 + 9.5 reaches 38."""
    report = run(
        {"a": "12 participants", "b": "15 participants", "c": "9 participants", "n": "38 people"},
        {"cells": "a + b + c == n"},
    )
    verdict = report.verdict("cells")
    assert verdict.grade == "inconsistent"
    assert verdict.derivation[:4] == (
        "a: '12' — read as 12",
        "b: '15' — read as 15",
        "c: '9' — read as 9",
        "n: '38' — read as 38",
    )
