"""GRIM and count shares over negative means, and candidates on an open end of a rounding
interval, decided exactly (issue #14, items 5 and 6).

The oracle is written here from the rounding rules' definitions (docs/reading.md): a mean
written with ``d`` decimals is GRIM-consistent with ``n`` responses when some whole total
``t`` has ``t / n`` rounding to it under the rule.  Nothing is taken from the reader's tables.
"""

from __future__ import annotations

import math
from fractions import Fraction

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from factcheck.engine import audit
from factcheck.model import Article, Check, Figure, Source

SOURCE = Source(title="A study")


def grade(
    condition: str, figures: dict[str, str] | None = None, rounding: str | None = None
) -> str:
    article = Article(
        source=SOURCE,
        figures=[Figure(name=n, quote=q, rounding=rounding) for n, q in (figures or {}).items()],
        checks=[Check(id="k", condition=condition)],
    )
    report = audit(article)
    assert [str(e) for e in report.errors] == []
    return report.verdict("k").grade


@pytest.mark.parametrize("mean", ["-2.75", "2.75", "-0.125", "-13"])
def test_a_negative_literal_mean_is_granular_like_a_positive_one(mean: str) -> None:
    """-2.75 is 110,000 / 40,000 below zero as 2.75 is above: both consistent.  The float
    narrowing padded a negative bound inward, and emptied a point domain."""
    assert grade(f"grim({mean}, 40000)") == "consistent"


def test_a_negative_mean_off_the_grid_is_still_inconsistent() -> None:
    """-2.71 (a point) is no multiple of 1/8."""
    assert grade("grim(-2.71, 8)") == "inconsistent"


@pytest.mark.parametrize(
    ("rule", "written", "expected"),
    [
        # [6.115, 6.125) under "up": 6.125 = 49/8 lies on the open end, nothing else is near
        ("up", "6.12", "inconsistent"),
        # (6.125, 6.135] under "down": 6.125 on the open lower end
        ("down", "6.13", "inconsistent"),
        # "6.13" under "even" is (6.125, 6.135): its last digit is odd, both ends open
        ("even", "6.13", "inconsistent"),
        # "6.12" under "even" is [6.115, 6.125]: the closed end holds 49/8
        ("even", "6.12", "consistent"),
        ("up_or_down", "6.12", "consistent"),
        # ceiling "6.12" is (6.11, 6.12]; floor "6.12" is [6.12, 6.13): grid 1/25 = 0.04
        ("ceiling", "6.12", "consistent"),
        ("floor", "6.12", "consistent"),
        ("ceiling", "6.16", "consistent"),
        ("floor", "6.11", "inconsistent"),  # [6.11, 6.12): 6.12 = 153/25 on the open end
        ("ceiling", "6.13", "inconsistent"),  # (6.12, 6.13]: 6.12 on the open end
    ],
)
def test_a_candidate_on_an_open_end_is_decided_exactly(
    rule: str, written: str, expected: str
) -> None:
    n = 8 if rule in ("up", "down", "even", "up_or_down") else 25
    assert grade(f"grim(m, {n})", {"m": f"a mean of {written}"}, rounding=rule) == expected


# -- against the oracle ----------------------------------------------------------------------------


def _rounds_to(value: Fraction, step: Fraction, rule: str) -> set[int]:
    """The multiples of ``step`` (as integers) that ``value`` rounds to under ``rule``."""
    x = value / step
    if rule == "up":
        return {math.floor(x + Fraction(1, 2))}
    if rule == "down":
        return {math.ceil(x - Fraction(1, 2))}
    if rule == "even":
        return {round(x)}  # Fraction.__round__ sends ties to the even neighbour
    if rule == "ceiling":
        return {math.ceil(x)}
    if rule == "floor":
        return {math.floor(x)}
    assert rule == "up_or_down"
    return {math.floor(x + Fraction(1, 2)), math.ceil(x - Fraction(1, 2))}


def _grim_oracle(m: int, decimals: int, n: int, rule: str) -> bool:
    step = Fraction(1, 10**decimals)
    centre = m * step * n
    return any(
        m in _rounds_to(Fraction(t, n), step, rule)
        for t in range(math.floor(centre - 2 * n * step) - 1, math.ceil(centre + 2 * n * step) + 2)
    )


def _written(m: int, decimals: int) -> str:
    sign = "-" if m < 0 else ""
    whole, part = divmod(abs(m), 10**decimals)
    return f"{sign}{whole}.{part:0{decimals}d}"


@settings(max_examples=300, deadline=None)
@given(
    m=st.integers(-9999, 9999),
    decimals=st.integers(1, 2),
    n=st.integers(1, 60),
    rule=st.sampled_from(["up_or_down", "up", "down", "even", "ceiling", "floor"]),
)
@example(m=-737, decimals=2, n=40, rule="down")  # -7.37: the mirror image of the seed case
@example(m=737, decimals=2, n=40, rule="up")
@example(m=-150, decimals=2, n=20, rule="up_or_down")
@example(m=-612, decimals=2, n=8, rule="down")
def test_grim_agrees_with_brute_force_over_signed_means(
    m: int, decimals: int, n: int, rule: str
) -> None:
    """Over negative and positive means, every rule, open and closed ends: consistent
    exactly when some whole total over n rounds to the mean as written."""
    expected = "consistent" if _grim_oracle(m, decimals, n, rule) else "inconsistent"
    assert (
        grade(f"grim(m, {n})", {"m": f"a mean of {_written(m, decimals)}"}, rounding=rule)
        == expected
    )
