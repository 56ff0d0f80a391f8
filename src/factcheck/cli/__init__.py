"""The ``factcheck`` command.  ``main(argv)`` returns the exit code; it never raises.

Exit codes: 0 nothing wrong, 1 findings, 2 bad input or usage.  Errors print as one line
(``where: what; what to do``); ``--debug`` shows the traceback as well.

Here: :func:`main`, the command table, signals, errors as one line.  The rest of the package,
one module a concern: ``parser`` (every command's options), ``common`` (exit codes, errors,
output files), ``project`` (``--policy`` and pyproject.toml defaults), and the commands:
``read``, ``audit`` (and ``explain``), ``drafting`` (``draft``, ``check``), ``source_text``
(``scan``, ``coverage``, ``rehash``).  A command's module is imported only when it runs.
"""

from __future__ import annotations

__all__ = ["main"]

import argparse
import contextlib
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence

# Names imported "as" themselves are ones the tests import from here.
from factcheck.cli.common import EXIT_FINDINGS as EXIT_FINDINGS
from factcheck.cli.common import EXIT_OK, EXIT_USAGE, _UsageError
from factcheck.cli.parser import _build_parser
from factcheck.cli.parser import _terminal_columns as _terminal_columns
from factcheck.errors import FactcheckError

TYPE_CHECKING = False  # not typing's: ``factcheck read`` starts without importing typing
if TYPE_CHECKING:
    from typing import TextIO


_COMMANDS: Mapping[str, str] = {
    "read": "read",
    "audit": "audit",
    "explain": "audit",
    "scan": "source_text",
    "coverage": "source_text",
    "draft": "drafting",
    "check": "drafting",
    "rehash": "source_text",
}
"""Each command and the module of :mod:`factcheck.cli` whose ``_cmd_<command>`` runs it,
imported only when that command runs (``factcheck read`` loads no other command's code)."""


def _command(name: str) -> Callable[[argparse.Namespace, TextIO], int]:
    """The function that runs the command ``name``, its module imported now."""
    module = f"factcheck.cli.{_COMMANDS[name]}"
    __import__(module)  # not importlib's import_module: importing importlib costs every start
    run: Callable[[argparse.Namespace, TextIO], int] = getattr(sys.modules[module], f"_cmd_{name}")
    return run


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
        return _command(args.command)(args, stdout)
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
