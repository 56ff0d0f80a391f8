"""Parallel audits give the serial results: ``factcheck audit --jobs 2``, ``pytest -n 2`` over
claim files, and :func:`factcheck.distributed.audit_distributed` on a dask LocalCluster.

The claim files are generated (``factcheck.strategies.random_article`` serialized with
``to_claims_yaml``), some with an injected error so that every grade and a few errors occur.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import random
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.reports import get_reporter
from factcheck.results import AuditResult, audit_paths
from factcheck.strategies import ERROR_KINDS, random_article, random_injection, to_claims_yaml

FILES = 20


def write_claim_files(folder: Path, count: int = FILES, seed: int = 2025) -> list[Path]:
    """``count`` generated claim files in ``folder``: consistent articles, and articles with
    one injected error; plus one file that cannot be read."""
    rnd = random.Random(seed)
    paths = []
    for index in range(count - 1):
        gen = random_article(rnd, min_checks=2, max_checks=6, max_component=3)
        if index % 2:
            injection = random_injection(gen, ERROR_KINDS[index % len(ERROR_KINDS)], rnd, k=3)
            gen = injection.article if injection is not None else gen
        path = folder / f"article_{index:03d}.claims.yaml"
        path.write_text(to_claims_yaml(gen), encoding="utf-8")
        paths.append(path)
    broken = folder / f"article_{count - 1:03d}.claims.yaml"
    broken.write_text("source: {title: t}\nfigures: [unclosed\n", encoding="utf-8")
    paths.append(broken)
    return paths


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    write_claim_files(folder)
    return folder


def json_report(result: AuditResult) -> object:
    out = io.StringIO()
    get_reporter("json")(result, out)
    return json.loads(out.getvalue())


def cli_json(*argv: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err):
        code = main(["audit", *argv, "--format", "json"], out=out)
    return code, out.getvalue()


def test_corpus_has_every_kind_of_outcome(corpus: Path) -> None:
    counts = audit_paths([corpus]).counts()
    assert counts["consistent"] > 0
    assert counts["inconsistent"] > 0
    assert json_report(audit_paths([corpus]))


def test_cli_jobs_2_matches_serial(corpus: Path) -> None:
    """The JSON report of ``--jobs 2`` is byte-for-byte the serial one (and so the exit code)."""
    serial_code, serial = cli_json(str(corpus))
    parallel_code, parallel = cli_json(str(corpus), "--jobs", "2")
    assert serial_code == parallel_code == 2  # the unreadable file
    assert parallel == serial
    assert len(json.loads(serial)["files"]) == FILES


def _outcomes(junit: Path) -> dict[str, str]:
    outcomes = {}
    for case in ET.parse(junit).iter("testcase"):
        name = f"{case.get('classname')}::{case.get('name')}"
        outcome = "passed"
        for child in case:
            if child.tag in ("failure", "error", "skipped"):
                outcome = child.tag
        outcomes[name] = outcome
    return outcomes


def _pytest(folder: Path, junit: Path, *extra: str) -> dict[str, str]:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-p",
            "no:randomly",
            f"--junitxml={junit}",
            *extra,
            str(folder),
        ],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    return _outcomes(junit)


@pytest.mark.skipif(importlib.util.find_spec("xdist") is None, reason="pytest-xdist missing")
def test_pytest_n_2_matches_serial(corpus: Path, tmp_path: Path) -> None:
    """Every claim item has the same outcome under ``pytest -n 2`` as serially."""
    serial = _pytest(corpus, tmp_path / "serial.xml")
    parallel = _pytest(corpus, tmp_path / "parallel.xml", "-n", "2")
    assert len(serial) > FILES  # a file item per file, plus one item per check
    assert parallel == serial
    assert "failure" in serial.values()
    assert "passed" in serial.values()


# -- dask -------------------------------------------------------------------------------------

HAVE_DASK = importlib.util.find_spec("dask") is not None and (
    importlib.util.find_spec("distributed") is not None
)


@pytest.fixture(scope="module")
def dask_client():  # type: ignore[no-untyped-def]
    if not HAVE_DASK:
        pytest.skip("dask[distributed] is not installed: pip install 'dask[distributed]'")
    import warnings

    from dask.distributed import Client, LocalCluster

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        cluster = LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        )
        client = Client(cluster)
    try:
        yield client
    finally:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            client.close()
            cluster.close()


def test_distributed_matches_serial(corpus: Path, dask_client: object) -> None:
    from factcheck.distributed import audit_distributed

    serial = audit_paths([corpus])
    distributed = audit_distributed([corpus], dask_client)  # type: ignore[arg-type]
    assert [f.path for f in distributed.files] == [f.path for f in serial.files]
    assert json_report(distributed) == json_report(serial)
    batched = audit_distributed([corpus], dask_client, batch_size=3)  # type: ignore[arg-type]
    assert json_report(batched) == json_report(serial)


def test_distributed_keeps_input_order(corpus: Path, dask_client: object) -> None:
    from factcheck.distributed import audit_distributed

    files = sorted(corpus.glob("*.claims.yaml"), reverse=True)[:7]
    result = audit_distributed(files, dask_client)  # type: ignore[arg-type]
    assert [f.path for f in result.files] == [str(f) for f in files]
    assert audit_distributed([], dask_client).files == ()  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="batch_size"):
        audit_distributed(files, dask_client, batch_size=0)  # type: ignore[arg-type]


def test_iter_distributed_streams_in_input_order(corpus: Path, dask_client: object) -> None:
    """Results come one file at a time, in input order, across windows of batches."""
    from factcheck.distributed import iter_distributed

    serial = audit_paths([corpus])
    streamed = iter_distributed([corpus], dask_client, batch_size=2, window=3)  # type: ignore[arg-type]
    assert json_report(AuditResult(files=tuple(streamed))) == json_report(serial)
    with pytest.raises(ValueError, match="window"):
        iter_distributed([corpus], dask_client, window=0)  # type: ignore[arg-type]
