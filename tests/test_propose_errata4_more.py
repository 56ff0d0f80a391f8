"""Forms of real published errors (tests/errata/, fourth round), continued: averages, shares
of a whole the words point back to, and a rate's change in percent; each with correct
sentences of the same shape that must stay unflagged.  Texts are invented in the form of the
real ones; the values expected are worked by hand."""

from __future__ import annotations

import pytest

from drafted import text_flags as _flags
from drafted import valued


def _text(sentence: str) -> str:
    return f"Figures\n\n{sentence}\n"


def _growths(text: str) -> set[str]:
    return {c for c in valued(text) if c.startswith("growth (")}


# --- "an average of A a match" beside the total and the count of matches ----------------------


def test_an_average_per_thing_is_the_total_over_their_count() -> None:
    """'64 games drew 3,031,768 fans, an average of 41,371 per game': it is 47,371."""
    text = _text("The 64 games drew 3,031,768 fans, an average of 41,371 per game.")
    assert valued(text) == {"3,031,768 / 64 == 41,371": "warn"}
    assert _flags(text) != []


@pytest.mark.parametrize(
    ("sentence", "equal"),
    [
        (
            "The 64 games drew 3,031,768 fans, an average of 47,371 per game.",
            "3,031,768 / 64 == 47,371",
        ),
        ("The team scored 98 goals in 38 matches, an average of 2.6 a match.", "98 / 38 == 2.6"),
        (
            "The 12 stores took $4.8 million, an average of $400,000 a store.",
            "4.8 / 12 == 400,000",
        ),
    ],
)
def test_a_right_average_per_thing_draws_no_finding(sentence: str, equal: str) -> None:
    text = _text(sentence)
    assert equal in valued(text)
    assert _flags(text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The 64 games drew 3,031,768 fans, an average of about 47,000 per game.",
        "The 64 games drew 3,031,768 fans and 12,000 staff, an average of 47,371 per game.",
    ],
)
def test_a_hedged_average_or_two_totals_are_left_alone(sentence: str) -> None:
    """A hedged average, and a sentence with two totals it may be of, make no check."""
    text = _text(sentence)
    assert not any("/ 64 ==" in c for c in valued(text))
    assert _flags(text) == []


# --- a count's share of the whole its words point back to ("Of the", "of them") -----------------


def _shares(text: str) -> set[str]:
    return {c for c in valued(text) if c.startswith("share (")}


@pytest.mark.parametrize(
    ("sentence", "share"),
    [
        (
            "Makers sold 412.5 million phones in 2023. Acme sold 95.2 million of them, with a "
            "25.1% market share.",
            "share ( 95.2 , 412.5 ) == 25.1",
        ),
        (
            "Of the 1,204,331 ballot papers, spoilt votes numbered 6,042 (0.6 per cent).",
            "share ( 6,042 , 1,204,331 ) == 0.6",
        ),
    ],
)
def test_a_share_of_the_whole_pointed_back_to_must_fit(sentence: str, share: str) -> None:
    """95.2 of 412.5 is 23.1 percent; 6,042 of 1,204,331 is 0.50 percent."""
    text = _text(sentence)
    assert share in _shares(text)
    assert _flags(text) != []


@pytest.mark.parametrize(
    ("sentence", "share"),
    [
        (
            "Makers sold 412.5 million phones in 2023. Acme sold 95.2 million of them, with a "
            "23.1% market share.",
            "share ( 95.2 , 412.5 ) == 23.1",
        ),
        (
            "Of the 1,204,331 ballot papers, spoilt votes numbered 6,042 (0.5 per cent).",
            "share ( 6,042 , 1,204,331 ) == 0.5",
        ),
        (
            "Of the 52,000 people surveyed, 12,480 (24%) said yes.",
            "share ( 12,480 , 52,000 ) == 24",
        ),
    ],
)
def test_a_right_share_of_the_whole_pointed_back_to_draws_no_finding(
    sentence: str, share: str
) -> None:
    text = _text(sentence)
    assert share in _shares(text)
    assert _flags(text) == []


def test_a_hedged_share_of_them_is_left_alone() -> None:
    """'roughly 23% of the market': a hedged share, tied to no whole here."""
    text = _text(
        "Makers sold 412.5 million phones in 2023. Acme sold 95.2 million of them, with roughly "
        "23% market share."
    )
    assert not any("412.5" in c for c in _shares(text))
    assert _flags(text) == []


# --- a rate, the one it moved from, then a change in percent ----------------------------------


def test_a_change_in_percent_of_a_rate_is_its_relative_change() -> None:
    """'64.2%, up from 60.1%, a rise of 4.1%': 4.1 is the rise in points; in percent it is
    6.8."""
    text = _text("Turnout was 64.2% this year, up from 60.1% in 2019, a rise of 4.1%.")
    assert "growth ( 64.2 , 60.1 ) == 4.1" in _growths(text)
    assert _flags(text) != []


@pytest.mark.parametrize(
    "sentence",
    [
        "Turnout was 64.2% this year, up from 60.1% in 2019, a rise of 6.8%.",
        "Pass rates were 81.3%, down from 83.5% in 2022, a fall of 2.6%.",
        "Turnout was 64.2% this year, up from 60.1% in 2019, a rise of 4.1 percentage points.",
        "Turnout was 64.2% this year, up from 60.1% in 2019, a rise of about 7%.",
    ],
)
def test_a_right_or_pointed_or_hedged_change_of_a_rate_draws_no_finding(sentence: str) -> None:
    assert _flags(_text(sentence)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Of the 4,310 votes cast, the mayor won 2,610, or 61.2% of valid ballots, and her rival "
        "1,655, or 38.8%; 45 ballots were spoilt.",
        "Vendors shipped 403.5 million phones, 6.3 percent fewer than the 430.7 million of a year "
        "earlier. Apple shipped 77.3 million of them, a 19.2 percent share of the market.",
    ],
)
def test_a_share_of_another_base_or_a_level_compared_is_not_pointed_back_to(
    sentence: str,
) -> None:
    """A share in a sentence whose shares name their own whole ('of valid ballots') is not of
    the whole it opens with; 'of them' points back past a level compared with ('than the
    430.7 million of a year earlier')."""
    text = _text(sentence)
    assert not any(
        c.startswith(("share ( 1,655 , 4,310", "share ( 77.3 , 430.7")) for c in _shares(text)
    )
    assert _flags(text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The prizes were awarded 573 times, to 822 men, 48 women and 26 organizations, 896 "
        "laureates in all.",
        "Of the 225 seats, 196 were filled in the districts, where the NPP won 141 and the SJB "
        "35, and 29 from the national lists.",
        "The changes came to £758.535 million and £120.483 million, £879.018 million in all, for a "
        "budget of £20,076.022 million and £510.038 million, £20,586.060 million in all.",
    ],
)
def test_a_list_of_its_own_or_parts_of_a_part_are_not_summed_with_the_rest(
    sentence: str,
) -> None:
    """A figure before a preposition that opens a list ('573 times, to 822 men'), a total of
    an earlier list, and parts of a part ('where the NPP won 141') are no parts of the total."""
    assert _flags(_text(sentence)) == []
