"""The reader's value classes (``Reading``, ``ReadingPolicy``, the hedges and their windows,
``Location``) behave as the frozen attrs and dataclass classes they replaced: equal and hashed
by value within one class, the same repr, immutable, picklable, copyable and evolvable."""

from __future__ import annotations

import copy
import dataclasses
import pickle
from fractions import Fraction

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck import HEDGES, Interval, ReadingPolicy, read, read_one
from factcheck.errors import Location
from factcheck.frozen import evolve
from factcheck.hedges import Above, AtMost, Below, Rounded, Shortfall, Within
from factcheck.reading.fastpath import _Suffix


def test_reading_repr_lists_every_field_in_order() -> None:
    """A reading's repr is attrs': the class, then every field as ``name=value``, in order."""
    reading = read_one("about 5 percent")
    expected = (
        "Reading(text='about 5 percent', start=0, end=15, value='5', number=Fraction(5, 1), "
        "kind='number', unit='percent', scale=None, hedge='about', hedge_text='about', "
        "direction=0, rounding='up_or_down', step=Fraction(1, 1), "
        "strict=Interval(Fraction(9, 2), Fraction(11, 2), True, True), "
        "lenient=Interval(Fraction(9, 2), Fraction(11, 2), True, True), label=None)"
    )
    assert expected == repr(reading)


def test_policy_repr_leaves_out_the_worked_out_table() -> None:
    """The policy's repr shows its five options, not the hedge table worked out from them."""
    expected = (
        "ReadingPolicy(rounding='up', base=Fraction(100, 1), trailing_zeros='prose', "
        "yen_symbol=None, hedges=mappingproxy({}))"
    )
    assert expected == repr(ReadingPolicy(rounding="up", base="100"))


def test_window_and_location_reprs() -> None:
    """Windows and locations show their fields; a window without fields shows none."""
    assert repr(Within(Fraction(1, 20))) == "Within(fraction=Fraction(1, 20))"
    assert (
        repr(Shortfall(Fraction(1, 10), include_x=False, steps=1))
        == "Shortfall(fraction=Fraction(1, 10), include_x=False, steps=1)"
    )
    assert repr(Rounded()) == "Rounded()"
    assert repr(Location("a.yaml", 3, 7)) == "Location(path='a.yaml', line=3, column=7)"


def test_equality_is_by_value_and_class() -> None:
    """Equal fields make equal instances with equal hashes; another class never compares
    equal, even with the same fields."""
    assert Below(2) == Below(2)
    assert hash(Below(2)) == hash(Below(2))
    assert Below(2) != Below(3)
    assert Below(2) != AtMost(2)
    assert Below(2).__eq__(AtMost(2)) is NotImplemented
    assert ReadingPolicy(base=100) == ReadingPolicy(base="100")
    assert ReadingPolicy(base=100) != ReadingPolicy(base=10)
    assert Location(None, 1, 1) == Location(None, 1, 1)
    assert {Location(None, 1, 1), Location(None, 1, 1), Location("f", 1, 1)} == {
        Location("f", 1, 1),
        Location(None, 1, 1),
    }


def test_instances_are_frozen() -> None:
    """Assigning or deleting a field raises the error the attrs (or dataclass) class raised."""
    reading = read_one("5 percent")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        reading.value = "6"  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        del HEDGES["about"].name  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        ReadingPolicy().rounding = "up"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        Location(None, 1, 1).line = 2  # type: ignore[misc]
    assert reading.value == "5"


def test_policy_validates_as_before() -> None:
    """Options are converted, then checked in order; a wrong name or type is a TypeError."""
    with pytest.raises(ValueError, match="rounding='sideways' must be one of up_or_down"):
        ReadingPolicy(rounding="sideways", base="-1")
    with pytest.raises(ValueError, match=r"base=Fraction\(-1, 1\) must be a positive number"):
        ReadingPolicy(base="-1", trailing_zeros="none")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="unexpected keyword argument 'round'"):
        ReadingPolicy(round="up")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        ReadingPolicy(hedges=None)  # type: ignore[arg-type]


def test_match_args_are_the_positional_fields() -> None:
    """Positional classes match by position; keyword-only ones (Reading) by keyword only."""
    match Shortfall(Fraction(1, 20)):
        case Shortfall(fraction, include, steps):
            assert (Fraction(1, 20), True, None) == (fraction, include, steps)
        case _:
            pytest.fail("no match")
    assert type(read_one("5 percent")).__match_args__ == ()


def test_evolve_rebuilds_through_init() -> None:
    """``evolve`` changes the named fields, keeps the rest and validates again."""
    policy = ReadingPolicy(rounding="up", hedges={"about": HEDGES["nearly"]})
    changed = evolve(policy, base="0.5")
    assert (Fraction(1, 2), "up", HEDGES["nearly"]) == (
        changed.base,
        changed.rounding,
        changed.hedges["about"],
    )
    assert HEDGES["nearly"] is changed._hedge_by_word["about"]
    with pytest.raises(ValueError, match="yen_symbol='EUR'"):
        evolve(policy, yen_symbol="EUR")
    assert Above(None) == evolve(Above(), steps=None)
    assert Location("f", 2, 1) == Location("f", 1, 1).__replace__(line=2)  # copy.replace


@given(st.sampled_from(["about 5 percent", "fell 2.7 percent to $1.81 billion", "3 in 10", "x"]))
def test_readings_survive_pickling_and_copying(phrase: str) -> None:
    """A reading, the hedges and a suffix come back equal from pickle, copy and deepcopy."""
    values = [*read(phrase), *HEDGES.values(), _Suffix(None, "percent", "number", None, 0)]
    for value in values:
        for twin in (pickle.loads(pickle.dumps(value)), copy.copy(value), copy.deepcopy(value)):
            assert value == twin
            assert hash(value) == hash(twin)


def test_interval_fields_are_compared() -> None:
    """Two readings that differ only in an interval are not equal."""
    reading = read_one("5 percent")
    assert reading != evolve(reading, lenient=Interval.closed(4, 6))
    assert reading == evolve(reading)
