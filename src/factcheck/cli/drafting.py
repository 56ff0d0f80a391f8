"""``factcheck draft`` (a claim file proposed for an article) and ``factcheck check`` (an
article audited with the checks proposed for it)."""

from __future__ import annotations

import argparse

from factcheck.cli.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    EXIT_USAGE,
    _read_text,
    _replaced_when_done,
    _UsageError,
)

TYPE_CHECKING = False  # not typing's: ``factcheck read`` starts without importing typing
if TYPE_CHECKING:
    from typing import TextIO


def _cmd_draft(args: argparse.Namespace, out: TextIO) -> int:
    from factcheck.draft import draft

    text = _read_text(args.article)
    schema = _claims_schema_uri() if args.schema is None else args.schema
    out.write(draft(text, path=args.article, title=args.title, schema=schema))
    return EXIT_OK


def _cmd_check(args: argparse.Namespace, out: TextIO) -> int:
    import os
    from pathlib import Path

    from factcheck.draft import draft
    from factcheck.files import CLAIM_SUFFIX, parse_claims
    from factcheck.reports import get_stream_reporter
    from factcheck.results import audit_claims

    text = _read_text(args.article)
    if args.save is not None:
        save = Path(args.save)
        if not save.name.endswith(CLAIM_SUFFIX):
            raise _UsageError(f"--save {save}: name the file *{CLAIM_SUFFIX}")
        if not save.parent.is_dir():
            raise _UsageError(f"--save {save}: the folder {save.parent} does not exist")
        source = os.path.relpath(Path(args.article).resolve(), save.parent.resolve())
        claims_path = str(save)
    else:
        source = args.article
        claims_path = f"{args.article}{CLAIM_SUFFIX}"
    written = draft(text, path=Path(source).as_posix(), title=args.title)
    claims = parse_claims(written, claims_path)
    if args.save is not None:
        try:
            Path(args.save).write_text(written, encoding="utf-8")
        except OSError as error:
            raise _UsageError(
                f"--save {args.save}: cannot write there ({error.strerror})"
            ) from None
    result = audit_claims(claims, text, args.article)
    reporter = get_stream_reporter(args.format)
    if args.verbose:
        if args.format != "text":
            raise _UsageError("--verbose is a form of the text format")
        from functools import partial

        from factcheck.reports import text as text_report

        reporter = partial(text_report.stream, verbose=True)
    if args.output:
        with _replaced_when_done(Path(args.output)) as handle:
            totals = reporter([result], handle)
    else:
        totals = reporter([result], out)
    if totals.has_input_errors:
        return EXIT_USAGE
    return EXIT_OK if totals.ok else EXIT_FINDINGS


# -- everyday workflow: the schema modeline, rehash (issue #18) --------------------------------


def _claims_schema_uri() -> str:
    """The installed claim-file JSON Schema, as a file URI an editor can open."""
    from importlib.resources import files
    from pathlib import Path

    return Path(str(files("factcheck").joinpath("claims.schema.json"))).resolve().as_uri()
