"""The project's own audit: every claim file under ``claims/`` holds as its author wrote it.

``pytest claims/`` (the README's first command) runs these files through the plugin; this runs
them through :func:`factcheck.results.audit_file` inside the test suite, so that a change to the
reader or the engine that breaks a hand-written check fails the tests, not only the audit.  A
file passes when it has no file-level error, every number of its text is covered, and every
check is consistent or graded as its ``expect:`` says.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.results import audit_file

CLAIMS = sorted((Path(__file__).resolve().parent.parent / "claims").glob("*.claims.yaml"))


def test_the_claims_folder_holds_real_articles() -> None:
    assert len(CLAIMS) >= 11  # the seed and at least ten more (issue #15)


@pytest.mark.parametrize("path", CLAIMS, ids=[p.name.removesuffix(".claims.yaml") for p in CLAIMS])
def test_a_claim_file_audits_as_its_author_wrote_it(path: Path) -> None:
    result = audit_file(path)
    assert [str(e) for e in result.errors] == []
    assert result.report is not None
    assert [str(e) for e in result.report.errors] == []
    if result.coverage is not None:
        assert [n.text for n in result.coverage.uncovered] == []
    wrong = [f"{v.check.id}: {v.grade}" for v in result.report.verdicts if not v.ok]
    assert wrong == []
