"""Tests for the top-level ``factcheck`` namespace: what it exports, and what importing it costs.

``factcheck/__init__.py`` imports nothing up front; each public name is imported from the module
that owns it on first access (PEP 562).  These tests pin the list of names, that each resolves
to its owner's object, and that ``import factcheck`` alone loads neither pint nor the engine.
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
import textwrap

import pytest

import factcheck

OWNERS = {
    "factcheck.errors": [
        "AmbiguousUnitError",
        "FactcheckError",
        "FactcheckWarning",
        "IntervalError",
        "MalformedNumberError",
        "ReadingError",
        "UnitError",
        "UnitMismatchError",
        "UnknownUnitError",
    ],
    "factcheck.hedges": ["HEDGES", "Hedge"],
    "factcheck.intervals": ["EMPTY", "ENTIRE", "Interval"],
    "factcheck.reading": ["ROUNDING_RULES", "Reading", "ReadingPolicy", "read", "read_one"],
    "factcheck.model": [
        "GRADES",
        "Article",
        "Check",
        "Figure",
        "Reference",
        "Source",
        "Unknown",
        "Verdict",
    ],
    "factcheck.engine": ["CheckError", "Report", "audit"],
    "factcheck.relations": ["RELATIONS", "Relation"],
    "factcheck.expr": ["CheckSyntaxError"],
    "factcheck.results": ["audit_file", "load"],
}
PUBLIC = [(module, name) for module, names in OWNERS.items() for name in names]


def isort_key(name: str) -> tuple[int, str]:
    """The order ruff's RUF022 keeps ``__all__`` in: CONSTANTS, then Classes, then the rest."""
    if name.isupper():
        return 0, name
    if name[:1].isupper():
        return 1, name
    return 2, name


def test_all_is_sorted() -> None:
    """``__all__`` is sorted (constants, classes, then functions) and has no duplicates."""
    names = list(factcheck.__all__)
    assert (names, len(names)) == (sorted(names, key=isort_key), len(set(names)))


def test_all_lists_exactly_the_public_names() -> None:
    """``__all__`` names every public name, the version, and nothing else."""
    expected = sorted([name for _, name in PUBLIC] + ["__version__"])
    assert expected == sorted(factcheck.__all__)


@pytest.mark.parametrize(("module", "name"), PUBLIC, ids=[name for _, name in PUBLIC])
def test_every_name_resolves_to_its_owner(module: str, name: str) -> None:
    """Each public name is the very object its owning module defines."""
    owner = importlib.import_module(module)
    assert getattr(owner, name) is getattr(factcheck, name)


def test_dir_is_all() -> None:
    """``dir(factcheck)`` lists the public names, as ``__all__`` does."""
    assert sorted(factcheck.__all__) == sorted(dir(factcheck))


def test_unknown_name_is_an_attribute_error() -> None:
    """A name that is not public raises AttributeError (so ``hasattr`` and ``getattr`` work)."""
    with pytest.raises(AttributeError, match="no_such_name"):
        _ = factcheck.no_such_name  # type: ignore[attr-defined]


def test_submodules_still_import_as_attributes() -> None:
    """``from factcheck import units`` finds the submodule, not a public name."""
    from factcheck import units

    assert units is sys.modules["factcheck.units"]


def test_import_loads_neither_pint_nor_the_engine() -> None:
    """``import factcheck`` in a fresh interpreter imports no submodule, pint or the engine;
    reading a phrase loads the reader but still neither pint nor the engine."""
    script = textwrap.dedent(
        """
        import json, sys
        import factcheck
        after_import = sorted(m for m in sys.modules if m.startswith("factcheck") or m == "pint")
        factcheck.read("surpassed 13 trillion yuan (about $1.81 trillion)")
        modules = ("pint", "factcheck.engine", "factcheck.reading")
        after_read = {m: m in sys.modules for m in modules}
        print(json.dumps([after_import, after_read]))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False, timeout=60
    )
    expected_exit = (0, "")
    assert expected_exit == (result.returncode, result.stderr)
    after_import, after_read = json.loads(result.stdout)
    expected = (
        ["factcheck"],
        {"pint": False, "factcheck.engine": False, "factcheck.reading": True},
    )
    assert expected == (after_import, after_read)
