"""Culprits: the figure whose value alone, changed, would let the article hold (issue #14).

The brute-force oracle changes one figure at a time over a grid of whole values and asks, in
exact arithmetic, whether every check then holds: a figure is a culprit clearing every
finding exactly when some value does, and the interval it is said to need must be the hull
of those values.
"""

from __future__ import annotations

import io
import json
import math
from collections.abc import Callable, Mapping
from fractions import Fraction
from importlib.resources import files
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from factcheck.cli import main
from factcheck.engine import Report, audit
from factcheck.intervals import Interval
from factcheck.model import Article, Check, Figure, Reference, Source, Unknown

SOURCE = Source(title="A test article")


def run(
    figures: Mapping[str, str], checks: Mapping[str, str], unknowns: tuple[Unknown, ...] = ()
) -> Report:
    return audit(
        Article(
            source=SOURCE,
            figures=[Figure(name=n, quote=q) for n, q in figures.items()],
            unknowns=unknowns,
            checks=[Check(id=i, condition=c) for i, c in checks.items()],
        )
    )


def test_the_vote_total_is_the_likely_culprit() -> None:
    """312 + 297 + 41 = 650, not 653: any one count could be off by 3, and the total is the
    smallest change relative to its value; it would have to be exactly 650."""
    report = run(
        {"total": "of 653 valid votes", "a": "312 votes", "b": "297 votes", "c": "41 votes"},
        {"sum": "a + b + c == total"},
    )
    verdict = report.verdict("sum")
    assert verdict.grade == "inconsistent"
    assert [c.figure for c in verdict.culprits] == ["total", "a", "b", "c"]
    first = verdict.culprits[0]
    assert first.would_fit == Interval.point(Fraction(650))
    assert first.clears == ("sum",)
    assert first.sentence() == (
        "likely culprit: 'of 653 valid votes' — the article holds if it were 650"
    )
    assert verdict.culprits[3].would_fit == Interval.point(Fraction(44))


def test_a_figure_in_two_findings_comes_first() -> None:
    """b is used by both failing checks; changing it alone clears both, so it ranks above
    figures whose smaller change clears one."""
    report = run(
        {
            "a": "231 firms",
            "b": "118 firms",
            "c": "343 firms",
            "d": "64 firms",
            "e": "176 firms",
        },
        {"first": "a + b == c", "second": "b + d == e"},
    )
    assert [v.grade for v in report.verdicts] == ["inconsistent", "inconsistent"]
    for verdict in report.verdicts:
        first = verdict.culprits[0]
        assert first.figure == "b"
        assert first.clears == ("first", "second")
        assert first.would_fit == Interval.point(Fraction(112))


def test_a_sign_slip_makes_its_figure_the_first_culprit() -> None:
    """3.31 against 3.17 billion is a rise of 4.4 %, written "fell 4.4 percent": flipping
    the sign is no change of digits, so the growth figure comes first."""
    verdict = run(
        {"a": "3.31 billion yuan", "b": "3.17 billion yuan", "g": "sales fell 4.4 percent"},
        {"k": "growth(a, b) == g"},
    ).verdict("k")
    assert verdict.culprits[0].figure == "g"
    fit = verdict.culprits[0].would_fit
    assert fit.lo is not None
    assert fit.lo > 0


def test_a_scale_slip_makes_its_figure_the_first_culprit() -> None:
    """96 billion where the parts say 96 million."""
    verdict = run(
        {"a": "41.3 million dollars", "b": "54.7 million dollars", "t": "96 billion dollars"},
        {"k": "a + b == t"},
    ).verdict("k")
    assert verdict.culprits[0].figure == "t"


def test_a_consistent_check_has_no_culprit() -> None:
    report = run({"a": "312 votes", "b": "297 votes", "t": "609 votes"}, {"k": "a + b == t"})
    assert report.verdict("k").grade == "consistent"
    assert report.verdict("k").culprits == ()


CLAIMS = """\
source:
  title: A ballot
  path: story.txt
figures:
  total: "of 653 valid votes"
  a: "312 votes"
  b: "297 votes"
  c: "41 votes"
checks:
  - id: sum
    condition: a + b + c == total
"""
STORY = "Of 653 valid votes, 312 votes went to A, 297 votes to B and 41 votes to C.\n"


@pytest.mark.parametrize("fmt", ["text", "json", "markdown", "github", "gitlab", "sarif", "html"])
def test_every_format_shows_the_first_culprit(tmp_path: Path, fmt: str) -> None:
    (tmp_path / "story.txt").write_text(STORY, "utf-8")
    path = tmp_path / "ballot.claims.yaml"
    path.write_text(CLAIMS, encoding="utf-8")
    out = io.StringIO()
    main(["audit", "--format", fmt, str(path)], out=out)
    text = out.getvalue()
    if fmt == "json":
        data = json.loads(text)
        schema = json.loads(files("factcheck").joinpath("audit.schema.json").read_text("utf-8"))
        jsonschema.Draft202012Validator(schema).validate(data)
        (check,) = data["checks"]
        assert check["culprits"][0] == {
            "figure": "total",
            "quote": "of 653 valid votes",
            "would_fit": {
                "low": "650",
                "high": "650",
                "low_closed": True,
                "high_closed": True,
                "unit": "",
            },
            "clears": ["sum"],
        }
        return
    if fmt in ("gitlab", "sarif"):
        text = json.dumps(json.loads(text), ensure_ascii=False)
    expected = "likely culprit: 'of 653 valid votes' — the article holds if it were 650"
    if fmt == "html":
        expected = "the article holds if it were 650"
    assert expected in text.replace("&#x27;", "'")


def test_explain_shows_the_culprits(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(STORY, "utf-8")
    path = tmp_path / "ballot.claims.yaml"
    path.write_text(CLAIMS, encoding="utf-8")
    out = io.StringIO()
    main(["explain", f"{path}::sum"], out=out)
    text = out.getvalue()
    assert "likely culprit: 'of 653 valid votes' — the article holds if it were 650" in text
    assert "or '312 votes' — the article holds if it were 315" in text


# -- against brute force ------------------------------------------------------------------------

Values = Mapping[str, int]
NAMES = ("a", "b", "c", "d", "e")
TEMPLATES: tuple[tuple[str, Callable[[Values], bool]], ...] = (
    ("a + b == c", lambda v: v["a"] + v["b"] == v["c"]),
    ("c + d == e", lambda v: v["c"] + v["d"] == v["e"]),
    ("a + d <= e", lambda v: v["a"] + v["d"] <= v["e"]),
    ("b < c", lambda v: v["b"] < v["c"]),
    ("a + b + d == e", lambda v: v["a"] + v["b"] + v["d"] == v["e"]),
    ("2 * a == d", lambda v: 2 * v["a"] == v["d"]),
)
GRID = range(200)


@st.composite
def systems(draw: st.DrawFn) -> tuple[dict[str, int], list[int]]:
    values = {n: draw(st.integers(1, 60)) for n in NAMES}
    chosen = draw(st.lists(st.integers(0, len(TEMPLATES) - 1), min_size=1, max_size=3, unique=True))
    return values, sorted(chosen)


def _quote(n: int) -> str:
    return f"{n} respondents"


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(systems())
@example(({"a": 14, "b": 17, "c": 30, "d": 5, "e": 36}, [0, 1]))
@example(({"a": 4, "b": 9, "c": 13, "d": 9, "e": 20}, [1, 5]))
def test_culprits_agree_with_brute_force(system: tuple[dict[str, int], list[int]]) -> None:
    """For every finding, a figure that alone can make every check hold (some whole value on
    the grid does) is a culprit clearing every finding, with would_fit the hull of those
    values; a figure that cannot is never said to clear them all.  Culprits come ordered by
    how many findings they clear."""
    values, chosen = system
    article = Article(
        source=SOURCE,
        figures=[Figure(name=n, quote=_quote(v)) for n, v in values.items()],
        checks=[Check(id=f"k{i}", condition=TEMPLATES[i][0]) for i in chosen],
    )
    report = audit(article)
    assert report.errors == ()
    findings = {v.check.id for v in report.verdicts if v.grade in ("inconsistent", "stretched")}
    holds = all(TEMPLATES[i][1](values) for i in chosen)
    assert (not findings) == holds
    if not findings:
        assert all(v.culprits == () for v in report.verdicts)
        return
    used = {n for i in chosen for n in NAMES if n in TEMPLATES[i][0]}
    for verdict in report.verdicts:
        if verdict.check.id not in findings:
            assert verdict.culprits == ()
            continue
        mine = {n for n in NAMES if n in verdict.check.condition}
        by_name = {c.figure: c for c in verdict.culprits}
        counts = [len(c.clears) for c in verdict.culprits]
        assert counts == sorted(counts, reverse=True)
        for name in sorted(used & mine):
            fits = [v for v in GRID if all(TEMPLATES[i][1]({**values, name: v}) for i in chosen)]
            culprit = by_name.get(name)
            clears_all = culprit is not None and set(culprit.clears) == findings
            assert clears_all == bool(fits), (name, fits, culprit)
            if fits:
                assert culprit is not None
                hull = culprit.would_fit
                assert hull.lo is not None
                assert hull.lo == min(fits)
                if max(fits) < GRID[-1]:
                    assert hull.hi == max(fits)
                else:
                    assert hull.hi is None or hull.hi >= max(fits)


def test_a_digit_slip_ranks_before_a_smaller_relative_change() -> None:
    """87 of 812 million is 10.7 %, written "8 percent": the share is off by under three
    units of its last digit (a slip of the digit), while the part would have to move 22
    units and the whole 275; the share comes first although its relative change is the
    largest."""
    verdict = run(
        {"part": "87 million dollars", "whole": "812 million dollars", "x": "8 percent"},
        {"k": "share(part, whole) == x"},
    ).verdict("k")
    assert [c.figure for c in verdict.culprits] == ["x", "part", "whole"]


def test_a_slip_of_many_ways_ranks_before_one_of_a_single_way() -> None:
    """A whole of "over 9.746 million" against a sum of "9.74 million": the finer figure,
    if it were 9.745 million or less, is a slip of 1 to 9 units of its last digit (9.745,
    9.744, ...); the coarser one would have to read 9.75, a slip of one unit and of that one
    only.  The figure that more slips would have written comes first, though it moves
    further."""
    verdict = run(
        {"whole": "worth over 9.746 million pounds", "part": "totaled 9.74 million pounds"},
        {"k": "whole == total([part])"},
    ).verdict("k")
    assert verdict.grade == "inconsistent"
    assert [c.figure for c in verdict.culprits] == ["whole", "part"]


def test_a_sign_slip_is_named_where_a_points_slip_was_diagnosed_too() -> None:
    """-3.3 % against +3.7 % is a gap of 7 points, written "6.98 points lower" and "about
    seven points lower"; a rise of 3.29 % written for the fall breaks both gaps.  Each gap
    alone would also hold with its points read as percent (a relative change), but that
    mends one check at a time, while the rate's sign mends both: the rate comes first, clearing
    both findings (it once was no culprit at all, the percent reading hiding it)."""
    report = run(
        {
            "r1": "rose 3.29 percent",
            "r2": "up 3.69 percent",
            "p1": "more than 6.979 percentage points lower",
            "p2": "roughly seven percentage points lower",
        },
        {"c1": "p1 == rate_gap(r1, r2)", "c2": "rate_gap(r1, r2) == p2"},
    )
    for check_id in ("c1", "c2"):
        verdict = report.verdict(check_id)
        assert verdict.grade == "inconsistent"
        first = verdict.culprits[0]
        assert first.figure == "r1"
        assert first.clears == ("c1", "c2")
        # -3.29 % is what the writer meant; the article allows a little either side
        assert Fraction(-329, 10000) in first.would_fit


def test_a_reference_may_be_the_culprit() -> None:
    """2,630 thousand euros at 8.6 yuan a euro is 22.618 million yuan, not 22.885 million; at
    8.7 it is 22.881 million.  The claim file's exchange rate is stated as much as the
    article's figures, and the rate from another day is a slip like any other: the reference
    is named among the culprits, with the 8.7 it would hold at inside its interval."""
    report = audit(
        Article(
            source=SOURCE,
            figures=[
                Figure(name="eur", quote="EUR 2,630 thousand"),
                Figure(name="cny", quote="22.885 million yuan"),
            ],
            references=[Reference(name="fx", value="8.6", unit="CNY/EUR", source="a bank")],
            checks=[Check(id="k", condition="exchange(eur, fx) == cny")],
        )
    )
    verdict = report.verdict("k")
    assert verdict.grade == "inconsistent"
    by_name = {c.figure: c for c in verdict.culprits}
    assert set(by_name) == {"eur", "fx", "cny"}
    assert Fraction(87, 10) in by_name["fx"].would_fit
    assert Fraction(86, 10) not in by_name["fx"].would_fit


def test_a_dropped_digit_is_named_as_a_typo() -> None:
    """Full-time jobs up 36,200 and part-time up 74,800 make 111,000, written "11,000" (as a
    wire summary of an August labour force release once had it): no slip of the last digit
    explains any of the three, but a doubled "1" dropped explains the total, which comes
    first though the part-time figure would move less relative to itself."""
    verdict = run(
        {
            "employment": "Employment rose by 11,000 positions",
            "full_time": "Full-time rose by 36,200 positions",
            "part_time": "Part-time rose by 74,800 positions",
        },
        {"halves": "full_time + part_time == employment"},
    ).verdict("halves")
    assert verdict.grade == "inconsistent"
    assert verdict.culprits[0].figure == "employment"
    assert Fraction(111_000) in verdict.culprits[0].would_fit


def test_two_swapped_digits_are_named_as_a_typo() -> None:
    """5,230 and 1,420 make 6,650; the part written "1,240" swaps two digits.  Each figure
    would have to move by 180, the total least relative to its size, but only the swapped
    part is a typo away from a value that fits."""
    verdict = run(
        {"a": "5,230 tonnes", "b": "1,240 tonnes", "total": "6,650 tonnes"},
        {"sum": "a + b == total"},
    ).verdict("sum")
    assert verdict.grade == "inconsistent"
    assert [c.figure for c in verdict.culprits] == ["b", "total", "a"]


# -- slips of a word told apart by the article ---------------------------------------------------

MATES_IN_BILLIONS = {
    "x": "512.3 billion pounds",
    "y": "498.6 billion pounds",
    "g": "rose 2.7 percent",
}
MATES_IN_MILLIONS = {
    "x": "512.3 million pounds",
    "y": "498.6 million pounds",
    "g": "rose 2.7 percent",
}


@pytest.mark.parametrize(
    ("mates", "expected"), [(MATES_IN_BILLIONS, "part"), (MATES_IN_MILLIONS, "whole")]
)
def test_a_scale_slip_in_a_ratio_is_told_apart_by_the_article(
    mates: dict[str, str], expected: str
) -> None:
    """236.4 million over 412.75 billion is not 57.3 %; 236.4 billion over 412.75 billion
    is, and so is 236.4 million over 412.75 million.  The check alone cannot choose; the
    article's other pounds can: in billions, the part is the slip; in millions, the whole."""
    figures = {
        "part": "236.4 million pounds",
        "whole": "412.75 billion pounds",
        "r": "57.3 percent",
    }
    verdict = run(
        {**figures, **mates}, {"k": "share(part, whole) == r", "other": "growth(x, y) == g"}
    ).verdict("k")
    assert verdict.grade == "inconsistent"
    mirror = "whole" if expected == "part" else "part"
    assert [c.figure for c in verdict.culprits][:2] == [expected, mirror]


def test_a_difference_in_points_may_be_meant_with_the_other_sign() -> None:
    """29.2 % after 31.6 % is a change of -2.4 points, written "2.4 percentage points" with
    no direction word: a difference of rates has either sign, so the sign is the slip and the
    change figure comes first, meant negative."""
    verdict = run(
        {"before": "31.6 percent", "after": "29.2 percent", "d": "2.4 percentage points"},
        {"k": "after - before == d"},
    ).verdict("k")
    assert verdict.grade == "inconsistent"
    first = verdict.culprits[0]
    assert first.figure == "d"
    assert first.would_fit.hi is not None
    assert first.would_fit.hi < 0


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@example(part=1001, extra=5845, slipped="part", scale="billion", mates=[10, 10])  # a tie: skipped
@example(part=1001, extra=267, slipped="whole", scale="billion", mates=[10, 28])  # was missed
@given(
    part=st.integers(1001, 9999),
    extra=st.integers(1, 40000),
    slipped=st.sampled_from(["part", "whole"]),
    scale=st.sampled_from(["million", "billion"]),
    mates=st.lists(st.integers(10, 999), min_size=2, max_size=3),
)
def test_the_scale_slip_named_first_is_the_one_out_of_line_with_the_article(
    part: int, extra: int, slipped: str, scale: str, mates: list[int]
) -> None:
    """Built from true values all in one scale, with one of the ratio's two figures written
    in the other: that figure is the first culprit, since mending it (not the other) puts
    it in line with the article's other figures of the unit."""
    whole = 10 * part + extra  # tenths, as the part
    rate = Fraction(part, whole) * 100
    other = {"million": "billion", "billion": "million"}[scale]

    def written(name: str, tenths: int) -> str:
        return f"{tenths // 10}.{tenths % 10} {other if name == slipped else scale} pounds"

    hundredths = round(rate * 100)

    figures = {
        "part": written("part", part),
        "whole": written("whole", whole),
        "r": f"{hundredths // 100}.{hundredths % 100:02d} percent",
    }
    checks = {"k": "share(part, whole) == r"}
    names = [f"m{i}" for i in range(len(mates))]
    figures.update({n: f"{v} {scale} pounds" for n, v in zip(names, mates, strict=True)})
    figures["sum"] = f"{sum(mates)} {scale} pounds"
    checks["mates"] = " + ".join(names) + " == sum"
    # The oracle: how many orders of magnitude each mending moves its figure toward the mates
    # (the written figures are 1000 apart; mates between them may not tell the two apart).
    size = {"million": 10**6, "billion": 10**9}

    def nearer(tenths: int, written: str, meant: str) -> float:
        def spread(value: float) -> float:
            return sum(abs(math.log10(value / (m * size[scale]))) for m in mates) / len(mates)

        return spread(tenths / 10 * size[written]) - spread(tenths / 10 * size[meant])

    gains = {
        "part": nearer(
            part,
            other if slipped == "part" else scale,
            scale if slipped == "part" else {"million": "billion", "billion": "million"}[scale],
        ),
        "whole": nearer(
            whole,
            other if slipped == "whole" else scale,
            scale if slipped == "whole" else {"million": "billion", "billion": "million"}[scale],
        ),
    }
    assume(
        gains[slipped] > max(gains.values()) - 0.05 and gains[slipped] > min(gains.values()) + 0.05
    )
    verdict = run(figures, checks).verdict("k")
    assert verdict.grade == "inconsistent"
    assert verdict.culprits[0].figure == slipped


def test_a_whole_written_in_millions_beside_billions_is_named_first() -> None:
    """100.1 billion is 9.74 % of 1,027.7 billion; the whole is written in millions.  Read
    in millions, the part would move further from the article's other pounds (10 and 28
    billion) than it is; read in billions, the whole would move no further.  The whole comes
    first.  (Once the part came first: a slip taking its figure out of line scored as one
    that changed nothing, the best score starting at -1.)"""
    figures = {
        "part": "100.1 billion pounds",
        "whole": "1027.7 million pounds",  # meant 1,027.7 billion: the share is 9.74 %
        "r": "9.74 percent",
        "m0": "10 billion pounds",
        "m1": "28 billion pounds",
        "sum": "38 billion pounds",
    }
    checks = {"k": "share(part, whole) == r", "mates": "m0 + m1 == sum"}
    verdict = run(figures, checks).verdict("k")
    assert verdict.grade == "inconsistent"
    assert verdict.culprits[0].figure == "whole"


# -- published errors ------------------------------------------------------------------------------

CLAIM_FILES = Path(__file__).resolve().parent.parent / "claims"


@pytest.mark.parametrize(
    ("claim_file", "check_id", "culprit"),
    [
        # "1.23 per cent higher" is a gap of points written as a per cent (the file's note)
        ("andhra-pradesh-turnout-2019.claims.yaml", "turnout_rise_in_points", "turnout_rise"),
        ("andhra-pradesh-turnout-2019.claims.yaml", "turnout_rise_as_percent", "turnout_rise"),
        # 16,362,185 voters at 58.45 % are 27.99 million eligible, written "27.9 million"
        ("thailand-pao-elections-2025.claims.yaml", "turnout_47", "eligible_47"),
    ],
)
def test_a_published_error_names_the_figure_its_note_blames(
    claim_file: str, check_id: str, culprit: str
) -> None:
    """On real articles whose claim files record an error and say in a note which number is
    wrong, that number is the first culprit."""
    from factcheck import audit_file

    report = audit_file(CLAIM_FILES / claim_file).report
    assert report is not None
    verdict = report.verdict(check_id)
    assert verdict.grade == "inconsistent"
    assert verdict.culprits[0].figure == culprit


def test_no_culprit_where_no_one_figure_mends_the_article() -> None:
    """The Maldives report calls 262,135 the number who cast votes; as that, the ballots do
    not add up, and as the electorate the 89 % turnout holds: the claim file checks both.
    No one figure changed makes both hold, so none is named."""
    from factcheck import audit_file

    report = audit_file(CLAIM_FILES / "maldives-presidential-2018.claims.yaml").report
    assert report is not None
    verdict = report.verdict("ballots_make_cast")
    assert verdict.grade == "inconsistent"
    assert verdict.culprits == ()


def test_a_change_that_breaks_a_check_that_held_is_no_culprit() -> None:
    """Two rates of one unstated population, and a check pinning one of them to a literal
    (a fact-checker's own figure): 12 + t == 20 and 30 + t == "38" both give t = 8, while
    30 + t == 40 needs t = 10.  Writing "38" as 40 clears the two checks flagged together but
    breaks 12 + t == 20, which held; so does every other single change.  No one figure
    mends the article, so no finding names a culprit (before, one was said to make the
    article hold)."""
    report = run(
        {"a": "12 respondents", "b": "30 respondents", "r": "38 respondents"},
        {"first": "a + t == 20", "second": "b + t == r", "pinned": "b + t == 40"},
        unknowns=(Unknown(name="t", unit="", bounds="nonnegative"),),
    )
    flagged = [v for v in report.verdicts if v.grade in ("inconsistent", "stretched")]
    assert len(flagged) == 2
    assert "pinned" in {v.check.id for v in flagged}
    assert [v.culprits for v in flagged] == [(), ()]


def test_a_figure_of_the_check_a_finding_conflicts_with_may_be_the_culprit() -> None:
    """Two crime rates of one unstated population; the property rate is misprinted 2,405.7
    for 2,450.7 (two digits swapped).  Only the violent-crime check is flagged (stretched: the
    conflict holds under strict readings, and only the check resting on the hedged "an
    estimated" count is blamed), yet the slip is in its partner's figure: it is named first,
    and 7,919,035 / 323,071,049 to 323,154,692 people, times 100,000, is 2450.5 to 2451.2
    (before, only the flagged check's own figures were tried)."""
    report = run(
        {
            "violent": "an estimated 1,248,185 violent crimes",
            "violent_rate": "386.3 offenses per 100,000 inhabitants",
            "property": "7,919,035 property crimes",
            "property_rate": "2,405.7 offenses per 100,000 inhabitants",
        },
        {
            "violent_fits": "violent / population * 100000 == violent_rate",
            "property_fits": "property / population * 100000 == property_rate",
        },
        unknowns=(Unknown(name="population", unit="", bounds="positive"),),
    )
    flagged = [v for v in report.verdicts if v.grade in ("inconsistent", "stretched")]
    assert [v.check.id for v in flagged] == ["violent_fits"]
    first = flagged[0].culprits[0]
    assert first.figure == "property_rate"
    assert first.fit_text() == "between 2,450.5 and 2,451.2"


def test_a_lone_finding_beside_a_check_that_cannot_fail_keeps_its_culprits() -> None:
    """12 + 25 is 37, not the 35 written; the other check rests on last year's count, which
    nothing else states, so it cannot fail.  Each of the three counts alone mends the sum, at
    the value that makes it hold (a lone finding is settled by asking whether every check
    then holds; the check that cannot fail is no reason to grade the group again in full)."""
    report = run(
        {"a": "12 respondents", "b": "25 respondents", "c": "35 respondents", "g": "4 percent"},
        {"sum": "a + b == c", "rise": "growth(c, last_year) == g"},
        unknowns=(Unknown(name="last_year", unit="", bounds="positive"),),
    )
    grades = {v.check.id: v.grade for v in report.verdicts}
    assert grades == {"sum": "inconsistent", "rise": "uncheckable"}
    culprits = report.verdict("sum").culprits
    assert {c.figure: c.fit_text() for c in culprits} == {"a": "10", "b": "23", "c": "37"}
    assert all(c.clears == ("sum",) for c in culprits)
