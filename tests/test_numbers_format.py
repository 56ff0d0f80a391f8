"""Numbers as people write them, in every format (issue #18, item 3).  Every expected value
is written by hand from the rule it pins, never taken from the library."""

from __future__ import annotations

import io
import json
import math
import re
from fractions import Fraction
from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.intervals import ENTIRE, Interval
from factcheck.numbers_format import (
    amount,
    bracket_text,
    fit_words,
    gap_unit,
    interval_words,
    number,
    sound_decimal,
)

F = Fraction


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (F(11_660_000), "11,660,000"),  # a count: separators, never 1.166e+07
        (F(628_000), "628,000"),
        (F(2025), "2025"),  # below 10,000: no separator (years stay years)
        (F(245065, 100), "2,450.65"),  # with decimals it is no year: separated from 1,000
        (F(99995, 100), "999.95"),
        (F(6405, 100), "64.05"),
        (F(1, 3), "≈0.3333"),  # no fraction: four significant digits, marked
        (F(-5, 10**324), "≈0"),  # an outward-rounded zero (a denormal)
        (F(0), "0"),
        (F(1_234_567_890_12, 100), "1,234,567,890.12"),  # twelve digits: as written
        # a float's tail (the engine rounds outward in floats): no 16 digits, rounded, marked
        (F("196.8010600465625"), "≈196.8"),
    ],
)
def test_a_number_as_people_write_it(value: Fraction, shown: str) -> None:
    """Exact short decimals as they are; separators from 10,000; never an exponent or p/q."""
    assert number(value) == shown


@pytest.mark.parametrize(
    ("interval", "unit", "shown"),
    [
        (Interval(F(19), F(20)), "%", "19–20 %"),
        (Interval(F(3), F(3)), "", "3"),
        (Interval(F(11_655_000), F(11_665_000)), "", "11,655,000–11,665,000"),
        # the ends of a float hull, not 196.8010600465625–205.5464219221875: rounded outward
        (Interval(F("196.8010600465625"), F("205.5464219221875")), "%", "196.8–205.6 %"),
        # four significant digits of the larger end, rounded outward, no exponent
        (
            Interval(F(70743952533081, 10) + F(1, 3), F(71722247601655, 10) + F(1, 3)),
            "CNY",
            "7,074,000,000,000–7,173,000,000,000 CNY",
        ),
        # float noise of the engine's outward rounding is not shown (-1.388e-15 is 0)
        (Interval(F(-1388, 10**18), F(8649, 100) + F(1, 3 * 10**12)), "%", "0–86.49 %"),
        # an end that is not noise is rounded outward: 17.3913... down, 18.5091... up
        (Interval(F(400, 23), F(18509, 1000) + F(1, 10**6)), "%", "17.39–18.51 %"),
        (Interval(F(-100), F(8649, 100)), "%", "-100 to 86.49 %"),
        (Interval(F(13), F(14), lo_closed=False), "trillion CNY", "(13, 14] trillion CNY"),
        (Interval(F(0), None, lo_closed=False, hi_closed=False), "%", "more than 0 %"),
        (Interval(F(0), None, hi_closed=False), "CNY", "at least 0 CNY"),
        (Interval(None, F(5), lo_closed=False), "", "at most 5"),
        (ENTIRE, "%", "unconstrained"),
        (Interval(F(1), F(0)), "", "no room (the other checks cannot all hold)"),
    ],
)
def test_an_interval_in_words(interval: Interval, unit: str, shown: str) -> None:
    """Closed ranges with a dash, open ends in brackets, half-lines and "anything" in words."""
    assert interval_words(interval, F(1), unit) == shown


def test_a_reading_never_mixes_fractions_with_decimals() -> None:
    """'a third' strict [0.325, 41/120] is shown 0.325–0.3417 (41/120 rounded up); an
    unbounded side stays in brackets."""
    assert bracket_text(Interval(F(13, 40), F(41, 120))) == "0.325–0.3417"
    assert bracket_text(Interval(F(13), None, False, False), "trillion CNY") == (
        "(13, +∞) trillion CNY"
    )
    assert bracket_text(Interval(F(2024), F(2024))) == "2024"


def test_a_gap_between_percentages_is_in_points() -> None:
    """A miss between two percentages is in percentage points, rounded down (it misses by at
    least that): 0.4906... -> 0.49 pp."""
    assert gap_unit("%") == "pp"
    assert gap_unit("trillion CNY") == "trillion CNY"
    assert amount(F(4906478437658177, 10**16)) == "0.49"
    assert amount(F(4906478437658177, 10**16), direction="up") == "0.5"
    assert amount(F(12345)) == "12,345"
    assert amount(F(3, 1000)) == "0.003"


@pytest.mark.parametrize(
    ("value", "direction", "shown"),
    [
        (F(6405, 100), "down", "64.05"),  # exact stays exact
        (F(1, 3), "down", "0.3333333333333333"),  # the double below 1/3
        (F(1, 3), "up", "0.33333333333333337"),  # the next double above it
        (F(-5, 10**324), "down", "-0.000000000000001"),  # sound: below the exact end
        (F(-5, 10**324), "up", "0"),
    ],
)
def test_json_ends_are_the_shortest_sound_decimal(
    value: Fraction, direction: str, shown: str
) -> None:
    """A low end is rounded down and a high end up, to the shortest decimal that is still on
    the sound side; never an exponent or a 50-digit binary expansion."""
    assert sound_decimal(value, direction) == shown  # type: ignore[arg-type]
    if direction == "down":
        assert Fraction(shown) <= value
    else:
        assert Fraction(shown) >= value


# -- every format, on one small article ----------------------------------------------------

CLAIMS = """\
source:
  title: Exports
  path: story.txt
figures:
  exports: "exports rose to 52 million euros"
  machinery: "machinery worth 23 million euros"
  machinery_share: "48 percent of exports"
  growth: "up 9.2 percent"
  count: "from 11,660,000 firms"
unknowns:
  firms: {unit: ""}
checks:
  - id: machinery_share
    quote: "48 percent of exports"
    condition: share(machinery, exports) == machinery_share
  - id: grew
    quote: "up 9.2 percent"
    condition: growth > 0 percent
  - id: firms_counted
    condition: firms == count
"""
STORY = (
    "In 2024 exports rose to 52 million euros, up 9.2 percent, from 11,660,000 firms; "
    "machinery worth 23 million euros was 48 percent of exports.\n"
)


@pytest.fixture
def article(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    Path("story.txt").write_text(STORY, encoding="utf-8")
    Path("a.claims.yaml").write_text(CLAIMS, encoding="utf-8")
    return Path("a.claims.yaml")


def _run(*argv: str) -> str:
    out = io.StringIO()
    main(list(argv), out=out)
    return out.getvalue()


def test_the_text_format_says_which_quantity_and_draws_inequalities_as_half_lines(
    article: Path,
) -> None:
    """23/52 = 44.23 %: 'share: stated 47.5–48.5 %, implied 42.85–45.64 %' (22.5/52.5 rounded
    down, 23.5/51.5 rounded up); 'growth > 0 percent' reads 'must be above 0 %', not
    'implied 0 %'."""
    lines = [line for line in _run("audit", str(article)).splitlines() if ": ✗ " in line]
    assert lines[0] == (
        "a.claims.yaml:13:5: ✗ machinery_share: inconsistent — "
        "share: stated 47.5–48.5 %, implied 42.85–45.64 %"
    )
    verbose = _run("audit", "-v", str(article)).splitlines()
    grew = [line for line in verbose if " grew: " in line]
    assert grew[0] == (
        "a.claims.yaml:16:5: ✓ grew: consistent — growth: stated 9.15–9.25 %, must be above 0 %"
    )
    brief = [line for line in _run("audit", str(article)).splitlines() if " grew: " in line]
    assert brief[0] == "a.claims.yaml:16:5: ✓ grew: consistent — growth: stated 9.15–9.25 %"


def test_the_derivation_gives_the_miss_in_points(article: Path) -> None:
    """48 % against at most 45.63...%: the gap 47.5 - 45.631 = 1.869 pp, rounded down."""
    text = _run("explain", f"{article}::machinery_share")
    assert "misses by 1.86 pp (3.89 % of the stated value)" in text
    assert "≈" not in text
    assert re.search(r"\de[+-]\d", text) is None  # no exponent


def test_json_ends_are_readable_with_the_exact_value_beside(article: Path) -> None:
    """The implied low end 22.5/52.5 = 3/7 (42.857142...%) is a readable decimal rounded down,
    with the exact 300/7 beside it; the miss is in pp with its exact value."""
    data = json.loads(_run("audit", str(article), "--format", "json"))
    check = next(c for c in data["checks"] if c["id"] == "machinery_share")
    implied = check["implied"]
    assert implied["low"] == "42.857142857142854"
    assert implied["low_exact"] == "300/7"
    assert Fraction(implied["low"]) <= Fraction(300, 7)
    assert check["comparison"] == "share: stated 47.5–48.5 %, implied 42.85–45.64 %"
    assert check["off_by"]["unit"] == "pp"
    assert "/" not in check["off_by"]["relative"]
    grew = next(c for c in data["checks"] if c["id"] == "grew")
    assert grew["must_be"] == {
        "low": "0",
        "high": None,
        "low_closed": False,
        "high_closed": False,
        "unit": "%",
    }


@pytest.mark.parametrize("fmt", ["markdown", "github", "gitlab", "sarif", "claimreview", "html"])
def test_every_format_says_it_the_same_way(article: Path, fmt: str) -> None:
    """Each format carries the same worded comparison, and none shows an exponent, a bare
    fraction or a '≈' interval end."""
    text = _run("audit", str(article), "--format", fmt)
    if fmt == "github":
        text = text.replace("%25", "%")  # workflow commands escape '%'
    assert "share: stated 47.5–48.5 %, implied 42.85–45.64 %" in text
    assert "[≈" not in text
    assert "1.166e" not in text


def test_markdown_shows_an_inequality_as_a_half_line(article: Path) -> None:
    """The markdown table's implied column gives the half-line 'growth > 0 percent' needs,
    not the bar's own value ("0 %", which reads as a contradiction)."""
    text = _run("audit", str(article), "--format", "markdown")
    assert "| `grew` | ✓ consistent | 9.15–9.25 % | must be more than 0 % |" in text


@pytest.mark.parametrize(
    ("unit", "shown"),
    [
        ("thousand tonne", "1450–1550 thousand tonnes"),
        ("billion cubic_meter", "1450–1550 billion m³"),
        ("terawatt_hour", "1450–1550 TWh"),
        ("kilogram", "1450–1550 kg"),
        ("billion CNY", "1450–1550 billion CNY"),
        ("%", "1450–1550 %"),
    ],
)
def test_a_physical_unit_is_shown_as_readers_write_it(unit: str, shown: str) -> None:
    """Prose shows "tonnes" and "m³", not the registry's "tonne" and "cubic_meter"."""
    interval = Interval.closed(Fraction(1450), Fraction(1550))
    assert interval_words(interval, Fraction(1), unit) == shown


def test_ends_apart_by_float_noise_alone_are_shown_as_one_value() -> None:
    """A sum of exact counts came back from the float hull as 233,888.99999999994 to
    233,889.00000000006 and was shown so; it is 233,889."""
    interval = Interval.closed(
        Fraction(233889) - Fraction(6, 10**11), Fraction(233889) + Fraction(6, 10**11)
    )
    assert interval_words(interval, Fraction(1), "") == "233,889"
    apart = Interval.closed(Fraction("233888.5"), Fraction("233889.5"))
    assert interval_words(apart, Fraction(1), "") == "233,888.5–233,889.5"


def test_a_long_value_within_float_noise_is_shown_to_six_digits() -> None:
    """The share 153,014 / 262,121 (58.37533...) from the float hull: six significant digits,
    marked as rounded, not ten."""
    value = Fraction(153014, 262121)
    interval = Interval.closed(value * (1 - Fraction(1, 10**12)), value * (1 + Fraction(1, 10**12)))
    assert interval_words(interval, Fraction(100), "%") == "≈58.3753 %"


@pytest.mark.parametrize(
    ("lo", "hi", "shown"),
    [
        # A culprit pinned by an exact literal, reached through floats: one value, not
        # "between 2450 and 2451" (four significant digits of each end, rounded outward).
        (F(2693913439213977, 1099511627776), F(1346956719606989, 549755813888), "2,450.1"),
        # Ends as close as these get enough decimals to tell them apart, like an interval.
        (F("379.1745"), F("379.1912"), "between 379.1745 and 379.1912"),
        # float ends next to 3.8 and 4 (outward-rounded by the engine): their noise is dropped
        (F(math.nextafter(3.8, 0)), F(math.nextafter(4.0, 5)), "between 3.8 and 4"),
        (F(647), F(647), "647"),
        (F(3), None, "at least 3"),
        (None, F(5, 2), "at most 2.5"),
        (None, None, "any value"),
    ],
)
def test_where_a_culprit_would_fit_is_shown_like_an_interval(
    lo: Fraction | None, hi: Fraction | None, shown: str
) -> None:
    assert fit_words(lo, hi, True, True, "") == shown
