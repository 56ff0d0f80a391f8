"""Every error factcheck raises on purpose derives from :class:`FactcheckError`.

Errors carry their data as attributes and build their message in ``__str__``, so callers never
parse a message.  Each subclass also derives from the builtin exception it refines (attrs does
the same), so ``except ValueError`` keeps working for code that does not know factcheck.
"""

from __future__ import annotations

__all__ = [
    "AmbiguousUnitError",
    "FactcheckError",
    "FactcheckWarning",
    "IntervalError",
    "Location",
    "MalformedNumberError",
    "ReadingError",
    "UnitError",
    "UnitMismatchError",
    "UnknownUnitError",
]

from factcheck.frozen import Frozen


class Location(Frozen):
    """Where something was written: a file (or ``None`` for a phrase), a 1-based line and column."""

    _fields = ("path", "line", "column")
    __slots__ = _fields
    path: str | None
    line: int
    column: int

    def __init__(self, path: str | None, line: int, column: int) -> None:
        object.__setattr__(self, "path", path)
        object.__setattr__(self, "line", line)
        object.__setattr__(self, "column", column)

    @staticmethod
    def _frozen_error(name: str) -> AttributeError:
        # What it raised as a frozen dataclass, which it was.
        from dataclasses import FrozenInstanceError

        return FrozenInstanceError(f"cannot assign to field {name!r}")

    def __str__(self) -> str:
        where = self.path if self.path is not None else "<phrase>"
        return f"{where}:{self.line}:{self.column}"


class FactcheckError(Exception):
    """The root of every error that factcheck raises on purpose."""


class FactcheckWarning(UserWarning):
    """A finding that should be seen but does not fail the audit (``severity: warn``)."""


class IntervalError(FactcheckError, ValueError):
    """An interval was built from bounds that do not make one (for example a NaN)."""


class ReadingError(FactcheckError, ValueError):
    """A phrase could not be read as numbers.

    ``text`` is the phrase, ``start`` and ``end`` the offending span (0-based offsets into
    ``text``), ``reason`` what went wrong and ``hint`` what to do about it.
    """

    def __init__(self, text: str, start: int, end: int, reason: str, hint: str = "") -> None:
        super().__init__(text, start, end, reason, hint)
        self.text = text
        self.start = start
        self.end = end
        self.reason = reason
        self.hint = hint

    @property
    def column(self) -> int:
        """The 1-based column of the start of the span, as editors count."""
        return self.start + 1

    def __str__(self) -> str:
        shown = self.text[self.start : self.end] or self.text[self.start : self.start + 1]
        message = (
            f"column {self.column}: {self.reason} (at {_clip(shown)!r} in {_clip(self.text)!r})"
        )
        if self.hint:
            message += f"; {self.hint}"
        return message


def _clip(text: str, limit: int = 80) -> str:
    """Long phrases are shortened in messages: an error line stays readable."""
    return text if len(text) <= limit else f"{text[: limit - 20]}…{text[-15:]}"


class MalformedNumberError(ReadingError):
    """Digits that do not form a number as written in prose, such as ``1350,000``."""


class UnitError(FactcheckError, ValueError):
    """A unit could not be used as asked."""


class UnknownUnitError(UnitError, KeyError):
    """A unit name that factcheck's unit registry does not define."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name

    def __str__(self) -> str:
        return (
            f"unknown unit {self.name!r}; factcheck knows currencies (CNY, USD, EUR, GBP, JPY), "
            "percent, percentage points, basis points and scale words; "
            "name a count's noun as a label instead of a unit"
        )


class AmbiguousUnitError(ReadingError):
    """A symbol that stands for more than one unit (a bare ``¥``) with no context to decide."""


class UnitMismatchError(UnitError, TypeError):
    """Two quantities whose units cannot be combined by the operation asked for."""

    def __init__(self, operation: str, left: str, right: str, hint: str = "") -> None:
        super().__init__(operation, left, right, hint)
        self.operation = operation
        self.left = left
        self.right = right
        self.hint = hint

    def __str__(self) -> str:
        message = f"cannot {self.operation} {self.left} and {self.right}"
        if self.hint:
            message += f": {self.hint}"
        return message
