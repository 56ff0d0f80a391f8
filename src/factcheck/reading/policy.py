"""The reading policy: rounding rules and the choices a caller may change.

:class:`ReadingPolicy` says how a number's written digits become intervals (the rounding rule,
a fixed base, what trailing zeros mean, what a bare "¥" is) and which windows each hedge
allows; :data:`DEFAULT_POLICY` is the one used when none is given.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from fractions import Fraction
from types import MappingProxyType
from typing import Final, Literal

import attrs

from factcheck.hedges import HEDGE_BY_WORD, HEDGES, Hedge

# -- policy ---------------------------------------------------------------------------------

ROUNDING_RULES: Final = (
    "up_or_down",
    "up",
    "down",
    "even",
    "ceiling",
    "floor",
    "trunc",
    "anti_trunc",
)
"""Rounding rules, named as scrutiny's ``unround()`` names them.

``up_or_down`` (the default): a tie may have gone either way, so both ends are closed.
``up`` / ``down``: ties rounded half up / half down.  ``even``: ties to the even digit.
``ceiling`` / ``floor``: always up / down.  ``trunc`` / ``anti_trunc``: toward / away from zero.
"""

TrailingZeros = Literal["prose", "ambiguous", "significant", "placeholders"]
TRAILING_ZEROS: Final = ("prose", "ambiguous", "significant", "placeholders")
"""The ways of reading trailing zeros, the default first (docs/reading.md, "Trailing zeros")."""


def _fraction_or_none(value: object) -> Fraction | None:
    if value is None:
        return None
    if isinstance(value, Fraction):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return Fraction(value)
    if isinstance(value, str):
        # A decimal as written ("100", "0.5"); not "1e999999999", which Fraction() would
        # expand digit by digit, nor more digits than int() parses (a bare ValueError).
        if len(value) > _MAX_BASE_CHARS or _BASE_TEXT.fullmatch(value) is None:
            shown = value if len(value) <= 40 else value[:37] + "..."
            raise ValueError(f"base={shown!r} must be a decimal number such as 100 or 0.5")
        return Fraction(value)
    raise TypeError(f"base={value!r} must be a Fraction, an int or a decimal string")


_MAX_BASE_CHARS: Final = 400
_BASE_TEXT: Final = re.compile(r"\s*[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)\s*")


@attrs.frozen(kw_only=True)
class ReadingPolicy:
    """How written numbers are widened into intervals.  Every option is keyword-only.

    - ``rounding``: one of :data:`ROUNDING_RULES`.
    - ``base``: a publisher's stated rounding base ("rounded to the nearest 100"), in the
      number's own unit and scale; it replaces the last-digit rule for both readings.
    - ``trailing_zeros``: how integers ending in zeros are read.  ``"prose"`` (default): a
      count or amount of 1,000 or more is rounded at its last non-zero digit in both readings
      ("87,000" -> [86500, 87500]), as releases and news round their counts; a smaller number
      or a rate is read strictly to the units digit and leniently at its last non-zero digit.
      ``"ambiguous"``: that second reading for every number ("628,000" -> [627999.5, 628000.5]
      / [627500, 628500]).  ``"significant"``: always to the units digit (tables of exact
      counts).  ``"placeholders"``: always at the last non-zero digit.
    - ``yen_symbol``: what a bare "¥" means when the phrase does not say ("CNY" or "JPY").
    - ``hedges``: replacements for entries of the hedge table, by canonical name.
    """

    rounding: str = attrs.field(default="up_or_down")
    base: Fraction | None = attrs.field(default=None, converter=_fraction_or_none)
    trailing_zeros: TrailingZeros = attrs.field(default="prose")
    yen_symbol: str | None = attrs.field(default=None)
    hedges: Mapping[str, Hedge] = attrs.field(factory=dict, converter=MappingProxyType)
    _hedge_by_word: Mapping[str, Hedge] = attrs.field(init=False, repr=False, eq=False)
    """Every hedge word and the hedge in force for it: the table's, with ``hedges`` applied."""

    def __attrs_post_init__(self) -> None:
        by_word = HEDGE_BY_WORD
        if self.hedges:
            replaced = self.hedges
            by_word = MappingProxyType(
                {word: replaced.get(hedge.name, hedge) for word, hedge in HEDGE_BY_WORD.items()}
            )
        object.__setattr__(self, "_hedge_by_word", by_word)

    @rounding.validator
    def _check_rounding(self, attribute: object, value: str) -> None:
        if value not in ROUNDING_RULES:
            raise ValueError(f"rounding={value!r} must be one of {', '.join(ROUNDING_RULES)}")

    @base.validator
    def _check_base(self, attribute: object, value: Fraction | None) -> None:
        if value is not None and value <= 0:
            raise ValueError(f"base={value!r} must be a positive number")

    @trailing_zeros.validator
    def _check_trailing(self, attribute: object, value: str) -> None:
        if value not in TRAILING_ZEROS:
            choices = ", ".join(repr(mode) for mode in TRAILING_ZEROS)
            raise ValueError(f"trailing_zeros={value!r} must be one of {choices}")

    @yen_symbol.validator
    def _check_yen(self, attribute: object, value: str | None) -> None:
        if value not in (None, "CNY", "JPY"):
            raise ValueError(f"yen_symbol={value!r} must be 'CNY', 'JPY' or None")

    def hedge(self, name: str) -> Hedge:
        """The hedge in force for a canonical name (the policy's, else the table's)."""
        return self.hedges.get(name) or HEDGES[name]


DEFAULT_POLICY: Final = ReadingPolicy()
