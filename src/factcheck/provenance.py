"""Provenance and coverage: every quote is in the source text, and every number is accounted for.

Quotes are matched ignoring differences of whitespace, dash and quotation-mark style (an
editor's "—" against a claim file's "-").  Coverage reads the whole text as the reader would
and asks, of every number found, whether a figure quotes it or ``not_claims`` excuses it.
"""

from __future__ import annotations

__all__ = [
    "MAX_NUMBERS",
    "Coverage",
    "Located",
    "ProvenanceError",
    "TooManyNumbers",
    "check_provenance",
    "count_number_like",
    "coverage",
    "scan",
    "where_quoted",
]

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from factcheck.errors import FactcheckError, Location, ReadingError
from factcheck.files import ClaimFile
from factcheck.reading import Reading, read

_DASHES: Final = dict.fromkeys(map(ord, "‐‑‒–—―−"), "-")
_QUOTES: Final = dict.fromkeys(map(ord, "“”„‟«»″"), '"') | dict.fromkeys(map(ord, "‘’‚‛′`"), "'")
_WHITESPACE: Final = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
"""Every character for which ``str.isspace()`` holds (a test compares them)."""
_UNIFY: Final = _DASHES | _QUOTES | dict.fromkeys(map(ord, _WHITESPACE), " ")
_SPACE_RUN: Final = re.compile("  +")


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
        # Every whitespace character becomes a space (with dashes and quotes, in one
        # translate); the leading spaces are dropped and each run of two or more becomes one.
        # The mapping back shifts only at those runs: a segment starts after each, recorded
        # by where it starts in the normalized text and in the original.
        translated = text.translate(_UNIFY)
        position = len(translated) - len(translated.lstrip(" "))
        norm_starts = [0]
        orig_starts = [position]
        pieces: list[str] = []
        length = 0
        for match in _SPACE_RUN.finditer(translated, position):
            kept = match.start() + 1  # one space of the run stays
            pieces.append(translated[position:kept])
            length += kept - position
            position = match.end()
            norm_starts.append(length)
            orig_starts.append(position)
        pieces.append(translated[position:])
        self.text = "".join(pieces)
        self._norm_starts = norm_starts
        self._orig_starts = orig_starts
        self.original = text
        self._found: dict[str, list[int]] = {}

    def origin(self, index: int) -> int:
        """The offset in the original text of the normalized text's character ``index``."""
        segment = bisect_right(self._norm_starts, index) - 1
        return self._orig_starts[segment] + index - self._norm_starts[segment]

    @property
    def offsets(self) -> list[int]:
        """The original offset of every character of the normalized text (for short texts:
        a quote; long ones are mapped by :meth:`origin`)."""
        return [self.origin(index) for index in range(len(self.text))]

    def find_all(self, needle: str) -> list[tuple[int, int]]:
        """Spans (in the original text) where ``needle`` occurs, normalized."""
        wanted = _Normalized(needle).text.strip()
        if not wanted:
            return []
        spans = []
        start = self.text.find(wanted)
        while start != -1:
            end = start + len(wanted)
            spans.append((self.origin(start), self.origin(end - 1) + 1))
            start = self.text.find(wanted, start + 1)
        return spans

    def nearest(self, needle: str) -> str:
        """The passage of the text most like ``needle`` (for error messages), at most
        :data:`NEAREST_MAX` characters (longer ones end with "…"), so that a quote not found
        never echoes more of the text than a short passage.

        Near-linear in the text: a few words of the quote are looked for as whole words (a
        regex scan each, kept for the next quote), at most :data:`_VOTES` places each; each
        place votes for the passage the quote would start, and only the few passages with
        the most votes are compared character by character (comparing at every word start
        took 216 s on a 20 KB repetitive article)."""
        wanted = _Normalized(needle).text.strip()[:_SEARCHED]
        size = max(len(wanted), 1)
        starts = self._candidates(wanted)
        best, best_ratio = "", -1.0
        import difflib  # only for a quote not found: not a cost of every audit

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

    def _occurrences(self, word: str) -> list[int]:
        """Where ``word`` stands in the text as a whole word (any case): the first
        :data:`_VOTES` places, found by the regex engine and kept for the next quote."""
        cache = self._found
        places = cache.get(word)
        if places is None:
            pattern = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", re.IGNORECASE)
            places = [m.start() for m in itertools.islice(pattern.finditer(self.text), _VOTES)]
            cache[word] = places
        return places

    def _candidates(self, wanted: str) -> list[int]:
        """Where passages like ``wanted`` may start: each of the quote's longest words votes
        for the word start before where the quote would begin, were the word where it
        stands; the places with the most votes, first ones first."""
        places: dict[str, int] = {}  # a word -> its first offset in the quote
        for match in _WORD.finditer(wanted):
            places.setdefault(match.group().casefold(), match.start())
        voters = sorted(places, key=lambda w: (-len(w), places[w]))[:_VOTERS]
        votes: dict[int, int] = {}
        text = self.text
        for word in voters:
            offset = places[word]
            for place in self._occurrences(word):
                start = max(0, place - offset)
                space = text.rfind(" ", max(0, start - _SNAP), start + 1)
                if space != -1 and space < place:
                    start = space + 1
                votes[start] = votes.get(start, 0) + 1
        if not votes:
            return [0]
        best = sorted(votes, key=lambda n: (-votes[n], n))[:_COMPARED]
        # and the word starts just after each (a quote that drops the text's first word)
        shifted = []
        for start in best:
            for _ in range(_SHIFTS):
                space = text.find(" ", start, start + _SNAP)
                if space == -1:
                    break
                start = space + 1
                shifted.append(start)
        return list(dict.fromkeys(best + shifted))


NEAREST_MAX: Final = 80
"""The longest nearest passage an error quotes, in characters."""
_SEARCHED: Final = 200
"""Only the first characters of a long quote are looked for."""
_VOTERS: Final = 8
"""How many of a quote's words look for it (its longest)."""
_VOTES: Final = 2000
"""How many places of one word are considered."""
_COMPARED: Final = 16
"""How many candidate passages are compared character by character."""
_SNAP: Final = 40
_SHIFTS: Final = 3
_WORD: Final = re.compile(r"\w+")


def shorten(text: str, limit: int) -> str:
    """``text``, or its first ``limit - 1`` characters and "…"."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _Lines:
    """Line and column of an offset, from the offsets of a text's line breaks found once
    (counting the breaks before every number made a scan quadratic: 64,000 numbers, 14 s)."""

    def __init__(self, text: str) -> None:
        self.breaks = [match.start() for match in re.finditer("\n", text)]

    def at(self, offset: int) -> tuple[int, int]:
        line = bisect_left(self.breaks, offset)  # the breaks before the offset
        start = self.breaks[line - 1] + 1 if line else 0
        return line + 1, offset - start + 1


_WRAPPED: Final = re.compile(r"(?:[^\n]{60,}(?<=[\w,])\n(?=[a-z]))*[^\n]+")
"""A line, with the lines before it that a hard wrap broke off (60 characters or more ending
in a word, the next line going on in lower case): "declined by 2.2" and "percentage points"
on two lines are one number and its unit.  A table's rows start with digits or capitals."""


_DIGIT_RUN: Final = re.compile(r"[0-9][0-9.,]*[0-9]|[0-9]")
"""The digits, points and commas of one unreadable number."""


def scan(text: str) -> list[Located]:
    """Every number of a text, read as the reader reads it; paragraph by paragraph, so one
    unreadable number is reported where it stands and does not hide the rest."""
    found: list[Located] = []
    lines = _Lines(text)
    for paragraph in _WRAPPED.finditer(text):
        _scan_span(text, paragraph.start(), paragraph.end(), found, lines)
    found.sort(key=lambda located: located.start)
    return found


def _scan_span(text: str, start: int, end: int, found: list[Located], lines: _Lines) -> None:
    """The numbers of ``text[start:end]``; an unreadable span is reported, and the text before
    and after it is scanned again (the part before may hold an unreadable span of its own)."""
    position = start
    while position <= end:
        try:
            readings = read(text[position:end])
        except ReadingError as error:
            bad_start = position + error.start
            bad_end = position + max(error.end, error.start + 1)
            run = _DIGIT_RUN.match(text, bad_start, end)
            if run is not None:  # "185.220.101.134" is refused whole, not read on as "01.134"
                bad_end = max(bad_end, run.end())
            line, column = lines.at(bad_start)
            found.append(
                Located(None, text[bad_start:bad_end], bad_start, bad_end, line, column,
                        error.reason)
            )  # fmt: skip
            if bad_start > position:
                _scan_span(text, position, bad_start, found, lines)
            position = bad_end
            continue
        found.extend(_locate(text, reading, position, lines) for reading in readings)
        return


def _locate(text: str, reading: Reading, offset: int, lines: _Lines) -> Located:
    start, end = offset + reading.start, offset + reading.end
    line, column = lines.at(start)
    return Located(reading, text[start:end], start, end, line, column)


MAX_NUMBERS: Final = 10_000
"""The most numbers coverage reads in one source text (a long statistical bulletin holds a
few thousand); a text with more number-like words is refused before the reader runs."""
_NUMBER_LIKE: Final = re.compile(
    r"[0-9]+|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
    r"thirty|forty|fifty|hundred|thousand|million|billion|trillion|half|third|quarter|"
    r"dozen|double|doubled|triple|tripled|first|second)\b",
    re.IGNORECASE,
)


class TooManyNumbers(FactcheckError, ValueError):
    """A source text with more than :data:`MAX_NUMBERS` number-like words."""

    def __init__(self, count: int) -> None:
        super().__init__(count)
        self.count = count

    def __str__(self) -> str:
        return (
            f"the source text holds {self.count} number-like words, more than the "
            f"{MAX_NUMBERS} coverage reads"
        )


def count_number_like(text: str, stop: int = MAX_NUMBERS + 1) -> int:
    """How many digit runs and number words ``text`` holds, counted up to ``stop``."""
    count = 0
    for _ in _NUMBER_LIKE.finditer(text):
        count += 1
        if count >= stop:
            break
    return count


def where_quoted(text: str, quotes: Sequence[str]) -> list[tuple[int, int] | None]:
    """For each quote, the line and column (1-based) in ``text`` where it first occurs
    (whitespace, dashes and quote marks compared as :func:`check_provenance` compares them),
    or ``None`` where it does not."""
    normalized = _Normalized(text)
    lines = _Lines(text)
    found: list[tuple[int, int] | None] = []
    for quote in quotes:
        spans = normalized.find_all(quote) if quote.strip() else []
        found.append(lines.at(spans[0][0]) if spans else None)
    return found


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


def coverage(claims: ClaimFile, text: str, *, limit: int | None = None) -> Coverage:
    """Which numbers of ``text`` a figure quotes or ``not_claims`` excuses.

    With ``limit``, a text holding more number-like words than that is refused
    (:class:`TooManyNumbers`) before anything is read.  Time is linear in the numbers and the
    quotes' places (spans and numbers are matched by bisection, not pair by pair)."""
    if limit is not None:
        count = count_number_like(text, limit + 1)
        if count > limit:
            raise TooManyNumbers(count)
    normalized = _Normalized(text)
    # A name or code with digits ("COVID-19", "G20", "the S&P 500") is no figure: nothing to
    # cover.  Dates, years and times are covered, by a figure or by not_claims.
    numbers = [n for n in scan(text) if n.reading is None or n.reading.kind != "code"]
    starts = [located.start for located in numbers]
    claimed: list[tuple[int, int]] = []
    policy = claims.article.policy
    for figure in claims.article.figures:
        try:
            reading = figure.read(policy)
        except FactcheckError:
            continue
        for start, end in normalized.find_all(figure.quote):
            for index in range(bisect_left(starts, start), bisect_left(starts, end)):
                located = numbers[index]
                if _same_number(located, reading):
                    claimed.append((located.start, located.end))
    for excused in claims.not_claims:
        claimed.extend(normalized.find_all(excused.text))
    # A number is covered when it starts inside a claimed span: sorted by start, with the
    # furthest end reached so far, the spans that start at or before it answer at once.
    claimed.sort()
    claimed_starts = [start for start, _ in claimed]
    reach: list[int] = []
    furthest = -1
    for _, end in claimed:
        furthest = max(furthest, end)
        reach.append(furthest)
    uncovered = []
    for located in numbers:
        before = bisect_right(claimed_starts, located.start)
        if not (before and reach[before - 1] > located.start):
            uncovered.append(located)
    return Coverage(len(numbers) - len(uncovered), len(numbers), tuple(uncovered))


def _same_number(located: Located, reading: Reading) -> bool:
    return located.reading is not None and located.reading.value == reading.value
