"""Linked systems: one article whose checks all share figures, at 100 and 1,000 checks.

Run as ``python benchmarks/bench_linked.py`` (``--sizes 100,1000``, ``--runs N``).

Three kinds of article, each one connected component, written from true values and rounded as a
statistics office would print them, so every check is consistent:

- **table**: regions' values (billion yuan, two decimals) and their shares of the national
  total (percent, three decimals); the regions add up to subtotals by group of 50 (one
  decimal), and the subtotals to the national total (one decimal).  A national accounts table
  or an election night's results.
- **chain**: a series of yearly levels (billion, two decimals) and the growth of each year over
  the last (percent, two decimals), and the growth over the whole series.
- **compare**: a ranking, figures in increasing order (billion, two decimals), each check saying
  one is below the next (``a < b``): plain comparisons that share figures, one chain.

For each size it prints the time of ``audit()`` (median of ``--runs``), the verdict counts, and
the ratio time(1,000) / time(100); then, on a second line, the time of reading every verdict's
implied interval afterwards (as the JSON report does; above 20 checks, estimated from an
evenly spaced sample of 20), and its ratio (no target stated).
Targets (issue #17): the ratio at most 20, no undecided check on these consistent articles at
1,000, and about 1 s or less for 1,000 checks.

Figures only: nothing here asserts on timing.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections import Counter
from collections.abc import Callable
from fractions import Fraction

from factcheck.engine import audit
from factcheck.model import Article, Check, Figure, Source

_GROUP = 50
_SAMPLE = 20
"""Implied intervals read per article (evenly spaced), the rest estimated from their time."""


def _decimal(value: Fraction, decimals: int) -> str:
    scaled = round(value * 10**decimals)
    sign = "-" if scaled < 0 else ""
    text = str(abs(scaled)).rjust(decimals + 1, "0")
    return sign + (f"{text[:-decimals]}.{text[-decimals:]}" if decimals else text)


def table(checks: int, seed: int = 17) -> Article:
    """About ``checks`` checks: one share per region, one sum per group, one national sum."""
    rng = random.Random(seed)
    regions = max(2, checks * _GROUP // (_GROUP + 1))
    values = [Fraction(rng.randint(100, 99_999), 100) for _ in range(regions)]
    figures = [
        Figure(name=f"r{i}", quote=f"{_decimal(v, 2)} billion yuan") for i, v in enumerate(values)
    ]
    total = sum(values, Fraction(0))
    figures.append(Figure(name="total", quote=f"{_decimal(total, 1)} billion yuan"))
    out = []
    for i, value in enumerate(values):
        figures.append(Figure(name=f"s{i}", quote=f"{_decimal(value / total * 100, 3)} percent"))
        out.append(Check(id=f"share{i}", condition=f"share(r{i}, total) == s{i}"))
    groups = []
    for g, start in enumerate(range(0, regions, _GROUP)):
        members = range(start, min(start + _GROUP, regions))
        subtotal = sum((values[i] for i in members), Fraction(0))
        figures.append(Figure(name=f"g{g}", quote=f"{_decimal(subtotal, 1)} billion yuan"))
        parts = ",".join(f"r{i}" for i in members)
        out.append(Check(id=f"group{g}", condition=f"total([{parts}]) == g{g}"))
        groups.append(f"g{g}")
    out.append(Check(id="national", condition=f"total([{','.join(groups)}]) == total"))
    return Article(source=Source(title="bench_linked: table"), figures=figures, checks=out)


def chain(checks: int, seed: int = 17) -> Article:
    """``checks`` checks: the growth of each year over the last, and over the whole series."""
    rng = random.Random(seed)
    years = checks  # checks - 1 yearly growths and one over the series
    levels = [Fraction(rng.randint(50_000, 150_000), 100)]
    for _ in range(years - 1):
        levels.append(levels[-1] * (1 + Fraction(rng.randint(-300, 900), 10_000)))
    figures = [
        Figure(name=f"y{i}", quote=f"{_decimal(v, 2)} billion yuan") for i, v in enumerate(levels)
    ]
    out = []
    for i in range(1, years):
        rate = (levels[i] / levels[i - 1] - 1) * 100
        figures.append(Figure(name=f"g{i}", quote=f"{_decimal(rate, 2)} percent"))
        out.append(Check(id=f"growth{i}", condition=f"growth(y{i}, y{i - 1}) == g{i}"))
    overall = (levels[-1] / levels[0] - 1) * 100
    figures.append(Figure(name="overall", quote=f"{_decimal(overall, 1)} percent"))
    out.append(Check(id="overall", condition=f"growth(y{years - 1}, y0) == overall"))
    return Article(source=Source(title="bench_linked: chain"), figures=figures, checks=out)


def compare(checks: int, seed: int = 17) -> Article:
    """``checks`` comparisons ``v{i} < v{i + 1}`` over a ranking of increasing figures."""
    rng = random.Random(seed)
    values = [Fraction(rng.randint(100, 99_999), 100)]
    for _ in range(checks):
        values.append(values[-1] + Fraction(rng.randint(1, 5_000), 100))
    figures = [
        Figure(name=f"v{i}", quote=f"{_decimal(v, 2)} billion yuan") for i, v in enumerate(values)
    ]
    out = [Check(id=f"below{i}", condition=f"v{i} < v{i + 1}") for i in range(checks)]
    return Article(source=Source(title="bench_linked: compare"), figures=figures, checks=out)


def measure(
    build: Callable[[int], Article], size: int, runs: int, *, implied: bool = True
) -> tuple[float, float, Counter[str]]:
    """The median time of ``audit()``, that of reading every implied interval afterwards,
    and the verdict counts."""
    article = build(size)
    times, implied_times = [], []
    grades: Counter[str] = Counter()
    for _ in range(runs):
        start = time.perf_counter()
        report = audit(article)
        times.append(time.perf_counter() - start)
        # Every verdict's implied interval at 20 checks; at more, an evenly spaced sample of
        # ``_SAMPLE``, its time scaled up to the whole (each costs about as much as another).
        chosen = report.verdicts[:: max(1, len(report.verdicts) // _SAMPLE)] if implied else ()
        start = time.perf_counter()
        for verdict in chosen:
            verdict.implied  # noqa: B018 -- worked out on first access
        took = time.perf_counter() - start
        implied_times.append(took * len(report.verdicts) / max(1, len(chosen)))
        grades = Counter(v.grade for v in report.verdicts)
        grades["errors"] = len(report.errors)
    return statistics.median(times), statistics.median(implied_times), grades


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--skip-implied", action="store_true", help="time the audit only, not the implied intervals"
    )
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    audit(table(20))  # warm up: caches, the unit table
    for name, build in (("table", table), ("chain", chain), ("compare", compare)):
        seconds, implied = {}, {}
        for size in sizes:
            took, reading, grades = measure(build, size, args.runs, implied=not args.skip_implied)
            seconds[size], implied[size] = took, reading
            counts = ", ".join(f"{k} {v}" for k, v in sorted(grades.items()) if v)
            print(f"{name:7} {size:>6,} checks  {took:8.3f} s   {counts}")
            sampled = "" if size <= _SAMPLE else f", estimated from {_SAMPLE} of them"
            if not args.skip_implied:
                print(f"{'':7} {'':>6}   implied {reading:8.3f} s   (every verdict's{sampled})")
            if size >= 1000:
                undecided = grades.get("undecided", 0)
                print(f"        undecided at {size:,}: {undecided} (target 0); "
                      f"under about 1 s: {'met' if took <= 1.0 else 'NOT met'}")  # fmt: skip
        if 100 in seconds and 1000 in seconds:
            ratio = seconds[1000] / seconds[100]
            met = "met" if ratio <= 20 else "NOT met"
            print(f"        time(1,000) / time(100) = {ratio:.1f}  (target <= 20: {met})")
            if not args.skip_implied:
                ratio = implied[1000] / max(implied[100], 1e-9)
                print(f"        implied: time(1,000) / time(100) = {ratio:.1f}  (no target)")


if __name__ == "__main__":
    main()
