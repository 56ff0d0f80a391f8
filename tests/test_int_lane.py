"""The int lane (lone checks over plain quotes, decided in Python integers) changes no verdict.

References: the engine with its lanes switched off (every check compiled into the network and
graded the general way), the fast path of the reader for the integers of a plain quote, and
:func:`factcheck.expr.shape` for the shapes the lane looks up by skeleton.
"""

from __future__ import annotations

import pickle
from fractions import Fraction
from functools import partial

from hypothesis import example, given, settings
from hypothesis import strategies as st

from factcheck import expr
from factcheck.engine import Report, audit, intlane
from factcheck.engine import quick as quick_lane
from factcheck.intervals import Interval
from factcheck.later import Later
from factcheck.model import Article, Check, Figure, Source
from factcheck.reading import ReadingPolicy, _plain_ints, _plain_ints_all, _read_plain


def _general(article: Article) -> Report:
    previous = quick_lane._QUICK_LANE
    quick_lane._QUICK_LANE = False
    try:
        return audit(article)
    finally:
        quick_lane._QUICK_LANE = previous


def _assert_same(lane: Report, general: Report) -> None:
    """Every field of every verdict (lazy ones worked out), the errors, the readings and the
    bounds."""
    assert [v.grade for v in lane.verdicts] == [v.grade for v in general.verdicts]
    for mine, theirs in zip(lane.verdicts, general.verdicts, strict=True):
        assert mine.stated == theirs.stated
        assert mine.stated_strict == theirs.stated_strict
        assert mine.implied == theirs.implied
        assert mine.off_by == theirs.off_by
        assert mine.off_by_relative == theirs.off_by_relative
        assert mine.culprits == theirs.culprits
        assert dict(mine.figures) == dict(theirs.figures)
        assert mine.derivation == theirs.derivation
    assert lane.verdicts == general.verdicts
    assert [str(e) for e in lane.errors] == [str(e) for e in general.errors]
    assert dict(lane.readings) == dict(general.readings)
    assert list(lane.readings) == list(general.readings)
    assert dict(lane._bounds) == dict(general._bounds)


def _decimal(value: Fraction, places: int) -> str:
    scaled = round(value * 10**places)
    sign = "-" if scaled < 0 else ""
    text = str(abs(scaled)).rjust(places + 1, "0")
    return sign + (f"{text[:-places]}.{text[-places:]}" if places else text)


UNITS = st.sampled_from(
    [" billion yuan", " trillion yuan", " million US dollars", " yuan", "", " tonnes"]
)
RATES = st.sampled_from([" percent", "%", " per cent", " percentage points"])
# Quotes the lane must leave to the general path, or read as the general path does: hedges,
# direction words, numbers in words, scale words alone, counts, commas, years.
ODD = st.sampled_from(
    [
        "about 12.5 billion yuan", "nearly 20 percent", "fell 2.7 percent", "up 6.8 percent",
        "twelve billion yuan", "1.2 million", "651 enterprises", "1,200 billion yuan",
        "2024", "12.5 billion yuan or more", "over 300 billion yuan", "-3.5 percent",
        "0 billion yuan", "120 billion yuan", "100 percent", "0.0 percent",
    ]
)  # fmt: skip


@st.composite
def amounts(draw: st.DrawFn, rate: bool = False) -> str:
    if draw(st.integers(0, 9)) == 0:
        return draw(ODD)
    places = draw(st.integers(0, 3))
    value = Fraction(draw(st.integers(-2000, 99_999)), 10**places)
    if places == 0:
        value = Fraction(draw(st.integers(-99, 999)))
    unit = draw(RATES if rate else UNITS)
    return _decimal(value, places) + unit


@st.composite
def lone_articles(draw: st.DrawFn) -> Article:
    """Lone share, growth, sum and comparison checks, some written off, some sharing a
    figure (then not lone), some with the ids or names of others."""
    figures: list[Figure] = []
    checks: list[Check] = []
    count = draw(st.integers(1, 5))
    for index in range(count):
        form = draw(st.sampled_from(["share", "growth", "sum", "diff", "lt", "gap"]))
        a, b, c = (f"{name}{index}" for name in "abc")
        rate = form in ("share", "growth", "gap")
        figures.append(Figure(name=a, quote=draw(amounts(rate=form == "gap"))))
        figures.append(Figure(name=b, quote=draw(amounts(rate=form == "gap"))))
        figures.append(Figure(name=c, quote=draw(amounts(rate=rate))))
        condition = {
            "share": f"share({a}, {b}) == {c}",
            "growth": f"growth({a}, {b}) == {c}",
            "sum": f"{a} + {b} == {c}",
            "diff": f"{a} - {b} <= {c}",
            "lt": f"{a} * {b} < {c}",
            "gap": f"{a} - {b} == {c}",
        }[form]
        if index and draw(st.integers(0, 5)) == 0:
            condition = condition.replace(a, f"a{index - 1}")  # shares a figure: not lone
        checks.append(Check(id=f"k{index}", condition=condition))
    if draw(st.integers(0, 7)) == 0:
        checks.append(Check(id="k0", condition=checks[0].condition))  # an id used twice
    policy = draw(
        st.sampled_from(
            [
                ReadingPolicy(),
                ReadingPolicy(trailing_zeros="significant"),
                ReadingPolicy(trailing_zeros="placeholders"),
                ReadingPolicy(trailing_zeros="ambiguous"),
                ReadingPolicy(rounding="up"),
            ]
        )
    )
    return Article(source=Source(title="int lane"), figures=figures, checks=checks, policy=policy)


@settings(max_examples=300, deadline=None)
@given(lone_articles())
@example(
    Article(
        source=Source(title="a growth written off: its miss and culprits from the general path"),
        figures=[
            Figure(name="a", quote="12.47 billion yuan"),
            Figure(name="b", quote="11.02 billion yuan"),
            Figure(name="c", quote="15.1 percent"),
        ],
        checks=[Check(id="k", condition="growth(a, b) == c")],
    )
)
@example(
    Article(
        source=Source(title="trailing zeros read two ways: stretched"),
        figures=[
            Figure(name="a", quote="120 billion yuan"),
            Figure(name="b", quote="1.5 billion yuan"),
            Figure(name="c", quote="116 billion yuan"),
        ],
        checks=[Check(id="k", condition="a - b == c")],
        policy=ReadingPolicy(trailing_zeros="ambiguous"),
    )
)
@example(
    Article(
        source=Source(title="a growth over a base that may be zero: not for the lane"),
        figures=[
            Figure(name="a", quote="1 billion yuan"),
            Figure(name="b", quote="0 billion yuan"),
            Figure(name="c", quote="5 percent"),
        ],
        checks=[Check(id="k", condition="growth(a, b) == c")],
    )
)
@example(
    Article(
        source=Source(title="a sum whose range touches the claim's at one end: consistent"),
        figures=[
            Figure(name="a", quote="0.5 billion yuan"),
            Figure(name="b", quote="0.55 billion yuan"),
            Figure(name="c", quote="1.11 billion yuan"),
        ],
        checks=[Check(id="k", condition="a + b == c")],
    )
)
@example(
    Article(
        source=Source(title="a check of literals alone names no figure (found by the suite)"),
        figures=[Figure(name="a", quote="1.5 billion yuan")],
        checks=[Check(id="k", condition="2 percent > 1 percent"), Check(id="j", condition="a > 1")],
    )
)
def test_the_int_lane_gives_the_general_verdicts(article: Article) -> None:
    _assert_same(audit(article), _general(article))


def test_the_int_lane_is_taken() -> None:
    """Not vacuous: plain lone checks are decided by the lane, not by the general path."""
    figures, checks = [], []
    for i, share in enumerate(["35.2", "35.4", "35.6", "35.0"]):
        figures += [
            Figure(name=f"a{i}", quote="1.20 billion yuan"),
            Figure(name=f"b{i}", quote="3.40 billion yuan"),
            Figure(name=f"c{i}", quote=f"{share} percent"),
        ]
        checks.append(Check(id=f"k{i}", condition=f"share(a{i}, b{i}) == c{i}"))
    article = Article(source=Source(title="taken"), figures=figures, checks=checks)
    lane = intlane.run(article)
    # 1.195 / 3.405 is 35.095 % and 1.205 / 3.395 is 35.493 %: 35.2 and 35.4 (each within
    # 0.05 of a value between) hold and are taken; 35.6 (from 35.55) and 35.0 (to 35.05) do
    # not, and are left to the general path, which diagnoses findings.
    assert sorted(lane.verdicts) == [0, 1]
    assert [lane.verdicts[i].grade for i in (0, 1)] == ["consistent", "consistent"]
    report = audit(article)
    grades = [v.grade for v in report.verdicts]
    assert grades == ["consistent", "consistent", "inconsistent", "inconsistent"]
    assert lane.names == {f"{n}{i}" for n in "abc" for i in range(2)}


NUMBERS = st.one_of(
    st.integers(-999, 999).map(str),
    st.builds(
        lambda whole, digits: f"{whole}.{digits}",
        st.integers(-9999, 99_999),
        st.text("0123456789", min_size=1, max_size=5),
    ),
    st.sampled_from(["007", "01.5", "1,200", "2024", "-0", "0.0", "100", "-120"]),
)
SUFFIXES = st.sampled_from(
    [" percent", "%", " billion yuan", " trillion yuan", " people", " years", " May", "",
     " percent higher", " times", " per cent", " ½ percent", " -fold", " fewer"]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(NUMBERS, SUFFIXES)
@example("12.47", " billion yuan")
@example("-0", " percent")
@example("120", " billion yuan")
def test_the_integers_of_a_plain_quote_are_its_number(number: str, suffix: str) -> None:
    """``_plain_ints`` gives the number the fast path reads (and so the full reader), as an
    integer over a power of ten, with its trailing zeros, for every quote the fast path reads
    alone; and it refuses what that path refuses by shape."""
    phrase = number + suffix
    parts = _plain_ints(phrase)
    reading = _read_plain(phrase, ReadingPolicy())
    if reading is None:
        assert parts is None or parts[3] is not None  # a known shape whose words are not plain
        return
    assert parts is not None
    mantissa, places, trailing, _ = parts
    assert Fraction(mantissa, 10**places) == reading.number
    assert Fraction(1, 10**places) == reading.step
    written = number.lstrip("-")
    expected_trailing = (
        len(written) - len(written.rstrip("0")) if "." not in written and int(written) else 0
    )
    assert trailing == expected_trailing


CONDITIONS = st.builds(
    lambda template, names: template.format(*names),
    st.sampled_from(
        [
            "share({}, {}) == {}",
            "growth({}, {}) == {}",
            "{} + {} == {}",
            "{} - {} <= {}",
            "{} * 2 < {} + {}",
            "growth({}, {}, per=2) == {}",
            "{} == {} percent + {}",
            "{}+{}=={}",
            "{} / ({} + {}) >= 0.5",
            "{}  ==  {} + {}",
            "f({}) == {} + {}",
            "{} == {} ** 2 + {}",
            "{} ≤ {} + {}",
            "{}\t== {} + {}",
            "'{}' == {} + {}",
        ]
    ),
    st.lists(
        st.one_of(
            st.from_regex(r"[a-z_][a-z0-9_]{0,6}", fullmatch=True),
            st.sampled_from(["percent", "true", "share", "a", "b", "x1", "é"]),
        ),
        min_size=4,
        max_size=4,
    ),
)


@settings(max_examples=1000, deadline=None)
@given(CONDITIONS, CONDITIONS)
@example("a + b == c", "a + a == c")
@example("x + y == z", "percent + y == z")
@example("share(a, b) == c", "share(share, b) == c")
def test_the_shape_by_skeleton_is_the_shape(first: str, second: str) -> None:
    """``quick_shape`` gives what ``shape`` gives, after a first condition has taught it a
    skeleton."""
    expr._SKELETONS.clear()
    assert expr.quick_shape(first) == expr.shape(first)
    assert expr.quick_shape(second) == expr.shape(second)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.builds(lambda n, s: n + s, NUMBERS, SUFFIXES),
            st.sampled_from(["", "about 5 percent", "5 percent\n", "1\n2 percent", "x"]),
        ),
        max_size=8,
    )
)
@example(["12.47 billion yuan", "", "6.8 percent"])
@example(["5 percent\n", "6 percent"])
def test_reading_many_quotes_at_once_reads_each(quotes: list[str]) -> None:
    """``_plain_ints_all`` (one pass of the pattern over all the quotes) gives what
    ``_plain_ints`` gives for each quote alone."""
    assert _plain_ints_all(quotes) == [_plain_ints(quote) for quote in quotes]


def test_a_parallel_audit_ships_the_implied_interval_apart_from_the_stated_ones() -> None:
    """A passing check's implied interval may leave a worker unworked (``Later.ship_as``, as
    ``results`` does with the default text report): the stated intervals still arrive."""
    article = Article(
        source=Source(title="shipped"),
        figures=[
            Figure(name="a", quote="1.20 billion yuan"),
            Figure(name="b", quote="3.40 billion yuan"),
            Figure(name="c", quote="35.2 percent"),
        ],
        checks=[Check(id="k", condition="share(a, b) == c")],
    )
    verdict = audit(article).verdicts[0]
    assert isinstance(verdict._implied, Later)
    verdict._implied.ship_as(partial(dict, implied=None, off_by=None, off_by_relative=None))
    arrived = pickle.loads(pickle.dumps(verdict))
    expected = Interval.closed(Fraction(3515, 10_000), Fraction(3525, 10_000))
    assert (arrived.stated, arrived.stated_strict) == (expected, expected)
    assert arrived.grade == "consistent"
