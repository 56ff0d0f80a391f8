"""The reader's fast path for plain quotes ("12.47 billion yuan") reads exactly as the grammar.

The reference is the full reader, ``reading._read_full``.  The fast path learns what a suffix
reads as from the first quote that ends in it, so each example learns from one number and is
then asked about another, under any policy: the answers (or the errors) must be equal.
"""

from __future__ import annotations

from fractions import Fraction

from hypothesis import example, given, settings
from hypothesis import strategies as st

from factcheck import reading
from factcheck.errors import ReadingError
from factcheck.reading import ROUNDING_RULES, Reading, ReadingPolicy, read

DECIMALS = st.builds(
    lambda whole, digits: f"{whole}.{digits}",
    st.integers(0, 99_999),
    st.text("0123456789", min_size=1, max_size=4),
)
NUMBERS = st.builds(
    lambda sign, body: sign + body,
    st.sampled_from(["", "-"]),
    st.one_of(
        DECIMALS,
        st.integers(0, 999).map(str),
        # Shapes the fast path leaves to the grammar: years, commas, leading zeros.
        st.sampled_from(["2024", "1500", "1,200", "600,000", "007", "01.5", "10000"]),
    ),
)
KNOWN_SUFFIXES = (
    " percent", "%", " per cent", " percentage points", " pp", " basis points",
    " trillion yuan", " billion US dollars", " million tonnes", " enterprises",
    " percent higher", " percent lower", " percent, up from", " percent or more",
    " more than last year", " fewer", " times", " trillion won", " billion rand",
    " trillion won in South Korea", " yuan per US dollar", " twenty", " first",
    " percent of the total", " people", " billion", " million", "% of twelve",
    " -fold", "-plus", " years", " years old", " per cent lower", "% ", " percent\n",
    " May", " June", " Jan.", " March,", " ½ percent", " 1/2 percent", " and a half",
)  # fmt: skip
SUFFIXES = st.one_of(
    st.sampled_from(KNOWN_SUFFIXES),
    st.text(st.sampled_from(list(" %abcdelmnoprstuy-,.$¥")), min_size=1, max_size=12).map(
        lambda text: " " + text
    ),
)
POLICIES = st.builds(
    ReadingPolicy,
    rounding=st.sampled_from(sorted(ROUNDING_RULES)),
    base=st.sampled_from([None, None, None, Fraction(1, 2), Fraction(5), Fraction(100)]),
    trailing_zeros=st.sampled_from(["ambiguous", "significant", "placeholders"]),
    yen_symbol=st.sampled_from([None, "CNY", "JPY"]),
)


def _outcome(phrase: str, policy: ReadingPolicy, *, full: bool) -> tuple[Reading, ...] | str:
    """The readings of ``phrase`` (by the grammar alone when ``full``), or its error."""
    try:
        return reading._read_full(phrase, policy) if full else read(phrase, policy=policy)
    except ReadingError as error:
        return f"{type(error).__name__}: {error}"


@settings(max_examples=1500, deadline=None)
@given(NUMBERS, NUMBERS, SUFFIXES, POLICIES)
@example("12.47", "3.5", " billion yuan", ReadingPolicy())
@example("500", "7", " billion yuan", ReadingPolicy())  # learnt without trailing zeros
@example("7", "500", " billion yuan", ReadingPolicy(trailing_zeros="placeholders"))
@example("-1.5", "-2.25", " percent", ReadingPolicy(rounding="trunc"))
@example("651", "12", " enterprises", ReadingPolicy())  # the label is not in the span
@example("3", "4", " percent higher", ReadingPolicy())  # a direction word: never fast
@example("1.2", "0.5", " trillion won in South Korea", ReadingPolicy())
@example("-123", "-12", " ½ percent", ReadingPolicy())  # found by review: "-12 ½" is mixed
@example("120", "12", " May", ReadingPolicy())  # found by review: "12 May" is a date
def test_the_fast_path_reads_as_the_grammar(
    learnt_from: str, number: str, suffix: str, policy: ReadingPolicy
) -> None:
    reading._SUFFIXES.clear()
    _outcome(learnt_from + suffix, ReadingPolicy(), full=False)
    phrase = number + suffix
    assert _outcome(phrase, policy, full=False) == _outcome(phrase, policy, full=True)


def test_plain_quotes_take_the_fast_path() -> None:
    """Not vacuous: the quotes of claim files are learnt and then read without the grammar."""
    reading._SUFFIXES.clear()
    read("1.73 trillion yuan")
    assert reading._SUFFIXES[("", 1, True, " trillion yuan")] is not None
    assert (
        reading._read_plain("2.05 trillion yuan", reading.DEFAULT_POLICY)
        == read("2.05 trillion yuan")[0]
    )
    # A direction word is not learnt: "up" and "higher" sign the number.
    read("6.8 percent higher")
    assert reading._SUFFIXES[("", 1, True, " percent higher")] is None
    assert reading._read_plain("2.1 percent higher", reading.DEFAULT_POLICY) is None
