"""The entry points: :func:`read` and :func:`read_one`.

A plain quote is read by the fast path (:mod:`factcheck.reading.fastpath`), anything else by
the full reader (:mod:`factcheck.reading.scan`).
"""

from __future__ import annotations

import re

from factcheck.errors import ReadingError
from factcheck.frozen import evolve
from factcheck.reading.fastpath import _read_plain
from factcheck.reading.lazy import lazy_pattern
from factcheck.reading.policy import DEFAULT_POLICY, ReadingPolicy
from factcheck.reading.result import Reading
from factcheck.reading.scan import _read_full


def read(phrase: str, *, policy: ReadingPolicy | None = None) -> tuple[Reading, ...]:
    """Every number in ``phrase``, in order, each read as a careful reader would.

    Raises a :class:`~factcheck.ReadingError` subclass naming the position when a number is
    malformed ("1350,000"), run into letters ("1e9"), written in non-ASCII digits, or carries
    an ambiguous symbol (a bare "¥" with nothing to say whether it is yuan or yen).
    """
    if not isinstance(phrase, str):
        raise TypeError(f"phrase={phrase!r} must be a str")
    pol = DEFAULT_POLICY if policy is None else policy
    if "." in phrase:
        if "," in phrase and (comma := _DECIMAL_COMMA.search(phrase)) is not None:
            whole, decimals = comma.group().replace(".", "").split(",")
            raise ReadingError(
                phrase,
                comma.start(),
                comma.end(),
                "thousands grouped by points and a decimal comma",
                f"write it as {int(whole):,}.{decimals}",
            )
        grouped = _POINT_GROUPS.sub(_as_commas, phrase)
        if grouped != phrase:
            return _read_point_grouped(phrase, grouped, pol)
    plain = _read_plain(phrase, pol)
    if plain is not None:
        return (plain,)
    return _read_full(phrase, pol)


_POINT_GROUPS = lazy_pattern(r"(?<![0-9.,])[1-9][0-9]{0,2}(?:\.[0-9]{3}){2,}(?![0-9]|[.,][0-9])")
"""Thousands grouped by points, as much of Europe writes them and its English-language press
often keeps: "1.182.000 people".  Two points or more, each before three digits, cannot be a
decimal; one point ("826.000") can, and stays one.  A number grouped so starts with a digit
other than zero ("030.123.456" is a telephone number)."""


_DECIMAL_COMMA = lazy_pattern(r"(?<![0-9.,])[1-9][0-9]{0,2}(?:\.[0-9]{3})+,[0-9]{1,2}(?![0-9])")
"""'15.234,56 points': a decimal comma after thousands grouped by points, refused as a comma
that groups no thousands is ('12,50'), not read as 15.234."""


def _as_commas(match: re.Match[str]) -> str:
    written = match.group()
    if is_dotted_quad(written):
        return written
    return written.replace(".", ",")


def groups_by_points(text: str) -> bool:
    """Whether ``text`` writes a number with thousands grouped by points ("1.182.000"), as the
    reader reads it: a text that does may write "826.000" for 826,000 too."""
    return any(not is_dotted_quad(m.group()) for m in _POINT_GROUPS.finditer(text))


def is_dotted_quad(written: str) -> bool:
    """Whether ``written`` is four numbers of at most 255 between points, none written with a
    leading zero: an internet address ("185.220.101.134"), not billions grouped by points
    ("1.000.000.000", "185.220.101.034" group thousands)."""
    groups = written.split(".")
    return len(groups) == 4 and all(int(g) <= 255 and not g.startswith("0") for g in groups)


def _read_point_grouped(phrase: str, grouped: str, pol: ReadingPolicy) -> tuple[Reading, ...]:
    """``phrase`` read as ``grouped`` (its points that group thousands made commas, which
    keeps every offset), each reading's text and value as the phrase writes them."""
    try:
        readings = _read_full(grouped, pol)
    except ReadingError as error:  # said of the phrase as written
        raise type(error)(phrase, error.start, error.end, error.reason, error.hint) from None
    restored = []
    for reading in readings:
        written = phrase[reading.start : reading.end]
        value = reading.value
        if written != reading.text and _POINT_GROUPS.search(written):
            value = value.replace(",", ".")
        restored.append(evolve(reading, text=written, value=value))
    return tuple(restored)


def read_one(phrase: str, *, policy: ReadingPolicy | None = None, index: int = 0) -> Reading:
    """The ``index``-th number of ``phrase`` (the only one by default); an error if absent."""
    readings = read(phrase, policy=policy)
    if not readings:
        raise ReadingError(phrase, 0, len(phrase), "no number found", "quote the number itself")
    if not -len(readings) <= index < len(readings):
        raise ReadingError(
            phrase,
            0,
            len(phrase),
            f"asked for number {index + 1} but the phrase has {len(readings)}",
            "choose an index between 0 and " + str(len(readings) - 1),
        )
    return readings[index]
