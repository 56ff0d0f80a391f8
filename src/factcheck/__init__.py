"""factcheck: audit the numbers in a piece of writing.

Public names live here; modules behind them are private to the package.  Importing factcheck
does not import pint: the unit registry is built on first use (see :mod:`factcheck.units`).
"""

from factcheck.errors import (
    AmbiguousUnitError,
    FactcheckError,
    FactcheckWarning,
    IntervalError,
    MalformedNumberError,
    ReadingError,
    UnitError,
    UnitMismatchError,
    UnknownUnitError,
)
from factcheck.hedges import HEDGES, Hedge
from factcheck.intervals import EMPTY, ENTIRE, Interval
from factcheck.reading import ROUNDING_RULES, Reading, ReadingPolicy, read, read_one

__version__ = "0.1.0.dev0"

__all__ = [
    "EMPTY",
    "ENTIRE",
    "HEDGES",
    "ROUNDING_RULES",
    "AmbiguousUnitError",
    "FactcheckError",
    "FactcheckWarning",
    "Hedge",
    "Interval",
    "IntervalError",
    "MalformedNumberError",
    "Reading",
    "ReadingError",
    "ReadingPolicy",
    "UnitError",
    "UnitMismatchError",
    "UnknownUnitError",
    "__version__",
    "read",
    "read_one",
]
