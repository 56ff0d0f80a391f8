"""Shapes of conditions (the same condition with other names, compiled once by the engine)
and the names a parsed condition uses."""

from __future__ import annotations

import re
from typing import Final

from factcheck.expr.nodes import (
    MAX_LENGTH,
    UNIT_WORDS,
    BinOp,
    Call,
    Compare,
    ListArg,
    Name,
    Neg,
    Node,
    Num,
    Pow,
)
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


def names_in(node: Node) -> list[str]:
    """The names a parsed condition mentions (as values, not calls or options), in order."""
    if isinstance(node, Name):
        return [node.id]
    children: tuple[Node, ...]
    if isinstance(node, BinOp | Compare):
        children = (node.left, node.right)
    elif isinstance(node, Neg):
        children = (node.operand,)
    elif isinstance(node, Pow):
        children = (node.base,)
    elif isinstance(node, Call):
        children = (*node.args, *(value for _, value in node.kwargs))
    elif isinstance(node, ListArg):
        children = node.items
    else:
        children = ()
    return [name for child in children for name in names_in(child)]


def derived_name(node: Node) -> str | None:
    """The figure an equality states as the outcome of the others: the name standing alone
    on one side (or times a number: "points * 1 percentage_point") while the other side
    works it out from other names ("growth(a, b) == c", "a + b == total").  ``None`` for an
    order, a chain, two figures compared, or a figure against itself."""
    if not isinstance(node, Compare) or node.op != "==":
        return None
    for alone, other in ((node.right, node.left), (node.left, node.right)):
        name = _lone_name(alone)
        if name is None or _lone_name(other) is not None:
            continue
        if any(n != name for n in names_in(other)):
            # A total is copied from the table its parts are, not worked out by the writer.
            return None if _a_total(other) else name
    return None


def _a_total(node: Node) -> bool:
    """Whether ``node`` adds up parts ("a + b + c", "total([a, b, c])")."""
    if isinstance(node, Call):
        return node.fn == "total"
    if isinstance(node, BinOp) and node.op == "+":
        return all(isinstance(side, Name) or _a_total(side) for side in (node.left, node.right))
    return False


def _lone_name(node: Node) -> str | None:
    if isinstance(node, Name):
        return node.id
    if isinstance(node, BinOp) and node.op in ("*", "/"):
        if isinstance(node.right, Num):
            return _lone_name(node.left)
        if isinstance(node.left, Num) and node.op == "*":
            return _lone_name(node.right)
    return None
