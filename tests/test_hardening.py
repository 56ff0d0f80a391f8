"""Hostile input, end to end: load + audit + the command line.

The reader and the condition parser are fuzzed (only results or factcheck's own errors come
out); then explicit hostile claim files go through ``factcheck audit`` in-process, each
rejected with a one-line error naming where, within one second of CPU and bounded memory,
without a traceback and without running anything.  Loader-only cases live in test_files.py.
An audit (and a pytest run over the claim files) never modifies a claim file or its source.

Time is measured as CPU time of this process (``time.process_time``): the wall clock on a
shared two-core machine says more about the neighbours than about factcheck.  A generous
wall-clock bound still catches a hang.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import subprocess
import sys
import time
import tracemalloc
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from factcheck import expr
from factcheck.cli import main
from factcheck.engine import audit
from factcheck.errors import FactcheckError, ReadingError
from factcheck.model import Article, Check, Figure, Source
from factcheck.reading import Reading, read

CPU_LIMIT = 1.0
WALL_LIMIT = 15.0
MEMORY_LIMIT = 64 * 1024 * 1024

FUZZ = settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# -- fuzzing the reader and the parser --------------------------------------------------------

_TOKENS = [
    "0",
    "1",
    "7",
    "13",
    "2024",
    "1,350",
    "1350,000",
    "1.2.3",
    "64.1",
    ".5",
    "-",
    "−",
    "–",
    ",",
    ".",
    "%",
    "$",
    "US$",
    "€",
    "£",
    "¥",
    "RMB",
    " ",
    "  ",
    "\t",
    "\n",
    "percent",
    "per cent",
    "percentage points",
    "pp",
    "bn",
    "m",
    "k",
    "trillion",
    "billion",
    "million",
    "thousand",
    "yuan",
    "dollars",
    "about",
    "nearly",
    "more than",
    "over",
    "at least",
    "up to",
    "just under",
    "between",
    "and",
    "to",
    "from",
    "rose",
    "fell",
    "by",
    "up",
    "down",
    "in",
    "one",
    "five",
    "twenty-one",
    "half",
    "a third",
    "doubled",
    "first",
    "second-highest",
    "Q2",
    "July 10,",
    "1e9",
    "٣",
    "５",
    "\x00",
    "\ufeff",
    "İ",
    "than",
    "more",
    "fewer",
]
numbery = st.lists(st.sampled_from(_TOKENS), max_size=14).map("".join) | st.lists(
    st.sampled_from(_TOKENS), max_size=10
).map(" ".join)


def _check_readings(phrase: str) -> None:
    failure: ReadingError | None = None
    readings: tuple[Reading, ...] = ()
    try:
        readings = read(phrase)
    except ReadingError as error:
        failure = error
    if failure is not None:
        assert 0 <= failure.start <= failure.end <= len(phrase)
        assert str(failure)
        return
    assert isinstance(readings, tuple)
    end = 0
    for reading in readings:
        assert end <= reading.start <= reading.end <= len(phrase), reading
        assert phrase[reading.start : reading.end] == reading.text
        assert reading.lenient.contains_interval(reading.strict), (phrase, reading)
        end = reading.end


@FUZZ
@given(st.text(max_size=120))
def test_reader_fuzz_any_text(phrase: str) -> None:
    """Any text: readings (strict inside lenient, spans that quote the phrase) or a
    ReadingError with a span inside the phrase; nothing else."""
    _check_readings(phrase)


@FUZZ
@given(numbery)
@example("percent1,350pp0")  # a word run into a number: the error's span was the spaced text's
@example("votes12,345,678 and G20")
def test_reader_fuzz_number_like_text(phrase: str) -> None:
    """Text built from the pieces numbers are made of: digits, signs, separators, units,
    scale words, hedges, directions, non-ASCII digits and minus signs."""
    _check_readings(phrase)


_COND_TOKENS = [
    "a",
    "b",
    "share",
    "growth",
    "(",
    ")",
    "[",
    "]",
    ",",
    "==",
    "<=",
    ">",
    "+",
    "-",
    "*",
    "/",
    "^",
    "**",
    "2",
    "1.5",
    "%",
    "pp",
    "CNY",
    "trillion",
    "'x'",
    "=",
    "true",
    "lambda",
    ".",
    "__class__",
    "__import__",
    "0x10",
    "1e9",
    "−",
    "٣",
    " ",
    "\x00",
    ":",
    "if",
    ";",
]


@FUZZ
@given(st.text(max_size=80) | st.lists(st.sampled_from(_COND_TOKENS), max_size=16).map(" ".join))
def test_condition_fuzz(condition: str) -> None:
    """Any condition: a parse tree, or a CheckSyntaxError; and the audit of a check with it
    never raises: a verdict, or an error naming the check."""
    failure: expr.CheckSyntaxError | None = None
    try:
        expr.parse_condition(condition)
    except expr.CheckSyntaxError as error:
        failure = error
    assert failure is None or str(failure)
    article = Article(
        source=Source(title="fuzz"),
        figures=[Figure(name="a", quote="5 percent"), Figure(name="b", quote="7 percent")],
        checks=[Check(id="c", condition=condition)],
    )
    report = audit(article)
    assert len(report.verdicts) + len(report.errors) >= 1
    for error in report.errors:
        assert isinstance(error, FactcheckError)
        assert "'c'" in str(error)


@settings(max_examples=40, deadline=None)
@given(numbery, st.sampled_from(["a == b", "growth(a, b) == c", "share(a, b) == c"]))
def test_audit_fuzz_quotes(quote: str, condition: str) -> None:
    """A figure quoted from any number-like text: the audit grades or reports, never raises."""
    article = Article(
        source=Source(title="fuzz"),
        figures=[
            Figure(name="a", quote=quote),
            Figure(name="b", quote="13 trillion yuan"),
            Figure(name="c", quote="up 5 percent"),
        ],
        checks=[Check(id="k", condition=condition)],
    )
    report = audit(article)
    assert all(isinstance(e, FactcheckError) for e in report.errors)


# -- the command line on hostile claim files ------------------------------------------------


@dataclass
class Run:
    code: int
    out: str
    err: str
    cpu: float
    wall: float
    peak: int

    @property
    def problems(self) -> list[str]:
        """The report's error lines (``path:line:col: error: ...``) and anything on stderr."""
        lines = [line.strip() for line in self.out.splitlines() if ": error: " in line]
        return lines + self.err.splitlines()


def run_cli(*argv: str) -> Run:
    out, err = io.StringIO(), io.StringIO()
    tracemalloc.start()
    wall, cpu = time.perf_counter(), time.process_time()
    try:
        with contextlib.redirect_stderr(err):
            code = main(list(argv), out=out)
    finally:
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return Run(code, out.getvalue(), err.getvalue(), cpu, wall, peak)


def _claims(condition: str = "a == a", quote: str = "5 percent") -> str:
    return (
        f"source:\n  title: t\nfigures:\n  a: {_yaml(quote)}\nchecks:\n"
        f"  - id: c\n    condition: {_yaml(condition)}\n"
    )


def _yaml(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


_LAUGHS = (
    "source: {title: t}\n"
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8)
    )
    + "checks: *i\n"
)

FILE_CASES: dict[str, bytes] = {
    "billion_laughs": _LAUGHS.encode(),
    "deep_flow_yaml": b"source: {title: t}\nfigures: " + b"[" * 10_000 + b"]" * 10_000 + b"\n",
    "deep_block_yaml": (
        "source:\n  title: t\nfigures:\n"
        + "".join("  " * (i + 1) + f"k{i}:\n" for i in range(3000))
    ).encode(),
    "nul_byte": _claims().encode().replace(b"title: t", b"title: t\x00"),
    "invalid_utf8": _claims().encode().replace(b"title: t", b"title: \xff\xfe t"),
}
"""Claim files that cannot be read at all: exit code 2."""

CHECK_CASES: dict[str, tuple[str, str, str]] = {
    # name: (condition, quote, words the error must contain)
    "parens_10000": ("(" * 10_000 + "a" + ")" * 10_000 + " == a", "5 percent", "longer than"),
    "parens_1900": ("(" * 1_900 + "a" + ")" * 1_900 + " == a", "5 percent", "nests deeper"),
    "minus_10000": ("-" * 10_000 + "a == a", "5 percent", "longer than"),
    "minus_3000": ("-" * 3_000 + "a == a", "5 percent", "nests deeper"),
    "exponent_condition": ("a == 1e999999", "5 percent", "column 6"),
    "exponent_quote": ("a == a", "1e999999 yuan", "scientific notation"),
    "million_digits_condition": ("a == " + "1" * 1_000_000, "5 percent", "longer than"),
    "million_digits_quote": ("a == a", "1" * 1_000_000 + " yuan", "1000000 digits"),
    "arabic_digit_quote": ("a == a", "٥ percent", "not an ASCII digit"),
    "fullwidth_digit_quote": ("a == a", "５ percent", "not an ASCII digit"),
    "arabic_digit_condition": ("a == ٥ percent", "5 percent", "unexpected character"),
    "en_dash_condition": ("a == –5 percent", "−5 percent", "a dash is not a minus"),
    "import": ("__import__('os').system('touch PWNED') == a", "5 percent", "attribute access"),
    "attribute": ("a.__class__ == a", "5 percent", "attribute access"),
    "lambda": ("(lambda: 1) == a", "5 percent", "column 8"),
    "subscript": ("a[0] == a", "5 percent", "check 'c'"),
}
"""Claim files that load, with a check or a figure that cannot be compiled or read: the
audit reports an error naming it, and the command exits 2."""


def _assert_bounded(run: Run) -> None:
    assert run.cpu <= CPU_LIMIT, f"{run.cpu:.2f} s of CPU"
    assert run.wall <= WALL_LIMIT, f"{run.wall:.2f} s"
    assert run.peak <= MEMORY_LIMIT, f"{run.peak / 2**20:.1f} MiB"
    assert "Traceback" not in run.out + run.err


@pytest.mark.parametrize("name", sorted(FILE_CASES))
def test_unreadable_claim_file_exits_2(name: str, tmp_path: Path) -> None:
    path = tmp_path / f"{name}.claims.yaml"
    path.write_bytes(FILE_CASES[name])
    run = run_cli("audit", str(path))
    _assert_bounded(run)
    assert run.code == 2, run.out
    (problem,) = run.problems
    assert f"{path}:" in problem
    assert len(problem) < 300


def test_fifty_megabyte_claim_file_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "big.claims.yaml"
    with path.open("wb") as handle:
        handle.write(b"# " + b"x" * (50 * 1024 * 1024) + b"\n")
    run = run_cli("audit", str(path))
    _assert_bounded(run)
    assert run.code == 2
    (problem,) = run.problems
    assert "bytes" in problem
    assert run.peak < 4 * 1024 * 1024  # refused from its size, never read


@pytest.mark.parametrize("name", sorted(CHECK_CASES))
def test_hostile_check_is_an_error_naming_it(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    condition, quote, words = CHECK_CASES[name]
    path = tmp_path / f"{name}.claims.yaml"
    path.write_text(_claims(condition, quote), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    run = run_cli("audit", str(path))
    _assert_bounded(run)
    assert run.code != 0
    assert run.problems, run.out[:2000]
    assert all(f"{path}:" in p for p in run.problems)
    assert any(words in p for p in run.problems), [p[:300] for p in run.problems]
    assert not (tmp_path / "PWNED").exists()


def test_nothing_is_executed(tmp_path: Path) -> None:
    """Conditions that would run code if evaluated run nothing."""
    marker = tmp_path / "pwned"
    conditions = [
        f"__import__('os').system('touch {marker}') == a",
        "a.__class__.__bases__[0].__subclasses__() == a",
        f"(lambda: open('{marker}', 'w')) == a",
        f'exec(\'open("{marker}", "w")\') == a',
        f"a == eval(\"open('{marker}', 'w')\")",
        "a == a\x00",
        "a\x00 == a",
    ]
    article = Article(
        source=Source(title="t"),
        figures=[Figure(name="a", quote="5 percent")],
        checks=[Check(id=f"c{i}", condition=c) for i, c in enumerate(conditions)],
    )
    report = audit(article)
    assert not report.verdicts
    assert len(report.errors) == len(conditions)
    assert not marker.exists()


def test_unicode_minus_in_a_quote_is_a_minus(tmp_path: Path) -> None:
    """Quotes take the typographic minus (U+2212) as a minus sign, as prose writes it."""
    path = tmp_path / "minus.claims.yaml"
    path.write_text(_claims("a < 0 percent", "−5 percent"), encoding="utf-8")
    run = run_cli("audit", str(path))
    _assert_bounded(run)
    assert run.code == 0, run.out


# -- findings pinned (see the report of the hardening work) -----------------------------------


@pytest.mark.parametrize("name", ["attribute", "exponent_quote"])
def test_bad_input_inside_a_claim_file_exits_2(name: str, tmp_path: Path) -> None:
    condition, quote, _ = CHECK_CASES[name]
    path = tmp_path / f"{name}.claims.yaml"
    path.write_text(_claims(condition, quote), encoding="utf-8")
    assert run_cli("audit", str(path)).code == 2


def test_unreadable_figure_is_not_called_undeclared() -> None:
    article = Article(
        source=Source(title="t"),
        figures=[Figure(name="a", quote="1e9 yuan")],
        checks=[Check(id="c", condition="a == a")],
    )
    messages = [str(e) for e in audit(article).errors]
    assert not any("declare it under figures" in m for m in messages), messages


def test_reading_error_message_is_short() -> None:
    with pytest.raises(ReadingError) as caught:
        read("1" * 1_000_000 + " yuan")
    assert len(str(caught.value)) < 1000


# -- an audit changes nothing on disk ---------------------------------------------------------

ARTICLE = "Exports surpassed 13 trillion yuan, up 7.2 percent year on year.\n"


def _snapshot(*paths: Path) -> dict[str, tuple[str, int]]:
    return {
        str(p): (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns) for p in paths
    }


def test_audit_and_pytest_never_modify_claims_or_source(tmp_path: Path) -> None:
    source = tmp_path / "article.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    claims = tmp_path / "article.claims.yaml"
    claims.write_text(
        "source:\n  title: t\n  path: article.txt\n"
        f"  sha256: {digest}\n"
        "figures:\n  exports: 'surpassed 13 trillion yuan'\n  growth: 'up 7.2 percent'\n"
        "unknowns:\n  exports_2024: {unit: CNY, bounds: positive}\n"
        "checks:\n  - id: first\n    condition: 'previous(exports, growth) <= 13 trillion CNY'\n"
        "  - id: growth\n    condition: 'growth(exports, exports_2024) == growth'\n",
        encoding="utf-8",
    )
    bad = tmp_path / "bad.claims.yaml"
    bad.write_bytes(FILE_CASES["billion_laughs"])
    before = _snapshot(source, claims, bad)
    time.sleep(0.01)
    from factcheck.reports import FORMATS

    for fmt in sorted(FORMATS):
        run = run_cli("audit", str(tmp_path), "--format", fmt, "--output", str(tmp_path / "out"))
        assert run.code in (0, 1, 2)
    run_cli("audit", str(claims), "--source", str(source), "--jobs", "2")
    run_cli("explain", f"{claims}::growth")
    run_cli("coverage", str(claims))
    run_cli("scan", str(source))
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(claims), str(bad)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode in (0, 1), result.stdout + result.stderr
    assert _snapshot(source, claims, bad) == before


def test_a_third_review_s_tracebacks_are_errors(tmp_path: Path) -> None:
    """Found by a crash-hunting review: an unknown hedge override (KeyError), a source text
    that is not UTF-8 (UnicodeDecodeError), and a figure index that is not a number
    (TypeError) each escaped as a traceback."""
    hedged = tmp_path / "hedge.claims.yaml"
    hedged.write_text(
        "source:\n  title: t\nfigures:\n  a: {quote: '5 percent', hedge: bogus}\n"
        "  b: {quote: '5 percent', hedge: more than}\n"
        "checks:\n  - id: c\n    condition: a == 5 percent\n"
        "  - id: d\n    condition: b > 5 percent\n"
    )
    run = run_cli("audit", str(hedged))
    assert "Traceback" not in run.out + run.err
    assert run.code == 2
    assert any("'bogus' is not a hedge the reader knows" in p for p in run.problems)
    assert "d: consistent" in run.out  # a hedge word of the table names its hedge ("over")

    binary = tmp_path / "article.txt"
    binary.write_bytes(b"\xff\xfe\x00binary\x80")
    sourced = tmp_path / "source.claims.yaml"
    sourced.write_text(
        f"source:\n  title: t\n  path: {binary}\nfigures:\n  a: '5 percent'\n"
        "checks:\n  - id: c\n    condition: a == 5 percent\n"
    )
    run = run_cli("audit", str(sourced))
    assert "Traceback" not in run.out + run.err
    assert run.code == 1
    assert any("is not UTF-8 text" in p for p in run.problems)

    with pytest.raises(ValueError, match="must be a whole number"):
        Figure(name="a", quote="5 percent", index="0")  # type: ignore[arg-type]
