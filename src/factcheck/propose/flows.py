"""Stage four, continued: totals and nets of two flows, by definition.

- Net migration is immigration less emigration (the ONS and UN definition): "an estimated
  1.2 million people arrived ..., while 414,000 left, so net migration was 728,000".
- Total (or foreign) trade is exports plus imports (customs statistics): "total trade was
  USD 1.749 trillion, with exports of USD 958.34 billion and imports of USD 827.87 billion".

Each is proposed when one paragraph states the result and exactly one figure of each flow,
all levels (no change and no rate) of one unit, with no partner or narrower kind named for
one flow alone ("exports to the US", "exports of goods"), and no two sentences naming
different periods.
"""

from __future__ import annotations

__all__ = ["apply_flows"]

import re
from dataclasses import dataclass
from typing import Final

from factcheck.propose.book import VERB_ONLY, Book, is_amount, is_count, is_rate
from factcheck.propose.sentences import Mention


@dataclass(frozen=True, slots=True)
class _Flow:
    """A result and the flows it is made of: ``first + sign * second == result``."""

    result: re.Pattern[str]
    first: re.Pattern[str]
    second: re.Pattern[str]
    sign: str
    why: str
    counts: bool
    """Whether the figures are counts of people (else amounts of money)."""


_NARROW: Final = r"(?!\s+(?:of|in)\s+(?:goods|services|oil|crude|energy|food|cars|vehicles))"
_FLOWS: Final = (
    _Flow(
        re.compile(
            r"\bnet\s+(?:long-term\s+)?(?:international\s+)?(?:migration|immigration)\b", re.I
        ),
        re.compile(
            r"\b(?:arrived|arrivals|immigration|immigrants|came\s+to\s+live|moved\s+to)\b", re.I
        ),
        re.compile(r"\b(?:left|departures|departed|emigration|emigrants|emigrated)\b", re.I),
        "-",
        "by definition net migration is immigration less emigration (ONS; UN DESA)",
        counts=True,
    ),
    _Flow(
        re.compile(
            r"\b(?:total|foreign|overall|two-way)\s+trade(?:\s+(?:volume|value))?\b"
            r"(?!\s+(?:balance|deficit|surplus|gap|war|deal|talks|policy|dispute|tension))",
            re.I,
        ),
        re.compile(r"\bexports\b" + _NARROW, re.I),
        re.compile(r"\bimports\b" + _NARROW, re.I),
        "+",
        "by definition total trade is exports plus imports (customs statistics)",
        counts=False,
    ),
)
_PARTNER: Final = re.compile(
    r"\b(?:to|from|with|by)\s+(?:the\s+)?(?!January|February|March|April|May|June|July|"
    r"August|September|October|November|December)[A-Z]"
)
"""'exports to the US', 'imports from China', 'trade with Japan': one partner's flow."""
_PERIOD: Final = re.compile(
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|(?:19|20)\d\d)\b",
    re.I,
)
_NEGATED: Final = re.compile(r"\b(?:net|non-|excluding|not)\b", re.I)
_APART: Final = re.compile(
    r";|\b(?:alone|half|quarter|previous|prior|before|earlier|last\s+year's|a\s+year\s+ago)\b"
    r"|\b(?:goods|services|oil|energy|food|non-oil)\s+(?:exports|imports)\b"
    r"|\b(?:trade|exports|imports)\s+(?:to|from|with)\s+(?:the\s+)?[A-Z]",
    re.IGNORECASE,
)
"""Words between a total and its flows (to the end of the last one's clause) that make the
flows another time's, place's or kind's: 'in the second half of the year alone', 'in the year
before', 'goods exports', 'trade with the EU ..., with exports of', a semicolon."""


def _left(book: Book, m: Mention) -> str:
    """The words of the number's clause before it."""
    return book.text[m.clause[0] : m.start]


def _level(book: Book, m: Mention, counts: bool) -> bool:
    """A level of the flow's kind, and no level a change started 'from'."""
    if m.reading.direction or m.reading.kind != "number":
        return False
    if re.search(r"\bfrom\s*$", book.text[max(0, m.start - 8) : m.start]):
        return False  # "immigration fell from 566,000 to 497,000": the level before
    return is_count(m) if counts else is_amount(m)


def _flow_of(
    book: Book,
    m: Mention,
    pattern: re.Pattern[str],
    left_only: bool,
    before: Mention | None = None,
) -> bool:
    """Whether the number's words name the flow: in its clause before it; before the rate
    just before it ('exports rose 5% to $10.2 billion'); or (for counts of people, 'while
    414,000 left') right after it in its own words."""
    left = book.text[m.local[0] : m.start]
    found = list(pattern.finditer(left))
    if not found and before is not None and is_rate(before) and before.sentence == m.sentence:
        words = book.text[max(before.local[0], m.sentence[0]) : before.start]
        named = list(pattern.finditer(words))
        if named and VERB_ONLY.fullmatch(words[named[-1].end() :]):
            return not _NEGATED.search(words[: named[-1].start()][-12:])
    if found:
        tail = left[found[-1].start() :]
        return not _PARTNER.search(tail) and not _NEGATED.search(left[: found[-1].start()][-12:])
    if left_only:
        return False
    right = book.text[m.end : m.local[1]]
    hit = pattern.search(right)
    if hit is None or _PARTNER.search(right):
        return False
    return (
        re.fullmatch(
            r"(?:\s+(?!and\b|or\b|while\b|but\b|whereas\b)[\w'’-]+){0,4}\s+", right[: hit.start()]
        )
        is not None
    )


def apply_flows(book: Book) -> None:
    """Propose each net or total stated in a paragraph with one figure of each of its flows."""
    by_paragraph: dict[int, list[Mention]] = {}
    for m in book.mentions[:2000]:
        by_paragraph.setdefault(book.text.rfind("\n\n", 0, m.start), []).append(m)
    for members in by_paragraph.values():
        for flow in _FLOWS:
            _propose(book, flow, members[:200])


def _propose(book: Book, flow: _Flow, members: list[Mention]) -> None:
    levels = [m for m in members if _level(book, m, flow.counts)]
    results = [
        m
        for m in levels
        if flow.result.search(_left(book, m))
        and not _PARTNER.search(
            _left(book, m)[flow.result.search(_left(book, m)).end() :]  # type: ignore[union-attr]
        )
    ]
    if len(results) != 1:
        return
    result = results[0]
    rest = [m for m in levels if m is not result]
    before = {id(m): members[k - 1] for k, m in enumerate(members) if k}
    firsts = [m for m in rest if _flow_of(book, m, flow.first, not flow.counts, before.get(id(m)))]
    seconds = [
        m for m in rest if _flow_of(book, m, flow.second, not flow.counts, before.get(id(m)))
    ]
    if len(firsts) != 1 or len(seconds) != 1 or firsts[0] is seconds[0]:
        return
    first, second = firsts[0], seconds[0]
    trio = (result, first, second)
    if len({m.reading.unit for m in trio}) != 1:
        return
    periods = [
        frozenset(p.lower() for p in _PERIOD.findall(book.text[m.sentence[0] : m.sentence[1]]))
        for m in trio
    ]
    named = [p for p in periods if p]
    if any(p != named[0] for p in named):
        return  # sentences of different months or years
    first_start = min(m.start for m in trio)
    span = book.text[first_start : max(m.clause[1] for m in trio)]
    if _APART.search(span):
        return  # the flows of another time, place or kind than the total
    starts = sorted({m.sentence for m in trio})
    if len(starts) > 2 or (
        len(starts) == 2 and book.text[starts[0][1] : starts[1][0]].strip(" .!?\"'”’")
    ):
        return  # one sentence, or two side by side
    book.propose(
        "sum",
        f"{first.name} {flow.sign} {second.name} == {result.name}",
        about=result,
        quote=book.passage(*sorted(trio, key=lambda m: m.start)),
        why=f"{flow.why}; the three are levels of one paragraph",
        figures=(first.name, second.name, result.name),
        suffix="_flows",
    )
