"""``factcheck read PHRASE``: what the reader understands a phrase to mean."""

from __future__ import annotations

import argparse

from factcheck.cli.common import EXIT_OK, _UsageError

TYPE_CHECKING = False  # not typing's: ``factcheck read`` starts without importing typing
if TYPE_CHECKING:
    from typing import TextIO


def _cmd_read(args: argparse.Namespace, out: TextIO) -> int:
    from factcheck.reading import ReadingPolicy, read

    try:
        policy = ReadingPolicy(
            rounding=args.rounding,
            base=args.base,
            trailing_zeros=args.trailing_zeros,
            yen_symbol=args.yen_symbol,
        )
    except (ValueError, TypeError, ArithmeticError) as error:
        raise _UsageError(str(error)) from error
    if not args.phrase.strip():
        raise _UsageError("no number: the phrase is empty; quote the words that carry a number")
    readings = read(args.phrase, policy=policy)
    if args.format == "json":
        import json

        json.dump([r.to_json() for r in readings], out, indent=2, ensure_ascii=False)
        out.write("\n")
        return EXIT_OK
    if not readings:
        out.write("no number found\n")
    from factcheck.numbers_format import bracket_text

    for reading in readings:
        unit = reading.unit_text or (reading.label and f"({reading.label})") or ""
        hedge = f"  hedge: {reading.hedge_text} -> {reading.hedge}" if reading.hedge else ""
        out.write(f"{reading.text!r}: {reading.kind} {reading.value} {unit}".rstrip() + "\n")
        if reading.kind == "date":
            out.write("  a date, not a number: no interval\n")
            continue
        out.write(
            f"  strict  {bracket_text(reading.strict, reading.unit_text or '')}\n"
            f"  lenient {bracket_text(reading.lenient, reading.unit_text or '')}\n"
            f"  rounding: {reading.rounding}{hedge}\n"
        )
    return EXIT_OK
