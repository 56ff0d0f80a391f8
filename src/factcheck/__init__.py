"""factcheck: audit the numbers in a piece of writing.

Public names live here; modules behind them are private to the package.  Importing factcheck
imports none of them: each name is looked up in the module that owns it on first access
(PEP 562), so ``import factcheck`` costs next to nothing and a script pays only for what it
uses.  Pint in particular is imported only when the unit registry is first built (see
:mod:`factcheck.units`).
"""

# Not ``from typing import TYPE_CHECKING``: importing typing would cost more than the rest of
# this module.  Type checkers treat any ``TYPE_CHECKING`` as true.
TYPE_CHECKING = False

__version__ = "0.1.0.dev0"

# Every public name and the module that owns it.
_OWNERS: dict[str, str] = {
    "AmbiguousUnitError": "factcheck.errors",
    "FactcheckError": "factcheck.errors",
    "FactcheckWarning": "factcheck.errors",
    "IntervalError": "factcheck.errors",
    "MalformedNumberError": "factcheck.errors",
    "ReadingError": "factcheck.errors",
    "UnitError": "factcheck.errors",
    "UnitMismatchError": "factcheck.errors",
    "UnknownUnitError": "factcheck.errors",
    "HEDGES": "factcheck.hedges",
    "Hedge": "factcheck.hedges",
    "EMPTY": "factcheck.intervals",
    "ENTIRE": "factcheck.intervals",
    "Interval": "factcheck.intervals",
    "ROUNDING_RULES": "factcheck.reading",
    "Reading": "factcheck.reading",
    "ReadingPolicy": "factcheck.reading",
    "read": "factcheck.reading",
    "read_one": "factcheck.reading",
    "GRADES": "factcheck.model",
    "Article": "factcheck.model",
    "Check": "factcheck.model",
    "Figure": "factcheck.model",
    "Reference": "factcheck.model",
    "Source": "factcheck.model",
    "Unknown": "factcheck.model",
    "Verdict": "factcheck.model",
    "CheckError": "factcheck.engine",
    "Report": "factcheck.engine",
    "audit": "factcheck.engine",
    "RELATIONS": "factcheck.relations",
    "Relation": "factcheck.relations",
    "CheckSyntaxError": "factcheck.expr",
    "audit_file": "factcheck.results",
    "load": "factcheck.results",
}

__all__ = [
    "EMPTY",
    "ENTIRE",
    "GRADES",
    "HEDGES",
    "RELATIONS",
    "ROUNDING_RULES",
    "AmbiguousUnitError",
    "Article",
    "Check",
    "CheckError",
    "CheckSyntaxError",
    "FactcheckError",
    "FactcheckWarning",
    "Figure",
    "Hedge",
    "Interval",
    "IntervalError",
    "MalformedNumberError",
    "Reading",
    "ReadingError",
    "ReadingPolicy",
    "Reference",
    "Relation",
    "Report",
    "Source",
    "UnitError",
    "UnitMismatchError",
    "Unknown",
    "UnknownUnitError",
    "Verdict",
    "__version__",
    "audit",
    "audit_file",
    "load",
    "read",
    "read_one",
]

if TYPE_CHECKING:
    from factcheck.engine import CheckError, Report, audit
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
    from factcheck.expr import CheckSyntaxError
    from factcheck.hedges import HEDGES, Hedge
    from factcheck.intervals import EMPTY, ENTIRE, Interval
    from factcheck.model import (
        GRADES,
        Article,
        Check,
        Figure,
        Reference,
        Source,
        Unknown,
        Verdict,
    )
    from factcheck.reading import ROUNDING_RULES, Reading, ReadingPolicy, read, read_one
    from factcheck.relations import RELATIONS, Relation
    from factcheck.results import audit_file, load


def __getattr__(name: str) -> object:
    """Import the module that owns a public name on its first access, and keep the name."""
    owner = _OWNERS.get(name)
    if owner is None:
        raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(owner), name)
    if owner in ("factcheck.engine", "factcheck.results"):
        importlib.import_module("factcheck.notebook")  # Report._repr_html_ for notebooks
    globals()[name] = value  # later lookups find it directly, without this function
    return value


def __dir__() -> list[str]:
    return list(__all__)
