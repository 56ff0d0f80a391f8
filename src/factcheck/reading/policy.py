"""The reading policy: rounding rules and the choices a caller may change.

:class:`ReadingPolicy` says how a number's written digits become intervals (the rounding rule,
a fixed base, what trailing zeros mean, what a bare "¥" is) and which windows each hedge
allows; :data:`DEFAULT_POLICY` is the one used when none is given.
"""

from __future__ import annotations

from collections.abc import Mapping
from fractions import Fraction
from types import MappingProxyType

from factcheck.frozen import Frozen
from factcheck.hedges import HEDGE_BY_WORD, HEDGES, Hedge
from factcheck.reading.lazy import lazy_pattern

TYPE_CHECKING = False  # not typing's: ``factcheck read`` starts without importing typing
if TYPE_CHECKING:
    from typing import Final, Literal

    TrailingZeros = Literal["prose", "ambiguous", "significant", "placeholders"]

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
_BASE_TEXT: Final = lazy_pattern(r"\s*[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)\s*")


_NO_HEDGES: Final[Mapping[str, Hedge]] = MappingProxyType({})
"""The default of ``hedges``: none replaced (a fresh empty mapping each time, as before)."""


class ReadingPolicy(Frozen, kw_only=True):
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

    _fields = ("rounding", "base", "trailing_zeros", "yen_symbol", "hedges")
    __slots__ = (*_fields, "_hedge_by_word")
    rounding: str
    base: Fraction | None
    trailing_zeros: TrailingZeros
    yen_symbol: str | None
    hedges: Mapping[str, Hedge]
    _hedge_by_word: Mapping[str, Hedge]
    """Every hedge word and the hedge in force for it: the table's, with ``hedges`` applied."""

    def __init__(
        self,
        *,
        rounding: str = "up_or_down",
        base: Fraction | int | str | None = None,
        trailing_zeros: TrailingZeros = "prose",
        yen_symbol: str | None = None,
        hedges: Mapping[str, Hedge] = _NO_HEDGES,
    ) -> None:
        # As attrs did it: convert every field, then validate them in order.
        set_ = object.__setattr__
        set_(self, "rounding", rounding)
        set_(self, "base", _fraction_or_none(base))
        set_(self, "trailing_zeros", trailing_zeros)
        set_(self, "yen_symbol", yen_symbol)
        set_(self, "hedges", MappingProxyType({} if hedges is _NO_HEDGES else hedges))
        if rounding not in ROUNDING_RULES:
            raise ValueError(f"rounding={rounding!r} must be one of {', '.join(ROUNDING_RULES)}")
        if self.base is not None and self.base <= 0:
            raise ValueError(f"base={self.base!r} must be a positive number")
        if trailing_zeros not in TRAILING_ZEROS:
            choices = ", ".join(repr(mode) for mode in TRAILING_ZEROS)
            raise ValueError(f"trailing_zeros={trailing_zeros!r} must be one of {choices}")
        if yen_symbol not in (None, "CNY", "JPY"):
            raise ValueError(f"yen_symbol={yen_symbol!r} must be 'CNY', 'JPY' or None")
        by_word = HEDGE_BY_WORD
        if self.hedges:
            replaced = self.hedges
            by_word = MappingProxyType(
                {word: replaced.get(hedge.name, hedge) for word, hedge in HEDGE_BY_WORD.items()}
            )
        set_(self, "_hedge_by_word", by_word)

    def hedge(self, name: str) -> Hedge:
        """The hedge in force for a canonical name (the policy's, else the table's)."""
        return self.hedges.get(name) or HEDGES[name]


DEFAULT_POLICY: Final = ReadingPolicy()
