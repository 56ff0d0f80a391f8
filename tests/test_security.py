"""Issue 16: claim files and articles are untrusted input.  What a claim file can make
factcheck read, how long it can make it run, and what it can make it print.

Each test pins one item of the issue; the threat model is docs/security.md.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import subprocess
import sys
import time
import tracemalloc
from dataclasses import dataclass
from pathlib import Path

import pytest

from factcheck.cli import main

SECRET = "TOPSECRET-a1b2c3"


@dataclass
class Run:
    code: int
    out: str
    err: str
    cpu: float
    peak: int


def run_cli(*argv: str) -> Run:
    out, err = io.StringIO(), io.StringIO()
    tracemalloc.start()
    cpu = time.process_time()
    try:
        with contextlib.redirect_stderr(err):
            code = main(list(argv), out=out)
    finally:
        cpu = time.process_time() - cpu
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return Run(code, out.getvalue(), err.getvalue(), cpu, peak)


def claims_text(path: str, quote: str = "up 5 percent", condition: str = "a == 5 percent") -> str:
    return (
        f"source:\n  title: t\n  path: '{path}'\nfigures:\n  a: '{quote}'\n"
        f"checks:\n  - id: c\n    condition: '{condition}'\n"
    )


@pytest.fixture(autouse=True, scope="module")
def _warm() -> None:
    """The unit registry is built once per process (about a second): before the clocks."""
    from factcheck.units import registry

    registry()


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository (a folder holding .git) inside tmp_path, with a secret file beside it;
    the working directory is the repository (its pyproject.toml sets no source root)."""
    root = tmp_path / "repo"
    (root / ".git").mkdir(parents=True)
    (root / ".git" / "config").write_text(f"[remote]\n url = {SECRET}\n")
    (root / "claims").mkdir()
    (root / "article.txt").write_text("Sales were up 5 percent.\n")
    (tmp_path / "secret.txt").write_text(f"{SECRET} up 5 percent\n")
    monkeypatch.chdir(root)
    return root


def audit_with_path(repo: Path, path: str, *extra: str, fmt: str = "text") -> Run:
    claims = repo / "claims" / "a.claims.yaml"
    claims.write_text(claims_text(path))
    return run_cli("audit", str(claims), "--format", fmt, *extra)


# -- 1. source.path stays inside the source root ------------------------------------------------


@pytest.mark.parametrize(
    ("path", "words"),
    [
        ("/proc/self/environ", "leads into /proc"),
        ("/dev/zero", "leads into /dev"),
        ("../../secret.txt", "outside the source root"),
        ("../.git/config", "inside a .git folder"),
        ("/etc/passwd", "outside the source root"),
    ],
)
@pytest.mark.parametrize("fmt", ["text", "json", "html", "sarif", "markdown"])
def test_source_path_outside_the_root_is_refused(
    repo: Path, path: str, words: str, fmt: str
) -> None:
    """A source.path that leads outside the repository, into /proc or /dev or .git, is an
    error at source.path's line and column (exit 2), and nothing of the file is printed."""
    run = audit_with_path(repo, path, fmt=fmt)
    assert run.code == 2, run.out[:500]
    assert words in run.out
    if fmt == "text":
        assert "a.claims.yaml:3:9" in run.out
    assert SECRET not in run.out + run.err
    assert "PATH=" not in run.out


def test_a_symlink_out_of_the_root_is_refused(repo: Path) -> None:
    """Links are resolved before the root is checked."""
    (repo / "link.txt").symlink_to(repo.parent / "secret.txt")
    run = audit_with_path(repo, "../link.txt")
    assert run.code == 2
    assert "outside the source root" in run.out
    assert SECRET not in run.out


def test_a_folder_or_a_fifo_inside_the_root_is_refused(repo: Path) -> None:
    """Only regular files are read: a FIFO is refused at once (not waited on)."""
    (repo / "dir.txt").mkdir()
    os.mkfifo(repo / "pipe.txt")
    run = audit_with_path(repo, "../dir.txt")
    assert run.code == 2
    assert "is a folder, not a regular file" in run.out
    run = audit_with_path(repo, "../pipe.txt")
    assert run.code == 2
    assert "is a FIFO (named pipe), not a regular file" in run.out
    assert run.cpu < 1


def test_a_file_inside_the_root_is_read(repo: Path) -> None:
    """Relative and absolute paths inside the repository work, and provenance runs."""
    for path in ("../article.txt", str(repo / "article.txt")):
        run = audit_with_path(repo, path)
        assert run.code == 0, run.out
        assert "coverage 1/1" in run.out


def test_source_root_option_and_pyproject_widen_the_root(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--source-root DIR and [tool.factcheck] source_root (from the working directory up)
    allow a folder outside the repository."""
    outside = str(repo.parent / "secret.txt")
    assert audit_with_path(repo, outside).code == 2
    run = audit_with_path(repo, outside, "--source-root", str(repo.parent))
    assert run.code == 0, run.out
    assert "coverage 1/1" in run.out  # read
    (repo / "pyproject.toml").write_text('[tool.factcheck]\nsource_root = ".."\n')
    run = audit_with_path(repo, outside)
    assert run.code == 0, run.out
    assert "coverage 1/1" in run.out


def test_the_pytest_plugin_honours_the_root(repo: Path) -> None:
    """pytest over a claim file whose source.path leaves the repository fails its file item
    with the same refusal; --factcheck-source-root widens the root as --source-root does."""
    claims = repo / "claims" / "a.claims.yaml"
    claims.write_text(claims_text("../../secret.txt"))
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(claims)]
    result = subprocess.run(
        command, cwd=repo, capture_output=True, text=True, timeout=300, check=False
    )
    assert result.returncode == 1, result.stdout
    assert "outside the source root" in result.stdout
    assert "1 failed, 1 passed" in result.stdout
    assert SECRET not in result.stdout
    widened = subprocess.run(
        [*command, "--factcheck-source-root", str(repo.parent)],
        cwd=repo, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert widened.returncode == 0, widened.stdout


def test_the_repository_s_own_seed_reads_through_the_configured_root() -> None:
    """The repository's pyproject.toml sets source_root = "..", which lets the seed claim
    file read ../../shared/articles/... (when that folder is there)."""
    from factcheck.sources import configured_root

    here = Path(__file__).resolve().parent.parent
    assert configured_root(here) == here.parent


# -- 3. the nearest passage: short, and found in near-linear time --------------------------------


def test_the_nearest_passage_is_short(repo: Path) -> None:
    """A long quote that is not in the text gets a nearest passage of at most 80 characters
    (ending with "…"), however long the quote."""
    (repo / "article.txt").write_text(("word " * 400) + "up 5 percent\n")
    claims = repo / "claims" / "a.claims.yaml"
    claims.write_text(claims_text("../article.txt", quote="up 5 percent " + "word " * 300))
    run = run_cli("audit", str(claims))
    (line,) = [x for x in run.out.splitlines() if "nearest passage" in x]
    nearest = line.split("the nearest passage is ", 1)[1]
    assert len(nearest) <= 82
    assert nearest.endswith("…'")


@pytest.mark.parametrize(
    "article",
    [
        "a " * 10_000,
        "ab" * 10_000,
        "up 5 percent " * 1_600,
        " ".join(f"w{i}" for i in range(4_000)),
    ],
    ids=["one-word", "no-space", "the-quote's-words", "all-distinct"],
)
def test_the_nearest_passage_search_is_near_linear(article: str) -> None:
    """A 20 KB repetitive article against quotes made of its own words: well under a second
    (SequenceMatcher at every word start took 216 s)."""
    from factcheck.provenance import _Normalized

    text = _Normalized(article)
    quotes = ["a " * 150, "up 5 percent " * 20 + "x", "w1 w2 w3 " * 30, "zz " * 100]
    cpu = time.process_time()
    for quote in quotes * 5:
        assert len(text.nearest(quote)) <= 80
    assert time.process_time() - cpu < 1.0


def test_the_nearest_passage_is_the_most_alike() -> None:
    """The search still finds the passage a brute-force comparison finds."""
    from factcheck.provenance import _Normalized

    text = _Normalized(
        "Exports rose 7.2 percent. Imports fell 2.7 percent in June. Trade grew 2.9 percent."
    )
    assert text.nearest("imports fell 2.9 percent") == "Imports fell 2.7 percent"


# -- 2. the size of every value is bounded before anything is computed --------------------------


@pytest.mark.parametrize(
    ("condition", "column", "words"),
    [
        ("((((9^64)^64)^64)^64)^64 == a", 11, "more than 2000 digits"),
        ("a == " + "9" * 2_100, 6, "more than 2000 digits"),
        ("a == (1/" + "7" * 1_100 + ")^2", 1_111, "more than 2000 digits"),
        ("(a^8)^9 == a", 7, "more than 64 times"),
    ],
)
def test_a_check_that_would_compute_huge_values_is_refused(
    tmp_path: Path, condition: str, column: int, words: str
) -> None:
    """A 40-byte check ran for minutes with unbounded memory; now it is an error naming the
    column, exit 2, in well under a second."""
    claims = tmp_path / "a.claims.yaml"
    claims.write_text(claims_text("none.txt", condition=condition))
    run = run_cli("audit", str(claims))
    assert run.code == 2, run.out
    assert f"column {column} of condition" in run.out
    assert words in run.out
    assert run.cpu < 1
    assert run.peak < 64 * 2**20


@pytest.mark.parametrize(
    "condition", ["a^64 == a", "(1.05)^64 * a == a", "(2^32)^8 == 2^64", "a == 0.5^-64"]
)
def test_powers_within_the_bound_are_computed(condition: str) -> None:
    """Powers a check may need (compounding over 64 periods) stay allowed."""
    from factcheck import expr

    assert expr.parse_condition(condition)


# -- 5. YAML escapes are checked once decoded -----------------------------------------------------

FORMATS = ["text", "json", "markdown", "github", "gitlab", "sarif", "claimreview", "html"]


@pytest.mark.parametrize(
    ("escape", "words"),
    [
        ("\\ud83d\\ude00", "the lone surrogate U+D83D"),
        ("\\x00", "a NUL character"),
        ("\\0", "a NUL character"),
        ("\\e[2J", "the control character U+001B"),
        ("\\x9b2J", "the control character U+009B"),
    ],
)
@pytest.mark.parametrize("fmt", FORMATS)
def test_escaped_characters_are_refused_in_every_format(
    tmp_path: Path, escape: str, words: str, fmt: str
) -> None:
    """An escape that decodes to a surrogate, a NUL or a control character is an error at
    its scalar (exit 2), in every format, never a UnicodeEncodeError."""
    claims = tmp_path / "a.claims.yaml"
    claims.write_text(
        f'source:\n  title: "x{escape}"\nfigures:\n  a: "up 5 percent"\n'
        "checks:\n  - id: c\n    condition: a == 5 percent\n"
    )
    output = tmp_path / "report.out"
    run = run_cli("audit", str(claims), "--format", fmt, "--output", str(output))
    assert run.code == 2, run.err
    assert "Traceback" not in run.err
    report = output.read_text(encoding="utf-8")
    if fmt != "claimreview":  # reviews of checks, with no place for errors
        assert words in report
    assert "\x1b" not in report
    assert "\x00" not in report
    if fmt in ("json", "sarif", "gitlab", "claimreview"):
        import json

        json.loads(report)


# -- 7. file names and user text cannot forge workflow commands or move the cursor ---------------

FORGED = "x\n::error file=README.md,line=1::FORGED.claims.yaml"
CLAIMS_INCONSISTENT = (
    "source:\n  title: t\nfigures:\n  a: 'up 5 percent'\n"
    'checks:\n  - id: c\n    condition: a == 6 percent\n    note: "n\\n::warning::NOTE"\n'
)


def forged_lines(text: str) -> list[str]:
    """Lines that a CI runner would take as a command factcheck did not mean to write."""
    return [
        line
        for line in text.splitlines()
        if line.startswith(("::error file=README", "::warning::NOTE", "##[")) or "\x1b" in line
    ]


@pytest.mark.parametrize("fmt", ["text", "github", "markdown", "gitlab", "sarif", "json"])
def test_a_file_name_cannot_forge_a_workflow_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    """A claim file named "x⏎::error file=README.md,line=1::FORGED.claims.yaml" is printed
    with its line break escaped, in every format and on stderr."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / FORGED).write_text(CLAIMS_INCONSISTENT)
    (tmp_path / ("bad\n::error::B\x1b[2J.claims.yaml")).write_text("source: [\n")
    run = run_cli("audit", ".", "--format", fmt)
    assert run.code == 2
    assert forged_lines(run.out + run.err) == []
    run = run_cli("audit", FORGED, "missing\n::error::M")
    assert forged_lines(run.err) == []
    assert "missing\\n::error::M" in run.err


def test_pytest_output_cannot_be_forged_by_a_file_name(tmp_path: Path) -> None:
    """The pytest plugin names such a file's items with escapes, and its failure texts
    escape each line."""
    (tmp_path / FORGED).write_text(CLAIMS_INCONSISTENT)
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-ra", "-p", "no:cacheprovider", "."],
        cwd=tmp_path, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode == 1, result.stdout
    assert "FORGED" in result.stdout
    assert forged_lines(result.stdout + result.stderr) == []
    assert not [line for line in result.stdout.splitlines() if line.startswith("::")]


def test_printable_escapes_what_a_terminal_or_runner_acts_on() -> None:
    from factcheck.safety import printable

    assert printable("a\nb\r\tc") == "a\\nb\\r\\tc"
    assert printable("\x1b[2J\x00\x7f\x9b") == "\\x1b[2J\\x00\\x7f\\x9b"
    assert printable("x\u2028y\u202ez\ud83d") == "x\\u2028y\\u202ez\\ud83d"
    assert printable("::stop-commands::t") == "\\x3a:stop-commands::t"
    assert printable("##[error]x") == "\\x23#[error]x"
    assert printable("ok: 5 %, a → b") == "ok: 5 %, a → b"


# -- 8. sizes and special files ---------------------------------------------------------------


def run_subprocess(*argv: str, cwd: Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """The command line in a child process, killed after ``timeout`` (a hang fails the test
    instead of blocking the suite)."""
    return subprocess.run(
        [sys.executable, "-m", "factcheck", *argv],
        cwd=cwd, capture_output=True, text=True, timeout=timeout, check=False,
    )  # fmt: skip


@pytest.mark.parametrize("command", ["audit", "scan", "draft"])
def test_dev_zero_and_a_fifo_are_refused_at_once(tmp_path: Path, command: str) -> None:
    """`factcheck audit /dev/zero` read forever, and a FIFO named on the command line blocked
    forever: both are refused as not regular files."""
    fifo = tmp_path / "pipe.claims.yaml"
    os.mkfifo(fifo)
    for path in ("/dev/zero", str(fifo)):
        result = run_subprocess(command, path, cwd=tmp_path, timeout=30)
        assert result.returncode == 2, result.stderr
        assert "Traceback" not in result.stderr
        assert "not a regular file" in result.stderr + result.stdout


def test_a_source_text_over_the_size_limit_is_refused(repo: Path) -> None:
    """An article over 1 MiB is refused from its size (a sparse 1 GiB file is never read)."""
    from factcheck.sources import MAX_SOURCE_BYTES

    big = repo / "article.txt"
    with big.open("wb") as handle:
        handle.truncate(1024**3)
    run = audit_with_path(repo, "../article.txt")
    assert run.code == 2
    assert f"larger than {MAX_SOURCE_BYTES} bytes" in run.out
    assert run.peak < 16 * 2**20
    big.write_text("x" * MAX_SOURCE_BYTES + "x")
    assert f"larger than {MAX_SOURCE_BYTES} bytes" in audit_with_path(repo, "../article.txt").out


def test_read_capped_counts_the_bytes_read_not_stat(tmp_path: Path) -> None:
    """The cap holds on what is read: /dev/zero (size 0 to stat) is refused as a device, and
    a regular file is read whole up to the limit."""
    from factcheck.sources import SourceRefused, read_capped

    with pytest.raises(SourceRefused, match="is a device, not a regular file"):
        read_capped("/dev/zero", 10)
    path = tmp_path / "f.txt"
    path.write_bytes(b"0123456789")
    assert read_capped(path, 10) == b"0123456789"
    with pytest.raises(SourceRefused, match="larger than 9 bytes"):
        read_capped(path, 9)


def test_a_source_text_with_too_many_numbers_is_refused_in_bounded_time(repo: Path) -> None:
    """Coverage reads at most 10,000 numbers: a text of 500,000 is refused before the reader
    runs (it would take minutes), with provenance still checked."""
    (repo / "article.txt").write_text(("1 " * 50 + "\n") * 10_000 + "up 5 percent\n")
    run = audit_with_path(repo, "../article.txt")
    assert run.code == 2, run.out
    assert "more than the 10000 coverage reads" in run.out
    assert run.cpu < 3
    assert run.peak < 200 * 2**20


# -- 9. linear passes: lines and columns, coverage, the HTML article ---------------------------


def test_line_and_column_agree_with_counting() -> None:
    from factcheck.provenance import _Lines

    text = "ab\n\ncd\nefg\n"
    lines = _Lines(text)
    for offset in range(len(text) + 1):
        line = text.count("\n", 0, offset) + 1
        column = offset - (text.rfind("\n", 0, offset) + 1) + 1
        assert (line, column) == lines.at(offset)


def test_normalized_text_maps_back_like_the_character_loop() -> None:
    """The regex-built normalization gives the text and offsets of the former loop over
    characters (a brute-force reference), and its whitespace table is str.isspace's."""
    import random

    from factcheck.provenance import _DASHES, _QUOTES, _WHITESPACE, _Normalized

    assert "".join(chr(c) for c in range(0x110000) if chr(c).isspace()) == _WHITESPACE

    def reference(text: str) -> tuple[str, list[int]]:
        chars, offsets, previous_space = [], [], True
        for index, char in enumerate(text.translate(_DASHES).translate(_QUOTES)):
            if char.isspace():
                if previous_space:
                    continue
                char, previous_space = " ", True
            else:
                previous_space = False
            chars.append(char)
            offsets.append(index)
        return "".join(chars), offsets

    rnd = random.Random(16)
    for _ in range(3_000):
        text = "".join(rnd.choice(" \t\n\xa0\u2028\x1cab—“’x") for _ in range(rnd.randint(0, 20)))
        normalized = _Normalized(text)
        assert reference(text) == (normalized.text, normalized.offsets)


def test_coverage_agrees_with_pairwise_matching() -> None:
    """Coverage by bisection marks as uncovered exactly the numbers the former all-pairs
    comparison did."""
    from factcheck.files import parse_claims
    from factcheck.provenance import _Normalized, coverage, scan

    text = "Up 5 percent, then 6 percent; 7 of 8 rose 5 percent in 2024 and 9.\n" * 20
    claims = parse_claims(
        "source: {title: t}\nfigures:\n  a: 'Up 5 percent'\n  b: '7 of 8'\n"
        "not_claims:\n  - {text: 'in 2024', reason: a year}\n"
    )
    cover = coverage(claims, text)
    # the former algorithm, pair by pair
    numbers = scan(text)
    normalized = _Normalized(text)
    claimed = []
    for figure in claims.article.figures:
        reading = figure.read(claims.article.policy)
        for start, end in normalized.find_all(figure.quote):
            for located in numbers:
                inside = start <= located.start < end and located.reading is not None
                if inside and located.reading.value == reading.value:
                    claimed.append((located.start, located.end))
    for excused in claims.not_claims:
        claimed.extend(normalized.find_all(excused.text))
    expected = [n.start for n in numbers if not any(s <= n.start < e for s, e in claimed)]
    assert expected == [u.start for u in cover.uncovered]
    assert cover.total == len(numbers)


def test_the_html_article_of_8000_paragraphs_is_linear() -> None:
    """8,000 paragraphs, each with a highlight: the article's HTML in well under a second
    (comparing every paragraph with every highlight took 7 s)."""
    from factcheck.reports.html import _article_html, _Highlight

    paragraph = "Sales rose 5 percent. Costs fell.\n\n"
    text = paragraph * 8_000
    highlights = [
        _Highlight(i * len(paragraph) + 11, i * len(paragraph) + 20, uncovered=True)
        for i in range(8_000)
    ]
    cpu = time.process_time()
    html = _article_html(text, highlights, {})
    assert time.process_time() - cpu < 1.0
    assert html.count("<p>") == 8_000
    assert html.count('<mark class="uncovered"') == 8_000


# -- 4. ClaimReview JSON-LD stays inside its <script> element ------------------------------------

BREAKOUT = "</script><svg onload=\"document.body.setAttribute('data-pwned','1')\"> & <!-- \u2028"


def claimreview_of_hostile_quote(tmp_path: Path) -> str:
    claims = tmp_path / "a.claims.yaml"
    quote = BREAKOUT.replace("\u2028", "\\u2028").replace('"', '\\"')
    claims.write_text(
        'source:\n  title: t\nfigures:\n  a: "up 5 percent"\n'
        f'checks:\n  - id: c\n    condition: a == 5 percent\n    quote: "up 5 percent {quote}"\n'
    )
    run = run_cli("audit", str(claims), "--format", "claimreview")
    assert run.code == 0, run.out + run.err
    return run.out


def test_claimreview_json_escapes_what_html_would_read() -> None:
    """`<`, `>`, `&`, U+2028 and U+2029 are \\u escapes: the same data to a JSON parser."""
    import json

    from factcheck.safety import json_for_html

    data = {"q": "</script><!-- & \u2028\u2029"}
    text = json_for_html(data)
    assert text == '{"q": "\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\\u2029"}'
    assert json.loads(text) == data


def test_a_quote_cannot_close_the_claimreview_script(tmp_path: Path) -> None:
    import json

    text = claimreview_of_hostile_quote(tmp_path)
    for raw in ("<", ">", "&", "\u2028"):
        assert raw not in text
    (review,) = json.loads(text)
    assert review["claimReviewed"] == "up 5 percent " + BREAKOUT


CHROMIUM = shutil.which("chromium") or (
    "/usr/bin/chromium" if Path("/usr/bin/chromium").is_file() else None
)


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed: no browser")
def test_claimreview_in_a_page_runs_no_script_in_chromium(tmp_path: Path) -> None:
    """Pasted into <script type="application/ld+json"> as JSON-LD is published, the reviews
    run nothing in headless Chromium, and the page's own script reads the quote back."""
    text = claimreview_of_hostile_quote(tmp_path)
    page = tmp_path / "page.html"
    page.write_text(
        "<!doctype html><html><head><meta charset='utf-8'>"
        f'<script type="application/ld+json" id="ld">{text}</script></head>'
        "<body><script>document.body.setAttribute('data-quote',"
        " JSON.parse(document.getElementById('ld').textContent)[0].claimReviewed.length)"
        "</script></body></html>",
        encoding="utf-8",
    )
    assert CHROMIUM is not None
    done = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-dev-shm-usage", f"--user-data-dir={tmp_path / 'profile'}",
         "--virtual-time-budget=2000", "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=180, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert 'data-pwned="1"' not in done.stdout
    assert "<svg" not in done.stdout
    assert f'data-quote="{len("up 5 percent " + BREAKOUT)}"' in done.stdout


# -- 6. Markdown and SARIF carry no links, images or mentions from claim files ------------------

LINKS = (
    "![pixel](https://evil.example/p.png) [badge](https://evil.example) "
    "www.evil.example @octocat mail@evil.example <img src=x>"
)


def rendered_links(markdown_text: str) -> list[str]:
    """Links, images, autolinks and mentions a GitHub-flavoured renderer would make of
    ``markdown_text``: an independent check by pattern on the raw Markdown."""
    import re

    return re.findall(
        r"(?<!\\)!?(?<!\\)\[[^\]\n]*(?<!\\)\]\(|https?://|\bwww\.|(?<![\w\\])@[A-Za-z0-9]|<img",
        markdown_text,
    )


@pytest.mark.parametrize("fmt", ["markdown", "github"])
def test_markdown_neutralises_links_images_and_mentions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    """Quotes, notes and titles with link, image and mention syntax render as text in the
    Markdown report and in $GITHUB_STEP_SUMMARY."""
    claims = tmp_path / "a.claims.yaml"
    yaml_text = LINKS.replace("'", "''")
    claims.write_text(
        f"source:\n  title: '{yaml_text}'\n  url: '{yaml_text}'\nfigures:\n  a: 'up 5 percent'\n"
        "checks:\n  - id: c\n    condition: a == 6 percent\n"
        f"    quote: 'up 5 percent {yaml_text}'\n"
        f"    note: '{yaml_text}'\n"
    )
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    run = run_cli("audit", str(claims), "--format", fmt)
    assert run.code == 1, run.out
    text = summary.read_text(encoding="utf-8") if fmt == "github" else run.out
    assert "octocat" in text
    assert rendered_links(text) == []


def test_sarif_messages_carry_no_links(tmp_path: Path) -> None:
    """SARIF reads "[text](target)" in a message as a link: brackets are escaped, bare URLs
    and mentions broken."""
    import json

    claims = tmp_path / "a.claims.yaml"
    yaml_text = LINKS.replace("'", "''")
    claims.write_text(
        "source:\n  title: t\nfigures:\n  a: 'up 5 percent'\n"
        "checks:\n  - id: c\n    condition: a == 6 percent\n"
        f"    quote: 'up 5 percent {yaml_text}'\n"
    )
    run = run_cli("audit", str(claims), "--format", "sarif")
    assert run.code == 1
    (result,) = json.loads(run.out)["runs"][0]["results"]
    message = result["message"]["text"]
    assert "octocat" in message
    # message.text is plain text, never HTML: "<img" stays as written
    assert [link for link in rendered_links(message) if link != "<img"] == []


def test_the_rendered_link_oracle_finds_links() -> None:
    assert len(rendered_links(LINKS)) == 7


# -- 10. numbers beyond a float's range -----------------------------------------------------------

HUGE = "1" + "0" * 309


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_310_digit_figure_is_shown_not_a_traceback(tmp_path: Path, fmt: str) -> None:
    """A figure beyond a float's range raised OverflowError in every format (and in the HTML
    chart); it is shown exactly rounded, and a granularity check over a count beyond 10^15
    is an error naming it (exit 2)."""
    claims = tmp_path / "a.claims.yaml"
    claims.write_text(
        f"source:\n  title: t\nfigures:\n  a: '{HUGE} yuan'\n  b: '{HUGE} yuan'\n"
        "checks:\n  - id: c\n    condition: a < b\n"
        f"  - id: g\n    condition: 'grim(0.5, {HUGE})'\n"
        f"  - id: s\n    condition: 'count_share(50 percent, {HUGE})'\n"
    )
    output = tmp_path / "out"
    run = run_cli("audit", str(claims), "--format", fmt, "--output", str(output))
    assert "Traceback" not in run.err, run.err
    assert run.err == ""
    assert run.code == 2
    report = output.read_text(encoding="utf-8")
    if fmt in ("text", "json", "markdown", "html"):
        assert "must be a whole number from 1 to 10^15" in report
        # a round count of prose is read as rounded at its one digit: [5e308, 1.5e309],
        # written out in full (issue #18: counts never in scientific notation)
        assert "1,500" + ",000" * 102 in report


def test_format_number_beyond_float_range() -> None:
    from fractions import Fraction

    from factcheck.explain import format_number

    # Written out with thousands separators, never in scientific notation (issue #18):
    # 10**309 is a 1 and 103 groups of three zeros; -(2 * 10**400) // 3 to four digits.
    assert format_number(Fraction(10**309)) == "1" + ",000" * 103
    assert format_number(Fraction(-(2 * 10**400) // 3)) == "≈-6,667" + ",000" * 132
    assert format_number(Fraction(1, 3 * 10**400)) == "≈0"  # negligible, by design
    assert format_number(Fraction(1, 3)) == "≈0.3333"


# -- 11. signals and jobs -------------------------------------------------------------------------

SEED = Path(__file__).resolve().parent.parent / "claims" / "china-foreign-trade-2025h1.claims.yaml"


def children_of(pid: int) -> list[int]:
    found: list[int] = []
    with contextlib.suppress(FileNotFoundError):
        for task in os.listdir(f"/proc/{pid}/task"):
            found += map(int, Path(f"/proc/{pid}/task/{task}/children").read_text().split())
    return found


def running(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except FileNotFoundError:
        return False


def _default_signals() -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs Linux's /proc")
@pytest.mark.parametrize(
    ("name", "jobs", "code", "line"),
    [
        ("SIGTERM", "2", 143, "factcheck: terminated"),
        ("SIGINT", "1", 130, "factcheck: interrupted"),
    ],
)
def test_a_signal_stops_the_audit_cleanly(
    tmp_path: Path, name: str, jobs: str, code: int, line: str
) -> None:
    """SIGTERM left a .part file beside --output and orphaned the --jobs workers; SIGINT
    printed a KeyboardInterrupt traceback.  Now: one line, exit 130 or 143, no .part file,
    no worker left running."""
    import signal

    text = "".join(
        row for row in SEED.read_text().splitlines(keepends=True)
        if not row.startswith(("  path:", "  sha256:"))
    )  # fmt: skip
    (tmp_path / "pyproject.toml").write_text("")
    for index in range(300):
        (tmp_path / f"c{index}.claims.yaml").write_text(text)
    process = subprocess.Popen(
        [sys.executable, "-m", "factcheck", "audit", ".", "--jobs", jobs,
         "--format", "json", "--output", "report.json"],
        cwd=tmp_path, stderr=subprocess.PIPE, text=True,
        # A test run started in the background (``pytest &``, nohup) ignores SIGINT, and a
        # child inherits that: give the audit the disposition a terminal gives it.
        preexec_fn=_default_signals,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not any(tmp_path.glob(".report.json.*.part")):
            time.sleep(0.1)
        time.sleep(1.0)
        workers = children_of(process.pid)
        process.send_signal(getattr(signal, name))
        _, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
        process.communicate()
    assert process.returncode == code, err
    assert err == line + "\n"
    assert list(tmp_path.glob("*.part")) == []
    assert not (tmp_path / "report.json").exists()
    if jobs == "2":
        assert len(workers) == 2
    time.sleep(0.5)
    assert [pid for pid in workers if running(pid)] == []


def test_jobs_are_capped_at_files_and_cpus() -> None:
    """--jobs 50 with 2 files forked 50 processes."""
    from factcheck.results import worker_count

    cpus = len(os.sched_getaffinity(0))
    assert worker_count(50, 2) == min(2, cpus)
    assert worker_count(50, 10**6) == min(50, cpus)
    assert worker_count(1, 10) == 1


# -- 12. arithmetic refused where it is written ---------------------------------------------------


@pytest.mark.parametrize(
    ("condition", "column", "words"),
    [
        ("a / 0 == a", 3, "division by zero"),
        ("0/0 == a", 2, "division by zero"),
        ("a / (1 - 1) == a", 3, "division by zero"),
        ("a / (0 percent) == a", 3, "division by zero"),
        ("0 ^ -1 == a", 6, "zero to a negative power"),
        ("(0*a)^-1 == a", 8, "zero to a negative power"),
        ("a == 5 %%", 9, "a second unit '%'"),
        ("a == 5 percent %", 16, "a second unit '%'"),
        ("a == 1 million billion CNY", 16, "a second scale word 'billion'"),
    ],
)
def test_arithmetic_without_a_value_is_an_error_in_the_check(
    tmp_path: Path, condition: str, column: int, words: str
) -> None:
    """`a / 0 == c`, `0/0` and `0 ^ -1` were graded inconsistent, and `5 %%` was read as
    5 %: each is now an error at its column (exit 2).  (Mixed kinds inside a relation given
    figures, growth(10 percent, 1000 tonnes), are the engine's to refuse: issue 14.)"""
    from factcheck import expr

    with pytest.raises(expr.CheckSyntaxError) as caught:
        expr.parse_condition(condition)
    assert caught.value.column == column
    assert words in str(caught.value)
    claims = tmp_path / "a.claims.yaml"
    claims.write_text(claims_text("none.txt", condition=condition.replace("'", "''")))
    run = run_cli("audit", str(claims))
    assert run.code == 2, run.out
    assert words in run.out


@pytest.mark.parametrize(
    "condition", ["a / 2 == a / 2", "0 ^ 2 == 0 * a", "a == 13 trillion CNY", "a * 0 == 0"]
)
def test_arithmetic_with_a_value_is_kept(condition: str) -> None:
    from factcheck import expr

    assert expr.parse_condition(condition)
