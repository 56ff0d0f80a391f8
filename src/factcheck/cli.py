"""The ``factcheck`` command.  ``main(argv)`` returns the exit code; it never raises.

Exit codes: 0 nothing wrong, 1 findings, 2 bad input or usage.  Errors print as one line
(``where: what; what to do``); ``--debug`` shows the traceback as well.
"""

from __future__ import annotations

__all__ = ["main"]

import argparse
import contextlib
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence

from factcheck.errors import FactcheckError

TYPE_CHECKING = False  # not typing's: ``factcheck read`` starts without importing typing
if TYPE_CHECKING:
    from pathlib import Path
    from typing import Any, TextIO, TypeVar

    _T = TypeVar("_T")

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2


class _Formatter(argparse.HelpFormatter):
    """argparse's help formatter, told the terminal's width without importing ``shutil``
    (which imports the compression modules, a few milliseconds of every start-up: argparse
    makes a formatter for each argument it is given)."""

    def __init__(
        self,
        prog: str,
        indent_increment: int = 2,
        max_help_position: int = 24,
        width: int | None = None,
    ) -> None:
        if width is None:
            width = _terminal_columns() - 2
        super().__init__(prog, indent_increment, max_help_position, width)


def _terminal_columns() -> int:
    """The terminal's width as ``shutil.get_terminal_size().columns`` gives it: $COLUMNS,
    else the width of the terminal on standard output, else 80."""
    import os

    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


class _Parser(argparse.ArgumentParser):
    commands: Mapping[str, argparse.ArgumentParser] | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)  # the subcommands' parsers too
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> None:  # type: ignore[override]
        from factcheck.safety import printable

        self.print_usage(sys.stderr)
        sys.stderr.write(f"factcheck: error: {printable(_with_suggestion(message, self))}\n")
        raise SystemExit(EXIT_USAGE)

    def parse_args(self, args=None, namespace=None):  # type: ignore[no-untyped-def]
        # An unknown option is reported by the command it was given to (its usage, and the
        # closest option it has), not by the top-level parser with the top-level usage.
        parsed, extras = self.parse_known_args(args, namespace)
        if extras:
            command = (self.commands or {}).get(getattr(parsed, "command", None) or "")
            (command or self).error(f"unrecognized arguments: {' '.join(extras)}")
        return parsed


def _build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser; with ``only``, one that knows that command alone (the others'
    parsers, and argparse's work to make each, are left out: :func:`_main` parses a known
    command with it)."""
    from factcheck import __version__

    parser = _Parser(prog="factcheck", description="Audit the numbers in a piece of writing.")
    parser.add_argument("--version", action="version", version=f"factcheck {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    parser.commands = commands.choices

    if only in (None, "read"):
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

    if only in (None, "audit"):
        from factcheck.reports import FORMATS

        audit = commands.add_parser("audit", help="audit claim files or folders of them")
        audit.add_argument(
            "paths",
            nargs="*",
            metavar="PATH",
            help="claim files or folders (default: paths in [tool.factcheck] of pyproject.toml)",
        )
        audit.add_argument(
            "--source", default=None, help="the article's text (overrides source.path)"
        )
        audit.add_argument(
            "--source-root",
            action="append",
            default=[],
            metavar="DIR",
            help="a folder claim files' source.path may lead into, besides the repository "
            "(repeatable; see docs/security.md)",
        )
        audit.add_argument(
            "--no-source",
            action="store_true",
            help="do not read the source texts (no SHA-256, quote or coverage checks)",
        )
        audit.add_argument(
            "--format", choices=sorted(FORMATS), default=None, help="the report's format (text)"
        )
        audit.add_argument("-o", "--output", default=None, help="write the report to this file")
        audit.add_argument(
            "-q", "--quiet", action="store_true", help="the findings only (text format)"
        )
        audit.add_argument(
            "-v",
            "--verbose",
            action="store_true",
            help="show what the article implies for the checks that hold too (text format)",
        )
        audit.add_argument(
            "--exit-zero", action="store_true", help="exit 0 even with findings (2 still on errors)"
        )
        audit.add_argument("--jobs", type=int, default=1, help="audit files in N processes")
        audit.add_argument(
            "--no-cache",
            action="store_true",
            help="audit afresh, neither reading nor keeping a finished report (see docs/cli.md)",
        )
        audit.add_argument(
            "--policy",
            action="append",
            default=[],
            metavar="KEY=VALUE",
            help="override the claim files' reading policy: rounding=up, base=100, "
            "trailing_zeros=significant, yen_symbol=CNY (repeatable)",
        )

    if only in (None, "explain"):
        explain = commands.add_parser("explain", help="the full derivation of one check")
        explain.add_argument("target", metavar="FILE::CHECK")

    if only in (None, "scan"):
        scan = commands.add_parser("scan", help="every number found in a text, with its reading")
        scan.add_argument("article", metavar="ARTICLE.txt")
        scan.add_argument("--format", choices=("text", "json"), default="text")

    if only in (None, "draft"):
        draft = commands.add_parser(
            "draft", help="a skeleton claim file for an article: figures, dates, suggested checks"
        )
        draft.add_argument("article", metavar="ARTICLE.txt")
        draft.add_argument(
            "--title", default=None, help="the article's title (default: first line)"
        )
        draft.add_argument(
            "--schema",
            default=None,
            metavar="URL",
            help="the JSON Schema named in the yaml-language-server modeline (default: the "
            'installed claims.schema.json; "" for none)',
        )

    if only in (None, "rehash"):
        rehash = commands.add_parser(
            "rehash", help="update source.sha256 after a correction to the article's text"
        )
        rehash.add_argument("claims", metavar="FILE.claims.yaml")
        rehash.add_argument(
            "--source", default=None, help="the article's text (default: source.path)"
        )

    if only in (None, "check"):
        from factcheck.reports import FORMATS

        check = commands.add_parser(
            "check", help="audit an article with no claim file: propose the checks, then audit them"
        )
        check.add_argument("article", metavar="ARTICLE.txt")
        check.add_argument("--format", choices=sorted(FORMATS), default="text")
        check.add_argument("--output", default=None, help="write the report to this file")
        check.add_argument("--save", default=None, metavar="FILE.claims.yaml",
                           help="write the claim file that was audited")  # fmt: skip
        check.add_argument(
            "--title", default=None, help="the article's title (default: first line)"
        )
        check.add_argument(
            "-v",
            "--verbose",
            action="store_true",
            help="show what the article implies for the checks that hold too (text format)",
        )

    if only in (None, "coverage"):
        coverage = commands.add_parser("coverage", help="numbers of the text no claim covers")
        coverage.add_argument("claims", metavar="FILE.claims.yaml")
        coverage.add_argument("--source", default=None, help="the article's text")
        coverage.add_argument(
            "--source-root", action="append", default=[], metavar="DIR",
            help="a folder source.path may lead into, besides the repository (repeatable)",
        )  # fmt: skip
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
        import json

        json.dump([r.to_json() for r in readings], out, indent=2, ensure_ascii=False)
        out.write("\n")
        return EXIT_OK
    if not readings:
        out.write("no number found\n")
    from factcheck.numbers_format import bracket_text

    for reading in readings:
        unit = reading.unit_text or (reading.label and f"({reading.label})") or ""
        hedge = f"  hedge: {reading.hedge_text} -> {reading.hedge}" if reading.hedge else ""
        out.write(f"{reading.text!r}: {reading.kind} {reading.value} {unit}".rstrip() + "\n")
        if reading.kind == "date":
            out.write("  a date, not a number: no interval\n")
            continue
        out.write(
            f"  strict  {bracket_text(reading.strict, reading.unit_text or '')}\n"
            f"  lenient {bracket_text(reading.lenient, reading.unit_text or '')}\n"
            f"  rounding: {reading.rounding}{hedge}\n"
        )
    return EXIT_OK


class _UsageError(Exception):
    pass


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
            yield handle  # type: ignore[misc]  # a text file
        os.replace(handle.name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(handle.name)
        raise


_POLICY_KEYS = ("rounding", "base", "trailing_zeros", "yen_symbol")


def _policy_overrides(items: list[str]) -> dict[str, str]:
    """``["rounding=up"]`` -> ``{"rounding": "up"}``, validated against ReadingPolicy."""
    if not items:
        return {}
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


def _cmd_scan(args: argparse.Namespace, out: TextIO) -> int:
    from factcheck.provenance import scan

    text = _read_text(args.article)
    numbers = scan(text)
    if args.format == "json":
        import json

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
    from factcheck.numbers_format import bracket_text
    from factcheck.safety import printable

    for number in numbers:
        where = printable(f"{args.article}:{number.line}:{number.column}")
        if number.reading is None:
            out.write(printable(f"{where}: {number.text!r} cannot be read: {number.error}") + "\n")
            continue
        reading = number.reading
        unit = reading.unit_text or (f"({reading.label})" if reading.label else "")
        shown = reading.value if reading.kind == "date" else bracket_text(reading.strict)
        line = f"{where}: {number.text!r} {reading.kind} {shown} {unit}".rstrip()
        out.write(printable(line) + "\n")
    return EXIT_OK


def _read_text(path: str) -> str:
    """An article named on the command line: a regular file of at most
    :data:`~factcheck.sources.MAX_SOURCE_BYTES`, UTF-8, its line ends as written (a draft's
    sha256 must match the bytes)."""
    from factcheck.sources import SourceRefused, read_capped

    try:
        raw = read_capped(path, what="article")
    except SourceRefused as error:
        if error.kind in ("open", "read"):
            raise _UsageError(f"{path}: {error.detail}") from None
        raise _UsageError(str(error)) from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise _UsageError(f"{path}: not UTF-8 text (byte {error.start})") from None


def _cmd_draft(args: argparse.Namespace, out: TextIO) -> int:
    from factcheck.draft import draft

    text = _read_text(args.article)
    schema = _claims_schema_uri() if args.schema is None else args.schema
    out.write(draft(text, path=args.article, title=args.title, schema=schema))
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
    if args.verbose:
        if args.format != "text":
            raise _UsageError("--verbose is a form of the text format")
        from functools import partial

        from factcheck.reports import text as text_report

        reporter = partial(text_report.stream, verbose=True)
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
    from factcheck.results import open_source

    claims = load_claims(args.claims)
    if args.source is None and claims.source_path is None:
        raise _UsageError(f"{args.claims} names no source.path; pass --source ARTICLE.txt")
    text, source, problem = open_source(claims, args.source, args.source_root)
    if problem is not None:
        raise problem
    if text is None:
        raise _UsageError(f"{args.claims}: no source text at {source}; pass --source ARTICLE.txt")
    from factcheck.provenance import MAX_NUMBERS

    cover = coverage(claims, text, limit=MAX_NUMBERS)
    if args.format == "json":
        import json

        json.dump(cover.to_json(), out, indent=2, ensure_ascii=False)
        out.write("\n")
    else:
        out.write(f"coverage {cover.covered}/{cover.total}\n")
        from factcheck.safety import printable

        for number in cover.uncovered:
            line = f"{source}:{number.line}:{number.column}: {number.text!r} is not covered"
            out.write(printable(line) + "\n")
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


EXIT_INTERRUPTED = 130
EXIT_TERMINATED = 143


class _Terminated(BaseException):
    """SIGTERM, raised in the main thread so that ``finally`` clauses run (the ``--output``
    temporary file removed, the ``--jobs`` workers ended), as Ctrl-C does."""


def _on_sigterm(signum: int, frame: object) -> None:
    raise _Terminated


@contextlib.contextmanager
def _signals_handled() -> Iterator[None]:
    """SIGTERM raises :class:`_Terminated` while the command runs (in the main thread only;
    the previous handler is put back after)."""
    import signal

    try:
        previous = signal.signal(signal.SIGTERM, _on_sigterm)
    except ValueError:  # not the main thread (asking threading would cost its import)
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None) -> int:
    """Run the command line with ``argv`` (default ``sys.argv[1:]``); return the exit code.

    Ctrl-C (SIGINT) and SIGTERM stop it cleanly: no partial ``--output``, no worker left
    running, one line on stderr, exit code 130 or 143."""
    try:
        with _signals_handled():
            return _main(argv, out)
    except KeyboardInterrupt:
        sys.stderr.write("factcheck: interrupted\n")
        return EXIT_INTERRUPTED
    except _Terminated:
        sys.stderr.write("factcheck: terminated\n")
        return EXIT_TERMINATED


def _command_named(argv: Sequence[str]) -> str | None:
    """The command that ``argv`` names, when nothing before it but ``--debug`` could need the
    other commands (``--help`` lists them all); else ``None``."""
    for word in argv:
        if word != "--debug":
            return word if word in _COMMANDS else None
    return None


def _main(argv: Sequence[str] | None, out: TextIO | None) -> int:
    if out is None:
        _tolerate_narrow_encodings()
    stdout = sys.stdout if out is None else out
    parser = _build_parser(_command_named(sys.argv[1:] if argv is None else argv))
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    try:
        return _COMMANDS[args.command](args, stdout)
    except _UsageError as error:
        _say(str(error))
        return EXIT_USAGE
    except FactcheckError as error:
        if args.debug:
            raise
        for problem in getattr(error, "problems", (error,)):
            _say(str(problem))
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
        _say(str(error))
        return EXIT_USAGE


def _say(message: str) -> None:
    """One line on stderr, with the user's text in it made printable (a file name cannot
    end the line or start a workflow command)."""
    from factcheck.safety import printable

    sys.stderr.write(f"factcheck: error: {printable(message)}\n")


# -- conventions of the command line (issue #18) ----------------------------------------------


def _with_suggestion(message: str, parser: argparse.ArgumentParser) -> str:
    """``message``, with "did you mean --format?" when it names an unknown option (or
    command) close to one ``parser`` knows."""
    import difflib
    import re

    known: list[str] = []
    for action in parser._actions:
        known.extend(action.option_strings)
        if isinstance(action, argparse._SubParsersAction):
            known.extend(action.choices)
    if message.startswith("unrecognized arguments:"):
        wrong = [w.partition("=")[0] for w in message.split(":", 1)[1].split() if w[:1] == "-"]
    else:
        choice = re.search(r"invalid choice: '([^']*)'", message)
        wrong = [choice.group(1)] if choice and "COMMAND" in message else []
    for word in wrong:
        close = difflib.get_close_matches(word, known, n=1, cutoff=0.6)
        if close:
            return f"{message}; did you mean {close[0]}?"
    return message


def _tolerate_narrow_encodings() -> None:
    """A console that cannot write some character (cp1252 and '✓') gets an escape for it
    rather than a UnicodeEncodeError half-way through a report; the text format also switches
    to ASCII marks (see ``reports/text.py``)."""
    import io

    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "utf-8").lower().replace("_", "-")
        if isinstance(stream, io.TextIOWrapper) and encoding not in ("utf-8", "utf8"):
            with contextlib.suppress(ValueError, OSError):
                stream.reconfigure(errors="backslashreplace")


PROJECT_KEYS = ("format", "paths", "policy", "source_root")
"""The keys of ``[tool.factcheck]`` in pyproject.toml (see docs/cli.md, "Project defaults")."""


def _apply_project_defaults(args: argparse.Namespace) -> None:
    """Fill what the command line leaves out (the format, the paths, the reading policy) from
    ``[tool.factcheck]`` of the nearest pyproject.toml that has one, looking from the working
    directory upward.  The command line wins; paths are relative to the pyproject's folder."""
    from pathlib import Path

    args.config_policy = {}
    found = _project_table(Path.cwd())
    if found is not None:
        pyproject, table = found
        for key in table:
            if key not in PROJECT_KEYS:
                raise _UsageError(
                    f"{pyproject}: [tool.factcheck] has no key {key!r}; "
                    f"the keys are {', '.join(PROJECT_KEYS)}"
                )
        if args.format is None and "format" in table:
            args.format = _project_format(pyproject, table["format"])
        if "paths" in table:
            paths = _project_paths(pyproject, table["paths"])
            args.paths = args.paths or paths
        if "policy" in table:
            args.config_policy = _project_policy(pyproject, table["policy"])
    if args.format is None:
        args.format = "text"
    if not args.paths:
        raise _UsageError(
            "no PATH: name claim files or folders, or set paths in [tool.factcheck] of "
            "pyproject.toml"
        )


def _project_table(start: Path) -> tuple[Path, dict[str, object]] | None:
    import tomllib

    for folder in (start, *start.parents):
        pyproject = folder / "pyproject.toml"
        if not pyproject.is_file():
            continue
        try:
            data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
            raise _UsageError(f"{pyproject}: cannot be read as TOML ({error})") from None
        table = data.get("tool", {}).get("factcheck")
        if table is None:
            continue
        if not isinstance(table, dict):
            raise _UsageError(f"{pyproject}: tool.factcheck must be a table, [tool.factcheck]")
        return pyproject, table
    return None


def _project_format(pyproject: Path, value: object) -> str:
    from factcheck.reports import FORMATS

    if not isinstance(value, str) or value not in FORMATS:
        raise _UsageError(
            f"{pyproject}: [tool.factcheck] format = {value!r} must be one of "
            f"{', '.join(sorted(FORMATS))}"
        )
    return value


def _project_paths(pyproject: Path, value: object) -> list[str]:
    import os

    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        raise _UsageError(
            f"{pyproject}: [tool.factcheck] paths = {value!r} must be a list of paths, "
            'e.g. paths = ["claims/"]'
        )
    folder = pyproject.parent
    return [os.path.relpath(folder / v) for v in value]


def _project_policy(pyproject: Path, value: object) -> dict[str, str]:
    if not isinstance(value, dict):
        raise _UsageError(
            f"{pyproject}: [tool.factcheck] policy must be a table, "
            'e.g. policy = {rounding = "up"}'
        )
    items = [f"{k}={v}" for k, v in value.items()]
    try:
        return _policy_overrides(items)
    except _UsageError as error:
        raise _UsageError(f"{pyproject}: [tool.factcheck] {error}") from None


# -- everyday workflow: the schema modeline, rehash (issue #18) --------------------------------


def _claims_schema_uri() -> str:
    """The installed claim-file JSON Schema, as a file URI an editor can open."""
    from importlib.resources import files
    from pathlib import Path

    return Path(str(files("factcheck").joinpath("claims.schema.json"))).resolve().as_uri()


def _cmd_rehash(args: argparse.Namespace, out: TextIO) -> int:
    """Write the SHA-256 of the article's text into ``source.sha256``, changing no other byte
    of the claim file."""
    import hashlib
    from pathlib import Path

    from factcheck.files import load_claims

    path = Path(args.claims)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise _UsageError(f"{path}: {error.strerror}") from None
    claims = load_claims(path)  # the file must load: rehash never blesses a broken file
    source = args.source or claims.source_path
    if source is None:
        raise _UsageError(f"{path} names no source.path; pass --source ARTICLE.txt")
    try:
        digest = hashlib.sha256(Path(source).read_bytes()).hexdigest()
    except OSError as error:
        raise _UsageError(f"{source}: cannot read the source text ({error.strerror})") from None
    start, end, old = _sha256_span(raw.decode("utf-8"), str(path))
    if old == digest:
        out.write(f"{path}: source.sha256 already matches {source}\n")
        return EXIT_OK
    text = raw.decode("utf-8")
    updated = text[:start] + digest + text[end:]
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write(updated)
    out.write(f"{path}: source.sha256 {old or '(none)'} -> {digest}\n")
    return EXIT_OK


_COMMANDS["rehash"] = _cmd_rehash


def _sha256_span(text: str, name: str) -> tuple[int, int, str]:
    """Where the value of ``source.sha256`` is written in ``text`` (start and end offsets,
    quotes excluded) and what it says."""
    import yaml

    root = yaml.compose(text, Loader=yaml.SafeLoader)
    source = None
    if isinstance(root, yaml.MappingNode):
        source = next((v for k, v in root.value if k.value == "source"), None)
    value = None
    if isinstance(source, yaml.MappingNode):
        value = next((v for k, v in source.value if k.value == "sha256"), None)
    if not isinstance(value, yaml.ScalarNode):
        raise _UsageError(
            f"{name}: source has no sha256 to update; add a line 'sha256: x' under source, "
            "then run factcheck rehash again"
        )
    start, end = value.start_mark.index, value.end_mark.index
    if value.style in ("'", '"'):
        start, end = start + 1, end - 1
    return start, end, str(value.value)


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
