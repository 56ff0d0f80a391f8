"""Numbers in words and proportions: "nine", "a third", "one in five", "doubled"."""

from __future__ import annotations

import re
from fractions import Fraction

from factcheck.errors import ReadingError
from factcheck.hedges import hedge_for
from factcheck.intervals import Interval
from factcheck.reading.hedging import _hedged, _policy_hedge
from factcheck.reading.lazy import lazy_pattern
from factcheck.reading.number_words import _SMALL, _TENS
from factcheck.reading.numbers import _int_digits
from factcheck.reading.patterns import _Patterns
from factcheck.reading.policy import ReadingPolicy
from factcheck.reading.result import _ZERO, Reading, _word_windows

TYPE_CHECKING = False  # not typing's: ``factcheck read`` starts without importing typing
if TYPE_CHECKING:
    from typing import Final

    from factcheck.reading.result import Kind

_SCALED_WORDS: Final = {
    "a": Fraction(1),
    "half a": Fraction(1, 2),
    "a quarter of a": Fraction(1, 4),
    "quarter of a": Fraction(1, 4),
    "three quarters of a": Fraction(3, 4),
    "three-quarters of a": Fraction(3, 4),
}
"""Words that stand for a number of a scale word that follows: "a million", "half a billion"."""


_WORD_TOKEN: Final = lazy_pattern(r"[\s-]*([A-Za-z]+)")
_DIGIT_WORDS: Final = {**{w: n for w, n in _SMALL.items() if n < 10}, "oh": 0}


def _long_words(phrase: str, start: int) -> tuple[Fraction, Fraction, int] | None:
    """A number in several words from ``start``: "three hundred and forty", "one hundred and
    five", "one point four", "zero point zero two five", "a dozen and a half".  Returns its
    value, its step (one unit of the last word: 1, or 0.1 after "point" and one digit) and
    where it ends; ``None`` when there is no more to it than one word or a compound."""
    tokens: list[tuple[str, int]] = []
    at = start
    while len(tokens) < 24:
        match = _WORD_TOKEN.match(phrase, at)
        if match is None:
            break
        tokens.append((match.group(1).lower(), match.end()))
        at = match.end()
    words = [word for word, _ in tokens]
    if words[:5] == ["a", "dozen", "and", "a", "half"]:
        return Fraction(18), _ONE_STEP, tokens[4][1]
    value, i = _whole_words(words)
    if value is None:
        return None
    end_index = i
    step = _ONE_STEP
    if words[i : i + 1] == ["point"] and words[i + 1 : i + 2] and words[i + 1] in _DIGIT_WORDS:
        j = i + 1
        digits = ""
        while j < len(words) and words[j] in _DIGIT_WORDS:
            digits += str(_DIGIT_WORDS[words[j]])
            j += 1
        value += Fraction(int(digits), 10 ** len(digits))
        step = Fraction(1, 10 ** len(digits))
        end_index = j
    if end_index <= 1 or (end_index == 2 and words[0] in _TENS and step == _ONE_STEP):
        return None  # one word, or a compound ("twenty-one") the grammar reads by itself
    return value, step, tokens[end_index - 1][1]


_ONE_STEP: Final = Fraction(1)


def _whole_words(words: list[str]) -> tuple[Fraction | None, int]:
    """The whole number that ``words`` start with, and how many words it takes."""
    i = 0
    total = 0
    if (
        i < len(words)
        and (words[i] in _SMALL or words[i] in ("a", "one"))
        and (i + 1 < len(words) and words[i + 1] == "hundred")
    ):
        total = (1 if words[i] == "a" else _SMALL[words[i]]) * 100
        i += 2
        if i + 1 < len(words) and words[i] == "and" and _below_hundred(words, i + 1)[0]:
            i += 1
        rest, taken = _below_hundred(words, i)
        if rest is not None:
            total += rest
            i += taken
        return Fraction(total), i
    rest, taken = _below_hundred(words, i)
    if rest is None:
        return None, 0
    return Fraction(rest), taken


def _below_hundred(words: list[str], i: int) -> tuple[int | None, int]:
    if i >= len(words):
        return None, 0
    word = words[i]
    if word in _TENS:
        if i + 1 < len(words) and words[i + 1] in _SMALL and 0 < _SMALL[words[i + 1]] < 10:
            return _TENS[word] + _SMALL[words[i + 1]], 2
        return _TENS[word], 1
    if word in _SMALL:
        return _SMALL[word], 1
    return None, 0


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
        value=raw.split()[-1],  # "more than doubled" is the hedge "over" and "doubled"
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
