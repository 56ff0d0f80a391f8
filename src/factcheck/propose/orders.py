"""Rules for rates and members set against each other: a rate and its target ("breaching
the target of 6.8%", "This is below the 95 per cent goal"), a rate "per cent higher than"
another, and the members of a superlative list named in order ("The largest gains occurred
in A (+n), B (+m) and C (+k)")."""

from __future__ import annotations

import re
from typing import Final

from factcheck.propose.book import Book, head_words, is_count, is_rate
from factcheck.propose.context import _THAN, _Sentence
from factcheck.propose.sentences import Mention

_TARGET_BEFORE: Final = re.compile(
    r"\b(?P<word>breach\w*|exceed\w*|above|over|overshoot\w*|beat\w*|below|under|short\s+of|"
    r"miss\w*|undershoot\w*)\s+(?:the|its|their|a|an)\s+(?:[^\W\d]+\s+){0,3}?"
    r"(?:(?:target|goal|limit|ceiling|threshold)\s+of\s+)?$",
    re.I,
)
_TARGET_WORD: Final = re.compile(r"\b(?:target|goal|limit|ceiling|threshold)\b", re.I)
_TARGET_AFTER: Final = re.compile(r"^\s*(?:[^\W\d]+\s+){0,2}?(?:target|goal|limit|ceiling)\b", re.I)
_BACK_REFERENCE: Final = re.compile(r"^\s*(?:this|that|it|both|these|those)\b", re.I)


def _target(state: _Sentence, i: int) -> None:
    """'settled at 6.9%, breaching the target of 6.8%'; 'This is well below the 95 per cent
    target': the rate is above (or below) the target it is compared with.  A subject found in
    the sentence before ('This') is the one rate of that sentence (an error check), or among
    several a guess (a warning)."""
    members, book = state.members, state.book
    target = members[i]
    if not is_rate(target):
        return
    before = state.before(target)[-80:]
    found = _TARGET_BEFORE.search(before)
    if found is None:
        return
    if not (
        (re.search(r"\bof\s*$", before) and _TARGET_WORD.search(found.group()))
        or _TARGET_AFTER.match(state.after(target))
    ):
        return  # "below the previous low of 94.1 per cent": a level compared, no target
    word = found.group("word").lower()
    op = "<" if re.match(r"below|under|short|miss|undershoot", word) else ">"
    subjects = [m for m in members[:i] if is_rate(m) and m.reading.hedge is None]
    severity = "error"
    if subjects:
        subjects = subjects[-1:]
    elif _BACK_REFERENCE.match(state.text[target.sentence[0] : target.start]):
        earlier = [m for m in book.mentions if m.sentence[1] <= target.sentence[0]]
        last = [m for m in earlier if earlier and m.sentence == earlier[-1].sentence]
        subjects = [m for m in last if is_rate(m) and m.reading.hedge is None]
        rates = [m for m in last if is_rate(m)]
        severity = "error" if len(rates) == 1 else "warn"  # 'This' names the one rate before
    for subject in subjects:
        book.propose(
            "gap",
            f"gap({subject.name}, {target.name}) {op} 0 percentage_point",
            about=subject,
            quote=book.passage(subject, target) if subject.sentence == target.sentence else None,
            why=f"'{found.group().strip()}': the rate is on that side of the target",
            figures=(subject.name, target.name),
            severity=severity,
            suffix="_target",
        )


def _relative(state: _Sentence, i: int) -> None:
    """'stood at 79.64 per cent, 1.23 per cent higher than the 78.41 per cent of 2014': read
    as written, a relative rise of the one rate over the other.  Writers often mean
    percentage points by it, so the reading is a warning."""
    members, book = state.members, state.book
    rate = members[i]
    if not is_rate(rate) or i == 0 or i + 1 >= len(members):
        return
    than = _THAN.match(state.after(rate))
    other = members[i + 1]
    if than is None or than.group("word").lower() not in ("higher", "more", "above", "greater"):
        return
    if not is_rate(other) or other.start > rate.end + than.end() + 12:
        return
    this = members[i - 1]
    if not is_rate(this) or not re.fullmatch(r"[\s,;(—–-]*", state.between(this, rate)):
        return
    book.propose(
        "growth",
        f"growth({this.name}, {other.name}) == {rate.name}",
        about=rate,
        quote=book.passage(this, other),
        why="a rate 'per cent higher than' another: a relative rise (or, as writers often "
        "mean, percentage points)",
        figures=(this.name, other.name, rate.name),
        severity="warn",
        suffix="_relative",
    )


_SUPERLATIVE: Final = re.compile(
    r"\b(?:the\s+)?(?:largest|biggest|highest|greatest|most|strongest)\b", re.I
)
_LISTED_ITEM: Final = re.compile(
    r"^\)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?!(?:while|whereas|but|though|although)\b)"
    r"[^\W\d][^()\d,;.]{0,40}\(\s*[+$€£]?\s*$"
)
"""', Utah (', ' and Idaho (': the next member of a list; not ', while communication (', which
begins another list, ordered its own way ('while communication (3.4%) and education (3.9%)
rose least')."""


_ANOTHER_SUPERLATIVE: Final = re.compile(
    r"\b(?:lowest|smallest|least|fewest|weakest|highest|largest|biggest|greatest|most|"
    r"strongest)\b",
    re.I,
)
"""'... and North Lanarkshire (29.8) and lowest in Shetland (10.0)': a superlative between two
members begins another list, ordered its own way."""


def _ordered(state: _Sentence, i: int) -> None:
    """'The largest gains occurred in Ohio (+41,300), Utah (+28,700), and Idaho (+19,900)':
    the members are named in order, largest first.  That the order is the values' is the
    writer's habit, not their words: warnings."""
    members, book = state.members, state.book
    if i != 0:
        return
    start = next(
        (
            k
            for k, m in enumerate(members)
            if _SUPERLATIVE.search(head := state.text[m.sentence[0] : m.start])
            and re.search(r"[^\W\d][^()\d]{0,40}\(\s*[+$€£]?\s*$", head)
        ),
        None,
    )
    if start is None:
        return
    first = members[start]
    listed = [first]
    for m in members[start + 1 :]:
        between = state.between(listed[-1], m)
        if (
            m.reading.unit != first.reading.unit
            or not _LISTED_ITEM.match(between)
            or _ANOTHER_SUPERLATIVE.search(between)
        ):
            break
        listed.append(m)
    if len(listed) < 3 or any(m.reading.number <= 0 or m.reading.hedge for m in listed):
        return
    for m in listed:
        label = re.search(r"((?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*)\s*\(\s*[+$€£]?\s*$",
                          state.before(m))  # fmt: skip
        words = head_words(label.group(1)) if label else []
        if words and not any(m.name in c.condition for c in book.checks):
            book.rename(m, "_".join(words))  # "California (+377,200)": california
    names = [m.name for m in listed]
    for k, m in enumerate(listed):
        others = ", ".join(n for n in names if n != m.name)
        if k == 0:
            condition, relation = f"largest({m.name}, [{others}])", "largest"
        elif k == len(listed) - 1:
            condition, relation = f"smallest({m.name}, [{others}])", "smallest"
        else:
            condition, relation = f"rank({m.name}, [{others}], {k + 1})", "rank"
        book.propose(
            relation,
            condition,
            about=m,
            quote=book.passage(listed[0], listed[-1]),
            why="a superlative and a list of members with their figures, named largest first",
            figures=tuple(names),
            severity="warn",
            suffix="_in_order",
        )


_MOST_OF: Final = re.compile(
    r"\b(?:most|the\s+(?:vast\s+|large\s+)?majority|more\s+than\s+half)\s+of\s+(?:the\s+|all\s+|"
    r"these\s+|those\s+|its\s+|their\s+)?[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*[(,]\s*$",
    re.I,
)


def _most(state: _Sentence, i: int) -> None:
    """'Most of the cases (67 per cent) have been in London', 'the majority of voters, 58
    percent,': the share glossing 'most of' is above half."""
    rate = state.members[i]
    if not is_rate(rate) or rate.reading.direction or not _MOST_OF.search(state.before(rate)):
        return
    state.book.propose(
        "order",
        f"{rate.name} > 50 percent",
        about=rate,
        why="'most of': more than half",
        figures=(rate.name,),
        suffix="_most",
    )


_OUTNUMBER: Final = re.compile(
    r"\b(?P<more>[^\W\d_]+)\s+(?:[^\W\d_]+\s+)?(?:outnumber(?:ed|s)?|outnumbering)\s+"
    r"(?P<less>[^\W\d_]+)",
    re.I,
)
_SEXES: Final = {"women": "female", "woman": "female", "men": "male", "man": "male"}


def _kin(word: str) -> str:
    word = word.lower().rstrip("s") if word.lower() not in _SEXES else _SEXES[word.lower()]
    return _SEXES.get(word, word)


def apply_outnumber(book: Book) -> None:
    """'Female voters outnumber men', and later 'female voters ... was 1,57,87,759' and
    '1,55,45,211 males voted': the first count of the one is above the first count of the
    other (each the first of the text whose clause names it and no comparison; a warning,
    since the counts are found by their words)."""
    found = _OUTNUMBER.search(book.text[:20_000])
    if found is None:
        return
    more, less = _kin(found.group("more")), _kin(found.group("less"))
    if more == less:
        return
    firsts: dict[str, Mention] = {}
    for m in book.mentions[:2000]:
        if not is_count(m) or m.reading.hedge is not None or m.reading.direction:
            continue
        if re.search(r"\b(?:compared\s+(?:to|with)|as\s+against|from|than|versus)\s+$",
                     book.text[max(m.clause[0], m.start - 20) : m.start], re.I):  # fmt: skip
            continue
        words = {_kin(w) for w in re.findall(r"[^\W\d_]+", book.text[m.local[0] : m.local[1]])}
        if {more, less} <= words:
            continue  # the clause names both: which it counts is unclear
        for side in (more, less):
            if side in words and side not in firsts:
                firsts[side] = m
    if more not in firsts or less not in firsts or firsts[more] is firsts[less]:
        return
    a, b = firsts[more], firsts[less]
    book.propose(
        "largest",
        f"largest({a.name}, [{b.name}])",
        about=a,
        quote=" ".join(found.group().split()),
        why=f"'{' '.join(found.group().split())}': the one count is above the other",
        figures=(a.name, b.name),
        severity="warn",
        suffix="_outnumber",
    )


_SUBJECT_VERB: Final = re.compile(
    r"(?:^|,\s*)(?P<subject>(?:[^\W\d_][\w-]*\s+){1,4}?)(?:have|has|had)?\s*(?:increased|"
    r"decreased|rose|fell|grew|declined|climbed|dropped|gained)\s+(?:by\s+)?$",
    re.I,
)


def _named_level(state: _Sentence, i: int) -> None:
    """'... average hourly earnings rose by 9 cents, or 0.3 percent, to $36.00. Over the past
    12 months, average hourly earnings have increased by 3.8 percent': a growth rate whose
    subject names the one level of the sentence before is that level's growth over its own
    period (a warning: the words, not the numbers, link them)."""
    members, book = state.members, state.book
    rate = members[i]
    if not is_rate(rate) or not rate.reading.direction or rate.name in state.growth_of:
        return
    if any(m.reading.unit not in ("percent", None) for m in members):
        return  # the sentence has a level of its own
    lead = re.match(r"[^\d+\-−$€£¥]*", rate.located.text)
    found = _SUBJECT_VERB.search(state.before(rate) + (lead.group() if lead else ""))
    if found is None:
        return
    subject = " ".join(found.group("subject").split()).lower()
    if len([w for w in subject.split() if len(w) > 3]) < 2:
        return
    last = _sentence_before(book, members[0])
    if not last:
        return
    sentence = last[0].sentence
    if subject not in " ".join(book.text[sentence[0] : sentence[1]].split()).lower():
        return
    levels = [
        m
        for m in last
        if m.reading.unit not in (None, "percent", "percentage_point")
        and not m.reading.direction
        and m.reading.hedge is None
    ]
    if len(levels) != 1:
        return
    level = levels[0]
    unit = level.reading.unit or ""
    before = book.unknown(
        f"{level.name}_earlier", unit, f"{level.name} at the start of the period of {rate.name}"
    )
    book.propose(
        "growth",
        f"growth({level.name}, {before}) == {rate.name}",
        about=rate,
        why=f"'{subject}' names the level the sentence before gives: its growth",
        figures=(level.name, rate.name),
        severity="warn",
        suffix="_of_level",
    )


def _sentence_before(book: Book, first: Mention) -> list[Mention]:
    """The mentions of the sentence before the one ``first`` opens (found walking back from
    it, so the cost does not grow with the text)."""
    at = book.mentions.index(first)
    out: list[Mention] = []
    for m in reversed(book.mentions[max(0, at - 200) : at]):
        if out and m.sentence != out[0].sentence:
            break
        out.insert(0, m)
    return out
