"""The sign-flip diagnosis: a failing check that would hold with one figure's sign flipped
says so, as a percent/percentage-point slip is named."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.engine import Report, audit
from factcheck.engine import quick as quick_lane
from factcheck.model import Article, Check, Figure, Source, Unknown

SOURCE = Source(title="A test article")


def run(
    figures: dict[str, str],
    checks: dict[str, str],
    unknowns: tuple[Unknown, ...] = (),
    *,
    quick: bool = True,
) -> Report:
    article = Article(
        source=SOURCE,
        figures=[Figure(name=name, quote=quote) for name, quote in figures.items()],
        unknowns=unknowns,
        checks=[Check(id=cid, condition=cond) for cid, cond in checks.items()],
    )
    previous = quick_lane._QUICK_LANE
    quick_lane._QUICK_LANE = quick
    try:
        return audit(article)
    finally:
        quick_lane._QUICK_LANE = previous


@pytest.mark.parametrize("quick", [True, False])
def test_a_fall_the_reader_took_for_a_rise_is_named(quick: bool) -> None:
    """1,027 tonnes against 1,081 is a fall of 5 %, which the article writes "rose 5 percent"
    (a writer's sign slip): the growth check fails; flipped, it holds.  (The reader used to
    read "dipped 5 percent" as +5 too; it reads it as a fall now, see test_reading_rules.)"""
    report = run(
        {"new": "1,027 tonnes", "old": "1,081 tonnes", "g": "the harvest rose 5 percent"},
        {"g1": "growth(new, old) == g"},
        quick=quick,
    )
    verdict = report.verdict("g1")
    assert verdict.grade == "inconsistent"
    expected = "it holds if 'rose 5 percent' is read as a fall (-5 percent): a sign slip"
    assert verdict.sign_flip == expected
    assert verdict.reason.startswith(expected)


@pytest.mark.parametrize("quick", [True, False])
def test_a_rise_written_as_a_fall_is_named(quick: bool) -> None:
    """3.31 billion yuan against 3.17 is a rise of 4.4 %, written "fell 4.4 percent"."""
    report = run(
        {"a": "3.31 billion yuan", "b": "3.17 billion yuan", "g": "sales fell 4.4 percent"},
        {"k": "growth(a, b) == g"},
        quick=quick,
    )
    verdict = report.verdict("k")
    assert verdict.grade == "inconsistent"
    assert verdict.sign_flip == (
        "it holds if 'fell 4.4 percent' is read as a rise (+4.4 percent): a sign slip"
    )


def test_a_sign_slip_is_named_within_a_group_of_checks() -> None:
    """With the old level shared by two checks, the trial asks the whole group: the flipped
    change must hold together with the sum that pins the levels."""
    report = run(
        {
            "new": "713 firms",
            "old": "682 firms",
            "both": "1,395 firms",
            "g": "the number of firms shrank 4.5 percent",
        },
        {"g1": "growth(new, old) == g", "sum": "new + old == both"},
    )
    verdict = report.verdict("g1")
    assert verdict.grade == "inconsistent"
    assert verdict.sign_flip == (
        "it holds if 'shrank 4.5 percent' is read as a rise (+4.5 percent): a sign slip"
    )
    assert report.verdict("sum").sign_flip is None


@pytest.mark.parametrize("quick", [True, False])
def test_a_stretched_check_that_a_flip_makes_hold_strictly_is_named(quick: bool) -> None:
    """A figure "200 cars" may be 150 to 250 leniently (its zero may hold a place), so a fall
    of 5 % from 190 is stretched; strictly (199.5 to 200.5) it is a rise of 4.7-5.8 %: the
    flip holds strictly."""
    report = run(
        {"a": "200 cars", "b": "190 cars", "g": "exports fell 5 percent"},
        {"k": "growth(a, b) == g"},
        quick=quick,
    )
    verdict = report.verdict("k")
    assert verdict.grade == "stretched"
    assert verdict.sign_flip == (
        "it holds if 'fell 5 percent' is read as a rise (+5 percent): a sign slip"
    )


@pytest.mark.parametrize("quick", [True, False])
def test_no_sign_slip_is_named_when_the_flip_does_not_help(quick: bool) -> None:
    """A fall of 12 percent where the levels say a rise of 4.4: no flip saves it, and a
    figure without a direction word is never flipped."""
    report = run(
        {"a": "3.31 billion yuan", "b": "3.17 billion yuan", "g": "sales fell 12 percent"},
        {"k": "growth(a, b) == g"},
        quick=quick,
    )
    assert (report.verdict("k").grade, report.verdict("k").sign_flip) == ("inconsistent", None)
    report = run(
        {"a": "-3.31 degrees", "b": "3.31 degrees"},
        {"k": "a == b"},
        quick=quick,
    )
    assert (report.verdict("k").grade, report.verdict("k").sign_flip) == ("inconsistent", None)


def test_a_consistent_check_carries_no_sign_slip() -> None:
    report = run(
        {"a": "1,027 tonnes", "b": "1,081 tonnes", "g": "the harvest fell 5 percent"},
        {"k": "growth(a, b) == g"},
    )
    assert (report.verdict("k").grade, report.verdict("k").sign_flip) == ("consistent", None)


SIGN_CLAIMS = """\
source:
  title: A harvest
  path: story.txt
figures:
  new: "1,027 tonnes this year"
  old: "1,081 tonnes last year"
  g: "the harvest rose 5 percent"
checks:
  - id: harvest
    quote: "the harvest rose 5 percent"
    condition: growth(new, old) == g
"""

SIGN_STORY = "The harvest rose 5 percent, to 1,027 tonnes this year from 1,081 tonnes last year.\n"


def test_the_sign_slip_is_in_the_json_and_the_text(tmp_path: Path) -> None:
    """The JSON carries ``sign_flip`` (and validates against the shipped schema); the text
    report and ``explain`` print the diagnosis in the reason."""
    import io
    import json
    from importlib.resources import files

    import jsonschema

    from factcheck.cli import main

    (tmp_path / "story.txt").write_text(SIGN_STORY, "utf-8")
    path = tmp_path / "harvest.claims.yaml"
    path.write_text(SIGN_CLAIMS, encoding="utf-8")
    expected = "it holds if 'rose 5 percent' is read as a fall (-5 percent): a sign slip"

    out = io.StringIO()
    assert main(["audit", "--format", "json", str(path)], out=out) == 1
    data = json.loads(out.getvalue())
    schema = json.loads(files("factcheck").joinpath("audit.schema.json").read_text("utf-8"))
    jsonschema.Draft202012Validator(schema).validate(data)
    (check,) = data["checks"]
    assert check["sign_flip"] == expected

    out = io.StringIO()
    assert main(["audit", str(path)], out=out) == 1
    assert expected in out.getvalue()

    out = io.StringIO()
    main(["explain", f"{path}::harvest"], out=out)
    assert expected in out.getvalue()
