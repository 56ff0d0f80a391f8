"""The pytest plugin: ``pytest claims/`` audits every ``*.claims.yaml`` file.

Registered through the ``pytest11`` entry point, so installing factcheck is enough.  pytest
imports every installed plugin at start-up, so this module imports nothing heavy: the loader,
the engine and pint are imported inside the hooks, on first use.

Each check becomes one test item (``claims/<file>.claims.yaml::<check-id>``), plus one item,
``(file)``, for problems of the file as a whole (parse errors, figures that cannot be read,
provenance and coverage against the source text).  The article's system is solved once per
file, the first time one of its items runs.
"""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from collections.abc import Iterator

    from factcheck.engine import Report
    from factcheck.files import ClaimFile
    from factcheck.model import Check, Verdict

SUFFIX = ".claims.yaml"
FILE_ITEM = "(file)"
_FINDINGS = pytest.StashKey[list[tuple[str, int, str]]]()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("factcheck", "auditing claim files")
    group.addoption(
        "--factcheck-source",
        "--source",
        dest="factcheck_source",
        default=None,
        metavar="FILE",
        help="the article's text: every quote must occur in it and every number be covered "
        "(default: the claim file's source.path)",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.stash[_FINDINGS] = []
    config.pluginmanager.register(_Findings(config), "factcheck-findings")


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> ClaimsFile | None:
    if file_path.name.endswith(SUFFIX):
        return ClaimsFile.from_parent(parent, path=file_path)
    return None


class ClaimsFailure(Exception):
    """A claim item's failure, with its text ready for the report."""


class ClaimsFile(pytest.File):
    """One claim file: parses on collection, solves on first use."""

    _claims: ClaimFile | None = None
    _load_error: Exception | None = None
    _report: Report | None = None

    def collect(self) -> Iterator[pytest.Item]:
        from factcheck.errors import FactcheckError
        from factcheck.files import load_claims

        try:
            self._claims = load_claims(self.path)
        except FactcheckError as error:
            self._load_error = error
            yield FileItem.from_parent(self, name=FILE_ITEM)
            return
        yield FileItem.from_parent(self, name=FILE_ITEM)
        for check in sorted(self._claims.article.checks, key=_position):
            item = CheckItem.from_parent(self, name=check.id)
            item.check = check
            for tag in check.tags:
                self.config.addinivalue_line("markers", f"{tag}: claims tagged {tag!r}")
                item.add_marker(tag)
            yield item

    @property
    def claims(self) -> ClaimFile:
        assert self._claims is not None
        return self._claims

    def report(self) -> Report:
        """The audit of this file, computed once."""
        if self._report is None:
            from factcheck.engine import audit

            self._report = audit(self.claims.article)
        return self._report

    def source_text(self) -> tuple[str | None, str]:
        """The article's text and where it came from (or ``None`` and why not)."""
        option = self.config.getoption("factcheck_source")
        candidate = option or self.claims.source_path
        if candidate is None:
            return None, "no source text given (source.path or --source)"
        path = Path(candidate)
        if not path.is_file():
            return None, f"the source text {candidate} is not there"
        return path.read_text(encoding="utf-8"), str(path)


def _position(check: Check) -> int:
    return check.location.line if check.location is not None else 0


class FileItem(pytest.Item):
    """Problems of a claim file as a whole: parsing, figures, provenance, coverage."""

    parent: ClaimsFile

    def runtest(self) -> None:
        from factcheck.results import is_file_level, source_checks

        if self.parent._load_error is not None:
            raise ClaimsFailure(str(self.parent._load_error))
        report = self.parent.report()
        problems = [str(e) for e in report.errors if is_file_level(e)]
        text, origin = self.parent.source_text()
        claims = self.parent.claims
        if text is None:
            if problems:
                raise ClaimsFailure("\n".join(problems))
            pytest.skip(f"provenance and coverage not checked: {origin}")
        explicit = bool(self.config.getoption("factcheck_source"))
        found, cover = source_checks(claims, text, origin, check_hash=not explicit)
        problems += [str(e) for e in found]
        self.user_properties.append(("coverage", f"{cover.covered}/{cover.total}"))
        if not cover.complete:
            lines = [
                f"  {origin}:{u.line}:{u.column}: {u.text!r}" + (f" ({u.error})" if u.error else "")
                for u in cover.uncovered
            ]
            problems.append(
                f"coverage {cover.covered}/{cover.total}: these numbers of the text are neither "
                "a figure nor listed in not_claims:\n" + "\n".join(lines)
            )
        if problems:
            raise ClaimsFailure("\n".join(problems))

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        if isinstance(excinfo.value, ClaimsFailure):
            return str(excinfo.value)
        return str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, 0, f"{self.path.name}: the file as a whole"


class CheckItem(pytest.Item):
    """One check of a claim file."""

    parent: ClaimsFile
    check: Check

    def runtest(self) -> None:
        from factcheck.errors import FactcheckWarning

        report = self.parent.report()
        subject = f"check {self.check.id!r}"
        for error in report.errors:
            if getattr(error, "subject", None) == subject:
                raise ClaimsFailure(str(error))
        verdict = report.verdict(self.check.id)
        self.user_properties.extend(
            [
                ("verdict", verdict.grade),
                ("stated", verdict.shown(verdict.stated_strict)),
                ("implied", verdict.shown(verdict.implied)),
                ("quote", self.check.quote),
            ]
        )
        if verdict.check.expect is not None:
            self.user_properties.append(("expect", verdict.check.expect))
        if verdict.ok:
            return
        text = describe(verdict, self.nodeid)
        if self.check.severity == "warn":
            warnings.warn(FactcheckWarning(text), stacklevel=1)
            return
        raise ClaimsFailure(text)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        if isinstance(excinfo.value, ClaimsFailure):
            return str(excinfo.value)
        return str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[Path, int, str]:
        line = self.check.location.line - 1 if self.check.location is not None else 0
        return self.path, line, f"claim {self.check.id}"


def describe(verdict: Verdict, nodeid: str) -> str:
    """A failing check in plain text: where, the quote, stated vs implied, and why."""
    check = verdict.check
    where = str(check.location) if check.location is not None else nodeid
    lines = [f"{where}: check {check.id} is {verdict.grade}"]
    if check.expect is not None and verdict.grade != check.expect:
        lines[0] += f" (finding changed: expected {check.expect})"
    elif check.expect is not None:
        lines[0] += " (an acknowledged finding)"
    if check.quote:
        lines.append(f"  quote:    {check.quote!r}")
    lines.append(f"  claim:    {check.condition}")
    if verdict.stated is not None or verdict.implied is not None:
        strict, lenient = verdict.shown(verdict.stated_strict), verdict.shown(verdict.stated)
        lines.append(f"  stated:   {strict} (lenient {lenient})")
        lines.append(f"  implied:  {verdict.shown(verdict.implied)}")
    if verdict.conflicts_with:
        lines.append(f"  conflicts with: {', '.join(verdict.conflicts_with)}")
    if verdict.reason:
        lines.append(f"  why:      {verdict.reason}")
    lines.append("  derivation:")
    lines.extend(f"    {step}" for step in verdict.derivation)
    return "\n".join(lines)


class _Findings:
    """Notes each acknowledged finding (a check that passes because its ``expect`` matches a
    grade other than consistent) from the test report's properties rather than from the item,
    so that findings reach the summary when items ran in other processes (pytest-xdist)."""

    def __init__(self, config: pytest.Config) -> None:
        self.config = config

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if report.when != "call" or not report.passed:
            return
        if not report.nodeid.split("::", 1)[0].endswith(SUFFIX):
            return
        properties = dict(report.user_properties)
        grade, expect = properties.get("verdict"), properties.get("expect")
        if expect is None or grade != expect or grade == "consistent":
            return
        path, line, _ = report.location
        self.config.stash[_FINDINGS].append(
            (
                path,
                line or 0,
                f"{report.nodeid}: {grade} (acknowledged) — "
                f"stated {properties.get('stated')}, implied {properties.get('implied')}",
            )
        )


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    findings = config.stash.get(_FINDINGS, [])
    if findings:
        terminalreporter.section("factcheck: acknowledged findings")
        for _, _, line in sorted(findings):  # in file order, however the items were run
            terminalreporter.write_line(line)
