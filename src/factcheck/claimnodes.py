"""The nodes of a composed claim file, walked: every scalar read as the text written (no
YAML implicit typing), every problem tied to the file, line and column of its node, and the
YAML features that could make a file mean more than it says (anchors and aliases, tags,
control characters) refused.  :mod:`factcheck.files` builds the article from what this reads.
"""

from __future__ import annotations

__all__ = ["Walker", "describe"]

import contextlib
import re
from collections.abc import Iterator, Mapping
from typing import Any, Final

from factcheck.claimtext import _COLLECTION_TAGS, _PLAIN_TAGS, ClaimFileError
from factcheck.errors import Location


class Walker:
    """Reads one claim file's nodes: each value as the text written, each problem with the
    file, line and column of the node it was found at."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.seen: set[int] = set()
        self.problems: list[ClaimFileError] = []
        """What is wrong with the items read so far: each item (a figure, a check) is read
        on its own, so that one run reports every problem of the file, as a compiler does."""

    @contextlib.contextmanager
    def collecting(self) -> Iterator[None]:
        """Read one item: a problem with it is kept, and reading goes on with the next."""
        try:
            yield
        except ClaimFileError as problem:
            self.problems.append(problem)

    def raise_problems(self) -> None:
        """Raise the file's first problem (by position), the others attached to it."""
        if self.problems:
            first, *others = sorted(self.problems, key=lambda p: (p.line, p.column))
            first.others = tuple(others)
            raise first

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
                node, f"{what} is {describe(node)}", f"write {what} as a mapping of keys"
            )
        entries: dict[str, tuple[Any, Any]] = {}
        for key_node, value_node in node.value:
            self.visit(key_node)
            if not isinstance(key_node, yaml.ScalarNode):
                raise self.fail(
                    key_node, f"{describe(key_node)} used as a key", "use plain text keys"
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
                node, f"{what} is {describe(node)}", f"write {what} as a list (- items)"
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
            raise self.fail(node, f"{what} is {describe(node)}", f"write {what} as text")
        if node.tag not in _PLAIN_TAGS:
            raise self._tagged(node, what)
        value = str(node.value)
        bad = _UNSAFE_DECODED.search(value)
        if bad is not None:
            raise self.fail(node, f"{what} holds {_describe_char(bad.group())}", _UNSAFE_HINT)
        return value

    def optional_text(
        self, entries: Mapping[str, tuple[Any, Any]], key: str, what: str
    ) -> str | None:
        if key not in entries:
            return None
        return self.text(entries[key][1], f"{what}.{key}")

    def flag(self, entries: Mapping[str, tuple[Any, Any]], key: str, what: str) -> bool | None:
        """An optional ``true`` or ``false``, written as such (YAML's "yes", "on" are not)."""
        if key not in entries:
            return None
        node = entries[key][1]
        raw = self.text(node, f"{what}.{key}")
        if raw not in ("true", "false"):
            raise self.fail(node, f"{what}.{key} is {raw!r}", "write true or false")
        return raw == "true"

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


_UNSAFE_DECODED: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
"""Characters refused in a scalar's *decoded* value: what the raw-text check cannot see, as
YAML's escapes write them ("\\x00", "\\e", "\\ud83d")."""
_UNSAFE_HINT: Final = (
    "remove it; write a character outside the Basic Multilingual Plane itself or as "
    "\\UXXXXXXXX, never as two \\u surrogates"
)


def _describe_char(char: str) -> str:
    code = ord(char)
    if code == 0:
        return "a NUL character (an escape such as \\0 or \\x00)"
    if 0xD800 <= code <= 0xDFFF:
        return f"the lone surrogate U+{code:04X} (an escape such as \\u{code:04x})"
    return f"the control character U+{code:04X} (an escape such as \\e or \\x1b)"


def describe(node: Any) -> str:
    import yaml

    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    value = str(getattr(node, "value", ""))
    return "empty" if value == "" else f"the text {value[:60]!r}"
