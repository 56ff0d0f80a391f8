"""Ranges and pairs: whether the number after a first one ends a range or stands alone.

:func:`_range_after` reads what follows a number: "5-7%", "5 to 7 percent", "between 5 and 7
percent" and "two to three per cent" are ranges; "increased by 3,400 to 712,500" is a change
and the level it reached, "from 12 to 15 percent" two levels, "rose by 306,000 to 6.1 million"
a count and a level; "9-3 percent" is refused as reversed, and "won 9-3" is a score.
"""

from __future__ import annotations

import re
from fractions import Fraction
from functools import cache

from factcheck.errors import ReadingError
from factcheck.reading.lazy import lazy_pattern
from factcheck.reading.lexicon import _DOWN_WORDS, _UP_WORDS
from factcheck.reading.numbers import (
    _as_digits,
    _mixed_after,
    _mixed_fraction,
    _parse_digits,
    _scale_from_text,
    _span,
    _unit_from_text,
    _word_value,
)
from factcheck.reading.patterns import _Patterns, _trie
from factcheck.reading.result import _ZERO, Reading, _exact

TYPE_CHECKING = False  # not typing's: ``factcheck read`` starts without importing typing
if TYPE_CHECKING:
    from typing import Final

_JOIN_FIRST: Final = frozenset("-–—~tTaA")  # what a range joiner can start with, but spaces
_RANGED: Final = lazy_pattern(r"\b(?:range[sd]?|ranging|var(?:y|ies|ied|ying))\s+\Z", re.IGNORECASE)
"""Verbs after which "from X to Y" is a range: "ranged from 4 to 5 percent"."""


def _ranged_before(phrase: str, at: int) -> bool:
    """Whether "ranged", "varied" ... stands right before ``at`` (a bounded look back: a search
    from the start of a long phrase for a pattern anchored at its end is quadratic)."""
    return _RANGED.search(phrase, max(0, at - 16), at) is not None


@cache
def _elided() -> re.Pattern[str]:
    """A verb of change with "by ... to ...", then "and", a noun and "by": "employment grew by
    543,000 to 14.7 million and unemployment by" (the verb left out of the second clause)."""
    clause = r"(?:[^.;:!?]|\.(?=[0-9]))"  # no end of sentence, but a decimal point
    return re.compile(
        rf"\b(?:(?P<up>{_trie(_UP_WORDS)})|(?P<down>{_trie(_DOWN_WORDS)}))\s+by\s+"
        rf"{clause}{{1,120}}?\bto\b{clause}{{1,80}}?\band\s+[^0-9.;:!?]{{0,40}}?\bby\s+\Z",
        re.IGNORECASE,
    )


def _elided_verb(phrase: str, start: int) -> int:
    """The direction (+1 or -1) of the verb of change that the "by" before ``start`` takes from
    an earlier clause, or 0 when it takes none."""
    found = _elided().search(phrase, max(0, start - 260), start)
    if found is None:
        return 0
    return 1 if found.group("up") is not None else -1


_High = tuple[Fraction, Fraction, int]
"""The upper end of a range: its value, its step and its count of trailing zeros."""


def _range_after(
    phrase: str,
    start: int,
    raw: str,
    value: Fraction,
    unit: str | None,
    scale: str | None,
    span_end: int,
    left: re.Match[str],
    rx: _Patterns,
) -> tuple[_High, str, str | None, str | None, int] | Reading | None:
    """The range that the number at ``start`` (``raw``, read as ``value``, its unit and scale
    read up to ``span_end``) begins, if any: its upper end, the value text of the whole range,
    the unit and scale of the range and where it ends.  A score ("won 9-3") is returned as a
    code reading; a reversed range with a unit is an error."""
    between, from_ = left.group("between"), left.group("from")
    dir_up, dir_down, hedge_group = (
        left.group("dir_up"),
        left.group("dir_down"),
        left.group("hedge"),
    )
    following = phrase[span_end : span_end + 1]
    # (Each regex below is tried only where its first character could match.)
    if not (
        # "from X to Y" is a move from one level to another, except after "ranged", "varied"
        (from_ is None or _ranged_before(phrase, _span(left, "from", start)[0]))
        and (following in _JOIN_FIRST or following.isspace())
    ):
        return None
    joiner = rx.range_join.match(phrase, span_end)
    if joiner is None:
        return None
    second = rx.digit_atom.match(phrase, joiner.end())
    join_word = joiner.group().strip().lower()
    if (second is None or second.lastgroup != "digits") and raw.isalpha():
        # "two to three per cent": a range in words
        words2 = rx.word_atom.match(phrase, joiner.end())
        if words2 is not None and words2.lastgroup == "word":
            second = words2
    if (
        second is not None
        and second.lastgroup in ("digits", "word")
        and (join_word != "and" or between is not None)
        and (join_word != "to" or unit is None or between is not None)
        # "rose by 1.2 million to 5.3 million": the change, then the level reached
        and not (
            join_word == "to"
            and scale is not None
            and hedge_group is None
            and rx.by_before.search(phrase, max(0, start - 8), start) is not None
            and (dir_up is not None or dir_down is not None or _elided_verb(phrase, start))
        )
    ):
        # The upper end may be a mixed number too: "2-2½ million", "2 to 2 1/2 percent".
        second_end = second.end()
        second_body = second.group()
        mixed2 = (
            _mixed_after(phrase, second.start(), second_end, rx.mixed)
            if second_body.isdigit() and len(second_body) < 4
            else None
        )
        if mixed2 is not None:
            second_end = mixed2.end()
        right2 = rx.right.match(phrase, second_end)
        assert right2 is not None
        scale2_text, unit2_text, unit2b_text = right2.groups()
        unit2_text = unit2_text or unit2b_text
        unit2 = _unit_from_text(unit2_text) if unit2_text else None
        scale2 = _scale_from_text(scale2_text) if scale2_text else None
        # "rose by 306,000 to 6.1 million": a count does not borrow a scale word
        counted = scale is None and scale2 is not None and abs(value) >= 1000
        if (unit is None or unit == unit2) and (scale is None or scale == scale2) and not counted:
            if second.lastgroup == "word":
                value2 = _word_value(second_body)
                high = (value2, *_as_digits(value2))
            elif mixed2 is None:
                high = _parse_digits(phrase, *second.span())
            else:
                fraction, (fraction_step, _) = _mixed_fraction(mixed2)
                high = (int(second_body) + fraction, fraction_step, 0)
            top = high[0]
            # "increased by 3,400 to 712,500", "rose 6,000 to 148,000": after a word of
            # change, a second number three times the first or more is the level the
            # change reached, not the end of a range ("rose 5 to 7 percent").
            # A first end without the unit or scale word of the second borrows it: "grew 1 to
            # 3 percent" is a range of change.
            borrows = (unit is None and unit2 is not None) or (scale is None and scale2 is not None)
            moved = (
                join_word == "to"
                and (dir_up is not None or dir_down is not None)
                and from_ is None
                and hedge_group is None
                and not borrows
                and top >= 3 * abs(value)
            )
            if moved:
                return None
            if top.numerator * value.denominator >= value.numerator * top.denominator:
                if (
                    unit is None is unit2
                    and scale is None is scale2
                    and joiner.group() in ("-", "–")
                    and _in_score_run(phrase, start, second_end)
                ):
                    text = phrase[start:second_end]  # "7-6 (5) 1-6 7-6": a set lost, a score
                    return _exact(text, start, second_end, text, _ZERO, "code")
                return high, phrase[start:second_end], unit2, scale2, right2.end()
            if unit2 is None and scale2 is None and join_word in ("-", "–"):
                if joiner.group() == join_word:  # "won 9-3": a score, no figure
                    text = phrase[start:second_end]
                    return _exact(text, start, second_end, text, _ZERO, "code")
            elif unit is None and unit2 is None and scale is None and scale2 is None:
                pass  # "the electors split 365 to 173", "voted 51 to 49": two counts
            elif join_word != "and":
                raise ReadingError(
                    phrase,
                    start,
                    right2.end(),
                    f"the range {phrase[start:second_end]!r} is reversed: its "
                    "second end is below its first",
                    "write the lower end first (3-9 percent), or quote one number",
                )
    return None


_SCORE_BEFORE: Final = lazy_pattern(
    r"(?<![\d.,])(?P<a>\d{1,2})[-–](?P<b>\d{1,2})(?:\s*\(\d{1,2}\))?[,;]?\s+\Z"
)
_SCORE_AFTER: Final = lazy_pattern(
    r"(?:\s*\(\d{1,2}\))?[,;]?\s+(?P<a>\d{1,2})[-–](?P<b>\d{1,2})(?![\d.,]\d|\s*(?:%|per|pc\b))"
)
"""A score beside another in a run of them: "7-6 (5) 1-6 7-6", "6-4, 3-6, 6-3"."""


def _in_score_run(phrase: str, start: int, end: int) -> bool:
    """Whether the rising pair of small numbers ``phrase[start:end]`` ("1-6") stands in a run
    of scores: next to a falling pair, which is a score ("won 9-3"), with only a space, a
    comma or a tie-break in brackets between ("7-6 (5) 1-6", "6-4, 3-6"). A list of rising
    pairs alone is a list of ranges ("aged 15-24, 25-34")."""
    if not phrase[start:end].replace("-", "").replace("–", "").isdigit():
        return False
    for found in (
        _SCORE_BEFORE.search(phrase, max(0, start - 16), start),
        _SCORE_AFTER.match(phrase, end),
    ):
        if found is not None and int(found.group("a")) > int(found.group("b")):
            return True
    return False


_TO_JOIN: Final = lazy_pattern(r"\s+to\s+(?:\$|£|€|¥|₹)?", re.IGNORECASE)


def _from_to_borrows(
    phrase: str,
    value: Fraction,
    unit: str | None,
    scale: str | None,
    span_end: int,
    left: re.Match[str],
    rx: _Patterns,
) -> tuple[str | None, str | None]:
    """The unit and scale of the first of two levels, "fell from 5.2 to 4.9 percent", "rose
    from 1.2 to 1.5 million": the first borrows what only the second writes, as a range's
    first end does.  A count does not borrow a scale word ("from 900,000 to 1.2 million"), nor
    a number that the scale would put on the wrong side of the second for the verb ("grew from
    500 to 1.2 million" stays 500)."""
    if left.group("from") is None or (unit is not None and scale is not None):
        return unit, scale
    joiner = _TO_JOIN.match(phrase, span_end)
    if joiner is None:
        return unit, scale
    second = rx.digit_atom.match(phrase, joiner.end())
    if second is None or second.lastgroup != "digits":
        return unit, scale
    right2 = rx.right.match(phrase, second.end())
    assert right2 is not None
    scale2_text, unit2_text, unit2b_text = right2.groups()
    unit2_text = unit2_text or unit2b_text
    if unit is None and unit2_text:
        unit = _unit_from_text(unit2_text)
    if scale is None and scale2_text and abs(value) < 1000:
        top = _parse_digits(phrase, *second.span())[0]
        rising = left.group("dir_up") is not None
        falling = left.group("dir_down") is not None
        if not ((rising and value > top) or (falling and value < top)):
            scale = _scale_from_text(scale2_text)
    return unit, scale
