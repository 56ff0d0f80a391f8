"""The number grammar: digits, mixed numbers, and what the words around them say.

Parsing digits into exact Fractions with their rounding step, mixed numbers ("2½", "3 and a
half"), and the tests that decide what a run of digits is: a year, an index's name ("S&P
500"), a code ("COVID-19"), a count; then the scale, unit, label and currency after it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from fractions import Fraction
from types import MappingProxyType

from factcheck.errors import AmbiguousUnitError, MalformedNumberError
from factcheck.hedges import HEDGE_BY_WORD
from factcheck.reading.lazy import lazy_pattern
from factcheck.reading.lexicon import (
    _GLYPHS,
    _PERCENT_UNITS,
    _SCALES,
    _STOPWORDS,
    _UNIT_WORDS,
)
from factcheck.reading.number_words import (
    _FRACTION_WORDS,
    _SMALL,
    _TENS,
)
from factcheck.reading.patterns import _Patterns
from factcheck.reading.policy import ReadingPolicy
from factcheck.reading.result import _ONE

TYPE_CHECKING = False  # not typing's: ``factcheck read`` starts without importing typing
if TYPE_CHECKING:
    from typing import Final

_MAX_DIGITS: Final = 400
_SIGNS: Final = "-−–"  # the en dash only where it starts a word ("fell to –2.5"), see patterns


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


_POWERS: Final = tuple(10**k for k in range(32))
_STEPS: Final = tuple(Fraction(1, 10**k) for k in range(32))


_THOUSANDS: Final = lazy_pattern(r"[0-9]{1,3}(?:,[0-9]{3})*|[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}")
"""Digits grouped in thousands ("1,350,000"), or in lakhs and crores as Indian English writes
them ("1,57,87,759" is 15,787,759)."""


def _parse_digits(phrase: str, start: int, end: int) -> tuple[Fraction, Fraction, int]:
    """The value, the step of the last written digit, and the count of trailing zeros."""
    text = phrase[start:end]
    negative = text[0] in _SIGNS
    body = text[1:] if negative else text
    if " " in body or "\u00a0" in body or "\u2009" in body or "\u202f" in body:
        body = "".join(body.split())  # "5 000 000", grouped by the pattern in threes
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
_CODE_BEFORE: Final = lazy_pattern(
    r"(?<![A-Za-z0-9])([A-Z]{1,8}|Covid|[A-Z][a-z]?[A-Z][A-Za-z]{0,5})\Z"
)


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
        "Office": frozenset(["365"]),
        "Dynamics": frozenset(["365"]),
        "Microsoft": frozenset(["365"]),
        "Xbox": frozenset(["360"]),
        "Windows": frozenset(["7", "8", "10", "11"]),
        "Boeing": frozenset(["707", "717", "727", "737", "747", "757", "767", "777", "787"]),
    }
)
"""Names whose number is part of the name, with that number only: stock indices, lists and
products ("the S&P 500 rose 1.2 percent", "the FTSE 100", "CSI 300", "Office 365 commercial
revenue", "the Boeing 737"; not "the Nikkei 38000", nor "Russell 12 said", nor "Boeing 12")."""
_WORD_BEFORE: Final = lazy_pattern(r"(?<![A-Za-z&])([A-Za-z&]+)\s\Z")


def _is_index(phrase: str, start: int, end: int) -> bool:
    found = _WORD_BEFORE.search(phrase, max(0, start - 10), start)
    return found is not None and phrase[start:end] in _INDICES.get(found.group(1), ())


def _is_code(phrase: str, hyphen: int) -> bool:
    """Whether the word before the hyphen at ``hyphen`` names something with the digits after
    it: in capitals, not a prefix or a month ("COVID-19", "Covid-19", "F-35", "MH-17"; not
    "Labour-412 seats", "Yes-52", "POST-2020", nor "mid-2024")."""
    found = _CODE_BEFORE.search(phrase, max(0, hyphen - 9), hyphen)
    return found is not None and found.group(1).lower() not in _PREFIX_WORDS


_NAME_CODE: Final = lazy_pattern(r"[0-9]{1,4}(?![eE][0-9+-])[A-Z][A-Za-z0-9]{0,3}")
"""Digits that run into a capital letter make a name ("5G", "3D", "4K", "10X"), except the
exponent of scientific notation ("1E9"), which is refused as before."""
_DOZENS: Final = lazy_pattern(r"dozen|hundred", re.IGNORECASE)


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
        mixed.groupdict().get("words") and _ends_before(phrase, start, ("between",))
    ):
        return None
    top = mixed.groupdict().get("top")
    if top and int(top) >= int(mixed.group("bottom")):
        return None  # "7 5/4" is not a fraction of a whole
    return mixed


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
    if _YEAR_NOUN.match(phrase, end):
        return True  # "the 2012 fiscal year", "the 2020 census"
    if left.group("hedge") is not None:
        # "40 percent higher than 2020": a comparison with a year, after a number
        hedge_start = _span(left, "hedge", start)[0]
        if _AFTER_A_NUMBER.search(phrase, max(0, hedge_start - 30), hedge_start) and (
            _COMPARATIVE.fullmatch(phrase, hedge_start, _span(left, "hedge", start)[1])
        ):
            return not _count_noun_follows(phrase, end, rx)
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
    if (
        phrase[start : start + 2] in ("19", "20")
        and _THE.search(phrase, max(0, start - 5), start)
        and _CAPITALISED_NEXT.match(phrase, end)
    ):
        return True  # "the 2014 Parliament elections", "the 2014 Lok Sabha poll": a name's year
    after = phrase[end : end + 2]
    if not phrase[:start].strip() and _CAPITALISED_NEXT.match(phrase, end):
        return True  # "2008 Cumulative Job loss": a year heading a line
    return after == "" or after[0] in ".,;:)!?'\"" or after.startswith(" (")


_YEAR_NOUN: Final = lazy_pattern(
    r"\s+(?:fiscal|financial|calendar|school|academic|budget|tax|model|crop)\s+years?\b"
    # up to two words between: "Canada's 2011 federal election", "the 2015 UK general
    # election", "the 2016 EU referendum", "the 2011 population census"
    r"|\s+(?:(?:(?-i:[A-Z][A-Za-z.'-]*)|federal|general|presidential|parliamentary|legislative"
    r"|local|national|state|provincial|municipal|regional|mid-?term|snap|assembly|population"
    r"|housing|agricultural|economic)\s+){0,2}"
    r"(?:census|election|elections|referendum|olympics|world\s+cup)\b",
    re.IGNORECASE,
)
_AFTER_A_NUMBER: Final = lazy_pattern(
    r"[0-9](?:\s*%|\s+per\s*cent|\s+percent)?\s+\Z", re.IGNORECASE
)
_COMPARATIVE: Final = lazy_pattern(
    r"(?:higher|lower|more|less|greater|fewer)\s+than|over|above|below|under", re.IGNORECASE
)
_EARLIER: Final = lazy_pattern(
    r"\b(?:previously|originally|initially|earlier|first|prior)\s+\Z", re.IGNORECASE
)


def _not_a_hedge(phrase: str, start: int, end: int) -> bool:
    """Whether the hedge words at ``phrase[start:end]`` do not hedge the number after them.

    After a number they compare it with a base: "131 per cent higher than Rs 1,239.67 crore",
    "up 87 per cent over Rs 1,529.92 crore" (the base is as exact as any figure).  After an
    adverb of time, "estimated" names an earlier estimate: "from the previously estimated 3.3
    percent" (the earlier target itself, not a rough figure)."""
    words = " ".join(phrase[start:end].lower().split())
    if words == "estimated":
        return _EARLIER.search(phrase, max(0, start - 16), start) is not None
    return _COMPARATIVE.fullmatch(words) is not None and (
        _AFTER_A_NUMBER.search(phrase, max(0, start - 30), start) is not None
    )


_CAPITALISED_NEXT: Final = lazy_pattern(r"\s+[A-Z][a-z]")
_THE: Final = lazy_pattern(r"\bthe\s+\Z", re.IGNORECASE)


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


def _as_digits(value: Fraction) -> tuple[Fraction, int]:
    """The step and trailing-zero count of a whole number as its digits would be written:
    "twenty" is "20", (1, 1).  Numbers in words and the ends of ranges in words use it."""
    whole = abs(value.numerator)
    trailing = 0
    while whole and whole % 10 == 0:
        whole //= 10
        trailing += 1
    return _ONE, trailing


def _ends_before(phrase: str, start: int, endings: tuple[str, ...]) -> bool:
    """Whether the text before ``start``, trailing white space left out, ends with one of
    ``endings`` (lower case); ``phrase[:start].rstrip().lower().endswith(endings)`` without
    copying the phrase's head, which made every call as long as the phrase."""
    end = start
    while end > 0 and phrase[end - 1].isspace():
        end -= 1
    longest = max(len(ending) for ending in endings)
    return phrase[max(0, end - longest) : end].lower().endswith(endings)
