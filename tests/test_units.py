"""Tests for :mod:`factcheck.units`: one lazily built pint registry with exact scales, where
percentage points, percents and each currency are kept apart by their dimensions."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from fractions import Fraction

import pytest

from factcheck import FactcheckError, UnitError, UnknownUnitError, units


def test_registry_is_a_singleton() -> None:
    """Every call returns the one registry of the process."""
    assert units.registry() is units.registry()


def test_import_does_not_import_pint() -> None:
    """Importing factcheck and reading phrases leave pint unimported until the registry is built."""
    script = textwrap.dedent(
        """
        import sys
        import factcheck
        after_import = "pint" in sys.modules
        factcheck.read("surpassed 13 trillion yuan, up 6.8 percent and 1.9 pp")
        after_read = "pint" in sys.modules
        import factcheck.units
        factcheck.units.registry()
        print(after_import, after_read, "pint" in sys.modules)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False, timeout=60
    )
    expected = (0, "False False True", "")
    assert expected == (result.returncode, result.stdout.strip(), result.stderr)


def test_percentage_point_is_a_rate_difference_not_a_length() -> None:
    """A pp is [rate_difference], worth exactly 1/100, and never a typographic point."""
    reg = units.registry()
    expected = ({"[rate_difference]": 1}, frozenset({("[rate_difference]", 1)}), Fraction(1, 100))
    actual = (
        dict(reg.Quantity(1, "pp").dimensionality),
        units.dimensions("pp"),
        units.base_factor("pp"),
    )
    assert expected == actual
    assert "[length]" not in reg.Quantity(1, "pp").dimensionality


def test_basis_point_shares_the_percentage_point_dimension() -> None:
    """A basis point is a hundredth of a percentage point, in the same dimension."""
    reg = units.registry()
    expected = (units.dimensions("pp"), Fraction(1, 100))
    assert expected == (units.dimensions("bp"), reg.Quantity(1, "bp").to("pp").magnitude)


def test_percent_is_dimensionless() -> None:
    """A percent is a plain ratio worth exactly 1/100."""
    reg = units.registry()
    expected = (frozenset(), Fraction("0.641"))
    actual = (
        units.dimensions("percent"),
        reg.Quantity(Fraction("64.1"), "percent").to("dimensionless").magnitude,
    )
    assert expected == actual


def test_percent_plus_percentage_point_is_refused() -> None:
    """Pint itself refuses to add a percent and a percentage point."""
    import pint

    reg = units.registry()
    with pytest.raises(pint.DimensionalityError):
        reg.Quantity(5, "percent") + reg.Quantity(1, "pp")


def test_currencies_do_not_add() -> None:
    """Yuan and dollars are different dimensions, so adding them is refused."""
    import pint

    reg = units.registry()
    with pytest.raises(pint.DimensionalityError):
        reg.Quantity(1, "CNY") + reg.Quantity(1, "USD")
    expected = "[currency_CNY] / [currency_USD]"
    assert expected == units.format_dimensions(units.dimensions("CNY / USD"))


@pytest.mark.parametrize(
    ("amount", "unit", "target", "expected"),
    [
        (Fraction(13), "trillion CNY", "CNY", Fraction(13 * 10**12)),
        (Fraction("1.81"), "trillion USD", "USD", Fraction(1_810_000_000_000)),
        (Fraction("2.5"), "bn EUR", "EUR", Fraction(2_500_000_000)),
        (Fraction(628), "thousand", "dimensionless", Fraction(628_000)),
    ],
)
def test_scale_conversion_is_exact(
    amount: Fraction, unit: str, target: str, expected: Fraction
) -> None:
    """Scale words convert exactly, as Fractions, with no float rounding."""
    magnitude = units.registry().Quantity(amount, unit).to(target).magnitude
    assert (expected, Fraction) == (magnitude, type(magnitude))


def test_base_factor_of_a_scaled_currency() -> None:
    """One trillion yuan is exactly 10**12 base yuan."""
    expected = (Fraction(10**12), frozenset({("[currency_CNY]", 1)}))
    assert expected == (units.base_factor("trillion CNY"), units.dimensions("trillion CNY"))


def test_unknown_unit_error() -> None:
    """An undefined unit raises UnknownUnitError: a FactcheckError, a UnitError and a KeyError."""
    with pytest.raises(UnknownUnitError) as info:
        units.dimensions("furlong")
    error = info.value
    expected = ("furlong", True, True, True)
    actual = (
        error.name,
        isinstance(error, FactcheckError),
        isinstance(error, UnitError),
        isinstance(error, KeyError),
    )
    assert expected == actual


def test_unknown_unit_caught_as_key_error() -> None:
    """Code that knows nothing of factcheck can catch an unknown unit as a KeyError."""
    with pytest.raises(KeyError):
        units.base_factor("furlong")
