"""Nets and totals of two flows by definition: net migration is immigration less emigration,
total trade exports plus imports; proposed from one paragraph's words, never across a change's
earlier level, a partner named for one flow, or another period."""

from __future__ import annotations

from factcheck.draft import draft, draft_book
from factcheck.engine import audit
from factcheck.files import parse_claims


def _flows(text: str) -> list[str]:
    """The flow proposals, each figure's name replaced by the value it quotes."""
    book = draft_book(text)
    values = {m.name: m.reading.value for m in book.mentions}
    return [
        " ".join(values.get(w, w) for w in c.condition.split())
        for c in book.checks
        if c.id.endswith("_flows")
    ]


def _grades(text: str) -> set[str]:
    report = audit(parse_claims(draft(text, schema=""), "<t>").article)
    return {str(v.grade) for v in report.verdicts}


def test_net_migration_is_arrivals_less_departures() -> None:
    """'1.2 million arrived ..., while 414,000 left, so net migration was 728,000': 1.2
    million less 414,000 is at least 736,000, so 728,000 is flagged."""
    text = (
        "Migration\n\nIn the year to June, an estimated 1.2 million people arrived to live in "
        "Ruritania, while 414,000 left, so net migration was 728,000.\n"
    )
    assert _flows(text) == ["1.2 - 414,000 == 728,000"]
    assert _grades(text) & {"inconsistent", "stretched"}
    right = text.replace("728,000", "786,000")
    assert not _grades(right) & {"inconsistent", "stretched"}


def test_net_migration_of_two_sentences_side_by_side() -> None:
    """Immigration and emigration in one sentence, net migration in the next."""
    text = (
        "Migration\n\nImmigration was 497,000 and emigration 321,000. Net migration was 176,000.\n"
    )
    assert _flows(text) == ["497,000 - 321,000 == 176,000"]


def test_the_level_a_change_started_from_is_no_flow() -> None:
    """'Immigration fell from 566,000 to 497,000': 566,000 is last year's, not this year's."""
    text = (
        "Migration\n\nNet migration had stood at 153,000. Immigration fell from 566,000 to "
        "497,000, and emigration from 351,000 to 321,000.\n"
    )
    assert _flows(text) == []


def test_total_trade_is_exports_plus_imports() -> None:
    """'total trade was USD 1.749 trillion, with exports of USD 958.34 billion and imports of
    USD 827.87 billion': the flows make 1,786.21 billion, so the total is flagged."""
    text = (
        "Trade\n\nRuritania's total trade from January to May was USD 1.749 trillion, with "
        "exports of USD 958.34 billion and imports of USD 827.87 billion.\n"
    )
    assert _flows(text) == ["958.34 + 827.87 == 1.749"]
    assert "inconsistent" in _grades(text)


def test_one_partners_flow_is_no_part_of_the_total() -> None:
    """'exports to Freedonia' are one partner's: no total of all trade."""
    text = (
        "Trade\n\nRuritania's total trade was $900 billion; its exports to Freedonia were "
        "$120 billion and imports $600 billion.\n"
    )
    assert _flows(text) == []


def test_a_trade_balance_is_no_total() -> None:
    """'the foreign trade surplus' is a balance, not the total of the flows."""
    text = (
        "Trade\n\nThe foreign trade surplus was $40 billion, with exports of $100 billion and "
        "imports of $60 billion.\n"
    )
    assert _flows(text) == []
