"""A margin beside the profit and the revenue it is the ratio of, in one sentence: "a profit
of £12m on sales of £150m, a margin of 8%", "operating profit rose 12% to $1.2 billion on
revenue of $9.8 billion, an operating margin of 12.2%".

By definition a margin is profit over revenue (sales, turnover) of the same period, each of
the kind the words name: an operating margin of operating profit, a gross margin of gross
profit, a net margin of net profit or income.  The kinds must match word for word: "an
operating margin of 9%" beside "net profit of £12m" is no check.
"""

from __future__ import annotations

import re
from typing import Final

from factcheck.propose.book import is_amount, is_rate
from factcheck.propose.context import _lead, _Sentence
from factcheck.propose.sentences import Mention

__all__ = ["margin_of_profit"]

_KINDS: Final = (
    r"gross|operating|net|pre-?tax|post-?tax|underlying|adjusted|core|trading|ebitda|ebit|"
    r"after-?tax|before-?tax"
)
_NOT_PROFIT: Final = (
    r"(?<!interest\s)(?<!fee\s)(?<!fees\s)(?<!commission\s)(?<!investment\s)(?<!rental\s)"
    r"(?<!dividend\s)(?<!contribution\s)(?<!safety\s)(?<!error\s)(?<!victory\s)"
)
"""Before a margin or a profit: a noun that makes it another ratio or income ('net interest
margin', 'net interest income', 'fee income', 'a victory margin')."""
_MARGIN: Final = re.compile(
    _NOT_PROFIT + rf"(?:\b(?P<kind>(?:(?:{_KINDS})\s+)*)(?:profit\s+)?margins?\b)[^.;:\d]{{0,20}}$",
    re.IGNORECASE,
)
"""Before the rate: 'a margin of', 'an operating margin of', 'its net profit margin was'."""
_PROFIT: Final = re.compile(
    _NOT_PROFIT
    + rf"\b(?P<kind>(?:(?:{_KINDS})\s+)*)(?:profits?|income|earnings)\b[^.;:,$£€¥]{{0,30}}$",
    re.IGNORECASE,
)
"""Before the profit: 'a profit of', 'operating profit rose 12% to'."""
_REVENUE: Final = re.compile(r"\b(?:revenues?|sales|turnover)\b[^.;:,\d]{0,20}$", re.IGNORECASE)
"""Before the revenue: 'on sales of', 'revenue of'."""
_OTHER: Final = re.compile(
    r"\b(?:forecast|expected|target|guidance|year\s+(?:earlier|ago|before)|previous|"
    r"last\s+year|a\s+year|per\s+share|a\s+share|quarter\s+earlier)\b",
    re.IGNORECASE,
)
"""Words that may give one of the three another period or basis."""


_GLOSS: Final = re.compile(
    r"^\s*(?:,|\()?\s*(?:(?:or|and|giving|gave|for|with|which\s+(?:is|was|gave|gives))\s+)?"
    r"(?:(?:an?|its|the|their)\s+)?(?:(?:" + _KINDS + r")\s+)*(?:profit\s+)?margins?\s+"
    r"(?:of|was|is|were|are|stood\s+at|at)\s*$",
    re.IGNORECASE,
)
"""From the later of the profit and the revenue to the margin: a gloss of the two ('on sales
of £150m, a margin of 8%', '... gave an operating margin of'), no other margin ('its cloud
business had a margin of', 'the industry's average margin of', 'Europe's operating margin
was')."""
_MARGIN_ENDS: Final = re.compile(r"\s*(?:[,;:.)\]–—]|$)")
"""After the margin: its clause ends ('a net margin of 20% in its services unit' is a part's)."""
_PER: Final = re.compile(r"\s*(?:per|a|each)\s+(?!cent\b)[^\W\d]", re.IGNORECASE)
"""After the profit or the revenue: a unit of its own ('$12 per unit', '$2,000 a car')."""


def _kind(found: re.Match[str]) -> str:
    words = found["kind"].lower().replace("-", "").split()
    return " ".join(w for w in words if w not in ("profit",))


def margin_of_profit(state: _Sentence, i: int) -> None:
    members, book = state.members, state.book
    rate = members[i]
    if not is_rate(rate) or rate.reading.unit != "percent" or rate.reading.direction:
        return
    before_rate = state.text[max(rate.sentence[0], rate.start - 40) : rate.start]
    margin = _MARGIN.search(before_rate)
    if margin is None:
        return
    sentence = state.text[rate.sentence[0] : rate.sentence[1]]
    if _OTHER.search(sentence):
        return
    profits: list[tuple[Mention, str]] = []
    revenues: list[Mention] = []
    for m in members:
        if m is rate or not is_amount(m) or m.reading.direction or m.reading.hedge is not None:
            continue
        lead = state.text[max(m.sentence[0], m.start - 50) : m.start]
        if (found := _PROFIT.search(lead)) is not None and not _REVENUE.search(lead):
            profits.append((m, _kind(found)))
        elif _REVENUE.search(lead):
            revenues.append(m)
    if len(profits) != 1 or len(revenues) != 1:
        return
    (profit, kind), revenue = profits[0], revenues[0]
    if kind != _kind(margin) or profit.reading.unit != revenue.reading.unit:
        return
    if profit.reading.number < 0:
        return  # a loss: the margin's sign is a convention
    last = max(profit, revenue, key=lambda m: m.end)
    if not _GLOSS.match(state.between(last, rate) + _lead(rate)):
        return  # "..., and its cloud business had a margin of 45%": a margin of another
    if not _MARGIN_ENDS.match(state.text, rate.end):
        return  # "a net margin of 20% in its services unit"
    if any(_PER.match(state.text, m.end) for m in (profit, revenue)):
        return  # "a profit of $12 per unit on sales of $150 million"
    book.propose(
        "share",
        f"share({profit.name}, {revenue.name}) == {rate.name}",
        about=rate,
        quote=book.passage(*sorted((profit, revenue, rate), key=lambda m: m.start)),
        why="by definition a margin is profit over revenue, of one kind and period",
        figures=(profit.name, revenue.name, rate.name),
        suffix="_margin",
    )
