"""How well does the reader read real prose?  ``python benchmarks/bench_corpus.py``

Reads every mention of the real-prose corpus (tests/corpus/, its rules in
tests/corpus/README.md) and prints the accuracy per form tag, then every misread mention with
what went wrong.  ``--quiet`` prints the table only.  The corpus is the reader's
specification: the target is 100 % on every form.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "corpus"))

import corpus_spec

from factcheck import ReadingPolicy, read
from factcheck.errors import ReadingError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quiet", action="store_true", help="the table only")
    args = parser.parse_args(argv)
    mentions = list(corpus_spec.mentions())
    total: Counter[str] = Counter()
    right: Counter[str] = Counter()
    misread: list[tuple[corpus_spec.Mention, list[str]]] = []
    for mention in mentions:
        problems = corpus_spec.differences(mention, read, ReadingPolicy, ReadingError)
        for form in ("all", *mention.forms):
            total[form] += 1
            right[form] += not problems
        if problems:
            misread.append((mention, problems))
    sources = {m.source for m in mentions}
    print(f"corpus: {len(mentions)} mentions from {len(sources)} sources")
    print(f"{'form':18} {'read right':>12} {'of':>5} {'accuracy':>9}")
    for form in sorted(total, key=lambda f: (f != "all", f)):
        print(f"{form:18} {right[form]:12d} {total[form]:5d} {right[form] / total[form]:9.1%}")
    if not args.quiet:
        for mention, problems in misread:
            print(f"\n{mention.id}: {mention.phrase!r}")
            for problem in problems:
                print(f"  {problem}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
