"""'$29.2 million, nearly triple the $10.1 million of a year earlier', 'twice the $20.7
billion it owed': a level, then the multiple of the level after it that it is.  The reader
takes "double", "triple", "treble" and "quadruple" as multiples only before "the", "that",
"its", "their" or "what"."""

from __future__ import annotations

import pytest

from drafted import flags
from factcheck.reading import read


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        (
            "Sales reached $29.2 million, nearly triple the $10.1 million of a year earlier.",
            "Sales reached $19.2 million, nearly triple the $10.1 million of a year earlier.",
        ),
        (
            "Its debt is $41.4 billion, twice the $20.7 billion it owed in 2019.",
            "Its debt is $31.4 billion, twice the $20.7 billion it owed in 2019.",
        ),
        (
            "London remained the most expensive region, at £523,000, more than twice the North"
            " East's £158,000.",
            "London remained the most expensive region, at £283,000, more than twice the North"
            " East's £158,000.",
        ),
        (
            "Exports hit 4.38 million tonnes, more than double the 1.96 million tonnes of 2020.",
            "Exports hit 3.38 million tonnes, more than double the 1.96 million tonnes of 2020.",
        ),
    ],
)
def test_a_level_that_is_a_multiple_of_the_level_after(right: str, wrong: str) -> None:
    assert flags(right) == []
    assert flags(wrong) != []


@pytest.mark.parametrize(
    ("phrase", "kinds"),
    [
        ("a double room for $120", ["number"]),
        ("the hall doubles as a venue for 300 people", ["number"]),
        ("a triple-digit rise of 120%", ["number"]),
        ("more than double the 15.9 recorded", ["multiple", "number"]),
        ("nearly triple that", ["multiple"]),
    ],
)
def test_double_and_triple_are_multiples_only_before_what_they_multiply(
    phrase: str, kinds: list[str]
) -> None:
    assert [r.kind for r in read(phrase)] == kinds


@pytest.mark.parametrize(
    "sentence",
    [
        # a verb: no level before it
        "The plan would double the $20.7 billion budget by 2030.",
        # the multiple compares another noun than the level after it
        "The chain has 2,000 staff, twice the number its rival employs in 140 stores.",
        # a level of another unit
        "Its debt is $41.4 billion, twice the 12.3% of output it was in 2019.",
    ],
)
def test_a_multiple_that_joins_no_two_levels_draws_no_finding(sentence: str) -> None:
    assert flags(sentence) == []
