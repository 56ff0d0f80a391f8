"""How much does reading numbers cost?  Run as ``python benchmarks/bench_reading.py``.

Three figures, each printed with its target (nothing here asserts on timing):

1. ``import factcheck`` over a bare interpreter.  Both are started as fresh subprocesses
   (``python -c "import factcheck"`` against ``python -c "pass"``), interleaved so that drift
   in the machine's load hits both alike; the overhead is the difference of the medians.  The
   children write and read bytecode in a temporary PYTHONPYCACHEPREFIX, as an installed
   package is imported from its .pyc files; when PYTHONDONTWRITEBYTECODE is set in the
   environment, the figure without bytecode is measured and printed too.  A separate
   subprocess checks that ``import factcheck`` (and a first ``read``) leave pint out of
   ``sys.modules``: pint costs more to import than the whole target allows.
2. The first use of the unit registry, in fresh subprocesses that have imported factcheck:
   ``import pint`` (what it adds on top of factcheck), then ``factcheck.units.registry()``,
   then the first ``base_factor("trillion CNY")``; and the same first use without pint
   imported beforehand, which is what a caller actually pays.
3. ``factcheck.read`` per phrase: each phrase is warmed up, then timed call by call, and the
   median of the per-phrase medians is reported in µs.  The target figure is over forty short
   quotes as a claim file quotes them ("surpassed 13 trillion yuan", "up 6.8 percent to 1.73
   trillion yuan": 1-15 words around a number or two); whole article sentences are timed
   separately and reported without a target.  Nothing is cached between calls: every call
   reads its phrase from scratch.

The garbage collector is off while phrases are timed, as :mod:`timeit` does, so the tail
reflects the reading and not the collector's schedule.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"

IMPORT_TARGET_MS = 50.0
READ_TARGET_US = 30.0

# The target figure: short quotes, as a claim file quotes them (3-15 words around one or two
# numbers; see claims/*.claims.yaml).  The seed article's own, then the other forms read()
# supports.
SHORT_QUOTES: tuple[str, ...] = (
    # The seed article, as its claim file quotes it.
    "Exports surpassed 13 trillion yuan",
    "surpassed 13 trillion yuan",
    "(about $1.81 trillion)",
    "marking a 7.2 percent year-on-year increase",
    "exceeded 600,000 for the first time",
    "reaching 628,000",
    "remained above 10 trillion yuan for nine consecutive quarters",
    "up 5.2 percent year on year",
    "accounted for 64.1 percent of China's total foreign trade",
    "1.9 percentage points higher than the national average",
    "up 6.8 percent to 1.73 trillion yuan",
    "contributing nearly 20 percent of the overall national trade increase",
    "marking the ninth consecutive month of growth",
    "captured a 32.4 percent share of the high-tech export market",
    "also surged by over 20 percent",
    "7.8 trillion yuan, up 9.5 percent",
    "featured 651 enterprises and institutions",
    "trade with over 190 countries and regions increased",
    "five more than in the same period in 2024",
    "a 0.9-percentage-point increase",
    # Currencies and scale words.
    "US$2.5bn",
    "around €3.4 billion",
    "£250m in new investment",
    "RMB3.85 trillion",
    "about 1.2 million visitors",
    # Hedges.
    "just under 5 percent",
    "at least 30 countries",
    "no more than 2.5 percent",
    "more than 1,000 exhibitors",
    # Directions, points, ranges and words.
    "a decline of 1.5 percent",
    "interest rates were cut by 25 basis points",
    "inflation eased to 0.1 percent from 0.3 percent",
    "between 5 and 7 percent",
    "5-7%",
    "one in five",
    "nearly half of all trade",
    "two-thirds of respondents",
    "more than doubled",
    "in the first half of 2025",
    "the second-largest trading partner",
)

# Reported without a target: whole sentences of an article, read in one call.
LONG_SENTENCES: tuple[str, ...] = (
    "Exports surpassed 13 trillion yuan (about $1.81 trillion) for the first time in the same "
    "period, marking a 7.2 percent year-on-year increase.",
    "The number of foreign trade enterprises with import and export records exceeded 600,000 "
    "for the first time, reaching 628,000.",
    "The import and export volume for June reached 3.85 trillion yuan, up 5.2 percent year on "
    "year, marking the second-highest monthly total on record.",
    "In the first half of the year, Guangdong, Jiangsu, Zhejiang, Shanghai, and Shandong "
    "accounted for 64.1 percent of China's total foreign trade, with a combined year-on-year "
    "growth rate of 4.8 percent—1.9 percentage points higher than the national average—"
    "contributing 3 percentage points to overall foreign trade growth.",
    "Among them, Shandong posted the fastest growth rate: up 6.8 percent to 1.73 trillion yuan, "
    "3.9 percentage points higher than the national average, contributing nearly 20 percent of "
    "the overall national trade increase.",
    "Notably, in June, all three key indicators—imports, exports, and total trade—achieved "
    "positive year-on-year growth, with growth rates continuing to rebound.",
    "Trade with Belt and Road partner countries has reached 11.29 trillion yuan, up 4.7 percent "
    "and accounting for 51.8 percent of China's total trade, a 0.9-percentage-point increase.",
    "Many international media outlets have remarked on the resilience of China's foreign trade, "
    "noting that robust trade figures are sending positive signals to the market.",
)


# -- subprocess helpers ---------------------------------------------------------------------


def _base_env() -> dict[str, str]:
    """The environment for child interpreters: factcheck importable even when not installed."""
    env = dict(os.environ)
    try:
        import factcheck  # noqa: F401
    except ImportError:
        sys.path.insert(0, str(SRC))
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SRC), env.get("PYTHONPATH")]))
    return env


def _cached_env(base: dict[str, str], cache: str) -> dict[str, str]:
    """``base`` with bytecode caching on, into ``cache`` rather than the source tree.

    An installed package is imported from its ``.pyc`` files; with PYTHONDONTWRITEBYTECODE set
    (as in some development shells) every module is compiled from source on every start, which
    measures the compiler and not the package.
    """
    env = dict(base)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = cache
    return env


def _wall_ms(code: str, env: dict[str, str]) -> float:
    """Wall-clock milliseconds to start an interpreter, run ``code`` and exit."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], env=env, check=True)
    return (time.perf_counter() - start) * 1000


def _child_json(code: str, env: dict[str, str]) -> dict[str, float | bool]:
    """Run ``code`` in a fresh interpreter; it prints one JSON object as its last line."""
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, check=True, capture_output=True, text=True
    )
    result: dict[str, float | bool] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _percentile(values: list[float], fraction: float) -> float:
    """The ``fraction`` quantile by linear interpolation between order statistics."""
    ordered = sorted(values)
    position = (len(ordered) - 1) * fraction
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


# -- 1. import cost -------------------------------------------------------------------------

_IMPORT_INSIDE = (
    "import time, json; t = time.perf_counter(); import factcheck; "
    "print(json.dumps({'ms': (time.perf_counter() - t) * 1000}))"
)
_PINT_CHECK = (
    "import sys, json; import factcheck; after_import = 'pint' in sys.modules; "
    "factcheck.read('surpassed 13 trillion yuan (about $1.81 trillion)'); "
    "print(json.dumps({'import': after_import, 'read': 'pint' in sys.modules}))"
)


def _import_overhead(runs: int, env: dict[str, str], label: str) -> dict[str, float]:
    print(f"  -- {label} --")
    for _ in range(3):  # warm the file-system cache and, where allowed, the .pyc files
        _wall_ms("import factcheck", env)
        _wall_ms("pass", env)
    bare: list[float] = []
    loaded: list[float] = []
    for _ in range(runs):
        bare.append(_wall_ms("pass", env))
        loaded.append(_wall_ms("import factcheck", env))
    bare_median = statistics.median(bare)
    loaded_median = statistics.median(loaded)
    overhead = loaded_median - bare_median
    inside = statistics.median(float(_child_json(_IMPORT_INSIDE, env)["ms"]) for _ in range(runs))
    print(f"  python -c 'pass'              median {bare_median:7.1f} ms  min {min(bare):7.1f} ms")
    print(
        f"  python -c 'import factcheck'  median {loaded_median:7.1f} ms  min {min(loaded):7.1f} ms"
    )
    print(
        f"  overhead (difference of medians) {overhead:.1f} ms"
        f" = {loaded_median / bare_median:.2f}x a bare interpreter"
    )
    print(f"  import factcheck timed in-process: median {inside:.1f} ms")
    return {
        "bare_ms": bare_median,
        "import_ms": loaded_median,
        "overhead_ms": overhead,
        "inside_ms": inside,
    }


def bench_import(
    runs: int, base: dict[str, str], cached: dict[str, str]
) -> dict[str, float | bool | None]:
    print(f"== import factcheck: {runs} fresh interpreters each, interleaved ==")
    figures: dict[str, float | bool | None] = dict(
        _import_overhead(runs, cached, "bytecode cached, as an installed package is imported")
    )
    figures["uncached_overhead_ms"] = None
    if base.get("PYTHONDONTWRITEBYTECODE"):
        uncached = _import_overhead(
            runs, base, "this environment as is: PYTHONDONTWRITEBYTECODE is set, no .pyc"
        )
        figures["uncached_overhead_ms"] = uncached["overhead_ms"]
    modules = _child_json(_PINT_CHECK, cached)
    print(f"  pint in sys.modules after 'import factcheck': {modules['import']}")
    print(f"  pint in sys.modules after a first factcheck.read(): {modules['read']}")
    figures["pint_on_import"] = bool(modules["import"])
    figures["pint_on_read"] = bool(modules["read"])
    return figures


# -- 2. first use of the unit registry --------------------------------------------------------

# Both start after ``import factcheck.units`` (cheap: it does not import pint), so that ``import
# pint`` is what a factcheck user pays on top: modules the two share are already loaded.
_REGISTRY_SPLIT = """
import json, time
import factcheck.units as units
t0 = time.perf_counter()
import pint
t1 = time.perf_counter()
units.registry()
t2 = time.perf_counter()
factor = units.base_factor("trillion CNY")
t3 = time.perf_counter()
assert factor == 10**12, factor
print(json.dumps({"pint": (t1 - t0) * 1e3, "registry": (t2 - t1) * 1e3,
                  "base_factor": (t3 - t2) * 1e3}))
"""

_REGISTRY_COLD = """
import json, time
import factcheck.units as units
t0 = time.perf_counter()
units.registry()
units.base_factor("trillion CNY")
t1 = time.perf_counter()
print(json.dumps({"total": (t1 - t0) * 1e3}))
"""


def bench_registry(runs: int, env: dict[str, str]) -> dict[str, float]:
    print(f"\n== first use of the unit registry: {runs} fresh interpreters each ==")
    _child_json(_REGISTRY_COLD, env)  # warm the .pyc files of pint and its dependencies
    split = [_child_json(_REGISTRY_SPLIT, env) for _ in range(runs)]
    cold = [float(_child_json(_REGISTRY_COLD, env)["total"]) for _ in range(runs)]
    figures = {key: statistics.median(float(row[key]) for row in split) for key in split[0]}
    figures["total"] = statistics.median(cold)
    print(f"  import pint (after import factcheck)      median {figures['pint']:7.1f} ms")
    print(f"  registry(), pint already imported         median {figures['registry']:7.1f} ms")
    print(f"  first base_factor('trillion CNY')         median {figures['base_factor']:7.1f} ms")
    print(f"  registry() + base_factor, pint not yet imported  {figures['total']:7.1f} ms")
    return figures


# -- 3. reading cost per phrase ---------------------------------------------------------------


def _time_phrases(
    title: str, phrases: tuple[str, ...], calls: int
) -> tuple[list[tuple[str, int, float, float]], list[float]]:
    """Per phrase: numbers read, median and p90 in µs over ``calls`` timed calls (after a
    warm-up); and every sample pooled."""
    from factcheck import read

    print(f"\n== factcheck.read, {title}: {len(phrases)} phrases, {calls} timed calls each ==")
    counts = {phrase: len(read(phrase)) for phrase in phrases}
    for _ in range(200):  # warm up: compiled patterns, specialised bytecode, allocator
        for phrase in phrases:
            read(phrase)
    rows: list[tuple[str, int, float, float]] = []
    pooled: list[float] = []
    clock = time.perf_counter_ns
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        for phrase in phrases:
            samples: list[float] = []
            for _ in range(calls):
                start = clock()
                read(phrase)
                samples.append((clock() - start) / 1000)
            rows.append(
                (phrase, counts[phrase], statistics.median(samples), _percentile(samples, 0.9))
            )
            pooled.extend(samples)
    finally:
        if gc_was_enabled:
            gc.enable()
    shown = [phrase if len(phrase) <= 70 else phrase[:67] + "..." for phrase in phrases]
    width = max(len(text) for text in shown)
    print(f"  {'phrase':<{width}}  words  numbers  median µs  p90 µs")
    for text, (phrase, count, median, p90) in zip(shown, rows, strict=True):
        words = len(phrase.split())
        print(f"  {text:<{width}}  {words:5d}  {count:7d}  {median:9.1f}  {p90:6.1f}")
    return rows, pooled


def _figures(rows: list[tuple[str, int, float, float]], pooled: list[float]) -> dict[str, float]:
    medians = [median for _, _, median, _ in rows]
    numbers = sum(count for _, count, _, _ in rows)
    figures = {
        "median_of_medians": statistics.median(medians),
        "pooled_median": statistics.median(pooled),
        "pooled_p90": _percentile(pooled, 0.9),
        "slowest_median": max(medians),
        "per_number": sum(medians) / numbers if numbers else 0.0,
    }
    print("\n  slowest three phrases by median:")
    for phrase, _, median, p90 in sorted(rows, key=lambda row: row[2], reverse=True)[:3]:
        print(f"    {median:6.1f} µs (p90 {p90:6.1f})  {phrase[:90]}")
    print(
        f"\n  median of the phrase medians {figures['median_of_medians']:.1f} µs;"
        f" all calls pooled: median {figures['pooled_median']:.1f} µs,"
        f" p90 {figures['pooled_p90']:.1f} µs;"
        f" about {figures['per_number']:.1f} µs per number read"
    )
    return figures


def bench_reading(calls: int) -> tuple[dict[str, float], dict[str, float]]:
    short = _figures(*_time_phrases("short claim quotes", SHORT_QUOTES, calls))
    long = _figures(*_time_phrases("whole sentences", LONG_SENTENCES, calls))
    return short, long


# -- summary ----------------------------------------------------------------------------------


def _verdict(ok: bool) -> str:
    return "OK" if ok else "OVER TARGET"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--import-runs", type=int, default=21, help="interpreters per side")
    parser.add_argument("--registry-runs", type=int, default=7, help="interpreters per figure")
    parser.add_argument("--calls", type=int, default=1000, help="timed calls per phrase")
    args = parser.parse_args()
    if args.import_runs < 15:
        parser.error("--import-runs must be at least 15 for a stable median")

    base = _base_env()
    print(f"python {sys.version.split()[0]} on {sys.platform}; {sys.executable}\n")
    with tempfile.TemporaryDirectory(prefix="factcheck-bench-pyc-") as cache:
        cached = _cached_env(base, cache)
        imp = bench_import(args.import_runs, base, cached)
        reg = bench_registry(args.registry_runs, cached)
    short, long = bench_reading(args.calls)

    print("\n== summary ==")
    overhead = float(imp["overhead_ms"] or 0.0)
    print(
        f"import overhead: {overhead:.1f} ms (target <= {IMPORT_TARGET_MS:.0f} ms) "
        f"{_verdict(overhead <= IMPORT_TARGET_MS)}  [bytecode cached]"
    )
    if imp["uncached_overhead_ms"] is not None:
        uncached = float(imp["uncached_overhead_ms"])
        print(
            f"import overhead without .pyc: {uncached:.1f} ms (target <= {IMPORT_TARGET_MS:.0f} "
            f"ms) {_verdict(uncached <= IMPORT_TARGET_MS)}  [PYTHONDONTWRITEBYTECODE is set here]"
        )
    print(f"import factcheck timed in-process: {imp['inside_ms']:.1f} ms (for reference)")
    print(
        f"pint imported by 'import factcheck': {'yes' if imp['pint_on_import'] else 'no'} "
        f"(target: no) {_verdict(not imp['pint_on_import'])}"
    )
    print(
        f"pint imported by a first read(): {'yes' if imp['pint_on_read'] else 'no'} "
        f"(target: no) {_verdict(not imp['pint_on_read'])}"
    )
    print(
        f"registry first use: import pint {reg['pint']:.1f} ms + registry() {reg['registry']:.1f}"
        f" ms + first base_factor {reg['base_factor']:.1f} ms; {reg['total']:.1f} ms measured"
        " together from cold (no target; paid on first unit use, never on import)"
    )
    median = short["median_of_medians"]
    print(
        f"read() per short claim quote: median {median:.1f} µs "
        f"(target <= {READ_TARGET_US:.0f} µs) {_verdict(median <= READ_TARGET_US)}"
        f"; p90 {short['pooled_p90']:.1f} µs; slowest quote median {short['slowest_median']:.1f} µs"
    )
    print(
        f"read() per whole sentence: median {long['median_of_medians']:.1f} µs"
        f"; p90 {long['pooled_p90']:.1f} µs"
        f"; slowest sentence median {long['slowest_median']:.1f} µs (no target)"
    )


if __name__ == "__main__":
    main()
