"""The explainer reads the sides of a one-comparison check (factcheck.explain): a shape is
parsed once and its sides renamed for each condition of that shape."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

_SHAPES = (
    "share({0}, {1}) == {2}",
    "{0} / ({0} + {1}) == {2}",
    "{2} > growth({1}, {0})",
    "parts_within({2}, [{0}, {1}])",
    "{0} + {1} <= {2} * 2",
    "-{0} ^ 2 < {1} - {2}",
    "sum_of({0}, weights=[{1}, {2}]) == 5 percent",
)


@settings(max_examples=200, deadline=None)
@example(shapes=[_SHAPES[1], _SHAPES[1]], names=[["a", "b", "c"], ["x", "y", "z"]] * 3)
@given(
    shapes=st.lists(st.sampled_from(_SHAPES), min_size=1, max_size=6),
    names=st.lists(
        st.lists(
            st.from_regex(r"[a-z][a-z0-9_]{0,6}", fullmatch=True).filter(
                lambda n: n not in ("true", "false", "percent", "pp", "lambda", "import")
            ),
            min_size=3,
            max_size=3,
            unique=True,
        ),
        min_size=6,
        max_size=6,
    ),
)
def test_the_sides_of_a_comparison_are_those_of_a_fresh_parse(
    shapes: list[str], names: list[list[str]]
) -> None:
    """However many conditions of one shape come before, the sides the explainer reads are
    those the parser gives this condition (node equality leaves out positions)."""
    from factcheck import explain, expr

    for shape, chosen in zip(shapes, names, strict=False):
        condition = shape.format(*chosen)
        try:
            node = expr.parse_condition(condition)
        except expr.CheckSyntaxError:
            assert explain._top_comparison(condition) is None
            continue
        expected = (node.op, node.left, node.right) if isinstance(node, expr.Compare) else None
        assert explain._top_comparison(condition) == expected
