"""Counts of women and of men within the total the words name: 'the total number of female
voters ... was 1,57,87,759 ... while 1,55,45,211 males voted ... the total number of votes
polled ... stood at 3,13,33,631'.

The link rests on the words alone (a sex word in each part's clause, and 'total' with the
parts' noun in the whole's), so it holds whatever the numbers are, and a changed one is found
out rather than left unchecked.
"""

from __future__ import annotations

__all__ = ["apply_sexes"]

import re
from typing import Final

from factcheck.propose.book import Book, is_count
from factcheck.propose.sentences import Mention

MAX_MENTIONS: Final = 2000
_FEMALE: Final = re.compile(r"\b(?:female|females|women|woman)\b", re.I)
_MALE: Final = re.compile(r"\b(?:male|males|men|man)\b", re.I)
_COMPARED: Final = re.compile(
    r"\b(?:compared\s+(?:to|with)|as\s+against|against|from|than|versus)\s+$", re.I
)
"""Words before a count that make it the base of a comparison ('compared to 1,44,12,652 in
2014'), not a count of the text's own time."""
_TOTAL: Final = re.compile(
    r"\btotal\s+(?:number\s+of\s+)?([^\W\d_]{4,})\b|\b(?:all|in\s+all|altogether)\b", re.I
)
_VOTERS: Final = frozenset({"vote", "voti", "elec", "ball"})
"""The first letters of the nouns of an electorate: votes, voters, voting, electors, ballots.
Female and male voters are all voters but a few of a third gender (in India's rolls about 0.02
percent): under 1 percent of them are neither."""


def _words(book: Book, m: Mention) -> set[str]:
    """The first four letters of each word of the count's own words (its clause cut at the
    neighbouring numbers, and the words right after it)."""
    after = re.match(r"[^\d.;:,]{0,40}", book.text[m.end : m.end + 40])
    own = book.text[m.local[0] : m.start] + " " + (after.group() if after else "")
    return {w[:4].lower() for w in re.findall(r"[^\W\d_]{4,}", own)}


def _side(book: Book, m: Mention) -> tuple[bool, bool]:
    """Whether the count is of women, of men: the two words right after it ('1,180 male
    patients', '405,870 men') or else its clause before it ('female voters ... was')."""
    after = " ".join(re.findall(r"[^\W\d_]+", book.text[m.end : m.end + 30])[:2])
    for words in (after, book.text[m.local[0] : m.start]):
        female, male = bool(_FEMALE.search(words)), bool(_MALE.search(words))
        if female or male:
            return female, male
    return False, False


def apply_sexes(book: Book) -> None:
    """In one paragraph, the first count of women (female) and the first of men (male) are
    within the next count named as the 'total' of their noun; for voters, the rest (a third
    gender) is under 1 percent of it."""
    paragraphs: dict[int, list[Mention]] = {}
    for m in book.mentions[:MAX_MENTIONS]:
        if is_count(m) and m.reading.hedge is None and not m.reading.direction:
            paragraphs.setdefault(book.text.rfind("\n\n", 0, m.start), []).append(m)
    for members in paragraphs.values():
        sides: dict[str, Mention] = {}
        for m in members:
            before = book.text[max(m.clause[0], m.start - 30) : m.start]
            if _COMPARED.search(before):
                continue
            female, male = _side(book, m)
            if bool(female) != bool(male):
                sides.setdefault("female" if female else "male", m)
            elif "female" in sides and "male" in sides:
                _propose(book, sides["female"], sides["male"], m)
                break


def _propose(book: Book, female: Mention, male: Mention, whole: Mention) -> None:
    own = book.text[whole.local[0] : whole.start]
    total = _TOTAL.search(own)
    if total is None or whole.start < max(female.start, male.start):
        return
    noun = (total.group(1) or "")[:4].lower()
    family = _VOTERS if noun in _VOTERS else {noun}
    if noun and not (family & _words(book, female) and family & _words(book, male)):
        return
    if not noun and not (_words(book, female) & _words(book, male) & _words(book, whole)):
        return
    parts = f"{female.name}, {male.name}"
    book.propose(
        "parts_within",
        f"parts_within({whole.name}, [{parts}])",
        about=whole,
        quote=book.passage(whole),
        why="counts of women and of men are within the total of their noun",
        figures=(whole.name, female.name, male.name),
        suffix="_sexes_within",
    )
    if noun in _VOTERS:
        book.propose(
            "share",
            f"share({whole.name} - {female.name} - {male.name}, {whole.name}) < 1 percent",
            about=whole,
            quote=book.passage(whole),
            why="female and male voters are all voters but a few of a third gender",
            figures=(whole.name, female.name, male.name),
            suffix="_sexes_rest",
        )
