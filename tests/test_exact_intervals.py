"""The intervals people read are exact to within 1 % of their width (issue #14).

The seed's two known cases are checked against values worked out by hand (the issue gives
them to two decimals); small integer systems against brute force: the implied interval of a
check's left side must contain every value the other checks allow (soundness) and reach
within 1 % of the width of the exact range at each end.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping
from fractions import Fraction

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from factcheck.engine import Report, audit
from factcheck.model import Article, Check, Figure, Source
from seed_article import build_seed_article


@pytest.fixture(scope="module")
def seed() -> Report:
    return audit(build_seed_article())


def _percent(report: Report, check_id: str) -> tuple[Fraction, Fraction]:
    implied = report.verdict(check_id).implied
    assert implied is not None
    assert implied.lo is not None
    assert implied.hi is not None
    return implied.lo * 100, implied.hi * 100


def test_the_belt_and_road_share_change_is_exact(seed: Report) -> None:
    """Exact: 0.82 to 0.97 pp (the float hull showed 0.75 to 1.02)."""
    lo, hi = _percent(seed, "bri_share_change")
    assert Fraction("0.815") <= lo <= Fraction("0.825")
    assert Fraction("0.965") <= hi <= Fraction("0.975")


def test_shandongs_share_of_the_increase_is_exact(seed: Report) -> None:
    """Exact low 17.40 % (the float hull showed 17.35 %): within 1 % of the width."""
    lo, hi = _percent(seed, "sd_increase_share")
    width = hi - lo
    assert Fraction("17.395") - width / 100 <= lo <= Fraction("17.405")
    assert Fraction("18.50") <= hi <= Fraction("18.52")


Values = Mapping[str, int]
# (condition, its left side (None where it has no value), whether the check holds)
CHECKS: tuple[tuple[str, Callable[[Values], Fraction | None], Callable[[Values], bool]], ...] = (
    ("x + y == z", lambda v: Fraction(v["x"] + v["y"]), lambda v: v["x"] + v["y"] == v["z"]),
    ("x * y == w", lambda v: Fraction(v["x"] * v["y"]), lambda v: v["x"] * v["y"] == v["w"]),
    ("x / (y + 1) <= r", lambda v: Fraction(v["x"], v["y"] + 1),
     lambda v: Fraction(v["x"], v["y"] + 1) <= Fraction(v["r"], 10)),
    ("y - x >= 2", lambda v: Fraction(v["y"] - v["x"]), lambda v: v["y"] - v["x"] >= 2),
    ("z + w <= 40", lambda v: Fraction(v["z"] + v["w"]), lambda v: v["z"] + v["w"] <= 40),
)  # fmt: skip
DOMAINS = {"x": (0, 9), "y": (0, 9), "z": (0, 19), "w": (0, 29), "r": (1, 9)}


def _article(chosen: list[int], r: int) -> Article:
    figures = [
        Figure(name=n, quote=f"between {lo} and {hi} respondents", integer=True)
        for n, (lo, hi) in DOMAINS.items()
        if n != "r"
    ]
    figures.append(Figure(name="r", quote=f"{r} respondents", integer=True))
    checks = [Check(id=f"k{i}", condition=CHECKS[i][0].replace(" r", " r / 10")) for i in chosen]
    return Article(source=Source(title="a survey"), figures=figures, checks=checks)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.integers(0, len(CHECKS) - 1), min_size=2, max_size=3, unique=True),
    st.integers(1, 9),
)
@example([0, 3], 5)
@example([0, 1, 2], 3)
@example([4, 2, 0], 1)
def test_implied_intervals_agree_with_brute_force(chosen: list[int], r: int) -> None:
    """For each consistent check, the implied interval of its left side against the exact
    range of that side over whole values satisfying the other checks."""
    report = audit(_article(chosen, r))
    assert report.errors == ()
    names = list(DOMAINS)
    ranges = [range(DOMAINS[n][0], DOMAINS[n][1] + 1) if n != "r" else [r] for n in names]
    rows = [dict(zip(names, combo, strict=True)) for combo in itertools.product(*ranges)]
    for index in chosen:
        verdict = report.verdict(f"k{index}")
        if verdict.grade != "consistent" or verdict.implied is None:
            continue
        others = [i for i in chosen if i != index]
        found = [CHECKS[index][1](row) for row in rows if all(CHECKS[i][2](row) for i in others)]
        values = [value for value in found if value is not None]
        if not values:
            continue
        low, high = min(values), max(values)
        implied = verdict.implied
        assert implied.lo is not None
        assert implied.hi is not None
        assert implied.lo <= low
        assert implied.hi >= high
        slack = (high - low) / 100 + Fraction(1, 10**9)
        assert low - implied.lo <= slack, (low, implied)
        assert implied.hi - high <= slack, (high, implied)


@pytest.mark.xfail(
    strict=True,
    reason="known limit: the end of x + y is left at 0 when the only values near it divide "
    "by zero (x / (x + y) with x = y = 0) and the greedy probe does not backtrack; the "
    "interval stays sound, only wider than the exact [1, 10]",
)
def test_an_end_next_to_a_zero_divisor_is_refined() -> None:
    article = _article([4, 2, 0], 1)
    article = Article(
        source=article.source,
        figures=article.figures,
        checks=[
            Check(id="k4", condition="z + w <= 40"),
            Check(id="k2", condition="x / (x + y) <= r / 10"),
            Check(id="k0", condition="x + y == z"),
        ],
    )
    implied = audit(article).verdict("k0").implied
    assert implied is not None
    assert implied.lo is not None
    assert implied.lo >= Fraction(99, 100)
