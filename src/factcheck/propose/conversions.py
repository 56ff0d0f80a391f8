"""One quantity written twice, in two units: '13 trillion yuan (about $1.81 trillion)' at
the period's exchange rate, '8,000 sq ft (740 sq metres)' exactly (one dimension)."""

from __future__ import annotations

import re

__all__ = ["_conversion"]

from factcheck.propose.book import is_amount, same_dimension
from factcheck.propose.context import _CONVERSION, _Sentence


def _conversion(state: _Sentence, i: int) -> None:
    """'13 trillion yuan (about $1.81 trillion)': one amount in two currencies; '8,000 sq ft
    (740 sq metres)': one quantity in two units of one dimension."""
    from factcheck.propose.definitions import exchange_rate

    members = state.members
    if i + 1 >= len(members):
        return
    a, b = members[i], members[i + 1]
    if not (is_amount(a) and is_amount(b)) or a.reading.unit == b.reading.unit:
        return
    if not _CONVERSION.match(state.between(a, b)):
        return
    if re.match(r"[^)]{0,30}?\b(?:of\s+(?:it|them|which|whom)|of\s+the\s+total)\b",
                state.text[b.end : b.end + 40]):  # fmt: skip
        return  # "500 acres (100 hectares of it woodland)": a part of it, not it again
    state.book.rename(b, f"{a.name}_{(b.reading.unit or '').lower()}")
    state.aliases.add(b.name)
    # "fell $5 billion (4.6 billion euros)": the restatement is of the change, signed by it
    signed = a.name if a.reading.direction >= 0 or b.reading.direction else f"-{a.name}"
    if same_dimension(a.reading.unit or "", b.reading.unit or ""):
        b.trailing_zeros = "placeholders"  # "500 feet (150 meters)": rounded, as restated
        state.book.propose(
            "equal",
            f"{b.name} == {signed}",
            about=b,
            quote=state.book.passage(a, b),
            why="one quantity written in two units of one dimension: equal, the units converted",
            figures=(a.name, b.name),
            suffix="_conversion",
        )
        return
    rate, certain = exchange_rate(
        state.book, a.reading.unit or "", b.reading.unit or "", at=a.start
    )
    state.book.propose(
        "convert",
        f"convert({b.name}, {rate}) == {signed}",
        about=b,
        quote=state.book.passage(a, b),
        why="one amount written in two currencies, converted at the period's rate",
        figures=(a.name, b.name),
        severity="error" if certain else "warn",
        suffix="_conversion",
    )
