"""Real phrasing for :mod:`factcheck.strategies`: the ways releases and news write numbers
that tests/corpus/README.md specifies (issue #13), each a FORM the generator may use.

A form rewrites a phrase the generator has already written honestly, keeping it honest by the
README's rules (its strict reading, by those rules, still contains the true value):

- ``words``: a whole number of percent, points or a count in words: "about nine percent",
  "seven percent", "more than twenty companies", "one hundred and five companies" (rule 3:
  read like "9", "7", "20", "105");
- ``round-count``: a whole count rounded at its hundreds or thousands and padded with zeros,
  unhedged: "87,000 enterprises" (rule 2: rounded at the last non-zero digit);
- ``hedged-round``: the same under "about" and its synonyms: "some 123,000" (rule 4);
- ``points-decimal``: "0.3 of a percentage point", "0.7 of a point" (rule 7);
- ``points-fraction``: "half a percentage point", "a quarter-point increase" (rule 7: within
  2.5 % of the fraction);
- ``decline-words``: dipped, slumped, eased, lost, retreated, sagged, "was cut by", "was
  reduced by", "a 5 percent reduction", "5 percent below the national average" (rule 8);
- ``change-and-level``: a change and the level it reached, two figures quoted from one
  sentence: "increased by 3,400 to 712,500" (rule 5);
- ``direction-carry``: a direction word carried across "or": "decreased $7.9 billion or 0.6
  percent", two figures quoted from one phrase, or "and ... respectively" (rule 8);
- ``up-to``: "up to" as a level after a verb that takes "up" or a noun: "adding up to $5.3
  billion", "Share Up to 5.8%" (rule 6);
- ``number-forms``: hedges as symbols ("≥ 5 percent", ">12,000"), groups of digits apart
  ("5 000 000", with a space, a no-break or a thin space) or Indian ("12,34,567"), halves
  ("1-1/2 percent"), dozens ("a dozen and a half") (rules 3, 4 and 10).

The generator only uses the forms it is told to (``phrasing=`` of
:func:`~factcheck.strategies.articles`); :data:`DEFAULT_PHRASING` holds those the reader reads
right today.  A form the reader misreads is noted on the figure (``reader: <form>: ...``) and
the figure written the old way; :func:`~factcheck.strategies_phrasing.probe` counts those
notes, form by form, to tell which forms a changed reader now reads right:

    python -m factcheck.strategies_phrasing
"""

from __future__ import annotations

__all__ = ["DEFAULT_PHRASING", "PHRASING_FORMS", "POINT_FRACTIONS"]

import math
import re
from collections.abc import Sequence
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import attrs

from factcheck.hedges import hedge_for

if TYPE_CHECKING:
    from factcheck.strategies.phrases import Phrase

PHRASING_FORMS: tuple[str, ...] = (
    "words",
    "round-count",
    "hedged-round",
    "points-decimal",
    "points-fraction",
    "decline-words",
    "change-and-level",
    "direction-carry",
    "number-forms",
    "up-to",
)
"""Every real-phrasing form the generator knows."""

DEFAULT_PHRASING: frozenset[str] = frozenset(PHRASING_FORMS)
"""The forms the reader reads right today (``python -m factcheck.strategies_phrasing``
tells): all of them since the reader follows tests/corpus/README.md (issue #13).  A form
added before the reader reads it stays out of this set until it does."""

CHANCE = 35
"""Percent chance that an enabled form that fits a phrase is used."""
_CHANCES = {"up-to": 8, "number-forms": 12, "points-fraction": 80}
"""Forms that fit most phrases are used less often, so that the others are seen too."""

POINT_FRACTIONS: tuple[tuple[Fraction, str, str], ...] = (
    # (the fraction of a percentage point, in words, as a hyphenated adjective or "")
    (Fraction(1, 2), "half a percentage point", "half-point"),
    (Fraction(1, 4), "a quarter of a percentage point", "quarter-point"),
    (Fraction(3, 4), "three quarters of a percentage point", ""),
    (Fraction(1, 3), "a third of a percentage point", ""),
    (Fraction(2, 3), "two-thirds of a point", ""),
)
"""Fractions of a percentage point written in words: read within 2.5 % of the fraction."""
POINT_FRACTION_TOLERANCE = Fraction(1, 40)

_POINT_UNITS = (" of a percentage point", " of a percentage point", " of a point")
_ABOUT_WORDS = ("about", "roughly", "some", "an estimated")

# Decline words, each with a rise word the reader knows, so that a flipped sign reads.
_DECLINE_FORMS: dict[str, tuple[tuple[str, str], ...]] = {
    "growth": (
        ("rose {}", "dipped {}"),
        ("climbed {}", "slumped {}"),
        ("rose {}", "eased {}"),
        ("gained {}", "lost {}"),
        ("advanced {}", "retreated {}"),
        ("grew {}", "sagged {}"),
        ("increased by {}", "was cut by {}"),
        ("increased by {}", "was reduced by {}"),
        ("a {} increase", "a {} reduction"),
    ),
    "gap": (
        ("{} higher than the national average", "{} below the national average"),
        ("{} higher than a year earlier", "{} lower than a year earlier"),
    ),
    "difference": (
        ("{} more than last year", "{} less than last year"),
        ("{} more than last year", "{} below last year's level"),
    ),
}

# A change, then the level it reached: (rise, decline), "{}" the change, "{L}" the level.
_CHANGE_LEVEL_FORMS: tuple[tuple[str, str], ...] = (
    ("increased by {} to {L}", "decreased by {} to {L}"),
    ("rose {} to {L}", "fell {} to {L}"),
    ("rose by {} to {L}", "fell by {} to {L}"),
    ("up {} to {L}", "down {} to {L}"),
    ("grew {} to {L}", "declined {} to {L}"),
)
# An amount's change "or" the same change in percent; "{}" the amount, "{R}" the rate.
_CARRY_FORMS: tuple[tuple[str, str], ...] = (
    ("increased {} or {R}", "decreased {} or {R}"),
    ("rose {} or {R}", "fell {} or {R}"),
    ("grew {} or {R}", "shrank {} or {R}"),
    ("was up {} or {R}", "was down {} or {R}"),
)
# Two rates of change behind one verb: "{}" the first, "{R}" the second.
_RESPECTIVELY_FORMS: tuple[tuple[str, str], ...] = (
    ("rose {} and {R} respectively", "fell {} and {R} respectively"),
    ("grew {} and {R}, respectively", "declined {} and {R}, respectively"),
    ("increased {} and {R} respectively", "decreased {} and {R} respectively"),
)


def _round(t: Fraction) -> int:
    return math.floor(t + Fraction(1, 2))


def _hyphenated(phrase: Phrase) -> bool:
    return phrase.unit.startswith("-")


def respell(
    draw: Any, phrase: Phrase, magnitude: Fraction, enabled: frozenset[str]
) -> tuple[Phrase, str] | None:
    """``phrase`` (written honestly for a value of ``magnitude`` in display units) rewritten in
    one of the ``enabled`` single-figure forms that fits it, or ``None``."""
    candidates: list[tuple[Phrase, str]] = []
    for form, rewrite in _SINGLE_FORMS:
        if form in enabled:
            found = rewrite(draw, phrase, magnitude)
            if found is not None and draw.chance(_CHANCES.get(form, CHANCE)):
                candidates.append((found, form))
    return draw.choice(candidates) if candidates else None


def verb_takes_up_to(template: tuple[str, str]) -> bool:
    """Whether "up to" cannot stand before the number in ``template``: "a up to 5% increase"
    is no English.  ("rose up to 6 percent" is a rise of at most 6 percent, as the reader
    reads it.)"""
    return any(side.split("{}")[0].strip() == "a" for side in template)


def _words(draw: Any, phrase: Phrase, magnitude: Fraction) -> Phrase | None:
    if phrase.kind not in ("rate", "pp", "count") or phrase.words or phrase.spelled:
        return None
    top = 999 if phrase.kind == "count" else 99  # "one hundred and five companies"
    if phrase.decimals != 0 or not 2 <= phrase.digits <= top or _hyphenated(phrase):
        return None
    if phrase.kind == "count" and not phrase.hedge and phrase.digits < 100:
        return None  # an unhedged count in words below 100 is the generator's old form
    if phrase.negative and not phrase.role_signed:
        return None  # not "-ten per cent"
    if phrase.unit in ("%", " pp") or phrase.text.startswith("a "):
        return None  # not "sixty-one%", nor "a four percentage points increase"
    return attrs.evolve(phrase, words=True)


def _round_count(draw: Any, phrase: Phrase, magnitude: Fraction, hedged: bool = False) -> Any:
    if phrase.kind != "count" or phrase.hedge or phrase.decimals != 0 or magnitude < 1000:
        return None
    if hedged and phrase.role not in ("count", "level"):
        return None
    places = draw.choice((2, 3)) if magnitude >= 10**4 else 2  # hundreds or thousands
    step = Fraction(10) ** places
    digits = _round(magnitude / step)
    if digits * step < 1000:
        return None
    hedge = draw.choice(_ABOUT_WORDS) if hedged else ""
    return attrs.evolve(phrase, digits=digits, decimals=-places, hedge=hedge, commas=True)


def _hedged_round(draw: Any, phrase: Phrase, magnitude: Fraction) -> Phrase | None:
    found: Phrase | None = _round_count(draw, phrase, magnitude, hedged=True)
    return found


def _points_decimal(draw: Any, phrase: Phrase, magnitude: Fraction) -> Phrase | None:
    if phrase.kind != "pp" or phrase.hedge or phrase.decimals < 1 or _hyphenated(phrase):
        return None
    if not 0 < phrase.digits < 10**phrase.decimals or phrase.text.startswith("a "):
        return None
    return attrs.evolve(phrase, unit=draw.choice(_POINT_UNITS))


def _points_fraction(draw: Any, phrase: Phrase, magnitude: Fraction) -> Phrase | None:
    if phrase.kind != "pp" or phrase.hedge:
        return None
    for fraction, words, adjective in POINT_FRACTIONS:
        if abs(magnitude - fraction) <= fraction * POINT_FRACTION_TOLERANCE:
            before_a = phrase.text.startswith("a ")
            spelled = adjective if before_a else words
            if not spelled:
                return None
            digits = _round(fraction * 100)
            return attrs.evolve(
                phrase,
                digits=digits,
                decimals=2,
                unit=" percentage points",
                spelled=spelled,
            )
    return None


def _decline_words(draw: Any, phrase: Phrase, magnitude: Fraction) -> Phrase | None:
    forms = _DECLINE_FORMS.get(phrase.role)
    if not phrase.negative or forms is None or phrase.template is not None:
        return None
    template = draw.choice(forms)
    if phrase.hedge == "up to" and verb_takes_up_to(template):
        return None  # "dipped up to 5 percent"
    if _hyphenated(phrase) and not template[0].startswith("a {}"):
        return None
    if (phrase.spelled or phrase.hedge) and template[0].startswith("a {}"):
        return None  # not "a at least 0.1% reduction"
    return attrs.evolve(phrase, template=template)


_HEDGE_SYMBOLS = {"over": (">", "> "), "at least": ("≥ ", ">="), "at most": ("≤ ", "<=")}
_DOZENS = {12: "a dozen", 18: "a dozen and a half"}
# a space, a no-break space, a thin space; the Indian grouping ("12,34,567") from a lakh
_GROUP_SEPARATORS = (" ", "\u00a0", "\u2009", "lakh")
_WHOLE = re.compile(r"\d+")


def _number_form(draw: Any, phrase: Phrase, magnitude: Fraction) -> Phrase | None:
    """'≥ 5 percent', '>12,000', '5 000 000 enterprises', '1-1/2 percent', 'a dozen and a
    half' (rules 3, 4 and 10)."""
    if phrase.words or phrase.spelled or phrase.template is not None:
        return None
    if phrase.negative and not phrase.role_signed:
        return None  # not ">-4 percent"
    found: list[Phrase] = []
    if phrase.hedge:
        symbols = _HEDGE_SYMBOLS.get(hedge_for(phrase.hedge).name)
        if symbols:
            found.append(attrs.evolve(phrase, hedge_symbol=draw.choice(symbols)))
    elif phrase.kind == "count" and phrase.digits * phrase.step >= 10**4:
        separators = _GROUP_SEPARATORS if phrase.digits * phrase.step >= 10**5 else (" ",)
        found.append(attrs.evolve(phrase, commas=True, groups=draw.choice(separators)))
    elif phrase.kind == "count" and phrase.decimals == 0 and phrase.digits in _DOZENS:
        found.append(attrs.evolve(phrase, spelled=_DOZENS[phrase.digits]))  # rule 3
    elif phrase.kind == "rate" and not _hyphenated(phrase) and 1 <= magnitude < 100:
        whole = math.floor(magnitude)
        if abs(magnitude - whole - Fraction(1, 2)) <= Fraction(1, 4):  # "1-1/2 percent"
            unit = phrase.unit if phrase.unit != "%" else " percent"
            spelled = f"{whole}-1/2{unit}"
            found.append(attrs.evolve(phrase, digits=2 * whole + 1, decimals=1, spelled=spelled))
    return draw.choice(found) if found else None


_UP_TO_LEVELS: dict[str, tuple[str, ...]] = {
    "level": ("adding up to {}", "which sums up to {}", "the parts add up to {}"),
    "share": ("share up to {}", "Share Up to {}"),
}


def _up_to(draw: Any, phrase: Phrase, magnitude: Fraction) -> Phrase | None:
    """'add up to $5.3 billion', 'Share Up to 5.8%': "up to" after a verb that takes "up"
    or after a noun is a level, not a hedge (rule 6)."""
    forms = _UP_TO_LEVELS.get(phrase.role)
    if forms is None or phrase.hedge or phrase.negative or phrase.spelled or phrase.words:
        return None
    if phrase.template is not None or phrase.kind == "fx":
        return None
    form = draw.choice(forms)
    return attrs.evolve(phrase, template=(form, form))


_SINGLE_FORMS = (
    ("words", _words),
    ("round-count", _round_count),
    ("hedged-round", _hedged_round),
    ("points-decimal", _points_decimal),
    ("points-fraction", _points_fraction),
    ("decline-words", _decline_words),
    ("number-forms", _number_form),
    ("up-to", _up_to),
)


def _plain(phrase: Phrase) -> bool:
    """A phrase that can be one half of a two-figure sentence."""
    return not phrase.hedge and not phrase.words and not phrase.spelled and phrase.template is None


def _unhyphenated(phrase: Phrase) -> Phrase:
    """ "a 0.9-percentage-point increase" has no place in "rose 0.9 percentage points to"."""
    if not _hyphenated(phrase):
        return phrase
    return attrs.evolve(phrase, unit=" percent" if phrase.kind == "rate" else " percentage points")


def change_and_level(draw: Any, change: Phrase, level: Phrase) -> tuple[Phrase, Phrase] | None:
    """A change and the level it reached, written as one sentence quoted by both figures:
    "increased by 3,400 to 712,500" (``None`` if they cannot be)."""
    if not (_plain(change) and _plain(level)) or level.negative:
        return None
    if change.kind == level.kind and level.magnitude < 3 * change.magnitude:
        # "fell by 4 to 6", "rose 5 to 7 percent" read as ranges: a writer who means a change
        # and a level makes the level plainly more than the change (docs/reading.md, "A
        # change and a level": three times the change or more)
        return None
    change = attrs.evolve(_unhyphenated(change), commas=True)
    level = attrs.evolve(level, commas=True)
    if change.kind == level.kind == "amount":  # one style in one sentence
        level = attrs.evolve(level, style=change.style, abbreviated=change.abbreviated)
    rise, fall = draw.choice(_CHANGE_LEVEL_FORMS)
    level_core = level.core()
    change_template = (rise.replace("{L}", level_core), fall.replace("{L}", level_core))
    new_change = attrs.evolve(change, template=change_template)
    verb = fall if change.negative and new_change.role_signed else rise
    prefix = verb.split("{L}")[0].format(change.core())
    new_level = attrs.evolve(level, template=(prefix + "{}", prefix + "{}"))
    return new_change, new_level


def carry_direction(
    draw: Any, change: Phrase, rate: Phrase, forms: Sequence[tuple[str, str]] = _CARRY_FORMS
) -> tuple[Phrase, Phrase] | None:
    """Two changes behind one direction word, an amount's and its rate ("decreased $7.9
    billion or 0.6 percent"), or two rates (``forms=_RESPECTIVELY_FORMS``: "fell 3.2 percent
    and 1.1 percent respectively"); ``None`` if they cannot be."""
    if not (_plain(change) and _plain(rate)) or change.negative != rate.negative:
        return None
    change, rate = attrs.evolve(_unhyphenated(change), commas=True), _unhyphenated(rate)
    rise, fall = draw.choice(forms)
    first, second = change.core(), rate.core()
    new_change = attrs.evolve(
        change, template=(rise.replace("{R}", second), fall.replace("{R}", second))
    )
    new_rate = attrs.evolve(
        rate,
        template=(
            rise.replace("{}", first, 1).replace("{R}", "{}"),
            fall.replace("{}", first, 1).replace("{R}", "{}"),
        ),
    )
    return new_change, new_rate


def fraction_gap(draw: Any, values: dict[str, Any]) -> dict[str, Any]:
    """Sometimes, a gap between two rates of a fraction of a percentage point (give or take
    2 %), so that "half a percentage point" has values to write."""
    if not draw.chance(CHANCE):
        return values
    fraction = draw.choice(POINT_FRACTIONS)[0] * (1 + Fraction(draw.integer(-20, 20), 1000))
    sign = draw.choice((1, -1))
    return {**values, "b": values["a"] - sign * fraction / 100}
