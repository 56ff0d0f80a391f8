"""Stage four: facts from outside the article and the standard definitions of statistics.

- :data:`EXCHANGE_RATES`: the range of a currency pair's reference rate over a year, with
  its source, for "13 trillion yuan (about $1.81 trillion)".  A pair or year not in the table
  becomes an unknown rate (positive), and the conversion cannot be checked.
- :data:`DEFINITIONS`: rates defined by their parts (unemployment rate = unemployed /
  (unemployed + employed), turnout = votes cast / registered voters, ...).  A rate is
  proposed from its definition only when its paragraph (or, for turnout, its own sentence)
  names every part.
- ``world_areas``: a count of countries cannot exceed the number of the world's countries and
  areas (UN M49).
"""

from __future__ import annotations

__all__ = ["DEFINITIONS", "EXCHANGE_RATES", "Definition", "apply_definitions", "exchange_rate"]

import re
from dataclasses import dataclass
from typing import Final

from factcheck.propose.book import Book, is_amount, is_count, is_rate
from factcheck.propose.periods import of_other_periods
from factcheck.propose.sentences import Mention

EXCHANGE_RATES: Final[dict[tuple[str, str, int], tuple[str, str]]] = {
    # (unit of the amount, unit it is restated in, year) -> (value, source)
    ("CNY", "USD", 2023): (
        "between 6.70 and 7.35",
        "CFETS USD/CNY central parity and spot range, 2023",
    ),
    ("CNY", "USD", 2024): (
        "between 7.05 and 7.35",
        "CFETS USD/CNY central parity and spot range, 2024",
    ),
    ("CNY", "USD", 2025): (
        "between 7.10 and 7.35",
        "CFETS USD/CNY central parity and spot range, 2025",
    ),
    ("USD", "EUR", 2023): (
        "between 1.04 and 1.13",
        "ECB euro reference rate (USD per EUR) range, 2023",
    ),
    ("USD", "EUR", 2024): (
        "between 1.03 and 1.12",
        "ECB euro reference rate (USD per EUR) range, 2024",
    ),
    ("USD", "EUR", 2025): (
        "between 1.02 and 1.19",
        "ECB euro reference rate (USD per EUR) range, 2025",
    ),
    ("USD", "GBP", 2023): ("between 1.18 and 1.32", "Bank of England GBP/USD spot range, 2023"),
    ("USD", "GBP", 2024): ("between 1.21 and 1.35", "Bank of England GBP/USD spot range, 2024"),
    ("USD", "GBP", 2025): ("between 1.20 and 1.38", "Bank of England GBP/USD spot range, 2025"),
    ("JPY", "USD", 2023): ("between 127 and 152", "Bank of Japan USD/JPY spot range, 2023"),
    ("JPY", "USD", 2024): ("between 139 and 162", "Bank of Japan USD/JPY spot range, 2024"),
    ("JPY", "USD", 2025): ("between 139 and 159", "Bank of Japan USD/JPY spot range, 2025"),
}
"""Wide on purpose: a writer may have used any day's rate of the year."""

_YEAR: Final = re.compile(r"\b(19[5-9][0-9]|20[0-9][0-9])\b")


def exchange_rate(
    book: Book, amount_unit: str, restated_unit: str, at: int | None = None
) -> tuple[str, bool]:
    """The name of a rate converting ``restated_unit`` into ``amount_unit`` (a reference
    when the table knows the pair for the year), and whether it is known.  The year is the
    latest the paragraph around ``at`` names, else the text's latest: a text reviewing 2016
    to 2025 converts 2016's yuan at 2016's rate, not at 2025's."""
    name = f"{amount_unit.lower()}_per_{restated_unit.lower()}"
    text = book.text[:200_000]
    years = [int(y) for y in _YEAR.findall(text)]
    if at is not None:
        start = text.rfind("\n\n", 0, at) + 1
        end = text.find("\n\n", at)
        near = [int(y) for y in _YEAR.findall(text[start : len(text) if end < 0 else end])]
        if near and len(set(years)) > 1:
            years = near
            name = f"{name}_{max(near)}"  # each year's rate its own unknown
    year = max(years) if years else None
    if year is not None and (amount_unit, restated_unit, year) in EXCHANGE_RATES:
        value, source = EXCHANGE_RATES[amount_unit, restated_unit, year]
        return book.reference(name, value, f"{amount_unit}/{restated_unit}", source), True
    if year is not None and (restated_unit, amount_unit, year) in EXCHANGE_RATES:
        value, source = EXCHANGE_RATES[restated_unit, amount_unit, year]
        inverse = f"{restated_unit.lower()}_per_{amount_unit.lower()}"
        book.reference(inverse, value, f"{restated_unit}/{amount_unit}", source)
        return f"1 / {inverse}", True
    return book.unknown(
        name,
        f"{amount_unit}/{restated_unit}",
        f"the rate from {restated_unit} to {amount_unit} the writer used",
    ), False


@dataclass(frozen=True, slots=True)
class Definition:
    """A rate defined by its parts: ``rate`` words, the words naming each part, and the
    formula over the parts (``{a}``, ``{b}``) whose share the rate is."""

    name: str
    rate: tuple[str, ...]
    parts: tuple[tuple[str, ...], ...]
    part: str
    whole: str
    source: str
    unstated: str | None = None
    """What the last part is, when an article may leave it unsaid (an unknown stands for it:
    "the working-age population" of a participation rate)."""
    sentence_only: bool = False
    """Whether the parts must stand in the rate's own sentence (a paragraph of election
    results holds the votes of groups, of other elections, that are not the turnout's)."""


DEFINITIONS: Final = (
    Definition(
        "unemployment_rate",
        ("unemployment rate", "jobless rate"),
        (("unemployed", "unemployment"), ("employed", "employment")),
        "{0}",
        "{0} + {1}",
        "ILO: unemployed / labour force; labour force = employed + unemployed",
    ),
    Definition(
        "unemployment_rate",
        ("unemployment rate", "jobless rate"),
        (("unemployed",), ("labour force", "labor force")),
        "{0}",
        "{1}",
        "ILO: unemployed / labour force",
    ),
    Definition(
        "participation_rate",
        ("participation rate",),
        (("labour force", "labor force"), ("working-age population", "population")),
        "{0}",
        "{1}",
        "ILO: labour force / working-age population",
    ),
    Definition(
        "participation_rate",
        ("participation rate",),
        (
            ("unemployed", "unemployment"),
            ("employed", "employment"),
            ("working-age population", "civilian population", "population"),
        ),
        "{0} + {1}",
        "{2}",
        "ILO: (employed + unemployed) / working-age population",
        "working-age population",
    ),
    Definition(
        "employment_rate",
        ("employment rate",),
        (("employed",), ("working-age population", "population")),
        "{0}",
        "{1}",
        "ILO: employed / working-age population",
    ),
    Definition(
        "turnout",
        ("turnout",),
        (
            ("cast", "voted", "polled", "turned out", "ballots"),
            ("registered", "electorate", "eligible"),
        ),
        "{0}",
        "{1}",
        "votes cast / registered voters",
        "registered voters",
        sentence_only=True,
    ),
)
"""Rates that are a share of parts the article may state; ``part`` and ``whole`` are
expressions over the parts' figures, in order."""


def _words_of(book: Book, m: Mention) -> str:
    return book.text[m.local[0] : m.local[1]].lower()


def apply_definitions(book: Book) -> None:
    """Propose rates from their definition, and counts of countries below the world's."""
    by_sentence: dict[tuple[int, int], list[Mention]] = {}
    for m in book.mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    paragraphs: dict[int, list[Mention]] = {}
    for m in book.mentions:
        start = book.text.rfind("\n\n", 0, m.start)
        paragraphs.setdefault(start, []).append(m)
    for members in by_sentence.values():
        start = book.text.rfind("\n\n", 0, members[0].start)
        window = paragraphs.get(start, members)[:60]
        for definition in DEFINITIONS:
            _define(book, definition, members, members if definition.sentence_only else window)
        for m in members:
            _countries(book, m, members)


def _define(
    book: Book, definition: Definition, members: list[Mention], window: list[Mention]
) -> None:
    rates = [
        m
        for m in members
        if is_rate(m)
        and not m.reading.direction  # "rose by 0.2% to 4.7%": the 4.7%, not the change
        and _names_rate(book, m, definition)
        and not _COMPARED_RATE.search(
            book.text[max(m.sentence[0], m.start - 40) : m.start] + _lead_words(book, m)
        )
    ]
    if not rates:
        return
    adjusted = _ADJUSTED.search(book.text, rates[0].sentence[0], rates[0].start) is not None
    found: list[Mention] = []
    names: list[str] = []
    subjects: list[bool] = []
    for position, words in enumerate(definition.parts):
        candidates = [
            m
            for m in window
            if (is_count(m) or is_amount(m))
            and m not in found
            and not m.reading.direction
            and m.reading.hedge is None
            and not _not_a_level(book, m)
            and not _another_group(book, m, words)
            and not of_other_periods(book.text, rates[0], m)
            and (not adjusted or _ADJUSTED.search(book.text, m.sentence[0], m.clause[1]))
            and any(
                # "unemployment" in "their unemployment rate rose" names the rate, no count
                re.search(rf"(?<![a-z]){re.escape(w)}\b(?!\s+rates?\b)", _subject_of(book, m))
                for w in words
            )
        ]
        if not candidates:
            if position < len(definition.parts) - 1 or definition.unstated is None or not found:
                return
            base = name = definition.unstated.replace(" ", "_").replace("-", "_")
            count = 1
            while book.taken(name):
                count += 1
                name = f"{base}_{count}"
            described = f"the {definition.unstated} {rates[0].name} is of"
            names.append(book.unknown(name, found[0].reading.unit or "", described))
            break
        found.append(candidates[0])
        names.append(candidates[0].name)
        subjects.append(any(_leads(book, candidates[0], w) for w in words))
    rate = rates[0]
    book.propose(
        "share",
        f"share({definition.part.format(*names)}, {definition.whole.format(*names)}) "
        f"== {rate.name}",
        about=rate,
        quote=book.passage(rate),
        why=f"the definition of the {definition.name.replace('_', ' ')} ({definition.source})",
        figures=(rate.name, *(m.name for m in found)),
        severity="error" if all(subjects) else "warn",
        suffix="_definition",
    )


_ADJUSTED: Final = re.compile(r"\bseasonally[\s-]+adjusted\b", re.I)
"""'the seasonally adjusted unemployment rate fell to 12.8%': a rate of adjusted counts, not
of the raw counts of its paragraph (282,900 of 2,182,200 is 12.96%)."""
_COMPARED_RATE: Final = re.compile(
    r"\b(?:against|compared\s+(?:with|to)|versus|vs\.?|than|from)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,2}(?:of\s+)?$",
    re.I,
)
"""'..., against a turnout of 93.56 per cent in 2015': a rate compared with, of another time
or place, whose parts the sentence does not state."""


def _lead_words(book: Book, m: Mention) -> str:
    """The words a mention holds before its number ('fell from 13.6%' holds 'fell from '):
    a rate 'from' which another moved is the earlier one, whatever span the reader gave it."""
    found = re.match(r"[^\d]*", book.text[m.start : m.end])
    return found.group() if found else ""


def _leads(book: Book, m: Mention, word: str) -> bool:
    """Whether the part is what its sentence is about ('Unemployment decreased 14,400 to
    781,100'; 'The number of unemployed rose to ...'), not a group within it ('the number of
    unemployed persons looking for full-time work'): its word opens the sentence, and the
    sentence has no other number of that word."""
    opening = book.text[m.sentence[0] : m.start].lower()
    pattern = rf"\W*(?:the\s+)?(?:total\s+)?(?:number\s+of\s+)?{re.escape(word)}(?:\s+\w+ed)?\s"
    if not re.match(pattern, opening) or re.match(rf"\W*{re.escape(word)}\s+rate", opening):
        return False
    others = [o for o in book.mentions if o.sentence == m.sentence and o is not m]
    return all(o.reading.direction or o.reading.unit != m.reading.unit for o in others)


_RATE_WORDS: Final = re.compile(r"\b[a-z-]+\s+rate\b")


def _names_rate(book: Book, m: Mention, definition: Definition) -> bool:
    """Whether the rate's own words, or else the last 'X rate' of its clause before it
    ('Unemployment rate decreased 0.1 pts to 6.2%'), name the definition's rate."""
    words = _words_of(book, m)
    if any(re.search(rf"(?<![a-z-]){re.escape(w)}\b", words) for w in definition.rate):
        return True  # "employment rate" is not named by "unemployment rate", nor it by that
    named = _RATE_WORDS.findall(book.text[m.clause[0] : m.start].lower())
    return bool(named) and any(
        w == named[-1] or w.endswith(" " + named[-1]) or named[-1].endswith(" " + w)
        for w in definition.rate
    )


_BY: Final = re.compile(r"\bby\s+(?:\S{1,3}\s*)?$", re.I)
_NOT: Final = re.compile(r"\b(?:not|never|outside)\b|n['’]t\b", re.I)
_AGED: Final = re.compile(r"\b(?:aged|ages?|age\s+group)\s+(?:of\s+|between\s+)?$", re.I)
_CHANGE_AFTER: Final = re.compile(
    r"\s*(?:,?\s*or\s+[\d.,]+\s*(?:%|per\s*cent|percent)\s+)?(?:[^\W\d]+\s+){0,2}?"
    r"(?:(?:fewer|more|less|extra|additional)\b|(?:smaller|larger|bigger|greater|higher|lower)"
    r"\s+than\b|(?:above|below)\s)",
    re.I,
)
"""'114,000 fewer jobs', '309,000 or 1.1% more than a year earlier', 'the labour force was 3.1
million smaller than a year before', '3.5 points above the national rate': a change or a gap."""


def _not_a_level(book: Book, m: Mention) -> bool:
    """'... and unemployment by 701,000', 'had 114,000 fewer jobs': a change, not a level;
    '15,746,111 people did not vote': the complement of the part its words name; 'those
    aged 15-64': an age, no count of people."""
    before = book.text[max(m.clause[0], m.start - 12) : m.start]
    if _AGED.search(book.text, max(0, m.start - 20), m.start) or _CHANGE_AFTER.match(
        book.text, m.end
    ):
        return True
    return bool(_BY.search(before) or _NOT.search(book.text[m.end : m.clause[1]]))


def _subject_of(book: Book, m: Mention) -> str:
    """The words of the sentence before the number, and the noun right after it: what it
    is a number of ("Unemployment decreased to 781,100", "781,100 unemployed persons"; not
    the next item of a list: "15 million and unemployment"); of "30,698,210 of the 46,444,321
    registered electors voted", the rest of the clause: the 30,698,210 voted)."""
    if re.match(r"\s+of\s+(?:the\s+)?\d", book.text[m.end : m.end + 12]):
        return (book.text[m.sentence[0] : m.start] + book.text[m.end : m.clause[1]]).lower()
    after = re.match(
        r"\s*((?:(?!(?:and|or|but)\b)[^\W\d]+[\s-]*){0,2})", book.text[m.end : m.end + 40], re.I
    )
    before = _PART_OF.sub(" ", _GROUP_OF.sub("", book.text[m.sentence[0] : m.start]))
    return (before + " " + (after.group(1) if after else "")).lower()


_GROUP_OF: Final = re.compile(
    r"(?:^\W*|;\s*)(?:of|among)\s+(?:the|its|their|these|those|this|that|whom)\b[^,;:]*,", re.I
)
"""'Of the labour force, 35.6 million were fully employed, 22.9 million ...', 'Of the 20.9
million counted as unemployed, 11.1 million did some work': the group the numbers of the
clause are parts of, not what they are numbers of."""


_PART_OF: Final = re.compile(
    r"(?<=\d)(?:\s*(?:million|billion|thousand|lakh|crore|m|bn)\b)?\s+of\s+(?:the\s+|all\s+)?"
    r"(?:[^\W\d][\w'’-]*\s*){1,3}",
    re.I,
)
"""'Men made up 41.7 million of the labour force and women 38.6 million': the whole another
number is a part of ('of the labour force'), which names no later number of the sentence."""


def _another_group(book: Book, m: Mention, words: tuple[str, ...]) -> bool:
    """'22.9 million underemployed', '34.0 million employed' (as a labour force): the word
    right after the number names a group of its own, a part word of a definition that is not
    one of this part's words, or one that only ends in such a word (the underemployed are no
    count of 'employed' a rate is defined by)."""
    after = re.match(r"\s*([^\W\d][\w-]*)", book.text[m.end : m.end + 30])
    if after is None:
        return False
    noun = after.group(1).lower()
    if any(noun.endswith(w) and noun != w for w in words if " " not in w):
        return True
    return noun in _GROUP_WORDS and noun not in words


_GROUP_WORDS: Final = frozenset(
    w for d in DEFINITIONS for part in d.parts for w in part if " " not in w
) - {"population", "electorate", "cast", "voted", "polled", "ballots"}
"""The one-word groups the definitions' parts name ('employed', 'unemployed', 'registered')."""


def _countries(book: Book, m: Mention, members: list[Mention]) -> None:
    """'over 190 countries and regions': no more than the world's 249 countries and areas;
    '651 enterprises from 75 countries': no more countries than enterprises."""
    if not is_count(m) or not re.match(
        r"\s*(countries|nations|economies)\b", book.text[m.end : m.end + 20]
    ):
        return
    book.reference(
        "world_areas", "249", "", "UN Statistics Division, M49 standard country or area codes"
    )
    book.propose(
        "order",
        f"{m.name} <= world_areas",
        about=m,
        why="a count of countries is at most the world's 249 countries and areas (UN M49)",
        figures=(m.name,),
        suffix="_in_world",
    )
    position = members.index(m)
    if position == 0:
        return
    before = members[position - 1]
    if is_count(before) and re.fullmatch(
        r"\s+[^\W\d]+(?:\s+(?:and\s+)?[^\W\d]+){0,3}\s+from\s+", book.text[before.end : m.start]
    ):
        book.propose(
            "order",
            f"{m.name} <= {before.name}",
            about=m,
            quote=book.passage(before, m),
            why="each of them comes from one of the countries: at least one per country",
            figures=(m.name, before.name),
            severity="warn",
            suffix="_at_most",
        )
