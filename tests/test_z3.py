"""The exact z3 path (``factcheck.z3check``) against the engine.

Both compile the article with the engine's compiler and grade with the engine's procedure; only
the oracle differs.  So on every system the two must agree, grade for grade and conflict for
conflict, wherever the engine decides; and every conflict set must be minimal for z3 as well.
"""

from __future__ import annotations

import sys
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import event, given
from hypothesis import strategies as st

from factcheck.custom import Custom
from factcheck.engine import audit
from factcheck.engine.verdicts import _LOOSE
from factcheck.errors import FactcheckError
from factcheck.intervals import Interval
from factcheck.model import Article, Check, Figure, Source, Unknown
from seed_article import build_seed_article
from test_engine_properties import (
    ENGINE_SHORTFALLS,
    SETTINGS,
    System,
    audit_generated,
    perturbed,
    systems,
)

z3 = pytest.importorskip("z3")

from factcheck.z3check import Z3System, Z3UnavailableError, _Z3Network, audit_z3  # noqa: E402

SOURCE = Source(title="A z3 test article")


def engine_grades(article: Article) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(v.check.id, v.grade, v.conflicts_with) for v in audit(article).verdicts]


def article(figures: dict[str, str], checks: dict[str, str], **kwargs: Any) -> Article:
    return Article(
        source=SOURCE,
        figures=[Figure(name=name, quote=quote) for name, quote in figures.items()],
        checks=[Check(id=cid, condition=condition) for cid, condition in checks.items()],
        **kwargs,
    )


def assert_minimal(system: Z3System, grades: list[tuple[str, str, tuple[str, ...]]]) -> None:
    """Every conflict set is unsat under its mode, and loses that by dropping any member."""
    for check_id, grade, conflicts in grades:
        if grade not in ("inconsistent", "stretched"):
            continue
        mode = "lenient" if grade == "inconsistent" else "strict"
        core = {check_id, *conflicts}
        if not conflicts and grade == "inconsistent" and system.status(core, mode) == "sat":
            continue  # a percent/percentage-point slip is inconsistent without a conflict
        assert system.status(core, mode) == "unsat", (check_id, core, mode)
        if mode == "strict":
            assert system.status(core, "lenient") == "sat", (check_id, core)
        for member in sorted(core):
            rest = core - {member}
            assert system.status(rest, mode) == "sat", (check_id, core, member, mode)


# -- the seed article -------------------------------------------------------------------------


def test_seed_article_same_grades_and_conflicts() -> None:
    seed = build_seed_article()
    expected = engine_grades(seed)
    assert audit_z3(seed) == expected
    assert ("sd_increase_share", "stretched") in {(cid, grade) for cid, grade, _ in expected}


def test_seed_article_conflicts_are_minimal() -> None:
    seed = build_seed_article()
    system = Z3System(seed)
    grades = system.grades()
    assert_minimal(system, grades)
    assert system.questions > 0


# -- the encoding -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("quote", "rounding", "literal", "expected"),
    [
        ("12.3 percent", "floor", "12.4", "inconsistent"),  # [12.3, 12.4): 12.4 is out
        ("12.3 percent", "floor", "12.3", "consistent"),
        ("12.3 percent", "up_or_down", "12.35", "consistent"),  # [12.25, 12.35] is closed
        ("12.3 percent", "up", "12.35", "inconsistent"),  # [12.25, 12.35): 12.35 is out
        ("12.4 percent", "ceiling", "12.3", "inconsistent"),  # (12.3, 12.4]
        ("12.4 percent", "ceiling", "12.4", "consistent"),
    ],
)
def test_open_and_closed_ends(quote: str, rounding: str, literal: str, expected: str) -> None:
    """The literal sits exactly on an end of the figure's interval."""
    art = Article(
        source=SOURCE,
        figures=[Figure(name="r", quote=quote, rounding=rounding)],
        checks=[Check(id="c", condition=f"r == {literal} %")],
    )
    assert audit_z3(art) == engine_grades(art) == [("c", expected, ())]


@pytest.mark.parametrize(
    ("condition", "expected"),
    [
        ("x >= 500 trillion CNY", "stretched"),  # strict (13, 14]; lenient (13, +inf)
        ("x <= 13 trillion CNY", "inconsistent"),  # 13 itself is out under both readings
        ("x < 13.5 trillion CNY", "consistent"),
    ],
)
def test_unbounded_side(condition: str, expected: str) -> None:
    art = article({"x": "over 13 trillion yuan"}, {"c": condition})
    assert audit_z3(art) == engine_grades(art) == [("c", expected, ())]


@pytest.mark.parametrize("condition", ["u * 1 == 0 CNY", "u <= 0 CNY"])
def test_open_bound_of_an_unknown(condition: str) -> None:
    """A positive unknown excludes zero."""
    art = Article(
        source=SOURCE,
        unknowns=[Unknown(name="u", unit="CNY", bounds="positive")],
        checks=[Check(id="c", condition=condition)],
    )
    assert audit_z3(art) == engine_grades(art) == [("c", "inconsistent", ())]


def test_division_is_guarded() -> None:
    """A divisor that may be zero is never zero: 5 / [-0.05, 0.05] cannot be 1 percent."""
    art = article(
        {"a": "5 billion yuan", "b": "0.0 billion yuan", "c": "1 percent"},
        {"s": "share(a, b) == c"},
    )
    assert audit_z3(art) == engine_grades(art) == [("s", "inconsistent", ())]


def test_powers() -> None:
    art = article(
        {"g": "10 percent", "x": "121 billion yuan", "y": "100 billion yuan"},
        {"p": "y * (1 + g)^2 == x", "q": "x * (1 + g)^-2 == y", "n": "(1 + g)^0 == 1"},
    )
    assert audit_z3(art) == engine_grades(art)
    assert {grade for _, grade, _ in audit_z3(art)} == {"consistent"}


@pytest.mark.parametrize(
    ("mean", "n", "expected"),
    [("3.45", 20, "consistent"), ("3.47", 20, "inconsistent"), ("3.5", 4, "consistent")],
)
def test_grim(mean: str, n: int, expected: str) -> None:
    """3.47 * 20 lies in [69.3, 69.5]: no whole number."""
    art = article({"m": f"a mean of {mean}"}, {"g": f"grim(m, {n})"})
    assert audit_z3(art) == engine_grades(art)
    assert audit_z3(art)[0][1] == expected


def test_grim_on_a_wide_mean_uses_a_whole_number() -> None:
    """Too many candidate multiples to list: the encoding falls back to an integer."""
    art = article({"m": "a mean of 3.4"}, {"g": "grim(m, 500, items=3)"})
    assert audit_z3(art) == engine_grades(art)
    assert audit_z3(art)[0][1] == "consistent"


@pytest.mark.parametrize(
    ("share", "n", "expected"), [("40 percent", 5, "consistent"), ("40 percent", 3, "inconsistent")]
)
def test_count_share(share: str, n: int, expected: str) -> None:
    art = article({"s": share}, {"c": f"count_share(s, {n})"})
    assert audit_z3(art) == engine_grades(art)
    assert audit_z3(art)[0][1] == expected


@pytest.mark.parametrize(
    ("n", "order", "expected"),
    [(2, "largest", "consistent"), (1, "largest", "inconsistent"), (2, "smallest", "consistent")],
)
def test_rank(n: int, order: str, expected: str) -> None:
    art = article(
        {"a": "5.1 percent", "b": "7.3 percent", "c": "2.2 percent"},
        {"r": f"rank(a, [b, c], {n}, order='{order}')"},
    )
    assert audit_z3(art) == engine_grades(art)
    assert audit_z3(art)[0][1] == expected


def test_unknown_custom_constraint_is_undecided() -> None:
    """A custom constraint the module cannot encode makes the question "unknown"."""
    net = _Z3Network(timeout_ms=1000)
    x = net.add_var("x", "figure", Interval.closed(0, 1))
    cid = net.add_constraint(("custom", Custom("mystery", (x,), lambda d: None, lambda v: True)))
    assert net.decide({cid}, "strict") == "unknown"
    assert net.formulas({cid}, "strict") is None


def test_missing_z3_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "z3", None)
    with pytest.raises(Z3UnavailableError) as raised:
        audit_z3(build_seed_article())
    assert "pip install z3-solver" in str(raised.value)
    assert isinstance(raised.value, FactcheckError)


def test_errors_are_not_graded() -> None:
    """Checks that do not compile (or repeat an id) get no grade on either path."""
    art = Article(
        source=SOURCE,
        figures=[Figure(name="a", quote="5 percent")],
        checks=[
            Check(id="ok", condition="a <= 6 %"),
            Check(id="ok", condition="a >= 6 %"),
            Check(id="bad", condition="a + 1 CNY == 2 CNY"),
        ],
    )
    assert audit_z3(art) == engine_grades(art) == [("ok", "consistent", ())]


# -- generated systems --------------------------------------------------------------------------


def compare(system: System) -> None:
    art = system.article()
    report = audit_generated(art)
    if report is None:
        return  # the known engine crash (an xfail in tests/test_engine_properties.py)
    engine = [(v.check.id, v.grade, v.conflicts_with) for v in report.verdicts]
    exact = Z3System(art, reuse_witnesses=False)  # an oracle sharing no shortcut of the engine
    z3_grades = exact.grades()
    assert [g for _, g, _ in z3_grades if g == "undecided"] == [], system.describe()
    if any(grade == "undecided" for _, grade, _ in engine):
        # The engine's search gave up where z3 decides: allowed (the engine says so), and
        # counted; the concrete case is an xfail in this module.
        event("engine undecided")
        decided = {cid for cid, grade, _ in engine if grade != "undecided"}
        engine = [row for row in engine if row[0] in decided]
        z3_grades = [row for row in z3_grades if row[0] in decided]
        if engine != z3_grades:
            return  # undecided checks change who is blamed with them
    loose = {v.check.id for v in report.verdicts if v.reason == _LOOSE}
    if loose:
        # The engine could not prove its conflict minimal (a subset stayed undecided): the
        # grades must still agree, and every conflict it names must really be one.
        event("engine conflict not proved minimal")
        assert [row[:2] for row in z3_grades] == [row[:2] for row in engine], system.describe()
        for cid, _, partners in engine:
            if cid in loose:
                assert (
                    exact.status([cid, *partners], "lenient") == "unsat"
                    or exact.status([cid, *partners], "strict") == "unsat"
                ), system.describe()
        return
    assert z3_grades == engine, system.describe() + f"\nengine: {engine}\nz3: {z3_grades}"
    assert_minimal(exact, z3_grades)
    event(f"grades: {sorted({g for _, g, _ in z3_grades})}")


@SETTINGS
@given(st.data())
def test_engine_and_z3_agree_on_generated_systems(data: st.DataObject) -> None:
    """Systems from the relation table's strategies, sometimes with one figure written 1 to 5
    units of its last digit off: the engine and z3 grade them identically, and every conflict
    set is minimal."""
    system = data.draw(systems())
    if data.draw(st.integers(0, 3)) > 0:
        system = data.draw(perturbed(system))
    compare(system)


@pytest.mark.parametrize("case", sorted(ENGINE_SHORTFALLS))
def test_z3_decides_where_the_engine_falls_short(case: str) -> None:
    """The cases of the engine's xfails (tests/test_engine_properties.py): z3 gives the grades
    proved by hand, and the engine at worst says undecided."""
    art, expected = ENGINE_SHORTFALLS[case]
    assert {cid: grade for cid, grade, _ in audit_z3(art)} == expected


def test_fraction_roundtrip_of_models() -> None:
    """Sanity of the z3 rationals used for bounds: 1/3 stays exact."""
    value = z3.Q(1, 3)
    assert Fraction(value.numerator_as_long(), value.denominator_as_long()) == Fraction(1, 3)
