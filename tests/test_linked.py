"""Linked systems: one component of many checks that share figures (issue #17)."""

from __future__ import annotations

import random
from fractions import Fraction

from hypothesis import example, given
from hypothesis import strategies as st

from factcheck.engine import audit
from factcheck.engine.network import Network
from factcheck.intervals import Interval
from factcheck.model import Article, Check, Figure, Source


def _decimal(value: Fraction, decimals: int) -> str:
    scaled = round(value * 10**decimals)
    text = str(abs(scaled)).rjust(decimals + 1, "0")
    return ("-" if scaled < 0 else "") + f"{text[:-decimals]}.{text[-decimals:]}"


def _table(checks: int, seed: int) -> Article:
    """Regions' values and shares of a national total, subtotals by group of 50 and their sum,
    each printed rounded from the true values (so every check holds)."""
    rng = random.Random(seed)
    regions = checks * 50 // 51
    values = [Fraction(rng.randint(100, 99_999), 100) for _ in range(regions)]
    total = sum(values, Fraction(0))
    figures = [
        Figure(name=f"r{i}", quote=f"{_decimal(v, 2)} billion yuan") for i, v in enumerate(values)
    ]
    figures.append(Figure(name="total", quote=f"{_decimal(total, 1)} billion yuan"))
    out = []
    for i, value in enumerate(values):
        figures.append(Figure(name=f"s{i}", quote=f"{_decimal(value / total * 100, 3)} percent"))
        out.append(Check(id=f"share{i}", condition=f"share(r{i}, total) == s{i}"))
    groups = []
    for g, start in enumerate(range(0, regions, 50)):
        members = range(start, min(start + 50, regions))
        subtotal = sum((values[i] for i in members), Fraction(0))
        figures.append(Figure(name=f"g{g}", quote=f"{_decimal(subtotal, 1)} billion yuan"))
        parts = ",".join(f"r{i}" for i in members)
        out.append(Check(id=f"group{g}", condition=f"total([{parts}]) == g{g}"))
        groups.append(f"g{g}")
    out.append(Check(id="national", condition=f"total([{','.join(groups)}]) == total"))
    return Article(source=Source(title="linked table"), figures=figures, checks=out)


def test_a_consistent_table_of_300_linked_checks_is_settled_consistent() -> None:
    """A table whose 300 checks hold together is graded consistent throughout: the probe
    for a witness does not spend a sum's slack on the first figures it fixes (it once picked
    short decimals near the low end of each box, pinned the last subtotals to within float
    noise of their ends, and left every check undecided)."""
    report = audit(_table(300, 17))
    assert {k: v for k, v in report.counts().items() if v} == {"consistent": 301}


_EDGES = st.lists(
    st.tuples(st.sampled_from(["eq", "le", "lt", "add"]), st.integers(0, 5), st.integers(0, 5)),
    max_size=12,
)


@given(_EDGES)
@example([("lt", 0, 0)])
@example([("le", 0, 1), ("lt", 1, 2), ("eq", 2, 0)])
@example([("lt", 0, 1), ("le", 1, 2), ("le", 2, 3)])
def test_a_strict_cycle_is_found_as_a_walk_from_each_strict_comparison_finds_it(
    edges: list[tuple[str, int, int]],
) -> None:
    """``strict_cycle`` says whether comparisons lead from a value back to itself through a
    "<", as a brute-force closure of the "<=" graph says (x < y is on a cycle when y leads
    back to x)."""
    net = Network()
    for name in "abcdef":
        net.add_var(name, "figure", Interval(None, None))
    active = {net.add_constraint((op, x, y, 1 if op == "add" else 0)) for op, x, y in edges}
    reach = [[i == j for j in range(6)] for i in range(6)]
    for op, x, y in edges:
        if op in ("eq", "le", "lt"):
            reach[x][y] = True
            if op == "eq":
                reach[y][x] = True
    for k in range(6):
        for i in range(6):
            for j in range(6):
                reach[i][j] = reach[i][j] or (reach[i][k] and reach[k][j])
    expected = any(op == "lt" and reach[y][x] for op, x, y in edges)
    assert net.strict_cycle(active) == expected


def test_implied_intervals_in_a_component_too_big_to_refine_stay_sound_and_narrow() -> None:
    """In a table of 300 linked checks (some 900 constraints, past what is refined by
    search), a share's implied interval is propagation's hull: it holds the true share, and it
    lies within what the region's and the total's own readings allow, worked by hand (its
    ends rounded outward by a float's last digit at most)."""
    rng = random.Random(17)
    regions = 300 * 50 // 51
    values = [Fraction(rng.randint(100, 99_999), 100) for _ in range(regions)]
    total = sum(values, Fraction(0))
    report = audit(_table(300, 17))
    for i in (0, 123, regions - 1):
        implied = report.verdict(f"share{i}").implied
        assert implied is not None
        assert implied.lo is not None
        assert implied.hi is not None
        region = Fraction(_decimal(values[i], 2))
        written_total = Fraction(_decimal(total, 1))
        low = (region - Fraction(1, 200)) / (written_total + Fraction(1, 20))
        high = (region + Fraction(1, 200)) / (written_total - Fraction(1, 20))
        ulps = Fraction(1, 10**12)
        assert low * (1 - ulps) <= implied.lo <= values[i] / total <= implied.hi
        assert implied.hi <= high * (1 + ulps)
