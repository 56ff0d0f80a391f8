"""Two figures written as one sentence that both quote (the ``change-and-level`` and
``direction-carry`` forms of :mod:`factcheck.strategies.phrasing`), checked by reading them
back."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import attrs

from factcheck.strategies import writing
from factcheck.strategies.phrasing import (
    _CARRY_FORMS,
    _RESPECTIVELY_FORMS,
    CHANCE,
    carry_direction,
    change_and_level,
)


def join_figures(
    builder: Any,
    relation: str,
    arguments: Mapping[str, tuple[str, ...]],
    result: str | None,
    first: int,
) -> None:
    """Two figures of the check ``builder`` just added (its figures from index ``first`` are
    new) written as one sentence, when its options allow: a change and its level, two
    changes behind one verb, or an amount's change "or" its rate (with a new check that the
    change is the difference of the levels)."""
    enabled = builder.options.phrasing
    draw = builder.draw
    fresh = {f.name: i for i, f in enumerate(builder.figures) if i >= first}

    def one(param: str) -> str | None:
        return arguments[param][0] if param in arguments else None

    pair = {
        "growth": (result, one("new")),
        "previous": (one("growth"), one("level")),
        "counts": (result, one("a")),
        "difference": (result, one("a")),
    }.get(relation)
    joined = "change-and-level" in enabled and pair and draw.chance(CHANCE)
    if joined and pair[0] in fresh and pair[1] in fresh:  # type: ignore[index]
        _rewrite(builder, "change-and-level", fresh[pair[0]], fresh[pair[1]])  # type: ignore[index]
        return
    if "direction-carry" not in enabled or not draw.chance(CHANCE):
        return
    if relation == "gap" and one("a") in fresh and one("b") in fresh:
        a, b = fresh[one("a")], fresh[one("b")]
        _rewrite(builder, "direction-carry", a, b, _RESPECTIVELY_FORMS)
    elif relation == "growth" and result in fresh and "difference" in builder.options.relations:
        new, old = one("new"), one("old")
        true = {e.name: e.true for e in builder.pool}
        change = true[new] - true[old]
        if change == 0 or builder.figures[fresh[result]].phrase.hedge:
            return
        name = builder.name("change")
        currency = next(e.unit for e in builder.pool if e.name == new)
        builder.figures.append(
            writing._write(draw, name, "amount", currency, change, "change", False)
        )
        if _rewrite(builder, "direction-carry", len(builder.figures) - 1, fresh[result]):
            check = [("a", (new,)), ("b", (old,))]
            builder.checks.append(builder.condition("difference", check, name))
            builder.in_component += 1
        else:
            builder.figures.pop()


def _rewrite(
    builder: Any, form: str, first: int, second: int, forms: Sequence[tuple[str, str]] = ()
) -> bool:
    """Figures ``first`` and ``second`` written as one sentence in ``form``; ``False`` (and a
    note) when the sentence does not fit them or the reader misreads it."""
    one, two = builder.figures[first], builder.figures[second]
    if form == "change-and-level":
        phrases = change_and_level(builder.draw, one.phrase, two.phrase)
    else:
        phrases = carry_direction(builder.draw, one.phrase, two.phrase, forms or _CARRY_FORMS)
    if phrases is None:
        return False
    new_one = attrs.evolve(one, phrase=phrases[0], forms=(*one.forms, form))
    new_two = attrs.evolve(two, phrase=phrases[1], forms=(*two.forms, form))
    problem = writing._reads_true(new_one) or writing._reads_true(new_two)
    if problem is not None:
        note = f"reader: {form}: {phrases[0].text!r} {problem}"
        builder.figures[second] = attrs.evolve(two, notes=(*two.notes, note))
        return False
    builder.figures[first], builder.figures[second] = new_one, new_two
    return True
