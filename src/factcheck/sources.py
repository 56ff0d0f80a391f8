"""Which files a claim file may make factcheck read, and reading them within a size.

A claim file names its article by ``source.path``, and claim files are untrusted input (they
come with pull requests).  So the path is resolved (symbolic links included) and allowed only
when it leads to a *regular file* under a *source root*:

- the repository root, found from the claim file upward (the nearest folder holding ``.git``
  or ``pyproject.toml``; the claim file's own folder when there is none);
- any folder named by ``--source-root DIR`` (the command line) or ``--factcheck-source-root``
  (pytest);
- ``[tool.factcheck] source_root`` in the nearest ``pyproject.toml`` from the working
  directory upward, relative to that file's folder.

Never allowed, whatever the roots: ``/proc``, ``/dev`` and ``/sys``, anything inside a
``.git`` folder, folders, FIFOs, sockets and devices.  Every file is read through a cap on
the bytes actually read (not on what ``stat`` says, which is 0 for ``/dev/zero``), and is
opened without blocking (a FIFO is refused rather than waited on).

This module imports nothing of factcheck but its errors, so that the claim-file text layer
(:mod:`factcheck.claimtext`, which the pytest plugin collects from) can use it.
"""

from __future__ import annotations

__all__ = [
    "MAX_SOURCE_BYTES",
    "SourceRefused",
    "configured_root",
    "project_root",
    "read_capped",
    "resolve_source",
    "source_roots",
]

import functools
import os
import stat
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Final

from factcheck.errors import FactcheckError

MAX_SOURCE_BYTES: Final = 1024 * 1024
"""The largest article text read, in bytes (a long report is a few hundred kilobytes; a
novel is about one megabyte)."""

_FORBIDDEN_TREES: Final = (Path("/proc"), Path("/dev"), Path("/sys"))
_MARKERS: Final = (".git", "pyproject.toml")


class SourceRefused(FactcheckError, ValueError):
    """A file factcheck will not read: ``reason`` says why, ``hint`` what to do."""

    def __init__(
        self, path: str, reason: str, hint: str = "", *, kind: str = "", detail: str = ""
    ) -> None:
        super().__init__(path, reason, hint)
        self.path = path
        self.reason = reason
        self.hint = hint
        self.kind = kind
        """What stopped the read: "open", "special", "size" or "read" ("" for a path
        refused by :func:`resolve_source`)."""
        self.detail = detail
        """The operating system's reason, the kind of special file, or the size in bytes
        ("more than N" when only the bytes read tell it)."""

    def __str__(self) -> str:
        return f"{self.reason}; {self.hint}" if self.hint else self.reason


def project_root(start: str | Path) -> Path:
    """The nearest folder from ``start`` (a file or a folder) upward that holds ``.git`` or
    ``pyproject.toml``; ``start``'s own folder when none does."""
    here = Path(os.path.realpath(start))
    if not here.is_dir():
        here = here.parent
    return _root_of(here)


@functools.lru_cache(maxsize=256)
def _root_of(here: Path) -> Path:
    """:func:`project_root` of a resolved folder (looked up once per folder: an archive's
    claim files share a few)."""
    for folder in (here, *here.parents):
        if any(os.path.lexists(folder / marker) for marker in _MARKERS):
            return folder
    return here


def configured_root(cwd: str | Path | None = None) -> Path | None:
    """``[tool.factcheck] source_root`` of the nearest ``pyproject.toml`` from ``cwd`` (the
    working directory) upward, resolved against that file's folder; ``None`` when the nearest
    one does not set it (or cannot be read)."""
    import tomllib

    here = Path(os.path.realpath(cwd if cwd is not None else os.getcwd()))
    for folder in (here, *here.parents):
        candidate = folder / "pyproject.toml"
        if not candidate.is_file():
            continue
        try:
            data = tomllib.loads(read_capped(candidate, 1024 * 1024).decode("utf-8"))
        except (OSError, ValueError, SourceRefused):
            return None
        tool = data.get("tool")
        section = tool.get("factcheck") if isinstance(tool, dict) else None
        value = section.get("source_root") if isinstance(section, dict) else None
        if not isinstance(value, str) or not value:
            return None
        return Path(os.path.realpath(folder / value))
    return None


def source_roots(
    claim_path: str | Path, extra: Iterable[str | Path] = (), *, cwd: str | Path | None = None
) -> tuple[Path, ...]:
    """The folders a claim file's ``source.path`` may lead into: its repository root, the
    configured root, and ``extra`` (``--source-root``)."""
    roots = [project_root(claim_path)]
    configured = configured_root(cwd)
    if configured is not None:
        roots.append(configured)
    roots.extend(Path(os.path.realpath(folder)) for folder in extra)
    return tuple(dict.fromkeys(roots))


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def resolve_source(path: str | Path, roots: Sequence[Path]) -> Path | None:
    """``path`` with its links resolved, when it is allowed: under one of ``roots``, outside
    ``/proc``, ``/dev``, ``/sys`` and every ``.git`` folder.  ``None`` when it is allowed but
    there is no file there; :class:`SourceRefused` when it is not allowed (said before looking
    whether it exists, so that a claim file cannot probe for files outside the roots)."""
    resolved = Path(os.path.realpath(path))
    shown = str(path)
    for tree in _FORBIDDEN_TREES:
        if _inside(resolved, tree):
            raise SourceRefused(
                shown,
                f"the source text {shown} leads into {tree}",
                "point source.path at the article's text file",
            )
    if ".git" in resolved.parts:
        raise SourceRefused(
            shown,
            f"the source text {shown} lies inside a .git folder",
            "point source.path at the article's text file",
        )
    if not any(_inside(resolved, root) for root in roots):
        allowed = ", ".join(str(root) for root in roots)
        raise SourceRefused(
            shown,
            f"the source text {shown} lies outside the source root ({allowed})",
            "keep the article inside the repository, or widen the root with --source-root "
            "or [tool.factcheck] source_root in pyproject.toml",
        )
    if not os.path.lexists(resolved):
        return None
    return resolved


def read_capped(path: str | Path, limit: int = MAX_SOURCE_BYTES, *, what: str = "file") -> bytes:
    """The bytes of the regular file at ``path``, at most ``limit`` of them.

    The file is opened without blocking and without following a final link, checked to be a
    regular file on the open descriptor, and read until ``limit + 1`` bytes: the cap holds
    whatever ``stat`` claims (a sparse file, ``/dev/zero``, a file that grows)."""
    shown = str(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        descriptor = os.open(path, flags)
    except OSError as error:
        raise SourceRefused(
            shown, f"cannot open the {what} {shown} ({error.strerror})", "check the path",
            kind="open", detail=str(error.strerror),
        ) from None  # fmt: skip
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            kind = _kind(info.st_mode)
            raise SourceRefused(
                shown, f"the {what} {shown} is {kind}, not a regular file", "name a text file",
                kind="special", detail=kind,
            )  # fmt: skip

        def too_big(size: str) -> SourceRefused:
            return SourceRefused(
                shown, f"the {what} {shown} is larger than {limit} bytes",
                "split it, or audit a shorter text", kind="size", detail=size,
            )  # fmt: skip

        if info.st_size > limit:
            raise too_big(str(info.st_size))
        chunks: list[bytes] = []
        total = 0
        while total <= limit:
            chunk = os.read(descriptor, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:
            raise too_big(f"more than {limit}")
        return b"".join(chunks)
    except OSError as error:
        raise SourceRefused(
            shown, f"cannot read the {what} {shown} ({error.strerror})", "check the path",
            kind="read", detail=str(error.strerror),
        ) from None  # fmt: skip
    finally:
        os.close(descriptor)


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"
