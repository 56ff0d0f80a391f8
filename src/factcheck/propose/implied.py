"""Stage four, last: what the checks proposed so far and the article's counts imply together.

- **Combined revisions from levels.** "November was revised from +336,000 to +264,000, December
  from -140,000 to -227,000; combined, 159,000 lower": when changes that each go from one
  level to another add up to a combined change, the levels' totals differ by that change too.
- **States that add up to all the states.** "Unemployment rates were lower in 40 states,
  higher in 6 states, and stable in 4 states and the District of Columbia": counts of U.S.
  states sorted into rising, falling and unchanged (or "the remaining" states) cover the 50
  states.  Proposed only when the text speaks of the United States (the District of Columbia,
  "U.S.", "nation"), since other countries have other numbers of states.
"""

from __future__ import annotations

__all__ = ["apply_implied"]

import itertools
import re
from dataclasses import dataclass
from typing import Final

from factcheck.propose.book import (
    Book,
    ProposedCheck,
    head_words,
    is_amount,
    is_count,
    is_rate,
)
from factcheck.propose.sentences import Mention

_DIFFERENCE: Final = re.compile(r"^(\w+) - (\w+) == (\w+)$")
_SUM: Final = re.compile(r"^(\w+(?: \+ \w+)+) == (\w+)$")


def apply_implied(book: Book) -> None:
    """Propose what the proposals so far and the article's counts imply together."""
    _combined_levels(book)
    _all_states(book)
    _underutilisation(book)
    _subject_share(book)
    _change_in_cents(book)
    _since_when(book)
    _these(book)
    _top_among(book)


def _combined_levels(book: Book) -> None:
    """Parts that are each a change between two levels, adding up to a whole: the sum of the
    later levels less the sum of the earlier ones is that whole."""
    levels: dict[str, tuple[str, str, ProposedCheck]] = {}
    for check in book.checks:
        found = _DIFFERENCE.match(check.condition) if check.relation == "difference" else None
        if found:
            levels.setdefault(found.group(3), (found.group(1), found.group(2), check))
    for check in list(book.checks):
        found = _SUM.match(check.condition) if check.relation == "sum" else None
        if not found:
            continue
        parts = found.group(1).split(" + ")
        if len(parts) < 2 or not all(p in levels for p in parts):
            continue
        if not all(n in book.by_name for p in parts for n in levels[p][:2]):
            continue  # a level the article does not state: nothing to add
        later = " + ".join(levels[p][0] for p in parts)
        earlier = " + ".join(levels[p][1] for p in parts)
        whole = found.group(2)
        severities = {check.severity, *(levels[p][2].severity for p in parts)}
        names = tuple(n for p in parts for n in levels[p][:2])
        book.propose(
            "sum",
            f"({later}) - ({earlier}) == {whole}",
            about=book.by_name[whole],
            why="changes from one level to another that add up: the levels' totals differ "
            "by the combined change",
            figures=(*names, whole),
            quote=check.quote,
            severity="warn" if "warn" in severities else "error",
            suffix="_from_levels",
        )


_STATES: Final = re.compile(r"^\s*(?:other\s+|more\s+)?states?\b", re.I)
_ONE_STATE: Final = re.compile(r"\b(?:one|a single)\s+state\b", re.I)
_US: Final = re.compile(r"\bDistrict of Columbia\b|\bU\.\s?S\.|\bUnited States\b|\bAmerica\b")
_UP: Final = re.compile(
    r"\b(?:higher|increas\w*|rose|rise|rising|up|gain\w*|grew|growth|added)\b", re.I
)
_DOWN: Final = re.compile(
    r"\b(?:lower|decreas\w*|fell|fall|falling|down|declin\w*|loss\w*|lost|drop\w*)\b", re.I
)
_SAME: Final = re.compile(r"\b(?:stable|unchanged|no change|little changed|steady|flat)\b", re.I)
_REST: Final = re.compile(r"\b(?:remaining|the rest of the|the other)\s*$", re.I)
_SUBSET: Final = re.compile(r"\b(?:of|among)\s+(?:the\s+)?[\w,-]+\s+states\b", re.I)
_PARAGRAPH: Final = re.compile(r"\n\s*\n")
_US_STATES: Final = 50


@dataclass(frozen=True, slots=True)
class _Count:
    """A count of states: a figure's name, or the literal 1 of "one state"."""

    term: str
    start: int
    direction: str | None
    rest: bool
    mention: Mention | None


def _all_states(book: Book) -> None:
    """Counts of U.S. states sorted by the way they moved, in one paragraph: together the 50
    states."""
    text = book.text
    if not _US.search(text):
        return
    breaks = [0, *(m.end() for m in _PARAGRAPH.finditer(text)), len(text)]
    for start, end in itertools.pairwise(breaks):
        paragraph = text[start:end]
        if _SUBSET.search(paragraph):
            continue  # "of the 20 states that reported": a subset, not all the states
        counts = [c for c in _counts(book, start, end) if c is not None]
        group: list[_Count] = []
        for count in sorted(counts, key=lambda c: c.start):
            if len(group) == 3 or any(c.direction == count.direction for c in group):
                _propose_states(book, group)
                group = []
            group.append(count)
        _propose_states(book, group)


def _counts(book: Book, start: int, end: int) -> list[_Count | None]:
    text = book.text
    out: list[_Count | None] = []
    spans = [(m.start, m.end) for m in book.mentions]
    for m in book.mentions:
        if not (start <= m.start < end and is_count(m) and m.reading.hedge is None):
            continue
        if not _STATES.match(text[m.end : m.end + 20]):
            continue
        if re.search(r"\ball\s*$", text[max(m.sentence[0], m.start - 6) : m.start]):
            continue  # "all 50 states": the whole, not a part
        before, after = text[m.local[0] : m.start], text[m.end : m.local[1]]
        out.append(
            _Count(m.name, m.start, _direction(before, after), bool(_REST.search(before)), m)
        )
    for found in _ONE_STATE.finditer(text, start, end):
        if any(a <= found.start() < b for a, b in spans):
            continue
        sentence_end = re.search(r"[.;!?](?:\s|$)", text[found.end() : end])
        after = text[found.end() : found.end() + sentence_end.start() if sentence_end else end]
        before = text[max(start, found.start() - 40) : found.start()]
        before = re.split(r"[.;!?,]\s", before)[-1]
        out.append(_Count("1", found.start(), _direction(before, after), False, None))
    return out


def _direction(before: str, after: str) -> str | None:
    """Which way the words say the count's states moved: 'up', 'down' or 'same'."""
    if _REST.search(before) or _SAME.search(before + " " + after):
        return "same"
    ups = bool(_UP.search(before + " " + after))
    downs = bool(_DOWN.search(before + " " + after))
    if ups != downs:
        return "up" if ups else "down"
    return None


def _propose_states(book: Book, group: list[_Count]) -> None:
    if any(c.direction is None for c in group) or len(group) < 2:
        return
    if len(group) < 3 and not group[-1].rest:
        return  # two kinds of change do not say that no state had the third
    mentions = [c.mention for c in group if c.mention is not None]
    if not mentions:
        return
    book.propose(
        "sum",
        f"{' + '.join(c.term for c in group)} == {_US_STATES}",
        about=mentions[-1],
        why="U.S. states sorted by the way they moved: together the 50 states",
        figures=tuple(m.name for m in mentions),
        quote=book.passage(*mentions),
        suffix="_all_states",
    )


_UNEMPLOYMENT_RATE: Final = re.compile(r"^[^;%]{0,20}\bunemployment rate\b[^;%]{0,40}$", re.I)
_UNDERUTILISATION: Final = re.compile(r"\bunderutili[sz]ation rate\b[^.;\d]{0,40}$", re.I)
_SERIES: Final = re.compile(r"\b(trend|seasonally adjusted)\b", re.I)


def _series(text: str, at: int) -> str | None:
    """The series the nearest label before ``at`` names: 'trend' or 'seasonally adjusted'."""
    labels = _SERIES.findall(text, 0, at)
    return labels[-1].lower() if labels else None


def _underutilisation(book: Book) -> None:
    """'The underutilisation rate was 14.3%' after 'the unemployment rate was 6.2%' of the
    same series: the first is above the second."""
    text = book.text
    rates = [m for m in book.mentions if is_rate(m) and m.reading.hedge is None]
    jobless = [m for m in rates if _UNEMPLOYMENT_RATE.search(text[m.clause[0] : m.start])]
    for under in rates:
        if not _UNDERUTILISATION.search(text[under.local[0] : under.start]):
            continue
        series = _series(text, under.start)
        same = [m for m in jobless if m.start < under.start and _series(text, m.start) == series]
        if not same:
            continue
        rate = same[-1]
        book.propose(
            "order",
            f"{under.name} > {rate.name}",
            about=under,
            why="underutilisation counts the unemployed and the underemployed: its rate is "
            "above the unemployment rate of the same series",
            figures=(under.name, rate.name),
            suffix="_above_unemployment",
        )


_ALONE: Final = re.compile(r"^shares_sum\(\[(\w+)\]\)$")
_SUBJECT_SHARE: Final = re.compile(
    r"^\W*(?P<subject>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,3}?)\s+(?:will\s+|would\s+)?"
    r"(?:now\s+)?(?:account(?:s|ed)?\s+for|represent(?:s|ed)?|ma(?:k|d)es?\s+up)\s+$",
    re.I,
)
_OF_WHOLE: Final = re.compile(r"^\s+of\s+(?P<whole>[^.,;:()\d]{2,60})")
_FROM: Final = re.compile(r"\bfrom\s+(?:[A-Z][a-z]?s?\.?|US\$|\$|€|£|¥)?\s*$")


def _subject_share(book: Book) -> None:
    """A share alone in its sentence, whose subject ('Capital expenditure will now account
    for 2.9% of GDP') names an amount of the sentence before: the share of that amount."""
    text = book.text
    for check in list(book.checks):
        found = _ALONE.match(check.condition) if check.relation == "shares_sum" else None
        rate = book.by_name.get(found.group(1)) if found else None
        if rate is None or any(m.sentence == rate.sentence and m is not rate
                               for m in book.mentions):  # fmt: skip
            continue
        subject = _SUBJECT_SHARE.match(text[rate.sentence[0] : rate.start])
        whole = _OF_WHOLE.match(text[rate.end : rate.sentence[1]])
        if subject is None or whole is None:
            continue
        words = head_words(subject.group("subject"))
        if not words or not head_words(whole.group("whole")):
            continue
        part = _named_amount(book, rate, words)
        if part is None:
            continue
        unit = part.reading.unit or ""
        name = book.unknown(
            "_".join(head_words(whole.group("whole"))[-2:]),
            unit,
            f"{whole.group('whole').strip()} (the whole of {rate.name})",
        )
        book.propose(
            "share",
            f"share({part.name}, {name}) == {rate.name}",
            about=rate,
            why="a share whose subject names an amount of the sentence before: the share of it",
            figures=(part.name, rate.name),
            quote=book.passage(part, rate),
            severity="warn",
            suffix="_of_subject",
        )


def _named_amount(book: Book, rate: Mention, words: list[str]) -> Mention | None:
    """The one amount of the sentence before ``rate``'s whose clause names all ``words``
    before it (and no earlier level: 'from Rs 5.54 lakh crore')."""
    text = book.text
    before = [m for m in book.mentions if m.sentence[1] <= rate.sentence[0]]
    if not before:
        return None
    sentence = before[-1].sentence
    if "\n\n" in text[sentence[1] : rate.sentence[0]]:
        return None  # another paragraph
    found = []
    for m in before:
        if m.sentence != sentence or not is_amount(m) or m.reading.direction:
            continue
        clause = text[m.clause[0] : m.start].lower()
        if _FROM.search(text[m.clause[0] : m.start]) or m.reading.hedge is not None:
            continue
        if all(re.search(rf"\b{re.escape(w)}\b", clause) for w in words):
            found.append(m)
    return found[0] if len(found) == 1 else None


_CENTS: Final = re.compile(r"^\s*(?P<coin>cents?|pence|p)\b", re.I)
_COINS: Final = {"cent": ("USD", "EUR", "CAD", "AUD", "NZD"), "cents": ("USD", "EUR", "CAD",
                 "AUD", "NZD"), "pence": ("GBP",), "p": ("GBP",)}  # fmt: skip
_TO: Final = re.compile(r"\bto\s*(?:US|C|A|NZ)?[$€£]?\s*$")


def _change_in_cents(book: Book) -> None:
    """'rose by 9 cents, or 0.3 percent, to $36.00': the level less its earlier level is the
    change, in hundredths of the level's currency."""
    text = book.text
    for m in book.mentions:
        coin = _CENTS.match(text[m.end : m.end + 12])
        if coin is None or not is_count(m) or not m.reading.direction:
            continue
        units = _COINS[coin.group("coin").lower()]
        levels = [
            o
            for o in book.mentions
            if o.sentence == m.sentence
            and o.start > m.end
            and is_amount(o)
            and o.reading.unit in units
            and not o.reading.direction
            and _TO.search(text[max(m.end, o.start - 12) : o.start])
        ]
        if len(levels) != 1:
            continue
        level = levels[0]
        unit = level.reading.unit or ""
        earlier = book.previous(level.name, unit)
        book.propose(
            "difference",
            f"{level.name} - {earlier} == {m.name} * 0.01 {unit}",
            about=m,
            why="a change in hundredths of the currency, and the level it led to",
            figures=(level.name, m.name),
            quote=book.passage(m, level),
            suffix="_in_cents",
        )


_SINCE_WHEN: Final = re.compile(
    r"\b(?P<word>lowest|smallest|weakest|slowest|highest|largest|strongest|fastest)\b"
    r"[^.;\d]{0,20}\bsince\b[^.;]{0,40}?,?\s+when\s+(?:it|they|the\s+\w+(?:\s+\w+)?)\s+"
    r"(?:was|were|stood\s+at|reached)\s+$",
    re.I,
)
_LOW: Final = frozenset({"lowest", "smallest", "weakest", "slowest"})
_EARLIER_VALUE: Final = re.compile(r"\b(?:from|than|against|compared\s+with)\s+[^\d]{0,12}$", re.I)


def _since_when(book: Book) -> None:
    """'It is now at its lowest since November 2009, when it was 1.9 per cent': the value
    then is at most the value now (the figure the paragraph gave last, not an earlier one)."""
    text = book.text
    for index, then in enumerate(book.mentions):
        found = _SINCE_WHEN.search(text[then.sentence[0] : then.start])
        if found is None or then.reading.hedge is not None:
            continue
        phrase_at = then.sentence[0] + found.start()
        now = None
        for m in reversed(book.mentions[max(0, index - 20) : index]):
            if "\n\n" in text[m.end : phrase_at]:
                break  # another paragraph
            if m.start >= phrase_at or m.reading.unit != then.reading.unit:
                continue
            if m.reading.kind != then.reading.kind or m.reading.direction:
                continue
            digit = re.search(r"\d", text[m.start : m.end])
            lead = m.start + (digit.start() if digit else 0)  # "down from 2.8": the words too
            if _EARLIER_VALUE.search(text[max(m.sentence[0], m.start - 30) : lead]):
                continue  # "down from 2.8 per cent in May": another date's value
            now = m
            break
        if now is None:
            continue
        op = "<=" if found.group("word").lower() in _LOW else ">="
        book.propose(
            "order",
            f"{then.name} {op} {now.name}",
            about=then,
            why=f"'{found.group('word').lower()} since' a date: the value then is "
            f"{'at most' if op == '<=' else 'at least'} the value now",
            figures=(then.name, now.name),
            quote=book.passage(now, then),
            severity="error" if now.sentence == then.sentence else "warn",
            suffix="_then",
        )


_THESE: Final = re.compile(r"\b(?:these|those)\s+$", re.I)


def _these(book: Book) -> None:
    """'elections for 47 Provincial Administrative Organisations' and later 'in these 47
    provinces': 'these' names the earlier count of the same number."""
    text = book.text
    for index, m in enumerate(book.mentions):
        if not is_count(m) or m.reading.hedge is not None or m.reading.direction:
            continue
        if not _THESE.search(text[max(m.sentence[0], m.start - 12) : m.start]):
            continue
        before = [
            o
            for o in book.mentions[max(0, index - 30) : index]
            if is_count(o)
            and o.reading.hedge is None
            and not o.reading.direction
            and o.sentence[0] < m.sentence[0]
            and "\n\n" not in text[o.end : m.start]
        ]
        earlier = [o for o in before if o.reading.number == m.reading.number]
        if not earlier:
            # 'these 38 provinces' after '47 Provincial Administrative Organisations': the
            # nearest count of the same noun, whatever its number (so a slip is found out)
            noun = _noun_prefix(text, m.end)
            earlier = [o for o in before if noun and _noun_prefix(text, o.end) == noun]
        if not earlier:
            continue
        first = earlier[-1]
        book.propose(
            "equal",
            f"{m.name} == {first.name}",
            about=m,
            why="'these' points back to the count written before",
            figures=(first.name, m.name),
            quote=book.passage(first, m),
            suffix="_these",
        )


def _noun_prefix(text: str, end: int) -> str:
    """The first five letters of the noun right after a count ('provinces', 'Provincial')."""
    found = re.match(r"\s+([^\W\d_]{5,})", text[end : end + 40])
    return found.group(1)[:5].lower() if found else ""


_TOP: Final = re.compile(
    r"^\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s+with\s+the\s+(?:highest|lowest|most|fewest|largest|"
    r"smallest|biggest|best|worst)\b[^.;\d]{0,60}\b(?:in|among|of)\s+(?:the|all)\s+$",
    re.I,
)


def _top_among(book: Book) -> None:
    """'The five provinces with the highest turnout in the 47 PAO elections': the top group
    is no larger than the group it is drawn from."""
    text = book.text
    for index, m in enumerate(book.mentions[:-1]):
        group = book.mentions[index + 1]
        if not (is_count(m) and is_count(group)) or group.sentence != m.sentence:
            continue
        if m.reading.direction or group.reading.direction:
            continue
        if not _TOP.match(text[m.end : group.start]):
            continue
        book.propose(
            "order",
            f"{m.name} <= {group.name}",
            about=m,
            why="the top of a group is no larger than the group",
            figures=(m.name, group.name),
            quote=book.passage(m, group),
            suffix="_among",
        )
