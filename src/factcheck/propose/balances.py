"""Stage four, continued: balances that are differences by definition.

A trade deficit is imports less exports; a budget surplus is revenue less spending.  When one
paragraph states a balance and both of its terms, each with the same qualifying words
("average", "goods", "China's") and of the same kind (three levels, or three changes), the
balance is proposed as that difference (:data:`BALANCES`).  A balance named for a pair ("the
goods and services deficit") is, by the same definition, the sum of the pair's own balances
stated in that paragraph or the next ("the goods deficit ... the services surplus": a surplus
counts against a deficit).

What says two figures are of the same period and area (the scope words):

- the paragraph: a statistics release gives one period's balance and its terms together;
- the qualifying words before the noun ("average exports", "exports of goods"), with month
  names and "total" dropped, and a pair joined by "and" read as the whole ("goods and
  services deficit" is the deficit);
- the months and years each sentence names: when both sentences name some, they share one.

A figure the words make "from" an earlier level ("up $3.6 billion from $41.0 billion") is no
term; a change whose sign the words do not carry ("a decrease in the deficit of $2 billion")
is left out, so the arithmetic never rests on a guessed sign.
"""

from __future__ import annotations

__all__ = ["BALANCES", "Balance", "apply_balances"]

import itertools
import re
from dataclasses import dataclass
from typing import Final

from factcheck.propose.book import MONTHS, VERB_ONLY, Book, is_amount, is_count, is_rate
from factcheck.propose.sentences import Mention


@dataclass(frozen=True, slots=True)
class Balance:
    """A balance and the two terms it is the difference of: ``plus - minus == result``."""

    result: str
    plus: tuple[str, ...]
    minus: tuple[str, ...]
    source: str


_SPENDING: Final = ("spending", "expenditure", "expenditures", "outlays")
_REVENUE: Final = ("revenue", "revenues", "receipts")
_TRADE: Final = "trade balance = exports - imports (IMF BPM6)"
_BUDGET: Final = "budget balance = revenue - expenditure (IMF GFSM 2014)"
BALANCES: Final = (
    Balance("deficit", ("imports",), ("exports",), f"{_TRADE}; a deficit is imports - exports"),
    Balance("surplus", ("exports",), ("imports",), _TRADE),
    Balance("deficit", _SPENDING, _REVENUE, f"{_BUDGET}; a deficit is expenditure - revenue"),
    Balance("surplus", _REVENUE, _SPENDING, _BUDGET),
)
"""Each balance once per sign: a deficit is the negative of the same balance's surplus."""

_ITEMS: Final = sorted(
    {w for b in BALANCES for w in (b.result, *b.plus, *b.minus)} | {"import", "export"},
    key=len,
    reverse=True,
)
_ITEM: Final = re.compile(r"\b(" + "|".join(_ITEMS) + r")\b", re.I)
_MONTHS: Final = MONTHS
_DROP: Final = frozenset([*_MONTHS, "total", "overall", "trade", "budget", "fiscal", "government"])
"""Words that name no narrower scope: a month (the sentences' periods are compared apart),
"total", and the balance's own kind ("trade deficit", "budget deficit")."""
_BREAK: Final = frozenset(
    re.findall(
        r"\w+",
        """the a an in of on for to at by from with was were is are has have had its their this
        that these those than more less increase decrease rise fall drop decline reflected while
        whereas but as with leaving after before amid since although though when where which
        who""",
    )
)
"""Words that end the run of qualifying words before an item."""
_PERIOD: Final = re.compile(r"\b(?:" + "|".join(_MONTHS) + r"|(?:19|20)\d\d)\b", re.I)
_COMPARED: Final = re.compile(
    r"\b(?:from|than|against|compared\s+(?:with|to)|versus)\s+[^,;:()]{0,40}?\d[^,;:()]{0,30}?"
    r"\b(?:in|of)\s+(?:" + "|".join(_MONTHS) + r"|(?:19|20)\d\d)\b(?:\s+(?:19|20)\d\d)?",
    re.IGNORECASE,
)
"""'from $26.66 billion in August', 'than in March 2018': the time of a level compared with,
not of the sentence's own figures."""
_SPAN: Final = re.compile(
    r"\b(?:(?:year|months?|quarter|weeks?)\s+to(?:\s+date)?|year-to-date|ytd|so\s+far|alone|"
    r"first\s+(?:\w+\s+)?(?:months|quarters?|half)|(?:first|second|third|fourth)\s+(?:quarter|"
    r"half)|(?:fiscal|financial|full|calendar)[\s-]+year|cumulative|"
    r"(?:\d+|three|six|nine|twelve)[\s-]+months?|rolling|annual(?:ly|i[sz]ed)?|forecast|"
    r"projected|expected|next\s+year|will)\b",
    re.I,
)
"""Words naming the span a figure covers ('in the year to March', 'in March alone', 'for the
first five months', 'the 12-month surplus') or a time to come ('is forecast to fall to'): a
month named in both clauses does not make them one span."""
_QUALIFIED_AFTER: Final = re.compile(
    r"^\s+((?:excluding|ex|including|net\s+of|before|after)\s+[a-z-]+)\b", re.I
)
"""After an item: words of a narrower or wider quantity ('the deficit excluding interest')."""
_BASE_BEFORE: Final = re.compile(
    r"\b(?:than|against|versus|vs\.?|compared\s+(?:with|to))\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:[^\W\d][\w'’-]*\s+){0,2}$",
    re.IGNORECASE,
)
"""Before a level: words that make it a base of comparison ('wider than the', 'against')."""
_CHANGE_AFTER: Final = re.compile(r"^\s*(?:more|less|fewer|higher|lower)\s+than\b", re.I)
_UP_WORD: Final = re.compile(r"\b(?:increase[sd]?|rise|rose|gain|widen\w*|grew|growth)\b", re.I)
_DOWN_WORD: Final = re.compile(
    r"\b(?:decrease[sd]?|decline[sd]?|fall|fell|drop\w*|narrow\w*|shr[iau]nk\w*|reduction)\b", re.I
)
_PARTNER_AFTER: Final = re.compile(r"^\s+(?:to|from|with)\s+(?:the\s+)?([^\W\d_]+)", re.I)
"""'exports to the United States', 'imports from it', 'the deficit with them': a partner."""
_OF_PAIR: Final = re.compile(r"^\s+of\s+([a-z-]+)(?:\s+and\s+([a-z-]+))?\b", re.I)


@dataclass(slots=True)
class _Term:
    mention: Mention
    item: str
    quals: frozenset[str]
    area: frozenset[str]
    pair: tuple[str, str] | None
    kind: str
    paragraph: int
    periods: frozenset[str]
    spans: frozenset[str]


def _singular(word: str) -> str:
    word = word.lower()
    return {"import": "imports", "export": "exports"}.get(word, word)


def _qualifiers(
    before: str, after: str
) -> tuple[frozenset[str], frozenset[str], tuple[str, str] | None]:
    """The words qualifying an item: those right before it ("average goods and services") and
    an "of" phrase after it ("exports of goods"), a pair joined by "and" read as the whole;
    and apart, the area a possessive names ("Ruritania's"), which later sentences leave
    unsaid."""
    words: list[str] = []
    area: set[str] = set()
    naming = False  # in the capitalised words of an area's name ("New Zealand's")
    for token in reversed(before.split()):
        bare = token.strip("\"'“”‘’").lower()
        if not re.fullmatch(r"[a-z][a-z.'’-]*", bare) or bare in _BREAK or token[-1] in ",;:":
            break
        if re.search(r"['’]s$", bare):
            area.add(bare[:-2])
            naming = token[:1].isupper()
            continue
        if naming and token[:1].isupper():
            continue  # "New" of "New Zealand's": the area's name, no qualifying word
        naming = False
        words.insert(0, bare)
    narrowed = _QUALIFIED_AFTER.match(after)
    if narrowed:
        words.append(re.sub(r"\s+", " ", narrowed.group(1).lower()))
    partner = _PARTNER_AFTER.match(after)
    if partner:
        words.append(f"with {partner.group(1).lower()}")  # "the deficit with them", "exports to
        # the United States": one partner's flow, no term of the total
    of = _OF_PAIR.match(after)
    if of:
        words += [of.group(1).lower(), *(["and", of.group(2).lower()] if of.group(2) else [])]
    pair = None
    if "and" in words:
        at = words.index("and")
        if 0 < at < len(words) - 1:
            pair = (words[at - 1], words[at + 1])
            words = words[: at - 1] + words[at + 2 :]
    return frozenset(w for w in words if w not in _DROP and w != "and"), frozenset(area), pair


def _terms(book: Book) -> list[_Term]:
    text = book.text
    out: list[_Term] = []
    last: dict[tuple[int, int], _Term] = {}
    named: dict[int, frozenset[str]] = {}
    """Paragraph -> the months and years its last sentence naming any named."""
    spanned: dict[int, frozenset[str]] = {}
    """Paragraph -> the spans ('year to', 'alone') that sentence's clause named."""
    for index, m in enumerate(book.mentions):
        if not (is_amount(m) or is_count(m)) or m.reading.hedge is not None:
            continue
        earlier = book.mentions[index - 1] if index else None
        joined = earlier is not None and earlier.sentence == m.sentence
        if (
            joined
            and earlier is not None
            and re.fullmatch(r"\s*,?\s*(?:(?:up|down)\s+)?from\s*", text[earlier.end : m.start])
        ) or (joined and re.match(r"(?:up|down)\s+from\b", text[m.start : m.end], re.I)):
            last.pop(m.sentence, None)
            continue  # "up $3.6 billion from $41.0 billion", "$48.5 billion, up from $44.3
            # billion in December": the level before, no term
        if _BASE_BEFORE.search(text, max(m.sentence[0], m.start - 30), m.start):
            last.pop(m.sentence, None)
            continue  # "a deficit wider than the $21.35 billion economists had expected": a
            # level compared with, no term
        left = text[max(m.local[0], m.sentence[0]) : m.start]
        right = text[m.end : m.local[1]]
        if earlier is not None and joined and is_rate(earlier) and not _ITEM.search(left):
            # "exports fell 3% to $40.1 billion": the item is named right before the rate
            before = text[max(earlier.local[0], m.sentence[0]) : earlier.start]
            items = list(_ITEM.finditer(before))
            if items and VERB_ONLY.fullmatch(before[items[-1].end() :]):
                left = before + text[earlier.start : m.start]
        found = list(_ITEM.finditer(left))
        item = quals = area = pair = None
        if found:
            hit = found[-1]
            item = _singular(hit.group(1))
            quals, area, pair = _qualifiers(left[: hit.start()], left[hit.end() :])
        elif _CHANGE_AFTER.match(right) and (hit2 := _ITEM.search(right)):
            item = _singular(hit2.group(1))
            quals, area, pair = _qualifiers(right[: hit2.start()], right[hit2.end() :])
        elif joined and m.sentence in last:
            previous = last[m.sentence]
            item, quals, area, pair = previous.item, previous.quals, previous.area, previous.pair
        if item is None or quals is None or area is None:
            continue
        kind = _kind(book, m, left, right, last.get(m.sentence) if joined else None)
        if kind is None:
            last.pop(m.sentence, None)
            continue
        sentence = text[m.sentence[0] : m.sentence[1]]
        paragraph = text.rfind("\n\n", 0, m.start)
        periods = frozenset(p.lower() for p in _PERIOD.findall(_COMPARED.sub(" ", sentence)))
        spans = _spans(text, m)
        if periods or spans:
            named[paragraph], spanned[paragraph] = periods, spans
        else:  # "... a surplus in 2015. Exports came to ...": the period named last
            periods = named.get(paragraph, frozenset())
            spans = spanned.get(paragraph, frozenset())
        periods = _clause_periods(sentence, m.start - m.sentence[0]) or periods
        term = _Term(
            m,
            item,
            quals,
            area,
            pair,
            kind,
            paragraph,
            periods,
            spans,
        )
        out.append(term)
        last[m.sentence] = term
    return out


def _kind(book: Book, m: Mention, left: str, right: str, previous: _Term | None) -> str | None:
    """'level', 'change', or None when the sign of a change is not in the words."""
    if m.reading.direction or _CHANGE_AFTER.match(right):
        return "change"
    if (
        previous is not None
        and previous.kind == "change"
        and re.fullmatch(r"\s*to\s*", book.text[previous.mention.end : m.start])
    ):
        return "level"  # "increased $3.0 billion to $40.9 billion": the level reached
    following = book.text[m.end : m.end + 12]
    if re.match(r"\s*to\s+[$€£¥]?\s*\d", following) and (
        _UP_WORD.search(left) or _DOWN_WORD.search(left)
    ):
        return "change" if not _DOWN_WORD.search(left) else None
    return "level"


_CLAUSE: Final = re.compile(r";|,?\s*\b(?:while|whereas|but)\b", re.IGNORECASE)
"""Where a clause begins that may name a period of its own ('..., while in 2022 the surplus
was')."""


def _clause_periods(sentence: str, at: int) -> frozenset[str]:
    """The months and years the clause of the figure at ``at`` names itself, when it does:
    'In 2023 exports rose ..., while in 2022 the surplus was $1.6 billion' gives the surplus
    2022 alone."""
    starts = [0, *(c.start() for c in _CLAUSE.finditer(sentence)), len(sentence)]
    for a, b in itertools.pairwise(starts):
        if a <= at < b:
            clause = _COMPARED.sub(" ", sentence[a:b])
            return frozenset(p.lower() for p in _PERIOD.findall(clause))
    return frozenset()


def _spans(text: str, m: Mention) -> frozenset[str]:
    """The span words of the clause ``m`` is in (its sentence cut at semicolons)."""
    start = text.rfind(";", m.sentence[0], m.start) + 1 or m.sentence[0]
    end = text.find(";", m.end, m.sentence[1])
    clause = text[max(start, m.sentence[0]) : end if end >= 0 else m.sentence[1]]
    return frozenset(re.sub(r"[\s-]+", " ", w.lower()) for w in _SPAN.findall(clause))


def _same_scope(a: _Term, b: _Term) -> bool:
    return (
        a.kind == b.kind
        and a.quals == b.quals
        and (not a.area or not b.area or a.area == b.area)
        and a.mention.reading.unit == b.mention.reading.unit
        and (not a.periods or not b.periods or bool(a.periods & b.periods))
        and (
            a.spans == b.spans  # "the deficit in the year to March; in March alone, ..."
            # averages over a span a release names once: "the average deficit ... for the
            # three months ending in June. Average exports ... in June"
            or ("average" in a.quals and not (a.spans and b.spans))
        )
    )


def apply_balances(book: Book) -> None:
    """Propose each balance stated beside both of its terms as their difference, and a pair's
    balance as the sum of its members' balances."""
    terms = _terms(book)[:2000]
    by_paragraph: dict[int, list[_Term]] = {}
    for term in terms:
        by_paragraph.setdefault(term.paragraph, []).append(term)
    paragraphs = sorted(by_paragraph)
    for at, start in enumerate(paragraphs):
        group = by_paragraph[start][:200]
        for balance in BALANCES:
            results = [t for t in group if t.item in ("deficit", "surplus")]
            for result in (t for t in results if t.item == balance.result):
                if sum(_same_scope(t, result) for t in results) > 1:
                    continue  # "the deficit was ..., against a surplus of ... a year before":
                    # which balance the terms are of, the words do not say
                plus = [t for t in group if t.item in balance.plus and _same_scope(t, result)]
                minus = [t for t in group if t.item in balance.minus and _same_scope(t, result)]
                if len(plus) == 1 and len(minus) == 1:
                    _difference(book, balance, result, plus[0], minus[0])
        following = by_paragraph[paragraphs[at + 1]] if at + 1 < len(paragraphs) else []
        for whole in (t for t in group if t.pair and t.item in ("deficit", "surplus")):
            _pair(book, whole, [*group, *following])


def _difference(book: Book, balance: Balance, result: _Term, plus: _Term, minus: _Term) -> None:
    r, p, n = result.mention, plus.mention, minus.mention
    book.propose(
        "sum",
        f"{p.name} - {n.name} == {r.name}",
        about=r,
        quote=book.passage(*sorted((r, p, n), key=lambda m: m.start)),
        why=f"by definition a {balance.result} is {plus.item} less {minus.item} "
        f"({balance.source}); the three are {result.kind}s of one paragraph, with the same "
        "qualifying words",
        figures=(p.name, n.name, r.name),
        suffix="_balance",
    )
    if result.kind != "change":
        return
    before = [f"{m.name}_previous" for m in (p, n, r)]
    if all(name in book.unknowns for name in before):
        # "the deficit decreased $5.8 billion, or 2.3 percent ... Exports decreased $54.2
        # billion or 4.7 percent": the levels the changes grew from balance too
        book.propose(
            "sum",
            f"{before[0]} - {before[1]} == {before[2]}",
            about=r,
            quote=book.passage(*sorted((r, p, n), key=lambda m: m.start)),
            why=f"a {balance.result} is {plus.item} less {minus.item} at every time, so at "
            "the levels these changes are measured from too",
            figures=(p.name, n.name, r.name),
            suffix="_balance_before",
        )


def _pair(book: Book, whole: _Term, pool: list[_Term]) -> None:
    """'the goods and services deficit' and, near it, 'the goods deficit' and 'the services
    surplus': the pair's balance is its members' balances together."""
    assert whole.pair is not None
    parts: list[_Term] = []
    for member in whole.pair:
        found = [
            t
            for t in pool
            if t.item in ("deficit", "surplus")
            and t.quals == whole.quals | {member}
            and t.kind == whole.kind
            and t.mention.reading.unit == whole.mention.reading.unit
            and t.mention.start > whole.mention.start
        ]
        if len(found) != 1:
            return
        parts.append(found[0])
    signed = sorted(parts, key=lambda t: t.item != whole.item)
    if signed[0].item != whole.item:
        return  # no member on the whole's side: "a surplus of two deficits" is no reading
    expression = signed[0].mention.name
    for part in signed[1:]:
        expression += f" {'+' if part.item == whole.item else '-'} {part.mention.name}"
    book.propose(
        "sum",
        f"{expression} == {whole.mention.name}",
        about=whole.mention,
        quote=book.passage(*(t.mention for t in parts)),
        why=f"the {' and '.join(whole.pair)} {whole.item} is the sum of their balances (a "
        "surplus counts against a deficit)",
        figures=(*(t.mention.name for t in parts), whole.mention.name),
        suffix="_of_pair",
    )
