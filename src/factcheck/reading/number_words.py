"""The reader's number words: cardinals, ordinals, fractions and multiples in words, and the
months.  Plain data, like :mod:`factcheck.reading.lexicon`: the grammar in
:mod:`factcheck.reading.patterns` is compiled from these tables.
"""

from __future__ import annotations

from collections.abc import Mapping
from fractions import Fraction
from types import MappingProxyType

TYPE_CHECKING = False  # not typing's: ``factcheck read`` starts without importing typing
if TYPE_CHECKING:
    from typing import Final

_SMALL: Final[Mapping[str, int]] = MappingProxyType(
    {
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
        "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
        "nineteen": 19,
    }
)  # fmt: skip
_TENS: Final[Mapping[str, int]] = MappingProxyType(
    {
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90,
    }
)  # fmt: skip
_ORDINALS: Final[Mapping[str, int]] = MappingProxyType(
    {
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
        "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
        "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
        "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    }
)  # fmt: skip
_FRACTION_DENOMINATORS: Final[Mapping[str, int]] = MappingProxyType(
    {"third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6, "eighth": 8, "tenth": 10}
)
"""The denominators of fractions in words: "a third", "three-fourths", "two-tenths"."""


def _fraction_words() -> dict[str, Fraction]:
    words: dict[str, Fraction] = {"half": Fraction(1, 2), "a half": Fraction(1, 2)}
    for head, d in _FRACTION_DENOMINATORS.items():
        for n, numerator in enumerate(_SMALL, start=0):
            if not 0 < n < d:
                continue
            name = head if n == 1 else head + "s"
            for joint in (" ", "-"):
                words[f"{numerator}{joint}{name}"] = Fraction(n, d)
        words[f"{'an' if head == 'eighth' else 'a'} {head}"] = Fraction(1, d)
    words["one half"] = words["one-half"] = Fraction(1, 2)
    words["quarter"] = Fraction(1, 4)  # only before "point": "a smaller quarter-point rise"
    return words


_FRACTION_WORDS: Final[Mapping[str, Fraction]] = MappingProxyType(_fraction_words())
"""Fractions in words and their values: "half", "a third", "one-fifth", "three-quarters"."""
_FOLDS: Final = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
"""The number words of "-fold" multiples, from two."""
_MULTIPLES: Final[Mapping[str, Fraction]] = MappingProxyType(
    {
        "doubled": Fraction(2),
        "tripled": Fraction(3),
        "trebled": Fraction(3),
        "quadrupled": Fraction(4),
        "halved": Fraction(1, 2),
        "twice": Fraction(2),  # "twice as many", "nearly twice the rate"
        "thrice": Fraction(3),
        "double": Fraction(2),  # "more than double the 15.9 recorded", "triple that"
        "triple": Fraction(3),
        "treble": Fraction(3),
        "quadruple": Fraction(4),
        # "a threefold rise", "a three-fold increase": as rounded as "tripled"
        **{
            f"{word}{joint}fold": Fraction(n)
            for n, word in enumerate(_FOLDS, start=2)
            for joint in ("", "-")
        },
    }
)
_MONTHS: Final = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
)  # fmt: skip
# Direction words before a number (optionally followed by "by"); a space matches any whitespace.
