"""Changes whose words lie apart: a growth rate that borrows its verb from the clause before
or has words between it and its levels, levels written before the rate they grew by, and a
count with its increase, which the count cannot be smaller than.

- "Applications from Iran rose 62%, from 2,000 to 3,248, and from Iraq 292%, from 588 to
  2,185": the second rate takes "rose" from the first clause; "were up 800% over a year,
  from 70 to 530" and "leapt nearly 250%, from 10,250 in 2013-14 to 25,500 in 2014-15" put
  words between the rate and its levels.  Each is the growth from the first level to the
  second, signed by the nearest verb of change before it in its sentence (no verb, no check).
- "went from 6 cents to 20 cents, a 333 per cent increase": the levels first, then the rate.
- "723 homicides ..., an increase of 1,489 on the previous year": a count of things was
  never negative, so the level before (the count less its increase) is at least zero.
"""

from __future__ import annotations

__all__ = [
    "changed_by_amount",
    "changed_levels",
    "increase_of_count",
    "multiplied",
    "rate_from_to",
    "rate_of_change",
]

import re
from typing import Final

from factcheck.propose.book import is_amount, is_count, is_rate
from factcheck.propose.context import _lead, _Sentence
from factcheck.propose.sentences import Mention

_UP: Final = re.compile(
    r"\b(?:up|rose|risen|rise|rises|grew|grown|increased?|increases|climbed|jumped|surged|"
    r"soared|leapt|leaped|rocketed|gained|expanded|doubled|tripled)\b",
    re.I,
)
_DOWN: Final = re.compile(
    r"\b(?:down|fell|fallen|falls?|dropped|declined?|declines|decreased?|decreases|slumped|"
    r"slipped|shrank|shrunk|plunged|plummeted|tumbled|sank|dipped|contracted)\b",
    re.I,
)
_FROM_AFTER_WORDS: Final = re.compile(
    r"^\s*(?:(?:jump|rise|increase|gain|fall|drop|decline|decrease)\s+)?,?\s*"
    r"(?:(?:over|in|during|across|within)\s+(?:a|one|the|that|this|last|[\w-]+)"
    r"(?:\s+[\w-]+){0,2}\s*,?\s*)?from\s*$",
    re.I,
)
"""', from', ' over a year, from', ' in the year, from', ' jump during the month, from': the
words from a rate (and its noun) to the level it grew from."""
_TIME: Final = (
    r"(?:in\s+(?:\d{4}(?:[-/–]\d{2,4})?|[A-Z][a-z]+(?:\s+\d{4})?)|(?i:(?:last|this)\s+"
    r"(?:year|month|quarter|week)|a\s+year\s+(?:earlier|ago|before)))"
)
"""A level's own time: 'in 2020', 'in March 2024', 'last year', 'a year earlier'."""
_TO_AFTER_PERIOD: Final = re.compile(r"^\s*(?:" + _TIME + r"\s*)?,?\s*to\s*$")
"""' to', ' in 2013-14 to', ' in March to', ' last year to': from one level to the next."""
_NOT_A_CHANGE: Final = re.compile(
    r"\b(?:confidence|interval|range|ranged|ranging|between|margin|likelihood|probability|"
    r"chance|odds|share|proportion|per\s+cent\s+of|percent\s+of|%\s+of)\b",
    re.I,
)
_LEVELS_THEN_RATE: Final = re.compile(r"^\s*(?:" + _TIME + r"\s*)?,\s*(?:an?\s+|or\s+an?\s+)?$")
"""After the level reached, its time, then the rate: ', a', ' in 2024, an'."""
_RATE_IS_CHANGE: Final = re.compile(
    r"^\s*(?:per\s*cent|percent|%)?\s*(?P<word>increase|rise|jump|gain|growth|"
    r"decrease|decline|drop|fall|reduction)\b",
    re.I,
)


_PERIOD_AFTER: Final = re.compile(
    r"[^,;:.\d]{0,20}?\b(?:over|across|during|in|since|for)\s+(?:the\s+|a\s+|this\s+|that\s+)?"
    r"(?:(?:past|last|whole|full|same|previous)\s+)?(?:years?|decades?|quarters?|months?|"
    r"weeks?|periods?|(?:19|20)\d\d)\b",
    re.I,
)
"""After the level reached: a period of the levels' own ('over the year')."""
_CHANGE_ENDS: Final = re.compile(r"\s*(?:[,;:.)\]–—]|$)")
"""After a change between two levels: the clause ends, with no period, group or basis of the
change's own ('an increase of £75 a month')."""


def _growth_verb(text: str) -> int:
    """The sign of the last verb of change in ``text`` (0 when there is none)."""
    up = [m.end() for m in _UP.finditer(text)]
    down = [m.end() for m in _DOWN.finditer(text)]
    if not up and not down:
        return 0
    return 1 if max(up, default=-1) > max(down, default=-1) else -1


def _plain_level(m: Mention) -> bool:
    return (is_count(m) or is_amount(m)) and not m.reading.direction and m.reading.hedge is None


def _has_growth(state: _Sentence, rate: Mention) -> bool:
    return any(
        c.relation == "growth" and re.search(rf"\b{re.escape(rate.name)}\b", c.condition)
        for c in state.book.checks
    )


def _propose_growth(
    state: _Sentence, rate: Mention, old: Mention, new: Mention, sign: int, why: str
) -> None:
    book = state.book
    if not rate.reading.direction and sign < 0:
        target = f"-{rate.name}"  # "fell 10%, ... and from Albania 5%": the verb signs it
    elif rate.reading.direction and rate.reading.direction != sign:
        return  # "rose ... and down 5%": the words disagree; no one reading
    else:
        target = rate.name
    state.growth_of[rate.name] = new.name
    book.propose(
        "growth",
        f"growth({new.name}, {old.name}) == {target}",
        about=rate,
        quote=book.passage(*sorted((rate, old, new), key=lambda m: m.start)),
        why=why,
        figures=(new.name, old.name, rate.name),
        suffix="_from_to",
    )


def rate_from_to(state: _Sentence, i: int) -> None:
    """'and from Iraq 292%, from 588 to 2,185' after 'rose 62%, from 2,000 to 3,248'; 'were
    up 800% over a year, from 70 to 530': a rate, then the levels it went from and to."""
    members = state.members
    rate = members[i]
    if i + 2 >= len(members) or not is_rate(rate) or rate.name in state.growth_of:
        return
    old, new = members[i + 1], members[i + 2]
    if not (_plain_level(old) and _plain_level(new)) or old.reading.unit != new.reading.unit:
        return
    if old.reading.scale != new.reading.scale:
        return
    if not _FROM_AFTER_WORDS.match(state.between(rate, old) + _lead(old)):
        return
    if not _TO_AFTER_PERIOD.match(_unlabelled(old, state.between(old, new)) + _lead(new)):
        return  # "from 99 216 tourists in October 2015 to 97 978": the noun is the old level's
    if _has_growth(state, rate):
        return
    if _PERIOD_AFTER.match(state.text, new.end) and re.search(
        r"\b(?:in|during|over|for)\b", state.between(rate, old)
    ):
        return  # "rose 4% during the month, from $100 to $110 over the year": the levels
        # span a period of their own, not the rate's
    before = state.text[rate.sentence[0] : rate.start]
    if _NOT_A_CHANGE.search(before[-80:] + state.text[rate.start : old.start]):
        return
    if re.search(r"\b(?:to|at)\s*$", before + _lead(rate)):
        return  # "turnout rose to 65%, from 1.2 million to 1.5 million voters": a level
    sign = rate.reading.direction or _growth_verb(before)
    if not sign:
        return
    _propose_growth(
        state,
        rate,
        old,
        new,
        sign,
        "a growth rate and, after it, the levels it went from and to (its verb the "
        "sentence's last before it)",
    )


def _unlabelled(m: Mention, words: str) -> str:
    """The words after a number without its label ('6 cents to': ' to')."""
    label = m.reading.label
    if label and re.match(rf"\s*{re.escape(label)}\b", words, re.I):
        return words.lstrip()[len(label) :]
    return words


def changed_levels(state: _Sentence, i: int) -> None:
    """'went from 6 cents to 20 cents, a 333 per cent increase': two levels, then the rate
    of the change between them."""
    members = state.members
    if i < 2:
        return
    rate, old, new = members[i], members[i - 2], members[i - 1]
    if not is_rate(rate) or rate.name in state.growth_of or _has_growth(state, rate):
        return
    if not (_plain_level(old) and _plain_level(new)) or old.reading.unit != new.reading.unit:
        return
    if (old.reading.label or "") != (new.reading.label or ""):
        return
    if old.reading.scale != new.reading.scale:
        return
    if not re.search(r"\bfrom\s*$", state.text[max(0, old.start - 8) : old.start] + _lead(old)):
        return
    if not _TO_AFTER_PERIOD.match(_unlabelled(old, state.between(old, new)) + _lead(new)):
        return
    lead = _lead(rate)
    if not _LEVELS_THEN_RATE.match(_unlabelled(new, state.between(new, rate))):
        return
    found = _RATE_IS_CHANGE.match(state.text[rate.end : rate.end + 40]) or _WORD_OF.fullmatch(lead)
    if found is None:
        return
    word = found.group("word").lower()
    rest = state.text[rate.end : rate.sentence[1]]
    if (noun := _RATE_IS_CHANGE.match(rest)) is not None:
        rest = rest[noun.end() :]  # "a 25% increase" then its clause
    if not _RATE_ENDS.match(rest):
        return  # "an increase of 4% on 2023", "of 8% in real terms", "of 40% among girls":
        # a rate of another span, basis or group than the two levels'
    sign = -1 if word in ("decrease", "decline", "drop", "fall", "reduction") else 1
    _propose_growth(
        state,
        rate,
        old,
        new,
        sign,
        "two levels 'from' and 'to', then the rate of the change between them",
    )


_RATE_ENDS: Final = re.compile(
    r"\s*(?:(?:over|in|during|across)\s+(?:the\s+)?(?:(?:whole|entire|same)\s+)?"
    r"(?:period|decade|(?:[\w-]+\s+){0,2}years)\s*)?(?:[,;:.)\]–—]|$)",
    re.IGNORECASE,
)
"""After a rate of the change between two levels: its clause ends, or names the levels' span
('over the period', 'over the four years'); no period, basis or group of its own."""


_WORD_OF: Final = re.compile(
    r"\s*(?:an?\s+)?(?P<word>increase|rise|jump|gain|growth|decrease|decline|drop|fall|"
    r"reduction)\s+of\s*",
    re.I,
)


_LEVELS_THEN_CHANGE: Final = re.compile(
    r"^\s*(?:(?:a|per|each)\s+(?:year|month|week|day|head|person)\s*)?,\s*(?:or\s+)?"
    r"(?:an?\s+)?$",
    re.I,
)
"""From the level reached to its change: ', ', ' a year, ' (the levels' own period)."""
_CHANGE_WORD: Final = re.compile(
    r"^\s*(?:an?\s+)?(?P<word>increase|rise|jump|gain|decrease|decline|drop|fall|reduction|cut)"
    r"\s+of\s*[^\w\s]*$",
    re.I,
)
"""The change's own lead: 'an increase of £'."""


def changed_by_amount(state: _Sentence, i: int) -> None:
    """'went from £10,600.20 to £11,501.22 a year, an increase of £902': two levels, then the
    change between them, in their unit.  The reader signs the change by its word, so the
    level reached less the level left is the change."""
    members = state.members
    if i < 2:
        return
    change, old, new = members[i], members[i - 2], members[i - 1]
    if is_rate(change) or not change.reading.direction or change.reading.hedge is not None:
        return
    if not (is_amount(change) or is_count(change)):
        return
    if not (_plain_level(old) and _plain_level(new)):
        return
    if not (old.reading.unit == new.reading.unit == change.reading.unit):
        return
    if (old.reading.label or "") != (new.reading.label or ""):
        return
    if not re.search(r"\bfrom\s*$", state.text[max(0, old.start - 8) : old.start] + _lead(old)):
        return
    if not _TO_AFTER_PERIOD.match(_unlabelled(old, state.between(old, new)) + _lead(new)):
        return
    if not _LEVELS_THEN_CHANGE.match(_unlabelled(new, state.between(new, change))):
        return
    if _CHANGE_WORD.match(_lead(change)) is None:
        return
    at = change.end
    per = re.match(r"\s*(?:a|an|per|each)\s+([^\W\d_]+)", state.text[at:])
    if per and re.search(rf"\b(?:a|an|per|each)\s+{per[1]}\b", state.between(new, change), re.I):
        at += per.end()  # "to £11,501.22 a year, an increase of £902 a year": the levels' own
    if not _CHANGE_ENDS.match(state.text, at):
        return  # "an increase of £75 a month", "of 200 since 2021": another period, group
        # or basis than the two levels'
    state.book.propose(
        "difference",
        f"{new.name} - {old.name} == {change.name}",
        about=change,
        quote=state.book.passage(old, new, change),
        why="two levels 'from' and 'to', then the change between them",
        figures=(new.name, old.name, change.name),
        suffix="_change",
    )


_INCREASE_ON: Final = re.compile(
    r"^[^;:()\[\]]{0,80}?,\s*(?:an?\s+)?(?:increase|rise|jump|gain)\s+of\s*$|^\s*,\s*up\s*$",
    re.I,
)
"""'723 homicides recorded by police, an increase of', '723 homicides, up': the words from a
count to its increase."""
_ON_EARLIER: Final = re.compile(
    r"^\s+(?:on|over|from|compared\s+with|against)\s+(?:the\s+)?"
    r"(?:previous|preceding|prior|last|a)\s+(?:year|month|quarter|week|period|twelve\s+months|"
    r"12\s+months)\b",
    re.I,
)
_SIGNED_NOUNS: Final = re.compile(
    r"\b(?:net|balance|deficit|surplus|profit|profits|loss|losses|income|earnings|change|"
    r"difference|gap|margin|score|rating|index|temperature|added|adding|adds|created|"
    r"creating|gained|lost|shed|cut|swing|excess|natural\s+increase|natural\s+change)\b",
    re.I,
)
"""Words of quantities that may be negative (a net, a balance, jobs added in a month): their
level before an increase may be negative too."""


def increase_of_count(state: _Sentence, i: int) -> None:
    """'723 homicides recorded by police, an increase of 1,489 on the previous year': a count
    and its increase on an earlier period; the count before is the count less the increase,
    and a count of things is never negative."""
    members, book = state.members, state.book
    if i + 1 >= len(members):
        return
    level, change = members[i], members[i + 1]
    if not (_plain_level(level) and is_count(level) and is_count(change)):
        return
    if change.reading.hedge is not None or change.reading.direction < 0:
        return
    between = state.between(level, change) + _lead(change)
    if not _INCREASE_ON.match(between) or _UP.search(between[: between.rfind(",")]):
        return  # "723 cases, and rose 5%, an increase of": the increase may be another's
    if not _ON_EARLIER.match(state.after(change)):
        return
    if change.reading.label and change.reading.label != level.reading.label:
        return
    if _SIGNED_NOUNS.search(state.text[level.sentence[0] : change.start]):
        return
    previous = book.previous(level.name, "")
    book.propose(
        "difference",
        f"{level.name} - {previous} == {change.name}",
        about=change,
        quote=book.passage(level, change),
        why="a count and its increase on an earlier period: the count before was the count "
        "less the increase, and a count of things is never negative",
        figures=(level.name, change.name),
        suffix="_change",
    )


_THAN_WHAT: Final = re.compile(
    r"^\s*(?P<word>more|less|fewer|higher|lower|above|below|over|under)\b(?:\s+than)?"
    r"(?P<what>(?:\s+(?:the|a|an|[\w'’-]+)){1,5}?)\s*(?:[,.;:)]|$)",
    re.I,
)
_UP_THAN: Final = frozenset({"more", "higher", "above", "over"})


def rate_of_change(state: _Sentence, i: int) -> None:
    """'£166,866, £22,000 more than the Commons average, a bill 16% above the average': the
    rate the change is of the level it was measured against (both against the same noun)."""
    members, book = state.members, state.book
    if i < 2:
        return
    level, change, rate = members[i - 2], members[i - 1], members[i]
    if not is_rate(rate) or rate.name in state.growth_of or _has_growth(state, rate):
        return
    if rate.reading.hedge is not None and change.reading.hedge is not None:
        return
    difference = next(
        (
            c
            for c in book.checks
            if c.relation == "difference"
            and c.condition.startswith(f"{level.name} - ")
            and c.condition.endswith(f"== {change.name}")
        ),
        None,
    )
    if difference is None:
        return
    than_change = _THAN_WHAT.match(state.after(change))
    than_rate = _THAN_WHAT.match(state.after(rate))
    if than_change is None or than_rate is None:
        return
    if not re.fullmatch(r"[^\d;:()]*,\s*(?:an?\s+)?[^\d,;:()]*", state.between(change, rate)):
        return
    noun = than_change.group("what").split()[-1].lower()
    if noun in ("the", "a", "an") or than_rate.group("what").split()[-1].lower() != noun:
        return
    up = than_change.group("word").lower() in _UP_THAN
    if up != (than_rate.group("word").lower() in _UP_THAN):
        return
    earlier = difference.condition.split(" - ")[1].split(" ==")[0]
    target = rate.name if up or rate.reading.direction else f"-{rate.name}"
    state.growth_of[rate.name] = level.name
    book.propose(
        "growth",
        f"growth({level.name}, {earlier}) == {target}",
        about=rate,
        quote=book.passage(level, rate),
        why="a change against a level and, beside it, the rate it is of that same level",
        figures=(level.name, change.name, rate.name),
        suffix="_of_change",
    )


_MULTIPLIED: Final = re.compile(
    r"\b(?P<hedge>more\s+than\s+|over\s+|almost\s+|nearly\s+)?"
    r"(?P<verb>doubled|tripled|trebled|quadrupled)\b",
    re.I,
)
_FACTORS: Final = {"doubled": 2, "tripled": 3, "trebled": 3, "quadrupled": 4}
_RESTATED_RATE: Final = re.compile(
    r"^[^\d,;:.()]{0,40},\s*(?:increasing|rising|growing|climbing|up|"
    r"an?\s+(?:increase|rise|jump)\s+of)\s*(?:by\s+)?(?:almost\s+|nearly\s+|about\s+|over\s+|"
    r"more\s+than\s+|some\s+)?$",
    re.I,
)


_OWN_PERIOD: Final = re.compile(
    r"\s*(?:in|over|on|since|during|this|last|from)\b[^.;,]{0,40}?|\s*[^.;,]{0,40}?\balone\b",
    re.IGNORECASE,
)
"""After a rate, words giving it a span of its own ('in the last three years alone', 'on last
year'): it need not be the multiple's."""


def multiplied(state: _Sentence, i: int) -> None:
    """'more than doubled in seven years, increasing by almost 70%': the rate that restates
    the multiple is at least 100% ('more than doubled'), at most 100% ('nearly doubled'),
    or above 50% ('doubled', loosely said)."""
    members = state.members
    rate = members[i]
    if not is_rate(rate) or rate.reading.direction < 0:
        return
    found = list(_MULTIPLIED.finditer(state.text, rate.sentence[0], rate.start))
    if not found:
        return
    hit = found[-1]
    if any(is_rate(m) and hit.end() <= m.start for m in members[:i]):
        return  # another rate stands between the multiple and this one
    if not _RESTATED_RATE.match(state.text[hit.end() : rate.start] + _lead(rate)):
        return
    if _OWN_PERIOD.match(state.text, rate.end):
        return  # "more than doubled, up 30% in the last three years alone": another span
    growth = (_FACTORS[hit.group("verb").lower()] - 1) * 100
    hedge = (hit.group("hedge") or "").split()
    if hedge[:1] in (["more"], ["over"]):
        condition, words = f"{rate.name} >= {growth} percent", "more than"
    elif hedge:
        condition, words = f"{rate.name} <= {growth} percent", "nearly"
    else:
        condition, words = f"{rate.name} > {growth // 2} percent", "about"
    state.book.propose(
        "order",
        condition,
        about=rate,
        quote=state.book.passage(rate),
        why=f"'{hit.group(0).strip()}' restated as a rate: a rise of {words} {growth}%",
        figures=(rate.name,),
        suffix="_multiple",
    )
