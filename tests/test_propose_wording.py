"""Links the words make whatever the numbers say: a headline's precise rate and its lead, the
halves of a total named by their words.  Each must survive a changed figure (and then find it
inconsistent) and stay quiet on a correct text."""

from __future__ import annotations

from drafted import audits_ok as _ok
from drafted import valued as _valued

_TURNOUT = (
    "Women lead as the county records 71.38 per cent turnout\n"
    "\n"
    "The final turnout in the county stood at 71.38 per cent, against 68.05 per cent at the "
    "last election. Turnout in the city was 66.20 per cent.\n"
)


def test_a_headline_rate_is_its_lead_rate_even_when_they_differ() -> None:
    """A two-decimal headline rate restates the lead's: equal, they agree; changed in either
    place, the audit fails."""
    assert _valued(_TURNOUT).get("71.38 == 71.38") == "error"
    assert _ok(_TURNOUT)
    assert _valued(_TURNOUT.replace("records 71.38", "records 74.18")).get(
        "74.18 == 71.38"
    ) == "error"
    assert not _ok(_TURNOUT.replace("records 71.38", "records 74.18"))
    assert not _ok(_TURNOUT.replace("stood at 71.38", "stood at 64.24"))


def test_a_headline_rate_written_again_later_is_not_tied_to_the_lead() -> None:
    """When a later sentence writes the headline's rate, the lead's other rate is not its
    restatement; a round headline rate ('about 71 per cent', '71 per cent') is no lead's."""
    later = _TURNOUT.replace("stood at 71.38", "stood at 69.90").replace("was 66.20", "was 71.38")
    assert "71.38 == 69.90" not in _valued(later)
    assert _ok(later)
    for headline in ("records about 71 per cent", "records 71 per cent"):
        text = _TURNOUT.replace("records 71.38 per cent", headline)
        assert not any(c.startswith("71 ==") for c in _valued(text)), headline
