"""Small immutable value classes that do without attrs, for the reader's start-up.

``factcheck read PHRASE`` must start in a few times the interpreter's own start-up (issue #17),
and importing attrs alone costs about twice that (it imports ``inspect``, ``typing`` and
``platform``).  The classes the reader builds (:class:`~factcheck.reading.Reading`,
:class:`~factcheck.reading.ReadingPolicy`, the hedges and their windows) therefore derive from
:class:`Frozen`, which gives what ``@attrs.frozen`` gave them: equality and hashing by field
values (only between instances of the same class), the same ``repr``, slots, immutability
(assignment raises attrs' ``FrozenInstanceError``), pickling and copying.  Each class writes its
own ``__init__``, so that building one costs no more than an attrs class's generated one.

:func:`evolve` is ``attrs.evolve`` for them (and ``copy.replace`` from Python 3.13): a copy
with some fields changed, built through ``__init__`` again (so validation and conversion run
again).
"""

from __future__ import annotations

__all__ = ["Frozen", "evolve"]

from operator import attrgetter

TYPE_CHECKING = False  # not typing's: importing typing is part of what this module avoids
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any, ClassVar, TypeVar

    _F = TypeVar("_F", bound="Frozen")


class Frozen:
    """Base of a frozen value class.  A subclass lists its fields in ``_fields``, in
    ``__init__`` order: they make its equality, hash and ``repr``, as attrs' generated methods
    did.  Its ``__slots__`` are those fields and any it works out from them."""

    __slots__ = ("__weakref__",)
    _fields: ClassVar[tuple[str, ...]]
    """The fields given to ``__init__``, which equality, hashing and ``repr`` look at."""

    @staticmethod
    def _values(instance: Any) -> tuple[Any, ...]:
        """The values of ``instance``'s fields, in order (replaced for each subclass)."""
        return ()

    def __init_subclass__(cls, *, kw_only: bool = False, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        fields = cls._fields
        cls._values = staticmethod(_getter(fields))  # type: ignore[method-assign,assignment]
        # As attrs sets it: the positional fields, for ``case Within(fraction):``.
        type.__setattr__(cls, "__match_args__", () if kw_only else fields)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values(self) == self._values(other)

    def __ne__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values(self) != self._values(other)

    def __hash__(self) -> int:
        return hash((self.__class__.__qualname__, *self._values(self)))

    def __repr__(self) -> str:
        shown = ", ".join(
            f"{name}={value!r}"
            for name, value in zip(self._fields, self._values(self), strict=True)
        )
        return f"{self.__class__.__qualname__}({shown})"

    def __setattr__(self, name: str, value: object) -> None:
        raise self._frozen_error(name)

    def __delattr__(self, name: str) -> None:
        raise self._frozen_error(name)

    @staticmethod
    def _frozen_error(name: str) -> AttributeError:
        """The error attrs raises on assignment to a frozen instance (imported only then: code
        that catches ``attrs.exceptions.FrozenInstanceError`` keeps working)."""
        from attrs.exceptions import FrozenInstanceError

        return FrozenInstanceError()

    def __replace__(self: _F, **changes: Any) -> _F:
        # copy.replace() (Python 3.13) calls this, as it does for dataclasses.
        return evolve(self, **changes)

    def __reduce__(self) -> tuple[Callable[..., Frozen], tuple[Any, ...]]:
        # Rebuilt through __init__ from the compared fields (a field worked out from the others
        # is worked out again), by keyword, so that keyword-only classes pickle too.
        return _rebuild, (self.__class__, self._fields, self._values(self))


def _getter(fields: tuple[str, ...]) -> Callable[[Any], tuple[Any, ...]]:
    """A function from an instance to the tuple of its ``fields``' values."""
    if len(fields) > 1:
        return attrgetter(*fields)
    if fields:
        one = attrgetter(fields[0])

        def single(instance: Any) -> tuple[Any, ...]:
            return (one(instance),)

        return single

    def none(instance: Any) -> tuple[Any, ...]:
        return ()

    return none


def _rebuild(cls: type[_F], names: tuple[str, ...], values: tuple[Any, ...]) -> _F:
    return cls(**{name.lstrip("_"): value for name, value in zip(names, values, strict=True)})


def evolve(instance: _F, **changes: Any) -> _F:
    """A copy of ``instance`` with ``changes`` (field name -> new value), built by
    ``__init__`` (as ``attrs.evolve`` builds one)."""
    values = {
        name.lstrip("_"): value
        for name, value in zip(instance._fields, instance._values(instance), strict=True)
    }
    return instance.__class__(**{**values, **changes})
