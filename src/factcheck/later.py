"""Details of a verdict worked out when first asked for (:class:`Later`).

The engine hands a :class:`~factcheck.model.Verdict` one ``Later`` for the fields that cost a
search (the implied interval, the miss, the culprits); the verdict's properties read them
through it.  Kept apart from the model so that the machinery of deferred work, and how it
travels in a pickle, reads in one place.
"""

from __future__ import annotations

__all__ = ["Later", "settled"]

from collections.abc import Callable, Mapping
from typing import Any


class Later:
    """Details of a verdict worked out when first asked for, once, for all the fields given it.

    An audit of thousands of passing checks need not work out what each one implies (a search
    over its whole group of checks), nor name the culprits of findings nobody reads.  The engine
    passes one ``Later`` for several fields of a :class:`Verdict`; the first access runs
    ``work``, which returns every field's value, and keeps them.  A pickled ``Later`` carries
    its values, not its work (the work holds the engine's network).
    """

    __slots__ = ("_values", "_work")

    def __init__(self, work: Callable[[], Mapping[str, Any]]) -> None:
        self._work: Callable[[], Mapping[str, Any]] | None = work
        self._values: Mapping[str, Any] | None = None

    @classmethod
    def done(cls, values: Mapping[str, Any]) -> Later:
        """A ``Later`` whose values are already known."""
        later = cls(dict)
        later._values, later._work = dict(values), None
        return later

    def get(self, name: str) -> Any:
        if self._values is None:
            assert self._work is not None
            self._values = dict(self._work())
            self._work = None
        return self._values[name]

    def ship_as(self, work: Callable[[], Mapping[str, Any]]) -> None:
        """Not worked out yet: when pickled, carry ``work`` (a picklable callable that can
        work the values out again elsewhere) instead of working them out first."""
        if self._values is None:
            self._work = _Shipped(work)

    def __reduce__(self) -> tuple[Any, ...]:
        if self._values is None and isinstance(self._work, _Shipped):
            return (Later, (self._work.work,))
        if self._values is None:
            assert self._work is not None
            self._values, self._work = dict(self._work()), None
        return (Later.done, (self._values,))

    def __repr__(self) -> str:
        return f"Later({self._values!r})" if self._values is not None else "Later(...)"


class _Shipped:
    """Work a :class:`Later` carries when pickled, in place of its values."""

    __slots__ = ("work",)

    def __init__(self, work: Callable[[], Mapping[str, Any]]) -> None:
        self.work = work

    def __call__(self) -> Mapping[str, Any]:
        return self.work()


def settled(name: str) -> Callable[[Any], Any]:
    """The key a lazy field is compared by: its value, worked out if need be."""

    def key(value: Any) -> Any:
        return value.get(name) if isinstance(value, Later) else value

    return key
