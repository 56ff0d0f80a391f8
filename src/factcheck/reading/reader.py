"""The entry points: :func:`read` and :func:`read_one`.

A plain quote is read by the fast path (:mod:`factcheck.reading.fastpath`), anything else by
the full reader (:mod:`factcheck.reading.scan`).
"""

from __future__ import annotations

from factcheck.errors import ReadingError
from factcheck.reading.fastpath import _read_plain
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
    plain = _read_plain(phrase, pol)
    if plain is not None:
        return (plain,)
    return _read_full(phrase, pol)


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
