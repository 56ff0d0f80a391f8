"""The level a change or a comparison is of, when the sentence does not say it at once: the
stated levels before a change that it may be of, and the last level of the sentence before,
which 'The amount is ...' or 'That is ...' speaks of."""

from __future__ import annotations

import re
from typing import Final

from factcheck.propose.context import _lead, _Sentence
from factcheck.propose.naming import content_words, stem
from factcheck.propose.sentences import Mention

_COMPARED_CHANGE: Final = re.compile(
    r"\s*(?:\([^)]*\)\s*|,?\s*or\s+[\d.,]+\s*(?:%|per\s*cent|percent)\s*,?\s*)?"
    r"(?:more|less|fewer|higher|lower)\s+than\b"
    r"(?P<base>(?:(?!,\s*(?:and|while|but|whereas)\b)[^\d;]){0,60})",
    re.I,
)


_AFTER_THAN: Final = re.compile(
    r"\b(?:than|times|twice)\s+(?:the\s+|its\s+|their\s+)?(?:[A-Z][\w.-]*\s+){0,3}"
    r"(?:[\w.-]+['’]s\s+)?$"
)
"""'... than Fianna Fáil's 38', 'than the 45,000', 'three and a half times the 10,073': the
level another is compared with."""


def levels_before(state: _Sentence, i: int) -> list[Mention]:
    """The stated levels before ``members[i]`` that a change of its unit may be of: plain
    numbers with no direction or hedge, and neither a change stated against another level
    ('8.34 million tonnes (3.15 per cent) more than the previous record') nor the level it is
    stated against ('the previous record, 265.04 million tonnes')."""
    m = state.members[i]
    compared: set[int] = set()
    for o in state.members[:i]:
        found = _COMPARED_CHANGE.match(state.text, o.end)
        if found is None:
            continue
        compared.add(id(o))
        base = next((b for b in state.members if b.start >= found.start("base")), None)
        if base is not None and base.start <= found.end():
            compared.add(id(base))  # the first number after 'than', with no other between
    for o in state.members[:i]:
        if _AFTER_THAN.search(state.text, max(o.sentence[0], o.start - 40), o.start):
            compared.add(id(o))  # "one fewer than Fianna Fáil's 38": a base, whatever the
            # change before 'than' was written as
    return [
        o
        for o in state.members[:i]
        if o.reading.unit == m.reading.unit
        and o.reading.kind == "number"
        and not o.reading.direction
        and o.reading.hedge is None
        and id(o) not in compared
    ]


_BACK: Final = re.compile(
    r"\W*(?:the\s+(?:amount|figure|sum|total)|this|that|it)\s+(?:is|was)\b", re.I
)
"""'The amount is ...', 'This was ...': a sentence about the last figure of the one before."""


def _same_noun_to(state: _Sentence, m: Mention, after: Mention) -> bool:
    """'increased 0.7 million hours to 1,625.6 million hours': the change and the level it
    led to counted in one noun, written after each."""
    found = re.fullmatch(r"\s*([^\W\d_]+)\s+to\s*", state.between(m, after))
    if found is None:
        return False
    noun = re.match(r"\s*([^\W\d_]+)", state.text[after.end : after.end + 40])
    return noun is not None and noun.group(1).lower() == found.group(1).lower()


def _last_of_sentence_before(state: _Sentence, m: Mention) -> list[Mention]:
    """The last unhedged level of m's unit in the sentence before m's."""
    mentions = state.book.mentions
    at = mentions.index(state.members[0])
    last: list[Mention] = []
    for o in reversed(mentions[max(0, at - 200) : at]):
        if last and o.sentence != last[0].sentence:
            break
        last.insert(0, o)
    found = [
        o
        for o in last
        if o.reading.unit == m.reading.unit
        and o.reading.kind == "number"
        and not o.reading.direction
        and o.reading.hedge is None
        and not _COMPARED_WITH.search(state.text[max(0, o.start - 40) : o.start] + _lead(o))
    ]
    return found[-1:]


_COMPARED_WITH: Final = re.compile(
    r"\b(?:from|than|against|compared\s+(?:with|to))\s+(?:[^\W\d]+['’]?s?\s+){0,3}[$€£¥₹]?$", re.I
)
"""'up from 271.98 million tonnes': the level a figure is compared with, not what 'That is'
in the next sentence speaks of."""


_TIME_WORDS: Final = frozenset(
    [
        "year",
        "month",
        "quarter",
        "week",
        "day",
        "current",
        "next",
        "last",
        "previous",
        "fiscal",
        "financial",
        "period",
    ]
)


def _back_level(state: _Sentence, m: Mention, after: Mention | None) -> tuple[list[Mention], str]:
    """'The total borrowings ... is estimated at Rs 11,58,719 crore. The amount is about Rs 2
    lakh crore higher than the ... estimate for borrowings of Rs 9.7 lakh crore': the level
    'the amount' names is the last of the sentence before, and the link is certain (an error
    check) when that sentence has no other level of the unit and shares the noun the
    comparison names ('borrowings'); else it is a warning."""
    found = _last_of_sentence_before(state, m)
    if not found or after is None:
        return found, "warn"
    level = found[0]
    mentions = state.book.mentions
    others = [
        o
        for o in mentions
        if o.sentence == level.sentence
        and o.reading.unit == level.reading.unit
        and o.reading.kind == "number"
        and not o.reading.direction
    ]
    spans = [(o.start, o.end) for o in mentions]
    compared = {stem(w) for w in content_words(state.text, m.end, after.start, spans)}
    before = {stem(w) for w in content_words(state.text, level.sentence[0], level.start, spans)}
    certain = len(others) == 1 and bool((compared & before) - _TIME_WORDS)
    return found, "error" if certain else "warn"
