"""The reading policy given with ``--policy``, and the defaults a project sets in
``[tool.factcheck]`` of its pyproject.toml."""

from __future__ import annotations

import argparse

from factcheck.cli.common import _UsageError

TYPE_CHECKING = False  # not typing's: ``factcheck read`` starts without importing typing
if TYPE_CHECKING:
    from pathlib import Path


_POLICY_KEYS = ("rounding", "base", "trailing_zeros", "yen_symbol")


def _policy_overrides(items: list[str]) -> dict[str, str]:
    """``["rounding=up"]`` -> ``{"rounding": "up"}``, validated against ReadingPolicy."""
    if not items:
        return {}
    from factcheck.reading import ReadingPolicy

    overrides: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or key not in _POLICY_KEYS:
            raise _UsageError(
                f"--policy {item!r}: write KEY=VALUE with KEY one of {', '.join(_POLICY_KEYS)}"
            )
        overrides[key] = value
    try:
        ReadingPolicy(**overrides)  # type: ignore[arg-type]
    except (ValueError, TypeError, ArithmeticError) as error:
        raise _UsageError(f"--policy: {error}") from None
    return overrides


PROJECT_KEYS = ("format", "paths", "policy", "source_root")
"""The keys of ``[tool.factcheck]`` in pyproject.toml (see docs/cli.md, "Project defaults")."""


def _apply_project_defaults(args: argparse.Namespace) -> None:
    """Fill what the command line leaves out (the format, the paths, the reading policy) from
    ``[tool.factcheck]`` of the nearest pyproject.toml that has one, looking from the working
    directory upward.  The command line wins; paths are relative to the pyproject's folder."""
    from pathlib import Path

    args.config_policy = {}
    found = _project_table(Path.cwd())
    if found is not None:
        pyproject, table = found
        for key in table:
            if key not in PROJECT_KEYS:
                raise _UsageError(
                    f"{pyproject}: [tool.factcheck] has no key {key!r}; "
                    f"the keys are {', '.join(PROJECT_KEYS)}"
                )
        if args.format is None and "format" in table:
            args.format = _project_format(pyproject, table["format"])
        if "paths" in table:
            paths = _project_paths(pyproject, table["paths"])
            args.paths = args.paths or paths
        if "policy" in table:
            args.config_policy = _project_policy(pyproject, table["policy"])
    if args.format is None:
        args.format = "text"
    if not args.paths:
        raise _UsageError(
            "no PATH: name claim files or folders, or set paths in [tool.factcheck] of "
            "pyproject.toml"
        )


def _project_table(start: Path) -> tuple[Path, dict[str, object]] | None:
    import tomllib

    for folder in (start, *start.parents):
        pyproject = folder / "pyproject.toml"
        if not pyproject.is_file():
            continue
        try:
            data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
            raise _UsageError(f"{pyproject}: cannot be read as TOML ({error})") from None
        table = data.get("tool", {}).get("factcheck")
        if table is None:
            continue
        if not isinstance(table, dict):
            raise _UsageError(f"{pyproject}: tool.factcheck must be a table, [tool.factcheck]")
        return pyproject, table
    return None


def _project_format(pyproject: Path, value: object) -> str:
    from factcheck.reports import FORMATS

    if not isinstance(value, str) or value not in FORMATS:
        raise _UsageError(
            f"{pyproject}: [tool.factcheck] format = {value!r} must be one of "
            f"{', '.join(sorted(FORMATS))}"
        )
    return value


def _project_paths(pyproject: Path, value: object) -> list[str]:
    import os

    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        raise _UsageError(
            f"{pyproject}: [tool.factcheck] paths = {value!r} must be a list of paths, "
            'e.g. paths = ["claims/"]'
        )
    folder = pyproject.parent
    return [os.path.relpath(folder / v) for v in value]


def _project_policy(pyproject: Path, value: object) -> dict[str, str]:
    if not isinstance(value, dict):
        raise _UsageError(
            f"{pyproject}: [tool.factcheck] policy must be a table, "
            'e.g. policy = {rounding = "up"}'
        )
    items = [f"{k}={v}" for k, v in value.items()]
    try:
        return _policy_overrides(items)
    except _UsageError as error:
        raise _UsageError(f"{pyproject}: [tool.factcheck] {error}") from None
