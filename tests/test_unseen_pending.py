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
REASONS = {
    "us-cpi-2023-07": "propose/levels.py _subject_growth: 'rose 0.2% from June and 4.7% from a "
    "year earlier' made two growth rates of one subject from one earlier level",
    "england-covid-admissions": "propose/sums.py: the 'seven' of 'seven-day average' and "
    "'seven days' made addends of the levels of 'from X to Y'",
    "uk-election-2015": "propose/definitions.py: the turnout divides the non-voters, not the "
    "voters, by the electorate",
    "canada-election-2011": "propose/sums.py: the parts of the 308 seats leave out the "
    "Greens' '1 seat' (singular)",
    "south-africa-qlfs-2020-q4": "propose/definitions.py: the unemployment rate's definition "
    "swaps the employed (15 million) and the unemployed (7.2 million)",
    "uk-public-finances-2017-09": "propose/siblings.py: two ratios to GDP (87.2% and 80.0%) "
    "summed as shares of one whole",
    "debt-ratios-2020": "propose/levels.py _share: '205.6% of GDP' proposed as a share, at "
    "most 100 percent (an error, not a warning)",
    "india-fiscal-2018-19": "propose/sums.py: sums fitted from unrelated figures (2.46 + 2.45 "
    "+ 18.22 lakh crore against total spending of 23.11), a near-coincidence flagged",
    "vietnam-exports-2007-10": "propose/levels.py _share: in 'a trade deficit of 10.5 percent "
    "of export revenue, or 10 billion USD' the exports are the part, the 10 billion the whole",
}
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
