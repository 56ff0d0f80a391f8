"""Claim files: ``*.claims.yaml`` -> the article model, with file:line:col on every error.

The YAML is *composed*, never constructed: PyYAML's ``compose()`` gives a tree of nodes that
keep each scalar's raw text and position, and this module walks that tree itself.  So numbers
are always read from their text and YAML's implicit types (``NO`` -> false, ``012`` -> 10,
``1.10`` -> 1.1, ``1:30`` -> 90) never reach the model; no tag is ever turned into an object;
and anchors and aliases (the "billion laughs") are refused rather than expanded.

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

import contextlib
import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from factcheck.errors import FactcheckError, Location
from factcheck.model import GRADES, Article, Check, Figure, Reference, Source, Unknown
from factcheck.reading import ROUNDING_RULES, ReadingPolicy

CLAIM_SUFFIX: Final = ".claims.yaml"
MAX_BYTES: Final = 5 * 1024 * 1024
"""Claim files are written by people; anything larger is refused before parsing."""
MAX_DEPTH: Final = 12
PYTEST_MARKERS: Final = frozenset(
    {"filterwarnings", "parametrize", "skip", "skipif", "usefixtures", "xfail"}
)
"""Tags become pytest markers; these have a meaning of their own and are refused as tags."""


class ClaimFileError(FactcheckError, ValueError):
    """A claim file that cannot be read as written: where, what was found, what was expected."""

    def __init__(self, location: Location, found: str, expected: str) -> None:
        super().__init__(location, found, expected)
        self.location = location
        self.found = found
        self.expected = expected

    @property
    def path(self) -> str | None:
        return self.location.path

    @property
    def line(self) -> int:
        return self.location.line

    @property
    def column(self) -> int:
        return self.location.column

    def __str__(self) -> str:
        return f"{self.location}: {self.found}; {self.expected}"


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


# -- a node walker ----------------------------------------------------------------------------


class _Walker:
    def __init__(self, path: str) -> None:
        self.path = path
        self.seen: set[int] = set()

    def where(self, node: Any) -> Location:
        mark = node.start_mark
        return Location(self.path, mark.line + 1, mark.column + 1)

    def fail(self, node: Any, found: str, expected: str) -> ClaimFileError:
        return ClaimFileError(self.where(node), found, expected)

    def visit(self, node: Any) -> None:
        if id(node) in self.seen:
            raise self.fail(
                node,
                "an alias (*name) repeats an earlier node",
                "write each value out; anchors and aliases are not allowed in claim files",
            )
        self.seen.add(id(node))
        if getattr(node, "anchor", None):
            raise self.fail(node, "an anchor (&name)", "remove it; anchors are not allowed")

    def mapping(
        self, node: Any, what: str, keys: Mapping[str, bool] | None = None
    ) -> dict[str, tuple[Any, Any]]:
        """A mapping's entries by key (key node, value node); unknown, duplicate and missing
        keys are errors.  ``keys`` maps each allowed key to whether it is required."""
        import yaml

        self.visit(node)
        self._untagged(node, what)
        if not isinstance(node, yaml.MappingNode):
            raise self.fail(
                node, f"{what} is {_describe(node)}", f"write {what} as a mapping of keys"
            )
        entries: dict[str, tuple[Any, Any]] = {}
        for key_node, value_node in node.value:
            self.visit(key_node)
            if not isinstance(key_node, yaml.ScalarNode):
                raise self.fail(
                    key_node, f"{_describe(key_node)} used as a key", "use plain text keys"
                )
            if key_node.tag not in _PLAIN_TAGS:
                raise self._tagged(key_node, f"a key in {what}")
            key = key_node.value
            if key in entries:
                first = self.where(entries[key][0])
                raise self.fail(
                    key_node,
                    f"the key {key!r} appears twice in {what} (first at line {first.line})",
                    "keep one; nothing is merged or overwritten",
                )
            if keys is not None and key not in keys:
                allowed = ", ".join(sorted(keys))
                raise self.fail(
                    key_node, f"unknown key {key!r} in {what}", f"expected one of: {allowed}"
                )
            entries[key] = (key_node, value_node)
        if keys is not None:
            for key, required in keys.items():
                if required and key not in entries:
                    raise self.fail(node, f"{what} has no {key!r}", f"add {key}: ...")
        return entries

    def sequence(self, node: Any, what: str) -> list[Any]:
        import yaml

        self.visit(node)
        self._untagged(node, what)
        if not isinstance(node, yaml.SequenceNode):
            raise self.fail(
                node, f"{what} is {_describe(node)}", f"write {what} as a list (- items)"
            )
        return list(node.value)

    def _untagged(self, node: Any, what: str) -> None:
        """Refuse a tag on a mapping or a list (``!!python/object``, ``!!set``, ``!mine``)."""
        import yaml

        if isinstance(node, yaml.CollectionNode) and node.tag not in _COLLECTION_TAGS:
            raise self._tagged(node, what)

    def _tagged(self, node: Any, what: str) -> ClaimFileError:
        return self.fail(
            node, f"{what} carries the tag {node.tag!r}", "remove the tag; tags are not allowed"
        )

    def text(self, node: Any, what: str) -> str:
        """A scalar's raw text, exactly as written (no implicit typing)."""
        import yaml

        self.visit(node)
        if not isinstance(node, yaml.ScalarNode):
            raise self.fail(node, f"{what} is {_describe(node)}", f"write {what} as text")
        if node.tag not in _PLAIN_TAGS:
            raise self._tagged(node, what)
        return str(node.value)

    def optional_text(
        self, entries: Mapping[str, tuple[Any, Any]], key: str, what: str
    ) -> str | None:
        if key not in entries:
            return None
        return self.text(entries[key][1], f"{what}.{key}")

    def integer(self, node: Any, what: str) -> int:
        raw = self.text(node, what)
        if not raw.isascii() or not raw.isdigit() or len(raw) > 6:
            raise self.fail(node, f"{what} is {raw!r}", "write a whole number such as 0, 1 or 2")
        return int(raw)

    def text_list(self, node: Any, what: str) -> tuple[str, ...]:
        import yaml

        if isinstance(node, yaml.ScalarNode):
            return (self.text(node, what),)
        return tuple(self.text(item, f"{what} item") for item in self.sequence(node, what))


_PLAIN_TAGS: Final = frozenset(
    {
        "tag:yaml.org,2002:str",
        "tag:yaml.org,2002:int",
        "tag:yaml.org,2002:float",
        "tag:yaml.org,2002:bool",
        "tag:yaml.org,2002:null",
        "tag:yaml.org,2002:timestamp",
        "tag:yaml.org,2002:value",
        "tag:yaml.org,2002:merge",
    }
)


_COLLECTION_TAGS: Final = frozenset({"tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"})


def _describe(node: Any) -> str:
    import yaml

    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    value = str(getattr(node, "value", ""))
    return "empty" if value == "" else f"the text {value[:60]!r}"


# -- the sections -----------------------------------------------------------------------------

_TOP: Final = {
    "source": True,
    "policy": False,
    "figures": False,
    "unknowns": False,
    "references": False,
    "checks": False,
    "not_claims": False,
}
_SOURCE: Final = {
    "title": True,
    "outlet": False,
    "published": False,
    "url": False,
    "path": False,
    "sha256": False,
    "rounding": False,
}
_POLICY: Final = {"rounding": False, "base": False, "trailing_zeros": False, "yen_symbol": False}
_FIGURE: Final = {
    "quote": True,
    "index": False,
    "value": False,
    "rounding": False,
    "base": False,
    "trailing_zeros": False,
    "hedge": False,
}
_UNKNOWN: Final = {"unit": False, "bounds": False, "description": False}
_REFERENCE: Final = {"value": True, "unit": False, "source": True, "quote": False}
_CHECK: Final = {
    "id": True,
    "condition": True,
    "quote": False,
    "severity": False,
    "expect": False,
    "tags": False,
    "note": False,
}
_NOT_CLAIM: Final = {"text": True, "reason": True}


_NON_PRINTABLE: Final = re.compile(
    "[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
)
"""What YAML refuses to read (PyYAML's ``Reader.NON_PRINTABLE``), checked before parsing so
that the position is the same whichever parser runs."""


_MAY_ANCHOR: Final = re.compile(r"[&*][0-9A-Za-z_-]")
"""Where an anchor (``&name``) or an alias (``*name``) could be: both YAML parsers read a name
of these characters after the indicator, and refuse the text when there is none.  A text
without a match holds neither (``a * b`` in a condition is not one)."""


def _yaml_loader() -> Any:
    """libyaml's parser when PyYAML was built with it (some thirty times faster, which is most
    of what collecting a claim file costs), else PyYAML's own.  Both give the same nodes and
    positions for a valid file; a fault is reported by PyYAML's own (see parse_claims)."""
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_claims(text: str, path: str = "<claims>") -> ClaimFile:
    """Parse a claim file's text; every problem is a :class:`ClaimFileError` with a position."""
    import yaml

    walker = _Walker(path)
    start = Location(path, 1, 1)
    unprintable = _NON_PRINTABLE.search(text)
    if unprintable is not None:
        index = unprintable.start()
        line = text.count("\n", 0, index) + 1
        column = index - (text.rfind("\n", 0, index) + 1) + 1
        found, expected = (
            ("a NUL byte", "save the file as plain UTF-8 text")
            if unprintable.group() == "\x00"
            else (
                f"the control character U+{ord(unprintable.group()):04X}",
                "remove it; YAML allows only printable characters",
            )
        )
        raise ClaimFileError(Location(path, line, column), found, expected)
    try:
        loader = _yaml_loader()
        # The scan for anchors, aliases and deep nesting reads every event in Python, which
        # costs as much as libyaml's composing; a text that can hold no anchor or alias is
        # composed by libyaml straight away (it refuses 1000 levels of nesting itself, so
        # nothing recurses deeply), and its nesting is checked on the nodes instead.
        scan = loader is yaml.SafeLoader or _MAY_ANCHOR.search(text) is not None
        try:
            if scan:
                _refuse_aliases(text, path, loader)
            documents = list(yaml.compose_all(text, Loader=loader))
        except yaml.YAMLError as error:
            if loader is yaml.SafeLoader:
                raise
            if not scan:  # what the scan refuses before libyaml's fault, as it would have
                with contextlib.suppress(yaml.YAMLError):
                    _refuse_aliases(text, path, loader)
            # Report the fault as PyYAML's own parser sees it, so that the message and the
            # position do not depend on whether libyaml is installed.
            _refuse_deep_nesting(text, path, loader, error)
            _refuse_aliases(text, path, yaml.SafeLoader)
            documents = list(yaml.compose_all(text, Loader=yaml.SafeLoader))
        if not scan:
            _refuse_deep_nodes(documents, path)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        location = Location(path, mark.line + 1, mark.column + 1) if mark else start
        problem = error.problem or error.context or "not valid YAML"
        raise ClaimFileError(location, f"YAML: {problem}", "fix the YAML syntax there") from None
    except yaml.YAMLError as error:
        raise ClaimFileError(start, f"YAML: {error}", "fix the YAML syntax") from None
    except RecursionError:
        raise ClaimFileError(start, "structures nested too deeply", "flatten the file") from None
    if not documents or documents[0] is None:
        raise ClaimFileError(start, "an empty file", "start with a 'source:' section")
    if len(documents) > 1:
        raise ClaimFileError(
            walker.where(documents[1]), "a second YAML document", "keep one document per claim file"
        )
    root = documents[0]
    top = walker.mapping(root, "the claim file", _TOP)
    source, policy = _source(walker, top)
    figures = _figures(walker, top)
    unknowns = _unknowns(walker, top)
    references = _references(walker, top)
    checks = _checks(walker, top)
    not_claims = _not_claims(walker, top)
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
    if source.path:
        source_path = str(Path(path).parent / source.path) if path != "<claims>" else source.path
    return ClaimFile(path, article, tuple(not_claims), source_path, text)


def _refuse_deep_nesting(text: str, path: str, loader: Any, error: Any) -> None:
    """libyaml refuses 1000 levels of nesting before it yields a single event, so the check
    in _refuse_aliases never sees the thirteenth level; and PyYAML's own parser takes a time
    quadratic in the depth to get there.  Read the text up to where libyaml stopped instead:
    the thirteenth level opens in it, and is refused where it stands."""
    import yaml

    mark = getattr(error, "problem_mark", None)
    if mark is None or "nesting depth" not in str(getattr(error, "problem", "")):
        return
    lines = text.split("\n")
    cut = sum(len(line) + 1 for line in lines[: mark.line]) + mark.column
    with contextlib.suppress(yaml.YAMLError):
        _refuse_aliases(text[:cut], path, loader)


def _refuse_deep_nodes(documents: list[Any], path: str) -> None:
    """The nesting limit of _refuse_aliases, checked on composed nodes: the first node nested
    too deeply in the order of the text (the order of the parser's events) is refused."""
    import yaml

    stack = [(node, 1) for node in reversed(documents) if node is not None]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            mark = node.start_mark
            raise ClaimFileError(
                Location(path, mark.line + 1, mark.column + 1),
                f"nesting {depth} levels deep",
                f"a claim file nests at most {MAX_DEPTH} levels",
            )
        if isinstance(node, yaml.MappingNode):
            for key, value in reversed(node.value):
                stack.append((value, depth + 1))
                stack.append((key, depth + 1))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((item, depth + 1) for item in reversed(node.value))


def _refuse_aliases(text: str, path: str, loader: Any) -> None:
    """Refuse anchors and aliases before anything is composed: an alias bomb never expands.
    Nesting deeper than ``MAX_DEPTH`` is refused here too, where it starts, before the
    composer's recursion could overflow on it."""
    import yaml

    depth = 0  # collections open around the event
    for event in yaml.parse(text, Loader=loader):
        if isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
            continue
        if isinstance(event, yaml.NodeEvent) and depth + 1 > MAX_DEPTH:
            mark: Any = event.start_mark
            raise ClaimFileError(
                Location(path, mark.line + 1, mark.column + 1),
                f"nesting {depth + 1} levels deep",
                f"a claim file nests at most {MAX_DEPTH} levels",
            )
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
        anchor = getattr(event, "anchor", None)
        if not anchor:
            continue
        found = (
            f"an alias (*{anchor})"
            if isinstance(event, yaml.AliasEvent)
            else f"an anchor (&{anchor})"
        )
        mark = event.start_mark
        raise ClaimFileError(
            Location(path, mark.line + 1, mark.column + 1),
            found,
            "write each value out; anchors and aliases are not allowed in claim files",
        )


def _source(walker: _Walker, top: Mapping[str, tuple[Any, Any]]) -> tuple[Source, ReadingPolicy]:
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
    source = Source(
        title=values["title"],
        outlet=values.get("outlet", ""),
        published=values.get("published", ""),
        url=values.get("url", ""),
        path=values.get("path"),
        sha256=sha,
        rounding=values.get("rounding"),
    )
    policy = ReadingPolicy()
    if "policy" in top:
        node = top["policy"][1]
        options = walker.mapping(node, "policy", _POLICY)
        raw = {key: walker.text(value, f"policy.{key}") for key, (_, value) in options.items()}
        for key, value in raw.items():
            _check_option(walker, options[key][1], f"policy.{key}", key, value)
        try:
            policy = ReadingPolicy(**raw)  # type: ignore[arg-type]
        except (ValueError, TypeError, ArithmeticError) as error:
            raise walker.fail(node, f"policy: {error}", "fix the reading policy") from None
    return source, policy


_OPTION_VALUES: Final = {
    "rounding": ROUNDING_RULES,
    "trailing_zeros": ("ambiguous", "significant", "placeholders"),
    "yen_symbol": ("CNY", "JPY"),
}
_DECIMAL: Final = r"[0-9]{1,30}(\.[0-9]{1,30})?"


def _check_option(walker: _Walker, node: Any, what: str, key: str, value: str) -> None:
    """A reading-policy option (of the article or of one figure), checked where it is written."""
    allowed = _OPTION_VALUES.get(key)
    if allowed is not None and value not in allowed:
        raise walker.fail(node, f"{what} is {value!r}", f"expected one of: {', '.join(allowed)}")
    if key == "base" and (re.fullmatch(_DECIMAL, value) is None or not value.strip("0.")):
        raise walker.fail(
            node, f"{what} is {value!r}", "write a positive decimal number such as 1000 or 0.1"
        )


def _named_entries(
    walker: _Walker, top: Mapping[str, tuple[Any, Any]], section: str
) -> list[tuple[str, Any, Any]]:
    if section not in top:
        return []
    import yaml

    node = top[section][1]
    if isinstance(node, yaml.ScalarNode) and node.value == "":
        return []
    entries = walker.mapping(node, section)
    return [(key, key_node, value) for key, (key_node, value) in entries.items()]


def _checked_name(walker: _Walker, key_node: Any, key: str, section: str) -> str:
    import re

    if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]{0,99}", key) is None:
        raise walker.fail(
            key_node,
            f"the name {key!r} in {section}",
            "use letters, digits and underscores, not starting with a digit",
        )
    return key


def _figures(walker: _Walker, top: Mapping[str, tuple[Any, Any]]) -> list[Figure]:
    import yaml

    figures = []
    for key, key_node, node in _named_entries(walker, top, "figures"):
        name = _checked_name(walker, key_node, key, "figures")
        where = walker.where(key_node)
        if isinstance(node, yaml.ScalarNode):
            figures.append(
                Figure(name=name, quote=walker.text(node, f"figure {name}"), location=where)
            )
            continue
        entries = walker.mapping(node, f"figure {name}", _FIGURE)
        index = (
            walker.integer(entries["index"][1], f"figure {name}.index") if "index" in entries else 0
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
                location=where,
            )
        )
    return figures


def _unknowns(walker: _Walker, top: Mapping[str, tuple[Any, Any]]) -> list[Unknown]:
    import yaml

    unknowns = []
    for key, key_node, node in _named_entries(walker, top, "unknowns"):
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
                description=walker.optional_text(entries, "description", f"unknown {name}") or "",
                location=where,
            )
        )
    return unknowns


def _references(walker: _Walker, top: Mapping[str, tuple[Any, Any]]) -> list[Reference]:
    references = []
    for key, key_node, node in _named_entries(walker, top, "references"):
        name = _checked_name(walker, key_node, key, "references")
        entries = walker.mapping(node, f"reference {name}", _REFERENCE)
        values = {
            key: walker.optional_text(entries, key, f"reference {name}") or ""
            for key in ("value", "unit", "source", "quote")
        }
        references.append(Reference(name=name, **values, location=walker.where(key_node)))
    return references


def _checks(walker: _Walker, top: Mapping[str, tuple[Any, Any]]) -> list[Check]:
    import yaml

    if "checks" not in top:
        return []
    node = top["checks"][1]
    if isinstance(node, yaml.ScalarNode) and node.value == "":
        return []
    checks: list[Check] = []
    first_seen: dict[str, Location] = {}
    for item in walker.sequence(node, "checks"):
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
        if severity not in ("error", "warn"):
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
        checks.append(
            Check(
                id=check_id,
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


def _not_claims(walker: _Walker, top: Mapping[str, tuple[Any, Any]]) -> list[NotClaim]:
    import yaml

    if "not_claims" not in top:
        return []
    node = top["not_claims"][1]
    if isinstance(node, yaml.ScalarNode) and node.value == "":
        return []
    out = []
    for item in walker.sequence(node, "not_claims"):
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
    name = str(path)
    start = Location(name, 1, 1)
    try:
        size = Path(path).stat().st_size
    except OSError as error:
        raise ClaimFileError(
            start, f"cannot open the file ({error.strerror})", "check the path"
        ) from None
    if size > MAX_BYTES:
        raise ClaimFileError(
            start, f"a file of {size} bytes", f"claim files are at most {MAX_BYTES} bytes; split it"
        )
    try:
        raw = Path(path).read_bytes()
    except OSError as error:
        raise ClaimFileError(
            start, f"cannot read the file ({error.strerror})", "check the path"
        ) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        # columns count characters, as editors (and the YAML errors) do, not bytes
        before = raw[: error.start].decode("utf-8").removeprefix("\ufeff")
        line = before.count("\n") + 1
        column = len(before) - (before.rfind("\n") + 1) + 1
        bad = raw[error.start : error.start + 1]
        raise ClaimFileError(
            Location(name, line, column), f"bytes that are not UTF-8 ({bad!r})", "save as UTF-8"
        ) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    return parse_claims(text, name)


def sha256_of(path: str | Path) -> str:
    """The SHA-256 of a file's bytes, as claim files record it."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()
