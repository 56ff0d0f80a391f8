"""``factcheck check ARTICLE``: draft in memory, audit, with audit's formats and exit codes."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.files import load_claims
from factcheck.reports import FORMATS

RIGHT = (
    "Harbour trade report\n\nExports reached 52 million euros in 2024, up 4 percent from 2023. "
    "Machinery accounted for 23 million euros, or 44 percent of exports.\n"
)
WRONG = RIGHT.replace("44 percent", "48 percent")


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "trade.txt"
    path.write_text(RIGHT, encoding="utf-8")
    return path


def test_a_correct_article_exits_zero(article: Path) -> None:
    """Nothing wrong: exit 0, and the report lists the proposed checks."""
    code, out = run("check", str(article))
    assert code == 0
    assert "machinery_share: consistent" in out
    assert out.rstrip().endswith("ok: 1 file, 2 consistent, 1 uncheckable")


def test_a_wrong_share_exits_one(tmp_path: Path) -> None:
    """'48 percent' of 52 million is not 23 million: exit 1, the share inconsistent."""
    path = tmp_path / "wrong.txt"
    path.write_text(WRONG, encoding="utf-8")
    code, out = run("check", str(path))
    assert code == 1
    assert "✗ machinery_share: inconsistent" in out


def test_json_marks_every_check_proposed(article: Path) -> None:
    """In JSON each check carries "proposed": true and its condition."""
    code, out = run("check", str(article), "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["schema"] == "factcheck-audit/1"
    checks = {c["id"]: c for c in data["checks"]}
    assert checks["machinery_share"]["proposed"] is True
    assert checks["machinery_share"]["condition"] == "share(machinery, exports) == machinery_share"


@pytest.mark.parametrize("format_", sorted(FORMATS))
def test_every_format_runs(article: Path, format_: str) -> None:
    """Every format of audit is a format of check."""
    code, out = run("check", str(article), "--format", format_)
    assert code == 0
    assert out


def test_save_writes_the_file_that_was_audited(article: Path, tmp_path: Path) -> None:
    """--save writes the claim file; audited from disk it gives the same result (inside a
    project: its source.path leads out of the claim file's folder, which a claim file may only
    do within its repository, see docs/security.md)."""
    (tmp_path / "pyproject.toml").write_text("", encoding="utf-8")
    (tmp_path / "out").mkdir()
    saved = tmp_path / "out" / "trade.claims.yaml"
    code, first = run("check", str(article), "--save", str(saved))
    assert code == 0
    claims = load_claims(saved)
    assert claims.article.source.path == "../trade.txt"
    assert all(c.proposed for c in claims.article.checks)
    code, second = run("audit", str(saved))
    assert code == 0
    assert first.splitlines()[1:] == second.splitlines()[1:]


def test_save_needs_a_claims_name_and_a_folder(
    article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A --save path that is not *.claims.yaml, or in no folder, is a usage error (exit 2)."""
    assert run("check", str(article), "--save", str(tmp_path / "x.yaml"))[0] == 2
    assert "*.claims.yaml" in capsys.readouterr().err
    assert run("check", str(article), "--save", str(tmp_path / "no" / "x.claims.yaml"))[0] == 2
    assert "does not exist" in capsys.readouterr().err


def test_bad_input_exits_two(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A missing file and bytes that are not UTF-8 end in one line and exit 2."""
    assert run("check", str(tmp_path / "missing.txt"))[0] == 2
    assert "missing.txt" in capsys.readouterr().err
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\xff\xfe\x00\x01 12 percent")
    assert run("check", str(binary))[0] == 2
    err = capsys.readouterr().err
    assert "not UTF-8" in err
    assert "Traceback" not in err


def test_an_article_without_numbers(tmp_path: Path) -> None:
    """No numbers: nothing to check, exit 0."""
    path = tmp_path / "none.txt"
    path.write_text("Nothing to count here.\n", encoding="utf-8")
    code, out = run("check", str(path))
    assert code == 0
    assert "no checks" in out


def test_too_many_numbers_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Ten thousand numbers: refused with a message saying what to do, exit 2."""
    path = tmp_path / "many.txt"
    path.write_text(
        "\n".join(f"Sales were {i}.5 million euros." for i in range(10_000)), encoding="utf-8"
    )
    assert run("check", str(path))[0] == 2
    assert "split it into articles" in capsys.readouterr().err


def test_checks_are_reported_where_the_article_states_them(tmp_path: Path) -> None:
    """With no claim file on disk, a finding points into the article: the line and column
    where the check's sentence starts, in every format a CI system reads (an annotation on a
    claim file held only in memory would land nowhere)."""
    path = tmp_path / "wrong.txt"
    path.write_text(WRONG, encoding="utf-8")
    # "Machinery accounted for ..." starts on line 3, after the 66 characters of "Exports
    # reached 52 million euros in 2024, up 4 percent from 2023. ".
    column = WRONG.splitlines()[2].index("Machinery") + 1
    assert column == 67
    code, out = run("check", str(path))
    assert code == 1
    assert f"{path}:3:67: ✗ machinery_share: inconsistent" in out
    assert out.splitlines()[0] == str(path)
    code, out = run("check", str(path), "--format", "github")
    assert f"::error file={path},line=3,col=67,title=factcheck machinery_share" in out
    code, out = run("check", str(path), "--format", "sarif")
    locations = [
        r["locations"][0]["physicalLocation"] for r in json.loads(out)["runs"][0]["results"]
    ]
    assert any(
        loc["artifactLocation"]["uri"].endswith("wrong.txt") and loc["region"]["startLine"] == 3
        for loc in locations
    )


def test_a_saved_draft_is_reported_at_its_own_lines(article: Path, tmp_path: Path) -> None:
    """--save writes a claim file a reader can open: the checks are reported there."""
    saved = tmp_path / "trade.claims.yaml"
    code, out = run("check", str(article), "--save", str(saved))
    assert code == 0
    assert out.splitlines()[0] == str(saved)
    assert f"{saved}:" in out
    assert f"{article}:" not in out
