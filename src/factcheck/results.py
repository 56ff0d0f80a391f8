"""Auditing claim files from disk: the results every reporter and the command line share.

:func:`audit_paths` loads each claim file, audits its article, and — when the source text is
at hand — checks provenance and coverage.  :func:`iter_audit_paths` does the same file by file
and keeps nothing: the command line streams each file's result to its report and keeps only
the :class:`AuditTotals` (counts, success, input errors), so auditing a large archive runs in
memory that does not grow with the number of claims.  Nothing here formats output;
``factcheck.reports`` turns results into text, JSON, SARIF and the rest.
"""

from __future__ import annotations

__all__ = [
    "SOURCE_MODES",
    "AuditResult",
    "AuditTotals",
    "FileResult",
    "SourceTextError",
    "audit_claims",
    "audit_file",
    "audit_paths",
    "claim_files",
    "is_file_level",
    "iter_audit_paths",
    "load",
    "open_source",
    "read_source",
    "source_checks",
    "worker_count",
]

import dataclasses
from collections.abc import Callable, Generator, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from factcheck.claimtext import claim_files
from factcheck.engine import Report, audit
from factcheck.errors import FactcheckError, Location
from factcheck.files import ClaimFile, ClaimFileError, load_claims, sha256_of
from factcheck.frozen import evolve
from factcheck.model import GRADES, Article
from factcheck.provenance import Coverage, check_provenance, coverage
from factcheck.workers import audit_in_workers, worker_count


@attrs.frozen(kw_only=True)
class FileResult:
    """One claim file's audit: its report, or why there is none, and the file-level checks."""

    path: str
    claims: ClaimFile | None
    report: Report | None
    errors: tuple[FactcheckError, ...] = ()
    """Problems of the file as a whole: parsing, figures, provenance, the source's hash."""
    coverage: Coverage | None = None
    source_path: str | None = None
    source_text: str | None = attrs.field(default=None, repr=False)

    @property
    def ok(self) -> bool:
        if self.errors or self.report is None:
            return False
        if self.coverage is not None and not self.coverage.complete:
            return False
        return self.report.ok


@attrs.frozen(kw_only=True)
class AuditResult:
    """The audit of several claim files."""

    files: tuple[FileResult, ...]

    @property
    def ok(self) -> bool:
        return all(f.ok for f in self.files)

    @property
    def has_input_errors(self) -> bool:
        """Whether some input could not be used as written — a claim file that does not
        parse, a figure that cannot be read, a check outside the check language (exit code 2
        on the command line)."""
        return any(_input_error(f) for f in self.files)

    def counts(self) -> dict[str, int]:
        return self.totals().counts

    def totals(self) -> AuditTotals:
        """The summary of the audit: what :func:`iter_audit_paths`' consumers keep."""
        totals = AuditTotals()
        for result in self.files:
            totals.add(result)
        return totals


@attrs.define(kw_only=True)
class AuditTotals:
    """What a streamed audit keeps of its files: the counts per grade, the numbers of files
    and checks, and what the exit code needs.  It grows with nothing but the grades."""

    files: int = 0
    checks: int = 0
    """The verdicts of all files (checks that could not be compiled are errors, not checks)."""
    counts: dict[str, int] = attrs.field(factory=lambda: dict.fromkeys(GRADES, 0))
    ok: bool = True
    """Whether every file is ok (:attr:`AuditResult.ok`)."""
    has_input_errors: bool = False
    """:attr:`AuditResult.has_input_errors`: some input could not be used as written."""
    not_compiled: int = 0
    """The checks that could not be compiled (each is an error of its file, not a verdict)."""

    def add(self, result: FileResult) -> None:
        """Count one more file's result."""
        self.files += 1
        self.ok = self.ok and result.ok
        if _input_error(result):
            self.has_input_errors = True
        if result.report is not None:
            self.checks += len(result.report.verdicts)
            self.not_compiled += sum(1 for e in result.report.errors if not is_file_level(e))
            if result.report.errors:
                self.has_input_errors = True
            for grade, count in result.report.counts().items():
                self.counts[grade] += count


def _input_error(result: FileResult) -> bool:
    return (
        result.claims is None
        or (result.report is not None and bool(result.report.errors))
        or any(isinstance(error, SourcePathError | SourceTextError) for error in result.errors)
    )


def load(path: str | Path) -> Article:
    """The article a claim file describes, ready for :func:`factcheck.audit`:
    ``factcheck.audit(factcheck.load("claims/a.claims.yaml"))``.  A file that cannot be read
    raises :class:`~factcheck.files.ClaimFileError` with its file, line and column."""
    return load_claims(path).article


def audit_file(
    path: str | Path,
    *,
    source: str | Path | None = None,
    policy: Mapping[str, str] | None = None,
    source_roots: Sequence[str | Path] = (),
    source_mode: str = "if_present",
) -> FileResult:
    """Load, audit and (with a source text) check provenance and coverage of one file.

    ``policy`` overrides the file's reading policy ({"rounding": "up", ...}); ``source_roots``
    are folders, besides the claim file's repository and the configured root, that its
    ``source.path`` may lead into (see :mod:`factcheck.sources`).  ``source_mode`` says what
    to do with the source text (see :data:`SOURCE_MODES`): ``"if_present"`` checks it when
    there is one, ``"required"`` makes a missing ``source.path`` a :class:`SourceTextError`,
    ``"skip"`` does not read it.
    """
    if source_mode not in SOURCE_MODES:
        raise ValueError(f"source_mode={source_mode!r} must be one of {', '.join(SOURCE_MODES)}")
    name = str(path)
    try:
        claims = load_claims(path)
    except ClaimFileError as error:
        return FileResult(path=name, claims=None, report=None, errors=error.problems)
    if policy:
        article = claims.article
        options: dict[str, Any] = dict(policy)
        changed = attrs.evolve(article, policy=evolve(article.policy, **options))
        claims = dataclasses.replace(claims, article=changed)
    report = audit(claims.article)
    errors: list[FactcheckError] = [e for e in report.errors if is_file_level(e)]
    cover = None
    text = source_path = problem = None
    if source is not None or source_mode != "skip":
        text, source_path, problem = open_source(claims, source, source_roots)
    if problem is None and text is None and source_path is not None and source_mode == "required":
        problem = SourceTextError(
            claims.source_location or _first_line(name),
            f"the source text {source_path} cannot be read (there is no such file)",
            "fix source.path (or pass --source ARTICLE.txt), or pass --no-source to audit "
            "without the text",
        )
    if problem is not None:
        errors.append(problem)
    elif text is not None and source_path is not None:
        found, cover = source_checks(claims, text, source_path, check_hash=source is None)
        errors.extend(found)
    return FileResult(
        path=name,
        claims=claims,
        report=report,
        errors=tuple(errors),
        coverage=cover,
        source_path=source_path,
        source_text=text,
    )


SOURCE_MODES = ("if_present", "required", "skip")
"""What :func:`audit_file` does with a claim file's source text (issue #18)."""


class SourceTextError(ClaimFileError):
    """The source text a claim file names is not there: ``factcheck audit`` stops at it (exit
    code 2) unless told ``--no-source``."""


def audit_claims(claims: ClaimFile, text: str, origin: str) -> FileResult:
    """Audit a claim file held in memory against its source text (read from ``origin``):
    what ``factcheck check`` does with the claim file it drafts."""
    report = audit(claims.article)
    errors: list[FactcheckError] = [e for e in report.errors if is_file_level(e)]
    found, cover = source_checks(claims, text, origin, check_hash=False)
    errors.extend(found)
    return FileResult(
        path=claims.path,
        claims=claims,
        report=report,
        errors=tuple(errors),
        coverage=cover,
        source_path=origin,
        source_text=text,
    )


def is_file_level(error: Exception) -> bool:
    """Whether an audit error belongs to the file as a whole rather than to one check."""
    return not getattr(error, "subject", "").startswith("check ")


class SourcePathError(ClaimFileError):
    """A ``source.path`` that factcheck will not read (outside the source root, a special
    file, too large): bad input, exit code 2 on the command line."""


def read_source(path: str) -> tuple[str | None, str]:
    """The article's text at ``path`` (a regular file of at most
    :data:`~factcheck.sources.MAX_SOURCE_BYTES`, line ends made ``\\n``), or ``None`` and why
    it cannot be read (not UTF-8, too large, not a regular file, the operating system's
    reason)."""
    from factcheck.sources import SourceRefused, read_capped

    try:
        raw = read_capped(path, what="source text")
    except SourceRefused as error:
        return None, error.reason
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None, f"the source text {path} is not UTF-8 text"
    return text.replace("\r\n", "\n").replace("\r", "\n"), ""


def open_source(
    claims: ClaimFile, source: str | Path | None, roots: Sequence[str | Path] = ()
) -> tuple[str | None, str | None, ClaimFileError | None]:
    """The text of a claim file's article, where it came from, and the problem if it cannot
    be used.  ``source`` (``--source``, given by whoever runs factcheck) is read as named;
    the claim file's own ``source.path`` only when :func:`factcheck.sources.resolve_source`
    allows it.  No text and no problem: the claim file names no text, or there is none."""
    from factcheck.sources import SourceRefused, resolve_source, source_roots

    where = _first_line(claims.path)
    if source is not None:
        origin = str(source)
        if not Path(origin).exists():
            return (
                None,
                origin,
                ClaimFileError(where, f"no source text at {source}", "check --source"),
            )
    elif claims.source_path is not None:
        origin = claims.source_path
        where = claims.source_location or where
        try:
            allowed = resolve_source(origin, source_roots(claims.path, roots))
        except SourceRefused as error:
            return None, origin, SourcePathError(where, error.reason, error.hint)
        if allowed is None:
            return None, origin, None
    else:
        return None, None, None
    from factcheck.sources import read_capped

    try:
        raw = read_capped(origin, what="source text")
    except SourceRefused as error:
        return None, origin, SourcePathError(where, error.reason, error.hint)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return (
            None,
            origin,
            ClaimFileError(
                where,
                f"the source text {origin} is not UTF-8 text",
                "point source.path (or --source) at the article's text",
            ),
        )
    return text.replace("\r\n", "\n").replace("\r", "\n"), origin, None


def source_checks(
    claims: ClaimFile, text: str, origin: str, *, check_hash: bool
) -> tuple[list[FactcheckError], Coverage | None]:
    """Checks against the source text: its recorded SHA-256 (when ``check_hash``), the
    provenance of every quote, and the coverage of every number (``None`` when the text
    holds more numbers than coverage reads: an error says so)."""
    from factcheck.provenance import MAX_NUMBERS, TooManyNumbers

    errors: list[FactcheckError] = []
    expected = claims.article.source.sha256
    if check_hash and expected:
        actual = sha256_of(origin)
        if actual != expected:
            errors.append(
                ClaimFileError(
                    _first_line(claims.path),
                    f"the source text {origin} has SHA-256 {actual}, but source.sha256 says "
                    f"{expected}",
                    "the article changed or the path is wrong; update sha256 after checking",
                )
            )
    errors.extend(check_provenance(claims, text))
    try:
        cover = coverage(claims, text, limit=MAX_NUMBERS)
    except TooManyNumbers as error:
        where = claims.source_location or _first_line(claims.path)
        errors.append(SourcePathError(where, f"{error} ({origin})", "split the article"))
        cover = None
    return errors, cover


def _first_line(path: str) -> Location:
    return Location(path, 1, 1)


def audit_paths(
    paths: Sequence[str | Path],
    *,
    source: str | Path | None = None,
    jobs: int = 1,
    progress: Callable[[], None] | None = None,
    policy: Mapping[str, str] | None = None,
    source_roots: Sequence[str | Path] = (),
    source_mode: str = "if_present",
) -> AuditResult:
    """Audit every claim file under ``paths`` (``jobs`` > 1 audits files in parallel
    processes; the result is the same as serial, in the same order).

    This keeps every file's result; :func:`iter_audit_paths` gives them one at a time."""
    return AuditResult(
        files=tuple(
            iter_audit_paths(
                paths,
                source=source,
                jobs=jobs,
                progress=progress,
                policy=policy,
                source_roots=source_roots,
                source_mode=source_mode,
            )
        )
    )


def iter_audit_paths(
    paths: Sequence[str | Path],
    *,
    source: str | Path | None = None,
    jobs: int = 1,
    progress: Callable[[], None] | None = None,
    policy: Mapping[str, str] | None = None,
    source_roots: Sequence[str | Path] = (),
    source_mode: str = "if_present",
    details: str = "all",
) -> Generator[FileResult, None, None]:
    """Audit every claim file under ``paths``, yielding each file's result in the order of
    :func:`claim_files` and keeping none of them: once the consumer moves on, the result it
    was given is its own to keep or drop.

    ``jobs`` > 1 audits files in parallel processes, with at most a few files per process
    audited ahead of the consumer (so a slow consumer does not pile up results); the results
    come in the same order as serially.  ``progress`` is called as each result is yielded.
    ``details="findings"`` tells the workers that only the details of checks that do not pass
    will be read (the others are worked out again here if they are).
    """
    files = claim_files(paths)
    if jobs > 1 and len(files) > 1:
        yield from audit_in_workers(
            files,
            audit_file,
            source,
            policy,
            jobs,
            progress,
            tuple(source_roots),
            source_mode,
            details,
        )
        return
    for path in files:
        result = audit_file(
            path, source=source, policy=policy, source_roots=source_roots, source_mode=source_mode
        )
        if progress is not None:
            progress()
        yield result
        del result  # the consumer has moved on: hold nothing of the file it was given
