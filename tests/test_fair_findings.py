"""Findings fair to the writer: a correct article is never flagged for the way a claim file
writes a complement, a reference or a comparison (issue #14, items 1 to 3)."""

from __future__ import annotations

import io
from fractions import Fraction
from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.engine import Report, audit
from factcheck.intervals import Interval
from factcheck.model import Article, Check, Figure, Reference, Source

SOURCE = Source(title="A test article")


def run(
    figures: dict[str, str], checks: dict[str, str], references: tuple[Reference, ...] = ()
) -> Report:
    return audit(
        Article(
            source=SOURCE,
            figures=[Figure(name=name, quote=quote) for name, quote in figures.items()],
            references=references,
            checks=[Check(id=cid, condition=cond) for cid, cond in checks.items()],
        )
    )


# -- 1. the complement of a share is a share ---------------------------------------------------


@pytest.mark.parametrize(
    ("figures", "condition"),
    [
        ({"part": "37 percent", "rest": "63 percent"}, "100 percent - part == rest"),
        ({"part": "23.5%", "rest": "76.5%"}, "rest == 100% - part"),
        # a whole less two shares, and less their sum
        (
            {"a": "21 percent", "b": "33 percent", "rest": "46 percent"},
            "100 percent - a - b == rest",
        ),
        (
            {"a": "21 percent", "b": "33 percent", "rest": "46 percent"},
            "100 percent - (a + b) == rest",
        ),
    ],
)
def test_the_complement_of_a_share_is_a_share(figures: dict[str, str], condition: str) -> None:
    """What a share leaves of its whole is itself a share: no slip, consistent."""
    verdict = run(figures, {"k": condition}).verdict("k")
    assert (verdict.grade, verdict.slip) == ("consistent", None)


def test_a_wrong_complement_is_still_caught_without_a_slip() -> None:
    """100 - 37 is 63, not 68: inconsistent, and no percent/point slip is named for it."""
    verdict = run(
        {"part": "37 percent", "rest": "68 percent"}, {"k": "100 percent - part == rest"}
    ).verdict("k")
    assert (verdict.grade, verdict.slip) == ("inconsistent", None)
    assert verdict.unit == "%"


def test_a_change_in_points_written_as_a_percent_is_still_the_slip() -> None:
    """'the rate rose by 0.4% to 3.9%' from 3.5 %: a difference of rates written in percent."""
    verdict = run(
        {"new": "3.9 percent", "old": "3.5 percent", "change": "rose by 0.4%"},
        {"k": "new - old == change"},
    ).verdict("k")
    assert verdict.grade == "inconsistent"
    assert verdict.slip is not None
    assert "a percent written for percentage points" in verdict.slip


# -- 2. a reference written in percent is scaled once -------------------------------------------


@pytest.mark.parametrize("unit", ["percent", "%", ""])
def test_a_reference_written_in_percent_is_scaled_once(unit: str) -> None:
    """A target of "7 percent" is 0.07 whatever the unit beside it says (percent or none)."""
    report = run(
        {"new": "1,177 yuan", "old": "1,100 yuan"},
        {"k": "growth(new, old) == target"},
        (Reference(name="target", value="7 percent", unit=unit),),
    )
    assert report.errors == ()
    assert report.bounds("target") == Interval.closed(Fraction(65, 1000), Fraction(75, 1000))
    assert report.verdict("k").grade == "consistent"


def test_a_reference_in_points_is_scaled_once_too() -> None:
    report = run(
        {"a": "4.1 percent", "b": "2.9 percent"},
        {"k": "a - b == gap"},
        (Reference(name="gap", value="1.2 percentage points", unit="pp"),),
    )
    assert report.errors == ()
    assert report.verdict("k").grade == "consistent"


def test_a_reference_whose_unit_contradicts_its_value_is_refused() -> None:
    """ "7 percent" declared in percentage points: an error naming both, not a silent pick."""
    report = run(
        {"new": "1,177 yuan", "old": "1,100 yuan"},
        {"k": "growth(new, old) == target"},
        (Reference(name="target", value="7 percent", unit="pp"),),
    )
    message = str(report.errors[0])
    assert message.startswith("reference 'target': the value '7 percent' is in percent")
    assert "the unit says percentage points" in message


# -- 3. a count compared with a rate is refused --------------------------------------------------


def test_a_count_compared_with_a_share_is_refused_naming_both_sides() -> None:
    """A figure counting participants compared with a share is a modelling mistake: an
    error naming both sides, not an inconsistent finding."""
    report = run(
        {"n": "41 participants", "x": "17 yuan", "y": "230 yuan"},
        {"k": "share(x, y) == n"},
    )
    assert report.verdicts == ()
    (error,) = report.errors
    message = str(error)
    assert message.startswith("check 'k': cannot compare n (a whole-number count")
    assert "share(x, y) (percent)" in message
    assert "compare a count with a count" in message


def test_a_count_compared_with_a_plain_number_or_a_count_is_allowed() -> None:
    report = run(
        {"a": "14 firms", "b": "27 firms", "n": "41 firms", "r": "0.5"},
        {"sum": "a + b == n", "ratio": "a / b <= r + 1"},
    )
    assert report.errors == ()
    assert [v.grade for v in report.verdicts] == ["consistent", "consistent"]


CLAIMS = """\
source:
  title: A survey
figures:
  n: "41 participants"
  x: "17 yuan"
  y: "230 yuan"
checks:
  - id: k
    condition: share(x, y) == n
"""


def test_the_count_error_names_the_file_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "survey.claims.yaml"
    path.write_text(CLAIMS, encoding="utf-8")
    out = io.StringIO()
    assert main(["audit", str(path)], out=out) == 2
    text = out.getvalue()
    assert f"{path}:8:" in text
    assert "a count of whole things is never a rate" in text
    assert "Traceback" not in text
