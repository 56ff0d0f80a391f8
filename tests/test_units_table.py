"""Tests for the precomputed unit table (:mod:`factcheck.units_table`) and the parser of
compound units over it: both must answer exactly as pint does from the same ``units.txt``, so
that auditing a claim file need not import pint."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import textwrap
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from factcheck import UnknownUnitError, units, units_table

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "claims" / "china-foreign-trade-2025h1.claims.yaml"

# Names only: what may stand inside a compound unit ("%" and "‰" are whole units alone).
NAMES = sorted(name for name in units_table.UNITS if name.isidentifier())


def pint_answer(unit: str) -> tuple[Fraction, frozenset[tuple[str, int]]] | str:
    """pint's own answer for ``unit``, through the registry built from ``units.txt`` (or the
    name of the error it raises)."""
    try:
        return units._root_by_pint(unit)
    except UnknownUnitError as error:
        return f"error: {type(error.__cause__).__name__}"


def table_answer(unit: str) -> tuple[Fraction, frozenset[tuple[str, int]]] | None:
    """The answer of the table path alone (``None`` when it would ask pint)."""
    return units_table.UNITS.get(unit) or units._from_table(unit)


def test_table_is_generated_from_the_current_units_txt() -> None:
    """The checked-in table is what ``python -m factcheck.units --write-table`` writes for the
    units.txt of this tree (run it after editing units.txt)."""
    definitions = ROOT / "src" / "factcheck" / "units.txt"
    table = ROOT / "src" / "factcheck" / "units_table.py"
    assert hashlib.sha256(definitions.read_bytes()).hexdigest() == units_table.DEFINITIONS_SHA256
    assert units.table_source() == table.read_text(encoding="utf-8")


def test_every_defined_name_is_in_the_table_with_pints_answer() -> None:
    """Each name, symbol and alias of units.txt is in the table, with exactly the factor and
    dimensions pint gives it."""
    defined = set(units.registry()._units)
    assert defined == set(units_table.UNITS)
    for name, entry in units_table.UNITS.items():
        assert pint_answer(name) == entry, name


def test_table_entries_by_hand() -> None:
    """A few entries against values written by hand (not from pint, nor from the table)."""
    expected = {
        "pp": (Fraction(1, 100), frozenset({("[rate_difference]", 1)})),
        "bp": (Fraction(1, 10000), frozenset({("[rate_difference]", 1)})),
        "%": (Fraction(1, 100), frozenset()),
        "‰": (Fraction(1, 1000), frozenset()),
        "crore": (Fraction(10**7), frozenset()),
        "trn": (Fraction(10**12), frozenset()),
        "RMB": (Fraction(1), frozenset({("[currency_CNY]", 1)})),
    }
    assert expected == {name: units_table.UNITS[name] for name in expected}


# Units as claim files and readings write them; some are not units at all, and pint's refusal
# must stand.
CLAIM_UNITS = [
    "billion USD / CNY",
    "CNY/USD",
    "trillion CNY",
    "lakh crore INR",
    "million",
    "percent",
    "percentage_point",
    "pp",
    "bp",
    "%",
    "per 100,000 population",
    "tonnes",
    "percents",
    "USD(CNY)",
    "CNY / thousand USD",
    "(CNY/USD)**2",
    "CNY^2 / EUR",
    " percent",
    "CNY**0",
    "CNY**2**3",
    "1000 CNY",
    "dimensionless",
    "%/USD",
    "CNY,USD",
]


@pytest.mark.parametrize("unit", CLAIM_UNITS)
def test_claim_units_agree_with_pint(unit: str) -> None:
    """base_factor and dimensions give pint's answer, or the same refusal, for every unit as
    claim files write them."""
    units._root.cache_clear()
    try:
        actual: object = (units.base_factor(unit), units.dimensions(unit))
    except UnknownUnitError as error:
        actual = f"error: {type(error.__cause__).__name__}"
    assert pint_answer(unit) == actual


def test_compound_units_by_hand() -> None:
    """The table path's answers for compound units, against values written by hand; none of
    them needs pint."""
    expected = {
        "billion USD / CNY": (
            Fraction(10**9),
            frozenset({("[currency_USD]", 1), ("[currency_CNY]", -1)}),
        ),
        # juxtaposition binds as "/" does, left to right: (CNY / thousand) * USD
        "CNY / thousand USD": (
            Fraction(1, 1000),
            frozenset({("[currency_CNY]", 1), ("[currency_USD]", 1)}),
        ),
        "(CNY/USD)**2": (Fraction(1), frozenset({("[currency_CNY]", 2), ("[currency_USD]", -2)})),
        "k^-2 pp": (Fraction(1, 100_000_000), frozenset({("[rate_difference]", 1)})),
        "USD/USD": (Fraction(1), frozenset()),
        "trillion CNY": (Fraction(10**12), frozenset({("[currency_CNY]", 1)})),
    }
    assert expected == {unit: table_answer(unit) for unit in expected}


@pytest.mark.parametrize("unit", ["percents", "per 100,000 population", "USD(CNY)", "CNY**0"])
def test_what_the_table_path_does_not_read_goes_to_pint(unit: str) -> None:
    """A plural, a number, operands run together, a zero power: the table path declines."""
    assert units._from_table(unit) is None


def _compound(draw: st.DrawFn, depth: int) -> str:
    """A random product, quotient or power of table names, spaced as a writer might."""
    parts = [_operand(draw, depth)]
    for _ in range(draw(st.integers(0, 3))):
        op = draw(st.sampled_from(["*", "/", " "]))
        if op != " ":
            op = draw(st.sampled_from(["", " "])) + op + draw(st.sampled_from(["", " "]))
        parts.append(op)
        parts.append(_operand(draw, depth))
    return "".join(parts)


def _operand(draw: st.DrawFn, depth: int) -> str:
    if depth > 0 and draw(st.booleans()):
        text = "(" + _compound(draw, depth - 1) + ")"
    else:
        text = draw(st.sampled_from(NAMES))
    if draw(st.booleans()):
        power = draw(st.sampled_from(["**", "^", " ** "]))
        text += power + str(draw(st.integers(-3, 3).filter(bool)))
    return text


@st.composite
def compounds(draw: st.DrawFn) -> str:
    return _compound(draw, 2)


@settings(deadline=None)  # the first example may build pint's registry (a few hundred ms)
@given(compounds())
@example("billion USD / CNY")
@example("CNY / thousand USD")
@example("USD**-1 CNY")
@example("(k**3)**-2")
def test_table_path_agrees_with_pint(unit: str) -> None:
    """For random products, quotients and powers of table units, the table path answers (no
    pint) and its answer is exactly pint's."""
    found = table_answer(unit)
    assert found is not None
    assert pint_answer(unit) == found


def test_auditing_the_seed_claim_file_does_not_import_pint() -> None:
    """``factcheck audit`` of the seed claim file never imports pint: every unit it uses is
    in the table."""
    script = textwrap.dedent(
        f"""
        import io, sys
        from factcheck.cli import main
        code = main(["audit", "--no-source", {str(SEED)!r}], out=io.StringIO())
        print(code, "pint" in sys.modules)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
        cwd=ROOT,
    )
    expected = (0, "0 False", "")
    assert expected == (result.returncode, result.stdout.strip(), result.stderr)
