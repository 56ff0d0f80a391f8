"""The conventions of a command line (issue #18): --version, -o, -q, --exit-zero, suggestions
for a mistyped option, ``path:line:col:`` lines, [tool.factcheck] defaults, FORCE_COLOR, a
narrow console encoding, a source text that must be there, and uncompiled checks counted."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.cli import main

CLAIMS = """\
source:
  title: A small story
  path: story.txt
figures:
  part: "spent 4.2 billion yuan"
  whole: "a budget of 10.5 billion yuan"
  share: "40 percent of the budget"
checks:
  - id: share
    quote: "40 percent of the budget"
    condition: share(part, whole) == share
"""
STORY = (
    "The city spent 4.2 billion yuan, 40 percent of the budget, "
    "out of a budget of 10.5 billion yuan.\n"
)
ROOT = Path(__file__).resolve().parent.parent


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


@pytest.fixture
def good(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A consistent claim file and its text, in the working directory."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "story.claims.yaml").write_text(CLAIMS, encoding="utf-8")
    return Path("story.claims.yaml")


@pytest.fixture
def bad(good: Path) -> Path:
    """The same file, with a share that does not add up (60 % of the text's 40 %)."""
    Path("story.txt").write_text(STORY.replace("40 percent", "60 percent"), encoding="utf-8")
    good.write_text(CLAIMS.replace("40 percent", "60 percent"), encoding="utf-8")
    return good


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    """``factcheck --version`` prints the program and its version and exits 0."""
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == "factcheck 0.1.0.dev0\n"


def test_every_check_line_starts_with_its_place(good: Path) -> None:
    """A check's line starts with ``path:line:col:`` (the check's ``id`` in the claim file),
    so terminals and editors link it."""
    code, text = run("audit", str(good))
    assert code == 0
    assert text == (
        "story.claims.yaml\n"
        "  coverage 3/3\n"
        "story.claims.yaml:9:5: ✓ share: consistent — share: stated 39.5–40.5 %\n"
        "ok: 1 file, 1 consistent\n"
    )


def test_verbose_shows_what_the_article_implies_for_a_passing_check(good: Path) -> None:
    """By default a passing check's line gives what it states; ``-v`` adds what the rest of
    the article implies (40 of 99.5-100.5 is 39.80-40.20 %, and 39.5-40.5 of 100 is
    39.5-40.5 %: implied 39.33-40.67 % from 39.5/100.5 and 40.5/99.5)."""
    code, text = run("audit", "-v", str(good))
    assert code == 0
    assert text == (
        "story.claims.yaml\n"
        "  coverage 3/3\n"
        "story.claims.yaml:9:5: ✓ share: consistent — share: stated 39.5–40.5 %, "
        "implied 39.33–40.67 %\n"
        "ok: 1 file, 1 consistent\n"
    )
    assert run("audit", "-v", "-q", str(good))[0] == 2
    assert run("audit", "-v", "--format", "json", str(good))[0] == 2


def test_quiet_writes_the_findings_only(bad: Path) -> None:
    """``-q`` writes the failing check's lines and nothing else; nothing at all when there is
    nothing wrong."""
    code, text = run("audit", "-q", str(bad))
    assert code == 1
    assert text.splitlines()[0].startswith("story.claims.yaml:9:5: ✗ share: inconsistent — ")
    assert "coverage" not in text
    assert "FAILED" not in text
    assert all(line.startswith(("story.claims.yaml:9:5: ", "    ")) for line in text.splitlines())


def test_quiet_is_silent_when_all_is_well(good: Path) -> None:
    """``--quiet`` on a consistent file writes nothing and exits 0."""
    assert run("audit", "--quiet", str(good)) == (0, "")


def test_quiet_with_a_machine_format_is_a_usage_error(
    good: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``-q`` only has a meaning for the text format; with json it says so (exit 2)."""
    assert run("audit", "-q", "--format", "json", str(good)) == (2, "")
    assert "--quiet: the json format has no quiet form" in capsys.readouterr().err


def test_dash_o_is_output(good: Path) -> None:
    """``-o FILE`` writes the report to FILE, as ``--output FILE`` does."""
    assert run("audit", str(good), "-o", "short.txt") == (0, "")
    assert run("audit", str(good), "--output", "long.txt") == (0, "")
    assert Path("short.txt").read_text("utf-8") == Path("long.txt").read_text("utf-8")
    assert Path("short.txt").read_text("utf-8").endswith("ok: 1 file, 1 consistent\n")


def test_exit_zero_on_findings_but_not_on_errors(bad: Path, tmp_path: Path) -> None:
    """``--exit-zero`` turns exit 1 (findings) into 0, and leaves exit 2 (bad input)."""
    assert run("audit", str(bad))[0] == 1
    assert run("audit", "--exit-zero", str(bad))[0] == 0
    broken = tmp_path / "broken.claims.yaml"
    broken.write_text("source: {title: x}\nfigures: [1\n", encoding="utf-8")
    assert run("audit", "--exit-zero", str(broken))[0] == 2


def test_a_mistyped_option_suggests_the_right_one(
    good: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--fromat`` is answered with the audit command's usage and "did you mean --format?"."""
    assert run("audit", str(good), "--fromat", "json") == (2, "")
    err = capsys.readouterr().err
    assert err.startswith("usage: factcheck audit ")
    assert err.endswith(
        "factcheck: error: unrecognized arguments: --fromat json; did you mean --format?\n"
    )


def test_a_mistyped_command_suggests_the_right_one(capsys: pytest.CaptureFixture[str]) -> None:
    """``factcheck audti`` suggests ``audit``."""
    assert run("audti", "claims/") == (2, "")
    assert capsys.readouterr().err.rstrip().endswith("; did you mean audit?")


def test_an_option_far_from_any_gets_no_suggestion(
    good: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A suggestion is made only for a near miss."""
    assert run("audit", str(good), "--zzzzzz") == (2, "")
    assert "did you mean" not in capsys.readouterr().err


def _pyproject(folder: Path, table: str) -> None:
    (folder / "pyproject.toml").write_text(f"[project]\nname = 'x'\n\n{table}\n", "utf-8")


def test_project_defaults_are_found_upward(good: Path, tmp_path: Path) -> None:
    """``[tool.factcheck]`` of the nearest pyproject.toml above the working directory gives the
    paths (relative to its folder) and the format."""
    _pyproject(tmp_path, '[tool.factcheck]\npaths = ["story.claims.yaml"]\nformat = "json"')
    (tmp_path / "deep" / "er").mkdir(parents=True)
    os.chdir(tmp_path / "deep" / "er")
    code, text = run("audit")
    assert code == 0
    assert text.startswith('{\n  "schema": "factcheck-audit/1"')
    assert '"file": "../../story.claims.yaml"' in text


def test_the_command_line_wins_over_project_defaults(good: Path, tmp_path: Path) -> None:
    """``--format text`` and a PATH given on the command line override the pyproject's."""
    _pyproject(tmp_path, '[tool.factcheck]\npaths = ["nowhere/"]\nformat = "json"')
    code, text = run("audit", "--format", "text", str(good))
    assert code == 0
    assert text.endswith("ok: 1 file, 1 consistent\n")


def test_project_policy_changes_the_reading(good: Path, tmp_path: Path) -> None:
    """``policy = {rounding = "trunc"}`` reads "40 percent" as [40, 41) rather than
    [39.5, 40.5]."""
    _pyproject(tmp_path, '[tool.factcheck]\npolicy = {rounding = "trunc"}')
    code, text = run("audit", str(good))
    assert "stated [40, 41) %" in text, text  # [39.5, 40.5] with rounding up_or_down
    assert code == 0


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ('[tool.factcheck]\nformt = "json"', "[tool.factcheck] has no key 'formt'"),
        ('[tool.factcheck]\nformat = "pdf"', "[tool.factcheck] format = 'pdf' must be one of"),
        ("[tool.factcheck]\npaths = 3", "[tool.factcheck] paths = 3 must be a list of paths"),
        ('[tool.factcheck]\npolicy = {rounding = "sideways"}', "[tool.factcheck] --policy:"),
    ],
)
def test_a_wrong_project_default_names_the_file_and_key(
    good: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    table: str,
    message: str,
) -> None:
    """A wrong key or value in ``[tool.factcheck]`` is a usage error naming the pyproject."""
    _pyproject(tmp_path, table)
    assert run("audit", str(good))[0] == 2
    err = capsys.readouterr().err
    assert err.startswith(f"factcheck: error: {tmp_path / 'pyproject.toml'}: ")
    assert message in err


def test_no_path_and_no_project_default_is_a_usage_error(
    good: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``factcheck audit`` with no PATH and no ``paths`` default says what to do."""
    assert run("audit") == (2, "")
    assert "no PATH: name claim files or folders" in capsys.readouterr().err


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_force_color_colours_a_pipe_and_no_color_wins(
    good: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """FORCE_COLOR colours output that is not a terminal; NO_COLOR turns colour off even then,
    and at a terminal."""
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert "\x1b[32m✓\x1b[0m share" in run("audit", str(good))[1]
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[" not in run("audit", str(good))[1]
    monkeypatch.delenv("FORCE_COLOR")
    terminal = _Terminal()
    main(["audit", str(good)], out=terminal)
    assert "\x1b[" not in terminal.getvalue()


def test_a_cp1252_console_gets_ascii_marks(good: Path) -> None:
    """With PYTHONIOENCODING=cp1252 the audit does not crash on '✓': it writes '+', '-' for
    '—' and '~' for '≈'."""
    env = {**os.environ, "PYTHONIOENCODING": "cp1252", "PYTHONPATH": str(ROOT / "src")}
    env.pop("NO_COLOR", None)
    done = subprocess.run(
        [sys.executable, "-m", "factcheck", "audit", str(good)],
        capture_output=True,
        env=env,
        check=False,
    )
    assert (done.returncode, done.stderr) == (0, b"")
    assert done.stdout.decode("cp1252").replace("\r\n", "\n") == (
        "story.claims.yaml\n"
        "  coverage 3/3\n"
        "story.claims.yaml:9:5: + share: consistent - share: stated 39.5-40.5 %\n"
        "ok: 1 file, 1 consistent\n"
    )


def test_a_missing_source_is_an_error_naming_it(good: Path) -> None:
    """A ``source.path`` that is not there stops the audit with exit 2, naming the path and
    ``--no-source``; it used to pass silently."""
    Path("story.txt").unlink()
    code, text = run("audit", str(good))
    assert code == 2
    assert (
        # located at source.path's value (line 3, column 9 of the claim file)
        "story.claims.yaml:3:9: error: the source text story.txt cannot be read (there is no "
        "such file); fix source.path (or pass --source ARTICLE.txt), or pass --no-source to "
        "audit without the text\n"
    ) in text


def test_an_unreadable_source_is_an_error(good: Path) -> None:
    """A ``source.path`` that cannot be read (here a folder) is exit 2 as well."""
    Path("story.txt").unlink()
    Path("story.txt").mkdir()
    code, text = run("audit", str(good))
    assert code == 2
    # refused by the source rules of #16: a folder is no regular file
    assert "the source text story.txt is a folder, not a regular file" in text


def test_no_source_skips_the_text_on_purpose(good: Path) -> None:
    """``--no-source`` audits the checks without reading the text: no coverage, exit 0."""
    Path("story.txt").unlink()
    code, text = run("audit", "--no-source", str(good))
    assert code == 0
    assert text == (
        "story.claims.yaml\n"
        "story.claims.yaml:9:5: ✓ share: consistent — share: stated 39.5–40.5 %\n"
        "ok: 1 file, 1 consistent\n"
    )


def test_source_and_no_source_contradict(good: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``--source`` with ``--no-source`` is a usage error."""
    assert run("audit", "--no-source", "--source", "story.txt", str(good)) == (2, "")
    assert "--source and --no-source contradict" in capsys.readouterr().err


def test_the_summary_counts_checks_that_did_not_compile(good: Path) -> None:
    """A check whose condition cannot be compiled is an error of its line and is counted in
    the summary ("1 not compiled"), not left out of it."""
    good.write_text(CLAIMS + "  - id: odd\n    condition: nosuch(part) == share\n", "utf-8")
    code, text = run("audit", str(good))
    assert code == 2
    assert "story.claims.yaml:12:5: error: check 'odd': unknown relation nosuch()" in text
    assert text.endswith("FAILED: 1 file, 1 consistent, 1 not compiled\n")
