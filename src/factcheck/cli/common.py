"""What every command of the command line shares: the exit codes, the usage error, an
``--output`` file that replaces its target only when done, an article read from a path."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

TYPE_CHECKING = False  # not typing's: ``factcheck read`` starts without importing typing
if TYPE_CHECKING:
    from pathlib import Path
    from typing import TextIO


EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2


class _UsageError(Exception):
    pass


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
