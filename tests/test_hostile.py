"""Hostile claim files and articles through every format (issue 16; docs/security.md).

Every family of tests/hostile_cases.py — escapes that decode to surrogates and control
characters, link, mention and script syntax, forged workflow commands, huge numbers, deep
nesting, big and special files — and random mixtures of their pieces (Hypothesis) go through
``factcheck audit`` in every format.  What may come out is only what the threat model
documents: exit 0, 1 or 2; each problem naming file, line and column; well-formed output
(JSON that parses); no traceback; no raw control character, no line a CI runner would take
as a command, no link, image, mention or script a renderer would make of the input; and all
within bounded time and memory.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import time
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from factcheck.cli import main
from hostile_cases import FAMILIES, HEAVY, LINKS, claims

FORMATS = ["text", "json", "markdown", "github", "gitlab", "sarif", "claimreview", "html"]
CPU_LIMIT = 4.0
"""Seconds of CPU per run (most take milliseconds; the heaviest family about one); a hang or
a quadratic pass goes far over."""
MEMORY_LIMIT = 200 * 2**20

_LOCATED = re.compile(r":\d+:\d+: ")
_FORGED = re.compile(r"^(::(?!(error|warning|notice) file=)|##\[)", re.MULTILINE)
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_MARKDOWN_LINK = re.compile(
    r"(?<!\\)!?(?<!\\)\[[^\]\n]*(?<!\\)\]\(|https?://|\bwww\.|(?<![\w\\])@[A-Za-z0-9]"
)


def audit(
    args: list[str], fmt: str, output: Path, *, traced: bool
) -> tuple[int, str, str, float, int]:
    err = io.StringIO()
    if traced:
        tracemalloc.start()
    cpu = time.process_time()
    try:
        with contextlib.redirect_stderr(err):
            code = main(
                ["audit", *args, "--format", fmt, "--output", str(output)], out=io.StringIO()
            )
    finally:
        cpu = time.process_time() - cpu
        peak = tracemalloc.get_traced_memory()[1] if traced else 0
        if traced:
            tracemalloc.stop()
    report = output.read_text(encoding="utf-8") if output.exists() else ""
    return code, report, err.getvalue(), cpu, peak


def assert_documented(fmt: str, code: int, report: str, err: str) -> None:
    """Only what docs/security.md allows comes out."""
    assert code in (0, 1, 2), (code, err)
    assert "Traceback" not in err + report
    for line in err.splitlines():  # one line per problem, naming where
        assert line.startswith("factcheck: error: "), line
    assert not _FORGED.findall(report + err), _FORGED.findall(report + err)
    if fmt != "html":  # HTML escapes by entity; a control character there is inert text
        assert not _CONTROL.findall(report + err), _CONTROL.findall(report + err)[:5]
    if fmt in ("json", "sarif", "gitlab", "claimreview"):
        json.loads(report)
    if fmt == "claimreview":
        assert not re.search("[<>&\u2028\u2029]", report)
    if fmt == "text":
        for line in report.splitlines():
            if line.startswith("  ! "):
                assert _LOCATED.search(line), line
    if fmt == "markdown":
        assert not _MARKDOWN_LINK.findall(report), _MARKDOWN_LINK.findall(report)
    if fmt == "sarif":
        for run in json.loads(report)["runs"]:
            for result in run["results"]:
                text = result["message"]["text"]
                assert not _MARKDOWN_LINK.findall(text), text
    if fmt == "html":
        assert "<svg onload" not in report
        assert "<script" not in report.lower()  # the report has no script of its own


CASES = [
    (family, fmt)
    for family in sorted(FAMILIES)
    for fmt in FORMATS
    if family not in HEAVY or fmt in ("text", "json", "html")
]


@pytest.mark.parametrize(("family", "fmt"), CASES)
def test_every_hostile_family_in_every_format(
    family: str, fmt: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "repo"
    folder.mkdir()
    monkeypatch.chdir(folder)
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(tmp_path / "summary.md"))
    args = FAMILIES[family](folder)
    code, report, err, cpu, _ = audit(args, fmt, tmp_path / "report.out", traced=False)
    assert cpu <= CPU_LIMIT, f"{cpu:.2f} s of CPU"
    assert_documented(fmt, code, report, err)
    if fmt == "github" and (tmp_path / "summary.md").exists():
        assert_documented("markdown", 0, (tmp_path / "summary.md").read_text("utf-8"), "")


@pytest.mark.parametrize("family", sorted(HEAVY))
def test_heavy_families_stay_within_memory(
    family: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "repo"
    folder.mkdir()
    monkeypatch.chdir(folder)
    args = FAMILIES[family](folder)
    *_, peak = audit(args, "html", tmp_path / "report.html", traced=True)
    assert peak <= MEMORY_LIMIT, f"{peak / 2**20:.0f} MiB"


PIECES = [
    "up 5 percent", "13 trillion yuan", "\\ud83d", "\\x00", "\\e[2J", "\\u2028", "\\x85",
    "\\n::error::x", "##[warning]", LINKS, "</script>", "<img src=x>", "&amp;", "@team",
    "\u202e", "9^64", "(((", ")))", "/ 0", "%%", "1" * 400, "a", "==", "grim(", "'", "\"",
    "[", "]", "(", ")", "!", "`", "|", "*", "_", "~", "#", ":", "\t", " ",
]  # fmt: skip


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    title=st.lists(st.sampled_from(PIECES), max_size=6).map("".join),
    quote=st.lists(st.sampled_from(PIECES), max_size=6).map("".join),
    condition=st.lists(st.sampled_from(PIECES), max_size=8).map(" ".join),
    note=st.lists(st.sampled_from(PIECES), max_size=6).map("".join),
    fmt=st.sampled_from(FORMATS),
)
# A title's line break in the HTML report put "::error::x" at the start of a line.
@example(title="\\n::error::x", quote="", condition="", note="", fmt="html")
# A right-to-left override in a note, raw in the ClaimReview JSON-LD.
@example(title="", quote="up 5 percent", condition="", note="\u202e", fmt="claimreview")
# A culprit's quote in the derivation's fenced block of the Markdown report (found at seed 7).
@example(
    title="",
    quote="\\ud83d![p](https://evil.example/p.png) [b](https://evil.example) www.evil.example"
    " @octocat",
    condition="",
    note="",
    fmt="markdown",
)
def test_mixtures_of_hostile_pieces(
    tmp_path_factory: pytest.TempPathFactory,
    title: str,
    quote: str,
    condition: str,
    note: str,
    fmt: str,
) -> None:
    """Random mixtures in the title (double-quoted: its escapes decode), a figure's quote, a
    check's condition, quote and note: only documented outcomes."""
    folder = tmp_path_factory.mktemp("mix")
    (folder / ".git").mkdir()
    raw_title = '"' + title.replace('"', "'") + '"'
    text = claims(
        raw_title=raw_title,
        quote=quote or "up 5 percent",
        condition=condition or "a == 5 percent",
        check_quote=quote,
        note=note,
    )
    path = folder / "m.claims.yaml"
    path.write_text(text, encoding="utf-8")
    code, report, err, cpu, _ = audit([str(path)], fmt, folder / "out", traced=False)
    assert cpu <= CPU_LIMIT
    assert_documented(fmt, code, report, err)
