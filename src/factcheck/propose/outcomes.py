"""Counts of members that went up, down and stayed put ("lower in 42 states, higher in 5
states, and stable in 3 states"), which make up the whole the text names elsewhere ("all 50
states").  Moved out of :mod:`factcheck.propose.parts`."""

from __future__ import annotations

__all__ = ["apply_outcomes"]

import re
from typing import Final

from factcheck.propose.book import Book, is_count
from factcheck.propose.naming import stem
from factcheck.propose.parts import MAX_MENTIONS
from factcheck.propose.sentences import Mention

_UP: Final = r"higher|up|increased|increases|rose|gained|gains|grew|more"
_DOWN: Final = r"lower|down|decreased|decreases|fell|declined|declines|dropped|lost|less"
_FLAT: Final = (
    r"stable|unchanged|steady|flat|no\s+change|little\s+changed|essentially\s+unchanged|"
    r"little\s+or\s+no\s+change"
)
_OUTCOME: Final = re.compile(
    rf"\b(?:(?P<up>{_UP})|(?P<down>{_DOWN})|(?P<flat>{_FLAT}))\b[^\d;:]{{0,40}}$", re.I
)
_ALL: Final = re.compile(r"\ball\s+$", re.I)


def apply_outcomes(book: Book) -> None:
    """'lower in 42 states, higher in 5 states, and stable in 3 states' and elsewhere 'in all
    50 states': counts of one noun that went up, down and stayed put cover every member, so
    they add up to the count 'all' names."""
    by_sentence: dict[tuple[int, int], list[Mention]] = {}
    for m in book.mentions[:MAX_MENTIONS]:
        by_sentence.setdefault(m.sentence, []).append(m)
    alls = [
        m
        for m in book.mentions[:MAX_MENTIONS]
        if _whole_count(m) and _ALL.search(book.text[max(0, m.start - 5) : m.start])
    ]
    for members in by_sentence.values():
        counted: list[tuple[Mention, str]] = []
        kinds: set[str] = set()
        for m in members:
            if not _whole_count(m):
                continue
            found = _OUTCOME.search(book.text[max(m.local[0], m.sentence[0]) : m.start])
            if found is None or found.lastgroup is None:
                continue
            counted.append((m, _noun(book, m)))
            kinds.add(found.lastgroup)
        nouns = {noun for _, noun in counted}
        if len(counted) < 3 or len(nouns) != 1 or kinds != {"up", "down", "flat"}:
            continue
        noun = nouns.pop()
        wholes = [w for w in alls if _noun(book, w) == noun and w.sentence != members[0].sentence]
        if not noun or not wholes:
            continue
        whole = min(wholes, key=lambda w: abs(w.start - members[0].start))
        parts = [m for m, _ in counted]
        book.propose(
            "sum",
            f"{' + '.join(p.name for p in parts)} == {whole.name}",
            about=whole,
            quote=book.passage(*parts),
            why="counts of members that went up, down and stayed put are all of them: "
            f"'{book.passage(whole)}'",
            figures=(*(p.name for p in parts), whole.name),
            suffix="_outcomes",
        )


def _whole_count(m: Mention) -> bool:
    reading = m.reading
    return (
        is_count(m)
        and reading.hedge is None
        and not reading.direction
        and reading.number.denominator == 1
        and reading.number > 0
    )


def _noun(book: Book, m: Mention) -> str:
    found = re.match(r"\s*([^\W\d_]+)", book.text[m.end : m.end + 40])
    return stem(found.group(1)) if found else ""
