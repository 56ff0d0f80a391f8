"""factcheck.strategies: the generator writes honestly, the injectors change what they say,
and claim files written from generated articles load back unchanged."""

from __future__ import annotations

import random
from fractions import Fraction

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.files import parse_claims
from factcheck.hedges import hedge_for
from factcheck.intervals import Interval
from factcheck.model import Article, Figure
from factcheck.reading import ReadingPolicy, read_one
from factcheck.relations import RELATIONS
from factcheck.strategies import (
    CURRENCIES,
    ERROR_KINDS,
    HEDGE_WORDS,
    RELATION_NAMES,
    GeneratedArticle,
    articles,
    check_feasible,
    exceed_whole,
    figure_phrases,
    flip_growth_sign,
    how_testable,
    injections,
    mistake_scale,
    random_article,
    random_injection,
    shift_figure,
    swap_currency,
    swap_percent_points,
    to_claims_yaml,
)
from seed_article import build_seed_article

SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def strict_contains(quote: str, value: Fraction) -> bool:
    figure = Figure(name="x", quote=quote)
    reading = figure.read(ReadingPolicy())
    return value in reading.strict.scale(reading.multiplier)


@SETTINGS
@given(articles(max_checks=6))
def test_every_figure_is_written_honestly(gen: GeneratedArticle) -> None:
    """Each figure's strict reading, as the engine takes it, contains its true value."""
    for figure in gen.figures:
        if figure.is_reference:
            reading = read_one(figure.quote)
        else:
            declared = figure.declare()
            assert isinstance(declared, Figure)
            reading = declared.read(ReadingPolicy())
        strict = reading.strict.scale(reading.multiplier)
        assert figure.true in strict, gen.describe()


@SETTINGS
@given(articles(max_checks=6))
def test_true_values_satisfy_every_check_exactly(gen: GeneratedArticle) -> None:
    """The true values satisfy every check, in exact Fractions, through the relation table's
    formulas; and so every check is feasible inside the strict readings."""
    values = gen.true_values()
    for check in gen.checks:
        args = {
            p: [values[n] for n in names] if p == "parts" else values[names[0]]
            for p, names in check.arguments
        }
        if check.relation == "parts_within":
            assert sum(args["parts"]) <= args["whole"]
        elif check.relation == "total":
            assert sum(args["parts"]) == values[check.result or ""]
        else:
            from factcheck import expr
            from factcheck.strategies import _evaluate

            node = expr.parse_expression(RELATIONS[check.relation].formula)
            assert _evaluate(node, args, Fraction) == values[check.result or ""], check
        assert check_feasible(gen, check.id, "strict") in (True, None), gen.describe()


@pytest.mark.parametrize("relation", RELATION_NAMES)
def test_each_relation_is_generated(relation: str) -> None:
    """Every relation the generator offers yields articles that use it."""
    rnd = random.Random(relation)
    gen = random_article(rnd, min_checks=2, max_checks=2, relations=[relation])
    assert gen.checks
    expected = "difference" if relation == "counts" else relation
    assert {c.relation for c in gen.checks} == {expected}


def test_random_articles_are_reproducible() -> None:
    first = random_article(random.Random(7), max_checks=6)
    second = random_article(random.Random(7), max_checks=6)
    assert first == second
    assert first.article == second.article


def test_the_writer_uses_its_whole_vocabulary() -> None:
    """Across a few hundred articles every hedge, currency, scale word and unit style is
    written, with and without trailing zeros."""
    rnd = random.Random(3)
    quotes = [f.quote for _ in range(300) for f in random_article(rnd).figures]
    text = "\n".join(quotes)
    for hedge in HEDGE_WORDS:
        assert f"{hedge} " in text, hedge
    for word in (
        "yuan",
        "$",
        "€",
        "£",
        "RMB",
        "thousand",
        "million",
        "billion",
        "trillion",
        "bn",
        "%",
        "percent",
        "per cent",
        "percentage points",
        " pp",
        "fell",
        "lower than",
        "fewer than",
        "−",
    ):
        assert word in text, word
    assert any(q.rstrip().endswith("0 percent") or ".0" in q or "0 billion" in q for q in quotes)
    assert any(q.split()[0].isalpha() and q.split()[0] in ("two", "five", "twelve") for q in quotes)


@settings(deadline=None, max_examples=40)
@given(
    st.sampled_from([*CURRENCIES, "percent", "percentage_point", ""]),
    st.integers(1, 10**9),
    st.integers(0, 6),
    st.booleans(),
    st.data(),
)
def test_figure_phrases_contain_the_value(
    unit: str, numerator: int, power: int, negative: bool, data: st.DataObject
) -> None:
    """A phrase for a value holds it inside its strict reading, whatever the unit."""
    if unit == "":
        value = Fraction(numerator % 10**6 + 1)
    else:
        value = Fraction(numerator, 10**power)
    if unit in ("percent", "percentage_point", "") and negative:
        value = -value
    quote = data.draw(figure_phrases(value, unit))
    assert strict_contains(quote, value), quote


def test_figure_phrases_refuse_impossible_values() -> None:
    with pytest.raises(ValueError, match="positive"):
        figure_phrases(Fraction(-1), "CNY")
    with pytest.raises(ValueError, match="whole"):
        figure_phrases(Fraction(1, 2), "")
    with pytest.raises(ValueError, match="unit="):
        figure_phrases(Fraction(1), "metres")


def test_hedges_are_honest_by_the_hedge_table() -> None:
    """Each hedge the writer uses is chosen so the true value is inside its strict window."""
    from factcheck.strategies import _hedged_digits

    for word in HEDGE_WORDS:
        for magnitude in (Fraction("7.234"), Fraction("0.96"), Fraction(651), Fraction("99.99")):
            step = Fraction(1, 10)
            digits = _hedged_digits(word, magnitude, step)
            if digits is None:
                continue
            x = digits * step
            rounded = Interval.closed(x - step / 2, x + step / 2)
            window = hedge_for(word).strict.apply(x, step, rounded)
            assert magnitude in window, (word, magnitude, window)


# -- injectors -----------------------------------------------------------------------------------


def _example() -> GeneratedArticle:
    """An article with every kind of figure: a share, a growth, a gap and a conversion."""
    rnd = random.Random(11)
    for _ in range(500):
        gen = random_article(rnd, min_checks=6, max_checks=8, unknowns=0)
        kinds = {f.phrase.kind for f in gen.figures}
        relations = {c.relation for c in gen.checks}
        if {"amount", "rate", "pp", "fx"} <= kinds and {"share", "growth"} <= relations:
            return gen
    raise AssertionError("no example article")


def _changed(before: GeneratedArticle, after: GeneratedArticle) -> list[str]:
    return [a.name for a, b in zip(before.figures, after.figures, strict=True) if a != b]


def test_shift_changes_one_figure_by_k_units() -> None:
    gen = _example()
    figure = gen.figures[0]
    injection = shift_figure(gen, figure.name, 3)
    assert injection is not None
    assert _changed(gen, injection.article) == [figure.name]
    after = injection.article.figure(figure.name).phrase
    assert after.digits == figure.phrase.digits + 3
    assert after.value - figure.phrase.value == 3 * figure.phrase.step * figure.phrase.factor * (
        -1 if figure.phrase.negative else 1
    )
    assert injection.affected == gen.users(figure.name)
    assert shift_figure(gen, figure.name, -figure.phrase.digits) is None  # would cross zero


def test_percent_points_swap_changes_the_unit_only() -> None:
    gen = _example()
    rate = next(f for f in gen.figures if f.phrase.kind == "rate" and gen.users(f.name))
    injection = swap_percent_points(gen, rate.name)
    assert injection is not None
    after = injection.article.figure(rate.name)
    reading = (
        read_one(after.quote)
        if after.is_reference
        else after.declare().read(  # type: ignore[union-attr]
            ReadingPolicy()
        )
    )
    assert reading.unit == "percentage_point"
    assert reading.number == read_one(rate.quote).number
    assert injection.slip == any(c.result == rate.name for c in gen.checks)


def test_currency_swap() -> None:
    gen = _example()
    amount = next(f for f in gen.figures if f.phrase.kind == "amount")
    injection = swap_currency(gen, amount.name, "GBP" if amount.unit != "GBP" else "USD")
    assert injection is not None
    after = injection.article.figure(amount.name)
    assert read_one(after.quote).unit in ("GBP", "USD")
    assert read_one(after.quote).unit != amount.unit
    assert swap_currency(gen, amount.name, amount.unit) is None


def test_scale_mistake_is_a_factor_of_a_thousand() -> None:
    gen = _example()
    amount = next(f for f in gen.figures if f.phrase.scale)
    injection = mistake_scale(gen, amount.name)
    assert injection is not None
    before = read_one(amount.quote)
    after = read_one(injection.article.figure(amount.name).quote)
    ratio = after.multiplier / before.multiplier
    assert ratio in (1000, Fraction(1, 1000))


def test_growth_sign_flip() -> None:
    gen = _example()
    growth = next(f for f in gen.figures if f.phrase.role == "growth")
    injection = flip_growth_sign(gen, growth.name)
    assert injection is not None
    before = read_one(growth.quote).number
    after = read_one(injection.article.figure(growth.name).quote).number
    assert after == -before


def test_parts_exceed_their_whole() -> None:
    gen = _example()
    check = next(c for c in gen.checks if c.relation == "share")
    part = dict(check.arguments)["part"][0]
    whole = dict(check.arguments)["whole"][0]
    if part in {u.name for u in gen.unknowns} or whole in {u.name for u in gen.unknowns}:
        pytest.skip("the share rests on an unknown")
    injection = exceed_whole(gen, check.id, part, Fraction(1, 4))
    assert injection is not None
    assert injection.affected == (check.id,)
    written = read_one(injection.article.figure(part).quote)
    value = written.number * written.multiplier
    assert value > gen.true_values()[whole]
    assert how_testable(injection)[check.id] in ("lenient", "strict", "hidden")


@SETTINGS
@given(st.data())
def test_injections_change_exactly_one_figure(data: st.DataObject) -> None:
    gen = data.draw(articles(max_checks=5))
    injection = data.draw(injections(gen))
    if injection is None:
        return
    assert injection.kind in ERROR_KINDS
    assert _changed(gen, injection.article) == [injection.figure]
    assert injection.original == gen
    assert injection.description.startswith(injection.figure)
    assert set(injection.affected) <= {c.id for c in gen.checks}


def test_random_injection_of_each_kind() -> None:
    rnd = random.Random(5)
    seen = set()
    for _ in range(100):
        gen = random_article(rnd, max_checks=6)
        for kind in ERROR_KINDS:
            injection = random_injection(gen, kind, rnd)
            if injection is not None:
                assert injection.kind == kind
                seen.add(kind)
    assert seen == set(ERROR_KINDS)


# -- claim files ---------------------------------------------------------------------------------


def _without_path(article: Article) -> Article:
    return attrs.evolve(article, path=None)


@SETTINGS
@given(articles(max_checks=6))
def test_claim_files_load_back_unchanged(gen: GeneratedArticle) -> None:
    text = to_claims_yaml(gen)
    assert _without_path(parse_claims(text).article) == gen.article


def test_seed_article_round_trips_through_yaml() -> None:
    """The seed article (unknowns, a reference, a figure with an index, an expectation)."""
    article = build_seed_article()
    article = attrs.evolve(article, policy=ReadingPolicy(rounding="even", base="0.5"))
    text = to_claims_yaml(article)
    assert _without_path(parse_claims(text).article) == article
    assert "&" not in text
    assert "*" not in text.replace("**", "")


def test_claim_files_refuse_what_they_cannot_say() -> None:
    from factcheck.hedges import HEDGES
    from factcheck.model import Source, Unknown

    policy = ReadingPolicy(hedges={"about": HEDGES["nearly"]})
    with pytest.raises(ValueError, match="hedges"):
        to_claims_yaml(Article(source=Source(title="t"), policy=policy))
    unknown = Unknown(name="u", bounds=Interval.closed(1, 2))
    with pytest.raises(ValueError, match="bounds"):
        to_claims_yaml(Article(source=Source(title="t"), unknowns=[unknown]))
