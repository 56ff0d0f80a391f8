"""How close are ``factcheck draft``'s proposals to hand-written claim files?
``python benchmarks/bench_draft.py [CLAIMS_DIR] [--plants N] [--quiet]``

For every hand-written ``*.claims.yaml`` under ``claims/`` whose article is at hand, it drafts
the article and compares:

- **recall**: of the hand-written checks over at least one quoted figure, how many a proposal
  matches.  A proposal matches when it uses the same relation (``share``, ``growth``, a sum
  ``a + b == c``, a difference, an equality, an order, a sign ``x > 0 percent``...) over the
  same quoted figures (the same numbers of the text, whatever their names).  Checks over
  unknowns alone cannot be matched by figures and are not counted.
- **precision**: a proposal is right when the hand-written file has it, or when it is in
  ``benchmarks/draft_reviewed.txt`` (a reviewer read it and would keep it); the others are
  printed, so a reviewer can judge them and add the keepers to that file.
- **findings**: ``factcheck check``'s inconsistent verdicts (error severity) on articles whose
  hand encoding finds nothing (the target is none).
- **planted errors**: one figure of the article changed (times 0.8, 0.9, 1.1, 1.25, 1.5, in
  the digits written); of the changes the hand-written file catches, how many ``factcheck
  check`` flags too (its audit fails), and how many it at least warns of (a warning the
  unchanged article does not give).

Targets (issue #15): recall >= 85 % on the seed and >= 70 % overall, precision >= 95 %, no
findings on clean articles, >= 80 % of the planted errors the hand file catches.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import attrs

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from factcheck.engine import Report, audit  # noqa: E402
from factcheck.errors import FactcheckError  # noqa: E402
from factcheck.files import ClaimFile, load_claims, parse_claims  # noqa: E402
from factcheck.model import Article, Figure  # noqa: E402
from factcheck.reading import read  # noqa: E402
from factcheck.relations import RELATIONS  # noqa: E402

REVIEWED = Path(__file__).with_name("draft_reviewed.txt")
_NOT_FIGURES = frozenset({"date", "year", "period", "time", "code"})
_ALIASES = {alias: name for name, r in RELATIONS.items() for alias in (name, *r.aliases)}
_IDENT = re.compile(r"\b[A-Za-z_][A-Za-z0-9_]*\b")
_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")
FACTORS = ("0.8", "0.9", "1.1", "1.25", "1.5")


def relation_of(condition: str) -> str:
    """The kind of relation a condition states: a relation's name, or for plain comparisons
    'sum', 'difference', 'sign', 'order' or 'equal'."""
    for match in re.finditer(r"\b([A-Za-z_]\w*)\s*\(", condition):
        if match.group(1) in _ALIASES:
            return _ALIASES[match.group(1)]
    if re.search(r"(?<![<>=!])(==)", condition):
        left, right = condition.split("==", 1)
        if "+" in left or "+" in right or re.search(r"\s-\s", left + " " + right):
            return "sum"  # a + b == c and c - b == a state one relation
        return "equal"
    if re.search(r"[<>]=?\s*0\s*(percent|%)?\s*$", condition):
        return "sign"
    return "order"


def _span_of_quote(text: str, quote: str) -> int:
    at = text.find(quote)
    if at != -1:
        return at
    pattern = r"\s+".join(re.escape(part) for part in quote.split())
    pattern = re.sub(r"\\?[-–—]", "[-–—]", pattern)
    found = re.search(pattern, text)
    return found.start() if found else -1


def figure_span(text: str, figure: Figure) -> tuple[int, int] | None:
    """Where in the text the figure's own number stands."""
    at = _span_of_quote(text, figure.quote)
    if at == -1:
        return None
    try:
        readings = read(figure.quote)
    except FactcheckError:
        return None
    numbers = [r for r in readings if r.kind not in _NOT_FIGURES] or list(readings)
    if figure.value is not None:
        numbers = [r for r in numbers if r.value == figure.value] or numbers
        index = 0 if figure.index >= len(numbers) else figure.index
    else:
        index = figure.index
    if index >= len(numbers):
        return None
    return at + numbers[index].start, at + numbers[index].end


@dataclass
class Keyed:
    relation: str
    spans: frozenset[tuple[int, int]]
    label: str

    def matches(self, other: Keyed) -> bool:
        if self.relation != other.relation or len(self.spans) != len(other.spans):
            return False
        return all(any(_overlap(a, b) for b in other.spans) for a in self.spans)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def keyed_checks(claims: ClaimFile, text: str) -> list[Keyed]:
    spans = {f.name: figure_span(text, f) for f in claims.article.figures}
    out = []
    for check in claims.article.checks:
        names = {n for n in _IDENT.findall(check.condition) if n in spans}
        found = frozenset(s for n in names if (s := spans[n]) is not None)
        if found:
            out.append(Keyed(relation_of(check.condition), found, f"{check.id}: {check.condition}"))
    return out


@dataclass
class Row:
    name: str
    hand: int = 0
    matched: int = 0
    proposals: int = 0
    right: int = 0
    findings: int = 0
    clean: bool = False
    planted: int = 0
    caught_hand: int = 0
    caught_both: int = 0
    caught_warn: int = 0
    missed: list[str] = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)


def _reviewed() -> set[tuple[str, str]]:
    if not REVIEWED.is_file():
        return set()
    out = set()
    for line in REVIEWED.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#") and "\t" in line:
            article, condition = line.split("\t", 1)
            out.add((article.strip(), condition.strip()))
    return out


def _warnings(report: Report) -> set[str]:
    """The conditions of a report's warnings (a proposal's inconsistent or stretched verdict)."""
    return {
        v.check.condition
        for v in report.verdicts
        if v.grade in ("inconsistent", "stretched") and not v.ok
    }


def _check_flags(text: str, clean: set[str]) -> tuple[bool, bool]:
    """Whether ``factcheck check`` fails on the text, and whether it reports any new finding
    (an error, or a warning the unchanged article does not give: a warning there before the
    change tells nothing of it)."""
    report = audit(_drafted(text).article)
    return not report.ok, bool(_warnings(report) - clean) or not report.ok


def _drafted(text: str) -> ClaimFile:
    from factcheck.draft import draft

    return parse_claims(draft(text, schema=""), "<check>")


def _planted_article(article: Article, text: str, span: tuple[int, int], new: str) -> Article:
    old = text[span[0] : span[1]]
    figures = []
    for figure in article.figures:
        at = figure_span(text, figure)
        quote_at = _span_of_quote(text, figure.quote)
        if quote_at != -1 and quote_at <= span[0] and span[1] <= quote_at + len(figure.quote):
            offset = span[0] - quote_at
            quote = figure.quote[:offset] + new + figure.quote[offset + len(old) :]
            value = figure.value
            if at is not None and _overlap(at, span) and value is not None:
                value = new
            figure = attrs.evolve(figure, quote=quote, value=value)
        figures.append(figure)
    return attrs.evolve(article, figures=tuple(figures))


def _changed(digits: str, factor: str) -> str | None:
    plain = digits.replace(",", "")
    decimals = len(plain.split(".")[1]) if "." in plain else 0
    value = Decimal(plain) * Decimal(factor)
    quantum = Decimal(1).scaleb(-decimals)
    new = value.quantize(quantum)
    if new == Decimal(plain) or new <= 0:
        return None
    return f"{new:,.{decimals}f}" if "," in digits else f"{new:.{decimals}f}"


def bench_file(path: Path, reviewed: set[tuple[str, str]], plants: int) -> Row | None:
    claims = load_claims(path)
    if claims.source_path is None or not Path(claims.source_path).is_file():
        return None
    text = Path(claims.source_path).read_text(encoding="utf-8")
    row = Row(path.name.removesuffix(".claims.yaml"))
    hand = keyed_checks(claims, text)
    drafted = _drafted(text)
    proposals = keyed_checks(drafted, text)
    row.hand = len(hand)
    for check in hand:
        if any(check.matches(p) for p in proposals):
            row.matched += 1
        else:
            row.missed.append(check.label)
    all_proposed = drafted.article.checks
    row.proposals = len(all_proposed)
    keyed = {k.label.split(":", 1)[0]: k for k in proposals}
    for check in all_proposed:
        key = keyed.get(check.id)
        if (key is not None and any(key.matches(h) for h in hand)) or (
            row.name, check.condition) in reviewed:  # fmt: skip
            row.right += 1
        else:
            row.unmatched.append(
                f"{check.id}: {check.condition}   [{check.severity}] {check.quote!r}"
            )
    hand_report = audit(claims.article)
    row.clean = hand_report.ok
    report = audit(drafted.article)
    if row.clean:
        row.findings = sum(
            1 for v in report.verdicts
            if v.grade == "inconsistent" and v.check.severity == "error"
        )  # fmt: skip
    if plants and row.clean and report.ok:
        _plant(row, claims, text, plants, _warnings(report))
    return row


def _plant(row: Row, claims: ClaimFile, text: str, plants: int, clean: set[str]) -> None:
    spans = [s for f in claims.article.figures if (s := figure_span(text, f)) is not None]
    tried = 0
    for span in sorted(set(spans)):
        digits = _DIGITS.search(text, span[0], span[1])
        if digits is None:
            continue
        for factor in FACTORS:
            new = _changed(digits.group(), factor)
            if new is None or tried >= plants:
                continue
            tried += 1
            where = (digits.start(), digits.end())
            planted_text = text[: where[0]] + new + text[where[1] :]
            try:
                article = _planted_article(claims.article, text, where, new)
                hand_caught = not audit(article).ok
            except (FactcheckError, ValueError):
                continue
            row.planted += 1
            if hand_caught:
                row.caught_hand += 1
                fails, flags = _check_flags(planted_text, clean)
                row.caught_both += fails
                row.caught_warn += flags


def _pct(a: int, b: int) -> str:
    return f"{a / b:6.1%}" if b else "     -"


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("claims", nargs="?", default=str(ROOT / "claims"))
    parser.add_argument("--plants", type=int, default=200, help="planted errors per article")
    parser.add_argument("--quiet", action="store_true", help="the table only")
    parser.add_argument("--only", default="", help="articles whose file name contains this")
    args = parser.parse_args(list(argv) if argv is not None else None)
    reviewed = _reviewed()
    rows = []
    for path in sorted(
        Path(args.claims).rglob(f"*{args.only}*.claims.yaml" if args.only else "*.claims.yaml")
    ):
        row = bench_file(path, reviewed, args.plants)
        if row is not None:
            rows.append(row)
    header = (f"{'article':36} {'recall':>13} {'precision':>13} {'findings':>8} "
              f"{'planted: check fails / hand catches':>36}  {'+warnings':>9}")  # fmt: skip
    print(header)
    total = Row("overall")
    for row in rows:
        _print_row(row)
        for key in ("hand", "matched", "proposals", "right", "findings", "planted",
                    "caught_hand", "caught_both", "caught_warn"):  # fmt: skip
            setattr(total, key, getattr(total, key) + getattr(row, key))
    total.clean = True
    _print_row(total)
    if not args.quiet:
        for row in rows:
            if row.missed:
                print(f"\n{row.name}: hand-written checks no proposal matches")
                for label in row.missed:
                    print(f"  - {label}")
            if row.unmatched:
                print(f"\n{row.name}: proposals neither hand-written nor reviewed")
                for label in row.unmatched:
                    print(f"  ? {label}")
    return 0


def _print_row(row: Row) -> None:
    findings = f"{row.findings:8d}" if row.clean else "       -"
    print(
        f"{row.name[:36]:36} {row.matched:3d}/{row.hand:<3d}{_pct(row.matched, row.hand)} "
        f"{row.right:3d}/{row.proposals:<3d}{_pct(row.right, row.proposals)} {findings} "
        f"{row.caught_both:13d}/{row.caught_hand:<4d}{_pct(row.caught_both, row.caught_hand)}"
        f" of {row.planted:<4d}  {_pct(row.caught_warn, row.caught_hand)}"
    )


if __name__ == "__main__":
    raise SystemExit(main())
