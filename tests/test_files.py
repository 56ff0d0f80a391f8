"""Claim files: every section reaches the model as written, and every fault is located.

The loader composes YAML and never constructs it, so the tests here write YAML that would
surprise a constructing loader (implicit types, tags, aliases) and check that each is either
kept as text or refused with a :class:`ClaimFileError` that points at the line and column.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from factcheck import claimoutline, claimtext, files
from factcheck.engine import audit
from factcheck.errors import FactcheckError, Location
from factcheck.files import (
    MAX_BYTES,
    ClaimFileError,
    NotClaim,
    load_claims,
    parse_claims,
)
from factcheck.model import GRADES, SEVERITIES, Article, Check, Figure, Reference, Source, Unknown
from factcheck.provenance import check_provenance, coverage
from factcheck.reading import ROUNDING_RULES, ReadingPolicy

# A small claim file that uses every section and most keys.  The article it describes is
# ARTICLE below, written here: the tests never read the real article.
VALID = """\
# A small claim file that uses every section.
source:
  title: Trade rose in the first half
  outlet: The Daily
  published: 2025-07-22
  path: article.txt
  rounding: rounded to the nearest 0.1
policy:
  rounding: up_or_down
  trailing_zeros: ambiguous
figures:
  total: "Trade reached 4.5 trillion yuan"
  growth: {quote: "up 3.2 percent", value: 3.2}
  exports: {quote: "exports of 2.6 trillion yuan and imports of 1.9 trillion yuan", index: 0}
  imports:
    quote: "exports of 2.6 trillion yuan and imports of 1.9 trillion yuan"
    index: 1
    rounding: up_or_down
  usd: "(about $0.36 trillion)"
unknowns:
  total_2024: {unit: CNY, bounds: positive, description: "trade a year earlier"}
  spare: CNY
references:
  rate:
    value: "between 7.1 and 7.3"
    unit: CNY/USD
    source: central parity, January-June
checks:
  - id: parts
    quote: "exports of 2.6 trillion yuan and imports of 1.9 trillion yuan"
    condition: exports + imports == total
    tags: [sums]
  - id: grew
    quote: "up 3.2 percent"
    condition: growth(total, total_2024) == growth
    severity: warn
    expect: uncheckable
    note: nothing else constrains the year before
  - id: in_dollars
    quote: "(about $0.36 trillion)"
    condition: convert(usd, rate) == exports
not_claims:
  - text: "first half of 2025"
    reason: the period
"""

ARTICLE = (
    "Trade reached 4.5 trillion yuan in the first half of 2025, up 3.2 percent,\n"
    "with exports of 2.6 trillion yuan and imports of 1.9 trillion yuan (about $0.36 trillion).\n"
)

PATH = "x.claims.yaml"


def expected_article(path: str = PATH) -> Article:
    """VALID, built through the Python API."""
    shared = "exports of 2.6 trillion yuan and imports of 1.9 trillion yuan"
    return Article(
        source=Source(
            title="Trade rose in the first half",
            outlet="The Daily",
            published="2025-07-22",
            path="article.txt",
            rounding="rounded to the nearest 0.1",
        ),
        policy=ReadingPolicy(rounding="up_or_down", trailing_zeros="ambiguous"),
        figures=[
            Figure(name="total", quote="Trade reached 4.5 trillion yuan"),
            Figure(name="growth", quote="up 3.2 percent", value="3.2"),
            Figure(name="exports", quote=shared, index=0),
            Figure(name="imports", quote=shared, index=1, rounding="up_or_down"),
            Figure(name="usd", quote="(about $0.36 trillion)"),
        ],
        unknowns=[
            Unknown(
                name="total_2024",
                unit="CNY",
                bounds="positive",
                description="trade a year earlier",
            ),
            Unknown(name="spare", unit="CNY"),
        ],
        references=[
            Reference(
                name="rate",
                value="between 7.1 and 7.3",
                unit="CNY/USD",
                source="central parity, January-June",
            )
        ],
        checks=[
            Check(id="parts", quote=shared, condition="exports + imports == total", tags=["sums"]),
            Check(
                id="grew",
                quote="up 3.2 percent",
                condition="growth(total, total_2024) == growth",
                severity="warn",
                expect="uncheckable",
                note="nothing else constrains the year before",
            ),
            Check(
                id="in_dollars",
                quote="(about $0.36 trillion)",
                condition="convert(usd, rate) == exports",
            ),
        ],
        path=path,
    )


def grades(article: Article) -> list[tuple[str, str]]:
    report = audit(article)
    assert [str(e) for e in report.errors] == []
    return [(v.check.id, v.grade) for v in report.verdicts]


# -- every section reaches the model ------------------------------------------------------------


@pytest.mark.usefixtures("yaml_parser")
def test_every_section_is_parsed_into_the_model() -> None:
    """Parsing VALID gives the Article that the Python API builds, section by section."""
    claims = parse_claims(VALID, PATH)
    expected = expected_article()
    assert expected.source == claims.article.source
    assert expected.policy == claims.article.policy
    assert expected.figures == claims.article.figures
    assert expected.unknowns == claims.article.unknowns
    assert expected.references == claims.article.references
    assert expected.checks == claims.article.checks
    assert expected == claims.article
    assert (NotClaim(text="first half of 2025", reason="the period"),) == tuple(
        NotClaim(n.text, n.reason) for n in claims.not_claims
    )
    assert claims.source_path == "article.txt"
    assert claims.text == VALID


def test_the_file_and_the_python_api_audit_identically(tmp_path: Path) -> None:
    """load_claims and the Python API give the same grades, check by check."""
    path = tmp_path / "trade.claims.yaml"
    path.write_text(VALID, encoding="utf-8")
    loaded = load_claims(path)
    assert grades(expected_article(str(path))) == grades(loaded.article)
    assert (grades(loaded.article)) == [
        ("parts", "consistent"),
        ("grew", "uncheckable"),
        ("in_dollars", "consistent"),
    ]


@pytest.mark.usefixtures("yaml_parser")
def test_locations_point_at_each_declaration() -> None:
    """Figures, unknowns and references are located at their names, checks at their items,
    not_claims at their entries."""
    claims = parse_claims(VALID, PATH)
    figures = {f.name: f.location for f in claims.article.figures}
    assert Location(PATH, 12, 3) == figures["total"]
    assert Location(PATH, 15, 3) == figures["imports"]
    assert Location(PATH, 21, 3) == claims.article.unknowns[0].location
    assert Location(PATH, 24, 3) == claims.article.references[0].location
    assert [Location(PATH, 29, 5), Location(PATH, 33, 5), Location(PATH, 39, 5)] == [
        c.location for c in claims.article.checks
    ]
    assert Location(PATH, 43, 5) == claims.not_claims[0].location


def test_source_path_is_resolved_against_the_claim_files_folder(tmp_path: Path) -> None:
    """source.path is relative to the claim file, not to the working directory."""
    path = tmp_path / "sub" / "a.claims.yaml"
    path.parent.mkdir()
    path.write_text(VALID, encoding="utf-8")
    assert str(tmp_path / "sub" / "article.txt") == load_claims(path).source_path


def test_empty_sections_are_allowed() -> None:
    """A section key with nothing under it declares nothing."""
    claims = parse_claims(
        "source:\n  title: T\nfigures:\nunknowns:\nreferences:\nchecks:\nnot_claims:\n"
    )
    assert Article(source=Source(title="T"), path="<claims>") == claims.article
    assert claims.not_claims == ()


def test_a_byte_order_mark_is_ignored(tmp_path: Path) -> None:
    """A UTF-8 byte order mark (as some editors write) does not shift positions."""
    path = tmp_path / "bom.claims.yaml"
    path.write_bytes(b"\xef\xbb\xbfsource:\n  title: T\n  author: X\n")
    with pytest.raises(ClaimFileError) as caught:
        load_claims(path)
    assert (caught.value.line, caught.value.column) == (3, 3)


# -- YAML's implicit types never reach the model --------------------------------------------------

IMPLICIT = ["NO", "yes", "on", "012", "0o12", "0x1F", "1.10", "1_000", "1:30", "2025-07-22",
            "2025-07-22 10:00:00", "~", "null", ".inf", ".NaN", "1e3", "-0", "+1"]  # fmt: skip


@pytest.mark.usefixtures("yaml_parser")
@pytest.mark.parametrize("raw", IMPLICIT)
def test_implicit_types_stay_text(raw: str) -> None:
    """Every scalar is kept as the text written, whatever type YAML 1.1 would give it."""
    text = (
        f"source:\n  title: {raw}\n  outlet: {raw}\n  published: {raw}\n"
        f"figures:\n  a: {raw}\n  b: {{quote: x, value: {raw}}}\n"
        f"unknowns:\n  u: {raw}\n"
        f"references:\n  r: {{value: {raw}, source: {raw}}}\n"
        f"checks:\n  - id: c\n    condition: {raw}\n    note: {raw}\n    quote: {raw}\n"
        f"not_claims:\n  - text: {raw}\n    reason: {raw}\n"
    )
    article = parse_claims(text).article
    assert (raw, raw, raw) == (
        article.source.title,
        article.source.outlet,
        article.source.published,
    )
    assert raw == article.figures[0].quote
    assert raw == article.figures[1].value
    assert raw == article.unknowns[0].unit
    assert (raw, raw) == (article.references[0].value, article.references[0].source)
    check = article.checks[0]
    assert (raw, raw, raw) == (check.condition, check.note, check.quote)


def test_a_quote_written_1_10_keeps_its_trailing_zero() -> None:
    """``quote: 1.10`` is read as 1.10 (to the hundredth), not as the float 1.1."""
    claims = parse_claims("source: {title: T}\nfigures:\n  ratio: 1.10\n")
    figure = claims.article.figures[0]
    assert figure.quote == "1.10"
    reading = figure.read(claims.article.policy)
    assert reading.value == "1.10"
    assert str(reading.strict) == "[1.095, 1.105]"


def test_published_date_stays_text() -> None:
    """An unquoted date is the text written, not a datetime.date."""
    claims = parse_claims("source:\n  title: T\n  published: 2025-07-22\n")
    assert claims.article.source.published == "2025-07-22"


def test_index_and_bounds_are_read_from_their_text() -> None:
    """``index: 012`` is twelve in decimal (YAML 1.1 would read octal 10)."""
    claims = parse_claims(
        "source: {title: T}\nfigures:\n  a: {quote: x, index: 012}\n"
        "unknowns:\n  u: {unit: CNY, bounds: nonnegative}\n"
    )
    assert claims.article.figures[0].index == 12
    assert claims.article.unknowns[0].bounds is not None
    assert str(claims.article.unknowns[0].bounds) == "[0, +inf)"


# -- every fault is located -----------------------------------------------------------------------

HEAD = "source:\n  title: T\n"

# (name, text, line, column, found contains, expected contains)
ERRORS: list[tuple[str, str, int, int, str, str]] = [
    ("unknown top key", HEAD + "figure:\n  a: '1'\n", 3, 1,
     "unknown key 'figure' in the claim file", "expected one of: checks, figures"),
    ("unknown source key", HEAD + "  author: X\n", 3, 3,
     "unknown key 'author' in source", "outlet, path, published"),
    ("missing title", "source:\n  outlet: X\n", 2, 3, "source has no 'title'", "add title"),
    ("missing source", "figures:\n  a: 'rose 1 percent'\n", 1, 1,
     "the claim file has no 'source'", "add source"),
    ("unknown figure key", HEAD + "figures:\n  a:\n    quote: 'rose 1 percent'\n    unit: x\n",
     6, 5, "unknown key 'unit' in figure a", "base, hedge, index, integer, quote"),
    ("figure without quote", HEAD + "figures:\n  a:\n    index: 1\n", 5, 5,
     "figure a has no 'quote'", "add quote"),
    ("unknown check key", HEAD + "checks:\n  - id: c\n    condition: a == 1\n    when: now\n",
     6, 5, "unknown key 'when' in a check", "condition, expect, id, note"),
    ("check without condition", HEAD + "checks:\n  - id: c\n    quote: x\n", 4, 5,
     "a check has no 'condition'", "add condition"),
    ("unknown key in unknown", HEAD + "unknowns:\n  u: {unit: CNY, kind: money}\n", 4, 18,
     "unknown key 'kind' in unknown u", "bounds, description, integer, unit"),
    ("unknown key in reference", HEAD + "references:\n  r: {value: '7', source: S, date: x}\n",
     4, 30, "unknown key 'date' in reference r", "quote, source, unit, value"),
    ("reference without source", HEAD + "references:\n  r: {value: '7.2'}\n", 4, 6,
     "reference r has no 'source'", "add source"),
    ("unknown key in not_claims", HEAD + "not_claims:\n  - {text: '2025', reason: y, why: x}\n",
     4, 31, "unknown key 'why' in a not_claims entry", "reason, text"),
    ("figures twice", HEAD + "figures:\n  a: 'rose 1 percent'\nfigures:\n  b: 'rose 2'\n", 5, 1,
     "the key 'figures' appears twice in the claim file (first at line 3)", "keep one"),
    ("a figure twice", HEAD + "figures:\n  a: 'rose 1 percent'\n  a: 'rose 2 percent'\n", 5, 3,
     "the key 'a' appears twice in figures (first at line 4)", "nothing is merged"),
    ("a key twice in a check",
     HEAD + "checks:\n  - id: c\n    condition: a == 1\n    condition: a == 2\n", 6, 5,
     "the key 'condition' appears twice in a check (first at line 5)", "keep one"),
    ("a check id twice",
     HEAD + "checks:\n  - id: c\n    condition: a == 1\n  - id: c\n    condition: a == 2\n",
     6, 9, "the check id 'c' is used twice (first at line 4)", "its own id"),
    ("an anchor", HEAD + "figures:\n  a: &x 'rose 1 percent'\n  b: *x\n", 4, 6,
     "an anchor (&x)", "anchors and aliases are not allowed"),
    ("an alias", HEAD + "figures:\n  b: *x\n", 4, 6, "an alias (*x)", "write each value out"),
    ("a python tag", HEAD + "figures:\n  a: !!python/object:os.system 'rm'\n", 4, 6,
     "figure a carries the tag 'tag:yaml.org,2002:python/object:os.system'", "remove the tag"),
    ("a tag on a mapping", "source: !!python/object/new:dict\n  title: T\n", 1, 9,
     "source carries the tag 'tag:yaml.org,2002:python/object/new:dict'", "remove the tag"),
    ("a tag on a list", HEAD + "checks: !mine\n  - {id: c, condition: a == 1}\n", 3, 9,
     "checks carries the tag '!mine'", "tags are not allowed"),
    ("a tag on a key", HEAD + "!!python/name:os.system figures: {}\n", 3, 1,
     "a key in the claim file carries the tag", "remove the tag"),
    ("a set", HEAD + "checks: !!set {a}\n", 3, 9, "checks carries the tag", "remove the tag"),
    ("deep nesting", HEAD + "figures: " + "[" * 14 + "]" * 14 + "\n", 3, 21,
     "nesting 13 levels deep", "at most 12 levels"),
    ("a NUL", HEAD + "  outlet: a\x00b\n", 3, 12, "a NUL byte", "plain UTF-8"),
    ("a control character", HEAD + "  outlet: a\x07b\n", 3, 12,
     "the control character U+0007", "printable characters"),
    ("an empty file", "", 1, 1, "an empty file", "start with a 'source:' section"),
    ("only comments", "# nothing here\n\n", 1, 1, "an empty file", "'source:'"),
    ("a document marker only", "---\n", 2, 1, "the claim file is empty", "mapping of keys"),
    ("two documents", HEAD + "---\nsource:\n  title: U\n", 4, 1,
     "a second YAML document", "one document per claim file"),
    ("a bad severity",
     HEAD + "checks:\n  - id: c\n    condition: a == 1\n    severity: fatal\n", 6, 15,
     "check c.severity is 'fatal'", "error or warn"),
    ("a bad expect", HEAD + "checks:\n  - id: c\n    condition: a == 1\n    expect: wrong\n",
     6, 13, "check c.expect is 'wrong'", "consistent, stretched, inconsistent"),
    ("a bad figure rounding", HEAD + "figures:\n  a: {quote: 'x 1', rounding: nearest}\n", 4, 31,
     "figure a.rounding is 'nearest'", "up_or_down, up, down, even"),
    ("a bad policy rounding", HEAD + "policy:\n  rounding: nearest\n", 4, 13,
     "policy.rounding is 'nearest'", "up_or_down"),
    ("a bad trailing_zeros", HEAD + "policy:\n  rounding: up\n  trailing_zeros: some\n", 5, 19,
     "policy.trailing_zeros is 'some'", "ambiguous, significant, placeholders"),
    ("a bad figure trailing_zeros",
     HEAD + "figures:\n  a: {quote: 'x 1', trailing_zeros: some}\n", 4, 37,
     "figure a.trailing_zeros is 'some'", "ambiguous, significant, placeholders"),
    ("a bad yen_symbol", HEAD + "policy:\n  yen_symbol: RMB\n", 4, 15,
     "policy.yen_symbol is 'RMB'", "CNY, JPY"),
    ("a base with an exponent", HEAD + "policy:\n  base: 1e99999999\n", 4, 9,
     "policy.base is '1e99999999'", "a positive decimal number"),
    ("a zero figure base", HEAD + "figures:\n  a: {quote: 'x 1', base: 0.0}\n", 4, 27,
     "figure a.base is '0.0'", "a positive decimal number"),
    ("a bad bounds", HEAD + "unknowns:\n  u: {unit: CNY, bounds: negative}\n", 4, 26,
     "unknown u.bounds is 'negative'", "positive or nonnegative"),
    ("a bad index", HEAD + "figures:\n  a: {quote: 'x 1', index: one}\n", 4, 28,
     "figure a.index is 'one'", "a whole number"),
    ("a negative index", HEAD + "figures:\n  a: {quote: 'x 1', index: -1}\n", 4, 28,
     "figure a.index is '-1'", "a whole number"),
    ("a bad sha256", HEAD + "  sha256: abc\n", 3, 11, "source.sha256 is 'abc'", "64 hex digits"),
    ("a figure name starting with a digit", HEAD + "figures:\n  1st: 'rose 1 percent'\n", 4, 3,
     "the name '1st' in figures", "letters, digits and underscores"),
    ("a name with a space", HEAD + "unknowns:\n  total trade: CNY\n", 4, 3,
     "the name 'total trade' in unknowns", "not starting with a digit"),
    ("a reference name with a dash", HEAD + "references:\n  cny-usd: {value: '7', source: S}\n",
     4, 3, "the name 'cny-usd' in references", "letters, digits and underscores"),
    ("a bad check id", HEAD + "checks:\n  - id: my-check\n    condition: a == 1\n", 4, 9,
     "the name 'my-check' in checks", "letters, digits and underscores"),
    ("a bad tag", HEAD + "checks:\n  - id: c\n    condition: a == 1\n    tags: [ok, not ok]\n",
     6, 16, "the name 'not ok' in check c.tags", "letters, digits and underscores"),
    ("a pytest marker as a tag",
     HEAD + "checks:\n  - id: c\n    condition: a == 1\n    tags: [fast, skip]\n", 6, 18,
     "the tag 'skip' in check c.tags, which is one of pytest's own markers", "another tag"),
    ("checks as a mapping", HEAD + "checks:\n  c: a == 1\n", 4, 3, "checks is a mapping",
     "write checks as a list"),
    ("figures as a list", HEAD + "figures:\n  - 'rose 1 percent'\n", 4, 3, "figures is a list",
     "write figures as a mapping"),
    ("a quote as a list", HEAD + "figures:\n  a: {quote: [x, y]}\n", 4, 14,
     "figure a.quote is a list", "write figure a.quote as text"),
    ("a list as a key", HEAD + "? [a, b]\n: c\n", 3, 3, "a list used as a key", "plain text keys"),
    ("a list at the top", "- source\n", 1, 1, "the claim file is a list", "a mapping of keys"),
    ("an unclosed quote", HEAD + "figures:\n  a: 'rose 1 percent\n", 5, 1,
     "YAML: found unexpected end of stream", "fix the YAML syntax"),
    ("a tab", "source:\n\ttitle: T\n", 2, 1, "YAML: found character '\\t'", "fix the YAML"),
]  # fmt: skip


@pytest.fixture(params=["libyaml", "pure Python"])
def yaml_parser(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """The loader uses libyaml when PyYAML has it, else PyYAML's own parser: run with each."""
    if request.param == "libyaml":
        if not hasattr(yaml, "CSafeLoader"):
            pytest.skip("PyYAML was built without libyaml")
    else:
        monkeypatch.setattr(files, "_yaml_loader", lambda: yaml.SafeLoader)
    return str(request.param)


@pytest.mark.usefixtures("yaml_parser")
@pytest.mark.parametrize(
    ("text", "line", "column", "found", "expected"),
    [pytest.param(*case[1:], id=case[0]) for case in ERRORS],
)
def test_faults_are_located(text: str, line: int, column: int, found: str, expected: str) -> None:
    """Each fault raises ClaimFileError at its exact line and column, naming what was found
    and what was expected, whichever YAML parser runs."""
    with pytest.raises(ClaimFileError) as caught:
        parse_claims(text, PATH)
    error = caught.value
    assert (PATH, line, column) == (error.path, error.line, error.column)
    assert found in error.found
    assert expected in error.expected
    assert str(error).startswith(f"{PATH}:{line}:{column}: ")
    assert isinstance(error, FactcheckError)
    assert isinstance(error, ValueError)


def test_every_error_names_what_and_where_in_its_message() -> None:
    """str(error) is "file:line:col: found; expected"."""
    with pytest.raises(ClaimFileError) as caught:
        parse_claims(
            HEAD + "checks:\n  - id: c\n    condition: a == 1\n    severity: fatal\n", PATH
        )
    assert (
        str(caught.value)
        == "x.claims.yaml:6:15: check c.severity is 'fatal'; expected error or warn"
    )


def billion_laughs(levels: int = 9) -> str:
    names = "abcdefghijklmnop"
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for index in range(1, levels):
        name, previous = names[index], names[index - 1]
        lines.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
    return "\n".join(lines) + "\n"


@pytest.mark.usefixtures("yaml_parser")
def test_billion_laughs_is_refused_fast() -> None:
    """A 9-level alias bomb is refused at its first anchor, in well under a second."""
    start = time.process_time()
    with pytest.raises(ClaimFileError) as caught:
        parse_claims(billion_laughs(), PATH)
    assert time.process_time() - start < 1.0
    assert (caught.value.line, caught.value.column) == (1, 4)
    assert caught.value.found == "an anchor (&a)"


def test_billion_laughs_under_a_valid_source_is_refused_fast() -> None:
    """The bomb is refused even when it sits in an otherwise valid file."""
    bomb = "".join(f"  {line}\n" for line in billion_laughs().splitlines())
    start = time.process_time()
    with pytest.raises(ClaimFileError) as caught:
        parse_claims(HEAD + "figures:\n" + bomb, PATH)
    assert time.process_time() - start < 1.0
    assert (caught.value.line, caught.value.column) == (4, 6)


@pytest.mark.usefixtures("yaml_parser")
def test_very_deep_nesting_is_located_where_it_starts() -> None:
    """Regression: 50,000 nested brackets were reported at 1:1 after a RecursionError; they
    are refused where the thirteenth level opens."""
    start = time.process_time()
    with pytest.raises(ClaimFileError) as caught:
        parse_claims(HEAD + "figures: " + "[" * 50_000 + "]" * 50_000 + "\n", PATH)
    assert time.process_time() - start < 1.0
    assert (caught.value.line, caught.value.column) == (3, 21)
    assert caught.value.found == "nesting 13 levels deep"


def test_deep_block_nesting_is_refused() -> None:
    """Nesting counts block mappings as well as flow lists."""
    text = HEAD + "figures:\n" + "".join("  " * i + f"k{i}:\n" for i in range(1, 30))
    with pytest.raises(ClaimFileError) as caught:
        parse_claims(text, PATH)
    assert (caught.value.line, caught.value.column) == (14, 23)


def test_twelve_levels_are_allowed() -> None:
    """The limit is inclusive: twelve levels of nesting load (and fail later for being a list
    where a figure belongs, not for their depth)."""
    with pytest.raises(ClaimFileError) as caught:
        parse_claims(HEAD + "figures:\n  a: " + "[" * 10 + "]" * 10 + "\n", PATH)
    assert caught.value.found == "figure a is a list"


def test_a_base_with_a_huge_exponent_is_refused_fast() -> None:
    """Regression: ``base: 1e99999999`` made Fraction compute 10**99999999 (minutes of CPU);
    a base must be a plain decimal."""
    start = time.process_time()
    with pytest.raises(ClaimFileError):
        parse_claims(HEAD + "figures:\n  a: {quote: 'x 1', base: 1e999999999}\n", PATH)
    assert time.process_time() - start < 1.0


def test_a_good_base_is_kept() -> None:
    """A decimal base reaches the policy exactly."""
    claims = parse_claims(HEAD + "policy:\n  base: 0.1\nfigures:\n  a: {quote: x, base: 1000}\n")
    assert str(claims.article.policy.base) == "1/10"
    assert claims.article.figures[0].base == "1000"


def test_key_tags_sequence_tags_and_mapping_tags_are_refused() -> None:
    """Regression: tags on lists and on keys used to be ignored, and a tagged mapping was
    reported as 'is a mapping; write it as a mapping'."""
    for text in (
        HEAD + "not_claims: !!python/tuple\n  - {text: x, reason: y}\n",
        HEAD + "!!python/name:os.system checks: []\n",
        "!!python/object:os.system\nsource: {title: T}\n",
    ):
        with pytest.raises(ClaimFileError) as caught:
            parse_claims(text, PATH)
        assert "carries the tag" in caught.value.found


def test_standard_tags_on_text_are_allowed() -> None:
    """``!!str`` and the other core scalar tags change nothing: the text is kept."""
    claims = parse_claims("source: {title: !!str 1.10, outlet: !!int 012}\n")
    assert (claims.article.source.title, claims.article.source.outlet) == ("1.10", "012")


# -- reading bytes from disk ----------------------------------------------------------------------


def test_nul_bytes_on_disk_are_located(tmp_path: Path) -> None:
    """A NUL byte is reported where it is, before YAML sees it."""
    path = tmp_path / "nul.claims.yaml"
    path.write_bytes(b"source:\n  title: T\n  outlet: ab\x00c\n")
    with pytest.raises(ClaimFileError) as caught:
        load_claims(path)
    assert (str(path), 3, 13) == (caught.value.path, caught.value.line, caught.value.column)
    assert caught.value.found == "a NUL byte"


def test_invalid_utf8_is_located_in_characters(tmp_path: Path) -> None:
    """Regression: the column of a bad byte counts characters, not bytes, so that a line
    with accented letters before it points at the right place."""
    path = tmp_path / "latin1.claims.yaml"
    path.write_bytes("source:\n  title: Café ".encode() + b"caf\xe9\n")
    with pytest.raises(ClaimFileError) as caught:
        load_claims(path)
    assert (caught.value.line, caught.value.column) == (2, 18)
    assert caught.value.found == "bytes that are not UTF-8 (b'\\xe9')"
    assert caught.value.expected == "save as UTF-8"


def test_a_50_mb_file_is_refused_by_its_size_fast(tmp_path: Path) -> None:
    """A file over the size limit is refused from its size alone, without being read."""
    path = tmp_path / "huge.claims.yaml"
    with path.open("wb") as handle:
        handle.write(b"source:\n  title: T\n")
        chunk = b"# padding padding padding padding padding padding padding padding\n" * 16384
        while handle.tell() < 50 * 1024 * 1024:
            handle.write(chunk)
    start = time.process_time()
    with pytest.raises(ClaimFileError) as caught:
        load_claims(path)
    assert time.process_time() - start < 0.5
    assert (str(path), 1, 1) == (caught.value.path, caught.value.line, caught.value.column)
    assert f"a file of {path.stat().st_size} bytes" == caught.value.found
    assert f"at most {MAX_BYTES} bytes" in caught.value.expected


def test_a_missing_file_is_a_claim_file_error(tmp_path: Path) -> None:
    """A path that is not there is reported, not raised as OSError."""
    with pytest.raises(ClaimFileError) as caught:
        load_claims(tmp_path / "absent.claims.yaml")
    assert "cannot open the file" in caught.value.found


def test_a_folder_is_a_claim_file_error(tmp_path: Path) -> None:
    """Regression: a folder passed as a claim file raised IsADirectoryError."""
    with pytest.raises(ClaimFileError) as caught:
        load_claims(tmp_path)
    assert "cannot read the file" in caught.value.found


@pytest.mark.parametrize("content", [VALID, VALID.replace("index: 1", "index: one")])
def test_the_loader_never_modifies_the_file(tmp_path: Path, content: str) -> None:
    """Loading (successfully or not) leaves the file's bytes, its mtime and its folder as
    they were."""
    path = tmp_path / "a.claims.yaml"
    path.write_text(content, encoding="utf-8")
    os.utime(path, ns=(1_000_000_000_000_000_000, 1_000_000_000_000_000_000))
    before = (path.read_bytes(), path.stat().st_mtime_ns, sorted(tmp_path.iterdir()))
    with contextlib.suppress(ClaimFileError):
        load_claims(path)
    after = (path.read_bytes(), path.stat().st_mtime_ns, sorted(tmp_path.iterdir()))
    assert before == after


# -- robustness ---------------------------------------------------------------------------------


@st.composite
def mutations(draw: st.DrawFn, original: bytes = VALID.encode()) -> bytes:
    """VALID with one to three edits: a line deleted, two lines swapped, the text cut short,
    random bytes or random characters inserted."""
    data = original
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(["delete", "swap", "truncate", "bytes", "chars"]))
        lines = data.split(b"\n")
        if kind == "delete":
            del lines[draw(st.integers(0, len(lines) - 1))]
            data = b"\n".join(lines)
        elif kind == "swap":
            i = draw(st.integers(0, len(lines) - 1))
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
            data = b"\n".join(lines)
        elif kind == "truncate":
            data = data[: draw(st.integers(0, len(data)))]
        else:
            at = draw(st.integers(0, len(data)))
            if kind == "bytes":
                inserted = draw(st.binary(min_size=1, max_size=8))
            else:
                alphabet = st.one_of(
                    st.sampled_from(":-[]{}&*!|>'\"#%@`,? \t\n\\"), st.characters(codec="utf-8")
                )
                inserted = draw(st.text(alphabet, min_size=1, max_size=8)).encode()
            data = data[:at] + inserted + data[at:]
    return data


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=mutations())
@example(data=VALID.encode())
@example(data=VALID.encode().replace(b"unit: CNY/USD", b"unit: CNY/USD("))
@example(data=VALID.encode()[:200])
@example(data=VALID.encode().replace(b"2025-07-22", b"\xff\xfe"))
@example(data=b"\r0")
def test_mutated_files_raise_only_factcheck_errors(
    data: bytes, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Whatever is done to a valid claim file, loading, auditing and checking provenance
    raise nothing but FactcheckError, and every ClaimFileError has a line and column >= 1
    within the file."""
    path = tmp_path_factory.getbasetemp() / "mutated.claims.yaml"
    path.write_bytes(data)
    located: ClaimFileError | None = None
    try:
        claims = load_claims(path)
        audit(claims.article)
        check_provenance(claims, ARTICLE)
        coverage(claims, ARTICLE)
    except ClaimFileError as error:
        located = error
    except FactcheckError:
        pass
    if located is not None:
        assert located.path == str(path)
        assert located.line >= 1
        assert located.column >= 1
        # YAML counts a lone CR (and NEL, LS, PS) as a line break too: b"\r0" is two lines
        assert located.line <= len(YAML_LINE_BREAK.split(data))


YAML_LINE_BREAK = re.compile(rb"\r\n|\r|\n|\xc2\x85|\xe2\x80[\xa8\xa9]")


def _outcome(text: str) -> tuple[object, ...]:
    try:
        claims = parse_claims(text, PATH)
    except ClaimFileError as error:
        return ("error", error.line, error.column, error.found, error.expected)
    return ("loaded", claims.article, claims.not_claims)


@pytest.mark.skipif(not hasattr(yaml, "CSafeLoader"), reason="PyYAML was built without libyaml")
@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=mutations())
@example(data=(HEAD + "figures: " + "[" * 2000 + "]" * 2000 + "\n").encode())
@example(data=VALID.encode()[:200])
@example(data=VALID.replace(", value: 3.2}", ", v?alue: 3.2}").encode())
def test_libyaml_and_pure_python_parse_alike(data: bytes) -> None:
    """Parsed with libyaml or with PyYAML's own parser, a file gives the same model, or the
    same error at the same place (faults are always reported by PyYAML's own parser).  The
    known difference runs one way only: libyaml accepts a few valid-YAML corner cases that
    PyYAML's pure-Python parser refuses (a tab inside a plain scalar, a '?' inside a plain
    scalar in a flow mapping); whenever libyaml refuses a file, so does PyYAML."""
    text = data.decode("utf-8", errors="replace")
    fast = _outcome(text)
    original = files._yaml_loader
    files._yaml_loader = lambda: yaml.SafeLoader
    try:
        slow = _outcome(text)
    finally:
        files._yaml_loader = original

    def yaml_fault(outcome: tuple[object, ...]) -> bool:
        return outcome[0] == "error" and str(outcome[3]).startswith("YAML: ")

    if yaml_fault(fast) or not yaml_fault(slow):
        assert slow == fast
    # else: PyYAML's pure parser refused valid YAML that libyaml read (the one-way difference)


@settings(max_examples=300, deadline=None)
@given(st.text(st.one_of(st.sampled_from(":-[]{}&*!|>'\"#%@`,? \t\n\\ab1"), st.characters())))
def test_any_text_raises_only_claim_file_errors(text: str) -> None:
    """parse_claims of arbitrary text returns a ClaimFile or raises ClaimFileError at a line
    and column >= 1."""
    outcome = _outcome(text)
    if outcome[0] == "error":
        assert outcome[1] >= 1  # type: ignore[operator]
        assert outcome[2] >= 1  # type: ignore[operator]
    else:
        assert isinstance(outcome[1], Article)


@pytest.mark.parametrize("unit", ["CNY/USD(", "CNY**", "1/0"])
def test_a_malformed_unit_is_a_factcheck_error(unit: str) -> None:
    """An unknown's unit with an unbalanced parenthesis is reported as a FactcheckError."""
    claims = parse_claims(HEAD + f"unknowns:\n  u: {{unit: '{unit}'}}\n", PATH)
    report = audit(claims.article)
    assert report.errors


# -- the JSON Schema -----------------------------------------------------------------------------

SCHEMA_PATH = Path(files.__file__).with_name("claims.schema.json")
SCHEMA: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
SEED = Path(__file__).resolve().parent.parent / "claims" / "china-foreign-trade-2025h1.claims.yaml"


def as_text_tree(text: str) -> Any:
    """A claim file as the loader reads it: every scalar a string (no implicit types)."""
    return yaml.load(text, Loader=yaml.BaseLoader)


def schema_errors(instance: Any, schema: Any = SCHEMA, where: str = "$") -> list[str]:
    """A validator for the part of JSON Schema 2020-12 that claims.schema.json uses, so the
    schema is exercised even where the jsonschema package is not installed."""
    if schema is True:
        return []
    if schema is False:
        return [f"{where}: not allowed"]
    errors: list[str] = []
    if "$ref" in schema:
        target: Any = SCHEMA
        for part in schema["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        errors += schema_errors(instance, target, where)
    kinds: dict[str, type | tuple[type, ...]] = {
        "string": str,
        "number": (int, float),
        "integer": int,
        "boolean": bool,
        "null": type(None),
        "object": dict,
        "array": list,
    }
    if "type" in schema:
        wanted = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not any(isinstance(instance, kinds[kind]) for kind in wanted):
            return [*errors, f"{where}: {instance!r} is not of type {wanted}"]
    if "const" in schema and instance != schema["const"]:
        errors.append(f"{where}: {instance!r} is not {schema['const']!r}")
    if "enum" in schema and instance not in schema["enum"]:
        errors.append(f"{where}: {instance!r} is not one of {schema['enum']}")
    if isinstance(instance, str) and re.search(schema.get("pattern", ""), instance) is None:
        errors.append(f"{where}: {instance!r} does not match {schema['pattern']}")
    if isinstance(instance, int | float) and not isinstance(instance, bool):
        if "minimum" in schema and instance < schema["minimum"]:
            errors.append(f"{where}: {instance} < {schema['minimum']}")
        if "maximum" in schema and instance > schema["maximum"]:
            errors.append(f"{where}: {instance} > {schema['maximum']}")
        if "exclusiveMinimum" in schema and instance <= schema["exclusiveMinimum"]:
            errors.append(f"{where}: {instance} <= {schema['exclusiveMinimum']}")
    if isinstance(instance, dict):
        properties = schema.get("properties", {})
        errors += [f"{where}: {key!r} is required" for key in schema.get("required", [])
                   if key not in instance]  # fmt: skip
        for key, value in instance.items():
            if "propertyNames" in schema:
                errors += schema_errors(key, schema["propertyNames"], f"{where} key {key!r}")
            if key in properties:
                errors += schema_errors(value, properties[key], f"{where}.{key}")
            elif "additionalProperties" in schema:
                errors += schema_errors(value, schema["additionalProperties"], f"{where}.{key}")
    if isinstance(instance, list) and "items" in schema:
        for index, item in enumerate(instance):
            errors += schema_errors(item, schema["items"], f"{where}[{index}]")
    for sub in schema.get("allOf", []):
        errors += schema_errors(instance, sub, where)
    if "anyOf" in schema and all(schema_errors(instance, sub, where) for sub in schema["anyOf"]):
        errors.append(f"{where}: {instance!r} matches none of the choices")
    if "not" in schema and not schema_errors(instance, schema["not"], where):
        errors.append(f"{where}: {instance!r} is not allowed")
    return errors


def object_schemas(node: Any) -> list[dict[str, Any]]:
    """Every subschema of the schema that lists properties."""
    found = []
    if isinstance(node, dict):
        if "properties" in node:
            found.append(node)
        for value in node.values():
            found += object_schemas(value)
    elif isinstance(node, list):
        for value in node:
            found += object_schemas(value)
    return found


def _keys(schema: dict[str, Any]) -> dict[str, bool]:
    required = set(schema.get("required", []))
    return {key: key in required for key in schema["properties"]}


def test_the_schema_has_the_loaders_keys() -> None:
    """Each object of the schema allows exactly the keys of the loader's table, with the same
    ones required, so the two cannot drift apart."""
    defs = SCHEMA["$defs"]
    figure_object = next(s for s in defs["figure"]["anyOf"] if s.get("type") == "object")
    unknown_object = next(s for s in defs["unknown"]["anyOf"] if s.get("type") == "object")
    assert _keys(SCHEMA) == files._TOP
    assert _keys(defs["source"]) == files._SOURCE
    assert _keys(defs["policy"]) == files._POLICY
    assert _keys(figure_object) == files._FIGURE
    assert _keys(unknown_object) == files._UNKNOWN
    assert _keys(defs["reference"]) == files._REFERENCE
    assert _keys(defs["check"]) == files._CHECK
    assert _keys(defs["not_claim"]) == files._NOT_CLAIM


def test_the_schema_closes_every_object() -> None:
    """additionalProperties is false on every object with fixed keys; the schema is 2020-12."""
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    objects = object_schemas(SCHEMA)
    assert len(objects) == 8
    assert all(schema["additionalProperties"] is False for schema in objects)


def test_the_schemas_enums_are_the_loaders() -> None:
    """Severity, expect, rounding, bounds, trailing_zeros, yen_symbol and the refused tags
    list the values the loader accepts (or refuses)."""
    defs = SCHEMA["$defs"]
    assert list(SEVERITIES) == defs["check"]["properties"]["severity"]["enum"]
    assert list(GRADES) == defs["check"]["properties"]["expect"]["enum"]
    assert list(ROUNDING_RULES) == defs["rounding"]["enum"]
    assert list(files._OPTION_VALUES["trailing_zeros"]) == defs["trailing_zeros"]["enum"]
    assert (
        list(files._OPTION_VALUES["yen_symbol"])
        == defs["policy"]["properties"]["yen_symbol"]["enum"]
    )
    assert defs["unknown"]["anyOf"][1]["properties"]["bounds"]["enum"] == [
        "positive",
        "nonnegative",
    ]
    assert sorted(files.PYTEST_MARKERS) == defs["tag"]["allOf"][1]["not"]["enum"]


@pytest.mark.parametrize(
    "text", [VALID, SEED.read_text(encoding="utf-8")], ids=["VALID", "seed claim file"]
)
def test_valid_claim_files_match_the_schema(text: str) -> None:
    """What the loader accepts, the schema accepts."""
    parse_claims(text)
    assert schema_errors(as_text_tree(text)) == []


# The faults of ERRORS that JSON Schema can express (the rest are YAML matters: duplicate
# keys, anchors, tags, nesting, bytes, documents).
SCHEMA_CASES = {
    "unknown top key", "unknown source key", "missing title", "missing source",
    "unknown figure key", "figure without quote", "unknown check key", "check without condition",
    "unknown key in unknown", "unknown key in reference", "reference without source",
    "unknown key in not_claims", "a bad severity", "a bad expect", "a bad figure rounding",
    "a bad policy rounding", "a bad trailing_zeros", "a bad figure trailing_zeros",
    "a bad yen_symbol", "a base with an exponent", "a zero figure base", "a bad bounds",
    "a bad index", "a negative index", "a bad sha256", "a figure name starting with a digit",
    "a name with a space", "a reference name with a dash", "a bad check id", "a bad tag",
    "a pytest marker as a tag", "checks as a mapping", "figures as a list", "a quote as a list",
    "a list at the top",
}  # fmt: skip


@pytest.mark.parametrize(
    "text", [pytest.param(case[1], id=case[0]) for case in ERRORS if case[0] in SCHEMA_CASES]
)
def test_the_schema_refuses_what_the_loader_refuses(text: str) -> None:
    """The faults a schema can express (keys, enums, names, patterns) are refused by both."""
    assert {case[0] for case in ERRORS} >= SCHEMA_CASES
    with pytest.raises(ClaimFileError):
        parse_claims(text)
    assert schema_errors(as_text_tree(text))


def test_the_schema_validates_with_jsonschema() -> None:
    """With the jsonschema package, the schema is valid 2020-12 and accepts the seed file."""
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    validator = jsonschema.Draft202012Validator(SCHEMA)
    assert list(validator.iter_errors(as_text_tree(SEED.read_text(encoding="utf-8")))) == []
    assert list(validator.iter_errors(as_text_tree(VALID))) == []
    for name, text, *_ in ERRORS:
        if name in SCHEMA_CASES:
            assert list(validator.iter_errors(as_text_tree(text))), name


def test_the_schema_ships_with_the_package() -> None:
    """claims.schema.json sits beside the loader and is declared as package data."""
    assert SCHEMA_PATH.is_file()
    pyproject = (Path(__file__).resolve().parent.parent / "pyproject.toml").read_text()
    assert '"*.json"' in pyproject


# -- the documented example ---------------------------------------------------------------------

DOCS = Path(__file__).resolve().parent.parent / "docs" / "claim-files.md"


def documented_file(name: str) -> str:
    """The fenced block that docs/claim-files.md marks with ``<!-- file: NAME -->``."""
    page = DOCS.read_text(encoding="utf-8")
    found = re.search(rf"<!-- file: {re.escape(name)} -->\n```\w*\n(.*?)^```", page, re.S | re.M)
    assert found is not None, name
    return found.group(1)


def test_the_documented_example_loads_audits_and_is_covered(tmp_path: Path) -> None:
    """The complete example of docs/claim-files.md loads, audits as the page says, finds
    every quote in its article, covers every number, and matches the schema."""
    (tmp_path / "article.txt").write_text(documented_file("article.txt"), encoding="utf-8")
    path = tmp_path / "trade.claims.yaml"
    path.write_text(documented_file("trade.claims.yaml"), encoding="utf-8")
    claims = load_claims(path)
    assert claims.source_path == str(tmp_path / "article.txt")
    assert claims.article.source.published == "2025-07-22"
    report = audit(claims.article)
    assert report.ok
    assert [(v.check.id, v.grade) for v in report.verdicts] == [
        ("parts_make_total", "consistent"),
        ("exports_in_dollars", "consistent"),
        ("growth", "uncheckable"),
    ]
    article = (tmp_path / "article.txt").read_text(encoding="utf-8")
    assert check_provenance(claims, article) == []
    assert (coverage(claims, article).covered, coverage(claims, article).total) == (8, 8)
    assert schema_errors(as_text_tree(claims.text)) == []


# -- the text side (claimtext) and the outline the pytest plugin collects from (claimoutline) --


def test_the_text_side_imports_neither_the_model_nor_the_reader() -> None:
    """``claimtext`` reads and composes a claim file, and ``claimoutline`` outlines it, without
    importing the model, attrs or the number reader (what the plugin's collection relies on)."""
    code = (
        "import json, sys\n"
        "from factcheck.claimoutline import outline_checks\n"
        "from factcheck.claimtext import compose_claims\n"
        f"outline_checks(compose_claims({VALID!r}))\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    modules = set(json.loads(done.stdout))
    assert "yaml" in modules
    heavy = {"attr", "attrs", "factcheck.model", "factcheck.reading", "factcheck.files", "pint"}
    assert set() == heavy & modules


def test_the_text_sides_names_are_still_the_loaders() -> None:
    """What moved to factcheck.claimtext is still importable from factcheck.files, as the
    same objects; the values of severity and expect are the model's."""
    assert files.ClaimFileError is claimtext.ClaimFileError
    assert (files.MAX_BYTES, files.MAX_DEPTH) == (claimtext.MAX_BYTES, claimtext.MAX_DEPTH)
    assert files.PYTEST_MARKERS is claimtext.PYTEST_MARKERS
    assert files.CLAIM_SUFFIX == ".claims.yaml"
    assert claimtext.SEVERITIES == SEVERITIES
    assert claimtext.GRADES == GRADES


def test_parsing_is_composing_then_building() -> None:
    """parse_claims is build_claims of what compose_claims gives."""
    built = files.build_claims(claimtext.compose_claims(VALID, PATH), VALID, PATH)
    assert built == parse_claims(VALID, PATH)


def test_the_cheap_search_for_unprintable_characters_is_yamls() -> None:
    """The unprintable characters are found by a class that compiles ten times faster than
    the one PyYAML's reader uses (and by its ASCII part in an ASCII text); both match exactly
    the same characters, over every code point, and find the same first one."""
    yamls = re.compile("[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
    every = "".join(map(chr, range(0x110000)))
    assert claimtext._find_non_printable("é") is None
    spelt_out = claimtext._non_printable
    assert spelt_out is not None
    assert [m.start() for m in spelt_out.finditer(every)] == [
        m.start() for m in yamls.finditer(every)
    ]
    for code in range(128):
        text = "a" + chr(code)
        assert (claimtext._find_non_printable(text) is None) == (yamls.search(text) is None)
    for text in ("ab\x7f\x00", "é\x01", "\u2028 x \ufffe", "\U0001f600\x85\x84", "\ud800"):
        fast, slow = claimtext._find_non_printable(text), yamls.search(text)
        assert (fast and fast.span()) == (slow and slow.span())


def outline(text: str) -> tuple[claimoutline.CheckOutline, ...] | None:
    return claimoutline.outline_checks(claimtext.compose_claims(text, PATH))


def outlined(claims: files.ClaimFile) -> tuple[claimoutline.CheckOutline, ...]:
    return tuple(
        claimoutline.CheckOutline(c.id, c.location.line if c.location else 0, c.tags)
        for c in claims.article.checks
    )


def test_the_outline_has_each_checks_id_line_and_tags() -> None:
    """The outline of a valid file is its checks' ids, lines and tags, in the file's order
    (the standard tags ``!!map`` and ``!!seq`` change nothing, for the outline as for the
    loader)."""
    assert outline(VALID) == (("parts", 29, ("sums",)), ("grew", 33, ()), ("in_dollars", 39, ()))
    assert outline(VALID) == outlined(parse_claims(VALID, PATH))
    one_tag = HEAD + "checks: [{id: a, condition: x > 0, tags: t}, {id: b, condition: x > 0}]\n"
    assert outline(one_tag) == (("a", 3, ("t",)), ("b", 3, ()))
    assert outline("!!map\n" + HEAD + "checks: !!seq [{id: a, condition: x > 0}]\n") == (
        ("a", 4, ()),
    )
    assert outline(HEAD) == outline(HEAD + "checks:\n") == outline(HEAD + "checks: []\n") == ()


CHECK = "checks:\n  - id: c\n    condition: x > 0\n"

# Files whose top level or checks section is not plainly valid: no outline (the loader
# reports what is wrong).
NOT_OUTLINED: list[tuple[str, str]] = [
    ("a list at the top", "- source\n"),
    ("no source", "checks: []\n"),
    ("an unknown top key", HEAD + "figure: {}\n" + CHECK),
    ("a top key twice", HEAD + CHECK + CHECK),
    ("a tagged top level", "!mine\n" + HEAD),
    ("checks as text", HEAD + "checks: c\n"),
    ("checks as a mapping", HEAD + "checks: {c: x > 0}\n"),
    ("tagged checks", HEAD + "checks: !!set\n  ? {id: c, condition: x > 0}\n"),
    ("a check as text", HEAD + "checks:\n  - c\n"),
    ("an unknown check key", HEAD + CHECK + "    colour: red\n"),
    ("a check key twice", HEAD + CHECK + "    condition: x > 1\n"),
    ("no condition", HEAD + "checks:\n  - id: c\n"),
    ("a list as id", HEAD + "checks:\n  - id: [c]\n    condition: x > 0\n"),
    ("a tagged id", HEAD + "checks:\n  - id: !mine c\n    condition: x > 0\n"),
    ("an id that is not a name", HEAD + "checks:\n  - id: 1st\n    condition: x > 0\n"),
    ("an id twice", HEAD + CHECK + "  - id: c\n    condition: x > 1\n"),
    ("a condition as a list", HEAD + "checks:\n  - id: c\n    condition: [x]\n"),
    ("a bad severity", HEAD + CHECK + "    severity: fatal\n"),
    ("an empty expect", HEAD + CHECK + "    expect:\n"),
    ("a bad expect", HEAD + CHECK + "    expect: fine\n"),
    ("tags as a mapping", HEAD + CHECK + "    tags: {a: b}\n"),
    ("a tagged tag list", HEAD + CHECK + "    tags: !!set {a}\n"),
    ("an empty tag", HEAD + CHECK + "    tags:\n"),
    ("a tag that is not a name", HEAD + CHECK + "    tags: [ok, my-tag]\n"),
    ("a tag list in a tag list", HEAD + CHECK + "    tags: [[a]]\n"),
    ("a pytest marker as a tag", HEAD + CHECK + "    tags: [ok, skip]\n"),
]


@pytest.mark.parametrize(
    "text", [text for _, text in NOT_OUTLINED], ids=[n for n, _ in NOT_OUTLINED]
)
def test_what_is_not_plainly_valid_is_not_outlined(text: str) -> None:
    """Whatever the outline cannot vouch for gives no outline, and the loader refuses it."""
    assert outline(text) is None
    with pytest.raises(ClaimFileError):
        parse_claims(text, PATH)


@pytest.mark.parametrize(
    "text",
    [
        HEAD + "figures:\n  a: {quote: x 1, colour: red}\n" + CHECK,
        HEAD + "  sha256: abc\n" + CHECK,
        HEAD + CHECK + "not_claims:\n  - {text: x}\n",
        "source: {}\n" + CHECK,
    ],
    ids=["a figure's unknown key", "a short sha256", "a not_claims entry", "no title"],
)
def test_other_sections_are_left_to_the_build(text: str) -> None:
    """The outline reads only the top level and the checks: a fault elsewhere is the build's
    to report (the plugin reports it on the file's item when it runs)."""
    assert [check.id for check in outline(text) or ()] == ["c"]
    with pytest.raises(ClaimFileError):
        parse_claims(text, PATH)


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=mutations())
@example(data=VALID.encode())
@example(data=VALID.replace("[sums]", "[sums, skip]").encode())
def test_an_outline_is_the_built_files_checks(data: bytes) -> None:
    """Whatever is done to a valid file: when it has an outline and builds, the outline is
    the built checks' ids, lines and tags; and when the outline refuses it, so does the
    loader, or the loader finds it valid (the outline may be over-cautious, never wrong)."""
    try:
        text = data.decode("utf-8")
        root = claimtext.compose_claims(text, PATH)
    except (UnicodeDecodeError, ClaimFileError):
        return
    found = claimoutline.outline_checks(root)
    try:
        built = files.build_claims(root, text, PATH)
    except ClaimFileError:
        return
    if found is not None:
        assert found == outlined(built)


def test_the_examples_of_the_outline_property_are_outlined() -> None:
    """The property above asserts only when there is an outline, so its two examples are
    pinned here: the valid file has this literal outline; the tag 'skip' (a pytest marker of
    its own) makes the outline refuse the file, and the loader refuses it too, naming the
    tag."""
    assert outline(VALID) == (("parts", 29, ("sums",)), ("grew", 33, ()), ("in_dollars", 39, ()))
    skip = VALID.replace("[sums]", "[sums, skip]")
    assert outline(skip) is None
    with pytest.raises(ClaimFileError, match="skip"):
        parse_claims(skip, PATH)


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r", "\x85", "\u2028"])
def test_positions_count_line_breaks_as_yaml_does(newline: str, tmp_path: Path) -> None:
    """A control character, a byte that is not UTF-8 and a YAML fault are placed on the line
    YAML itself counts, whatever the line breaks (a lone CR ends a line for YAML; counting
    only LF once put all three on line 1)."""
    lines = ["source:", "  title: t", "figures:", "  a: 'x\x01y'"]
    with pytest.raises(ClaimFileError) as control:
        parse_claims(newline.join(lines) + newline, "c.claims.yaml")
    assert control.value.location == Location("c.claims.yaml", 4, 8)

    path = tmp_path / "c.claims.yaml"
    path.write_bytes(newline.join(lines[:3]).encode() + newline.encode() + b"  a: '\xff'\n")
    with pytest.raises(ClaimFileError) as not_utf8:
        load_claims(path)
    assert (not_utf8.value.location.line, not_utf8.value.location.column) == (4, 7)

    fault = newline.join([*lines[:3], "  a: [unclosed"]) + newline
    with pytest.raises(ClaimFileError) as yaml_fault:
        parse_claims(fault, "c.claims.yaml")
    with pytest.raises(yaml.MarkedYAMLError) as pyyaml:
        yaml.compose(fault, Loader=yaml.SafeLoader)
    mark = pyyaml.value.problem_mark
    assert mark is not None
    assert yaml_fault.value.location.line == mark.line + 1


def test_line_and_column_match_pyyaml_marks() -> None:
    """The helper agrees with PyYAML's own reader on where every character of a text with
    mixed line breaks stands."""
    text = "a\r\nb\rc\nd\x85e\u2028f\u2029g"
    reader = yaml.reader.Reader(text)
    for index in range(len(text)):
        mark = reader.get_mark()
        assert claimtext.line_and_column(text, index) == (mark.line + 1, mark.column + 1), index
        reader.forward()


def test_every_problem_of_a_file_is_reported_at_once() -> None:
    """A file with five mistakes in five places: the loader reads every item and reports all
    five, in the order they stand, each at its line and column (before, only the first, so a
    writer fixed them one run at a time)."""
    text = (
        "source:\n"
        "  title: T\n"
        "policy:\n"
        "  roundng: up\n"
        "figures:\n"
        "  n: '62 respondents'\n"
        "  backed: {quote: '23% backed it', hedg: about}\n"
        "  1st: '13.0 trillion yuan'\n"
        "checks:\n"
        "  - id: a\n"
        "    condition: n > 0\n"
        "    severity: fatal\n"
        "  - id: b\n"
        "    condition: n > 1\n"
        "  - id: a\n"
        "    condition: n > 2\n"
    )
    with pytest.raises(ClaimFileError) as raised:
        parse_claims(text, "five.claims.yaml")
    where = [(p.line, p.column) for p in raised.value.problems]
    assert where == [(4, 3), (7, 36), (8, 3), (12, 15), (15, 9)]
    assert raised.value.problems[0] is raised.value
    assert "roundng" in str(raised.value)
    assert "used twice (first at line 10)" in str(raised.value.problems[-1])


def test_the_cli_prints_every_problem_of_a_file(tmp_path: Path) -> None:
    path = tmp_path / "two.claims.yaml"
    path.write_text(
        "source:\n  title: T\nfigures:\n  2a: '5 percent'\n  3b: '6 percent'\n", encoding="utf-8"
    )
    from factcheck.cli import main

    out = io.StringIO()
    assert main(["audit", str(path)], out=out) == 2
    text = out.getvalue()
    assert f"{path}:4:3: error: the name '2a' in figures" in text
    assert f"{path}:5:3: error: the name '3b' in figures" in text


def test_a_problem_of_the_source_hides_none_of_the_policy() -> None:
    """Two sections, three problems: the source's, and both of the policy's keys."""
    text = "source:\n  title: T\n  published: [1]\npolicy:\n  rounding: sideways\n  base: seven\n"
    with pytest.raises(ClaimFileError) as raised:
        parse_claims(text, "three.claims.yaml")
    assert [(p.line, p.column) for p in raised.value.problems] == [(3, 14), (5, 13), (6, 9)]
