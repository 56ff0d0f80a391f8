"""Amounts per unit and per head.

A price per unit, a quantity, and what the quantity is worth at that price: 'sells fulgurite
at $6 a gram, so an 18-kilogram fulgurite would be worth about $3,000' (it is $108,000).  The
price names its unit ('a gram', 'per tonne'), the quantity is of that unit's dimension, and
the amount after it is in the price's currency, joined by a word of value ('worth', 'costs',
'comes to'), with no other number between: the amount is the price times the quantity, the
units converted exactly.  Words between the price and the quantity must make the worth
follow from the price ('so', 'means', or the price opening the sentence: 'At $6 a gram, ...'),
since 'a 40-tonne truck costs' after 'steel costs $800 a tonne' is another thing's price; and
the price and the worth must be per the same time, if any ('a year', 'a month').

An amount shared among a count of people or households, and what each gets: 'divided $1
trillion ... by 300 million people and found more than $30,000 for every man, woman and
child' (it is $3,333).  The count's noun and the share's ('for every man', 'per household')
must be of one kind.  A count of anything else is read only where the division is said
outright and the share names one of the count's own noun: '$3.4 billion divided by 95,000
jobs works out to $35.8 million per job' (it is $35,800).

Both are warnings, since the words tie the three figures together."""

from __future__ import annotations

__all__ = ["_per_head", "_priced_quantity"]

import re
from typing import Final

from factcheck.propose.book import is_amount, same_dimension
from factcheck.propose.context import _Sentence
from factcheck.propose.naming import stem
from factcheck.propose.sentences import Mention
from factcheck.reading import _UNIT_WORDS

_PER_UNIT: Final = re.compile(r"^\s*(?:a|an|per|each)\s+(?P<unit>[^\W\d_]+(?:\s+[^\W\d_]+)?)", re.I)
"""After a price: 'a gram', 'per tonne', 'a square foot'."""
_VALUE_WORD: Final = re.compile(
    r"\b(?:worth|costs?|costing|comes?\s+to|came\s+to|totals?|totalling|totaling|fetch(?:es)?|"
    r"valued\s+at)\b",
    re.IGNORECASE,
)
"""Between a quantity and what it is worth at the price: 'would be worth about'."""


def _priced_quantity(state: _Sentence, i: int) -> None:
    """'$6 a gram, so an 18-kilogram fulgurite would be worth about $3,000': worth == price
    times quantity."""
    members, book = state.members, state.book
    if i + 2 >= len(members):
        return
    price, quantity, worth = members[i], members[i + 1], members[i + 2]
    if not (is_amount(price) and is_amount(worth)) or price.reading.unit != worth.reading.unit:
        return
    if price.reading.direction or quantity.reading.direction or worth.reading.direction:
        return
    unit = _price_unit(state.text[price.end : price.end + 30])
    quantity_unit = quantity.reading.unit or ""
    if unit is None or not (unit == quantity_unit or same_dimension(unit, quantity_unit)):
        return
    between = state.between(quantity, worth)
    if ";" in between or not _VALUE_WORD.search(between):
        return
    if _RESPECTIVELY.search(state.text[price.sentence[0] : price.sentence[1]]):
        return  # "$9,000 and $2,500 a tonne, ... worth $90,000 and $25,000, respectively"
    if not (
        _SO.search(state.between(price, quantity))
        or _OPENING_AT.fullmatch(state.text[price.sentence[0] : price.start])
    ):
        return  # "Steel costs $800 a tonne, and a 40-tonne truck costs": another thing's
    if _per_time(state.text[price.end : price.sentence[1]]) != _per_time(
        state.text[worth.end : worth.sentence[1]]
    ):
        return  # "$60 a square foot a year, so ... costs $10,000 a month"
    book.propose(
        "equal",
        f"{worth.name} == {price.name} * ({quantity.name} / 1 {unit})",
        about=worth,
        quote=book.passage(price, worth),
        why="a price per unit, a quantity, and what the quantity is worth at that price",
        figures=(price.name, quantity.name, worth.name),
        severity="warn",
        suffix="_at_price",
    )


_RESPECTIVELY: Final = re.compile(r"\brespectively\b", re.IGNORECASE)
"""Lists paired by order, not by place: no figure of one is beside its partner."""
_SO: Final = re.compile(
    r"\b(?:so|thus|therefore|hence|means?|meaning|makes?|making|puts?|putting|values?|"
    r"valuing|at\s+(?:that|this|those|these)\s+(?:price|rate)s?)\b",
    re.IGNORECASE,
)
"""Between the price and the quantity, words making the worth follow from the price: 'so',
'means', 'makes', 'at that price'."""
_OPENING_AT: Final = re.compile(r"\s*at\s*", re.IGNORECASE)
"""A price opening its sentence: 'At $6 a gram, the 18-kilogram fulgurite is worth'."""
_PER_TIME: Final = re.compile(
    r"^[^,;:.]*?\b(?:a|an|per|each)\s+(?P<time>year|month|week|day|hour|night|annum)\b",
    re.IGNORECASE,
)


def _per_time(after: str) -> str | None:
    """The time an amount is per, in its clause ('$60 a square foot a year' -> 'year')."""
    found = _PER_TIME.match(after)
    return found.group("time").lower() if found else None


def _price_unit(after: str) -> str | None:
    """The physical unit a price is per ('a gram' -> 'gram', 'a square foot' ->
    'square_foot'), if any: no currency, no rate."""
    found = _PER_UNIT.match(after)
    if found is None:
        return None
    words = found.group("unit").lower()
    for phrase in (words, words.split()[0]):
        unit = _UNIT_WORDS.get(phrase)
        if unit is not None:
            return unit if unit.islower() and unit not in _NOT_PHYSICAL else None
    return None


_NOT_PHYSICAL: Final = frozenset({"percent", "percentage_point", "basis_point", "per_mille"})


_PEOPLE: Final = (
    r"people|persons|residents|citizens|inhabitants|taxpayers|adults|individuals|"
    r"Americans|Britons|Canadians|Australians"
)
_COUNTED: Final = re.compile(rf"^\s*(?:(?P<people>{_PEOPLE})|(?P<homes>households|homes))\b", re.I)
"""After the count an amount is shared among: '300 million people', '2 million households'."""
_EACH: Final = re.compile(
    r"^\s*(?:(?:for|to)\s+(?:every|each)|per|a|each)\s+(?:(?P<person>man|woman|child|person|"
    r"head|capita|resident|citizen|inhabitant|taxpayer|adult|individual|American|Briton|one)|"
    r"(?P<home>household|home))\b",
    re.IGNORECASE,
)
"""After an amount per head: 'for every man, woman and child', 'per person', 'a household'."""


def _per_head(state: _Sentence, i: int) -> None:
    """'divided $1 trillion by 300 million people: $30,000 for every man, woman and child':
    the amount per head is the total over the count."""
    members, book = state.members, state.book
    if i + 2 >= len(members):
        return
    total, count, each = members[i], members[i + 1], members[i + 2]
    if not (is_amount(total) and is_amount(each)) or total.reading.unit != each.reading.unit:
        return
    if count.reading.unit is not None or count.reading.kind != "number":
        return
    if any(m.reading.direction for m in (total, count, each)):
        return
    counted = _COUNTED.match(state.text[count.end : count.end + 30])
    per = _EACH.match(state.text[each.end : each.end + 40])
    if (counted is None or per is None) and not _divided_among(state, total, count, each):
        return
    if _EACH.match(state.text[total.end : total.end + 40]):
        return  # "$1,200 per adult for 150 million Americans, plus $500 per child": no total
    if counted and per and bool(counted.group("people")) != bool(per.group("person")):
        return  # "2 million households ... $500 per person": another count
    if ";" in state.between(total, each) or _RESPECTIVELY.search(state.after(each)):
        return
    book.propose(
        "equal",
        f"{each.name} == {total.name} / {count.name}",
        about=each,
        quote=book.passage(total, each),
        why="an amount shared among a count, and the amount each gets",
        figures=(total.name, count.name, each.name),
        severity="warn",
        suffix="_per_head",
    )


_DIVIDED: Final = re.compile(r"\bdivided\s+(?:by|among|between)\s*$", re.IGNORECASE)
"""Between a total and the count it is shared among, the division said outright."""
_RESULT: Final = re.compile(
    r"\b(?:works?\s+out\s+(?:to|at)|worked\s+out\s+(?:to|at)|comes?\s+to|came\s+to|equals?|"
    r"gives?|makes?|is|was|means)\b|[:=]",
    re.IGNORECASE,
)
"""Between the count and the amount per one: the division's outcome said ('works out to')."""
_NOUN_AFTER: Final = re.compile(r"^\s*(?P<noun>[^\W\d_]{3,})\b")
_PER_NOUN: Final = re.compile(
    r"^\s*(?:per|(?:for|to)\s+(?:every|each)|each|a|an)\s+(?P<noun>[^\W\d_]{3,})\b", re.I
)


def _divided_among(state: _Sentence, total: Mention, count: Mention, each: Mention) -> bool:
    """'$3.4 billion divided by 95,000 jobs works out to $35.8 million per job': a total divided
    outright by a count of any noun, and the amount per one of that noun."""
    if not _DIVIDED.search(state.between(total, count)):
        return False
    if not _RESULT.search(state.between(count, each)):
        return False  # "divided among 60 charities, with $25,000 a charity to the smallest"
    counted = _NOUN_AFTER.match(state.text[count.end : count.end + 30])
    per = _PER_NOUN.match(state.text[each.end : each.end + 40])
    if counted is None or per is None:
        return False
    return stem(counted["noun"].lower()) == stem(per["noun"].lower())
