"""Soundness and sensitivity of the audit on generated articles, at scale.

    python benchmarks/bench_soundness.py                    # 1,000,000 claims (a while)
    python benchmarks/bench_soundness.py --claims 20000     # a quick look

Articles are generated from TRUE values (``factcheck.strategies.random_article``): every
figure is written so that its STRICT reading contains its true value, so no check may be
graded stretched or inconsistent.  Each such audit counts its checks as claims; a flagged one
is a FALSE FINDING (target: 0).

Then one error of each kind (``factcheck.strategies.ERROR_KINDS``) is injected into each
article and the changed article audited again (its checks count as claims too).  For each
check that uses the changed figure, ``factcheck.strategies.how_testable`` decides exactly, with
Fraction interval arithmetic over the figures' readings, whether the error can be seen from
that check at all (docs/testing-your-pipeline.md):

- lenient: no values inside the lenient readings satisfy the check -> must be inconsistent;
- strict:  none inside the strict readings do -> must be stretched or inconsistent;
- units:   a unit changed (percent <-> pp, currency) -> must be refused (an error naming the
           check) or graded inconsistent with the slip named;
- hidden:  values inside the strict readings still satisfy the check -> not testable there;
- unknown: the check rests on an unstated quantity, or a divisor's range contains zero.

DETECTION is the share of testable (lenient, strict, units) affected checks that were graded
inconsistent or stretched, or refused with an error naming them (target >= 90 % for k >= 2).
The percent/pp slip must be NAMED (``verdict.slip``) on the check whose compared side the
swapped figure is.  CULPRIT ACCURACY is the share of injections seen by a flagged check
whose first flagged affected check names the injected figure as its first culprit
(``verdict.culprits[0]``; target >= 90 %).  Work is spread over ``--jobs`` processes.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from collections import Counter
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import Any, TextIO

FLAGGED = ("inconsistent", "stretched")
TESTABLE = ("lenient", "strict", "units")


def run_task(seed: int, articles: int, options: dict[str, Any]) -> dict[str, Any]:
    """Audit ``articles`` generated articles and their injected variants; return counters."""
    from factcheck.engine import audit
    from factcheck.strategies import ERROR_KINDS, how_testable, random_article, random_injection
    from factcheck.strategies_phrasing import PHRASING_FORMS

    rnd = random.Random(seed)
    clean: Counter[str] = Counter()
    found: Counter[tuple[str, int, str, str]] = Counter()
    injected: Counter[tuple[str, str]] = Counter()
    slips: Counter[str] = Counter()
    culprits: Counter[tuple[str, str]] = Counter()
    examples: list[str] = []
    notes: Counter[str] = Counter()
    phrasing: Counter[tuple[str, str]] = Counter()
    claims = 0
    for _ in range(articles):
        gen = random_article(
            rnd,
            min_checks=1,
            max_checks=options["max_checks"],
            link=options["link"],
            max_component=options["max_component"],
            phrasing=options["phrasing"],
        )
        for note in gen.notes:
            reason = note.split(": ", 3)
            notes[": ".join(reason[1:3]) if reason[2] in PHRASING_FORMS else reason[1]] += 1
        forms = {f.name: f.forms for f in gen.figures}
        for figure in gen.figures:
            phrasing.update((form, "figures") for form in figure.forms)
        for check in gen.checks:
            used = {form for name in check.names for form in forms.get(name, ())}
            phrasing.update((form, "claims") for form in used)
        report = audit(gen.article)
        claims += len(gen.checks)
        clean["claims"] += len(gen.checks)
        clean["errors"] += len(report.errors)
        for verdict in report.verdicts:
            clean[verdict.grade] += 1
            if verdict.grade in FLAGGED and len(examples) < 5:
                examples.append(f"{verdict.check.id} {verdict.grade}\n{gen.describe()}")
        if report.errors and len(examples) < 5:
            examples.append(f"errors {[str(e) for e in report.errors]}\n{gen.describe()}")
        for kind in ERROR_KINDS:
            injection = random_injection(gen, kind, rnd)
            if injection is None:
                continue
            changed = audit(injection.article.article)
            claims += len(injection.article.checks)
            verdicts = {v.check.id: v for v in changed.verdicts}
            refused = {getattr(e, "subject", "") for e in changed.errors}
            k = abs(injection.k) if injection.k is not None else 0
            seen = False
            any_testable = False
            for check_id, how in how_testable(injection).items():
                verdict = verdicts.get(check_id)
                if verdict is not None:
                    outcome = "flagged" if verdict.grade in FLAGGED else verdict.grade
                elif f"check {check_id!r}" in refused:
                    outcome = "refused"
                else:
                    outcome = "missing"
                found[(kind, k, how, outcome)] += 1
                seen = seen or outcome in ("flagged", "refused")
                any_testable = any_testable or how in TESTABLE
            flagged = [
                verdicts[check_id]
                for check_id in how_testable(injection)
                if check_id in verdicts and verdicts[check_id].grade in FLAGGED
            ]
            if flagged:
                first = flagged[0].culprits[0].figure if flagged[0].culprits else None
                culprits[(kind, "flagged")] += 1
                culprits[(kind, "named")] += first is not None
                culprits[(kind, "first")] += first == injection.figure
            injected[(kind, "testable" if any_testable else "untestable")] += 1
            injected[(kind, "seen")] += seen
            for form in forms.get(injection.figure, ()):
                phrasing[(form, "injected")] += 1
                phrasing[(form, "testable")] += any_testable
                phrasing[(form, "seen")] += seen and any_testable
            if kind == "percent_pp" and injection.slip:
                for check in injection.article.checks:
                    if check.result == injection.figure and check.id in verdicts:
                        slips["total"] += 1
                        slips["named"] += verdicts[check.id].slip is not None
    return {
        "claims": claims,
        "clean": clean,
        "found": found,
        "injected": injected,
        "slips": slips,
        "culprits": culprits,
        "examples": examples,
        "notes": notes,
        "phrasing": phrasing,
    }


def _merge(total: dict[str, Any], part: dict[str, Any]) -> None:
    total["claims"] += part["claims"]
    for key in ("clean", "found", "injected", "slips", "culprits", "notes", "phrasing"):
        total[key].update(part[key])
    total["examples"].extend(part["examples"][: max(0, 5 - len(total["examples"]))])


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:6.2f} %" if whole else "     n/a"


def report(
    total: dict[str, Any], seconds: float, args: argparse.Namespace, out: TextIO | None = None
) -> None:
    """Print the summary (to ``out``, default stdout)."""
    from contextlib import redirect_stdout

    with redirect_stdout(out or sys.stdout):
        _report(total, seconds, args)


def _report(total: dict[str, Any], seconds: float, args: argparse.Namespace) -> None:
    from factcheck.strategies import ERROR_KINDS

    clean, found = total["clean"], total["found"]
    false = clean["inconsistent"] + clean["stretched"]
    print()
    print(
        f"claims audited: {total['claims']:,} in {seconds:,.0f} s "
        f"({total['claims'] / seconds:,.0f} claims/s on {args.jobs} processes)"
    )
    print(f"\nSOUNDNESS (consistent articles): {clean['claims']:,} claims")
    print(f"  FALSE FINDINGS (stretched or inconsistent): {false}   (target 0)")
    print(f"  errors on consistent articles: {clean['errors']}")
    print(
        "  grades: "
        + ", ".join(
            f"{g} {clean[g]:,}" for g in ("consistent", "uncheckable", "undecided", *FLAGGED)
        )
    )
    reader = total["notes"]
    if reader:
        print("  phrases the reader refused and the generator wrote again:")
        for reason, count in reader.most_common():
            print(f"    {count:6,}  {reason}")
    _report_phrasing(total["phrasing"], args)
    print("\nSENSITIVITY: per affected check, testable = lenient | strict | units")
    print(
        f"  {'error':14} {'k':>2} {'testable':>9} {'detected':>9} {'rate':>9}"
        f"   {'hidden':>7} {'(flagged)':>9} {'unknown':>8}"
    )
    for kind in ERROR_KINDS:
        ks = sorted({k for (kd, k, _, _) in found if kd == kind})
        for k in ks:
            rows = {key: n for key, n in found.items() if key[0] == kind and key[1] == k}
            testable = sum(n for (_, _, how, _), n in rows.items() if how in TESTABLE)
            detected = sum(
                n
                for (_, _, how, out), n in rows.items()
                if how in TESTABLE and out in ("flagged", "refused")
            )
            hidden = sum(n for (_, _, how, _), n in rows.items() if how == "hidden")
            hidden_seen = sum(
                n
                for (_, _, how, out), n in rows.items()
                if how == "hidden" and out in ("flagged", "refused")
            )
            unknown = sum(n for (_, _, how, _), n in rows.items() if how == "unknown")
            label = str(k) if kind == "shift" else "-"
            print(
                f"  {kind:14} {label:>2} {testable:9,} {detected:9,} "
                f"{_percent(detected, testable):>9}   {hidden:7,} {hidden_seen:9,} "
                f"{unknown:8,}"
            )
    shift_rows = [(key, n) for key, n in found.items() if key[0] == "shift" and key[1] >= 2]
    testable = sum(n for (_, _, how, _), n in shift_rows if how in TESTABLE)
    detected = sum(
        n for (_, _, how, out), n in shift_rows if how in TESTABLE and out in ("flagged", "refused")
    )
    print(f"  shift k >= 2 overall: {_percent(detected, testable)}  (target >= 90 %)")
    misses = Counter(
        {
            (kd, k, how, out): n
            for (kd, k, how, out), n in found.items()
            if how in TESTABLE and out not in ("flagged", "refused")
        }
    )
    if misses:
        print("  testable but not detected (error, k, testable, outcome):")
        for key, n in misses.most_common(20):
            print(f"    {n:6,}  {key}")
    injected = total["injected"]
    print("\n  per injection (any affected check flagged or refused):")
    for kind in ERROR_KINDS:
        count = injected[(kind, "testable")] + injected[(kind, "untestable")]
        print(
            f"    {kind:14} {count:8,} injected, {_percent(injected[(kind, 'seen')], count)} "
            f"seen, {_percent(injected[(kind, 'testable')], count)} testable"
        )
    slips = total["slips"]
    print(
        f"\n  percent/pp slip NAMED (verdict.slip) on the compared check: "
        f"{slips['named']:,}/{slips['total']:,} = {_percent(slips['named'], slips['total'])}"
    )
    culprits = total["culprits"]
    flagged = sum(n for (_, what), n in culprits.items() if what == "flagged")
    first = sum(n for (_, what), n in culprits.items() if what == "first")
    print(
        f"\n  CULPRIT ACCURACY (the injected figure is the first culprit of the first flagged "
        f"check): {first:,}/{flagged:,} = {_percent(first, flagged)}  (target >= 90 %)"
    )
    for kind in ERROR_KINDS:
        count = culprits[(kind, "flagged")]
        if count:
            print(
                f"    {kind:14} {culprits[(kind, 'first')]:6,}/{count:6,} = "
                f"{_percent(culprits[(kind, 'first')], count)}, "
                f"{_percent(culprits[(kind, 'named')], count)} with a culprit"
            )
    if total["examples"]:
        print("\nEXAMPLES of false findings or errors on consistent articles:")
        for example in total["examples"]:
            print(example, "\n")


def _report_phrasing(counts: Counter[tuple[str, str]], args: argparse.Namespace) -> None:
    """How many figures and claims of the consistent articles used each real-phrasing form,
    and how injected errors in such figures were seen."""
    from factcheck.strategies_phrasing import PHRASING_FORMS

    print(f"\n  real phrasing (issue #13), forms enabled: {', '.join(args.forms) or 'none'}")
    print(
        f"    {'form':18} {'figures':>8} {'claims':>8}   {'injected':>8} {'testable':>8} "
        f"{'seen':>8} {'rate':>9}"
    )
    for form in PHRASING_FORMS:
        testable, seen = counts[(form, "testable")], counts[(form, "seen")]
        print(
            f"    {form:18} {counts[(form, 'figures')]:8,} {counts[(form, 'claims')]:8,}   "
            f"{counts[(form, 'injected')]:8,} {testable:8,} {seen:8,} {_percent(seen, testable):>9}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1))
    parser.add_argument("--seed", type=int, default=20250722)
    parser.add_argument("--articles-per-task", type=int, default=40)
    parser.add_argument("--max-checks", type=int, default=5)
    parser.add_argument("--link", type=int, default=40, help="percent chance of reusing a figure")
    parser.add_argument(
        "--max-component", type=int, default=3, help="at most this many checks linked together"
    )
    parser.add_argument(
        "--snapshot",
        default=None,
        metavar="FILE",
        help="write the summary so far to FILE every few minutes",
    )
    parser.add_argument(
        "--phrasing",
        default="default",
        metavar="FORMS",
        help="real-phrasing forms to write, comma-separated, or 'default' (those the reader "
        "reads right), 'all' or 'none' (python -m factcheck.strategies_phrasing lists them)",
    )
    args = parser.parse_args(argv)
    from factcheck.strategies_phrasing import DEFAULT_PHRASING, PHRASING_FORMS

    named = {"default": sorted(DEFAULT_PHRASING), "all": list(PHRASING_FORMS), "none": []}
    args.forms = named.get(args.phrasing, [f for f in args.phrasing.split(",") if f])
    unknown = set(args.forms) - set(PHRASING_FORMS)
    if unknown:
        parser.error(f"--phrasing: unknown forms {sorted(unknown)}; choose from {PHRASING_FORMS}")
    options = {
        "max_checks": args.max_checks,
        "link": args.link,
        "max_component": args.max_component,
        "phrasing": args.forms,
    }
    total: dict[str, Any] = {
        "claims": 0,
        "clean": Counter(),
        "found": Counter(),
        "injected": Counter(),
        "slips": Counter(),
        "culprits": Counter(),
        "examples": [],
        "notes": Counter(),
        "phrasing": Counter(),
    }
    print(
        f"bench_soundness: {args.claims:,} claims on {args.jobs} processes (seed {args.seed}, "
        f"max {args.max_checks} checks, link {args.link} %, components <= "
        f"{args.max_component}); real phrasing: {', '.join(args.forms) or 'none'}",
        flush=True,
    )
    start = last = snapshot = time.perf_counter()
    next_seed = args.seed
    in_flight: set[Future[dict[str, Any]]] = set()
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        while total["claims"] < args.claims or in_flight:
            while total["claims"] < args.claims and len(in_flight) < 2 * args.jobs:
                in_flight.add(pool.submit(run_task, next_seed, args.articles_per_task, options))
                next_seed += 1
            done, in_flight = wait(in_flight, return_when=FIRST_COMPLETED)
            for future in done:
                _merge(total, future.result())
            now = time.perf_counter()
            if now - last > 15 or not in_flight:
                last = now
                rate = total["claims"] / (now - start)
                left = max(args.claims - total["claims"], 0) / rate if rate else 0
                clean = total["clean"]
                print(
                    f"  {total['claims']:>10,} claims  {rate:7,.0f}/s  ~{left / 60:5.1f} min left"
                    f"  false findings so far: {clean['inconsistent'] + clean['stretched']}",
                    flush=True,
                )
            if args.snapshot and now - snapshot > 300:
                snapshot = now
                with open(args.snapshot, "w", encoding="utf-8") as handle:
                    report(total, now - start, args, handle)
            if total["claims"] >= args.claims:
                for future in in_flight:
                    future.cancel()
                in_flight = {f for f in in_flight if not f.cancelled()}
    report(total, time.perf_counter() - start, args)
    clean = total["clean"]
    return 1 if clean["inconsistent"] + clean["stretched"] else 0


if __name__ == "__main__":
    sys.exit(main())
