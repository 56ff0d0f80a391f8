"""The text side of claim files: bytes -> checked text -> composed YAML nodes.

:mod:`factcheck.files` builds the article model from what this module composes; the pytest
plugin collects from an outline of the composed nodes alone
(:func:`factcheck.claimoutline.outline_checks`) and has the article built only when the
file's first item runs.  So this module is kept light: it imports neither the model nor attrs
nor the number reader, and PyYAML only inside the functions that compose.

What is shared with :mod:`factcheck.files` and the outline lives here, once: the error class,
the limits, the keys of each section, the tags that count as plain text, the name rule, and the
values of ``severity`` and ``expect``.
"""

from __future__ import annotations

__all__ = [
    "CLAIM_SUFFIX",
    "MAX_BYTES",
    "MAX_DEPTH",
    "PYTEST_MARKERS",
    "ClaimFileError",
    "claim_files",
    "compose_claims",
    "is_name",
    "read_claim_text",
]

import contextlib
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Final, Literal

from factcheck.errors import FactcheckError, Location

CLAIM_SUFFIX: Final = ".claims.yaml"
MAX_BYTES: Final = 5 * 1024 * 1024
"""Claim files are written by people; anything larger is refused before parsing."""
MAX_DEPTH: Final = 12
PYTEST_MARKERS: Final = frozenset(
    {"filterwarnings", "parametrize", "skip", "skipif", "usefixtures", "xfail"}
)
"""Tags become pytest markers; these have a meaning of their own and are refused as tags."""

SEVERITIES: Final = ("error", "warn")
"""The values of a check's ``severity`` (``factcheck.model.SEVERITIES``, which a test keeps
equal: the model is not imported here)."""
GRADES: Final[
    tuple[Literal["consistent", "stretched", "inconsistent", "uncheckable", "undecided"], ...]
] = ("consistent", "stretched", "inconsistent", "uncheckable", "undecided")
"""The values of a check's ``expect`` (``factcheck.model.GRADES``, kept equal by a test)."""


class ClaimFileError(FactcheckError, ValueError):
    """A claim file that cannot be read as written: where, what was found, what was expected."""

    def __init__(self, location: Location, found: str, expected: str) -> None:
        super().__init__(location, found, expected)
        self.location = location
        self.found = found
        self.expected = expected
        self.others: tuple[ClaimFileError, ...] = ()
        """The file's other problems, after this one (the loader reads every item and
        reports them all at once)."""

    @property
    def problems(self) -> tuple[ClaimFileError, ...]:
        """This problem and the file's others, in the order they stand in the file."""
        return (self, *self.others)

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


# -- the format's keys and names --------------------------------------------------------------
# Each section's keys, each mapped to whether it is required.

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
    "integer": False,
}
_UNKNOWN: Final = {"unit": False, "bounds": False, "description": False, "integer": False}
_REFERENCE: Final = {"value": True, "unit": False, "source": True, "quote": False}
_CHECK: Final = {
    "id": True,
    "condition": True,
    "quote": False,
    "severity": False,
    "expect": False,
    "tags": False,
    "note": False,
    "proposed": False,
}
_NOT_CLAIM: Final = {"text": True, "reason": True}

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
"""The tags of a scalar that is read as text (the core scalar tags change nothing)."""
_COLLECTION_TAGS: Final = frozenset({"tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"})

_NAME: Final = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,99}")


def claim_files(paths: Iterable[str | Path]) -> list[Path]:
    """The claim files named by ``paths``: files as given, folders searched recursively, in a
    stable order."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob(f"*{CLAIM_SUFFIX}") if p.is_file()))
        else:
            found.append(path)
    return found


def is_name(text: str) -> bool:
    """The rule for figure, unknown and reference names, check ids and tags: letters, digits
    and underscores, not starting with a digit, at most 100 characters."""
    return _NAME.fullmatch(text) is not None


# -- from bytes to text -----------------------------------------------------------------------


_YAML_BREAK: Final = re.compile("\r\n|[\r\n\x85\u2028\u2029]")
"""A line break as YAML counts them: CR LF, CR, LF, NEL, LS and PS."""


def line_and_column(text: str, index: int) -> tuple[int, int]:
    """The 1-based line and column of ``text[index]``, with line breaks counted as YAML counts
    them (a lone CR ends a line), so that positions agree with the parser's own."""
    line, line_start = 1, 0
    for match in _YAML_BREAK.finditer(text, 0, index + 1):
        if match.end() > index:
            break  # the LF of a CR LF, or the break itself: on the line it ends
        line += 1
        line_start = match.end()
    return line, index - line_start + 1


def read_claim_text(path: str | Path) -> str:
    """A claim file's text: a regular file (opened without blocking: a FIFO or a device is
    refused, not waited on) of at most ``MAX_BYTES`` (refused from its size before reading,
    and by the bytes actually read), UTF-8 (a bad byte located by line and column in
    characters), a byte-order mark dropped."""
    from factcheck.sources import SourceRefused, read_capped

    name = str(path)
    start = Location(name, 1, 1)
    try:
        raw = read_capped(path, MAX_BYTES, what="claim file")
    except SourceRefused as error:
        if error.kind == "size":
            raise ClaimFileError(
                start,
                f"a file of {error.detail} bytes",
                f"claim files are at most {MAX_BYTES} bytes; split it",
            ) from None
        if error.kind == "special":
            raise ClaimFileError(
                start,
                f"cannot read the file: it is {error.detail}, not a regular file",
                "name a claim file",
            ) from None
        verb = "open" if error.kind == "open" else "read"
        raise ClaimFileError(
            start, f"cannot {verb} the file ({error.detail})", "check the path"
        ) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        # columns count characters, as editors (and the YAML errors) do, not bytes
        before = raw[: error.start].decode("utf-8").removeprefix("\ufeff")
        line, column = line_and_column(before, len(before))
        bad = raw[error.start : error.start + 1]
        raise ClaimFileError(
            Location(name, line, column), f"bytes that are not UTF-8 ({bad!r})", "save as UTF-8"
        ) from None
    return text.removeprefix("\ufeff")


_NON_PRINTABLE_ASCII: Final = re.compile("[^\x09\x0a\x0d\x20-\x7e]")
_non_printable: re.Pattern[str] | None = None


def _find_non_printable(text: str) -> re.Match[str] | None:
    r"""The first character that YAML refuses to read (PyYAML's ``Reader.NON_PRINTABLE``,
    ``[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]``),
    checked before parsing so that the position is the same whichever parser runs.

    Compiling that class as written costs some 3 ms, more than composing a small file, so an
    ASCII text (most claim files) is searched with the class's ASCII part, and any other text
    with its complement spelt out, which compiles ten times faster and matches the same
    characters (a test compares the two on every code point)."""
    if text.isascii():
        return _NON_PRINTABLE_ASCII.search(text)
    global _non_printable
    if _non_printable is None:
        _non_printable = re.compile(
            "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]"
        )
    return _non_printable.search(text)


# -- from text to nodes -----------------------------------------------------------------------


_MAY_ANCHOR: Final = re.compile(r"[&*][0-9A-Za-z_-]")
"""Where an anchor (``&name``) or an alias (``*name``) could be: both YAML parsers read a name
of these characters after the indicator, and refuse the text when there is none.  A text
without a match holds neither (``a * b`` in a condition is not one)."""


def _yaml_loader() -> Any:
    """libyaml's parser when PyYAML was built with it (some thirty times faster, which is most
    of what collecting a claim file costs), else PyYAML's own.  Both give the same nodes and
    positions for a valid file; a fault is reported by PyYAML's own (see compose_claims)."""
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _where(path: str, node: Any) -> Location:
    mark = node.start_mark
    return Location(path, mark.line + 1, mark.column + 1)


def compose_claims(text: str, path: str = "<claims>", loader: Any = None) -> Any:
    """The root node of a claim file's one YAML document, composed (never constructed) with
    ``loader`` (by default libyaml's when PyYAML has it); control characters, anchors and
    aliases, nesting deeper than ``MAX_DEPTH``, YAML faults, an empty file and a second
    document are each a :class:`ClaimFileError` at their position."""
    import yaml

    start = Location(path, 1, 1)
    unprintable = _find_non_printable(text)
    if unprintable is not None:
        line, column = line_and_column(text, unprintable.start())
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
        if loader is None:
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
            _where(path, documents[1]),
            "a second YAML document",
            "keep one document per claim file",
        )
    return documents[0]


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
            raise ClaimFileError(
                _where(path, node),
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
            raise ClaimFileError(
                _where(path, event),
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
        raise ClaimFileError(
            _where(path, event),
            found,
            "write each value out; anchors and aliases are not allowed in claim files",
        )
