"""Rules for a change and the levels it joins: "increased by 3,400 to 712,500" (the level
before is the level less the change), and a change glossed by its rate ("fell by 1.6
million barrels, or 0.2 percent, to 675.4 million barrels")."""

from __future__ import annotations

import re
from typing import Final

from factcheck.propose.book import MONTHS, is_amount, is_count, is_rate
from factcheck.propose.context import (
    _MORE_THAN,
    _TO,
    _lead,
    _level_like,
    _Sentence,
)
from factcheck.propose.growth_words import on_another_basis
from factcheck.propose.levels_back import _BACK, _back_level, _same_noun_to, levels_before
from factcheck.propose.naming import stem
from factcheck.propose.pair_changes import level_before_change, pair_before, rate_of_its_own
from factcheck.propose.periods import change_of_another_period
from factcheck.propose.sentences import Mention

_APPROX: Final = ("about", "around", "roughly", "approximately", "some")
"""Hedges a change against a stated level may carry ("about Rs 2 lakh crore higher than")."""


_IN_PHRASE: Final = re.compile(
    r"\b(?:in|across|among)\s+(?:the\s+|these\s+|those\s+|its\s+|all\s+)?$", re.I
)
"""'in the 43 territorial forces': a number in a phrase of where or among what, not the
level the sentence is about."""


_WHOLE_CLAUSE: Final = re.compile(
    r"\bof\s+(?:the|its|their|this|that)\s+[^\d,;]{1,40},\s*(?:which|that)\b", re.I
)
"""'Sh100 billion, 5% of the budget, which is Sh300 billion more than last year's': a
relative clause on the whole named after a share, whose change it tells, not the level's."""


def _subject_level(state: _Sentence, earlier: list[Mention]) -> Mention:
    """'131,596 officers in the 43 territorial forces, 3,005 more than the baseline': the
    last level before a change that no preposition puts in a phrase of another's (the 43
    forces are where the officers are), else the last."""
    for o in reversed(earlier):
        if not _IN_PHRASE.search(state.before(o)):
            return o
    return earlier[-1]


def _other_nouns(a: Mention, b: Mention) -> bool:
    """Whether no change leads from ``a`` to ``b``: they count different things ("61 patients
    ... and seven more than 12 hours": the 12 are hours), or ``b`` is itself a change ("revised
    down by 20,000")."""
    la, lb = a.reading.label, b.reading.label
    other = bool(la and lb) and stem(str(la).split()[-1]) != stem(str(lb).split()[-1])
    return other or bool(b.reading.direction)


_MONTH: Final = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)(?:\s+(?:19|20)\d\d)?"
)
_MONTHS: Final = MONTHS
_MONTH_YEAR: Final = re.compile(
    r"\b(?P<month>" + "|".join(_MONTHS) + r")\b(?:\s+(?P<year>(?:19|20)\d\d))?", re.IGNORECASE
)
_THEN_FROM: Final = re.compile(
    r"^(?:\s+in\s+" + _MONTH + r")?\s*,?\s*(?:(?:up|down)\s+)?from\s*$", re.IGNORECASE
)
"""Between the level reached and the one it came from: ' from', ' in March, up from'."""
_EARLIER_ENDS: Final = re.compile(
    r"\s*(?:in\s+" + _MONTH + r"|the\s+(?:previous|prior)\s+month|a\s+month\s+(?:earlier|"
    r"before))?\s*(?:[,.;:)]|$)",
    re.IGNORECASE,
)
"""After the earlier level: its month or nothing, then the clause ends (no 'a year earlier',
no 'two years ago', no 'in revenue': another span or quantity than the change's)."""


def _stated_earlier(state: _Sentence, change: Mention, level: Mention) -> Mention | None:
    """'increased by 3,400 to 712,500, up from 709,100 in February': the level the change led
    from, written right after the level it led to, of its unit and noun."""
    members = state.members
    at = members.index(level)
    if at + 1 >= len(members) or level.start < change.start:
        return None
    old = members[at + 1]
    if not _level_like(old) or old.reading.hedge is not None or old.reading.direction:
        return None
    if old.reading.unit != level.reading.unit or is_amount(old) != is_amount(level):
        return None
    if _other_nouns(level, old):
        return None  # "to 3,690,000 from 12 weeks": another noun
    if not _THEN_FROM.match(state.between(level, old) + _lead(old)):
        return None
    label = old.reading.label or ""
    after = state.text[old.end : old.sentence[1]]
    if label and after.lstrip().lower().startswith(label.lower()):
        after = after.lstrip()[len(label) :]
    ends = _EARLIER_ENDS.match(after)
    if ends is None:
        return None
    earlier = _MONTH_YEAR.search(ends.group())
    if earlier is None:
        return old  # no month, or 'the previous month'
    later = _MONTH_YEAR.search(state.text, change.start, old.start)
    if earlier["year"] and (later is None or not later["year"]):
        return None  # "up from 40,000 in February 2020": a month of another year, perhaps
    if later is not None and not _month_before(later, earlier):
        return None  # "to 712,500 in March, up from 705,000 in January": two months back
    return old


def _month_before(later: re.Match[str], earlier: re.Match[str]) -> bool:
    """Whether the earlier month (and year, when both are told) is the one before the later."""
    a, b = _MONTHS.index(earlier["month"].lower()), _MONTHS.index(later["month"].lower())
    if earlier["year"] and later["year"]:
        return int(later["year"]) * 12 + b - (int(earlier["year"]) * 12 + a) == 1
    return (b - a) % 12 == 1


def _change(state: _Sentence, i: int) -> None:
    """'increased by 14,000 to 87,000'; 'rose to 61, five more than a year earlier'; 'from 3.1
    million to 3.4 million, an increase of 0.3 million'."""
    members, book = state.members, state.book
    m = members[i]
    if not (is_amount(m) or is_count(m)) or m.reading.hedge not in (None, *_APPROX):
        return
    after = members[i + 1] if i + 1 < len(members) else None
    nxt = members[i + 2] if i + 2 < len(members) else None
    earlier = levels_before(state, i)
    more = (
        re.match(
            r"^\s*(more|less|fewer|higher|lower)\s+than\b"
            # not the next clause's, nor a breakdown after a colon ("150 more than a year
            # earlier: 45,690 who ... and 14,410 who ..."), nor another comparison after a
            # comma ("28,000 crore more than the year before, against Rs 85,000 crore in
            # 2013-14": the level of another year)
            # nor a clause of its own after a comma ("12 more than last season, winning 28":
            # the 28 is wins, no level the 12 is measured against)
            r"(?:(?!,?\s+(?:and|while|but|whereas)\b|,\s*(?:against|compared|versus|vs|with|"
            r"including|after|as)\b|,\s*[a-z]+ing\b)"
            r"[^\d$€£¥.;:]){0,80}$",
            state.between(m, after) + _lead(after),
        )
        if after is not None
        else None
    )
    severity = "error"
    if more and not earlier and _BACK.match(state.text[m.sentence[0] : m.start]):
        earlier, severity = _back_level(state, m, after)  # "The amount is about Rs 2 lakh crore"
    if m.reading.hedge is not None and not (more and earlier):
        return  # "about 2 billion higher than": only a change against a stated level
    if (
        after is not None
        and nxt is not None
        and (m.reading.direction or re.search(r"\bby\s*$", state.before(m)[-6:]))
        and after.reading.unit == m.reading.unit == nxt.reading.unit
        and re.match(r"^\s*,?\s*from\s*[+]?$", state.between(m, after) + _lead(after))
        and re.match(r"^\s*to\s*[+]?$", state.between(after, nxt) + _lead(nxt))
    ):
        book.propose(
            "difference",
            f"{nxt.name} - {after.name} == {m.name}",
            about=m,
            quote=book.passage(m, nxt),
            why="a change, and the levels it went from and to",
            figures=(nxt.name, after.name, m.name),
            suffix="_change",
        )
        return
    from_only = (
        after is not None
        and (m.reading.direction or more)
        and re.match(r"^\s*,?\s*from\s*[+]?$", state.between(m, after) + _lead(after))
        and (nxt is None or not re.match(r"^\s*to\b", state.between(after, nxt)))
    )
    if (
        after is not None
        and earlier
        and after.reading.unit == m.reading.unit
        and after.reading.kind == "number"
        and (from_only or more)
        and not _other_nouns(earlier[-1], after)
    ):
        level = earlier[-1]  # "$44.5 billion, up $3.6 billion from $41.0 billion"
        lower = more is not None and more.group(1).lower() in ("less", "fewer", "lower")
        if m.reading.direction < 0:
            lower = False  # "111,000 fewer than the 841,000": the change is read signed, so
            # the level less the one it is measured against is it
        book.propose(
            "difference",
            f"{after.name} - {level.name} == {m.name}"
            if lower
            else f"{level.name} - {after.name} == {m.name}",
            about=m,
            quote=book.passage(level, after),
            why="a level, its change, and the level it changed from",
            figures=(level.name, after.name, m.name),
            severity=severity,
            suffix="_change",
        )
        return
    changing = m.reading.direction or re.search(
        r"\b(increase|decrease|rise|fall|drop|decline|gain|loss)\b[^\d]{0,40}\bof\s*$",
        state.before(m)[-60:],
        re.I,
    )
    if (
        changing
        and after is not None
        and after.reading.unit == m.reading.unit
        and after.reading.kind == "number"
        and (_TO.match(state.between(m, after)) or _same_noun_to(state, m, after))
    ):
        level = after
    elif (
        _MORE_THAN.match(state.after(m))
        and earlier
        and not _WHOLE_CLAUSE.search(state.between(_subject_level(state, earlier), m))
    ):
        level = _subject_level(state, earlier)  # "June exports were $183.2 billion, $0.6
        # billion more than May's"
    else:
        return
    other = change_of_another_period(state.text, m, level)
    stated = _stated_earlier(state, m, level) if not other else None
    if stated is not None:
        book.propose(
            "difference",
            f"{level.name} - {stated.name} == {m.name}",
            about=m,
            quote=book.passage(*sorted((m, level, stated), key=lambda o: o.start)),
            why="a change, the level it led to and the level it came from",
            figures=(level.name, stated.name, m.name),
            suffix="_change",
        )
        return
    previous = book.previous(level.name, level.reading.unit or "", other_period=other)
    if any(c.condition.startswith(f"{level.name} - {previous} ==") for c in book.checks):
        return  # "£1,849, £159 more than a year before but £531 less than at the height":
        # the level's change from a year before is taken; another is from another time
    book.propose(
        "difference",
        f"{level.name} - {previous} == {m.name}",
        about=m,
        quote=book.passage(*sorted((m, level), key=lambda o: o.start)),
        why="a change and the level it led to",
        figures=(level.name, m.name),
        suffix="_change",
    )


_GLOSS = (
    r"(?:or|an?\s+(?:\w+\s+)?(?:drop|fall|decline|decrease|reduction|rise|increase|gain|jump)"
    r"\s+of)"
)
"""The words that introduce a change's rate: 'or', 'a drop of', 'a sharp rise of'."""
_GLOSSED_RATE: Final = re.compile(
    r"^(?:\s+[^\W\d][\w'’-]*){0,2}?\s*,?\s*" + _GLOSS + r"\s*$", re.IGNORECASE
)
"""What stands between a change and its rate (a count's noun first): 'fell $52 million, or 4.7
per cent', 'fell by 52 units, a drop of 4.7 per cent'."""


_RATE_AFTER_LEVEL: Final = re.compile(
    r"^(?:\s+[^\W\d][\w'’-]*){0,3}?\s*,\s*(?:" + _GLOSS + r"|down|up)\s*$", re.IGNORECASE
)
"""What stands between the level a change led to and its rate: 'to 31,200, a drop of', 'to
$61.2 billion, or', 'to 712,500 in March, up'."""


_RATE_SPAN: Final = re.compile(
    r"\s*(?:percent|per\s*cent|%)?\s*(?:(?:for|on|over|in|during|across|so\s+far)\s+(?:the|this|a|its)\s+"
    r"(?:[^\W\d]+\s+)?(?:weeks?|months?|years?|quarters?|sessions?|days?|decades?|periods?|"
    r"half)\b|since\b|year[- ]to[- ]date\b|so\s+far\b)",
    re.IGNORECASE,
)
"""After a rate glossing a level: a span of its own ('a drop of 2.2% for the week', 'a fall
of 9% since January'), over which the level's change before it need not be."""


def _past_label(m: Mention, between: str) -> str:
    """The words after ``m`` past its noun ('fell 410 points to': ' to')."""
    label = str(m.reading.label or "")
    if label and between.lstrip().lower().startswith(label.lower()):
        return between.lstrip()[len(label) :]
    return between


def _change_and_rate(state: _Sentence, i: int) -> None:
    """'decreased $5.8 billion, or 2.3 percent': a change and the growth it is of the earlier
    level; with 'to $61.2 billion' after it, the level it led to is stated too."""
    members, book = state.members, state.book
    m = members[i]
    if i + 1 >= len(members) or not (is_amount(m) or is_count(m)) or not m.reading.direction:
        return
    rate = members[i + 1]
    nxt = members[i + 2] if i + 2 < len(members) else None
    if (
        nxt is not None
        and _level_like(rate)
        and rate.reading.unit == m.reading.unit
        and _TO.match(_past_label(m, state.between(m, rate)) + _lead(rate))
        and is_rate(nxt)
        and nxt.reading.direction == m.reading.direction  # its own word says which way
        and _RATE_AFTER_LEVEL.match(state.between(rate, nxt) + _lead(nxt))
        and not change_of_another_period(state.text, m, rate)  # "..., up 4% or 353,700 on the year"
        and not _RATE_SPAN.match(state.text, nxt.end)  # "a drop of 2.2% for the week"
    ):
        rate, nxt = nxt, rate  # "fell by 5,200 to 31,200, a drop of 14.3 per cent"
    elif not _GLOSSED_RATE.match(state.between(m, rate) + _lead(rate)):
        return
    if not is_rate(rate) or m.reading.hedge is not None:
        return
    if rate_of_its_own(state, rate):
        return  # "an increase of $9 billion or 1.1% of GDP", "or 9% at constant currency"
    if (rate.reading.direction or m.reading.direction) != m.reading.direction:
        return  # "fell $2 billion, or up 3 percent": no one change
    if (
        nxt is not None
        and _level_like(nxt)
        and nxt.reading.unit == m.reading.unit
        and (
            _TO.match(state.between(rate, nxt) + _lead(nxt))
            or _TO.match(_past_label(m, state.between(m, nxt)) + _lead(nxt))
        )
    ):
        condition = f"growth({nxt.name}, {nxt.name} - {m.name}) == {rate.name}"
        figures: tuple[str, ...] = (nxt.name, m.name, rate.name)
    elif (pair := pair_before(state, i)) is not None:
        new, old = pair  # "to $68.2 billion from $63.1 billion, an increase of $5.1 billion or"
        sign = "" if rate.reading.direction or m.reading.direction > 0 else "-"
        condition = f"growth({new.name}, {old.name}) == {sign}{rate.name}"
        figures = (new.name, old.name, rate.name)
        book.propose(
            "difference",
            f"{new.name} - {old.name} == {m.name}",
            about=m,
            quote=book.passage(*sorted((new, old, m), key=lambda x: x.start)),
            why="two levels, 'from' one 'to' the other, then the change between them",
            figures=(new.name, old.name, m.name),
            suffix="_change",
        )
    elif (level := level_before_change(state, i)) is not None and not on_another_basis(
        state.text[rate.end : rate.end + 60]
    ):
        # "spent £2,900 on energy, up £1,000, or 53%": the growth to the level from the level
        # less the change
        condition = f"growth({level.name}, {level.name} - {m.name}) == {rate.name}"
        figures = (level.name, m.name, rate.name)
    elif is_amount(m):
        previous = book.previous(m.name, m.reading.unit or "")
        condition = f"growth({previous} + {m.name}, {previous}) == {rate.name}"
        figures = (m.name, rate.name)
    else:
        return  # "rose by 9 cents, or 0.3 percent": a count's level unstated, nothing to check
    book.propose(
        "growth",
        condition,
        about=rate,
        quote=book.passage(m, rate),
        why="a change and the growth it makes of the earlier level",
        figures=figures,
        suffix="_of_change",
    )


_THAN_EARLIER_RATE: Final = re.compile(
    r"^\s*(?P<way>more|fewer|less|higher|lower)\s+than\s+(?:in\s+|on\s+)?(?:the\s+)?"
    r"(?:(?:previous|prior|preceding|last|a|the\s+same)\s+)?"
    r"(?:year|month|quarter|week|(?:19|20)\d\d)(?:\s+(?:earlier|before|ago))?"
    r"\s*,\s*(?:an?|up|down)\s*$",
    re.IGNORECASE,
)
"""Between a change against an earlier time and its rate: '68 more than in 2003, a', '5,000
fewer than a year earlier, down'."""
_FEWER: Final = ("fewer", "less", "lower")
_YEAR: Final = re.compile(r"\b(?:19|20)\d\d\b")
_RATE_NOUN: Final = re.compile(
    r"^\s*(?:increase|rise|jump|gain|decrease|drop|fall|decline|reduction)\b", re.IGNORECASE
)


def _more_and_rate(state: _Sentence, i: int) -> None:
    """'498 corrections in 2004, 68 more than in 2003, a 13% increase': a level, its change
    from an earlier time, and the growth that makes of the earlier level (level less the
    change)."""
    members, book = state.members, state.book
    m = members[i]
    if i + 1 >= len(members) or not (is_amount(m) or is_count(m)):
        return
    if m.reading.hedge not in (None, *_APPROX):
        return
    rate = members[i + 1]
    than = _THAN_EARLIER_RATE.match(state.between(m, rate) + _lead(rate))
    if than is None or not is_rate(rate):
        return
    if not (rate.reading.direction or _RATE_NOUN.match(state.after(rate))):
        return  # "a 13% share": no rate of change
    years = set(_YEAR.findall(re.split(r"[,;:]", state.after(rate), maxsplit=1)[0]))
    if years - set(_YEAR.findall(than.group(0))):
        return  # "50 more than in 2019, a 10% increase compared with 2018": another base
    earlier = levels_before(state, i)
    if not earlier:
        return
    level = _subject_level(state, earlier)
    la, lb = level.reading.label, m.reading.label
    if la and lb and stem(str(la).split()[-1]) != stem(str(lb).split()[-1]):
        return  # "61 patients ..., seven more hours than": another noun's count
    if m.reading.direction != (-1 if than.group("way").lower() in _FEWER else 1):
        return  # the reader signs the change by its word: "68 more" is +68, "200 fewer" -200
    book.propose(
        "growth",
        f"growth({level.name}, {level.name} - {m.name}) == {rate.name}",
        about=rate,
        quote=book.passage(level, rate),
        why="a level, its change from an earlier time, and the growth it makes of that time's",
        figures=(level.name, m.name, rate.name),
        suffix="_of_change",
    )
