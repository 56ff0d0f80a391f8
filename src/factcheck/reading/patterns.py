"""The compiled grammar: the regular expressions that find and split every number.

Built from the lexicon's word tables on the first read (:func:`_patterns`), never on import.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from fractions import Fraction

from factcheck.hedges import HEDGE_WORDS
from factcheck.intervals import Interval
from factcheck.reading.lexicon import (
    _AFTER_DOWN,
    _AFTER_UP,
    _AMOUNT_NOUNS,
    _CODES,
    _DOWN_WORDS,
    _GLYPHS,
    _GROWTH_KINDS,
    _SUPERLATIVES,
    _UNIT_WORDS,
    _UP_WORDS,
)
from factcheck.reading.number_words import (
    _FOLDS,
    _FRACTION_WORDS,
    _MONTHS,
    _MULTIPLES,
    _ORDINALS,
    _SMALL,
    _TENS,
)
from factcheck.reading.result import _word_windows

TYPE_CHECKING = False  # not typing's: ``factcheck read`` starts without importing typing
if TYPE_CHECKING:
    from typing import Any, Final

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

_DOLLAR_MARKS: Final = ("us", "c", "ca", "a", "au", "nz", "hk", "s", "r")
"""What may stand before "$": US$, C$, A$, NZ$, HK$, S$ (Singapore), R$ (the Brazilian real)."""
_ONEINN_TOP: Final = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_ONEINN_BOTTOM: Final = (*_ONEINN_TOP[1:], "ten")
_FRACTION_HEADS: Final = ("half", "third", "quarter", "fourth", "fifth", "sixth", "eighth", "tenth")
_MULTIPLE_VERBS: Final = (
    "doubled", "tripled", "trebled", "quadrupled", "halved",
    *(f"{word}fold" for word in _FOLDS), *(f"{word}-fold" for word in _FOLDS),
)  # fmt: skip
_TIMES_WORDS: Final = ("twice", "thrice")
"""Multiples only before a comparison: "twice as many", "twice the rate", "twice that" (not
"raised rates twice this year", "twice a year", "twice elected")."""
_DOUBLE_WORDS: Final = ("double", "triple", "treble", "quadruple")
"""Multiples only before "the", "that", "its", "their" or "what" ("more than double the 15.9
recorded", "nearly triple that"); not before "as" ("doubles as a venue") or anything else
("a double room", "triple-digit")."""
_SCALE_NAMES: Final = (
    "thousand", "million", "billion", "trillion", "lakh", "lakhs", "crore", "crores",
    "lakh crore", "lakh crores", "lakh cr",
)  # fmt: skip
# Abbreviations that are a scale even after a space ("3 mn"); "m", "b" and "k" are not ("5 m"
# may be metres), so they are a scale only when attached to the digits ("£250m").
_SPACED_SCALES: Final = ("mn", "mln", "bn", "bln", "tn", "trn", "cr")
_ATTACHED_SCALES: Final = ("k", "mn", "mln", "m", "bn", "bln", "b", "tn", "trn", "cr")


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
        # A run of nodes with one child each and no word ending is spelt out in a loop, not
        # by recursion: most of a word's letters are such a run, and the grammar is built
        # when the first phrase is read (this is a good part of ``factcheck read``'s time).
        run: list[str] = []
        while len(node) == 1 and "" not in node:
            ((char, node),) = node.items()
            run.append(_escape(char))
        branches = [_escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return "".join(run)
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "".join(run) + (f"(?:{body})?" if "" in node else body)

    return f"(?:{emit(root)})"


_ESCAPED: dict[str, str] = {" ": r"\s+"}
"""Each character of a word as :func:`_trie` writes it (a space matches any whitespace)."""


def _escape(char: str) -> str:
    escaped = _ESCAPED.get(char)
    if escaped is None:
        escaped = _ESCAPED[char] = re.escape(char)
    return escaped


def _rev(text: str) -> str:
    """``text`` spelled backwards, escaped for a regular expression over reversed text."""
    return re.escape(text[::-1])


class _Patterns:
    """The compiled grammar (see the comment above).

    Each pattern is compiled on its first use (:meth:`__getattr__`), not when the grammar is
    built: compiling is most of what building it costs, and a phrase uses only some of them
    (a number in digits with nothing before it needs neither the words' grammar nor the
    folds').
    """

    start: re.Pattern[str]
    start_ascii: re.Pattern[str]
    word_atom: re.Pattern[str]
    digit_atom: re.Pattern[str]
    left_rev: re.Pattern[str]
    hedge_rev: re.Pattern[str]
    right: re.Pattern[str]
    next_digit: re.Pattern[str]
    fiscal: re.Pattern[str]
    mixed: re.Pattern[str]
    mixed_words: re.Pattern[str]
    fraction_points: re.Pattern[str]
    ordinal_next: re.Pattern[str]
    of_a_point: re.Pattern[str]
    fold_noun: re.Pattern[str]
    fold_verb: re.Pattern[str]
    by_before: re.Pattern[str]
    plus_after: re.Pattern[str]
    and_year: re.Pattern[str]
    to_year: re.Pattern[str]
    scaled_currency: re.Pattern[str]
    range_join: re.Pattern[str]
    after: re.Pattern[str]
    than: re.Pattern[str]
    label: re.Pattern[str]
    year_before: re.Pattern[str]
    time_the: re.Pattern[str]
    amount_of: re.Pattern[str]
    yuan: re.Pattern[str]
    yen: re.Pattern[str]
    non_ascii: re.Pattern[str]

    def __init__(self) -> None:
        self._sources: dict[str, tuple[str, int]] = {}
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
        fraction_words = (
            _trie(
                {" ".join(w.replace("-", " ").split()) for w in _FRACTION_WORDS if w != "quarter"}
            )
            .replace(r"\s+", r"[\s-]+")
            .replace(" ", r"[\s-]+")
        )
        scale_words = _trie(("thousand", "million", "billion", "trillion"))
        and_fraction = r"""(?:\s+|-)and(?:\s+|-)(?P<words>a(?:\s+|-)(?:half|quarter|third)
            |three(?:\s+|-)quarters|two(?:\s+|-)thirds)\b"""
        # A sign: a hyphen or minus sign, or an en dash typeset as one, which starts a word
        # ("fell to –2.5"), unlike a range's ("5–7") or an aside's ("– 2.5 –").
        # Not the minus of a margin: "45%+/-3%" is 45 % give or take 3 %, as "45% ± 3%" is.
        sign = r"(?:(?<!\+/)[-−]|(?<![^\s(\[])(?<![0-9.%]\s)–)(?=[0-9.])"
        # "5 000 000": groups of three after a space, a no-break or a thin space (SI style)
        spaced = r"[0-9]{1,3}(?:[ \u00a0\u2009\u202f][0-9]{3})+(?![0-9])"
        digits = rf"(?:{sign})?(?:{spaced}(?:\.[0-9]+)?|[0-9]+(?:,[0-9]+)*(?:\.[0-9]+)?|\.[0-9]+)"
        # Digits start a number after anything but a letter, digit, point or comma; or right
        # after a whole-word currency code ("RMB3.85 trillion", "USD5bn").
        code_behind = "|".join(rf"\b{code}" for code in _CODES)
        # "Rs500", "Rs.500": spelt so ("RS232" is a port), and apart: two letters.
        rupees = (
            r"(?<=\b(?-i:Rs))(?=[0-9])|(?<=\b(?-i:Rs)\.)"
            # "Sh173.1b", "KSh500", "Kshs659": the shilling's marks, spelt so
            r"|(?<=\b(?-i:Sh))(?=[0-9])|(?<=\b(?-i:Shs|Ksh|KSh))(?=[0-9])|(?<=\b(?-i:Kshs))(?=[0-9])"
            # "Tk500", "RM5bn", "Rp2tn", "USh50bn", "UShs50bn", "TSh1.2tn"
            r"|(?<=\b(?-i:Tk|RM|Rp))(?=[0-9])|(?<=\b(?-i:USh|TSh))(?=[0-9])"
            r"|(?<=\b(?-i:UShs|TShs))(?=[0-9])"
            # "R1.2bn", "R500 million", "R1,200", "R18.50": the rand, only where the digits
            # look like money (a scale word, thousands grouped, cents), not "the R2 road"
            r"|(?<=\b(?-i:R))(?=[0-9]{1,3}(?:,[0-9]{3})*(?:\.[0-9]+)?"
            r"(?:\s?(?:bn|m|tn|k)\b|\s(?:million|billion|trillion)\b)"
            r"|[0-9]{1,3}(?:,[0-9]{3})+(?![0-9.,])|[0-9]+\.[0-9]{2}(?![0-9.,]))"
        )
        digits_may_start = rf"(?:(?<![0-9A-Za-z_.,])|(?<={code_behind})|{rupees})"
        starters = [
            *_MONTHS,
            *_ORDINALS,
            *_SMALL,
            *_TENS,
            *_MULTIPLE_VERBS,
            *_TIMES_WORDS,
            *_DOUBLE_WORDS,
            "dozen",
            "hundred",
            "half",
            "quarter",
        ]
        starter_words = rf"""(?:
            {_trie(starters)}
          | an?[\s-]+(?:dozen|hundred|{fraction_heads})
          | a\s+{scale_words}
          | (?:more\s+than|nearly|almost)\s+(?:{multiples}|{_trie(_TIMES_WORDS)}
                |{_trie(_DOUBLE_WORDS)})
          | [hq][1-4]
        )\b"""
        # Where a number may begin, in any text: a digit run, a sign or point before a digit,
        # or (group "w") a word that starts a written number.
        self._later("start", rf"[0-9]+ | {sign} | \.(?=[0-9]) | \b(?P<w>{starter_words})", flags)
        # The same places in ASCII text, searched in " " + text.lower() (offsets one more than
        # in the phrase; lower-casing ASCII changes no length).  The pattern opens with a plain
        # character class, which lets the regex engine skip ahead in C to the next digit, sign,
        # point or non-letter before a word, instead of trying every branch at every position.
        self._later(
            "start_ascii",
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
        self._later(
            "word_atom",
            rf"""
            (?P<date>
                \b{months}\.?\s+[0-9]{{1,2}}(?:st|nd|rd|th)?(?![.,][0-9])(?:,?\s+[0-9]{{4}})?\b
              | \b{months}\.?\s+[0-9]{{4}}\b(?![.,][0-9])
              | \b{months}\.?\s?['’][0-9]{{2}}\b
            )
          | (?P<period>\b(?:first|second|third|fourth)[\s-](?:half|quarter)\b|\b[hq][1-4]\b)
          | (?P<oneinn>\b(?P<oin_top>{top})(?:\s+(?:in|out\s+of)\s+|-in-)(?:every\s+)?
                (?P<oin_bottom>{bottom}|[0-9]+)\b)
          | (?P<scaled>\b(?:half\s+a|(?:a\s+)?quarter\s+of\s+a|three[\s-]quarters\s+of\s+a|a)
                (?=\s+{scale_words}\b))
          | (?P<multiple>\b(?:more\s+than\s+|nearly\s+|almost\s+)?(?:{multiples}\b
                |{_trie(_TIMES_WORDS)}(?=\s+(?:as|the|that|its|their)\b)
                |{_trie(_DOUBLE_WORDS)}(?=\s+(?:the|that|its|their|what)\b)))
          | (?P<fraction>\b(?:{fraction_words}|(?:quarter|half)(?=[\s-]points?\b))\b
                (?!\s+(?:before|earlier|ago|later)\b))
          | (?P<rank>\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)
                -{superlatives}\b)
          | (?P<ordinal>\b{ordinal_words}\b)
          | (?P<word>\b(?:
                a\s+dozen|dozen|a\s+hundred|hundred
              | {tens}(?:(?:-|\s+){units_digit})?
              | {small}
              | one(?=\s+(?:{scale_words}|point|hundred|percent|per\s+cent|percentage|basis
                  |per\s+mille|dollars?|euros?|pounds?|yuan|yen|rupees?)\b)
              | (?<!between\s)one(?={and_fraction})
            )\b)
            """,
            flags,
        )
        self._later(
            "digit_atom",
            rf"""
            (?P<date>\b[0-9]{{1,2}}\s+{months}\b(?:,?\s+[0-9]{{4}}\b)?
                |(?<![0-9.,/])[0-9]{{1,2}}/[0-9]{{1,2}}/(?:[0-9]{{4}}|[0-9]{{2}})(?![0-9/])
                |(?<![0-9.,])(?:0?[1-9]|[12][0-9]|3[01])\.(?:0?[1-9]|1[0-2])\.(?:[0-9]{{4}}|[0-9]{{2}})
                    (?![0-9.])
                |(?<![0-9.,/-])(?:1[5-9]|20)[0-9]{{2}}-[01][0-9]-[0-3][0-9](?![0-9-])
                |(?<![0-9.,/-])[0-9]{{1,2}}-{months}-(?:[0-9]{{4}}|[0-9]{{2}})(?![0-9]))
          | (?P<time>(?<![0-9.,:])[0-9]{{1,2}}:[0-5][0-9](?::[0-5][0-9])?(?![0-9])
                (?:\s?(?:[ap]\.\s?m\.|[ap]m\b))?
                |(?<![0-9.,:])[0-9]{{1,2}}\s?(?:[ap]\.\s?m\.|(?-i:[ap]m|[AP]M)\b))
          | (?P<oneinn>(?<![$€£¥])\b(?P<oin_top>[0-9]+)(?:\s+(?:in|out\s+of)\s+|-in-)(?:every\s+)?
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
        self._later(
            "left_rev",
            rf"""
            (?P<minus>\s+{_rev("minus")}\b)?
            (?P<cur>(?-i:R)\b
                |\s?(?:\$(?:{_trie(_DOLLAR_MARKS, reverse=True)}\b)?|₵(?:HG)?|[€£¥₹₩₽₺₦₱৳]
                |{_trie(_CODES, reverse=True)}\b|(?-i:\.?sR)\b|(?-i:s?hS|s?hsK|hSK)\b
                |(?-i:kT|MR|pR|s?hSU|s?hST)\b))?
            (?P<minus2>\s+{_rev("minus")}\b)?
            (?:\s*(?P<hedge>(?:{rev_hedges})\b|~|=?[<>≤≥]))?
            (?:\s+(?:(?P<between>{_rev("between")})|(?P<from>{_rev("from")}))\b)?
            (?:\s+(?:{_rev("another")}|{_rev("a further")}|{_rev("an additional")}
                |{_rev("a net")}|{_rev("only")}|{_rev("just")}|{_rev("a mere")}|{_rev("a record")}
                |{_rev("a revised")}|{_rev("an upwardly revised")}
                |{_rev("a downwardly revised")})\b)?
            (?:\s+(?:{_rev("by")}\s+)?
                (?:(?P<dir_down>{_trie(_DOWN_WORDS, reverse=True)}
                    |{_rev("of")}\s+{_rev("growth")}(?:\s+(?:{growth_kinds})){{1,2}}
                        \s+{_rev("negative")})
                  |(?P<dir_up>{_trie(_UP_WORDS, reverse=True)}))\b)?
            """,
            flags,
        )
        self._later("hedge_rev", rf"\s+(?P<hedge>{rev_hedges})\b", flags)
        # "2.4 billion", and the compound adjective "a 2.4-billion-dollar budget".
        # "Rs 5 lac" in lower case only: "the 2013 Lac-Mégantic derailment" is a place.
        scale = rf"""(?:(?:\s*|-)(?:{_trie(_SCALE_NAMES)})\b
            |{_trie(_ATTACHED_SCALES)}\b
            |\s+{_trie(_SPACED_SCALES)}\b
            |\s+(?-i:lacs?)\b(?!-))"""
        unit_alt = _trie(_UNIT_WORDS.keys() - {"%", "‰", "pc", "p.c."}).replace(r"\s+", r"[\s-]+")
        # "pc" is percent only in lower case and attached to the digits ("up 12pc"), not "a 3
        # pc suit" or "1 PC for every 3 students"; "p.c." only in lower case ("72.15 p.c."),
        # not "p.c.m." (per calendar month).
        self._later(
            "right",
            rf"""
            (?P<scale>{scale})?
            (?:(?P<unit>\s*(?:%|‰|(?:-?{unit_alt}\b))|(?<=[0-9])(?-i:pc)\b|\s?(?-i:p\.c\.)(?![a-z]))
              |(?P<unit2>-(?:percentage-points?|basis-points?)\b))?
            """,
            flags,
        )
        self._later("next_digit", r"\s+[0-9]")
        self._later("fiscal", r"[-–—/]\s?['’]?([0-9]{4}|[0-9]{1,2})(?![0-9])")
        # The fraction of a mixed number: "2½", "3 1/2", "two and a half", "1-and-a-half".
        self._later(
            "mixed",
            rf"""\s?(?P<glyph>[{"".join(_GLYPHS)}])
              | (?:\s+|-)(?P<top>[1-9])/(?P<bottom>[2-9])(?![0-9/])
              | {and_fraction}""",
            flags,
        )
        self._later("mixed_words", and_fraction, flags)
        self._later(
            "fraction_points",
            r"\s+(?:of\s+)?a\s+(?:percentage[\s-])?point\b|[\s-]percentage[\s-]points?\b"
            r"|(?:(?<=quarter)|(?<=half))[\s-]points?\b",
            re.IGNORECASE,
        )
        # "a third straight time", "a fourth term": an ordinal, not a fraction
        self._later(
            "ordinal_next",
            r"[\s-]+(?:straight|consecutive|successive|time|term|round|place|wave|attempt"
            r"|season|quarter|year|month|week|day|party|world)\b",
            re.IGNORECASE,
        )
        # "0.3 of a percentage point", "0.7 of a point": a number of percentage points
        self._later("of_a_point", r"\s+of\s+a\s+(?:percentage[\s-])?point\b", re.IGNORECASE)
        self._later(
            "fold_noun",
            r"[\s-]+(?:increase|rise|jump|growth|expansion|gain|surge|decline|drop|fall"
            r"|reduction|decrease|hike|cut)s?\b",
            re.IGNORECASE,
        )
        self._later(
            "fold_verb",
            rf"\b(?:{_trie(_UP_WORDS)}|{_trie(_DOWN_WORDS)}|multiplied)\s+(?:by\s+)?"
            rf"(?:(?:{_trie(HEDGE_WORDS)})\s+)?\Z",
            re.IGNORECASE,
        )
        self._later("by_before", r"\bby\s+\Z", re.IGNORECASE)
        self._later("plus_after", r"(?:-plus\b|-odd\b|\+)(?![0-9/±+-])", re.IGNORECASE)
        # "between 2020 and 2024, exports rose": only before a comma (a toll "between 1950
        # and 2000." or "between 1960 and 1980 were killed" is a range of counts)
        self._later("and_year", r"\s+and\s+((?:19|20|21)[0-9]{2})(?![0-9]|[.,][0-9])")
        # "Thefts from vehicles, 2015 to 2016": a span of years with no word before it
        self._later(
            "to_year", r"\s+(?:to|until|through)\s+((?:19|20|21)[0-9]{2})(?![0-9]|[.,][0-9])"
        )
        # "1.2 trillion won": after a scale word, "won" and "rand" are currencies when the
        # phrase names the place ("some 1.2 million won asylum" is a verb).
        self._later("scaled_currency", r"\s+(won|rand)\b", re.IGNORECASE)
        self.currency_places = {
            "KRW": re.compile(r"\b(?:korea|korean|koreans|seoul|kospi|krw)\b", re.IGNORECASE),
            "ZAR": re.compile(
                r"\b(?:south\s+africa|south\s+african|johannesburg|pretoria|zar)\b",
                re.IGNORECASE,
            ),
        }
        self._later("range_join", r"\s*(?:-to-|-|–|—|~|to|and)\s*", re.IGNORECASE)
        self._later(
            "after",
            rf"""
            (?:[\s-]+(?:{_trie(_GROWTH_KINDS)})){{0,2}}
            (?:[\s-]+(?:year[\s-]on[\s-]year|year[\s-]over[\s-]year|y[\s/-]?o[\s/-]?y|y/y
                |annual|month[\s-]on[\s-]month|quarter[\s-]on[\s-]quarter|on[\s-]year))?
            [\s-]+(?:(?P<up>(?:{_AFTER_UP})s?)|(?P<down>(?:{_AFTER_DOWN})s?))\b
            """,
            flags,
        )
        self._later("than", r"\s*than\b", re.IGNORECASE)
        self._later("label", r"\s+([a-z][a-z-]*)(?:\s+([a-z][a-z-]*))?", re.IGNORECASE)
        self._later(
            "year_before",
            r"\b(?P<word>in|of|since|by|until|during|for|from|to|early|late|mid|year|fy"
            r"|q[1-4]|h[12]|pre|post)[\s-]*\Z",
            re.IGNORECASE,
        )
        self._later("time_the", r"\b(?:since|during|until|before|after)\s+the\s+\Z", re.I)
        # "a mean of", "an annual average of", "a record high of": an amount follows (but
        # not "a share of 2023 GDP", "a repeat of 2008", "a quarter of 2024").
        amount = "|".join(_AMOUNT_NOUNS)
        self._later(
            "amount_of", rf"\b(?:a|an)\s+(?:[a-z-]+\s+)?(?:{amount})\s+of\s*\Z", re.IGNORECASE
        )
        self._later("yuan", r"\b(?:yuan|rmb|renminbi|china|chinese)\b", re.IGNORECASE)
        self._later("yen", r"\b(?:yen|japan|japanese)\b", re.IGNORECASE)
        self._later("non_ascii", r"[^\x00-\x7f]")

    @functools.cached_property
    def points(self) -> dict[int, tuple[Fraction, Interval]]:
        """Exact readings of small whole numbers (ordinals, ranks), and of 0 (dates, periods)."""
        return {n: (Fraction(n), Interval.point(n)) for n in range(101)}

    @functools.cached_property
    def word_windows(self) -> dict[str, tuple[Fraction, Interval, Interval]]:
        """The fixed readings of proportions and multiples in words, by their words."""
        return {
            " ".join(word.replace("-", " ").split()): _word_windows(value)
            for word, value in (*_FRACTION_WORDS.items(), *_MULTIPLES.items())
        }

    def _later(self, name: str, pattern: str, flags: int = 0) -> None:
        """Keep ``pattern`` to be compiled as attribute ``name`` on its first use."""
        self._sources[name] = (pattern, flags)

    def __getattr__(self, name: str) -> re.Pattern[str]:
        # Called only for an attribute not yet set: compile the pattern and keep it.
        source = self.__dict__.get("_sources", {}).get(name)
        if source is None:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        compiled = re.compile(*source)
        setattr(self, name, compiled)
        return compiled

    @functools.cached_property
    def nothing_before(self) -> re.Match[str]:
        """What ``left_rev`` reads before a number with nothing before it."""
        found = self.left_rev.match("")
        assert found is not None
        return found


_PATTERNS: _Patterns | None = None


def _patterns() -> _Patterns:
    """The compiled grammar, built on first use."""
    global _PATTERNS
    if _PATTERNS is None:
        _PATTERNS = _Patterns()
    return _PATTERNS
