"""Scores: the two sides of a vote, each glossed by its share ('54,629 (74.3 per cent) to
18,931 (25.7 per cent)').  The sides of one score are of one whole, their own sum; the scores
of one sentence are of as many wholes; and the first side's share is no change 'to' the second.
Used by :mod:`factcheck.propose.context` to choose the whole of a share."""

from __future__ import annotations

__all__ = ["in_score", "score_label", "score_side"]

import re
from typing import Final

from factcheck.propose.sentences import Mention

_RATE_BRACKET: Final = r"\(\s*\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)\s*\)"
_SCORE_PAIR: Final = re.compile(
    rf"\d[\d,.]*\s*(?:[^\W\d]+\s+)?{_RATE_BRACKET}\s*to\s+[$£€¥₹]?\s?\d[\d,.]*\s*"
    rf"(?:[^\W\d]+\s+)?{_RATE_BRACKET}",
    re.I,
)
"""One side of a vote, its share, 'to' the other and its share: '54,629 (74.3 per cent) to
18,931 (25.7 per cent)'."""

_SCORE_AFTER: Final = re.compile(
    r"\s*\)\s*to\s+[$£€¥₹]?\s?\d[\d,.]*\s*(?:[^\W\d]+\s+)?" + _RATE_BRACKET,
    re.I,
)
"""What follows the first side's share: ') to 18,931 (25.7 per cent)'."""

_CHANGE_VERB: Final = re.compile(
    r"\b(?:rose|risen|fell|fallen|increased|decreased|grew|grown|climbed|dropped|declined|"
    r"jumped|gained|up|down)\b",
    re.I,
)


def _scores(text: str, sentence: tuple[int, int]) -> list[tuple[int, int]]:
    return [m.span() for m in _SCORE_PAIR.finditer(text, *sentence)]


def in_score(text: str, part: Mention) -> bool:
    """Whether ``part`` is one side of a score ('27,329 votes (50.08%) to 27,243 (49.92%)'):
    its whole is the two sides, no other figure nearby fitted by its arithmetic."""
    return any(a <= part.start < b for a, b in _scores(text, part.sentence))


def score_label(text: str, part: Mention) -> str:
    """'In Wicklow the count was 54,629 (74.3 per cent) to 18,931 (25.7 per cent), in Kildare
    North 40,058 (73.6 per cent) to 14,399 (26.4 per cent)': of a sentence with two scores or
    more, the one a part stands in, each of its own whole ('' when the sentence has one)."""
    pairs = _scores(text, part.sentence)
    if len(pairs) < 2:
        return ""
    return next((f"score {k}" for k, (a, b) in enumerate(pairs) if a <= part.start < b), "")


def score_side(text: str, rate: Mention) -> bool:
    """Whether a bracketed rate is the first side's share of a score ('54,629 (74.3 per cent)
    to 18,931 (25.7 per cent)') in a clause that names no change."""
    clause = text[rate.sentence[0] : rate.start].rsplit(";", 1)[-1]
    return _SCORE_AFTER.match(text, rate.end) is not None and not _CHANGE_VERB.search(clause)
