"""Hedges, directions and rounding: from a parsed number to its strict and lenient intervals.

:func:`_finish` turns a parsed number and the words around it (hedge, direction, scale, unit,
range) into a :class:`~factcheck.reading.result.Reading`; :func:`with_hedge` re-reads one
under another hedge; :func:`_rounding_pair` and :func:`_unround` give the intervals a number
rounds from.
"""

from __future__ import annotations

import re
from fractions import Fraction

from factcheck.errors import ReadingError
from factcheck.frozen import evolve
from factcheck.hedges import HEDGES, Hedge
from factcheck.intervals import Interval
from factcheck.reading.lazy import lazy_pattern
from factcheck.reading.lexicon import _LEVEL_NOUNS, _PERCENT_UNITS, _PHRASAL_UP, _PREFIXES
from factcheck.reading.numbers import (
    _as_digits,
    _label_after,
    _left,
    _not_a_hedge,
    _resolve_yen,
    _scale_and_unit,
    _span,
)
from factcheck.reading.patterns import _Patterns
from factcheck.reading.policy import ReadingPolicy
from factcheck.reading.ranges import _elided_verb, _from_to_borrows, _range_after
from factcheck.reading.result import _ONE, _ZERO, Reading, _plain
from factcheck.reading.rounding import _hull, _rounding_pair, _unround, abs_interval

TYPE_CHECKING = False  # not typing's: ``factcheck read`` starts without importing typing
if TYPE_CHECKING:
    from typing import Final

_JOIN_FIRST: Final = frozenset("-–—~tTaA")  # what a range joiner can start with, but spaces
_RANGED: Final = lazy_pattern(r"\b(?:range[sd]?|ranging|var(?:y|ies|ied|ying))\s+\Z", re.IGNORECASE)
"""Verbs after which "from X to Y" is a range: "ranged from 4 to 5 percent"."""


def _up_to_a_level(phrase: str, start: int, end: int) -> bool:
    """Whether the hedge word at ``phrase[start:end]`` is "up to" that reaches a level: after a
    verb whose "up" it is ("add up to", "summed up to") or after the noun of a quantity
    ("unemployment rate up to 5.8%"), not the hedge "at most" ("up to 40 percent of staff")."""
    if _UP_TO.fullmatch(phrase, start, end) is None:
        return False
    if _PHRASAL_UP.search(phrase, max(0, start - 20), start):
        return True
    if _MOVED_UP.search(phrase, max(0, start - 70), start):
        return True  # "inflation shot up to 3.5%", "drove the average price up to £510,000"
    word = _LAST_WORD.search(phrase, max(0, start - 30), start)
    return word is not None and word.group(1).lower() in _LEVEL_NOUNS


_UP_TO: Final = lazy_pattern(r"up\s+to", re.IGNORECASE)
_CROSSED: Final = lazy_pattern(r"below|above", re.IGNORECASE)
"""The hedges that, straight after a verb of movement, name the level crossed: "the rate fell
below 6 percent" is a level under 6 percent, not a fall of under 6 percent ("fell by less than
6 percent", "rose over 4 percent" and "rose more than 4 percent" stay changes)."""
_BY: Final = lazy_pattern(r"\bby\b", re.IGNORECASE)
_TO: Final = lazy_pattern(r"\s+to\b", re.IGNORECASE)
_MOVED_UP: Final = lazy_pattern(
    r"\b(?:shot|shoots|crept|creeps|inched|inches|ticked|ticks|edged|edges|moved|moves|went"
    r"|bumped|bumps|drove|drives|pushed|pushes|took"
    r"|takes|brought|brings|sent|sends|revised|revises|nudged|nudges|lifted|lifts|ratcheted)"
    r"\b[^0-9;:!?]{0,50}\s\Z",
    re.IGNORECASE,
)
"""A verb of movement before "up to": a rise to a level ("crept up to 4.1 percent").  Not
"rose", "climbed" or "jumped": "rose up to 0.4%" may be a rise of at most 0.4 %."""
_LAST_WORD: Final = lazy_pattern(r"\b([A-Za-z][A-Za-z'-]*)\s+\Z")


def _policy_hedge(pol: ReadingPolicy, text: str) -> Hedge:
    by_word = pol._hedge_by_word
    hedge = by_word.get(text)
    if hedge is None:
        hedge = by_word[" ".join(text.lower().split())]
    return hedge


def _finish(
    phrase: str,
    start: int,
    end: int,
    raw: str,
    value: Fraction,
    digits: tuple[Fraction, int] | None,
    pol: ReadingPolicy,
    taken_until: int,
    rx: _Patterns,
    right: re.Match[str] | None,
    left: re.Match[str] | None,
) -> Reading:
    """Extend a bare number with what stands around it and compute both readings.

    ``digits`` is the step and trailing-zero count of a number in digits (``None`` for words,
    which are exact); ``right`` and ``left`` are the context matches when already made.
    """
    # What follows: scale word, unit.
    if right is None:
        right = rx.right.match(phrase, end)
        assert right is not None
    scale, unit, span_end = _scale_and_unit(phrase, right, rx)
    if unit is None and scale is None and phrase[span_end : span_end + 1].isspace():
        points = rx.of_a_point.match(phrase, span_end)
        if points is not None:  # "0.3 of a percentage point"
            unit, span_end = "percentage_point", points.end()
    if left is None:
        left = _left(phrase, start, taken_until, rx)
    # Groups of ``left``, read only when it matched anything: most numbers stand alone.
    minus = cur = hedge_group = between = from_ = dir_up = dir_down = None
    if left.end():
        minus, cur, minus2, hedge_group, between, from_, dir_down, dir_up = left.groups()
        if minus is None and minus2 is not None:  # "minus $37.63"
            minus = minus2

    # A range: "5-7%", "5 to 7 percent", "between 5 and 7 percent".
    high: tuple[Fraction, Fraction, int] | None = None
    value_text = raw
    if digits is not None:
        ranged = _range_after(phrase, start, raw, value, unit, scale, span_end, left, rx)
        if isinstance(ranged, Reading):
            return ranged  # a score: "won 9-3"
        if ranged is not None:
            high, value_text, unit, scale, span_end = ranged
        elif from_ is not None:
            unit, scale = _from_to_borrows(phrase, value, unit, scale, span_end, left, rx)

    # What precedes: direction, hedge, currency symbol, "minus".
    span_start = start
    direction = 0
    hedge: Hedge | None = None
    hedge_text: str | None = None
    if cur is not None:
        cur_start, cur_end = _span(left, "cur", start)
        currency = _PREFIXES[phrase[cur_start:cur_end].strip().lower()]
        if currency == "?":
            currency = _resolve_yen(phrase, cur_start, pol, rx)
        if unit in _PERCENT_UNITS and phrase[:span_end].endswith("p.c."):
            # "$2,500 p.c.": an amount per capita, not per cent
            unit, span_end = None, span_end - len("p.c.")
            while span_end > start and phrase[span_end - 1].isspace():
                span_end -= 1
        if unit is not None and unit != currency and unit not in _PERCENT_UNITS:
            raise ReadingError(
                phrase,
                cur_start,
                span_end,
                f"the amount is marked both {currency} and {unit}",
                "quote one currency per number",
            )
        if unit is None:
            unit = currency
        span_start = cur_start
    if minus is not None:
        value = -value
        minus_group = "minus" if left.group("minus") is not None else "minus2"
        span_start = min(span_start, _span(left, minus_group, start)[0])
    if hedge_group is not None and _up_to_a_level(phrase, *_span(left, "hedge", start)):
        pass  # "add up to 116 percent", "Unemployment Rate Up to 5.8%": a level, no hedge
    elif hedge_group is not None and _not_a_hedge(phrase, *_span(left, "hedge", start)):
        pass  # "131 per cent higher than Rs 1,239.67 crore": a base of comparison, no hedge
    elif hedge_group is not None:
        span_start, hedge_end = _span(left, "hedge", start)
        hedge_text = phrase[span_start:hedge_end]
        hedge = _policy_hedge(pol, hedge_text)
    elif high is None and (plus := rx.plus_after.match(phrase, span_end)) is not None:
        # "1 billion-plus users", "5,000+ jobs": at least the number; "3+ percent", "50+%":
        # the unit after the plus is the number's.
        hedge = pol._hedge_by_word.get("at least")
        if hedge is not None:
            hedge_text = plus.group()
            span_end = plus.end()
            if scale is None and unit is None:
                after = rx.right.match(phrase, span_end)
                assert after is not None
                scale, unit, span_end = _scale_and_unit(phrase, after, rx)
    if between is not None:
        span_start = _span(left, "between", start)[0]
    up_at = _span(left, "dir_up", start)[0] if dir_up is not None else 0
    if dir_up is not None and _PHRASAL_UP.search(phrase, max(0, up_at - 24), up_at):
        pass  # "made up 20 percent", "set up", "took up": a share or an amount, not a rise
    elif (
        (dir_up or dir_down) is not None
        and phrase[slice(*_span(left, "dir_up" if dir_up else "dir_down", start))]
        .lower()
        .endswith(" of")
        and raw.isalpha()
        and unit is None
        and scale is None
        and _label_after(phrase, span_end, rx) is not None
    ):
        pass  # "the growth of eight core industries": a count of things, not the change
    elif (
        (dir_up or dir_down) is not None
        and hedge_text is not None
        and _CROSSED.fullmatch(hedge_text)
        and not _BY.search(
            phrase,
            _span(left, "dir_up" if dir_up else "dir_down", start)[1],
            _span(left, "hedge", start)[0],
        )
    ):
        pass  # "fell below 6 percent", "rose above 4%": the level it crossed, not the change
    elif dir_up is not None:
        # "up from 4 percent", "fell from 12%": the level it moved from, not a change.
        direction = 0 if from_ is not None else 1
        span_start = _span(left, "dir_up", start)[0]
    elif dir_down is not None:
        direction = 0 if from_ is not None else -1
        span_start = _span(left, "dir_down", start)[0]
    elif (following := phrase[span_end : span_end + 1]) == "-" or following.isspace():
        after = rx.after.match(phrase, span_end)
        if after is not None:
            up = after.group("up")
            word = (up or after.group("down")).lower().rstrip("s") or "less"
            if word == "les":
                word = "less"
            # "five more than" is a difference of counts, "5 percent fewer" a relative one;
            # "5bn more" of an amount is no sign.
            if from_ is not None or (word in ("up", "down") and _TO.match(phrase, after.end())):
                pass  # "from nine percent down to two percent": a level left behind
            elif (
                word not in ("more", "fewer", "less")
                or unit in _PERCENT_UNITS
                or rx.than.match(phrase, after.end()) is not None
            ):
                direction = 1 if up else -1
    if (
        direction == 0
        and from_ is None
        and dir_up is None
        and dir_down is None
        and rx.by_before.search(phrase, max(0, span_start - 8), span_start) is not None
    ):
        # "employment grew by 543,000 to 14.7 million and unemployment by 2.2 million to 6.5
        # million": the second change takes the verb of the first
        direction = _elided_verb(phrase, span_start)
    negative = value.numerator < 0
    if direction < 0 and not negative and value:
        value = -value
        negative = True

    # The label of a count: "651 enterprises", "nine consecutive quarters".
    label = _label_after(phrase, span_end, rx) if unit is None and scale is None else None

    if digits is None and scale is not None:
        # A number of a scale word in words ("one million", "a billion", "half a million") is
        # rounded as its digits would be ("1 million"): nobody counts exactly a million.  A
        # fraction of one is read within 5 % of itself.
        digits = (_ONE if value.denominator == 1 else abs(value) / 10, 0)
    if digits is None:
        known = rx.points.get(value.numerator) if value.denominator == 1 else None
        strict = lenient = Interval.point(value) if known is None else known[1]
        step = _ZERO
        rounding = "exact"
        if hedge is not None:
            step = _ONE
            point = Interval.point(value)
            strict, lenient = _hedged_signed(hedge, value, step, point, point, pol)
    else:
        step, trailing = digits
        rounding = pol.rounding if pol.base is None else f"base {_plain(pol.base)}"
        percent = unit in _PERCENT_UNITS
        strict, lenient, sig_step = _rounding_pair(value, step, trailing, pol, percent=percent)
        if high is not None:
            high_value, high_step, high_trailing = high
            if direction < 0:
                high_value = -high_value
            hi_strict, hi_lenient, _ = _rounding_pair(
                high_value, high_step, high_trailing, pol, percent=percent
            )
            same = lenient is strict and hi_lenient is hi_strict
            strict = _hull(strict, hi_strict)
            lenient = strict if same else _hull(lenient, hi_lenient)
        elif hedge is not None:
            if trailing and pol.base is None:
                # Under a hedge the zeros of a round number only hold places, whatever the
                # policy: "about 250" is [245, 255], "some 250,000" [245000, 255000].
                strict = lenient = _unround(value, sig_step, pol.rounding)
            strict, lenient = _hedged_signed(hedge, value, sig_step, strict, lenient, pol)
    return Reading(
        text=phrase[span_start:span_end],
        start=span_start,
        end=span_end,
        value=value_text,
        number=value,
        kind="number",
        unit=unit,
        scale=scale,
        hedge=hedge.name if hedge is not None else None,
        hedge_text=hedge_text,
        direction=direction,
        rounding=rounding,
        step=step,
        strict=strict,
        lenient=lenient,
        label=label,
    )


_RANGE_TEXT: Final = lazy_pattern(r"\d[^\d.,]+\d")


def with_hedge(reading: Reading, hedge_name: str, policy: ReadingPolicy) -> Reading:
    """``reading`` as if its number had been written with the hedge ``hedge_name`` ("" for
    none), under ``policy``: a figure's ``hedge`` override.  The same steps as reading the
    hedged phrase itself (rounding interval of the written number, then the hedge's windows,
    mirrored for negative numbers).  A range ("5 to 7 percent") or a proportion or multiple
    in words ("half", "1 in 4", "doubled") cannot take one: that is a :class:`ReadingError`."""
    if reading.kind != "number":
        raise ReadingError(
            reading.text,
            0,
            len(reading.text),
            f"a hedge override applies to a number, and {reading.value!r} is a {reading.kind} "
            "word with a reading of its own",
            "drop the figure's hedge and quote the hedged phrase itself",
        )
    # A mixed number ("2½", "3 1/2", "one and a half") is rounded at its fraction, a step no
    # decimal has: one over 2 to 9.
    mixed = reading.step.numerator == 1 and 1 < reading.step.denominator < 10
    if not mixed and _RANGE_TEXT.search(reading.value):
        raise ReadingError(
            reading.text,
            0,
            len(reading.text),
            f"a hedge override applies to one number, and {reading.value!r} is a range",
            "drop the figure's hedge, or quote one number of the range",
        )
    value = reading.number
    if mixed:
        strict, lenient, step = _rounding_pair(value, reading.step, 0, policy)
    elif reading.step:
        # digits, or a number in words, rounded like digits
        text = reading.value.replace(",", "")
        trailing = 0
        if any(ch.isdigit() for ch in text):
            if reading.step.denominator == 1 and text.strip("0"):
                trailing = len(text) - len(text.rstrip("0"))
        elif reading.step == 1 and reading.number.denominator == 1:
            trailing = _as_digits(reading.number)[1]
        percent = reading.unit in _PERCENT_UNITS
        strict, lenient, step = _rounding_pair(value, reading.step, trailing, policy,
                                               percent=percent)  # fmt: skip
        if hedge_name and trailing and policy.base is None:
            strict = lenient = _unround(value, step, policy.rounding)
    else:  # a number in words with nothing to round (a hedge reads it with a step of one)
        strict = lenient = Interval.point(value)
        step = _ONE
    if hedge_name:
        hedge = _override_hedge(reading, hedge_name, policy)
        hedge_name = hedge.name
        strict, lenient = _hedged_signed(hedge, value, step, strict, lenient, policy)
    return evolve(reading, hedge=hedge_name or None, strict=strict, lenient=lenient)


def _override_hedge(reading: Reading, hedge_name: str, policy: ReadingPolicy) -> Hedge:
    """The hedge a figure's ``hedge`` names: a canonical name ("over") or a hedge word of the
    table ("more than"); anything else is an error naming the choices."""
    if hedge_name in HEDGES:
        return policy.hedge(hedge_name)
    hedge = policy._hedge_by_word.get(" ".join(hedge_name.lower().split()))
    if hedge is None:
        raise ReadingError(
            reading.text,
            0,
            len(reading.text),
            f"{hedge_name!r} is not a hedge the reader knows",
            f"use one of {', '.join(sorted(HEDGES))}, or a hedge word such as 'more than'",
        )
    return hedge


def _hedged_signed(
    hedge: Hedge,
    value: Fraction,
    step: Fraction,
    strict: Interval,
    lenient: Interval,
    pol: ReadingPolicy,
) -> tuple[Interval, Interval]:
    """:func:`_hedged` for a written number of either sign: the windows are taken around
    its magnitude and mirrored back for a negative number."""
    negative = value < 0
    hedged_strict, hedged_lenient = _hedged(
        hedge,
        -value if negative else value,
        step,
        abs_interval(strict),
        None if lenient is strict else abs_interval(lenient),
        pol,
    )
    if negative:
        return -hedged_strict, -hedged_lenient
    return hedged_strict, hedged_lenient


def _hedged(
    hedge: Hedge,
    magnitude: Fraction,
    step: Fraction,
    strict: Interval,
    lenient: Interval | None,
    pol: ReadingPolicy,
) -> tuple[Interval, Interval]:
    """A hedge's strict and lenient windows around a (non-negative) written magnitude.

    ``strict`` and ``lenient`` are the rounding intervals of the magnitude (``lenient`` is
    ``None`` when it is the same as ``strict``).  The built-in windows always put strict
    inside lenient; a replacement from the policy is widened to keep it so.
    """
    strict_window = hedge.strict.apply(magnitude, step, strict)
    lenient_window = hedge.lenient.apply(magnitude, step, strict if lenient is None else lenient)
    if pol.hedges:
        lenient_window = lenient_window.hull(strict_window)
    return strict_window, lenient_window
