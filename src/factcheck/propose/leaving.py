"""A share and the rest it leaves: "63% agreed, which leaves 37% who disagreed", "Only 30% of
staff were vaccinated, leaving 70% who were not".

"Leaving Q% who ..." names the rest of the whole the share before it is of: together they
are the whole, 100 percent (each within its rounding).  Only one share may stand before
it, right before, with words alone between (two shares before may overlap: "40% own a car
and 30% a bike, leaving 45% who own neither"); the rest must follow "leaving", "leaves" or
"which leaves" at once, and be told of people or things that do or are something ('who',
'that', 'undecided', 'opposed').  A warning, since the words tie the two.
"""

from __future__ import annotations

__all__ = ["share_and_rest"]

import re
from typing import Final

from factcheck.propose.book import is_rate
from factcheck.propose.context import _Sentence
from factcheck.propose.naming import growth_like
from factcheck.propose.sentences import Mention

_LEAVES: Final = re.compile(
    r"\b(?:leaving|leaves|left)\s+(?:just|only|about|some|a\s+mere|the\s+other|the\s+"
    r"remaining)?\s*$",
    re.IGNORECASE,
)
_REST_IS: Final = re.compile(
    r"\s+(?:[^\W\d_]+\s+){0,1}?(?:who|that|which|undecided|unsure|opposed|against)\b",
    re.IGNORECASE,
)
_JOIN: Final = re.compile(r"^[^\d;:()]{0,80}$")


def _share(text: str, m: Mention) -> bool:
    return is_rate(m) and not m.reading.direction and not growth_like(text, m)


def share_and_rest(state: _Sentence, i: int) -> None:
    """Propose that a share and the rest it leaves make 100 percent."""
    members, text = state.members, state.text
    rest = members[i]
    if i < 1 or not _share(text, rest):
        return
    share = members[i - 1]
    if not _share(text, share) or (i >= 2 and is_rate(members[i - 2])):
        return
    between = state.between(share, rest)
    if not _JOIN.match(between) or not _LEAVES.search(between):
        return
    if not _REST_IS.match(text, rest.end):
        return
    state.book.propose(
        "equal",
        f"{share.name} + {rest.name} == 100 percent",
        about=rest,
        quote=state.book.passage(share, rest),
        why="a share and the rest it leaves: together the whole",
        figures=(share.name, rest.name),
        severity="warn",
        suffix="_rest",
    )
