"""Rules for comparisons: percentage-point gaps, contributions and shares of an increase,
records and runs, "among them", counts and their lists, "down from" an earlier rate, and
records "since".  A rate's change in points is :mod:`factcheck.propose.points_change`."""

from __future__ import annotations

import re
from typing import Final

from factcheck.propose.book import Book, head_words, is_amount, is_count, is_points, is_rate
from factcheck.propose.context import (
    _CONSECUTIVE,
    _CONTRIBUT,
    _FIRST_TIME,
    _OF_INCREASE,
    _ON_RECORD,
    _RANK_VERB,
    _THAN,
    _TO_GROWTH,
    _lead,
    _Sentence,
    _whole,
)
from factcheck.propose.naming import share_like


def _gap(state: _Sentence, i: int) -> None:
    """'1.9 percentage points higher than the national average'."""
    members, book = state.members, state.book
    points = members[i]
    if not is_points(points):
        return
    than = _THAN.match(state.after(points))
    if than is None:
        return
    rates = [m for m in members[:i] if is_rate(m) and not share_like(state.text, m)]
    if not rates:
        return
    subjects = [m for m in rates if not _COMPARED_WITH.search(state.before(m))]
    rates = subjects or rates  # "0.49 points more than the 2.35 percent ..., but 3.38 points
    # less than the 6.23 percent": the 2.35 is a base compared with, not the subject
    this = rates[-1].name
    other_phrase = than.group("other")
    guessed = True
    nxt = members[i + 1] if i + 1 < len(members) else None
    if (
        nxt is not None
        and is_rate(nxt)
        and _THAN_STATED.match(state.between(points, nxt) + _lead(nxt))
    ):
        other = nxt.name  # "3.74 percentage points more than the -2.34 per cent of a year before"
        guessed = False
    elif re.search(r"\b(national|overall|average|total)\b", other_phrase, re.I):
        total = book.total
        if total is None:
            total, _ = _whole(state, "", book.main_unit())
        other = book.unknown(
            f"{total}_growth",
            "percent",
            f"{other_phrase.strip()}: the growth of {total}",
            bounds=None,
        )
        total_unit = book.unknowns[total].unit if total in book.unknowns else ""
        book.propose(
            "growth",
            f"growth({total}, {book.previous(total, total_unit)}) == {other}",
            about=points,
            quote=other_phrase.strip(),
            why=f"'{other_phrase.strip()}' is the growth of {total}",
            figures=(),
            severity="warn",
            suffix="_reference",
        )
        guessed = False
    elif _EARLIER.match(other_phrase):
        other = book.unknown(
            f"{this}_earlier", "percent", f"{this} {' '.join(other_phrase.split())}", bounds=None
        )
        guessed = False
    elif (named := _rate_named(book, other_phrase, rates[-1].name)) is not None:
        other = named
    else:
        words = head_words(other_phrase)[-2:]
        other = book.unknown(
            "_".join(words) + "_rate" if words else "other_rate",
            "percent",
            f"the rate of {other_phrase.strip()}",
            bounds=None,
        )
    first, second = this, other
    if than.group("word").lower() in ("lower", "less", "below", "slower") and not (
        points.reading.direction
    ):
        first, second = other, this  # unsigned points: the lower rate is the other's
    # ("1.1 percentage points less than the 5.1 percent": the reader signs the points, -1.1,
    # so the gap is this rate's less the other's)
    book.propose(
        "gap",
        f"gap({first}, {second}) == {points.name}",
        about=points,
        quote=book.passage(rates[-1], points) if rates[-1].sentence == points.sentence else None,
        why="a gap between two rates, in percentage points",
        figures=(rates[-1].name, points.name),
        severity="warn" if guessed else "error",
    )


_COMPARED_WITH: Final = re.compile(
    r"\b(?:than|against|versus|vs\.?|compared\s+(?:with|to))\s+(?:the\s+|its\s+|a\s+)?[-+−]?$",
    re.I,
)
"""'more than the 2.35 percent': a rate another is compared with."""


_THAN_STATED: Final = re.compile(
    r"^\s*(?:higher|lower|more|less|above|below|faster|slower|greater)\s+than\s+"
    r"(?:the\s+|its\s+|a\s+)?(?:rate\s+of\s+)?[-+−]?$",
    re.I,
)
"""'0.12 percentage points more than the 1.89%': the rate compared with is stated right after."""


def _rate_named(book: Book, phrase: str, this: str) -> str | None:
    """The growth rate already stated of the level a phrase names ("the budget as a whole":
    the budget's growth)."""
    words = [w for w in head_words(phrase) if w not in ("as", "whole", "rate")]
    if not words:
        return None
    head = words[-1]
    found = [
        rate
        for level, rate in book.growth_rates.items()
        if rate != this and re.sub(r"_\d+$", "", level).split("_")[-1] == head
    ]
    return found[0] if len(found) == 1 else None


_EARLIER: Final = re.compile(
    r"^\s*(?:(?:in|on|during|for|over|at)\s+)?(?:the\s+)?(?:(?:same|previous|prior|preceding|"
    r"last|a|one)\s+)?(?:year|month|quarter|week|period|decade|january|february|march|april|may|"
    r"june|july|august|september|october|november|december|(?:19|20)\d\d)\b[^,;:]{0,30}$",
    re.I,
)
"""'higher than in June 2019', 'than a year earlier', 'than last year': the same rate at an
earlier time, not another subject's."""


def _contribution(state: _Sentence, i: int) -> None:
    """'contributing 3 percentage points to overall growth' and 'contributing nearly 20
    percent of the overall increase'."""
    members, book = state.members, state.book
    m = members[i]
    if not _CONTRIBUT.search(state.before(m)):
        return
    part, part_previous = state.subject()
    if is_points(m) and (to := _TO_GROWTH.match(state.after(m))):
        whole, _ = _whole(state, to.group("whole"), book.main_unit())
        whole_unit = book.unknowns[whole].unit if whole in book.unknowns else book.main_unit()
        book.propose(
            "contribution",
            f"contribution({part}, {part_previous}, {book.previous(whole, whole_unit)}) "
            f"== {m.name}",
            about=m,
            why="percentage points of the whole's growth contributed by the part",
            figures=tuple(n for n in (part, m.name) if n in book.by_name),
            severity="warn",
        )
    elif is_rate(m) and (of := _OF_INCREASE.match(state.after(m))):
        whole, _ = _whole(state, of.group("whole"), book.main_unit())
        whole_unit = book.unknowns[whole].unit if whole in book.unknowns else book.main_unit()
        book.propose(
            "share_of_increase",
            f"share_of_increase({part}, {part_previous}, {whole}, "
            f"{book.previous(whole, whole_unit)}) == {m.name}",
            about=m,
            why="the part's share of the whole's increase",
            figures=tuple(n for n in (part, m.name) if n in book.by_name),
            severity="warn",
        )


def _record(state: _Sentence, i: int) -> None:
    """'the ninth consecutive month of growth', 'the second-highest monthly total on record',
    'rose to second globally': a rank against an unstated series."""
    members, book = state.members, state.book
    m = members[i]
    reading = m.reading
    consecutive = _CONSECUTIVE.match(state.after(m)) or (
        reading.label is not None and reading.label.startswith("consecutive")
    )
    ranked = reading.kind in ("rank", "ordinal") and (
        _ON_RECORD.search(state.after(m)[:60]) or _RANK_VERB.search(state.before(m)[-30:])
    )
    if not (consecutive or ranked) or _FIRST_TIME.match(state.text, m.start - 4):
        return
    others = [o for o in members if o is not m and o.reading.kind == "number"]
    if not others:
        return
    if reading.kind == "rank" or not consecutive:
        amounts = [o for o in others if is_amount(o) and o.start < m.start]
        pool = amounts or others
    else:
        pool = others
    target = min(pool, key=lambda o: (abs(o.start - m.start), o.start > m.start))
    book.propose(
        "unstated_rank",
        f"unstated_rank({target.name}, {m.name}, 'earlier values of {target.name}')",
        about=m,
        quote=book.passage(*sorted((target, m), key=lambda o: o.start)),
        why="a record or a run against a series the article does not give",
        figures=(target.name, m.name),
        expect="uncheckable",
    )


_AMONG: Final = re.compile(r"^\s*(?:among|of)\s+(?:them|these|those|which|the\s+\w+)\s*,", re.I)


_FASTEST: Final = re.compile(
    r"\b(?:fastest|highest|quickest|strongest)\s+(?:growth|increase|rise)", re.I
)


_LIST: Final = re.compile(
    r"\s*(?P<noun>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s*(?:—|–|:|\(|\s-\s|--)\s*"
    r"(?P<list>[^.;:()—–]+?)\s*(?=—|–|\)|[.;]|$)"
)


def _among(state: _Sentence, i: int) -> None:
    """'Among them, Shandong posted the fastest growth rate: up 6.8 percent to 1.73 trillion':
    a member of the group the sentence before spoke of, within it, growing fastest."""
    if i != 0:
        return
    members, book = state.members, state.book
    first = members[0]
    if not _AMONG.match(state.before(first)):
        return
    earlier = [s for s in book.subjects if s[0] < first.sentence[0]]
    if not earlier:
        return
    _, group, group_rate = earlier[-1]
    level = state.level()
    if level is not None and level.name != group:
        book.propose(
            "parts_within",
            f"parts_within({group}, [{level.name}])",
            about=level,
            quote=state.text[first.sentence[0] : level.end].strip(),
            why="'among them': a member of the group the sentence before speaks of",
            figures=(level.name,),
            severity="warn",
            suffix="_within",
        )
    rates = [r for r, lvl in state.growth_of.items() if level is not None and lvl == level.name]
    if (
        rates
        and group_rate
        and _FASTEST.search(state.before(first) + state.text[first.sentence[0] : first.start])
    ):
        book.propose(
            "largest",
            f"largest({rates[0]}, [{group_rate}])",
            about=book.by_name[rates[0]],
            quote=state.text[first.sentence[0] : first.start].strip(" :"),
            why="the fastest-growing member grew faster than the group as a whole",
            figures=(rates[0], group_rate),
            severity="warn",
            suffix="_fastest",
        )


def _listed(state: _Sentence, i: int) -> None:
    """'all three key indicators—imports, exports, and total trade': a count and the list
    that names its members."""
    m = state.members[i]
    if not is_count(m) or m.reading.hedge is not None or m.reading.number.denominator != 1:
        return
    found = _LIST.match(state.text, m.end, m.sentence[1])
    if found is None:
        return
    items = [
        i.strip(" '\"“”")
        for i in re.split(r",\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+", found.group("list"))
    ]
    items = [i for i in items if i]
    if len(items) < 2 or any(
        len(i.split()) > 4
        or not re.fullmatch(r"[\w'’ .-]+", i)
        or re.search(r"\d", i)
        or _NUMBER_WORD.match(i)
        for i in items
    ):
        return  # "60 make a majority: the Congress won 64, the BRS 39": numbers, no names;
        # "three medals: one silver and two bronze": counts in words, no names either
    listed = ", ".join("'" + i.replace("'", "’") + "'" for i in items)
    book = state.book
    book.propose(
        "count_of",
        f"count_of([{listed}]) == {m.name}",
        about=m,
        quote=state.text[m.start : found.end()].strip(),
        why="a count and the list that names its members",
        figures=(m.name,),
        severity="error" if len(items) == m.reading.number else "warn",
        suffix="_listed",
    )


_NUMBER_WORD: Final = re.compile(
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|a\s+pair"
    r"|dozens|hundreds|thousands)\b",
    re.I,
)
"""An item of a list that opens with a number word counts things of its own kind."""


_FROM_RATE: Final = re.compile(
    r"(?:(?P<word>down|up|higher|lower|slower|faster|easing|rising|accelerating|slowing|"
    r"decelerating)|\ban?\s+(?:(?:slight|small|marked|sharp|further)\s+)?(?P<noun>increase|"
    r"rise|acceleration|pickup|decline|drop|fall|decrease|slowdown|deceleration))"
    r"\s+from\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,3}$",
    re.I,
)
"""'down from a 2 percent gain', 'an increase from the July figure of 1.4 percent', 'a slight
decline from the 2.1 percent figure'."""


_TO_VERB: Final = re.compile(
    r"\b(fell|dropped|eased|slowed|declined|decreased|falls|rose|increased|climbed|"
    r"accelerated|jumped|rises)\s+(?:to\s+)?$",
    re.I,
)


def _from_rate(state: _Sentence, i: int) -> None:
    """'rose 1.6 percent in September, down from a 2 percent gain in August': the rate
    slowed (or quickened) from the one it is compared with."""
    members = state.members
    rate = members[i]
    if not is_rate(rate) or i + 1 >= len(members):
        return
    other = members[i + 1]
    if is_count(other) and i + 2 < len(members):
        other = members[i + 2]  # "rose 1.9 percent for the 12 months ending August, a ..."
    if not is_rate(other):
        return
    prefix = re.match(r"[^\d]*", other.located.text)
    between = state.between(rate, other)[-60:] + (prefix.group() if prefix else "")
    found = _FROM_RATE.search(between)
    if found is not None:
        word = (found.group("word") or found.group("noun")).lower()
    elif re.search(r"\bfrom\s*$", between) and (verb := _TO_VERB.search(state.before(rate)[-30:])):
        word = verb.group(1).lower()  # "fell to 2.4 percent from 2.8 percent"
    else:
        return
    op = (
        "<"
        if word
        in (
            "down",
            "lower",
            "slower",
            "easing",
            "slowing",
            "decelerating",
            "fell",
            "dropped",
            "eased",
            "slowed",
            "declined",
            "decreased",
            "falls",
            "fell back",
            "decline",
            "drop",
            "fall",
            "decrease",
            "slowdown",
            "deceleration",
        )
        else ">"
    )
    state.book.propose(
        "gap",
        f"gap({rate.name}, {other.name}) {op} 0 percentage_point",
        about=rate,
        quote=state.book.passage(rate, other),
        why=f"'{word} ... from': the rate moved that way from the one it is compared with",
        figures=(rate.name, other.name),
        suffix="_direction",
    )


_SINCE: Final = re.compile(
    r"\b(?:(?:the\s+)?(?:largest|smallest|lowest|highest|biggest|fastest|slowest|strongest|"
    r"weakest|steepest|sharpest)(?:[\s-]+[^\W\d]+){0,3}?\s+since\b|highest-ever|lowest-ever|"
    r"all-time\s+(?:high|low)|record\s+(?:high|low))",
    re.I,
)


def _since(state: _Sentence, i: int) -> None:
    """'the largest since June 2009', 'its lowest since November 2009', 'highest-ever level
    of 9.2%': a record against a series the article does not give."""
    if i != 0:
        return
    book = state.book
    first = state.members[0]
    span = state.text[first.sentence[0] : first.sentence[1]]
    found = _SINCE.search(span)
    if found is None:
        return
    at = first.sentence[0] + found.start()
    pool = [
        m
        for m in state.members
        if m.reading.kind == "number" and m.reading.unit != "percentage_point"
    ]
    before = [m for m in pool if m.start < at]
    after = [
        m
        for m in pool
        if m.start >= at + len(found.group()) and m.start - at < len(found.group()) + 16
    ]
    # the sentence's subject: its first figure; or "highest-ever level of 9.2%"; or, for
    # "It is now at its lowest since", the first figure of the sentence before
    target = before[0] if before else (after[0] if after else None)
    if target is None:
        earlier = [
            m
            for m in book.mentions
            if m.sentence[1] <= first.sentence[0] and m.reading.kind == "number"
        ]
        if earlier:
            last = [m for m in earlier if m.sentence == earlier[-1].sentence]
            target = next((m for m in last if is_rate(m)), last[0])
    if target is None:
        return
    phrase = " ".join(found.group().split())
    series = phrase.replace("'", "’")
    book.propose(
        "unstated_rank",
        f"unstated_rank({target.name}, 1, 'values of {target.name} {series}')",
        about=target,
        quote=phrase,
        why=f"'{phrase}': a record against a series the article does not give",
        figures=(target.name,),
        expect="uncheckable",
        suffix="_record",
    )
