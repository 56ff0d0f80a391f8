"""Physical quantities: "5 kg" and "5,000 grams" are one mass, not two plain numbers.

Before, the reader kept "kg" and "grams" as nouns beside plain numbers, so the audit
compared 5 with 5,000 and called a correct article inconsistent.  Expected values are worked
by hand from the written numbers (plus or minus half the last digit).
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from factcheck.engine import audit
from factcheck.model import Article, Check, Figure, Reference, Source
from factcheck.reading import read_one


@pytest.mark.parametrize(
    ("phrase", "unit", "low", "high"),
    [
        ("5 kg", "kilogram", "4.5", "5.5"),
        ("1.5 million tonnes", "million tonne", "1.45", "1.55"),
        ("80 kilometres", "kilometer", "79.5", "80.5"),
        ("3.4 GW", "gigawatt", "3.35", "3.45"),
        ("250 TWh", "terawatt_hour", "249.5", "250.5"),
        ("4.5 million hectares", "million hectare", "4.45", "4.55"),
        ("7.5 billion cubic metres", "billion cubic_meter", "7.45", "7.55"),
        ("1.2 million barrels", "million barrel", "1.15", "1.25"),
    ],
)
def test_a_physical_unit_is_read_as_a_unit(phrase: str, unit: str, low: str, high: str) -> None:
    reading = read_one(phrase)
    assert reading.unit_text == unit
    assert (reading.strict.lo, reading.strict.hi) == (Fraction(low), Fraction(high))


@pytest.mark.parametrize(
    ("phrase", "unit"),
    [
        ("5 tons", None),  # a short, long or metric ton by country: left a noun
        ("EUR 40m", "million EUR"),  # "m" is a million, never a metre
        ("a 3 m rise", None),
    ],
)
def test_words_a_reader_could_mistake_are_not_units(phrase: str, unit: str | None) -> None:
    assert read_one(phrase).unit_text == unit


def _grades(figures: dict[str, str], *conditions: str, **references: str) -> dict[str, str]:
    article = Article(
        source=Source(title="physical units"),
        figures=[Figure(name=name, quote=quote) for name, quote in figures.items()],
        references=[
            Reference(name=name, value=value, unit="kilogram", source="postal rules")
            for name, value in references.items()
        ],
        checks=[Check(id=f"c{i}", condition=c) for i, c in enumerate(conditions)],
    )
    report = audit(article)
    grades = {v.check.id: v.grade for v in report.verdicts}
    grades.update({str(e).split("'")[1]: "error" for e in report.errors})
    return grades


def test_one_mass_in_two_units_is_consistent() -> None:
    grades = _grades(
        {"kilos": "5 kg", "grams": "5,000 grams", "more": "5,700 grams"},
        "kilos == grams",
        "kilos == more",  # 4,500-5,500 g against 5,650-5,750 g
        "kilos > 4 kg",
        "kilos > 6000 gram",
    )
    assert grades == {"c0": "consistent", "c1": "inconsistent", "c2": "consistent",
                      "c3": "inconsistent"}  # fmt: skip


def test_scale_words_and_units_convert_together() -> None:
    grades = _grades(
        {
            "a": "1.5 million tonnes",
            "b": "1,500 thousand tonnes",
            "c": "12 km",
            "d": "12,000 metres",
        },
        "a == b",
        "c == d",
    )
    assert grades == {"c0": "consistent", "c1": "consistent"}


def test_unlike_quantities_are_refused_not_compared() -> None:
    grades = _grades(
        {"mass": "5 kg", "power": "3.4 GW", "tons": "5 tons"}, "mass < power", "tons == mass"
    )
    assert grades == {"c0": "error", "c1": "error"}


def test_a_reference_written_in_kilograms_is_scaled_once() -> None:
    """Its reading takes "5 kg" to 5,000 grams; the unit beside it only says what it is."""
    grades = _grades({"parcel": "5 kg"}, "parcel == limit", limit="5 kg")
    assert grades == {"c0": "consistent"}


def test_a_reference_written_per_mille_is_scaled_once() -> None:
    """The same rule as for kilograms and percent: "5 per mille" is 0.005 by its own reading,
    and the unit beside it only says what it measures (it was scaled twice, to 0.000005)."""
    article = Article(
        source=Source(title="per mille"),
        figures=[Figure(name="share", quote="0.5 percent")],
        references=[Reference(name="rate", value="5 per mille", unit="per_mille", source="s")],
        checks=[Check(id="c", condition="share == rate")],
    )
    report = audit(article)
    assert report.errors == ()
    assert [v.grade for v in report.verdicts] == ["consistent"]
