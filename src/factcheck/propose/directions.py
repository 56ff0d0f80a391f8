"""Levels with a verb of change and no rate: "Net income rose to $23.43 billion from $21.45
billion", "iPad sales declined from $7.16 billion to $6.58 billion", "reached $8.05 billion,
up from $7.01 billion".  The verb says which way the level moved, so the level reached lies
on that side of the level it came from: a direction written the wrong way round ("rose to
5.2% from 5.6%") is one of the commonest slips, and with no rate beside it nothing else
catches it.

The rule is strict about the words, since a check on two levels of different things would
flag correct prose: the verb stands right before "to" (or "from"), "from" right before the
old level, "to" right before the new one, with nothing but a unit's, a time's or a noun's
words between a level and the next marker ("to $61.2 billion in May from"); both levels are
plain (no hedge that is no bound, no change), of one unit and one scale word, and not
measured against another quantity ("from a surplus of $2 billion" reads no level: words stand
between "from" and the number).  A rate in the clause leaves it to the growth rules.  No
check joins levels of two clauses ("grew from 1.2 million in 1990 but fell to 1.1 million"),
of two lists ("$5 billion and $1 billion, up from $4 billion and $0.8 billion"), a part to its
whole's "up from" ("including services of $1.9 billion, up from"), or places in a ranking;
"improved" says better, which for a loss or a wait is lower, so it says no direction.
"""

from __future__ import annotations

__all__ = ["direction_of_levels"]

import re
from typing import Final

from factcheck.propose.book import is_rate
from factcheck.propose.changes import _DOWN, _UP, _plain_level
from factcheck.propose.context import _lead, _Sentence
from factcheck.propose.levels_from import _from_level
from factcheck.propose.sentences import Mention

_VERB: Final = (
    r"(?P<verb>rose|risen|rises|grew|grown|increased|climbed|jumped|surged|soared|"
    r"gained|expanded|fell|fallen|falls|dropped|declined|decreased|slumped|slipped|shrank|"
    r"shrunk|plunged|plummeted|tumbled|sank|dipped|contracted|"
    r"(?:was|were|been|be|is|are)\s+(?:raised|cut|lowered|reduced|increased|decreased|hiked))"
)
_VERB_TO: Final = re.compile(_VERB + r"\s+to\s*$", re.I)
"""'rose to': the verb right before the level reached."""
_VERB_FROM: Final = re.compile(_VERB + r"\s+from\s*$", re.I)
"""'declined from': the verb right before the level it came from."""
_MARKED_FROM: Final = re.compile(r"^\s*,?\s*(?P<word>up|down)\s+from\s*$", re.I)
"""'$8.05 billion, up from': the direction word right before the old level's 'from'."""
_TO_AFTER_OLD: Final = re.compile(
    r"^(?:\s+(?:in|on|at)\s+[\w-]+(?:\s+[\w-]+)?|\s+[a-z]+){0,2}\s*,?\s*to\s*$", re.I
)
"""Between the old level and 'to' before the new one: its noun or its time at most."""
_RATE_WORDS: Final = re.compile(r"\b(?:per\s*cent|percent|%|percentage|points?)\b", re.I)


def direction_of_levels(state: _Sentence, i: int) -> None:
    """The level reached on the side of the level it came from that the verb says."""
    members = state.members
    if i + 1 >= len(members):
        return
    first, second = members[i], members[i + 1]
    if not (_plain_level(first) and _plain_level(second)):
        return
    if first.reading.unit != second.reading.unit:
        return
    if first.reading.number < 0 or second.reading.number < 0:
        return  # "a balance of -$48.5 billion, up from -$44.3 billion": a deficit grew
    before = state.text[max(first.sentence[0], first.start - 40) : first.start] + _lead(first)
    sign, new, old = 0, first, second
    marked = _MARKED_FROM.match(state.between(first, second) + _lead(second))
    if marked is not None:
        sign = 1 if marked.group("word").lower() == "up" else -1
    elif (verb := _VERB_TO.search(before)) is not None and _from_level(state, first, second):
        sign = _sign_of(verb.group("verb"))
    elif (verb := _VERB_FROM.search(before)) is not None and _TO_AFTER_OLD.match(
        state.between(first, second) + _lead(second)
    ):
        sign, new, old = _sign_of(verb.group("verb")), second, first
    if not sign or _rate_nearby(state, first, second) or _words_before_number(old, new):
        return
    if _currency_quote(state, first, second) or _ranking(state, first, second):
        return
    if _CLAUSE.search(state.between(first, second)) or _in_list(state, first, second):
        return
    if marked is not None and _INCLUDING.search(_clause_before(state, first)):
        return
    op = ">" if sign > 0 else "<"
    state.book.propose(
        "order",
        f"{new.name} {op} {old.name}",
        about=new,
        quote=state.book.passage(first, second),
        why="a verb of change between two levels: the level reached is on the side it says",
        figures=(new.name, old.name),
        suffix="_direction",
    )


_CURRENCY: Final = (
    r"(?:dollars?|greenback|euros?|pounds?|sterling|yen|yuan|renminbi|rupees?|francs?|won|"
    r"pesos?|lira|reais|real|roubles?|rubles?|rand|naira|shillings?|ringgit|baht|rupiah|"
    r"zloty|zlotys|forints?|koruna|crowns?|kron[aeo]r?|lei|leu|lev|leva|hryvnias?|shekels?|"
    r"dinars?|dirhams?|riy?als?|kwacha|cedis?|taka|dong|tenge|lari|dram|manat)"
)
_PER_CURRENCY: Final = re.compile(
    r"\b(?:per|to\s+the|against(?:\s+the)?|versus|vs\.?|a|an|each|for\s+(?:one|each|a))\s+"
    r"(?:(?:us|u\.s\.|american|single)\s+)?" + _CURRENCY + r"\b",
    re.I,
)
_CURRENCY_WORD: Final = re.compile(r"\b" + _CURRENCY + r"\b", re.I)


def _currency_quote(state: _Sentence, first: Mention, second: Mention) -> bool:
    """'The rupee fell to 83.5 to the dollar from 82.1', 'the lira fell to 32.5 per dollar':
    a currency quoted in another, where a fall is a rise of the number; also a currency's
    name before bare numbers ('the rupee fell to 83.5 from 82.1')."""
    if _PER_CURRENCY.search(state.text, first.end, second.end + 30):
        return True
    opening = state.text[first.sentence[0] : first.start]
    return first.reading.unit is None and _CURRENCY_WORD.search(opening) is not None


_CLAUSE: Final = re.compile(
    r"\b(?:and|but|or|as|while|whereas|then|yet|before|after|since|though|although)\b|" + _VERB,
    re.I,
)
"""Between the two levels, a conjunction or a verb of change: a second clause, whose level
is not the first one's ('grew from 1.2 million in 1990 but fell to 1.1 million')."""
_RANKING: Final = re.compile(
    r"\b(?:rank\w*|charts?|list|league|table|standings|places?|position|spot|seed\w*|"
    r"in\s+the\s+world)\b",
    re.I,
)
_INCLUDING: Final = re.compile(
    r"\b(?:includ\w+|excluding|of\s+which|among\s+(?:them|which)|with|comprising)\b", re.I
)
"""Before a level, words that make it a part of one said before, which an 'up from' after the
part may be about ('$8.05 billion, including services of $1.9 billion, up from $7.01
billion')."""
_LIST_JOIN: Final = re.compile(r"^\s*(?:,\s*)?(?:and|,)\s*$", re.I)
"""Between two levels of a list: 'and' or a comma (not ', or', which restates the level)."""


def _ranking(state: _Sentence, first: Mention, second: Mention) -> bool:
    """'dropped to 45 from 38 on the Fortune list', 'slipped to 15 in the world from 11': bare
    numbers and a word of rankings in the sentence; a place falls as its number rises."""
    if first.reading.unit is not None or second.reading.unit is not None:
        return False
    return _RANKING.search(state.text, first.sentence[0], first.sentence[1]) is not None


def _in_list(state: _Sentence, first: Mention, second: Mention) -> bool:
    """'$5 billion and $1 billion, up from $4 billion and $0.8 billion': a level joined to
    another of its unit by 'and' or a comma is one of a list, and the verb or the 'up
    from' pairs the lists in order, not the two levels side by side."""
    members = state.members
    at = members.index(first)
    pairs = []
    if at > 0:
        pairs.append((members[at - 1], first))
    if at + 2 < len(members):
        pairs.append((second, members[at + 2]))
    return any(
        a.reading.unit == b.reading.unit
        and _LIST_JOIN.match(state.between(a, b) + _lead(b)) is not None
        for a, b in pairs
    )


def _clause_before(state: _Sentence, level: Mention) -> str:
    """The words before ``level`` back to the comma, semicolon or sentence start before it."""
    before = state.text[level.sentence[0] : level.start]
    return re.split(r"[,;:(]", before)[-1]


def _sign_of(verb: str) -> int:
    word = verb.split()[-1].lower()
    if word in ("raised", "hiked"):
        return 1
    if word in ("cut", "lowered", "reduced"):
        return -1
    return 1 if _UP.fullmatch(word) else -1 if _DOWN.fullmatch(word) else 0


def _rate_nearby(state: _Sentence, first: Mention, second: Mention) -> bool:
    """A rate of change beside the two levels (the growth rules check them with it), or a
    rate word after the second ('to 10 from 5 percent')."""
    at = state.members.index(first)
    near = state.members[max(0, at - 1) : at + 3]
    if any(is_rate(m) and m.reading.unit != first.reading.unit for m in near):
        return True
    return bool(_RATE_WORDS.match(state.text, second.end, second.end + 12)) and not is_rate(second)


def _words_before_number(*levels: Mention) -> bool:
    """'from a surplus of $2 billion', 'to a deficit of': the level is another quantity's
    (words the reading took in after its marker, as 'fell from' is taken in)."""
    return any(_OTHER_WORDS.search(_MARKER.split(_lead(m))[-1]) for m in levels)


_MARKER: Final = re.compile(r"\b(?:from|to|up|down)\b", re.I)
_OTHER_WORDS: Final = re.compile(r"\b(?!(?:us|rs)\b)[^\W\d_]{2,}", re.I)
