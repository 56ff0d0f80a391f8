"""The fair baseline of benchmarks/bench_engine.py must be right, or its ratio means nothing.

Expected calls are worked by hand: "6.8 percent" is 6.75-6.85 %, "12.47 billion yuan" is
12.465-12.475 billion, and so on.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
pytest.importorskip("pint")

from fair_script import audit_fair, read

FIGURES = {
    "a": "12.47 billion yuan",
    "b": "25.00 billion yuan",
    "share_ok": "49.9 percent",  # 12.465/25.005 = 49.85 %, 12.475/24.995 = 49.91 %
    "share_off": "50.1 percent",  # above 49.91 %
    "sum_ok": "37.5 billion yuan",  # 37.46-37.48 meets 37.45-37.55
    "sum_off": "37.6 billion yuan",
    "growth_ok": "-50.1 percent",  # 12.47/25.00 - 1 = -50.12 %
    "growth_off": "-48.0 percent",
}


def test_reads_half_the_last_digit_in_base_units() -> None:
    low, high = read("12.47 billion yuan")
    assert low == pytest.approx(12.465e9)
    assert high == pytest.approx(12.475e9)
    low, high = read("6.8 percent")
    assert low == pytest.approx(0.0675)
    assert high == pytest.approx(0.0685)


def test_calls_worked_by_hand() -> None:
    checks = [
        ("s1", "share(a, b) == share_ok"),
        ("s2", "share(a, b) == share_off"),
        ("t1", "a + b == sum_ok"),
        ("t2", "a + b == sum_off"),
        ("g1", "growth(a, b) == growth_ok"),
        ("g2", "growth(a, b) == growth_off"),
    ]
    assert audit_fair(FIGURES, checks) == [
        ("s1", "consistent"),
        ("s2", "inconsistent"),
        ("t1", "consistent"),
        ("t2", "inconsistent"),
        ("g1", "consistent"),
        ("g2", "inconsistent"),
    ]
