"""Stage five: sums of parts.

Where the words say parts make a whole ("made up", "of which", "the rest", "combined",
"respectively", "in total"), the amounts of one unit near those words are searched for a
subset whose sum, within every part's rounding, meets another amount.  The search is bounded:
at most :data:`MAX_POOL` amounts, subsets of two to :data:`MAX_PARTS`; the smallest subset of
the nearest mentions wins, and a sum is only proposed when exactly one such subset fits.
"""

from __future__ import annotations

__all__ = ["MAX_PARTS", "MAX_POOL", "apply_sums"]

import re
from fractions import Fraction
from itertools import combinations
from typing import Final

from factcheck.counts import is_count as whole_count
from factcheck.propose.book import Book, is_amount, is_count
from factcheck.propose.sentences import Mention

MAX_POOL: Final = 10
MAX_PARTS: Final = 4
TIGHT: Final = Fraction(1, 100)
"""Without cue words, a whole is only searched for when its rounding is this tight (relative
width of its strict reading): "11,775,800" or "$227.7 billion", not "3 million"."""
COARSE: Final = 10
"""A part whose rounding is this many times wider than the whole's ("2,000", read as 1,500 to
2,500, beside a whole of 2,918) meets it by its rounding alone: such parts must add up as
written."""
_CUE: Final = re.compile(
    r"\b(made up|make up|makes up|of which|the rest|remaining|remainder|combined|respectively|"
    r"in total|in all|together|altogether|total of|comprising|comprised|split between|"
    r"divided between|broken down)\b",
    re.I,
)
_PERIOD: Final = re.compile(r"[\s-]*(?:second|minute|hour|day|week|month|quarter|year)s?\b", re.I)
"""'the seven-day average', 'in the seven days to 4 July': the length of a period, no part."""
_COMPARED: Final = re.compile(
    r"\b(?:against|compared\s+(?:with|to)|versus|vs\.?|than)\s+(?:the\s+)?(?:[^\W\d]+\s+){0,2}$",
    re.I,
)
"""'Rs 13.16 lakh crore, against Rs 14.84 lakh crore in the estimates': the level compared
with (another period's, a forecast's), not one more part of this one's whole."""


def _bounds(m: Mention) -> tuple[Fraction, Fraction] | None:
    if _exact(m):
        return Fraction(m.reading.number), Fraction(m.reading.number)
    interval = m.reading.strict
    if interval.lo is None or interval.hi is None:
        return None
    factor = m.reading.multiplier
    return Fraction(interval.lo) * factor, Fraction(interval.hi) * factor


def apply_sums(book: Book, *, aliases: frozenset[str] = frozenset()) -> None:
    """Propose ``a + b == whole`` where cue words, or precise figures, and the arithmetic
    agree."""
    sentences: list[tuple[tuple[int, int], list[Mention]]] = []
    for m in book.mentions:
        if not sentences or sentences[-1][0] != m.sentence:
            sentences.append((m.sentence, []))
        sentences[-1][1].append(m)
    for index, (span, members) in enumerate(sentences):
        cue = _cue(_CUE, book.text, span)
        cued = cue is not None and not _SHARE_MADE.match(book.text, cue.end())
        near = [
            m for _, ms in sentences[max(0, index - 2) : index + (2 if cued else 1)] for m in ms
        ]
        pool = [
            m
            for m in near
            if _summable(m, book.text, compared=True) and m.name not in aliases and _bounds(m)
        ]
        pool = sorted(pool, key=lambda m: abs(m.start - members[0].start))[:MAX_POOL]
        found = False
        for whole in pool:
            if (not cued and not _tight(whole)) or _compared(whole, book.text):
                continue
            found = (
                _search(
                    book,
                    whole,
                    [m for m in pool if m is not whole and m.reading.unit == whole.reading.unit],
                    members,
                )
                or found
            )
        if cued and not found:
            _listed_parts(
                book,
                members,
                [m for _, ms in sentences[max(0, index - 1) : index] for m in ms],
                aliases,
            )


_MADE_UP: Final = re.compile(
    r"\b(made up|make up|makes up|in total|combined(?!\s+(?:[\w-]+\s+){0,2}with\b)|together"
    r"|altogether)\b",
    re.I,
)
"""Words that say the amounts of a sentence make up a whole; not 'combined examinations with
accredited grades' (joined one thing to another) or 'combined with'."""


_SHARE_MADE: Final = re.compile(
    r"\s+(?:(?:about|around|over|nearly|almost|some|just|roughly|slightly|well|far)\s+)*"
    r"(?:(?:more|less|fewer)\s+than\s+)?"
    r"(?:[\d.,]+\s*(?:%|per\s*cent|percent)|(?:a|one|two)[\s-](?:third|quarter|half|fifth)s?"
    r"|half\b|most\b|the\s+(?:majority|bulk)\b)",
    re.I,
)
"""'made up over 40% of the additions', 'made up slightly more than half': one share of the
whole, not the whole."""


_SHARE_BEFORE: Final = re.compile(
    r"(?:%|per\s*cent|percent)\s+(?:of\s+(?:the\s+|all\s+)?[^\W\d_]+\s+)?$", re.I
)
"""'77.8% of the total together': the share the parts make together, not a whole they make."""


def _cue(rx: re.Pattern[str], text: str, span: tuple[int, int]) -> re.Match[str] | None:
    """The first cue of the sentence that is no capitalised word inside it ('Together for
    Catalonia 5,140 votes' names a party, it says nothing of parts)."""
    for found in rx.finditer(text, span[0], span[1]):
        if not (found.group(0)[:1].isupper() and text[span[0] : found.start()].strip()):
            return found
    return None


def _listed_parts(
    book: Book, members: list[Mention], earlier: list[Mention], aliases: frozenset[str]
) -> None:
    """ "Imports of 2.3 million and exports of 1.9 million made up the total": the amounts of
    the sentence are the parts of the level stated just before, whether or not they add up
    (a warning: which whole is a guess)."""
    span = members[0].sentence
    cue = _cue(_MADE_UP, book.text, span)
    if cue is None or _SHARE_MADE.match(book.text, cue.end()):
        return  # "Wind made up over 40% of the additions (66 GW)": one part's share
    if _SHARE_BEFORE.search(book.text, max(span[0], cue.start() - 40), cue.start()):
        return  # "..., Hong Kong 160,500: 77.8% of the total together": the parts' share
    if any(0 <= m.start - cue.end() <= 12 for m in members):
        return  # "...; in total, Ksh15.6 billion will be spent": the sentence's own whole
    parts = [m for m in members if _summable(m, book.text) and m.name not in aliases]
    if len(parts) < 2 or len({m.reading.unit for m in parts}) != 1:
        return
    unit = parts[0].reading.unit
    biggest = max(abs(m.reading.number * m.reading.multiplier) for m in parts)
    wholes = [
        m
        for m in earlier
        if _summable(m, book.text)
        and m.reading.unit == unit
        and m.name not in aliases
        and m.reading.number * m.reading.multiplier > biggest
    ]
    if not wholes:
        return
    whole = wholes[-1]
    book.propose(
        "sum",
        f"{' + '.join(p.name for p in parts)} == {whole.name}",
        about=whole,
        quote=book.passage(*parts),
        why="the words say these parts make up the whole stated before them",
        figures=(*(p.name for p in parts), whole.name),
        severity="warn",
        suffix="_parts",
    )


def _compared(m: Mention, text: str) -> bool:
    return _COMPARED.search(text[max(0, m.start - 30) : m.start]) is not None


_MORE_OF: Final = re.compile(r"\s*(?:[^\W\d]+\s+){0,2}?(?:more|fewer|less)\b", re.I)


def _a_change(m: Mention, text: str) -> bool:
    """A change: written with a direction ("up 5,000") or as "169,724 more people than"."""
    return m.reading.direction != 0 or _MORE_OF.match(text, m.end) is not None


def _pairs_with_a_change(parts: tuple[Mention, ...], text: str) -> bool:
    """A level compared with ("against 4,588,252 in April 2011") is a part only of the new
    level, with the change between them: "169,724 more people" than then."""
    compared = [p for p in parts if _compared(p, text)]
    if not compared:
        return True
    return (
        len(parts) == 2
        and len(compared) == 1
        and any(_a_change(p, text) for p in parts if p not in compared)
    )


def _summable(m: Mention, text: str, *, compared: bool = False) -> bool:
    """An amount or count that may be a part or a whole: not hedged, not an age or the end of
    a range ("aged 15 to 34"), not a cell of a table row; not a level compared with, unless
    ``compared`` (see :func:`_pairs_with_a_change`)."""
    if not (is_amount(m) or is_count(m)) or m.reading.hedge is not None:
        return False
    before = text[max(0, m.start - 12) : m.start].lower()
    if re.match(r"\s*(?:to|-|–)\s*\d", text[m.end : m.end + 6]) and re.search(r"aged?\s+$", before):
        return False
    if re.search(r"\b(aged?|ages)\s+(?:under\s+|over\s+|between\s+)?$", before):
        return False
    if _PERIOD.match(text, m.end) or (not compared and _compared(m, text)):
        return False
    line_start = text.rfind("\n", max(0, m.start - 400), m.start) + 1 or max(0, m.start - 400)
    line_end = text.find("\n", m.end, m.end + 400)
    line = text[max(line_start, m.start - 400) : m.end + 400 if line_end == -1 else line_end]
    words = len(re.findall(r"[^\W\d_]{2,}", line))
    numbers = len(re.findall(r"\d[\d,.]*", line))
    return words >= numbers


def _exact(m: Mention) -> bool:
    """A whole number of things, written in full: "308 seats", "1 seat" (a count, whole as
    the audit reads it), "Bush had 271 electors and Gore 266" (no scale word, and not a round
    number a writer may have rounded to)."""
    reading = m.reading
    if whole_count(reading):
        return True
    return (
        is_count(m)
        and reading.scale is None
        and "." not in reading.value
        and reading.number.denominator == 1
        and reading.number % 10 != 0
    )


def _tight(m: Mention) -> bool:
    bounds = _bounds(m)
    if bounds is None or bounds[0] == bounds[1] == 0:
        return False
    middle = abs(bounds[0] + bounds[1]) / 2
    return middle > 0 and (bounds[1] - bounds[0]) / middle <= TIGHT


def _exhaustive_shares(book: Book, parts: list[Mention]) -> None:
    """Parts that add up to their whole, each with its share stated: the shares are
    exhaustive, so they add up to 100 percent within their rounding."""
    shares = []
    for part in parts:
        found = [
            c.condition.rsplit("== ", 1)[1]
            for c in book.checks
            if c.relation == "share" and c.condition.startswith(f"share({part.name}, ")
        ]
        if not found:
            return
        shares.append(found[0])
    book.propose(
        "shares_sum",
        f"shares_sum([{', '.join(shares)}], exhaustive=true)",
        about=parts[0],
        quote=book.passage(*parts),
        why="the parts make the whole, so their shares add up to 100 percent",
        figures=tuple(shares),
        severity="warn",
        suffix="_shares_complete",
    )


def _has_share(book: Book, m: Mention, of: Mention | None = None) -> bool:
    """Whether a share of ``m`` (of the whole ``of``, if given) is proposed already."""
    prefix = f"share({m.name}, {of.name + ')' if of is not None else ''}"
    return any(c.relation == "share" and c.condition.startswith(prefix) for c in book.checks)


def _share_of_another(book: Book, part: Mention, whole: Mention) -> bool:
    """Whether the article states ``part`` as a share of another stated figure than ``whole``
    ("Of those 250, 193 (77%) were registered"): a part of that figure, not of this whole
    (154 + 193 + 95 happen to make the 442 the 2, 36, 154 and 250 make)."""
    prefix = f"share({part.name}, "
    for check in book.checks:
        if check.relation == "share" and check.condition.startswith(prefix):
            other = check.condition[len(prefix) :].split(")", 1)[0]
            if other != whole.name and other in book.by_name:
                return True
    return False


def _compared_with(book: Book, base: Mention, whole: Mention) -> bool:
    """Whether the article compares ``whole`` with ``base`` by a growth rate ("rose by $2,000
    on the week to $197,000, 3.7 percent above the $190,000 of four weeks before"): the base
    is an earlier value of the whole, no part of it."""
    return any(
        c.relation == "growth" and whole.name in c.figures[:2] and base.name in c.figures[:2]
        for c in book.checks
    )


_GROWTH_OF: Final = re.compile(r"growth\((\w+), (\w+)\) ==")


_YEAR_AFTER: Final = re.compile(r"\s+in\s+((?:19|20)\d\d)\b")


def _year_after(text: str, m: Mention) -> str:
    """The year written right after an amount ('falling to 32,000 in 2005 and rising to
    38,200 in 2006'): amounts of two years are levels of two periods, no parts of one sum."""
    found = _YEAR_AFTER.match(text, m.end)
    return found.group(1) if found else ""


def _sides(book: Book) -> dict[str, str]:
    """Which figures are the new level of a growth ('to Rs 1.87 lakh crore') and which the
    earlier one ('from Rs 1.76 lakh crore'): a sum that mixes the two adds one period's
    level to another's (1.76 + 0.99858 'make' the 2.75 the railways had the year before)."""
    sides: dict[str, set[str]] = {}
    for check in book.checks:
        stated = _GROWTH_OF.match(check.condition)
        if check.relation == "growth" and stated and stated.group(2) in book.by_name:
            new, old = stated.group(1), stated.group(2)
            sides.setdefault(new, set()).add("new")
            sides.setdefault(old, set()).add("old")
    return {name: next(iter(found)) for name, found in sides.items() if len(found) == 1}


def _nests(book: Book, parts: tuple[Mention, ...], whole: Mention) -> bool:
    """Whether a sum proposed already holds the whole and its parts together, as parts or as
    parts and their whole ('41.7 million ...: 21.1 million fully employed, 11 million
    underemployed and 9.6 million unemployed' makes 41.7 of the three, so the 21.1 is their
    sibling, no whole of the 11 and the 9.6): a whole and its own parts never add up to one
    more whole, so the two sums cannot both hold."""
    mine = {p.name for p in parts} | {whole.name}
    for check in book.checks:
        if check.relation != "sum" or len(check.figures) < 3:
            continue
        theirs = set(check.figures)
        if mine <= set(check.figures[:-1]) or (check.figures[-1] in mine and theirs <= mine):
            return True
    return False


def _as_written(parts: tuple[Mention, ...], target: tuple[Fraction, Fraction]) -> bool:
    """Whether the parts, as written, add up to the whole within the whole's own rounding.

    Parts gathered from two or more sentences are only a guess at one whole, and three or four
    rounded parts have enough rounding between them to meet almost any amount near their sum
    ("solar by 127 GW", "hydropower added 10 GW" and "the United States added 29 GW" make
    166, not the 165 GW two countries "together added"); so has one part much coarser than the
    whole ("from 2,000 to 3,248" and "from 1,139 to 2,240" make no 2,918): such parts must add
    up as written.
    """
    written = sum(Fraction(p.reading.number) * p.reading.multiplier for p in parts)
    return target[0] <= written <= target[1]


def _search(book: Book, whole: Mention, pool: list[Mention], cued: list[Mention]) -> bool:
    """Propose the one subset of ``pool`` that adds up to ``whole``; whether one did."""
    target = _bounds(whole)
    if target is None:
        return False
    pool = [
        p
        for p in pool
        if not _share_of_another(book, p, whole) and not _compared_with(book, p, whole)
    ]
    if _has_share(book, whole):  # "4 (<1%) ...; the remaining 300 (57%)": siblings, no parts
        pool = [
            p
            for p in pool
            if p.sentence != whole.sentence or not _has_share(book, p) or _has_share(book, p, whole)
        ]
    for size in range(2, MAX_PARTS + 1):
        fits = []
        for parts in combinations(pool, size):
            if not any(p in cued for p in (*parts, whole)):
                continue
            if not _pairs_with_a_change(parts, book.text):
                continue
            bounds = [_bounds(p) for p in parts]
            lo = sum(b[0] for b in bounds if b)
            hi = sum(b[1] for b in bounds if b)
            width = target[1] - target[0]
            if (
                lo <= target[1]
                and target[0] <= hi
                and all(
                    b and abs(b[1]) < abs(target[0]) and min(abs(b[0]), abs(b[1])) > width
                    for b in bounds
                )
            ):  # each part below the whole, and more than its rounding (or it adds nothing)
                coarse = any(b and b[1] - b[0] > COARSE * width for b in bounds)
                if (coarse or len({p.sentence for p in parts}) > 1) and not _as_written(
                    parts, target
                ):
                    continue
                fits.append(parts)
        sides = _sides(book)
        fits = [
            parts
            for parts in fits
            if not _nests(book, parts, whole)
            and len({sides.get(m.name) for m in (*parts, whole)} - {None}) < 2
            and len({_year_after(book.text, m) for m in (*parts, whole)} - {""}) < 2
        ]
        if len(fits) == 1:
            chosen = sorted(fits[0], key=lambda p: p.start)
            names = frozenset(p.name for p in (*chosen, whole))
            if any(c.relation == "sum" and frozenset(c.figures) == names for c in book.checks):
                return True  # a definition relates these figures already
            book.propose(
                "sum",
                f"{' + '.join(p.name for p in chosen)} == {whole.name}",
                about=whole,
                quote=book.passage(*sorted((*chosen, whole), key=lambda p: p.start)),
                why="the parts the words list add up to the whole, within their rounding",
                figures=(*(p.name for p in chosen), whole.name),
                severity="warn",
                suffix="_parts",
            )
            _exhaustive_shares(book, chosen)
            return True
        if fits:
            return False  # more than one way to make the whole: say nothing
    return False
