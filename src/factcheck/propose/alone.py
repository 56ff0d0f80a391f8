"""A part said to hold so much 'alone', beside the whole it is part of: "81,900 cells in
total, while the bone marrow alone accounts for 283,700 cells".

"X alone accounts for N" makes N a part of a whole the sentence has named, and no part is
larger than its whole.  The whole must be stated as one ("in total", "in all", "altogether",
"a total of"), before the part in the same sentence, of the part's unit; for counts, the
part's noun must be the whole's too (written after the whole, or before it in the sentence:
"the number of cells ... at 81,900 in total").  A warning: the words tie the two, not the
arithmetic.
"""

from __future__ import annotations

__all__ = ["part_alone"]

import re
from typing import Final

from factcheck.propose.book import is_amount, is_count
from factcheck.propose.context import _Sentence
from factcheck.propose.naming import count_nouns, stem
from factcheck.propose.sentences import Mention

_ALONE: Final = re.compile(
    r"\balone\s+(?:accounts?\s+for|accounted\s+for|makes?\s+up|made\s+up|has|had|holds?|"
    r"held|contributes?|contributed|represents?|represented|(?:is|was)\s+home\s+to)\s*"
    r"(?:some\s+|about\s+|around\s+)?$",
    re.IGNORECASE,
)
"""Before the part: 'the bone marrow alone accounts for'."""
_TOTAL_AFTER: Final = re.compile(
    r"\s*(?:[^\W\d][\w'’-]*\s+){0,2}?(?:in\s+total|in\s+all|altogether|overall)\b",
    re.IGNORECASE,
)
_TOTAL_BEFORE: Final = re.compile(r"\b(?:a\s+)?total\s+of\s*$", re.IGNORECASE)


def _plain(m: Mention) -> bool:
    return (is_count(m) or is_amount(m)) and not m.reading.direction


def part_alone(state: _Sentence, i: int) -> None:
    """Propose that a part held 'alone' is no larger than the total stated before it."""
    members, text = state.members, state.text
    part = members[i]
    if not _plain(part) or part.reading.hedge is not None:
        return
    if not _ALONE.search(text[max(part.sentence[0], part.start - 60) : part.start]):
        return
    totals = [
        m
        for m in members[:i]
        if _plain(m)
        and m.reading.unit == part.reading.unit
        and (
            _TOTAL_AFTER.match(text, m.end)
            or _TOTAL_BEFORE.search(text[max(m.sentence[0], m.start - 20) : m.start])
        )
    ]
    if not totals:
        return
    whole = totals[-1]
    if is_count(part):
        nouns = count_nouns(text, part.end)
        before = {stem(w) for w in re.findall(r"[^\W\d_]+", text[part.sentence[0] : whole.start])}
        if not nouns or not (nouns & (count_nouns(text, whole.end) | before)):
            return
    state.book.propose(
        "parts_within",
        f"parts_within({whole.name}, [{part.name}])",
        about=part,
        quote=state.book.passage(whole, part),
        why="a part held 'alone', beside the total stated before it: no larger than it",
        figures=(whole.name, part.name),
        severity="warn",
        suffix="_alone",
    )
