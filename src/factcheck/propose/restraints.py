"""Small tests of wording that keep a rule from drafting a check the words do not make.

Each is a predicate over the text and a mention, used by the rules that would otherwise
take a figure for a part or a whole it is not:

- a count written "all 296" (or "all the 296") names a whole set, not a part a gloss after
  it restates ("scored 80095 of the 258229 runs made by all 296, or 31.02%": the share is
  not of the 296);
- a figure of an earlier paragraph is not the count a share of this one is of ("71 players"
  in one paragraph, "a club that 2.4% of players have joined" in the next).
"""

from __future__ import annotations

__all__ = ["names_all", "paragraphs_apart"]

import re
from typing import Final

from factcheck.propose.sentences import Mention

_ALL_BEFORE: Final = re.compile(r"\ball\s+(?:of\s+)?(?:the\s+|these\s+|those\s+)?$", re.I)
_PARAGRAPH_BREAK: Final = re.compile(r"\n[ \t]*\n")


def names_all(text: str, m: Mention) -> bool:
    """Whether ``m`` is written as the whole of a set: 'all 296', 'all of the 517'."""
    return _ALL_BEFORE.search(text, max(0, m.start - 20), m.start) is not None


def paragraphs_apart(text: str, earlier: Mention, later: Mention) -> bool:
    """Whether a blank line (a new paragraph) lies between ``earlier`` and ``later``."""
    return _PARAGRAPH_BREAK.search(text, earlier.end, later.start) is not None
