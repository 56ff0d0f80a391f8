"""Real texts on which ``factcheck check`` still makes a false finding: expected failures.

Each text under tests/unseen/pending/ is a correct publication (tests/unseen/SOURCES.md gives
its source and what is proposed wrongly).  The cause of each finding lies in a proposal of
:mod:`factcheck.propose`, not in the reading or the audit, so the test is a strict expected
failure: when the proposer is fixed it passes, strict xfail turns that into a failure, and the
text moves up to tests/unseen/, where tests/test_unseen.py keeps it clean.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from factcheck.cli import main

PENDING = Path(__file__).resolve().parent / "unseen" / "pending"

# Each text, with the proposal that makes the false finding (see tests/unseen/SOURCES.md).
REASONS: dict[str, str] = {}
"""None waits now: the last, eu-budget-2014-2027 (ratios to the GNI of two periods made ratios
to one), was fixed in round seven and moved up."""
TEXTS = sorted(PENDING.glob("*.txt"))


def test_every_pending_text_has_its_reason() -> None:
    assert sorted(REASONS) == [path.stem for path in TEXTS]


def flagged(text: Path) -> list[str]:
    out = io.StringIO()
    main(["check", str(text), "--format", "json"], out=out)
    data = json.loads(out.getvalue())
    return [
        f"{check['id']}: {check['verdict']} ({check['condition']})"
        for check in data["checks"]
        if check["verdict"] in ("inconsistent", "stretched")
    ]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            path,
            marks=pytest.mark.xfail(
                strict=True, raises=AssertionError, reason=REASONS.get(path.stem, "")
            ),
        )
        for path in TEXTS
    ],
    ids=[path.stem for path in TEXTS],
)
def test_check_flags_nothing_in_a_correct_text(text: Path) -> None:
    assert flagged(text) == []
