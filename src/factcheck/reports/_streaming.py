"""Writing a report file by file: the writer protocol, JSON arrays written element by element,
and spools for what a format prints after its summary.

Every format writes exactly what it would write from the whole audit at once, but keeps only
the :class:`~factcheck.results.AuditTotals` and what its current file needs.  A format whose
summary comes first (the ``json`` envelope's ``success`` and ``counts``, Markdown's heading,
the HTML page's header) writes the rest to a :class:`TextSpool` — a temporary file once it
outgrows :data:`SPOOL_IN_MEMORY` — and copies it out after the summary.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from typing import IO, Any, Protocol, TextIO

from factcheck.results import AuditTotals, FileResult

SPOOL_IN_MEMORY = 64 * 1024
"""Characters a spool keeps in memory before it moves to a temporary file."""

INDENT = "  "
"""The indentation of every JSON format (``json.dump(..., indent=2)``)."""


class Sink(Protocol):
    """Where a report is written: a text file, or a :class:`TextSpool`."""

    def write(self, text: str, /) -> object: ...


class FormatWriter(Protocol):
    """A format written file by file: ``add`` each file's result in order, then ``close``
    with the totals of all of them."""

    def add(self, result: FileResult) -> None: ...

    def close(self, totals: AuditTotals) -> None: ...


def write_all(writer: FormatWriter, results: Iterable[FileResult]) -> AuditTotals:
    """Feed ``results`` to ``writer`` one by one and close it; the totals of the audit."""
    totals = AuditTotals()
    for result in results:
        totals.add(result)
        writer.add(result)
    writer.close(totals)
    return totals


_INVISIBLE = re.compile("[\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
"""Characters JSON lets stand raw that a reader of the file would not see or that end a line
of JavaScript: written as ``\\u`` escapes (the same data to a parser)."""


def dumps(value: Any) -> str:
    """``value`` as every JSON format writes it: UTF-8 text, with invisible and
    line-separating characters as ``\\u`` escapes."""
    text = json.dumps(value, indent=2, ensure_ascii=False)
    return _INVISIBLE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


class TextSpool:
    """Text written now and copied out later: in memory while small, then a temporary file
    (made at the first write)."""

    def __init__(self) -> None:
        self._file: IO[str] | None = None

    @property
    def empty(self) -> bool:
        return self._file is None

    def write(self, text: str) -> None:
        if not text:
            return
        if self._file is None:
            import tempfile  # only when a format spools: its import is a few ms of start-up

            self._file = tempfile.SpooledTemporaryFile(  # noqa: SIM115 (closed by copy_to)
                max_size=SPOOL_IN_MEMORY, mode="w+", encoding="utf-8", newline=""
            )
        self._file.write(text)

    def copy_to(self, out: Sink, *, prefix: str = "") -> None:
        """Copy everything written to ``out`` (each line preceded by ``prefix``), and close."""
        if self._file is None:
            return
        self._file.seek(0)
        if prefix:
            for line in self._file:
                out.write(prefix + line)
        else:
            import shutil

            shutil.copyfileobj(self._file, out)
        self._file.close()
        self._file = None


class JsonArray:
    """A JSON array written one element at a time to ``out``, exactly as ``json.dump(...,
    indent=2)`` writes it at nesting ``level`` (0 for a document that is the array)."""

    def __init__(
        self, out: Sink, level: int, *, encode: Callable[[Any], str] | None = None
    ) -> None:
        self._out = out
        self._pad = INDENT * (level + 1)
        self._close = "\n" + INDENT * level + "]"
        self.count = 0
        self._encode = encode or dumps

    def add(self, item: Any) -> None:
        # json.dumps never writes a line break inside a string, so every "\n" starts a line.
        text = self._pad + self._encode(item).replace("\n", "\n" + self._pad)
        self._out.write(("[\n" if self.count == 0 else ",\n") + text)
        self.count += 1

    def close(self) -> None:
        self._out.write("[]" if self.count == 0 else self._close)


class JsonArraySpool:
    """A JSON array whose elements come before its place in the document is known: kept in a
    :class:`TextSpool` and indented for its level as it is copied out."""

    def __init__(self) -> None:
        self._spool = TextSpool()
        self.count = 0

    def add(self, item: Any) -> None:
        self._spool.write(("" if self.count == 0 else ",\n") + dumps(item))
        self.count += 1

    def write_to(self, out: TextIO, level: int) -> None:
        """Write the array at nesting ``level`` of a document."""
        if self.count == 0:
            out.write("[]")
            return
        out.write("[\n")
        self._spool.copy_to(out, prefix=INDENT * (level + 1))
        out.write("\n" + INDENT * level + "]")


def slot(name: str) -> str:
    """A placeholder for an array of a document given to :func:`write_document`."""
    return f"\x00factcheck-slot:{name}\x00"


def split_document(document: Any, names: Iterable[str]) -> tuple[list[str], list[int]]:
    """The text of ``document`` as every JSON format writes it, cut at the ``slot(name)``
    values (in the order they occur), and the nesting level of each slot: ``texts[0]``, the
    array of ``names[0]`` at ``levels[0]``, ``texts[1]``, ..., ``texts[-1]``."""
    text = dumps(document)
    texts: list[str] = []
    levels: list[int] = []
    for name in names:
        head, found, text = text.partition(dumps(slot(name)))
        if not found:
            raise ValueError(f"name={name!r} must be a slot of the document, after the others")
        texts.append(head)
        line = head.rpartition("\n")[2]
        levels.append((len(line) - len(line.lstrip(" "))) // len(INDENT))
    texts.append(text)
    return texts, levels


def write_document(
    out: TextIO, document: Any, arrays: Mapping[str, Callable[[TextIO, int], None]]
) -> None:
    """Write ``document`` as ``json.dump(document, out, indent=2, ensure_ascii=False)`` would,
    where each value ``slot(name)`` stands for an array that ``arrays[name](out, level)``
    writes at nesting ``level`` (a :class:`JsonArraySpool`'s ``write_to``), in the order the
    slots occur in the document."""
    texts, levels = split_document(document, arrays)
    for text, write, level in zip(texts, arrays.values(), levels, strict=False):
        out.write(text)
        write(out, level)
    out.write(texts[-1])
