"""Provenance and coverage: every quote is in the source text, and every number is accounted for.

Quotes are matched ignoring differences of whitespace, dash and quotation-mark style (an
editor's "—" against a claim file's "-").  Coverage reads the whole text as the reader would
and asks, of every number found, whether a figure quotes it or ``not_claims`` excuses it.
"""

from __future__ import annotations

__all__ = ["Coverage", "Located", "ProvenanceError", "check_provenance", "coverage", "scan"]

import difflib
import re
from dataclasses import dataclass
from typing import Final

from factcheck.errors import FactcheckError, Location, ReadingError
from factcheck.files import ClaimFile
from factcheck.reading import Reading, read

_DASHES: Final = dict.fromkeys(map(ord, "‐‑‒–—―−"), "-")
_QUOTES: Final = dict.fromkeys(map(ord, "“”„‟«»″"), '"') | dict.fromkeys(map(ord, "‘’‚‛′`"), "'")


class ProvenanceError(FactcheckError, ValueError):
    """A quote that the source text does not contain, with the nearest passage it does."""

    def __init__(self, subject: str, quote: str, nearest: str, location: Location | None) -> None:
        super().__init__(subject, quote, nearest, location)
        self.subject = subject
        self.quote = quote
        self.nearest = nearest
        self.location = location

    def __str__(self) -> str:
        where = f"{self.location}: " if self.location is not None else ""
        return (
            f"{where}{self.subject}: the quote {shorten(self.quote, 200)!r} is not in the "
            f"source text; the nearest passage is {self.nearest!r}"
        )


@dataclass(frozen=True, slots=True)
class Located:
    """A number of the source text: its reading, and where it stands."""

    reading: Reading | None
    text: str
    start: int
    end: int
    line: int
    column: int
    error: str | None = None

    def to_json(self) -> dict[str, object]:
        return {"text": self.text, "start": self.start, "end": self.end, "line": self.line,
                "column": self.column}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Coverage:
    """How many of the text's numbers the claim file accounts for."""

    covered: int
    total: int
    uncovered: tuple[Located, ...]

    @property
    def complete(self) -> bool:
        return self.covered == self.total

    def to_json(self) -> dict[str, object]:
        return {
            "covered": self.covered,
            "total": self.total,
            "uncovered": [u.to_json() for u in self.uncovered],
        }


class _Normalized:
    """A text with whitespace collapsed and dashes and quotes unified, mapped back to the
    original offsets."""

    def __init__(self, text: str) -> None:
        chars: list[str] = []
        offsets: list[int] = []
        previous_space = True
        for index, char in enumerate(text.translate(_DASHES).translate(_QUOTES)):
            if char.isspace():
                if previous_space:
                    continue
                char = " "
                previous_space = True
            else:
                previous_space = False
            chars.append(char)
            offsets.append(index)
        self.text = "".join(chars)
        self.offsets = offsets
        self.original = text
        self._index: dict[str, list[int]] | None = None
        self._starts: list[int] = []

    def find_all(self, needle: str) -> list[tuple[int, int]]:
        """Spans (in the original text) where ``needle`` occurs, normalized."""
        wanted = _Normalized(needle).text.strip()
        if not wanted:
            return []
        spans = []
        start = self.text.find(wanted)
        while start != -1:
            end = start + len(wanted)
            spans.append((self.offsets[start], self.offsets[end - 1] + 1))
            start = self.text.find(wanted, start + 1)
        return spans

    def nearest(self, needle: str) -> str:
        """The passage of the text most like ``needle`` (for error messages), at most
        :data:`NEAREST_MAX` characters (longer ones end with "…"), so that a quote not found
        never echoes more of the text than a short passage.

        Near-linear in the text: the words of the text are indexed once (:meth:`_words`);
        each word of the quote votes for the passages starting where it would stand, the
        rarest words first and at most :data:`_VOTES` places each, and only the few
        passages with the most votes are compared character by character."""
        wanted = _Normalized(needle).text.strip()[:_SEARCHED]
        size = max(len(wanted), 1)
        starts = self._candidates(wanted)
        best, best_ratio = "", -1.0
        matcher = difflib.SequenceMatcher(autojunk=False)
        matcher.set_seq2(wanted)
        for start in starts:
            window = self.text[start : start + size]
            matcher.set_seq1(window)
            if matcher.real_quick_ratio() <= best_ratio or matcher.quick_ratio() <= best_ratio:
                continue
            ratio = matcher.ratio()
            if ratio > best_ratio:
                best, best_ratio = window, ratio
        return shorten(best, NEAREST_MAX)

    def _words(self) -> dict[str, list[int]]:
        """Each word of the text (case-folded) -> the indices of its occurrences; and the
        start offset of each word, in ``self._starts``."""
        index = self._index
        if index is None:
            index = {}
            starts: list[int] = []
            for number, match in enumerate(_WORD.finditer(self.text)):
                starts.append(match.start())
                index.setdefault(match.group().casefold(), []).append(number)
            self._index, self._starts = index, starts
        return index

    def _candidates(self, wanted: str) -> list[int]:
        index = self._words()
        starts = self._starts
        if not starts:
            return [0]
        words = [w.casefold() for w in _WORD.findall(wanted)]
        places: dict[str, int] = {}  # a word -> its first place in the quote
        for place, word in enumerate(words):
            places.setdefault(word, place)
        known = sorted((w for w in places if w in index), key=lambda w: len(index[w]))
        votes: dict[int, int] = {}
        for word in known[:_VOTERS]:
            place = places[word]
            for number in index[word][:_VOTES]:
                first = number - place
                if first >= 0:
                    votes[first] = votes.get(first, 0) + 1
        if not votes:
            return [0]
        best = sorted(votes, key=lambda n: (-votes[n], n))[:_COMPARED]
        return [starts[n] for n in best]


NEAREST_MAX: Final = 80
"""The longest nearest passage an error quotes, in characters."""
_SEARCHED: Final = 200
"""Only the first characters of a long quote are looked for."""
_VOTERS: Final = 8
_VOTES: Final = 2000
_COMPARED: Final = 16
_WORD: Final = re.compile(r"\w+")


def shorten(text: str, limit: int) -> str:
    """``text``, or its first ``limit - 1`` characters and "…"."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _line_column(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def scan(text: str) -> list[Located]:
    """Every number of a text, read as the reader reads it; paragraph by paragraph, so one
    unreadable number is reported where it stands and does not hide the rest."""
    found: list[Located] = []
    for paragraph in re.finditer(r"[^\n]+", text):
        _scan_span(text, paragraph.start(), paragraph.end(), found)
    found.sort(key=lambda located: located.start)
    return found


def _scan_span(text: str, start: int, end: int, found: list[Located]) -> None:
    """The numbers of ``text[start:end]``; an unreadable span is reported, and the text before
    and after it is scanned again (the part before may hold an unreadable span of its own)."""
    position = start
    while position <= end:
        try:
            readings = read(text[position:end])
        except ReadingError as error:
            bad_start = position + error.start
            bad_end = position + max(error.end, error.start + 1)
            line, column = _line_column(text, bad_start)
            found.append(
                Located(None, text[bad_start:bad_end], bad_start, bad_end, line, column,
                        error.reason)
            )  # fmt: skip
            if bad_start > position:
                _scan_span(text, position, bad_start, found)
            position = bad_end
            continue
        found.extend(_locate(text, reading, position) for reading in readings)
        return


def _locate(text: str, reading: Reading, offset: int) -> Located:
    start, end = offset + reading.start, offset + reading.end
    line, column = _line_column(text, start)
    return Located(reading, text[start:end], start, end, line, column)


def check_provenance(claims: ClaimFile, text: str) -> list[ProvenanceError]:
    """Every figure's and check's quote must occur in ``text``."""
    normalized = _Normalized(text)
    errors: list[ProvenanceError] = []
    subjects: list[tuple[str, str, Location | None]] = [
        (f"figure {f.name!r}", f.quote, f.location) for f in claims.article.figures
    ]
    subjects += [(f"check {c.id!r}", c.quote, c.location) for c in claims.article.checks if c.quote]
    subjects += [("not_claims entry", n.text, n.location) for n in claims.not_claims]
    for subject, quote, location in subjects:
        if not normalized.find_all(quote):
            errors.append(ProvenanceError(subject, quote, normalized.nearest(quote), location))
    return errors


def coverage(claims: ClaimFile, text: str) -> Coverage:
    """Which numbers of ``text`` a figure quotes or ``not_claims`` excuses."""
    normalized = _Normalized(text)
    numbers = scan(text)
    claimed: list[tuple[int, int]] = []
    policy = claims.article.policy
    for figure in claims.article.figures:
        try:
            reading = figure.read(policy)
        except FactcheckError:
            continue
        for start, end in normalized.find_all(figure.quote):
            for located in numbers:
                if start <= located.start < end and _same_number(located, reading):
                    claimed.append((located.start, located.end))
    for excused in claims.not_claims:
        claimed.extend(normalized.find_all(excused.text))
    uncovered = tuple(
        located
        for located in numbers
        if not any(start <= located.start and located.end <= end for start, end in claimed)
        and not any(start <= located.start < end for start, end in claimed)
    )
    return Coverage(len(numbers) - len(uncovered), len(numbers), uncovered)


def _same_number(located: Located, reading: Reading) -> bool:
    return located.reading is not None and located.reading.value == reading.value
