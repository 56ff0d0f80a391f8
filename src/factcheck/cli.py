"""The ``factcheck`` command.  ``main(argv)`` returns the exit code; it never raises.

Exit codes: 0 nothing wrong, 1 findings, 2 bad input or usage.  Errors print as one line
(``where: what; what to do``); ``--debug`` shows the traceback as well.
"""

from __future__ import annotations

__all__ = ["main"]

import argparse
import json
import sys
from collections.abc import Sequence
from typing import TextIO

from factcheck.errors import FactcheckError

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2


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
        choices=("ambiguous", "significant", "placeholders"),
        default="ambiguous",
    )
    read.add_argument("--yen-symbol", choices=("CNY", "JPY"), default=None)
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


_COMMANDS = {"read": _cmd_read}


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
