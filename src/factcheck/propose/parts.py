"""Rules for parts the words name as within a whole: "47,124,842, of whom 26,418,754", "49
cases ..., 33 of which are in the capital", pairs and totals of kinds, and revisions.  Counts
of members that went up, down and stayed put are :mod:`factcheck.propose.outcomes`."""

from __future__ import annotations

__all__ = [
    "MAX_MENTIONS",
    "PAIRS",
    "apply_pairs",
    "apply_revisions",
    "apply_totals",
    "of_whom",
    "part_of_which",
]

import re
from fractions import Fraction
from typing import Final

from factcheck.propose.book import Book, is_amount, is_count
from factcheck.propose.context import _lead, _part_of, _Sentence
from factcheck.propose.glosses import closes_gloss, counted_pair, glosses_pair
from factcheck.propose.naming import stem
from factcheck.propose.sentences import Mention

MAX_MENTIONS: Final = 2000
"""Mentions a whole-text rule looks at, at most (a bounded run on a text of many numbers)."""
_OF_WHOM: Final = re.compile(
    r"(?:\s+[^\W\d_]+){0,3}\s*,?\s*(?:of|among)\s+(?:whom|which|them|these|those)\s*,?\s*"
)
"""'47,124,842, of whom', '1,250,000 registered voters, of whom': the whole, its noun, and
'of whom' right before the part."""
_OF_THEM: Final = re.compile(r"\s*of\s+(?:them|these|those)\b", re.I)
_OF_WHICH: Final = re.compile(r"\s*(?:of|among)\s+which\b", re.I)
_OF_WHICH_AFTER: Final = re.compile(r"\s*(?:of|among)\s+(?:whom|which|them|these|those)\b", re.I)


_ATTRIBUTE: Final = re.compile(r"\b(?:in|across|over|on|at|from|for|with)\s+$", re.I)
"""Before a count: a preposition that makes it an attribute of the clause ('in 411,876
subjects'), which an 'of whom' after it does not count from (whom is its subject's people)."""


_GLOSS_OF_WHOM: Final = re.compile(r"\)\s*of\s+(?:whom|which)\b", re.I)
"""'13.8 million (70%) of whom': a bracketed share, then the words that make its part one of
the number before."""


def of_whom(state: _Sentence, part: Mention, rate: Mention | None = None) -> Mention | None:
    """'the total was 47,124,842, of whom 26,418,754 ...': the whole a part is 'of whom' (or
    'of which') is the number just before those words, in the same unit; so it is for a part
    whose share comes before those words ('19.7 million children (15%) ..., 13.8 million (70%)
    of whom'), the number of that unit before the part in its clause."""
    at = state.members.index(part) if part in state.members else 0
    if rate is not None and re.search(r"\bfrom\s*$", _lead(rate), re.IGNORECASE):
        return None  # "Of the 5,000 schools, 1,200 are private (up from 20%)": an earlier share
    closed = rate is None or closes_gloss(state.text, rate)
    if rate is not None and at + 1 < len(state.members):
        whole = state.members[at + 1]
        if glosses_pair(state, part, whole, rate) or (
            counted_pair(state, part, whole) and _OF_THEM.match(state.text, rate.end)
        ):
            return whole  # "3,100 of the 5,000 polled, or 62%"; "four of the 16, 25% of them"
    if at == 0:
        return None
    if _OF_WHICH_AFTER.match(state.after(part)):
        # "12,000 people, 7,200 of them, or 60 per cent" (not "or 90 per cent of its target")
        return _counted_before(state, at) if closed else None
    if at == 1 and _opens_of(state, state.members[0], part):
        # "Of the company's 12,000 staff, 7,200, or 60 per cent" (not "or 70 per cent by
        # value", "or 80 per cent of those eligible": a basis or whole of the share's own)
        return state.members[0] if closed else None
    if (
        rate is not None
        and closed
        and _INCLUDES.match(state.between(state.members[at - 1], part) + _lead(part))
    ):
        before = state.members[at - 1]  # "The population of 8.9 million includes 3.2 million
        # people born abroad, or 36%"
        if before.reading.unit == part.reading.unit and _part_of(before, state.text):
            return before
    if rate is not None and _GLOSS_OF_WHOM.match(state.text, rate.end):
        for before in reversed(state.members[:at]):
            if ";" in state.between(before, part):
                break
            if before.reading.unit == part.reading.unit and _part_of(before, state.text):
                return before
        return None
    before = state.members[at - 1]
    if before.reading.unit != part.reading.unit or not _OF_WHOM.fullmatch(
        state.between(before, part)
    ):
        return None
    if re.search(r"\bwhom\b", state.between(before, part)) and _ATTRIBUTE.search(
        state.text, max(before.sentence[0], before.start - 12), before.start
    ):
        return None  # "57,952 followed the programme, in 411,876 subjects, of whom": people
    return before if _part_of(before, state.text) else None


_INCLUDES: Final = re.compile(
    r"^(?:\s+[^\W\d][\w'’-]*){0,2}?\s*,?\s*(?:includes?|included|including|comprises?|"
    r"comprising|comprised)\s*$",
    re.IGNORECASE,
)
"""'8.9 million includes', '$4.2 billion, including': a whole, then the part it holds."""
_OPENING_OF: Final = re.compile(
    r"^\W*(?:of|among)\s+(?!(?:these|those|them)\b)(?:(?:the|its|their|all)\s+)?"
    r"(?:[^\W\d][\w'’-]*\s+){0,2}$",
    re.IGNORECASE,
)
"""'Of the company's 12,000 staff': the sentence opens on the whole its parts are of (not 'Of
those 300', a whole told before, whose parts the sentences before may count too)."""
_AFTER_OPENING_WHOLE: Final = re.compile(r"^(?:\s+[^\W\d][\w'’-]*){0,3}\s*,\s*$")


def _opens_of(state: _Sentence, whole: Mention, part: Mention) -> bool:
    """Whether ``whole`` is named by the 'Of the ...,' the sentence opens with and ``part`` is
    the first number after it, of the same unit."""
    return (
        whole.reading.unit == part.reading.unit
        and _part_of(whole, state.text)
        and _OPENING_OF.match(state.text[whole.sentence[0] : whole.start]) is not None
        and _AFTER_OPENING_WHOLE.match(state.between(whole, part)) is not None
    )


def _counted_before(state: _Sentence, i: int) -> Mention | None:
    """'12,000 people, 7,200 of them': the number the clause before counts, of the part's
    unit, with only words and one comma between."""
    whole, part = state.members[i - 1], state.members[i]
    if (
        whole.reading.unit != part.reading.unit
        or not _part_of(whole, state.text)
        or not re.fullmatch(r"[^\d,;:()]*,\s*", state.between(whole, part))
    ):
        return None
    if i >= 2 and ends_a_list(state.text, state.members[i - 2], whole):
        return None  # "12,000 cars and 8,000 vans, 7,200 of them": of all of them, maybe
    if i >= 2 and _size(part) > _size(whole):
        # "12,000 people across 40 countries, 7,200 of them": the count before the smaller
        # one, in the same clause, if larger ("49 cases in England, 53 of which", with no
        # such count, is wrong); "of which" may count either ("49 cases in 12 regions, 33 of
        # which", "12,000 people in 40 villages, 50 of which"): no whole
        earlier = state.members[i - 2]
        if (
            earlier.reading.unit == part.reading.unit
            and _part_of(earlier, state.text)
            and _size(earlier) >= _size(part)
            and re.fullmatch(r"[^\d;:()]*", state.between(earlier, whole)) is not None
        ):
            return None if _OF_WHICH.match(state.after(part)) else earlier
    return whole


def _size(m: Mention) -> Fraction:
    return m.reading.number * m.reading.multiplier


_JOINED: Final = re.compile(r"^[^\d;:()]*?(?:\band|\bplus|\bor|&)\s*$", re.IGNORECASE)


def ends_a_list(text: str, earlier: Mention, whole: Mention) -> bool:
    """Whether ``whole`` is the last of a list ``earlier`` is in ('12,000 cars and 8,000
    vans'), counted in the same unit: 'of them' after it may count the list, not it."""
    return earlier.reading.unit == whole.reading.unit and (
        _JOINED.match(text[earlier.end : whole.start] + _lead(whole)) is not None
    )


def part_of_which(state: _Sentence, i: int) -> None:
    """'49 confirmed cases in England, 33 of which are in the capital': the part is within
    the number the clause before counts (the sentence's last number of that unit before it,
    with only words and one comma between)."""
    members, book = state.members, state.book
    part = members[i]
    if i == 0 or not _OF_WHICH_AFTER.match(state.after(part)) or not _part_of(part, state.text):
        return
    whole = _counted_before(state, i)
    if whole is None:
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


PAIRS: Final = (
    ("full-time", "part-time"),
    ("men", "women"),
    ("male", "female"),
    ("urban", "rural"),
)
"""Qualifiers that split a noun in two with nothing left over: full-time and part-time
employment are all employment (ILO), men and women all people."""
_PAIR_WORD: Final = re.compile(
    r"\b(" + "|".join(w for pair in PAIRS for w in pair) + r")\s+([^\W\d_]+)\b", re.I
)
_OPENING: Final = re.compile(r"\W*(?:the\s+)?(?:total\s+)?([^\W\d_]+)\b(?!\s+rate)", re.I)
_BULLET: Final = re.compile(r"[ \t]*[*\u2022\u00b7\u25aa-][ \t]+(?P<rest>[^\n]*)\Z")
"""A line of a bulleted summary ('* Full-time - rose by 36,200 positions'), up to the number."""
_BARE_PAIR: Final = re.compile(
    r"(" + "|".join(w for pair in PAIRS for w in pair) + r")\b(?!\s*[^\W\d_])", re.I
)
"""A qualifier with no noun of its own ('Full-time - rose by'): the noun of the list's
line above it ('Employment - rose by 11,000')."""
_SEEKING: Final = re.compile(
    r"\b([^\W\d_]+)\s+(?:persons\s+|people\s+|workers\s+)?(?:who\s+(?:are|were)\s+)?"
    r"(?:only\s+)?(?:looking|seeking|searching)\s+(?:only\s+)?for\s+(?:only\s+)?$",
    re.I,
)
"""'unemployed persons looking for full-time work': the qualifier splits the seekers (the
unemployed), not the work they seek."""


def _root(word: str) -> str:
    """A noun's root, for matching a group with its count ('unemployed', 'Unemployment')."""
    word = stem(word)
    for ending in ("ment", "ed"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def apply_pairs(book: Book) -> None:
    """'Employment increased 17,400 to 11,775,800. Full-time employment increased 11,500 to
    8,141,000 and part-time employment increased 5,900 to 3,634,800': in one paragraph, the
    levels (and the changes) of a noun's two halves add up to the noun's own."""
    found: dict[tuple[int, str, str, str], list[Mention]] = {}
    listed: dict[int, str] = {}
    """Paragraph -> the noun of its latest bulleted line that named one."""
    last: tuple[Mention, str, str, str] | None = None
    for m in book.mentions[:MAX_MENTIONS]:
        if not (is_count(m) or is_amount(m)) or m.reading.hedge is not None:
            last = None
            continue
        joined = last is not None and last[0].sentence == m.sentence
        left = book.text[max(m.local[0], m.sentence[0]) : m.start]
        pair = list(_PAIR_WORD.finditer(left))
        paragraph = book.text.rfind("\n\n", 0, m.start)
        bullet = _BULLET.match(book.text, book.text.rfind("\n", 0, m.start) + 1, m.start)
        if bullet and not pair:
            # A bulleted summary: each line its own clause, a bare qualifier of the noun of
            # the line that named it.
            rest = bullet.group("rest")
            bare = _BARE_PAIR.match(rest)
            opening = _OPENING.match(rest)
            if bare and paragraph in listed:
                qual, noun = bare.group(1).lower(), listed[paragraph]
            elif opening and not bare:
                qual, noun = "", _root(opening.group(1))
                listed[paragraph] = noun
            else:
                last = None
                continue
        elif pair:
            seekers = _SEEKING.search(left, 0, pair[-1].start())
            qual = pair[-1].group(1).lower()
            noun = _root(seekers.group(1) if seekers else pair[-1].group(2))
        elif joined and last is not None:
            qual, noun = last[2], last[3]
        elif m.local[0] <= m.sentence[0] and (opening := _OPENING.match(left)):
            qual, noun = "", _root(opening.group(1))
        else:
            last = None
            continue
        if m.reading.direction:
            kind = "change"
        elif (
            joined
            and last is not None
            and last[1] == "change"
            and re.fullmatch(r"\s*to\s*", book.text[last[0].end : m.start])
        ):
            kind = "level"
        elif re.match(r"\s*to\s+\d", book.text[m.end : m.end + 8]):
            last = None
            continue  # "an increase of 3,000 to ...": a change whose sign the words leave out
        else:
            kind = "level"
        found.setdefault((paragraph, noun, kind, qual), []).append(m)
        last = (m, kind, qual, noun)
    for (paragraph, noun, kind, qual), wholes in found.items():
        if qual or len(wholes) != 1:
            continue
        for a, b in PAIRS:
            first = found.get((paragraph, noun, kind, a), [])
            second = found.get((paragraph, noun, kind, b), [])
            if len(first) != 1 or len(second) != 1:
                continue
            whole, parts = wholes[0], (first[0], second[0])
            if {p.reading.unit for p in parts} != {whole.reading.unit}:
                continue
            book.propose(
                "sum",
                f"{parts[0].name} + {parts[1].name} == {whole.name}",
                about=whole,
                quote=book.passage(*parts),
                why=f"{a} and {b} halves are all of '{book.passage(whole)}': they add up to it",
                figures=(parts[0].name, parts[1].name, whole.name),
                suffix="_halves",
            )


_TOTAL_OF: Final = re.compile(r"\btotal\s+([^\W\d_]+)\b", re.I)
_NOT_A_KIND: Final = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "for",
        "in",
        "on",
        "and",
        "or",
        "its",
        "their",
        "his",
        "her",
        "our",
        "total",
        "overall",
        "net",
        "gross",
        "average",
        "per",
        "mean",
        "median",
        "real",
        "nominal",
    ]
)
_KIND: Final = re.compile(r"\b(?=([^\W\d_][\w-]*)\s+([^\W\d_]+)\b)")
"""Every pair of words, overlapping ('capital expenditure', 'expenditure in')."""
_NEAR: Final = 2_000
"""Characters between a total and a kind of it, at most (one passage of the text)."""
_YEARS: Final = re.compile(r"\b(?:19|20)\d\d\b")


def apply_totals(book: Book) -> None:
    """'total expenditure ... Rs 39.45 lakh crore' and 'capital expenditure ... Rs 7.50 lakh
    crore' of the same year: a kind of the noun is within its total (a warning: the two may
    be of different bodies)."""
    mentions = [
        m
        for m in book.mentions[:MAX_MENTIONS]
        if is_amount(m) and m.reading.hedge is None and not m.reading.direction
    ]
    kinds: dict[str, list[tuple[Mention, str]]] = {}
    for part in mentions:
        before = book.text[part.clause[0] : part.start]
        if re.search(r"\bfrom\s+\W*$", before):
            continue  # "from Rs 5.54 lakh crore": the level before, another period
        for kind in _KIND.finditer(before[-200:]):
            if kind.group(1).lower() not in _NOT_A_KIND:
                words = f"{kind.group(1)} {kind.group(2)}"
                kinds.setdefault(kind.group(2).lower(), []).append((part, words))
    for whole in mentions:
        totals = list(_TOTAL_OF.finditer(book.text[whole.clause[0] : whole.start]))
        if not totals:
            continue
        noun = totals[-1].group(1).lower()
        years = set(_YEARS.findall(book.text[whole.sentence[0] : whole.sentence[1]]))
        near = [(p, w) for p, w in kinds.get(noun, []) if abs(p.start - whole.start) <= _NEAR]
        for part, words in near[:3]:
            if part.sentence == whole.sentence or part.reading.unit != whole.reading.unit:
                continue
            if years != set(_YEARS.findall(book.text[part.sentence[0] : part.sentence[1]])):
                continue
            book.propose(
                "parts_within",
                f"parts_within({whole.name}, [{part.name}])",
                about=part,
                quote=book.passage(part),
                why=f"'{words.strip()}' is a kind of the 'total {noun}' of the same year: "
                "within it",
                figures=(whole.name, part.name),
                severity="warn",
                suffix="_within_total",
            )


_COMBINED: Final = re.compile(
    r"\bcombined\s+(?:was|is|were|are)\s+$|\bcombined\s+(?:total\s+)?(?:was|is)\s+(?:now\s+)?$",
    re.I,
)
_THAN_REPORTED: Final = re.compile(
    r"\s*(?:[^\W\d_]+\s+)?(?:lower|higher|more|less|fewer)\s+than\s+(?:previously|first|"
    r"originally)\s+(?:reported|estimated|published)",
    re.I,
)
_REVISED_BY: Final = re.compile(r"\brevised\s+(?:up|down|upward|downward)\s+by\s+\S+$", re.I)


def apply_revisions(book: Book) -> None:
    """'November was revised down by 72,000 ..., and the change for December was revised down
    by 87,000 ... With these revisions, employment in November and December combined was
    159,000 lower than previously reported': the combined revision is the sum of the
    revisions the sentence before states."""
    for at, m in enumerate(book.mentions[:MAX_MENTIONS]):
        if not is_count(m) or m.reading.hedge is not None:
            continue
        if not _COMBINED.search(book.text[max(m.sentence[0], m.start - 40) : m.start]):
            continue
        if not _THAN_REPORTED.match(book.text, m.end, m.end + 80):
            continue
        before = [o for o in book.mentions[max(0, at - 30) : at] if o.sentence != m.sentence]
        if not before:
            continue
        last = before[-1].sentence
        parts = [
            o
            for o in before
            if o.sentence == last
            and is_count(o)
            and o.reading.hedge is None
            and _REVISED_BY.search(book.text[max(o.sentence[0], o.start - 40) : o.end])
        ]
        if len(parts) < 2:
            continue
        book.propose(
            "sum",
            f"{' + '.join(p.name for p in parts)} == {m.name}",
            about=m,
            quote=book.passage(*parts, m),
            why="the combined revision is the sum of the revisions stated before it",
            figures=(*(p.name for p in parts), m.name),
            suffix="_revisions",
        )
