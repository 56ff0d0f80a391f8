"""Forms of real published errors (tests/errata/, fifth round): a level set against its
year-ago level, a part 'out of' a whole glossed by its share, and answers graded on one
scale; each with correct sentences of the same shape that must stay unflagged, and near
forms the rules must leave alone.  Texts are invented in the form of the real ones; the
values expected are worked by hand."""

from __future__ import annotations

import pytest

from drafted import text_flags as _flags
from drafted import valued


def _text(sentence: str) -> str:
    return f"Figures\n\n{sentence}\n"


# --- "to A against B in the year-ago quarter": B is the level the rate grew from ----------------


def test_a_rate_against_the_year_ago_level_is_checked() -> None:
    """'dropped 45.7% ... to Rs 47 crore, against Rs 108 crore in the year-ago quarter': 47 on
    108 is a drop of 56.5%."""
    text = _text(
        "Net profit dropped 45.7% year on year to Rs 47 crore in the first quarter, against "
        "Rs 108 crore in the year-ago quarter."
    )
    assert "growth ( 47 , 108 ) == 45.7" in valued(text)
    assert _flags(text) != []


@pytest.mark.parametrize(
    ("sentence", "growth"),
    [
        (
            "Net profit rose 26.40% to Rs 72.63 crore against Rs 57.46 crore in the same "
            "quarter a year ago.",
            "growth ( 72.63 , 57.46 ) == 26.40",
        ),
        (
            "Operating profit went up 36% to Rs 1,898 crore as against Rs 1,394 crore in the "
            "year-ago period.",
            "growth ( 1,898 , 1,394 ) == 36",
        ),
        (
            "Revenue fell 23.47% to Rs 759.23 crore, compared with Rs 992.14 crore a year earlier.",
            "growth ( 759.23 , 992.14 ) == 23.47",
        ),
        (
            "Sales rose 8% year-on-year to $54 million from $50 million.",
            "growth ( 54 , 50 ) == 8",
        ),
    ],
)
def test_a_right_rate_against_the_year_ago_level_draws_no_finding(
    sentence: str, growth: str
) -> None:
    text = _text(sentence)
    assert growth in valued(text)
    assert _flags(text) == []


@pytest.mark.parametrize(
    ("sentence", "level"),
    [
        # another period's comparand: the 12% may be year on year
        ("Net profit rose 12% to Rs 50 crore against Rs 45 crore in the previous quarter.", "45"),
        # an estimate, no level of the past
        ("Net profit rose 12% to Rs 50 crore against analysts' estimates of Rs 60 crore.", "60"),
        # a sequential rate beside a year-ago comparand
        (
            "Net profit rose 5% sequentially to Rs 50 crore against Rs 40 crore a year earlier.",
            "40",
        ),
    ],
)
def test_another_comparand_is_no_level_grown_from(sentence: str, level: str) -> None:
    text = _text(sentence)
    assert not any(f", {level} )" in c for c in valued(text) if c.startswith("growth ("))
    assert _flags(text) == []


# --- "A out of B, which is P percent": A's share of B ---------------------------------------------


def test_a_share_glossing_a_part_out_of_a_whole_is_checked() -> None:
    """'4,175 cases out of a population of 358,000, which is .01166 percent': 1.166 percent."""
    text = _text(
        "The county has had 4,175 cases out of a population of 358,000, which is .01166 percent."
    )
    assert valued(text) == {
        "share ( 4,175 , 358,000 ) == .01166": "error",
        "parts_within ( 358,000 , [ 4,175 ] )": "error",
    }
    assert _flags(text) != []


@pytest.mark.parametrize(
    "sentence",
    [
        "The county has had 4,175 cases out of a population of 358,000, which is 1.17 percent.",
        "There have been 4,175 cases out of 358,000 residents, or 1.17 percent.",
        "The clinic saw 46 deaths out of 4,175 patients (1.1%).",
    ],
)
def test_a_right_share_of_a_part_out_of_a_whole_draws_no_finding(sentence: str) -> None:
    text = _text(sentence)
    assert any(c.startswith("share (") for c in valued(text))
    assert _flags(text) == []


def test_a_rate_with_a_direction_after_out_of_is_no_share() -> None:
    """'fell to 300 out of 500, down 20 percent': a change, not 300's share of 500."""
    text = _text("Turnout fell to 300 out of 500, down 20 percent.")
    assert not any(c.startswith("share (") for c in valued(text))
    assert _flags(text) == []


# --- answers graded on one scale: together at most 100 percent ---------------------------------


def test_graded_answers_past_100_percent_are_flagged() -> None:
    """'59% somewhat likely, 35% very likely and 26% not very likely' make 120 percent."""
    text = _text(
        "Asked how likely it was that scientists had falsified research, 59% said it was "
        "somewhat likely, 35% said very likely and 26% said not very likely."
    )
    assert valued(text) == {"shares_sum ( [ 59 , 35 , 26 ] )": "warn"}
    assert _flags(text) != []


def test_right_graded_answers_draw_no_finding() -> None:
    text = _text(
        "Asked how likely it was that scientists had falsified research, 24% said it was "
        "somewhat likely, 35% said very likely and 21% said not very likely."
    )
    assert valued(text) == {"shares_sum ( [ 24 , 35 , 21 ] )": "warn"}
    assert _flags(text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a bare 'likely' may hold the 'very likely'
        "Asked how likely a recession was, 60% said likely and 45% said very likely.",
        # each share names its own group
        "Asked about the plan, 60% of Republicans said very likely and 55% of Democrats said "
        "somewhat likely.",
        # no question asked: the shares may answer two questions
        "Some 60% were very satisfied with the service and 55% somewhat satisfied with the price.",
        # one degree twice: two groups' answers
        "Asked about the plan, 60% said very likely, and 55% said very likely a year ago.",
    ],
)
def test_answers_not_graded_on_one_scale_are_not_summed(sentence: str) -> None:
    text = _text(sentence)
    assert not any(c.startswith("shares_sum ( [") and "," in c for c in valued(text))
    assert _flags(text) == []


# --- "A before ... and B after, a saving of P%": the growth from A to B ----------------------


def test_a_saving_between_before_and_after_is_checked() -> None:
    """'1,399,551 bytes before conversion and 269,176 bytes after, a saving of 19.2%': the
    saving is 80.8% (19.2% is the size after over the size before)."""
    text = _text(
        "The image was 1,399,551 bytes before conversion and 269,176 bytes after, a saving "
        "of 19.2%."
    )
    assert "growth ( 269,176 , 1,399,551 ) == 19.2" in valued(text)
    assert _flags(text) != []


@pytest.mark.parametrize(
    ("sentence", "growth"),
    [
        (
            "The image was 1,399,551 bytes before conversion and 269,176 bytes after, a "
            "saving of 80.8%.",
            "growth ( 269,176 , 1,399,551 ) == 80.8",
        ),
        (
            "The coat cost $40 before the sale and $30 after, a cut of 25%.",
            "growth ( 30 , 40 ) == 25",
        ),
        (
            "Membership stood at 1,200 before the merger and 1,500 after, an increase of 25%.",
            "growth ( 1,500 , 1,200 ) == 25",
        ),
    ],
)
def test_a_right_change_between_before_and_after_draws_no_finding(
    sentence: str, growth: str
) -> None:
    text = _text(sentence)
    assert growth in valued(text)
    assert _flags(text) == []


def test_a_rate_with_no_word_of_change_after_before_and_after_is_left_alone() -> None:
    """'..., 25% of the total' is a share, not the change between the two levels."""
    text = _text("The coat cost $40 before the sale and $30 after, 25% of the total.")
    assert not any(c.startswith("growth (") for c in valued(text))


# --- "N in total ... X alone accounts for M": M no larger than N ------------------------------


def test_a_part_held_alone_larger_than_the_total_is_flagged() -> None:
    """'81,900 cells in total, while the bone marrow alone accounts for 283,700 cells'."""
    text = _text(
        "The atlas holds 81,900 cells in total, while the bone marrow alone accounts for "
        "283,700 cells."
    )
    assert valued(text) == {"parts_within ( 81,900 , [ 283,700 ] )": "warn"}
    assert _flags(text) != []


@pytest.mark.parametrize(
    "sentence",
    [
        "The firm sold 10,400 cars in total last year, and Europe alone accounted for 4,120 cars.",
        "The fund holds $5.2 billion in all; its bond portfolio alone accounts for $3.1 billion.",
        "Of a total of 2,310 cases, the capital alone had 1,204 cases.",
    ],
)
def test_a_part_held_alone_within_the_total_draws_no_finding(sentence: str) -> None:
    text = _text(sentence)
    assert any(c.startswith("parts_within (") for c in valued(text))
    assert _flags(text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # another noun: residents are no part of the doctors
        "The country has 500,000 doctors in total, and London alone has 9,000,000 residents.",
        # no total stated: '500,000 doctors' may be one region's
        "The country has 500,000 doctors, and London alone has 900,000 residents.",
    ],
)
def test_a_part_alone_of_another_noun_or_no_total_is_left_alone(sentence: str) -> None:
    text = _text(sentence)
    assert not any(c.startswith("parts_within (") for c in valued(text))
    assert _flags(text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # the graded words are of two topics
        "Asked about the economy, 60% were very worried about prices and 50% were somewhat "
        "worried about jobs.",
    ],
)
def test_graded_answers_of_two_topics_are_not_summed(sentence: str) -> None:
    text = _text(sentence)
    assert not any(c.startswith("shares_sum ( [") and "," in c for c in valued(text))
    assert _flags(text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "He won 300 votes out of 1,000 cast, or 2 percent more than last time.",
        "The county had 4,175 cases out of 358,000 residents, or 3.1 percent of the state's cases.",
    ],
)
def test_a_rate_after_out_of_that_compares_or_names_its_whole_is_no_gloss(sentence: str) -> None:
    text = _text(sentence)
    assert not any(c.startswith(("share ( 300", "share ( 4,175")) for c in valued(text))
    assert _flags(text) == []


def test_a_comparand_of_another_measure_is_no_level_grown_from() -> None:
    """'to Rs 50 crore, against a revenue of Rs 300 crore a year earlier': not profit's."""
    text = _text(
        "Net profit rose 20% to Rs 50 crore, against a revenue of Rs 300 crore a year earlier."
    )
    assert not any(", 300 )" in c for c in valued(text) if c.startswith("growth ("))
    assert _flags(text) == []


def test_a_rate_of_another_comparand_after_before_and_after_is_left_alone() -> None:
    text = _text(
        "Sales were $40 million before tax and $30 million after, a fall of 10% on last year."
    )
    assert not any(c.startswith("growth ( 30 , 40 )") for c in valued(text))


# --- "N things per unit of area" beside the count and the area -------------------------------


def test_a_density_a_million_times_too_large_is_flagged() -> None:
    """'one million trees' on '26.1 sq km', 'about 38 trees per sq m': it is 0.038."""
    text = _text(
        "The area covers only 26.1 sq km, so planting one million trees there would come to "
        "about 38 trees per sq m."
    )
    assert valued(text) == {"38 == one / 26.1 * ( 1 square_meter )": "warn"}
    assert _flags(text) != []


@pytest.mark.parametrize(
    "sentence",
    [
        "The region's 4.2 million people live on 70,000 square kilometres, about 60 people per "
        "square kilometre.",
        "The park's 5,000 trees stand on 20 hectares, or 250 trees per hectare.",
        "The area covers 26.1 sq km, so one million trees there would come to about 38,300 "
        "trees per sq km.",
    ],
)
def test_a_right_density_draws_no_finding(sentence: str) -> None:
    text = _text(sentence)
    assert any(c.endswith(")") and "*" in c for c in valued(text))
    assert _flags(text) == []


def test_a_density_of_another_noun_is_left_alone() -> None:
    """'4.2 million people ... 30 cars per square kilometre': the cars are not counted."""
    text = _text(
        "The region's 4.2 million people live on 70,000 square kilometres, with 30 cars per "
        "square kilometre."
    )
    assert not any("square_kilometer" in c for c in valued(text))
    assert _flags(text) == []


# --- "P% ..., leaving Q% who ...": P and Q make the whole -------------------------------------


def test_a_share_and_a_wrong_rest_are_flagged() -> None:
    """'63% agreed ..., which leaves 47% who disagreed': it leaves 37%."""
    text = _text("Some 63% of people agreed, which leaves 47% who disagreed.")
    assert "63 + 47 == 100 percent" in valued(text)
    assert _flags(text) != []


@pytest.mark.parametrize(
    "sentence",
    [
        "Only 30% of staff were vaccinated, leaving 70% who were not.",
        "Some 63% of people agreed, which leaves 37% who disagreed.",
    ],
)
def test_a_share_and_its_rest_draw_no_finding(sentence: str) -> None:
    text = _text(sentence)
    assert any(c.endswith("== 100 percent") for c in valued(text))
    assert _flags(text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # two shares before may overlap: the rest is not 100 less their sum
        "Some 40% own a car and 30% a bike, leaving 45% who own neither.",
        # a change, not a share
        "Unemployment fell 2%, leaving 5% who are out of work.",
        # the rest of another whole
        "The top 10% hold 50% of the wealth, leaving 50% for the other 90%.",
    ],
)
def test_no_single_share_before_the_rest_is_left_alone(sentence: str) -> None:
    text = _text(sentence)
    assert not any(c.endswith("== 100 percent") for c in valued(text))
    assert _flags(text) == []
