"""The command line: audit, explain, scan, coverage; exit codes and one-line errors."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.cli import main

GOOD = """\
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

BAD_SHARE = GOOD.replace("40 percent of the budget", "60 percent of the budget")


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


@pytest.fixture
def story(tmp_path: Path) -> Path:
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    path = tmp_path / "story.claims.yaml"
    path.write_text(GOOD, encoding="utf-8")
    return path


def test_audit_ok_exits_zero(story: Path) -> None:
    """A consistent claim file audits with exit code 0 and a summary line."""
    code, text = run("audit", str(story))
    assert code == 0
    assert "share: consistent" in text
    assert "coverage 3/3" in text
    assert text.rstrip().endswith("1 consistent")


def test_audit_finding_exits_one(tmp_path: Path) -> None:
    """A claim that does not add up exits 1 and says which check and why."""
    (tmp_path / "story.txt").write_text(STORY.replace("40 percent", "60 percent"), "utf-8")
    path = tmp_path / "bad.claims.yaml"
    path.write_text(BAD_SHARE, encoding="utf-8")
    code, text = run("audit", str(path))
    assert code == 1
    assert "share: inconsistent" in text
    assert "FAILED" in text


def test_audit_bad_input_exits_two(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A claim file that cannot be parsed exits 2 and names file:line:col."""
    path = tmp_path / "broken.claims.yaml"
    path.write_text("source: {title: x}\nfigures: [1\n", encoding="utf-8")
    code, text = run("audit", str(path))
    assert code == 2
    assert f"{path}:" in text


def test_missing_path_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """A path that does not exist is one line on stderr and exit code 2, no traceback."""
    code, _ = run("audit", "no/such/folder")
    err = capsys.readouterr().err
    assert code == 2
    assert "no such file or folder" in err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_folder_is_searched(story: Path) -> None:
    """Auditing a folder audits every *.claims.yaml below it."""
    code, text = run("audit", str(story.parent))
    assert code == 0
    assert str(story) in text


def test_json_and_output_file(story: Path, tmp_path: Path) -> None:
    """--format json --output writes the versioned JSON document to a file."""
    target = tmp_path / "out.json"
    code, text = run("audit", str(story), "--format", "json", "--output", str(target))
    assert code == 0
    assert text == ""
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["schema"] == "factcheck-audit/1"
    (check,) = data["checks"]
    assert check["id"] == "share"
    assert check["verdict"] == "consistent"
    assert data["coverage"]["covered"] == data["coverage"]["total"] == 3


def test_jobs_gives_the_same_result(story: Path, tmp_path: Path) -> None:
    """--jobs 2 audits in parallel processes with the same JSON as serial."""
    for index in range(3):
        (tmp_path / f"copy{index}.claims.yaml").write_text(GOOD, encoding="utf-8")
    _, serial = run("audit", str(tmp_path), "--format", "json")
    _, parallel = run("audit", str(tmp_path), "--format", "json", "--jobs", "2")
    assert json.loads(serial) == json.loads(parallel)


def test_explain_shows_the_derivation(story: Path) -> None:
    """explain FILE::CHECK prints the quote, both intervals and each step."""
    code, text = run("explain", f"{story}::share")
    assert code == 0
    assert "40 percent of the budget" in text
    assert "stated:" in text
    assert "implied:" in text
    assert "share: part / whole" in text


def test_explain_unknown_check(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """explain of a check that does not exist names the checks that do."""
    code, _ = run("explain", f"{story}::nope")
    assert code == 2
    assert "its checks: share" in capsys.readouterr().err


def test_scan_lists_every_number(tmp_path: Path) -> None:
    """scan prints each number of a text with its position and reading."""
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    code, text = run("scan", str(path))
    assert code == 0
    assert f"{path}:1:16: '4.2 billion yuan'" in text
    code, text = run("scan", str(path), "--format", "json")
    rows = json.loads(text)
    assert [r["text"] for r in rows] == ["4.2 billion yuan", "40 percent", "10.5 billion yuan"]


def test_coverage_reports_uncovered(tmp_path: Path) -> None:
    """coverage lists numbers of the text that no figure quotes and exits 1."""
    (tmp_path / "story.txt").write_text(STORY + "It has 12 parks.\n", encoding="utf-8")
    path = tmp_path / "story.claims.yaml"
    path.write_text(GOOD, encoding="utf-8")
    code, text = run("coverage", str(path))
    assert code == 1
    assert "coverage 3/4" in text
    assert "'12'" in text


def test_read_json(capsys: pytest.CaptureFixture[str]) -> None:
    """read --format json carries the stable keys."""
    code, text = run("read", "nearly 20 percent", "--format", "json")
    (item,) = json.loads(text)
    assert code == 0
    assert {"text", "value", "unit", "hedge", "strict", "lenient"} <= set(item)
    assert item["strict"] == {"low": "19", "high": "20", "low_closed": True, "high_closed": True}


def test_debug_shows_the_traceback(tmp_path: Path) -> None:
    """--debug lets the error propagate, for bug reports."""
    path = tmp_path / "broken.claims.yaml"
    path.write_text("source: {title: x}\nfigures: [1\n", encoding="utf-8")
    with pytest.raises(Exception, match="YAML"):
        main(["--debug", "explain", f"{path}::x"], out=io.StringIO())


def test_python_dash_m_is_the_same_program(story: Path) -> None:
    """python -m factcheck runs the same command line."""
    completed = subprocess.run(
        [sys.executable, "-m", "factcheck", "audit", str(story)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0
    assert "share: consistent" in completed.stdout


def test_policy_override_changes_the_reading(story: Path) -> None:
    """--policy rounding=floor reads '40 percent' as [40, 41): the share (40 %) still holds;
    a bad key is a usage error."""
    code, text = run("audit", str(story), "--policy", "rounding=floor", "--format", "json")
    assert code == 0
    check = json.loads(text)["checks"][0]
    assert check["stated"]["low"] == "40"
    assert check["stated"]["high_closed"] is False
    code, _ = run("audit", str(story), "--policy", "colour=blue")
    assert code == 2


def test_progress_bar_only_at_a_terminal(
    story: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Auditing many files shows a progress bar on stderr at a terminal, and none when piped."""
    for index in range(5):
        (tmp_path / f"copy{index}.claims.yaml").write_text(GOOD, encoding="utf-8")
    run("audit", str(tmp_path))
    assert "[" not in capsys.readouterr().err  # captured stderr is not a terminal
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    run("audit", str(tmp_path))
    err = capsys.readouterr().err
    assert "6/6" in err
    assert "#" in err


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_stays_off_a_report_at_the_same_terminal(
    story: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The report is written while the files are audited: when it goes to the terminal that
    shows the progress bar, the bar is wiped before each write, and the report's text is the
    same as when piped."""
    for index in range(5):
        (tmp_path / f"copy{index}.claims.yaml").write_text(GOOD, encoding="utf-8")
    monkeypatch.setenv("NO_COLOR", "1")
    _, piped = run("audit", str(tmp_path))
    capsys.readouterr()
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    terminal = _Terminal()
    assert main(["audit", str(tmp_path)], out=terminal) == 0
    assert terminal.getvalue() == piped
    err = capsys.readouterr().err
    assert "6/6" in err
    assert f"\r{' ' * 10}" in err  # the bar was wiped


def test_an_interrupted_audit_leaves_the_previous_report(
    story: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--output replaces the file only once the report is complete: an audit stopped
    part-way (here, Ctrl-C while the report is written) leaves the previous report as it
    was and no temporary file behind; a complete one replaces it, readable as a new file."""
    import os

    from factcheck import reports

    target = tmp_path / "out.json"
    target.write_text("the previous report\n", encoding="utf-8")

    def interrupted(fmt: str) -> object:
        def write(results: object, out: io.StringIO) -> object:
            out.write("{ half a report")
            raise KeyboardInterrupt

        return write

    with monkeypatch.context() as patched:
        patched.setattr(reports, "get_stream_reporter", interrupted)
        # Ctrl-C is one line and exit code 130, not a traceback (issue 16)
        assert main(["audit", str(story), "--format", "json", "--output", str(target)]) == 130
    assert target.read_text(encoding="utf-8") == "the previous report\n"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []

    code, _ = run("audit", str(story), "--format", "json", "--output", str(target))
    assert code == 0
    assert json.loads(target.read_text(encoding="utf-8"))["schema"] == "factcheck-audit/1"
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


def test_output_into_a_missing_folder_is_a_usage_error(
    story: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A report that cannot be written is a usage error naming the folder, not a traceback."""
    code, text = run("audit", str(story), "--output", str(tmp_path / "nowhere" / "out.json"))
    assert (code, text) == (2, "")
    assert "nowhere does not exist" in capsys.readouterr().err
