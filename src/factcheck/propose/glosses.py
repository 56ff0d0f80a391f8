"""Glosses: a rate written beside the amount it is the share of, and the whole that share is
of ("931,290 ballots, or 5.69%", "3,100 of the 5,012 people polled, or 62%", "1,158,201
ballots (7.08%)"): which stated amount a rate glosses (:func:`glossed_part`), whether a pair
"A of the B" is glossed (:func:`counted_pair`, :func:`glosses_pair`), whether a gloss ends
its clause (:func:`closes_gloss`), and the stated figure a part is that share of, fitted by
its arithmetic (:func:`_fitted_whole`)."""

from __future__ import annotations

import re
from fractions import Fraction
from typing import Final

from factcheck.propose.book import Book
from factcheck.propose.context import _lead, _part_of, _Sentence
from factcheck.propose.naming import of_its_own, stem
from factcheck.propose.periods import CHANGE_AFTER_GLOSS
from factcheck.propose.restraints import (
    names_all,
    of_another_paragraph,
)
from factcheck.propose.scores import score_side
from factcheck.propose.sentences import Mention
from factcheck.propose.splits import PER_PERIOD, bracketed, opposed

__all__ = ["FIT", "closes_gloss", "counted_pair", "glossed_part", "glosses_pair"]

_GLOSS: Final = re.compile(r"^\s*(?:[^\W\d]+\s*){0,3}?(?:,\s*or|\(|,)\s*$")
_OF_THEM_GLOSS: Final = re.compile(
    r"^\s*(?:of|among)\s+(?:them|whom|which|these|those)"
    r"(?:\s+(?:in|at|from|on|for)\s+(?:the\s+)?[^\W\d]+(?:\s+[^\W\d]+)?)?\s*,\s*or\s*$",
    re.IGNORECASE,
)
"""'7,200 of them in Europe, or': a part counted out of the number before, and where, then
the share it is."""


_CHANGE_GLOSSED: Final = re.compile(
    r"\s*\)?\s*,?\s*(?:(?:lower|higher|down|up)\b|(?:to|at)\s+(?:(?:close|end|finish|settle)\s+at\s+)?[$£€¥₹]?\s?\d)",
    re.I,
)
"""'265.68 points, or 0.36 percent, lower at 72,566.26', '(and the Nifty) 82.10 points, or
0.70 percent, to 11,762.45': the gloss of a change whose verb or direction stands elsewhere,
a rate of growth from the earlier level, not a share of the level it came to."""


_CHANGED_TO: Final = re.compile(
    r"\b(?:rose|risen|fell|fallen|increased|decreased|grew|grown|climbed|dropped|declined|"
    r"jumped|gained)\b[^;]*?\bto\s+[$£€¥₹]?\s?\d",
    re.I,
)
"""'prices rose 3.9%, to £269,000 ...: to £290,000 in England (3.4%), £210,000 in Wales
(5.1%)': after a change to a level, the rates glossing the levels listed are their changes,
not shares of a whole."""


_BRACKETED: Final = re.compile(r"^[^\W\d]*(?:[\s-]+[^\W\d]+){0,8}\s*\(\s*$")
"""'... ballots in the 76 elections were valid (87.56%)': a rate in brackets at the end of
its clause, glossing the clause's amount."""


FIT: Final = 0.02
"""How far (relatively) a stated part's ratio to a nearby figure may be from a rate for that
figure to be taken as the rate's whole: rounding and a writer's slightly different base, not
a different whole ("58.4% of the votes cast" is not of the 262,135 who went to the polls)."""


_AFTER_PREPOSITION: Final = re.compile(
    r"\b(?:in|of|for|across|from|at|among|by|over)\s+(?:the\s+|these\s+|those\s+)?$", re.I
)


def glossed_part(state: _Sentence, i: int) -> Mention | None:
    """The stated amount a rate glosses: '931,290 ballots, or 5.69%', '1,158,201 ballots
    (7.08%)', or the clause's amount that a bracketed rate ends ('23,131,324 ballots in the
    76 elections were valid (87.56%)': of the clause's numbers, the one a nearby figure is
    the whole of at that rate)."""
    if i == 0:
        return None
    members, rate = state.members, state.members[i]
    previous = members[i - 1]
    text = state.text
    if (_CHANGE_GLOSSED.match(text, rate.end) and not score_side(text, rate)) or _CHANGED_TO.search(
        text, rate.sentence[0], previous.start
    ):
        return None
    if CHANGE_AFTER_GLOSS.match(text, rate.end):
        return None  # "1.78 million, 5.5% or 104,000 fewer than a year before": a change
    if of_its_own(text, rate):
        return None  # "Ward Two 930 (36.4%)" after "(31.3% of those registered)": a turnout
    if rate.reading.number < 0:
        return None  # "Memphis handled 3.8 million tonnes (-6.1%)": a change, no share
    if PER_PERIOD.match(text, rate.end) or (
        bracketed(text, rate)
        and any(
            bracketed(text, m) and PER_PERIOD.match(text, m.end)
            for m in members[:i]
            if m.reading.unit == "percent"
        )
    ):
        return None  # "Punjab 127.68 million (2.53% a year), Sindh 55.69 million (2.57%)":
        # rates of growth, the later ones with the period left unsaid, no shares
    if names_all(text, previous):
        return None  # "80095 of the 258229 runs made by all 296, or 31.02%": a whole set
    between = state.between(previous, rate)
    if i >= 2 and glosses_pair(state, members[i - 2], previous, rate):
        return members[i - 2]  # "3,100 of the 5,000 people polled, or 62%": the part counted
    glossed = _part_of(previous, text) and (_GLOSS.match(between) or _OF_THEM_GLOSS.match(between))
    if glossed or _BRACKETED.match(between):
        clause = []
        for m in reversed(members[max(0, i - 3) : i]):
            words = re.sub(r"\d[\d,.]*\d|\d", "", state.between(m, rate))
            if not re.fullmatch(r"[^;:()\[\]]*(?:,\s*or|\(|,)\s*", words) or (
                m is not previous and "," in words[:-2]
            ):
                break  # another clause: not the one the gloss ends
            if m.name in state.aliases or not _part_of(m, text):
                continue
            if _fitted_whole(state, m, rate):
                return m  # the amount a nearby figure is the whole of, at that rate
            clause.append(m)
        # whatever the numbers: the clause's one amount not inside a phrase after a
        # preposition ('23,131,324 ballots in the 76 elections were valid (87.56%)')
        subjects = [m for m in clause if not _AFTER_PREPOSITION.search(state.before(m))]
        if len(subjects) == 1:
            return subjects[0]
    return previous if glossed else None


_OF_THE_PAIR: Final = re.compile(r"^\s*(?:out\s+)?of\s+(?:the\s+|all\s+)?$", re.IGNORECASE)
"""'3,100 of the 5,000', '15 out of 20': a part, then the whole it is counted out of."""
_PAIR_THEN_GLOSS: Final = re.compile(
    r"^(?:\s+[^\W\d][\w'’-]*){0,3}\s*(?:,\s*or|\((?:\s*or)?|(?:—|–|\s-{1,2})(?:\s*or)?)\s*$",
    re.IGNORECASE,
)
"""'of the 5,000 people polled, or', '(', ' — ': the whole's noun, then the share the pair
is."""


def counted_pair(state: _Sentence, part: Mention, whole: Mention) -> bool:
    """Whether ``part`` is counted out of ``whole`` as 'A of the B': two plain numbers of one
    unit, no change, the part no bigger than the whole as written."""
    return (
        part.reading.unit == whole.reading.unit
        and not part.reading.direction
        and not whole.reading.direction
        and _part_of(part, state.text, hedged=True)  # "some 3,100 of the 5,000"
        and _part_of(whole, state.text)
        and part.reading.number * part.reading.multiplier
        <= whole.reading.number * whole.reading.multiplier
        and _OF_THE_PAIR.match(state.between(part, whole) + _lead(whole)) is not None
    )


_GLOSS_CLOSED: Final = re.compile(
    r"\s*(?:of\s+(?:them|these|those)(?:\s+all)?\s*)?(?:[),;:.!?—–]|-\s|$)", re.IGNORECASE
)
"""After a percent that restates a part's share: the gloss ends (', or 62%,', '(75%)'), maybe
pointing back at the same whole ('25% of them.').  Not '62% of likely voters', '80% of those
eligible', '70% by value', '85% last year', '60% in maths': a whole, basis or time of its own."""


def closes_gloss(text: str, rate: Mention) -> bool:
    """Whether the words right after ``rate`` end its gloss of a share (:data:`_GLOSS_CLOSED`)."""
    return _GLOSS_CLOSED.match(text, rate.end) is not None


def glosses_pair(state: _Sentence, part: Mention, whole: Mention, rate: Mention) -> bool:
    """'3,100 of the 5,000 people polled, or 62%', '15 out of 20 (75%)': a rate right after
    a pair restates the part's share of the whole (not one with a whole, basis or time of its
    own: '(62% of likely voters)', 'or 70% by value')."""
    return (
        counted_pair(state, part, whole)
        and _PAIR_THEN_GLOSS.match(state.between(whole, rate) + _lead(rate)) is not None
        and closes_gloss(state.text, rate)
    )


def _fitted_whole(state: _Sentence, part: Mention, rate: Mention) -> Mention | None:
    """The stated figure nearby of which ``part`` is nearest to ``rate`` percent (within a
    fifth of the rate): the whole a share "of the votes cast" or "(5.69%)" is of."""
    book = state.book
    near = [  # a whole fitted by its arithmetic alone is of the part's own story
        m
        for m in book.mentions
        if abs(m.sentence[0] - part.sentence[0]) <= 600
        and not of_another_paragraph(book.text, m, part)
    ]
    p = part.reading.number * part.reading.multiplier
    r = rate.reading.number / 100
    if p <= 0 or r <= 0:
        return None
    siblings = _sibling_glosses(book, part)
    named = {
        at + of.end()
        for at in (part.end, rate.end)
        if (of := _OF_NAMED.match(book.text[at : at + 20])) is not None
    }
    own_words = _named_words(book.text, rate)
    best: tuple[tuple[bool, bool, float], Mention] | None = None
    for m in near:
        if m is part or m.reading.unit != part.reading.unit or not _part_of(m, book.text):
            continue
        if m.sentence == part.sentence and _glossed(book, m) and _glossed(book, part):
            continue  # "203 ballots, or 1.0%, ... 20,091 ballots (94.4%)": sibling parts
        if opposed(book.text, m, part, rate):
            continue  # "10,615,361 valid votes ... 166,248 ballots, or 1.54%, were rejected"
        w = m.reading.number * m.reading.multiplier
        if w <= p:
            continue
        off = abs(float(p / w / r) - 1)
        # a whole every sibling share of the sentence is of, within its rounding, first; of
        # two that fit alike, the one named after the part or the share ("9 (41 per cent) of
        # 22", "356,489 of 580,972 (61.4%)")
        misfits = [share for q, share in siblings if not _within(q * 100 / w, share)]
        if any(_OF_WORDS.match(book.text, share.end) for share in misfits):
            # "795,008 votes, 65.2% of the valid poll, against 425,047, or 34.8%": a sibling
            # share that names its whole in words, and misses this one, says what the shares
            # are of ("34 (65 per cent) of 52, ... four (17 per cent) of 23" name each its own)
            continue
        if own_words and not _within(p * 100 / w, rate) and not own_words <= _words_near(book, m):
            # "2,610, or 61.2% of valid ballots": the share names its whole, which the 4,310
            # votes cast it misfits are not (though "61.2% of the votes cast" would be)
            continue
        misfit = bool(misfits)
        key = (misfit, m.start not in named, off)
        if off <= FIT and (best is None or key < best[0]):
            best = (key, m)
    return best[1] if best else None


_OF_NAMED: Final = re.compile(r"\s*\)?\s*of\s+(?:the\s+)?")
_OF_WORDS: Final = re.compile(r"\s*\)?\s*of\s+(?:the\s+)?[^\W\d]")
_OF_WHOLE_WORDS: Final = re.compile(r"\s*\)?\s*of\s+(?:the\s+)?((?:[^\W\d_]+\s*){1,3})")


def _named_words(text: str, share: Mention) -> set[str]:
    """The words a share names its whole by ("61.2% of valid ballots": valid, ballot)."""
    found = _OF_WHOLE_WORDS.match(text, share.end)
    return {stem(w) for w in re.findall(r"[^\W\d_]{4,}", found.group(1))} if found else set()


def _words_near(book: Book, m: Mention) -> set[str]:
    """The words on either side of ``m`` in its sentence ("4,310 votes cast": vote, cast)."""
    window = book.text[max(m.sentence[0], m.start - 30) : min(m.sentence[1], m.end + 30)]
    return {stem(w) for w in re.findall(r"[^\W\d_]{4,}", window)}


def _sibling_glosses(book: Book, part: Mention) -> list[tuple[Fraction, Mention]]:
    """The other parts of ``part``'s sentence glossed by a share, with their shares
    ("8,503 votes (8.52%) ... and 1,772 votes (1.77%)")."""
    out = []
    for at, m in enumerate(book.mentions[:-1]):
        share = book.mentions[at + 1]
        if m is part or m.sentence != part.sentence or m.reading.unit != part.reading.unit:
            continue
        if _glossed(book, m) and share.reading.unit == "percent" and share.reading.number > 0:
            out.append((m.reading.number * m.reading.multiplier, share))
    return out


def _within(value: Fraction, share: Mention) -> bool:
    lo, hi = share.reading.strict.lo, share.reading.strict.hi
    return lo is not None and hi is not None and lo <= value <= hi


def _glossed(book: Book, m: Mention) -> bool:
    """Whether a share glosses the figure ("20,091 ballots (94.4%)", "931,290, or 5.69%")."""
    at = book.mentions.index(m)
    if at + 1 >= len(book.mentions):
        return False
    following = book.mentions[at + 1]
    return (
        following.sentence == m.sentence
        and following.reading.unit == "percent"
        and _GLOSS.match(book.text[m.end : following.start]) is not None
    )
