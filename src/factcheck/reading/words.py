"""Numbers in words and proportions: "nine", "a third", "one in five", "doubled"."""

from __future__ import annotations

import re
from fractions import Fraction
from typing import Final

from factcheck.errors import ReadingError
from factcheck.hedges import hedge_for
from factcheck.intervals import Interval
from factcheck.reading.hedging import _hedged, _policy_hedge
from factcheck.reading.lexicon import _SMALL, _TENS
from factcheck.reading.numbers import _int_digits
from factcheck.reading.patterns import _Patterns
from factcheck.reading.policy import ReadingPolicy
from factcheck.reading.result import _ZERO, Kind, Reading, _word_windows

_SCALED_WORDS: Final = {
    "a": Fraction(1),
    "half a": Fraction(1, 2),
    "a quarter of a": Fraction(1, 4),
}
"""Words that stand for a number of a scale word that follows: "a million", "half a billion"."""


def _word_value(raw: str) -> Fraction:
    words = " ".join(raw.lower().split())
    if words in ("a dozen", "dozen", "dozens"):
        return Fraction(12)
    if words in ("a hundred", "hundred"):
        return Fraction(100)
    parts = words.replace("-", " ").split()
    if len(parts) == 2:  # "twenty-one", "ninety nine"
        return Fraction(_TENS[parts[0]] + _SMALL[parts[1]])
    if words in _TENS:
        return Fraction(_TENS[words])
    return Fraction(_SMALL[words])


def _read_one_in_n(
    phrase: str, match: re.Match[str], pol: ReadingPolicy, taken_until: int, rx: _Patterns
) -> Reading:
    raw = match.group()
    start, end = match.span()
    top, bottom = match.group("oin_top").lower(), match.group("oin_bottom").lower()
    numerator = _SMALL[top] if top in _SMALL else _int_digits(phrase, *match.span("oin_top"))
    denominator = (
        _SMALL[bottom] if bottom in _SMALL else _int_digits(phrase, *match.span("oin_bottom"))
    )
    if denominator == 0 or numerator > denominator:
        raise ReadingError(
            phrase, start, end, f"{raw!r} is not a proportion", "write 'N in M' with N <= M"
        )
    value = Fraction(numerator, denominator)
    reading = _proportion(raw, start, end, "fraction", *_word_windows(value))
    return _hedge_proportion(phrase, reading, pol, taken_until, rx)


def _hedge_proportion(
    phrase: str, reading: Reading, pol: ReadingPolicy, taken_until: int, rx: _Patterns
) -> Reading:
    """A proportion with the hedge written before it, if any ("nearly half", "more than a
    third"): the hedge's windows around the proportion, with a step of half its value."""
    start = reading.start
    window = start - 30 if start - 30 > taken_until else taken_until
    if window >= start:
        return reading
    left = rx.hedge_rev.match(phrase[window:start][::-1])
    if left is None:
        return reading
    a, b = left.span("hedge")
    hedge_start = start - b
    hedge_text = phrase[hedge_start : start - a]
    hedge = _policy_hedge(pol, hedge_text)
    value = reading.number
    strict, lenient = _hedged(hedge, value, value / 2, reading.strict, reading.lenient, pol)
    return Reading(
        text=phrase[hedge_start : reading.end],
        start=hedge_start,
        end=reading.end,
        value=reading.value,
        number=value,
        kind=reading.kind,
        unit=reading.unit,
        scale=None,
        hedge=hedge.name,
        hedge_text=hedge_text,
        direction=0,
        rounding=reading.rounding,
        step=reading.step,
        strict=strict,
        lenient=lenient,
    )


def _fold_is_a_change(phrase: str, start: int, end: int, rx: _Patterns) -> bool:
    """Whether "threefold" (at ``start:end``) multiplies something: before a change noun ("a
    threefold increase") or after a change verb ("rose tenfold", "increased roughly
    fivefold"), not "the reasons are twofold"."""
    return (
        rx.fold_noun.match(phrase, end) is not None
        or rx.fold_verb.search(phrase, max(0, start - 40), start) is not None
    )


def _read_multiple(raw: str, start: int, end: int, rx: _Patterns) -> Reading:
    words = raw.lower().split()
    key = words[-1].replace("-", " ")  # "three-fold" is keyed as the fractions are
    reading = _proportion(raw, start, end, "multiple", *rx.word_windows[key])
    hedge_words = " ".join(words[:-1])
    if not hedge_words:
        return reading
    hedge = hedge_for(hedge_words)
    value = reading.number
    return Reading(
        text=raw,
        start=start,
        end=end,
        value=raw,
        number=value,
        kind="multiple",
        unit=None,
        scale=None,
        hedge=hedge.name,
        hedge_text=hedge_words,
        direction=0,
        rounding="in words",
        step=_ZERO,
        strict=hedge.strict.apply(value, value / 2, reading.strict),
        lenient=hedge.lenient.apply(value, value / 2, reading.lenient),
    )


def _proportion(
    raw: str, start: int, end: int, kind: Kind, value: Fraction, strict: Interval, lenient: Interval
) -> Reading:
    return Reading(
        text=raw,
        start=start,
        end=end,
        value=raw,
        number=value,
        kind=kind,
        unit=None,
        scale=None,
        hedge=None,
        hedge_text=None,
        direction=0,
        rounding="in words",
        step=_ZERO,
        strict=strict,
        lenient=lenient,
    )
