"""Stage three and three quarters: the answers to one question, a residual answer among them.

'41 percent said unsuccessful, 26 percent successful and 35 percent that it was too early to
tell': shares listed one after another, the last of them a residual answer ('did not know',
'undecided', 'too early to tell'), split one group of people among the answers to one
question, so together they are at most 100 percent (each within its rounding).  The residual
and the question asked before the list ('Asked how ...') are what make the answers
exclusive, with answers that oppose one another ('successful', 'unsuccessful'; 'would
not'): without them, 'said' may begin answers to two questions ('60% said the economy
mattered most, and 55% said they would vote'), shares may nest ('62% use the app, 48%
daily and 10% do not know'), or one respondent may give several answers ('asked how they
get their news, 60% said television, 50% online'), and add past 100; words that let one
respondent pick several answers ('more than one') make none.  A warning, since the reading
of the list is the words'.
"""

from __future__ import annotations

__all__ = ["apply_answers"]

import re
from typing import Final

from factcheck.propose.book import Book, is_rate
from factcheck.propose.naming import growth_like
from factcheck.propose.sentences import Mention

_RESIDUAL: Final = re.compile(
    r"^[^\d;:()]{0,40}?\b(?:(?:did|do|does)\s+not\s+know|(?:didn|don|doesn)['’]t\s+know|"
    r"undecided|unsure|not\s+sure|no\s+opinion|too\s+early\s+to\s+(?:tell|say|judge))\b",
    re.IGNORECASE,
)
"""The words after a share that make it the residual answer: '10% did not know', '3 percent
were undecided', '35 percent said it was too early to tell'."""
_JOIN: Final = re.compile(r"^[^\d;:()]{0,80}$")
"""What may stand between two answers of one list: words and commas, no other number."""
_OTHER_GROUP: Final = re.compile(
    r"\b(?:among|than|compared|points?|up|down|rose|fell|while|whereas|but)\b", re.IGNORECASE
)
"""Words that make a later share another group's or another measure's ('among independents',
'up from 30 percent')."""
_NESTED: Final = re.compile(
    r"\b(?:including|of\s+(?:whom|them|those|these)|among\s+(?:them|those|whom))\s*$",
    re.IGNORECASE,
)
"""Words before a share that make it part of the answer before ('including 20% who')."""
_OWN_WHOLE: Final = re.compile(r"^\s*of\s+(?!them\b|those\b|the\s+rest\b)", re.IGNORECASE)
"""A later share that names its own whole ('26 percent of Democrats'): another group's."""
_MIN_ANSWERS: Final = 3
_ASKED: Final = re.compile(r"\b(?:asked|question(?:ed)?)\b", re.IGNORECASE)
"""Before the answers, the question they answer: 'Asked whether they would change their
bank'.  Without it, shares and a residual may answer several questions ('72% felt safe at
school, 61% safe online and 9% were unsure') or nest ('62% use the app, 48% daily')."""
_MANY: Final = re.compile(
    r"\b(?:more\s+than\s+one|multiple|several|all\s+that\s+appl(?:y|ied)|up\s+to\s+"
    r"(?:two|three|four|five|\d))\b",
    re.IGNORECASE,
)
"""Words that let one respondent give several answers: 'could pick more than one'."""


def apply_answers(book: Book) -> None:
    """Propose that the listed answers to one question, a residual among them, add up to at
    most 100 percent."""
    by_sentence: dict[tuple[int, int], list[Mention]] = {}
    for m in book.mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    for members in by_sentence.values():
        for k, m in enumerate(members):
            if not _answer(book, m):
                continue
            after = members[k + 1].start if k + 1 < len(members) else m.sentence[1]
            if not _RESIDUAL.match(book.text[m.end : after]):
                continue
            run = _run_back(book, members, k)
            if len(run) < _MIN_ANSWERS or _MANY.search(book.text[slice(*m.sentence)]):
                continue
            asked = _ASKED.search(book.text[m.sentence[0] : run[0].start])
            if asked and _opposed(book.text[run[0].end : m.start]):
                _propose(book, run)
        _graded_answers(book, members)


_DEGREE: Final = re.compile(
    r"\b(?P<degree>not\s+at\s+all|not\s+very|not\s+too|very|somewhat|fairly|extremely|"
    r"slightly|quite)\s+(?P<head>[^\W\d_]+)\b",
    re.IGNORECASE,
)
"""An answer graded on one scale: 'very likely', 'somewhat likely', 'not very likely'."""


def _graded_answers(book: Book, members: list[Mention]) -> None:
    """'Asked how likely ..., 59% said somewhat likely, 35% very likely and 26% not very
    likely': answers that grade one word by distinct degrees are distinct points of one
    scale, so no respondent gives two of them, and together they are at most 100 percent.
    A bare 'likely' beside 'very likely' may hold it (the very likely are likely too), so
    every answer must carry its degree."""
    for k, m in enumerate(members):
        if not _answer(book, m):
            continue
        if k + 1 < len(members) and _run_back(book, members, k + 1)[:1] != [members[k + 1]]:
            continue  # not the last answer of its run
        run = _run_back(book, members, k)
        if len(run) < 2 or _MANY.search(book.text[slice(*m.sentence)]):
            continue
        if not _ASKED.search(book.text[m.sentence[0] : run[0].start]):
            continue
        grades = [_grade(book, members, run, j) for j in range(len(run))]
        if None in grades:
            continue
        heads = {g[1] for g in grades if g is not None}
        degrees = [g[0] for g in grades if g is not None]
        if len(heads) == 1 and len(set(degrees)) == len(degrees):
            _propose(
                book,
                run,
                why="the answers to one question, graded on one scale: together at most 100 "
                "percent",
            )


def _grade(
    book: Book, members: list[Mention], run: list[Mention], j: int
) -> tuple[str, str] | None:
    """The degree and the word it grades in the words after ``run[j]`` ('very', 'likely')."""
    m = run[j]
    k = members.index(m)
    end = members[k + 1].start if k + 1 < len(members) else m.sentence[1]
    segment = book.text[m.end : end]
    found = _DEGREE.search(segment[:40])
    if found is None or not _ANSWER_ENDS.match(segment[found.end() :]):
        return None  # "very worried about prices": an answer of its own topic
    return " ".join(found["degree"].lower().split()), found["head"].lower()


_ANSWER_ENDS: Final = re.compile(r"\s*[,;]?\s*(?:and|or|while|with)?\s*[.;]?\s*$", re.IGNORECASE)
"""After the graded word, the answer ends: ', ', ' and ', '.'."""


def _opposed(answers: str) -> bool:
    """Whether the answers before the residual oppose one another ('said unsuccessful, 26
    percent said successful'; 'would not change it, 11% said they intended to'; 'backed
    someone else'), as the answers to one question do; a list of things ('60% said
    television, 50% said online') may be several answers of each respondent."""
    if _NEGATION.search(answers):
        return True
    words = {w.lower() for w in re.findall(r"[^\W\d_]+", answers)}
    return any(w.startswith(p) and w[len(p) :] in words for w in words for p in _NEGATING)


_NEGATION: Final = re.compile(
    r"\b(?:no|not|never|neither|nor|none|nothing|against|oppos\w*|disapprov\w*|"
    r"(?:some|any)(?:one|body)\s+else|other|others|wrong)\b|n['’]t\b",
    re.IGNORECASE,
)
_NEGATING: Final = ("un", "dis", "in", "im", "non")
"""Prefixes that make a word the opposite of another answer's: 'unsuccessful', 'dislike'."""


def _answer(book: Book, m: Mention) -> bool:
    return is_rate(m) and m.reading.hedge is None and not growth_like(book.text, m)


def _run_back(book: Book, members: list[Mention], k: int) -> list[Mention]:
    """The shares listed before ``members[k]``, back to the first, joined by words alone."""
    run = [members[k]]
    for j in range(k - 1, -1, -1):
        m, later = members[j], run[0]
        between = book.text[m.end : later.start]
        if _NESTED.search(between):
            return []  # "45% said yes, including 20% who strongly approve": a part of one
        if not _answer(book, m) or not _JOIN.match(between) or _OTHER_GROUP.search(between):
            break
        if _OWN_WHOLE.match(book.text[later.end : later.end + 40]):
            break
        run.insert(0, m)
    return run


def _propose(
    book: Book,
    run: list[Mention],
    *,
    why: str = "the answers to one question, a residual answer among them: together at most "
    "100 percent",
) -> None:
    first, last = run[0], run[-1]
    book.propose(
        "shares_sum",
        f"shares_sum([{', '.join(m.name for m in run)}])",
        about=last,
        quote=book.passage(first, last),
        why=why,
        figures=tuple(m.name for m in run),
        severity="warn",
        suffix="_answers",
    )
