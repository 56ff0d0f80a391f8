"""A figure's ``hedge`` override reads the number as if the article had written that hedge.

The reference is the reader itself: ``Figure(quote="20 percent", hedge="nearly")`` must read
exactly as the phrase "nearly 20 percent" does, under every rounding rule and trailing-zero
mode, and ``hedge=""`` on "nearly 20 percent" exactly as "20 percent"."""

from __future__ import annotations

import pytest
from hypothesis import event, example, given, settings
from hypothesis import strategies as st

from factcheck.errors import ReadingError
from factcheck.hedges import HEDGE_BY_WORD
from factcheck.model import Figure
from factcheck.reading import ROUNDING_RULES, ReadingPolicy, read_one

NUMBERS = st.one_of(
    st.builds(
        lambda whole, decimals, digits: f"{whole}.{digits[:decimals]}" if decimals else str(whole),
        st.integers(0, 99_999),
        st.integers(0, 3),
        st.text("0123456789", min_size=3, max_size=3),
    ),
    st.sampled_from(["five", "twenty", "100", "1,200", "600,000", "3.50"]),
    # Mixed numbers, rounded at their fraction (found by review: an override read "one and a
    # half" exactly and refused "3 1/2" as a range).
    st.sampled_from(["one and a half", "two and a quarter", "2½", "3 1/2", "10 3/4"]),
)
UNITS = st.sampled_from(["percent", "trillion yuan", "billion US dollars", "enterprises", ""])
POLICIES = st.builds(
    ReadingPolicy,
    rounding=st.sampled_from(sorted(ROUNDING_RULES)),
    trailing_zeros=st.sampled_from(["ambiguous", "significant", "placeholders"]),
)


@settings(max_examples=600, deadline=None)
@given(NUMBERS, UNITS, st.sampled_from(sorted(HEDGE_BY_WORD)), POLICIES)
@example("20", "percent", "nearly", ReadingPolicy())
@example("five", "", "about", ReadingPolicy())  # a number in words is exact, then hedged
@example("600,000", "enterprises", "over", ReadingPolicy(trailing_zeros="placeholders"))
@example("one and a half", "percent", "about", ReadingPolicy())
@example("3 1/2", "percent", "about", ReadingPolicy())
def test_a_hedge_override_reads_as_the_hedged_phrase(
    number: str, unit: str, word: str, policy: ReadingPolicy
) -> None:
    plain = f"{number} {unit}".strip()
    hedged = f"{word} {plain}"
    direct = read_one(hedged, policy=policy)
    unhedged = read_one(plain, policy=policy)
    if direct.hedge is None or (direct.number, direct.kind) != (unhedged.number, unhedged.kind):
        # (a bare "1500" is a year; "almost 1500" is not)
        event("the word is not this number's hedge")
        return
    event(f"compared: {direct.hedge}")
    overridden = Figure(name="x", quote=plain, hedge=direct.hedge).read(policy)
    assert (overridden.strict, overridden.lenient) == (direct.strict, direct.lenient)
    dropped = Figure(name="x", quote=hedged, hedge="").read(policy)
    assert (dropped.strict, dropped.lenient) == (unhedged.strict, unhedged.lenient)
    assert dropped.hedge is None


def test_a_range_cannot_take_a_hedge_override() -> None:
    with pytest.raises(ReadingError, match="is a range"):
        Figure(name="x", quote="between 5 and 7 percent", hedge="about").read(ReadingPolicy())


@pytest.mark.parametrize("quote", ["half", "a third", "1 in 4", "doubled", "nearly half"])
@pytest.mark.parametrize("hedge", ["", "about"])
def test_proportions_in_words_cannot_take_a_hedge_override(quote: str, hedge: str) -> None:
    """Regression (review): "half" has a window of its own (not a step of one), so an
    override would misread it; it is refused, never read wrongly ("1 in 4" is no range)."""
    figure = Figure(name="x", quote=quote, hedge=hedge)
    if hedge == (read_one(quote).hedge or ""):
        return  # nothing to override
    with pytest.raises(ReadingError, match="word with a reading of its own"):
        figure.read(ReadingPolicy())
