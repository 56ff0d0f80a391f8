"""The package's imports run one way: no module of factcheck imports, at module level, inside a
function or for type checking only, a module that imports it back, and the model never
imports the explainer (issue #17)."""

from __future__ import annotations

import ast
import itertools
from collections.abc import Mapping, Set
from pathlib import Path

import pytest

import factcheck

PACKAGE = Path(factcheck.__file__).parent

KNOWN_CYCLES: list[set[str]] = []
"""Cycles not yet broken (none since the generators became the package ``factcheck.strategies``).
Listed exactly, so that breaking one fails :func:`test_the_known_cycles_are_exactly_these`
until it is struck off."""

ENGINE_PARTS = {"factcheck.culprits", "factcheck.hulls", "factcheck.signs", "factcheck.counts"}
"""Parts of the engine stage that still live at the top level."""


def modules(root: Path) -> dict[str, Path]:
    """Every module of the package under ``root``, by dotted name (a package by its own)."""
    found = {}
    for path in sorted(root.rglob("*.py")):
        parts = list(path.relative_to(root.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def import_graph(root: Path) -> dict[str, set[str]]:
    """For each module, the modules of the package it imports anywhere in its text.

    ``from factcheck.engine import search`` is an edge to ``factcheck.engine.search``;
    ``from factcheck.engine import audit`` one to ``factcheck.engine`` (its ``__init__``)."""
    known = modules(root)

    def owner(name: str) -> str | None:
        while name and name not in known:
            name = name.rpartition(".")[0]
        return name or None

    graph: dict[str, set[str]] = {}
    for name, path in known.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        targets: set[str | None] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets.update(owner(a.name) for a in node.names if a.name.startswith("factcheck"))
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    up = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*up, base] if base else up)
                if base.split(".")[0] != "factcheck":
                    continue
                for alias in node.names:
                    full = f"{base}.{alias.name}"
                    targets.add(full if full in known else owner(base))
        graph[name] = {t for t in targets if t is not None and t != name}
    return graph


def cycles(graph: Mapping[str, Set[str]]) -> list[set[str]]:
    """The strongly connected components of more than one node (Tarjan), each a cycle."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[set[str]] = []
    counter = itertools.count()

    def visit(node: str) -> None:
        index[node] = low[node] = next(counter)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.add(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(component)

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def stage(module: str) -> str:
    """The stage a module belongs to: its subpackage (``factcheck.engine``), else itself."""
    if module in ENGINE_PARTS:
        return "factcheck.engine"
    parts = module.split(".")
    return ".".join(parts[:2])


def reachable(graph: Mapping[str, Set[str]], start: str) -> set[str]:
    seen, todo = set(), [start]
    while todo:
        for nxt in graph.get(todo.pop(), ()):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


@pytest.fixture(scope="module")
def graph() -> dict[str, set[str]]:
    return import_graph(PACKAGE)


def test_no_module_imports_one_that_imports_it_back(graph: dict[str, set[str]]) -> None:
    """Apart from the listed generators, the modules' imports form no cycle."""
    assert [c for c in cycles(graph) if c not in KNOWN_CYCLES] == []


def test_the_known_cycles_are_exactly_these(graph: dict[str, set[str]]) -> None:
    """Every listed cycle is still there (a broken one is struck off the list)."""
    assert [c for c in KNOWN_CYCLES if c not in cycles(graph)] == []


def test_the_stages_import_one_way(graph: dict[str, set[str]]) -> None:
    """Modules grouped by stage (the engine, the reader, the reports...) import no stage that
    imports them back."""
    generators = set().union(*KNOWN_CYCLES)
    stages: dict[str, set[str]] = {}
    for module, targets in graph.items():
        if module in generators:
            continue
        own = stages.setdefault(stage(module), set())
        own.update(stage(t) for t in targets if stage(t) != stage(module))
    assert cycles(stages) == []


def test_the_model_never_reaches_the_explainer(graph: dict[str, set[str]]) -> None:
    """model.py imports neither explain.py nor anything that leads to it, nor the engine."""
    assert "factcheck.explain" not in reachable(graph, "factcheck.model")
    assert not any(m.startswith("factcheck.engine") for m in reachable(graph, "factcheck.model"))


def test_the_graph_sees_every_kind_of_import(tmp_path: Path) -> None:
    """The graph counts imports inside functions and for type checking only, relative ones,
    and names a submodule when one is imported from its package."""
    pkg = tmp_path / "factcheck"
    (pkg / "engine").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "engine" / "__init__.py").write_text("from factcheck.engine.run import go\n")
    (pkg / "engine" / "run.py").write_text("def go():\n    from factcheck import model\n")
    (pkg / "model.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .engine import run\n"
    )
    (pkg / "plain.py").write_text("import os\nfrom factcheck.engine import go\n")
    found = import_graph(pkg)
    assert found == {
        "factcheck": set(),
        "factcheck.engine": {"factcheck.engine.run"},
        "factcheck.engine.run": {"factcheck.model"},
        "factcheck.model": {"factcheck.engine.run"},
        "factcheck.plain": {"factcheck.engine"},
    }
    assert cycles(found) == [{"factcheck.engine.run", "factcheck.model"}]
