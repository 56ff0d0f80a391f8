"""The commands about an article's text: ``scan`` (its numbers), ``coverage`` (those no
claim covers) and ``rehash`` (its SHA-256 written into the claim file)."""

from __future__ import annotations

import argparse

from factcheck.cli.common import EXIT_FINDINGS, EXIT_OK, _read_text, _UsageError

TYPE_CHECKING = False  # not typing's: ``factcheck read`` starts without importing typing
if TYPE_CHECKING:
    from typing import TextIO


def _cmd_scan(args: argparse.Namespace, out: TextIO) -> int:
    from factcheck.provenance import scan

    text = _read_text(args.article)
    numbers = scan(text)
    if args.format == "json":
        import json

        json.dump(
            [
                {
                    **n.to_json(),
                    "reading": n.reading.to_json() if n.reading else None,
                    "error": n.error,
                }
                for n in numbers
            ],
            out,
            indent=2,
            ensure_ascii=False,
        )
        out.write("\n")
        return EXIT_OK
    from factcheck.numbers_format import bracket_text
    from factcheck.safety import printable

    for number in numbers:
        where = printable(f"{args.article}:{number.line}:{number.column}")
        if number.reading is None:
            out.write(printable(f"{where}: {number.text!r} cannot be read: {number.error}") + "\n")
            continue
        reading = number.reading
        unit = reading.unit_text or (f"({reading.label})" if reading.label else "")
        shown = reading.value if reading.kind == "date" else bracket_text(reading.strict)
        line = f"{where}: {number.text!r} {reading.kind} {shown} {unit}".rstrip()
        out.write(printable(line) + "\n")
    return EXIT_OK


def _cmd_coverage(args: argparse.Namespace, out: TextIO) -> int:
    from factcheck.files import load_claims
    from factcheck.provenance import coverage
    from factcheck.results import open_source

    claims = load_claims(args.claims)
    if args.source is None and claims.source_path is None:
        raise _UsageError(f"{args.claims} names no source.path; pass --source ARTICLE.txt")
    text, source, problem = open_source(claims, args.source, args.source_root)
    if problem is not None:
        raise problem
    if text is None:
        raise _UsageError(f"{args.claims}: no source text at {source}; pass --source ARTICLE.txt")
    from factcheck.provenance import MAX_NUMBERS

    cover = coverage(claims, text, limit=MAX_NUMBERS)
    if args.format == "json":
        import json

        json.dump(cover.to_json(), out, indent=2, ensure_ascii=False)
        out.write("\n")
    else:
        out.write(f"coverage {cover.covered}/{cover.total}\n")
        from factcheck.safety import printable

        for number in cover.uncovered:
            line = f"{source}:{number.line}:{number.column}: {number.text!r} is not covered"
            out.write(printable(line) + "\n")
    return EXIT_OK if cover.complete else EXIT_FINDINGS


def _cmd_rehash(args: argparse.Namespace, out: TextIO) -> int:
    """Write the SHA-256 of the article's text into ``source.sha256``, changing no other byte
    of the claim file."""
    import hashlib
    from pathlib import Path

    from factcheck.files import load_claims

    path = Path(args.claims)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise _UsageError(f"{path}: {error.strerror}") from None
    claims = load_claims(path)  # the file must load: rehash never blesses a broken file
    source = args.source or claims.source_path
    if source is None:
        raise _UsageError(f"{path} names no source.path; pass --source ARTICLE.txt")
    try:
        digest = hashlib.sha256(Path(source).read_bytes()).hexdigest()
    except OSError as error:
        raise _UsageError(f"{source}: cannot read the source text ({error.strerror})") from None
    start, end, old = _sha256_span(raw.decode("utf-8"), str(path))
    if old == digest:
        out.write(f"{path}: source.sha256 already matches {source}\n")
        return EXIT_OK
    text = raw.decode("utf-8")
    updated = text[:start] + digest + text[end:]
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write(updated)
    out.write(f"{path}: source.sha256 {old or '(none)'} -> {digest}\n")
    return EXIT_OK


def _sha256_span(text: str, name: str) -> tuple[int, int, str]:
    """Where the value of ``source.sha256`` is written in ``text`` (start and end offsets,
    quotes excluded) and what it says."""
    import yaml

    root = yaml.compose(text, Loader=yaml.SafeLoader)
    source = None
    if isinstance(root, yaml.MappingNode):
        source = next((v for k, v in root.value if k.value == "source"), None)
    value = None
    if isinstance(source, yaml.MappingNode):
        value = next((v for k, v in source.value if k.value == "sha256"), None)
    if not isinstance(value, yaml.ScalarNode):
        raise _UsageError(
            f"{name}: source has no sha256 to update; add a line 'sha256: x' under source, "
            "then run factcheck rehash again"
        )
    start, end = value.start_mark.index, value.end_mark.index
    if value.style in ("'", '"'):
        start, end = start + 1, end - 1
    return start, end, str(value.value)
