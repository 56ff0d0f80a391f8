"""What the reports say, pinned with literal values worked out by hand (issue #18, item 6).

A mutation sample left survivors in exactly these places: ``off_by`` asserted within loose
bounds, ``off_by_relative`` and ``Interval.midpoint`` not at all, the slip at the front of
``reason``, JSON interval ends and closedness checked only against the schema, the stream
compared only with output of the same ``reports/data.py``, hedge words looped over from the
table under test, two coverage edges, and two tests that asserted only when a helper returned
something."""

from __future__ import annotations

import io
import json
from fractions import Fraction
from pathlib import Path

import pytest

from factcheck import audit
from factcheck.files import parse_claims
from factcheck.hedges import HEDGE_WORDS, hedge_for
from factcheck.intervals import Interval
from factcheck.model import Article, Check, Figure, Source
from factcheck.provenance import coverage
from factcheck.reports import json_report
from factcheck.reports.data import check_data
from factcheck.results import iter_audit_paths


def _article(quotes: dict[str, str], checks: dict[str, str]) -> Article:
    return Article(
        source=Source(title="pinned"),
        figures=[Figure(name=name, quote=quote) for name, quote in quotes.items()],
        checks=[Check(id=cid, condition=condition) for cid, condition in checks.items()],
    )


# -- off_by, off_by_relative, midpoint -------------------------------------------------------


@pytest.mark.parametrize("sign", [1, -1], ids=["positive", "negative"])
def test_off_by_and_its_relative_size_are_exact(sign: int) -> None:
    """12 + 31 against 51 (each read ±0.5): implied [42, 44], stated [50.5, 51.5]; the gap is
    50.5 - 44 = 13/2 and, over the stated midpoint's size 51, 13/102 — positive for negative
    values too (the size of the midpoint, not its sign)."""
    n = "" if sign == 1 else "-"
    report = audit(_article({"a": f"{n}12", "b": f"{n}31", "t": f"{n}51"}, {"sum": "a + b == t"}))
    verdict = report.verdict("sum")
    assert verdict.grade == "inconsistent"
    if sign == 1:
        assert verdict.stated == Interval(Fraction(101, 2), Fraction(103, 2))
        assert verdict.implied == Interval(Fraction(42), Fraction(44))
    else:
        assert verdict.stated == Interval(Fraction(-103, 2), Fraction(-101, 2))
        assert verdict.implied == Interval(Fraction(-44), Fraction(-42))
    assert verdict.off_by == Fraction(13, 2)
    assert verdict.off_by_relative == Fraction(13, 102)


def test_the_midpoint_of_an_interval() -> None:
    """The midpoint is the mean of the ends, negative ends included."""
    assert Interval(Fraction(1), Fraction(4)).midpoint == Fraction(5, 2)
    assert Interval(Fraction(-3), Fraction(-1)).midpoint == Fraction(-2)
    assert Interval(Fraction(101, 2), Fraction(103, 2)).midpoint == Fraction(51)


def test_the_slip_is_the_front_of_the_reason() -> None:
    """A percent written for percentage points is named first in ``reason``, word for word."""
    report = audit(
        _article(
            {"a": "grew 4.8 percent", "b": "grew 2.9 percent", "g": "1.9 percent"},
            {"gap": "gap(a, b) == g"},
        )
    )
    verdict = report.verdict("gap")
    slip = (
        "'g' is written in percent, but the check compares it with a difference of rates: "
        "a percent written for percentage points"
    )
    assert verdict.slip == slip
    assert verdict.reason.startswith(slip)


def test_json_values_of_a_check_are_pinned() -> None:
    """'over 20 percent' against 12 percent: stated (20, 30] strictly (an open low end),
    implied [11.5, 12.5]; an inconsistent check is measured on the lenient reading (20, +∞):
    the miss is 20 - 12.5 = 7.5 pp, with no relative size (the lenient side has no
    midpoint)."""
    report = audit(_article({"a": "12 percent", "s": "over 20 percent"}, {"c": "a == s"}))
    data = check_data(report.verdict("c"), "x.claims.yaml")
    assert data["stated"] == {
        "low": "20",
        "high": "30",
        "low_closed": False,
        "high_closed": True,
        "unit": "%",
    }
    assert data["implied"] == {
        "low": "11.5",
        "high": "12.5",
        "low_closed": True,
        "high_closed": True,
        "unit": "%",
    }
    assert data["stated_lenient"] == {
        "low": "20",
        "high": None,
        "low_closed": False,
        "high_closed": False,
        "unit": "%",
    }
    assert data["off_by"] == {"absolute": "7.5", "relative": None, "unit": "pp"}
    assert data["slip"] is None
    assert data["verdict"] == "inconsistent"


def test_the_json_stream_says_what_was_worked_out_by_hand(tmp_path: Path) -> None:
    """The streamed json of a two-check file, checked against values written here rather
    than against another rendering of the same data."""
    path = tmp_path / "a.claims.yaml"
    path.write_text(
        "source: {title: t}\n"
        "figures:\n"
        "  a: '12 percent'\n"
        "  s: 'over 20 percent'\n"
        "  b: '13 percent'\n"
        "checks:\n"
        "  - {id: c, condition: a == s}\n"
        "  - {id: d, condition: a < b}\n",
        encoding="utf-8",
    )
    out = io.StringIO()
    totals = json_report.stream(iter_audit_paths([path]), out)
    data = json.loads(out.getvalue())
    assert (totals.files, totals.checks, totals.ok) == (1, 2, False)
    assert data["success"] is False
    assert data["counts"] == {
        "consistent": 1,
        "stretched": 0,
        "inconsistent": 1,
        "uncheckable": 0,
        "undecided": 0,
    }
    assert [(c["id"], c["verdict"], c["line"], c["column"]) for c in data["checks"]] == [
        ("c", "inconsistent", 7, 5),
        ("d", "consistent", 8, 5),
    ]
    # what the other check implies for a: a < b, and b is at most 13.5
    assert data["checks"][0]["comparison"] == "s: stated (20, 30] %, implied at most 13.5 %"


# -- hedge words, as literals ----------------------------------------------------------------

HEDGES_BY_HAND = {
    "about": ["about", "an estimated", "approx.", "approximately", "around", "c.", "ca.",
              "circa", "close to", "estimated", "nearly about", "roughly", "some", "~"],
    "nearly": ["almost", "close to nearly", "just short of", "just shy of", "nearly", "shy of"],
    "just under": ["a little less than", "a little under", "just below", "just less than",
                   "just under", "slightly below", "slightly less than", "slightly under"],
    "under": ["<", "below", "fewer than", "less than", "lower than", "south of", "under"],
    "over": [">", "above", "exceed", "exceeded", "exceeding", "exceeds", "greater than",
             "higher than", "in excess of", "more than", "north of", "over", "surpassed",
             "surpasses", "surpassing", "topped", "topping", "tops", "upwards of"],
    "at most": ["<=", "a maximum of", "as many as", "as much as", "at most", "no more than",
                "not more than", "up to", "≤"],
    "at least": [">=", "a minimum of", "at least", "no fewer than", "no less than",
                 "not less than", "≥"],
}  # fmt: skip


def test_every_hedge_word_is_pinned_with_its_hedge() -> None:
    """The table holds exactly these 70 words, each meaning the hedge written beside it: a
    deleted word fails here instead of deleting its own parametrized test."""
    by_hand = {word: hedge for hedge, words in HEDGES_BY_HAND.items() for word in words}
    assert len(by_hand) == 70
    assert sorted(HEDGE_WORDS) == sorted(by_hand)
    assert {word: hedge_for(word).name for word in HEDGE_WORDS} == by_hand


# -- two coverage edges ----------------------------------------------------------------------


def _cover(text: str, claims_yaml: str) -> tuple[int, int, list[str]]:
    claims = parse_claims(claims_yaml, "c.claims.yaml")
    found = coverage(claims, text)
    return found.covered, found.total, [n.text for n in found.uncovered]


def test_a_quote_ending_in_a_one_character_number_covers_it() -> None:
    """'rose by 5' ends with the one-character number 5: it is covered; 6 is not."""
    text = "Sales rose by 5 in May and by 6 in June.\n"
    claims = "source: {title: t}\nfigures:\n  may: 'rose by 5'\n"
    assert _cover(text, claims) == (1, 2, ["6"])


def test_a_not_claims_text_that_cuts_a_number_short_still_excuses_it() -> None:
    """A ``not_claims`` text ending inside '12,500' ('costs 12,5') excuses the number it
    starts, as one ending after it does; the other number stays uncovered."""
    text = "It costs 12,500 yuan and weighs 30 kilograms.\n"
    claims = "source: {title: t}\nnot_claims:\n  - {text: 'costs 12,5', reason: 'a price'}\n"
    assert _cover(text, claims) == (1, 2, ["30 kilograms"])
