"""The vocabulary a generated writer uses (currencies, scale words, hedges, direction forms,
number words) and :class:`Phrase`, one figure as written, part by part."""

from __future__ import annotations

import re
from collections.abc import Mapping
from fractions import Fraction

import attrs

# -- the vocabulary a writer uses -------------------------------------------------------------

CURRENCIES: tuple[str, ...] = ("CNY", "USD", "EUR", "GBP")
_CURRENCY_STYLES: Mapping[str, tuple[tuple[str, str], ...]] = {
    # (before the number, after the scale word)
    "CNY": (("", " yuan"), ("RMB", ""), ("CNY ", ""), ("", " yuan")),
    "USD": (("$", ""), ("US$", ""), ("", " dollars"), ("$", "")),
    "EUR": (("€", ""), ("", " euros"), ("EUR ", ""), ("€", "")),
    "GBP": (("£", ""), ("", " pounds"), ("GBP ", ""), ("£", "")),
}
_SCALES: Mapping[str, int] = {"thousand": 3, "million": 6, "billion": 9, "trillion": 12}
_SCALE_ABBREVIATIONS: Mapping[str, str] = {"million": "mn", "billion": "bn", "trillion": "tn"}
_RATE_UNITS = ("%", " percent", " per cent", " percent")
_PP_UNITS = (" percentage points", " pp", " percentage points")
_UNIT_SWAP: Mapping[str, str] = {
    "%": " pp",
    " percent": " percentage points",
    " per cent": " percentage points",
    "-percent": "-percentage-point",
    " pp": "%",
    " percentage points": " percent",
    "-percentage-point": "-percent",
}
HEDGE_WORDS: tuple[str, ...] = (
    "about",
    "roughly",
    "nearly",
    "over",
    "more than",
    "at least",
    "up to",
)
"""The hedges a generated writer uses, each as written."""

# Direction forms: (positive, negative) templates around the core ("7.2 percent").  A form
# with the hyphenated unit ("a 0.9-percentage-point increase") forces that unit.
_GROWTH_FORMS: tuple[tuple[str, str], ...] = (
    ("rose {}", "fell {}"),
    ("up {}", "down {}"),
    ("grew {}", "declined {}"),
    ("increased by {}", "decreased by {}"),
    ("a {} increase", "a {} decrease"),
    ("a {} year-on-year increase", "a {} year-on-year decrease"),
    ("an increase of {}", "a decline of {}"),
)
_GAP_FORMS: tuple[tuple[str, str], ...] = (
    ("{} higher than the national average", "{} lower than the national average"),
    ("{} higher", "{} lower"),
)
_CHANGE_FORMS: tuple[tuple[str, str], ...] = (
    ("contributing {} to overall growth", "dragging overall growth down by {}"),
    ("up {}", "down {}"),
    ("a {} increase", "a {} decrease"),
)
_DIFFERENCE_FORMS: tuple[tuple[str, str], ...] = (
    ("{} more than last year", "{} fewer than last year"),
    ("{} more than a year earlier", "{} fewer than a year earlier"),
)
_SHARE_FORMS: tuple[str, ...] = (
    "accounting for {} of the total",
    "{} of the total",
    "a share of {}",
    "{}",
)
_LEVEL_FORMS: tuple[str, ...] = (
    "{}",
    "reached {}",
    "totaled {}",
    "worth {}",
    "{} in the first half",
    "{} in 2024",
    "{} last year",
)
_COUNT_FORMS: tuple[str, ...] = ("{} enterprises", "{} companies", "{} projects", "{}")
_FORMS: Mapping[str, tuple[tuple[str, str], ...]] = {
    "growth": _GROWTH_FORMS,
    "gap": _GAP_FORMS,
    "change": _CHANGE_FORMS,
    "difference": _DIFFERENCE_FORMS,
    "share": tuple((form, form) for form in _SHARE_FORMS),
    "level": tuple((form, form) for form in _LEVEL_FORMS),
    "count": tuple((form, form) for form in _COUNT_FORMS),
    "fx": (("{}", "{}"),),
}
_SIGNED_ROLES = frozenset({"growth", "gap", "change", "difference"})
"""Roles whose forms carry the sign in words ("fell", "lower", "fewer")."""

_SMALL_WORDS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_WORDS_UP_TO = 1000
"""Whole numbers below this can be written in words."""
_TENS_WORDS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _in_words(n: int) -> str:
    if n >= 100:  # "one hundred and five"
        hundreds, rest = divmod(n, 100)
        head = f"{_SMALL_WORDS[hundreds]} hundred"
        return f"{head} and {_in_words(rest)}" if rest else head
    if n < 20:
        return _SMALL_WORDS[n]
    tens, units = divmod(n, 10)
    word = _TENS_WORDS[tens - 2]
    return word if units == 0 else f"{word}-{_SMALL_WORDS[units]}"


# -- a phrase, as written ---------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Phrase:
    """How one figure is written, part by part, so an injector can change one part.

    The number is ``digits`` units of ``10**-decimals`` (``decimals`` may be negative: a count
    rounded to thousands, "123,000", is 123 at ``decimals=-3``), a magnitude; the sign is in
    ``negative`` and is written by the direction form (or a minus sign).
    """

    kind: str
    """What the phrase says it is: "amount", "rate", "pp", "count" or "fx"."""
    digits: int
    decimals: int
    negative: bool = False
    hedge: str = ""
    role: str = "level"
    form: int = 0
    currency: str = ""
    style: int = 0
    scale: str = ""
    abbreviated: bool = False
    unit: str = ""
    minus: str = "-"
    words: bool = False
    commas: bool = False
    template: tuple[str, str] | None = None
    """(rise, decline) around the core, in place of the role's form: a real-phrasing form
    (:mod:`factcheck.strategies_phrasing`), or the sentence two figures share ("increased by
    {} to 712,500")."""
    spelled: str = ""
    """The number and its unit in words ("half a percentage point"), in place of both."""
    groups: str = ""
    """The separator of thousands groups when not a comma ("5 000 000"), or "lakh" for the
    Indian grouping ("12,34,567")."""
    hedge_symbol: str = ""
    """The hedge written as a symbol ("≥ ", ">"), in place of its word."""

    @property
    def role_signed(self) -> bool:
        """Whether the form, not a minus sign, writes the sign."""
        return self.role in _SIGNED_ROLES

    @property
    def step(self) -> Fraction:
        """One unit of the last digit the writer rounded at, in display units."""
        return Fraction(10) ** -self.decimals

    @property
    def magnitude(self) -> Fraction:
        """The number as written (unsigned), in display units."""
        return self.digits * self.step

    @property
    def factor(self) -> Fraction:
        """Display units -> base units (10**9 for "billion", 1/100 for percent)."""
        if self.kind in ("rate", "pp"):
            return Fraction(1, 100)
        if self.scale:
            return Fraction(10) ** _SCALES[self.scale]
        return Fraction(1)

    @property
    def value(self) -> Fraction:
        """The signed number as written, in base units."""
        signed = -self.magnitude if self.negative else self.magnitude
        return signed * self.factor

    def number_text(self) -> str:
        if self.words:
            return _in_words(self.digits)
        if self.decimals > 0:
            text = str(self.digits).rjust(self.decimals + 1, "0")
            whole, fraction = text[: -self.decimals], text[-self.decimals :]
        else:
            whole, fraction = str(self.digits) + "0" * -self.decimals, ""
        if self.commas and len(whole) > 3 and self.groups == "lakh":  # "12,34,567"
            head, tail = whole[:-3], whole[-3:]
            pairs = [head[max(0, i - 2) : i] for i in range(len(head), 0, -2)]
            whole = ",".join([*reversed(pairs), tail])
        elif self.commas and len(whole) > 3:
            whole = f"{int(whole):,}".replace(",", self.groups or ",")
        return f"{whole}.{fraction}" if fraction else whole

    def core(self) -> str:
        """Hedge, currency, number, scale and unit: "about $1.81 trillion"."""
        if self.spelled:
            return f"{self.hedge} {self.spelled}" if self.hedge else self.spelled
        number = self.number_text()
        if self.negative and self.role not in _SIGNED_ROLES:
            number = self.minus + number
        before = after = ""
        if self.kind == "amount":
            before, after = _CURRENCY_STYLES[self.currency][self.style]
        scale = ""
        if self.scale:
            abbreviation = _SCALE_ABBREVIATIONS.get(self.scale)
            scale = abbreviation if self.abbreviated and abbreviation else f" {self.scale}"
        text = f"{before}{number}{scale}{after}{self.unit}"
        if self.hedge_symbol:
            return f"{self.hedge_symbol}{text}"
        return f"{self.hedge} {text}" if self.hedge else text

    @property
    def _template(self) -> str:
        positive, negative = self.template or _FORMS[self.role][self.form]
        return negative if self.negative and self.role in _SIGNED_ROLES else positive

    @property
    def text(self) -> str:
        return self._template.format(self.core())

    def pick(self) -> tuple[str, int] | None:
        """In a sentence two figures share, this figure's number as written and its index
        among the quote's numbers written the same way (``Figure.value`` and ``index``)."""
        if self.template is None or self.spelled or self.words:
            return None
        value = self.number_text()
        before = self._template.split("{}")[0]
        pattern = rf"(?<![\d.,]){re.escape(value)}(?![\d]|[.,]\d)"
        return value, len(re.findall(pattern, before))
