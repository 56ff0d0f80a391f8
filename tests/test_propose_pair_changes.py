"""A change beside the two levels it joins, with its rate (propose/pair_changes.py): "widened
to $68.2 billion from $63.1 billion, an increase of $5.1 billion or 8.1 percent", and a rate,
the level it grew to and the change ("grew by 1.2% to 8.4 million, an increase of about
100,000").  Sentences invented in the forms of real releases (met in tests/unseen:
precious-metals-2008-2025, council-tax-england-2022-2025, ofgem-price-cap-2024-2025,
smmt-cars-2005-2018); each rate worked out by hand."""

from __future__ import annotations

import pytest

from factcheck.draft import draft, draft_book
from factcheck.engine import audit
from factcheck.files import parse_claims


def _text(sentence: str) -> str:
    return f"News\n\n{sentence}\n"


def _conditions(sentence: str) -> list[str]:
    return [c.condition for c in draft_book(_text(sentence)).checks]


def _flags(sentence: str) -> list[str]:
    report = audit(parse_claims(draft(_text(sentence), schema=""), "<t>").article)
    return [v.check.id for v in report.verdicts if v.grade in ("inconsistent", "stretched")]


def _growth_of_stated_levels(sentence: str) -> list[str]:
    return [c for c in _conditions(sentence) if c.startswith("growth(") and "_previous" not in c]


@pytest.mark.parametrize(
    "sentence",
    [
        # 68.2 / 63.1 = 1.0808; 68.2 - 63.1 = 5.1
        "The trade deficit widened to $68.2 billion from $63.1 billion, an increase of $5.1 "
        "billion or 8.1 percent.",
        # 63.1 / 68.2 = 0.9252
        "The deficit narrowed from $68.2 billion to $63.1 billion, a decrease of $5.1 billion "
        "or 7.5 percent.",
        # 30.63 / 16.99 = 1.8028
        "Silver went from $16.99 to $30.63, up $13.64 or 80.28%.",
        # 8.4 / 8.3 = 1.0120
        "The population grew by 1.2% to 8.4 million, an increase of about 100,000.",
        # 9,700 / 10,000 = 0.97
        "Sales fell 3% to 9,700 units, a drop of 300 units.",
        # 696,740 / 658,059 = 1.0588
        "Registrations had risen 5.9 per cent to 696,740, an increase of 38,681 cars.",
    ],
)
def test_a_rate_beside_a_change_and_its_levels_is_checked_and_holds(sentence: str) -> None:
    assert len(_growth_of_stated_levels(sentence)) >= 1
    assert _flags(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # the rate: 8.1 %, not 9.1
        "The trade deficit widened to $68.2 billion from $63.1 billion, an increase of $5.1 "
        "billion or 9.1 percent.",
        # the change: 5.1, not 6.1
        "The trade deficit widened to $68.2 billion from $63.1 billion, an increase of $6.1 "
        "billion or 8.1 percent.",
        # -7.5 %, not -9.5
        "The deficit narrowed from $68.2 billion to $63.1 billion, a decrease of $5.1 billion "
        "or 9.5 percent.",
        # 300,000 on 8.1 million is 3.7 %
        "The population grew by 1.2% to 8.4 million, an increase of about 300,000.",
        # 300 on 10,000 is 3 %, not 6
        "Sales fell 6% to 9,700 units, a drop of 300 units.",
    ],
)
def test_a_rate_or_change_the_levels_do_not_bear_out_is_flagged(sentence: str) -> None:
    assert _flags(sentence) != []


@pytest.mark.parametrize(
    "sentence",
    [
        # the change is of another period than the levels
        "The deficit widened to $68.2 billion from $63.1 billion a year earlier, an increase "
        "of $1.1 billion on the month or 1.6 percent.",
        # the change is another quantity's
        "Exports rose to $45.6 billion from $42.2 billion, while imports were up $2.1 billion "
        "or 3.2 percent.",
        # a rate after a change with no levels before it
        "Imports were up $2.1 billion or 3.2 percent.",
    ],
)
def test_no_growth_of_the_levels_where_the_change_is_not_between_them(sentence: str) -> None:
    assert _growth_of_stated_levels(sentence) == []
    assert _flags(sentence) == []
