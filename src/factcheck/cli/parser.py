"""The command line's argument parser: every command's options, help within the terminal's
width, and errors that suggest the option meant."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping

from factcheck.cli.common import EXIT_USAGE

TYPE_CHECKING = False  # not typing's: ``factcheck read`` starts without importing typing
if TYPE_CHECKING:
    from typing import Any


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
