"""Small things of issue #14: the exit code and summary of a check that does not compile, a
check that cannot fail, division by a literal zero, and relations given the wrong kinds."""

from __future__ import annotations

import io
import json
from importlib.resources import files
from pathlib import Path

import jsonschema
import pytest

from factcheck.cli import main
from factcheck.engine import Report, audit
from factcheck.model import Article, Check, Figure, Source

SOURCE = Source(title="A test article")


def run(figures: dict[str, str], checks: dict[str, str]) -> Report:
    return audit(
        Article(
            source=SOURCE,
            figures=[Figure(name=name, quote=quote) for name, quote in figures.items()],
            checks=[Check(id=cid, condition=cond) for cid, cond in checks.items()],
        )
    )


CLAIMS = """\
source:
  title: A small story
figures:
  part: "17 percent"
  rest: "83 percent"
checks:
  - id: complement
    condition: 100 percent - part == rest
  - id: same
    condition: part == part
  - id: broken
    condition: part / 0 == rest
"""


def test_a_check_that_does_not_compile_exits_two_and_is_counted(tmp_path: Path) -> None:
    """docs/cli.md says exit 2 for a check that does not compile, and the summary line
    counts it."""
    path = tmp_path / "story.claims.yaml"
    path.write_text(CLAIMS, encoding="utf-8")
    out = io.StringIO()
    assert main(["audit", str(path)], out=out) == 2
    text = out.getvalue()
    # counted as the command line's conventions say (issue #18): "1 not compiled"
    assert text.rstrip().endswith("FAILED: 1 file, 2 consistent, 1 not compiled")
    # refused where the condition is parsed (issue #16), with its column
    assert (
        f"{path}:11:5: error: check 'broken': column 6 of condition 'part / 0 == rest': "
        "division by zero"
    ) in text
    docs = (Path(__file__).parent.parent / "docs" / "cli.md").read_text("utf-8")
    row = next(line for line in docs.splitlines() if line.startswith("| **2**"))
    assert "a check that does not compile" in row


def test_a_check_that_cannot_fail_is_warned_about(tmp_path: Path) -> None:
    path = tmp_path / "story.claims.yaml"
    path.write_text(CLAIMS, encoding="utf-8")
    out = io.StringIO()
    main(["audit", str(path)], out=out)
    lines = out.getvalue().splitlines()
    index = next(i for i, line in enumerate(lines) if "same: consistent" in line)
    assert lines[index + 1].strip().startswith("warning: this check cannot fail")
    out = io.StringIO()
    main(["audit", "--format", "json", str(path)], out=out)
    data = json.loads(out.getvalue())
    schema = json.loads(files("factcheck").joinpath("audit.schema.json").read_text("utf-8"))
    jsonschema.Draft202012Validator(schema).validate(data)
    warnings = {c["id"]: c["warning"] for c in data["checks"]}
    assert warnings["complement"] is None
    assert warnings["same"] is not None
    assert warnings["same"].startswith("this check cannot fail")


@pytest.mark.parametrize(
    "condition", ["x == x", "2 == 2", "x + y <= y + x", "3 <= 4", "x * 2 >= x * 2"]
)
def test_checks_that_cannot_fail(condition: str) -> None:
    verdict = run({"x": "6.1 percent", "y": "2.3 percent"}, {"k": condition}).verdict("k")
    assert verdict.warning is not None
    assert verdict.warning.startswith("this check cannot fail")


@pytest.mark.parametrize(
    "condition", ["x == y", "x <= x + y", "x <= x < y + x", "share(x, x) == 100 percent", "2 == 3"]
)
def test_checks_that_can_fail_are_not_warned_about(condition: str) -> None:
    verdict = run({"x": "6.1 percent", "y": "2.3 percent"}, {"k": condition}).verdict("k")
    assert verdict.warning is None


@pytest.mark.parametrize(
    ("condition", "shown"),
    [
        # literal zeros are refused as the condition is parsed (issue #16), with a column
        ("x / 0 == y", "column 3 of condition 'x / 0 == y': division by zero"),
        ("0 / 0 == y", "column 3 of condition '0 / 0 == y': division by zero"),
        ("0 ^ -1 == y", "column 6 of condition '0 ^ -1 == y': zero to a negative power"),
        ("0 ^ -3 == y", "column 6 of condition '0 ^ -3 == y': zero to a negative power"),
        # a zero that a relation divides by is found by the engine
        ("share(x, 0 percent) == y", "x / 0 percent divides by zero"),
    ],
)
def test_a_division_by_a_literal_zero_is_refused(condition: str, shown: str) -> None:
    """Once graded inconsistent; a value that does not exist is an error in the check."""
    report = run({"x": "6.1 percent", "y": "2.3 percent"}, {"k": condition})
    assert report.verdicts == ()
    (error,) = report.errors
    assert str(error).startswith(f"check 'k': {shown}")


@pytest.mark.parametrize(
    "condition",
    [
        "growth(r, level) == g",
        "growth(level, r) == g",
        "share(r, level) == g",
        "share_change(r, level, level2, level2) == g",
    ],
)
def test_a_relation_given_quantities_of_the_wrong_kinds_is_refused(condition: str) -> None:
    """growth(12 percent, 1,350 cars) was computed (both dimensionless) and came back
    inconsistent; a rate and a level are not quantities of one kind."""
    report = run(
        {"r": "12 percent", "level": "1,350 cars", "level2": "1,212 cars", "g": "4 percent"},
        {"k": condition},
    )
    assert report.verdicts == ()
    (error,) = report.errors
    message = str(error)
    assert "r (percent, read from '12 percent')" in message
    assert "a rate (percent) is not of the kind of a plain number or count" in message


def test_a_growth_of_rates_and_literals_are_still_allowed() -> None:
    report = run(
        {"a": "6.3 percent", "b": "4.2 percent", "g": "50 percent"},
        {"k": "growth(a, b) == g", "l": "share(a, 1) == a"},
    )
    assert report.errors == ()
    assert [v.grade for v in report.verdicts] == ["consistent", "consistent"]
