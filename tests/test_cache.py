"""The cache of finished reports (``factcheck/cache.py``, issue #17): a warm run writes what a
fresh audit writes, byte for byte, with the same exit code; any change of an input, an
option, the environment the reports read, or the code makes it audit afresh; and a folder or
an entry that cannot be trusted is not used.

Each comparison is against ``--no-cache``, the audit run afresh in the same state: the oracle
is the uncached command, not a stored expectation.  Each test also checks that the cache was
used at all (an entry written, or a hit seen), or the comparisons could not fail.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck import cache
from factcheck.cli import main

CLAIMS = Path(__file__).resolve().parent.parent / "claims"
SRC = Path(__file__).resolve().parent.parent / "src"

CLAIM_TEXT = """\
source:
  title: A count of ballots
  path: article.txt
figures:
  a:
    quote: "{a} votes"
  b:
    quote: "{b} votes"
  total:
    quote: "{total} ballots"
checks:
  - id: adds_up
    quote: "{total} ballots"
    condition: a + b == total
"""


def _age(*paths: Path) -> None:
    """Date files a minute back: a file written less than two seconds before an audit may
    have changed during it, and its report is not kept.  The time of a file's last change of
    status cannot be set back (this sets it to now): wait until it lies further back than the
    kernel's clock can blur."""
    past = time.time() - 60
    for path in paths:
        os.utime(path, (past, past))
    time.sleep(2 * cache._TICK_NS / 1e9)


def _project(folder: Path, a: int = 120, b: int = 80, total: int = 200) -> Path:
    (folder / ".git").mkdir(exist_ok=True)  # the project's root, for source.path
    claims = folder / "ballots.claims.yaml"
    claims.write_text(CLAIM_TEXT.format(a=a, b=b, total=total), encoding="utf-8")
    article = folder / "article.txt"
    article.write_text(f"There were {a} votes and {b} votes, {total} ballots.\n", "utf-8")
    _age(claims, article)
    return claims


def _audit(*argv: str) -> tuple[str, int]:
    out = io.StringIO()
    code = main(["audit", *argv], out=out)
    return out.getvalue(), code


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(folder))
    monkeypatch.delenv("FACTCHECK_NO_CACHE", raising=False)
    monkeypatch.delenv("CI", raising=False)
    for name in cache.ENVIRONMENT:
        monkeypatch.delenv(name, raising=False)
    return folder


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "project"
    folder.mkdir()
    monkeypatch.chdir(folder)
    _project(folder)
    return folder


def _entries(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


def _same_as_fresh(*argv: str) -> tuple[str, int]:
    fresh = _audit(*argv, "--no-cache")
    kept = _audit(*argv)
    assert kept == fresh
    return kept


def test_a_warm_run_writes_what_a_fresh_one_writes(cache_dir: Path, project: Path) -> None:
    first = _audit(".")
    assert first[1] == 0
    assert "adds_up" in first[0]
    assert len(_entries(cache_dir)) == 1
    assert _same_as_fresh(".") == first


def test_the_repositorys_claims_come_back_unchanged(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(CLAIMS.parent)
    fresh = _audit("claims/", "--no-cache")
    stored = _audit("claims/")
    assert stored == fresh
    if not _entries(cache_dir):
        pytest.skip("a claim file or article was written within two seconds of the audit")
    assert _audit("claims/") == fresh


def test_a_warm_run_does_not_start_the_engine(cache_dir: Path, project: Path) -> None:
    """Run as a whole process, the second audit takes its report from the cache: the engine
    is never imported, and the report and exit code are the first run's."""
    script = (
        "import io, json, sys; from factcheck.cli import main; out = io.StringIO();"
        " code = main(['audit', '.'], out=out);"
        " print(json.dumps([out.getvalue(), code, 'factcheck.engine' in sys.modules]))"
    )
    env = {**os.environ, "PYTHONPATH": str(SRC), "FACTCHECK_CACHE_DIR": str(cache_dir)}
    env.pop("FACTCHECK_NO_CACHE", None)

    def run() -> list[object]:
        done = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True
        )
        result: list[object] = json.loads(done.stdout)
        return result

    report, code, engine = run()
    assert engine is True
    assert run() == [report, code, False]


# -- what makes it audit afresh --------------------------------------------------------------


def _edit_claims(folder: Path) -> None:
    path = folder / "ballots.claims.yaml"
    path.write_text(CLAIM_TEXT.format(a=120, b=80, total=210), encoding="utf-8")
    _age(path)


def _edit_article(folder: Path) -> None:
    path = folder / "article.txt"
    path.write_text("There were 120 votes and 80 votes, 210 ballots.\n", "utf-8")
    _age(path)


def _remove_article(folder: Path) -> None:
    (folder / "article.txt").unlink()


def _add_claim_file(folder: Path) -> None:
    path = folder / "second.claims.yaml"
    path.write_text(CLAIM_TEXT.format(a=1, b=2, total=4), encoding="utf-8")
    _age(path)


def _configure_policy(folder: Path) -> None:
    (folder / "pyproject.toml").write_text('[tool.factcheck]\npolicy = { base = "100" }\n', "utf-8")


def _link_article(folder: Path) -> None:
    """The article becomes a link to another text: the same path, other words."""
    other = folder / "other.txt"
    other.write_text("There were 120 votes and 80 votes, 210 ballots.\n", "utf-8")
    _age(other)
    (folder / "article.txt").unlink()
    (folder / "article.txt").symlink_to(other)


CHANGES = {
    "the claim file": _edit_claims,
    "the article": _edit_article,
    "the article removed": _remove_article,
    "a new claim file": _add_claim_file,
    "the project's policy": _configure_policy,
    "the article a link to another": _link_article,
}


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_a_changed_input_is_audited_afresh(cache_dir: Path, project: Path, change: str) -> None:
    before = _audit(".")
    assert len(_entries(cache_dir)) == 1
    CHANGES[change](project)
    after = _same_as_fresh(".")
    assert after != before


@pytest.mark.parametrize(
    "argv",
    [
        ("--policy", "base=100"),
        ("--no-source",),
        ("--format", "json"),
        ("--exit-zero",),
        ("--quiet",),
    ],
)
def test_other_options_are_another_report(
    cache_dir: Path, project: Path, argv: tuple[str, ...]
) -> None:
    _edit_claims(project)  # a finding, so that --exit-zero changes the exit code
    plain = _audit(".")
    assert plain[1] == 1
    other = _same_as_fresh(".", *argv)
    assert other != plain


def test_colour_asked_for_is_another_report(
    cache_dir: Path, project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plain = _audit(".")
    monkeypatch.setenv("FORCE_COLOR", "1")
    coloured = _same_as_fresh(".")
    assert "\x1b[" in coloured[0]
    assert "\x1b[" not in plain[0]


def test_changed_code_is_another_key(tmp_path: Path) -> None:
    package = tmp_path / "package"
    shutil.copytree(Path(cache.__file__).parent, package, ignore=shutil.ignore_patterns("*.pyc"))
    before = cache.code_fingerprint(package)
    assert cache.code_fingerprint(package) == before
    engine = package / "engine" / "verdicts.py"
    engine.write_text(engine.read_text("utf-8") + "\n# one more line\n", "utf-8")
    assert cache.code_fingerprint(package) != before


# -- what is not kept, and what is not trusted -----------------------------------------------


def test_a_file_written_during_the_audit_keeps_the_report_out(
    cache_dir: Path, project: Path
) -> None:
    now = time.time()
    os.utime(project / "article.txt", (now, now))
    _audit(".")
    assert _entries(cache_dir) == []


def test_a_missing_source_is_not_kept(cache_dir: Path, project: Path) -> None:
    _remove_article(project)
    first = _audit(".")
    assert first[1] == 2
    assert _entries(cache_dir) == []


def test_no_cache_neither_reads_nor_keeps(cache_dir: Path, project: Path) -> None:
    _audit(".", "--no-cache")
    assert _entries(cache_dir) == []


def test_the_environment_can_turn_it_off(
    cache_dir: Path, project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FACTCHECK_NO_CACHE", "1")
    _audit(".")
    assert _entries(cache_dir) == []


def test_an_output_file_is_not_cached(cache_dir: Path, project: Path) -> None:
    _audit(".", "--output", str(project / "report.txt"))
    assert _entries(cache_dir) == []


def _plant(entry: Path, report: str) -> None:
    data = json.loads(entry.read_text("utf-8"))
    data["report"] = report
    entry.write_text(json.dumps(data), "utf-8")


def test_a_folder_others_may_write_to_is_not_used(cache_dir: Path, project: Path) -> None:
    fresh = _audit(".")
    (entry,) = _entries(cache_dir)
    _plant(entry, "all consistent\n")
    os.chmod(cache_dir, 0o777)
    assert _audit(".") == fresh
    os.chmod(cache_dir, 0o700)
    assert _audit(".") == ("all consistent\n", fresh[1])  # the plant was only kept out


@pytest.mark.parametrize("damage", ["", "{", '{"version": 1}', "[]", "\x00\xff", "[" * 100_000])
def test_a_damaged_entry_is_audited_afresh(cache_dir: Path, project: Path, damage: str) -> None:
    fresh = _audit(".")
    (entry,) = _entries(cache_dir)
    entry.write_text(damage, "utf-8", errors="surrogateescape")
    assert _audit(".") == fresh


def test_the_oldest_entries_go(cache_dir: Path, project: Path) -> None:
    for n in range(cache.ENTRIES + 3):
        _audit(".", "--policy", f"base={10 ** (n % 3)}", "--format", "json", "--exit-zero")
        _audit(".", f"--source-root={project}{'/.' * n}")
    assert len(_entries(cache_dir)) == cache.ENTRIES


# -- any sequence of changes -------------------------------------------------------------------

STEPS = st.lists(
    st.sampled_from(["votes", "total", "article", "remove", "restore", "add", "policy", "nothing"]),
    min_size=1,
    max_size=5,
)


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=STEPS, numbers=st.lists(st.integers(0, 300), min_size=5, max_size=5))
def test_after_any_changes_the_report_is_a_fresh_ones(
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
    steps: list[str],
    numbers: list[int],
) -> None:
    folder = tmp_path_factory.mktemp("project")
    monkeypatch.chdir(folder)
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.delenv("FACTCHECK_NO_CACHE", raising=False)
    a, b, total, c, d = numbers
    _project(folder, a, b, total)
    _audit(".")
    for step in steps:
        if step == "votes":
            _project(folder, c, b, total)
        elif step == "total":
            _project(folder, a, b, d)
        elif step == "article":
            (folder / "article.txt").write_text(f"{a} votes, {b} votes, {d} ballots.\n", "utf-8")
            _age(folder / "article.txt")
        elif step == "remove":
            (folder / "article.txt").unlink(missing_ok=True)
        elif step == "restore":
            _project(folder, a, b, total)
        elif step == "add":
            _add_claim_file(folder)
        elif step == "policy":
            _configure_policy(folder)
        assert _audit(".") == _audit(".", "--no-cache")


def test_other_code_is_looked_up_afresh(
    cache_dir: Path, project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _audit(".")
    monkeypatch.setattr(cache, "code_fingerprint", lambda package=None: "another version")
    _audit(".")
    assert len(_entries(cache_dir)) == 2


def test_a_narrower_source_root_is_audited_afresh(
    cache_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The article lies beside the repository, allowed by the project's ``source_root``; with
    that line gone it is refused, though no file the audit read has changed."""
    repository = tmp_path / "repository"
    repository.mkdir()
    monkeypatch.chdir(repository)
    claims = _project(repository)
    shared = tmp_path / "shared.txt"
    (repository / "article.txt").rename(shared)
    claims.write_text(
        claims.read_text("utf-8").replace("path: article.txt", "path: ../shared.txt"), "utf-8"
    )
    config = repository / "pyproject.toml"
    config.write_text('[tool.factcheck]\nsource_root = ".."\n', "utf-8")
    _age(claims, shared, config)
    allowed = _audit(".")
    assert allowed[1] == 0
    assert len(_entries(cache_dir)) == 1
    config.write_text("[tool.factcheck]\n", "utf-8")
    refused = _same_as_fresh(".")
    assert refused[1] == 2


# -- found in review: files that are not plain, files that change under the audit ---------------


def test_a_claim_file_that_is_not_a_regular_file_is_not_kept(
    cache_dir: Path, project: Path
) -> None:
    """A FIFO's report (an error) is not kept: a socket put in its place reads as the same
    state (no regular file there), though its report says another thing."""
    import socket

    os.mkfifo("odd.claims.yaml")
    first = _audit("odd.claims.yaml")
    assert first[1] == 2
    assert _entries(cache_dir) == []
    os.unlink("odd.claims.yaml")
    with socket.socket(socket.AF_UNIX) as server:
        server.bind("odd.claims.yaml")
        assert _same_as_fresh("odd.claims.yaml") != first


def test_a_claim_file_larger_than_factcheck_reads_is_not_kept(
    cache_dir: Path, project: Path
) -> None:
    """The audit reads a claim file no further than its cap, and the cache does not hash more
    (a link to /proc/self/pagemap never ends): such a file's report is not kept."""
    from factcheck.claimtext import MAX_BYTES

    big = project / "big.claims.yaml"
    big.write_bytes(b"#" * (MAX_BYTES + 1))
    _age(big)
    assert _audit("big.claims.yaml")[1] == 2
    assert _entries(cache_dir) == []
    assert cache._state(str(big))[2] is None


def _replace_during_audit(monkeypatch: pytest.MonkeyPatch, change: Any) -> None:
    """Make the next audit run ``change`` after its last file is audited, before the cache
    keeps its report."""
    from factcheck import results

    real = results.iter_audit_paths

    def then_change(*args: Any, **kwargs: Any) -> Any:
        yield from real(*args, **kwargs)
        change()
        monkeypatch.setattr(results, "iter_audit_paths", real)

    monkeypatch.setattr(results, "iter_audit_paths", then_change)


def test_a_file_replaced_with_an_old_date_during_the_audit_keeps_the_report_out(
    cache_dir: Path, project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """rsync -a, cp -p and tar put back a file's old modification time: the article replaced
    so while it is audited still keeps that audit's report out of the cache."""
    newer = project / "newer.txt"
    newer.write_text("There were 120 votes and 80 votes, 210 ballots.\n", "utf-8")
    _age(newer)
    _replace_during_audit(monkeypatch, lambda: os.replace(newer, project / "article.txt"))
    first = _audit(".")
    assert first[1] == 0
    assert _entries(cache_dir) == []
    assert _same_as_fresh(".") != first


def test_a_folder_link_switched_during_the_audit_keeps_the_report_out(
    cache_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``current`` leads to one release while it is audited and to another when the report
    is kept (as deployments switch a link): the files the report was made from are gone."""
    releases = tmp_path / "releases"
    (releases / "one").mkdir(parents=True)
    (releases / "two").mkdir()
    _project(releases / "one")
    _project(releases / "two", total=210)
    monkeypatch.chdir(tmp_path)
    Path("current").symlink_to(releases / "one")

    def switch() -> None:
        Path("next").symlink_to(releases / "two")
        os.replace("next", "current")

    _replace_during_audit(monkeypatch, switch)
    first = _audit("current/ballots.claims.yaml")
    assert first[1] == 0
    assert _entries(cache_dir) == []
    assert _same_as_fresh("current/ballots.claims.yaml") != first


def test_entries_are_private(cache_dir: Path, project: Path) -> None:
    """A report quotes the article: kept in a folder others may read (made so before), the
    entry itself is still the user's alone."""
    cache_dir.mkdir(mode=0o755)
    os.chmod(cache_dir, 0o755)
    _audit(".")
    (entry,) = _entries(cache_dir)
    assert entry.stat().st_mode & 0o077 == 0


def test_a_relative_cache_home_is_not_used(
    cache_dir: Path, project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A relative XDG_CACHE_HOME is ignored, as the XDG specification asks (it would put the
    cache in the work tree, where a pull request can plant a report): ~/.cache is used."""
    monkeypatch.delenv("FACTCHECK_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", "relative")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    _audit(".")
    assert not (project / "relative").exists()
    assert len(_entries(tmp_path / "home" / ".cache" / "factcheck")) == 1


def test_an_entry_that_is_a_pipe_is_not_waited_on(cache_dir: Path, project: Path) -> None:
    """Something other than a file in an entry's place (a FIFO) is not opened to wait on: the
    audit runs afresh."""
    import threading

    fresh = _audit(".")
    (entry,) = _entries(cache_dir)
    entry.unlink()
    os.mkfifo(entry)
    done: list[tuple[str, int]] = []
    worker = threading.Thread(target=lambda: done.append(_audit(".")), daemon=True)
    worker.start()
    worker.join(timeout=60)
    waited = worker.is_alive()
    if waited:  # it waits for a writer: give it one, so that the test ends
        os.close(os.open(entry, os.O_WRONLY | os.O_NONBLOCK))
        worker.join()
    assert not waited
    assert done == [fresh]


def test_a_library_pint_reads_its_definitions_with_is_part_of_the_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """flexparser, which parses units.txt for pint, is upgraded on its own: another version
    of it is another key, as another pint is."""
    import importlib.util
    from types import SimpleNamespace

    real = importlib.util.find_spec
    fake = tmp_path / "flexparser.py"
    fake.write_text("VERSION = 1\n", "utf-8")

    def find_spec(name: str, *args: Any) -> Any:
        return SimpleNamespace(origin=str(fake)) if name == "flexparser" else real(name, *args)

    monkeypatch.setattr(importlib.util, "find_spec", find_spec)
    before = cache.code_fingerprint()
    fake.write_text("VERSION = 22\n", "utf-8")
    assert cache.code_fingerprint() != before


@pytest.mark.parametrize("ci", ["true", "1", "yes"])
def test_in_continuous_integration_only_a_named_folder_is_used(
    cache_dir: Path, project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ci: str
) -> None:
    """With CI set, ~/.cache (which a CI cache may restore from a pull request's run) is not
    used; a folder named by FACTCHECK_CACHE_DIR is."""
    monkeypatch.setenv("CI", ci)
    monkeypatch.delenv("FACTCHECK_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    _audit(".")
    assert _entries(tmp_path / "xdg" / "factcheck") == []
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(cache_dir))
    _audit(".")
    assert len(_entries(cache_dir)) == 1
