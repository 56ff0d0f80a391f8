"""The ``factcheck`` command.  ``main(argv)`` returns the exit code; it never raises.

Exit codes: 0 nothing wrong, 1 findings, 2 bad input or usage.  Errors print as one line
(``where: what; what to do``); ``--debug`` shows the traceback as well.
"""

from __future__ import annotations

__all__ = ["main"]

import argparse
import contextlib
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, TextIO, TypeVar, cast

from factcheck.errors import FactcheckError

if TYPE_CHECKING:
    from pathlib import Path

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2

_T = TypeVar("_T")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        sys.stderr.write(f"factcheck: error: {message}\n")
        raise SystemExit(EXIT_USAGE)


def _build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="factcheck", description="Audit the numbers in a piece of writing.")
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    read = commands.add_parser("read", help="show what factcheck understands a phrase to mean")
    read.add_argument("phrase", help='the phrase, e.g. "nearly 20 percent"')
    read.add_argument("--format", choices=("text", "json"), default="text")
    read.add_argument(
        "--rounding",
        default="up_or_down",
        help="rounding rule: up_or_down (default), up, down, even, ceiling, floor, trunc, "
        "anti_trunc",
    )
    read.add_argument("--base", default=None, help='a stated rounding base, e.g. "100"')
    read.add_argument(
        "--trailing-zeros",
        choices=("prose", "ambiguous", "significant", "placeholders"),
        default="prose",
    )
    read.add_argument("--yen-symbol", choices=("CNY", "JPY"), default=None)

    from factcheck.reports import FORMATS

    audit = commands.add_parser("audit", help="audit claim files or folders of them")
    audit.add_argument("paths", nargs="+", metavar="PATH", help="claim files or folders")
    audit.add_argument("--source", default=None, help="the article's text (overrides source.path)")
    audit.add_argument("--format", choices=sorted(FORMATS), default="text")
    audit.add_argument("--output", default=None, help="write the report to this file")
    audit.add_argument("--jobs", type=int, default=1, help="audit files in N processes")
    audit.add_argument(
        "--policy",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="override the claim files' reading policy: rounding=up, base=100, "
        "trailing_zeros=significant, yen_symbol=CNY (repeatable)",
    )

    explain = commands.add_parser("explain", help="the full derivation of one check")
    explain.add_argument("target", metavar="FILE::CHECK")

    scan = commands.add_parser("scan", help="every number found in a text, with its reading")
    scan.add_argument("article", metavar="ARTICLE.txt")
    scan.add_argument("--format", choices=("text", "json"), default="text")

    draft = commands.add_parser(
        "draft", help="a skeleton claim file for an article: figures, dates, suggested checks"
    )
    draft.add_argument("article", metavar="ARTICLE.txt")
    draft.add_argument("--title", default=None, help="the article's title (default: first line)")

    check = commands.add_parser(
        "check", help="audit an article with no claim file: propose the checks, then audit them"
    )
    check.add_argument("article", metavar="ARTICLE.txt")
    check.add_argument("--format", choices=sorted(FORMATS), default="text")
    check.add_argument("--output", default=None, help="write the report to this file")
    check.add_argument("--save", default=None, metavar="FILE.claims.yaml",
                       help="write the claim file that was audited")  # fmt: skip
    check.add_argument("--title", default=None, help="the article's title (default: first line)")

    coverage = commands.add_parser("coverage", help="numbers of the text no claim covers")
    coverage.add_argument("claims", metavar="FILE.claims.yaml")
    coverage.add_argument("--source", default=None, help="the article's text")
    coverage.add_argument("--format", choices=("text", "json"), default="text")
    return parser


def _cmd_read(args: argparse.Namespace, out: TextIO) -> int:
    from factcheck.reading import ReadingPolicy, read

    try:
        policy = ReadingPolicy(
            rounding=args.rounding,
            base=args.base,
            trailing_zeros=args.trailing_zeros,
            yen_symbol=args.yen_symbol,
        )
    except (ValueError, TypeError, ArithmeticError) as error:
        raise _UsageError(str(error)) from error
    if not args.phrase.strip():
        raise _UsageError("no number: the phrase is empty; quote the words that carry a number")
    readings = read(args.phrase, policy=policy)
    if args.format == "json":
        json.dump([r.to_json() for r in readings], out, indent=2, ensure_ascii=False)
        out.write("\n")
        return EXIT_OK
    if not readings:
        out.write("no number found\n")
    for reading in readings:
        unit = reading.unit_text or (reading.label and f"({reading.label})") or ""
        hedge = f"  hedge: {reading.hedge_text} -> {reading.hedge}" if reading.hedge else ""
        out.write(
            f"{reading.text!r}: {reading.kind} {reading.value} {unit}".rstrip()
            + f"\n  strict  {reading.strict} {reading.unit_text or ''}".rstrip()
            + f"\n  lenient {reading.lenient} {reading.unit_text or ''}".rstrip()
            + f"\n  rounding: {reading.rounding}{hedge}\n"
        )
    return EXIT_OK


class _UsageError(Exception):
    pass


def _cmd_audit(args: argparse.Namespace, out: TextIO) -> int:
    from contextlib import closing
    from pathlib import Path

    from factcheck.reports import get_stream_reporter
    from factcheck.results import claim_files, iter_audit_paths

    for raw in args.paths:
        if not Path(raw).exists():
            raise _UsageError(f"{raw}: no such file or folder")
    if args.jobs < 1:
        raise _UsageError("--jobs must be at least 1")
    files = claim_files(args.paths)
    if not files:
        raise _UsageError(f"no *.claims.yaml files under {' '.join(args.paths)}")
    policy = _policy_overrides(args.policy)
    reporter = get_stream_reporter(args.format)
    progress = _Progress(len(files))
    # Each file's result goes to the report as it comes and is dropped: the audit of a large
    # archive keeps only the totals (and whatever a format spools to a temporary file).
    results = iter_audit_paths(
        files, source=args.source, jobs=args.jobs, progress=progress.step, policy=policy
    )
    with closing(results):  # stops the --jobs workers if the report fails (| head)
        if args.output:
            with _replaced_when_done(Path(args.output)) as handle:
                totals = reporter(progress.until_done(results), progress.output(handle))
        else:
            totals = reporter(progress.until_done(results), progress.output(out))
    if totals.has_input_errors:
        return EXIT_USAGE
    return EXIT_OK if totals.ok else EXIT_FINDINGS


@contextlib.contextmanager
def _replaced_when_done(path: Path) -> Iterator[TextIO]:
    """A file to write the report to, beside ``path``, that takes its place only once the
    report is complete: an audit stopped part-way (Ctrl-C, a crash) leaves the previous
    report, if any, as it was, and no partial one."""
    import os
    import tempfile

    folder = path.parent
    if not folder.is_dir():
        raise _UsageError(f"--output {path}: the folder {folder} does not exist")
    try:
        handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed below, then renamed
            "w", encoding="utf-8", dir=folder, prefix=f".{path.name}.", suffix=".part",
            delete=False,
        )  # fmt: skip
    except OSError as error:
        raise _UsageError(f"--output {path}: cannot write there ({error.strerror})") from None
    try:
        # A temporary file is private (0600); the report gets the mode a new file would.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(handle.name, 0o666 & ~umask)
        with handle:
            yield cast(TextIO, handle)
        os.replace(handle.name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(handle.name)
        raise


_POLICY_KEYS = ("rounding", "base", "trailing_zeros", "yen_symbol")


def _policy_overrides(items: list[str]) -> dict[str, str]:
    """``["rounding=up"]`` -> ``{"rounding": "up"}``, validated against ReadingPolicy."""
    from factcheck.reading import ReadingPolicy

    overrides: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or key not in _POLICY_KEYS:
            raise _UsageError(
                f"--policy {item!r}: write KEY=VALUE with KEY one of {', '.join(_POLICY_KEYS)}"
            )
        overrides[key] = value
    try:
        ReadingPolicy(**overrides)  # type: ignore[arg-type]
    except (ValueError, TypeError, ArithmeticError) as error:
        raise _UsageError(f"--policy: {error}") from None
    return overrides


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
        return cast(TextIO, _BarSafeOutput(out, self))


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
    out.write(describe(verdict, args.target) + "\n")
    return EXIT_OK if verdict.ok else EXIT_FINDINGS


def _cmd_scan(args: argparse.Namespace, out: TextIO) -> int:
    from factcheck.provenance import scan

    text = _read_text(args.article)
    numbers = scan(text)
    if args.format == "json":
        json.dump(
            [
                {
                    **n.to_json(),
                    "reading": n.reading.to_json() if n.reading else None,
                    "error": n.error,
                }
                for n in numbers
            ],
            out,
            indent=2,
            ensure_ascii=False,
        )
        out.write("\n")
        return EXIT_OK
    for number in numbers:
        where = f"{args.article}:{number.line}:{number.column}"
        if number.reading is None:
            out.write(f"{where}: {number.text!r} cannot be read: {number.error}\n")
            continue
        reading = number.reading
        unit = reading.unit_text or (f"({reading.label})" if reading.label else "")
        out.write(
            f"{where}: {number.text!r} {reading.kind} {reading.strict} {unit}".rstrip() + "\n"
        )
    return EXIT_OK


def _read_text(path: str) -> str:
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            return handle.read()  # as written: a draft's sha256 must match the bytes
    except OSError as error:
        raise _UsageError(f"{path}: {error.strerror}") from None
    except UnicodeDecodeError as error:
        raise _UsageError(f"{path}: not UTF-8 text (byte {error.start})") from None


def _cmd_draft(args: argparse.Namespace, out: TextIO) -> int:
    from factcheck.draft import draft

    text = _read_text(args.article)
    out.write(draft(text, path=args.article, title=args.title))
    return EXIT_OK


def _cmd_check(args: argparse.Namespace, out: TextIO) -> int:
    import os
    from pathlib import Path

    from factcheck.draft import draft
    from factcheck.files import CLAIM_SUFFIX, parse_claims
    from factcheck.reports import get_stream_reporter
    from factcheck.results import audit_claims

    text = _read_text(args.article)
    if args.save is not None:
        save = Path(args.save)
        if not save.name.endswith(CLAIM_SUFFIX):
            raise _UsageError(f"--save {save}: name the file *{CLAIM_SUFFIX}")
        if not save.parent.is_dir():
            raise _UsageError(f"--save {save}: the folder {save.parent} does not exist")
        source = os.path.relpath(Path(args.article).resolve(), save.parent.resolve())
        claims_path = str(save)
    else:
        source = args.article
        claims_path = f"{args.article}{CLAIM_SUFFIX}"
    written = draft(text, path=Path(source).as_posix(), title=args.title)
    claims = parse_claims(written, claims_path)
    if args.save is not None:
        try:
            Path(args.save).write_text(written, encoding="utf-8")
        except OSError as error:
            raise _UsageError(
                f"--save {args.save}: cannot write there ({error.strerror})"
            ) from None
    result = audit_claims(claims, text, args.article)
    reporter = get_stream_reporter(args.format)
    if args.output:
        with _replaced_when_done(Path(args.output)) as handle:
            totals = reporter([result], handle)
    else:
        totals = reporter([result], out)
    if totals.has_input_errors:
        return EXIT_USAGE
    return EXIT_OK if totals.ok else EXIT_FINDINGS


def _cmd_coverage(args: argparse.Namespace, out: TextIO) -> int:
    from factcheck.files import load_claims
    from factcheck.provenance import coverage

    claims = load_claims(args.claims)
    source = args.source or claims.source_path
    if source is None:
        raise _UsageError(f"{args.claims} names no source.path; pass --source ARTICLE.txt")
    cover = coverage(claims, _read_text(source))
    if args.format == "json":
        json.dump(cover.to_json(), out, indent=2, ensure_ascii=False)
        out.write("\n")
    else:
        out.write(f"coverage {cover.covered}/{cover.total}\n")
        for number in cover.uncovered:
            out.write(f"{source}:{number.line}:{number.column}: {number.text!r} is not covered\n")
    return EXIT_OK if cover.complete else EXIT_FINDINGS


_COMMANDS = {
    "read": _cmd_read,
    "audit": _cmd_audit,
    "explain": _cmd_explain,
    "scan": _cmd_scan,
    "coverage": _cmd_coverage,
    "draft": _cmd_draft,
    "check": _cmd_check,
}


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None) -> int:
    """Run the command line with ``argv`` (default ``sys.argv[1:]``); return the exit code."""
    stdout = sys.stdout if out is None else out
    parser = _build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    try:
        return _COMMANDS[args.command](args, stdout)
    except _UsageError as error:
        sys.stderr.write(f"factcheck: error: {error}\n")
        return EXIT_USAGE
    except FactcheckError as error:
        if args.debug:
            raise
        sys.stderr.write(f"factcheck: error: {error}\n")
        return EXIT_USAGE
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, as command-line tools do.
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except OSError as error:
        if args.debug:
            raise
        sys.stderr.write(f"factcheck: error: {error}\n")
        return EXIT_USAGE
