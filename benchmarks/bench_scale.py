"""How the audit scales with the number of claims: time and memory per claim, and --jobs 2.

    python benchmarks/bench_scale.py                      # 10^3, 10^4, 10^5 claims
    python benchmarks/bench_scale.py --max-claims 1000000 # up to 10^6 (about an hour or more)
    python benchmarks/bench_scale.py --max-claims 10000   # a quick look

For each size (10^3, 10^4, ... up to ``--max-claims``) generated claim files are written
(``factcheck.strategies.random_article`` + ``to_claims_yaml``; at most 10^4 files, so files hold
10 claims up to 10^5 claims and 100 at 10^6; checks are linked in components of at most three)
and audited in a fresh process as ``factcheck audit`` does it: the results of
``factcheck.results.iter_audit_paths`` streamed, file by file, to the ``--format`` reporter
(default text, the command line's default), which writes to a null sink (``os.devnull``) and
keeps only the totals for the exit code.  Printed per size:

- time per claim (wall clock of the audit and its report, files read and parsed included,
  without tracemalloc), and whether it stays within +/-20 % of the median over the sizes
  (flat = linear scaling);
- memory per claim, by tracemalloc in a second run (it makes the audit about three times
  slower, so only up to ``--traced-max``): RETAINED (what is still allocated when the report
  is written, divided by the claims) and WORKING (the peak above that: what auditing and
  reporting need on top, which should not grow with the corpus); the target is <= 1 KB per
  claim of both together.  A format that spools (json, markdown, html) keeps its spool in a
  temporary file once it outgrows 64 KiB: that is disk, not memory;
- the process's peak resident set (ru_maxrss), for reference.

Then the speed-up of ``--jobs 2`` over serial at ``--speedup-claims`` (default 10^4).  10^6
claims: ``--max-claims 1000000`` (an hour or more on two cores; add ``--traced-max 10000`` to
keep tracemalloc to the smaller sizes).
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from factcheck.results import FileResult


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


def measure(folder: str, traced: bool, jobs: int, fmt: str = "text") -> dict[str, Any]:
    """Audit the corpus in ``folder`` as ``factcheck audit --format FMT`` does, writing the
    report to a null sink (run in a fresh process)."""
    from factcheck.reports import get_stream_reporter
    from factcheck.results import iter_audit_paths

    _warm()
    reporter = get_stream_reporter(fmt)
    per_file: list[tuple[float, int]] = []
    results = iter_audit_paths([folder], jobs=jobs)
    with open(os.devnull, "w", encoding="utf-8") as sink:
        if traced:
            tracemalloc.start()
        else:
            results = _timed(results, per_file)
        start = time.perf_counter()
        totals = reporter(results, sink)
        seconds = time.perf_counter() - start
        if traced:
            current, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
    out: dict[str, Any] = {
        "seconds": seconds,
        "claims": totals.checks,
        "files": totals.files,
        "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    }
    if per_file:
        # The engine's cost per file is heavy-tailed (a few files take seconds, the median
        # milliseconds), so a larger corpus, holding more of the rare slow files, has a higher
        # mean; without the slowest 1 % of files the per-claim time shows the scaling itself.
        kept = sorted(per_file)[: len(per_file) - max(1, len(per_file) // 100)]
        out["trimmed"] = sum(t for t, _ in kept) / max(1, sum(n for _, n in kept))
        out["slowest_share"] = 1 - sum(t for t, _ in kept) / sum(t for t, _ in per_file)
    if traced:
        out["retained"] = current
        out["working"] = peak - current
    return out


def _timed(
    results: Iterator[FileResult], per_file: list[tuple[float, int]]
) -> Iterator[FileResult]:
    """``results``, recording each file's time (its audit, and the report of the file before
    it: together they add up to the whole) and its claims."""
    last = time.perf_counter()
    for result in results:
        now = time.perf_counter()
        per_file.append((now - last, len(result.report.verdicts) if result.report else 0))
        yield result
        last = now


def _in_child(folder: str, traced: bool, jobs: int, fmt: str) -> dict[str, Any]:
    """``measure`` in a fresh process (not a daemon: it may start the ``--jobs`` workers)."""
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        result: dict[str, Any] = pool.submit(measure, folder, traced, jobs, fmt).result()
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
    from factcheck.reports import FORMATS

    parser.add_argument(
        "--format",
        choices=sorted(FORMATS),
        default="text",
        help="the report written to the null sink (default: text)",
    )
    parser.add_argument(
        "--passes-only",
        action="store_true",
        help="only the passes over one text (scan and coverage, the HTML article)",
    )
    args = parser.parse_args(argv)
    bench_passes()
    if args.passes_only:
        return 0
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
            row = _in_child(str(folder), traced=False, jobs=1, fmt=args.format)
            if size <= args.traced_max:
                traced = _in_child(str(folder), traced=True, jobs=1, fmt=args.format)
                row["retained"], row["working"] = traced["retained"], traced["working"]
            rows.append(row)
            print(f"           {row['seconds'] / row['claims'] * 1e3:.2f} ms/claim", flush=True)
            if size == speedup_size:
                parallel = _in_child(str(folder), traced=False, jobs=2, fmt=args.format)
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
        trimmed = [r["trimmed"] for r in rows]
        trimmed_median = statistics.median(trimmed)
        print(
            "without the slowest 1 % of files (the engine's heavy tail; their share of the time: "
            + ", ".join(f"{r['slowest_share'] * 100:.0f} %" for r in rows)
            + "):\n  "
            + ", ".join(
                f"{r['claims']:,}: {t * 1e3:.2f} ms/claim ({(t / trimmed_median - 1) * 100:+.1f}%)"
                for r, t in zip(rows, trimmed, strict=True)
            )
            + f"\n  flat within +/-20 %: "
            f"{'yes' if all(abs(t / trimmed_median - 1) <= 0.2 for t in trimmed) else 'NO'}"
        )
        traced = [r for r in rows if "working" in r]
        if traced:
            working_max = max(r["working"] / r["claims"] for r in traced)
            retained_max = max(r["retained"] / r["claims"] for r in traced)
            total_max = max((r["retained"] + r["working"]) / r["claims"] for r in traced)
            print(
                f"memory <= 1 KB per claim (retained + working, the report streamed as "
                f"--format {args.format}): {'yes' if total_max <= 1024 else 'NO'} "
                f"(max {total_max:,.0f} B: retained {retained_max:,.0f} B, working "
                f"{working_max:,.0f} B)"
            )
        if speedup is not None:
            claims, serial, parallel_seconds = speedup
            print(
                f"\n--jobs 2 at {claims:,} claims: serial {serial:.1f} s, jobs 2 "
                f"{parallel_seconds:.1f} s, speed-up {serial / parallel_seconds:.2f}x"
            )
    return 0


def bench_passes() -> None:
    """The passes over one text, at growing sizes: scan and coverage of 16,000 to 64,000
    numbers (lines and columns were counted from the start for every number: 13.8 s at
    64,000), and the HTML article of 2,000 to 8,000 paragraphs (every paragraph was compared
    with every highlight: 7 s at 8,000).  Time per item should stay flat."""
    from factcheck.files import parse_claims
    from factcheck.provenance import coverage
    from factcheck.reports.html import _article_html, _Highlight

    claims = parse_claims("source: {title: t}\nfigures:\n  a: 'rose 5 percent'\n")
    print("passes over one text (time per item should stay flat):")
    rows = []
    for numbers in (16_000, 32_000, 64_000):
        text = ("1 2 3 4 5 6 7 8 9 10\n" * (numbers // 10)) + "rose 5 percent\n"
        start = time.process_time()
        cover = coverage(claims, text)
        seconds = time.process_time() - start
        rows.append(seconds / cover.total)
        print(f"  scan + coverage, {cover.total:>6,} numbers: {seconds:6.2f} s "
              f"({seconds / cover.total * 1e6:.1f} us/number)")  # fmt: skip
    paragraph = "Sales rose 5 percent. Costs fell.\n\n"
    html_rows = []
    for count in (2_000, 4_000, 8_000):
        text = paragraph * count
        marks = [
            _Highlight(i * len(paragraph) + 11, i * len(paragraph) + 20, uncovered=True)
            for i in range(count)
        ]
        start = time.process_time()
        _article_html(text, marks, {})
        seconds = time.process_time() - start
        html_rows.append(seconds / count)
        print(f"  HTML article, {count:>6,} paragraphs: {seconds:6.3f} s "
              f"({seconds / count * 1e6:.1f} us/paragraph)")  # fmt: skip
    for name, per_item in (("scan + coverage", rows), ("HTML article", html_rows)):
        ratio = per_item[-1] / per_item[0]
        print(f"  {name}: largest size / smallest per item {ratio:.2f} (linear: about 1)")
    print()


if __name__ == "__main__":
    sys.exit(main())
