"""What does the pytest plugin cost per item?  Run as ``python benchmarks/bench_plugin.py``.

Two figures, each printed with its target where it has one (nothing here asserts on timing):

1. **Plugin overhead per item.**  For N in ``--sizes`` (200 and 1000 by default), a temporary
   folder gets N claim-file checks of simple kinds (a sum, a sign, a growth rate, a share; ten
   checks per file, each with its own figures, so that the article's system grows linearly)
   and, in another folder, N trivial ``def test_x(): assert 1`` functions.  Both are run by
   ``pytest -q -p no:cacheprovider`` in fresh subprocesses, interleaved, ``--repeat`` times
   after one untimed run of each (so both read bytecode from the cache), and the medians are
   compared.  Both runs start pytest the same way (plugin autoloading off,
   the factcheck plugin loaded with ``-p``), each folder with its own empty ``pytest.ini``.

   The solving is separated from the plugin: a small hook module, loaded into the claim run
   with ``-p``, wraps ``ClaimsFile.report`` (the one call per file that imports the engine and
   runs ``audit``) and records the time spent inside it.  What remains of the claim run (YAML
   loading, item creation, markers, running and reporting the items, the ``(file)`` items) is
   the plugin's own cost, and that is what is compared with the plain run: overhead =
   (claim run - solving) / plain run - 1.  The per-item figures are also given net of an empty
   pytest run (start-up only), which isolates the marginal cost of one more item.
2. **The seed article end to end**: ``pytest claims/`` on the seed claim file (wall time of the
   subprocess, from the repository root), and ``audit()`` alone on the loaded article, in a
   fresh process (the first call, which imports the engine and pint) and warm (the median of
   further calls in the same process).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "claims" / "china-foreign-trade-2025h1.claims.yaml"
OVERHEAD_TARGET = 10.0  # percent over plain pytest items, solving excluded
CHECKS_PER_FILE = 10

HOOK = """
import os, time
import factcheck.pytest_plugin as plugin

_spent = [0.0]
_original = plugin.ClaimsFile.report


def _timed(self):
    start = time.perf_counter()
    try:
        return _original(self)
    finally:
        _spent[0] += time.perf_counter() - start


plugin.ClaimsFile.report = _timed


def pytest_unconfigure(config):
    with open(os.environ["BENCH_SOLVE_FILE"], "w") as handle:
        handle.write(repr(_spent[0]))
"""

# One check of each kind, with its own figures; {i} makes the names unique.
KINDS = (
    (
        {"a{i}": "sales of 12 tonnes", "b{i}": "rentals of 30 tonnes",
         "c{i}": "in all 42 tonnes"},
        "a{i} + b{i} == c{i}",
    ),
    ({"g{i}": "prices were up 3.2 percent"}, "g{i} > 0 percent"),
    (
        {"old{i}": "sales of 123 tonnes", "new{i}": "then 146 tonnes",
         "rise{i}": "a rise of 18.7 percent"},
        "growth(new{i}, old{i}) == rise{i}",
    ),
    (
        {"part{i}": "a part of 25 tonnes", "whole{i}": "out of 100 tonnes",
         "s{i}": "a share of 25 percent"},
        "share(part{i}, whole{i}) == s{i}",
    ),
)  # fmt: skip


def claim_file(first: int, count: int) -> str:
    figures: list[str] = []
    checks: list[str] = []
    for i in range(first, first + count):
        quotes, condition = KINDS[i % len(KINDS)]
        for name, quote in quotes.items():
            figures.append(f'  {name.format(i=i)}: "{quote}"')
        checks.append(f"  - id: check_{i}\n    condition: {condition.format(i=i)}")
    return (
        "source:\n  title: A generated article\nfigures:\n"
        + "\n".join(figures)
        + "\nchecks:\n"
        + "\n".join(checks)
        + "\n"
    )


def make_claims(folder: Path, n: int) -> None:
    folder.mkdir(parents=True)
    (folder / "pytest.ini").write_text("[pytest]\n")
    for first in range(0, n, CHECKS_PER_FILE):
        count = min(CHECKS_PER_FILE, n - first)
        (folder / f"f{first:05d}.claims.yaml").write_text(claim_file(first, count))
    (folder / "_bench_hook.py").write_text(HOOK)


def make_plain(folder: Path, n: int) -> None:
    folder.mkdir(parents=True)
    (folder / "pytest.ini").write_text("[pytest]\n")
    for first in range(0, n, CHECKS_PER_FILE):
        count = min(CHECKS_PER_FILE, n - first)
        body = "".join(f"def test_{i}():\n    assert 1\n\n\n" for i in range(first, first + count))
        (folder / f"test_f{first:05d}.py").write_text(body)


def run_pytest(folder: Path, *extra: str) -> tuple[float, str]:
    """Wall time of one ``pytest`` subprocess in ``folder``, and its last line."""
    env = dict(os.environ, PYTEST_DISABLE_PLUGIN_AUTOLOAD="1", PYTHONPATH=str(folder))
    env.pop("PYTEST_ADDOPTS", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
               "-p", "factcheck.pytest_plugin", *extra]  # fmt: skip
    start = time.perf_counter()
    done = subprocess.run(command, cwd=folder, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    lines = done.stdout.strip().splitlines()
    return elapsed, lines[-1] if lines else done.stderr.strip()[-200:]


def bench_items(n: int, repeat: int) -> None:
    with tempfile.TemporaryDirectory() as temp:
        base = Path(temp)
        claims, plain, empty = base / "claims", base / "plain", base / "empty"
        make_claims(claims, n)
        make_plain(plain, n)
        empty.mkdir()
        (empty / "pytest.ini").write_text("[pytest]\n")
        solve_file = base / "solve.txt"
        os.environ["BENCH_SOLVE_FILE"] = str(solve_file)
        claim_runs, solve_runs, plain_runs, empty_runs = [], [], [], []
        # One untimed run of each first, so that both read their bytecode from the cache
        # (the plain test modules and the hook), as a project's second run does.
        summary = run_pytest(claims, "-p", "_bench_hook")[1]
        run_pytest(plain)
        for _ in range(repeat):
            elapsed, summary = run_pytest(claims, "-p", "_bench_hook")
            claim_runs.append(elapsed)
            solve_runs.append(float(solve_file.read_text()))
            plain_runs.append(run_pytest(plain)[0])
            empty_runs.append(run_pytest(empty)[0])
        claim_t = statistics.median(claim_runs)
        solve_t = statistics.median(solve_runs)
        plain_t = statistics.median(plain_runs)
        empty_t = statistics.median(empty_runs)
    plugin_t = claim_t - solve_t
    us = 1e6 / n
    print(f"N = {n} ({n // CHECKS_PER_FILE} claim files; claim run: {summary})")
    print(f"  pytest start-up alone          {empty_t * 1e3:9.1f} ms")
    print(f"  plain items, whole run         {plain_t * 1e3:9.1f} ms  {plain_t * us:8.1f} µs/item")
    print(f"  claim items, whole run         {claim_t * 1e3:9.1f} ms  {claim_t * us:8.1f} µs/item")
    print(f"    of which solving (audit)     {solve_t * 1e3:9.1f} ms  {solve_t * us:8.1f} µs/item")
    print(
        f"    plugin without solving       {plugin_t * 1e3:9.1f} ms  {plugin_t * us:8.1f} µs/item"
    )
    print(
        f"  marginal per item (net of start-up): plain {(plain_t - empty_t) * us:.1f} µs, "
        f"plugin {(plugin_t - empty_t) * us:.1f} µs"
    )
    items = n + -(-n // CHECKS_PER_FILE)  # the checks and one (file) item per claim file
    print(
        f"  plugin without solving, per collected item ({items} items, the (file) items "
        f"included): {plugin_t * 1e6 / items:.1f} µs"
    )
    overhead = (plugin_t / plain_t - 1) * 100
    marginal = ((plugin_t - empty_t) / (plain_t - empty_t) - 1) * 100
    print(
        f"  plugin overhead vs plain items: {overhead:+.1f} % of the whole run "
        f"(target <= {OVERHEAD_TARGET:.0f} %), {marginal:+.1f} % per marginal item"
    )


SEED_AUDIT = """
import json, statistics, sys, time
start = time.perf_counter()
from factcheck.files import load_claims
from factcheck.engine import audit
claims = load_claims(sys.argv[1])
loaded = time.perf_counter()
audit(claims.article)
first = time.perf_counter()
warm = []
for _ in range(int(sys.argv[2])):
    t = time.perf_counter()
    audit(claims.article)
    warm.append(time.perf_counter() - t)
print(json.dumps({"load": loaded - start, "first": first - loaded,
                  "warm": statistics.median(warm)}))
"""


def bench_seed(repeat: int) -> None:
    if not SEED.is_file():
        print("seed claim file: not found")
        return
    walls = []
    summary = ""
    env = dict(os.environ)
    env.pop("PYTEST_ADDOPTS", None)
    for _ in range(repeat):
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(SEED)],
            cwd=ROOT, env=env, capture_output=True, text=True,
        )  # fmt: skip
        walls.append(time.perf_counter() - start)
        lines = [
            line for line in done.stdout.splitlines() if re.search(r"\d+ (passed|failed)", line)
        ]
        summary = lines[-1].strip("= ") if lines else done.stdout.strip()[-120:]
    done = subprocess.run(
        [sys.executable, "-c", SEED_AUDIT, str(SEED), str(max(repeat, 3))],
        env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    audit_t = json.loads(done.stdout)
    print("seed article (china-foreign-trade-2025h1, 50 checks)")
    print(
        f"  pytest claims/<seed>, wall      {statistics.median(walls) * 1e3:9.1f} ms  ({summary})"
    )
    print(f"  load_claims (with imports)      {audit_t['load'] * 1e3:9.1f} ms")
    print(f"  audit(), first call in process  {audit_t['first'] * 1e3:9.1f} ms")
    print(f"  audit(), warm (median)          {audit_t['warm'] * 1e3:9.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 1000])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    for n in args.sizes:
        bench_items(n, args.repeat)
    bench_seed(max(1, args.repeat // 2))


if __name__ == "__main__":
    main()
