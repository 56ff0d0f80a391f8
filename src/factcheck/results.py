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
    "AuditResult",
    "AuditTotals",
    "FileResult",
    "audit_file",
    "audit_paths",
    "claim_files",
    "is_file_level",
    "iter_audit_paths",
    "read_source",
    "source_checks",
]

import copyreg
from collections import deque
from collections.abc import Callable, Generator, Iterable, Mapping, Sequence
from pathlib import Path
from types import MappingProxyType
from typing import Any

import attrs

from factcheck.engine import Report, audit
from factcheck.errors import FactcheckError, Location
from factcheck.files import CLAIM_SUFFIX, ClaimFile, ClaimFileError, load_claims, sha256_of
from factcheck.model import GRADES
from factcheck.provenance import Coverage, check_provenance, coverage


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
        return any(
            f.claims is None or (f.report is not None and bool(f.report.errors)) for f in self.files
        )

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
    errors: int = 0
    """Checks that could not be compiled (errors naming a check, not the file)."""

    def add(self, result: FileResult) -> None:
        """Count one more file's result."""
        self.files += 1
        self.ok = self.ok and result.ok
        if result.claims is None:
            self.has_input_errors = True
        if result.report is not None:
            self.checks += len(result.report.verdicts)
            if result.report.errors:
                self.has_input_errors = True
                self.errors += sum(1 for e in result.report.errors if not is_file_level(e))
            for grade, count in result.report.counts().items():
                self.counts[grade] += count


def claim_files(paths: Iterable[str | Path]) -> list[Path]:
    """The claim files named by ``paths``: files as given, folders searched recursively, in a
    stable order."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob(f"*{CLAIM_SUFFIX}") if p.is_file()))
        else:
            found.append(path)
    return found


def audit_file(
    path: str | Path,
    *,
    source: str | Path | None = None,
    policy: Mapping[str, str] | None = None,
) -> FileResult:
    """Load, audit and (with a source text) check provenance and coverage of one file.

    ``policy`` overrides the file's reading policy ({"rounding": "up", ...}).
    """
    name = str(path)
    try:
        claims = load_claims(path)
    except ClaimFileError as error:
        return FileResult(path=name, claims=None, report=None, errors=(error,))
    if policy:
        article = claims.article
        options: dict[str, Any] = dict(policy)
        changed = attrs.evolve(article, policy=attrs.evolve(article.policy, **options))
        claims = ClaimFile(claims.path, changed, claims.not_claims, claims.source_path, claims.text)
    report = audit(claims.article)
    errors: list[FactcheckError] = [e for e in report.errors if is_file_level(e)]
    source_path = str(source) if source is not None else claims.source_path
    text = None
    cover = None
    if source_path is not None and Path(source_path).is_file():
        text, problem = read_source(source_path)
        if text is None:
            errors.append(
                ClaimFileError(
                    _first_line(name),
                    problem,
                    "point source.path (or --source) at the article's text",
                )
            )
        else:
            found, cover = source_checks(claims, text, source_path, check_hash=source is None)
            errors.extend(found)
    elif source is not None:
        errors.append(
            ClaimFileError(_first_line(name), f"no source text at {source}", "check --source")
        )
    return FileResult(
        path=name,
        claims=claims,
        report=report,
        errors=tuple(errors),
        coverage=cover,
        source_path=source_path,
        source_text=text,
    )


def is_file_level(error: Exception) -> bool:
    """Whether an audit error belongs to the file as a whole rather than to one check."""
    return not getattr(error, "subject", "").startswith("check ")


def read_source(path: str) -> tuple[str | None, str]:
    """The article's text at ``path``, or ``None`` and why it cannot be read (not UTF-8, or
    the operating system's reason)."""
    try:
        return Path(path).read_text(encoding="utf-8"), ""
    except UnicodeDecodeError:
        return None, f"the source text {path} is not UTF-8 text"
    except OSError as error:
        return None, f"the source text {path} cannot be read: {error.strerror}"


def source_checks(
    claims: ClaimFile, text: str, origin: str, *, check_hash: bool
) -> tuple[list[FactcheckError], Coverage]:
    """Checks against the source text: its recorded SHA-256 (when ``check_hash``), the
    provenance of every quote, and the coverage of every number."""
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
    return errors, coverage(claims, text)


def _first_line(path: str) -> Location:
    return Location(path, 1, 1)


def audit_paths(
    paths: Sequence[str | Path],
    *,
    source: str | Path | None = None,
    jobs: int = 1,
    progress: Callable[[], None] | None = None,
    policy: Mapping[str, str] | None = None,
) -> AuditResult:
    """Audit every claim file under ``paths`` (``jobs`` > 1 audits files in parallel
    processes; the result is the same as serial, in the same order).

    This keeps every file's result; :func:`iter_audit_paths` gives them one at a time."""
    return AuditResult(
        files=tuple(
            iter_audit_paths(paths, source=source, jobs=jobs, progress=progress, policy=policy)
        )
    )


def iter_audit_paths(
    paths: Sequence[str | Path],
    *,
    source: str | Path | None = None,
    jobs: int = 1,
    progress: Callable[[], None] | None = None,
    policy: Mapping[str, str] | None = None,
) -> Generator[FileResult, None, None]:
    """Audit every claim file under ``paths``, yielding each file's result in the order of
    :func:`claim_files` and keeping none of them: once the consumer moves on, the result it
    was given is its own to keep or drop.

    ``jobs`` > 1 audits files in parallel processes, with at most a few files per process
    audited ahead of the consumer (so a slow consumer does not pile up results); the results
    come in the same order as serially.  ``progress`` is called as each result is yielded.
    """
    files = claim_files(paths)
    if jobs > 1 and len(files) > 1:
        yield from _audit_parallel(files, source, policy, jobs, progress)
        return
    for path in files:
        result = audit_file(path, source=source, policy=policy)
        if progress is not None:
            progress()
        yield result
        del result  # the consumer has moved on: hold nothing of the file it was given


_AHEAD_PER_JOB = 64
"""How many files each worker process may have audited or queued ahead of the consumer.

The engine's cost per file is heavy-tailed (a few files take seconds, most milliseconds):
while the consumer waits in order for one slow file, the other workers go on through the
window, so it must be wide enough to keep them busy; it is a constant, so the results held
ahead do not grow with the archive."""


def _audit_parallel(
    files: list[Path],
    source: str | Path | None,
    policy: Mapping[str, str] | None,
    jobs: int,
    progress: Callable[[], None] | None,
) -> Generator[FileResult, None, None]:
    from concurrent.futures import Future, ProcessPoolExecutor

    pending = iter(files)
    window: deque[Future[FileResult]] = deque()
    pool = ProcessPoolExecutor(max_workers=jobs)
    try:
        for path in pending:
            window.append(pool.submit(_audit_one, path, source, policy))
            if len(window) >= jobs * _AHEAD_PER_JOB:
                break
        while window:
            result = window.popleft().result()
            for path in pending:
                window.append(pool.submit(_audit_one, path, source, policy))
                break
            if progress is not None:
                progress()
            yield result
            del result
    finally:
        for future in window:
            future.cancel()
        window.clear()
        pool.shutdown(wait=True, cancel_futures=True)


def _audit_one(
    path: Path, source: str | Path | None, policy: Mapping[str, str] | None
) -> FileResult:
    return audit_file(path, source=source, policy=policy)


def _mapping_proxy(mapping: dict[Any, Any]) -> MappingProxyType[Any, Any]:
    return MappingProxyType(mapping)


def _reduce_mapping_proxy(proxy: MappingProxyType[Any, Any]) -> tuple[Any, tuple[dict[Any, Any]]]:
    return _mapping_proxy, (dict(proxy),)


# Results cross process boundaries with --jobs; read-only mappings (a reading policy's hedge
# table) pickle as the mapping they wrap.
copyreg.pickle(MappingProxyType, _reduce_mapping_proxy)
