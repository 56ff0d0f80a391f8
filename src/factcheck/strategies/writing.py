"""Writing a TRUE value as a phrase, honestly: rounded, hedged, scaled, in a real-phrasing
form when one fits, and read back so that its strict reading contains the value."""

from __future__ import annotations

import math
from collections.abc import Mapping
from fractions import Fraction

import attrs

from factcheck.errors import FactcheckError
from factcheck.hedges import hedge_for
from factcheck.intervals import Interval, decimal_text
from factcheck.model import Figure
from factcheck.reading import Reading, ReadingPolicy, read_one
from factcheck.strategies import phrasing as phrasing_forms
from factcheck.strategies.article import GenerationError, TrueFigure
from factcheck.strategies.draws import _Draw
from factcheck.strategies.phrases import (
    _CURRENCY_STYLES,
    _FORMS,
    _PP_UNITS,
    _RATE_UNITS,
    _SCALES,
    _SIGNED_ROLES,
    _WORDS_UP_TO,
    HEDGE_WORDS,
    Phrase,
)

_POLICY = ReadingPolicy()
# -- writing a value ---------------------------------------------------------------------------


def _round(t: Fraction, how: str) -> int:
    if how == "nearest":
        return math.floor(t + Fraction(1, 2))
    if how == "up":
        return math.ceil(t)
    return math.floor(t)


def _hedged_digits(hedge: str, magnitude: Fraction, step: Fraction) -> int | None:
    """The digits a hedge honestly qualifies (``None`` if it cannot be said honestly)."""
    t = magnitude / step
    canonical = hedge_for(hedge).name
    if canonical == "about":
        digits = _round(t, "nearest")
    elif canonical == "nearly":  # [0.95 x, x]
        digits = _round(t, "up")
        if magnitude < Fraction(95, 100) * digits * step:
            return None
    elif canonical == "over":  # (x, x + step]
        digits = _round(t, "up") - 1
    elif canonical == "at least":  # [x, x + step]
        digits = _round(t, "down")
    elif canonical == "at most":  # [x - step, x]
        digits = _round(t, "up")
    else:
        return None
    return digits if digits > 0 else None


def _predicted(phrase: Phrase) -> Interval:
    """The strict reading the hedge table gives ``phrase`` (display units, magnitude),
    computed from the phrase's parts without the reader."""
    x = phrase.magnitude
    if phrase.words:
        rounded = Interval.point(x)
        sig_step = Fraction(1)
    else:
        text_step = Fraction(10) ** -max(phrase.decimals, 0)
        rounded = Interval.closed(x - text_step / 2, x + text_step / 2)
        if phrase.decimals > 0:
            sig_step = text_step
        else:
            written = phrase.number_text().replace(",", "")
            zeros = len(written) - len(written.rstrip("0")) if written.strip("0") else 0
            sig_step = Fraction(10) ** zeros
    if not phrase.hedge:
        return rounded
    return hedge_for(phrase.hedge).strict.apply(x, sig_step, rounded)


def _reading(figure: TrueFigure) -> Reading:
    """The reading factcheck's engine takes for a figure or reference."""
    if figure.is_reference:
        return read_one(figure.quote, policy=_POLICY)
    declared = figure.declare()
    assert isinstance(declared, Figure)
    return declared.read(_POLICY)


_READ_UNITS: Mapping[str, str | None] = {
    "rate": "percent",
    "pp": "percentage_point",
    "count": None,
    "fx": None,
}


def _reads_true(figure: TrueFigure) -> str | None:
    """``None`` when the engine's reading of ``figure`` contains its true value, else why not."""
    try:
        reading = _reading(figure)
    except FactcheckError as error:
        return f"cannot be read: {error}"
    phrase = figure.phrase
    expected = phrase.currency if phrase.kind == "amount" else _READ_UNITS[phrase.kind]
    if reading.unit != expected or (reading.scale or "") != phrase.scale:
        return f"read as {reading.unit_text!r}, written as {expected} {phrase.scale}".rstrip()
    strict = reading.strict.scale(reading.multiplier)
    if figure.true not in strict:
        return f"strict reading {strict} misses the true value {decimal_text(figure.true)}"
    return None


def _scale_for(value: Fraction, draw: _Draw) -> str:
    magnitude = abs(value)
    fitting = [name for name, power in _SCALES.items() if magnitude >= Fraction(10) ** power]
    if not fitting:
        return ""
    if len(fitting) > 1 and draw.chance(20):
        return fitting[-2]  # "1,810 billion" rather than "1.81 trillion"
    return fitting[-1]


def _write(
    draw: _Draw,
    name: str,
    kind: str,
    unit: str,
    true: Fraction,
    role: str,
    hedges: bool = True,
    phrasing: frozenset[str] = frozenset(),
) -> TrueFigure:
    """Write ``true`` as a writer would, honestly: the strict reading contains it; in one of
    the ``phrasing`` forms (:mod:`factcheck.strategies_phrasing`) when one fits."""
    negative = true < 0
    if negative and role not in _SIGNED_ROLES and role != "share":
        raise ValueError(f"a {role} cannot be negative: {true}")
    scale = _scale_for(true, draw) if kind == "amount" else ""
    probe = Phrase(kind=kind, digits=0, decimals=0, scale=scale)
    magnitude = abs(true) / probe.factor
    decimals = draw.integer(0, 3) if kind != "count" else 0
    if kind == "count" and magnitude >= 1000 and draw.chance(30):
        decimals = -draw.integer(1, len(str(int(magnitude))) - 2)  # "more than 123,000"
    while _round(magnitude / Fraction(10) ** -decimals, "nearest") == 0 and decimals < 12:
        decimals += 1
    step = Fraction(10) ** -decimals
    hedge = ""
    digits = _round(magnitude / step, "nearest")
    if hedges and draw.chance(40 if decimals >= 0 else 100) and role != "difference":
        word = draw.choice(HEDGE_WORDS)
        hedged = _hedged_digits(word, magnitude, step)
        if hedged is not None:
            hedge, digits = word, hedged
    if decimals < 0 and hedge_for(hedge or "about").name == "about":
        # "about 123,000" is read strictly to the units digit (docs/reading.md): write the
        # count in full instead.
        hedge, decimals, step = "", 0, Fraction(1)
        digits = _round(magnitude, "nearest")
    forms = _FORMS[role]
    form = draw.integer(0, len(forms) - 1)
    if hedge == "up to" and phrasing_forms.verb_takes_up_to(forms[form]):
        hedge, digits = "", _round(magnitude / step, "nearest")  # not "a up to 5% increase"
    currency = unit if kind == "amount" else ""
    style = draw.integer(0, len(_CURRENCY_STYLES[currency]) - 1) if currency else 0
    unit_text = ""
    if kind == "rate":
        unit_text = draw.choice(_RATE_UNITS)
    elif kind == "pp":
        unit_text = draw.choice(_PP_UNITS)
    if "{} increase" in forms[form][0] and kind in ("rate", "pp") and draw.chance(50):
        unit_text = "-percent" if kind == "rate" else "-percentage-point"
    phrase = Phrase(
        kind=kind,
        digits=digits,
        decimals=decimals,
        negative=negative,
        hedge=hedge,
        role=role,
        form=form,
        currency=currency,
        style=style,
        scale=scale,
        abbreviated=bool(scale) and draw.chance(15),
        unit=unit_text,
        minus=draw.choice(("-", "−")),
        words=kind == "count"
        and not hedge
        and decimals == 0
        and 1 < digits < 100
        and draw.chance(30),
        commas=draw.chance(60),
    )
    if decimals > 0 and draw.chance(30):
        while phrase.decimals > 0 and phrase.digits % 10 == 0:  # "7.2", not "7.20"
            phrase = attrs.evolve(phrase, digits=phrase.digits // 10, decimals=phrase.decimals - 1)
    notes: tuple[str, ...] = ()
    respelled = (
        phrasing_forms.respell(
            draw, phrase, magnitude, phrasing if hedges else phrasing - {"hedged-round"}
        )
        if phrasing
        else None
    )
    if respelled is not None:
        figure = TrueFigure(
            name=name, kind=kind, unit=unit, true=true, phrase=respelled[0], forms=respelled[1:]
        )
        problem = _reads_true(figure)
        if problem is None:
            return figure
        notes = (f"reader: {respelled[1]}: {respelled[0].text!r} {problem}",)
    figure = TrueFigure(name=name, kind=kind, unit=unit, true=true, phrase=phrase, notes=notes)
    problem = _reads_true(figure)
    if problem is None:
        return figure
    predicted = _predicted(phrase)
    note = ("reader: " if abs(true) / phrase.factor in predicted else "window: ") + (
        f"{phrase.text!r} {problem}"
    )
    plain = attrs.evolve(
        phrase,
        hedge="",
        digits=_round(magnitude / step, "nearest"),
        decimals=decimals,
        words=False,
        abbreviated=False,
        form=0,
    )
    figure = TrueFigure(
        name=name, kind=kind, unit=unit, true=true, phrase=plain, notes=(*notes, note)
    )
    problem = _reads_true(figure)
    if problem is not None:
        raise GenerationError(f"{plain.text!r} {problem} (true value {true}, {note})")
    return figure


def _write_like(figure: TrueFigure, value: Fraction) -> Phrase:
    """``figure``'s phrase, with the same scale, precision and hedge, writing ``value``."""
    phrase = figure.phrase
    magnitude = abs(value) / phrase.factor
    digits = None
    if phrase.hedge:
        digits = _hedged_digits(phrase.hedge, magnitude, phrase.step)
    if digits is None:
        digits = max(_round(magnitude / phrase.step, "nearest"), 1)
    return attrs.evolve(
        phrase,
        digits=digits,
        negative=value < 0,
        words=phrase.words and 1 < digits < _WORDS_UP_TO,
        spelled="",
    )
