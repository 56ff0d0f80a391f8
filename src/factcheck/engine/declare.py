"""Declaring an article's figures, unknowns and references as network variables, each
with its strict and lenient reading and its type (a count, a rate, a plain number).
"""

from __future__ import annotations

from fractions import Fraction

from factcheck.counts import is_count
from factcheck.engine.compiler import CheckError
from factcheck.engine.network import Network
from factcheck.errors import FactcheckError, Location, UnitError
from factcheck.intervals import Interval
from factcheck.model import Article
from factcheck.qtypes import COUNT, PLAIN, PP, RATE, QType, qtype_of_unit
from factcheck.reading import Reading
from factcheck.relations import Term

# -- symbols ----------------------------------------------------------------------------------


def _figure_type(reading: Reading, integer: bool = False, quote: str = "") -> QType:
    if is_count(reading, quote) or (integer and reading.unit is None and reading.kind == "number"):
        return COUNT
    if reading.unit in ("percentage_point", "basis_point"):
        return PP
    if reading.unit in ("percent", "per_mille") or reading.kind == "fraction":
        return RATE
    if reading.unit is None:
        return PLAIN
    return qtype_of_unit(reading.unit)[0]


def _scaled(reading: Reading, factor: Fraction) -> tuple[Interval, Interval]:
    """A reading's strict and lenient intervals in base units (scaled once when they are
    the same interval, as they are for most figures)."""
    strict = reading.strict.scale(factor)
    if reading.lenient is reading.strict:
        return strict, strict
    return strict, reading.lenient.scale(factor)


def _scales_itself(reading: Reading) -> bool:
    """Whether a reading's multiplier already takes it to base units: any unit but a currency,
    which is its own base ("5 percent" is 1/100, "5 per mille" 1/1000, "6 kg" 6,000 grams)."""
    if reading.unit is None:
        return False
    dims = qtype_of_unit(reading.unit)[0].dims
    return not (dims and all(name.startswith("[currency_") for name, _ in dims))


def _reference_type(
    reading: Reading, qtype: QType, factor: Fraction, unit: str
) -> tuple[QType, Fraction]:
    """A reference's type and factor to base units, before its reading's own multiplier.

    A value written in percent ("5 percent") or in a physical unit ("6 kg") carries its own
    scaling (the reading's multiplier is 1/100, or 1,000 grams): the unit beside it only says
    what it measures, and must agree.
    """
    if not _scales_itself(reading):
        return qtype, factor
    written = _figure_type(reading)
    if unit and (written.dims, written.rate) != (qtype.dims, qtype.rate):
        raise ValueError(
            f"the value {reading.text!r} is in {written.describe()} but the unit says "
            f"{qtype.describe()}; write the unit the value is written in, or leave unit out"
        )
    return written, Fraction(1)


def _declare(
    article: Article, net: Network
) -> tuple[dict[str, Term], dict[str, Reading], list[FactcheckError]]:
    symbols: dict[str, Term] = {}
    readings: dict[str, Reading] = {}
    errors: list[FactcheckError] = []
    unreadable: set[str] = set()

    def taken(name: str, what: str, location: Location | None) -> bool:
        if name in symbols:
            errors.append(
                CheckError(
                    f"{what} {name!r}",
                    "the name is declared twice",
                    location,
                    "give every figure, unknown and reference its own name",
                )
            )
            return True
        return False

    for figure in article.figures:
        if taken(figure.name, "figure", figure.location):
            continue
        try:
            reading = figure.read(article.policy)
            integer = is_count(reading, figure.quote) if figure.integer is None else figure.integer
            qtype = _figure_type(reading, integer, figure.quote)
            if integer and (qtype.rate or qtype.is_pp):
                raise ValueError(
                    f"integer: true is for counts of whole things, and {reading.text!r} is in "
                    f"{qtype.describe()}; leave integer out"
                )
        except (FactcheckError, ValueError) as error:
            errors.append(CheckError(f"figure {figure.name!r}", str(error), figure.location))
            unreadable.add(figure.name)
            continue
        factor = reading.multiplier
        var = net.add_var(figure.name, "figure", *_scaled(reading, factor))
        if integer:
            net.make_integer(var)
            if net.lenient[var].is_empty:
                errors.append(CheckError(
                    f"figure {figure.name!r}",
                    f"it is a whole number (integer: true), but its reading {reading.text!r} "
                    "holds none, even read generously",
                    figure.location,
                    "set integer: false, or quote the number the article writes",
                ))  # fmt: skip
                unreadable.add(figure.name)
                continue
        readings[figure.name] = reading
        symbols[figure.name] = Term(var, qtype, figure.name, figure.name, reading.number)
    for unknown in article.unknowns:
        if taken(unknown.name, "unknown", unknown.location):
            continue
        try:
            qtype, factor = qtype_of_unit(unknown.unit)
        except UnitError as error:
            errors.append(CheckError(f"unknown {unknown.name!r}", str(error), unknown.location))
            continue
        bounds = unknown.bounds if unknown.bounds is not None else Interval(None, None)
        var = net.add_var(unknown.name, "unknown", bounds.scale(factor))
        if unknown.integer:
            if qtype.rate or qtype.is_pp:
                errors.append(CheckError(f"unknown {unknown.name!r}",
                                         f"integer: true is for counts, not {qtype.describe()}",
                                         unknown.location, "leave integer out"))  # fmt: skip
                continue
            net.make_integer(var)
            if not qtype.dims:
                qtype = COUNT
        symbols[unknown.name] = Term(var, qtype, unknown.name)
    for reference in article.references:
        if taken(reference.name, "reference", reference.location):
            continue
        try:
            from factcheck.reading import read_one

            reading = read_one(reference.value, policy=article.policy)
            qtype, factor = qtype_of_unit(reference.unit)
            qtype, factor = _reference_type(reading, qtype, factor, reference.unit)
        except (FactcheckError, ValueError) as error:
            errors.append(CheckError(f"reference {reference.name!r}", str(error),
                                     reference.location))  # fmt: skip
            continue
        factor *= reading.multiplier
        var = net.add_var(reference.name, "reference", *_scaled(reading, factor))
        readings[reference.name] = reading
        symbols[reference.name] = Term(var, qtype, reference.name, None, reading.number)
    net.unreadable = unreadable
    return symbols, readings, errors
