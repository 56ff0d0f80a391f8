"""A rate glossed by the amount it comes to, of the one amount said before it: 'a $106,000
home needs a down payment of 10 percent, or $16,000'; 'the offering would raise $21.1
billion. The banks share fees of 1 percent, or just over $2 billion'.

The rate is a portion ("fees of", "a down payment of") with its whole unsaid, the amount after
"or" ends its clause, and one amount of that currency, larger than it, stands before the rate
(in its sentence, or else in the sentence just before): that amount is the whole the portion
is of.  A warning, since the whole is found by its place."""

from __future__ import annotations

__all__ = ["_or_amount"]

import re
from fractions import Fraction
from typing import Final

from factcheck.propose.book import is_amount, is_rate
from factcheck.propose.context import _lead, _Sentence
from factcheck.propose.sentences import Mention
from factcheck.reading import _SCALES

_PORTION: Final = re.compile(r"\b(?P<noun>[^\W\d_]+)\s+of\s*$", re.IGNORECASE)
"""The noun a portion is of the rate of: 'fees of', 'a down payment of', 'a deposit of'."""
_CHANGE_NOUNS: Final = frozenset(
    {
        "increase", "increases", "rise", "rises", "growth", "gain", "gains", "jump", "fall",
        "falls", "drop", "drops", "decline", "declines", "decrease", "decreases", "reduction",
        "cut", "cuts", "change", "changes", "return", "returns", "yield", "inflation", "rate",
        "rates", "margin", "share", "majority", "lead", "turnout", "stake", "interest",
        "discount", "surge", "slump", "loss", "losses", "contraction", "expansion", "hike",
        "hikes", "raise", "raises", "boost", "boosts", "premium", "premiums", "markup",
        "markups", "dividend", "dividends",
    }
)  # fmt: skip
"""Nouns whose 'of N percent' is a change, a ratio to another base ('a premium of 30 percent'
over the market value, not over the price paid; a dividend of the share price), or a share
of people."""
_OR: Final = re.compile(
    r"^\s*,\s*or\s*(?:just\s+|some\s+)?(?:[^\W\d_]+(?:\s+than)?\s*)?$", re.IGNORECASE
)
"""Between the rate and its amount: ', or', ', or just (over $2 billion)'."""
_CLAUSE_END: Final = re.compile(r"^\s*(?:[,.;:)]|$)")
_BASE_AFTER: Final = re.compile(r"^\s*,\s*(?:on|over|of|above)\b", re.IGNORECASE)
"""After the amount, the base the portion is of: ', on the excess of $40 million', ', over its
market value'."""


def _or_amount(state: _Sentence, i: int) -> None:
    """'a down payment of 10 percent, or $16,000', after a '$106,000 home': the amount is that
    portion of the one larger amount of its currency said before."""
    members, book = state.members, state.book
    rate = members[i]
    if i + 1 >= len(members) or not is_rate(rate) or rate.reading.direction:
        return
    if rate.reading.hedge is not None:
        return
    portion = _PORTION.search(state.before(rate)[-40:])
    if portion is None or portion.group("noun").lower() in _CHANGE_NOUNS:
        return
    amount = members[i + 1]
    if not is_amount(amount) or amount.reading.direction:
        return
    if not _OR.match(state.between(rate, amount) + _lead(amount)):
        return
    if not _CLAUSE_END.match(state.text[amount.end : amount.sentence[1]]):
        return  # "or $500 per household", "or $1,600 a year": a portion of something else
    if _BASE_AFTER.match(state.text[amount.end : amount.sentence[1]]):
        return  # "a luxury tax of 50 percent, or $20 million, on the excess": its own base
    whole = _whole_before(state, rate, amount)
    if whole is None:
        return
    book.propose(
        "share",
        f"share({amount.name}, {whole.name}) == {rate.name}",
        about=amount,
        quote=book.passage(*sorted((whole, rate, amount), key=lambda m: m.start)),
        why="a portion glossed by the amount it comes to, of the one larger amount said before",
        figures=(amount.name, whole.name, rate.name),
        severity="warn",
        suffix="_portion",
    )


def _whole_before(state: _Sentence, rate: Mention, amount: Mention) -> Mention | None:
    """The one amount of ``amount``'s currency before ``rate`` in its sentence (or, with none
    there, in the sentence just before), larger than the amount."""
    book = state.book

    def same(m: Mention) -> bool:
        return is_amount(m) and m.reading.unit == amount.reading.unit

    here = [m for m in state.members if m.start < rate.start and same(m)]
    if not here:
        earlier = [m for m in book.mentions if m.sentence[1] <= rate.sentence[0]]
        last = earlier[-1].sentence if earlier else None
        if last is not None and re.fullmatch(
            r"[.!?]?[ \t]*\n?[ \t]*", book.text[last[1] : rate.sentence[0]]
        ):
            here = [
                m for m in earlier if m.sentence == last and same(m)
            ]  # the sentence just before
    if len(here) != 1:
        return None
    whole = here[0]
    lo, hi = _scaled(whole, whole.reading.strict.lo), _scaled(amount, amount.reading.strict.hi)
    if lo is None or hi is None or lo <= hi:
        return None  # not larger than the portion: no whole of it
    return whole


_EXPONENTS: Final = dict(_SCALES.values())


def _scaled(m: Mention, bound: Fraction | None) -> Fraction | None:
    """A bound of ``m``'s interval in units, its scale word applied ('2 billion')."""
    if bound is None:
        return None
    return bound * Fraction(10) ** _EXPONENTS.get(m.reading.scale or "", 0)
