"""Auditing claim files on a dask.distributed cluster (``pip install 'factcheck[dask]'``).

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
"""

from __future__ import annotations

__all__ = ["audit_distributed"]

from collections.abc import Iterable, Sequence
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
    if batch_size < 1:
        raise ValueError(f"batch_size={batch_size!r} must be at least 1")
    files = [str(path) for path in claim_files(paths)]
    batches = [files[i : i + batch_size] for i in range(0, len(files), batch_size)]
    if not batches:
        return AuditResult(files=())
    futures = client.map(
        _audit_batch,
        batches,
        source=str(source) if source is not None else None,
        pure=False,
    )
    gathered: list[list[FileResult]] = client.gather(futures)
    return AuditResult(files=tuple(result for batch in gathered for result in batch))
