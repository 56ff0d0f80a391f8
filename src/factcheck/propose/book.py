"""What the proposer has found so far: figures, unknowns, references and proposed checks.

The rules (:mod:`factcheck.propose.rules`, :mod:`factcheck.propose.sums`,
:mod:`factcheck.propose.definitions`) write into one :class:`Book`; the drafter renders it.
"""

from __future__ import annotations

__all__ = ["VERB_ONLY", "Book", "ProposedCheck", "ProposedReference", "ProposedUnknown"]

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Final

from factcheck.propose.naming import RESERVED, ascii_word
from factcheck.propose.sentences import _POINTS, _RATES, Mention
from factcheck.reading.number_words import _MONTHS as _READ_MONTHS

MONTHS: Final = _READ_MONTHS[:12]
"""The months' names in lower case, January first: the reader's table, whose abbreviations
("jan", "sept") follow them."""
VERB_ONLY: Final = re.compile(
    r"(?:\s+(?!(?:per|of|for|to|in|from|with|by)\b)[a-z]+){0,2}\s*", re.IGNORECASE
)
"""Between a flow or balance item and the rate after it: a verb at most ('exports rose',
'imports were up'), no words of a narrower quantity ('exports per working day')."""

_AMOUNT_DROP: Final = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "total",
        "overall",
        "national",
        "combined",
        "entire",
        "whole",
        "all",
        "country",
        "nation",
        "countrys",
        "s",
        "its",
        "their",
        "growth",
        "increase",
        "rise",
        "decline",
        "average",
        "gain",
    ]
)


@dataclass(slots=True)
class ProposedUnknown:
    unit: str
    description: str
    bounds: str | None = "positive"


@dataclass(slots=True)
class ProposedReference:
    value: str
    unit: str
    source: str


@dataclass(slots=True)
class ProposedCheck:
    """A check the wording suggests: its condition, the words it came from, and why."""

    id: str
    relation: str
    """The kind of relation, for matching against hand-written files ("share", "growth",
    "sum", "equal", "difference", "sign", "order", ...)."""
    condition: str
    quote: str
    why: str
    figures: tuple[str, ...]
    severity: str = "error"
    expect: str | None = None
    note: str = ""


@dataclass(slots=True)
class Book:
    """The proposer's working state for one text."""

    text: str
    mentions: list[Mention]
    not_claims: dict[str, str] = field(default_factory=dict)
    unknowns: dict[str, ProposedUnknown] = field(default_factory=dict)
    references: dict[str, ProposedReference] = field(default_factory=dict)
    checks: list[ProposedCheck] = field(default_factory=list)
    entities: dict[str, str] = field(default_factory=dict)
    """Wholes resolved so far: head noun -> the figure or unknown that names it."""
    total: str | None = None
    """The unknown standing for the article's overall whole ("China's total trade")."""
    unsaid: dict[tuple[int, str], str] = field(default_factory=dict)
    """(Sentence start, labelled unit or "") -> the unknown whole of the sentence's shares
    whose whole the words leave unsaid ("47,402,357 votes (49.24 per cent)"), one for each
    unit the sentence labels ("District D", "District E")."""
    by_name: dict[str, Mention] = field(default_factory=dict)
    growth_rates: dict[str, str] = field(default_factory=dict)
    """level -> the figure that is its growth rate, as proposed so far."""
    subjects: list[tuple[int, str, str | None]] = field(default_factory=list)
    """What sentences were about: (sentence start, level, its growth rate's figure)."""
    _ids: set[str] = field(default_factory=set)
    _said: set[tuple[str, str]] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.by_name.update((m.name, m) for m in self.mentions)

    # -- names -------------------------------------------------------------------------------

    def taken(self, name: str) -> bool:
        return (
            name in self.by_name
            or name in self.unknowns
            or name in self.references
            or (name in RESERVED)
        )

    def unknown(
        self, base: str, unit: str, description: str, *, bounds: str | None = "positive"
    ) -> str:
        """An unknown named ``base`` (reused when it exists with the same unit)."""
        base = _clean(base) or "quantity"
        name, count = base, 1
        while True:
            known = self.unknowns.get(name)
            if known is not None and known.unit == unit:
                return name
            if known is None and not self.taken(name):
                break
            count += 1
            name = f"{base}_{count}"
        self.unknowns[name] = ProposedUnknown(unit, description, None if unit in (
            "percent", "percentage_point") else bounds)  # fmt: skip
        return name

    def previous(self, level: str, unit: str, *, other_period: bool = False) -> str:
        """The unknown earlier level of ``level`` ("exports_previous"); with ``other_period``,
        the one of a change over another period than the one the words name after it
        ("households_before": the level a quarter before, beside a change on the year)."""
        if other_period:
            told = "before the change told first (over another period than the one named after)"
            return self.unknown(f"{level}_before", unit, f"{level} {told}")
        return self.unknown(f"{level}_previous", unit, f"{level} a year earlier (the level "
                            "its growth is measured from)")  # fmt: skip

    def reference(self, name: str, value: str, unit: str, source: str) -> str:
        self.references.setdefault(name, ProposedReference(value, unit, source))
        return name

    def rename(self, mention: Mention, base: str) -> None:
        """Give a figure a better name, before any check uses it."""
        base = _clean(base)
        if not base or base == mention.name:
            return
        name, count = base, 1
        while self.taken(name):
            count += 1
            name = f"{base}_{count}"
        del self.by_name[mention.name]
        mention.name = name
        self.by_name[name] = mention

    # -- checks ------------------------------------------------------------------------------

    def propose(
        self,
        relation: str,
        condition: str,
        *,
        about: Mention,
        why: str,
        figures: tuple[str, ...],
        quote: str | None = None,
        severity: str = "error",
        expect: str | None = None,
        suffix: str = "",
    ) -> None:
        """Add a proposed check, unless the same condition was proposed already or it rests
        on a figure whose quote reads otherwise than the text (an uncertain reading)."""
        if (relation, condition) in self._said:
            return
        if any(name in self.by_name and not self.by_name[name].exact for name in figures):
            return
        self._said.add((relation, condition))
        base = _clean(f"{about.name}{suffix}") or "check"
        check_id, count = base, 1
        while check_id in self._ids:
            count += 1
            check_id = f"{base}_{count}"
        self._ids.add(check_id)
        self.checks.append(
            ProposedCheck(
                id=check_id,
                relation=relation,
                condition=condition,
                quote=quote if quote is not None else self.passage(about),
                why=why,
                figures=figures,
                severity=severity,
                expect=expect,
            )
        )

    def passage(self, *mentions: Mention) -> str:
        """The words of the text from the first mention's clause to the last's number."""
        start = min(m.clause[0] for m in mentions)
        end = max(m.local[1] for m in mentions)
        while start < end and (self.text[start].isspace() or self.text[start] in ',;:—–("“'):
            start += 1
        while end > start and (self.text[end - 1].isspace() or self.text[end - 1] in ',;:—–("“'):
            end -= 1
        quote = self.text[start:end]
        if quote.count("(") > quote.count(")"):
            close = self.text.find(")", end, end + 80)
            if close != -1 and "\n\n" not in self.text[end:close]:
                end = close + 1
                quote = self.text[start:end]
        if "\n\n" in quote or len(quote) > 300:
            return mentions[0].quote
        quote = " ".join(quote.split())  # a quote matches across line breaks
        if quote.count("(") != quote.count(")") or quote.count('"') % 2:
            return mentions[0].quote
        return quote

    # -- units -------------------------------------------------------------------------------

    def main_unit(self) -> str:
        """The unit most amounts of the text are in (the unit of an unstated whole)."""
        units = Counter(m.reading.unit for m in self.mentions if is_amount(m))
        return (units.most_common(1)[0][0] or "") if units else ""


def is_amount(mention: Mention) -> bool:
    reading = mention.reading
    return (
        reading.kind == "number"
        and reading.unit is not None
        and reading.unit not in _RATES | _POINTS
    )


def same_dimension(a: str, b: str) -> bool:
    """Whether two physical units (no currency) measure one dimension ('square_foot' and
    'square_kilometer'): a quantity restated in the other converts exactly."""
    from factcheck.units_table import UNITS

    if a == b or a not in UNITS or b not in UNITS:
        return False
    dims = UNITS[a][1]
    return dims == UNITS[b][1] and bool(dims) and not any("currency" in d for d, _ in dims)


def is_count(mention: Mention) -> bool:
    reading = mention.reading
    return reading.kind == "number" and reading.unit is None


def is_rate(mention: Mention) -> bool:
    return mention.reading.kind == "number" and mention.reading.unit in _RATES


def is_points(mention: Mention) -> bool:
    return mention.reading.kind == "number" and mention.reading.unit in _POINTS


def head_words(phrase: str) -> list[str]:
    """The words naming a whole, without "total", "overall", possessives and the like
    ("China's total foreign trade" -> ["foreign", "trade"])."""
    out = []
    for word in re.findall(r"[^\W\d_]+(?:['’]s)?", phrase):
        if re.search(r"['’]s$", word) and word[:1].isupper():
            continue  # a possessive name: "China's"
        folded = ascii_word(word).lower()
        if len(folded) < 2 or folded in _AMOUNT_DROP:
            continue
        out.append(folded)
    return out


def _clean(name: str) -> str:
    name = re.sub(r"[^A-Za-z0-9_]+", "_", name).strip("_").lower()[:60].rstrip("_")
    if name and name[0].isdigit():
        name = f"n_{name}"
    return name


def propose_within(book: Book, whole: str, part: Mention, *, severity: str = "error") -> None:
    """Propose that ``part`` is no larger than the stated ``whole`` it is a share of (the
    companion of every share of a stated whole)."""
    book.propose(
        "parts_within",
        f"parts_within({whole}, [{part.name}])",
        about=part,
        why="a part of a whole the article states: no larger than it",
        figures=(whole, part.name),
        severity=severity,
        suffix="_within",
    )
