"""The Hypothesis strategies of the relation table: consistent instances of each relation,
as dicts of parameter -> Fraction (with ``"result"`` for functions).  Hypothesis is
imported only when a strategy is called."""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction
from typing import Any

# -- strategies (Hypothesis imported lazily) ----------------------------------------------------


def _amounts() -> Any:
    from hypothesis import strategies as st

    return st.integers(1, 10**6).map(lambda n: Fraction(n, 100))


def _growths() -> Any:
    from hypothesis import strategies as st

    return st.integers(-500, 2000).map(lambda n: Fraction(n, 10000))


def _strategy_share() -> Any:
    from hypothesis import strategies as st

    @st.composite
    def build(draw: Any) -> dict[str, Fraction]:
        whole = draw(_amounts())
        part = whole * draw(st.integers(0, 1000)) / 1000
        return {"part": part, "whole": whole, "result": part / whole}

    return build()


def _strategy_growth() -> Any:
    from hypothesis import strategies as st

    @st.composite
    def build(draw: Any) -> dict[str, Fraction]:
        old = draw(_amounts())
        g = draw(_growths())
        return {"new": old * (1 + g), "old": old, "result": g}

    return build()


def _strategy_previous() -> Any:
    from hypothesis import strategies as st

    @st.composite
    def build(draw: Any) -> dict[str, Fraction]:
        old = draw(_amounts())
        g = draw(_growths())
        return {"level": old * (1 + g), "growth": g, "result": old}

    return build()


def _strategy_gap() -> Any:
    from hypothesis import strategies as st

    @st.composite
    def build(draw: Any) -> dict[str, Fraction]:
        a, b = draw(_growths()), draw(_growths())
        return {"a": a, "b": b, "result": a - b}

    return build()


def _strategy_contribution() -> Any:
    from hypothesis import strategies as st

    @st.composite
    def build(draw: Any) -> dict[str, Fraction]:
        whole_old = draw(_amounts())
        part_old = whole_old * draw(st.integers(1, 1000)) / 1000
        g = draw(_growths())
        part_new = part_old * (1 + g)
        return {
            "part_new": part_new,
            "part_old": part_old,
            "whole_old": whole_old,
            "result": (part_new - part_old) / whole_old,
        }

    return build()


def _strategy_four_levels(result: Callable[[Fraction, Fraction, Fraction, Fraction], Fraction],
                          nonzero_delta: bool) -> Any:  # fmt: skip
    from hypothesis import strategies as st

    @st.composite
    def build(draw: Any) -> dict[str, Fraction]:
        whole_old = draw(_amounts())
        part_old = whole_old * draw(st.integers(1, 999)) / 1000
        g_part, g_rest = draw(_growths()), draw(_growths())
        part_new = part_old * (1 + g_part)
        whole_new = part_new + (whole_old - part_old) * (1 + g_rest)
        if nonzero_delta and whole_new == whole_old:
            whole_new += 1
        return {
            "part_new": part_new,
            "part_old": part_old,
            "whole_new": whole_new,
            "whole_old": whole_old,
            "result": result(part_new, part_old, whole_new, whole_old),
        }

    return build()


def _strategy_pair(op: Callable[[Fraction, Fraction], Fraction], a: str, b: str) -> Any:
    @_lazy
    def build() -> Any:
        from hypothesis import strategies as st

        return st.tuples(_amounts(), _amounts()).map(
            lambda pair: {a: pair[0], b: pair[1], "result": op(pair[0], pair[1])}
        )

    return build


def _lazy(factory: Callable[[], Any]) -> Callable[[], Any]:
    return factory


def _strategy_parts() -> Any:
    from hypothesis import strategies as st

    @st.composite
    def build(draw: Any) -> dict[str, Any]:
        parts = draw(st.lists(_amounts(), min_size=1, max_size=5))
        slack = draw(_amounts())
        return {"whole": sum(parts) + slack, "parts": parts}

    return build()


def _strategy_shares() -> Any:
    from hypothesis import strategies as st

    @st.composite
    def build(draw: Any) -> dict[str, Any]:
        weights = draw(st.lists(st.integers(1, 100), min_size=1, max_size=5))
        total = sum(weights) + draw(st.integers(0, 100))
        return {"shares": [Fraction(w, total) for w in weights]}

    return build()


def _strategy_order() -> Any:
    from hypothesis import strategies as st

    @st.composite
    def build(draw: Any) -> dict[str, Any]:
        values = draw(st.lists(_growths(), min_size=2, max_size=6, unique=True))
        top = max(values)
        return {"x": top, "others": [v for v in values if v != top]}

    return build()


def _strategy_rank() -> Any:
    from hypothesis import strategies as st

    @st.composite
    def build(draw: Any) -> dict[str, Any]:
        values = draw(st.lists(_amounts(), min_size=2, max_size=6, unique=True))
        ordered = sorted(values, reverse=True)
        n = draw(st.integers(1, len(values)))
        x = ordered[n - 1]
        return {"x": x, "others": [v for v in values if v != x], "n": Fraction(n)}

    return build()


def _strategy_grim() -> Any:
    from hypothesis import strategies as st

    @st.composite
    def build(draw: Any) -> dict[str, Fraction]:
        n = draw(st.integers(1, 200))
        items = draw(st.integers(1, 5))
        total = draw(st.integers(0, 7 * n * items))
        return {"mean": Fraction(total, n * items), "n": Fraction(n), "items": Fraction(items)}

    return build()


def _strategy_count_share() -> Any:
    from hypothesis import strategies as st

    @st.composite
    def build(draw: Any) -> dict[str, Fraction]:
        n = draw(st.integers(1, 500))
        k = draw(st.integers(0, n))
        return {"share": Fraction(k, n), "n": Fraction(n)}

    return build()


def _strategy_names() -> Any:
    from hypothesis import strategies as st

    names = st.lists(
        st.text("abcdefgh", min_size=1, max_size=6), min_size=1, max_size=6, unique=True
    )
    return names.map(lambda items: {"items": items, "result": Fraction(len(items))})


def _strategy_convert() -> Any:
    from hypothesis import strategies as st

    return st.tuples(_amounts(), st.integers(100, 1000).map(lambda n: Fraction(n, 100))).map(
        lambda pair: {"amount": pair[0], "rate": pair[1], "result": pair[0] * pair[1]}
    )


def _strategy_total() -> Any:
    from hypothesis import strategies as st

    return st.lists(_amounts(), min_size=1, max_size=5).map(
        lambda parts: {"parts": parts, "result": sum(parts, Fraction(0))}
    )


def _strategy_unstated() -> Any:
    from hypothesis import strategies as st

    return st.integers(1, 5).map(lambda n: {"x": Fraction(1), "n": Fraction(n)})
