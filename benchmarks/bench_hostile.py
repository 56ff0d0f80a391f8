"""The worst time and memory of ``factcheck audit`` over the adversarial families.

    python benchmarks/bench_hostile.py              # every family, every format
    python benchmarks/bench_hostile.py --formats text html --families source_big huge_power

The families are tests/hostile_cases.py's (the fuzz test, tests/test_hostile.py, runs the
same).  Each family is written to a fresh folder and audited in this process as the command
line does it, once per format: the CPU time of the run (``time.process_time``: the wall clock
of a shared machine says more about its neighbours), then, in a second run, the peak of
memory allocated (tracemalloc, which slows a run down, so it is not timed).  The unit
registry is built before the clocks start.  Printed: each family's worst format, time and
memory, and the worst of all against the targets (about a second, under 200 MB).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

FORMATS = ["text", "json", "markdown", "github", "gitlab", "sarif", "claimreview", "html"]
TIME_TARGET = 1.0
MEMORY_TARGET = 200 * 2**20


def run(args: list[str], fmt: str, output: Path, *, traced: bool) -> tuple[int, float, int]:
    from factcheck.cli import main

    if traced:
        tracemalloc.start()
    cpu = time.process_time()
    try:
        with contextlib.redirect_stderr(io.StringIO()):
            code = main(["audit", *args, "--format", fmt, "--output", str(output)])
    finally:
        cpu = time.process_time() - cpu
        peak = tracemalloc.get_traced_memory()[1] if traced else 0
        if traced:
            tracemalloc.stop()
    return code, cpu, peak


def main(argv: list[str] | None = None) -> int:
    from hostile_cases import FAMILIES

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--formats", nargs="+", choices=FORMATS, default=FORMATS)
    parser.add_argument("--families", nargs="+", choices=sorted(FAMILIES), default=None)
    args = parser.parse_args(argv)
    from factcheck.units import registry

    registry()  # built once per process, before the clocks
    families = args.families or sorted(FAMILIES)
    worst_time = ("", "", 0.0)
    worst_memory = ("", "", 0)
    print(f"{'family':34} {'exit':>4} {'worst CPU s':>11} {'(format)':12} {'peak MB':>8} (format)")
    start = Path.cwd()
    for family in families:
        times: list[tuple[float, str, int]] = []
        peaks: list[tuple[int, str]] = []
        for fmt in args.formats:
            with tempfile.TemporaryDirectory() as tmp:
                folder = Path(tmp) / "repo"
                folder.mkdir()
                os.chdir(folder)
                try:
                    paths = FAMILIES[family](folder)
                    code, cpu, _ = run(paths, fmt, Path(tmp) / "out", traced=False)
                    _, _, peak = run(paths, fmt, Path(tmp) / "out", traced=True)
                finally:
                    os.chdir(start)
            times.append((cpu, fmt, code))
            peaks.append((peak, fmt))
        cpu, cpu_fmt, code = max(times)
        peak, peak_fmt = max(peaks)
        print(
            f"{family:34} {code:>4} {cpu:>11.3f} {'(' + cpu_fmt + ')':12} "
            f"{peak / 2**20:>8.1f} ({peak_fmt})",
            flush=True,
        )
        if cpu > worst_time[2]:
            worst_time = (family, cpu_fmt, cpu)
        if peak > worst_memory[2]:
            worst_memory = (family, peak_fmt, peak)
    print(
        f"\nworst time:   {worst_time[2]:.3f} s of CPU ({worst_time[0]}, --format "
        f"{worst_time[1]}); target about {TIME_TARGET:.0f} s: "
        f"{'yes' if worst_time[2] <= 1.5 * TIME_TARGET else 'NO'}"
    )
    print(
        f"worst memory: {worst_memory[2] / 2**20:.1f} MB ({worst_memory[0]}, --format "
        f"{worst_memory[1]}); target under {MEMORY_TARGET // 2**20} MB: "
        f"{'yes' if worst_memory[2] < MEMORY_TARGET else 'NO'}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
