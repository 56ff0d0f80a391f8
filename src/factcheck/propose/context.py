"""What the rules share: one sentence's mentions and what the rules learnt of them (the
sentence's level, its subject, the growth rates found), the wholes phrases name, and the
patterns of wording more than one rule reads."""

from __future__ import annotations

import re
from fractions import Fraction
from typing import Final

from factcheck.propose.book import Book, head_words, is_amount, is_count, is_points, is_rate
from factcheck.propose.naming import count_nouns, growth_like, of_its_own, share_like, stem
from factcheck.propose.periods import CHANGE_AFTER_GLOSS, year_named
from factcheck.propose.restraints import (
    count_stage,
    names_all,
    of_another_paragraph,
    of_other_years,
    qualified,
)
from factcheck.propose.scores import score_label, score_side
from factcheck.propose.sentences import Mention
from factcheck.propose.splits import PER_PERIOD, bracketed, opposed

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
        elif _EARLIER_LEVEL.search(state.text, start, _digits_at(state.text, part)):
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
    r"\b(?:(?-i:Rs)\.?|(?-i:Sh|Shs|Ksh|KSh|Kshs|Tk|RM|Rp|USh|UShs|TSh|TShs)|rmb|cny|usd|eur|"
    r"gbp|jpy|inr|krw|cad|aud|hkd|sgd|chf|brl|mxn|zar|ngn|kes|pkr|bdt|myr|idr|ugx|tzs|ghs|egp|"
    r"lkr)\s*$",
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
    r"^(?:\s+[^\W\d][\w'’-]*){0,3}\s*(?:,\s*or|\((?:\s*or)?)\s*$", re.IGNORECASE
)
"""'of the 5,000 people polled, or', '(': the whole's noun, then the share the pair is."""


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
