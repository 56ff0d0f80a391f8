"""Shares "of China's total foreign trade" and "of China's total trade" in one paragraph are
shares of one whole (a country's trade is all foreign trade), not of two unknowns: so the two
shares must agree with one total.  "Of low-carbon generation" stays a kind of generation
(tests/test_propose_review_round9.py).  13.0 / 0.597 is 21.78 trillion, and 8.79 of that is
40.4 percent, worked out by hand."""

from __future__ import annotations

import pytest

from factcheck.draft import draft
from factcheck.engine import audit
from factcheck.files import parse_claims

TEXT = (
    "Trade report\n\nExports of 13.0 trillion yuan made up 59.7 percent of China's total "
    "foreign trade. Imports of 8.79 trillion yuan made up {share} percent of China's total "
    "trade.\n"
)


def _flags(text: str) -> list[str]:
    report = audit(parse_claims(draft(text, schema=""), "<t>").article)
    return [v.check.id for v in report.verdicts if v.grade in ("inconsistent", "stretched")]


@pytest.mark.parametrize(("share", "holds"), [("40.4", True), ("50.3", False)])
def test_shares_of_total_trade_and_total_foreign_trade_are_of_one_whole(
    share: str, holds: bool
) -> None:
    assert (_flags(TEXT.format(share=share)) == []) is holds
