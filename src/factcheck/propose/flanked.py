"""A share and its part written together before the whole they are of, the second set off
by dashes, brackets or commas:

- "7,200 — or 70 per cent — of the 10,300 staff", "7,200 (70 per cent) of the 10,300 staff",
  "7,200, or 70 per cent, of the 10,300 staff": the part, its share, then the whole;
- "70 per cent (7,200) of the 10,300 staff", "70 per cent, or 7,200, of the 10,300": the share,
  the part, then the whole;
- "52.3% of the vote, or 1,234,567 votes, of the 2,360,548 cast": the share of a whole named in
  words, the part restated after 'or', then the whole's number.

Each says the part is that share of the whole: a share check and the part within the whole.
The set-off phrase must close where it opened (a bracket with a bracket, a dash with a dash,
a comma with a comma) and hold nothing but the figure (and a count's noun), so a rate with
words of its own ('(up 70 per cent)', '— 70 per cent more than last year —') is no gloss.
"""

from __future__ import annotations

__all__ = ["flanked_share"]

import re
from typing import Final

from factcheck.propose.book import is_rate, propose_within
from factcheck.propose.context import _lead, _part_of, _Sentence
from factcheck.propose.naming import stem
from factcheck.propose.sentences import Mention

_HEDGE: Final = (
    r"(?:(?:some|about|around|roughly|nearly|almost|approximately|more\s+than|over|"
    r"just\s+(?:over|under))\s+)?"
)
_NOUN: Final = r"(?:\s+(?!of\b|or\b|and\b)[^\W\d][\w'’-]*){0,2}?"
"""A count's noun after its number ('7,200 staff — or'), at most two words."""

_OF: Final = r"\s*of\s+(?:the\s+|all\s+|its\s+|their\s+)?$"
_SET_OFF: Final = {
    "(": (r"\s*\(\s*(?:or\s+)?", r"\s*\)" + _OF),
    "—": (r"\s*(?:—|–|\s-{1,2})\s*(?:or\s+)?", r"\s*(?:—|–|\s-{1,2}\s)" + _OF),
    ",": (r"\s*,\s*or\s+", r"\s*," + _OF),
}
"""How a set-off figure opens (after the first figure, before the set-off one's hedge) and
closes (after it, before the whole), by its mark: a bracket, a dash or a comma."""
_OPENS_AFTER_PART: Final = {
    k: re.compile(r"^" + _NOUN + o + _HEDGE + r"$", re.I) for k, (o, _) in _SET_OFF.items()
}
"""'7,200 staff — or', '7,200 (': the part, its noun, then the share set off."""
_CLOSES_AFTER_RATE: Final = {k: re.compile(r"^" + c, re.I) for k, (_, c) in _SET_OFF.items()}
"""'70 per cent — of the': the share's number alone, then the whole (not '(4.5 per cent
interest) of the')."""
_OPENS_AFTER_RATE: Final = {
    k: re.compile(r"^" + o + _HEDGE + r"$", re.I) for k, (o, _) in _SET_OFF.items()
}
"""'70 per cent (': the share's number alone, then the part set off."""
_CLOSES_AFTER_PART: Final = {
    k: re.compile(r"^" + _NOUN + c, re.I) for k, (_, c) in _SET_OFF.items()
}
"""'7,200 people) of the': the part, its noun, then the whole."""
_PERCENT: Final = r"\s*(?:%|per\s*cent|percent)?"

_NAMED_THEN_OR: Final = re.compile(
    r"^"
    + _PERCENT
    + r"\s*of\s+(?:the\s+|all\s+)?(?P<named>(?:[^\W\d][\w'’-]*\s*){1,3}?),\s*or\s+"
    + _HEDGE
    + r"$",
    re.I,
)
"""'52.3% of the vote, or', '40% of the seats, or about': a share of a whole named in words,
then 'or' and the part."""
_PART_THEN_WHOLE: Final = re.compile(
    r"^" + _NOUN + r"\s*,\s*(?:out\s+)?of\s+(?:the\s+|all\s+|a\s+total\s+of\s+)?$", re.I
)
"""'1,234,567 votes, of the': the part, its noun, then the whole's number."""
_SIGNED: Final = re.compile(r"[+\-−±]\s*$")


def _plain(m: Mention, text: str, *, hedged: bool = False) -> bool:
    return _part_of(m, text, hedged=hedged) and not _SIGNED.search(
        text[max(0, m.start - 2) : m.start]
    )


def _named_near(text: str, named: str, part: Mention, whole: Mention) -> bool:
    """Whether the words a share names its whole by ('of the vote') are all among the part's
    and the whole's own ('1,234,567 votes, of the 2,360,548 cast'): the same whole, not a
    narrower one ('of the valid vote' against '2.4 million ballots cast')."""
    near = {stem(w) for w in re.findall(r"[^\W\d_]+", text[part.start : whole.end + 40])}
    return {stem(w) for w in re.findall(r"[^\W\d_]+", named)} <= near


def _size(m: Mention) -> object:
    return m.reading.number * m.reading.multiplier


def _unsigned_rate(m: Mention, text: str) -> bool:
    return (
        is_rate(m)
        and m.reading.unit == "percent"
        and not m.reading.direction
        and 0 < m.reading.number <= 100
        and not _SIGNED.search(text[max(0, m.start - 2) : m.start] + _lead(m))
    )


def _ends_clause(text: str, whole: Mention) -> bool:
    """Whether the whole's number is not itself a rate's base or a change ('of the 10,300
    staff a year earlier' is still a whole; 'of the 10,300 per ...' is not)."""
    return not re.match(r"\s*(?:per|a|an|each|every)\b", text[whole.end : whole.end + 12], re.I)


def flanked_share(state: _Sentence, i: int) -> None:
    """Propose the share a part, its set-off share (or a share, its set-off part) and the whole
    after them make: 'PART — or R% — of the WHOLE', 'R% (PART) of the WHOLE', 'R% of the
    NOUN, or PART, of the WHOLE'."""
    members, text = state.members, state.text
    if i + 2 >= len(members):
        return
    first, second, whole = members[i], members[i + 1], members[i + 2]
    if not _plain(whole, text) or not _ends_clause(text, whole):
        return
    if is_rate(first) and not is_rate(second):
        rate, part = first, second
        named = _NAMED_THEN_OR.match(state.between(rate, part) + _lead(part))
        if named:
            if not _named_near(text, named.group("named"), part, whole):
                return  # "52.3% of the valid vote, or ..., of the 2.4 million ballots cast"
            closes = _PART_THEN_WHOLE  # "52.3% of the vote, or 1,234,567 votes, of the"
        else:
            between = state.between(rate, part) + _lead(part)
            opened = [k for k, r in _OPENS_AFTER_RATE.items() if r.match(between)]
            if not opened:
                return
            closes = _CLOSES_AFTER_PART[opened[0]]  # "70 per cent (7,200) of the"
    elif is_rate(second) and not is_rate(first):
        part, rate = first, second
        between = state.between(part, rate) + _lead(rate)
        opened = [k for k, r in _OPENS_AFTER_PART.items() if r.match(between)]
        if not opened:
            return
        closes = _CLOSES_AFTER_RATE[opened[0]]  # "7,200 — or 70 per cent — of the"
    else:
        return
    if not _unsigned_rate(rate, text) or not _plain(part, text, hedged=True):
        return
    if part.reading.unit != whole.reading.unit or _size(part) > _size(whole):  # type: ignore[operator]
        return
    if part.name in state.aliases or whole.name in state.aliases:
        return
    if not closes.match(state.between(second, whole) + _lead(whole)):
        return
    book = state.book
    its_name = re.compile(rf"\b{re.escape(rate.name)}\b")
    if any(c.relation == "share" and its_name.search(c.condition) for c in book.checks):
        return  # the share is read already, of a whole of its own
    book.propose(
        "share",
        f"share({part.name}, {whole.name}) == {rate.name}",
        about=rate,
        quote=book.passage(first, second, whole),
        why="a part and its share set off beside it, then the whole they are of",
        figures=(part.name, whole.name, rate.name),
    )
    propose_within(book, whole.name, part)
