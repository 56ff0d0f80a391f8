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

    from factcheck.files import ClaimFile


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
    if args.save is None:
        claims = _placed_in_article(claims, text, args.article)
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


def _placed_in_article(claims: ClaimFile, text: str, article: str) -> ClaimFile:
    """The drafted claim file, its figures and checks placed where the article states them.

    A claim file held only in memory has no lines of its own a reader could open (a CI
    annotation on one lands nowhere), so each figure is at its quote in the article, and each
    check at its own quote, else at the quote of the first figure it names."""
    import dataclasses
    import re

    import attrs

    from factcheck.errors import Location
    from factcheck.provenance import where_quoted

    figures = claims.article.figures
    checks = claims.article.checks
    found = where_quoted(text, [f.quote for f in figures] + [c.quote or "" for c in checks])
    at = {
        f.name: Location(article, *place)
        for f, place in zip(figures, found, strict=False)
        if place is not None
    }
    placed_checks = []
    for check, place in zip(checks, found[len(figures) :], strict=True):
        location = Location(article, *place) if place is not None else None
        if location is None:
            named = (at.get(name) for name in re.findall(r"[A-Za-z_]\w*", check.condition))
            location = next((where for where in named if where is not None), None)
        placed_checks.append(check if location is None else attrs.evolve(check, location=location))
    placed_figures = [attrs.evolve(f, location=at[f.name]) if f.name in at else f for f in figures]
    article_model = attrs.evolve(claims.article, figures=placed_figures, checks=placed_checks)
    return dataclasses.replace(claims, path=article, article=article_model)


# -- everyday workflow: the schema modeline, rehash (issue #18) --------------------------------


def _claims_schema_uri() -> str:
    """The installed claim-file JSON Schema, as a file URI an editor can open."""
    from importlib.resources import files
    from pathlib import Path

    return Path(str(files("factcheck").joinpath("claims.schema.json"))).resolve().as_uri()
