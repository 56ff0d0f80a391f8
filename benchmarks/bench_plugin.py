"""What the pytest plugin costs: whole pytest processes, with the plugin's items and without.

    python benchmarks/bench_plugin.py                 # N = 200 and 1,000 checks, 7 rounds
    python benchmarks/bench_plugin.py --sizes 200 --rounds 11

For each N, a temporary folder gets N checks of simple kinds (a sum, a sign, a growth rate, a
share) in claim files of ten checks each, every check with its own figures.  Two pytest runs
are compared, each a fresh subprocess (``pytest -q -p no:cacheprovider``, plugin autoloading
off, so that both load the same plugins but for factcheck's):

- **with the plugin**: pytest over the claim files, the factcheck plugin loaded (``-p
  factcheck.pytest_plugin``): one item per check, and one ``(file)`` item per file;
- **the baseline, without it**: the same claim files, and one test module beside them, as a
  user would write it without the plugin — load each claim file once at collection
  (``factcheck.load``), audit each article once (cached), one parametrized test per check
  that looks up its verdict and asserts it is ok.

The baseline does the same work a competent user's tests must do (read the files, build the
articles, audit each once, one test per check), so the difference is what the plugin adds:
its collection (composing and outlining the YAML, its own items and markers), its items, its
``(file)`` items and its summary.  Comparing with trivial ``assert 1`` tests instead would
count the audit itself as overhead; subtracting measured components from the plugin run (this
benchmark's first method) swung from +7 % to +49 % at N = 200, because every component carried
its own noise.

The runs alternate (baseline, plugin, plugin, baseline, ...), after one untimed run of each
(so both read bytecode from the cache).  For each run the CPU time of the whole process (user
+ system, ``resource.getrusage(RUSAGE_CHILDREN)`` before and after) and its wall time are
recorded; the overhead is the ratio of the medians of CPU time, the steadier of the two on a
shared machine, read against the target of at most 10 %.  The wall-time ratio is printed
beside it.  Nothing here asserts on timing.

Then the seed article end to end: ``pytest`` on the seed claim file (wall time of the
subprocess), and ``audit()`` alone on the loaded article, in a fresh process (the first call,
which imports the engine and pint) and warm (the median of further calls).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

import factcheck

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "claims" / "china-foreign-trade-2025h1.claims.yaml"
SRC = Path(factcheck.__file__).resolve().parent.parent
"""The factcheck the subprocesses import: the one this benchmark imported."""
OVERHEAD_TARGET = 10.0  # percent of the baseline's CPU time
CHECKS_PER_FILE = 10

BASELINE = """\
\"\"\"The checks of the claim files beside this module, as plain pytest tests: what a user
writes without the factcheck plugin.\"\"\"

import functools
from pathlib import Path

import pytest

import factcheck

ARTICLES = {path.name: factcheck.load(path)
            for path in sorted(Path(__file__).parent.glob("*.claims.yaml"))}


@functools.cache
def verdicts(name):
    return {verdict.check.id: verdict for verdict in factcheck.audit(ARTICLES[name]).verdicts}


@pytest.mark.parametrize(
    ("name", "check_id"),
    [(name, check.id) for name, article in ARTICLES.items() for check in article.checks],
)
def test_check(name, check_id):
    verdict = verdicts(name)[check_id]
    assert verdict.ok, f"{check_id}: {verdict.grade}: {verdict.reason}"
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


def make_folders(root: Path, n: int) -> tuple[Path, Path]:
    """The plugin's folder (claim files) and the baseline's (the same files and the test
    module a user would write)."""
    plugin, baseline = root / "plugin", root / "baseline"
    plugin.mkdir()
    (plugin / "pytest.ini").write_text("[pytest]\n")
    for first in range(0, n, CHECKS_PER_FILE):
        count = min(CHECKS_PER_FILE, n - first)
        (plugin / f"f{first:05d}.claims.yaml").write_text(claim_file(first, count))
    shutil.copytree(plugin, baseline)
    (baseline / "test_claims.py").write_text(BASELINE)
    return plugin, baseline


class Timing(NamedTuple):
    wall: float
    cpu: float


def _child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_pytest(folder: Path, *extra: str) -> tuple[Timing, str]:
    """Wall and CPU time of one ``pytest`` subprocess in ``folder``, and its summary line."""
    env = dict(os.environ, PYTEST_DISABLE_PLUGIN_AUTOLOAD="1", PYTHONPATH=str(SRC))
    env.pop("PYTEST_ADDOPTS", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *extra]
    cpu, start = _child_cpu(), time.perf_counter()
    done = subprocess.run(command, cwd=folder, env=env, capture_output=True, text=True)
    elapsed = Timing(time.perf_counter() - start, _child_cpu() - cpu)
    lines = done.stdout.strip().splitlines()
    return elapsed, lines[-1] if lines else done.stderr.strip()[-200:]


def bench_items(n: int, rounds: int) -> float:
    """Print the runs and the overhead at ``n`` checks; return the overhead in percent."""
    with tempfile.TemporaryDirectory() as tmp:
        plugin_dir, baseline_dir = make_folders(Path(tmp), n)
        runs = {
            "baseline": lambda: run_pytest(baseline_dir),
            "plugin": lambda: run_pytest(plugin_dir, "-p", "factcheck.pytest_plugin"),
        }
        summaries = {name: run()[1] for name, run in runs.items()}  # untimed: bytecode
        for name, summary in summaries.items():
            if "failed" in summary or "error" in summary or "passed" not in summary:
                raise SystemExit(f"the {name} run did not pass: {summary}")
        timings: dict[str, list[Timing]] = {"baseline": [], "plugin": []}
        print(f"\nN = {n:,} checks ({n // CHECKS_PER_FILE} files); "
              f"baseline: {summaries['baseline']}; plugin: {summaries['plugin']}")  # fmt: skip
        print("  round  run        CPU s   wall s  load")
        for index in range(rounds):
            order = ["baseline", "plugin"] if index % 2 == 0 else ["plugin", "baseline"]
            for name in order:
                timing, _ = runs[name]()
                timings[name].append(timing)
                print(f"  {index + 1:>5}  {name:<9} {timing.cpu:>6.3f} {timing.wall:>8.3f}"
                      f"  {os.getloadavg()[0]:.1f}", flush=True)  # fmt: skip
    cpu = {name: statistics.median(t.cpu for t in ts) for name, ts in timings.items()}
    wall = {name: statistics.median(t.wall for t in ts) for name, ts in timings.items()}
    overhead = (cpu["plugin"] / cpu["baseline"] - 1) * 100
    per_round = [
        (p.cpu / b.cpu - 1) * 100
        for p, b in zip(timings["plugin"], timings["baseline"], strict=True)
    ]
    print(
        f"  median CPU: baseline {cpu['baseline']:.3f} s, plugin {cpu['plugin']:.3f} s; "
        f"median wall: baseline {wall['baseline']:.3f} s, plugin {wall['plugin']:.3f} s\n"
        f"  overhead in CPU time: {overhead:+.1f} % (target <= {OVERHEAD_TARGET:.0f} %: "
        f"{'met' if overhead <= OVERHEAD_TARGET else 'NOT met'}); per round: "
        + ", ".join(f"{r:+.1f} %" for r in per_round)
        + f"\n  overhead in wall time: {(wall['plugin'] / wall['baseline'] - 1) * 100:+.1f} %"
    )
    return overhead


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
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--no-seed", action="store_true", help="skip the seed article")
    args = parser.parse_args()
    for n in args.sizes:
        bench_items(n, args.rounds)
    if not args.no_seed:
        bench_seed(max(1, args.rounds // 2))


if __name__ == "__main__":
    main()
