"""A rate a year (or a month) over a span, beside the levels at its ends:

- "grew from 4.5 million in 2010 to 5.1 million in 2020, an average of 1.3% a year";
- "revenue rose at a compound annual rate of 12% over five years, from $10 million to $17.6
  million"; "a CAGR of 12% between 2018 and 2023".

Over ``n`` periods a level grows by the factor ``new / old``.  Read as a compound rate, that
is ``(1 + rate) ^ n``.  Read as the mean of the periods' own rates, or as the whole change
divided by ``n``, the rate is at least the compound one (the mean of the factors is at least
their geometric mean; Bernoulli's inequality), however the periods went.  So an average rate
is checked as ``(1 + rate) ^ n >= new / old``, whichever a writer meant, and a rate the words
call compound ("compound", "compounded", "CAGR") as ``==``.

The span is taken from the words only: "over five years", "over the past decade", "in the
decade to 2020", "between 2010 and 2020", or the years written with the two levels ("from 4.5
million in 2010 to 5.1 million in 2020").  A span "since" a year, or one of both months and
years, is left alone.
"""

from __future__ import annotations

import itertools
import re
from typing import Final

from factcheck.propose.book import is_amount, is_count, is_rate
from factcheck.propose.context import _lead, _level_like, _Sentence
from factcheck.propose.growth_words import on_another_basis
from factcheck.propose.sentences import Mention
from factcheck.reading import read_one

__all__ = ["rate_over_span"]

_PERIOD: Final = r"(?P<period>year|month|annum)"
_PER_PERIOD: Final = re.compile(
    r"\s*(?:(?:a|per|each|every)\s+" + _PERIOD + r"|annually|a\s+year\s+on\s+average)\b",
    re.IGNORECASE,
)
"""After the rate: 'a year', 'per annum', 'annually'."""
_COMPOUND: Final = re.compile(r"\b(?:compound(?:ed)?|CAGR)\b[^.;:\d]{0,40}$", re.IGNORECASE)
"""Before the rate: words that make it a compound rate ('a compound annual rate of')."""
_NAMED_BEFORE: Final = re.compile(
    r"(?:\b(?:annual|yearly|monthly)\b[^.;:\d]{0,30}?\b(?:rate|growth|increase|decline|"
    r"decrease|rise|fall|pace)\b[^.;:\d]{0,12}?\b(?:of|at)\s*|\bCAGR\s+of\s*)$",
    re.IGNORECASE,
)
"""Before the rate: 'a compound annual growth rate of', 'an average annual increase of', 'a
CAGR of'."""
_AVERAGE_BEFORE: Final = re.compile(r"\b(?:averag(?:e|ed|ing))\b[^.;:\d]{0,20}$", re.IGNORECASE)
"""Before a rate 'a year': 'an average of', 'averaging'."""

_SPAN_COUNT: Final = re.compile(
    r"\b(?:over|in|during|across)\s+(?:the\s+)?(?:(?:past|last|previous|next|following)\s+)?"
    r"(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)"
    r"[\s-]+(?P<unit>years?|months?)\b",
    re.IGNORECASE,
)
_DECADE: Final = re.compile(
    r"\b(?:over|in|during|across)\s+(?:the|a)\s+(?:(?:past|last|previous)\s+)?decade\b",
    re.IGNORECASE,
)
_BETWEEN_YEARS: Final = re.compile(
    r"\b(?:between|from)\s+(?P<a>(?:19|20)\d\d)\s+(?:and|to)\s+(?P<b>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_YEAR_AFTER: Final = re.compile(
    r"\s*(?:[^\W\d][\w'’-]*\s+){0,2}?(?:in|at\s+the\s+end\s+of)\s+(?P<y>(?:19|20)\d\d)\b", re.I
)
_SINCE: Final = re.compile(r"\b(?:since|next|coming|following|upcoming)\b", re.IGNORECASE)
"""A span the levels need not bound: 'since 2015', 'over the next five years'."""
_FORECAST: Final = re.compile(
    r"\b(?:forecasts?|projected|projections?|expected|expects?|predicted|estimates?|target|"
    r"will|would|could|should)\b",
    re.IGNORECASE,
)
"""Words that may give the average rate another span than the levels' (a forecast beside a
record)."""

_BASIS: Final = re.compile(
    r"\b(?:per\s+(?:capita|head|person|inhabitant)|after\s+inflation|excluding|including|"
    r"total\s+returns?|organic|basis)\b",
    re.IGNORECASE,
)
"""Words beyond :func:`on_another_basis` that may measure the rate otherwise than the levels
('an average of 1.5% a year per capita', '7% a year excluding acquisitions')."""
_OTHER_SUBJECT: Final = re.compile(
    r"\b(?:with|compared|against|versus|than|for|among)\b"
    r"|[(,]\s*(?!(?:or|and|an?|the|at|by|averag\w*|growing|rising|falling|"
    r"declining|increasing|decreasing|shrinking|expanding)\b)[^\W\d][\w'’-]*\s+"
    r"(?:[^\W\d][\w'’-]*\s+)?(?:grew|rose|fell|increased|decreased|declined|expanded|"
    r"shrank|growing|rising|falling|averaged)\b",
    re.IGNORECASE,
)
"""Between the pair and a rate after it, or after the rate: words that make the rate
another subject's ('with imports rising an average of 2% a year', '(profit grew at a CAGR of
12%)', '2% a year for imports')."""

_FROM: Final = re.compile(r"\bfrom\s*$", re.IGNORECASE)
_TO: Final = re.compile(r"^(?:\s+[^\W\d][\w'’-]*){0,2}?(?:\s+in\s+(?:19|20)\d\d)?\s*,?\s*to\s*$")


def _pair(state: _Sentence) -> tuple[Mention, Mention] | None:
    """(old, new): the one 'from A to B' of the sentence, two plain levels of one unit."""
    found = []
    members = state.members
    for a, b in itertools.pairwise(members):
        if not (_level_like(a) and _level_like(b)) or a.reading.unit != b.reading.unit:
            continue
        if is_amount(a) != is_amount(b) or not (is_amount(a) or is_count(a)):
            continue
        before = state.text[max(a.sentence[0], a.start - 8) : a.start] + _lead(a)
        if _FROM.search(before) and _TO.match(state.between(a, b) + _lead(b)):
            found.append((a, b))
    return found[0] if len(found) == 1 else None


def _span(state: _Sentence, old: Mention, new: Mention, period: str) -> int | None:
    """The number of periods the words give the span, or None."""
    sentence = state.text[old.sentence[0] : old.sentence[1]]
    if _SINCE.search(sentence):
        return None
    spans: set[int] = set()
    for found in _SPAN_COUNT.finditer(sentence):
        count = int(read_one(found["n"]).number)  # "five", "12": the reader's own words
        if found["unit"].lower().startswith(period):
            spans.add(count)
        else:
            return None  # "over 18 months", a rate a year: not the rate's periods
    if period == "year":
        if _DECADE.search(sentence):
            spans.add(10)
        for found in _BETWEEN_YEARS.finditer(sentence):
            spans.add(int(found["b"]) - int(found["a"]))
        years = [_YEAR_AFTER.match(state.text, m.end) for m in (old, new)]
        if years[0] and years[1]:
            spans.add(int(years[1]["y"]) - int(years[0]["y"]))
    return spans.pop() if len(spans) == 1 and min(spans) > 0 else None


_RATE_AFTER_PAIR: Final = re.compile(
    r"^(?:\s+(?:[^\W\d][\w'’-]*|(?:19|20)\d\d)){0,4}?\s*(?:\(|,\s*)"
    r"(?!(?:and|while|but|as|whereas)\b)"
    r"[^.;:,()\d]{0,50}$",
    re.IGNORECASE,
)
"""Between the pair and a rate after it: its time, then ', an average of', ', or', ' (a CAGR
of'; no second clause."""
_PAIR_AFTER_RATE: Final = re.compile(
    r"^(?![^.;:\d]*\b(?:and|while|but|as|whereas|when)\b)[^.;:\d]{0,80}?,?\s*from\s*$",
    re.IGNORECASE,
)
"""Between a rate and the pair after it: its period and span, then 'from'; no second clause
('averaged 2.1% a year, as the price of a loaf went from')."""


def _glued(state: _Sentence, rate: Mention, old: Mention, new: Mention) -> bool:
    """Whether the rate and the pair are told as one: the rate glosses the pair after it, or
    the pair follows the rate's own words."""
    if rate.start > new.end:
        gap = state.between(new, rate) + _lead(rate)
        return _RATE_AFTER_PAIR.match(gap) is not None and not _OTHER_SUBJECT.search(gap)
    if rate.end < old.start:
        return _PAIR_AFTER_RATE.match(state.between(rate, old) + _lead(old)) is not None
    return False


def rate_over_span(state: _Sentence, i: int) -> None:
    members, book = state.members, state.book
    rate = members[i]
    if not is_rate(rate) or rate.reading.unit != "percent":
        return
    after = _PER_PERIOD.match(state.text, rate.end)
    before = state.text[max(rate.sentence[0], rate.start - 80) : rate.start] + _lead(rate)
    named = _NAMED_BEFORE.search(before)
    if after is None and named is None:
        return
    if after is None and named is not None:
        words = named.group().lower()
        period = "month" if "monthly" in words else "year"
    else:
        assert after is not None
        period = "month" if (after["period"] or "year").lower() == "month" else "year"
        on_average = re.match(r"\s*on\s+average\b", state.text[after.end() :], re.IGNORECASE)
        if named is None and not (_AVERAGE_BEFORE.search(before) or on_average):
            return  # "rose 3% a year from 2,000 to 2,700": no average said, a year's rate
    pair = _pair(state)
    if pair is None:
        return
    old, new = pair
    if not _glued(state, rate, old, new):
        return
    if old.reading.hedge is not None or new.reading.hedge is not None:
        return
    n = _span(state, old, new, period)
    if n is None or n > 100:
        return
    sentence = state.text[rate.sentence[0] : rate.sentence[1]]
    if on_another_basis(sentence) or _BASIS.search(sentence):
        return  # "an average of 1.1% a year in real terms": the levels are in cash
    rest = re.match(r"[^,;:.()\d]*", state.text[after.end() if after else rate.end :])
    if rest is not None and _OTHER_SUBJECT.search(rest.group()):
        return  # "an average of 2% a year for imports": another subject's rate
    compound = _COMPOUND.search(before) is not None
    if not compound and _FORECAST.search(state.text, rate.sentence[0], rate.sentence[1]):
        return
    op = "==" if compound else ">="
    book.propose(
        "growth",
        f"(1 + {rate.name}) ^ {n} {op} {new.name} / {old.name}",
        about=rate,
        quote=book.passage(*sorted((old, new, rate), key=lambda m: m.start)),
        why=(
            f"a compound rate a {period} over {n} {period}s joins the levels at its ends"
            if compound
            else f"an average rate a {period} over {n} {period}s is at least the compound one"
        ),
        figures=(rate.name, old.name, new.name),
        suffix="_over_span",
    )
