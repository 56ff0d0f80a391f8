"""What starting factcheck imports: the command line reads a phrase without the engine, the
reporters, YAML or pint, and loads claim files with libyaml's safe loader when it is there.
(How long start-up takes is measured by ``benchmarks/bench_startup.py``, not asserted here.)"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import textwrap

import pytest
import yaml

from factcheck import cli
from factcheck.claimtext import _yaml_loader
from factcheck.reports import FORMATS


def _modules_after(code: str) -> set[str]:
    """The modules imported by running ``code`` in a fresh interpreter."""
    script = code + "\nimport sys\nprint(' '.join(sorted(sys.modules)))\n"
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    return set(result.stdout.split())


def test_read_command_imports_no_engine_reporter_yaml_or_pint() -> None:
    """``factcheck read PHRASE`` imports the reader and nothing of the audit."""
    code = textwrap.dedent(
        """
        import io
        from factcheck.cli import main
        assert main(["read", "rose 5 percent"], out=io.StringIO()) == 0
        """
    )
    modules = _modules_after(code)
    assert "factcheck.reading" in modules  # the probe did run the reader
    heavy = {"pint", "yaml", "factcheck.engine", "factcheck.model", "factcheck.units", "shutil"}
    reporters = {name for name in modules if name.startswith("factcheck.reports.")}
    assert (set(), set()) == (heavy & modules, reporters)


def test_read_command_imports_neither_attrs_nor_what_attrs_imports() -> None:
    """``factcheck read PHRASE`` does without attrs and dataclasses (their imports, with
    ``inspect``, ``typing``, ``platform`` and ``threading``, were most of its start-up), and the
    patterns it has no use for stay uncompiled (issue #17)."""
    code = textwrap.dedent(
        """
        import io
        from factcheck.cli import main
        assert main(["read", "rose 5 percent"], out=io.StringIO()) == 0
        from factcheck.reading import rules
        print("compiled" if "match" in vars(rules._RESPECTIVELY) else "not compiled")
        """
    )
    script = code + "\nimport sys\nprint(' '.join(sorted(sys.modules)))\n"
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    compiled, names = result.stdout.splitlines()
    modules = set(names.split())
    assert "factcheck.reading" in modules  # the probe did run the reader
    avoided = {"attr", "attrs", "dataclasses", "inspect", "typing", "platform", "threading"}
    avoided |= {"factcheck.reports"}  # the format names: only ``audit`` and ``check`` list them
    assert (set(), "not compiled") == (avoided & modules, compiled)


def test_parser_lists_the_formats_without_importing_a_reporter() -> None:
    """The argument parser offers every format by name, and importing no reporter to do so."""
    code = "from factcheck.cli import _build_parser\n_build_parser()"
    modules = _modules_after(code)
    assert {name for name in modules if name.startswith("factcheck.reports.")} == set()
    parser = cli._build_parser()
    accepted = {
        name: parser.parse_args(["audit", "x", "--format", name]).format for name in FORMATS
    }
    assert {name: name for name in FORMATS} == accepted
    with pytest.raises(SystemExit):
        parser.parse_args(["audit", "x", "--format", "yaml"])


@pytest.mark.parametrize("columns", [None, "37", "250", "0", "wide"])
def test_help_width_is_shutils(columns: str | None, monkeypatch: pytest.MonkeyPatch) -> None:
    """The width argparse is given for help text is what ``shutil`` would have told it."""
    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)
    assert shutil.get_terminal_size().columns == cli._terminal_columns()


def test_claim_files_are_composed_by_a_safe_loader() -> None:
    """libyaml's safe loader when PyYAML has it, else PyYAML's own; never an unsafe one."""
    loader = _yaml_loader()
    expected = yaml.CSafeLoader if hasattr(yaml, "CSafeLoader") else yaml.SafeLoader
    assert expected is loader
    assert issubclass(loader, yaml.constructor.SafeConstructor)
    assert not issubclass(loader, yaml.constructor.UnsafeConstructor)


@pytest.mark.parametrize("command", sorted(cli._COMMANDS))
def test_a_parser_for_one_command_reads_it_as_the_whole_parser_does(command: str) -> None:
    """The parser built for one command (as ``main`` builds it once it knows the command)
    gives that command the same options, defaults and help as the parser of every command."""
    whole = cli._build_parser().commands
    alone = cli._build_parser(only=command).commands
    assert whole is not None
    assert alone is not None
    assert [command] == list(alone)
    assert whole[command].format_help() == alone[command].format_help()
    assert _options(whole[command]) == _options(alone[command])


def _options(parser: argparse.ArgumentParser) -> list[tuple[object, ...]]:
    return [(a.dest, a.option_strings, a.default, a.choices, a.nargs) for a in parser._actions]


@pytest.mark.parametrize(
    ("argv", "named"),
    [
        (["read", "5 percent"], "read"),
        (["--debug", "audit", "claims/"], "audit"),
        (["--help", "read"], None),  # the top level's help lists every command
        (["-h"], None),
        (["--version"], None),
        (["reed", "5"], None),  # the error names the commands there are
        ([], None),
        (["--deb", "read"], None),  # an abbreviation: argparse decides what it is
    ],
)
def test_the_command_named_before_parsing(argv: list[str], named: str | None) -> None:
    """``main`` builds one command's parser only when nothing but ``--debug`` comes before a
    known command; for anything else (help, version, a typo) it builds them all."""
    assert named == cli._command_named(argv)
