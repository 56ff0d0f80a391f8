"""Shapes of conditions: the same condition with other names, compiled once by the engine."""

from __future__ import annotations

import re
from typing import Final

from factcheck.expr.nodes import MAX_LENGTH, UNIT_WORDS
from factcheck.expr.parser import _PIECE

# -- shapes -------------------------------------------------------------------------------------
#
# Many checks of an article are one condition with other names: "share(a1, b1) == c1",
# "share(a2, b2) == c2".  The parser's every decision rests on the kinds of the tokens and the
# text of all but the names it takes as values (a name before "(" is a call, before "=" a
# keyword, after a number a unit, and a few words are refused), so two conditions with the same
# shape parse to the same tree with those names swapped.  The engine compiles a shape once.

_STRUCTURAL: Final = frozenset(
    {*UNIT_WORDS, "true", "false", "lambda", "import", "__import__", "exec", "eval"}
)


def shape(text: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The shape of a condition and the names it takes as values, in order of first
    appearance; ``None`` when the shape is not plain (an unexpected character, a typeset
    operator, a condition over the length limit), for :func:`parse_condition` to judge.

    In the shape each value name is replaced by the index of its first appearance, so
    "a / (a + b)" and "x / (x + y)" have one shape and "a / (b + c)" another.  Two conditions
    of one shape parse to trees that differ only in those names and in positions.
    """
    if len(text) > MAX_LENGTH:
        return None
    tokens = _PIECE.findall(text)
    if sum(map(len, tokens)) != len(text):
        return None
    key: list[str] = []
    names: list[str] = []
    slots: dict[str, str] = {}
    last = len(tokens) - 1
    for index, token in enumerate(tokens):
        first = token[0]
        if first.isspace():
            continue
        if first.isalpha() or first == "_":
            following = index + 1
            while following <= last and tokens[following][0].isspace():
                following += 1
            after = tokens[following] if following <= last else ""
            if token not in _STRUCTURAL and after not in ("(", "="):
                slot = slots.get(token)
                if slot is None:
                    slot = slots[token] = f"\0{len(names)}"
                    names.append(token)
                key.append(slot)
                continue
        key.append(token)
    return tuple(key), tuple(names)


_VALUE_NAME: Final = re.compile(
    r"(?<![A-Za-z0-9_])([A-Za-z_][A-Za-z0-9_]*)(?![A-Za-z0-9_]| *\(| *=(?!=))"
)
"""A name that :func:`shape` takes as a value: not part of a longer word or number, not
before "(" (a call) or a lone "=" (a keyword)."""
_SKELETON_CHARS: Final = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_ .()+-*/^<>=,%[]\0"
)
_SKELETONS: dict[str, tuple[str, ...] | None] = {}
_SKELETONS_LIMIT: Final = 4096


def quick_shape(text: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """:func:`shape`, faster for a condition like one seen before.

    The condition with its value names cut out (its skeleton) is looked up: when an earlier
    condition had the same skeleton, plain characters only and distinct names, none a
    structural word, its shape is this one's with these names.  Otherwise :func:`shape`
    answers (tests/test_int_lane.py compares the two)."""
    parts = _VALUE_NAME.split(text)
    names = parts[1::2]
    distinct = len(set(names)) == len(names) and _STRUCTURAL.isdisjoint(names)
    if not distinct or len(text) > MAX_LENGTH or "\0" in text:
        return shape(text)
    skeleton = "\0".join(parts[0::2])
    key = _SKELETONS.get(skeleton, _NO_SKELETON)
    if key is _NO_SKELETON:
        key = None
        if _SKELETON_CHARS.issuperset(skeleton):
            found = shape(text)
            if found is not None and list(found[1]) == names:
                key = found[0]
        if len(_SKELETONS) < _SKELETONS_LIMIT:
            _SKELETONS[skeleton] = key
    if key is None:
        return shape(text)
    return key, tuple(names)


_NO_SKELETON: Final = ("",)
