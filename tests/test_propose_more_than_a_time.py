"""'89 points from 38 matches, 12 more than last season, winning 28, ...': a change 'more than'
a time is measured against that time's unstated level; the number after a comma and a
clause of its own ('winning 28') is no base for it.  Before, '38 - 28 == 12' was drafted and
flagged on a correct sentence."""

from __future__ import annotations

import pytest

from drafted import flags


@pytest.mark.parametrize(
    "sentence",
    [
        "The club finished with 89 points from 38 matches, 12 more than last season, winning"
        " 28, drawing five and losing five.",
        "Exports reached 4,210 tonnes, 340 more than a year earlier, including 1,120 to Japan.",
        "The firm hired 1,450 staff, 210 more than in 2023, with 380 in its new plant.",
    ],
)
def test_a_change_more_than_a_time_takes_no_later_number_for_its_base(sentence: str) -> None:
    assert flags(sentence) == []


def test_a_change_more_than_a_stated_level_is_still_checked() -> None:
    assert flags("The club finished with 89 points, 12 more than the 77 it won last season.") == []
    assert flags("The club finished with 89 points, 12 more than the 79 it won last season.") != []
