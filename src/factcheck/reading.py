"""Reading numbers as written: "nearly 20 percent" -> an exact interval with a unit.

:func:`read` finds every number in a phrase and returns, for each, the span, the value exactly
as written, its unit and scale, its hedge, its rounding rule, and two intervals: the *strict*
reading (the narrowest a careful reader accepts) and the *lenient* one (the widest).  Bounds are
exact Fractions parsed from the digits, in the number's own unit and scale.

The rules, and the reasons behind the defaults, are in docs/reading.md.  This module never
imports pint: unit words map to canonical names through the lexicon below, and the engine asks
:mod:`factcheck.units` for dimensions only when it needs them.
"""

from __future__ import annotations

__all__ = ["ROUNDING_RULES", "Reading", "ReadingPolicy", "read", "read_one", "with_hedge"]

import re
from collections.abc import Iterable, Mapping
from fractions import Fraction
from types import MappingProxyType
from typing import Any, Final, Literal, cast

import attrs

from factcheck.errors import AmbiguousUnitError, MalformedNumberError, ReadingError
from factcheck.hedges import HEDGE_BY_WORD, HEDGE_WORDS, HEDGES, Hedge, Within, hedge_for
from factcheck.intervals import Interval

Kind = Literal[
    "number",  # an amount, a rate or a count written in digits or words
    "fraction",  # "half", "a third", "one in five": a proportion
    "multiple",  # "doubled", "tripled", "halved": a ratio of a new level to an old
    "ordinal",  # "ninth consecutive month", "the third expo"
    "rank",  # "second-highest"
    "date",  # "July 10, 2025"
    "year",  # "2024"
    "period",  # "first half", "Q2"
]

# -- the lexicon: surface words -> canonical names -----------------------------------------

_SCALES: Final[Mapping[str, tuple[str, int]]] = MappingProxyType(
    {
        "thousand": ("thousand", 3),
        "k": ("thousand", 3),
        "million": ("million", 6),
        "mn": ("million", 6),
        "mln": ("million", 6),
        "m": ("million", 6),
        "billion": ("billion", 9),
        "bn": ("billion", 9),
        "bln": ("billion", 9),
        "b": ("billion", 9),
        "trillion": ("trillion", 12),
        "tn": ("trillion", 12),
        "trn": ("trillion", 12),
        # South Asian numbering: a lakh is 100,000, a crore ten million.
        "lakh": ("lakh", 5),
        "crore": ("crore", 7),
        "lakh crore": ("lakh crore", 12),
    }
)

_UNIT_WORDS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "%": "percent",
        "percent": "percent",
        "per cent": "percent",
        "pct": "percent",
        "percentage point": "percentage_point",
        "percentage points": "percentage_point",
        "percentage-point": "percentage_point",
        "percentage-points": "percentage_point",
        "pp": "percentage_point",
        "ppt": "percentage_point",
        "ppts": "percentage_point",
        "basis point": "basis_point",
        "basis points": "basis_point",
        "basis-point": "basis_point",
        "bp": "basis_point",
        "bps": "basis_point",
        "yuan": "CNY",
        "rmb": "CNY",
        "renminbi": "CNY",
        "cny": "CNY",
        "dollar": "USD",
        "dollars": "USD",
        "us dollar": "USD",
        "us dollars": "USD",
        "u.s. dollars": "USD",
        "usd": "USD",
        "euro": "EUR",
        "euros": "EUR",
        "eur": "EUR",
        "pound sterling": "GBP",
        "pounds sterling": "GBP",
        "pounds": "GBP",
        "gbp": "GBP",
        "yen": "JPY",
        "jpy": "JPY",
        "pc": "percent",  # "up 12pc", in British papers
        "rupee": "INR",
        "rupees": "INR",
        "indian rupees": "INR",
        "inr": "INR",
        "korean won": "KRW",
        "krw": "KRW",
        "canadian dollar": "CAD",
        "canadian dollars": "CAD",
        "cad": "CAD",
        "australian dollar": "AUD",
        "australian dollars": "AUD",
        "aud": "AUD",
        "hong kong dollar": "HKD",
        "hong kong dollars": "HKD",
        "hkd": "HKD",
        "singapore dollar": "SGD",
        "singapore dollars": "SGD",
        "sgd": "SGD",
        "swiss franc": "CHF",
        "swiss francs": "CHF",
        "chf": "CHF",
        "rouble": "RUB",
        "roubles": "RUB",
        "ruble": "RUB",
        "rubles": "RUB",
        "reais": "BRL",
        "brazilian reais": "BRL",
        "brl": "BRL",
        "mexican peso": "MXN",
        "mexican pesos": "MXN",
        "mxn": "MXN",
        "south african rand": "ZAR",
        "zar": "ZAR",
        "lira": "TRY",
        "turkish lira": "TRY",
        "naira": "NGN",
        "ngn": "NGN",
    }
)

_CODES: Final = (
    "rmb", "cny", "usd", "eur", "gbp", "jpy", "inr", "krw", "cad", "aud", "hkd", "sgd", "chf",
    "brl", "mxn", "zar", "ngn",
)  # fmt: skip
"""Currency codes read before a number ("USD5bn", "CHF 3 billion"); each three letters.  TRY
and RUB are left out: "try" and "rub" are English words."""

_PREFIXES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "us$": "USD",
        "$": "USD",
        "€": "EUR",
        "£": "GBP",
        "rmb": "CNY",
        "¥": "?",  # yuan or yen: decided by context or policy, never guessed
        "c$": "CAD",
        "ca$": "CAD",
        "a$": "AUD",
        "au$": "AUD",
        "hk$": "HKD",
        "s$": "SGD",
        "r$": "BRL",
        "₹": "INR",
        "rs": "INR",
        "rs.": "INR",
        "₩": "KRW",
        "₽": "RUB",
        "₺": "TRY",
        "₦": "NGN",
        **{code: code.upper() for code in _CODES if code != "rmb"},
    }
)

_PERCENT_UNITS: Final = frozenset({"percent", "percentage_point", "basis_point"})

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
_FRACTION_WORDS: Final[Mapping[str, Fraction]] = MappingProxyType(
    {
        "half": Fraction(1, 2),
        "a half": Fraction(1, 2),
        "one half": Fraction(1, 2),
        "a third": Fraction(1, 3),
        "one third": Fraction(1, 3),
        "one-third": Fraction(1, 3),
        "two thirds": Fraction(2, 3),
        "two-thirds": Fraction(2, 3),
        "a quarter": Fraction(1, 4),
        "one quarter": Fraction(1, 4),
        "one-quarter": Fraction(1, 4),
        "three quarters": Fraction(3, 4),
        "three-quarters": Fraction(3, 4),
        "a fifth": Fraction(1, 5),
        "one fifth": Fraction(1, 5),
        "one-fifth": Fraction(1, 5),
        "a tenth": Fraction(1, 10),
        "one tenth": Fraction(1, 10),
    }
)
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
_PHRASAL_UP: Final = re.compile(
    r"\b(?:make|makes|made|making|set|sets|setting|take|takes|took|taking|taken|end|ends|"
    r"ended|ending|add|adds|added|adding|sum|sums|summed|use|used|uses|using|pick|picked|"
    r"show|showed|shows|turn|turned|turns|account|accounted|prop|propped|shore|shored)"
    r"\s+\Z",
    re.IGNORECASE,
)
"""Verbs that make "up" part of a phrasal verb ("made up 20 percent of exports")."""

_UP_WORDS: Final = (
    "up", "rose", "rise", "rises", "rising", "risen", "grew", "grow", "grows", "growing",
    "grown", "increased", "increase", "increases", "increasing", "gained", "gain", "gains",
    "climbed", "climb", "climbs", "jumped", "jump", "jumps", "surged", "surge", "surges",
    "soared", "soar", "soars", "expanded", "expand", "expands", "advanced", "higher",
    "growth of", "increase of", "rise of", "gain of", "jump of", "surge of", "expansion of",
)  # fmt: skip
_DOWN_WORDS: Final = (
    "down", "fell", "fall", "falls", "falling", "fallen", "dropped", "drop", "drops",
    "declined", "decline", "declines", "declining", "decreased", "decrease", "decreases",
    "decreasing", "slid", "slide", "slipped", "slip", "shrank", "shrink", "shrinks", "shrunk",
    "contracted", "contract", "contracts", "plunged", "plunge", "plummeted", "tumbled", "sank",
    "lower",
    "decline of", "drop of", "fall of", "decrease of", "contraction of", "negative growth of",
)  # fmt: skip
# Words that may stand between "negative" and "growth of": "negative GDP growth of 0.5
# percent", "negative year-on-year growth of 2 percent" (not "negative despite growth of").
_GROWTH_KINDS: Final = (
    "gdp", "economic", "real", "nominal", "annual", "annualized", "annualised", "quarterly",
    "monthly", "year-on-year", "yoy", "output", "sales", "export", "import", "trade", "wage",
    "earnings", "profit", "revenue", "population", "per-capita", "industrial", "retail",
    "credit", "loan", "productivity",
)  # fmt: skip
_AFTER_UP = "increase|rise|gain|growth|jump|surge|expansion|higher|more|up"
_AFTER_DOWN = "decrease|decline|drop|fall|contraction|reduction|lower|fewer|less|down"
_SUPERLATIVES: Final = (
    "highest", "largest", "biggest", "lowest", "smallest", "fastest", "slowest", "best",
    "worst", "strongest", "weakest",
)  # fmt: skip
_STOPWORDS: Final = frozenset(
    [
        "a",
        "an",
        "and",
        "or",
        "of",
        "the",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "with",
        "by",
        "as",
        "than",
        "that",
        "this",
        "these",
        "those",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "it",
        "its",
        "their",
        "his",
        "her",
        "our",
        "your",
        "year",
        "years",
        "percent",
        "per",
        "up",
        "down",
        "compared",
        "while",
        "which",
        "who",
        "whom",
        "more",
        "fewer",
        "less",
        "higher",
        "lower",
    ]
)

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

TrailingZeros = Literal["ambiguous", "significant", "placeholders"]


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
    - ``trailing_zeros``: how integers ending in zeros are read.  ``"ambiguous"`` (default):
      strictly as written to the units digit, leniently as rounded at the last non-zero digit
      ("628,000" -> [627999.5, 628000.5] / [627500, 628500]).  ``"significant"``: always to the
      units digit.  ``"placeholders"``: always at the last non-zero digit.
    - ``yen_symbol``: what a bare "¥" means when the phrase does not say ("CNY" or "JPY").
    - ``hedges``: replacements for entries of the hedge table, by canonical name.
    """

    rounding: str = attrs.field(default="up_or_down")
    base: Fraction | None = attrs.field(default=None, converter=_fraction_or_none)
    trailing_zeros: TrailingZeros = attrs.field(default="ambiguous")
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
        if value not in ("ambiguous", "significant", "placeholders"):
            raise ValueError(
                f"trailing_zeros={value!r} must be 'ambiguous', 'significant' or 'placeholders'"
            )

    @yen_symbol.validator
    def _check_yen(self, attribute: object, value: str | None) -> None:
        if value not in (None, "CNY", "JPY"):
            raise ValueError(f"yen_symbol={value!r} must be 'CNY', 'JPY' or None")

    def hedge(self, name: str) -> Hedge:
        """The hedge in force for a canonical name (the policy's, else the table's)."""
        return self.hedges.get(name) or HEDGES[name]


DEFAULT_POLICY: Final = ReadingPolicy()


# -- the result -----------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Reading:
    """One number of a phrase, as a careful reader understands it."""

    text: str
    """The span as it appears, hedge and unit included ("nearly 20 percent")."""
    start: int
    """0-based offset of the span in the phrase."""
    end: int
    value: str
    """The number exactly as written ("1.81", "628,000", "five", "5 and 7")."""
    number: Fraction
    """The written value, signed by any direction word ("fell 2.7 percent" -> -2.7)."""
    kind: Kind
    unit: str | None
    """Canonical unit: "CNY", "USD", "EUR", "GBP", "JPY", "percent", "percentage_point",
    "basis_point"; ``None`` for plain numbers and counts."""
    scale: str | None
    """"thousand", "million", "billion" or "trillion" when written."""
    hedge: str | None
    """The canonical hedge ("about", "nearly", "over", ...), if any."""
    hedge_text: str | None
    """The hedge as written ("surpassed")."""
    direction: int
    """+1 or -1 when a direction word gave the sign ("up", "fell"), else 0."""
    rounding: str
    """The rounding rule applied ("up_or_down", ... or "base 100", "exact")."""
    step: Fraction
    """One unit of the last written digit, in the number's own unit and scale."""
    strict: Interval
    lenient: Interval
    label: str | None = None
    """The noun of a count ("enterprises"), when one follows."""

    @property
    def unit_text(self) -> str | None:
        """The unit of the bounds of ``strict`` and ``lenient``: scale and unit together."""
        parts = [part for part in (self.scale, self.unit) if part]
        return " ".join(parts) if parts else None

    @property
    def multiplier(self) -> Fraction:
        """What one unit of the bounds is worth in base units (10**12 for trillion yuan,
        1/100 for percent and percentage points)."""
        key = (self.scale, self.unit)
        factor = _MULTIPLIERS.get(key)
        if factor is None:
            factor = Fraction(10) ** _SCALES[self.scale][1] if self.scale else Fraction(1)
            if self.unit in ("percent", "percentage_point"):
                factor /= 100
            elif self.unit == "basis_point":
                factor /= 10000
            _MULTIPLIERS[key] = factor
        return factor

    def to_json(self) -> dict[str, object]:
        """The stable JSON shape printed by ``factcheck read --format json``."""
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "value": self.value,
            "number": _plain(self.number),
            "kind": self.kind,
            "unit": self.unit_text,
            "base_unit": self.unit,
            "scale": self.scale,
            "hedge": self.hedge,
            "hedge_text": self.hedge_text,
            "direction": self.direction,
            "rounding": self.rounding,
            "step": _plain(self.step),
            "label": self.label,
            "strict": self.strict.to_json(),
            "lenient": self.lenient.to_json(),
        }


_MULTIPLIERS: dict[tuple[str | None, str | None], Fraction] = {}
""":attr:`Reading.multiplier` by scale and unit, worked out once each."""


def _plain(value: Fraction) -> str:
    from factcheck.intervals import decimal_text

    return decimal_text(value)


# -- the scanner ----------------------------------------------------------------------------
#
# The grammar is a handful of regular expressions, compiled on the first read (compiling them
# is most of what importing this module would otherwise cost).  Reading a phrase is:
#
# 1. ``start`` finds the next place a number could begin: a digit, a sign or point before one,
#    or a word that starts a written number ("nine", "half", "July", "second").  It is one
#    cheap search, so a phrase without any of them costs a single regex call.  ASCII text (the
#    usual case) is searched with ``start_ascii`` instead, which finds the same places several
#    times faster (see its comment).  Either finds every place an atom can match, and perhaps
#    a few more, where the atom then fails.
# 2. There ``digit_atom`` or ``word_atom`` (chosen by the first character) reads the bare
#    number and its kind.  Together they are one ordered grammar split by first character, so
#    trying only the one that can match gives exactly the match the whole grammar would.
# 3. ``right`` reads the scale word and unit after it, once, and ``left_rev`` the direction
#    word, hedge, currency and sign before it.  ``left_rev`` runs over the reversed text before
#    the number, so one anchored match replaces a search that tried every position of the
#    window; its groups are mapped back to offsets in the phrase as written (never a
#    lower-cased copy, whose offsets differ when lower-casing changes the length: "İ").
#
# Word lists become tries ("jan(?:uary)?") so that a failing position costs a few character
# tests, not one per word; a trie prefers the longest word, as a longest-first list does.

_MAX_DIGITS: Final = 400
_JOIN_FIRST: Final = frozenset("-–—~tTaA")  # what a range joiner can start with, but spaces
_DIGIT_START: Final = frozenset("0123456789-−–.")
_SIGNS: Final = "-−–"  # the en dash only where it starts a word ("fell to –2.5"), see below
_DOLLAR_MARKS: Final = ("us", "c", "ca", "a", "au", "hk", "s", "r")
"""What may stand before "$": US$, C$, A$, HK$, S$ (Singapore), R$ (the Brazilian real)."""
_ONEINN_TOP: Final = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_ONEINN_BOTTOM: Final = (*_ONEINN_TOP[1:], "ten")
_FRACTION_HEADS: Final = ("half", "third", "quarter", "fifth", "tenth")
_MULTIPLE_VERBS: Final = (
    "doubled", "tripled", "trebled", "quadrupled", "halved",
    *(f"{word}fold" for word in _FOLDS), *(f"{word}-fold" for word in _FOLDS),
)  # fmt: skip
_TIMES_WORDS: Final = ("twice", "thrice")
"""Multiples only before a comparison: "twice as many", "twice the rate", "twice that" (not
"raised rates twice this year", "twice a year", "twice elected")."""
_SCALE_NAMES: Final = ("thousand", "million", "billion", "trillion", "lakh", "crore", "lakh crore")
# Abbreviations that are a scale even after a space ("3 mn"); "m", "b" and "k" are not ("5 m"
# may be metres), so they are a scale only when attached to the digits ("£250m").
_SPACED_SCALES: Final = ("mn", "mln", "bn", "bln", "tn", "trn")
_ATTACHED_SCALES: Final = ("k", "mn", "mln", "m", "bn", "bln", "b", "tn", "trn")


def _trie(words: Iterable[str], *, reverse: bool = False) -> str:
    """A regular expression for any of ``words`` (lower case), shaped as a trie.

    A space in a word matches any run of whitespace.  With ``reverse``, each word is spelled
    backwards, for matching over reversed text.  Where one word is a prefix of another, the
    longer is tried first.
    """
    root: dict[str, dict[str, Any]] = {}
    for word in words:
        node = root
        for char in reversed(word) if reverse else word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, dict[str, Any]]) -> str:
        branches = [
            (r"\s+" if char == " " else re.escape(char)) + emit(child)
            for char, child in sorted(node.items())
            if char
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return f"(?:{emit(root)})"


def _rev(text: str) -> str:
    """``text`` spelled backwards, escaped for a regular expression over reversed text."""
    return re.escape(text[::-1])


class _Patterns:
    """The compiled grammar (see the comment above)."""

    def __init__(self) -> None:
        flags = re.IGNORECASE | re.VERBOSE
        months = _trie(_MONTHS)
        ordinal_words = _trie(_ORDINALS)
        small = _trie(word for word in _SMALL if word != "one")
        tens = _trie(_TENS)
        units_digit = _trie(_ONEINN_TOP)
        top, bottom = _trie(_ONEINN_TOP), _trie(_ONEINN_BOTTOM)
        superlatives = _trie(_SUPERLATIVES)
        multiples = _trie(_MULTIPLE_VERBS)
        fraction_heads = _trie(_FRACTION_HEADS)
        scale_words = _trie(("thousand", "million", "billion", "trillion"))
        and_fraction = r"""(?:\s+|-)and(?:\s+|-)(?P<words>a(?:\s+|-)(?:half|quarter|third)
            |three(?:\s+|-)quarters|two(?:\s+|-)thirds)\b"""
        # A sign: a hyphen or minus sign, or an en dash typeset as one, which starts a word
        # ("fell to –2.5"), unlike a range's ("5–7") or an aside's ("– 2.5 –").
        # Not the minus of a margin: "45%+/-3%" is 45 % give or take 3 %, as "45% ± 3%" is.
        sign = r"(?:(?<!\+/)[-−]|(?<![^\s(\[])(?<![0-9.%]\s)–)(?=[0-9.])"
        digits = rf"(?:{sign})?(?:[0-9]+(?:,[0-9]+)*(?:\.[0-9]+)?|\.[0-9]+)"
        # Digits start a number after anything but a letter, digit, point or comma; or right
        # after a whole-word currency code ("RMB3.85 trillion", "USD5bn").
        code_behind = "|".join(rf"\b{code}" for code in _CODES)
        # "Rs500", "Rs.500": spelt so ("RS232" is a port), and apart: two letters.
        rupees = r"(?<=\b(?-i:Rs))(?=[0-9])|(?<=\b(?-i:Rs)\.)"
        digits_may_start = rf"(?:(?<![0-9A-Za-z_.,])|(?<={code_behind})|{rupees})"
        starters = [
            *_MONTHS,
            *_ORDINALS,
            *_SMALL,
            *_TENS,
            *_MULTIPLE_VERBS,
            *_TIMES_WORDS,
            "dozen",
            "hundred",
            "half",
        ]
        starter_words = rf"""(?:
            {_trie(starters)}
          | a[\s-]+(?:dozen|hundred|{fraction_heads})
          | a\s+{scale_words}
          | (?:more\s+than|nearly|almost)\s+(?:{multiples}|{_trie(_TIMES_WORDS)})
          | [hq][1-4]
        )\b"""
        # Where a number may begin, in any text: a digit run, a sign or point before a digit,
        # or (group "w") a word that starts a written number.
        self.start = re.compile(rf"[0-9]+ | {sign} | \.(?=[0-9]) | \b(?P<w>{starter_words})", flags)
        # The same places in ASCII text, searched in " " + text.lower() (offsets one more than
        # in the phrase; lower-casing ASCII changes no length).  The pattern opens with a plain
        # character class, which lets the regex engine skip ahead in C to the next digit, sign,
        # point or non-letter before a word, instead of trying every branch at every position.
        self.start_ascii = re.compile(
            rf"""
            [^a-z_]
            (?: (?<=[0-9])[0-9]*
              | (?<=-)(?=[0-9.])
              | (?<=\.)(?=[0-9])
              | (?<![0-9])(?P<w>{starter_words})
            )
            """,
            re.VERBOSE,
        )
        self.word_atom = re.compile(
            rf"""
            (?P<date>
                \b{months}\.?\s+[0-9]{{1,2}}(?:st|nd|rd|th)?(?:,?\s+[0-9]{{4}})?\b
              | \b{months}\.?\s+[0-9]{{4}}\b
            )
          | (?P<period>\b(?:first|second|third|fourth)[\s-](?:half|quarter)\b|\b[hq][1-4]\b)
          | (?P<oneinn>\b(?P<oin_top>{top})\s+(?:in|out\s+of)\s+(?:every\s+)?
                (?P<oin_bottom>{bottom}|[0-9]+)\b)
          | (?P<scaled>\b(?:half\s+a|a\s+quarter\s+of\s+a|a)(?=\s+{scale_words}\b))
          | (?P<multiple>\b(?:more\s+than\s+|nearly\s+|almost\s+)?(?:{multiples}\b
                |{_trie(_TIMES_WORDS)}(?=\s+(?:as|the|that|its|their)\b)))
          | (?P<fraction>\b(?:two[\s-]thirds|three[\s-]quarters
                |(?:a|one)[\s-]{fraction_heads}|half)\b)
          | (?P<rank>\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)
                -{superlatives}\b)
          | (?P<ordinal>\b{ordinal_words}\b)
          | (?P<word>\b(?:
                a\s+dozen|dozen|a\s+hundred|hundred
              | {tens}(?:(?:-|\s+){units_digit})?
              | {small}
              | one(?=\s+{scale_words}\b)
              | (?<!between\s)one(?={and_fraction})
            )\b)
            """,
            flags,
        )
        self.digit_atom = re.compile(
            rf"""
            (?P<date>\b[0-9]{{1,2}}\s+{months}\b(?:,?\s+[0-9]{{4}}\b)?)
          | (?P<oneinn>(?<![$€£¥])\b(?P<oin_top>[0-9]+)\s+(?:in|out\s+of)\s+(?:every\s+)?
                (?P<oin_bottom>{bottom}|(?!(?:1[5-9]|20)[0-9]{{2}}\b)[0-9]+)\b)
          | (?P<rank>\b[0-9]+(?:st|nd|rd|th)-{superlatives}\b)
          | (?P<ordinal>(?<![0-9.,])[0-9]+(?:st|nd|rd|th)\b)
          | (?P<decade>(?<![0-9A-Za-z_.,])(?:[0-9]{{2}})?[0-9]0s\b)
          | (?P<slash>(?<![0-9./,])[0-9]{{1,2}}/[0-9]{{1,2}}(?=\s+of\b))
          | (?P<digits>{digits_may_start}{digits})
            """,
            flags,
        )
        rev_hedges = _trie(HEDGE_WORDS, reverse=True)
        growth_kinds = _trie(_GROWTH_KINDS, reverse=True)
        self.left_rev = re.compile(
            rf"""
            (?P<minus>\s+{_rev("minus")}\b)?
            (?P<cur>\s?(?:\$(?:{_trie(_DOLLAR_MARKS, reverse=True)}\b)?|[€£¥₹₩₽₺₦]
                |{_trie(_CODES, reverse=True)}\b|(?-i:\.?sR)\b))?
            (?:\s*(?P<hedge>(?:{rev_hedges})\b|~))?
            (?:\s+(?:(?P<between>{_rev("between")})|(?P<from>{_rev("from")}))\b)?
            (?:\s+(?:{_rev("by")}\s+)?
                (?:(?P<dir_down>{_trie(_DOWN_WORDS, reverse=True)}
                    |{_rev("of")}\s+{_rev("growth")}(?:\s+(?:{growth_kinds})){{1,2}}
                        \s+{_rev("negative")})
                  |(?P<dir_up>{_trie(_UP_WORDS, reverse=True)}))\b)?
            """,
            flags,
        )
        nothing_before = self.left_rev.match("")
        assert nothing_before is not None
        self.nothing_before: re.Match[str] = nothing_before  # a number with nothing before it
        self.hedge_rev = re.compile(rf"\s+(?P<hedge>{rev_hedges})\b", flags)
        # "2.4 billion", and the compound adjective "a 2.4-billion-dollar budget".
        scale = rf"""(?:(?:\s*|-)(?:{_trie(_SCALE_NAMES)})\b
            |{_trie(_ATTACHED_SCALES)}\b
            |\s+{_trie(_SPACED_SCALES)}\b)"""
        unit_alt = _trie(_UNIT_WORDS.keys() - {"%", "pc"}).replace(r"\s+", r"[\s-]+")
        # "pc" is percent only in lower case and attached to the digits ("up 12pc"), not "a 3
        # pc suit" or "1 PC for every 3 students".
        self.right = re.compile(
            rf"""
            (?P<scale>{scale})?
            (?:(?P<unit>\s*(?:%|(?:-?{unit_alt}\b))|(?<=[0-9])(?-i:pc)\b)
              |(?P<unit2>-(?:percentage-points?|basis-points?)\b))?
            """,
            flags,
        )
        self.next_digit = re.compile(r"\s+[0-9]")
        self.fiscal = re.compile(r"[-–/]([0-9]{4}|[0-9]{2})(?![0-9])")
        # The fraction of a mixed number: "2½", "3 1/2", "two and a half", "1-and-a-half".
        self.mixed = re.compile(
            rf"""\s?(?P<glyph>[{"".join(_GLYPHS)}])
              | \s+(?P<top>[1-9])/(?P<bottom>[2-9])(?![0-9/])
              | {and_fraction}""",
            flags,
        )
        self.mixed_words = re.compile(and_fraction, flags)
        self.fraction_points = re.compile(
            r"\s+(?:of\s+)?a\s+percentage[\s-]points?\b|[\s-]percentage[\s-]points?\b"
            r"|(?:(?<=quarter)|(?<=half))-points?\b",
            re.IGNORECASE,
        )
        self.fold_noun = re.compile(
            r"[\s-]+(?:increase|rise|jump|growth|expansion|gain|surge|decline|drop|fall"
            r"|reduction|decrease|hike|cut)s?\b",
            re.IGNORECASE,
        )
        self.fold_verb = re.compile(
            rf"\b(?:{_trie(_UP_WORDS)}|{_trie(_DOWN_WORDS)}|multiplied)\s+(?:by\s+)?"
            rf"(?:(?:{_trie(HEDGE_WORDS)})\s+)?\Z",
            re.IGNORECASE,
        )
        self.by_before = re.compile(r"\bby\s+\Z", re.IGNORECASE)
        self.plus_after = re.compile(r"(?:-plus\b|\+)(?![0-9/±+-])", re.IGNORECASE)
        # "between 2020 and 2024, exports rose": only before a comma (a toll "between 1950
        # and 2000." or "between 1960 and 1980 were killed" is a range of counts)
        self.and_year = re.compile(r"\s+and\s+((?:19|20|21)[0-9]{2})(?=,(?![0-9]))")
        # "1.2 trillion won": after a scale word, "won" and "rand" are currencies when the
        # phrase names the place ("some 1.2 million won asylum" is a verb).
        self.scaled_currency = re.compile(r"\s+(won|rand)\b", re.IGNORECASE)
        self.currency_places = {
            "KRW": re.compile(r"\b(?:korea|korean|koreans|seoul|kospi|krw)\b", re.IGNORECASE),
            "ZAR": re.compile(
                r"\b(?:south\s+africa|south\s+african|johannesburg|pretoria|zar)\b",
                re.IGNORECASE,
            ),
        }
        self.range_join = re.compile(r"\s*(?:-to-|-|–|—|~|to|and)\s*", re.IGNORECASE)
        self.after = re.compile(
            rf"""
            (?:[\s-]+(?:year[\s-]on[\s-]year|year[\s-]over[\s-]year|y[\s/-]?o[\s/-]?y|y/y
                |annual|month[\s-]on[\s-]month|quarter[\s-]on[\s-]quarter|on[\s-]year))?
            [\s-]+(?:(?P<up>{_AFTER_UP})|(?P<down>{_AFTER_DOWN}))\b
            """,
            flags,
        )
        self.than = re.compile(r"\s*than\b", re.IGNORECASE)
        self.label = re.compile(r"\s+([a-z][a-z-]*)(?:\s+([a-z][a-z-]*))?", re.IGNORECASE)
        self.year_before = re.compile(
            r"\b(?P<word>in|of|since|by|until|during|for|from|to|early|late|mid|year|fy"
            r"|q[1-4]|h[12]|pre|post)[\s-]*\Z",
            re.IGNORECASE,
        )
        self.time_the = re.compile(r"\b(?:since|during|until|before|after)\s+the\s+\Z", re.I)
        # "a mean of", "an annual average of", "a record high of": an amount follows (but
        # not "a share of 2023 GDP", "a repeat of 2008", "a quarter of 2024").
        amount = "|".join(_AMOUNT_NOUNS)
        self.amount_of = re.compile(
            rf"\b(?:a|an)\s+(?:[a-z-]+\s+)?(?:{amount})\s+of\s*\Z", re.IGNORECASE
        )
        self.yuan = re.compile(r"\b(?:yuan|rmb|renminbi|china|chinese)\b", re.IGNORECASE)
        self.yen = re.compile(r"\b(?:yen|japan|japanese)\b", re.IGNORECASE)
        self.non_ascii = re.compile(r"[^\x00-\x7f]")
        # Exact readings of small whole numbers (ordinals, ranks), and of 0 (dates, periods).
        self.points: dict[int, tuple[Fraction, Interval]] = {
            n: (Fraction(n), Interval.point(n)) for n in range(101)
        }
        # The fixed readings of proportions and multiples in words, by their words.
        self.word_windows: dict[str, tuple[Fraction, Interval, Interval]] = {
            " ".join(word.replace("-", " ").split()): _word_windows(value)
            for word, value in (*_FRACTION_WORDS.items(), *_MULTIPLES.items())
        }


_PATTERNS: _Patterns | None = None


def _patterns() -> _Patterns:
    """The compiled grammar, built on first use."""
    global _PATTERNS
    if _PATTERNS is None:
        _PATTERNS = _Patterns()
    return _PATTERNS


def read(phrase: str, *, policy: ReadingPolicy | None = None) -> tuple[Reading, ...]:
    """Every number in ``phrase``, in order, each read as a careful reader would.

    Raises a :class:`~factcheck.ReadingError` subclass naming the position when a number is
    malformed ("1350,000"), run into letters ("1e9"), written in non-ASCII digits, or carries
    an ambiguous symbol (a bare "¥" with nothing to say whether it is yuan or yen).
    """
    if not isinstance(phrase, str):
        raise TypeError(f"phrase={phrase!r} must be a str")
    pol = DEFAULT_POLICY if policy is None else policy
    plain = _read_plain(phrase, pol)
    if plain is not None:
        return (plain,)
    return _read_full(phrase, pol)


def _read_full(phrase: str, pol: ReadingPolicy) -> tuple[Reading, ...]:
    """:func:`read` by the whole grammar."""
    rx = _PATTERNS or _patterns()
    # Candidates are searched in ``text``; offsets there are ``shift`` more than in ``phrase``.
    if phrase.isascii():
        text, shift, search = " " + phrase.lower(), 1, rx.start_ascii.search
    else:
        _reject_foreign_digits(phrase, rx)
        text, shift, search = phrase, 0, rx.start.search
    candidate = search(text)
    if candidate is None:  # no digit and no number word: nothing more to do
        return ()
    readings: list[Reading] = []
    taken_until = 0
    while candidate is not None:
        at = candidate.start("w")
        at = (candidate.start() if at < 0 else at) - shift
        atom = (rx.digit_atom if phrase[at] in _DIGIT_START else rx.word_atom).match(phrase, at)
        if atom is None:
            candidate = search(text, candidate.end())
            continue
        if at >= taken_until:
            reading = _read_atom(phrase, atom, pol, taken_until, rx)
            if reading is not None:
                readings.append(reading)
                taken_until = reading.end
        candidate = search(text, atom.end() + shift)
    return tuple(readings)


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

_PLAIN: Final = re.compile(
    r"(-?)([1-9][0-9]{0,2}|0|(?:0|[1-9][0-9]{0,14})\.[0-9]{1,15})([ %][^0-9]*)\Z"
)


@attrs.frozen
class _Suffix:
    """What the words after a plain number read as, learnt from one quote."""

    scale: str | None
    unit: str | None
    kind: Kind
    label: str | None
    unread: int
    """How many characters at the end of the quote are not part of the number's span."""


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
    sign, digits, suffix_text = match.groups()
    # The length of the whole part is in the key: a date reads one or two digits before a
    # month ("12 May"), not three ("120 May" is a count).
    key = (sign, len(digits.partition(".")[0]), "." in digits, suffix_text)
    suffix = _SUFFIXES.get(key, _UNKNOWN_SUFFIX)
    if suffix is _UNKNOWN_SUFFIX:
        suffix = _learn_suffix(phrase, key, match.end(2))
    if suffix is None:
        return None
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


def read_one(phrase: str, *, policy: ReadingPolicy | None = None, index: int = 0) -> Reading:
    """The ``index``-th number of ``phrase`` (the only one by default); an error if absent."""
    readings = read(phrase, policy=policy)
    if not readings:
        raise ReadingError(phrase, 0, len(phrase), "no number found", "quote the number itself")
    if not -len(readings) <= index < len(readings):
        raise ReadingError(
            phrase,
            0,
            len(phrase),
            f"asked for number {index + 1} but the phrase has {len(readings)}",
            "choose an index between 0 and " + str(len(readings) - 1),
        )
    return readings[index]


def _reject_foreign_digits(phrase: str, rx: _Patterns) -> None:
    for match in rx.non_ascii.finditer(phrase):
        char = match.group()
        if char.isdigit():
            index = match.start()
            raise MalformedNumberError(
                phrase,
                index,
                index + 1,
                f"the digit {char!r} (U+{ord(char):04X}) is not an ASCII digit",
                "write numbers with the digits 0-9",
            )


def _int_digits(phrase: str, start: int, end: int) -> int:
    """``int`` of the ASCII digits at ``phrase[start:end]``, refusing numbers no prose writes
    (and that ``int()`` itself would refuse past its digit limit, with a bare ValueError)."""
    if end - start > _MAX_DIGITS:
        raise MalformedNumberError(
            phrase,
            start,
            end,
            f"a number of {end - start} digits is not a figure of prose",
            "quote the number as the article writes it",
        )
    return int(phrase[start:end])


def _read_atom(
    phrase: str, match: re.Match[str], pol: ReadingPolicy, taken_until: int, rx: _Patterns
) -> Reading | None:
    group = match.lastgroup
    if group == "digits":
        return _read_digits(phrase, match, pol, taken_until, rx)
    raw = match.group()
    start, end = match.span()
    if group in ("date", "period", "decade"):
        kind: Kind = "date" if group == "date" else "period"
        return _exact(raw, start, end, raw, _ZERO, kind, rx.points[0][1])
    if group == "rank" or group == "ordinal":
        head = raw.split("-", 1)[0]
        value = _ORDINALS.get(head.lower())
        if value is None:  # digits and a suffix: "3rd", "21st-largest"
            value = _int_digits(phrase, start, start + len(head) - 2)
        kind = "rank" if group == "rank" else "ordinal"
        number, point = rx.points.get(value) or (Fraction(value), None)
        return _exact(raw, start, end, raw, number, kind, point)
    if group == "oneinn":
        return _read_one_in_n(phrase, match, pol, taken_until, rx)
    if group == "slash":  # "1/3 of respondents", "2/3 of the total": a proportion
        top, bottom = (int(part) for part in raw.split("/"))
        if not 0 < top < bottom:
            return None
        reading = _proportion(raw, start, end, "fraction", *_word_windows(Fraction(top, bottom)))
        return _hedge_proportion(phrase, reading, pol, taken_until, rx)
    if group == "scaled":  # "a million", "half a million", "a quarter of a billion"
        value_s = _SCALED_WORDS[" ".join(raw.lower().split())]
        return _finish(phrase, start, end, raw, value_s, None, pol, taken_until, rx, None, None)
    if group == "fraction":
        key = " ".join(raw.lower().replace("-", " ").split())
        points = rx.fraction_points.match(phrase, end)
        if points is not None:
            # "half a percentage point", "a quarter-point cut": a difference of rates
            end = points.end()
            raw = phrase[start:end]
        reading = _proportion(raw, start, end, "fraction", *rx.word_windows[key])
        if points is not None:
            reading = attrs.evolve(reading, unit="percentage_point")
        return _hedge_proportion(phrase, reading, pol, taken_until, rx)
    if group == "multiple":
        if raw.lower().endswith("fold") and not _fold_is_a_change(phrase, start, end, rx):
            return None  # "the reasons are twofold": in parts, not a multiple
        reading = _read_multiple(raw, start, end, rx)
        if reading.hedge is None:  # "roughly doubled", "about tripled"
            reading = _hedge_proportion(phrase, reading, pol, taken_until, rx)
        return reading
    assert group == "word"
    value_f = _word_value(raw)
    # "one and a half", "two-and-a-half"; not "a dozen and a half" (18) nor "a hundred and a
    # half", which multiply.
    mixed = _mixed_after(phrase, start, end, rx.mixed_words)
    if mixed is not None and value_f.denominator == 1 and not _DOZENS.search(raw):
        fraction, rounding = _mixed_fraction(mixed)
        end = mixed.end()
        reading = _finish(phrase, start, end, phrase[start:end], value_f + fraction, rounding,
                          pol, taken_until, rx, None, None)  # fmt: skip
        points = rx.fraction_points.match(phrase, end)
        if points is None or reading.unit is not None or reading.end != end:
            return reading
        # "a one and a half-point cut": percentage points, as "a half-point" is
        return attrs.evolve(reading, text=phrase[reading.start : points.end()], end=points.end(),
                            unit="percentage_point")  # fmt: skip
    return _finish(phrase, start, end, raw, value_f, None, pol, taken_until, rx, None, None)


_ZERO: Final = Fraction(0)


def _exact(
    text: str,
    start: int,
    end: int,
    value: str,
    number: Fraction,
    kind: Kind,
    point: Interval | None = None,
) -> Reading:
    if point is None:
        point = Interval.point(number)
    return Reading(
        text=text,
        start=start,
        end=end,
        value=value,
        number=number,
        kind=kind,
        unit=None,
        scale=None,
        hedge=None,
        hedge_text=None,
        direction=0,
        rounding="exact",
        step=_ZERO,
        strict=point,
        lenient=point,
    )


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


_WORD_STRICT: Final = Within(Fraction(25, 1000))
_WORD_LENIENT: Final = Within(Fraction(5, 100))


def _word_windows(value: Fraction) -> tuple[Fraction, Interval, Interval]:
    """A proportion or multiple in words and its strict and lenient readings.

    Proportions and multiples in words ("a third", "doubled") are how writers round: strictly
    within 2.5 % of the value, leniently within 5 % (docs/reading.md).
    """
    point = Interval.point(value)
    return value, _WORD_STRICT.apply(value, _ZERO, point), _WORD_LENIENT.apply(value, _ZERO, point)


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


_ONE: Final = Fraction(1)
_POWERS: Final = tuple(10**k for k in range(32))
_STEPS: Final = tuple(Fraction(1, 10**k) for k in range(32))


_THOUSANDS: Final = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})*")


def _parse_digits(phrase: str, start: int, end: int) -> tuple[Fraction, Fraction, int]:
    """The value, the step of the last written digit, and the count of trailing zeros."""
    text = phrase[start:end]
    negative = text[0] in _SIGNS
    body = text[1:] if negative else text
    if "," in body:
        dot = body.find(".")
        if _THOUSANDS.fullmatch(body, 0, len(body) if dot < 0 else dot) is None:
            raise MalformedNumberError(
                phrase,
                start,
                end,
                f"{text!r} has commas that do not group digits in threes",
                "write thousands as 1,350,000 (or 1350000), and decimals with a point",
            )
        body = body.replace(",", "")
    if len(body) > _MAX_DIGITS:
        raise MalformedNumberError(
            phrase,
            start,
            end,
            f"a number of {len(body)} digits is not a figure of prose",
            "quote the number as the article writes it",
        )
    value, step, trailing = _decimal_parts(body)
    return (-value if negative else value), step, trailing


def _decimal_parts(body: str) -> tuple[Fraction, Fraction, int]:
    """:func:`_parse_digits` of plain ASCII digits with at most one point (no sign, no
    commas)."""
    whole_part, point, frac_part = body.partition(".")
    if point:
        places = len(frac_part)
        mantissa = int(whole_part + frac_part)
        if places < len(_POWERS):
            step = _STEPS[places]
            value = Fraction(mantissa, _POWERS[places])
        else:
            step = Fraction(1, 10**places)
            value = Fraction(mantissa, 10**places)
        trailing = 0
    else:
        value = Fraction(int(whole_part))
        step = _ONE
        stripped = whole_part.rstrip("0")
        trailing = len(whole_part) - len(stripped) if stripped else 0
    return value, step, trailing


# Nouns that date another rather than count: "2020 levels", "in 2015 prices".
_DATED_NOUNS: Final = frozenset(
    ["levels", "prices", "figures", "dollars", "terms", "estimates", "standards", "results"]
)
_IRREGULAR_PLURALS: Final = frozenset(["people", "children", "men", "women"])
# Words that end in "s" without being plural nouns ("the first half of 2024 has seen").
_NOT_PLURALS: Final = frozenset(
    ["has", "does", "plus", "thus", "always", "across", "perhaps", "whereas", "towards", "besides"]
)
# After "a" or "an" and one of these words, "of" is followed by an amount, not a year: "a
# mean of 1500", "an annual average of 1960", "a record high of 2010".
_AMOUNT_NOUNS: Final = (
    "mean", "average", "median", "total", "sum", "maximum", "minimum", "peak", "high", "low",
    "tally", "score", "count", "crowd", "budget", "deficit", "surplus", "price", "cost",
    "population", "workforce", "staff", "shortfall", "balance", "debt", "loss", "profit",
    "gain", "increase", "rise", "fall", "drop", "decline", "record", "capacity", "fee", "fine",
    "salary", "wage", "income", "revenue", "turnover", "payment", "bill", "value", "level",
    "figure", "number", "rate", "toll", "majority", "margin", "lead", "fleet", "force",
)  # fmt: skip
# Hedges that date a year as readily as they round an amount: "built c. 1850".
_CIRCA: Final = frozenset(["c.", "ca.", "circa"])
# Before these words a four-digit number stays a year even when a plural noun follows
# ("in 2024 exports rose").
_TIME_WORDS: Final = frozenset(
    ["in", "since", "until", "during", "q1", "q2", "q3", "q4", "h1", "h2"]
)
# Before these words "about", "around", "circa" ... may hedge a year ("by around 2030").
_HEDGED_YEAR_WORDS: Final = frozenset([*_TIME_WORDS, "by"])


# Words before "-digits" that make a prefix, not a name ("Post-2020", "Mid-2024", "Jan-2025").
_PREFIX_WORDS: Final = frozenset(
    [
        "pre", "post", "mid", "early", "late", "over", "under", "non", "top", "sub", "ex",
        "anti", "pro", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept",
        "oct", "nov", "dec", "january", "february", "march", "april", "june", "july",
        "august", "september", "october", "november", "december",
    ]
)  # fmt: skip
_CODE_BEFORE: Final = re.compile(r"(?<![A-Za-z0-9])([A-Z]{1,8}|Covid)\Z")


_INDICES: Final[Mapping[str, frozenset[str]]] = MappingProxyType(
    {
        "S&P": frozenset(["500", "400", "600"]),
        "FTSE": frozenset(["100", "250", "350"]),
        "CSI": frozenset(["300", "500", "1000"]),
        "Nikkei": frozenset(["225"]),
        "DAX": frozenset(["30", "40"]),
        "CAC": frozenset(["40"]),
        "ASX": frozenset(["200"]),
        "Russell": frozenset(["1000", "2000", "3000"]),
        "Stoxx": frozenset(["50", "600"]),
        "STOXX": frozenset(["50", "600"]),
        "Nifty": frozenset(["50"]),
        "Nasdaq": frozenset(["100"]),
        "Fortune": frozenset(["500", "100", "1000"]),
    }
)
"""Names whose number is part of the name, with that number only: stock indices and lists
("the S&P 500 rose 1.2 percent", "the FTSE 100", "CSI 300"; not "the Nikkei 38000", nor
"Russell 12 said")."""
_WORD_BEFORE: Final = re.compile(r"(?<![A-Za-z&])([A-Za-z&]+)\s\Z")


def _is_index(phrase: str, start: int, end: int) -> bool:
    found = _WORD_BEFORE.search(phrase, max(0, start - 10), start)
    return found is not None and phrase[start:end] in _INDICES.get(found.group(1), ())


def _is_code(phrase: str, hyphen: int) -> bool:
    """Whether the word before the hyphen at ``hyphen`` names something with the digits after
    it: in capitals, not a prefix or a month ("COVID-19", "Covid-19", "F-35", "MH-17"; not
    "Labour-412 seats", "Yes-52", "POST-2020", nor "mid-2024")."""
    found = _CODE_BEFORE.search(phrase, max(0, hyphen - 9), hyphen)
    return found is not None and found.group(1).lower() not in _PREFIX_WORDS


_NAME_CODE: Final = re.compile(r"[0-9]{1,4}(?![eE][0-9+-])[A-Z][A-Za-z0-9]{0,3}")
"""Digits that run into a capital letter make a name ("5G", "3D", "4K", "10X"), except the
exponent of scientific notation ("1E9"), which is refused as before."""


_GLYPHS: Final = {
    "½": Fraction(1, 2), "¼": Fraction(1, 4), "¾": Fraction(3, 4), "⅓": Fraction(1, 3),
    "⅔": Fraction(2, 3), "⅛": Fraction(1, 8), "⅜": Fraction(3, 8), "⅝": Fraction(5, 8),
    "⅞": Fraction(7, 8),
}  # fmt: skip
_DOZENS: Final = re.compile(r"dozen|hundred", re.IGNORECASE)


def _mixed_fraction(mixed: re.Match[str]) -> tuple[Fraction, tuple[Fraction, int]]:
    """The fraction a :attr:`_Patterns.mixed` (or ``mixed_words``) match adds to a whole
    number, and the mixed number's rounding: to the fraction's unit as written, the last thing
    written ("2½" is 2.5 to the nearest half, "3 6/8" 3.75 to the nearest eighth)."""
    groups = mixed.groupdict()
    if groups.get("glyph"):
        fraction = _GLYPHS[groups["glyph"]]
        bottom = fraction.denominator
    elif groups.get("top"):
        bottom = int(groups["bottom"])
        fraction = Fraction(int(groups["top"]), bottom)
    else:
        fraction = _FRACTION_WORDS[" ".join(groups["words"].lower().replace("-", " ").split())]
        bottom = fraction.denominator
    return fraction, (Fraction(1, bottom), 0)


def _mixed_after(
    phrase: str, start: int, end: int, pattern: re.Pattern[str]
) -> re.Match[str] | None:
    """The fraction written after the whole number at ``phrase[start:end]``, if it makes a
    mixed number: "and" and a fraction in words not after "between", where "and" joins a
    range ("between one and two thirds of voters"; "between 2½ and 3" is mixed)."""
    mixed = pattern.match(phrase, end)
    if mixed is None or (
        mixed.groupdict().get("words") and phrase[:start].rstrip().lower().endswith("between")
    ):
        return None
    top = mixed.groupdict().get("top")
    if top and int(top) >= int(mixed.group("bottom")):
        return None  # "7 5/4" is not a fraction of a whole
    return mixed


def _read_digits(
    phrase: str, match: re.Match[str], pol: ReadingPolicy, taken_until: int, rx: _Patterns
) -> Reading | None:
    start, end = match.span()
    # Digits run into more digits or letters that are not a unit: "1.2.3", "1e9", "12abc".
    tail = phrase[end : end + 1]
    if tail == "." and phrase[end + 1 : end + 2].isdigit():
        raise MalformedNumberError(
            phrase, start, end + 2, "a number with two decimal points", "write one decimal point"
        )
    right = rx.right.match(phrase, end)
    assert right is not None
    if (
        start > 0
        and right.end() == end
        and phrase[start:end].isdigit()
        and (
            _is_code(phrase, start - 1)
            if phrase[start - 1] == "-"
            else phrase[start - 1].isspace() and _is_index(phrase, start, end)
        )
    ):
        return None  # a name: "COVID-19", "F-35", "the S&P 500", "the FTSE 100"
    # A mixed number: "2½", "3 1/2", "5 and a half"; the whole number has at most three digits
    # (not a year: "by 2030 1/3 of", "in 2024 and a half").
    body = phrase[start:end].lstrip(_SIGNS)
    if body.isdigit() and len(body) < 4:
        mixed = _mixed_after(phrase, start, end, rx.mixed)
        if mixed is not None:
            fraction, rounding = _mixed_fraction(mixed)
            value = _int_digits(phrase, end - len(body), end) + fraction
            negative = phrase[start] in _SIGNS
            end = mixed.end()
            return _finish(phrase, start, end, phrase[start:end], -value if negative else value,
                           rounding, pol, taken_until, rx, None, None)  # fmt: skip
    if tail.isalpha() and right.end() == end:
        stop = end
        while stop < len(phrase) and phrase[stop].isalnum():
            stop += 1
        if _NAME_CODE.fullmatch(phrase, start, stop):
            return None  # a name, not a number: "5G networks", "3D printing", "4K screens"
        if stop == end + 1 and tail == "s" and phrase[start - 1 : start] == "-":
            return None  # an age group: "the under-25s", "over-65s"
        if not (stop == end + 1 and tail == "x"):  # "rose 3x" is read as "3 times" is
            raise MalformedNumberError(
                phrase,
                start,
                stop,
                f"the number runs into letters: {phrase[start:stop]!r}",
                "write numbers as prose does (13 trillion, 2.5bn, 64.1%); "
                "scientific notation is not read",
            )
    value, step, trailing = _parse_digits(phrase, start, end)
    raw = phrase[start:end]
    left = _left(phrase, start, taken_until, rx)
    # A four-digit year, alone: 2024, "in 2025"; not an amount ("$2024", "nearly 1500") or a
    # count ("a total of 1850 enterprises").
    if (
        end - start == 4
        and (right.end() == end or _unit_of_the_next(phrase, right, rx))
        and (raw[:2] == "20" or "15" <= raw[:2] <= "19")
        and raw.isdigit()
        and left.group("cur") is None
    ):
        # A fiscal or school year: "2024-25", "2024/25", "2024–2025" (the next year only).
        fiscal = rx.fiscal.match(phrase, end)
        following = int(raw) + 1
        if fiscal is not None and int(fiscal.group(1)) in (following % 100, following):
            whole = phrase[start : fiscal.end()]
            return _exact(whole, start, fiscal.end(), whole, _ZERO, "period", rx.points[0][1])
        # "between 2020 and 2024": two years, a period (not "between 1500 and 2000 people").
        years = rx.and_year.match(phrase, end) if left.group("between") is not None else None
        if (
            years is not None
            and left.group("hedge") is None
            and 1950 <= int(raw) < int(years.group(1)) <= 2100
        ):
            first = _span(left, "between", start)[0]
            whole = phrase[first : years.end()]
            return _exact(whole, first, years.end(), whole, _ZERO, "period", rx.points[0][1])
        if _looks_like_year(phrase, start, end, rx, left):
            return _exact(raw, start, end, raw, value, "year")
    return _finish(phrase, start, end, raw, value, (step, trailing), pol, taken_until, rx,
                   right, left)  # fmt: skip


def _unit_of_the_next(phrase: str, right: re.Match[str], rx: _Patterns) -> bool:
    """Whether the currency after a number is the next number's, written before it: "in
    2019 CHF 3 billion", "by 2030 INR 500 crore" (the year keeps no unit)."""
    unit = right.group("unit")
    return (
        unit is not None
        and right.group("scale") is None
        and rx.next_digit.match(phrase, right.end()) is not None
        and _unit_from_text(unit) not in _PERCENT_UNITS
    )


def _looks_like_year(phrase: str, start: int, end: int, rx: _Patterns, left: re.Match[str]) -> bool:
    if left.group("hedge") is not None:
        # A hedge makes a four-digit number an amount ("nearly 1500", "more than 2000"), but
        # "about", "around", "circa" may also hedge a year after a word that places it in time
        # ("by around 2030", "in about 2025").
        hedge_start, hedge_end = _span(left, "hedge", start)
        hedge_word = " ".join(phrase[hedge_start:hedge_end].lower().split())
        if hedge_word in _CIRCA:
            return not _count_noun_follows(phrase, end, rx)  # "built c. 1850", "(ca. 1990)"
        hedge = HEDGE_BY_WORD.get(hedge_word)
        if hedge is None or hedge.name != "about":
            return False
        before = rx.year_before.search(phrase, max(0, hedge_start - 12), hedge_start)
        if before is None or before.group("word").lower() not in _HEDGED_YEAR_WORDS:
            return False
        return not _count_noun_follows(phrase, end, rx)
    before = rx.year_before.search(phrase, max(0, start - 12), start)
    if before is not None:
        word = before.group("word").lower()
        if word == "of" and rx.amount_of.search(phrase, max(0, start - 40), start):
            return False  # "a mean of 1500", not "the first half of 2024"
        return word in _TIME_WORDS or not _count_noun_follows(phrase, end, rx)
    if rx.time_the.search(phrase, max(0, start - 16), start):
        # "since the 2008 crisis", not "since the 1500 workers were laid off"
        return not _count_noun_follows(phrase, end, rx)
    after = phrase[end : end + 2]
    return after == "" or after[0] in ".,;:)!?'\"" or after.startswith(" (")


def _count_noun_follows(phrase: str, end: int, rx: _Patterns) -> bool:
    """Whether a plural noun follows the number ending at ``end``: "1850 enterprises"."""
    noun = rx.label.match(phrase, end)
    if noun is None:
        return False
    word = noun.group(1).lower()
    if word in _DATED_NOUNS or word in _STOPWORDS or word in _NOT_PLURALS:
        return False
    return word in _IRREGULAR_PLURALS or (
        len(word) > 2 and word.endswith("s") and not word.endswith(("ss", "is", "us"))
    )  # "crisis", "basis", "census", "stimulus" are singular


def _left(phrase: str, start: int, taken_until: int, rx: _Patterns) -> re.Match[str]:
    """What precedes the number at ``start``, read backwards over at most 60 characters.

    Groups of the match are offsets into the reversed window: ``_span`` maps them back.
    """
    window = start - 60 if start - 60 > taken_until else taken_until
    if window >= start:
        return rx.nothing_before
    left = rx.left_rev.match(phrase[window:start][::-1])
    assert left is not None  # every group is optional
    return left


def _span(left: re.Match[str], group: str, start: int) -> tuple[int, int]:
    """The offsets in the phrase of a group of ``_left``'s match for the number at ``start``."""
    a, b = left.span(group)
    return start - b, start - a


def _scale_and_unit(
    phrase: str, right: re.Match[str], rx: _Patterns
) -> tuple[str | None, str | None, int]:
    """The scale word and unit that ``right`` (the context after a number) read, and where
    they end: "2.4 billion", "64.1 percent", "1.2 trillion won" (after a scale word, "won" and
    "rand" are currencies when the phrase speaks of Korea or South Africa)."""
    span_end = right.end()
    scale = unit = None
    if span_end != right.start():
        scale_text, unit_text, unit2_text = right.groups()
        if scale_text:
            scale = _scale_from_text(scale_text)
        unit_text = unit_text or unit2_text
        if unit_text:
            unit = _unit_from_text(unit_text)
        elif scale_text and (won := rx.scaled_currency.match(phrase, span_end)) is not None:
            code = {"won": "KRW", "rand": "ZAR"}[won.group(1).lower()]
            if rx.currency_places[code].search(phrase) is not None:
                unit, span_end = code, won.end()
    return scale, unit, span_end


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
    if left is None:
        left = _left(phrase, start, taken_until, rx)
    # Groups of ``left``, read only when it matched anything: most numbers stand alone.
    minus = cur = hedge_group = between = from_ = dir_up = dir_down = None
    if left.end():
        minus, cur, hedge_group, between, from_, dir_down, dir_up = left.groups()

    # A range: "5-7%", "5 to 7 percent", "between 5 and 7 percent".
    high: tuple[Fraction, Fraction, int] | None = None
    value_text = raw
    following = phrase[span_end : span_end + 1]
    # (Each regex below is tried only where its first character could match.)
    if digits is not None and from_ is None and (following in _JOIN_FIRST or following.isspace()):
        joiner = rx.range_join.match(phrase, span_end)
        if joiner is not None:
            second = rx.digit_atom.match(phrase, joiner.end())
            join_word = joiner.group().strip().lower()
            if (
                second is not None
                and second.lastgroup == "digits"
                and (join_word != "and" or between is not None)
                and (join_word != "to" or unit is None or between is not None)
                # "rose by 1.2 million to 5.3 million": the change, then the level reached
                and not (
                    join_word == "to"
                    and scale is not None
                    and (dir_up is not None or dir_down is not None)
                    and hedge_group is None
                    and rx.by_before.search(phrase, max(0, start - 8), start) is not None
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
                if (unit is None or unit == unit2) and (scale is None or scale == scale2):
                    if mixed2 is None:
                        high = _parse_digits(phrase, *second.span())
                    else:
                        fraction, (fraction_step, _) = _mixed_fraction(mixed2)
                        high = (int(second_body) + fraction, fraction_step, 0)
                    top = high[0]
                    if top.numerator * value.denominator >= value.numerator * top.denominator:
                        value_text = phrase[start:second_end]
                        unit, scale = unit2, scale2
                        span_end = right2.end()
                    else:
                        high = None

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
        span_start = min(span_start, _span(left, "minus", start)[0])
    if hedge_group is not None:
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
    if dir_up is not None and _PHRASAL_UP.search(phrase, 0, _span(left, "dir_up", start)[0]):
        pass  # "made up 20 percent", "set up", "took up": a share or an amount, not a rise
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
            word = (up or after.group("down")).lower()
            # "five more than" is a difference of counts; "5bn more" of an amount is no sign.
            if word not in ("more", "fewer", "less") or (
                unit is None and rx.than.match(phrase, after.end()) is not None
            ):
                direction = 1 if up else -1
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
        strict, lenient, sig_step = _rounding_pair(value, step, trailing, pol)
        if high is not None:
            high_value, high_step, high_trailing = high
            if direction < 0:
                high_value = -high_value
            hi_strict, hi_lenient, _ = _rounding_pair(high_value, high_step, high_trailing, pol)
            same = lenient is strict and hi_lenient is hi_strict
            strict = _hull(strict, hi_strict)
            lenient = strict if same else _hull(lenient, hi_lenient)
        elif hedge is not None:
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


_RANGE_TEXT: Final = re.compile(r"\d[^\d.,]+\d")


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
    elif reading.step and (reading.scale or any(ch.isdigit() for ch in reading.value)):
        # digits, or a number in words of a scale word ("five trillion"), rounded like digits
        text = reading.value.replace(",", "")
        trailing = 0
        if reading.step.denominator == 1 and text.strip("0"):
            trailing = len(text) - len(text.rstrip("0"))
        strict, lenient, step = _rounding_pair(value, reading.step, trailing, policy)
    else:  # any other number in words is exact (a hedge on it reads it with a step of one)
        strict = lenient = Interval.point(value)
        step = _ONE
    if hedge_name:
        hedge = _override_hedge(reading, hedge_name, policy)
        hedge_name = hedge.name
        strict, lenient = _hedged_signed(hedge, value, step, strict, lenient, policy)
    return attrs.evolve(reading, hedge=hedge_name or None, strict=strict, lenient=lenient)


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


def _hull(a: Interval, b: Interval) -> Interval:
    """``a.hull(b)`` for two bounded, non-empty intervals (rounding intervals are), comparing
    bounds as integers: ``p/q < r/s`` exactly when ``p*s < r*q``."""
    a_lo, b_lo, a_hi, b_hi = cast(Fraction, a.lo), cast(Fraction, b.lo), a.hi, b.hi
    order = a_lo.numerator * b_lo.denominator - b_lo.numerator * a_lo.denominator
    if order < 0:
        lo, lo_closed = a_lo, a.lo_closed
    elif order > 0:
        lo, lo_closed = b_lo, b.lo_closed
    else:
        lo, lo_closed = a_lo, a.lo_closed or b.lo_closed
    a_hi, b_hi = cast(Fraction, a.hi), cast(Fraction, b.hi)
    order = a_hi.numerator * b_hi.denominator - b_hi.numerator * a_hi.denominator
    if order > 0:
        hi, hi_closed = a_hi, a.hi_closed
    elif order < 0:
        hi, hi_closed = b_hi, b.hi_closed
    else:
        hi, hi_closed = a_hi, a.hi_closed or b.hi_closed
    return Interval(lo, hi, lo_closed, hi_closed)


def abs_interval(interval: Interval) -> Interval:
    """The interval of magnitudes of a one-signed interval (mirrors a negative one)."""
    hi = interval.hi
    if hi is not None and hi.numerator <= 0:
        return -interval
    return interval


def _scale_from_text(text: str) -> str:
    """The scale a matched scale word names (" billion", "-billion", "lakh  crore")."""
    return _SCALES[" ".join(text.lstrip().lstrip("-").lower().split())][0]


def _unit_from_text(text: str) -> str:
    """The canonical unit a matched unit word names (" dollars", "-dollar", "US  dollars")."""
    text = text.strip().lower().lstrip("-")
    unit = _UNIT_WORDS.get(text)
    if unit is None:
        unit = _UNIT_WORDS[" ".join(text.replace("-", " ").split())]
    return unit


def _resolve_yen(phrase: str, position: int, pol: ReadingPolicy, rx: _Patterns) -> str:
    says_yuan = rx.yuan.search(phrase) is not None
    says_yen = rx.yen.search(phrase) is not None
    if says_yuan and not says_yen:
        return "CNY"
    if says_yen and not says_yuan:
        return "JPY"
    if pol.yen_symbol is not None:
        return pol.yen_symbol
    raise AmbiguousUnitError(
        phrase,
        position,
        position + 1,
        "'¥' stands for both yuan and yen and nothing here says which",
        "set yen_symbol='CNY' or 'JPY' in the reading policy, or quote the currency name",
    )


def _label_after(phrase: str, position: int, rx: _Patterns) -> str | None:
    if not phrase[position : position + 1].isspace():
        return None
    match = rx.label.match(phrase, position)
    if match is None:
        return None
    first, second = match.group(1), match.group(2)
    if first.lower() in _STOPWORDS:
        return None
    if second and second.lower() not in _STOPWORDS and not first.lower().endswith("s"):
        return f"{first} {second}"
    return first


def _rounding_pair(
    value: Fraction, step: Fraction, trailing: int, pol: ReadingPolicy
) -> tuple[Interval, Interval, Fraction]:
    """Strict and lenient rounding intervals, and the step of the last significant digit.

    When both readings are the same interval, the same object is returned twice.
    """
    significant_step = step * 10**trailing if trailing else step
    if pol.base is not None:
        interval = _unround(value, pol.base, pol.rounding)
        return interval, interval, max(pol.base, significant_step)
    if trailing == 0 or pol.trailing_zeros == "significant":
        strict = _unround(value, step, pol.rounding)
        return strict, strict, significant_step
    if pol.trailing_zeros == "placeholders":
        lenient = _unround(value, significant_step, pol.rounding)
        return lenient, lenient, significant_step
    strict = _unround(value, step, pol.rounding)
    return strict, _unround(value, significant_step, pol.rounding), significant_step


def _unround(value: Fraction, step: Fraction, rule: str) -> Interval:
    """The numbers that round to ``value`` at ``step`` under ``rule`` (scrutiny's semantics).

    Bounds are built from integers (``value = p/q``, ``step = c/d``) with one ``Fraction``
    each: exact, and several times cheaper than Fraction arithmetic.
    """
    p, q = value.numerator, value.denominator
    c, d = step.numerator, step.denominator
    if rule in _NEAREST_RULES:
        # value -/+ step/2 = (2pd -/+ qc) / 2qd
        twice_pd, qc, den = 2 * p * d, q * c, 2 * q * d
        lo, hi = Fraction(twice_pd - qc, den), Fraction(twice_pd + qc, den)
        # lo < hi (the step is positive), so no end can make the interval empty.
        if rule == "up_or_down":
            return Interval._nonempty(lo, hi, True, True)
        if rule == "up":
            return Interval._nonempty(lo, hi, True, False)
        if rule == "down":
            return Interval._nonempty(lo, hi, False, True)
        last_digit_even = Fraction(p * d, q * c).numerator % 2 == 0  # even
        return Interval._nonempty(lo, hi, last_digit_even, last_digit_even)
    # value -/+ step = (pd -/+ qc) / qd
    pd, qc, den = p * d, q * c, q * d
    if rule == "ceiling":
        return Interval(Fraction(pd - qc, den), value, False, True)
    if rule == "floor":
        return Interval(value, Fraction(pd + qc, den), True, False)
    if rule == "trunc":
        if p > 0:
            return Interval(value, Fraction(pd + qc, den), True, False)
        if p < 0:
            return Interval(Fraction(pd - qc, den), value, False, True)
        return Interval(-step, step, False, False)
    if p > 0:  # anti_trunc: away from zero
        return Interval(Fraction(pd - qc, den), value, False, True)
    if p < 0:
        return Interval(value, Fraction(pd + qc, den), True, False)
    return Interval.point(0)


_NEAREST_RULES: Final = frozenset(["up_or_down", "up", "down", "even"])
