"""Reports written file by file are the reports written from the whole audit at once.

Each format's ``stream`` (what ``factcheck audit`` runs, fed by ``iter_audit_paths``) is
compared byte for byte with the whole-document rendering of the same files: ``audit_data``
dumped as the json format did, ``markdown.render``, ``github.commands``, ``gitlab.issues``,
``sarif.sarif_log`` and ``claimreview.reviews``; text and html with their ``report`` of the
whole :class:`AuditResult`.  The corpora are generated claim files (every grade, errors, a file
that cannot be read, source texts with uncovered numbers) and a single consistent file (the
empty lists of the JSON formats).
"""

from __future__ import annotations

import contextlib
import io
import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.cli import main
from factcheck.reports import (
    FORMATS,
    claimreview,
    get_reporter,
    get_stream_reporter,
    github,
    gitlab,
    markdown,
    sarif,
)
from factcheck.reports import _streaming as streaming
from factcheck.reports.data import audit_data
from factcheck.results import (
    AuditResult,
    AuditTotals,
    FileResult,
    audit_paths,
    iter_audit_paths,
)
from factcheck.strategies import ERROR_KINDS, random_article, random_injection, to_claims_yaml

TODAY = "1970-01-02"  # SOURCE_DATE_EPOCH=86400


def _dump(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False) + "\n"


def whole_document(name: str, result: AuditResult) -> str:
    """The report of ``result`` as built from the whole audit at once."""
    if name in ("text", "html"):
        out = io.StringIO()
        get_reporter(name)(result, out)
        return out.getvalue()
    data = audit_data(result)
    if name == "json":
        return _dump(data)
    if name == "markdown":
        return markdown.render(data)
    if name == "github":
        return "".join(command + "\n" for command in github.commands(data))
    if name == "gitlab":
        return _dump(gitlab.issues(data))
    if name == "sarif":
        return _dump(sarif.sarif_log(data))
    assert name == "claimreview"
    return _dump(claimreview.reviews(data, today=TODAY))


def write_corpus(folder: Path, count: int = 12, seed: int = 11) -> Path:
    """Generated claim files (some with an injected error, some with a source text that has
    a number no check covers) and one that cannot be read."""
    folder.mkdir(parents=True, exist_ok=True)
    rnd = random.Random(seed)
    for index in range(count):
        gen = random_article(rnd, min_checks=1, max_checks=5, max_component=3)
        if index % 3 == 1:
            injection = random_injection(gen, ERROR_KINDS[index % len(ERROR_KINDS)], rnd, k=3)
            gen = injection.article if injection is not None else gen
        (folder / f"g{index:02d}.claims.yaml").write_text(to_claims_yaml(gen), "utf-8")
    (folder / "h_broken.claims.yaml").write_text("source: {title: t}\nchecks: [\n", "utf-8")
    (folder / "story.txt").write_text("We sold 30 red apples. Another 7 were lost.\n", "utf-8")
    (folder / "i_story.claims.yaml").write_text(
        "source:\n  title: Story | one\n  outlet: The Times\n  path: story.txt\nfigures:\n"
        '  red: "30 red apples"\nchecks:\n  - id: red_positive\n    quote: "30 red apples"\n'
        "    condition: red > 0\n",
        "utf-8",
    )
    return folder


@pytest.fixture(scope="module")
def corpora(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("streaming")
    single = root / "single"
    single.mkdir()
    (single / "one.claims.yaml").write_text(
        'source: {title: One}\nfigures:\n  a: "30 apples"\n  b: "70 apples"\n'
        '  c: "100 apples"\nchecks:\n  - id: adds_up\n    condition: a + b == c\n',
        "utf-8",
    )
    return {"generated": write_corpus(root / "generated"), "single": single}


@pytest.fixture(autouse=True)
def _fixed_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "86400")
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)


def cli(*argv: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err):
        code = main(["audit", *argv], out=out)
    return code, out.getvalue()


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("corpus", ["generated", "single"])
@pytest.mark.parametrize("name", sorted(FORMATS))
def test_streamed_report_is_the_whole_report(
    name: str, corpus: str, jobs: str, corpora: dict[str, Path]
) -> None:
    """``factcheck audit`` (streaming, serial or --jobs 2) writes byte for byte the report
    built from the whole audit, with the exit code of the whole audit."""
    folder = corpora[corpus]
    whole = audit_paths([folder])
    code, text = cli(str(folder), "--format", name, "--jobs", jobs)
    assert text == whole_document(name, whole)
    expected_code = 2 if whole.has_input_errors else 0 if whole.ok else 1
    assert code == expected_code


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_stream_returns_the_totals(name: str, corpora: dict[str, Path]) -> None:
    """``stream`` over the iterator writes what ``report`` writes and returns the totals
    the exit code needs."""
    whole = audit_paths([corpora["generated"]])
    out = io.StringIO()
    totals = get_stream_reporter(name)(iter_audit_paths([corpora["generated"]]), out)
    assert out.getvalue() == whole_document(name, whole)
    assert (totals.ok, totals.has_input_errors, totals.counts) == (
        whole.ok,
        whole.has_input_errors,
        whole.counts(),
    )
    assert totals.files == len(whole.files)
    assert totals.checks == sum(len(f.report.verdicts) for f in whole.files if f.report)


def test_github_step_summary_is_the_whole_markdown(
    corpora: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Markdown appended to $GITHUB_STEP_SUMMARY while streaming is the whole report's."""
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    cli(str(corpora["generated"]), "--format", "github")
    whole = audit_paths([corpora["generated"]])
    assert summary.read_text("utf-8") == markdown.render(audit_data(whole))


def _one_at_a_time(results: list[FileResult]) -> Iterator[FileResult]:
    """The results, each dropped from the list as it is handed out."""
    while results:
        yield results.pop(0)


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_writers_keep_no_earlier_file(name: str, corpora: dict[str, Path]) -> None:
    """After the second file's result is written (the html writer holds the first until a
    second shows the page is about several articles), no writer holds an earlier file's."""
    import gc
    import weakref

    results = list(iter_audit_paths([corpora["generated"]]))
    first = weakref.ref(results[0])
    given_out = _one_at_a_time(results)
    writer = __import__(FORMATS[name], fromlist=["Writer"]).Writer(io.StringIO())
    for _ in range(3):
        writer.add(next(given_out))
    gc.collect()
    assert first() is None
    writer.close(AuditTotals())


# -- JSON arrays written element by element -------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=12,
)


@given(
    items=st.lists(json_values, max_size=4),
    others=st.lists(json_values, max_size=3),
    depth=st.integers(0, 3),
    spooled=st.booleans(),
)
def test_json_array_is_written_as_json_dump_writes_it(
    items: list[Any], others: list[Any], depth: int, spooled: bool
) -> None:
    """An array written element by element, directly or spooled, at any depth of a document,
    is byte for byte the array ``json.dumps(..., indent=2)`` writes in its place (invisible
    characters escaped)."""
    document: Any = streaming.slot("items")
    expected: Any = items
    for level in range(depth):
        document = {"before": others, f"level{level}": [document], "after": others}
        expected = {"before": others, f"level{level}": [expected], "after": others}

    def write(out: Any, level: int) -> None:
        array: Any = streaming.JsonArraySpool() if spooled else streaming.JsonArray(out, level)
        for item in items:
            array.add(item)
        if spooled:
            array.write_to(out, level)
        else:
            array.close()

    out = io.StringIO()
    streaming.write_document(out, document, {"items": write})
    # with invisible and line-separating characters as \u escapes (issue 16): same data
    written = json.dumps(expected, indent=2, ensure_ascii=False)
    written = "".join(
        f"\\u{ord(c):04x}"
        if 0x7F <= ord(c) <= 0x9F
        or c in "\u200e\u200f\u2028\u2029\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
        else c
        for c in written
    )
    assert out.getvalue() == written
    assert json.loads(out.getvalue()) == expected


def test_spool_moves_to_a_file_and_back() -> None:
    """A spool larger than its memory allowance comes back whole, line prefixes included."""
    spool = streaming.TextSpool()
    lines = [f"line {i} ∑ {'x' * (i % 50)}\n" for i in range(5000)]
    for line in lines:
        spool.write(line)
    out = io.StringIO()
    spool.copy_to(out, prefix="  ")
    assert out.getvalue() == "".join("  " + line for line in lines)
    assert sum(map(len, lines)) > streaming.SPOOL_IN_MEMORY
