"""The one pint registry of the process, built lazily from the package's own definitions.

``import factcheck`` must stay cheap (pint alone costs a few hundred milliseconds to import, and
more when it finds dask or numpy installed), so nothing here touches pint until it must.  Every
unit that ``units.txt`` defines, with its exact factor and dimensions as pint gives them, is in
the generated table :mod:`factcheck.units_table`, and :func:`base_factor` and
:func:`dimensions` answer from it: for a name in the table, and for products, quotients and
integer powers of such names ("billion USD / CNY", "CNY/USD**2", "(CNY/USD)^2"), parsed here
by the same rules as pint's (juxtaposition multiplies; ``*``, ``/`` and juxtaposition bind
equally, left to right; ``**`` and ``^`` tighter).  Anything else (a plural, a number, a word
the table lacks) is asked of pint, so what pint answers is still answered, and what it refuses
is still refused.

The registry is built from ``units.txt`` beside this module, starting from an empty registry,
with Fraction magnitudes so that scale conversions are exact (13 trillion is 13000000000000,
never 13000.000000000002).  ``python -m factcheck.units --write-table`` writes the table again
after a change to ``units.txt``; ``tests/test_units_table.py`` fails until it is.
"""

from __future__ import annotations

__all__ = ["Dimensions", "base_factor", "dimensions", "format_dimensions", "registry"]

import threading
from fractions import Fraction
from functools import cache
from typing import TYPE_CHECKING, Any

from factcheck.errors import UnknownUnitError
from factcheck.units_table import UNITS

if TYPE_CHECKING:
    from collections.abc import Sequence

    import pint

Dimensions = frozenset[tuple[str, int]]
"""A unit's dimensionality as a hashable set of (base dimension, exponent) pairs."""

_lock = threading.Lock()
_registry: pint.UnitRegistry[Any] | None = None
_MAX_UNIT_CHARS = 200


def registry() -> pint.UnitRegistry[Any]:
    """The process-wide registry, built on first call from the package's definitions file."""
    global _registry
    if _registry is None:
        with _lock:
            if _registry is None:
                from importlib import resources

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
    if len(unit) > _MAX_UNIT_CHARS:
        raise UnknownUnitError(unit[:_MAX_UNIT_CHARS])
    found = UNITS.get(unit)
    if found is None:
        found = _from_table(unit)
    if found is None:
        found = _root_by_pint(unit)
    return found


def _root_by_pint(unit: str) -> tuple[Fraction, Dimensions]:
    """What pint makes of ``unit``: its factor to base units and its dimensions."""
    reg = registry()
    try:
        root = reg.get_root_units(unit)
    except Exception as error:  # pint's parser raises many kinds (TokenError, ZeroDivision...)
        raise UnknownUnitError(unit) from error
    factor, units = root
    assert isinstance(factor, int | Fraction), factor
    dims = reg.get_dimensionality(units)
    return Fraction(factor), frozenset((str(name), int(exp)) for name, exp in dims.items())  # type: ignore[arg-type]


# -- compound units from the table, without pint -----------------------------------------------

_OPERAND_END = ("name", ")", "int")
_MAX_EXPONENT = 99


def _tokens(unit: str) -> list[tuple[str, str]] | None:
    """``unit`` as (kind, text) tokens: table names, ``*``, ``/``, ``**`` (``^`` too), signed
    integers after a power, parentheses, and ``*`` put in where spaces alone join two operands
    (as pint does).  ``None`` for anything else: a word the table lacks, a comma, a tab, a
    number, or two operands with nothing between them."""
    tokens: list[tuple[str, str]] = []
    i, n = 0, len(unit)
    spaced = False
    while i < n:
        char = unit[i]
        if char == " ":
            spaced = True
            i += 1
            continue
        if char.isascii() and (char.isalpha() or char == "_"):
            j = i + 1
            while j < n and unit[j].isascii() and (unit[j].isalnum() or unit[j] == "_"):
                j += 1
            token = ("name", unit[i:j])
            if token[1] not in UNITS:
                return None
        elif char in "-+0123456789":
            if not tokens or tokens[-1][0] != "**":
                return None
            j = i + 1 if char in "-+" else i
            start = j
            while j < n and unit[j].isdigit():
                j += 1
            if j == start or j - start > 2 or (j < n and unit[j] in "._"):
                return None
            token = ("int", unit[i:j])
        elif unit.startswith("**", i) or char == "^":
            j = i + (2 if char == "*" else 1)
            token = ("**", "**")
        elif char in "*/()":
            j = i + 1
            token = (char, char)
        else:
            return None
        if tokens and tokens[-1][0] in _OPERAND_END and token[0] in ("name", "("):
            if not spaced:
                return None  # "USD(CNY)", ")(" : pint's reading of these is not ours to guess
            tokens.append(("*", "*"))
        tokens.append(token)
        spaced = False
        i = j
    return tokens


def _from_table(unit: str) -> tuple[Fraction, Dimensions] | None:
    """The factor and dimensions of a product, quotient or integer power of table units, or
    ``None`` when ``unit`` is not of that form (pint is asked instead)."""
    tokens = _tokens(unit)
    if not tokens:
        return None
    parsed = _Parser(tokens).whole()
    if parsed is None:
        return None
    factor, dims = parsed
    return factor, frozenset((name, exp) for name, exp in dims.items() if exp)


class _Parser:
    """expression := power (("*" | "/") power)*; power := atom ["**" int]; atom := name |
    "(" expression ")".  Left to right, as pint reads them."""

    def __init__(self, tokens: Sequence[tuple[str, str]]) -> None:
        self.tokens = tokens
        self.at = 0

    def peek(self) -> str | None:
        return self.tokens[self.at][0] if self.at < len(self.tokens) else None

    def whole(self) -> tuple[Fraction, dict[str, int]] | None:
        found = self.expression()
        return found if found is not None and self.at == len(self.tokens) else None

    def expression(self) -> tuple[Fraction, dict[str, int]] | None:
        left = self.power()
        while left is not None and self.peek() in ("*", "/"):
            sign = 1 if self.tokens[self.at][0] == "*" else -1
            self.at += 1
            right = self.power()
            if right is None:
                return None
            factor, dims = left
            factor = factor * right[0] if sign == 1 else factor / right[0]
            for name, exp in right[1].items():
                dims[name] = dims.get(name, 0) + sign * exp
            left = factor, dims
        return left

    def power(self) -> tuple[Fraction, dict[str, int]] | None:
        found = self.atom()
        if found is None or self.peek() != "**":
            return found
        self.at += 1
        if self.peek() != "int":
            return None
        exponent = int(self.tokens[self.at][1])
        self.at += 1
        if exponent == 0 or abs(exponent) > _MAX_EXPONENT or self.peek() == "**":
            return None  # pint refuses a zero power; a chain of powers is read right to left
        factor, dims = found
        return factor**exponent, {name: exp * exponent for name, exp in dims.items()}

    def atom(self) -> tuple[Fraction, dict[str, int]] | None:
        kind = self.peek()
        if kind == "name":
            factor, dims = UNITS[self.tokens[self.at][1]]
            self.at += 1
            return factor, dict(dims)
        if kind == "(":
            self.at += 1
            found = self.expression()
            if found is None or self.peek() != ")":
                return None
            self.at += 1
            return found
        return None


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


# -- the table ---------------------------------------------------------------------------------


def definitions_sha256() -> str:
    """The SHA-256 of ``units.txt`` as shipped, which the table records."""
    import hashlib
    from importlib import resources

    return hashlib.sha256(
        resources.files("factcheck").joinpath("units.txt").read_bytes()
    ).hexdigest()


def table_source() -> str:
    """The text of :mod:`factcheck.units_table` for the current ``units.txt``: every name,
    symbol and alias it defines, with pint's exact factor and dimensions."""
    reg = registry()
    lines = [
        '"""Every unit of ``units.txt``: its exact factor to base units and its dimensions, as',
        "pint gives them.",
        "",
        "Generated by ``python -m factcheck.units --write-table``; do not edit.  The test",
        "``tests/test_units_table.py`` fails when ``units.txt`` has changed since.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from fractions import Fraction",
        "from typing import Final",
        "",
        f'DEFINITIONS_SHA256: Final = "{definitions_sha256()}"',
        '"""The SHA-256 of the ``units.txt`` this table was generated from."""',
        "",
        "UNITS: Final[dict[str, tuple[Fraction, frozenset[tuple[str, int]]]]] = {",
    ]
    for name in sorted(reg._units):
        try:
            factor, dims = _root_by_pint(name)
        except UnknownUnitError:
            continue  # pint cannot read its own name back: leave it to pint
        pairs = ", ".join(f"({_literal(dim)}, {exp})" for dim, exp in sorted(dims))
        dims_text = f"frozenset({{{pairs}}})" if dims else "frozenset()"
        fraction = f"Fraction({factor.numerator}, {factor.denominator})"
        lines.append(f"    {_literal(name)}: ({fraction}, {dims_text}),")
    lines.append("}")
    return "\n".join(lines) + "\n"


def _literal(text: str) -> str:
    """``text`` as a double-quoted Python string literal (as the formatter writes them)."""
    import json

    return json.dumps(text, ensure_ascii=False)


def _main(argv: Sequence[str] | None = None) -> int:
    import argparse
    from pathlib import Path

    parser = argparse.ArgumentParser(prog="python -m factcheck.units")
    parser.add_argument(
        "--write-table", action="store_true", help="write units_table.py from units.txt"
    )
    args = parser.parse_args(argv)
    if not args.write_table:
        parser.print_help()
        return 2
    target = Path(__file__).with_name("units_table.py")
    target.write_text(table_source(), encoding="utf-8")
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(_main())
