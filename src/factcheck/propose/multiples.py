"""A multiple and the two levels it joins: "exports tripled to $90 million from $20 million",
"cases rose 10-fold, from 120 to 1,250", "profit rose 2.4 times, from $10 million to $24
million", "sales grew 2.5x to $40 million from $16 million".  The multiple says how many
times the old level the new one is, so a slip in either level, or a multiple worked out wrong,
is caught against them.

"Doubled", "tripled" and "quadrupled" say the new level outright (twice, three times, four
times the old).  A multiple in "-fold", "times" or "x" is read two ways by careful writers: "a
threefold increase" is most often three times the old level, and by some an increase of
three times it (four times the old).  A check must hold on either reading, so it asks only
that the ratio lie between the multiple and one more.  A multiple in words is said loosely
("doubled" of 1.8 or 2.3 times), so for one the check allows a fifth below and a quarter
above; one in digits is as rounded as it is written.  So "tripled to $90 million from $20
million" (4.5 times) and "a 3-fold increase, from 40 tonnes to 200 tonnes" (5 times) are
caught, a multiple rounded is not.  The rule is as strict about the words
as the direction of two levels is (:mod:`factcheck.propose.directions`): the multiple stands
right before "from" or "to" (a comma between them at most), the levels are plain, of one unit
and one noun, positive, and the clause holds no rate and no second clause.  A fall ("fell
threefold", "a 10-fold decrease", "halved") is left alone: writers word the ratio of a fall
too loosely ("fell three times" for a third, or for two thirds less).
"""

from __future__ import annotations

__all__ = ["multiple_of_levels"]

import re
from typing import Final

from factcheck.propose.changes import _plain_level
from factcheck.propose.context import _lead, _Sentence
from factcheck.propose.directions import _CLAUSE, _in_list, _rate_nearby, _words_before_number
from factcheck.propose.levels_from import _from_level
from factcheck.propose.sentences import Mention

_OUTRIGHT: Final = re.compile(r"(?:doubled|tripled|trebled|quadrupled)$", re.I)
"""Verbs whose multiple says the new level outright."""
_DIGIT: Final = re.compile(r"[0-9]")
_LOOSE: Final = re.compile(r"(?:fold|times|[0-9][x×])$", re.I)
"""Multiples some read as the ratio and some as the increase."""
_FALL: Final = re.compile(
    r"\b(?:fell|fallen|falls?|dropped|declined|decreased|shrank|shrunk|cut|reduced|lower|"
    r"less|fewer|smaller|decrease|decline|drop|reduction|contraction)\b",
    re.I,
)
_BETWEEN: Final = (
    r"^\s*(?:(?:increase|rise|jump|growth|gain|surge|expansion)s?\b)?\s*,?\s*"
    r"(?:(?:from\s+a\s+year\s+(?:earlier|ago|before)|(?:in|over|since)\s+[\w-]+"
    r"(?:\s+[\w-]+)?)\s*,?\s*)?"
)
"""After the multiple: its change noun ('a 3-fold increase') and a time at most."""
_CODE: Final = r"\s*(?:(?:rs\.?|inr|kshs?|sh|us|usd|eur|gbp|c|a|nz|hk|s|r|₹)\s*)?$"
"""A currency's code before a level's digits, which its reading takes in."""
_TO_MARK: Final = re.compile(_BETWEEN + r"to" + _CODE, re.I)
"""Between the multiple and the new level: 'to'."""
_FROM_MARK: Final = re.compile(_BETWEEN + r"from" + _CODE, re.I)
"""Between the multiple and the old level: 'from'."""
_NEW_AFTER_OLD: Final = re.compile(
    r"^(?:\s+(?:in|on|at)\s+[\w-]+(?:\s+[\w-]+)?|\s+[a-z]+){0,2}\s*,?\s*to\s*$", re.I
)
"""Between the old level and the new one: its noun or its time at most, then 'to'."""


def multiple_of_levels(state: _Sentence, i: int) -> None:
    """The new level is about the multiple of the old one (for "-fold" and "times", or one
    more): within a fifth below and a quarter above, as such words are said loosely."""
    members = state.members
    if i + 2 >= len(members):
        return
    multiple, first, second = members[i], members[i + 1], members[i + 2]
    reading = multiple.reading
    if reading.kind != "multiple" or reading.direction:
        return
    word = reading.text.strip()
    outright = _OUTRIGHT.search(word) is not None
    if not (outright or _LOOSE.search(word)):
        return
    if not (_plain_level(first) and _plain_level(second)):
        return
    if first.reading.unit != second.reading.unit:
        return
    if first.reading.number <= 0 or second.reading.number <= 0:
        return
    clause = state.text[max(multiple.sentence[0], multiple.start - 40) : second.end]
    if _FALL.search(clause):
        return
    lead = state.between(multiple, first) + _lead(first)
    if _TO_MARK.match(lead) and _from_level(state, first, second):
        new, old = first, second
    elif _FROM_MARK.match(lead) and _NEW_AFTER_OLD.match(
        state.between(first, second) + _lead(second)
    ):
        new, old = second, first
    else:
        return
    if _rate_nearby(state, first, second) or _words_before_number(old, new):
        return
    if _CLAUSE.search(state.between(first, second)) or _in_list(state, first, second):
        return
    _propose(state, multiple, new, old, word, outright=outright, quoted=(multiple, second))


def _propose(
    state: _Sentence,
    multiple: Mention,
    new: Mention,
    old: Mention,
    word: str,
    *,
    outright: bool,
    quoted: tuple[Mention, Mention],
) -> None:
    """``new / old`` within the multiple, as loosely as its wording says (see the module's
    docstring)."""
    reading = multiple.reading
    m = multiple.name
    ratio = f"{new.name} / {old.name}"
    # A multiple in words ("tripled", "tenfold") is said loosely, of 1.8 or 2.3 times for
    # "doubled"; one in digits ("10-fold", "2.4 times") is as rounded as it is written.
    low, high = (f"0.8 * {m}", f"1.25 * {m}") if not _DIGIT.search(word) else (m, m)
    # A hedge's own side is no looser than it says: "more than doubled" is over twice.
    strict, nominal = reading.strict, reading.number
    if strict.lo is not None and strict.lo >= nominal:
        low = m
    if strict.hi is not None and strict.hi <= nominal:
        high = m
    if outright:
        condition = f"{low} <= {ratio} <= {high}"
        why = f"'{word}' from one level to the other: the new level is about {word} the old"
    else:
        high = f"1.25 * ({m} + 1)" if high != m else f"{m} + 1"
        condition = f"{low} <= {ratio} <= {high}"
        why = (
            f"'{word}' from one level to the other: the new level is that many times the old, "
            "or (as some read it) that many times more"
        )
    state.book.propose(
        "order",
        condition,
        about=multiple,
        quote=state.book.passage(*quoted),
        why=why,
        figures=(m, new.name, old.name),
        suffix="_multiple_of_levels",
    )


_APPOSED: Final = re.compile(r"^\s*,\s*(?:or\s+)?$")
"""Between a level and the multiple that compares it: a comma ('29.2, more than double')."""
_THE_BASE: Final = re.compile(
    r"^\s+(?:the|that\s+of|its|their)\s*(?:(?-i:[A-Z])[\w-]*\s+){0,3}?(?:[\w-]+['’]s\s+)?" + _CODE,
    re.IGNORECASE,
)
"""Between the multiple and the level it multiplies: 'the', 'that of', 'its', a possessor
('the North East's'), and a currency's code."""
_TIMES_WORD: Final = re.compile(r"(?:twice|double|triple|treble|quadruple|thrice)$", re.I)


def multiple_of_level_before(state: _Sentence, i: int) -> None:
    """'36.2 per 100,000, more than double the 15.9 recorded a month earlier', '$29.2
    million, nearly triple the $10.1 million of a year earlier': the level before is that
    multiple of the level after (said loosely, as "doubled" is)."""
    members = state.members
    if i < 1 or i + 1 >= len(members):
        return
    new, multiple, old = members[i - 1], members[i], members[i + 1]
    reading = multiple.reading
    if reading.kind != "multiple" or reading.direction:
        return
    word = reading.text.strip()
    if not _TIMES_WORD.search(word):
        return
    if not (_plain_level(new) and _plain_level(old)) or new.reading.unit != old.reading.unit:
        return
    if new.reading.number <= 0 or old.reading.number <= 0:
        return
    if not _APPOSED.match(state.between(new, multiple)):
        return
    if not _THE_BASE.match(state.between(multiple, old) + _lead(old)):
        return
    if _words_before_number(old, new) or _rate_nearby(state, new, old):
        return
    _propose(state, multiple, new, old, word, outright=True, quoted=(new, old))
