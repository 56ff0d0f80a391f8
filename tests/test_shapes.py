"""Conditions of one shape parse alike: the engine compiles a shape once and reuses it.

The property: renaming the value names of a condition (consistently, to names that are not
units, keywords or calls) keeps its :func:`~factcheck.expr.shape`, and the renamed condition
parses to the same tree with the names swapped, or fails for the same reason.
"""

from __future__ import annotations

from dataclasses import fields, is_dataclass, replace

from hypothesis import example, given, settings
from hypothesis import strategies as st

from factcheck import expr

NAMES = st.sampled_from(["a", "b", "c", "x1", "total_2024", "pp", "percent", "true", "share"])
UNITS = st.sampled_from(["", " pp", " percent", "%", " trillion CNY", " yuan"])
SPACE = st.sampled_from(["", " ", "  "])


def _number(draw: st.DrawFn) -> str:
    return draw(st.sampled_from(["0", "3", "1.9", "64.1", "100"])) + draw(UNITS)


@st.composite
def expressions(draw: st.DrawFn, depth: int = 0) -> str:
    choice = draw(st.integers(0, 6 if depth < 3 else 1))
    sp = draw(SPACE)
    if choice == 0:
        return draw(NAMES)
    if choice == 1:
        return _number(draw)
    if choice in (2, 3):
        op = draw(st.sampled_from(["+", "-", "*", "/", "^"]))
        right = "2" if op == "^" else draw(expressions(depth + 1))
        return f"{draw(expressions(depth + 1))}{sp}{op}{sp}{right}"
    if choice == 4:
        return f"({draw(expressions(depth + 1))})"
    if choice == 5:
        return f"-{draw(expressions(depth + 1))}"
    fn = draw(st.sampled_from(["share", "growth", "gap", "parts_within", "nosuch"]))
    args = draw(st.lists(expressions(depth + 1), min_size=0, max_size=3))
    if draw(st.booleans()):
        args.append(f"[{', '.join(draw(st.lists(NAMES, min_size=1, max_size=3)))}]")
    if draw(st.booleans()):
        args.append(draw(st.sampled_from(["exhaustive=true", "'Guangdong'", "order='largest'"])))
    return f"{fn}({f',{sp}'.join(args)})"


@st.composite
def conditions(draw: st.DrawFn) -> str:
    left = draw(expressions())
    if draw(st.integers(0, 4)) == 0:
        return left  # a predicate call, or an error
    op = draw(st.sampled_from(["==", "<", "<=", ">", ">=", "="]))
    sp = draw(SPACE)
    return f"{left}{sp}{op}{sp}{draw(expressions())}"


def _renamed(text: str, names: tuple[str, ...], fresh: list[str]) -> str:
    """``text`` with each value name replaced, token by token (never inside a longer name)."""
    mapping = dict(zip(names, fresh, strict=True))
    value_tokens = set(names)
    out = []
    pieces = expr._PIECE.findall(text)
    for index, piece in enumerate(pieces):
        following = next((p for p in pieces[index + 1 :] if not p.isspace()), "")
        if piece in value_tokens and following not in ("(", "="):
            out.append(mapping[piece])
        else:
            out.append(piece)
    return "".join(out)


def _swap_names(node: object, mapping: dict[str, str]) -> object:
    if isinstance(node, expr.Name):
        return replace(node, id=mapping.get(node.id, node.id))
    if isinstance(node, tuple):
        return tuple(_swap_names(item, mapping) for item in node)
    if is_dataclass(node) and not isinstance(node, type):
        changes = {f.name: _swap_names(getattr(node, f.name), mapping) for f in fields(node)}
        return replace(node, **changes)
    return node


def _parsed(text: str) -> object:
    try:
        return expr.parse_condition(text)
    except expr.CheckSyntaxError as error:
        return ("error", error.reason)


@settings(max_examples=800, deadline=None)
@given(conditions(), st.data())
@example("share(a, b) == c", None)
@example("a / (a + b) == 3 pp", None)
@example("parts_within(t, [a, b], exhaustive=true)", None)
def test_a_renamed_condition_keeps_its_shape_and_tree(text: str, data: st.DataObject) -> None:
    found = expr.shape(text)
    assert found is not None  # the grammar above writes no character the tokenizer refuses
    key, names = found
    pool = [f"v{i}_{'z' * i}" for i in range(len(names))]
    fresh = data.draw(st.permutations(pool)) if data is not None else pool
    other = _renamed(text, names, list(fresh))
    assert expr.shape(other) == (key, tuple(fresh))
    mapping = dict(zip(names, fresh, strict=True))
    original = _parsed(text)
    if isinstance(original, tuple):
        assert _parsed(other) == original  # the same reason (positions may differ)
    else:
        assert _parsed(other) == _swap_names(original, mapping)


def test_shapes_tell_repeated_names_and_structure_apart() -> None:
    first, second = expr.shape("share(a1, b1) == c1"), expr.shape("share(a2,b2)==c2")
    assert first is not None
    assert second is not None
    assert first[0] == second[0]
    assert (first[1], second[1]) == (("a1", "b1", "c1"), ("a2", "b2", "c2"))
    assert expr.shape("a / (a + b) == c") != expr.shape("a / (b + c) == d")
    assert expr.shape("a == 3 pp") != expr.shape("a == 3 percent")
    assert expr.shape("a == 3 pp") != expr.shape("a == 4 pp")
    assert expr.shape("exports.value == 1") is None  # left for the parser to refuse
    assert expr.shape("a \u2212 b == c") is None  # a typeset minus: the parser reads it
    assert expr.shape("x == y") == (("\x000", "==", "\x001"), ("x", "y"))
