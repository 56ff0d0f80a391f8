"""The one pint registry of the process, built lazily from the package's own definitions.

``import factcheck`` must stay cheap (pint alone costs a few hundred milliseconds to import), so
nothing here touches pint until a function below is first called.  The registry is built from
``units.txt`` beside this module, starting from an empty registry, with Fraction magnitudes so
that scale conversions are exact (13 trillion is 13000000000000, never 13000.000000000002).
"""

from __future__ import annotations

__all__ = ["Dimensions", "base_factor", "dimensions", "format_dimensions", "registry"]

import threading
from fractions import Fraction
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from factcheck.errors import UnknownUnitError

if TYPE_CHECKING:
    import pint

Dimensions = frozenset[tuple[str, int]]
"""A unit's dimensionality as a hashable set of (base dimension, exponent) pairs."""

_lock = threading.Lock()
_registry: pint.UnitRegistry[Any] | None = None


def registry() -> pint.UnitRegistry[Any]:
    """The process-wide registry, built on first call from the package's definitions file."""
    global _registry
    if _registry is None:
        with _lock:
            if _registry is None:
                import pint

                definitions = resources.files("factcheck").joinpath("units.txt")
                with resources.as_file(definitions) as path:
                    _registry = pint.UnitRegistry(
                        str(path),
                        non_int_type=Fraction,
                        cache_folder=None,
                        autoconvert_offset_to_baseunit=False,
                    )
    return _registry


@cache
def _root(unit: str) -> tuple[Fraction, Dimensions]:
    reg = registry()
    if len(unit) > 200:
        raise UnknownUnitError(unit[:200])
    try:
        root = reg.get_root_units(unit)
    except Exception as error:  # pint's parser raises many kinds (TokenError, ZeroDivision...)
        raise UnknownUnitError(unit) from error
    factor, units = root
    assert isinstance(factor, int | Fraction), factor
    dims = reg.get_dimensionality(units)
    return Fraction(factor), frozenset((str(name), int(exp)) for name, exp in dims.items())  # type: ignore[arg-type]


def base_factor(unit: str) -> Fraction:
    """How many base units one ``unit`` is: ``"trillion CNY"`` -> 10**12, ``"pp"`` -> 1/100."""
    if not unit:
        return Fraction(1)
    return _root(unit)[0]


def dimensions(unit: str) -> Dimensions:
    """The dimensionality of ``unit``; ``frozenset()`` for plain numbers and percent."""
    if not unit:
        return frozenset()
    return _root(unit)[1]


def format_dimensions(dims: Dimensions) -> str:
    """A readable name for a dimensionality (``"[currency_CNY] / [currency_USD]"``)."""
    if not dims:
        return "a plain number"
    top = [name if exp == 1 else f"{name}**{exp}" for name, exp in sorted(dims) if exp > 0]
    bottom = [name if exp == -1 else f"{name}**{-exp}" for name, exp in sorted(dims) if exp < 0]
    text = " * ".join(top) or "1"
    if bottom:
        text += " / " + " / ".join(bottom)
    return text
