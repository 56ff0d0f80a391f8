"""Regular expressions compiled on their first use, for the reader's start-up.

The reader's modules name some forty small patterns at module level.  Compiling them all when
``factcheck read PHRASE`` starts costs about as much as the interpreter's own start-up, and one
phrase uses only some of them.  :func:`lazy_pattern` stands for ``re.compile(source, flags)``:
the pattern is compiled when one of its methods is first looked up, and from then on each
method is the compiled pattern's own (kept on the stand-in), so a call costs what it cost
before.
"""

from __future__ import annotations

__all__ = ["lazy_pattern"]

import re

TYPE_CHECKING = False  # not typing's: the reader starts without importing typing
if TYPE_CHECKING:
    from typing import Any

_KEPT = (
    "match",
    "fullmatch",
    "search",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "pattern",
    "flags",
    "groups",
    "groupindex",
)
"""What the stand-in takes over from the compiled pattern on first use: every public name."""


class _LazyPattern:
    """Stands for the compiled pattern of ``source`` and ``flags``."""

    def __init__(self, source: str, flags: int) -> None:
        self._source = source
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        # Called only for a name not yet kept: compile, keep every method, answer.
        if name.startswith("_"):  # not a pattern's (copy and pickle ask for such names)
            raise AttributeError(name)
        compiled = re.compile(self._source, self._flags)
        for kept in _KEPT:
            self.__dict__[kept] = getattr(compiled, kept)
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return repr(re.compile(self._source, self._flags))


def lazy_pattern(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, compiled on first use (see the module's docstring)."""
    return _LazyPattern(source, flags)  # type: ignore[return-value]  # a stand-in for one
