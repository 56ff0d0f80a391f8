"""How often the first culprit is the injected figure, and how often it could be.

    python benchmarks/bench_culprits.py                  # 3,000 generated articles
    python benchmarks/bench_culprits.py --articles 500   # a quick look

The soundness benchmark (``bench_soundness.py``) prints CULPRIT ACCURACY: the share of flagged
injections whose first culprit is the injected figure.  Part of what it misses, no ranking can
find: "336 billion" over "238 million" is mended as well by either scale word, and "312 + 297 +
41 = 653" by any one count off by three.  This benchmark measures how much, with an oracle that
knows what the ranking cannot, the KIND of error injected, and that tries it in reverse on
every figure of the changed article: each figure is written again with the same kind of slip
(the last digit shifted by 1..5 units either way, the scale word moved to either neighbour,
the direction word reversed, percent and percentage points swapped) and the article audited
whole.  A figure EXPLAINS the article when one such rewrite leaves no check flagged; its weight
is the number of rewrites that do (the injector draws each with the same chance).

For each flagged injection it prints, per kind:

- first:      the first culprit is the injected figure (the soundness benchmark's rate);
- tie-aware:  the first culprit explains the article at least as well as the injected figure
              (the ranking chose an explanation the article cannot tell from the truth);
- oracle:     how often an oracle picking a figure of the largest weight would be right
              (ties split), and the mean posterior of its pick: what a ranking that knows the
              kind, and nothing else, can reach.

"Parts exceed their whole" is left out of the oracle: a part raised to any value is no slip
that can be written again.  The oracle re-audits the article once per rewrite, so this runs at
a fraction of the soundness benchmark's speed.
"""

from __future__ import annotations

import argparse
import random
import time
from collections import Counter
from collections.abc import Iterator
from fractions import Fraction
from typing import Any

FLAGGED = ("inconsistent", "stretched")
SCALES = ("thousand", "million", "billion", "trillion")
ORACLE_KINDS = ("shift", "percent_pp", "growth_sign", "scale")


def _clean(gen: Any) -> bool:
    from factcheck.engine import audit

    report = audit(gen.article)
    return not report.errors and not any(v.grade in FLAGGED for v in report.verdicts)


def _rewrites(gen: Any, kind: str, name: str) -> Iterator[Any]:
    """The article with figure ``name`` written again with one slip of ``kind``."""
    import attrs

    from factcheck.strategies import flip_growth_sign, shift_figure, swap_percent_points

    figure = gen.figure(name)
    if kind == "shift":
        for k in range(1, 6):
            for sign in (1, -1):
                found = shift_figure(gen, name, sign * k)
                if found is not None:
                    yield found.article
    elif kind == "growth_sign":
        found = flip_growth_sign(gen, name)
        if found is not None:
            yield found.article
    elif kind == "percent_pp":
        # the injector swaps only a figure a check compares its relation with
        if any(check.result == name for check in gen.checks):
            found = swap_percent_points(gen, name)
            if found is not None:
                yield found.article
    elif kind == "scale" and figure.phrase.scale in SCALES:
        at = SCALES.index(figure.phrase.scale)
        for other in (at - 1, at + 1):
            if 0 <= other < len(SCALES):
                phrase = attrs.evolve(figure.phrase, scale=SCALES[other])
                yield gen.replace(attrs.evolve(figure, phrase=phrase))


def run(articles: int, seed: int, max_checks: int, link: int, component: int) -> Counter[Any]:
    from factcheck.engine import audit
    from factcheck.strategies import ERROR_KINDS, how_testable, random_article, random_injection
    from factcheck.strategies_phrasing import PHRASING_FORMS

    rnd = random.Random(seed)
    counts: Counter[Any] = Counter()
    for _ in range(articles):
        gen = random_article(
            rnd,
            min_checks=1,
            max_checks=max_checks,
            link=link,
            max_component=component,
            phrasing=PHRASING_FORMS,
        )
        for kind in ERROR_KINDS:
            injection = random_injection(gen, kind, rnd)
            if injection is None:
                continue
            verdicts = {v.check.id: v for v in audit(injection.article.article).verdicts}
            flagged = [
                verdicts[check_id]
                for check_id in how_testable(injection)
                if check_id in verdicts and verdicts[check_id].grade in FLAGGED
            ]
            if not flagged:
                continue
            culprits = flagged[0].culprits
            first = culprits[0].figure if culprits else None
            counts[kind, "flagged"] += 1
            counts[kind, "first"] += first == injection.figure
            if kind not in ORACLE_KINDS:
                continue
            changed = injection.article
            names = sorted({n for check in changed.checks for n in check.names})
            declared = {figure.name for figure in changed.figures}
            weight = {
                name: sum(_clean(alt) for alt in _rewrites(changed, kind, name))
                for name in names
                if name in declared
            }
            mine = weight.get(injection.figure, 0)
            best = max(weight.values(), default=0)
            counts[kind, "oracle_blind"] += mine == 0
            counts[kind, "tie_aware"] += first == injection.figure or (
                first is not None and weight.get(first, 0) >= max(mine, 1)
            )
            if mine:
                picks = [name for name, w in weight.items() if w == best]
                counts[kind, "oracle"] += Fraction(int(injection.figure in picks), len(picks))
                counts[kind, "posterior"] += Fraction(best, sum(weight.values()))
    return counts


def _percent(part: Any, whole: int) -> str:
    return f"{100 * float(part) / whole:5.1f} %" if whole else "  n/a"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=20250722)
    parser.add_argument("--max-checks", type=int, default=5)
    parser.add_argument("--link", type=int, default=40)
    parser.add_argument("--max-component", type=int, default=3)
    args = parser.parse_args(argv)
    from factcheck.strategies import ERROR_KINDS

    start = time.perf_counter()
    counts = run(args.articles, args.seed, args.max_checks, args.link, args.max_component)
    print(
        f"bench_culprits: {args.articles:,} articles (seed {args.seed}, max {args.max_checks} "
        f"checks, link {args.link} %, components <= {args.max_component}, all phrasings) "
        f"in {time.perf_counter() - start:,.0f} s\n"
    )
    print(
        f"  {'error':13} {'flagged':>8} {'first':>8} {'tie-aware':>10} {'oracle':>8} "
        f"{'posterior':>10} {'oracle blind':>13}"
    )
    total = Counter[str]()
    for kind in ERROR_KINDS:
        n = counts[kind, "flagged"]
        if not n:
            continue
        total["flagged"] += n
        total["first"] += counts[kind, "first"]
        if kind in ORACLE_KINDS:
            oracle = [
                _percent(counts[kind, key], n) for key in ("tie_aware", "oracle", "posterior")
            ]
            blind = f"{counts[kind, 'oracle_blind']:,}"
        else:
            oracle, blind = ["  n/a  "] * 3, "-"
        print(
            f"  {kind:13} {n:8,} {_percent(counts[kind, 'first'], n):>8} {oracle[0]:>10} "
            f"{oracle[1]:>8} {oracle[2]:>10} {blind:>13}"
        )
    print(
        f"\n  CULPRIT ACCURACY, all kinds: {_percent(total['first'], total['flagged'])} of "
        f"{total['flagged']:,} flagged injections (target >= 90 %)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
