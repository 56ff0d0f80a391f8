"""``factcheck audit --jobs 2`` against serial, as whole processes, side by side.

    python benchmarks/bench_jobs.py                    # 10^4 claims, 3 rounds, --format text
    python benchmarks/bench_jobs.py --format json --rounds 5
    python benchmarks/bench_jobs.py --dir corpus/      # reuse (or keep) the generated files

The claim files are generated as ``bench_scale.py`` writes them (``factcheck.strategies``'s
``random_article`` + ``to_claims_yaml``: 10 checks a file, linked in components of at most
three), ``--claims`` checks in all.  Each round runs ``python -m factcheck audit --no-source
--format FMT --output FILE`` serially and with ``--jobs N``, in alternating order, and records
for each run:

- the wall time of the whole process;
- the CPU time of its whole process tree (user + system of the command and of its workers,
  from ``resource.getrusage(RUSAGE_CHILDREN)`` before and after: a worker's time counts once
  its parent has waited for it, which ``factcheck audit`` does before it exits);
- the load average when it ended.

It prints each run, then the medians and ratios.  On a busy machine the wall-time speed-up
says little (the processes wait for a core): compare the CPU columns, and the CPU bound
``serial CPU / (parallel CPU / N)`` — the speed-up the parallel run would have with N idle
cores and perfect balance.  The target (issue #17) is a speed-up of at least 1.6x at 10^4
claims with two idle cores.  Every parallel report must be byte for byte the serial one (the
reports have no timing fields); the benchmark stops if it is not.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_scale import write_corpus  # the folder of this script, put on the path


def run_audit(folder: Path, jobs: int, fmt: str, output: Path) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds of the process tree, and the exit code of one audit."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "factcheck", "audit", "--no-source", "--format", fmt,
         "--jobs", str(jobs), "--output", str(output), str(folder)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=False,
    )  # fmt: skip
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if done.returncode not in (0, 1):
        raise SystemExit(f"factcheck audit --jobs {jobs} exited {done.returncode}:\n{done.stderr}")
    return wall, cpu, done.returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--format", default="text")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--dir", default=None, help="the corpus folder (written if empty)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.dir) if args.dir else Path(tmp) / "corpus"
        if not any(folder.glob("*.claims.yaml")):
            files = write_corpus(folder, args.claims, args.seed)
            print(f"{args.claims:,} claims written to {files:,} files in {folder}")
        outputs = {1: Path(tmp) / "serial.out", args.jobs: Path(tmp) / "parallel.out"}
        runs: dict[int, list[tuple[float, float]]] = {1: [], args.jobs: []}
        codes: set[int] = set()
        print(f"cores this process may use: {len(os.sched_getaffinity(0))}; format {args.format}")
        print("round  run        wall s   CPU s  CPU/wall  load")
        for index in range(args.rounds):
            order = [1, args.jobs] if index % 2 == 0 else [args.jobs, 1]
            for jobs in order:
                wall, cpu, code = run_audit(folder, jobs, args.format, outputs[jobs])
                codes.add(code)
                runs[jobs].append((wall, cpu))
                name = "serial" if jobs == 1 else f"--jobs {jobs}"
                print(
                    f"{index + 1:>5}  {name:<9} {wall:>7.2f} {cpu:>7.2f} {cpu / wall:>9.2f}"
                    f" {os.getloadavg()[0]:>5.1f}",
                    flush=True,
                )
            if not filecmp.cmp(outputs[1], outputs[args.jobs], shallow=False):
                raise SystemExit("the parallel report differs from the serial one")
        if len(codes) != 1:
            raise SystemExit(f"serial and parallel exit codes differ: {sorted(codes)}")
    serial_wall = statistics.median(w for w, _ in runs[1])
    serial_cpu = statistics.median(c for _, c in runs[1])
    par_wall = statistics.median(w for w, _ in runs[args.jobs])
    par_cpu = statistics.median(c for _, c in runs[args.jobs])
    per_round = [s[0] / p[0] for s, p in zip(runs[1], runs[args.jobs], strict=True)]
    bound = serial_cpu / (par_cpu / args.jobs)
    print(
        f"\nmedians: serial {serial_wall:.2f} s wall, {serial_cpu:.2f} s CPU; --jobs {args.jobs}"
        f" {par_wall:.2f} s wall, {par_cpu:.2f} s CPU of the process tree"
        f"\nreports identical: yes (byte for byte, every round; exit code {codes.pop()})"
        f"\nCPU of the parallel tree / serial: {par_cpu / serial_cpu:.2f}x"
        f"\nspeed-up (median wall): {serial_wall / par_wall:.2f}x; per round: "
        + ", ".join(f"{r:.2f}x" for r in per_round)
        + f"\nCPU bound with {args.jobs} idle cores (serial CPU / (parallel CPU / {args.jobs}))"
        f": {bound:.2f}x"
        f"\ntarget >= 1.6x at 10^4 claims: {'met' if serial_wall / par_wall >= 1.6 else 'NOT met'}"
        f" by wall time{' (the machine is busy: see CPU/wall and load)' if _busy(runs) else ''}"
    )
    return 0


def _busy(runs: dict[int, list[tuple[float, float]]]) -> bool:
    """Whether the serial runs waited for a core (CPU well below their wall time)."""
    return any(cpu / wall < 0.9 for wall, cpu in runs[1])


if __name__ == "__main__":
    raise SystemExit(main())
