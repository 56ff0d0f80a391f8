"""``factcheck audit`` (claim files, with the cache of finished reports, a progress bar,
one page or a folder of html pages) and ``factcheck explain`` (one check)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Iterator

from factcheck.cli.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    EXIT_USAGE,
    _replaced_when_done,
    _UsageError,
)
from factcheck.cli.project import _apply_project_defaults, _policy_overrides

TYPE_CHECKING = False  # not typing's: ``factcheck read`` starts without importing typing
if TYPE_CHECKING:
    from pathlib import Path
    from typing import Any, TextIO, TypeVar

    _T = TypeVar("_T")


def _cmd_audit(args: argparse.Namespace, out: TextIO) -> int:
    from contextlib import closing
    from pathlib import Path

    from factcheck.claimtext import claim_files

    _apply_project_defaults(args)
    for raw in args.paths:
        if not Path(raw).exists():
            raise _UsageError(f"{raw}: no such file or folder")
    if args.jobs < 1:
        raise _UsageError("--jobs must be at least 1")
    if args.no_source and args.source:
        raise _UsageError("--source and --no-source contradict each other; pass one")
    files = claim_files(args.paths)
    if not files:
        raise _UsageError(f"no *.claims.yaml files under {' '.join(args.paths)}")
    policy = {**args.config_policy, **_policy_overrides(args.policy)}
    if args.quiet and args.format != "text":
        raise _UsageError(f"--quiet: the {args.format} format has no quiet form; use text")
    if args.verbose and (args.format != "text" or args.quiet):
        raise _UsageError("--verbose is a form of the text format, without --quiet")
    record = key = None
    if _cached(args):
        from factcheck import cache

        options = {k: v for k, v in vars(args).items() if k not in ("jobs", "no_cache")}
        key = cache.command_key(options, files, out)
        kept = cache.lookup(key, args.source_root)
        if kept is not None:  # the report a fresh audit would write (factcheck/cache.py)
            out.write(kept[0])
            return kept[1]
        record = cache.Recorder(files)
        out = record.output(out)

    from factcheck.reports import get_stream_reporter
    from factcheck.results import iter_audit_paths

    reporter = get_stream_reporter(args.format)
    if args.quiet:
        from functools import partial

        from factcheck.reports import text as text_report

        reporter = partial(text_report.stream, quiet=True)
    if args.verbose:
        from functools import partial

        from factcheck.reports import text as text_report

        reporter = partial(text_report.stream, verbose=True)
    progress = _Progress(len(files))
    # Each file's result goes to the report as it comes and is dropped: the audit of a large
    # archive keeps only the totals (and whatever a format spools to a temporary file).
    results = iter_audit_paths(
        files,
        source=args.source,
        jobs=args.jobs,
        details="findings" if args.format == "text" and not args.verbose else "all",
        progress=progress.step,
        policy=policy,
        source_roots=args.source_root,
        source_mode="skip" if args.no_source else "required",
    )
    if record is not None:
        results = record.watch(results)
    with closing(results):  # stops the --jobs workers if the report fails (| head)
        site = _html_site_folder(args)
        if site is not None:
            totals = _html_site(results, site, progress)
        elif args.output:
            with _replaced_when_done(Path(args.output)) as handle:
                totals = reporter(progress.until_done(results), progress.output(handle))
        else:
            totals = reporter(progress.until_done(results), progress.output(out))
    if totals.has_input_errors:
        code = EXIT_USAGE
    else:
        code = EXIT_OK if totals.ok or args.exit_zero else EXIT_FINDINGS
    if record is not None and key is not None:
        from factcheck import cache

        cache.store(key, record, code, args.source_root)
    return code


def _cached(args: argparse.Namespace) -> bool:
    """Whether this audit's report may come from, and go to, the cache of finished reports:
    to standard output, in a format that depends on the inputs alone."""
    from factcheck.cache import CACHED_FORMATS, enabled

    return enabled(args.no_cache) and args.output is None and args.format in CACHED_FORMATS


class _Progress:
    """A progress bar on stderr, only when auditing many files at a terminal.

    The report is written while the files are audited; when it goes to the same terminal,
    :meth:`output` wipes the bar before each write and :meth:`step` draws it again below."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.count = 0
        self.active = total >= 5 and sys.stderr.isatty()
        self._shown = ""
        self._shared: TextIO | None = None

    def step(self) -> None:
        self.count += 1
        if self.active:
            if self._shared is not None:
                self._shared.flush()
            width = 30
            filled = width * self.count // self.total
            self._shown = f"[{'#' * filled}{'.' * (width - filled)}] {self.count}/{self.total}"
            sys.stderr.write(f"\r{self._shown}")
            sys.stderr.flush()

    def clear(self) -> None:
        """Wipe the bar from its line, if it is shown."""
        if self._shown:
            sys.stderr.write(f"\r{' ' * len(self._shown)}\r")
            sys.stderr.flush()
            self._shown = ""

    def done(self) -> None:
        if self.active and self._shown:
            sys.stderr.write("\n")
            self._shown = ""

    def until_done(self, results: Iterable[_T]) -> Iterator[_T]:
        """``results``, then the end of the bar (before the report's summary)."""
        yield from results
        self.done()

    def output(self, out: TextIO) -> TextIO:
        """``out``, or a wrapper that keeps the bar off the report when both share a
        terminal."""
        isatty = getattr(out, "isatty", None)
        if not (self.active and isatty and isatty()):
            return out
        self._shared = out
        return _BarSafeOutput(out, self)  # type: ignore[return-value]  # writes as one


class _BarSafeOutput:
    """A terminal's text stream that wipes the progress bar before each write."""

    def __init__(self, out: TextIO, progress: _Progress) -> None:
        self._out = out
        self._progress = progress

    def write(self, text: str) -> int:
        self._progress.clear()
        return self._out.write(text)

    def flush(self) -> None:
        self._out.flush()

    def isatty(self) -> bool:
        return self._out.isatty()


def _cmd_explain(args: argparse.Namespace, out: TextIO) -> int:
    from factcheck.pytest_plugin import describe
    from factcheck.results import audit_file

    path, sep, check_id = args.target.rpartition("::")
    if not sep or not path or not check_id:
        raise _UsageError(f"{args.target!r}: write FILE::CHECK, e.g. claims/a.claims.yaml::growth")
    result = audit_file(path)
    if result.report is None:
        for error in result.errors:
            raise error
        raise _UsageError(f"{path}: could not be audited")
    try:
        verdict = result.report.verdict(check_id)
    except KeyError:
        for error in result.report.errors:
            if getattr(error, "subject", "") == f"check {check_id!r}":
                raise error from None
        known = ", ".join(v.check.id for v in result.report.verdicts)
        raise _UsageError(f"{path} has no check {check_id!r}; its checks: {known}") from None
    from factcheck.safety import printable_lines

    out.write(printable_lines(describe(verdict, args.target)) + "\n")
    return EXIT_OK if verdict.ok else EXIT_FINDINGS


# -- the html report as a folder of pages (issue #18) ------------------------------------------


def _html_site_folder(args: argparse.Namespace) -> Path | None:
    """With ``--format html``, an ``--output`` that ends in "/" or names a folder asks for a
    folder of pages (index.html and one page per article) rather than one page."""
    from pathlib import Path

    output = args.output
    if args.format != "html" or not output:
        return None
    if output.endswith(("/", "\\")) or Path(output).is_dir():
        return Path(output)
    return None


def _html_site(results: Iterable[Any], folder: Path, progress: _Progress) -> Any:
    from factcheck.reports.html import write_site

    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise _UsageError(f"--output {folder}: cannot make the folder ({error.strerror})") from None
    return write_site(progress.until_done(results), folder)
