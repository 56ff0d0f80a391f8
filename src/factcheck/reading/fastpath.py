"""The fast path for plain quotes: "12.47 billion yuan", "6.8 percent"."""

from __future__ import annotations

import re

from factcheck.errors import ReadingError
from factcheck.frozen import Frozen
from factcheck.reading.lazy import lazy_pattern
from factcheck.reading.numbers import _decimal_parts
from factcheck.reading.policy import DEFAULT_POLICY, ReadingPolicy
from factcheck.reading.result import Reading, _plain
from factcheck.reading.rounding import _rounding_pair
from factcheck.reading.scan import _read_full

TYPE_CHECKING = False  # not typing's: ``factcheck read`` starts without importing typing
if TYPE_CHECKING:
    from typing import Final

    from factcheck.reading.result import Kind

# -- plain quotes ----------------------------------------------------------------------------
#
# Most quotes in claim files are a number and its unit, nothing else: "12.47 billion yuan",
# "6.8 percent", "651 enterprises".  What the grammar makes of the words after the number does
# not depend on the digits, so it is worked out once per suffix, by reading the first such
# quote in full, and reused; only the arithmetic of the number is done per quote, with the
# same helpers as the full reader.  ``tests/test_reading_plain.py`` checks that both give
# equal readings.
#
# The shapes admitted leave out what does depend on the digits: four-digit integers (years),
# leading zeros, commas, and any suffix with a digit in it (ranges, "1 in 5").

_PLAIN: Final = lazy_pattern(
    r"(-?)([1-9][0-9]{0,2}|0|(?:0|[1-9][0-9]{0,14})\.[0-9]{1,15})([ %][^0-9]*)\Z"
)


class _Suffix(Frozen):
    """What the words after a plain number read as, learnt from one quote."""

    _fields = ("scale", "unit", "kind", "label", "unread")
    __slots__ = _fields
    scale: str | None
    unit: str | None
    kind: Kind
    label: str | None
    unread: int
    """How many characters at the end of the quote are not part of the number's span."""

    def __init__(
        self, scale: str | None, unit: str | None, kind: Kind, label: str | None, unread: int
    ) -> None:
        set_ = object.__setattr__
        set_(self, "scale", scale)
        set_(self, "unit", unit)
        set_(self, "kind", kind)
        set_(self, "label", label)
        set_(self, "unread", unread)


_SuffixKey = tuple[str, int, bool, str]
"""The sign, the length of the whole part, whether there is a decimal point, the suffix."""
_SUFFIXES: dict[_SuffixKey, _Suffix | None] = {}
_SUFFIX_LIMIT: Final = 4096


def _read_plain(phrase: str, pol: ReadingPolicy) -> Reading | None:
    """The reading of a quote that is one plain number and its unit, or ``None`` when the
    quote is not of that shape or its words are not yet known (the caller reads in full)."""
    match = _PLAIN.match(phrase)
    if match is None:
        return None
    suffix = _suffix_of(phrase, match)
    if suffix is None:
        return None
    sign, digits, _ = match.groups()
    value, step, trailing = _decimal_parts(digits)
    if sign:
        value = -value
    strict, lenient, _ = _rounding_pair(value, step, trailing, pol)
    end = len(phrase) - suffix.unread
    return Reading(
        text=phrase[:end],
        start=0,
        end=end,
        value=sign + digits,
        number=value,
        kind=suffix.kind,
        unit=suffix.unit,
        scale=suffix.scale,
        hedge=None,
        hedge_text=None,
        direction=0,
        rounding=pol.rounding if pol.base is None else f"base {_plain(pol.base)}",
        step=step,
        strict=strict,
        lenient=lenient,
        label=suffix.label,
    )


_UNKNOWN_SUFFIX: Final = _Suffix(None, None, "number", None, 0)


def _learn_suffix(phrase: str, key: _SuffixKey, number_end: int) -> _Suffix | None:
    """Read ``phrase`` in full and keep what its suffix reads as, if the reading is a plain
    one: the whole number (``phrase[:number_end]``) from the start, no hedge, sign or
    direction from the words, and no other number."""
    suffix: _Suffix | None = None
    try:
        readings = _read_full(phrase, DEFAULT_POLICY)
    except ReadingError:
        readings = ()
    if len(readings) == 1:
        reading = readings[0]
        if (
            reading.start == 0
            and reading.value == phrase[:number_end]
            and reading.hedge is None
            and reading.direction == 0
            and reading.kind == "number"
        ):
            suffix = _Suffix(
                reading.scale, reading.unit, reading.kind, reading.label, len(phrase) - reading.end
            )
    if len(_SUFFIXES) < _SUFFIX_LIMIT:
        _SUFFIXES[key] = suffix
    return suffix


# -- plain quotes as integers -----------------------------------------------------------------
#
# The engine's int lane (factcheck.engine.intlane) decides checks over plain quotes without
# building a Reading or a Fraction: a plain number is an integer and a power of ten
# ("12.47" is 1247 / 10**2).  What it needs of the words after the number is the suffix the
# fast path learns; tests/test_int_lane.py checks that these integers give the fast path's
# (and so the full reader's) reading.


def _plain_ints(phrase: str) -> tuple[int, int, int, tuple[str, int, str]] | None:
    """(mantissa, decimal places, trailing zeros of a whole number, the key of its suffix)
    of a quote of the plain shape, the number being ``mantissa / 10**places``; ``None`` when
    the quote is not of that shape.  The key stands for the suffix's place in the fast path's
    table (:func:`_plain_suffix` gives what the suffix reads as)."""
    match = _PLAIN.match(phrase)
    if match is None:
        return None
    sign, digits, suffix_text = match.groups()
    dot = digits.find(".")
    if dot >= 0:
        mantissa = int(digits.replace(".", "", 1))
        return (-mantissa if sign else mantissa), len(digits) - dot - 1, 0, (sign, dot, suffix_text)
    mantissa = int(digits)
    trailing = 0
    if digits[-1] == "0" and mantissa:
        trailing = len(digits) - len(digits.rstrip("0"))
    return (-mantissa if sign else mantissa), 0, trailing, (sign, -1 - len(digits), suffix_text)


_PLAIN_LINE: Final = lazy_pattern(
    r"^(?:(-?)([1-9][0-9]{0,2}|0|(?:0|[1-9][0-9]{0,14})\.[0-9]{1,15})([ %][^0-9\n]*)|.*)$",
    re.MULTILINE,
)
""":data:`_PLAIN` for one line of many (any other line matches with empty groups)."""


def _plain_ints_all(
    quotes: list[str],
) -> list[tuple[int, int, int, tuple[str, int, str]] | None]:
    """:func:`_plain_ints` of every quote, read in one pass of the pattern over them all."""
    if not quotes:
        return []
    text = "\n".join(quotes)
    if text.count("\n") != len(quotes) - 1:  # a quote of several lines
        return [_plain_ints(quote) for quote in quotes]
    found: list[tuple[int, int, int, tuple[str, int, str]] | None] = []
    add = found.append
    for sign, digits, suffix_text in _PLAIN_LINE.findall(text):
        if not suffix_text:
            add(None)
            continue
        dot = digits.find(".")
        if dot >= 0:
            mantissa = int(digits.replace(".", "", 1))
            add(((-mantissa if sign else mantissa), len(digits) - dot - 1, 0,
                 (sign, dot, suffix_text)))  # fmt: skip
            continue
        mantissa = int(digits)
        trailing = 0
        if digits[-1] == "0" and mantissa:
            trailing = len(digits) - len(digits.rstrip("0"))
        add(((-mantissa if sign else mantissa), 0, trailing,
             (sign, -1 - len(digits), suffix_text)))  # fmt: skip
    return found


def _plain_suffix(phrase: str) -> _Suffix | None:
    """What the words after the number of a plain quote read as (learnt from this quote if
    no quote of its key has been read), or ``None`` when the fast path would not read it."""
    match = _PLAIN.match(phrase)
    return None if match is None else _suffix_of(phrase, match)


def _suffix_of(phrase: str, match: re.Match[str]) -> _Suffix | None:
    """What the words after the number of a plain quote (``match``, of :data:`_PLAIN`) read
    as: known from an earlier quote of its key, or learnt from this one."""
    sign, digits, suffix_text = match.groups()
    # The length of the whole part is in the key: a date reads one or two digits before a
    # month ("12 May"), not three ("120 May" is a count).
    key = (sign, len(digits.partition(".")[0]), "." in digits, suffix_text)
    suffix = _SUFFIXES.get(key, _UNKNOWN_SUFFIX)
    if suffix is _UNKNOWN_SUFFIX:
        suffix = _learn_suffix(phrase, key, match.end(2))
    return suffix
