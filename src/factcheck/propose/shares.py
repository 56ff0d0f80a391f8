"""Rules for shares: a rate that is a share of the whole its words name ("accounting for 60
percent of total exports"), of a stated whole ("58.45% of the 27.9 million voters"), or of
one restated after "or" as its part ("63.2% of the 1,204,331 voters, or 761,137 ballots")."""

from __future__ import annotations

import re
from typing import Final

from factcheck.propose.book import is_rate, propose_within
from factcheck.propose.context import (
    _ANOTHER_PERIOD,
    _CONTRIBUT,
    _OF_WHOLE,
    _OWN_NOUN,
    _in_analysis,
    _lead,
    _part_of,
    _Sentence,
    _whole,
    counts_another,
    unsaid_whole,
)
from factcheck.propose.glosses import _fitted_whole, counted_pair, glossed_part
from factcheck.propose.naming import count_nouns, ratio_not_share, share_like
from factcheck.propose.out_of import out_of_share
from factcheck.propose.parts import of_whom
from factcheck.propose.scores import in_score
from factcheck.propose.sentences import Mention

_PART_NAMED_AFTER: Final = re.compile(
    r"\s*(?:was|were|is|are|came|comes|went|goes|had\s+been|has\s+been)\s+"
    r"(?!(?:up|down|higher|lower|more|less|above|below|over|under|in|on|at|by|from|than|a|an|the)\b)"
    r"(?:from\s+|to\s+)?[^\W\d]",
    re.IGNORECASE,
)
"""After 'N% of WHOLE', a verb and the part it is ('31.5 per cent of all generation was
solar'): the share's own part, named after it."""


def _share(state: _Sentence, i: int) -> None:
    """'accounting for 60 percent of total exports': a share of a whole."""
    members, book = state.members, state.book
    rate = members[i]
    if not is_rate(rate) or rate.name in state.growth_of or rate.reading.direction:
        return
    if i + 2 < len(members) and _pair_restates(state, rate, members[i + 1], members[i + 2]):
        _restated_share(state, rate, members[i + 1], members[i + 2])
        return  # "62% of respondents, or about 3,100 of the 5,000 polled"
    if out_of_share(state, i):
        return  # "4,175 cases out of a population of 358,000, which is 1.17 percent"
    glossed = glossed_part(state, i)
    if not share_like(state.text, rate) and not glossed:
        return
    if _CONTRIBUT.search(state.before(rate)):
        return  # a share of an increase
    of = _OF_WHOLE.match(state.after(rate))
    if (
        of is None
        and i >= 2
        and _rate_of_compared_pair(state, members[i - 2], members[i - 1], rate)
    ):
        return  # "Toledo 13 against 6 (117 percent)": the change between the two, no share
    if of and i + 1 < len(members) and members[i + 1].start <= rate.end + of.end():
        restated = members[i + 2] if i + 2 < len(members) else None
        if restated is not None and _restated_part(state, members[i + 1], restated):
            _restated_share(state, rate, restated, members[i + 1])
            return  # "63.2% of the 1,204,331 registered voters, or 761,137 ballots"
        if i > 0 and _part_before(state, members[i - 1], rate, members[i + 1]):
            _restated_share(state, rate, members[i - 1], members[i + 1])
            return  # "88,929 candidates (or 15.41 per cent of the 574,125 candidates)"
        _of_stated_whole(state, rate, members[i + 1])
        return  # "58.45% of the 27.9 million voters": the part is not stated here
    parts = [m for m in members[:i] if _part_of(m, state.text) and m.name not in state.aliases]
    while len(parts) > 1 and _aside_of_another_time(state, parts[-1], rate):
        parts.pop()  # "Rs 114 crore (Rs 136 crore a year before), 6 per cent of revenue"
    part = glossed or (parts[-1] if parts else None)
    if part is not None and of and _PART_NAMED_AFTER.match(state.text, rate.end + of.end()):
        return  # "19.6 TWh, 28.2 per cent of all generation, and 31.5 per cent of all
        # generation was solar": the share's part is named after it, not the amount before
    if part is not None and i - members.index(part) > 2:
        part = None
    if part is not None and not (
        of or glossed or re.search(r"account|share|make|made|represent", state.between(part, rate))
    ):
        part = None
    if part is not None and (
        _OWN_NOUN.search(state.between(part, rate))
        or counts_another(state, part, rate, of.group("whole") if of else "")
    ):
        part = None  # "exports of $95 billion, and a trade deficit of 10.5% of exports"
    if part is None and not _in_analysis(state):
        if rate.reading.number > 100:
            return  # "debt was 205.6% of GDP": a ratio, no share of a whole at most 100 percent
        book.propose(
            "shares_sum",
            f"shares_sum([{rate.name}])",
            about=rate,
            why="a share of an unstated whole: at most 100 percent",
            figures=(rate.name,),
        )
        return
    unit = part.reading.unit or "" if part is not None else book.main_unit()
    if of:
        whole, guessed = _whole(state, of.group("whole"), unit, part)
        stated = _whole_stated_after(state, rate, rate.end + of.end(), unit)
        if stated is not None:
            whole, guessed = stated.name, False  # "of the budget, which is put at Sh3.9tn"
        elif _whole_of_another_time(state, rate.end + of.end(), unit):
            return
    else:
        whole, guessed = unsaid_whole(state, unit, part), False
    named = of_whom(state, part, rate) if part is not None else None
    if named is not None:
        whole, guessed = named.name, False  # "47,124,842, of whom 26,418,754, or 56.06%"
    elif part is not None and whole not in book.by_name and not in_score(state.text, part):
        fitted = _fitted_whole(state, part, rate)
        if fitted is not None:
            # a whole fitted by its arithmetic is a guess ("58.4% of the votes cast" is of
            # the valid votes, not of the 262,135 who "had cast the votes"): a warning
            whole, guessed = fitted.name, True
    if part is not None and of is None and whole not in book.by_name:
        guessed = True  # "600 ballots (12%)": of a whole left unsaid, maybe not the article's
    part_name = part.name if part is not None else _clause_subject(state, rate)
    if part_name == whole:
        return
    if part is not None and not any(rate.name in c.condition for c in book.checks):
        book.rename(rate, f"{part.name}_share")  # the share the part is
    state.share = (rate.name, part_name, whole)
    figures = tuple(n for n in (part_name, whole, rate.name) if n in book.by_name)
    severity = "warn" if guessed or part is None else "error"
    book.propose(
        "share",
        f"share({part_name}, {whole}) == {rate.name}",
        about=rate,
        quote=book.passage(*(m for m in (part, rate) if m is not None)),
        why="a share of the whole its words name",
        figures=figures,
        severity=severity,
    )
    if part is not None and not ratio_not_share(state.text, rate):
        propose_within(book, whole, part, severity=severity)


_COMPARED: Final = re.compile(
    r"\s*(?:[^\W\d]+\s+){0,2}(?:against|versus|vs\.?|compared\s+(?:with|to))\s*$",
    re.IGNORECASE,
)
"""Between two amounts: words that set one against the other ('13 homicides against 6')."""
_BRACKETED: Final = re.compile(r"\s*(?:\(|,\s*(?:or|up|down)?\s*)$", re.IGNORECASE)
"""Between the second amount and a rate: a bracket or a comma ('6 (117 percent)')."""


def _rate_of_compared_pair(
    state: _Sentence, first: Mention, second: Mention, rate: Mention
) -> bool:
    """'Toledo had 13 against 6 (117 percent)': a rate glossing two amounts set against each
    other is the change between them, no share of a whole."""
    return bool(
        _COMPARED.fullmatch(state.between(first, second))
        and _BRACKETED.fullmatch(state.between(second, rate))
    )


_NEW_CLAUSE: Final = re.compile(r";|,?\s+(?:while|whereas|but)\b|,\s+and\b", re.IGNORECASE)
"""Words that open a clause with a subject of its own ('..., while petrol cars fell')."""


def _clause_subject(state: _Sentence, rate: Mention) -> str:
    """What a share with no part stated is of: the sentence's subject, unless an earlier share
    of the sentence is the subject's and a new clause opens before this one ('Diesel fell 11
    percent, to a 29 percent share, while petrol cars fell 30 percent, to a 46.4 percent
    share': the petrol cars', not diesel's)."""
    subject = state.subject()[0]
    earlier = state.book.by_name.get(state.share[0]) if state.share is not None else None
    if earlier is None or state.share is None or state.share[1] != subject:
        return subject
    if earlier.end > rate.start or not _NEW_CLAUSE.search(state.text, earlier.end, rate.start):
        return subject
    base = rate.name.removesuffix("_share") if rate.name.endswith("_share") else "clause"
    head = state.text[earlier.end : rate.start].strip()[-80:]
    return state.book.unknown(base, state.book.main_unit(), f"what '{head}' speaks of")


def _aside_of_another_time(state: _Sentence, part: Mention, rate: Mention) -> bool:
    """'Rs 114 crore (Rs 136 crore a year before), 6 per cent of operating revenue': an amount
    in brackets closed before the rate, of another time its words name, is an aside beside
    the amount the share is of."""
    opened = state.text.rfind("(", state.members[0].sentence[0], part.start)
    closed = state.text.find(")", part.end, rate.start)
    if opened == -1 or closed == -1 or ")" in state.text[opened : part.start]:
        return False
    return _ANOTHER_PERIOD.search(state.text, opened, closed) is not None


_WHICH_IS: Final = re.compile(
    r"^\s*,?\s*which\s+(?:is|was|stands\s+at|stood\s+at|totals|totalled|totaled|comes\s+to|"
    r"came\s+to)\s+(?:(?:estimated|put|projected|forecast|expected|set|pegged|valued)\s+"
    r"(?:at|to\s+be)\s+)?$",
    re.IGNORECASE,
)
"""'27.5% of the budget, which is estimated at': the whole's words, then its amount."""
_COMPARES: Final = re.compile(
    r"^\s*(?:more|less|fewer|higher|lower|bigger|smaller|larger|greater|above|below|up|down|"
    r"than|over|under|short)\b",
    re.I,
)


_OF_A_TIME: Final = re.compile(
    r"^\s*(?:(?:in|for|during)\s+(?:(?:fiscal|financial)\s+)?(?:19|20)\d\d\b|(?:a|one|two)\s+years?\s+"
    r"(?:earlier|ago|before)\b|last\s+year\b|the\s+(?:previous|prior)\s+year\b)",
    re.I,
)
"""After a whole in a relative clause: its own time ('which was $360 billion in 2022'), maybe
not the share's."""


def _whole_stated_after(state: _Sentence, rate: Mention, at: int, unit: str) -> Mention | None:
    """The amount a relative clause after a share's whole gives it: '27.5% of the budget, which
    is estimated at Sh 3.9 trillion' (not 'which is Sh110bn more than last year's')."""
    m = _clause_amount(state, at, unit)
    if m is None:
        return None
    after = state.text[m.end : m.sentence[1]]
    if _COMPARES.match(after) or _OF_A_TIME.match(after):  # ("^" holds at pos 0 only)
        return None
    return m


def _clause_amount(state: _Sentence, at: int, unit: str) -> Mention | None:
    """The amount of ``unit`` a relative clause right after ``at`` says the whole is."""
    for m in state.members:
        if m.start <= at or m.reading.unit != unit or not unit:
            continue
        between = state.text[at : m.start]
        if not _part_of(m, state.text) or not (
            _WHICH_IS.match(between) or _WHICH_IS.match(between + _lead(m))
        ):
            return None
        return m
    return None


def _whole_of_another_time(state: _Sentence, at: int, unit: str) -> bool:
    """'10% of federal revenue, which was $360 billion in 2022': the clause gives the whole of
    a time it names, maybe not the share's."""
    m = _clause_amount(state, at, unit)
    return m is not None and _OF_A_TIME.match(state.text[m.end : m.sentence[1]]) is not None


_OR_RESTATED: Final = re.compile(
    r"^(?:\s+[^\W\d][\w'’-]*){0,4}?\s*,\s*or\s*(?:about|some|nearly|almost|around|roughly|"
    r"approximately|just\s+(?:over|under))?\s*$",
    re.IGNORECASE,
)
"""'of the 1,204,331 registered voters, or', 'of 67 million, or about': the whole, its noun,
then the part it restates."""


def _restated_part(state: _Sentence, whole: Mention, part: Mention) -> bool:
    """Whether ``part`` restates a share of ``whole`` as a quantity of the same unit: '48.3%
    of the 2,417 staff, or 1,167 people'."""
    if not (
        _part_of(whole, state.text)
        and _part_of(part, state.text, hedged=True)  # "or about 34 million people"
        and whole.reading.unit == part.reading.unit
        and _OR_RESTATED.match(state.between(whole, part) + _lead(part)) is not None
    ):
        return False
    # The part, its noun, then the clause ends: not "or £500 per household", "or 200 at
    # each plant", "or 1,600 a year", "or 30 in the capital" (a part of the part).
    after = state.text[part.end : part.sentence[1]]
    label = part.reading.label or ""
    if label and after.lstrip().lower().startswith(label.lower()):
        after = after.lstrip()[len(label) :]
    # its noun may stand unread as a label ("or about 34 million people"): one word, no
    # preposition or article
    return (
        re.match(
            r"\s*(?:(?!(?:a|an|the|per|at|in|each|every|for|of|on|to|from|by)\b)[^\W\d]"
            r"[\w'’-]*)?\s*(?:[,.;:)]|$)",
            after,
            re.IGNORECASE,
        )
        is not None
    )


_THEN_PAIR: Final = re.compile(
    r"^(?:\s+of\s+(?:(?:all|the|those|these)\s+)?[^\W\d][\w'’-]*(?:\s+(?:polled|surveyed|"
    r"questioned|asked|interviewed|sampled))?)?\s*(?:,\s*or|\()\s*(?:some|about|nearly|almost|"
    r"around|roughly|approximately|just\s+over|just\s+under)?\s*$",
    re.IGNORECASE,
)
"""'62% of respondents, or about', '62% of those polled, or', '62% (': a share, its whole in
one word, then the pair of counts that restates it (not '62% of likely voters, or 2,900 of
the 5,012 polled': a narrower whole than the pair's)."""


def _pair_restates(state: _Sentence, rate: Mention, part: Mention, whole: Mention) -> bool:
    """Whether 'A of the B' right after ``rate`` restates it: '62% of respondents, or about
    3,100 of the 5,000 polled', '62% (3,100 of 5,000)'."""
    return (
        counted_pair(state, part, whole)
        and _THEN_PAIR.match(state.between(rate, part) + _lead(part)) is not None
    )


_PART_THEN_SHARE: Final = re.compile(
    r"^\s*(?:[,(]|[—–]|\s-{1,2})\s*(?:or|accounting\s+for|representing|making\s+up|equal\s+to|equivalent\s+to)?"
    r"\s*$",
    re.IGNORECASE,
)
"""'88,929 candidates (or', '300 votes,', '300 votes —', '$5.94 billion, accounting for': a
part, its noun, then the share of a whole it is."""
_PART_OR_SHARE: Final = re.compile(
    r"^(?:\s+(?!of\b|or\b|and\b|in\b|at\b|to\b|from\b)[^\W\d][\w'’-]*){1,3}?\s*"
    r"(?:,|\(|[—–]|\s-{1,2})\s*or\s+$",
    re.IGNORECASE,
)
"""'1.5 million people, or', '1,500 cars (or': a part, its own noun (which the reader left
unread), then 'or' and the share of a whole it restates it as."""


_AND_BETWEEN: Final = re.compile(r"^[^\d;:()]*\b(?:and|plus)\b[^\d;:()]*$|^[^\d;:()]*&[^\d;:()]*$")


def in_a_list(state: _Sentence, earlier: Mention, part: Mention) -> bool:
    """Whether ``part`` ends a list with ``earlier`` ('exports of $3 billion and imports of
    $2.85 billion'): a share glossed after it may be of the list, not of it alone."""
    return earlier.reading.unit == part.reading.unit and bool(
        _AND_BETWEEN.match(state.between(earlier, part) + _lead(part))
    )


def _part_before(state: _Sentence, part: Mention, rate: Mention, whole: Mention) -> bool:
    """Whether ``part``, right before '15.41 per cent of the 574,125 candidates', is the part
    that share is: a count or amount of the whole's unit and noun (or the whole names none),
    with nothing but a comma, a bracket or 'or' between."""
    if rate.reading.hedge is not None or part.name in state.aliases:
        return False
    if not (_part_of(part, state.text, hedged=True) and _part_of(whole, state.text)):
        return False  # "About 1.5 million people, or 4.2% of the labour force of 35.7 million"
    if part.reading.unit != whole.reading.unit:
        return False
    at = state.members.index(part)
    if at > 0 and in_a_list(state, state.members[at - 1], part):
        return False  # "$3 billion and health $2.85 billion, or 13% of": of both, maybe
    between = state.between(part, rate) + _lead(rate)
    compared = re.search(
        r"\b(?:compared\s+(?:with|to)|against|versus|than|from|to)\s+(?:some\s+|about\s+)?$",
        state.text[max(part.sentence[0], part.start - 30) : part.start] + _lead(part),
        re.I,
    )
    if _PART_OR_SHARE.match(between) and _opens_clause(state, part) and not compared:
        return True  # "1,500 cars, or 5.2% of the 35,700 sold": 'or' says the share restates
        # the part, whatever noun each is counted by (the clause's first number: not the 12 of
        # "1,500 people at 12 plants, or 4.2% of the 35,700 jobs"; nor a figure compared with,
        # "compared with 500 jobs, or 9% of its 12,500 staff")
    label = part.reading.label or ""
    if label and between.lstrip().lower().startswith(label.lower()):
        between = between.lstrip()[len(label) :]
    if not _PART_THEN_SHARE.match(between):
        return False
    whole_nouns = count_nouns(state.text, whole.end)
    part_nouns = count_nouns(state.text, part.end)
    if not part_nouns and part.reading.unit is not None:
        # "$5.94 billion, or 13% of the $45 billion budget": an amount names no noun of its
        # own, and its unit is the whole's (a bare count might be of another noun)
        return True
    # "60 seats, 33.2% of the 19 million votes": another noun
    return not whole_nouns or bool(whole_nouns & part_nouns)


def _opens_clause(state: _Sentence, m: Mention) -> bool:
    """Whether ``m`` is the first number of its clause: no number before it in its sentence,
    or a comma, semicolon, colon or conjunction between it and the one before."""
    at = state.members.index(m)
    if at == 0:
        return True
    return (
        re.search(r"[,;:]|\b(?:and|but|while)\b", state.between(state.members[at - 1], m))
        is not None
    )


def _restated_share(state: _Sentence, rate: Mention, part: Mention, whole: Mention) -> None:
    book = state.book
    if not any(rate.name in c.condition for c in book.checks):
        book.rename(rate, f"{part.name}_share")
    state.share = (rate.name, part.name, whole.name)
    book.propose(
        "share",
        f"share({part.name}, {whole.name}) == {rate.name}",
        about=rate,
        quote=book.passage(rate, whole, part),
        why="a share of a stated whole, restated after 'or' as the part it is",
        figures=(part.name, whole.name, rate.name),
    )
    propose_within(book, whole.name, part)


def _of_stated_whole(state: _Sentence, rate: Mention, whole: Mention) -> None:
    """'58.45% of the 27.9 million eligible voters participated ... 16,362,185 voters
    exercised their rights': the part is a later count of the same noun, when it is that
    share of the whole within rounding (a fitted part: a warning)."""
    book = state.book
    if not _part_of(whole, state.text) or rate.reading.hedge is not None:
        return
    nouns = count_nouns(state.text, whole.end)
    later = [
        m
        for m in book.mentions
        if m.start > whole.end
        and m.sentence[0] - whole.sentence[1] <= 400
        and m.reading.unit == whole.reading.unit
        and _part_of(m, state.text)
        and nouns & count_nouns(state.text, m.end)
    ][:6]
    fitting = [m for m in later if _fitted_whole(state, m, rate) is whole]
    if len(fitting) != 1:
        return
    part = fitting[0]
    book.propose(
        "share",
        f"share({part.name}, {whole.name}) == {rate.name}",
        about=rate,
        why="a share 'of' a stated whole, and a later count of the same noun that is that share",
        figures=(part.name, whole.name, rate.name),
        severity="warn",
        suffix="_of_stated",
    )
