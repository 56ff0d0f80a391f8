"""Claim files: ``*.claims.yaml`` -> the article model, with file:line:col on every error.

The YAML is *composed*, never constructed: PyYAML's ``compose()`` gives a tree of nodes that
keep each scalar's raw text and position, and this module walks that tree itself.  So numbers
are always read from their text and YAML's implicit types (``NO`` -> false, ``012`` -> 10,
``1.10`` -> 1.1, ``1:30`` -> 90) never reach the model; no tag is ever turned into an object;
and anchors and aliases (the "billion laughs") are refused rather than expanded.

Reading the bytes and composing them into nodes is :mod:`factcheck.claimtext`'s part, which
imports neither the model nor the reader (the pytest plugin collects from it alone);
:func:`parse_claims` composes there and builds here, and so does :func:`load_claims`.

The format is described in docs/claim-files.md and by ``claims.schema.json`` beside this
module.
"""

from __future__ import annotations

__all__ = [
    "CLAIM_SUFFIX",
    "ClaimFile",
    "ClaimFileError",
    "NotClaim",
    "load_claims",
    "parse_claims",
]

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from factcheck.claimnodes import Walker
from factcheck.claimtext import (
    _CHECK,
    _FIGURE,
    _NOT_CLAIM,
    _POLICY,
    _REFERENCE,
    _SOURCE,
    _TOP,
    _UNKNOWN,
    CLAIM_SUFFIX,
    GRADES,
    PYTEST_MARKERS,
    SEVERITIES,
    ClaimFileError,
    _yaml_loader,
    compose_claims,
    is_name,
    read_claim_text,
)
from factcheck.claimtext import MAX_BYTES as MAX_BYTES  # re-exported from their old home
from factcheck.claimtext import MAX_DEPTH as MAX_DEPTH
from factcheck.errors import Location
from factcheck.model import Article, Check, Figure, Reference, Source, Unknown
from factcheck.reading import ROUNDING_RULES, ReadingPolicy


@dataclass(frozen=True, slots=True)
class NotClaim:
    """A number of the text that is not a claim (a date, a caption), with the reason."""

    text: str
    reason: str
    location: Location | None = None


@dataclass(frozen=True, slots=True)
class ClaimFile:
    """A loaded claim file: the article, the numbers excused from coverage, and the raw text."""

    path: str
    article: Article
    not_claims: tuple[NotClaim, ...] = ()
    source_path: str | None = None
    """The source text's path resolved against the claim file's folder, if given."""
    text: str = field(default="", repr=False)
    source_location: Location | None = None
    """Where ``source.path`` is written (for errors about the file it names)."""


# -- the sections -----------------------------------------------------------------------------
# (their keys are in factcheck.claimtext; the pytest plugin outlines files with claimoutline)


def parse_claims(text: str, path: str = "<claims>") -> ClaimFile:
    """Parse a claim file's text; every problem is a :class:`ClaimFileError` with a position."""
    return build_claims(compose_claims(text, path, _yaml_loader()), text, path)


def build_claims(root: Any, text: str, path: str = "<claims>") -> ClaimFile:
    """The claim file whose text ``text`` composed (by :func:`compose_claims`) to ``root``:
    every section read and checked, into the article model."""
    walker = Walker(path)
    top = walker.mapping(root, "the claim file", _TOP)
    source, policy = Source(title=""), ReadingPolicy()
    with walker.collecting():
        source = _source(walker, top)
    with walker.collecting():
        policy = _policy(walker, top)
    figures: list[Figure] = []
    unknowns: list[Unknown] = []
    references: list[Reference] = []
    checks: list[Check] = []
    not_claims: list[NotClaim] = []
    with walker.collecting():
        figures = _figures(walker, top)
    with walker.collecting():
        unknowns = _unknowns(walker, top)
    with walker.collecting():
        references = _references(walker, top)
    with walker.collecting():
        checks = _checks(walker, top)
    with walker.collecting():
        not_claims = _not_claims(walker, top)
    walker.raise_problems()
    article = Article(
        source=source,
        figures=tuple(figures),
        unknowns=tuple(unknowns),
        references=tuple(references),
        checks=tuple(checks),
        policy=policy,
        path=path,
    )
    source_path = None
    source_location = None
    if source.path:
        source_path = str(Path(path).parent / source.path) if path != "<claims>" else source.path
        for key_node, value_node in top["source"][1].value:
            if key_node.value == "path":
                source_location = walker.where(value_node)
    return ClaimFile(path, article, tuple(not_claims), source_path, text, source_location)


def _source(walker: Walker, top: Mapping[str, tuple[Any, Any]]) -> Source:
    entries = walker.mapping(top["source"][1], "source", _SOURCE)
    values = {key: walker.text(value, f"source.{key}") for key, (_, value) in entries.items()}
    sha = values.get("sha256")
    if sha is not None and (
        len(sha) != 64 or any(c not in "0123456789abcdef" for c in sha.lower())
    ):
        raise walker.fail(
            entries["sha256"][1],
            f"source.sha256 is {sha!r}",
            "write the 64 hex digits of the text's SHA-256",
        )
    return Source(
        title=values["title"],
        outlet=values.get("outlet", ""),
        published=values.get("published", ""),
        url=values.get("url", ""),
        path=values.get("path"),
        sha256=sha,
        rounding=values.get("rounding"),
    )


def _policy(walker: Walker, top: Mapping[str, tuple[Any, Any]]) -> ReadingPolicy:
    policy = ReadingPolicy()
    if "policy" in top:
        node = top["policy"][1]
        options = walker.mapping(node, "policy", _POLICY)
        raw = {key: walker.text(value, f"policy.{key}") for key, (_, value) in options.items()}
        before = len(walker.problems)
        for key, value in raw.items():
            with walker.collecting():  # every key's problem, not the first alone
                _check_option(walker, options[key][1], f"policy.{key}", key, value)
        if len(walker.problems) > before:
            return policy
        try:
            policy = ReadingPolicy(**raw)  # type: ignore[arg-type]
        except (ValueError, TypeError, ArithmeticError) as error:
            raise walker.fail(node, f"policy: {error}", "fix the reading policy") from None
    return policy


_OPTION_VALUES: Final = {
    "rounding": ROUNDING_RULES,
    "trailing_zeros": ("prose", "ambiguous", "significant", "placeholders"),
    "yen_symbol": ("CNY", "JPY"),
}
_DECIMAL: Final = r"[0-9]{1,30}(\.[0-9]{1,30})?"


def _check_option(walker: Walker, node: Any, what: str, key: str, value: str) -> None:
    """A reading-policy option (of the article or of one figure), checked where it is written."""
    allowed = _OPTION_VALUES.get(key)
    if allowed is not None and value not in allowed:
        raise walker.fail(node, f"{what} is {value!r}", f"expected one of: {', '.join(allowed)}")
    if key == "base" and (re.fullmatch(_DECIMAL, value) is None or not value.strip("0.")):
        raise walker.fail(
            node, f"{what} is {value!r}", "write a positive decimal number such as 1000 or 0.1"
        )


def _named_entries(
    walker: Walker, top: Mapping[str, tuple[Any, Any]], section: str
) -> list[tuple[str, Any, Any]]:
    if section not in top:
        return []
    import yaml

    node = top[section][1]
    if isinstance(node, yaml.ScalarNode) and node.value == "":
        return []
    entries = walker.mapping(node, section)
    return [(key, key_node, value) for key, (key_node, value) in entries.items()]


def _checked_name(walker: Walker, key_node: Any, key: str, section: str) -> str:
    if not is_name(key):
        raise walker.fail(
            key_node,
            f"the name {key!r} in {section}",
            "use letters, digits and underscores, not starting with a digit",
        )
    return key


def _figures(walker: Walker, top: Mapping[str, tuple[Any, Any]]) -> list[Figure]:
    import yaml

    figures = []
    for key, key_node, node in _named_entries(walker, top, "figures"):
        with walker.collecting():
            name = _checked_name(walker, key_node, key, "figures")
            where = walker.where(key_node)
            if isinstance(node, yaml.ScalarNode):
                figures.append(
                    Figure(name=name, quote=walker.text(node, f"figure {name}"), location=where)
                )
                continue
            entries = walker.mapping(node, f"figure {name}", _FIGURE)
            index = (
                walker.integer(entries["index"][1], f"figure {name}.index")
                if "index" in entries
                else 0
            )
            options = {
                k: walker.optional_text(entries, k, f"figure {name}")
                for k in ("rounding", "base", "trailing_zeros", "hedge")
            }
            for key in ("rounding", "base", "trailing_zeros"):
                value = options[key]
                if value is not None:
                    _check_option(walker, entries[key][1], f"figure {name}.{key}", key, value)
            figures.append(
                Figure(
                    name=name,
                    quote=walker.text(entries["quote"][1], f"figure {name}.quote"),
                    index=index,
                    value=walker.optional_text(entries, "value", f"figure {name}"),
                    rounding=options["rounding"],
                    base=options["base"],
                    trailing_zeros=options["trailing_zeros"],
                    hedge=options["hedge"],
                    integer=walker.flag(entries, "integer", f"figure {name}"),
                    location=where,
                )
            )
    return figures


def _unknowns(walker: Walker, top: Mapping[str, tuple[Any, Any]]) -> list[Unknown]:
    import yaml

    unknowns = []
    for key, key_node, node in _named_entries(walker, top, "unknowns"):
        with walker.collecting():
            name = _checked_name(walker, key_node, key, "unknowns")
            where = walker.where(key_node)
            if isinstance(node, yaml.ScalarNode):
                unit = walker.text(node, f"unknown {name}") if node.value else ""
                unknowns.append(Unknown(name=name, unit=unit, location=where))
                continue
            entries = walker.mapping(node, f"unknown {name}", _UNKNOWN)
            bounds = walker.optional_text(entries, "bounds", f"unknown {name}")
            if bounds not in (None, "positive", "nonnegative"):
                raise walker.fail(
                    entries["bounds"][1],
                    f"unknown {name}.bounds is {bounds!r}",
                    "expected positive or nonnegative",
                )
            unknowns.append(
                Unknown(
                    name=name,
                    unit=walker.optional_text(entries, "unit", f"unknown {name}") or "",
                    bounds=bounds,
                    description=walker.optional_text(entries, "description", f"unknown {name}")
                    or "",
                    integer=bool(walker.flag(entries, "integer", f"unknown {name}")),
                    location=where,
                )
            )
    return unknowns


def _references(walker: Walker, top: Mapping[str, tuple[Any, Any]]) -> list[Reference]:
    references = []
    for key, key_node, node in _named_entries(walker, top, "references"):
        with walker.collecting():
            name = _checked_name(walker, key_node, key, "references")
            entries = walker.mapping(node, f"reference {name}", _REFERENCE)
            values = {
                key: walker.optional_text(entries, key, f"reference {name}") or ""
                for key in ("value", "unit", "source", "quote")
            }
            references.append(Reference(name=name, **values, location=walker.where(key_node)))
    return references


def _checks(walker: Walker, top: Mapping[str, tuple[Any, Any]]) -> list[Check]:
    import yaml

    if "checks" not in top:
        return []
    node = top["checks"][1]
    if isinstance(node, yaml.ScalarNode) and node.value == "":
        return []
    checks: list[Check] = []
    first_seen: dict[str, Location] = {}
    for item in walker.sequence(node, "checks"):
        with walker.collecting():
            entries = walker.mapping(item, "a check", _CHECK)
            id_node = entries["id"][1]
            check_id = _checked_name(walker, id_node, walker.text(id_node, "check id"), "checks")
            where = walker.where(item)
            if check_id in first_seen:
                first = first_seen[check_id].line
                raise walker.fail(
                    id_node,
                    f"the check id {check_id!r} is used twice (first at line {first})",
                    "give every check its own id",
                )
            first_seen[check_id] = where
            severity = walker.optional_text(entries, "severity", f"check {check_id}") or "error"
            if severity not in SEVERITIES:
                raise walker.fail(
                    entries["severity"][1],
                    f"check {check_id}.severity is {severity!r}",
                    "expected error or warn",
                )
            expect = walker.optional_text(entries, "expect", f"check {check_id}")
            if expect is not None and expect not in GRADES:
                raise walker.fail(
                    entries["expect"][1],
                    f"check {check_id}.expect is {expect!r}",
                    f"expected one of: {', '.join(GRADES)}",
                )
            tags = (
                walker.text_list(entries["tags"][1], f"check {check_id}.tags")
                if "tags" in entries
                else ()
            )
            if tags:
                for tag, tag_node in zip(tags, _tag_nodes(entries), strict=False):
                    _checked_name(walker, tag_node, tag, f"check {check_id}.tags")
                    if tag in PYTEST_MARKERS:
                        raise walker.fail(
                            tag_node,
                            f"the tag {tag!r} in check {check_id}.tags, which is one of pytest's "
                            "own markers (a check tagged with it would be skipped, xfailed or "
                            "parametrized)",
                            "choose another tag",
                        )
            proposed = walker.optional_text(entries, "proposed", f"check {check_id}") or "false"
            if proposed not in ("true", "false"):
                raise walker.fail(
                    entries["proposed"][1],
                    f"check {check_id}.proposed is {proposed!r}",
                    "expected true or false",
                )
            checks.append(
                Check(
                    id=check_id,
                    proposed=proposed == "true",
                    condition=walker.text(entries["condition"][1], f"check {check_id}.condition"),
                    quote=walker.optional_text(entries, "quote", f"check {check_id}") or "",
                    severity=severity,
                    expect=expect,  # validated against GRADES above
                    tags=tags,
                    note=walker.optional_text(entries, "note", f"check {check_id}") or "",
                    location=where,
                )
            )
    return checks


def _tag_nodes(entries: Mapping[str, tuple[Any, Any]]) -> list[Any]:
    node = entries["tags"][1]
    value = node.value
    return list(value) if isinstance(value, list) else [node]


def _not_claims(walker: Walker, top: Mapping[str, tuple[Any, Any]]) -> list[NotClaim]:
    import yaml

    if "not_claims" not in top:
        return []
    node = top["not_claims"][1]
    if isinstance(node, yaml.ScalarNode) and node.value == "":
        return []
    out = []
    for item in walker.sequence(node, "not_claims"):
        with walker.collecting():
            entries = walker.mapping(item, "a not_claims entry", _NOT_CLAIM)
            out.append(
                NotClaim(
                    text=walker.text(entries["text"][1], "not_claims.text"),
                    reason=walker.text(entries["reason"][1], "not_claims.reason"),
                    location=walker.where(item),
                )
            )
    return out


def load_claims(path: str | Path) -> ClaimFile:
    """Read and parse a claim file from disk (UTF-8, at most 5 MB)."""
    return parse_claims(read_claim_text(path), str(path))


def sha256_of(path: str | Path) -> str:
    """The SHA-256 of a file's bytes, as claim files record it (a regular file of at most
    :data:`factcheck.sources.MAX_SOURCE_BYTES`; else :class:`~factcheck.sources.SourceRefused`)."""
    import hashlib

    from factcheck.sources import read_capped

    return hashlib.sha256(read_capped(path, what="source text")).hexdigest()
