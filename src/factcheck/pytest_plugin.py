"""The pytest plugin: ``pytest claims/`` audits every ``*.claims.yaml`` file.

Registered through the ``pytest11`` entry point, so installing factcheck is enough.  pytest
imports every installed plugin at start-up, so this module imports nothing heavy: the rest is
imported inside the hooks, on first use.

Each check becomes one test item (``claims/<file>.claims.yaml::<check-id>``), plus one item,
``(file)``, for problems of the file as a whole (parse errors, figures that cannot be read,
provenance and coverage against the source text).

Collection does only what making the items needs: it composes the YAML and outlines the checks
(their ids, lines and tags) with :mod:`factcheck.claimtext`, which imports neither the model
nor the reader.  The article is built from the composed nodes (by :mod:`factcheck.files`) the
first time one of the file's items runs, so a file none of whose items run (``--collect-only``,
a ``-k`` or ``-m`` selection, another pytest-xdist worker's files) is never built.  A file that
the outline does not find plainly valid is loaded whole at collection instead, as the loader
reports it, so that a broken file has only its ``(file)`` item, failing with the loader's
error; a file whose checks outline cleanly but whose article does not build (a figure with an
unknown key, say) fails its ``(file)`` item with that error when it runs, and skips its checks.

The article's system is solved once per file, the first time one of its items runs, and the
solution is let go once every item of the file that the session runs has run, so that a large
audit does not keep every report in memory to the end.
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
    group.addoption(
        "--factcheck-source-root",
        dest="factcheck_source_root",
        action="append",
        default=[],
        metavar="DIR",
        help="a folder claim files' source.path may lead into, besides the repository and "
        "[tool.factcheck] source_root (repeatable)",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.stash[_FINDINGS] = []
    config.stash[_MARKS] = {}
    config.pluginmanager.register(_Findings(config), "factcheck-findings")


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> ClaimsFile | None:
    if file_path.name.endswith(SUFFIX):
        collector: ClaimsFile = ClaimsFile.from_parent(parent, path=file_path)
        from factcheck.safety import printable

        safe = printable(collector.nodeid)
        if safe != collector.nodeid:
            # A file name that would break pytest's output into lines of its own ("x⏎::error
            # file=...": a forged workflow command in CI): its node is named with escapes,
            # and so are its items, whose ids are built from it.
            collector = ClaimsFile.from_parent(
                parent, path=file_path, name=printable(collector.name), nodeid=safe
            )
        return collector
    return None


class ClaimsFailure(Exception):
    """A claim item's failure, with its text ready for the report."""


class ClaimsFile(pytest.File):
    """One claim file: outlined on collection, built and solved on first use."""

    _composed: tuple[Any, str] | None = None
    """The composed root node and the text, until the article is built from them."""
    _claims: ClaimFile | None = None
    _load_error: Exception | None = None
    _checks: dict[str, Check] | None = None
    _report: Report | None = None
    _verdicts: dict[str, Verdict] | None = None
    _check_errors: dict[str, Exception] | None = None
    _pending: int | None = None
    """How many of this file's items the session has still to run, once counted (see
    pytest_collection_finish and _item_done)."""
    _relpath: str | None = None
    """The file's path as the items' locations give it, worked out for the first of them."""

    def collect(self) -> Iterator[pytest.Item]:
        from factcheck.claimoutline import CheckOutline, outline_checks
        from factcheck.claimtext import compose_claims, read_claim_text
        from factcheck.errors import FactcheckError

        path = str(self.path)
        try:
            text = read_claim_text(self.path)
            root = compose_claims(text, path)
            outline = outline_checks(root)
            if outline is None:
                # Not plainly valid: the loader says what is wrong, now, as it always has
                # (or, should the outline have been over-cautious, gives the checks).
                from factcheck.files import build_claims

                self._claims = build_claims(root, text, path)
        except FactcheckError as error:
            self._load_error = error
            yield FileItem.from_parent(self, name=FILE_ITEM)
            return
        if outline is None:
            checks = self.claims.article.checks
            outline = tuple(
                CheckOutline(check.id, _position(check), check.tags) for check in checks
            )
        else:
            self._composed = (root, text)
        yield FileItem.from_parent(self, name=FILE_ITEM)
        marks = self.config.stash.setdefault(_MARKS, {})
        for check in sorted(outline, key=lambda check: check.line):
            item = CheckItem.from_parent(self, name=check.id)
            item.line = check.line
            for tag in check.tags:
                mark = marks.get(tag)
                if mark is None:
                    self.config.addinivalue_line("markers", f"{tag}: claims tagged {tag!r}")
                    mark = marks[tag] = getattr(pytest.mark, tag)
                item.add_marker(mark)
            yield item

    def _build(self, root: Any, text: str) -> ClaimFile:
        """The article, built from the nodes that collection composed."""
        from factcheck.files import build_claims

        return build_claims(root, text, str(self.path))

    def built(self) -> ClaimFile | None:
        """The loaded claim file, built on first use; ``None`` if it does not load (the error
        is ``_load_error``).  The composed nodes are let go once built."""
        composed = self._composed
        if composed is not None:
            from factcheck.errors import FactcheckError

            try:
                self._claims = self._build(*composed)
            except FactcheckError as error:
                self._load_error = error
            self._composed = None
        return self._claims

    @property
    def claims(self) -> ClaimFile:
        claims = self.built()
        assert claims is not None, self._load_error
        return claims

    def check(self, check_id: str) -> Check:
        """One check of the built article, by its id (indexed once per file)."""
        checks = self._checks
        if checks is None:
            checks = self._checks = {check.id: check for check in self.claims.article.checks}
        return checks[check_id]

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
        from factcheck.results import open_source

        roots = self.config.getoption("factcheck_source_root") or []
        text, origin, problem = open_source(self.claims, option, roots)
        if problem is not None:
            raise ClaimsFailure(str(problem))  # there, but not usable: not a skip
        if text is None or origin is None:
            return None, f"the source text {candidate} is not there"
        return text, origin


def _position(check: Check) -> int:
    """A check's line (1-based), or 0 if it has no location."""
    return check.location.line if check.location is not None else 0


class _ClaimsItem(pytest.Item):
    """What the file item and the check items share: their failure text and their teardown."""

    parent: ClaimsFile

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        if isinstance(excinfo.value, ClaimsFailure):
            from factcheck.safety import printable_lines

            return printable_lines(str(excinfo.value))
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
            from factcheck.safety import printable

            claims_file._relpath = printable(super().location[0])
        return claims_file._relpath, line, name

    def teardown(self) -> None:
        self.parent._item_done()


class FileItem(_ClaimsItem):
    """Problems of a claim file as a whole: parsing, figures, provenance, coverage."""

    def runtest(self) -> None:
        claims_file = self.parent
        if claims_file.built() is None:
            error = claims_file._load_error
            each = getattr(error, "problems", (error,))
            raise ClaimsFailure("\n".join(str(problem) for problem in each))
        report = claims_file.report()
        problems: list[str] = []
        if report.errors:
            from factcheck.results import is_file_level

            problems = [str(e) for e in report.errors if is_file_level(e)]
        text, origin = claims_file.source_text()
        if text is None:
            if problems:
                raise ClaimsFailure("\n".join(problems))
            from factcheck.safety import printable

            pytest.skip(printable(f"provenance and coverage not checked: {origin}"))
        from factcheck.results import source_checks

        explicit = bool(self.config.getoption("factcheck_source"))
        found, cover = source_checks(claims_file.claims, text, origin, check_hash=not explicit)
        problems += [str(e) for e in found]
        if cover is not None:
            self.user_properties.append(("coverage", f"{cover.covered}/{cover.total}"))
        if cover is not None and not cover.complete:
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
        from factcheck.safety import printable

        return self.path, 0, printable(f"{self.path.name}: the file as a whole")


class CheckItem(_ClaimsItem):
    """One check of a claim file (its name is the check's id)."""

    line: int = 0
    """The line the check starts on (1-based), from the outline, so that reporting where the
    item is needs no article."""

    @property
    def check(self) -> Check:
        """The check, from the built article (built on first use)."""
        return self.parent.check(self.name)

    def runtest(self) -> None:
        claims_file = self.parent
        if claims_file.built() is None:
            pytest.skip(
                f"the claim file {claims_file.nodeid} does not load: "
                f"see {claims_file.nodeid}::{FILE_ITEM}"
            )
        check = self.check
        report = claims_file.report()
        if report.errors:
            error = claims_file.check_error(check.id)
            if error is not None:
                raise ClaimsFailure(str(error))
        verdict = claims_file.verdict(check.id)
        properties = self.user_properties
        properties.append(("verdict", verdict.grade))
        if getattr(self.config.option, "xmlpath", None):
            # Written out only by --junitxml: worked out only for it (they cost more than
            # looking up the verdict).
            properties.append(("stated", verdict.shown(verdict.stated_strict)))
            properties.append(("implied", verdict.shown(verdict.implied)))
        expect = verdict.check.expect
        if expect is not None and verdict.grade == expect != "consistent":
            # An acknowledged finding: the summary quotes the comparison (see _Findings).
            from factcheck.explain import comparison

            references = {r.name for r in report.article.references}
            properties.append(("comparison", comparison(verdict, references)))
        properties.append(("quote", check.quote))
        if expect is not None:
            properties.append(("expect", expect))
        if verdict.warning:
            from factcheck.errors import FactcheckWarning

            warnings.warn(FactcheckWarning(f"{self.nodeid}: {verdict.warning}"), stacklevel=1)
        if verdict.ok:
            return
        text = describe(verdict, self.nodeid)
        if check.severity == "warn":
            from factcheck.errors import FactcheckWarning
            from factcheck.safety import printable_lines

            warnings.warn(FactcheckWarning(printable_lines(text)), stacklevel=1)
            return
        raise ClaimsFailure(text)

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, self.line - 1 if self.line else 0, f"claim {self.name}"


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
                f"{report.nodeid}: {grade} (acknowledged)"
                + (f" — {properties['comparison']}" if properties.get("comparison") else ""),
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
        from factcheck.safety import printable_lines

        for _, _, line in sorted(findings):  # in file order, however the items were run
            terminalreporter.write_line(printable_lines(line))
