"""The real-prose corpus (tests/corpus/) is the reader's specification: every entry, read as
its hand-written expectation says.  See tests/corpus/README.md for the format and the rules."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

from factcheck import ReadingPolicy, read
from factcheck.errors import ReadingError

sys.path.insert(0, str(Path(__file__).parent / "corpus"))
import corpus_spec

MENTIONS = tuple(corpus_spec.mentions())


@pytest.mark.parametrize("mention", MENTIONS, ids=[m.id for m in MENTIONS])
def test_mention_is_read_as_written(mention: corpus_spec.Mention) -> None:
    problems = corpus_spec.differences(mention, read, ReadingPolicy, ReadingError)
    assert not problems, f"{mention.phrase!r} ({mention.url}):\n  " + "\n  ".join(problems)


def test_the_corpus_is_large_and_varied() -> None:
    sources = {m.source for m in MENTIONS}
    assert len(MENTIONS) >= 400, len(MENTIONS)
    assert len(sources) >= 40, len(sources)


@pytest.mark.parametrize(
    "form",
    sorted(
        {
            "change-and-level", "range", "up-to", "words", "hedged-round", "round-count",
            "points-in-words", "direction", "direction-carry", "not-a-figure", "number-form",
            "scraped",
        }
    ),
)  # fmt: skip
def test_every_form_has_at_least_three_real_examples(form: str) -> None:
    counts = Counter(f for m in MENTIONS for f in m.forms)
    assert counts[form] >= 3, f"{form}: {counts[form]} example(s)"


def test_the_spec_parser_reads_intervals_as_written() -> None:
    # The comparison is only as good as its parser of the expectations: pin it by hand.
    b = corpus_spec.parse_interval("(-inf, 2.5]")
    assert (b.lo, b.hi, b.lo_closed, b.hi_closed) == (None, corpus_spec.Fraction(5, 2), False, True)
    b = corpus_spec.parse_interval("[0.65, 41/60)")
    assert (b.lo, b.hi, b.lo_closed, b.hi_closed) == (
        corpus_spec.Fraction(13, 20), corpus_spec.Fraction(41, 60), True, False
    )  # fmt: skip
    assert str(corpus_spec.parse_interval("[-7.5, -4.5]")) == "[-7.5, -4.5]"
    with pytest.raises(ValueError, match="not an interval"):
        corpus_spec.parse_interval("[1; 2]")
