"""A turnout, an uptake or a coverage given as its noun's level is at most 100 percent: the
bound survives a changed figure (and then fails it) and stays quiet on a correct text."""

from __future__ import annotations

import pytest

from drafted import audits_ok as _ok
from drafted import valued as _valued

_UPTAKE = (
    "Flu jabs fall behind\n"
    "\n"
    "Uptake of the autumn booster among care home staff in the county was 91 per cent last "
    "winter. Voter turnout stood at 62.4 per cent in the by-election.\n"
)


def test_an_uptake_and_a_turnout_are_at_most_100_percent() -> None:
    """Each rate given as its noun's level gets the bound; the correct text audits clean."""
    found = _valued(_UPTAKE)
    assert found.get("shares_sum ( [ 91 ] )") == "error"
    assert found.get("shares_sum ( [ 62.4 ] )") == "error"
    assert _ok(_UPTAKE)


@pytest.mark.parametrize(("old", "new"), [("was 91 per", "was 113 per"), ("62.4", "124.8")])
def test_a_rate_changed_past_100_percent_fails(old: str, new: str) -> None:
    """Planted above 100 percent, the bound fails the audit."""
    assert not _ok(_UPTAKE.replace(old, new))


@pytest.mark.parametrize(
    "sentence",
    [
        "Turnout was 5 per cent higher than in 2019.",
        "Coverage of the second dose reached 104 per cent of the target.",
        "Turnout growth of 130 per cent surprised the officials.",
        "The participation rate rose 120 percent in a decade.",
        "Turnout in the city, 30 per cent above its average, was high.",
    ],
)
def test_a_change_a_ratio_or_another_clause_gets_no_bound(sentence: str) -> None:
    """A rate that is a change, a ratio 'of' something or not the noun's level in its clause
    gets no bound (these may pass 100 percent)."""
    assert not any(
        key.startswith("shares_sum") and "[ " in key and "," not in key for key in _valued(sentence)
    )
    assert _ok(sentence)
