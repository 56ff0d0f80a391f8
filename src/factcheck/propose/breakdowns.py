"""A stated whole broken down, in words, into listed parts: the parts cannot exceed it, and
where the words say they make it up, they add up to it.

- "Of the 500 passengers, 320 were British, 120 German and 70 French";
  "revenue was $4.2 billion, of which services made up $1.5 billion and products $2.9
  billion"; "there were 1,250 deaths: 700 men and 550 women": ``parts_within(whole,
  [parts])`` (the list may leave some out);
- "the 2,400 new jobs comprise 1,500 in manufacturing and 900 in services"; "is made up of",
  "consists of", "is split between", "is divided into": ``a + b == whole``.

The sums of :mod:`factcheck.propose.sums` are searched for among nearby amounts and proposed
only where some subset adds up; a breakdown the words spell out is proposed whether or not it
adds up, so a part or whole misprinted there is caught.
"""

from __future__ import annotations

import re
from fractions import Fraction
from typing import Final

from factcheck.propose.book import is_amount, is_count
from factcheck.propose.context import _lead, _Sentence
from factcheck.propose.sentences import Mention

__all__ = ["breakdown", "may_overlap"]

_OF_WHICH: Final = re.compile(
    r"^(?:\s+[^\W\d][\w'’-]*){0,3}\s*,\s*of\s+(?:which|whom)\s+(?:[^\W\d][\w'’-]*\s+){0,4}$",
    re.IGNORECASE,
)
"""Between the whole and its first part: '$4.2 billion, of which services made up'.  (An
'including' list is :mod:`factcheck.propose.listed`'s.)"""

_COLON: Final = re.compile(r"^(?:\s+[^\W\d][\w'’-]*){0,3}\s*:\s*$")
"""'1,250 deaths: 700 men': the whole, its noun, a colon, then the parts."""


_MAKE_UP: Final = re.compile(
    r"^(?:\s+[^\W\d][\w'’-]*){0,3}\s+(?:comprises?|comprised|consists?\s+of|consisted\s+of|"
    r"(?:is|are|was|were)\s+made\s+up\s+of|(?:is|are|was|were)\s+(?:split|divided)\s+"
    r"(?:between|into|among))\s*$",
    re.IGNORECASE,
)
"""Words that say the parts make the whole up: 'comprise', 'is made up of', 'is split
between'."""

_OF_THE: Final = re.compile(r"\bof\s+(?:the|these|those|its|their)\s*$", re.IGNORECASE)
"""'Of the 500 passengers,': the whole opens the sentence."""
_AFTER_OF_THE: Final = re.compile(r"^(?:\s+[^\W\d][\w'’-]*){0,3}\s*,\s*$")

_NEXT_PART: Final = re.compile(
    r"^(?:\s*\(?[^\W\d][\w'’-]*\)?){0,6}?\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
    r"(?:[^\W\d][\w'’-]*\s+){0,4}$",
    re.IGNORECASE,
)
"""Between two parts of the list: the first part's words, then ', ', ' and ', '; ', and the
next part's words before its number ('320 were British, 120 German and 70 French'); not a
semicolon, after which a clause of its own begins."""

_NOT_A_LIST: Final = re.compile(
    r"\b(?:than|compared|against|versus|from|to|rose|fell|increased|decreased|per|"
    r"each|every|a\s+year|respectively|with|more|another|further|additional|extra)\b",
    re.IGNORECASE,
)
"""Words between two numbers that make the second no further part: a comparison, a change, a
rate."""

_NESTED: Final = re.compile(
    r"\b(?:including|of\s+(?:whom|which|them|these)|among)\b", re.IGNORECASE
)
"""Between two parts: words that make the second a part of the first ('6 became hurricanes,
including 3 major hurricanes'; '896,978 tourists, of whom 213,074 came from overseas')."""

_EACH: Final = re.compile(r"\b(?:each|every|per|apiece)\b", re.IGNORECASE)
_EACH_AFTER: Final = re.compile(
    r"[^,;.]{0,30}?\b(?:each|every|per|apiece|respectively|a\s+(?:year|month|week|day)|"
    r"combined|together|altogether|in\s+all)\b",
    re.IGNORECASE,
)
"""Amounts per item or per period ('$7 million for each hospital', 'Each county gets'),
paired with another list ('respectively'), or a last one that takes in those before it ('$5
billion for pensions and healthcare combined'): not parts of the whole as written."""

_EARLIER: Final = re.compile(r"\b(?:from|than|against|versus|vs\.?)\s*$", re.IGNORECASE)
"""Before the whole: an earlier level or one compared with, whose breakdown the parts are
not."""


def _kind(m: Mention) -> tuple[bool, str | None, str | None] | None:
    if not (is_amount(m) or is_count(m)) or m.reading.direction:
        return None
    return is_amount(m), m.reading.unit, m.reading.scale if is_amount(m) else None


def _same_kind(whole: Mention, part: Mention) -> bool:
    a, b = _kind(whole), _kind(part)
    return a is not None and b is not None and a[:2] == b[:2]


_OF_THEM_AFTER: Final = re.compile(
    r"^(?:\s+[^\W\d][\w'’-]*)?\s+of\s+(?:them|whom|those|these|which|the\s+latter)\b", re.I
)
"""After a number, words that make it a part of the one before ('320 were British, 210 of them
from London'): no further part of the whole."""

_PREPOSITION: Final = re.compile(
    r"^\s+(?P<p>by|via|through|from|in|at|on|to|for|with|under|over|into|after|before|during|"
    r"of|among)\b",
    re.I,
)

_SEXES: Final = re.compile(r"\b(?:men|women|males?|females?|boys|girls)\b", re.I)
_AGES: Final = re.compile(
    r"\b(?:adults?|minors?|teenagers|youths|elderly|pensioners|seniors|(?:over|under)-?\d+s)\b",
    re.I,
)
"""Counts by sex and counts by age beside them ('320 were adults, 180 children and 150 women')
cut one whole two ways: they overlap.  ('Children' beside men and women is the usual split of
a whole into three, and is left out.)"""


_OVERLAP: Final = re.compile(
    r"\b(?:twice|dual|double[- ]counted|more\s+than\s+one|overlap\w*|both|multiple)\b", re.I
)
"""After the list, words that say a member may be in more than one part."""


def _words_after(state: _Sentence, m: Mention) -> str:
    """The words after a number, to the next comma, 'and' or number."""
    digits = re.search(r"\d[\d.,]*", state.text[m.start : m.end])
    after = m.start + digits.end() if digits else m.end
    rest = state.text[after : m.sentence[1]]
    return re.split(r",|;|\band\b|\d", rest, maxsplit=1)[0]


_VERB: Final = re.compile(
    r"^(?:[a-z]+ed|held|had|has|have|hold|holds|lived|live|lives|were|was|are|is|said|did|"
    r"went|came|got|made|took|paid|spent|won|lost|own|owns|work|works|use|uses|speak|speaks)$"
)


def _first_word(state: _Sentence, m: Mention) -> str:
    """The first word after a number ('320 were British' -> 'were', '240 held EU passports'
    -> 'held')."""
    rest = state.text[m.end : m.sentence[1]]
    found = re.match(r"\s*([^\W\d][\w'’-]*)", rest)
    return found.group(1) if found else ""


def _verb_of_its_own(state: _Sentence, first: Mention, m: Mention) -> bool:
    """A later part with a verb of its own, not the first part's ('320 were British and 240
    held EU passports'): a second predicate, which may take in members of the first."""
    verb = _first_word(state, m)
    return bool(_VERB.match(verb)) and verb.lower() != _first_word(state, first).lower()


_COPULA: Final = re.compile(r"^(?:were|was|are|is|had|have|has)$", re.I)
_PLACE_WORD: Final = re.compile(
    r"^(?:by|via|through|from|in|at|on|to|for|with|under|over|into|after|before|during|of|"
    r"among|aged|below|above)$",
    re.I,
)


def _descriptor(state: _Sentence, m: Mention) -> str:
    """The first word that says what a part is, past a copula ('320 were British' ->
    'British', '200 women' -> 'women', '200 were under 30' -> 'under')."""
    words = re.findall(r"[^\W\d][\w'’-]*", _words_after(state, m))
    words = [w for w in words if not _COPULA.match(w)]
    return words[0] if words else ""


def _parallel(state: _Sentence, first: Mention, m: Mention) -> bool:
    """Whether a later part is told like the first: a proper adjective like a proper adjective
    ('British', 'German'), a preposition like a preposition, a common word like a common word;
    '320 were British and 200 women' cuts the whole two ways."""
    one, other = _descriptor(state, first), _descriptor(state, m)
    if not one or not other:
        return True
    if one[0].isupper() != other[0].isupper():
        return False
    return bool(_PLACE_WORD.match(one)) == bool(_PLACE_WORD.match(other))


def _nested_by_preposition(state: _Sentence, first: Mention, m: Mention) -> bool:
    """'320 were rescued, 250 by helicopter': a later part brought in by a preposition the
    first part's words do not have is a part of the first, told how."""
    found = _PREPOSITION.match(_words_after(state, m))
    if found is None:
        return False
    return not re.search(rf"\b{found['p']}\b", _words_after(state, first), re.I)


def _parts_after(state: _Sentence, whole: Mention, start: int) -> list[Mention]:
    """The list of parts from ``members[start]``: numbers of the whole's kind, each after the
    last with only list words between."""
    members = state.members
    parts: list[Mention] = []
    for m in members[start:]:
        if not _same_kind(whole, m) or m.reading.hedge is not None:
            break
        if parts:
            between = state.between(parts[-1], m) + _lead(m)
            if (
                not _NEXT_PART.match(between)
                or _NOT_A_LIST.search(between)
                or _NESTED.search(between)
            ):
                break
            if _OF_THEM_AFTER.match(_words_after(state, m)):
                break  # "320 were British, 210 of them from London": a part of the last
            if _nested_by_preposition(state, parts[0], m):
                return []  # "320 were rescued, 250 by helicopter and 70 by boat"
            if not _parallel(state, parts[0], m):
                return []  # "320 were British and 200 women": two cuts of the whole
            if _verb_of_its_own(state, parts[0], m):
                return []  # "500 were women and 450 worked part-time": another cut of the whole
        parts.append(m)
    return parts


def breakdown(state: _Sentence, i: int) -> None:
    """A whole at ``members[i]`` and the parts its words list after it (or, after 'Of the
    WHOLE ...,', the parts of the rest of the sentence)."""
    members, book = state.members, state.book
    whole = members[i]
    if i + 2 >= len(members) or _kind(whole) is None or whole.reading.hedge is not None:
        return
    if _EARLIER.search(
        state.text[max(whole.sentence[0], whole.start - 12) : whole.start] + _lead(whole)
    ):
        return
    first = members[i + 1]
    between = state.between(whole, first) + _lead(first)
    exhaustive = False
    if _MAKE_UP.match(between):
        exhaustive = True
    elif _OF_WHICH.match(between) or _COLON.match(between):
        pass
    elif _OF_THE.search(
        state.text[max(whole.sentence[0], whole.start - 12) : whole.start] + _lead(whole)
    ) and _AFTER_OF_THE.match(between):
        pass  # "Of the 500 passengers, 320 were British"
    else:
        return
    if _NOT_A_LIST.search(between):
        return
    parts = _parts_after(state, whole, i + 1)
    if len(parts) < 2:
        return
    after_last = state.text[parts[-1].end : parts[-1].end + 40]
    if _EACH_AFTER.match(after_last) or _EACH.search(state.text, whole.sentence[0], whole.start):
        return  # "Each county gets $10 million: ... $7 million for each hospital": amounts per
    if not _near_the_whole(whole, parts) or _may_overlap(state, parts):
        return
    listed = " ".join(_words_after(state, p) + " " + state.text[max(0, p.start - 30) : p.start]
                      for p in parts)  # fmt: skip
    total = _value(whole)
    if any(sum(map(_value, parts[:k])) == total for k in range(2, len(parts))):
        return  # "Of the 800 staff, 500 were women, 300 men and 250 part-time": the first
        # parts make the whole, so the rest cut it another way
    if _OVERLAP.search(state.text, parts[-1].end, whole.sentence[1]):
        return  # "..., 120 German and 70 French, counted twice for dual nationals"
    if _SEXES.search(listed) and _AGES.search(listed):
        return  # "320 were adults, 180 children and 150 women": two cuts of one whole
    names = [p.name for p in parts]
    if any(
        c.relation in ("sum", "parts_within") and set(c.figures) == {whole.name, *names}
        for c in book.checks
    ):
        return
    if exhaustive:
        book.propose(
            "sum",
            f"{' + '.join(names)} == {whole.name}",
            about=whole,
            quote=book.passage(whole, parts[-1]),
            why="the parts the words say make up the whole add up to it",
            figures=(*names, whole.name),
            suffix="_breakdown",
        )
        return
    book.propose(
        "parts_within",
        f"parts_within({whole.name}, [{', '.join(names)}])",
        about=whole,
        quote=book.passage(whole, parts[-1]),
        why="parts the words list of a stated whole are no more than it together",
        figures=(whole.name, *names),
        suffix="_breakdown",
    )


def _value(m: Mention) -> Fraction:
    return Fraction(m.reading.number) * m.reading.multiplier


def _near_the_whole(whole: Mention, parts: list[Mention]) -> bool:
    """Whether the parts, as written, could be a breakdown of the whole with a slip: each
    below it, and together within half of it either way.  A number that is no part ('Of the
    500 passengers, 320 were British, and 1,200 people came to meet them') is far off; a
    misprinted part or total is not."""
    total = _value(whole)
    if total <= 0 or any(not 0 < _value(p) < total for p in parts):
        return False
    written = sum((_value(p) for p in parts), Fraction(0))
    return total / 2 <= written <= total * 3 / 2


_BE: Final = frozenset(
    {
        *("were", "was", "are", "is", "been", "being", "be"),
        *("in", "on", "at", "for", "of", "from", "by", "with", "to", "into", "under", "over"),
        *("and", "or", "the", "a", "an", "per", "cent", "percent"),
    }
)
"""Words after a part that tell no act of its own: being, and the prepositions and
articles of a list of kinds ('1,500 in manufacturing and 900 in services')."""
_CHOICE: Final = re.compile(
    r"^\s*(?:(?:also|each|both)\s+)?(?:said|say|says|reported|report|backed|supported|"
    r"favou?red|opposed|wanted|want|used|use|owned|own|took|take|had|have|has|visited|bought|"
    r"chose|named|cited|mentioned|agreed|disagreed|preferred|read|watched|speak|spoke|"
    r"studied|attended|received|got|held)\b",
    re.IGNORECASE,
)
"""Verbs of things people say, have or do, which one person may do several of ('300 took
maths and 250 took physics'; 'of whom 600 said prices and 550 said wages')."""
_PASSIVE: Final = re.compile(
    r"^\s*(?:were|was|are|is|have\s+been|had\s+been|has\s+been)\s+(?:also\s+)?"
    r"([^\W\d_]+(?:ed|en)|won|held|sold|built|made|paid|hit|cut|kept|lost|found|seen|"
    r"sent|spent|told|bought|brought|taught|caught|run|shut|set|put|read|heard|met|left|"
    r"led|fed|fought|struck|hung|dug|shot)\b",
    re.IGNORECASE,
)
"""A part's own verb in the passive ('365 were won', '410 were held'): parts told by two
different acts may count the same thing under both."""


def _may_overlap(state: _Sentence, parts: list[Mention]) -> bool:
    return may_overlap(state.text, parts)


def may_overlap(text: str, parts: list[Mention]) -> bool:
    """Whether the parts may count some people or things twice: each told by a verb of its
    own that one may do several of, or by the same verb over again ('300 took maths and 250
    took physics').  A list of kinds ('320 were British, 120 German') or of outcomes ('47,654
    were valid and 456 spoilt') has one verb, or none."""
    verbs = []
    passives = set()
    for part in parts:
        after = text[part.end : part.end + 40]
        if _CHOICE.match(after):
            return True
        passive = _PASSIVE.match(after)
        if passive:
            passives.add(passive.group(1).lower())
        if len(passives) > 1:
            return True  # "365 were won by the Conservatives and 410 were held before"
        word = re.match(r"\s*([^\W\d_]+)", after)
        verbs.append(word.group(1).lower() if word else "")
    repeated = [v for v in verbs[1:] if v and v not in _BE and v == verbs[0]]
    return bool(repeated)
