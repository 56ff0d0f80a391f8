"""Stage one of proposing checks: the numbers of a text, each with its sentence, clause and quote.

:func:`locate` scans the text as coverage does (:func:`factcheck.provenance.scan`) and gives
one :class:`Mention` per number that is a figure (dates, years, periods, times and codes go to
``not_claims`` with a reason), each with the sentence and clause it stands in, the words that
speak of it alone (the clause cut at the neighbouring numbers), and the shortest quote around
it that reads back to the same number.
"""

from __future__ import annotations

__all__ = ["MAX_NUMBERS", "MAX_TEXT", "Mention", "headline_end", "locate"]

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Final

from factcheck.counts import is_count
from factcheck.errors import FactcheckError
from factcheck.frozen import evolve
from factcheck.provenance import Located, scan
from factcheck.reading import Reading, read
from factcheck.reading.reader import groups_by_points

MAX_TEXT: Final = 2_000_000
"""Characters of article text the proposer reads at most (a longer text is refused)."""
MAX_NUMBERS: Final = 5_000
"""Numbers of one text the proposer turns into figures at most (the rest are refused)."""


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_NOT_CLAIM_REASONS: Final = {
    "date": "a date, not a claim",
    "year": "names a year, not a claim",
    "period": "names a period, not a claim",
    "time": "a time of day, not a claim",
    "code": "a name or code with digits, not a claim",
}
_NOT_FIGURES: Final = frozenset(_NOT_CLAIM_REASONS)
_RATES: Final = frozenset({"percent", "per_mille"})
_POINTS: Final = frozenset({"percentage_point", "basis_point"})

_STOPWORDS: Final = _set(
    """a an the of for to in on at by with from and or nor but as is are was were be been
    being has have had will would shall should can could may might must its it this that these
    those their them they his her our your we you he she than then more less most least about
    over under into per each every all while which who whom whose also up down out off so such
    not no only just some any other another same both either neither what when where there
    here s t one"""
)

_SENTENCE_END: Final = re.compile(
    r"(?<!\b[A-Z])(?<![A-Z]\.[A-Z])(?<!\b(?:Mr|Ms|Dr|No|St))[.!?]+[\"'”’)]*(?=\s|$)"
)
_CLAUSE_MARK: Final = re.compile(r",(?=\s)|[;:()\[\]—–]|\s-\s")
_EDGE: Final = "\"'“”‘’«»,;:"
"""Characters a quote does not start or end on (a stray quotation mark, a comma)."""
_MAX_QUOTE_SIDE: Final = 3
"""Content words quoted on each side of a number, at most."""


@dataclass(slots=True)
class Mention:
    """One number of the text that becomes a figure, with where its sentence and clause lie."""

    located: Located
    reading: Reading
    sentence: tuple[int, int]
    clause: tuple[int, int]
    local: tuple[int, int]
    """The clause cut at the neighbouring numbers: the words that speak of this one."""
    name: str = ""
    quote: str = ""
    index: int = 0
    exact: bool = True
    """Whether the quote reads exactly as the text does (no check rests on one that does not)."""
    trailing_zeros: str | None = None
    """How this figure's trailing zeros are read, when not as the article's policy says:
    'placeholders' for a quantity restated in another unit ('500 feet (150 meters)'), which is
    rounded to a few significant figures."""

    @property
    def start(self) -> int:
        return self.located.start

    @property
    def end(self) -> int:
        return self.located.end


def headline_end(text: str) -> int:
    """Where the headline ends: the first line, when it reads as a headline (short, no full
    stop at its end); 0 when the text starts with a paragraph."""
    end = text.find("\n")
    title = text[:end].strip() if end != -1 else ""
    if not title or len(title) > 200 or title[-1] in ".!?":
        return 0
    return end


def locate(text: str) -> tuple[list[Mention], dict[str, str]]:
    """The figures of ``text`` (unnamed, quoted) and the numbers that are not claims, with
    the reason: what the draft's ``figures`` and ``not_claims`` are made of."""
    numbers = scan(text)
    spans = [(n.start, n.end) for n in numbers]
    segments = _Segments(text, spans)
    mentions: list[Mention] = []
    not_claims: dict[str, str] = {}
    grouping = groups_by_points(text)
    for located in numbers:
        reading = located.reading
        if reading is None:
            not_claims.setdefault(
                located.text,
                f"TODO: factcheck cannot read this number ({located.error}); quote it as a "
                "figure once it reads, or say why it is not a claim",
            )
            continue
        if reading.kind in _NOT_FIGURES:
            not_claims.setdefault(located.text, _NOT_CLAIM_REASONS[reading.kind])
            continue
        if _point_may_group(located, grouping, text):
            whole, _, decimals = reading.value.lstrip("-−").partition(".")
            not_claims.setdefault(
                located.text,
                f"a point that may group thousands ({reading.value!r} may be "
                f"{int(whole + decimals):,} or {reading.value.lstrip('-−')}); quote it as a "
                "figure once you know which",
            )
            continue
        excuse = _excused(text, located)
        if excuse is not None:
            not_claims.setdefault(*excuse)
            continue
        if len(mentions) >= MAX_NUMBERS:
            raise FactcheckError(
                f"the text has more than {MAX_NUMBERS} numbers; split it into articles "
                "and draft each one"
            )
        sentence, clause = segments.of(located)
        near = [(s, e) for s, e in spans if clause[0] <= e and s <= clause[1]]
        local = (
            max([clause[0], *(e for _, e in near if e <= located.start)]),
            min([clause[1], *(s for s, _ in near if s >= located.end)]),
        )
        mention = Mention(located, reading, sentence, clause, local)
        if not _choose_quote(text, mention):
            not_claims.setdefault(
                located.text,
                "TODO: no quote around this number reads it back as written; make it a "
                "figure by hand, or say why it is not a claim",
            )
            continue
        mentions.append(mention)
    return mentions, not_claims


_ONE_POINT: Final = re.compile(r"[-−]?[1-9][0-9]{0,2}\.([0-9]{3})")
_RATE_UNITS: Final = frozenset({"percent", "per_mille", "percentage_point", "basis_point"})


def _point_may_group(located: Located, grouping: bool, text: str) -> bool:
    """Whether a number written with one point before three digits ("826.000", "15.000"),
    with no scale word and not a rate, may be thousands grouped by a point rather than a
    decimal: always when the three digits are zeros (prose does not write a count to three
    places of zeros), and for any three digits in a text that groups thousands by points
    elsewhere, or when it counts whole things ("1.250 people").  A draft makes no figure of
    it: either reading may be the writer's, and a check on the wrong one would flag correct
    arithmetic."""
    reading = located.reading
    if reading is None or reading.kind != "number" or reading.scale:
        return False
    if reading.unit in _RATE_UNITS:
        return False
    written = _ONE_POINT.fullmatch(reading.value)
    if written is None:
        return False
    if grouping or written.group(1) == "000":
        return True
    # "1.250 people", "a survey of 1.005 adults": no count of whole things has a fraction
    lo, hi = max(0, located.start - 80), min(len(text), located.end + 80)
    whole = evolve(reading, number=Fraction(int(reading.value.lstrip("-−").replace(".", ""))))
    return is_count(whole, text[lo:hi], (located.start - lo, located.end - lo))


_FIRST_TIME: Final = re.compile(r"(?:for\s+the\s+)?first\s+time", re.IGNORECASE)
_SPAN_OF_TIME: Final = re.compile(
    r"-(?:hour|day|week|month|quarter|year|decade)(?:s?-(?:old|long))?\b(?!-[0-9])", re.IGNORECASE
)
"""'a 12-month high', 'the seven-day average', 'the 30-year mortgage rate': a span of time
joined to its number, in the singular, naming what is measured."""


_OFFSET: Final = re.compile(
    r"\s+(?:hour|day|week|month|quarter|year|decade)s?\s+(?:earlier|ago|before|previously)\b",
    re.IGNORECASE,
)
"""'five years earlier', 'two months ago': how far back a comparison looks."""

_GRADE_ARTICLE: Final = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)
_GRADE_THRESHOLD: Final = re.compile(
    r"\s*(?:or\s+[A-Z]\*?\s+)?(?:or|and)\s+(?:above|higher|better)\b(?!\s+(?:than|the|a)\b)"
)
"""'got a 9 in every subject', 'a 7 or above', '4 or C or above': a bare whole number after
the indefinite article with no noun of its own, or opening 'or above', names a grade or a
score (a class of things), not a count of them."""


_RATE_BASE: Final = re.compile(r"\b(?:per|(?:for|in|out\s+of)\s+every)\s+$", re.IGNORECASE)
"""'386.3 offences per 100,000 inhabitants', '5 deaths for every 1,000 births': the words
before a rate's base."""


def _rate_base(text: str, located: Located) -> bool:
    """Whether the number is the base of a rate: a power of ten ("100,000", "1 million")
    after "per" or "for every"."""
    reading = located.reading
    if reading is None or reading.kind != "number" or reading.direction or reading.hedge:
        return False
    value = reading.number * reading.multiplier
    if value < 10 or value.denominator != 1 or str(value.numerator).rstrip("0") != "1":
        return False
    return _RATE_BASE.search(text, max(0, located.start - 16), located.start) is not None


_NAME_BEFORE: Final = re.compile(r"\b[A-Z][^\W\d_]*[ \t]+$")
_WORD_AFTER: Final = re.compile(r"[ \t]*([^\W\d_]+)")


def _in_a_name(text: str, located: Located) -> bool:
    """'Ward Two 930', 'Phase Three began': a capitalised number word after a capitalised
    word, with no capitalised word after it to count ('Police Find Two Bodies' is a headline's
    count), is part of a name, not a count."""
    reading = located.reading
    if reading is None or reading.kind != "number" or reading.unit or reading.scale:
        return False
    if not (located.text.isalpha() and located.text[:1].isupper()):
        return False
    if _NAME_BEFORE.search(text, max(0, located.start - 30), located.start) is None:
        return False
    after = _WORD_AFTER.match(text, located.end)
    return after is None or not after.group(1)[:1].isupper()


def _excused(text: str, located: Located) -> tuple[str, str] | None:
    """A number that is no figure although the reader reads one: "for the first time" (a
    record claim, proposed as a check), a span of time ("a 12-month high"), how far back a
    comparison looks ("five years earlier"), a long bare number alone on its line (a timestamp
    or an identifier)."""
    reading = located.reading
    if reading is not None and reading.kind == "ordinal" and reading.value.lower() == "first":
        near = text[max(0, located.start - 8) : located.end + 5]
        if _FIRST_TIME.search(near) is not None:
            return "first time", "a record claim ('for the first time'), proposed as a check"
    # A bare whole number (no unit, scale or direction) joined to what it measures or counts
    # back: the reader keeps its number (a claim file may check "that same 3-year period"
    # against its dates); a draft does not make it a figure.
    bare = (
        reading is not None
        and reading.kind == "number"
        and not (reading.unit or reading.scale or reading.direction)
        and reading.number.denominator == 1
    )
    plain = bare and reading is not None and not reading.hedge
    span = _SPAN_OF_TIME.match(text, located.end) if plain else None
    if span is not None:
        return (
            text[located.start : span.end()],
            "a span of time naming what is measured ('a 12-month high'), not a claim",
        )
    offset = _OFFSET.match(text, located.end) if bare else None
    if offset is not None:
        # "(1.8 million) more than five years earlier": the hedge is the comparison's
        return text[located.start : offset.end()], "how far back a comparison looks, not a claim"
    if _in_a_name(text, located):
        return located.text, "a number word in a name ('Ward Two', 'Phase Three'), not a claim"
    if _rate_base(text, located):
        return located.text, f"the base of a rate ('per {located.text}'), not a claim"
    if (
        plain
        and re.search(r"\d[-–]\d{1,2}\s*\($", text[max(0, located.start - 8) : located.start])
        and text.startswith(")", located.end)
    ):
        return located.text, "a tie-break in brackets after a score ('7-6 (5)'), not a claim"
    if plain and reading is not None and reading.label is None and not located.text.isalpha():
        article = _GRADE_ARTICLE.search(text, max(0, located.start - 4), located.start)
        after = text[located.end : located.end + 8]
        if (article is not None and not re.match(r"\s*(?:[-–/]|in\s+\d|out\s+of)", after)) or (
            _GRADE_THRESHOLD.match(text, located.end)
        ):
            return located.text, "names a grade or a score ('a 9', '7 or above'), not a claim"
    line_start = text.rfind("\n", 0, located.start) + 1
    line_end = text.find("\n", located.end)
    line = text[line_start : len(text) if line_end == -1 else line_end]
    if line.strip() == located.text and located.text.isdigit() and len(located.text) >= 9:
        return located.text, "a bare number alone on its line (a timestamp or an identifier)"
    return None


class _Segments:
    """The sentence and clause boundaries of a text, found once: marks that fall inside a
    number ("628,000", "March 6, 2025") do not split.  Each number's segments are then found
    by bisection, so a text of many numbers on one line costs no more than many lines."""

    def __init__(self, text: str, spans: Sequence[tuple[int, int]]) -> None:
        self.text = text
        self.starts = [start for start, _ in spans]
        self.spans = list(spans)
        self.newlines = [m.start() for m in re.finditer("\n", text) if not self._soft(m.start())]
        self.sentence = self._marks(_SENTENCE_END)
        self.clause = self._marks(_CLAUSE_MARK)
        self._keys = {
            id(marks): ([m[1] for m in marks], [m[0] for m in marks])
            for marks in (self.sentence, self.clause)
        }

    def _soft(self, newline: int) -> bool:
        """A line break inside a hard-wrapped paragraph: the line before is long and does
        not end a sentence, and a line follows."""
        start = self.text.rfind("\n", max(0, newline - 400), newline) + 1
        line = self.text[start:newline].rstrip()
        following = self.text[newline + 1 : newline + 2]
        return len(line) >= 60 and line[-1:] not in ".!?:;" and following.strip() != ""

    def _inside(self, position: int) -> bool:
        at = bisect.bisect_right(self.starts, position) - 1
        return at >= 0 and self.spans[at][0] < position < self.spans[at][1]

    def _marks(self, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
        return [
            (m.start(), m.end())
            for m in pattern.finditer(self.text)
            if not (self._inside(m.start()) or self._inside(m.end() - 1))
        ]

    def of(self, located: Located) -> tuple[tuple[int, int], tuple[int, int]]:
        at = bisect.bisect_left(self.newlines, located.start)
        line_start = self.newlines[at - 1] + 1 if at > 0 else 0
        after = bisect.bisect_left(self.newlines, located.end)
        line_end = self.newlines[after] if after < len(self.newlines) else len(self.text)
        sentence = self._around(self.sentence, located, line_start, line_end)
        clause = self._around(self.clause, located, *sentence)
        return sentence, clause

    def _around(
        self, marks: list[tuple[int, int]], located: Located, lo: int, hi: int
    ) -> tuple[int, int]:
        start, end = lo, hi
        ends, starts = self._keys[id(marks)]
        at = bisect.bisect_right(ends, located.start) - 1
        while at >= 0 and marks[at][0] >= lo:
            if marks[at][1] <= located.start:
                start = max(start, marks[at][1])
                break
            at -= 1
        at = bisect.bisect_left(starts, located.end)
        if at < len(marks) and marks[at][1] <= hi:
            end = marks[at][0]
        return start, end


def _choose_quote(text: str, number: Mention) -> bool:
    """Pick the shortest quote around the number (a few words either side, within the
    clause and, if that says enough, short of the neighbouring numbers) that reads back to
    the same number; set ``quote`` and ``index``."""
    located = number.located
    span = (located.start, located.end)
    local = _window(text, span, number.local, near=True)
    candidates = [
        *([local] if local != span else []),
        _window(text, span, number.clause, near=True),
        _window(text, span, number.clause, near=False),
        _window(text, span, number.sentence, near=True),
        # the whole sentence, when only it carries what the number means ("fell by 1.6
        # million barrels, or 0.2 percent": the "or" clause takes its sign from the verb)
        _window(text, span, number.sentence, near=False),
        span,
    ]
    fallback: tuple[str, int] | None = None
    repeated: tuple[str, int] | None = None
    lo, hi = number.sentence
    counted = is_count(number.reading, text[lo:hi], (located.start - lo, located.end - lo))
    for start, end in candidates:
        quote = text[start:end]
        found = _read_back(quote, located.start - start, number.reading)
        if found is None:
            continue
        if is_count(number.reading, quote, (located.start - start, located.end - start)) != (
            counted
        ):
            # cut short of the words that make it a rate or a mean ("5 deaths" of "5 deaths
            # per 1,000 live births"), the quote would make a count of it
            continue
        index, exact = found
        if exact and text.find(quote) != start:
            # the words stand earlier in the text too ("+49,000" in the headline and the
            # body): a wider quote finds this number, not the first one
            repeated = repeated or (quote, index)
            continue
        if exact:
            number.quote, number.index = quote, index
            return True
        if fallback is None:
            fallback = (quote, index)
    if repeated is not None:
        number.quote, number.index = repeated
        return True
    if fallback is not None:
        number.quote, number.index = fallback
        number.exact = False
        return True
    return False


def _window(
    text: str, span: tuple[int, int], segment: tuple[int, int], *, near: bool
) -> tuple[int, int]:
    """The number's span widened by a few words (``near``) or all words of ``segment``,
    never starting or ending on a stray quotation mark or comma."""
    (start, end), (lo, hi) = span, segment
    before = list(re.finditer(r"\S+", text[lo:start]))
    after = list(re.finditer(r"\S+", text[end:hi]))
    # A word cut by the segment's edge (the "-month" of "a 12-month high" after its 12) is
    # no word to quote.
    if before and before[0].start() == 0 and lo > 0 and text[lo - 1].isalnum():
        before = before[1:]
    if after and end + after[-1].end() == hi < len(text) and text[hi].isalnum():
        after = after[:-1]
    take_before = _near([m.group() for m in reversed(before)]) if near else len(before)
    take_after = _near([m.group() for m in after]) if near else len(after)
    if take_before:
        start = lo + before[-take_before].start()
    if take_after:
        end += after[take_after - 1].end()
    while start < span[0] and text[start] in _EDGE:
        start += 1
    while end > span[1] and text[end - 1] in _EDGE:
        end -= 1
    for opening, closing in (('"', '"'), ("“", "”"), ("(", ")")):
        quote = text[start:end]
        unbalanced = (
            quote.count(opening) % 2 if opening == closing
            else quote.count(opening) != quote.count(closing)
        )  # fmt: skip
        if not unbalanced:
            continue
        last = max(text.rfind(opening, start, end), text.rfind(closing, start, end))
        first = min(i for i in (text.find(opening, start, end), text.find(closing, start, end))
                    if i != -1)  # fmt: skip
        if last >= span[1]:
            end = last
        elif first < span[0]:
            start = first + 1
    return _trim(text, start, end, span)


def _trim(text: str, start: int, end: int, span: tuple[int, int]) -> tuple[int, int]:
    while start < span[0] and (text[start].isspace() or text[start] in _EDGE):
        start += 1
    while end > span[1] and (text[end - 1].isspace() or text[end - 1] in _EDGE):
        end -= 1
    return start, end


def _near(tokens: Sequence[str]) -> int:
    """How many of ``tokens`` (nearest first) to quote: up to three content words, at most
    five tokens, never ending on a stopword."""
    count = content = 0
    for token in tokens[: _MAX_QUOTE_SIDE + 2]:
        if content == _MAX_QUOTE_SIDE:
            break
        count += 1
        if _bare(token) not in _STOPWORDS:
            content += 1
    while count and _bare(tokens[count - 1]) in _STOPWORDS:
        count -= 1
    return count


def _bare(token: str) -> str:
    return token.strip(".,;:!?\"'()[]“”‘’").lower()


def _read_back(quote: str, offset: int, wanted: Reading) -> tuple[int, bool] | None:
    """The index (as :class:`factcheck.model.Figure` counts it) of the number that starts at
    ``offset`` in ``quote`` and has the value wanted, and whether it reads identically."""
    try:
        readings = read(quote)
    except FactcheckError:
        return None
    numbers = [r for r in readings if r.kind not in _NOT_FIGURES] or list(readings)
    for index, reading in enumerate(numbers):
        if reading.start == offset and reading.value == wanted.value:
            exact = (
                reading.strict == wanted.strict
                and reading.lenient == wanted.lenient
                and reading.unit == wanted.unit
                and reading.scale == wanted.scale
            )
            return index, exact
    return None
