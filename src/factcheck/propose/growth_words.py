"""The words that join a growth rate to its levels when they are not "from A to B" right after
the rate (the growth rule itself is :func:`factcheck.propose.levels._growth`):

- "149,717 candidates reached grade C+, a 27.5 per cent increase from the 123,365 of 2013":
  the level is written before the rate and the level it grew from after it;
- "shot up by 33.6%, jumping to 172 043 from 153 610": a verb of change between the rate and
  the level reached;
- "fell 11.6% to 84,700 tonnes, down from 100,900 tonnes a year earlier": the earlier level
  after an "up from" or "down from" that agrees with the rate, of the rate's own span.

Each reads only levels of one unit and scale (and of one noun, for counts), and a rate whose
own words say which way it went, so a share, a rate of another period or a level of another
quantity is never made the growth of these.
"""

from __future__ import annotations

__all__ = ["FROM_THE", "directed_from", "level_before", "moving_to"]

import re
from typing import Final

from factcheck.propose.book import is_amount, is_count
from factcheck.propose.context import _lead, _Sentence
from factcheck.propose.naming import stem
from factcheck.propose.sentences import Mention

FROM_THE: Final = re.compile(
    r"^\s*(?:(?:increase|rise|jump|gain|growth|decrease|decline|drop|fall|reduction|higher|"
    r"lower)\s+)?,?\s*from(?:\s+the)?\s*$",
    re.IGNORECASE,
)
"""'a 27.5 per cent increase from the', '8.5 percent higher from': the level the rate grew
from, after the rate's noun and an article."""

_THEN_CHANGE: Final = re.compile(
    r",\s*(?:(?:or|and)\s+)?(?:an?\s+(?:(?:increase|rise|jump|gain|growth|decrease|decline|"
    r"drop|fall|reduction)\s+of\s+)?|(?:up|down|rising|falling|increasing|decreasing|growing|"
    r"climbing|jumping|dropping|declining)(?:\s+by)?\s+)?$",
    re.IGNORECASE,
)
"""After a level, the words that bring in its rate of change: ', a', ', up', ', an increase of'."""

_BREAK: Final = re.compile(
    r"[;:()\[\]—–]|\b(?:with|while|whereas|but|and|against|compared|than|of\s+whom|of\s+which)\b"
    r"|\w['’]s\b",
    re.IGNORECASE,
)
"""Between a level and a rate: words that bring in another subject or another clause."""

_VERB_TO: Final = re.compile(
    r"^\s*,\s*(?P<verb>jumping|rising|climbing|increasing|growing|surging|soaring|rocketing|"
    r"falling|dropping|declining|sliding|slipping|sinking|tumbling|plunging|decreasing)\s+to\s*$",
    re.IGNORECASE,
)
_DOWN_VERBS: Final = frozenset(
    {"falling", "dropping", "declining", "sliding", "slipping", "sinking", "tumbling", "plunging",
     "decreasing"}
)  # fmt: skip

_DIRECTED_FROM: Final = re.compile(
    r"^(?:\s+[\w'’-]+){0,3}?\s*,\s*(?P<dir>up|down)\s+from\s*$", re.IGNORECASE
)
"""'to 84,700 tonnes in January, down from': a level, its time, and the direction of the
earlier level it is compared with."""

_YEAR_AGO: Final = re.compile(
    r"\s*(?:[.,;]|$|(?:a|one)\s+year\s+(?:earlier|ago|before)\b|the\s+(?:previous|prior|"
    r"preceding)\s+year\b|the\s+year\s+before\b|last\s+year\b|in\s+the\s+(?:same|corresponding)"
    r"\s+(?:month|period|quarter|week)\s+(?:of\s+)?(?:last\s+year|the\s+previous\s+year|"
    r"(?:19|20)\d\d)\b)",
    re.IGNORECASE,
)
"""After the earlier level: nothing, or a year back, the span a bare rate of change is read
over; another period ('in December', 'two years earlier') may not be the rate's."""

_OTHER_PERIOD: Final = re.compile(
    r"\b(?:year[- ]on[- ]year|month[- ]on[- ]month|quarter[- ]on[- ]quarter|week[- ]on[- ]week|"
    r"annual(?:ly|i[sz]ed)?|y/y|m/m|q/q|on\s+the\s+(?:year|month|quarter)|from\s+a\s+year|"
    r"from\s+the\s+(?:previous|prior)|cumulative|compound|a\s+year\s+on\s+average)\b",
    re.IGNORECASE,
)
"""Words that tie the rate to a period of its own, which an 'up from' level may not share."""

_OTHER_BASIS: Final = re.compile(
    r"\b(?:in\s+(?:[\w-]+\s+){1,2}terms|real|nominal|constant|like[- ]for[- ]like|organic(?:ally)?|"
    r"underlying|inflation[- ]adjusted|local\s+currenc(?:y|ies))\b",
    re.IGNORECASE,
)
"""Words that measure the rate or the levels on a basis of their own ('Real wages fell 2% to
£500 a week, down from £490 a year earlier in cash terms'): the levels need not bear the
rate out."""

_OF_ANOTHER: Final = re.compile(
    r"\s+(?:[^\W\d][\w'’-]*\s+){0,2}?(?:in|of|worth|for)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?!(?:the\s+)?(?:same|previous|prior|preceding|year|month|quarter|period)\b)"
    r"(?!(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\b)[^\W\d]",
    re.IGNORECASE,
)
"""After the earlier level, words that make it another quantity ('from the $2 billion in
revenue', 'from the 5,000 of stock'), not its time ('of 2013', 'in May')."""

_SPAN_BACK: Final = re.compile(
    r"\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:years|months|quarters|"
    r"decades)\b",
    re.IGNORECASE,
)


def _noun(m: Mention) -> str:
    return stem(str(m.reading.label).split()[-1]) if m.reading.label else ""


def _same_kind(new: Mention, old: Mention) -> bool:
    """Two plain levels of one unit and scale; counts of one noun (the earlier may borrow it:
    '149,717 candidates ... from the 123,365')."""
    for m in (new, old):
        if not (is_amount(m) or is_count(m)) or m.reading.direction:
            return False
        if is_count(m) and m.reading.hedge is not None:
            return False
    if new.reading.unit != old.reading.unit or new.reading.scale != old.reading.scale:
        return False
    return not (is_count(old) and _noun(old) and _noun(old) != _noun(new))


def _past_label(state: _Sentence, m: Mention) -> int:
    """Where the words after a level begin, past its noun ('4,000 cars| two years earlier')."""
    label = m.reading.label
    found = re.match(rf"\s*{re.escape(label)}\b", state.text[m.end :], re.I) if label else None
    return m.end + (found.end() if found else 0)


def _earlier_is_plain(state: _Sentence, old: Mention) -> bool:
    """Nothing after the earlier level makes it another quantity or a span of several
    periods."""
    at = _past_label(state, old)
    return not (_OF_ANOTHER.match(state.text, at) or _SPAN_BACK.match(state.text, at))


_TIME_NOUN: Final = re.compile(
    r"(?:years?|months?|weeks?|days?|quarters?|decades?|hours?)\b", re.IGNORECASE
)


def _span_of_time(m: Mention) -> bool:
    """'seven months': a count of periods, no level a rate of change is measured on."""
    return is_count(m) and bool(m.reading.label) and bool(_TIME_NOUN.match(str(m.reading.label)))


def level_before(state: _Sentence, i: int, old: Mention) -> Mention | None:
    """'149,717 candidates reached grade C+ or better, a 27.5 per cent increase from the
    123,365 of 2013': the level written just before a directed rate is the one that grew from
    ``old``; None when the words between bring in another subject or clause."""
    rate = state.members[i]
    if i == 0 or not rate.reading.direction:
        return None
    at = i - 1
    while at > 0 and _span_of_time(state.members[at]):
        at -= 1  # "$2.02 billion in March, the most in seven months, 8.5 percent higher"
    before = state.members[at]
    if before.name in state.aliases or not _same_kind(before, old):
        return None
    between = state.between(before, rate) + _lead(rate)
    if len(between) > 90 or _BREAK.search(between) or not _THEN_CHANGE.search(between):
        return None
    if _OTHER_PERIOD.search(state.text[rate.sentence[0] : rate.sentence[1]]):
        return None
    return before if _earlier_is_plain(state, old) else None


def moving_to(state: _Sentence, rate: Mention, new: Mention) -> bool:
    """'shot up by 33.6%, jumping to 172 043': a verb of change, agreeing with the rate, between
    the rate and the level reached."""
    found = _VERB_TO.match(state.between(rate, new))
    if not found or not rate.reading.direction:
        return False
    sign = -1 if found["verb"].lower() in _DOWN_VERBS else 1
    return sign == rate.reading.direction


def directed_from(state: _Sentence, rate: Mention, new: Mention, old: Mention) -> bool:
    """'fell 11.6% to 84,700 tonnes in January, down from 100,900 tonnes a year earlier': the
    earlier level after an 'up from' or 'down from' that agrees with the rate, over a year or
    no span named (a rate tied to a period of its own is left alone)."""
    if not rate.reading.direction or not _same_kind(new, old):
        return False
    found = _DIRECTED_FROM.match(state.between(new, old) + _lead(old))
    if not found:
        return False
    if (1 if found["dir"].lower() == "up" else -1) != rate.reading.direction:
        return False
    if _OTHER_PERIOD.search(state.text[rate.sentence[0] : rate.sentence[1]]):
        return False
    if _OTHER_BASIS.search(state.text[rate.sentence[0] : rate.sentence[1]]):
        return False
    if _A_HIGH.search(state.text, max(rate.end, new.start - 40), new.start):
        return False  # "rose 1.5% to a record high of 5,120, up from 4,200 a year ago": a
        # high is a day's mark, and the rate that reached it may be the day's
    year_ago = _YEAR_AGO.match(state.text, _past_label(state, old))
    return year_ago is not None and _earlier_is_plain(state, old)


_A_HIGH: Final = re.compile(
    r"\b(?:record|high|low|peak|all[- ]time|highest|lowest)\s+(?:of\s+)?$", re.IGNORECASE
)


_TO_NAMED: Final = re.compile(
    r"^\s*,?\s*to\s+(?:an?\s+|the\s+)?(?:(?:new|record|all[- ]time|fresh)\s+)?"
    r"(?:average|total|level|high|low|median|peak|sum|value)\s+of\s*$",
    re.IGNORECASE,
)
"""'rose 4.5% to an average of £285,000', 'to a record high of 5,120': the level reached,
named between 'to' and its number."""


def to_named_level(state: _Sentence, rate: Mention, level: Mention) -> bool:
    """Whether ``level`` is the level ``rate`` grew to, named ('to an average of')."""
    return bool(_TO_NAMED.match(state.between(rate, level) + _lead(level)))


_OR: Final = re.compile(r"^\s*,\s*or\s*$", re.IGNORECASE)
_PER_SHARE_FROM: Final = re.compile(
    r"^\s*(?:cents?\s+|pence\s+)?(?:a|per)\s+(?:diluted\s+|basic\s+)?share\s*,\s*from\s*$",
    re.IGNORECASE,
)


_ANOTHER_BASIS_AFTER: Final = re.compile(
    r"\b(?:basis|bases|reported|adjusted|GAAP|excluding|pro\s+forma|restated|like[- ]for[- ]like|"
    r"organic|underlying|constant|real|nominal|terms)\b",
    re.IGNORECASE,
)


def past_per_share(state: _Sentence, at: int) -> Mention | None:
    """The level after a level's per-share aside, when 'from' brings it in ('to $1.9 billion,
    or $2.15 a share, from $1.44 billion'): the earlier level of ``members[at]``."""
    members = state.members
    if at + 2 >= len(members):
        return None
    level, aside, earlier = members[at], members[at + 1], members[at + 2]
    if aside.reading.kind != "number" or not _OR.match(state.between(level, aside) + _lead(aside)):
        return None
    digits = re.search(r"\d[\d.,]*", state.text[aside.start : aside.end])
    tail_from = aside.start + digits.end() if digits else aside.end
    if not _PER_SHARE_FROM.match(state.text[tail_from : earlier.start] + _lead(earlier)):
        return None
    if _ANOTHER_BASIS_AFTER.search(state.text, earlier.end, earlier.sentence[1]):
        return None  # "from $1.30 billion on a reported basis": the earlier level is measured
        # otherwise than the adjusted one it is compared with
    return earlier if _same_kind(level, earlier) and _earlier_is_plain(state, earlier) else None


def on_another_basis(words: str) -> bool:
    """Whether ``words`` (after a rate) measure it on a basis of its own ('5.0% on a
    like-for-like basis', 'in real terms'): the levels as stated need not bear it out."""
    return bool(_OTHER_BASIS.search(words))


_CHANGE_NOUN_OF: Final = re.compile(
    r"\b(?:rise|increase|gain|jump|hike|fall|drop|decline|decrease|cut|reduction|loss)\s+of\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|over\s+)?$",
    re.IGNORECASE,
)


def named_change(state: _Sentence, m: Mention) -> bool:
    """'a rise of £6.5 million, or 40%, taking the total to £22.6 million': an amount a noun
    of change names is the change, no level a rate beside it grew to."""
    return _CHANGE_NOUN_OF.search(state.before(m)[-40:] + _lead(m)) is not None
