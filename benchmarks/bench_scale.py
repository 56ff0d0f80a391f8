"""How the audit scales with the number of claims: time and memory per claim, and --jobs 2.

    python benchmarks/bench_scale.py                      # 10^3, 10^4, 10^5 claims
    python benchmarks/bench_scale.py --max-claims 1000000 # up to 10^6 (about an hour or more)
    python benchmarks/bench_scale.py --max-claims 10000   # a quick look

For each size (10^3, 10^4, ... up to ``--max-claims``) generated claim files are written
(``factcheck.strategies.random_article`` + ``to_claims_yaml``; at most 10^4 files, so files hold
10 claims up to 10^5 claims and 100 at 10^6; checks are linked in components of at most three)
and audited in a fresh process with ``factcheck.results.audit_paths``, keeping every result as
the command line does.  Printed per size:

- time per claim (wall clock of the audit, files read and parsed included, without
  tracemalloc), and whether it stays within +/-20 % of the median over the sizes (flat =
  linear scaling);
- memory per claim, by tracemalloc in a second run (it makes the audit about three times
  slower, so only up to ``--traced-max``): RETAINED (the results kept at the end, divided by
  the claims) and WORKING (the peak above what is retained: what auditing needs on top, which
  should not grow with the corpus); the target is <= 1 KB per claim of working memory;
- the process's peak resident set (ru_maxrss), for reference.

Then the speed-up of ``audit_paths(..., jobs=2)`` over serial at ``--speedup-claims`` (default
10^4).  10^6 claims: ``--max-claims 1000000`` (hours on two cores; add ``--traced-max 10000``
to keep tracemalloc to the smaller sizes).
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any


def write_corpus(folder: Path, claims: int, seed: int) -> int:
    """Claim files holding ``claims`` generated claims in total; returns the file count."""
    from factcheck.strategies import random_article, to_claims_yaml

    files = min(10_000, max(1, claims // 10))
    per_file = claims // files
    rnd = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(files):
        gen = random_article(
            rnd, min_checks=per_file, max_checks=per_file, link=40, max_component=3
        )
        (folder / f"f{index:05d}.claims.yaml").write_text(to_claims_yaml(gen), encoding="utf-8")
    return files


def _warm() -> None:
    from factcheck.engine import audit
    from factcheck.model import Article, Check, Figure, Source

    audit(
        Article(
            source=Source(title="warm"),
            figures=[Figure(name="a", quote="5 yuan")],
            checks=[Check(id="c", condition="a == a")],
        )
    )


def measure(folder: str, traced: bool, jobs: int) -> dict[str, Any]:
    """Audit the corpus in ``folder`` (run in a fresh process)."""
    from factcheck.results import audit_paths

    _warm()
    if traced:
        tracemalloc.start()
    start = time.perf_counter()
    result = audit_paths([folder], jobs=jobs)
    seconds = time.perf_counter() - start
    claims = sum(len(f.report.verdicts) + len(f.report.errors) for f in result.files if f.report)
    out: dict[str, Any] = {
        "seconds": seconds,
        "claims": claims,
        "files": len(result.files),
        "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    }
    if traced:
        current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        out["retained"] = current
        out["working"] = peak - current
    del result
    return out


def _in_child(folder: str, traced: bool, jobs: int) -> dict[str, Any]:
    """``measure`` in a fresh process (not a daemon: it may start the ``--jobs`` workers)."""
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        result: dict[str, Any] = pool.submit(measure, folder, traced, jobs).result()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--max-claims", type=int, default=100_000)
    parser.add_argument(
        "--traced-max",
        type=int,
        default=10_000,
        help="measure memory with tracemalloc (about 3x slower) up to this size",
    )
    parser.add_argument("--speedup-claims", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--dir", default=None, help="where to write the corpora (default: temp)")
    args = parser.parse_args(argv)
    sizes = [10**p for p in range(3, 7) if 10**p <= args.max_claims]
    speedup_size = max([s for s in sizes if s <= args.speedup_claims] or sizes[:1])
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        rows = []
        speedup = None
        for size in sizes:
            folder = Path(tmp) / f"n{size}"
            start = time.perf_counter()
            files = write_corpus(folder, size, args.seed)
            print(
                f"{size:>9,} claims: {files:,} files written in "
                f"{time.perf_counter() - start:.0f} s; auditing ...",
                flush=True,
            )
            row = _in_child(str(folder), traced=False, jobs=1)
            if size <= args.traced_max:
                traced = _in_child(str(folder), traced=True, jobs=1)
                row["retained"], row["working"] = traced["retained"], traced["working"]
            rows.append(row)
            print(f"           {row['seconds'] / row['claims'] * 1e3:.2f} ms/claim", flush=True)
            if size == speedup_size:
                parallel = _in_child(str(folder), traced=False, jobs=2)
                speedup = (row["claims"], row["seconds"], parallel["seconds"])
        per_claim = [r["seconds"] / r["claims"] for r in rows]
        median = statistics.median(per_claim)
        print(
            "\n   claims    files   ms/claim  vs median  retained B/claim  working B/claim"
            "  maxrss MB"
        )
        for row, each in zip(rows, per_claim, strict=True):
            retained = f"{row['retained'] / row['claims']:>17,.0f}" if "retained" in row else ""
            working = f"{row['working'] / row['claims']:>16,.1f}" if "working" in row else ""
            print(
                f"{row['claims']:>9,} {row['files']:>8,} {each * 1e3:>10.2f} "
                f"{(each / median - 1) * 100:>+9.1f}% {retained:>17} {working:>16} "
                f"{row['maxrss_kb'] / 1024:>10.0f}"
            )
        flat = all(abs(each / median - 1) <= 0.2 for each in per_claim)
        print(f"\nper-claim time flat within +/-20 %: {'yes' if flat else 'NO'}")
        traced = [r for r in rows if "working" in r]
        if traced:
            working_max = max(r["working"] / r["claims"] for r in traced)
            retained_max = max(r["retained"] / r["claims"] for r in traced)
            print(
                f"working memory <= 1 KB per claim: {'yes' if working_max <= 1024 else 'NO'} "
                f"(max {working_max:,.0f} B); results kept (as the CLI keeps them for its "
                f"report): {retained_max:,.0f} B per claim"
            )
        if speedup is not None:
            claims, serial, parallel_seconds = speedup
            print(
                f"\n--jobs 2 at {claims:,} claims: serial {serial:.1f} s, jobs 2 "
                f"{parallel_seconds:.1f} s, speed-up {serial / parallel_seconds:.2f}x"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
