"""The fair baseline of bench_engine.py: what a competent user writes without factcheck.

pint's default registry, one regex for "number [scale] unit", each figure read as plus or minus
half its last written digit and kept as floats in base units (pint checks that the units are
known), the left side evaluated at the four corners, one pass over the checks.
"""

import itertools
import re

import pint

ureg = pint.UnitRegistry()
ureg.define("yuan = [currency]")
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
QUOTE = re.compile(r"(-?[\d,]*\.?\d+)\s*(thousand|million|billion|trillion)?\s*(.*)")
CHECK = re.compile(r"(?:(share|growth)\((\w+), (\w+)\)|(\w+) \+ (\w+)) == (\w+)")
FORMS = {"share": lambda a, b: a / b, "growth": lambda a, b: a / b - 1, "sum": lambda a, b: a + b}


def read(quote):
    """(low, high) in base units: the written number plus or minus half its last digit."""
    number, scale, unit = QUOTE.fullmatch(quote.strip()).groups()
    decimals = len(number.split(".")[1]) if "." in number else 0
    value, half = float(number.replace(",", "")), 0.5 * 10**-decimals
    factor = SCALES.get(scale, 1) * ureg.Quantity(1, unit or "").to_base_units().magnitude
    return (value - half) * factor, (value + half) * factor


def audit_fair(figures, checks):
    """[(check id, "consistent" or "inconsistent"), ...] for checks over figures."""
    ends = {name: read(quote) for name, quote in figures.items()}
    out = []
    for check_id, condition in checks:
        form, a, b, a2, b2, c = CHECK.fullmatch(condition).groups()
        form, a, b = (form, a, b) if form else ("sum", a2, b2)
        corners = [FORMS[form](x, y) for x, y in itertools.product(ends[a], ends[b])]
        stated_lo, stated_hi = ends[c]
        fits = min(corners) <= stated_hi and max(corners) >= stated_lo
        out.append((check_id, "consistent" if fits else "inconsistent"))
    return out
