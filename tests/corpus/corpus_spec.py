"""Load the real-prose corpus and compare a reading with what its entry expects.

Used by ``tests/test_corpus.py`` and ``benchmarks/bench_corpus.py``.  The expected side is
parsed here from the entries' own text (intervals as "[a, b]", "(a, +inf)"): nothing is taken
from factcheck's tables, so the corpus stays an independent specification of the reader.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).parent

KINDS = frozenset(
    {"number", "fraction", "multiple", "ordinal", "rank", "date", "time", "year", "period", "code"}
)
VALUED = frozenset({"number", "fraction", "multiple"})
FORMS = frozenset(
    {
        "plain", "currency", "scale", "hedge", "change-and-level", "range", "up-to", "words",
        "hedged-round", "round-count", "points-in-words", "direction", "direction-carry",
        "not-a-figure", "number-form", "scraped", "fraction", "multiple", "percent", "points",
        "year", "date", "period", "time", "code", "ordinal", "rank",
    }
)  # fmt: skip
HEDGES = frozenset({"about", "nearly", "just under", "over", "at least", "under", "at most"})
GENRES = frozenset({"release", "central-bank", "news", "wire", "correction"})

_END = r"\s*([-+]?inf|[-+]?\d+(?:\.\d+)?(?:/\d+)?)\s*"
_INTERVAL = re.compile(rf"([\[(]){_END},{_END}([\])])")


@dataclass(frozen=True)
class Bounds:
    """An interval as an entry writes it; ``None`` for an infinite end."""

    lo: Fraction | None
    hi: Fraction | None
    lo_closed: bool
    hi_closed: bool

    def __str__(self) -> str:
        def end(x: Fraction | None, sign: str) -> str:
            return f"{sign}inf" if x is None else _decimal(x)

        return (
            f"{'[' if self.lo_closed else '('}{end(self.lo, '-')}, "
            f"{end(self.hi, '+')}{']' if self.hi_closed else ')'}"
        )


def _decimal(x: Fraction) -> str:
    d = x.denominator
    twos = fives = 0
    while d % 2 == 0:
        d //= 2
        twos += 1
    while d % 5 == 0:
        d //= 5
        fives += 1
    if d != 1:
        return f"{x.numerator}/{x.denominator}"
    places = max(twos, fives)
    text = f"{abs(x.numerator) * 10**places // x.denominator:0{places + 1}d}"
    whole, frac = (text[:-places], text[-places:]) if places else (text, "")
    frac = frac.rstrip("0")
    sign = "-" if x < 0 else ""
    return f"{sign}{whole}.{frac}" if frac else f"{sign}{whole}"


def parse_interval(text: str) -> Bounds:
    match = _INTERVAL.fullmatch(text.strip())
    if match is None:
        raise ValueError(f"not an interval: {text!r} (write '[a, b]', '(a, +inf)' ...)")
    left, a, b, right = match.groups()
    lo = None if a.lstrip("+-") == "inf" else Fraction(a)
    hi = None if b.lstrip("+-") == "inf" else Fraction(b)
    return Bounds(lo, hi, left == "[" and lo is not None, right == "]" and hi is not None)


@dataclass(frozen=True)
class Expected:
    value: str
    kind: str
    number: Fraction | None = None
    unit: str | None = None
    hedge: str | None = None
    direction: int | None = None
    strict: Bounds | None = None
    lenient: Bounds | None = None


@dataclass(frozen=True)
class Mention:
    id: str
    source: str
    url: str
    phrase: str
    forms: tuple[str, ...]
    readings: tuple[Expected, ...] = ()
    error: str | None = None
    policy: dict[str, Any] = field(default_factory=dict)


def _expected(raw: dict[str, Any], where: str) -> Expected:
    kind = raw.get("kind")
    if kind not in KINDS:
        raise ValueError(f"{where}: kind {kind!r} is not one of {sorted(KINDS)}")
    if "value" not in raw:
        raise ValueError(f"{where}: a reading needs its value as written")
    if kind not in VALUED:
        return Expected(value=str(raw["value"]), kind=kind)
    hedge = raw.get("hedge")
    if hedge is not None and hedge not in HEDGES:
        raise ValueError(f"{where}: hedge {hedge!r} is not one of {sorted(HEDGES)}")
    direction = raw.get("direction", 0)
    if direction not in (-1, 0, 1):
        raise ValueError(f"{where}: direction must be -1, 0 or 1")
    for key in ("number", "strict", "lenient"):
        if key not in raw:
            raise ValueError(f"{where}: a {kind} reading needs {key!r}")
    return Expected(
        value=str(raw["value"]),
        kind=kind,
        number=Fraction(str(raw["number"])),
        unit=raw.get("unit"),
        hedge=hedge,
        direction=direction,
        strict=parse_interval(str(raw["strict"])),
        lenient=parse_interval(str(raw["lenient"])),
    )


def mentions(directory: Path = HERE) -> Iterator[Mention]:
    """Every mention of every corpus file, validated as it is loaded."""
    seen: set[str] = set()
    for path in sorted(directory.glob("*.yaml")):
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        for source in document["sources"]:
            sid = source["id"]
            if sid in seen:
                raise ValueError(f"{path.name}: source id {sid!r} is used twice")
            seen.add(sid)
            for key in ("outlet", "url", "date", "country", "genre"):
                if not source.get(key):
                    raise ValueError(f"{path.name}: source {sid!r} has no {key}")
            if source["genre"] not in GENRES:
                raise ValueError(f"{path.name}: source {sid!r}: genre not in {sorted(GENRES)}")
            if not isinstance(source["date"], date | int) and not re.fullmatch(
                r"\d{4}(-\d\d){0,2}", str(source["date"])
            ):
                raise ValueError(f"{path.name}: source {sid!r}: date as YYYY-MM-DD")
            for n, raw in enumerate(source["mentions"], start=1):
                where = f"{path.name}: {sid} #{n}"
                forms = tuple(raw.get("forms") or ())
                unknown = set(forms) - FORMS
                if not forms or unknown:
                    raise ValueError(f"{where}: forms {sorted(unknown) or 'missing'}")
                phrase = raw["phrase"]
                if len(phrase.split()) > 40:
                    raise ValueError(f"{where}: quote only the short phrase with the number")
                if "error" in raw:
                    yield Mention(
                        id=f"{sid}#{n}", source=sid, url=source["url"], phrase=phrase,
                        forms=forms, error=str(raw["error"]), policy=raw.get("policy") or {},
                    )  # fmt: skip
                    continue
                readings = tuple(
                    _expected(r, f"{where} reading {i}")
                    for i, r in enumerate(raw.get("readings") or (), start=1)
                )
                yield Mention(
                    id=f"{sid}#{n}", source=sid, url=source["url"], phrase=phrase, forms=forms,
                    readings=readings, policy=raw.get("policy") or {},
                )  # fmt: skip


def _bounds_of(interval: Any) -> Bounds:
    return Bounds(interval.lo, interval.hi, interval.lo_closed, interval.hi_closed)


def differences(mention: Mention, read: Any, policy_class: Any, error_class: Any) -> list[str]:
    """What the reader gets wrong about one mention (empty when it reads it as expected)."""
    policy = policy_class(**mention.policy)
    try:
        got = read(mention.phrase, policy=policy)
    except error_class as error:
        if mention.error is not None and mention.error.lower() in str(error).lower():
            return []
        return [f"raised {type(error).__name__}: {error}"]
    if mention.error is not None:
        return [f"read {len(got)} number(s) where an error saying {mention.error!r} is expected"]
    problems: list[str] = []
    if len(got) != len(mention.readings):
        shown = ", ".join(f"{r.text!r}:{r.kind}" for r in got)
        problems.append(f"{len(got)} readings ({shown}), expected {len(mention.readings)}")
    for i, (r, e) in enumerate(zip(got, mention.readings, strict=False), start=1):
        wrong = []
        if r.value != e.value:
            wrong.append(f"value {r.value!r} != {e.value!r}")
        if r.kind != e.kind:
            wrong.append(f"kind {r.kind} != {e.kind}")
        elif e.kind in VALUED:
            if r.number != e.number:
                wrong.append(f"number {_decimal(r.number)} != {_decimal(e.number)}")  # type: ignore[arg-type]
            if r.unit_text != e.unit:
                wrong.append(f"unit {r.unit_text} != {e.unit}")
            if r.hedge != e.hedge:
                wrong.append(f"hedge {r.hedge} != {e.hedge}")
            if r.direction != e.direction:
                wrong.append(f"direction {r.direction} != {e.direction}")
            if _bounds_of(r.strict) != e.strict:
                wrong.append(f"strict {_bounds_of(r.strict)} != {e.strict}")
            if _bounds_of(r.lenient) != e.lenient:
                wrong.append(f"lenient {_bounds_of(r.lenient)} != {e.lenient}")
        if wrong:
            problems.append(f"reading {i} {r.text!r}: " + "; ".join(wrong))
    return problems
