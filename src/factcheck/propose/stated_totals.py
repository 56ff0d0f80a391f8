"""Totals the words state outright, whether or not the parts add up to them.

The sum search (:mod:`~factcheck.propose.sums`) proposes a sum only where the arithmetic
agrees, so a total that is off is never drafted there.  Two wordings tie the figures together
without it:

- parts listed, then their total: "81 thefts in 2016 and 46 in 2015, 126 in total", "$2
  million from sales and $1.5 million from grants, $3.5 million altogether".  The parts are
  the plain levels of one unit right before the total, joined by "and" or commas, each smaller
  than it; the total follows the last part after a comma and is followed by a word of
  totalling ("in total", "in all", "altogether", "combined", "between them"), and its clause
  compares nothing ("against the 3.5 million it had projected and 2.2 million a year before,
  for a total of 214 million" lists no parts).  A bare total that ends its clause ("$3.5
  million altogether.") is the parts' sum; one with a noun or words of its own ("2,500 staff
  in total", "90 in total across its five branches") may take in parts the list leaves out,
  so the parts are only within it.
- a whole of votes, ballots or seats, then what went where: "Of the 2,679,513 votes cast,
  1,661,191 went to Remain and 1,018,332 to Leave".  Such parts exclude each other, so
  together they are at most the whole (some may have gone elsewhere).

Both are warnings: the words make the link, but a list may hold a level that is no part.
"""

from __future__ import annotations

__all__ = ["apply_stated_totals"]

import re
from typing import Final

from factcheck.propose.book import Book, is_amount, is_count
from factcheck.propose.breakdowns import may_overlap
from factcheck.propose.sentences import Mention

_TOTAL_AFTER: Final = re.compile(
    r"\s*(?P<noun>(?:[^\W\d]+\s+){0,3}?)(?:in\s+total|in\s+all(?!\s+[^\W\d])|altogether|combined|"
    r"between\s+them)\b",
    re.I,
)
"""After a total: '126 incidents reported in total', '$3.5 million altogether'."""
_ENDS: Final = re.compile(
    r"\s*(?:over\s+the\s+(?:two|three|four|five|\d+)\s+(?:years|months|weeks|days|seasons)\s*)?"
    r"(?:[,;:.)\]]|$)",
    re.I,
)
"""After 'in total': the clause ends (or spans the parts' own periods), with no wider set."""
_WORDS: Final = r"(?:[^\d;:()\[\]]|(?<!\d)(?:19|20)\d\d(?!\d))"
"""A character of the words between two figures, or a year ('in 2015')."""
_TO_TOTAL: Final = re.compile(
    r"^" + _WORDS + r"{0,60},\s*(?:(?:only|just)\s+)?(?P<led>(?:for\s+)?a\s+(?:combined|total\s+of)"
    r"\s+|totall?ing\s+)?$",
    re.I,
)
"""From the last part to the total: its noun and time, a comma ('in 2015, only '), and the
words of totalling before the total, if they come first ('seats, a combined ', 'a total
of ', 'totalling ')."""
_NOUN_ENDS: Final = re.compile(r"\s*(?P<noun>(?:[^\W\d]+\s*){0,2}?)(?=[,;:.)\]]|$)")
"""After a total led by its words ('a combined 460 seats.'): its noun at most, then the end."""
_JOIN: Final = re.compile(r"^" + _WORDS + r"{0,60}$")
"""Between two parts: words of the first and the joint, no clause mark."""
_TO_FIRST: Final = re.compile(r"^" + _WORDS + r"{0,60}," + _WORDS + r"{0,40}$")
"""From the whole to its first part: its noun, a comma, the first part's words."""
_AND: Final = re.compile(r"(?:,|\band\b)")
_OF_WHOLE: Final = re.compile(r"^\W*of\s+(?:the\s+|all\s+|its\s+)?$", re.I)
"""Before the whole that opens its sentence: 'Of the'."""
_EXCLUSIVE: Final = re.compile(r"\s*(?:valid\s+|total\s+)?(?:votes|ballots|seats)\b", re.IGNORECASE)
"""A whole whose parts exclude each other: votes, ballots, seats (each goes one way)."""
_COMPARED: Final = re.compile(
    r"\b(?:against|compared\s+(?:with|to)|versus|than|projected|forecast|expected|estimated)\b",
    re.I,
)
"""In the total's sentence: levels compared or forecast, no parts of one total."""
_YEAR: Final = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_SHARE_AFTER: Final = re.compile(r"\s*(?:%|per\s*cent|percent)", re.I)


_OPENS_LIST: Final = re.compile(
    r"\b(?:to|from|of|by|for|with|among|between|into|at|on|in|than|against)\s*[^\w\s]*\s*$",
    re.I,
)
"""Right before a figure: a preposition that makes it the first of a list of its own ('were
awarded 573 times, to 822 men, 48 women and 26 organizations'), not one more part."""
_NESTED: Final = re.compile(r"\b(?:where|which|whom|who|whose|including|among\s+them)\b", re.I)
"""Words that bring in parts of a part ('196 were filled in the districts, where the NPP won
141 and the SJB 35')."""


def _joined(words: str) -> bool:
    """Whether ``words`` join two parts of one list: a comma or 'and', no clause mark, no
    clause of parts of the first, and no preposition opening a list of the second's own."""
    return bool(
        _JOIN.match(words)
        and _AND.search(words)
        and not _NESTED.search(words)
        and not _OPENS_LIST.search(words)
    )


def _plain(m: Mention) -> bool:
    return (
        (is_count(m) or is_amount(m))
        and m.reading.hedge is None
        and not m.reading.direction
        and m.reading.number > 0
    )


def _size(m: Mention) -> object:
    return m.reading.number * m.reading.multiplier


def apply_stated_totals(book: Book) -> None:
    """Propose the totals and the wholes the words state (see the module's docstring)."""
    sentences: dict[tuple[int, int], list[Mention]] = {}
    for m in book.mentions[:2000]:
        sentences.setdefault(m.sentence, []).append(m)
    for members in sentences.values():
        _listed_then_total(book, members)
        _whole_then_parts(book, members)


def _listed_then_total(book: Book, members: list[Mention]) -> None:
    text = book.text
    for j, total in enumerate(members):
        if j < 2 or not _plain(total):
            continue
        before = text[members[j - 1].end : total.start]
        to_total = _TO_TOTAL.match(before)
        said = _TOTAL_AFTER.match(text, total.end, total.clause[1] + 1)
        if to_total is not None and to_total["led"] and not said:
            # "210, 150 and 90 seats, a combined 460 seats.": the total's own noun at most
            said = _NOUN_ENDS.match(text, total.end, total.clause[1] + 1)
        if not said or to_total is None or _COMPARED.search(text[total.sentence[0] : total.start]):
            continue
        parts: list[Mention] = []
        headless = False  # the list runs on before its first part the rule could take
        for k in range(j - 1, -1, -1):
            part = members[k]
            if (
                not _plain(part)
                or part.reading.unit != total.reading.unit
                or not _size(part) < _size(total)  # type: ignore[operator]
            ):
                # a level of the total's unit and size, joined on, that the rule cannot
                # take ("raised $1.2 million, $850,000 and"): the list's head is left out
                headless = (
                    bool(parts)
                    and part.reading.unit == total.reading.unit
                    and _size(part) < _size(total)  # type: ignore[operator]
                    and _joined(text[part.end : parts[-1].start])
                )
                break
            if parts and not _joined(text[part.end : parts[-1].start]):
                break
            parts.append(part)
        if len(parts) < 2:
            continue
        parts.reverse()
        if not headless and _bare_total(text, said, parts[-1]):
            book.propose(
                "sum",
                f"{' + '.join(p.name for p in parts)} == {total.name}",
                about=total,
                quote=book.passage(*parts, total),
                why="parts listed, then the total the words say they make",
                figures=(*(p.name for p in parts), total.name),
                severity="warn",
                suffix="_total_stated",
            )
            continue
        # a total with a noun or words of its own may take in parts the list leaves out
        # ("90 in total across its five branches", "2,500 staff in total", "6,000 in total
        # this year"), and so does one of a list whose head is no plain level ("raised $1.2
        # million, $850,000 and $430,000, totalling"): the parts are within it, never more
        book.propose(
            "parts_within",
            f"parts_within({total.name}, [{', '.join(p.name for p in parts)}])",
            about=total,
            quote=book.passage(*parts, total),
            why="parts listed, then the total the words say takes them in",
            figures=(total.name, *(p.name for p in parts)),
            severity="warn",
            suffix="_total_stated",
        )


def _bare_total(text: str, said: re.Match[str], last: Mention) -> bool:
    """Whether the total ends its clause with no words of its own: none ('$3.5 million
    altogether.') or the noun the last part counts ('90 seats, a combined 460 seats.')."""
    if not _ENDS.match(text, said.end()):
        return False
    noun = said["noun"].strip().lower()
    return not noun or noun == text[last.end : last.end + len(noun) + 1].strip().lower()


def _whole_then_parts(book: Book, members: list[Mention]) -> None:
    text = book.text
    whole = members[0]
    if not _plain(whole) or not is_count(whole):
        return
    if not _OF_WHOLE.match(text[whole.sentence[0] : whole.start]):
        return
    if not _EXCLUSIVE.match(text, whole.end):
        return
    parts: list[Mention] = []
    for part in members[1:]:
        if not _plain(part) or part.reading.unit != whole.reading.unit:
            break
        if _SHARE_AFTER.match(text, part.end):
            break
        if parts and not (_joined(text[parts[-1].end : part.start])):
            break
        if not parts and not _TO_FIRST.match(text[whole.end : part.start]):
            return
        parts.append(part)
    if len(parts) < 2:
        return
    years = set(_YEAR.findall(text, parts[0].start, min(parts[-1].end + 20, whole.sentence[1])))
    if len(years) > 1 or may_overlap(text, parts):
        return  # "Of the 500 seats, 300 were contested in 2019 and 250 in 2021": one seat
        # may be in both
    book.propose(
        "parts_within",
        f"parts_within({whole.name}, [{', '.join(p.name for p in parts)}])",
        about=whole,
        quote=book.passage(whole, *parts),
        why="'Of the ... votes, A ... and B ...': parts that exclude each other are within their "
        "whole",
        figures=(whole.name, *(p.name for p in parts)),
        severity="warn",
        suffix="_parts_within",
    )
