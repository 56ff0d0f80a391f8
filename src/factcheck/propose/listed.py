"""Parts listed after their whole: "The security sector gets Sh173.1b: Sh110.6b for the police,
Sh46.3b for intelligence and Sh32.7b for prisons"; "Education got Sh308.6 billion, including
Sh28.2 billion for secondary schools and Sh13.5 billion for primary schools".

After a colon, or "including", "of which" or "among them", amounts of the whole's unit, each
with the recipient it goes "for", "to" or "on", are parts of that whole: together no larger
than it.  The list need not be complete, so only that bound is drafted, and only a warning
(items of such lists may nest: "Sh55 billion for universities and Sh10 billion for university
research").  A list whose recipients repeat or name a time ("for 2023", "for the police in
2024") is of several periods, and one that counts per item ("for each county") multiplies:
neither is drafted.
"""

from __future__ import annotations

__all__ = ["apply_listed"]

import re
from typing import Final

from factcheck.propose.book import Book, is_amount
from factcheck.propose.naming import stem
from factcheck.propose.sentences import Mention

_OPENS: Final = re.compile(
    r"^\s*(?::|,?\s*(?:including|of\s+which|among\s+them)\b:?)\s*$", re.IGNORECASE
)
"""Between the whole and its first part: a colon, or 'including' and the like."""
_ITEM: Final = re.compile(
    r"^\s+(?:is\s+|was\s+|will\s+go\s+|goes\s+|went\s+)?(?:for|to|on)\s+"
    r"(?P<who>(?:the\s+)?[^\W\d][^\d;:()]{0,80}?)"
    r"(?P<sep>\s*,\s*(?:and\s+)?|\s+and\s+|\s*;\s*(?:and\s+)?)$",
    re.IGNORECASE,
)
"""Between one part and the next: its recipient, then a comma, 'and' or a semicolon."""
_LAST: Final = re.compile(
    r"\s+(?:is\s+|was\s+|will\s+go\s+|goes\s+|went\s+)?(?:for|to|on)\s+"
    r"(?P<who>(?:the\s+)?[^\W\d][^\d;:()]{0,80}?)\s*(?:[.;)]|,\s+(?:and\s+)?(?:the|a|an)\b|$)",
    re.IGNORECASE,
)
"""After the last part: its recipient, then the sentence or clause ends."""
_NOT_A_PART: Final = re.compile(
    r"\b(?:each|every|per|apiece|a\s+head|a\s+year|annually|respectively|over|from|between|"
    r"up|down|compared|against|than|previous|last|next|this|that)\b"
    r"|\b(?:19|20)\d\d\b|\b(?:january|february|march|april|may|june|july|august|september|"
    r"october|november|december)\b",
    re.IGNORECASE,
)
"""Words in a recipient that make the amount no share of one whole: a count per item, a span
of time, a comparison."""


def _plain(m: Mention) -> bool:
    return is_amount(m) and not m.reading.direction and m.reading.number > 0


def _recipient(words: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"^(?:the|a|an)\s+", "", words.strip().lower()))


def _next_item(between: str, colon: bool) -> bool:
    """Whether the words after a part lead to the next: a semicolon separates the items of a
    list after a colon, but after 'including' it ends the list ('including Sh60 billion for
    roads; Sh120 billion went to rail')."""
    item = _ITEM.match(between)
    return item is not None and (colon or ";" not in item["sep"])


def _parts_after(book: Book, members: list[Mention], i: int) -> list[Mention]:
    """The parts listed after ``members[i]``, each with its recipient (empty when the words
    after the whole are no such list)."""
    whole = members[i]
    text = book.text
    parts: list[Mention] = []
    recipients: list[str] = []
    seps: list[str] = []
    colon = False
    for j in range(i + 1, len(members)):
        m = members[j]
        if not _plain(m) or m.reading.unit != whole.reading.unit:
            return []
        between = text[(parts[-1] if parts else whole).end : m.start]
        if not parts:
            if not _OPENS.match(between):
                return []
            colon = ":" in between
        else:
            item = _ITEM.match(between)
            if item is None:
                return []
            recipients.append(item["who"])
            seps.append(item["sep"])
        parts.append(m)
        nxt = members[j + 1] if j + 1 < len(members) else None
        if nxt is None or not _next_item(text[m.end : nxt.start], colon):
            last = _LAST.match(text, m.end, m.sentence[1])
            if last is None:
                return []
            recipients.append(last["who"])
            break
    if len(parts) < 2 or len(recipients) != len(parts):
        return []
    ended = next((k for k, sep in enumerate(seps[:-1]) if re.search(r"\band\b", sep)), None)
    if ended is not None:  # "including Sh60 billion for roads and Sh30 billion for rail, and
        # Sh80 billion for health": the list ended at its 'and'
        parts, recipients, seps = parts[: ended + 2], recipients[: ended + 2], seps[: ended + 1]
    if not colon and len(parts) == 2 and re.match(r"\s*,\s*and\b", seps[0]):
        return []  # "cost $50, including $10 for booking, and $45 for children": a comma
        # before the 'and' of two items sets the second apart, another amount than a part
    if any(_NOT_A_PART.search(r) for r in recipients):
        return []
    if len({_recipient(r) for r in recipients}) != len(recipients):
        return []  # "for the police ..., for the police ...": several periods of one item
    words = [{stem(w) for w in re.findall(r"[^\W\d_]+", _recipient(r))} for r in recipients]
    if any(a < b for a in words for b in words):
        return []  # "$7 billion for pensions and $5 billion for pensions and healthcare
        # combined": one item within another, counted twice
    return parts


def apply_listed(book: Book) -> None:
    """Propose that the parts listed after a whole are together no larger than it."""
    by_sentence: dict[tuple[int, int], list[Mention]] = {}
    for m in book.mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    for members in by_sentence.values():
        for i, whole in enumerate(members[:-2]):
            if not _plain(whole) or whole.reading.hedge is not None:
                continue
            parts = _parts_after(book, members, i)
            if not parts:
                continue
            names = ", ".join(p.name for p in parts)
            book.propose(
                "parts_within",
                f"parts_within({whole.name}, [{names}])",
                about=whole,
                quote=book.passage(whole, *parts),
                why="amounts listed after a whole, each for its own recipient: together no "
                "larger than it",
                figures=(whole.name, *(p.name for p in parts)),
                severity="warn",
                suffix="_listed",
            )
