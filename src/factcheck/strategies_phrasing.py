"""The real-phrasing forms of the generator under their first name, and the probe that tells
which of them the reader reads right:

    python -m factcheck.strategies_phrasing

The forms themselves live in :mod:`factcheck.strategies.phrasing` (the two-figure sentences in
:mod:`factcheck.strategies.sentences`); this module keeps them importable from here."""

from __future__ import annotations

__all__ = ["DEFAULT_PHRASING", "PHRASING_FORMS", "POINT_FRACTIONS", "probe"]

from collections.abc import Sequence

from factcheck.strategies.phrasing import _CARRY_FORMS as _CARRY_FORMS
from factcheck.strategies.phrasing import _RESPECTIVELY_FORMS as _RESPECTIVELY_FORMS
from factcheck.strategies.phrasing import CHANCE as CHANCE
from factcheck.strategies.phrasing import DEFAULT_PHRASING, PHRASING_FORMS, POINT_FRACTIONS
from factcheck.strategies.phrasing import POINT_FRACTION_TOLERANCE as POINT_FRACTION_TOLERANCE
from factcheck.strategies.phrasing import carry_direction as carry_direction
from factcheck.strategies.phrasing import change_and_level as change_and_level
from factcheck.strategies.phrasing import fraction_gap as fraction_gap
from factcheck.strategies.phrasing import respell as respell
from factcheck.strategies.phrasing import verb_takes_up_to as verb_takes_up_to
from factcheck.strategies.sentences import join_figures as join_figures


def probe(
    forms: Sequence[str] = PHRASING_FORMS, articles: int = 1500, seed: int = 13
) -> dict[str, tuple[int, int, list[str]]]:
    """For each form: (figures written in it, figures where the reader misread it, a few of
    those misreads), over ``articles`` random articles generated with that form alone."""
    import random

    from factcheck.strategies import random_article

    found: dict[str, tuple[int, int, list[str]]] = {}
    for form in forms:
        rnd = random.Random(f"{seed}-{form}")  # noqa: S311
        used = misread = 0
        examples: list[str] = []
        for _ in range(articles):
            gen = random_article(rnd, max_checks=6, phrasing=[form])
            used += sum(form in f.forms for f in gen.figures)
            for note in gen.notes:
                if f"reader: {form}:" in note:
                    misread += 1
                    if len(examples) < 3:
                        examples.append(note.split(f"reader: {form}: ", 1)[1])
        found[form] = (used, misread, examples)
    return found


def main() -> int:
    """Print which forms the reader reads right now, and which of those are not enabled."""
    results = probe()
    right = set()
    for form, (used, misread, examples) in results.items():
        state = "read right" if used and not misread else "MISREAD" if misread else "unused"
        default = "default" if form in DEFAULT_PHRASING else ""
        print(f"{form:18} used {used:5}  misread {misread:5}  {state:10} {default}")
        for example in examples:
            print(f"      {example}")
        if used and not misread:
            right.add(form)
    print("read right but not enabled by default:", sorted(right - DEFAULT_PHRASING) or "none")
    print("enabled by default but misread:", sorted(DEFAULT_PHRASING - right) or "none")
    return 0 if right >= DEFAULT_PHRASING else 1


if __name__ == "__main__":
    raise SystemExit(main())
