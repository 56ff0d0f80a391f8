"""Provenance and coverage: quotes are found in the text as an editor would find them, and
every number of the text is accounted for, or listed where it stands."""

from __future__ import annotations

import pytest

from factcheck.errors import Location
from factcheck.files import ClaimFile, parse_claims
from factcheck.provenance import ProvenanceError, check_provenance, coverage, scan

# An article written for these tests, in an editor's typography: curly apostrophes, em dashes,
# a line break and a double space inside a sentence.
TEXT = (
    "China’s exports rose 7.2 percent—the fastest pace in two years—to\n"
    "13 trillion  yuan, while imports fell 2.7 percent.\n"
    "Shandong’s trade was up 6.8 percent to 1.73 trillion yuan.\n"
)

PATH = "t.claims.yaml"


def claims_of(figures: str = "", checks: str = "", not_claims: str = "") -> ClaimFile:
    text = "source: {title: T}\n"
    if figures:
        text += "figures:\n" + figures
    if checks:
        text += "checks:\n" + checks
    if not_claims:
        text += "not_claims:\n" + not_claims
    return parse_claims(text, PATH)


# -- quotes ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "quote",
    [
        "China's exports rose 7.2 percent",  # straight apostrophe for a curly one
        "China’s exports rose 7.2 percent",  # the text's own
        "exports rose 7.2 percent-the fastest pace",  # hyphen for an em dash
        "exports rose 7.2 percent–the fastest pace",  # en dash for an em dash
        "exports rose 7.2 percent−the fastest pace",  # a minus sign for it
        "years-to 13 trillion yuan",  # a line break and a double space in the text
        "years—to\n13   trillion\tyuan",  # odd whitespace in the quote
        "  up 6.8 percent to 1.73 trillion yuan  ",  # spaces around the quote
        "Shandong‘s trade",  # a left single quote for the apostrophe
        "Shandong`s trade",  # a backtick for it
    ],
)
def test_quotes_match_across_whitespace_dashes_and_quote_marks(quote: str) -> None:
    """A quote is found whatever its whitespace, dash and quotation-mark style."""
    claims = parse_claims(
        "source: {title: T}\nfigures:\n  a:\n    quote: " + _yaml_string(quote) + "\n", PATH
    )
    assert check_provenance(claims, TEXT) == []


def _yaml_string(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return '"' + escaped.replace("\t", "\\t") + '"'


def test_a_changed_number_does_not_match() -> None:
    """Normalization never touches digits: 2.9 is not 2.7."""
    claims = claims_of(figures='  imports: "imports fell 2.9 percent"\n')
    errors = check_provenance(claims, TEXT)
    assert len(errors) == 1


def test_a_missing_quote_names_the_figure_and_the_nearest_passage() -> None:
    """The error says which figure, what it quoted, where it is declared, and the passage of
    the text most like the quote."""
    claims = claims_of(
        figures='  exports: "exports rose 7.2 percent"\n  imports: "imports fell 2.9 percent"\n'
    )
    [error] = check_provenance(claims, TEXT)
    assert isinstance(error, ProvenanceError)
    assert error.subject == "figure 'imports'"
    assert error.quote == "imports fell 2.9 percent"
    assert error.nearest == "imports fell 2.7 percent"
    assert Location(PATH, 4, 3) == error.location
    assert (
        str(error)
        == "t.claims.yaml:4:3: figure 'imports': the quote 'imports fell 2.9 percent' is not in "
        "the source text; the nearest passage is 'imports fell 2.7 percent'"
    )


def test_check_quotes_and_not_claims_are_checked_too() -> None:
    """A check's quote and a not_claims text must also be in the source."""
    claims = claims_of(
        checks='  - id: fastest\n    quote: "the fastest pace in three years"\n'
        "    condition: 1 > 0\n",
        not_claims='  - text: "in three years"\n    reason: a period\n',
    )
    errors = check_provenance(claims, TEXT)
    assert [e.subject for e in errors] == ["check 'fastest'", "not_claims entry"]
    assert "fastest pace in two years" in errors[0].nearest


# -- coverage -------------------------------------------------------------------------------------

FIGURES = (
    "  growth: \"China's exports rose 7.2 percent-the fastest pace in two years-to 13 trillion "
    'yuan"\n'
    '  exports: {quote: "to 13 trillion yuan", value: "13"}\n'
    '  sd_growth: "up 6.8 percent to 1.73 trillion yuan"\n'
)


def test_scan_finds_every_number_with_its_line_and_column() -> None:
    """scan() reads the whole text, paragraph by paragraph, with 1-based positions."""
    found = [(n.text, n.line, n.column) for n in scan(TEXT)]
    assert found == [
        ("rose 7.2 percent", 1, 17),
        ("two", 1, 54),
        ("13 trillion  yuan", 2, 1),
        ("fell 2.7 percent", 2, 34),
        ("up 6.8 percent", 3, 22),
        ("1.73 trillion yuan", 3, 40),
    ]


def test_coverage_counts_and_lists_uncovered_numbers_where_they_stand() -> None:
    """A number is covered only when a figure quotes it (its own number of the quote, not a
    neighbour) or not_claims excuses it; the rest are listed with line and column."""
    claims = claims_of(
        figures=FIGURES, not_claims='  - text: "in two years"\n    reason: a period\n'
    )
    result = coverage(claims, TEXT)
    assert (result.covered, result.total) == (4, 6)
    assert not result.complete
    assert [(u.text, u.line, u.column) for u in result.uncovered] == [
        ("fell 2.7 percent", 2, 34),
        ("1.73 trillion yuan", 3, 40),
    ]
    fell, trade = TEXT.index("fell 2.7"), TEXT.index("1.73")
    assert {
        "covered": 4,
        "total": 6,
        "uncovered": [
            {"text": "fell 2.7 percent", "start": fell, "end": fell + 16, "line": 2, "column": 34},
            {"text": "1.73 trillion yuan", "start": trade, "end": trade + 18, "line": 3,
             "column": 40},
        ],
    } == result.to_json()  # fmt: skip


def test_figures_and_not_claims_complete_the_coverage() -> None:
    """Index picks the second number of a shared quote; with every number claimed or excused,
    coverage is complete."""
    claims = claims_of(
        figures=FIGURES
        + '  imports: "imports fell 2.7 percent"\n'
        + '  sd_trade: {quote: "up 6.8 percent to 1.73 trillion yuan", index: 1}\n',
        not_claims='  - text: "in two years"\n    reason: a period\n',
    )
    result = coverage(claims, TEXT)
    assert (result.covered, result.total) == (6, 6)
    assert result.complete
    assert result.uncovered == ()


def test_an_unreadable_figure_is_left_out_not_raised() -> None:
    """A figure whose quote cannot be read claims nothing; coverage still answers."""
    claims = claims_of(figures='  broken: "imports fell 2.7 percent"\n  other: "no number"\n')
    assert (coverage(claims, TEXT).covered, coverage(claims, TEXT).total) == (1, 6)


UNREADABLE = "Output rose to 1350,000 tonnes, up 4 percent.\nPrices fell 3 percent.\n"


def test_an_unreadable_number_is_reported_as_uncovered_not_raised() -> None:
    """A number the reader cannot read ('1350,000') is listed as uncovered, with the reason;
    the numbers around it are still read."""
    result = coverage(claims_of(), UNREADABLE)
    assert result.total == 3
    assert [(u.text, u.line, u.column) for u in result.uncovered] == [
        ("1350,000", 1, 16),
        ("up 4 percent", 1, 33),
        ("fell 3 percent", 2, 8),
    ]
    [bad] = [u for u in result.uncovered if u.reading is None]
    assert bad.error is not None
    assert "commas" in bad.error


def test_an_unreadable_number_can_be_excused() -> None:
    """not_claims can excuse an unreadable number like any other."""
    claims = claims_of(not_claims='  - text: "1350,000 tonnes"\n    reason: a typo\n')
    assert coverage(claims, UNREADABLE).covered == 1


def test_numbers_before_an_unreadable_span_are_not_lost() -> None:
    """Regression: when the reader stopped at a bad digit ('５') after an ambiguous '¥', the
    text before it was read again only once and, failing again, dropped: '12' vanished from
    coverage.  Each unreadable span is now listed and the text around it scanned again."""
    text = "It cost ¥ 12 and ５ and 4 more."
    found = [(n.text, n.column, n.error is None) for n in scan(text)]
    assert found == [("¥", 9, False), ("12", 11, True), ("５", 18, False), ("4", 24, True)]


def test_two_malformed_numbers_are_both_listed() -> None:
    """Several unreadable numbers in one paragraph are each reported where they stand."""
    found = [(n.text, n.column) for n in scan("From 1350,000 to 2450,000 and then 7.")]
    assert found == [("1350,000", 6), ("2450,000", 18), ("7", 36)]
