"""Stage three: one rule per form of wording, each proposing the check the words make.

Every rule looks at one sentence's mentions (in order) and the words between them, and writes
into the :class:`~factcheck.propose.book.Book`.  The forms:

- growth and level: "up 6.8 percent to 1.73 trillion yuan", "7.8 trillion yuan, up 9.5 percent",
  "rose 20 percent from 5 million to 6 million", "marking a 7.2 percent increase";
- change and level: "increased by 14,000 to 87,000", "rose to 61, five more than";
- shares: "accounting for 60 percent of total exports", "a 32.4 percent share of";
- gaps: "1.9 percentage points higher than the national average", "fell 2 points to 40 percent";
- contribution to growth and share of an increase ("contributing 3 percentage points to
  growth", "nearly 20 percent of the overall increase"); a share's change in points;
- one quantity written twice ("13 trillion yuan (about $1.81 trillion)");
- thresholds and records ("exceeded 600,000 for the first time, reaching 628,000"; "the ninth
  consecutive month"; "second-highest on record");
- growth words with no level ("surged by over 20 percent": the sign);
- the whole a phrase names ("the national average", "total exports") resolved to a figure or
  to one unknown.

A link resting on a guess (a whole found by its name, a subject taken from the sentence) is
proposed with ``severity: warn``.
"""

from __future__ import annotations

__all__ = ["apply_rules"]

import re
from collections.abc import Callable, Sequence
from typing import Final

from factcheck.propose.book import Book, head_words, is_amount, is_count, is_points, is_rate
from factcheck.propose.naming import growth_like, share_like
from factcheck.propose.sentences import Mention, headline_end

_TO: Final = re.compile(r"\s*,?\s*(?:to|at)\s*$")
_FROM: Final = re.compile(r"^\s*,?\s*from\s*$")
_LEVEL_THEN_RATE: Final = re.compile(r"^[\s,;(]*(?:and\s+)?$")
_LEVEL_WORDS_RATE: Final = re.compile(r"^(?:\s+[\w'’-]+){1,6}\s*,\s*(?:and\s+)?$")
_MARKING: Final = re.compile(r"\b(marking|representing|an?\s+(?:year-on-year\s+)?(?:increase|rise|growth|decline|drop|fall))\b", re.I)
_THAN: Final = re.compile(
    r"^\s*(?P<word>higher|lower|more|less|above|below|faster|slower|greater)\s+than\s+"
    r"(?P<other>[^,.;:()—–]*)"
)
_CONTRIBUT: Final = re.compile(r"\bcontribut\w*\s*(?:about|around|nearly|some|over|more than)?\s*$", re.I)
_TO_GROWTH: Final = re.compile(r"^\s*(?:of\s+)?(?:to|toward|towards)\s+(?P<whole>[^,.;:()—–]*?)\s*(?:growth|expansion|increase)\b", re.I)
_OF_INCREASE: Final = re.compile(r"^\s*of\s+(?P<whole>[^,.;:()—–]*?)\s*(?:increase|growth|rise|gain)\b", re.I)
_OF_WHOLE: Final = re.compile(r"^\s*(?:share\s+)?of\s+(?P<whole>[^,.;:()—–]*)", re.I)
_FIRST_TIME: Final = re.compile(r"\bfor the first time\b", re.I)
_REACHING: Final = re.compile(r"^\s*(?:for the first time)?\s*,?\s*(?:reaching|to reach|hitting|at|to)\s*$", re.I)
_CONSECUTIVE: Final = re.compile(r"^\s*(?:-|\s)?consecutive\b", re.I)
_ON_RECORD: Final = re.compile(r"\b(on record|ever|in history|globally|in the world|worldwide)\b", re.I)
_RANK_VERB: Final = re.compile(r"\b(?:rose|climbed|fell|dropped|moved|ranked|ranks|ranking|is|was)\s+(?:to\s+)?$", re.I)
_MORE_THAN: Final = re.compile(r"^\s*(?:more|fewer|less)\s+than\b", re.I)
_CONVERSION: Final = re.compile(r"^\s*(?:\(\s*(?:about|around|roughly|or|some|approximately)?\s*|,?\s*or\s+(?:about\s+)?)$", re.I)
_POINTS_CHANGE: Final = re.compile(r"^\s*(?:increase|decrease|rise|drop|decline|gain|fall)\b", re.I)
_SUBJECT_LIST: Final = re.compile(
    r"(?P<list>(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*,\s+){2,}(?:and\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)"
)
_SUBJECT_END: Final = re.compile(
    r"\s+(?:accounted|account|accounts|accounting|posted|saw|recorded|grew|rose|reached|"
    r"contributed|made|had|has|have|were|was|is|are|totaled|totalled)\b"
)


def apply_rules(book: Book) -> None:
    """Propose what every sentence's wording makes plain."""
    sentences: dict[tuple[int, int], list[Mention]] = {}
    for mention in book.mentions:
        sentences.setdefault(mention.sentence, []).append(mention)
    for members in sentences.values():
        state = _Sentence(book, members)
        for rule in _RULES:
            for position in range(len(members)):
                rule(state, position)
    _restated(book)
    _repeated(book)


def _noun_words(text: str, end: int) -> list[str]:
    """Up to three words after a number, before any punctuation but quotation marks."""
    words = []
    for match in re.finditer(r"\s*[\"'“”‘’]?([^\W\d_]+)[\"'“”‘’]?(?=([\s.,;:!?)—–-]|$))", text[end : end + 60]):
        words.append(match.group(1).lower())
        if match.group(2) and match.group(2) not in " ":
            break
        if len(words) == 3:
            break
    return words


def _repeated(book: Book) -> None:
    """'47 provinces' written twice in the text: one count written twice (a warning: the
    same words may count two things)."""
    seen: dict[tuple[str, str], Mention] = {}
    for m in [m for m in book.mentions if is_count(m)][:2000]:
        words = _noun_words(book.text, m.end)
        if not words or len(words[0]) < 4 or m.reading.hedge is not None:
            continue
        if re.match(r"(second|minute|hour|day|week|month|quarter|year|decade|time)s?$", words[0]):
            continue  # "12 months" twice is two periods of one length, not one count
        key = (m.reading.value, words[0])
        first = seen.get(key)
        if first is None:
            seen[key] = m
            continue
        if first.name.startswith("headline_"):
            continue  # the headline rule speaks for it
        book.propose(
            "equal",
            f"{m.name} == {first.name}",
            about=m,
            why=f"'{m.reading.value} {words[0]}' written again: the same count",
            figures=(first.name, m.name),
            severity="warn",
            suffix="_again",
        )


def _restated(book: Book) -> None:
    """'China posts three foreign trade firsts' in the headline and 'three historic "firsts"'
    in the text: one count written twice."""
    title_end = headline_end(book.text)
    if not title_end:
        return  # no headline: the first line is a paragraph
    titled = [m for m in book.mentions if m.end <= title_end and m.reading.kind == "number"]
    body = [m for m in book.mentions if m.start > title_end and m.reading.kind == "number"][:200]
    for headline in titled:
        around = set(_noun_words(book.text, headline.end))
        for m in body:
            words = _noun_words(book.text, m.end)
            same = (
                headline.reading.unit is not None
                and m.reading.unit == headline.reading.unit
                and m.reading.value == headline.reading.value
                and m.reading.scale == headline.reading.scale
            )
            if headline.reading.value != m.reading.value:
                continue
            distinctive = len(re.sub(r"\D", "", headline.reading.value.strip("0"))) >= 2 and (
                headline.located.text.strip() == m.located.text.strip()
            )
            if same or distinctive or (words and len(words[-1]) >= 4 and words[-1] in around):
                book.propose(
                    "equal",
                    f"{headline.name} == {m.name}",
                    about=headline,
                    why="the headline's figure is the text's",
                    figures=(headline.name, m.name),
                    suffix="_restated",
                )
                break


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


def _whole(state: _Sentence, phrase: str, unit: str) -> tuple[str, bool]:
    """The figure or unknown a phrase such as "total exports" or "China's total foreign trade"
    names, and whether it is a figure found by its name (an uncertain link)."""
    book = state.book
    words = head_words(phrase)
    if not words:
        if book.total is not None:
            return book.total, False
        book.total = book.unknown("national_total", unit, "the whole the article measures "
                                  "against (the nation's, the economy's)")  # fmt: skip
        return book.total, False
    head = words[-1]
    for candidate in ("_".join(words), head):
        figure = book.by_name.get(candidate)
        if figure is not None and is_amount(figure) and figure.reading.unit == unit:
            opening = state.text[figure.sentence[0] : figure.start].lower().split()
            subject = [w for w in opening[:3] if w not in ("the", "total", "its", "their")]
            first = re.sub(r"['’]s$", "", subject[0]).strip(",.:;") if subject else ""
            named = first == candidate.split("_")[-1]
            return figure.name, not named  # "Exports reached 52 million": plainly exports
    known = book.entities.get(head)
    if known is not None and (book.unknowns.get(known) is None or book.unknowns[known].unit == unit):
        return known, True  # the same words may name the whole of another period
    name = book.unknown(f"total_{head}", unit, f"{phrase.strip()} (the whole)")
    book.entities[head] = name
    if book.total is None and re.search(r"\b(total|overall|national|all)\b", phrase, re.I):
        book.total = name
    return name, False


# -- the rules --------------------------------------------------------------------------------


def _conversion(state: _Sentence, i: int) -> None:
    """'13 trillion yuan (about $1.81 trillion)': one amount in two currencies."""
    from factcheck.propose.definitions import exchange_rate

    members = state.members
    if i + 1 >= len(members):
        return
    a, b = members[i], members[i + 1]
    if not (is_amount(a) and is_amount(b)) or a.reading.unit == b.reading.unit:
        return
    if not _CONVERSION.match(state.between(a, b)):
        return
    state.book.rename(b, f"{a.name}_{(b.reading.unit or '').lower()}")
    state.aliases.add(b.name)
    rate, certain = exchange_rate(state.book, a.reading.unit or "", b.reading.unit or "")
    state.book.propose(
        "convert",
        f"convert({b.name}, {rate}) == {a.name}",
        about=b,
        quote=state.book.passage(a, b),
        why="one amount written in two currencies, converted at the period's rate",
        figures=(a.name, b.name),
        severity="error" if certain else "warn",
        suffix="_conversion",
    )


def _growth(state: _Sentence, i: int) -> None:
    """A growth rate and the level it is the growth of."""
    members, book = state.members, state.book
    rate = members[i]
    if not is_rate(rate) or not growth_like(state.text, rate):
        return
    if share_like(state.text, rate) and rate.reading.direction == 0:
        return
    after = members[i + 1] if i + 1 < len(members) else None
    before = members[i - 1] if i > 0 else None
    if before is not None and before.name in state.aliases:
        before = members[i - 2] if i > 1 else None  # "840 million euros (about $910 million), up"
    new = old = None
    if after is not None and _level_like(after) and _FROM.match(state.between(rate, after) + _lead(after)):
        old = after
        for nxt in members[i + 2 : i + 5]:  # "from 247.8 per 100,000 population to 199.4"
            if re.search(r"\bper\s*$", state.text[max(0, nxt.start - 6) : nxt.start]):
                continue
            if (
                _level_like(nxt)
                and nxt.reading.unit == after.reading.unit
                and re.search(r"\bto\s*$", state.text[max(0, nxt.start - 6) : nxt.start] + _lead(nxt))
            ):
                new = nxt
            break
    elif after is not None and is_amount(after) and _TO.match(state.between(rate, after)):
        new = after
    elif (
        before is not None
        and (is_amount(before) or (is_count(before) and before.reading.hedge is None))
        and (
            _LEVEL_THEN_RATE.match(_unbracketed(state.between(before, rate)))
            or (rate.reading.direction and _LEVEL_WORDS_RATE.match(state.between(before, rate)))
        )
    ):
        new = before
    elif (
        i >= 2
        and is_amount(members[i - 2])
        and is_amount(members[i - 1])
        and members[i - 1].reading.unit == members[i - 2].reading.unit
        and _FROM.match(state.between(members[i - 2], members[i - 1]))
        and len(state.between(members[i - 1], rate)) <= 60
    ):
        new, old = members[i - 2], members[i - 1]  # "7.50 from 5.54 - an increase of 35.4%"
    elif _MARKING.search(state.before(rate)[-40:] + " ") and (level := state.level()) is not None:
        if level.start < rate.start:
            new = level
    if new is None:
        return
    unit = new.reading.unit or ""
    if not any(rate.name in c.condition for c in book.checks):
        book.rename(rate, f"{new.name}_growth")  # the growth of the level it is beside
    if old is not None:
        condition = f"growth({new.name}, {old.name}) == {rate.name}"
        figures: tuple[str, ...] = (new.name, old.name, rate.name)
    else:
        condition = f"growth({new.name}, {book.previous(new.name, unit)}) == {rate.name}"
        figures = (new.name, rate.name)
    state.growth_of[rate.name] = new.name
    book.growth_rates.setdefault(new.name, rate.name)
    book.propose(
        "growth",
        condition,
        about=rate,
        quote=book.passage(*(m for m in (old, new, rate) if m is not None)),
        why="a growth rate beside the level it grew to",
        figures=figures,
    )


def _level_like(m: Mention) -> bool:
    """An amount, or a plain number that is no change and no hedged bound."""
    return is_amount(m) or (is_count(m) and not m.reading.direction and m.reading.hedge is None)


def _lead(m: Mention) -> str:
    """The words a reading took in before its digits ("from" of "from +336,000")."""
    found = re.match(r"[^\d+\-−$€£¥]*", m.located.text)
    return found.group() if found else ""


def _unbracketed(text: str) -> str:
    return re.sub(r"\([^()]*\)", "", text)


def _sign(state: _Sentence, i: int) -> None:
    """'surged by over 20 percent' with no level: the rate has the sign its verb says."""
    rate = state.members[i]
    if not is_rate(rate) or rate.name in state.growth_of or rate.reading.direction == 0:
        return
    if _THAN.match(state.after(rate)) or _in_analysis(state):
        return  # the subject's growth is proposed by _subject_growth
    op = ">" if rate.reading.direction > 0 else "<"
    state.book.propose(
        "sign",
        f"{rate.name} {op} 0 percent",
        about=rate,
        why="a growth word with no level: the rate has the sign the verb gives it",
        figures=(rate.name,),
        suffix="_sign",
    )


def _in_analysis(state: _Sentence) -> bool:
    """Whether the sentence measures its subject against a whole (a gap, a contribution)."""
    return any(
        is_points(m) and (_THAN.match(state.after(m)) or _CONTRIBUT.search(state.before(m)))
        for m in state.members
    )


def _subject_growth(state: _Sentence, i: int) -> None:
    """'a combined growth rate of 4.8 percent', in a sentence that compares its subject with a
    whole: the growth of the subject, an unknown."""
    rate = state.members[i]
    if not is_rate(rate) or rate.name in state.growth_of or not growth_like(state.text, rate):
        return
    if share_like(state.text, rate) or not _in_analysis(state):
        return
    if _CONTRIBUT.search(state.before(rate)):
        return
    level, previous = state.subject()
    state.growth_of[rate.name] = level
    book_subject = (rate.sentence[0], level, rate.name)
    if book_subject not in state.book.subjects:
        state.book.subjects.append(book_subject)
    state.book.propose(
        "growth",
        f"growth({level}, {previous}) == {rate.name}",
        about=rate,
        why="the growth rate of what the sentence is about",
        figures=(rate.name,),
        severity="warn",
    )


def _share(state: _Sentence, i: int) -> None:
    """'accounting for 60 percent of total exports': a share of a whole."""
    members, book = state.members, state.book
    rate = members[i]
    if not is_rate(rate) or rate.name in state.growth_of or rate.reading.direction:
        return
    glossed = i > 0 and _part_of(members[i - 1], state.text) and _GLOSS.match(state.between(members[i - 1], rate))
    if not share_like(state.text, rate) and not glossed:
        return
    if _CONTRIBUT.search(state.before(rate)):
        return  # a share of an increase
    of = _OF_WHOLE.match(state.after(rate))
    if of and i + 1 < len(members) and members[i + 1].start <= rate.end + of.end():
        return  # "58.45% of the 27.9 million voters": the part is not stated here
    parts = [m for m in members[:i] if _part_of(m, state.text) and m.name not in state.aliases]
    part = parts[-1] if parts else None
    if part is not None and i - members.index(part) > 2:
        part = None
    if part is not None and not (of or glossed or re.search(r"account|share|make|made|represent", state.between(part, rate))):
        part = None
    if part is None and not _in_analysis(state):
        book.propose(
            "shares_sum",
            f"shares_sum([{rate.name}])",
            about=rate,
            why="a share of an unstated whole: at most 100 percent",
            figures=(rate.name,),
        )
        return
    unit = part.reading.unit or "" if part is not None else book.main_unit()
    whole, guessed = _whole(state, of.group("whole") if of else "", unit)
    if part is not None and whole not in book.by_name:
        fitted = _fitted_whole(state, part, rate)
        if fitted is not None:
            # a whole fitted by its arithmetic is a guess ("58.4% of the votes cast" is of
            # the valid votes, not of the 262,135 who "had cast the votes"): a warning
            whole, guessed = fitted.name, True
    part_name = part.name if part is not None else state.subject()[0]
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
    if part is not None:
        book.propose(
            "parts_within",
            f"parts_within({whole}, [{part.name}])",
            about=part,
            why="a part of a whole the article states: no larger than it",
            figures=(whole, part.name),
            severity=severity,
            suffix="_within",
        )


_GLOSS: Final = re.compile(r"^\s*(?:[^\W\d]+\s*){0,3}?(?:,\s*or|\(|,)\s*$")


def _part_of(m: Mention, text: str) -> bool:
    reading = m.reading
    if is_count(m) and (
        re.search(r"\d\s*[-–'’/]+\s*$", text[max(0, m.start - 4) : m.start])
        or (1900 <= reading.number <= 2100 and not reading.label)
    ):
        return False  # "2021-'22", a bare year-like number: no part of anything
    return (is_amount(m) or is_count(m)) and reading.hedge is None and not reading.direction


def _fitted_whole(state: _Sentence, part: Mention, rate: Mention) -> Mention | None:
    """The stated figure nearby of which ``part`` is nearest to ``rate`` percent (within a
    fifth of the rate): the whole a share "of the votes cast" or "(5.69%)" is of."""
    book = state.book
    near = [m for m in book.mentions if abs(m.sentence[0] - part.sentence[0]) <= 600]
    p = part.reading.number * part.reading.multiplier
    r = rate.reading.number / 100
    if p <= 0 or r <= 0:
        return None
    best: tuple[float, Mention] | None = None
    for m in near:
        if m is part or m.reading.unit != part.reading.unit or not _part_of(m, book.text):
            continue
        w = m.reading.number * m.reading.multiplier
        if w <= p:
            continue
        off = abs(float(p / w / r) - 1)
        if off <= 0.2 and (best is None or off < best[0]):
            best = (off, m)
    return best[1] if best else None


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
    this = rates[-1].name
    other_phrase = than.group("other")
    guessed = True
    if re.search(r"\b(national|overall|average|total)\b", other_phrase, re.I):
        total = book.total
        if total is None:
            total, _ = _whole(state, "", book.main_unit())
        other = book.unknown(f"{total}_growth", "percent", f"{other_phrase.strip()}: the "
                             f"growth of {total}", bounds=None)  # fmt: skip
        book.propose(
            "growth",
            f"growth({total}, {book.previous(total, book.unknowns[total].unit if total in book.unknowns else '')}) == {other}",
            about=points,
            quote=other_phrase.strip(),
            why=f"'{other_phrase.strip()}' is the growth of {total}",
            figures=(),
            severity="warn",
            suffix="_reference",
        )
        guessed = False
    elif (named := _rate_named(book, other_phrase, rates[-1].name)) is not None:
        other = named
    else:
        words = head_words(other_phrase)[-2:]
        other = book.unknown("_".join(words) + "_rate" if words else "other_rate", "percent",
                             f"the rate of {other_phrase.strip()}", bounds=None)  # fmt: skip
    first, second = this, other
    if than.group("word").lower() in ("lower", "less", "below", "slower"):
        first, second = other, this
    book.propose(
        "gap",
        f"gap({first}, {second}) == {points.name}",
        about=points,
        quote=book.passage(rates[-1], points) if rates[-1].sentence == points.sentence else None,
        why="a gap between two rates, in percentage points",
        figures=(rates[-1].name, points.name),
        severity="warn" if guessed else "error",
    )


def _rate_named(book: Book, phrase: str, this: str) -> str | None:
    """The growth rate already stated of the level a phrase names ("the budget as a whole":
    the budget's growth)."""
    words = [w for w in head_words(phrase) if w not in ("as", "whole", "rate")]
    if not words:
        return None
    head = words[-1]
    found = [rate for level, rate in book.growth_rates.items()
             if rate != this and re.sub(r"_\d+$", "", level).split("_")[-1] == head]  # fmt: skip
    return found[0] if len(found) == 1 else None


def _points_change(state: _Sentence, i: int) -> None:
    """'fell 2 percentage points to 40 percent'; 'a 0.9-percentage-point increase' after a
    share: a rate's change in points."""
    members, book = state.members, state.book
    points = members[i]
    if not is_points(points) or _THAN.match(state.after(points)):
        return
    after = members[i + 1] if i + 1 < len(members) else None
    if after is not None and is_rate(after) and _TO.match(state.between(points, after)):
        previous = book.unknown(f"{after.name}_previous", "percent",
                                f"{after.name} before the change", bounds=None)  # fmt: skip
        book.propose(
            "gap",
            f"gap({after.name}, {previous}) == {points.name}",
            about=points,
            quote=book.passage(points, after),
            why="a rate's change in percentage points, and the rate it reached",
            figures=(after.name, points.name),
        )
        return
    if state.share is None or not (
        points.reading.direction or _POINTS_CHANGE.match(state.after(points))
    ):
        return
    _, part, whole = state.share
    unit = book.main_unit()
    part_unit = book.by_name[part].reading.unit if part in book.by_name else unit
    whole_unit = book.by_name[whole].reading.unit if whole in book.by_name else unit
    book.propose(
        "share_change",
        f"share_change({part}, {book.previous(part, part_unit or '')}, {whole}, "
        f"{book.previous(whole, whole_unit or '')}) == {points.name}",
        about=points,
        why="the change of the share just stated, in percentage points",
        figures=tuple(n for n in (part, whole, state.share[0], points.name) if n in book.by_name
                      and n != state.share[0]),  # fmt: skip
        severity="warn",
    )


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
            f"contribution({part}, {part_previous}, {book.previous(whole, whole_unit)}) == {m.name}",
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


def _threshold(state: _Sentence, i: int) -> None:
    """'exceeded 600,000 for the first time, reaching 628,000': the level is above the
    threshold (and stated twice); 'surpassed 13 trillion for the first time ... a 7.2 percent
    increase': last year's level was below it."""
    members, book = state.members, state.book
    m = members[i]
    if m.reading.hedge not in ("over", "at least") or not (is_amount(m) or is_count(m)):
        return
    after = state.after(m)
    first = _FIRST_TIME.search(after[:60])
    nxt = members[i + 1] if i + 1 < len(members) else None
    while nxt is not None and nxt.name in state.aliases:
        nxt = members[members.index(nxt) + 1] if members.index(nxt) + 1 < len(members) else None
    level = m
    if (
        nxt is not None
        and nxt.reading.unit == m.reading.unit
        and (is_amount(nxt) or is_count(nxt))
        and _REACHING.match(state.between(m, nxt))
    ):
        level = nxt
        book.propose(
            "equal",
            f"{nxt.name} == {m.name}",
            about=nxt,
            quote=book.passage(m, nxt),
            why="a threshold passed and the level reached: one number written twice",
            figures=(m.name, nxt.name),
            suffix="_threshold",
        )
    if not first:
        return
    rates = [r for r, lvl in state.growth_of.items() if lvl == m.name]
    if rates and level is m:
        reading = m.reading
        bound = " ".join(p for p in (reading.value.replace(",", ""), reading.scale, reading.unit) if p)
        book.propose(
            "previous",
            f"previous({m.name}, {rates[0]}) <= {bound}",
            about=m,
            why="'for the first time': the level before the growth was not yet above the "
            "threshold",
            figures=(m.name, rates[0]),
            suffix="_first_time",
        )
        return
    book.propose(
        "unstated_rank",
        f"unstated_rank({level.name}, 1, 'earlier values of {level.name}')",
        about=level,
        quote=book.passage(m, level),
        why="'for the first time': a record against a series the article does not give",
        figures=(level.name,),
        expect="uncheckable",
        suffix="_first_time",
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


def _change(state: _Sentence, i: int) -> None:
    """'increased by 14,000 to 87,000'; 'rose to 61, five more than a year earlier'; 'from 3.1
    million to 3.4 million, an increase of 0.3 million'."""
    members, book = state.members, state.book
    m = members[i]
    if not (is_amount(m) or is_count(m)) or m.reading.hedge is not None:
        return
    after = members[i + 1] if i + 1 < len(members) else None
    before = members[i - 1] if i > 0 else None
    nxt = members[i + 2] if i + 2 < len(members) else None
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
    earlier = [o for o in members[:i] if o.reading.unit == m.reading.unit and o.reading.kind
               == "number" and not o.reading.direction and o.reading.hedge is None]  # fmt: skip
    more = re.match(r"^\s*(more|less|fewer|higher|lower)\s+than\b[^\d$€£¥]{0,40}$",
                    state.between(m, after) + _lead(after)) if after is not None else None  # fmt: skip
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
    ):
        level = earlier[-1]  # "$44.5 billion, up $3.6 billion from $41.0 billion"
        lower = more is not None and more.group(1).lower() in ("less", "fewer", "lower")
        book.propose(
            "difference",
            f"{after.name} - {level.name} == {m.name}" if lower
            else f"{level.name} - {after.name} == {m.name}",
            about=m,
            quote=book.passage(level, after),
            why="a level, its change, and the level it changed from",
            figures=(level.name, after.name, m.name),
            suffix="_change",
        )
        return
    changing = m.reading.direction or re.search(
        r"\b(increase|decrease|rise|fall|drop|decline|gain|loss)\b[^\d]{0,40}\bof\s*$",
        state.before(m)[-60:], re.I)  # fmt: skip
    if (
        changing
        and after is not None
        and after.reading.unit == m.reading.unit
        and after.reading.kind == "number"
        and _TO.match(state.between(m, after))
    ):
        level = after
    elif (
        _MORE_THAN.match(state.after(m))
        and earlier
    ):
        level = earlier[-1]  # "June exports were $183.2 billion, $0.6 billion more than May's"
    else:
        return
    previous = book.previous(level.name, level.reading.unit or "")
    book.propose(
        "difference",
        f"{level.name} - {previous} == {m.name}",
        about=m,
        quote=book.passage(*sorted((m, level), key=lambda o: o.start)),
        why="a change and the level it led to",
        figures=(level.name, m.name),
        suffix="_change",
    )


_AMONG: Final = re.compile(r"^\s*(?:among|of)\s+(?:them|these|those|which|the\s+\w+)\s*,", re.I)
_FASTEST: Final = re.compile(r"\b(?:fastest|highest|quickest|strongest)\s+(?:growth|increase|rise)", re.I)
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
    if rates and group_rate and _FASTEST.search(state.before(first) + state.text[first.sentence[0]:first.start]):
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
    items = [i.strip(" '\"“”") for i in re.split(r",\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+", found.group("list"))]
    items = [i for i in items if i]
    if len(items) < 2 or any(len(i.split()) > 4 or not re.fullmatch(r"[\w'’ .-]+", i) for i in items):
        return
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


_FROM_RATE: Final = re.compile(
    r"(?P<word>down|up|higher|lower|slower|faster|easing|rising|accelerating|slowing|decelerating)"
    r"\s+from\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}$",
    re.I,
)


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
    if not is_rate(other):
        return
    prefix = re.match(r"[^\d]*", other.located.text)
    between = state.between(rate, other)[-60:] + (prefix.group() if prefix else "")
    found = _FROM_RATE.search(between)
    if found is not None:
        word = found.group("word").lower()
    elif re.search(r"\bfrom\s*$", between) and (verb := _TO_VERB.search(state.before(rate)[-30:])):
        word = verb.group(1).lower()  # "fell to 2.4 percent from 2.8 percent"
    else:
        return
    op = "<" if word in (
        "down", "lower", "slower", "easing", "slowing", "decelerating", "fell", "dropped",
        "eased", "slowed", "declined", "decreased", "falls", "fell back") else ">"  # fmt: skip
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
    pool = [m for m in state.members if m.reading.kind == "number" and m.reading.unit != "percentage_point"]
    before = [m for m in pool if m.start < at]
    after = [m for m in pool if m.start >= at + len(found.group()) and m.start - at < len(found.group()) + 16]
    # the sentence's subject: its first figure; or "highest-ever level of 9.2%"; or, for
    # "It is now at its lowest since", the first figure of the sentence before
    target = before[0] if before else (after[0] if after else None)
    if target is None:
        earlier = [m for m in book.mentions if m.sentence[1] <= first.sentence[0]
                   and m.reading.kind == "number"]  # fmt: skip
        if earlier:
            last = [m for m in earlier if m.sentence == earlier[-1].sentence]
            target = next((m for m in last if is_rate(m)), last[0])
    if target is None:
        return
    phrase = " ".join(found.group().split())
    book.propose(
        "unstated_rank",
        f"unstated_rank({target.name}, 1, 'values of {target.name} {phrase.replace(chr(39), '’')}')",
        about=target,
        quote=phrase,
        why=f"'{phrase}': a record against a series the article does not give",
        figures=(target.name,),
        expect="uncheckable",
        suffix="_record",
    )


_RULES: Final[Sequence[Callable[[_Sentence, int], None]]] = (
    _conversion,
    _growth,
    _share,
    _subject_growth,
    _sign,
    _gap,
    _points_change,
    _contribution,
    _threshold,
    _record,
    _change,
    _among,
    _listed,
    _from_rate,
    _since,
)
"""In order: a conversion marks an alias before levels are looked for; growth finds levels
before shares, gaps and thresholds use them."""
