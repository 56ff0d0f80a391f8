"""The pytest plugin, through pytester: what ``pytest claims/`` collects, runs and reports.

Every claim file and article text here is written by the test itself; the real article is
only read in place (never copied) by the seed test, and only when it is there.
"""

from __future__ import annotations

import importlib.metadata
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "claims" / "china-foreign-trade-2025h1.claims.yaml"
SEED_ARTICLES = (
    ROOT.parent / "shared" / "articles" / "china-foreign-trade-2025h1.txt",  # CI: ../shared
    Path("/work/shared/articles/china-foreign-trade-2025h1.txt"),
)

ARTICLE = (
    "Domestic sales of 123 tonnes then 146 tonnes: a rise of 18.7 percent.\n"
    "Exports of 100 tonnes then 110 tonnes, a rise of 12 percent.\n"
)

# Two independent checks: 'grew' is consistent, 'exports_grew' is stretched (110 over 100 is
# at most about 11.06 % strictly, but 12 % fits the lenient reading of "100").
TRADE = """\
source:
  title: Trade
  path: article.txt
figures:
  old: "sales of 123 tonnes"
  new: "then 146 tonnes"
  rise: "a rise of 18.7 percent"
  a_old: "Exports of 100 tonnes"
  a_new: "then 110 tonnes"
  a_rise: "a rise of 12 percent"
checks:
  - id: grew
    quote: "a rise of 18.7 percent"
    condition: growth(new, old) == rise
    tags: [growth]
  - id: exports_grew
    quote: "a rise of 12 percent"
    condition: growth(a_new, a_old) == a_rise
    expect: stretched
    tags: [growth, exports]
"""


@pytest.fixture(autouse=True, scope="module")
def _import_pint_before_any_inline_run() -> None:
    """pint imports optional packages when they are installed (dask, which imports the
    importlib_metadata backport, which adds a finder to sys.meta_path).  Imported inside an
    inline pytester run, those modules are dropped from sys.modules when the run's test ends
    while the finder stays, and every later run in the process then finds no entry points at
    all, not even this plugin's.  Importing pint once, before the first run, keeps them.

    The same holds for factcheck's own modules: imported first inside an inline run, the
    engine is dropped after it and imported anew by the next, while a module kept from before
    holds the old one's classes and caches (an Interval of the old module is then no Interval
    to the new one).  With this file run alone, that failed two tests; importing the engine
    and the results here keeps one copy of each for the whole file."""
    import pint  # noqa: F401

    import factcheck.engine
    import factcheck.results  # noqa: F401


def write(pytester: pytest.Pytester, name: str, text: str) -> Path:
    path = pytester.path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def trade(pytester: pytest.Pytester, text: str = TRADE, name: str = "trade") -> Path:
    write(pytester, "article.txt", ARTICLE)
    return write(pytester, f"{name}.claims.yaml", text)


def match(result: pytest.RunResult, patterns: list[str]) -> None:
    """The output has these lines in order; ``*`` is a wildcard, brackets are literal."""
    result.stdout.fnmatch_lines([pattern.replace("[", "[[]") for pattern in patterns])


def outcomes(result: pytest.RunResult) -> dict[str, int]:
    return {key: value for key, value in result.parseoutcomes().items() if value}


# -- registration and collection ------------------------------------------------------------------


def test_the_plugin_is_registered_through_its_entry_point(pytester: pytest.Pytester) -> None:
    """The installed package declares the pytest11 entry point, and pytest loads the plugin
    from it: with it disabled by name, claim files are not collected."""
    points = importlib.metadata.entry_points(group="pytest11")
    assert "factcheck.pytest_plugin" in {p.value for p in points if p.name == "factcheck"}
    trade(pytester)
    assert len(pytester.inline_genitems()[0]) == 3
    disabled = pytester.runpytest("-p", "no:factcheck", "--collect-only", "-q")
    assert "trade.claims.yaml" not in disabled.stdout.str()


def test_one_item_per_check_plus_the_file_item(pytester: pytest.Pytester) -> None:
    """Collection gives ``<file>.claims.yaml::(file)`` and one ``::<check-id>`` per check, in
    the order of the file, and ignores other YAML files."""
    trade(pytester)
    write(pytester, "notes.yaml", "not: a claim file\n")
    result = pytester.runpytest("--collect-only", "-q")
    assert [line for line in result.outlines if "::" in line] == [
        "trade.claims.yaml::(file)",
        "trade.claims.yaml::grew",
        "trade.claims.yaml::exports_grew",
    ]


def test_collection_order_is_deterministic(pytester: pytest.Pytester) -> None:
    """Collecting twice prints the same thing, across several files."""
    trade(pytester)
    trade(pytester, name="b/more")
    trade(pytester, name="a/other")
    first = pytester.runpytest("--collect-only", "-q").outlines
    second = pytester.runpytest("--collect-only", "-q").outlines
    items = [line for line in first if "::" in line]
    assert len(items) == 9
    assert [re.sub(r"in [0-9.]+s", "", line) for line in first] == [
        re.sub(r"in [0-9.]+s", "", line) for line in second
    ]


def test_each_item_location_is_the_one_pytest_gives(pytester: pytest.Pytester) -> None:
    """Items report the path relative to the root, the check's line (0-based) and their name,
    exactly as pytest's own ``Item.location`` works them out, in a subfolder too (the plugin
    works out the path once per file)."""
    trade(pytester, name="sub/trade")
    items = pytester.inline_genitems()[0]
    default = pytest.Item.location.func  # type: ignore[attr-defined]
    assert [default(item) for item in items] == [item.location for item in items]
    assert [item.location for item in items] == [
        ("sub/trade.claims.yaml", 0, "trade.claims.yaml: the file as a whole"),
        ("sub/trade.claims.yaml", 11, "claim grew"),
        ("sub/trade.claims.yaml", 15, "claim exports_grew"),
    ]


# -- outcomes -------------------------------------------------------------------------------------


def test_a_consistent_file_passes(pytester: pytest.Pytester) -> None:
    """Every check as expected, every quote in the text and every number covered: all pass,
    and the stretched finding is acknowledged in the summary."""
    trade(pytester)
    result = pytester.runpytest()
    result.assert_outcomes(passed=3)
    match(
        result,
        [
            "*factcheck: acknowledged findings*",
            "trade.claims.yaml::exports_grew: stretched (acknowledged) — "
            "growth: stated 11.5–12.5 %,*",
        ],
    )


def test_without_a_source_text_the_file_item_is_skipped(pytester: pytest.Pytester) -> None:
    """No source.path and no --source: provenance and coverage are skipped, said so."""
    trade(pytester, TRADE.replace("  path: article.txt\n", ""))
    result = pytester.runpytest("-rs")
    result.assert_outcomes(passed=2, skipped=1)
    match(result, ["*provenance and coverage not checked: no source text given*"])


def test_a_source_text_that_is_not_utf8_fails_the_file_item(pytester: pytest.Pytester) -> None:
    """A source text that is there but not text fails the (file) item with the reason, as
    `factcheck audit` reports it (it raised UnicodeDecodeError, a traceback)."""
    trade(pytester)
    (pytester.path / "article.txt").write_bytes(b"\xff\xfe\x00binary\x80")
    result = pytester.runpytest()
    result.assert_outcomes(passed=2, failed=1)
    match(result, ["*the source text *article.txt is not UTF-8 text*"])
    assert "UnicodeDecodeError" not in result.stdout.str()


def test_a_wrong_growth_fails_with_the_numbers_and_the_derivation(
    pytester: pytest.Pytester,
) -> None:
    """The failure names file:line:col, the quote, the claim, stated and implied intervals,
    and the derivation."""
    path = trade(pytester, TRADE.replace("18.7 percent", "25 percent"))
    write(pytester, "article.txt", ARTICLE.replace("18.7 percent", "25 percent"))
    result = pytester.runpytest()
    result.assert_outcomes(passed=2, failed=1)
    match(
        result,
        [
            f"{path}:12:5: check grew is inconsistent",
            "  quote:    'a rise of 25 percent'",
            "  claim:    growth(new, old) == rise",
            "  stated:   24.5–25.5 % (lenient 24.5–25.5 %)",
            "  implied:  17.8*–19.6 %",
            "  derivation:",
            "    new: '146 tonnes' — read as 145.5–146.5 tonnes",
            "    growth: new / old - 1",
            "*verdict: inconsistent",
        ],
    )
    match(result, ["FAILED trade.claims.yaml::grew*"])


def test_a_parse_error_fails_only_the_file_item(pytester: pytest.Pytester) -> None:
    """A claim file that does not load fails its (file) item with file:line:col; the checks
    of another file still run."""
    trade(pytester)
    bad = write(
        pytester,
        "bad.claims.yaml",
        "source:\n  title: T\nchecks:\n  - id: c\n    condition: a == 1\n    severity: fatal\n",
    )
    result = pytester.runpytest()
    result.assert_outcomes(passed=3, failed=1)
    match(
        result,
        [
            f"{bad}:6:15: check c.severity is 'fatal'; expected error or warn",
            "FAILED bad.claims.yaml::(file)*",
        ],
    )
    assert "bad.claims.yaml::c" not in result.stdout.str()


def test_one_bad_check_does_not_hide_the_others(pytester: pytest.Pytester) -> None:
    """A check that cannot be compiled fails alone, naming itself; the rest pass."""
    trade(
        pytester,
        TRADE + "  - id: broken\n    condition: growth(new, olde) == rise\n",
    )
    result = pytester.runpytest()
    result.assert_outcomes(passed=3, failed=1)
    match(result, ["*check 'broken': unknown name 'olde'*did you mean old*", "FAILED *::broken*"])


def test_a_pytest_marker_as_a_tag_fails_the_file_instead_of_skipping(
    pytester: pytest.Pytester,
) -> None:
    """Regression: ``tags: [skip]`` became pytest's skip marker and silently skipped the
    check; it is now refused by the loader, where it is written."""
    path = trade(pytester, TRADE.replace("tags: [growth]", "tags: [growth, skip]"))
    result = pytester.runpytest()
    result.assert_outcomes(failed=1)
    match(result, [f"{path}:15:20: the tag 'skip' in check grew.tags*"])


RECORD_IMPORTS = """
import json
import sys

HEAVY = ("attr", "attrs", "factcheck.files", "factcheck.model", "factcheck.reading",
         "factcheck.engine", "pint")
_before = []


def pytest_sessionstart(session):
    _before.extend(name for name in HEAVY if name in sys.modules)


def _imported():
    return [name for name in HEAVY if name in sys.modules and name not in _before]


def pytest_collection_finish(session):
    with open("collected.json", "w") as handle:
        json.dump(_imported(), handle)


def pytest_sessionfinish(session):
    with open("finished.json", "w") as handle:
        json.dump(_imported(), handle)
"""


def test_collection_imports_neither_the_model_nor_the_loader(pytester: pytest.Pytester) -> None:
    """Collecting a valid claim file (in a fresh process) imports neither factcheck.files nor
    the model, attrs or the reader; running its items does (the article is built then)."""
    trade(pytester)
    pytester.makeconftest(RECORD_IMPORTS)
    collected = pytester.runpytest_subprocess("--collect-only", "-q", "-p", "no:cacheprovider")
    assert [line for line in collected.outlines if "::" in line] == [
        "trade.claims.yaml::(file)",
        "trade.claims.yaml::grew",
        "trade.claims.yaml::exports_grew",
    ]
    assert json.loads((pytester.path / "collected.json").read_text()) == []
    assert json.loads((pytester.path / "finished.json").read_text()) == []
    ran = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    ran.assert_outcomes(passed=3)
    assert json.loads((pytester.path / "collected.json").read_text()) == []
    imported = set(json.loads((pytester.path / "finished.json").read_text()))
    assert {"factcheck.files", "factcheck.model", "factcheck.engine"} <= imported


RECORD_BUILDS = """
import factcheck.pytest_plugin as plugin

BUILT = []
_build = plugin.ClaimsFile._build


def build(self, root, text):
    BUILT.append(self.path.name)
    return _build(self, root, text)


plugin.ClaimsFile._build = build


def pytest_sessionfinish(session):
    print(f"\\nbuilt: {sorted(BUILT)}")
    workerinput = getattr(session.config, "workerinput", None)  # set in xdist's workers only
    worker = workerinput["workerid"] if workerinput else "main"
    with open(f"built-{worker}.txt", "w") as handle:
        handle.write(" ".join(BUILT))
"""


def test_an_article_is_built_once_and_only_when_its_items_run(pytester: pytest.Pytester) -> None:
    """Each article is built once, when its first item runs: ``--collect-only`` builds none,
    and a ``-k`` selection builds only the files whose items it runs."""
    trade(pytester, name="a")
    trade(pytester, name="b")
    pytester.makeconftest(RECORD_BUILDS)
    everything = pytester.runpytest("-s")
    everything.assert_outcomes(passed=6)
    match(everything, ["built: ['a.claims.yaml', 'b.claims.yaml']"])
    match(pytester.runpytest("-s", "--collect-only"), ["built: []"])
    selected = pytester.runpytest("-s", "-k", "b.claims.yaml and grew and not exports")
    selected.assert_outcomes(passed=1, deselected=5)
    match(selected, ["built: ['b.claims.yaml']"])


# A file whose checks outline cleanly but whose article does not build, and where.
NOT_BUILT: list[tuple[str, str, int, int]] = [
    ("a figure's unknown key", TRADE.replace('  old: "sales of 123 tonnes"\n',
     '  old: {quote: "sales of 123 tonnes", colour: red}\n'), 5, 39),
    ("an unreadable sha256", TRADE.replace("  path: article.txt\n",
     "  path: article.txt\n  sha256: 12ab\n"), 4, 11),
    ("a figure as a list", TRADE.replace('  rise: "a rise of 18.7 percent"',
     '  rise: ["a rise of 18.7 percent"]'), 7, 9),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [case[1:] for case in NOT_BUILT],
    ids=[case[0] for case in NOT_BUILT],
)
def test_an_article_that_does_not_build_fails_its_file_item_and_skips_its_checks(
    pytester: pytest.Pytester, text: str, line: int, column: int
) -> None:
    """When the checks outline cleanly but the article does not build, the ``(file)`` item
    fails with the loader's error (file:line:col first), and each check is skipped, pointing
    to the ``(file)`` item: none passes, and the run fails."""
    path = trade(pytester, text)
    from factcheck.files import ClaimFileError, load_claims

    with pytest.raises(ClaimFileError) as caught:
        load_claims(path)
    assert (caught.value.line, caught.value.column) == (line, column)
    assert [item.name for item in pytester.inline_genitems()[0]] == [
        "(file)",
        "grew",
        "exports_grew",
    ]
    result = pytester.runpytest("-rfs", "-p", "no:randomly")
    result.assert_outcomes(failed=1, skipped=2)
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    match(
        result,
        [
            "*_ trade.claims.yaml: the file as a whole _*",
            str(caught.value),
            "*short test summary info*",
            "FAILED trade.claims.yaml::(file)*",
            "SKIPPED [2] *: the claim file trade.claims.yaml does not load: "
            "see trade.claims.yaml::(file)",
        ],
    )
    alone = pytester.runpytest("-rs", "-k", "grew and not exports")
    alone.assert_outcomes(skipped=1, deselected=2)
    match(alone, ["SKIPPED *see trade.claims.yaml::(file)"])


# A file the outline does not vouch for: loaded whole at collection, as before.
NOT_OUTLINED: list[tuple[str, str]] = [
    ("an id used twice", TRADE.replace("id: exports_grew", "id: grew")),
    ("a pytest marker as a tag", TRADE.replace("tags: [growth, exports]", "tags: [xfail]")),
    ("an id that is not text", TRADE.replace("id: grew", "id: [grew]")),
    ("an id that is not a name", TRADE.replace("id: grew", "id: grew-up")),
    ("a bad severity", TRADE.replace("expect: stretched", "severity: fatal")),
    ("a bad expect", TRADE.replace("expect: stretched", "expect: fine")),
    ("an unknown top key", TRADE + "notes: none\n"),
]


@pytest.mark.parametrize("text", [t for _, t in NOT_OUTLINED], ids=[n for n, _ in NOT_OUTLINED])
def test_a_file_that_does_not_outline_gives_the_loaders_error_alone(
    pytester: pytest.Pytester, text: str
) -> None:
    """A file whose top level or checks are not plainly valid is loaded whole at collection:
    it has only its ``(file)`` item, which fails with exactly the loader's error."""
    path = trade(pytester, text)
    from factcheck.files import ClaimFileError, load_claims

    with pytest.raises(ClaimFileError) as caught:
        load_claims(path)
    assert [item.name for item in pytester.inline_genitems()[0]] == ["(file)"]
    result = pytester.runpytest()
    result.assert_outcomes(failed=1)
    match(result, ["*_ trade.claims.yaml: the file as a whole _*", str(caught.value), "*"])


# -- severity and expect --------------------------------------------------------------------------


def test_a_warn_check_passes_with_a_factcheck_warning(pytester: pytest.Pytester) -> None:
    """severity: warn turns a failing check into a FactcheckWarning; -W error makes it fail."""
    text = TRADE.replace("18.7 percent", "25 percent").replace(
        "tags: [growth]\n", "tags: [growth]\n    severity: warn\n", 1
    )
    trade(pytester, text)
    write(pytester, "article.txt", ARTICLE.replace("18.7 percent", "25 percent"))
    result = pytester.runpytest("-W", "default::factcheck.FactcheckWarning")
    result.assert_outcomes(passed=3, warnings=1)
    match(result, ["*FactcheckWarning: *trade.claims.yaml:12:5: check grew is*"])
    strict = pytester.runpytest("-W", "error::factcheck.FactcheckWarning")
    strict.assert_outcomes(passed=2, failed=1)
    match(strict, ["FAILED trade.claims.yaml::grew*"])


def test_expect_passes_while_the_finding_holds_and_fails_when_it_changes(
    pytester: pytest.Pytester,
) -> None:
    """``expect: stretched`` passes on a stretched check and fails, saying the finding
    changed, on a consistent one."""
    text = TRADE.replace("tags: [growth]\n", "tags: [growth]\n    expect: stretched\n", 1)
    trade(pytester, text)
    result = pytester.runpytest()
    result.assert_outcomes(passed=2, failed=1)
    match(
        result,
        ["*trade.claims.yaml:12:5: check grew is consistent (finding changed: expected stretched)"],
    )


# -- markers and reports --------------------------------------------------------------------------


def test_tags_are_markers_selectable_under_strict_markers(pytester: pytest.Pytester) -> None:
    """A check's tags are markers: ``-m`` selects by them even with --strict-markers."""
    trade(pytester)
    result = pytester.runpytest("--strict-markers", "-m", "exports", "-v")
    result.assert_outcomes(passed=1, deselected=2)
    match(result, ["*::exports_grew PASSED*"])
    both = pytester.runpytest("--strict-markers", "-m", "growth and not exports", "-v")
    both.assert_outcomes(passed=1, deselected=2)
    match(both, ["*::grew PASSED*"])


def test_each_tag_is_registered_once(pytester: pytest.Pytester) -> None:
    """A tag that several checks carry (in several files) is one registered marker, not one
    per check."""
    trade(pytester)
    trade(pytester, name="more")
    items = pytester.inline_genitems()[0]
    markers = [line.split(":")[0] for line in items[0].config.getini("markers")]
    assert len(items) == 6
    assert (markers.count("growth"), markers.count("exports")) == (1, 1)


RECORD_SOLVING = """
import gc
import weakref

import factcheck.pytest_plugin as plugin

AUDITS = []
_report = plugin.ClaimsFile.report


def report(self):
    if self._report is None:
        AUDITS.append(weakref.ref(_report(self)))
    return _report(self)


plugin.ClaimsFile.report = report


def pytest_collection_modifyitems(items):
    # interleave the files' items: a1 b1 a2 b2 ...
    first = [item for item in items if item.nodeid.startswith("a.")]
    second = [item for item in items if not item.nodeid.startswith("a.")]
    items[:] = [item for pair in zip(first, second) for item in pair]


def pytest_sessionfinish(session):
    gc.collect()
    alive = sum(ref() is not None for ref in AUDITS)
    print(f"\\naudits: {len(AUDITS)}, reports still held: {alive}")
"""


def test_each_file_is_solved_once_and_its_report_let_go_after_its_items(
    pytester: pytest.Pytester,
) -> None:
    """With the items of two files interleaved, each article is still solved once, and
    neither report is held once all the file's items have run; with ``-k`` selecting one
    check, its file's report is let go after that one item."""
    trade(pytester, name="a")
    trade(pytester, name="b")
    pytester.makeconftest(RECORD_SOLVING)
    result = pytester.runpytest("-s", "-p", "no:randomly")
    result.assert_outcomes(passed=6)
    match(result, ["audits: 2, reports still held: 0"])
    selected = pytester.runpytest("-s", "-p", "no:randomly", "-k", "grew and not exports")
    selected.assert_outcomes(passed=2, deselected=4)
    match(selected, ["audits: 2, reports still held: 0"])


def test_junit_properties_carry_the_verdict(pytester: pytest.Pytester) -> None:
    """--junitxml records verdict, stated, implied and quote on each check (and expect when
    given), and coverage on the file item."""
    trade(pytester)
    pytester.runpytest("--junitxml=out.xml").assert_outcomes(passed=3)
    tree = ET.parse(pytester.path / "out.xml")
    properties = {
        case.get("name"): {p.get("name"): p.get("value") for p in case.iter("property")}
        for case in tree.iter("testcase")
    }
    assert properties["(file)"] == {"coverage": "6/6"}
    grew = properties["grew"]
    assert grew["verdict"] == "consistent"
    assert grew["stated"] == "18.65–18.75 %"
    assert re.fullmatch(r"17\.8\d*–19\.6 %", grew["implied"] or "")
    assert grew["quote"] == "a rise of 18.7 percent"
    assert "expect" not in grew
    stretched = properties["exports_grew"]
    assert (stretched["verdict"], stretched["expect"]) == ("stretched", "stretched")


def test_provenance_fails_the_file_item(pytester: pytest.Pytester) -> None:
    """With --source, every quote must be in the text: a missing one names the figure and
    the nearest passage, and uncovered numbers are listed with line and column."""
    trade(pytester)
    other = write(
        pytester,
        "other.txt",
        "Domestic sales of 123 tonnes then 146 tonnes: a rise of 18.9 percent.\n"
        "Exports of 100 tonnes then 110 tonnes, a rise of 12 percent, in 2025.\n",
    )
    result = pytester.runpytest("--source", str(other))
    result.assert_outcomes(passed=2, failed=1)
    match(
        result,
        [
            "*trade.claims.yaml:7:3: figure 'rise': the quote 'a rise of 18.7 percent' is not "
            "in the source text; the nearest passage is 'a rise of 18.9 percent'",
            "*trade.claims.yaml:12:5: check 'grew': the quote 'a rise of 18.7 percent' is not "
            "in the source text; the nearest passage is 'a rise of 18.9 percent'",
            "coverage 5/7: these numbers of the text are neither a figure nor listed in "
            "not_claims:",
            f"  {other}:1:49: 'rise of 18.9 percent'",
            f"  {other}:2:65: '2025'",
        ],
    )


def test_the_plugin_imports_nothing_heavy() -> None:
    """``import factcheck.pytest_plugin`` (what pytest does at start-up) imports neither pint
    nor the engine, the loader or YAML."""
    code = "import json, sys, factcheck.pytest_plugin; print(json.dumps(sorted(sys.modules)))"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    modules = set(json.loads(done.stdout))
    assert "factcheck.pytest_plugin" in modules
    heavy = {"pint", "factcheck.engine", "factcheck.files", "factcheck.engine.network", "yaml"}
    heavy |= {"factcheck.claimtext", "factcheck.model", "attrs"}
    assert set() == heavy & modules


def test_under_xdist_the_outcomes_and_findings_are_the_same(pytester: pytest.Pytester) -> None:
    """With pytest-xdist (-n 2) the outcomes match a plain run, and the acknowledged findings
    still reach the summary (regression: they were noted in the workers and lost)."""
    pytest.importorskip("xdist")
    trade(pytester)
    wrong = TRADE.replace("18.7 percent", "25 percent").replace("  path: article.txt\n", "")
    trade(pytester, wrong, name="wrong")
    plain = pytester.runpytest("-p", "no:cacheprovider")
    parallel = pytester.runpytest("-p", "xdist", "-n", "2", "-p", "no:cacheprovider")
    assert outcomes(plain) == {"passed": 4, "failed": 1, "skipped": 1}
    assert outcomes(plain) == outcomes(parallel)
    match(parallel, ["*2 workers*"])
    for result in (plain, parallel):
        match(
            result,
            [
                "*factcheck: acknowledged findings*",
                "trade.claims.yaml::exports_grew: stretched (acknowledged)*",
                "wrong.claims.yaml::exports_grew: stretched (acknowledged)*",
            ],
        )


def test_under_xdist_each_worker_builds_only_the_files_it_runs(pytester: pytest.Pytester) -> None:
    """With pytest-xdist, every worker collects every file but builds only those whose items
    it runs: with whole files sent to one worker each (``--dist loadfile``), each article is
    built once in all, and the controller builds none."""
    pytest.importorskip("xdist")
    for name in ("a", "b", "c", "d"):
        trade(pytester, name=name)
    pytester.makeconftest(RECORD_BUILDS)
    result = pytester.runpytest("-p", "xdist", "-n", "2", "--dist", "loadfile")
    result.assert_outcomes(passed=12)
    built = {
        path.name: path.read_text().split() for path in sorted(pytester.path.glob("built-*.txt"))
    }
    assert set(built) == {"built-gw0.txt", "built-gw1.txt", "built-main.txt"}
    assert built["built-main.txt"] == []
    every = built["built-gw0.txt"] + built["built-gw1.txt"]
    assert sorted(every) == [f"{name}.claims.yaml" for name in "abcd"]


# -- the seed article -----------------------------------------------------------------------------


def seed_checks() -> int:
    from factcheck.files import load_claims

    return len(load_claims(SEED).article.checks)


def seed_article() -> Path:
    for candidate in SEED_ARTICLES:
        if candidate.is_file():
            return candidate
    pytest.skip("the seed article's text is not here (expected ../shared/articles/)")


def test_a_changed_seed_figure_fails_naming_the_check_and_the_numbers(
    pytester: pytest.Pytester,
) -> None:
    """The seed claim file with one figure changed (60 percent -> 70 percent of exports, in
    every quote of it) and no source path fails exactly the check that rests on it, with the
    numbers."""
    text = SEED.read_text(encoding="utf-8")
    text = re.sub(r"\n  (path|sha256): [^\n]*", "", text)
    changed = text.replace(
        "accounting for 60 percent of total exports", "accounting for 70 percent of total exports"
    )
    assert changed != text
    write(pytester, "changed.claims.yaml", changed)
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=seed_checks() - 1, failed=1, skipped=1)
    match(
        result,
        [
            "*changed.claims.yaml:*: check mech_share is inconsistent",
            "  quote:    'accounting for 70 percent of total exports'",
            "  claim:    share(mech, exports) == mech_share",
            "  stated:   69.5–70.5 % (lenient 65–75 %)",
            "  implied:  58.*–60.* %",
            "FAILED changed.claims.yaml::mech_share*",
        ],
    )


def test_the_seed_claim_file_passes_with_full_coverage(pytester: pytest.Pytester) -> None:
    """``pytest claims/`` on the real seed file, against the real article: everything passes,
    coverage is 59/59, and the stretched finding is acknowledged in the summary."""
    article = seed_article()
    result = pytester.runpytest(
        str(SEED), "--source", str(article), "--junitxml=seed.xml", "-p", "no:cacheprovider"
    )
    assert outcomes(result) == {"passed": seed_checks() + 1}
    tree = ET.parse(pytester.path / "seed.xml")
    coverage = [
        p.get("value")
        for case in tree.iter("testcase")
        if case.get("name") == "(file)"
        for p in case.iter("property")
        if p.get("name") == "coverage"
    ]
    assert coverage == ["59/59"]
    match(
        result,
        [
            "*factcheck: acknowledged findings*",
            "*china-foreign-trade-2025h1.claims.yaml::shandong_share_of_increase: stretched "
            "(acknowledged) — share of increase: stated 19–20 %, implied *",
        ],
    )
    # an acknowledged check without intervals says nothing about them (not "stated —")
    lines = result.stdout.lines
    assert "stated —" not in "\n".join(lines)
    assert any(line.endswith("::robots_second: uncheckable (acknowledged)") for line in lines)
