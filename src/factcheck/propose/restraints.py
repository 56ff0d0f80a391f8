"""Small tests of wording that keep a rule from drafting a check the words do not make.

Each is a predicate over the text and a mention, used by the rules that would otherwise
take a figure for a part or a whole it is not:

- a count written "all 296" (or "all the 296") names a whole set, not a part a gloss after
  it restates ("scored 80095 of the 258229 runs made by all 296, or 31.02%": the share is
  not of the 296);
- a figure of an earlier paragraph is not the count a share of this one is of ("71 players"
  in one paragraph, "a club that 2.4% of players have joined" in the next);
- a paragraph that says how far a count had got ("with 97.83% of sections counted") gives
  the shares in it a whole of that stage of the count, not the final one another paragraph
  names in the same words ("48.43% of the valid votes" against "47.99% of the valid votes");
- a noun a modifier narrows ("renewable generation") names a kind of the thing, not the whole
  a share "of generation" is of.
"""

from __future__ import annotations

__all__ = [
    "count_stage",
    "names_all",
    "of_another_paragraph",
    "of_other_years",
    "paragraphs_apart",
    "qualified",
]

import re
from typing import Final

from factcheck.propose.sentences import Mention

_ALL_BEFORE: Final = re.compile(
    r"(?<!\bin\s)\ball\s+(?:of\s+)?(?:the\s+|these\s+|those\s+)?$", re.I
)
"""'made by all 296', 'of all the 517': the whole set ('In all 1,200 voters' is 'in total')."""
_PARAGRAPH_BREAK: Final = re.compile(r"\n[ \t]*\n")


def names_all(text: str, m: Mention) -> bool:
    """Whether ``m`` is written as the whole of a set: 'all 296', 'all of the 517'."""
    return _ALL_BEFORE.search(text, max(0, m.start - 20), m.start) is not None


def paragraphs_apart(text: str, one: Mention, other: Mention) -> bool:
    """Whether a blank line (a new paragraph) lies between two mentions, in either order."""
    earlier, later = (one, other) if one.start <= other.start else (other, one)
    return _PARAGRAPH_BREAK.search(text, earlier.end, later.start) is not None


_COUNT_STAGE: Final = re.compile(
    r"\bwith\s+(?:only\s+|just\s+|nearly\s+|almost\s+|about\s+|some\s+)?"
    r"(?P<stage>\d[\d.,]*\s*(?:%|per\s*cent|percent)|all|half)\s+(?:of\s+)?(?:the\s+)?"
    r"(?:[^\W\d_]+\s+){0,2}?(?:polling\s+stations?|stations?|sections?|precincts?|districts?|"
    r"booths?|ballots?|votes?|results?|constituencies|counties|wards?)\s+"
    r"(?:counted|in|reported|reporting|returned|tallied|declared|processed|verified)\b",
    re.I,
)


def count_stage(text: str, start: int, end: int) -> str:
    """The last stage of a count ``text[start:end]`` names ('with 97.83% of sections in'), or
    '' when it names none: shares told at one stage are of that stage's whole."""
    found = list(_COUNT_STAGE.finditer(text, start, end))
    return re.sub(r"\s+", "", found[-1].group("stage")) if found else ""


_NOT_MODIFIERS: Final = frozenset(
    {
        "the",
        "its",
        "their",
        "his",
        "her",
        "our",
        "total",
        "all",
        "overall",
        "whole",
        "of",
        "in",
        "and",
        "or",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "to",
        "from",
        "for",
        "on",
        "at",
        "by",
        "with",
        "as",
        "than",
        "was",
        "were",
        "is",
        "are",
        "had",
        "has",
        "national",
        "entire",
    }
)


def qualified(text: str, at: int) -> bool:
    """Whether the noun written at ``at`` follows a modifier that narrows it ('renewable
    generation', 'solar output'), not a determiner or an owner ('the', 'Arsenal's')."""
    before = re.search(r"(?<![\w'’])([^\W\d_][\w'’-]*)\s+$", text[max(0, at - 40) : at])
    if before is None:
        return False
    word = before.group(1)
    owner = word.endswith(("'s", "’s", "s'", "s’"))
    noun = re.match(r"[^\W\d_]+", text[at:])
    if noun is not None and (word.lower(), noun.group().lower()) in _WHOLE_COMPOUNDS:
        return False  # "China's total foreign trade" is all of its trade
    return word[0].islower() and word.lower() not in _NOT_MODIFIERS and not owner


_WHOLE_COMPOUNDS: Final = frozenset(
    {("foreign", "trade"), ("external", "trade"), ("international", "trade")}
)
"""A modifier and noun that name the whole, not a kind of it: a country's trade is all foreign
trade, so "total foreign trade" and "total trade" are one whole."""


_YEAR: Final = re.compile(r"\b(?:19|20)\d\d\b")


def _paragraph(text: str, m: Mention) -> str:
    start = text.rfind("\n\n", 0, m.start)
    end = text.find("\n\n", m.end)
    return text[max(start, 0) : end if end != -1 else len(text)]


def of_another_paragraph(text: str, whole: Mention, part: Mention) -> bool:
    """Whether a figure fitted as a part's whole by arithmetic alone belongs to another story:
    one of an earlier paragraph (another count told before), or of a later one that names a
    year the part's paragraph does not ('In 2025, ... of the 16,92,794 candidates' is no whole
    of 2023's counts), though a later paragraph of the same count may sum up its totals."""
    if not paragraphs_apart(text, whole, part):
        return False
    if whole.start < part.start:
        return True
    own = set(_YEAR.findall(_paragraph(text, part)))
    return bool(set(_YEAR.findall(_paragraph(text, whole))) - own)


def of_other_years(text: str, one: Mention, other: Mention) -> bool:
    """Whether two mentions stand in paragraphs that both name years, and no year in common
    ('generation 25.0 TWh' of a paragraph on 2018 is no whole of a share in one on 2021; a
    paragraph that names no year may share the one before's)."""
    if not paragraphs_apart(text, one, other):
        return False
    mine = set(_YEAR.findall(_paragraph(text, one)))
    theirs = set(_YEAR.findall(_paragraph(text, other)))
    return bool(mine) and bool(theirs) and not mine & theirs
