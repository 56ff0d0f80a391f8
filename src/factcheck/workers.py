"""Auditing claim files in worker processes (``--jobs``): started once, told the options
once, given chunks of files, and their results handed back in the order of the input.

:mod:`factcheck.results` audits one file and says how; this module only spreads the files over
processes (it never imports the results module: the function that audits one file is passed
in, and the workers are told it by name).
"""

from __future__ import annotations

__all__ = ["audit_in_workers", "worker_count"]

import contextlib
import copyreg
from collections import deque
from collections.abc import Callable, Generator, Iterator, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

import attrs

from factcheck.engine import audit
from factcheck.later import Later
from factcheck.model import Article

_CHUNK_FILES = 16
"""The most files one task of the ``--jobs`` workers holds: a worker gets the paths of a chunk
of files and sends back their results together, so the cost of a task (the round trip, the
pickling of its results) is paid once per chunk, not once per file."""

_CHUNKS_AHEAD_PER_JOB = 4
"""How many chunks each worker may have audited or queued ahead of the consumer.

The engine's cost per file is heavy-tailed (a few files take seconds, most milliseconds):
while the consumer waits in order for a chunk held up by a slow file, the other worker goes on
through the window, so it must be wide enough to keep it busy; it is a constant, so the results
held ahead (at most ``jobs * _CHUNKS_AHEAD_PER_JOB * _CHUNK_FILES`` files) do not grow with the
archive."""


def _chunk_size(files: int, workers: int) -> int:
    """Files per task: up to :data:`_CHUNK_FILES`, fewer for a small audit, so that every
    worker gets several chunks to balance the files' uneven costs."""
    return max(1, min(_CHUNK_FILES, files // (workers * 8)))


def audit_in_workers(
    files: list[Path],
    audit_one: Callable[..., Any],
    source: str | Path | None,
    policy: Mapping[str, str] | None,
    jobs: int,
    progress: Callable[[], None] | None,
    roots: tuple[str | Path, ...] = (),
    source_mode: str = "if_present",
    details: str = "all",
) -> Generator[Any, None, None]:
    """The results of ``files``, each ``audit_one(path, source=..., policy=...,
    source_roots=..., source_mode=...)`` (a module-level function: the workers are told it
    by name), audited in chunks by worker processes that are started once (forked from this
    process once the engine is imported, where that is safe) and told the options once; each
    task is a tuple of paths, and the consumer gets the results in order."""
    from concurrent.futures import Future, ProcessPoolExecutor

    workers = worker_count(jobs, len(files))
    size = _chunk_size(len(files), workers)
    names = [str(path) for path in files]
    chunks = iter([tuple(names[i : i + size]) for i in range(0, len(names), size)])
    options = _Options(
        audit_one=audit_one,
        source=None if source is None else str(source),
        policy=dict(policy) if policy else None,
        roots=tuple(str(root) for root in roots),
        source_mode=source_mode,
        details=details,
    )
    context = _start_context()
    forking = context is not None and context.get_start_method() == "fork"
    pool = ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_worker_started, initargs=(options,)
    )
    window: deque[Future[list[Any]]] = deque()
    finished = False
    try:
        with _frozen_for_fork(forking):
            for chunk in chunks:  # the workers are forked at the first submit
                window.append(pool.submit(_audit_chunk, chunk))
                break
        while len(window) < workers * _CHUNKS_AHEAD_PER_JOB:
            chunk = next(chunks, ())
            if not chunk:
                break
            window.append(pool.submit(_audit_chunk, chunk))
        while window:
            future = window.popleft()
            batch = future.result()
            del future  # it holds the batch: only the list below may, so each result goes
            batch.reverse()
            for chunk in chunks:
                window.append(pool.submit(_audit_chunk, chunk))
                break
            while batch:
                result = batch.pop()
                if progress is not None:
                    progress()
                yield result
                del result
        finished = True
    finally:
        for pending in window:
            pending.cancel()
        window.clear()
        if not finished:
            # Stopped part-way (a signal, an error, a reader gone): the workers are ended
            # now, not left to finish the files they hold (or orphaned).
            _terminate_workers(pool)
        pool.shutdown(wait=True, cancel_futures=True)


@attrs.frozen(kw_only=True)
class _Options:
    """What every file of a parallel audit is audited with, sent to each worker once."""

    audit_one: Callable[..., Any]
    """The function that audits one file (pickled by name)."""
    source: str | None
    policy: dict[str, str] | None
    roots: tuple[str, ...]
    source_mode: str
    details: str = "all"
    """"all": every verdict's details are worked out in the worker (a report that shows them
    all); "findings": only those of checks that do not pass, the rest worked out again in the
    consumer's process only if asked for (the default text report asks for none)."""


_WORKER_OPTIONS: _Options | None = None
"""In a worker process, the options its files are audited with (set by _worker_started)."""


def _audit_chunk(paths: tuple[str, ...]) -> list[Any]:
    """In a worker: the results of a chunk of files, in order."""
    options = _WORKER_OPTIONS
    assert options is not None, "_worker_started sets the options first"
    results = [_audit_with(path, options) for path in paths]
    if options.details == "findings":
        for result in results:
            for verdict in result.report.verdicts if result.report is not None else ():
                later = verdict._implied
                if isinstance(later, Later) and verdict.grade == "consistent" and verdict.ok:
                    later.ship_as(_Reaudit(result.path, options, verdict.check.id))
    return results


def _audit_with(path: str, options: _Options) -> Any:
    return options.audit_one(
        path,
        source=options.source,
        policy=options.policy,
        source_roots=options.roots,
        source_mode=options.source_mode,
    )


@attrs.frozen
class _Reaudit:
    """A passing check's details, left behind by a worker: worked out again, on access, by
    auditing its file here (once for all the file's checks that ask)."""

    path: str
    options: _Options
    check_id: str

    def __call__(self) -> dict[str, Any]:
        global _REAUDITED
        if _REAUDITED is None or _REAUDITED[0] != (self.path, self.options):
            _REAUDITED = ((self.path, self.options), _audit_with(self.path, self.options))
        report = _REAUDITED[1].report
        assert report is not None, "the worker audited this file"
        verdict = next(v for v in report.verdicts if v.check.id == self.check_id)
        return {
            "implied": verdict.implied,
            "off_by": verdict.off_by,
            "off_by_relative": verdict.off_by_relative,
        }


_REAUDITED: tuple[tuple[str, _Options], Any] | None = None


def _start_context() -> Any:
    """How the workers start: forked on Linux when this process runs no other thread (the
    engine, pint and the reader's tables are imported here once, before the fork, and the
    workers share them); with another thread running (a fork could copy a lock it holds), from
    a fork server; elsewhere, the platform's default.  Started from a server or spawned, each
    worker imports factcheck once, at its first chunk."""
    import multiprocessing
    import sys
    import threading

    methods = multiprocessing.get_all_start_methods()
    if not sys.platform.startswith("linux") or "fork" not in methods:
        return None
    if threading.active_count() != 1:
        return multiprocessing.get_context("forkserver") if "forkserver" in methods else None
    _warm_up()
    return multiprocessing.get_context("fork")


def _warm_up() -> None:
    """Import what every audit uses (the engine, the unit registry, the reader's tables) by
    auditing one small article, so that forked workers start with it."""
    from factcheck.model import Check, Figure, Source

    audit(
        Article(
            source=Source(title="warm-up"),
            figures=[Figure(name="a", quote="rose 5 percent to 2 million yuan")],
            checks=[Check(id="c", condition="a == a")],
        )
    )


@contextlib.contextmanager
def _frozen_for_fork(forking: bool) -> Iterator[None]:
    """While the workers are forked: this process's objects moved out of the garbage
    collector's sight (``gc.freeze``), so that the workers' collections do not walk, and by
    touching copy, the objects they inherit.  This process sees them again afterwards."""
    import gc

    if not forking:
        yield
        return
    gc.collect()
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def worker_count(jobs: int, files: int) -> int:
    """The processes ``--jobs`` gets: at most one per file and one per CPU this process may
    run on."""
    import os

    try:
        cpus = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cpus = os.cpu_count() or 1
    return max(1, min(jobs, files, cpus))


def _worker_started(options: _Options) -> None:
    """In each worker: the options of the audit kept; Ctrl-C is the parent's to handle (it
    ends the workers), SIGTERM ends the worker, and on Linux the worker is sent SIGTERM should
    the parent die without ending it."""
    import signal
    import sys

    global _WORKER_OPTIONS
    _WORKER_OPTIONS = options

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the command line's handler, forked
    if sys.platform.startswith("linux"):
        import ctypes

        with contextlib.suppress(OSError, AttributeError):
            pr_set_pdeathsig = 1
            ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGTERM)


def _terminate_workers(pool: Any) -> None:
    """End a process pool's workers at once (``concurrent.futures`` has no public way before
    Python 3.14's ``terminate_workers``)."""
    terminate = getattr(pool, "terminate_workers", None)
    if terminate is not None:
        terminate()
        return
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        with contextlib.suppress(OSError, AttributeError):
            process.terminate()


def _mapping_proxy(mapping: dict[Any, Any]) -> MappingProxyType[Any, Any]:
    return MappingProxyType(mapping)


def _reduce_mapping_proxy(proxy: MappingProxyType[Any, Any]) -> tuple[Any, tuple[dict[Any, Any]]]:
    return _mapping_proxy, (dict(proxy),)


# Results cross process boundaries with --jobs; read-only mappings (a reading policy's hedge
# table) pickle as the mapping they wrap.
copyreg.pickle(MappingProxyType, _reduce_mapping_proxy)
