"""A change beside the two levels it joins, and a growth rate checked against them:

- "widened to $68.2 billion from $63.1 billion, an increase of $5.1 billion or 8.1 percent":
  the rate after the change is the growth of the stated levels (:func:`pair_before`, for
  :func:`factcheck.propose.change_levels._change_and_rate`; before, the rate was measured from
  an unknown level);
- "grew by 1.2% to 8.4 million, an increase of about 100,000": the rate is the growth of the
  level from the level less the change (:func:`change_after_level`, for
  :func:`factcheck.propose.levels._growth`).
"""

from __future__ import annotations

import re
from typing import Final

from factcheck.propose.book import is_amount, is_count, is_rate
from factcheck.propose.context import _lead, _level_like, _Sentence
from factcheck.propose.point_pairs import BEFORE_FROM, WHEN, of_another_period
from factcheck.propose.sentences import Mention

__all__ = [
    "change_after_level",
    "change_way_level",
    "level_before_change",
    "pair_before",
    "rate_change_level",
    "rate_of_its_own",
]

_LABEL: Final = r"(?:\s+[^\W\d][\w'’-]*){0,2}?"
"""A count's noun after its number ('to 895 crimes from')."""

_THEN_FROM: Final = re.compile(r"^" + _LABEL + WHEN + r"\s*,?\s*from\s*$", re.IGNORECASE)
_THEN_TO: Final = re.compile(r"^" + _LABEL + WHEN + r"\s*,?\s*to\s*$", re.IGNORECASE)
_TO_BEFORE: Final = re.compile(r"\bto\s*$", re.IGNORECASE)

_HEDGE: Final = (
    r"(?:(?:about|around|roughly|some|nearly|almost|approximately|over|under|close\s+to|"
    r"just\s+(?:over|under)|more\s+than|less\s+than)\s*)?"
)
_CHANGE_GLOSS: Final = re.compile(
    r"^" + _LABEL + WHEN + r"\s*,\s*(?:(?:an?\s+)?(?:(?:increase|rise|gain|jump|climb|"
    r"decrease|decline|drop|fall|reduction)\s+of|(?:up|down)(?:\s+by)?)\s*)" + _HEDGE + "$",
    re.IGNORECASE,
)
"""Between the second level of a pair (or the level reached) and the change after it: ', an
increase of', ', up', ', down by'."""


_CLAUSE_END: Final = re.compile(r"[;.:]\s|[;:]|\s(?:and|while|whereas|but)\s|$")

_SPAN_WORDS: Final = re.compile(
    r"\b(?:over|since|from|compared|against|than|versus|vs|ago|earlier|before|previous|prior|"
    r"last|decade|years|months|quarters|weeks|(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
"""Words after a change that measure it over a span or from a base of its own ('an increase
of 600,000 over the decade', 'up 3,000 from two years ago')."""

_YEAR_BACK: Final = re.compile(
    r"^\s*(?:on|from|over|compared\s+(?:with|to)|than)\s+(?:(?:a|one|the)\s+)?"
    r"(?:(?:previous|prior|preceding)\s+)?year(?:\s+(?:earlier|ago|before))?\s*(?:[,;.]|$)|"
    r"^\s*(?:on|from)\s+last\s+year\s*(?:[,;.]|$)|^\s*year[- ]on[- ]year\s*(?:[,;.]|$)",
    re.IGNORECASE,
)
"""A year back, the span a bare rate of change is read over: 'on the previous year'."""

_RATE_QUALIFIED: Final = re.compile(
    r"^\s*(?:percent|per\s*cent|%)?\s*(?:of\b|at\s+constant|in\s+(?:[\w-]+\s+){1,2}terms|"
    r"excluding|ex-|after\s+|before\s+|adjusted|inflation|in\s+real|real\b|per\b(?!\s*cent)|a\s+(?:head|"
    r"person|share|capita)|like[- ]for[- ]like|organic|underlying|on\s+(?:an?\s+)?(?:organic|"
    r"underlying|like|constant|comparable|adjusted|currency)|when\s+|net\s+of|"
    r"annuali[sz]ed|a\s+year\b|each\b)",
    re.IGNORECASE,
)
"""After a rate, words that measure it on a basis or of a whole of its own ('or 9% at constant
currency', 'or 1.1% of GDP', 'or 3% per person'): no growth of the levels as written."""


def rate_of_its_own(state: _Sentence, rate: Mention) -> bool:
    """Whether the words right after ``rate`` give it a basis or a whole of its own."""
    digits = re.search(r"\d[\d.,]*", state.text[rate.start : rate.end])
    after = rate.start + digits.end() if digits else rate.end
    return bool(_RATE_QUALIFIED.match(state.text[after : after + 60]))


def _span_of_its_own(state: _Sentence, change: Mention) -> bool:
    """Whether the words after a change, to the end of its clause, measure it over another
    span than a year back ('an increase of 600,000 over the decade')."""
    digits = re.search(r"\d[\d.,]*", state.text[change.start : change.end])
    after = change.start + digits.end() if digits else change.end
    rest = state.text[after : change.sentence[1]]
    rest = rest[: _CLAUSE_END.search(rest).start()]  # type: ignore[union-attr]
    label = change.reading.label
    if label:
        rest = re.sub(rf"^\s*{re.escape(str(label))}\b", "", rest, flags=re.I)
    if _YEAR_BACK.match(rest):
        return False
    return bool(_SPAN_WORDS.search(rest))


def _same_quantity(a: Mention, b: Mention) -> bool:
    return (
        _level_like(a)
        and _level_like(b)
        and a.reading.unit == b.reading.unit
        and (is_amount(a) == is_amount(b))
    )


def pair_before(state: _Sentence, i: int) -> tuple[Mention, Mention] | None:
    """(new, old): the two levels written just before the change ``members[i]``, 'to' one
    'from' the other (or 'from' one 'to' the other), of the change's unit, glossed by the
    change (', an increase of')."""
    members = state.members
    if i < 2:
        return None
    change = members[i]
    first, second = members[i - 2], members[i - 1]
    if not (_same_quantity(first, second) and first.reading.unit == change.reading.unit):
        return None
    if first.reading.hedge or second.reading.hedge:
        return None
    joined = state.between(first, second) + _lead(second)
    lead_in = state.text[max(first.sentence[0], first.start - 12) : first.start] + _lead(first)
    if _THEN_FROM.match(joined) and _TO_BEFORE.search(lead_in):
        new, old = first, second  # "to $68.2 billion from $63.1 billion"
    elif _THEN_TO.match(joined) and BEFORE_FROM.search(lead_in):
        new, old = second, first  # "from $63.1 billion to $68.2 billion"
    else:
        return None
    if of_another_period(state, old) or of_another_period(state, new):
        return None
    if not _CHANGE_GLOSS.match(state.between(second, change) + _lead(change)):
        return None
    return new, old


def change_after_level(state: _Sentence, level: Mention) -> Mention | None:
    """The change written right after the level a rate grew to ('to 8.4 million, an increase
    of about 100,000'), of the level's unit, signed by its words."""
    members = state.members
    at = members.index(level)
    if at + 1 >= len(members):
        return None
    change = members[at + 1]
    if not (is_amount(change) or is_count(change)) or not change.reading.direction:
        return None
    if change.reading.unit != level.reading.unit or is_amount(change) != is_amount(level):
        return None
    if not _CHANGE_GLOSS.match(state.between(level, change) + _lead(change)):
        return None
    if _span_of_its_own(state, change):
        return None  # "an increase of 600,000 over the decade", "up 3,000 from two years ago"
    return change


def level_before_change(state: _Sentence, i: int) -> Mention | None:
    """The level written just before the change ``members[i]``, which the change led to ('spent
    £2,900 on energy, up £1,000, or 53%'): a plain level of the change's unit, a few words of
    its own between, then ', up' or ', an increase of'."""
    members = state.members
    if i < 1:
        return None
    level, change = members[i - 1], members[i]
    if not _level_like(level) or level.reading.hedge is not None:
        return None
    if level.reading.unit != change.reading.unit or is_amount(level) != is_amount(change):
        return None
    if i >= 2 and _same_quantity(members[i - 2], level):
        return None  # "from $63.1 billion to $68.2 billion, up": the pair's rule
    if of_another_period(state, level):
        return None
    if not _CHANGE_GLOSS.match(state.between(level, change) + _lead(change)):
        return None
    return level


_RATE_THEN_CHANGE: Final = re.compile(r"^\s*(?:,\s*or|\(\s*or|\()\s*$", re.IGNORECASE)
"""Between a rate and the change it restates: ', or', '('."""
_CHANGE_THEN_LEVEL: Final = re.compile(
    r"^" + _LABEL + r"\s*\)?\s*,?\s*(?:to(?:\s+(?:close|end|finish|settle)\s+at)?|at)\s*$",
    re.IGNORECASE,
)
"""Between the change and the level it led to: 'points, to', ' points) at', 'points, to close
at'."""


def rate_change_level(state: _Sentence, i: int) -> None:
    """'The Dow fell 1.2%, or 410 points, to 33,800', 'closed up 0.5%, or 38 points, at 7,623':
    a rate, the change it restates, and the level reached; the rate is the growth of the level
    from the level less the change (signed by the rate's word when the change has none)."""
    members, book = state.members, state.book
    if i + 2 >= len(members):
        return
    rate, change, level = members[i], members[i + 1], members[i + 2]
    if not is_rate(rate) or rate.reading.unit != "percent" or not rate.reading.direction:
        return
    if not (is_amount(change) or is_count(change)) or not _level_like(level):
        return
    if change.reading.unit != level.reading.unit or is_amount(change) != is_amount(level):
        return
    if change.reading.direction and change.reading.direction != rate.reading.direction:
        return
    if level.reading.hedge is not None or rate_of_its_own(state, rate):
        return
    if not _RATE_THEN_CHANGE.match(state.between(rate, change) + _lead(change)):
        return
    if not _CHANGE_THEN_LEVEL.match(state.between(change, level) + _lead(level)):
        return
    if of_another_period(state, level) or _span_of_its_own(state, change):
        return
    if _RATE_QUALIFIED.match(state.text[change.end : change.end + 60]):
        return  # "or $40 million excluding acquisitions, to": a change on a basis of its own
    earlier = (
        f"{level.name} - {change.name}"
        if change.reading.direction or rate.reading.direction > 0
        else f"{level.name} + {change.name}"
    )
    book.propose(
        "growth",
        f"growth({level.name}, {earlier}) == {rate.name}",
        about=rate,
        quote=book.passage(rate, change, level),
        why="a rate, the change it restates and the level reached",
        figures=(level.name, change.name, rate.name),
        suffix="_of_change",
    )


_GLOSSED_THEN: Final = re.compile(r"^" + _LABEL + r"\s*(?:,\s*or|\(\s*(?:or\s+)?)\s*$", re.I)
"""Between a rate and the change it restates, or a change and its rate: '%, or', ' points, or',
' points ('."""
_WAY_THEN_LEVEL: Final = re.compile(
    r"^" + _LABEL + r"\s*\)?\s*,?\s*(?P<way>lower|higher|down|up)\s*,?\s*"
    r"(?:at|to(?:\s+(?:close|end|finish|settle)\s+at)?)\s*$",
    re.IGNORECASE,
)
"""Between the second of a rate and its change and the level reached, the direction they both
went: 'points, lower at', '%) higher at', ', down at'."""


def change_way_level(state: _Sentence, i: int) -> None:
    """'The index closed 2.2%, or 410 points, lower at 18,230', 'ended 410 points, or 2.2%,
    higher at 19,050': a rate and the change it restates (either first), with no direction of
    their own, then the direction both went and the level reached; the rate is the growth of
    the level from the level less the change (higher) or plus it (lower)."""
    members, book = state.members, state.book
    if i + 2 >= len(members):
        return
    first, second, level = members[i], members[i + 1], members[i + 2]
    if is_rate(first) and not is_rate(second):
        rate, change = first, second
    elif is_rate(second) and not is_rate(first):
        change, rate = first, second
    else:
        return
    if rate.reading.unit != "percent" or rate.reading.direction or rate.reading.number <= 0:
        return
    if not (is_amount(change) or is_count(change)) or change.reading.direction:
        return
    if not _level_like(level) or level.reading.hedge is not None:
        return
    if change.reading.unit != level.reading.unit or is_amount(change) != is_amount(level):
        return
    if re.search(r"[+\-−±]\s*$", state.text[max(0, rate.start - 2) : rate.start] + _lead(rate)):
        return  # "(-2.2%)": a signed rate says its own way
    size = change.reading.number * change.reading.multiplier
    if level.reading.number * level.reading.multiplier <= size:
        return  # "410 points, lower at one point": no level the index reached
    if rate_of_its_own(state, rate) or _RATE_QUALIFIED.match(
        state.text[change.end : change.end + 60]
    ):
        return
    if not _GLOSSED_THEN.match(state.between(first, second) + _lead(second)):
        return
    way = _WAY_THEN_LEVEL.match(state.between(second, level) + _lead(level))
    if way is None or of_another_period(state, level):
        return
    if way.group("way").lower() in ("higher", "up"):
        condition = f"growth({level.name}, {level.name} - {change.name}) == {rate.name}"
    else:
        condition = f"growth({level.name}, {level.name} + {change.name}) == -{rate.name}"
    book.propose(
        "growth",
        condition,
        about=rate,
        quote=book.passage(first, second, level),
        why="a rate and the change it restates, the way they went and the level reached",
        figures=(level.name, change.name, rate.name),
        suffix="_of_change",
    )
