"""What does starting factcheck cost?  Run as ``python benchmarks/bench_startup.py``.

Six commands, each run as a whole process, several times, interleaved (one run of each in
turn, so that a busy moment of a shared machine falls on all of them alike), after one untimed
run of each (so every process reads bytecode from the cache; ``PYTHONDONTWRITEBYTECODE`` is
dropped from the children's environment, as a user's shell would not have it, or the sources
would be compiled again in every run):

- ``python -c pass``: the interpreter alone;
- ``python -c "import pint"``: pint alone (it imports what it finds installed: dask, numpy...);
- ``factcheck read PHRASE``: read one phrase on the command line;
- ``python -c "import argparse, fractions, re"``: the libraries that command cannot do
  without, and nothing else: the floor under its time (printed as a ratio too; the command
  imports neither attrs nor typing, see ``factcheck/frozen.py``);
- ``factcheck audit claims/ --no-cache``: audit the repository's claim files afresh (a cold
  run: the first after a change, or every run in CI), report as text;
- ``factcheck audit claims/``: the same as a user runs it again with nothing changed (a warm
  run: the untimed first run filled the cache of finished reports, ``factcheck/cache.py``, in
  a folder of its own; every input is checked unchanged before the kept report is written).

``factcheck`` is started as its console script does it (``from factcheck.cli import main;
sys.exit(main())``), with this interpreter and the ``factcheck`` that it imports (run with
``PYTHONPATH=src`` to time a working tree).  For each command the median and the minimum of
the wall time are printed, and the same of the CPU time (user + system, from the operating
system's accounting of the finished child), then the ratios of issue #17 against their
targets:

- ``factcheck read PHRASE`` / ``python -c pass``: at most 5;
- ``factcheck audit claims/`` / ``python -c "import pint"``: at most 0.8, cold and warm.

The ratios are of medians, in wall time (the target) and in CPU time (steadier on a machine
shared with other work, which makes a process wait for a core).  Nothing here asserts.

``--breakdown`` prints instead where the CPU time of ``factcheck audit claims/`` goes, in one
fresh process (the minimum of ``--audit-runs`` runs for each part): the interpreter's start
(``python -c pass``), importing what a cold audit imports (the command line, the engine, the
claim-file loader, the text reporter, YAML), loading the claim files (YAML, the article model,
reading every quote), the engine (``audit()``), the details of verdicts that the engine leaves
to be worked out on first access (``later.Later``: implied intervals, culprits; the report asks
for them), the source-text checks (provenance and coverage), and the rest (the report's own
work, the command line's, and the exit).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONSOLE = "import sys; from factcheck.cli import main; sys.exit(main())"
"""What the ``factcheck`` console script runs (without its ``re`` fix of ``argv[0]``)."""

LIBRARIES = "python -c 'import argparse...'"
"""The libraries that ``factcheck read`` cannot do without (argparse, fractions, re), imported
and nothing else: the floor under its time."""
READ_TARGET = 5.0
AUDIT_TARGET = 0.8


def _commands(phrase: str, claims: str) -> dict[str, list[str]]:
    python = sys.executable
    return {
        "python -c pass": [python, "-c", "pass"],
        'python -c "import pint"': [python, "-c", "import pint"],
        f"factcheck read {phrase!r}": [python, "-c", CONSOLE, "read", phrase],
        LIBRARIES: [python, "-c", "import argparse, fractions, re"],
        f"factcheck audit {claims} --no-cache": [
            python,
            "-c",
            CONSOLE,
            "audit",
            claims,
            "--no-cache",
        ],
        f"factcheck audit {claims}": [python, "-c", CONSOLE, "audit", claims],
    }


_ENV = {
    k: v
    for k, v in os.environ.items()
    if k not in ("PYTHONDONTWRITEBYTECODE", "FACTCHECK_NO_CACHE", "FACTCHECK_CACHE_DIR")
}


def _run(argv: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of one whole process; its output is thrown away."""
    start = time.perf_counter()
    process = subprocess.Popen(
        argv, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=_ENV
    )
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    stderr = process.stderr.read() if process.stderr else b""
    if process.stderr:
        process.stderr.close()
    if process.returncode not in (0, 1):  # 1: the audit has findings
        raise SystemExit(f"{argv} failed ({process.returncode}):\n{stderr.decode()}")
    return wall, usage.ru_utime + usage.ru_stime


_BREAKDOWN_CHILD = r"""
import io, os, sys, time

cpu = time.process_time

parts = {}
def timed(module, name, part):
    original = getattr(module, name)
    def wrapper(*args, **kwargs):
        start = cpu()
        try:
            return original(*args, **kwargs)
        finally:
            parts[part] = parts.get(part, 0.0) + cpu() - start
    setattr(module, name, wrapper)

begin = cpu()
import factcheck.cli, factcheck.results, factcheck.reports.text, yaml
parts["import"] = cpu() - begin
import factcheck.engine, factcheck.results as results
timed(results, "load_claims", "load")
timed(results, "audit", "engine")
timed(results, "open_source", "source checks")
timed(results, "source_checks", "source checks")
from factcheck import later
if hasattr(later, "Later"):  # verdict details worked out on first access (by the report)
    original_get, depth = later.Later.get, [0]
    def get(self, name):
        if depth[0]:
            return original_get(self, name)
        depth[0] += 1
        start = cpu()
        try:
            return original_get(self, name)
        finally:
            depth[0] -= 1
            key = "verdict details (on first access)"
            parts[key] = parts.get(key, 0.0) + cpu() - start
    later.Later.get = get
factcheck.cli.main(["audit", sys.argv[1], "--no-cache"], out=io.StringIO())
parts["rest (report, command line)"] = cpu() - begin - sum(parts.values())
print(repr(parts))
"""


def breakdown(claims: str, runs: int) -> None:
    """Where the CPU time of ``factcheck audit CLAIMS`` goes (see the module's docstring)."""
    import ast

    python = min(_run([sys.executable, "-c", "pass"])[1] for _ in range(max(runs, 5)))
    found: dict[str, list[float]] = {}
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-c", _BREAKDOWN_CHILD, claims],
            cwd=ROOT,
            env=_ENV,
            capture_output=True,
            text=True,
            check=True,
        )
        for part, seconds in ast.literal_eval(done.stdout.strip().splitlines()[-1]).items():
            found.setdefault(part, []).append(seconds)
    order = ["import", "load", "engine", "verdict details (on first access)", "source checks"]
    parts = sorted(found, key=lambda k: order.index(k) if k in order else len(order))
    rows = {"interpreter start (python -c pass)": python} | {k: min(found[k]) for k in parts}
    total = sum(rows.values())
    print(f"factcheck audit {claims}: CPU time by part (minimum of {runs} runs)")
    for part, seconds in rows.items():
        print(f"  {part:<38} {seconds * 1000:>9.1f}ms {seconds / total:>6.1%}")
    print(f"  {'total':<38} {total * 1000:>9.1f}ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15, help="timed runs of each short command")
    parser.add_argument(
        "--audit-runs", type=int, default=5, help="timed runs of the audit (0: leave it out)"
    )
    parser.add_argument("--phrase", default="rose 5 percent")
    parser.add_argument("--claims", default="claims/")
    parser.add_argument(
        "--breakdown", action="store_true", help="where the audit's CPU time goes, by part"
    )
    args = parser.parse_args()
    if args.breakdown:
        breakdown(args.claims, max(args.audit_runs, 1))
        return

    commands = _commands(args.phrase, args.claims)
    audits = list(commands)[-2:]
    if args.audit_runs < 1:
        for name in audits:
            del commands[name]
    import tempfile

    # The cache of finished reports (factcheck/cache.py) in a folder of its own: the untimed
    # first run below fills it, so the timed runs of the plain command are warm ones.
    _ENV["FACTCHECK_CACHE_DIR"] = tempfile.mkdtemp(prefix="factcheck-cache-")
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for argv in commands.values():
        _run(argv)  # warm: bytecode cached, files in the page cache
    for i in range(max(args.runs, args.audit_runs)):
        for name, argv in commands.items():
            if i < (args.audit_runs if name in audits else args.runs):
                times[name].append(_run(argv))

    import factcheck

    print(f"python {sys.version.split()[0]}, factcheck from {Path(factcheck.__file__).parent}")
    header = f"{'command':<36} {'runs':>4}  {'wall median':>11} {'min':>8}"
    print(f"{header}  {'CPU median':>10} {'min':>8}")
    medians: dict[str, tuple[float, float]] = {}
    for name, runs in times.items():
        walls = [w for w, _ in runs]
        cpus = [c for _, c in runs]
        medians[name] = (statistics.median(walls), statistics.median(cpus))
        print(
            f"{name:<36} {len(runs):>4}  {medians[name][0] * 1000:>9.1f}ms"
            f" {min(walls) * 1000:>6.1f}ms  {medians[name][1] * 1000:>8.1f}ms"
            f" {min(cpus) * 1000:>6.1f}ms"
        )
    names = list(commands)
    floor = medians[LIBRARIES][0] / medians[names[0]][0]
    print(f"the libraries alone ({LIBRARIES}): {floor:.2f}x python -c pass, wall")
    for numerator, denominator, target in (
        (names[2], names[0], READ_TARGET),
        (audits[0], names[1], AUDIT_TARGET),
        (audits[1], names[1], AUDIT_TARGET),
    ):
        if numerator not in medians:
            continue
        wall = medians[numerator][0] / medians[denominator][0]
        cpu = medians[numerator][1] / medians[denominator][1]
        verdict = "met" if wall <= target else "NOT met"
        print(
            f"{numerator} / {denominator}: {wall:.2f}x wall, {cpu:.2f}x CPU"
            f" (target <= {target}x: {verdict})"
        )
    if audits[1] in medians:
        print(
            f"  ({audits[1]} is a warm run: the report comes from the cache of finished"
            " reports, every input checked unchanged; the --no-cache run is a cold one)"
        )


if __name__ == "__main__":
    main()
