"""Stage three, for tables: the rows of a table whose header names a level column and a
column of its change over one period.

    Index (2015 = 100) | % change over 1 month | % change over 12 months
    2023 Mar 131.2 0.4 6.1
    Apr 131.9 0.5 6.3

Each row's one-period change is the growth of its level over the row before (in percent):
``growth(level_apr, level_mar) / (1 percent) == change_apr``.  The header says so plainly, so
the checks are errors; a row whose count of numbers differs from the header's columns ends
the table.
"""

from __future__ import annotations

__all__ = ["apply_tables"]

import re
from typing import Final

from factcheck.propose.book import Book, is_count
from factcheck.propose.sentences import Mention

_LEVEL: Final = re.compile(r"^\s*(?:index|level|price\s+index|value)\b", re.I)
_ONE_PERIOD: Final = re.compile(
    r"(?:%|percent|per\s+cent)?\s*change\s+(?:over|on|from)\s+(?:1|one|the\s+previous|a)\s+"
    r"(?P<period>month|quarter|year|week)\b|\b(?:1|one)[-\s](?P<period2>month|quarter|week)\s+"
    r"(?:%\s*)?change\b|\b(?P<adverb>monthly|quarterly)\s+(?:%\s*)?change\b",
    re.I,
)
_MAX_ROWS: Final = 400


def apply_tables(book: Book) -> None:
    """Propose each row's one-period change from the levels of it and the row before."""
    text = book.text
    for header in re.finditer(r"^[^\n]*\|[^\n]*$", text, re.M):
        columns = [c.strip() for c in header.group().split("|")]
        level = next((k for k, c in enumerate(columns) if _LEVEL.match(c)), None)
        change = next((k for k, c in enumerate(columns) if _ONE_PERIOD.search(c)), None)
        if level is None or change is None:
            continue
        _rows(book, header.end(), len(columns), level, change)


def _rows(book: Book, start: int, width: int, level: int, change: int) -> None:
    text = book.text
    by_start = {m.start: m for m in book.mentions}
    starts = sorted(by_start)
    previous: list[Mention] | None = None
    position = start + 1
    for _ in range(_MAX_ROWS):
        end = text.find("\n", position)
        end = len(text) if end == -1 else end
        line = text[position:end]
        if not line.strip():
            break
        row = [by_start[s] for s in starts if position <= s < end]
        if len(row) != width or not all(is_count(m) for m in row):
            break
        if previous is not None:
            new, old, rate = row[level], previous[level], row[change]
            book.propose(
                "growth",
                f"growth({new.name}, {old.name}) / (1 percent) == {rate.name}",
                about=rate,
                quote=line.strip(),
                why="the table's header: the change over one period is the growth of the "
                "level over the row before",
                figures=(new.name, old.name, rate.name),
                suffix="_from_table",
            )
        previous = row
        position = end + 1
        if position >= len(text):
            break
