"""``factcheck.draft.draft``: a claim file that parses, audits as written and covers its text."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import attrs
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.draft import draft
from factcheck.engine import audit
from factcheck.files import ClaimFile, parse_claims
from factcheck.model import Check
from factcheck.provenance import check_provenance, coverage, scan
from factcheck.relations import RELATIONS
from factcheck.results import audit_file

ARTICLE = (
    "Harbour town's ferry takes 1.2 million riders\n"
    "\n"
    "PORTVALE, June 30, 2025. The ferry carried 1.2 million passengers in the first half, "
    "up 8 percent from a year earlier.\n"
    "Fares brought in 14.5 million euros, up 3 percent to a record. Tickets for students made "
    "up 6.5 million euros, about 45 percent of the fares.\n"
    "Weekend trips grew 11 percent to 4.4 million euros, 8 percentage points higher than the "
    "network as a whole.\n"
    'The café on board sold "nearly 90,000 coffees", the operator said; it was the third '
    "summer of growth.\n"
    "Twelve new crew members joined in 2024.\n"
)
"""A short article with a little of everything the drafter looks for."""

SEED = (
    Path(__file__).resolve().parents[2] / "shared" / "articles" / "china-foreign-trade-2025h1.txt"
)


def _load(text: str, path: str | None = "article.txt") -> tuple[str, ClaimFile]:
    written = draft(text, path=path)
    return written, parse_claims(written, "draft.claims.yaml")


def _figure_names(written: str) -> list[str]:
    """The figure names exactly as written, duplicates included (a YAML mapping would hide
    them)."""
    section = written.split("\nfigures:\n", 1)[1].split("\n\n", 1)[0]
    return re.findall(r"^  ([A-Za-z_][A-Za-z0-9_]*):", section, re.MULTILINE)


def _assert_complete(text: str, written: str, claims: ClaimFile) -> None:
    report = audit(claims.article)
    assert report.errors == ()
    assert report.ok, [(v.check.id, v.grade) for v in report.verdicts if not v.ok]
    assert all(v.check.proposed for v in report.verdicts)
    cover = coverage(claims, text)
    assert cover.complete, [u.text for u in cover.uncovered]
    assert check_provenance(claims, text) == []
    names = _figure_names(written)
    assert len(names) == len(set(names))
    assert not set(names) & set(RELATIONS)
    for figure in claims.article.figures:
        assert figure.quote in text


def test_the_draft_parses_audits_and_covers_the_article() -> None:
    """A short article's draft loads, audits with no errors, and covers every number."""
    written, claims = _load(ARTICLE)
    _assert_complete(ARTICLE, written, claims)


def test_one_figure_per_number_and_dates_under_not_claims() -> None:
    """Every number but dates, years and periods is a figure; those are excused, with a
    reason."""
    _, claims = _load(ARTICLE)
    numbers = scan(ARTICLE)
    others = [n for n in numbers if n.reading and n.reading.kind in ("date", "year", "period")]
    assert len(claims.article.figures) == len(numbers) - len(others)
    excused = {n.text: n.reason for n in claims.not_claims}
    assert excused["June 30, 2025"] == "a date, not a claim"
    assert excused["2024"] == "names a year, not a claim"
    assert excused["first half"] == "names a period, not a claim"


def test_quotes_are_short_and_carry_their_number() -> None:
    """A quote is the few words around its number, and reads back to that number."""
    _, claims = _load(ARTICLE)
    for figure in claims.article.figures:
        assert len(figure.quote.split()) <= 12, figure.quote
        figure.read(claims.article.policy)
    quotes = {f.name: f.quote for f in claims.article.figures}
    assert "up 3 percent to a record" in quotes.values()
    assert any("nearly 90,000 coffees" in q and '"' not in q for q in quotes.values())


def test_names_come_from_the_words_near_the_number() -> None:
    """Names are snake_case words of the sentence, with a hint of the kind of figure."""
    _, claims = _load(ARTICLE)
    names = [f.name for f in claims.article.figures]
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", name) for name in names)
    assert "fares" in names
    assert "fares_growth" in names
    assert "tickets_students_share" in names
    assert any(name.endswith("_gap") for name in names)
    assert any(name.endswith("_rank") for name in names)


def test_names_are_plain_ascii() -> None:
    """Accented words fold to ASCII; a name never shadows a relation."""
    _, claims = _load("Zürich rents rose 3 percent. The share rose 2 percent.\n")
    names = [f.name for f in claims.article.figures]
    assert names[0] == "zurich_rents_growth"
    assert names[1] not in RELATIONS


def test_the_source_section() -> None:
    """Title from the first non-empty line unless given; path and the text's SHA-256 only
    with a path."""
    _, claims = _load("\n\n  A title  \nUp 5 percent.\n")
    assert claims.article.source.title == "A title"
    assert claims.article.source.path == "article.txt"
    digest = hashlib.sha256(b"\n\n  A title  \nUp 5 percent.\n").hexdigest()
    assert claims.article.source.sha256 == digest
    _, bare = _load("Up 5 percent.\n", path=None)
    assert bare.article.source.path is None
    assert bare.article.source.sha256 is None
    titled = parse_claims(draft("Up 5 percent.", title='Odd: "title" #1'))
    assert titled.article.source.title == 'Odd: "title" #1'


def test_proposed_checks_are_active_marked_and_quoted() -> None:
    """Growth, share and gap proposals are active checks, marked ``proposed: true``, each
    with the words it came from; the unknowns they need are declared with a description."""
    written, claims = _load(ARTICLE)
    conditions = {c.id: c.condition for c in claims.article.checks}
    assert conditions["fares_growth"] == "growth(fares, fares_previous) == fares_growth"
    assert conditions["tickets_students_share"] == (
        "share(tickets_students, fares) == tickets_students_share"
    )
    assert re.fullmatch(r"gap\(weekend_trips_growth, [a-z_]+\) == weekend_trips_gap",
                        conditions["weekend_trips_gap"])  # fmt: skip
    assert all(c.proposed for c in claims.article.checks)
    for check in claims.article.checks:
        assert check.quote in ARTICLE
    unknowns = {u.name: u for u in claims.article.unknowns}
    assert unknowns["fares_previous"].description.startswith("fares a year earlier")
    assert "    proposed: true" in written
    assert written.startswith("# yaml-language-server: $schema=")


def test_the_draft_passes_an_audit_from_disk(tmp_path: Path) -> None:
    """Written next to its article, the draft passes ``audit_file``: hash, quotes, coverage."""
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.claims.yaml").write_text(draft(ARTICLE, path="article.txt"), encoding="utf-8")
    result = audit_file(tmp_path / "a.claims.yaml")
    assert result.errors == ()
    assert result.coverage is not None
    assert result.coverage.complete
    assert result.ok


def test_awkward_text_stays_valid_yaml() -> None:
    """Quotation marks, backslashes, colons, hashes and odd characters survive as written."""
    text = 'He said: "costs rose 5 percent # again" \\ then\u2028fell 2 percent; yes.\x85\n'
    written, claims = _load(text)
    _assert_complete(text, written, claims)


def test_a_text_without_numbers() -> None:
    """No numbers: an empty skeleton that still parses."""
    _, claims = _load("Nothing to count here.\n")
    assert claims.article.figures == ()
    assert claims.not_claims == ()
    _, empty = _load("")
    assert empty.article.source.title == "(untitled)"


_SENTENCES = [
    "Exports rose 4.5 percent to 3.2 trillion yuan.",
    "Imports were 2.1 trillion yuan, down 1.5 percent.",
    "Services made up about 40 percent of the total, or 1.1 trillion yuan.",
    "Growth was 2 percentage points higher than the average.",
    "The third plant opened on March 6, 2025, in the first half.",
    "Over 190 countries and regions took part; nearly 20 percent were new.",
    "Sales reached $1.81 trillion (about 13 trillion yuan) in 2024.",
    "Twelve firms, or 3 in 10, said so.",
]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(_SENTENCES), min_size=1, max_size=6))
def test_any_mix_of_sentences_drafts_completely(sentences: list[str]) -> None:
    """Whatever the mix and repetition of sentences, the draft is complete and consistent."""
    text = "A title\n\n" + " ".join(sentences) + "\n"
    written, claims = _load(text)
    _assert_complete(text, written, claims)


@pytest.mark.skipif(not SEED.is_file(), reason="the seed article's text is not checked out")
def test_the_seed_article_drafts_completely() -> None:
    """The seed article's draft parses, covers all its numbers, and quotes only its text."""
    text = SEED.read_bytes().decode("utf-8")
    written, claims = _load(text, path="china-foreign-trade-2025h1.txt")
    _assert_complete(text, written, claims)
    assert claims.article.source.title.startswith("China posts three foreign trade firsts")
    loaded = yaml.safe_load(written)
    assert len(loaded["figures"]) == len(claims.article.figures)
    conditions = [c.condition for c in claims.article.checks]
    for relation in ("growth(", "share(", "gap(", "convert(", "contribution(", "share_change("):
        assert any(c.startswith(relation) for c in conditions), relation


def test_a_quote_keeps_the_words_that_make_a_whole_number_a_rate() -> None:
    """ "5 deaths" alone is a count, read exactly 5; "5 deaths per 1,000 live births" is a
    rate rounded to a whole number, read 4.5 to 5.5.  The quote must say which the sentence
    says, so a check a reader writes on the draft (5,312 deaths over 1,002,345 births, 5.3
    per 1,000) holds."""
    text = (
        "Infant deaths fell\n\nThe infant mortality rate was 5 deaths per 1,000 live births. "
        "There were 5,312 deaths among 1,002,345 live births.\n"
    )
    _, claims = _load(text)
    by_quote = {f.quote.split()[0]: f.name for f in claims.article.figures}
    rate = next(f for f in claims.article.figures if f.quote.startswith("infant mortality"))
    assert "per 1,000" in rate.quote
    deaths, births = by_quote["5,312"], by_quote["deaths"]
    checked = Check(id="rate", condition=f"{deaths} / {births} * 1000 == {rate.name}")
    report = audit(attrs.evolve(claims.article, checks=[checked]))
    assert report.verdict("rate").grade == "consistent"


def test_the_base_of_a_rate_is_no_figure() -> None:
    """ "per 100,000 inhabitants" and "for every 1,000 births" name what a rate is counted
    against: not claims, and no check that the two bases are "the same count"."""
    text = (
        "Crime in 2016\n\nThere were 1,248,185 violent crimes, 386.3 offenses per 100,000 "
        "inhabitants, and 7,919,035 property crimes, 2,450.7 offenses per 100,000 "
        "inhabitants. Infant deaths were 5.9 for every 1,000 births.\n"
    )
    written, claims = _load(text)
    _assert_complete(text, written, claims)
    assert {f.quote for f in claims.article.figures}.isdisjoint({"100,000", "1,000"})
    assert not any("100,000" in f.quote.split("per")[0] for f in claims.article.figures)
    excused = {n.text: n.reason for n in claims.not_claims}
    assert excused["100,000"] == "the base of a rate ('per 100,000'), not a claim"
    assert excused["1,000"] == "the base of a rate ('per 1,000'), not a claim"
    assert not claims.article.checks
