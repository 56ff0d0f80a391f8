"""An outline of a claim file's checks, for collecting them without building the article.

The pytest plugin lists a file's items from :func:`outline_checks` alone (ids, lines, tags)
and has the article built only when the file's first item runs.  Like
:mod:`factcheck.claimtext`, whose keys and tags it reads, this imports neither the model nor
attrs nor the number reader, and PyYAML only inside the functions that read nodes.
"""

from __future__ import annotations

__all__ = ["CheckOutline", "outline_checks"]

from collections.abc import Mapping
from typing import Any, NamedTuple

from factcheck.claimtext import (
    _CHECK,
    _COLLECTION_TAGS,
    _PLAIN_TAGS,
    _TOP,
    GRADES,
    PYTEST_MARKERS,
    SEVERITIES,
    is_name,
)


class CheckOutline(NamedTuple):
    """What collecting a check needs: its id, the line its entry starts on (1-based), and
    its tags."""

    id: str
    line: int
    tags: tuple[str, ...]


def outline_checks(root: Any) -> tuple[CheckOutline, ...] | None:
    """The checks of a composed claim file, in the order of the file, read without building
    anything; or ``None`` when the file's top level or its checks section is not plainly
    valid, and only the loader (:func:`factcheck.files.build_claims`) can say what is wrong.

    A file outlined here has exactly these checks once built, or fails to build because of
    another section (a figure, the source, ...): every check this returns has a valid and
    unique id, valid tags that are not pytest's markers, a valid ``severity`` and ``expect``,
    and only known keys with plain-text values."""
    import yaml

    top = _plain_mapping(root, _TOP)
    if top is None:
        return None
    section = top.get("checks")
    if section is None or (isinstance(section, yaml.ScalarNode) and section.value == ""):
        return ()
    if not isinstance(section, yaml.SequenceNode) or section.tag not in _COLLECTION_TAGS:
        return None
    outline: list[CheckOutline] = []
    seen: set[str] = set()
    for item in section.value:
        entries = _plain_mapping(item, _CHECK)
        if entries is None:
            return None
        # id and condition, and whichever of quote, severity, expect and note are given
        texts = {key: _plain_text(node) for key, node in entries.items() if key != "tags"}
        if any(text is None for text in texts.values()):
            return None
        check_id = texts["id"]
        if check_id is None or not is_name(check_id) or check_id in seen:
            return None
        seen.add(check_id)
        if (texts.get("severity") or "error") not in SEVERITIES:
            return None
        if "expect" in texts and texts["expect"] not in GRADES:
            return None
        if texts.get("proposed", "false") not in ("true", "false"):
            return None
        tags = _tags(entries["tags"]) if "tags" in entries else ()
        if tags is None:
            return None
        outline.append(CheckOutline(check_id, item.start_mark.line + 1, tags))
    return tuple(outline)


def _plain_mapping(node: Any, keys: Mapping[str, bool]) -> dict[str, Any] | None:
    """A mapping's value nodes by key, when the mapping is untagged, its keys are plain text,
    known and not repeated, and the required ones are there; else ``None``."""
    import yaml

    if not isinstance(node, yaml.MappingNode) or node.tag not in _COLLECTION_TAGS:
        return None
    entries: dict[str, Any] = {}
    for key_node, value_node in node.value:
        key = _plain_text(key_node)
        if key is None or key not in keys or key in entries:
            return None
        entries[key] = value_node
    if any(required and key not in entries for key, required in keys.items()):
        return None
    return entries


def _plain_text(node: Any) -> str | None:
    import yaml

    if isinstance(node, yaml.ScalarNode) and node.tag in _PLAIN_TAGS:
        return str(node.value)
    return None


def _tags(node: Any) -> tuple[str, ...] | None:
    """A check's tags (one as text, or a list of them), when each is a name and none is one of
    pytest's markers; else ``None``."""
    import yaml

    if isinstance(node, yaml.SequenceNode) and node.tag in _COLLECTION_TAGS:
        items = node.value
    else:
        items = [node]
    tags: list[str] = []
    for item in items:
        tag = _plain_text(item)
        if tag is None or not is_name(tag) or tag in PYTEST_MARKERS:
            return None
        tags.append(tag)
    return tuple(tags)
