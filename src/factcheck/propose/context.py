"""What the rules share: one sentence's mentions and what the rules learnt of them (the
sentence's level, its subject, the growth rates found), the wholes phrases name, and the
patterns of wording more than one rule reads."""

from __future__ import annotations

import re
from typing import Final

from factcheck.propose.book import Book, head_words, is_amount, is_count, is_points, is_rate
from factcheck.propose.naming import count_nouns, growth_like, share_like, stem
from factcheck.propose.periods import year_named
from factcheck.propose.restraints import (
    count_stage,
    of_other_years,
    qualified,
)
from factcheck.propose.scores import score_label
from factcheck.propose.sentences import Mention
from factcheck.reading import _PREFIXES

_TO: Final = re.compile(r"\s*,?\s*(?:to(?:\s+(?:close|end|finish|settle)\s+at)?|at)\s*$")
"""Before a level reached: 'to', 'at', 'to close at', 'to settle at'."""


_FROM: Final = re.compile(r"^\s*,?\s*from\s*$")


_LEVEL_THEN_RATE: Final = re.compile(r"^[\s,;(]*(?:and\s+)?$")


_LEVEL_WORDS_RATE: Final = re.compile(r"^(?:\s+[\w'’-]+){1,6}\s*,\s*(?:and\s+)?$")


_MARKING: Final = re.compile(
    r"\b(marking|representing|an?\s+(?:year-on-year\s+)?(?:increase|rise|growth|decline|drop|fall))\b",
    re.I,
)


_THAN: Final = re.compile(
    r"^\s*(?P<word>higher|lower|more|less|above|below|faster|slower|greater)\s+than\s+"
    r"(?P<other>[^,.;:()—–]*)"
)


_CONTRIBUT: Final = re.compile(
    r"\bcontribut\w*\s*(?:about|around|nearly|some|over|more than)?\s*$", re.I
)


_TO_GROWTH: Final = re.compile(
    r"^\s*(?:of\s+)?(?:to|toward|towards)\s+(?P<whole>[^,.;:()—–]*?)\s*(?:growth|expansion|increase)\b",
    re.I,
)


_OF_INCREASE: Final = re.compile(
    r"^\s*of\s+(?P<whole>[^,.;:()—–]*?)\s*(?:increase|growth|rise|gain)\b", re.I
)


_OWN_NOUN: Final = re.compile(
    r"\b(?:and|but|while|whereas)\s+(?:a|an|the)\s+"
    r"(?:(?!(?:share|proportion|portion|part|fraction)s?\b)[^\W\d]+[\s-]+){1,3}of\s*$",
    re.I,
)
"""'..., and a trade deficit of 10.5 percent': the rate of a noun of its own, in a new conjunct,
not of the amount before ('and a share of 60 percent' is still the amount's)."""


_OF_WHOLE: Final = re.compile(
    r"^\s*(?:share\s+)?of\s+(?P<whole>(?:(?!\b(?:were|was|is|are|had|has|have|will|would|and|"
    r"while|who|which|that|in|on|for|during)\b)[^,.;:()—–])*)",
    re.I,
)
"""'of total exports', 'of cases were in children': the whole's words stop at a verb, a
conjunction or a preposition ("of the GDP in 2024")."""


_FIRST_TIME: Final = re.compile(r"\bfor the first time\b", re.I)


_REACHING: Final = re.compile(
    r"^\s*(?:for the first time)?\s*,?\s*(?:reaching|to reach|hitting|at|to)\s*$", re.I
)


_CONSECUTIVE: Final = re.compile(r"^\s*(?:-|\s)?consecutive\b", re.I)


_ON_RECORD: Final = re.compile(
    r"\b(on record|ever|in history|globally|in the world|worldwide)\b", re.I
)


_RANK_VERB: Final = re.compile(
    r"\b(?:rose|climbed|fell|dropped|moved|ranked|ranks|ranking|is|was)\s+(?:to\s+)?$", re.I
)


_MORE_THAN: Final = re.compile(r"^\s*(?:more|fewer|less)\s+than\b", re.I)


def counts_another(state: _Sentence, part: Mention, rate: Mention, whole: str) -> bool:
    """Whether ``part`` cannot be the part of '``rate`` of ``whole``': a clause lies between
    them ("independents eight; the Congress won 39.53% of the votes"), or the part counts
    other things than the whole names ("77 of the 117 seats, with 38.5 per cent of the
    votes")."""
    if ";" in state.between(part, rate):
        return True
    nouns = count_nouns(state.text, part.end) if is_count(part) else set()
    words = {stem(w) for w in re.findall(r"[^\W\d_]{4,}", whole)}
    return bool(nouns and words) and not nouns & words


_CONVERSION: Final = re.compile(
    r"^(?:-[^\W\d_]+)?"  # "30-foot-tall (48-kilometer-tall)": a unit made an adjective
    r"\s*(?:\(\s*(?:about|around|roughly|or|some|approximately)?\s*|,?\s*or\s+(?:about\s+)?)$",
    re.I,
)


_POINTS_CHANGE: Final = re.compile(r"^\s*(?:increase|decrease|rise|drop|decline|gain|fall)\b", re.I)


_SUBJECT_LIST: Final = re.compile(
    r"(?P<list>(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*,\s+){2,}(?:and\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)"
)


_SUBJECT_END: Final = re.compile(
    r"\s+(?:accounted|account|accounts|accounting|posted|saw|recorded|grew|rose|reached|"
    r"contributed|made|had|has|have|were|was|is|are|totaled|totalled)\b"
)


class _Sentence:
    """One sentence's mentions and what the rules learnt of them so far."""

    def __init__(self, book: Book, members: list[Mention]) -> None:
        self.book = book
        self.members = members
        self.text = book.text
        self.growth_of: dict[str, str] = {}
        """rate name -> the level it is the growth of."""
        self.aliases: set[str] = set()
        """Figures that restate another in a second unit (not levels of their own)."""
        self.share: tuple[str, str, str] | None = None
        """(rate, part, whole) of the last share proposed."""
        self._subject: tuple[str, str] | None = None

    def between(self, a: Mention, b: Mention) -> str:
        return self.text[a.end : b.start]

    def before(self, m: Mention) -> str:
        return self.text[m.sentence[0] : m.start]

    def after(self, m: Mention) -> str:
        return self.text[m.end : m.sentence[1]]

    def level(self) -> Mention | None:
        """The sentence's own level: its first amount that restates nothing."""
        for m in self.members:
            if is_amount(m) and m.name not in self.aliases:
                return m
        return None

    def subject(self) -> tuple[str, str]:
        """An unknown for what the sentence is about, and its earlier level."""
        if self._subject is None:
            level = self.level()
            book = self.book
            if level is not None:
                unit = level.reading.unit or ""
                self._subject = (level.name, book.previous(level.name, unit))
            else:
                head = self.text[self.members[0].sentence[0] : self.members[0].start]
                cut = _SUBJECT_END.search(head)
                head = head[: cut.start()] if cut else head
                listed = _SUBJECT_LIST.search(head)
                if listed:
                    names = re.split(r",\s+(?:and\s+)?|\s+and\s+", listed.group("list"))
                    words = [head_words(n)[:1] for n in (names[0], names[-1])]
                    base = "_to_".join(w[0] for w in words if w) or "subject"
                    description = f"{listed.group('list')}, together"
                else:
                    base = "_".join(head_words(head.split(",")[-1])[-2:]) or "subject"
                    description = f"what '{head.strip()[-80:]}' speaks of"
                unit = book.main_unit()
                name = book.unknown(base, unit, description)
                self._subject = (name, book.previous(name, unit))
        return self._subject


def _share_of_head(head: str) -> re.Pattern[str]:
    """What follows a part glossed as a share of ``head``: ' in 2018-19, 25.0% of GDP'."""
    return re.compile(
        r"[^.;%]{0,40}?(?<![\d.])\d[\d.]*\s*(?:%|per\s*cent|percent)\s+of\s+(?:the\s+)?"
        rf"(?:[^\W\d_]+['’]s\s+)?{re.escape(head)}\b",
        re.I,
    )


def _paragraph_total(state: _Sentence, unit: str) -> str:
    """'... of the total': the whole its paragraph measures against; another paragraph's
    'total' may be another month's ('$3.4 billion, 11.2% of the total' in November,
    '$3.7 billion, 11.0% of the total' in October), though the first may be the total the
    article named before ('total exports')."""
    book = state.book
    key = f"@total@{state.text.rfind(chr(10) * 2, 0, state.members[0].start)}"
    if key in book.entities:
        return book.entities[key]
    if book.total is None or any(k.startswith("@total@") for k in book.entities):
        base, count = "national_total", 1
        while (name := base if count == 1 else f"{base}_{count}") in book.unknowns:
            count += 1
        name = book.unknown(name, unit, "the whole the article measures against (the nation's, "
                            "the economy's)")  # fmt: skip
        book.total = book.total or name
    else:
        name = book.total
    book.entities[key] = name
    return name


def _whole(
    state: _Sentence, phrase: str, unit: str, part: Mention | None = None
) -> tuple[str, bool]:
    """The figure or unknown a phrase such as "total exports" or "China's total foreign trade"
    names, and whether it is a figure found by its name (an uncertain link)."""
    book = state.book
    words = head_words(phrase)
    if not words:
        return _paragraph_total(state, unit), False
    head = words[-1]
    candidates: tuple[str, ...] = ("_".join(words), head)
    kind = head
    at_head = phrase.lower().rfind(head)
    if len(words) > 1 and at_head > 0 and qualified(phrase, at_head):
        # "43.5 per cent of low-carbon generation": a kind of generation, neither the figure
        # named "generation" nor the whole another share of plain generation is of
        kind = "_".join(words)
        candidates = (kind,)
    for candidate in candidates:
        figure = book.by_name.get(candidate)
        if figure is not None and figure.start >= state.members[0].sentence[1]:
            figure = None  # "16.3% of all exports" is not of May's exports, named later
        if figure is not None and _share_of_head(head).match(state.text, figure.end):
            figure = None  # "$400 billion in 2018-19, 25.0% of GDP": a part of it, no GDP
        if figure is not None and is_amount(figure) and figure.reading.unit == unit:
            opening = state.text[figure.sentence[0] : figure.start].lower().split()
            subject = [w for w in opening[:3] if w not in ("the", "total", "its", "their")]
            first = re.sub(r"['’]s$", "", subject[0]).strip(",.:;") if subject else ""
            named = first == candidate.split("_")[-1]
            # a common noun ("of turnover", not "of May") names the amount it last named
            last = _antecedent(state, head, unit, part) if part and head in phrase else None
            if last is not None and last is not figure:
                return last.name, True  # "Arsenal's turnover ... £283m", not the league's
            if not named and part is not None and of_other_years(state.text, figure, part):
                continue  # a figure only its name links, in a paragraph of other years
            return figure.name, not named  # "Exports reached 52 million": plainly exports
    # The same words name one whole ("total trade"), but a year's output, against which flows
    # are measured, is one within a paragraph: another paragraph's may be of another period
    # ("2.4 percent of GDP" in 2016-17, "14.9 percent of GDP" in 2017-18), and so may one
    # after a comparison ("1.11% of GNI, against ..., or 1.03% of GNI").
    # So is one of another year the words name ("$459.9 billion in 2017-18, 25.1% of GDP, and
    # $484.6 billion in 2018-19, 25.4% of GDP"): the year last named in the paragraph before
    # the part, so that sentences sharing a year they name once share its output.
    paragraph = ""
    if head in _OUTPUT_HEADS:
        start = state.members[0].sentence[0]
        upto = part.start if part is not None else state.members[-1].end
        opened = state.text.rfind(chr(10) * 2, 0, start)
        paragraph = f"{opened}"
        paragraph += f"#{len(_COMPARISON.findall(state.text, start, upto))}"
        year = year_named(state.text, opened, upto, part)
        paragraph += f"@{year}" if year else ""
    else:  # "with 97.83% of sections in, ... 47.99% of the valid votes": that stage's whole
        opened = state.text.rfind(chr(10) * 2, 0, state.members[0].sentence[0])
        stage = count_stage(state.text, max(opened, 0), state.members[0].sentence[1])
        paragraph = f"{opened}~{stage}" if stage else ""
        if _PERIOD_LEAD.match(state.text, max(opened, 0)):
            # "For the nine months, ... 6 per cent of operating revenue": a paragraph that
            # opens on its own period tells that period's whole, not the quarter's before it
            paragraph += f"^{opened}"
    known = book.entities.get(f"{kind}@{paragraph}")
    if known is not None and (
        book.unknowns.get(known) is None or book.unknowns[known].unit == unit
    ):
        return known, True  # the same words may name the whole of another period
    others = sum(1 for key in book.entities if key.split("@")[0].split("_")[-1] == head)
    base = f"total_{head}" + (f"_{others + 1}" if others else "")
    name = book.unknown(base, unit, f"{phrase.strip()} (the whole)")
    book.entities[f"{kind}@{paragraph}"] = name
    if book.total is None and re.search(r"\b(total|overall|national|all)\b", phrase, re.I):
        book.total = name
    return name, False


_PERIOD_LEAD: Final = re.compile(
    r"\s*(?:for|in|over|during|across)\s+(?:the\s+)?(?:(?:first|last|past|latest|full|whole|"
    r"second|third|fourth|final)\s+)?(?:(?:[a-z]+|\d+)[\s-])?(?:months?|quarters?|half|"
    r"half-year|years?|weeks?|period)\b"
    r"|\s*(?:for|in|during)\s+(?:(?:fiscal|financial)\s+(?:year\s+)?)?(?:19|20)\d\d\b",
    re.I,
)
"""The opening of a paragraph that names its own period: 'For the nine months,', 'In the
first half', 'In 2019'."""
_OUTPUT_HEADS: Final = frozenset({"gdp", "gnp", "gni", "gva", "output"})
_COMPARISON: Final = re.compile(r"\b(?:against|versus|compared\s+(?:with|to))\b", re.I)


def _antecedent(state: _Sentence, head: str, unit: str, part: Mention) -> Mention | None:
    """'Arsenal's turnover ... rose to £283m ... Its wage bill rose to £154m, 54% of turnover':
    the amount the noun last named, in its paragraph, before the part, when larger than it,
    rather than a figure of that name further back (the league's turnover)."""
    text = state.text
    start = text.rfind("\n\n", 0, part.start) + 1
    named = list(re.finditer(rf"\b{re.escape(head)}\b", text[start : part.start], re.I))
    if not named:
        return None
    if qualified(text, start + named[-1].start()):
        return None  # "renewable generation ... 40.8TWh": a kind of it, not all of it
    at = start + named[-1].end()
    for m in state.book.mentions:
        if m.start < at or m.start >= part.start or m.sentence[0] > at:
            continue
        if is_amount(m) and m.reading.unit == unit and not m.reading.direction:
            size, whole = part.reading.number * part.reading.multiplier, m.reading.number
            return m if whole * m.reading.multiplier > size else None
    return None


_LABELLED: Final = re.compile(
    r"\b(?:District|Ward|Precinct|Division|Region|Zone|Constituency|Group|Section|Sector|Block|"
    r"Round)\s+(?:[A-Z]{1,2}|\d{1,3})\b(?![,.]\d)"
)
"""A unit of a count named by a letter or number ("District D", "Ward 3", "Round 2")."""


_ANOTHER_PERIOD: Final = re.compile(
    r"\b(?:(?:a|one|the)\s+(?:year|month|quarter|decade)\s+(?:earlier|before|ago)"
    r"|the\s+(?:previous|preceding|prior)\s+(?:year|month|quarter)|last\s+year)\b",
    re.I,
)
"""Words that move a sentence to another period: the shares after them are of that period's
whole ("4.91 percent; a year earlier ... 7,194.86 thousand unemployed (4.82 percent)")."""


_EARLIER_LEVEL: Final = re.compile(r"\b(?:up|down)\s+from\s*$", re.I)
"""Right before a part: 'up from', the level of an earlier time."""


_SHARE_OF_ANOTHER_PERIOD: Final = re.compile(
    r"[^\W\d]*\s*\([^()]*\)\s*,?\s*(?:" + _ANOTHER_PERIOD.pattern + ")", re.I
)
"""Right after a part: its bracketed share, then words of another period ('compared with
107,495 (2.0 per cent) last year'): that share is of that period's whole."""


def _digits_at(text: str, part: Mention) -> int:
    """Where a part's digits begin (its reading may take in the 'up from' before them)."""
    found = re.search(r"\d", text[part.start : part.end])
    return part.start + (found.start() if found else 0)


def unsaid_whole(state: _Sentence, unit: str, part: Mention | None = None) -> str:
    """The unknown whole of a share whose whole the words leave unsaid ("47,402,357 votes
    (49.24 per cent)"): one for each sentence.  The shares of one sentence are of one whole;
    those of two sentences may not be (the votes of two elections, the trade of two years),
    and the article-wide whole is for words that name it ("the national average").  Nor are
    those of two labelled units of one sentence ("Crowder held District D with 4,217 votes,
    62 percent, and Gaylord District E with 4,484, or 55.5 percent"): each part is of the
    whole of the unit last labelled before it, nor are those before and after words that move
    the sentence to another period ("a year earlier")."""
    book = state.book
    start = state.members[0].sentence[0]
    label = ""
    if part is not None:
        labels = _LABELLED.findall(state.text, start, part.start)
        label = " ".join(labels[-1].split()) if labels else ""
        label = f"{label} {score_label(state.text, part)}".strip()
        shifts = _ANOTHER_PERIOD.findall(state.text, start, part.start)
        if shifts:  # "...; a year earlier there were 142,179.05 thousand employed (95.18%)"
            label = f"{label} {' '.join(shifts[-1].split()).lower()}".strip()
        elif _EARLIER_LEVEL.search(state.text, start, _digits_at(state.text, part)) or (
            _SHARE_OF_ANOTHER_PERIOD.match(state.text, part.end)
        ):
            label = f"{label} earlier".strip()  # "18,931 (25.7 per cent), up from 50,000 (70
            # per cent) in 2018": the earlier level's share is of the earlier whole
    name = book.unsaid.get((start, label))
    if name is None:
        opening = " ".join(state.text[start : state.members[0].sentence[1]].split()[:8])
        name = book.unknown(
            f"whole_{len(book.unsaid) + 1}",
            unit,
            f"the whole of the shares in '{opening} ...'"
            + (f", of {label}" if label else "")
            + " (the words leave it unsaid)",
        )
        book.unsaid[(start, label)] = name
    return name


# -- the rules --------------------------------------------------------------------------------


def _level_like(m: Mention) -> bool:
    """An amount, or a plain number that is no change and no hedged bound."""
    return is_amount(m) or (is_count(m) and not m.reading.direction and m.reading.hedge is None)


_CURRENCY_WORD: Final = re.compile(
    r"\b(?:"
    + "|".join(re.escape(w) for w in sorted(_PREFIXES, key=len, reverse=True) if w[0].isalpha())
    + r")\s*$",
    re.IGNORECASE,
)
"""A currency written as a word before the digits ("from Rs 1.9 lakh crore", "to KSh 5bn",
"USD 958 billion"): like "$", no word of the sentence around it."""

_DOLLAR_MARK: Final = re.compile(r"\b(?-i:US|A|C|NZ|HK|S)$")
"""The letters of "US$", "A$", "NZ$" before their sign."""


def _lead(m: Mention) -> str:
    """The words a reading took in before its digits and its currency ("from" of "from
    +336,000", "up from" of "up from Rs 1.9 lakh crore")."""
    text = m.located.text
    found = re.match(r"[^\d+\-−$€£¥₹₩₽₺₦₱৳₵]*", text)
    lead = found.group() if found else ""
    if text[len(lead) : len(lead) + 1] == "$":
        return _DOLLAR_MARK.sub("", lead)
    if text[len(lead) : len(lead) + 1] == "₵":
        return re.sub(r"\b(?-i:GH)$", "", lead)  # "GH₵ 3.2 billion"
    return _CURRENCY_WORD.sub("", lead)


def _unbracketed(text: str) -> str:
    return re.sub(r"\([^()]*\)", "", text)


def _in_analysis(state: _Sentence) -> bool:
    """Whether the sentence measures its subject against a whole (a gap, a contribution)."""
    return any(
        is_points(m) and (_THAN.match(state.after(m)) or _CONTRIBUT.search(state.before(m)))
        for m in state.members
    )


def _subject_rate(state: _Sentence, m: Mention) -> bool:
    """Whether ``m`` is a growth rate of the sentence's subject, linked to no level."""
    return (
        is_rate(m)
        and m.name not in state.growth_of
        and growth_like(state.text, m)
        and not share_like(state.text, m)
        and not _CONTRIBUT.search(state.before(m))
    )


def _part_of(m: Mention, text: str, *, hedged: bool = False) -> bool:
    """Whether ``m`` may be a part or whole of a share: a plain amount or count, no change,
    no year, no level left behind, no rate over a base; and, unless ``hedged``, unhedged."""
    reading = m.reading
    if is_count(m) and (
        re.search(r"\d\s*[-–'’/]+\s*$", text[max(0, m.start - 4) : m.start])
        or (1900 <= reading.number <= 2100 and not reading.label)
    ):
        return False  # "2021-'22", a bare year-like number: no part of anything
    if _TO_FROM.search(text, max(0, m.start - 40), m.start):
        return False  # "rose to £154m from £143m, 54% of turnover": the level before
    if _PER_BASE.match(text, m.end):
        return False  # "weighing 443.9 per thousand, 1.3%": a rate, no part of anything
    return (
        (is_amount(m) or is_count(m))
        and (hedged or reading.hedge is None)
        and not reading.direction
    )


_PER_BASE: Final = re.compile(
    r"\s*(?:per|for\s+every|in\s+every)\s+(?:a\s+|one\s+)?(?:hundred|thousand|million|"
    r"\d[\d,]*)\b",
    re.I,
)
"""' per thousand', ' per 100,000': a number that is a rate over a base."""


_TO_FROM: Final = re.compile(
    r"\bto\s+[^\s\d]{0,3}[\d.,]+\s*(?:bn|m|k|million|billion|crore|lakh)?\s+from\s+$", re.I
)
