"""A cache of finished reports, as ruff and mypy keep one: ``factcheck audit`` run again on
inputs that have not changed writes the report it wrote before, without importing the engine.

A report is kept only with everything it depends on, each part in the lookup's key or checked
again on every use, so that a hit is always the report a fresh audit would write:

- the code: the contents of every source file of the package, and the places, sizes and
  times of the libraries' files that change what is read (PyYAML, pint, flexparser), found
  without importing them; and the version of Python;
- the command: every option once the project's defaults are applied, the working directory,
  the environment variables the reports read, and the output's encoding and whether it is a
  terminal;
- the inputs: the claim files found, and every file the audit read (claim files and source
  texts), each by its resolved path and SHA-256 or as absent; and the folders each claim
  file's ``source.path`` may lead into.

A file that changed while it was being audited (its status changed after the audit started,
or a link on its path was switched) leaves the report out of the cache, and so does a file
that is not a regular file read whole (a pipe, a device, a file under ``/proc``, one longer
than the audit reads).  Only reports written to standard output in a format that is a
function of the inputs alone are kept (not ``github``, which also writes the step summary,
nor ``claimreview`` or ``html``, which may carry today's date).

The cache lives outside the work tree, where a pull request cannot plant a report:
``$FACTCHECK_CACHE_DIR``, else ``$XDG_CACHE_HOME/factcheck`` (when absolute), else
``~/.cache/factcheck``.  A folder that is not the user's own, or that others may write to, is
not used; an entry is readable by the user alone (a report quotes the article).
``--no-cache`` or ``FACTCHECK_NO_CACHE=1`` turns it off.  Anything wrong with the cache (a
damaged entry, a full disk) only makes the audit run afresh.
"""

from __future__ import annotations

__all__ = ["CACHED_FORMATS", "Recorder", "enabled", "lookup", "store"]

import contextlib
import hashlib
import json
import os
import stat
import sys
import time
from collections.abc import Generator, Iterable, Mapping, Sequence
from pathlib import Path

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, TextIO, TypeVar

    _T = TypeVar("_T")

VERSION = 1
"""The layout of an entry; raised when it changes, so that old entries are never read."""

CACHED_FORMATS = frozenset({"text", "json", "markdown", "gitlab", "sarif"})
ENVIRONMENT = ("NO_COLOR", "FORCE_COLOR", "COLUMNS", "SOURCE_DATE_EPOCH")
"""The environment variables the command line and the cached formats read."""
LIBRARIES = ("yaml", "pint", "flexparser")
"""The libraries whose files change what is read: PyYAML, pint, and the parser pint reads its
definitions (``units.txt``) with, which is upgraded on its own."""
ENTRIES = 64
"""Entries kept; the oldest are removed beyond this."""
_PACKAGE = Path(__file__).resolve().parent


def enabled(no_cache: bool) -> bool:
    """Whether the cache is on: neither ``--no-cache`` nor ``FACTCHECK_NO_CACHE`` (other than
    empty or ``0``) turns it off, and, in continuous integration (``CI`` set, as GitHub, GitLab
    and most services set it), ``FACTCHECK_CACHE_DIR`` turns it on.  A CI run is a fresh audit
    of a pull request; a cache folder restored there from another run (a CI cache of
    ``~/.cache``) may hold entries written by an earlier pull request's code."""
    if no_cache or os.environ.get("FACTCHECK_NO_CACHE", "") not in ("", "0"):
        return False
    in_ci = os.environ.get("CI", "").lower() not in ("", "0", "false")
    return not in_ci or bool(os.environ.get("FACTCHECK_CACHE_DIR"))


def folder() -> Path | None:
    """The cache's folder, made if need be; ``None`` when it cannot be used safely."""
    configured = os.environ.get("FACTCHECK_CACHE_DIR")
    if configured:
        place = Path(configured)
    else:
        base = os.environ.get("XDG_CACHE_HOME", "")
        if not os.path.isabs(base):  # a relative one is ignored (the XDG specification)
            base = os.path.join(os.path.expanduser("~"), ".cache")
        place = Path(base) / "factcheck"
        if not place.is_absolute():
            return None  # no home ("~" left as it is): never a folder in the work tree
    try:
        place.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = place.stat()
    except OSError:
        return None
    getuid = getattr(os, "getuid", None)
    if getuid is not None and (info.st_uid != getuid() or info.st_mode & 0o022):
        return None  # another user's folder, or one others may write to
    return place


def code_fingerprint(package: Path = _PACKAGE) -> str:
    """A hash of every source file of ``package`` (names and contents), and of Python's
    version and the libraries' files (by place, size and time)."""
    digest = hashlib.sha256(f"{VERSION}\0{sys.version}\0".encode())
    for top, dirs, names in os.walk(package):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(names):
            if name.endswith((".py", ".txt", ".json")):
                path = os.path.join(top, name)
                with open(path, "rb") as handle:
                    data = handle.read()
                digest.update(f"{os.path.relpath(path, package)}\0{len(data)}\0".encode())
                digest.update(data)
    from importlib.util import find_spec

    for library in LIBRARIES:
        try:
            spec = find_spec(library)
            origin = spec.origin if spec is not None else None
            info = os.stat(origin) if origin else None
        except (ImportError, ValueError, OSError):
            origin, info = None, None
        stamp = (origin, info.st_size, info.st_mtime_ns) if info is not None else None
        digest.update(f"{library}\0{stamp}\0".encode())
    return digest.hexdigest()


def command_key(options: Mapping[str, Any], files: Sequence[Path], out: TextIO) -> str:
    """The lookup key of one audit command: the code, the options, where and how it runs,
    and the claim files it names."""
    isatty = getattr(out, "isatty", None)
    material = {
        "code": code_fingerprint(),
        "options": {key: options[key] for key in sorted(options)},
        "cwd": os.getcwd(),
        "environment": {name: os.environ.get(name) for name in ENVIRONMENT},
        "terminal": bool(isatty and isatty()),
        "encoding": getattr(out, "encoding", None),
        "files": [str(path) for path in files],
    }
    text = json.dumps(material, sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()


def _state(path: str) -> list[Any]:
    """``path`` as the audit finds it: resolved, and the SHA-256 of its bytes.  ``None`` in
    place of the hash unless it is a regular file outside ``/proc``, ``/dev`` and ``/sys`` no
    longer than the audit reads: a pipe, a device, an unreadable file or one whose bytes
    depend on who reads them is neither waited on nor read to its end (``/proc/self/pagemap``
    has none), and a report made from one is not kept (see :func:`store`)."""
    from factcheck.claimtext import MAX_BYTES
    from factcheck.sources import _FORBIDDEN_TREES, MAX_SOURCE_BYTES, SourceRefused, read_capped

    resolved = os.path.realpath(path)
    if any(resolved == str(tree) or resolved.startswith(f"{tree}{os.sep}") for tree in (
        _FORBIDDEN_TREES
    )):  # fmt: skip
        return [path, resolved, None]
    try:
        if not stat.S_ISREG(os.stat(resolved).st_mode):
            return [path, resolved, None]  # not even opened: a device may act on an open
        data = read_capped(resolved, max(MAX_BYTES, MAX_SOURCE_BYTES))
    except (OSError, ValueError, SourceRefused):
        return [path, resolved, None]
    return [path, resolved, hashlib.sha256(data).hexdigest()]


def _roots(claim_paths: Iterable[str], extra: Sequence[str]) -> dict[str, list[str]]:
    from factcheck.sources import source_roots

    return {path: [str(root) for root in source_roots(path, extra)] for path in claim_paths}


def lookup(key: str, extra_roots: Sequence[str]) -> tuple[str, int] | None:
    """The report (text and exit code) kept under ``key``, if every file it was made from is
    still as it was; else ``None``."""
    place = folder()
    if place is None:
        return None
    try:
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
        with open(os.open(place / f"{key}.json", flags), encoding="utf-8") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                return None  # a FIFO is not waited on
            entry = json.load(handle)
        if (
            not isinstance(entry, dict)
            or entry.get("version") != VERSION
            or entry.get("key") != key
        ):
            return None
        for path, resolved, digest in entry["files"]:
            if _state(path) != [path, resolved, digest]:
                return None
        if _roots(entry["roots"], extra_roots) != entry["roots"]:
            return None
        report, code = entry["report"], entry["exit"]
    except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
        return None
    if not isinstance(report, str) or not isinstance(code, int):
        return None
    return report, code


class Recorder:
    """What one audit reads, taken from its results as they pass to the report, and the
    report as it is written (see :meth:`output`)."""

    def __init__(self, files: Sequence[Path]) -> None:
        self.started = time.time_ns()
        self.claims = [str(path) for path in files]
        self.resolved = {path: os.path.realpath(path) for path in self.claims}
        """Where each file's path led when the audit met it (a claim file before it is read,
        a source text as its result passes): a link switched since then leaves the report
        out."""
        self.sources: list[str] = []
        self.unread = False
        """Whether some source text could not be read: such a report is not kept (what it says
        may turn on more than the file's bytes: the roots it lies outside, its kind)."""
        self.written: list[str] = []

    def watch(self, results: Iterable[_T]) -> Generator[_T, None, None]:
        """``results``, noting the source text of each; closed, it closes ``results`` (which
        stops the ``--jobs`` workers)."""
        try:
            for result in results:
                source = getattr(result, "source_path", None)
                if source is not None:
                    self.sources.append(source)
                    self.resolved.setdefault(source, os.path.realpath(source))
                    self.unread |= getattr(result, "source_text", None) is None
                yield result
        finally:
            close = getattr(results, "close", None)
            if close is not None:
                close()

    def output(self, out: TextIO) -> TextIO:
        return _Tee(out, self.written)  # type: ignore[return-value]  # writes as one


class _Tee:
    """A text stream that keeps a copy of what is written to it."""

    def __init__(self, out: TextIO, copy: list[str]) -> None:
        self._out = out
        self._copy = copy

    def write(self, text: str) -> int:
        self._copy.append(text)
        return self._out.write(text)

    def flush(self) -> None:
        self._out.flush()

    def isatty(self) -> bool:
        isatty = getattr(self._out, "isatty", None)
        return bool(isatty and isatty())

    @property
    def encoding(self) -> str | None:
        return getattr(self._out, "encoding", None)


_SETTLED_NS = 2_000_000_000
"""A file modified less than this before the audit started may have changed during it on a
file system whose times are coarse (two seconds on FAT): such a report is not kept.  The
modification time can be set back (``rsync -a``, ``cp -p``, ``tar``), so a file or link whose
status changed (``st_ctime``, which only the kernel sets) after the start keeps it out too."""
_TICK_NS = 20_000_000
"""The kernel stamps a status change with a clock that lags by up to a tick (4 ms at 250 Hz,
10 ms at 100 Hz): a status changed less than this before the start may have changed after."""


def store(key: str, record: Recorder, code: int, extra_roots: Sequence[str]) -> None:
    """Keep the report ``record`` saw written under ``key``, unless a file it was made from
    may have changed while it was made."""
    place = folder()
    if place is None or record.unread:
        return
    files = [_state(path) for path in dict.fromkeys([*record.claims, *record.sources])]
    try:
        for path, resolved, digest in files:
            if digest is None or record.resolved.get(path) != resolved:
                return  # not a plain file, or a link on its way now leads elsewhere
            info, link = os.stat(resolved), os.lstat(path)
            if (
                info.st_mtime_ns >= record.started - _SETTLED_NS
                or info.st_ctime_ns >= record.started - _TICK_NS
                or link.st_ctime_ns >= record.started - _TICK_NS
            ):
                return  # changed during the audit, whatever date it was given
        entry = {
            "version": VERSION,
            "key": key,
            "files": files,
            "roots": _roots(record.claims, extra_roots),
            "report": "".join(record.written),
            "exit": code,
        }
        import tempfile  # here: a warm run does without it

        # A name of its own (runs in two containers may share a process id), readable by the
        # user alone (a report quotes the article), gone if it cannot take the entry's place.
        descriptor, temporary = tempfile.mkstemp(prefix=f".{key}.", suffix=".part", dir=place)
        try:
            with open(descriptor, "w", encoding="utf-8") as handle:
                json.dump(entry, handle)
            os.replace(temporary, place / f"{key}.json")
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
        _prune(place)
    except OSError:
        return


def _prune(place: Path) -> None:
    entries = sorted(place.glob("*.json"), key=lambda p: p.stat().st_mtime_ns)
    for old in entries[:-ENTRIES]:
        old.unlink(missing_ok=True)
