"""Shares of a whole the words point back to: "Of the 2,159,655 ballot papers, 6,042 were
spoilt (0.30 per cent)", and "Makers shipped 289.4 million smartphones. Samsung shipped 60.1
million of them, with a 22.5% market share".

- A sentence opening "Of the W ..." names W as the whole of the counts after it: a count glossed
  by a share in brackets, "6,042 (0.30 per cent)", is that share of W.
- A count followed by "of them" (or "of these", "of those") is a part of the last larger
  figure of its unit before it, in its sentence or the one before; a share glossing it (", with
  a 22.5% market share", " (20.8%)") is its share of that figure.

Both are warnings: the whole is found by the words' pointing, and a share may be of another
base (the valid poll, not the papers).  A share already tied to a stated whole is left alone.
"""

from __future__ import annotations

__all__ = ["apply_of_whole"]

import re
from typing import Final

from factcheck.propose.book import Book, is_amount, is_count, is_rate
from factcheck.propose.parts import ends_a_list
from factcheck.propose.sentences import Mention

_OPENS_OF: Final = re.compile(r"^\W*of\s+(?:the\s+|all\s+|its\s+|their\s+)?$", re.I)
_COMPARED: Final = re.compile(
    r"\b(?:than|from|against|compared\s+(?:with|to)|versus|vs\.?)\s+(?:the\s+|its\s+)?"
    r"(?:[^\W\d]+\s+){0,2}$",
    re.I,
)
"""Before a level compared with ('fewer than the 430.7 million of a year earlier'): another
time's level, not the whole 'of them' points back to."""
_SHARE_OF: Final = re.compile(r"(?:%|per\s*cent|percent)\s+of\b", re.I)
"""A share naming its own whole ('61.2% of valid ballots'): the sentence's shares are of
that, not of the whole it opens with."""
_OF_THEM: Final = re.compile(r"\s*of\s+(?:them|these|those)\b", re.I)
_GLOSS: Final = re.compile(
    r"^\s*(?:\(\s*|,\s*(?:with\s+|or\s+)?(?:an?\s+)?|(?:—|–|\s-{1,2})\s*(?:or\s+)?)$|"
    r"^\s*(?:[^\W\d]+\s+){1,3}\(\s*$",
    re.I,
)
"""From a count to the share glossing it: ' (', ', with a ', ', or ', ' — or ', ' were spoilt
('."""
_SHARE_NOUN: Final = re.compile(
    r"\s*(?:%|per\s*cent|percent)?\s*(?:\)|(?:market\s+)?share\b|$|[,.;—–]|\s-{1,2}\s)", re.I
)
"""After the share: a closing bracket or dash, 'share', 'market share', or the clause's end."""


_OTHER_SHARE: Final = re.compile(r"\b(?:from|up|down|than|since|over|versus|vs)\b", re.I)
"""In the share's own lead ('up from 20%'): a share of another time or compared with."""
_SHARE_OF_OTHER: Final = re.compile(
    r"\s*(?:%|per\s*cent|percent)?\s*(?:market\s+)?share\s+of\s+(?!them\b|the\s+market\b|"
    r"(?:all\s+)?(?:units|shipments|the\s+total)\b)",
    re.I,
)
"""'a 22.5% share of revenue': the share names a whole of its own."""


def _first_digit(text: str, m: Mention) -> int:
    digit = re.search(r"\d", text[m.start : m.end])
    return m.start + digit.start() if digit else m.start


def _plain(m: Mention, *, hedged: bool = False) -> bool:
    """A plain count or amount: no change and (unless ``hedged``, as a part may be: 'some
    7,200') no hedge."""
    return (
        (is_count(m) or is_amount(m))
        and (hedged or m.reading.hedge is None)
        and not m.reading.direction
    )


def _size(m: Mention) -> object:
    return m.reading.number * m.reading.multiplier


def _stated_share(book: Book, part: Mention, rate: Mention) -> bool:
    """Whether ``part``, or the share ``rate`` is, is already tied to a stated whole ('1,550
    of the 3,100, or 50%': the 50% is the pair's, not a share of the 3,100)."""
    prefix = f"share({part.name}, "
    for c in book.checks:
        if c.relation != "share" or not c.condition.startswith("share("):
            continue
        whole = c.condition[len("share(") :].split(")", 1)[0].split(", ")[-1]
        if whole in book.by_name and (
            c.condition.startswith(prefix) or c.condition.endswith(f"== {rate.name}")
        ):
            return True
    return False


_PAIR_WHOLE: Final = re.compile(r"\d\s*(?:[^\W\d]+\s+){0,2}(?:out\s+)?of\s+(?:the\s+)?$", re.I)
"""Before a figure: 'A of the', so it is the whole of a pair ('3,100 of the 5,012 polled'),
and 'of them' after may as well point back to the part."""
_REOPENS_OF: Final = re.compile(
    r";|\bof\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:[^\W\d]+\s+){0,2}\S*\d", re.I
)
"""Between an opening 'Of the W' and a count: a new clause or a new 'of the W2' (';
of the 8,000 contractors, 2,000'), whose counts are of their own whole."""


def apply_of_whole(book: Book) -> None:
    """Propose the shares of the wholes the words point back to."""
    mentions = book.mentions[:2000]
    for k, part in enumerate(mentions[:-1]):
        rate = mentions[k + 1]
        if (
            not (_plain(part, hedged=True) and is_count(part) and is_rate(rate))
            or rate.sentence != part.sentence
        ):
            continue
        if (
            rate.reading.hedge is not None
            or rate.reading.direction
            or _stated_share(book, part, rate)
        ):
            continue
        whole = _whole(book, mentions, k)
        if whole is None:
            continue
        between = book.text[part.end : rate.start]
        of_them = _OF_THEM.match(between)
        gloss = between[of_them.end() :] if of_them else between
        if not _GLOSS.match(gloss) or not _SHARE_NOUN.match(book.text, rate.end):
            continue
        if _OTHER_SHARE.search(book.text, rate.start, _first_digit(book.text, rate)):
            continue  # "1,200 are private (up from 20%)": an earlier share, not this one
        if _SHARE_OF_OTHER.match(book.text, rate.end):
            continue  # "with a 22.5% share of revenue": a share of another whole
        book.propose(
            "share",
            f"share({part.name}, {whole.name}) == {rate.name}",
            about=rate,
            quote=book.passage(whole, part, rate),
            why="a count's share of the whole its sentence points back to ('Of the', 'of them')",
            figures=(part.name, whole.name, rate.name),
            severity="warn",
            suffix="_of_whole",
        )


def _whole(book: Book, mentions: list[Mention], k: int) -> Mention | None:
    """The whole ``mentions[k]`` is a part of: its sentence's opening 'Of the W', or, when
    'of them' follows it, the last larger figure of its unit before it."""
    part, text = mentions[k], book.text
    first = next(m for m in mentions if m.sentence == part.sentence)
    if (
        first is not part
        and not _OF_THEM.match(text, part.end)  # "2,000 were interviewed and 500 of them"
        and _OPENS_OF.match(text[first.sentence[0] : first.start])
        and not _SHARE_OF.search(text, part.sentence[0], part.sentence[1])
        and _plain(first)
        and first.reading.unit == part.reading.unit
        and _size(first) > _size(part)  # type: ignore[operator]
        and not _REOPENS_OF.search(text, first.end, part.start)
    ):
        return first
    if not _OF_THEM.match(text, part.end):
        return None
    at = mentions.index(first)
    near = {part.sentence, mentions[at - 1].sentence if at > 0 else part.sentence}
    for m in reversed(mentions[:k]):
        if m.sentence not in near:
            break
        if _COMPARED.search(text[max(m.sentence[0], m.start - 40) : m.start]):
            continue
        if _plain(m) and m.reading.unit == part.reading.unit and _size(m) > _size(part):  # type: ignore[operator]
            j = mentions.index(m)
            if _PAIR_WHOLE.search(text, max(m.sentence[0], m.start - 40), m.start) or (
                j > 0 and ends_a_list(text, mentions[j - 1], m)
            ):
                return None  # "3,100 of the 5,012 ...; 1,200 of them", "12,000 cars and
                # 8,000 vans, 7,200 of them": which of the two 'them' counts, the words do
                # not say
            return m
    return None
