"""Tests for ``factcheck read``: the text and JSON outputs, and one-line errors with exit 2."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from factcheck.cli import main


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


def test_read_text() -> None:
    """The text format shows each number with its strict and lenient intervals and the hedge."""
    code, text = run("read", "surpassed 13 trillion yuan, nearly 20 percent")
    expected = (
        "'surpassed 13 trillion yuan': number 13 trillion CNY\n"
        "  strict  (13, 14] trillion CNY\n"
        "  lenient (13, +∞) trillion CNY\n"
        "  rounding: up_or_down  hedge: surpassed -> over\n"
        "'nearly 20 percent': number 20 percent\n"
        "  strict  19–20 percent\n"
        "  lenient 18–20 percent\n"
        "  rounding: up_or_down  hedge: nearly -> nearly\n"
    )
    assert (0, expected) == (code, text)


def test_read_text_without_numbers() -> None:
    """A phrase with no number says so and still exits 0."""
    expected = (0, "no number found\n")
    assert expected == run("read", "no figures here")


def test_read_json() -> None:
    """The JSON format lists one object per number, with exact decimal strings or null as bounds."""
    code, text = run("read", "about $1.81 trillion, surpassed 13 trillion yuan", "--format", "json")
    objects = json.loads(text)
    keys = ("text", "value", "unit", "hedge", "strict", "lenient")
    all_present = (0, [True, True])
    assert all_present == (code, [set(keys) <= set(o) for o in objects])
    expected = [
        {
            "text": "about $1.81 trillion",
            "value": "1.81",
            "unit": "trillion USD",
            "hedge": "about",
            "strict": {"low": "1.805", "high": "1.815", "low_closed": True, "high_closed": True},
            "lenient": {
                "low": "1.7195",
                "high": "1.9005",
                "low_closed": True,
                "high_closed": True,
            },
        },
        {
            "text": "surpassed 13 trillion yuan",
            "value": "13",
            "unit": "trillion CNY",
            "hedge": "over",
            "strict": {"low": "13", "high": "14", "low_closed": False, "high_closed": True},
            "lenient": {"low": "13", "high": None, "low_closed": False, "high_closed": False},
        },
    ]
    assert expected == [{key: o[key] for key in keys} for o in objects]


def test_read_json_with_stated_base() -> None:
    """A --base option reaches the reading, and bounds print as exact decimal strings."""
    code, text = run("read", "628,000", "--base", "100", "--format", "json")
    (only,) = json.loads(text)
    strict = {"low": "627950", "high": "628050", "low_closed": True, "high_closed": True}
    expected = (0, strict, set(strict))
    assert expected == (code, only["strict"], set(only["lenient"]))


def test_read_json_negative_and_percentage_points() -> None:
    """A fall in percentage points prints its negative bounds as exact strings."""
    _, text = run("read", "fell 0.9 percentage points", "--format", "json")
    (only,) = json.loads(text)
    expected = ("percentage_point", {"low": "-0.95", "high": "-0.85"})
    assert expected == (only["unit"], {k: only["strict"][k] for k in ("low", "high")})


@pytest.mark.parametrize(
    "argv",
    [
        ["read", "1350,000"],
        ["read", "1e999999", "--format", "json"],
        ["read", "¥5 billion"],
        ["read", "13 percent", "--rounding", "bankers"],
        ["read", "13 percent", "--base", "1e999999999"],
        ["read", "the " + "1" * 5000 + "th time"],
        ["read", "1" * 5000 + " in " + "1" * 5000, "--format", "json"],
    ],
)
def test_bad_input_exits_2_with_one_line(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """A phrase or option that cannot be read exits 2 with one error line and no traceback."""
    code, text = run(*argv)
    err = capsys.readouterr().err
    expected = (2, "", 1, True, False)
    actual = (
        code,
        text,
        len(err.splitlines()),
        err.startswith("factcheck: error: "),
        "Traceback" in err,
    )
    assert expected == actual


def test_huge_ordinal_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    """Even a pathological ordinal is a bad phrase (exit 2), not a crash."""
    code, _ = run("read", "the " + "1" * 5000 + "th time")
    expected = (2, 1)
    assert expected == (code, len(capsys.readouterr().err.splitlines()))


def test_module_entry_point_reports_bad_phrase() -> None:
    """The module entry point exits 2 on "1350,000" with one error line naming the column."""
    result = subprocess.run(
        [sys.executable, "-m", "factcheck", "read", "1350,000"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    lines = result.stderr.splitlines()
    expected = (2, "", 1, True, False)
    actual = (
        result.returncode,
        result.stdout,
        len(lines),
        lines[0].startswith("factcheck: error: column 1:") if lines else False,
        "Traceback" in result.stderr,
    )
    assert expected == actual
