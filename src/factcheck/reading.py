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

__all__ = ["ROUNDING_RULES", "Reading", "ReadingPolicy", "read", "read_one"]

import re
from collections.abc import Mapping
from fractions import Fraction
from types import MappingProxyType
from typing import Final, Literal

import attrs

from factcheck.errors import AmbiguousUnitError, MalformedNumberError, ReadingError
from factcheck.hedges import HEDGE_WORDS, HEDGES, Hedge, Within, hedge_for
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
    }
)

_PREFIXES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "us$": "USD",
        "$": "USD",
        "€": "EUR",
        "£": "GBP",
        "rmb": "CNY",
        "cny": "CNY",
        "usd": "USD",
        "eur": "EUR",
        "gbp": "GBP",
        "jpy": "JPY",
        "¥": "?",  # yuan or yen: decided by context or policy, never guessed
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
_MULTIPLES: Final[Mapping[str, Fraction]] = MappingProxyType(
    {
        "doubled": Fraction(2),
        "tripled": Fraction(3),
        "trebled": Fraction(3),
        "quadrupled": Fraction(4),
        "halved": Fraction(1, 2),
    }
)
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_UP_WORDS = (
    "up|rose|rise|rises|rising|risen|grew|grow|grows|growing|grown|increased|increase|"
    "increases|increasing|gained|gain|gains|climbed|climb|climbs|jumped|jump|jumps|surged|"
    "surge|surges|soared|soar|soars|expanded|expand|expands|advanced|higher|growth of|"
    "increase of|rise of|gain of|jump of|surge of|expansion of"
)
_DOWN_WORDS = (
    "down|fell|fall|falls|falling|fallen|dropped|drop|drops|declined|decline|declines|"
    "declining|decreased|decrease|decreases|decreasing|slid|slide|slipped|slip|shrank|"
    "shrink|shrinks|shrunk|contracted|contract|contracts|plunged|plunge|plummeted|tumbled|"
    "sank|lower|decline of|drop of|fall of|decrease of|contraction of"
)
# Written with plain spaces for reading; the verbose regexes below need them spelled out.
_UP_WORDS = _UP_WORDS.replace(" ", r"\s+")
_DOWN_WORDS = _DOWN_WORDS.replace(" ", r"\s+")
_AFTER_UP = "increase|rise|gain|growth|jump|surge|expansion|higher|more|up"
_AFTER_DOWN = "decrease|decline|drop|fall|contraction|reduction|lower|fewer|less|down"
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
        return Fraction(value)
    raise TypeError(f"base={value!r} must be a Fraction, an int or a decimal string")


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
        factor = Fraction(10) ** _SCALES[self.scale][1] if self.scale else Fraction(1)
        if self.unit in ("percent", "percentage_point"):
            factor /= 100
        elif self.unit == "basis_point":
            factor /= 10000
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


def _plain(value: Fraction) -> str:
    from factcheck.intervals import decimal_text

    return decimal_text(value)


# -- the scanner ----------------------------------------------------------------------------

_HEDGE_ALT = "|".join(re.escape(word) for word in HEDGE_WORDS)
_CURRENCY_PREFIX = r"(?:us\$|\$|€|£|¥|(?:rmb|cny|usd|eur|gbp|jpy)\s?)"

_UNITS_DIGIT = "one|two|three|four|five|six|seven|eight|nine"
_NUMBER_WORD = "|".join(
    (
        r"a\s+dozen|dozen|a\s+hundred|hundred",
        rf"(?:{'|'.join(_TENS)})(?:-(?:{_UNITS_DIGIT}))?",
        "|".join(word for word in _SMALL if word != "one"),
        r"one(?=\s+(?:thousand|million|billion|trillion)\b)",  # "one" alone is rarely a figure
    )
)
_ATOM = re.compile(
    rf"""
    (?P<date>
        \b(?:{_MONTHS})\.?\s+[0-9]{{1,2}}(?:st|nd|rd|th)?(?:,?\s+[0-9]{{4}})?\b
      | \b[0-9]{{1,2}}\s+(?:{_MONTHS})\b(?:,?\s+[0-9]{{4}}\b)?
      | \b(?:{_MONTHS})\.?\s+[0-9]{{4}}\b
    )
  | (?P<period>\b(?:first|second|third|fourth)[\s-](?:half|quarter)\b|\b[hq][1-4]\b)
  | (?P<oneinn>\b(?:one|two|three|four|five|six|seven|eight|nine|[0-9]+)\s+in\s+(?:every\s+)?
        (?:two|three|four|five|six|seven|eight|nine|ten|[0-9]+)\b)
  | (?P<multiple>\b(?:more\s+than\s+|nearly\s+|almost\s+)?
        (?:doubled|tripled|trebled|quadrupled|halved)\b)
  | (?P<fraction>\b(?:two[\s-]thirds|three[\s-]quarters
        |(?:a|one)[\s-](?:half|third|quarter|fifth|tenth)|half)\b)
  | (?P<rank>\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[0-9]+(?:st|nd|rd|th))
        -(?:highest|largest|biggest|lowest|smallest|fastest|slowest|best|worst|strongest|weakest)\b)
  | (?P<ordinal>\b(?:{"|".join(_ORDINALS)})\b|(?<![0-9.,])[0-9]+(?:st|nd|rd|th)\b)
  | (?P<word>\b(?:{_NUMBER_WORD})\b)
  | (?P<digits>(?<![0-9A-Za-z_.,])(?:[-−](?=[0-9.]))?(?:[0-9]+(?:,[0-9]+)*(?:\.[0-9]+)?|\.[0-9]+))
    """,
    re.IGNORECASE | re.VERBOSE,
)

_LEFT = re.compile(
    rf"""
    (?:(?P<dir_up>\b(?:{_UP_WORDS}))(?:\s+by)?\s+
      |(?P<dir_down>\b(?:{_DOWN_WORDS}))(?:\s+by)?\s+)?
    (?:(?P<between>\bbetween)\s+|(?P<from>\bfrom)\s+)?
    (?:(?P<hedge>\b(?:{_HEDGE_ALT}))\s*)?
    (?P<cur>{_CURRENCY_PREFIX})?
    (?P<minus>\bminus\s+)?
    \Z
    """,
    re.IGNORECASE | re.VERBOSE,
)

_SCALE_WORD = r"(?:\s*(?:thousand|million|billion|trillion)\b|(?:k|mn|mln|m|bn|bln|b|tn|trn)\b)"
_UNIT_ALT = "|".join(
    re.escape(word).replace(r"\ ", r"[\s-]+")
    for word in sorted(_UNIT_WORDS, key=lambda w: (-len(w), w))
)
_RIGHT = re.compile(
    rf"""
    (?P<scale>{_SCALE_WORD})?
    (?:(?P<unit>\s*(?:%|(?:-?(?:{_UNIT_ALT})\b)))|(?P<unit2>-(?:percentage-points?|basis-points?)\b))?
    """,
    re.IGNORECASE | re.VERBOSE,
)
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|and)\s*", re.IGNORECASE)
_AFTER = re.compile(
    rf"""
    (?:[\s-]+(?:year[\s-]on[\s-]year|year[\s-]over[\s-]year|y[\s/-]?o[\s/-]?y|annual|
        month[\s-]on[\s-]month|quarter[\s-]on[\s-]quarter|on[\s-]year))?
    [\s-]+(?:(?P<up>{_AFTER_UP})|(?P<down>{_AFTER_DOWN}))\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
_LABEL = re.compile(r"\s+([a-z][a-z-]*)(?:\s+([a-z][a-z-]*))?", re.IGNORECASE)


def read(phrase: str, *, policy: ReadingPolicy | None = None) -> tuple[Reading, ...]:
    """Every number in ``phrase``, in order, each read as a careful reader would.

    Raises a :class:`~factcheck.ReadingError` subclass naming the position when a number is
    malformed ("1350,000"), run into letters ("1e9"), written in non-ASCII digits, or carries
    an ambiguous symbol (a bare "¥" with nothing to say whether it is yuan or yen).
    """
    if not isinstance(phrase, str):
        raise TypeError(f"phrase={phrase!r} must be a str")
    pol = DEFAULT_POLICY if policy is None else policy
    _reject_foreign_digits(phrase)
    readings: list[Reading] = []
    taken_until = 0
    for match in _ATOM.finditer(phrase):
        if match.start() < taken_until:
            continue
        reading = _read_atom(phrase, match, pol, taken_until)
        if reading is None:
            continue
        readings.append(reading)
        taken_until = reading.end
    return tuple(readings)


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


def _reject_foreign_digits(phrase: str) -> None:
    for index, char in enumerate(phrase):
        if char.isdigit() and not ("0" <= char <= "9"):
            raise MalformedNumberError(
                phrase,
                index,
                index + 1,
                f"the digit {char!r} (U+{ord(char):04X}) is not an ASCII digit",
                "write numbers with the digits 0-9",
            )


def _read_atom(
    phrase: str, match: re.Match[str], pol: ReadingPolicy, taken_until: int
) -> Reading | None:
    group = match.lastgroup
    raw = match.group()
    start, end = match.span()
    if group in ("date", "period"):
        kind: Kind = "date" if group == "date" else "period"
        return _exact(raw, start, end, raw, Fraction(0), kind)
    if group == "rank":
        head = raw.split("-", 1)[0].lower()
        value = _ORDINALS.get(head) or Fraction(int(re.sub(r"\D", "", head)))
        return _exact(raw, start, end, raw, Fraction(value), "rank")
    if group == "ordinal":
        head = raw.lower()
        value = _ORDINALS.get(head) or int(re.sub(r"\D", "", head))
        return _exact(raw, start, end, raw, Fraction(value), "ordinal")
    if group == "oneinn":
        return _read_one_in_n(phrase, raw, start, end, pol)
    if group == "fraction":
        return _read_fraction_word(raw, start, end, pol)
    if group == "multiple":
        return _read_multiple(raw, start, end, pol)
    if group == "word":
        value = _word_value(raw)
        return _finish(phrase, start, end, raw, value, None, pol, taken_until, exact=True)
    assert group == "digits"
    return _read_digits(phrase, match, pol, taken_until)


def _exact(text: str, start: int, end: int, value: str, number: Fraction, kind: Kind) -> Reading:
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
        step=Fraction(0),
        strict=point,
        lenient=point,
    )


def _word_value(raw: str) -> Fraction:
    words = " ".join(raw.lower().split())
    if words in ("a dozen", "dozen", "dozens"):
        return Fraction(12)
    if words in ("a hundred", "hundred"):
        return Fraction(100)
    if "-" in words:
        tens, ones = words.split("-", 1)
        return Fraction(_TENS[tens] + _SMALL[ones])
    if words in _TENS:
        return Fraction(_TENS[words])
    return Fraction(_SMALL[words])


def _read_one_in_n(phrase: str, raw: str, start: int, end: int, pol: ReadingPolicy) -> Reading:
    words = raw.lower().split()
    top, bottom = words[0], words[-1]
    numerator = int(top) if top.isdigit() else _SMALL[top]
    denominator = int(bottom) if bottom.isdigit() else _SMALL[bottom]
    if denominator == 0 or numerator > denominator:
        raise ReadingError(
            phrase, start, end, f"{raw!r} is not a proportion", "write 'N in M' with N <= M"
        )
    return _proportion(raw, start, end, Fraction(numerator, denominator), "fraction", pol)


def _read_fraction_word(raw: str, start: int, end: int, pol: ReadingPolicy) -> Reading:
    key = " ".join(raw.lower().replace("-", " ").split())
    value = _FRACTION_WORDS.get(key) or _FRACTION_WORDS[raw.lower()]
    return _proportion(raw, start, end, value, "fraction", pol)


def _read_multiple(raw: str, start: int, end: int, pol: ReadingPolicy) -> Reading:
    words = raw.lower().split()
    value = _MULTIPLES[words[-1]]
    reading = _proportion(raw, start, end, value, "multiple", pol)
    hedge_words = " ".join(words[:-1])
    if not hedge_words:
        return reading
    hedge = hedge_for(hedge_words)
    step = value / 2
    return attrs.evolve(
        reading,
        hedge=hedge.name,
        hedge_text=hedge_words,
        strict=hedge.strict.apply(value, step, reading.strict),
        lenient=hedge.lenient.apply(value, step, reading.lenient),
    )


_WORD_STRICT: Final = Within(Fraction(25, 1000))
_WORD_LENIENT: Final = Within(Fraction(5, 100))


def _proportion(
    raw: str, start: int, end: int, value: Fraction, kind: Kind, pol: ReadingPolicy
) -> Reading:
    # Proportions and multiples in words ("a third", "doubled") are how writers round: strictly
    # within 2.5 % of the value, leniently within 5 % (docs/reading.md).
    point = Interval.point(value)
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
        step=Fraction(0),
        strict=_WORD_STRICT.apply(value, Fraction(0), point),
        lenient=_WORD_LENIENT.apply(value, Fraction(0), point),
    )


def _parse_digits(phrase: str, start: int, end: int) -> tuple[Fraction, Fraction, int]:
    """The value, the step of the last written digit, and the count of trailing zeros."""
    text = phrase[start:end]
    negative = text[0] in "-−"
    body = text[1:] if negative else text
    if "," in body:
        whole = body.split(".", 1)[0]
        groups = whole.split(",")
        if not (1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])):
            raise MalformedNumberError(
                phrase,
                start,
                end,
                f"{text!r} has commas that do not group digits in threes",
                "write thousands as 1,350,000 (or 1350000), and decimals with a point",
            )
    digits = body.replace(",", "")
    if "." in digits:
        whole_part, frac_part = digits.split(".", 1)
        step = Fraction(1, 10 ** len(frac_part))
        trailing = 0
    else:
        whole_part = digits
        step = Fraction(1)
        stripped = whole_part.rstrip("0")
        trailing = len(whole_part) - len(stripped) if stripped else 0
    if len(digits) > 400:
        raise MalformedNumberError(
            phrase,
            start,
            end,
            f"a number of {len(digits)} digits is not a figure of prose",
            "quote the number as the article writes it",
        )
    value = Fraction(digits if digits[0] != "." else "0" + digits)
    return (-value if negative else value), step, trailing


def _read_digits(
    phrase: str, match: re.Match[str], pol: ReadingPolicy, taken_until: int
) -> Reading | None:
    start, end = match.span()
    # Digits run into more digits or letters that are not a unit: "1.2.3", "1e9", "12abc".
    tail = phrase[end : end + 1]
    if tail == "." and phrase[end + 1 : end + 2].isdigit():
        raise MalformedNumberError(
            phrase, start, end + 2, "a number with two decimal points", "write one decimal point"
        )
    right = _RIGHT.match(phrase, end)
    assert right is not None
    after = right.end()
    if tail.isalpha() and after == end:
        stop = end
        while stop < len(phrase) and phrase[stop].isalnum():
            stop += 1
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
    # A four-digit year, alone: 2024, "in 2025".
    if (
        not right.group("scale")
        and not (right.group("unit") or right.group("unit2"))
        and re.fullmatch(r"(1[5-9]|20)[0-9]{2}", raw)
        and _looks_like_year(phrase, start, end)
    ):
        return _exact(raw, start, end, raw, value, "year")
    return _finish(phrase, start, end, raw, value, (step, trailing), pol, taken_until, exact=False)


def _looks_like_year(phrase: str, start: int, end: int) -> bool:
    before = phrase[max(0, start - 12) : start].lower()
    if re.search(r"\b(in|of|since|by|until|during|for|from|to|early|late|mid|year|fy)\s*$", before):
        return True
    after = phrase[end : end + 2]
    return after == "" or after[0] in ".,;:)!?'\"" or after.startswith(" (")


def _finish(
    phrase: str,
    start: int,
    end: int,
    raw: str,
    value: Fraction,
    digits: tuple[Fraction, int] | None,
    pol: ReadingPolicy,
    taken_until: int,
    *,
    exact: bool,
) -> Reading:
    """Extend a bare number with what stands around it and compute both readings."""
    lower = phrase.lower()
    # What follows: scale word, unit.
    right = _RIGHT.match(phrase, end)
    assert right is not None
    scale_text = (right.group("scale") or "").strip().lower()
    unit_text = (right.group("unit") or right.group("unit2") or "").strip().lower().lstrip("-")
    span_end = right.end() if (scale_text or unit_text) else end
    scale = _SCALES[scale_text][0] if scale_text else None
    unit = _unit_from_text(unit_text) if unit_text else None

    # A range: "5-7%", "5 to 7 percent", "between 5 and 7 percent".
    left_window_start = max(taken_until, start - 60)
    left = _LEFT.search(lower, left_window_start, start)
    assert left is not None
    range_high: tuple[Fraction, Fraction, int, str, int] | None = None
    is_between = bool(left.group("between"))
    joiner = _RANGE_JOIN.match(phrase, span_end)
    if joiner is not None and not left.group("from") and not exact:
        second = _ATOM.match(phrase, joiner.end())
        join_word = joiner.group().strip().lower()
        if (
            second is not None
            and second.lastgroup == "digits"
            and (join_word != "and" or is_between)
            and (join_word != "to" or unit is None or is_between)
        ):
            right2 = _RIGHT.match(phrase, second.end())
            assert right2 is not None
            unit2_text = (right2.group("unit") or right2.group("unit2") or "").strip().lower()
            unit2 = _unit_from_text(unit2_text.lstrip("-")) if unit2_text else None
            scale2_text = (right2.group("scale") or "").strip().lower()
            scale2 = _SCALES[scale2_text][0] if scale2_text else None
            if (unit is None or unit == unit2) and (scale is None or scale == scale2):
                high, high_step, high_trailing = _parse_digits(phrase, *second.span())
                if high >= value:
                    range_high = (
                        high,
                        high_step,
                        high_trailing,
                        phrase[start : second.end()],
                        right2.end(),
                    )
                    unit, scale = unit2, scale2
                    span_end = right2.end() if (unit2_text or scale2_text) else second.end()

    # What precedes: direction, hedge, currency symbol, "minus".
    span_start = start
    direction = 0
    hedge: Hedge | None = None
    hedge_text: str | None = None
    if left.group("cur"):
        cur = left.group("cur").strip().lower()
        currency = _PREFIXES[cur]
        if currency == "?":
            currency = _resolve_yen(phrase, left.start("cur"), pol)
        if unit is not None and unit != currency and unit not in _PERCENT_UNITS:
            raise ReadingError(
                phrase,
                left.start("cur"),
                span_end,
                f"the amount is marked both {currency} and {unit}",
                "quote one currency per number",
            )
        if unit is None:
            unit = currency
        span_start = left.start("cur")
    if left.group("minus"):
        value = -value
        span_start = min(span_start, left.start("minus"))
    if left.group("hedge"):
        hedge_text = left.group("hedge")
        hedge = pol.hedge(hedge_for(hedge_text).name)
        span_start = left.start("hedge")
    if left.group("between"):
        span_start = left.start("between")
    if left.group("dir_up") or left.group("dir_down"):
        direction = 1 if left.group("dir_up") else -1
        span_start = left.start("dir_up") if direction > 0 else left.start("dir_down")
    else:
        after = _AFTER.match(phrase, span_end)
        if after is not None:
            word = (after.group("up") or after.group("down") or "").lower()
            # "five more than" is a difference of counts; "5bn more" of an amount is no sign.
            followed_by_than = phrase[after.end() :].lstrip().startswith("than")
            if word not in ("more", "fewer", "less") or (unit is None and followed_by_than):
                direction = 1 if after.group("up") else -1
    if direction < 0 and value > 0:
        value = -value

    # The label of a count: "651 enterprises", "nine consecutive quarters".
    label = None
    if unit is None and scale is None:
        label = _label_after(phrase, span_end)

    if digits is None:
        strict = lenient = Interval.point(value)
        step = Fraction(0)
        rounding = "exact"
        if hedge is not None:
            magnitude = abs(value)
            rounded = Interval.point(magnitude)
            step = Fraction(1)
            strict = _signed(hedge.strict.apply(magnitude, step, rounded), value)
            lenient = _signed(hedge.lenient.apply(magnitude, step, rounded), value)
    else:
        step, trailing = digits
        rounding = pol.rounding if pol.base is None else f"base {_plain(pol.base)}"
        strict, lenient, sig_step = _rounding_pair(value, step, trailing, pol)
        if range_high is not None:
            high, high_step, high_trailing, _, _ = range_high
            if direction < 0:
                high = -high
            hi_strict, hi_lenient, _ = _rounding_pair(high, high_step, high_trailing, pol)
            strict = strict.hull(hi_strict)
            lenient = lenient.hull(hi_lenient)
        elif hedge is not None:
            magnitude = abs(value)
            strict = _signed(hedge.strict.apply(magnitude, sig_step, abs_interval(strict)), value)
            lenient = _signed(
                hedge.lenient.apply(magnitude, sig_step, abs_interval(lenient)), value
            )
    value_text = raw if range_high is None else range_high[3]
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


def abs_interval(interval: Interval) -> Interval:
    """The interval of magnitudes of a one-signed interval (mirrors a negative one)."""
    if interval.hi is not None and interval.hi <= 0:
        return -interval
    return interval


def _signed(interval: Interval, value: Fraction) -> Interval:
    return -interval if value < 0 else interval


def _unit_from_text(text: str) -> str:
    key = " ".join(text.replace("-", " ").split())
    if key in _UNIT_WORDS:
        return _UNIT_WORDS[key]
    return _UNIT_WORDS[text]


def _resolve_yen(phrase: str, position: int, pol: ReadingPolicy) -> str:
    lower = phrase.lower()
    says_yuan = re.search(r"\b(yuan|rmb|renminbi|china|chinese)\b", lower) is not None
    says_yen = re.search(r"\b(yen|japan|japanese)\b", lower) is not None
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


def _label_after(phrase: str, position: int) -> str | None:
    match = _LABEL.match(phrase, position)
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
    """Strict and lenient rounding intervals, and the step of the last significant digit."""
    significant_step = step * 10**trailing
    if pol.base is not None:
        interval = _unround(value, pol.base, pol.rounding)
        return interval, interval, max(pol.base, significant_step)
    if pol.trailing_zeros == "significant" or trailing == 0:
        strict_step = lenient_step = step
    elif pol.trailing_zeros == "placeholders":
        strict_step = lenient_step = significant_step
    else:
        strict_step, lenient_step = step, significant_step
    strict = _unround(value, strict_step, pol.rounding)
    lenient = strict if lenient_step == strict_step else _unround(value, lenient_step, pol.rounding)
    return strict, lenient, significant_step


def _unround(value: Fraction, step: Fraction, rule: str) -> Interval:
    """The numbers that round to ``value`` at ``step`` under ``rule`` (scrutiny's semantics)."""
    half = step / 2
    if rule == "up_or_down":
        return Interval(value - half, value + half, True, True)
    if rule == "up":
        return Interval(value - half, value + half, True, False)
    if rule == "down":
        return Interval(value - half, value + half, False, True)
    if rule == "even":
        last_digit_even = (value / step).numerator % 2 == 0
        return Interval(value - half, value + half, last_digit_even, last_digit_even)
    if rule == "ceiling":
        return Interval(value - step, value, False, True)
    if rule == "floor":
        return Interval(value, value + step, True, False)
    if rule == "trunc":
        if value > 0:
            return Interval(value, value + step, True, False)
        if value < 0:
            return Interval(value - step, value, False, True)
        return Interval(-step, step, False, False)
    if value > 0:  # anti_trunc: away from zero
        return Interval(value - step, value, False, True)
    if value < 0:
        return Interval(value, value + step, True, False)
    return Interval.point(0)
