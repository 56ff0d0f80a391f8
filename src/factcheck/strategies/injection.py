"""Error injectors: each changes one figure of a generated article in one way
(:data:`ERROR_KINDS`) and says what it changed (:class:`Injection`)."""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping, Sequence
from fractions import Fraction
from typing import Any

import attrs
from hypothesis import strategies as st

from factcheck.intervals import decimal_text
from factcheck.strategies.article import GeneratedArticle, TrueFigure
from factcheck.strategies.draws import _Draw, _HypothesisDraw, _RandomDraw
from factcheck.strategies.phrases import (
    _CURRENCY_STYLES,
    _UNIT_SWAP,
    _WORDS_UP_TO,
    CURRENCIES,
    Phrase,
)
from factcheck.strategies.writing import _write_like

# -- error injection ---------------------------------------------------------------------------

ERROR_KINDS: tuple[str, ...] = (
    "shift",
    "percent_pp",
    "currency",
    "exceed_whole",
    "growth_sign",
    "scale",
)
"""The kinds of injected error: a figure off by k units of its last digit; percent written
for percentage points or the reverse; another currency; parts that exceed their whole; a
growth written with the wrong sign (rose <-> fell); a scale word mistaken (million <->
billion)."""


@attrs.frozen(kw_only=True)
class Injection:
    """An article with one error injected, and what the error is."""

    article: GeneratedArticle
    original: GeneratedArticle
    kind: str
    figure: str
    description: str
    k: int | None = None
    """For "shift": how many units of the last digit (signed)."""
    affected: tuple[str, ...] = ()
    """The checks that use the changed figure (or, for "exceed_whole", the check whose parts
    now exceed their whole)."""
    slip: bool = False
    """Whether the engine should name a percent/percentage-point slip: the changed unit is on
    the side of a check that the relation's value is compared with."""


def _injection(
    gen: GeneratedArticle,
    figure: TrueFigure,
    phrase: Phrase,
    kind: str,
    description: str,
    **extra: Any,
) -> Injection:
    changed = gen.replace(attrs.evolve(figure, phrase=phrase))
    affected = extra.pop("affected", None) or gen.users(figure.name)
    return Injection(
        article=changed,
        original=gen,
        kind=kind,
        figure=figure.name,
        description=description,
        affected=affected,
        **extra,
    )


def shift_figure(gen: GeneratedArticle, name: str, k: int) -> Injection | None:
    """``name`` written ``k`` units of its last digit off (``None`` if that crosses zero)."""
    figure = gen.figure(name)
    phrase = figure.phrase
    digits = phrase.digits + k
    if digits < 1 or k == 0:
        return None
    changed = attrs.evolve(
        phrase, digits=digits, words=phrase.words and 1 < digits < _WORDS_UP_TO, spelled=""
    )
    return _injection(
        gen,
        figure,
        changed,
        "shift",
        f"{name}: {phrase.text!r} -> {changed.text!r} ({k:+d} units of "
        f"{decimal_text(phrase.step)})",
        k=k,
    )


def swap_percent_points(gen: GeneratedArticle, name: str) -> Injection | None:
    """``name`` written in percentage points where it means percent, or the reverse."""
    figure = gen.figure(name)
    phrase = figure.phrase
    if not _in_percent_or_points(phrase):
        return None
    changed = attrs.evolve(
        phrase, unit=_UNIT_SWAP[phrase.unit], kind="pp" if phrase.kind == "rate" else "rate"
    )
    slip = any(check.result == name for check in gen.checks)
    return _injection(
        gen,
        figure,
        changed,
        "percent_pp",
        f"{name}: {phrase.text!r} -> {changed.text!r}",
        slip=slip,
    )


def swap_currency(gen: GeneratedArticle, name: str, to: str | None = None) -> Injection | None:
    """``name`` written in another currency (the next one of :data:`CURRENCIES` by default)."""
    figure = gen.figure(name)
    phrase = figure.phrase
    if phrase.kind != "amount":
        return None
    if to is None:
        to = CURRENCIES[(CURRENCIES.index(phrase.currency) + 1) % len(CURRENCIES)]
    if to == phrase.currency:
        return None
    changed = attrs.evolve(phrase, currency=to, style=phrase.style % len(_CURRENCY_STYLES[to]))
    return _injection(
        gen, figure, changed, "currency", f"{name}: {phrase.text!r} -> {changed.text!r}"
    )


_PART_WHOLE: Mapping[str, tuple[str, str]] = {
    "share": ("part", "whole"),
    "parts_within": ("parts", "whole"),
    "total": ("parts", ""),
}


def exceed_whole(
    gen: GeneratedArticle, check_id: str, part: str, by: Fraction = Fraction(1, 10)
) -> Injection | None:
    """In check ``check_id`` (a share, a total or parts within a whole), write ``part`` so that
    the parts exceed their whole by ``by`` of it."""
    check = gen.check(check_id)
    roles = _PART_WHOLE.get(check.relation)
    if roles is None:
        return None
    arguments = dict(check.arguments)
    parts = list(arguments[roles[0]])
    whole_name = arguments[roles[1]][0] if roles[1] else check.result
    if part not in parts or whole_name is None:
        return None
    true = gen.true_values()
    figure = gen.figure(part)
    if figure.is_reference or any(u.name == part for u in gen.unknowns):
        return None
    whole = true[whole_name]
    others = sum((true[p] for p in parts if p != part), Fraction(0))
    value = whole * (1 + by) - others
    if value <= 0:
        return None
    phrase = _write_like(figure, value)
    if phrase.digits == figure.phrase.digits:
        return None
    return _injection(
        gen,
        figure,
        phrase,
        "exceed_whole",
        f"{part}: {figure.quote!r} -> {phrase.text!r}, parts over {whole_name} "
        f"by {decimal_text(by * 100)}%",
        affected=(check_id,),
    )


def flip_growth_sign(gen: GeneratedArticle, name: str) -> Injection | None:
    """``name``, a change written with a direction word, written with the opposite one."""
    figure = gen.figure(name)
    phrase = figure.phrase
    if phrase.role not in ("growth", "gap", "change"):
        return None
    changed = attrs.evolve(phrase, negative=not phrase.negative)
    return _injection(
        gen, figure, changed, "growth_sign", f"{name}: {phrase.text!r} -> {changed.text!r}"
    )


_SCALE_MISTAKES: Mapping[str, str] = {
    "thousand": "million",
    "million": "billion",
    "billion": "million",
    "trillion": "billion",
}


def mistake_scale(gen: GeneratedArticle, name: str) -> Injection | None:
    """``name``'s scale word mistaken for its neighbour (million <-> billion)."""
    figure = gen.figure(name)
    phrase = figure.phrase
    if not phrase.scale:
        return None
    changed = attrs.evolve(phrase, scale=_SCALE_MISTAKES[phrase.scale])
    return _injection(gen, figure, changed, "scale", f"{name}: {phrase.text!r} -> {changed.text!r}")


def _any_phrase(phrase: Phrase) -> bool:
    return True


def _in_percent_or_points(phrase: Phrase) -> bool:
    return phrase.kind in ("rate", "pp") and phrase.unit in _UNIT_SWAP and not phrase.spelled


def _an_amount(phrase: Phrase) -> bool:
    return phrase.kind == "amount"


def _a_change(phrase: Phrase) -> bool:
    return phrase.role in ("growth", "gap", "change")


def _with_scale(phrase: Phrase) -> bool:
    return bool(phrase.scale)


def _targets(gen: GeneratedArticle, kind: str) -> list[tuple[str, ...]]:
    """Every (figure,) or (check, part) an injector of ``kind`` applies to."""
    if kind == "exceed_whole":
        found: list[tuple[str, ...]] = []
        unknown = {u.name for u in gen.unknowns}
        for check in gen.checks:
            roles = _PART_WHOLE.get(check.relation)
            if roles is None:
                continue
            arguments = dict(check.arguments)
            whole = arguments[roles[1]][0] if roles[1] else check.result
            if whole is None or whole in unknown:
                continue
            found += [(check.id, p) for p in arguments[roles[0]] if p not in unknown]
        return found
    wanted: Callable[[Phrase], bool] = {
        "shift": _any_phrase,
        "percent_pp": _in_percent_or_points,
        "currency": _an_amount,
        "growth_sign": _a_change,
        "scale": _with_scale,
    }[kind]
    names: list[tuple[str, ...]] = [(f.name,) for f in gen.figures if wanted(f.phrase)]
    if kind == "percent_pp":  # the classic slip: the compared side of a check
        results = {c.result for c in gen.checks}
        names = [n for n in names if n[0] in results]
    return names


def inject(
    gen: GeneratedArticle,
    kind: str,
    target: tuple[str, ...],
    k: int = 2,
    by: Fraction = Fraction(1, 10),
) -> Injection | None:
    """Inject an error of ``kind`` at ``target`` (a figure name, or a check id and a part)."""
    if kind == "shift":
        return shift_figure(gen, target[0], k)
    if kind == "percent_pp":
        return swap_percent_points(gen, target[0])
    if kind == "currency":
        return swap_currency(gen, target[0])
    if kind == "exceed_whole":
        return exceed_whole(gen, target[0], target[1], by)
    if kind == "growth_sign":
        return flip_growth_sign(gen, target[0])
    if kind == "scale":
        return mistake_scale(gen, target[0])
    raise ValueError(f"kind={kind!r}: expected one of {ERROR_KINDS}")


def _pick(draw: _Draw, gen: GeneratedArticle, kind: str, k: int | None) -> Injection | None:
    targets = _targets(gen, kind)
    if not targets:
        return None
    target = draw.choice(targets)
    if kind == "shift":
        units = k if k is not None else draw.integer(1, 5)
        sign = draw.choice((1, -1))
        found = shift_figure(gen, target[0], sign * units)
        return found or shift_figure(gen, target[0], -sign * units)
    by = Fraction(draw.integer(5, 50), 100)
    return inject(gen, kind, target, by=by)


def injections(
    gen: GeneratedArticle, kinds: Sequence[str] = ERROR_KINDS, k: int | None = None
) -> st.SearchStrategy[Injection | None]:
    """An error of one of ``kinds`` injected into ``gen`` at a drawn place (``None`` when the
    drawn kind has no place in this article); ``k`` fixes the shift (default 1..5)."""

    @st.composite
    def build(draw: st.DrawFn) -> Injection | None:
        source = _HypothesisDraw(draw)
        return _pick(source, gen, source.choice(kinds), k)

    return build()


def random_injection(
    gen: GeneratedArticle, kind: str, rnd: random.Random, k: int | None = None
) -> Injection | None:
    """:func:`injections` for one ``kind``, drawn from ``rnd``."""
    return _pick(_RandomDraw(rnd), gen, kind, k)
