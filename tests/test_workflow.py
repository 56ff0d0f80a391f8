"""The everyday workflow (issue #18, item 5): the draft's schema modeline, ``factcheck
rehash``, ``Report._repr_html_`` and ``factcheck.load`` / ``factcheck.audit_file``."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest

import factcheck
from factcheck.cli import main

STORY = (
    "The city spent 4.2 billion yuan, 40 percent of the budget, "
    "out of a budget of 10.5 billion yuan.\n"
)
OLD_HASH = hashlib.sha256(b"the first version\n").hexdigest()
CLAIMS = f"""\
# A hand-written claim file: comments, quoting and spacing must survive a rehash.
source:
  title: A small story   # the headline
  path: 'story.txt'
  sha256: "{OLD_HASH}"
figures:
  part: "spent 4.2 billion yuan"
  whole: "a budget of 10.5 billion yuan"
  share: "40 percent of the budget"
checks:
  - id: share
    quote: "40 percent of the budget"
    condition: share(part, whole) == share
"""


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


@pytest.fixture
def story(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    Path("story.txt").write_text(STORY, encoding="utf-8")
    path = Path("story.claims.yaml")
    path.write_bytes(CLAIMS.replace("\n", "\r\n").encode())  # CRLF must survive too
    return path


def test_draft_starts_with_a_yaml_language_server_modeline(story: Path) -> None:
    """The draft's first line names the installed claims.schema.json for editors; --schema
    gives another, and --schema "" leaves the line out."""
    code, text = run("draft", "story.txt")
    assert code == 0
    first = text.splitlines()[0]
    assert first.startswith("# yaml-language-server: $schema=file:///")
    assert first.endswith("/factcheck/claims.schema.json")
    schema = Path(first.split("$schema=file://", 1)[1])
    assert schema.is_file()
    assert run("draft", "story.txt", "--schema", "https://example.org/c.json")[1].startswith(
        "# yaml-language-server: $schema=https://example.org/c.json\n# A draft claim file"
    )
    assert run("draft", "story.txt", "--schema", "")[1].startswith("# A draft claim file")


def test_rehash_changes_the_sha256_and_no_other_byte(story: Path) -> None:
    """After a correction, rehash writes the new text's SHA-256 in place of the old one,
    inside the same quotes; every other byte (comments, CRLF, quoting) is as it was."""
    before = story.read_bytes()
    assert run("audit", str(story))[0] == 1  # the text does not match source.sha256
    new_hash = hashlib.sha256(STORY.encode()).hexdigest()
    code, text = run("rehash", str(story))
    assert code == 0
    assert text == f"story.claims.yaml: source.sha256 {OLD_HASH} -> {new_hash}\n"
    assert story.read_bytes() == before.replace(OLD_HASH.encode(), new_hash.encode())
    assert run("audit", str(story))[0] == 0
    assert run("rehash", str(story)) == (
        0,
        "story.claims.yaml: source.sha256 already matches story.txt\n",
    )


def test_rehash_without_a_sha256_line_says_what_to_do(
    story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A claim file with no source.sha256 is left untouched (exit 2), with the fix named."""
    text = CLAIMS.replace(f'  sha256: "{OLD_HASH}"\n', "")
    story.write_text(text, encoding="utf-8")
    assert run("rehash", str(story)) == (2, "")
    assert "source has no sha256 to update; add a line 'sha256: x' under source" in (
        capsys.readouterr().err
    )
    assert story.read_text(encoding="utf-8") == text


def test_rehash_refuses_a_broken_claim_file(
    story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A claim file that does not load is not rehashed: the error names its place."""
    story.write_text("source: {title: x}\nfigures: [1\n", encoding="utf-8")
    assert run("rehash", str(story)) == (2, "")
    assert "story.claims.yaml:" in capsys.readouterr().err


def test_load_and_audit_file_are_public(story: Path) -> None:
    """factcheck.load gives the Article; factcheck.audit_file the FileResult of one file."""
    article = factcheck.load(story)
    assert [f.name for f in article.figures] == ["part", "whole", "share"]
    assert factcheck.audit(article).verdict("share").grade == "consistent"
    result = factcheck.audit_file(story)
    assert result.report is not None
    assert result.report.verdict("share").grade == "consistent"
    assert not result.ok  # the text's SHA-256 is not the one recorded


def test_a_report_shows_itself_as_html_in_a_notebook(story: Path) -> None:
    """``Report._repr_html_`` is the html report of the article, findings and all."""
    report = factcheck.audit(factcheck.load(story))
    page = report._repr_html_()
    assert page.startswith("<!DOCTYPE html>")
    assert 'data-check="share"' in page
