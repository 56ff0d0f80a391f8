"""The pytest plugin: ``pytest claims/`` audits every ``*.claims.yaml`` file.

Registered through the ``pytest11`` entry point, so installing factcheck is enough.  pytest
imports every installed plugin at start-up, so this module imports nothing heavy: the loader,
the engine and pint are imported inside the hooks, on first use.

Each check becomes one test item (``claims/<file>.claims.yaml::<check-id>``), plus one item,
``(file)``, for problems of the file as a whole (parse errors, figures that cannot be read,
provenance and coverage against the source text).  The article's system is solved once per
file, the first time one of its items runs, and the solution is let go once every item of the
file that the session runs has run, so that a large audit does not keep every report in memory
to the end.
"""

from __future__ import annotations

import warnings
from functools import cached_property
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
_MARKS = pytest.StashKey[dict[str, pytest.MarkDecorator]]()
"""Each tag's marker, registered once per session however many checks carry it."""


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
    config.stash[_MARKS] = {}
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
    _verdicts: dict[str, Verdict] | None = None
    _check_errors: dict[str, Exception] | None = None
    _pending: int | None = None
    """How many of this file's items the session has still to run, once counted (see
    pytest_collection_finish and _item_done)."""
    _relpath: str | None = None
    """The file's path as the items' locations give it, worked out for the first of them."""

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
        marks = self.config.stash.setdefault(_MARKS, {})
        for check in sorted(self._claims.article.checks, key=_position):
            item = CheckItem.from_parent(self, name=check.id)
            item.check = check
            for tag in check.tags:
                mark = marks.get(tag)
                if mark is None:
                    self.config.addinivalue_line("markers", f"{tag}: claims tagged {tag!r}")
                    mark = marks[tag] = getattr(pytest.mark, tag)
                item.add_marker(mark)
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

    def verdict(self, check_id: str) -> Verdict:
        """One check's verdict (``Report.verdict``, from an index built once per file rather
        than a scan of the verdicts per check)."""
        verdicts = self._verdicts
        if verdicts is None:
            verdicts = {}
            for verdict in self.report().verdicts:
                verdicts.setdefault(verdict.check.id, verdict)
            self._verdicts = verdicts
        return verdicts[check_id]

    def check_error(self, check_id: str) -> Exception | None:
        """The audit's first error about one check, if any (indexed once per file)."""
        errors = self._check_errors
        if errors is None:
            errors = {}
            for error in self.report().errors:
                subject = getattr(error, "subject", None)
                if isinstance(subject, str):
                    errors.setdefault(subject, error)
            self._check_errors = errors
        return errors.get(f"check {check_id!r}") if errors else None

    def _item_done(self) -> None:
        """One of this file's items has been torn down: once all that the session runs have
        been, the report is let go (it is worked out again should an item run again).  Items
        that were never counted keep it to the end."""
        if self._pending is None:
            return
        self._pending -= 1
        if self._pending <= 0:
            self._report = None
            self._verdicts = None
            self._check_errors = None

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


class _ClaimsItem(pytest.Item):
    """What the file item and the check items share: their failure text and their teardown."""

    parent: ClaimsFile

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        if isinstance(excinfo.value, ClaimsFailure):
            return str(excinfo.value)
        return str(super().repr_failure(excinfo))

    @cached_property
    def location(self) -> tuple[str, int | None, str]:
        """pytest's location, with the path relative to the root worked out once per file
        rather than once per item (all the file's items share it)."""
        path, line, name = self.reportinfo()
        if path is not self.path:
            return super().location
        claims_file = self.parent
        if claims_file._relpath is None:
            claims_file._relpath = super().location[0]
        return claims_file._relpath, line, name

    def teardown(self) -> None:
        self.parent._item_done()


class FileItem(_ClaimsItem):
    """Problems of a claim file as a whole: parsing, figures, provenance, coverage."""

    def runtest(self) -> None:
        claims_file = self.parent
        if claims_file._load_error is not None:
            raise ClaimsFailure(str(claims_file._load_error))
        report = claims_file.report()
        problems: list[str] = []
        if report.errors:
            from factcheck.results import is_file_level

            problems = [str(e) for e in report.errors if is_file_level(e)]
        text, origin = claims_file.source_text()
        if text is None:
            if problems:
                raise ClaimsFailure("\n".join(problems))
            pytest.skip(f"provenance and coverage not checked: {origin}")
        from factcheck.results import source_checks

        explicit = bool(self.config.getoption("factcheck_source"))
        found, cover = source_checks(claims_file.claims, text, origin, check_hash=not explicit)
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

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, 0, f"{self.path.name}: the file as a whole"


class CheckItem(_ClaimsItem):
    """One check of a claim file."""

    check: Check

    def runtest(self) -> None:
        check = self.check
        report = self.parent.report()
        if report.errors:
            error = self.parent.check_error(check.id)
            if error is not None:
                raise ClaimsFailure(str(error))
        verdict = self.parent.verdict(check.id)
        properties = self.user_properties
        properties.append(("verdict", verdict.grade))
        properties.append(("stated", verdict.shown(verdict.stated_strict)))
        properties.append(("implied", verdict.shown(verdict.implied)))
        properties.append(("quote", check.quote))
        if verdict.check.expect is not None:
            properties.append(("expect", verdict.check.expect))
        if verdict.ok:
            return
        text = describe(verdict, self.nodeid)
        if check.severity == "warn":
            from factcheck.errors import FactcheckWarning

            warnings.warn(FactcheckWarning(text), stacklevel=1)
            return
        raise ClaimsFailure(text)

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


def pytest_collection_finish(session: pytest.Session) -> None:
    """Count each claim file's items that the session will run, so that its report can be
    let go after the last of them (under pytest-xdist every worker counts them all and keeps
    its reports to the end, as before)."""
    for item in session.items:
        if isinstance(item, _ClaimsItem):
            item.parent._pending = (item.parent._pending or 0) + 1


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    findings = config.stash.get(_FINDINGS, [])
    if findings:
        terminalreporter.section("factcheck: acknowledged findings")
        for _, _, line in sorted(findings):  # in file order, however the items were run
            terminalreporter.write_line(line)
