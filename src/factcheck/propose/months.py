"""A month's level, its change from the month before, and the next sentence's level of that
month: "Remittances were $1.13 billion in September, down by $283.69 million from the level of
the month before.  In August the remittances had stood at $1.14 billion."

The change says how far the month's level is from the month before's, and the next sentence,
opening on that month, gives the month before's level: so the level less the earlier one is
the change (here $1.13 billion less $1.14 billion is a fall of $10 million, not $283.69
million).  Only when the months follow one another as named (or the change names the month
itself), the next sentence opens on the earlier month and gives one amount of the level's
unit, after a verb of being ("stood at", "was", "amounted to").  A warning: the next
sentence's amount is found by its month.
"""

from __future__ import annotations

__all__ = ["apply_months"]

import re
from itertools import pairwise
from typing import Final

from factcheck.propose.book import MONTHS, Book, is_amount
from factcheck.propose.naming import stem
from factcheck.propose.sentences import Mention

_MONTHS: Final = MONTHS
_MONTH: Final = "|".join(_MONTHS)

_LEVEL_MONTH: Final = re.compile(
    rf"^\s+in\s+(?P<month>{_MONTH})\b(?:\s+(?P<year>\d{{4}}))?\s*,\s*$", re.I
)
"""After the level: its month, then the comma before its change."""
_FROM_BEFORE: Final = re.compile(
    rf"\s*(?:from|than|over|on)\s+(?:the\s+(?:level|figure|amount|total)\s+of\s+)?"
    rf"(?:the\s+(?:previous|preceding|prior)\s+month|the\s+month\s+before|(?P<month>{_MONTH}))"
    rf"\b(?:['’]s)?",
    re.I,
)
"""After the change: the month it is measured from."""
_OPENS_ON: Final = re.compile(
    rf"\s*in\s+(?P<month>{_MONTH})\b(?:\s+last)?(?:\s+(?P<year>(?:19|20)\d\d|year)\b)?\s*,?\s",
    re.I,
)
"""'In August,', 'In August last', 'In April 2023,', 'In July last year,': the month the
next sentence opens on, and its year when named."""
_BEING: Final = re.compile(
    r"\b(?:stood|stands|was|were|amounted|totalled|totaled|came|reached|worth)\b[^\d]{0,20}$",
    re.I,
)
"""Before the earlier month's amount: a verb of being, a few words at most between."""
_ANOTHER_TIME: Final = re.compile(r"\b(?:year|ago|earlier|previous|prior)\b", re.I)
"""'In March a year earlier, deposits were': the month of another year."""
_QUALIFIED: Final = re.compile(
    r"\s+(?:excluding|including|excl|incl|net|gross|before|after|(?:a|one|the)\s+year|"
    r"(?:in|for)\s+(?:19|20)\d\d|last\s+year|on\s+an?\b|in\s+[\w-]+\s+terms)\b",
    re.I,
)
"""After the next sentence's amount: words that make it a part of the quantity or of another
time ('$11.5 billion excluding interest', '$11 billion a year earlier')."""
_PRONOUN: Final = re.compile(r"^\s*(?:it|they|these|this|that|the\s+figure|the\s+total)\b", re.I)
_VERBS: Final = frozenset(
    stem(w) for w in ("stood", "stands", "were", "amounted", "totalled", "totaled", "came",
                      "reached", "worth", "last", "had", "have", "been")
)  # fmt: skip


_SMALL: Final = frozenset(stem(w) for w in ("the", "its", "has", "was", "then", "also"))
"""Small words of the next sentence that name no other quantity."""


def _sentences(book: Book) -> list[list[Mention]]:
    out: list[list[Mention]] = []
    for m in book.mentions:
        if not out or out[-1][0].sentence != m.sentence:
            out.append([])
        out[-1].append(m)
    return out


def _earlier_level(
    book: Book, members: list[Mention], month: str, year: str, unit: str, subject: str
) -> Mention | None:
    """The one amount of ``unit`` of the sentence that opens on ``month``, after a verb of
    being, of the subject the words before the level named."""
    start = members[0].sentence[0]
    opens = _OPENS_ON.match(book.text, start)
    if opens is None or opens["month"].lower() != month:
        return None
    if opens["year"] and opens["year"] != year:
        return None  # "In April 2019, exports were": the month of another year
    amounts = [m for m in members if is_amount(m) and m.reading.unit == unit]
    if len(amounts) != 1 or len(members) != 1:
        return None
    level = amounts[0]
    if level.reading.direction or level.reading.hedge is not None:
        return None
    words = book.text[opens.end() : level.start]
    if not _BEING.search(words) or _ANOTHER_TIME.search(words):
        return None
    if _QUALIFIED.match(book.text, level.end, level.sentence[1]):
        return None  # "In March, deposits were $11.5 billion excluding interest": a part
    # the same subject: a pronoun, or a word of the level's own sentence ("In February imports
    # stood at" after "Exports were" is another quantity)
    # ("In May, VAT receipts were" and "In June, imports of oil stood at" name a part)
    said = {stem(w) for w in re.findall(r"[^\W\d_]{3,}", subject)}
    own = {stem(w) for w in re.findall(r"[^\W\d_]{3,}", words)} - _VERBS - _SMALL
    if own - said and not _PRONOUN.search(words):
        return None
    return level


def apply_months(book: Book) -> None:
    """Propose ``level - earlier == change`` for a month's level, its change from the month
    before, and the next sentence's level of that month."""
    text = book.text
    sentences = _sentences(book)
    for index, members in enumerate(sentences[:-1]):
        for level, change in pairwise(members):
            if not (is_amount(level) and is_amount(change)) or level.reading.direction:
                continue
            if level.reading.unit != change.reading.unit or not change.reading.direction:
                continue
            dated = _LEVEL_MONTH.match(text[level.end : change.start])
            measured = _FROM_BEFORE.match(text, change.end)
            if dated is None or measured is None:
                continue
            month = _MONTHS.index(dated["month"].lower())
            before = _MONTHS[month - 1]
            if measured["month"] and measured["month"].lower() != before:
                continue
            nxt = sentences[index + 1]
            if "\n\n" in text[members[-1].end : nxt[0].start]:
                continue  # another paragraph
            subject = text[level.sentence[0] : level.start]
            # the month before is of the level's year, or of the year before it for January
            year = dated["year"] or ""
            if year and month == 0:
                year = str(int(year) - 1)
            unit = level.reading.unit or ""
            earlier = _earlier_level(book, nxt, before, year, unit, subject)
            if earlier is None:
                continue
            book.propose(
                "difference",
                f"{level.name} - {earlier.name} == {change.name}",
                about=change,
                quote=book.passage(level, change, earlier),
                why="a month's level, its change from the month before, and the next "
                "sentence's level of that month",
                figures=(level.name, earlier.name, change.name),
                severity="warn",
                suffix="_month_before",
            )
