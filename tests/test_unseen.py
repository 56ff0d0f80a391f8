"""``factcheck check`` on real texts its rules were not written from: nothing is flagged.

Every text under tests/unseen/ is a correct publication (tests/unseen/SOURCES.md says where
each comes from), picked after the proposer's rules were written.  A check the proposer makes
of one of them, audited, may hold or be uncheckable; a finding, even one made only as a
warning, would tell a reader that a correct text is wrong.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from factcheck.cli import main

UNSEEN = Path(__file__).resolve().parent / "unseen"
TEXTS = sorted(UNSEEN.glob("*.txt"))


def test_there_are_texts() -> None:
    assert len(TEXTS) >= 20


@pytest.mark.parametrize("text", TEXTS, ids=[path.stem for path in TEXTS])
def test_check_flags_nothing_in_a_correct_text(text: Path) -> None:
    out = io.StringIO()
    code = main(["check", str(text), "--format", "json"], out=out)
    data = json.loads(out.getvalue())
    flagged = [
        f"{check['id']}: {check['verdict']} ({check['condition']})"
        for check in data["checks"]
        if check["verdict"] in ("inconsistent", "stretched")
    ]
    assert flagged == []
    assert code == 0
