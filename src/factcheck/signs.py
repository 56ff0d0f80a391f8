"""The sign-flip diagnosis: a failing check that would hold with one figure's sign flipped.

A change is written with a direction word ("fell 2.7 percent", "dipped 5 percent"), and the
sign it gives is where a slip is easy: a rise written as a fall, or a fall the reader took
for a rise because it did not know the verb.  When a check fails (inconsistent or
stretched) but would hold with the sign of one such figure flipped, the verdict says so, as
it names a percent/percentage-point slip.

This module knows which figures are candidates and how to say it; the engine runs the trial
(the same check, the same rest of the article, the figure's readings negated).
"""

from __future__ import annotations

__all__ = ["candidates", "message"]

import re
from collections.abc import Iterable, Mapping

from factcheck.reading import Reading

_MOTION = re.compile(
    r"""(?P<word>(?:(?<!made\s)(?<!make\s)(?<!makes\s)(?<!making\s)up|down|higher|lower|
        rose|rise|rises|risen|grew|grow|grows|grown|gained|gain|gains|climbed|climbs|
        jumped|jumps|surged|surges|soared|soars|expanded|expands|advanced|added|adds|
        increased|increases|rebounded|recovered|edged\s+up|edged\s+down|edged|inched|ticked|
        fell|fall|falls|fallen|dropped|drops|declined|declines|decreased|decreases|slid|
        slipped|slips|shrank|shrunk|shrinks|contracted|contracts|plunged|plummeted|tumbled|
        sank|dipped|dips|dip|eased|eases|slumped|slumps|sagged|shed|lost|loses|retreated|
        slowed|cut|trimmed|narrowed|widened))
        (?:\s+(?:by|of|some|about|around|nearly|almost|roughly))*\s*\Z""",
    re.IGNORECASE | re.VERBOSE,
)
"""A verb or adverb of motion just before a number ("dipped by 5 percent"); not the "up" of
"made up", which says what a whole consists of ("services made up $1.5 billion")."""

_UNIT_WORDS: Mapping[str | None, str] = {
    "percent": "percent",
    "percentage_point": "percentage points",
    "basis_point": "basis points",
    None: "",
}


def _moved_from(quote: str, reading: Reading) -> int | None:
    """Where the direction word of ``reading`` starts in ``quote``, or ``None`` when the
    figure carries none."""
    if reading.direction != 0:
        return reading.start
    if not 0 < reading.start <= len(quote):
        return None
    found = _MOTION.search(quote[max(0, reading.start - 40) : reading.start])
    if found is None:
        return None
    return max(0, reading.start - 40) + found.start("word")


def candidates(
    names: Iterable[str], readings: Mapping[str, Reading], quotes: Mapping[str, str]
) -> list[str]:
    """The figures among ``names`` whose sign comes from a direction word (found by the
    reader, or a verb of motion just before the number), sorted, and not zero."""
    found = []
    for name in sorted(names):
        reading = readings.get(name)
        quote = quotes.get(name)
        if reading is None or quote is None or reading.number == 0:
            continue
        if _moved_from(quote, reading) is not None:
            found.append(name)
    return found


def message(reading: Reading, quote: str) -> str:
    """The words of the diagnosis: "it holds if 'dipped 5 percent' is read as a fall
    (-5 percent)"."""
    start = _moved_from(quote, reading)
    written = quote[start : reading.end] if start is not None and start < reading.end else ""
    if not written.strip():
        written = reading.text
    flipped = -reading.number
    sign = "-" if flipped < 0 else "+"
    units = " ".join(part for part in (reading.scale, _unit_words(reading.unit)) if part)
    value = f"{sign}{reading.value}" + (f" {units}" if units else "")
    moved = "a fall" if flipped < 0 else "a rise"
    return f"it holds if {written!r} is read as {moved} ({value}): a sign slip"


def _unit_words(unit: str | None) -> str:
    return _UNIT_WORDS.get(unit, unit or "")
