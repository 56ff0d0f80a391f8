"""Auditing claim files from disk: ``iter_audit_paths`` gives each file's result and keeps
none, ``audit_paths`` keeps them all, and both agree with each other and with ``--jobs``."""

from __future__ import annotations

import gc
import random
import weakref
from pathlib import Path

import pytest

from factcheck.results import AuditTotals, audit_paths, iter_audit_paths
from factcheck.strategies import random_article, to_claims_yaml


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("results")
    rnd = random.Random(5)
    for index in range(6):
        gen = random_article(rnd, min_checks=1, max_checks=4, max_component=3)
        (root / f"f{index}.claims.yaml").write_text(to_claims_yaml(gen), "utf-8")
    (root / "g_broken.claims.yaml").write_text("source: {title: t}\nchecks: [\n", "utf-8")
    return root


@pytest.mark.parametrize("jobs", [1, 2])
def test_iterator_holds_no_earlier_result(folder: Path, jobs: int) -> None:
    """Once the consumer has taken the next file's result, nothing of the audit holds the
    previous one (nor its report): a large archive is audited in memory that does not grow
    with it."""
    results = iter_audit_paths([folder], jobs=jobs)
    first = next(results)
    assert first.report is not None
    gone = [weakref.ref(first), weakref.ref(first.report)]
    del first
    second = next(results)
    gc.collect()
    assert [ref() for ref in gone] == [None, None]
    assert second.report is not None
    results.close()


@pytest.mark.parametrize("jobs", [1, 2])
def test_iterator_gives_what_audit_paths_keeps(folder: Path, jobs: int) -> None:
    """The iterator's results, in order, are audit_paths' (serially or with --jobs), and the
    totals summarize them as the whole result does."""
    calls: list[None] = []
    streamed = list(iter_audit_paths([folder], jobs=jobs, progress=lambda: calls.append(None)))
    whole = audit_paths([folder])
    assert [f.path for f in streamed] == [f.path for f in whole.files]
    assert [f.report.counts() if f.report else None for f in streamed] == [
        f.report.counts() if f.report else None for f in whole.files
    ]
    assert len(calls) == len(whole.files)
    totals = AuditTotals()
    for result in streamed:
        totals.add(result)
    assert totals == whole.totals()
    assert (totals.ok, totals.has_input_errors, totals.counts) == (
        whole.ok,
        whole.has_input_errors,
        whole.counts(),
    )
    assert totals.has_input_errors  # the broken file


def test_closing_the_parallel_iterator_early_stops_its_workers(folder: Path) -> None:
    """A consumer that stops early (``| head``) closes the iterator; the pool shuts down."""
    results = iter_audit_paths([folder], jobs=2)
    next(results)
    results.close()
    with pytest.raises(StopIteration):
        next(results)


@pytest.mark.parametrize(("chunk", "ahead"), [(1, 1), (2, 1), (3, 2), (5, 1), (7, 4)])
def test_parallel_chunks_give_every_file_once_in_order(
    folder: Path, chunk: int, ahead: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Workers sent chunks of files (of any size, with any number of chunks in flight) give
    the serial results, every file once, in order: a chunk taken from the queue while the
    window was full was once dropped, and its files were missing from the report."""
    import factcheck.workers as workers

    monkeypatch.setattr(workers, "_chunk_size", lambda files, count: chunk)
    monkeypatch.setattr(workers, "_CHUNKS_AHEAD_PER_JOB", ahead)
    serial = list(iter_audit_paths([folder]))
    parallel = list(iter_audit_paths([folder], jobs=2))
    assert [f.path for f in parallel] == [f.path for f in serial]
    assert [f.report.verdicts if f.report else None for f in parallel] == [
        f.report.verdicts if f.report else None for f in serial
    ]
    assert [[repr(e) for e in f.errors] for f in parallel] == [
        [repr(e) for e in f.errors] for f in serial
    ]


def test_parallel_audit_beside_another_thread_gives_the_serial_results(folder: Path) -> None:
    """With another thread running, the workers are not forked from this process (a fork
    could copy a lock the thread holds) but started from a fork server: same results."""
    import threading

    stop = threading.Event()
    thread = threading.Thread(target=stop.wait, daemon=True)
    thread.start()
    try:
        parallel = list(iter_audit_paths([folder], jobs=2))
    finally:
        stop.set()
        thread.join()
    serial = list(iter_audit_paths([folder]))
    assert [f.path for f in parallel] == [f.path for f in serial]
    assert [f.report.verdicts if f.report else None for f in parallel] == [
        f.report.verdicts if f.report else None for f in serial
    ]


def test_parallel_findings_only_details_are_worked_out_again_when_asked(folder: Path) -> None:
    """With ``details="findings"`` (the default text report), workers ship a passing check's
    details unworked; asked for here, they are worked out by auditing the file again, and are
    those of the serial audit."""
    from factcheck.later import Later

    parallel = list(iter_audit_paths([folder], jobs=2, details="findings"))
    serial = list(iter_audit_paths([folder]))
    shipped = [
        v
        for f in parallel
        if f.report is not None
        for v in f.report.verdicts
        if isinstance(v._implied, Later) and v._implied._values is None
    ]
    assert shipped  # some passing checks came back with their details left behind
    assert [f.report.verdicts if f.report else None for f in parallel] == [
        f.report.verdicts if f.report else None for f in serial
    ]
    assert all(v._implied._values is not None for v in shipped)  # type: ignore[union-attr]
