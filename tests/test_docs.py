"""Every example in docs/*.md runs, and docs/relations.md is what its generator makes.

A page is run top to bottom in a temporary folder, one block after another:

- a fenced block preceded by ``<!-- file: NAME -->`` is written to ``NAME``;
- a ``python`` block with ``>>>`` prompts runs as a doctest (the page's python blocks share one
  namespace, as ``python -m doctest docs/PAGE.md`` runs them);
- in a ``console`` block, each ``$ factcheck ...`` (or ``$ python -m factcheck ...``) line runs
  through ``factcheck.cli.main`` and what it prints (stdout and stderr) must equal the lines
  that follow, up to the next ``$`` line.  A ``...`` line matches any number of lines.  A
  command may end with ``> FILE`` (the output goes to the file) or ``; echo "exit $?"``
  (the exit code is printed as ``exit N``).  Other commands (``$ pytest ...``) are shown, not
  run.

Pages by other authors are included automatically; a page whose examples cannot pass yet goes
in ``SKIP`` with the reason.
"""

from __future__ import annotations

import contextlib
import doctest
import importlib.util
import io
import re
import shlex
import subprocess
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
PAGES = sorted(DOCS.glob("*.md"))

SKIP: dict[str, str] = {}
"""Pages whose examples are not run yet, with the reason (page file name -> reason)."""

_FENCE = re.compile(
    r"^(?P<indent> {0,3})(?P<fence>`{3,}|~{3,})(?P<info>[^\n`]*)\n"
    r"(?P<body>.*?)^(?P=indent)(?P=fence)[ \t]*$",
    re.MULTILINE | re.DOTALL,
)
_FILE_MARK = re.compile(r"<!--\s*file:\s*(?P<name>[^\s>]+)\s*-->\s*\Z")
_EXIT_ECHO = re.compile(r"""\s*;\s*echo\s+(?:"exit \$\?"|'exit \$\?'|exit\s+\$\?)\s*$""")


@dataclass(frozen=True)
class Block:
    """One fenced block of a page: its language, text, first line (1-based), and the file it
    defines, if an HTML comment names one."""

    lang: str
    body: str
    line: int
    file: str | None = None


def blocks(markdown: str) -> list[Block]:
    """The fenced blocks of a Markdown text, in order."""
    out = []
    for match in _FENCE.finditer(markdown):
        before = markdown[: match.start()]
        mark = _FILE_MARK.search(before)
        indent = len(match.group("indent"))
        body = "\n".join(line[indent:] for line in match.group("body").split("\n"))
        out.append(
            Block(
                lang=(match.group("info").strip().split() or [""])[0].lower(),
                body=body,
                line=before.count("\n") + 2,
                file=mark.group("name") if mark else None,
            )
        )
    return out


# -- console blocks ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Command:
    line: int
    command: str
    expected: tuple[str, ...]


def commands(block: Block) -> list[Command]:
    """The ``$`` commands of a console block, each with the output lines that follow it."""
    out: list[Command] = []
    lines = block.body.rstrip("\n").split("\n")
    index = 0
    while index < len(lines):
        line = lines[index]
        if not line.startswith("$ "):
            index += 1
            continue
        start = index
        command = line[2:]
        while command.endswith("\\") and index + 1 < len(lines):
            index += 1
            command = command[:-1] + " " + lines[index].strip()
        index += 1
        expected = []
        while index < len(lines) and not lines[index].startswith("$ "):
            expected.append(lines[index])
            index += 1
        out.append(Command(block.line + start, command, tuple(expected)))
    return out


def factcheck_argv(command: str) -> list[str] | None:
    """The arguments of a ``factcheck`` command line, or ``None`` for any other command.
    Words split as a POSIX shell splits them (shlex, plus the shell's ``\\$`` for ``$``
    inside double quotes)."""
    words = shlex.split(command.replace("\\$", "$"))
    if words[:1] == ["factcheck"]:
        return words[1:]
    if words[:3] == ["python", "-m", "factcheck"]:
        return words[3:]
    return None


def run_command(command: str) -> list[str]:
    """Run one ``factcheck`` command line as the console block shows it; its printed lines."""
    from factcheck.cli import main

    echo_exit = _EXIT_ECHO.search(command)
    if echo_exit:
        command = command[: echo_exit.start()]
    argv = factcheck_argv(command)
    assert argv is not None
    target = None
    if len(argv) >= 2 and argv[-2] == ">":
        argv, target = argv[:-2], argv[-1]
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer), contextlib.redirect_stderr(buffer):
        code = main(argv, out=buffer)
    output = buffer.getvalue()
    if target is not None:
        Path(target).write_text(output, encoding="utf-8")
        output = ""
    lines = output.rstrip("\n").split("\n") if output.strip() else []
    if echo_exit:
        lines.append(f"exit {code}")
    return lines


def lines_match(expected: Sequence[str], actual: Sequence[str]) -> bool:
    """Whether ``actual`` equals ``expected`` line by line (trailing blanks ignored), where a
    ``...`` line in ``expected`` stands for any number of lines."""
    want = [line.rstrip() for line in expected]
    got = [line.rstrip() for line in actual]
    while want and not want[-1]:
        want.pop()
    while got and not got[-1]:
        got.pop()

    def match(i: int, j: int) -> bool:
        if i == len(want):
            return j == len(got)
        if want[i] == "...":
            return any(match(i + 1, k) for k in range(j, len(got) + 1))
        return j < len(got) and want[i] == got[j] and match(i + 1, j + 1)

    return match(0, 0)


# -- running a page ---------------------------------------------------------------------------


def run_page(markdown: str, name: str, folder: Path) -> list[str]:
    """Run every example of a page in ``folder``; the failures, as readable text."""
    failures: list[str] = []
    namespace: dict[str, object] = {"__name__": f"docs.{name}"}
    parser = doctest.DocTestParser()
    with contextlib.chdir(folder):
        for block in blocks(markdown):
            if block.file is not None:
                (folder / block.file).parent.mkdir(parents=True, exist_ok=True)
                (folder / block.file).write_text(block.body, encoding="utf-8")
            elif block.lang in ("python", "py", "pycon") and ">>>" in block.body:
                test = parser.get_doctest(block.body, namespace, name, name, block.line - 1)
                report = io.StringIO()
                runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
                runner.run(test, out=report.write, clear_globs=False)
                namespace.update(test.globs)
                if runner.failures:
                    failures.append(report.getvalue())
            elif block.lang == "console":
                for command in commands(block):
                    if factcheck_argv(command.command) is None:
                        continue
                    actual = run_command(command.command)
                    if not lines_match(command.expected, actual):
                        failures.append(
                            f"{name}:{command.line}: $ {command.command}\n"
                            + "expected:\n"
                            + "".join(f"    {line}\n" for line in command.expected)
                            + "got:\n"
                            + "".join(f"    {line}\n" for line in actual)
                        )
    return failures


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_every_example_of_the_page_runs(page: Path, tmp_path: Path) -> None:
    """Each doctest and each factcheck command of the page prints what the page says."""
    if page.name in SKIP:
        pytest.skip(SKIP[page.name])
    failures = run_page(page.read_text(encoding="utf-8"), page.name, tmp_path)
    assert not failures, "\n".join(failures)


# -- the runner can fail ----------------------------------------------------------------------

WRONG_PAGE = """\
# A page with wrong examples

<!-- file: note.txt -->
```text
Exports rose 5 percent.
```

```python
>>> 1 + 1
3

```

```console
$ factcheck scan note.txt
note.txt:1:14: 'rose 5 percent' number [4.5, 5.5] percent, or so the page says
```
"""

RIGHT_PAGE = """\
<!-- file: note.txt -->
```text
Exports rose 5 percent in 2024.
```

```python
>>> total = 2
>>> from pathlib import Path
>>> print(Path("note.txt").read_text().strip())
Exports rose 5 percent in 2024.

```

```python
>>> total + 1
3

```

```console
$ factcheck scan note.txt
note.txt:1:9: 'rose 5 percent' number 4.5–5.5 percent
...
$ factcheck scan missing.txt; echo "exit $?"
factcheck: error: missing.txt: No such file or directory
exit 2
$ pytest note.txt
this line is shown, never compared
```
"""


def test_a_wrong_example_is_detected(tmp_path: Path) -> None:
    """A doctest and a console example that print something else both fail the page."""
    failures = run_page(WRONG_PAGE, "wrong.md", tmp_path)
    assert len(failures) == 2
    assert "Expected:\n    3\nGot:\n    2" in failures[0]
    assert failures[1].startswith("wrong.md:15: $ factcheck scan note.txt")


def test_a_right_page_passes(tmp_path: Path) -> None:
    """Files are written first, python blocks share a namespace, ``...`` matches the rest,
    exit codes are echoed, and commands other than factcheck are not run."""
    assert run_page(RIGHT_PAGE, "right.md", tmp_path) == []
    assert (tmp_path / "note.txt").read_text(encoding="utf-8").startswith("Exports rose")


def test_lines_match_treats_an_ellipsis_line_as_any_lines() -> None:
    """``...`` matches zero or more lines, anywhere; everything else must be equal."""
    assert lines_match(["a", "...", "d"], ["a", "b", "c", "d"])
    assert lines_match(["a", "..."], ["a"])
    assert not lines_match(["a", "...", "d"], ["a", "b", "c"])
    assert not lines_match(["a"], ["a", "b"])


def test_a_redirected_command_writes_its_file(tmp_path: Path) -> None:
    """``$ factcheck scan X > FILE`` prints nothing and leaves the output in FILE."""
    (tmp_path / "a.txt").write_text("Up 5 percent.\n", encoding="utf-8")
    with contextlib.chdir(tmp_path):
        assert run_command("factcheck scan a.txt > out.txt") == []
    assert "'Up 5 percent'" in (tmp_path / "out.txt").read_text(encoding="utf-8")


# -- the generated page, and the site's navigation --------------------------------------------


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_relations", DOCS / "gen_relations.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_relations_page_is_generated_from_the_table() -> None:
    """docs/relations.md is exactly what docs/gen_relations.py makes of RELATIONS now
    (run ``python docs/gen_relations.py`` after changing the table)."""
    expected = _generator().render()
    assert (DOCS / "relations.md").read_text(encoding="utf-8") == expected


def test_relations_page_lists_every_relation_and_alias() -> None:
    """Every relation has a section, and every alias and formula appears on the page."""
    from factcheck.relations import RELATIONS

    page = (DOCS / "relations.md").read_text(encoding="utf-8")
    for name, relation in RELATIONS.items():
        assert f"\n## {name}\n" in page
        for alias in relation.aliases:
            assert f"`{alias}`" in page
        assert relation.formula.replace("|", "\\|") in page


def _nav_pages(nav: object) -> Iterator[str]:
    if isinstance(nav, str):
        yield nav
    elif isinstance(nav, list):
        for item in nav:
            yield from _nav_pages(item)
    elif isinstance(nav, dict):
        for value in nav.values():
            yield from _nav_pages(value)


def _nav() -> set[str]:
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    return set(_nav_pages(config["nav"]))


def test_every_page_is_in_the_navigation() -> None:
    """No page of docs/ is left out of mkdocs.yml's nav."""
    assert {p.name for p in PAGES} <= _nav()


def test_the_site_builds_strictly(tmp_path: Path) -> None:
    """``mkdocs build --strict`` passes: no broken link, anchor or navigation entry (run when
    MkDocs is installed, ``pip install -e '.[docs]'``, and every page of the nav exists)."""
    pytest.importorskip("mkdocs")
    missing = sorted(name for name in _nav() if not (DOCS / name).is_file())
    if missing:
        pytest.skip(f"pages in the nav not written yet: {', '.join(missing)}")
    build = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert build.returncode == 0, build.stderr


# "pip install factcheck" (with or without extras, quoted or not) installs an unrelated PyPI
# package of that name; this project's distribution is factcheck-numbers, installed from a
# path or a git URL until it is published.
_WRONG_INSTALL = re.compile(r"""pip install\s+(?:-U\s+|--upgrade\s+)?['"]?factcheck(?![-\w])""")


def _install_texts() -> list[Path]:
    texts = [ROOT / "README.md", ROOT / "CHANGELOG.md", ROOT / ".pre-commit-hooks.yaml", *PAGES]
    texts += sorted((ROOT / "src").rglob("*.py")) + sorted((ROOT / "benchmarks").rglob("*.py"))
    return texts


def test_the_install_pattern_finds_the_wrong_package() -> None:
    """The pattern below catches every spelling of installing PyPI's unrelated factcheck, and
    none of this project's own install lines."""
    for wrong in ("pip install factcheck", "pip install 'factcheck[z3]'", 'pip install "factcheck"',
                  "pip install -U factcheck", "pip install factcheck==1.0"):  # fmt: skip
        assert _WRONG_INSTALL.search(wrong), wrong
    for right in ("pip install -e .", 'pip install "factcheck-numbers @ git+$FACTCHECK_GIT"',
                  "pip install -e '.[test]'", "pip install z3-solver"):  # fmt: skip
        assert not _WRONG_INSTALL.search(right), right


def test_no_doc_installs_the_unrelated_factcheck_package() -> None:
    """No README, docs page, changelog, hook or message says ``pip install factcheck``."""
    found = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in _install_texts()
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1)
        if _WRONG_INSTALL.search(line)
    ]
    assert found == []


def test_the_distribution_is_not_called_factcheck() -> None:
    """pyproject.toml names the distribution factcheck-numbers (PyPI's "factcheck" is an
    unrelated 2013 package), while the command stays ``factcheck``."""
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert project["name"] == "factcheck-numbers"
    assert project["scripts"] == {"factcheck": "factcheck.cli:main"}


def test_the_pre_commit_hooks_run_the_audit() -> None:
    """.pre-commit-hooks.yaml declares the two hooks docs/recipes.md names."""
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text("utf-8"))
    assert [(h["id"], h["entry"], h["language"]) for h in hooks] == [
        ("factcheck", "factcheck audit", "python"),
        ("factcheck-all", "factcheck audit claims/", "python"),
    ]
    assert hooks[1]["pass_filenames"] is False
