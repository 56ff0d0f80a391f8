"""The reader's lexicon: the word tables that map surface words to canonical names.

Scale words, unit words and currency codes, the direction words and the stopwords that end a
label.  Number words (cardinals, ordinals, fractions, multiples) and months are
:mod:`factcheck.reading.number_words`.  Plain data: the
grammar in :mod:`factcheck.reading.patterns` is compiled from these tables.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from fractions import Fraction
from types import MappingProxyType

from factcheck.reading.lazy import lazy_pattern

TYPE_CHECKING = False  # not typing's: ``factcheck read`` starts without importing typing
if TYPE_CHECKING:
    from typing import Final

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
        "lakhs": ("lakh", 5),
        "lac": ("lakh", 5),  # "Rs 5 lac", "Rs 12 lacs"
        "lacs": ("lakh", 5),
        "crore": ("crore", 7),
        "crores": ("crore", 7),
        "cr": ("crore", 7),  # "Rs 5,000 cr", "Rs 500 Cr"
        "lakh crore": ("lakh crore", 12),
        "lakh crores": ("lakh crore", 12),
        "lakh cr": ("lakh crore", 12),
    }
)

_UNIT_WORDS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "%": "percent",
        "‰": "per_mille",
        "per mille": "per_mille",
        "per mil": "per_mille",
        "permille": "per_mille",
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
        "pct point": "percentage_point",  # Reuters: "rose 0.4 pct point", "1.2 pct pts"
        "percent point": "percentage_point",  # "2.5 percent points": points, however spelt
        "percent points": "percentage_point",
        "per cent point": "percentage_point",
        "per cent points": "percentage_point",
        "pct points": "percentage_point",
        "pct pt": "percentage_point",
        "pct pts": "percentage_point",
        "percentage pt": "percentage_point",
        "percentage pts": "percentage_point",
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
        "stg": "GBP",  # sterling, in Reuters briefs: "1.431 billion stg"
        "yen": "JPY",
        "jpy": "JPY",
        "pc": "percent",  # "up 12pc", in British papers
        "p.c.": "percent",  # "72.15 p.c.", in Indian papers
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
        "shilling": "KES",  # East African papers' "Sh": one currency throughout a text
        "shillings": "KES",
        "kenyan shilling": "KES",
        "kenyan shillings": "KES",
        "kes": "KES",
        "new zealand dollar": "NZD",
        "new zealand dollars": "NZD",
        "swedish krona": "SEK",
        "swedish kronor": "SEK",
        "kronor": "SEK",  # the Swedish plural; Norway's and Denmark's is "kroner"
        "norwegian krone": "NOK",
        "norwegian kroner": "NOK",
        "danish krone": "DKK",
        "danish kroner": "DKK",
        # Physical quantities (units.txt): no single letters, no "ton" (short, long or
        # metric by country), so "5 tons" stays a count of a noun.
        "gram": "gram",
        "grams": "gram",
        "gramme": "gram",
        "grammes": "gram",
        "kg": "kilogram",
        "kilogram": "kilogram",
        "kilograms": "kilogram",
        "kilogramme": "kilogram",
        "kilogrammes": "kilogram",
        "tonne": "tonne",
        "tonnes": "tonne",
        "metric ton": "tonne",
        "metric tons": "tonne",
        "metre": "meter",
        "metres": "meter",
        "meter": "meter",
        "meters": "meter",
        "km": "kilometer",
        "kilometre": "kilometer",
        "kilometres": "kilometer",
        "kilometer": "kilometer",
        "kilometers": "kilometer",
        "mile": "mile",
        "miles": "mile",
        "foot": "foot",
        "feet": "foot",
        "square kilometre": "square_kilometer",
        "square kilometres": "square_kilometer",
        "square kilometer": "square_kilometer",
        "square kilometers": "square_kilometer",
        "sq km": "square_kilometer",
        "km2": "square_kilometer",
        "km²": "square_kilometer",
        "square metre": "square_meter",
        "square metres": "square_meter",
        "square meter": "square_meter",
        "square meters": "square_meter",
        "sq metres": "square_meter",
        "sq m": "square_meter",
        "m²": "square_meter",
        "square foot": "square_foot",
        "square feet": "square_foot",
        "sq ft": "square_foot",
        "square mile": "square_mile",
        "square miles": "square_mile",
        "sq miles": "square_mile",
        "hectare": "hectare",
        "hectares": "hectare",
        "acre": "acre",
        "acres": "acre",
        "litre": "liter",
        "litres": "liter",
        "liter": "liter",
        "liters": "liter",
        "cubic metre": "cubic_meter",
        "cubic metres": "cubic_meter",
        "cubic meter": "cubic_meter",
        "cubic meters": "cubic_meter",
        "barrel": "barrel",
        "barrels": "barrel",
        "kw": "kilowatt",
        "kilowatt": "kilowatt",
        "kilowatts": "kilowatt",
        "mw": "megawatt",
        "megawatt": "megawatt",
        "megawatts": "megawatt",
        "gw": "gigawatt",
        "gigawatt": "gigawatt",
        "gigawatts": "gigawatt",
        "kwh": "kilowatt_hour",
        "kilowatt hour": "kilowatt_hour",
        "kilowatt hours": "kilowatt_hour",
        "mwh": "megawatt_hour",
        "megawatt hour": "megawatt_hour",
        "megawatt hours": "megawatt_hour",
        "gwh": "gigawatt_hour",
        "gigawatt hour": "gigawatt_hour",
        "gigawatt hours": "gigawatt_hour",
        "twh": "terawatt_hour",
        "terawatt hour": "terawatt_hour",
        "terawatt hours": "terawatt_hour",
    }
)

_CODES: Final = (
    "rmb", "cny", "usd", "eur", "gbp", "jpy", "inr", "krw", "cad", "aud", "hkd", "sgd", "chf",
    "brl", "mxn", "zar", "ngn", "kes", "pkr", "bdt", "myr", "idr", "ugx", "tzs", "ghs", "egp",
    "lkr", "nzd", "sek", "nok", "dkk",
)  # fmt: skip
"""Currency codes read before a number ("USD5bn", "CHF 3 billion"); each three letters.  TRY
and RUB are left out: "try" and "rub" are English words; PHP is a programming language's
name ("PHP 8"), so the peso is read from "₱" only."""

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
        "nz$": "NZD",
        "s$": "SGD",
        "r$": "BRL",
        "₹": "INR",
        "rs": "INR",
        "rs.": "INR",
        "₩": "KRW",
        "₽": "RUB",
        "₺": "TRY",
        "₦": "NGN",
        "sh": "KES",  # "Sh173.1b", "Sh 3.9 trillion", "KSh 500", "Kshs 659.5 billion"
        "shs": "KES",
        "ksh": "KES",
        "kshs": "KES",
        # spelt so, in capitals and lower case as the country's papers write them ("Tk 5,000
        # crore", "RM5 billion", "Rp 2 trillion", "USh 50 billion", "TSh 1.2 trillion")
        "tk": "BDT",
        "৳": "BDT",
        "rm": "MYR",
        "rp": "IDR",
        "ush": "UGX",
        "ushs": "UGX",
        "tsh": "TZS",
        "tshs": "TZS",
        "₵": "GHS",
        "gh₵": "GHS",
        "₱": "PHP",
        "r": "ZAR",  # "R1.2bn", "R18.50": only before digits that look like money
        **{code: code.upper() for code in _CODES if code != "rmb"},
    }
)

_PERCENT_UNITS: Final = frozenset({"percent", "per_mille", "percentage_point", "basis_point"})

_PHRASAL_UP: Final = lazy_pattern(
    r"\b(?:make|makes|made|making|set|sets|setting|take|takes|took|taking|taken|end|ends|"
    r"ended|ending|add|adds|added|adding|sum|sums|summed|use|used|uses|using|pick|picked|"
    r"show|showed|shows|turn|turned|turns|account|accounted|prop|propped|shore|shored)"
    r"\s+\Z",
    re.IGNORECASE,
)
"""Verbs that make "up" part of a phrasal verb ("made up 20 percent of exports")."""

_LEVEL_NOUNS: Final = frozenset(
    (
        "rate", "rates", "unemployment", "inflation", "price", "prices", "index", "sales",
        "exports", "imports", "output", "gdp", "growth", "yield", "yields", "figure", "figures",
        "total", "share", "shares", "deficit", "surplus", "debt", "earnings", "wages", "wage",
        "spending", "revenue", "revenues", "profit", "profits", "jobless", "joblessness", "cpi",
        "ppi", "tally", "turnout", "count", "payrolls", "employment", "rents", "rent",
        "mortgages", "borrowing", "confidence", "sentiment", "stocks", "shares", "cases",
        "deaths", "toll", "number", "numbers", "level", "levels", "balance", "reserves",
    )
)  # fmt: skip
"""Nouns of a measured quantity: "up to" after one is a rise to a level, as in a headline
("Unemployment Rate Up to 5.8%"), not the hedge "at most"."""

_UP_WORDS: Final = (
    "up", "rose", "rise", "rises", "rising", "risen", "grew", "grow", "grows", "growing",
    "grown", "increased", "increase", "increases", "increasing", "gained", "gain", "gains",
    "climbed", "climb", "climbs", "jumped", "jump", "jumps", "surged", "surge", "surges",
    "soared", "soar", "soars", "expanded", "expand", "expands", "advanced", "higher",
    # Found in the real-prose corpus (tests/corpus/): a central bank "raised rates by".
    "raised", "raise", "raises", "raising", "hiked", "hike", "hikes", "hiking", "boosted",
    "boost", "boosts", "boosting", "lifted", "lift", "lifts", "lifting", "widened",
    "climbing", "jumping", "surging", "soaring", "gaining", "advancing", "expanding",
    "accelerated", "accelerates", "accelerating", "upward",
    "growth of", "increase of", "rise of", "gain of", "jump of", "surge of", "expansion of",
    "increases of", "rises of", "gains of", "jumps of",
)  # fmt: skip
_DOWN_WORDS: Final = (
    "down", "fell", "fall", "falls", "falling", "fallen", "dropped", "drop", "drops",
    "declined", "decline", "declines", "declining", "decreased", "decrease", "decreases",
    "decreasing", "slid", "slide", "slipped", "slip", "shrank", "shrink", "shrinks", "shrunk",
    "contracted", "contract", "contracts", "plunged", "plunge", "plummeted", "tumbled", "sank",
    "lower",
    # Found in the real-prose corpus (tests/corpus/): words of decline that were read as rises.
    "dipped", "dip", "dips", "dipping", "slumped", "slump", "slumps", "eased", "eases",
    "easing", "lost", "lose", "loses", "losing", "retreated", "retreat", "retreats", "sagged",
    "sag", "sags", "shed", "sheds", "shedding", "reduced", "reduce", "reduces", "cut", "cuts",
    "lowered", "trimmed", "slashed", "narrowed", "sinks", "sink", "tumble", "tumbles",
    "plummet", "plummets", "slides", "slipping", "weakened", "softened", "declining by",
    "dropping", "sliding", "plunging", "tumbling", "sinking", "shrinking", "contracting",
    "slumping", "decline of", "drop of", "fall of", "decrease of", "contraction of",
    "negative growth of", "reduction of", "cut of", "loss of", "dip of", "declines of",
    "drops of", "falls of", "decreases of", "reductions of", "cuts of", "losses of",
    "trim", "trims", "trimming", "dived", "dove", "dives", "diving", "decelerated",
    "decelerates", "decelerating", "downward",
    # Found in real texts (tests/unseen/): "put the fall at 16%, from 86,100 to 72,700".
    "fall at", "drop at", "decline at", "decrease at", "reduction at",
    # Found in real errors (tests/errata/): "before ... and after, a saving of 19.2%".
    "saving of", "savings of",
)  # fmt: skip
# Words that may stand between "negative" and "growth of": "negative GDP growth of 0.5
# percent", "negative year-on-year growth of 2 percent" (not "negative despite growth of").
_GROWTH_KINDS: Final = (
    "gdp", "economic", "real", "nominal", "annual", "annualized", "annualised", "quarterly",
    "monthly", "year-on-year", "yoy", "output", "sales", "export", "import", "trade", "wage",
    "earnings", "profit", "revenue", "population", "per-capita", "industrial", "retail",
    "credit", "loan", "productivity",
)  # fmt: skip
_AFTER_UP = "increase|rise|gain|growth|jump|surge|expansion|higher|more|up|above|hike"
_AFTER_DOWN = (
    "decrease|decline|drop|fall|contraction|reduction|lower|fewer|less|down|below|cut|loss|dip"
)
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


_GLYPHS: Final = {
    "½": Fraction(1, 2), "¼": Fraction(1, 4), "¾": Fraction(3, 4), "⅓": Fraction(1, 3),
    "⅔": Fraction(2, 3), "⅛": Fraction(1, 8), "⅜": Fraction(3, 8), "⅝": Fraction(5, 8),
    "⅞": Fraction(7, 8),
}  # fmt: skip

_CHANGE_VERBS_UP: Final = (
    "raised", "raise", "raises", "raising", "hiked", "hike", "hikes", "hiking", "increased",
    "increase", "increases", "increasing", "boosted", "boost", "boosts", "boosting", "lifted",
    "lift", "lifts", "lifting", "expanded", "expand", "expands", "expanding", "grew", "rose",
)  # fmt: skip
_CHANGE_VERBS_DOWN: Final = (
    "cut", "cuts", "cutting", "reduced", "reduce", "reduces", "reducing", "lowered", "lower",
    "lowers", "lowering", "trimmed", "trim", "trims", "slashed", "slash", "slashes",
    "decreased", "decrease", "decreases", "decreasing", "narrowed", "fell", "dropped",
    "a reduction of", "reduction of", "a cut of",
)  # fmt: skip
"""Verbs of change that govern a number after "by" across their object: "raised its key rate
by 25 basis points", "cut the base rate by a quarter point"."""
