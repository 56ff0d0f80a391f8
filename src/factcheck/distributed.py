"""Auditing claim files on a dask.distributed cluster (``pip install 'dask[distributed]'``).

:func:`audit_distributed` maps claim files onto the workers of a ``dask.distributed``
``Client`` and gathers the results into one :class:`~factcheck.results.AuditResult`, in the
order of the input, the same as :func:`factcheck.results.audit_paths` gives serially::

    from dask.distributed import Client, LocalCluster
    from factcheck.distributed import audit_distributed

    with LocalCluster(n_workers=2, processes=True) as cluster, Client(cluster) as client:
        result = audit_distributed(["claims/"], client)

Every worker must have factcheck installed (the same version), and see the claim files (and
the source texts) at the same paths as the client: a shared file system, or one machine.  This
module does not import dask itself: it only calls the client it is given.

:func:`iter_distributed` yields the results one file at a time instead, in the same order,
with a bounded number of batches in flight, for a report streamed as the command line does
(``factcheck.reports.get_stream_reporter``).
"""

from __future__ import annotations

__all__ = ["audit_distributed", "iter_distributed"]

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Protocol

from factcheck.results import AuditResult, FileResult, audit_file, claim_files


class _Client(Protocol):
    """What is used of ``dask.distributed.Client``."""

    def map(self, func: Any, *iterables: Iterable[Any], **kwargs: Any) -> list[Any]: ...

    def gather(self, futures: Any) -> Any: ...


def _audit_batch(paths: Sequence[str], source: str | None) -> list[FileResult]:
    """Audit a batch of files on a worker (module level, so workers can unpickle it)."""
    return [audit_file(path, source=source) for path in paths]


def audit_distributed(
    paths: Sequence[str | Path],
    client: _Client,
    *,
    source: str | Path | None = None,
    batch_size: int = 1,
) -> AuditResult:
    """Audit every claim file under ``paths`` on the workers of ``client``.

    Files are found as :func:`~factcheck.results.audit_paths` finds them (folders searched
    recursively, in a stable order), sent to the workers ``batch_size`` at a time, and the
    results gathered in input order into one :class:`~factcheck.results.AuditResult`.
    """
    return AuditResult(
        files=tuple(iter_distributed(paths, client, source=source, batch_size=batch_size))
    )


def iter_distributed(
    paths: Sequence[str | Path],
    client: _Client,
    *,
    source: str | Path | None = None,
    batch_size: int = 1,
    window: int = 64,
) -> Iterator[FileResult]:
    """Audit every claim file under ``paths`` on the workers of ``client``, yielding each
    file's result in input order, as :func:`~factcheck.results.iter_audit_paths` does.

    Batches are sent ``window`` at a time, the next window while the results of the last one
    are consumed, so at most two windows of results are held at once.
    """
    if batch_size < 1:
        raise ValueError(f"batch_size={batch_size!r} must be at least 1")
    if window < 1:
        raise ValueError(f"window={window!r} must be at least 1")
    files = [str(path) for path in claim_files(paths)]
    batches = [files[i : i + batch_size] for i in range(0, len(files), batch_size)]
    return _pipeline(client, batches, str(source) if source is not None else None, window)


def _pipeline(
    client: _Client, batches: list[list[str]], origin: str | None, window: int
) -> Iterator[FileResult]:
    in_flight: list[Any] | None = None
    for start in range(0, len(batches), window):
        submitted = client.map(_audit_batch, batches[start : start + window], source=origin,
                               pure=False)  # fmt: skip
        if in_flight is not None:
            yield from _drain(client, in_flight)
        in_flight = submitted
    if in_flight is not None:
        yield from _drain(client, in_flight)


def _drain(client: _Client, futures: list[Any]) -> Iterator[FileResult]:
    gathered: list[list[FileResult]] = client.gather(futures)
    futures.clear()
    for batch in gathered:
        yield from batch
