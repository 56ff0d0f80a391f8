"""Rules for parts a sentence names as within a whole: "47,124,842, of whom 26,418,754" and
"49 cases ..., 33 of which are in the capital"."""

from __future__ import annotations

__all__ = ["of_whom", "part_of_which"]

import re
from typing import Final

from factcheck.propose.context import _part_of, _Sentence
from factcheck.propose.sentences import Mention

_OF_WHOM: Final = re.compile(
    r"(?:\s+[^\W\d_]+){0,3}\s*,?\s*(?:of|among)\s+(?:whom|which|them|these|those)\s*,?\s*"
)
"""'47,124,842, of whom', '1,250,000 registered voters, of whom': the whole, its noun, and
'of whom' right before the part."""
_OF_WHICH_AFTER: Final = re.compile(r"\s*(?:of|among)\s+(?:whom|which|them|these|those)\b", re.I)


def of_whom(state: _Sentence, part: Mention) -> Mention | None:
    """'the total was 47,124,842, of whom 26,418,754 ...': the whole a part is 'of whom' (or
    'of which') is the number just before those words, in the same unit."""
    at = state.members.index(part) if part in state.members else 0
    if at == 0:
        return None
    before = state.members[at - 1]
    if before.reading.unit != part.reading.unit or not _OF_WHOM.fullmatch(
        state.between(before, part)
    ):
        return None
    return before if _part_of(before, state.text) else None


def part_of_which(state: _Sentence, i: int) -> None:
    """'49 confirmed cases in England, 33 of which are in the capital': the part is within
    the number the clause before counts (the sentence's last number of that unit before it,
    with only words and one comma between)."""
    members, book = state.members, state.book
    part = members[i]
    if i == 0 or not _OF_WHICH_AFTER.match(state.after(part)) or not _part_of(part, state.text):
        return
    whole = members[i - 1]
    between = state.between(whole, part)
    if (
        whole.reading.unit != part.reading.unit
        or not _part_of(whole, state.text)
        or not re.fullmatch(r"[^\d,;:()]*,\s*", between)
    ):
        return
    book.propose(
        "parts_within",
        f"parts_within({whole.name}, [{part.name}])",
        about=part,
        quote=book.passage(whole, part),
        why="'of which': a part of the number the clause before counts",
        figures=(whole.name, part.name),
        suffix="_within",
    )
