"""A first claim file for an article: every number quoted, nothing yet checked.

:func:`draft` reads a text the way coverage does (:func:`factcheck.provenance.scan`) and
writes the skeleton a person then completes: the ``source`` section, one figure per number
with a short quote that carries it, dates, years and periods under ``not_claims``, and
*commented* suggestions of checks where the wording makes the relation plain ("up 6.8 percent
to 1.73 trillion yuan" is a growth rate over an unstated earlier level).  The draft parses,
audits without errors, and covers every number of the text; the checks are left to the
person, because only a person knows what the article claims.
"""

from __future__ import annotations

__all__ = ["draft"]

import hashlib
import keyword
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Final

from factcheck.errors import FactcheckError
from factcheck.expr import UNIT_WORDS
from factcheck.hedges import HEDGE_BY_WORD
from factcheck.provenance import Located, scan
from factcheck.reading import Reading, read
from factcheck.relations import RELATIONS


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_NOT_CLAIM_REASONS: Final = {
    "date": "a date, not a claim",
    "year": "names a year, not a claim",
    "period": "names a period, not a claim",
    "time": "a time of day, not a claim",
    "code": "a name or code with digits, not a claim",
}
_NOT_FIGURES: Final = frozenset(_NOT_CLAIM_REASONS)
_RATES: Final = frozenset({"percent", "per_mille"})
_POINTS: Final = frozenset({"percentage_point", "basis_point"})

_STOPWORDS: Final = _set(
    """a an the of for to in on at by with from and or nor but as is are was were be been
    being has have had will would shall should can could may might must its it this that these
    those their them they his her our your we you he she than then more less most least about
    over under into per each every all while which who whom whose also up down out off so such
    not no only just some any other another same both either neither what when where there
    here s t one"""
)
_NAME_SKIP: Final = _set("first last year years month months on record time whole")
"""Words a quote keeps but a name does without ("year-on-year")."""
_UNIT_NAMES: Final = _set(
    """percent percentage percentages point points basis bp pp pct thousand thousands million
    millions billion billions trillion trillions yuan rmb renminbi dollar dollars usd cny eur
    euro euros gbp pound pounds sterling yen jpy"""
)
_VERB_WORDS: Final = _set(
    """receive get gets got reach rose risen fell fallen grew grown spend spent stood saw seen
    said made became took taken gave given came went held hit pass approve rise fall grow
    increase decrease decline surpass exceed remain say show make become jump drop climb gain
    surge hold give take go come see stand totaled totalled totaling totalling planned bring
    brought carry carried sell sold buy bought pay paid win won lose lost earn"""
)
"""Verbs as written; a name is made of the nouns around a number, not of what it did."""
_VERB_STEMS: Final = _set(
    """receive get reach total rise grow increase decrease decline account approve pass spend
    post mark contribute capture achieve surpass exceed remain feature say report show make
    become jump drop climb gain surge hold register amount rank expect estimate plan see stand
    reach record"""
)
"""Stems whose inflected forms (-s, -es, -ed, -ing) are verbs ("accounting", "posted")."""
_GROWTH_WORDS: Final = _set(
    """up down rose rise rises risen fell fall falls fallen grew grow grows grown growth
    increase increased increases increasing decrease decreased decreases decline declined
    declines surged surge surges jumped jump jumps dropped drop drops climbed climb climbs
    gained gain gains slipped slumped soared expanded shrank contracted"""
)
_SHARE_WORDS: Final = frozenset({"share", "shares", "accounting", "accounted", "accounts",
                                 "proportion", "portion", "fraction"})  # fmt: skip
_RESERVED: Final = (
    frozenset(RELATIONS)
    | frozenset(alias for relation in RELATIONS.values() for alias in relation.aliases)
    | frozenset(UNIT_WORDS)
    | frozenset(keyword.kwlist)
    | frozenset({"lambda", "import", "exec", "eval", "true", "false", "none", "inf"})
)

_SENTENCE_END: Final = re.compile(r"[.!?]+[\"'”’)]*(?=\s|$)")
_CLAUSE_MARK: Final = re.compile(r",(?=\s)|[;:()\[\]—–]|\s-\s")
_THAN: Final = re.compile(
    r"\s*(?P<word>higher|lower|more|less|above|below|faster|slower|greater)\s+than\b"
)
_TO: Final = re.compile(r"\s*,?\s*to\s*")
_BETWEEN_AMOUNT_AND_RATE: Final = re.compile(r"[\s,;(]*")
_YEAR_ON_YEAR: Final = re.compile(r"year[-\s]on[-\s]year|year[-\s]over[-\s]year", re.IGNORECASE)
_EDGE: Final = "\"'“”‘’«»,;:"
"""Characters a quote does not start or end on (a stray quotation mark, a comma)."""
_MAX_QUOTE_SIDE: Final = 3
"""Content words quoted on each side of a number, at most."""


@dataclass(slots=True)
class _Number:
    """One number of the text that becomes a figure, with where its sentence and clause lie."""

    located: Located
    reading: Reading
    sentence: tuple[int, int]
    clause: tuple[int, int]
    local: tuple[int, int]
    """The clause cut at the neighbouring numbers: the words that speak of this one."""
    name: str = ""
    quote: str = ""
    index: int = 0


@dataclass(slots=True)
class _Draft:
    figures: list[_Number] = field(default_factory=list)
    not_claims: dict[str, str] = field(default_factory=dict)
    unknowns: dict[str, tuple[str, str]] = field(default_factory=dict)
    """Suggested unknowns: name -> (unit, description)."""
    checks: list[tuple[str, str, str]] = field(default_factory=list)
    """Suggested checks: (why, condition, id)."""


def draft(
    text: str, *, path: str | None = None, title: str | None = None, schema: str | None = None
) -> str:
    """A skeleton claim file for ``text``, as YAML text.

    ``schema``, a URL or path of the claim files' JSON Schema, is written first as a
    yaml-language-server modeline (``# yaml-language-server: $schema=...``), so editors with
    the YAML language server complete and check the file as it is written.

    ``title`` defaults to the first non-empty line of the text.  ``path`` is written as
    ``source.path`` exactly as given (claim files resolve it against their own folder), and
    with it ``source.sha256``, the SHA-256 of ``text`` encoded as UTF-8: pass the file's
    text exactly as stored (no newline translation) so the hash matches the file.

    The result loads with :func:`factcheck.files.parse_claims`, audits without errors, and
    covers every number of ``text`` (:func:`factcheck.provenance.coverage`).
    """
    if not isinstance(text, str):
        raise TypeError(f"text={text!r} must be a str")
    numbers = scan(text)
    spans = [(n.start, n.end) for n in numbers]
    result = _Draft()
    taken: set[str] = set()
    for located in numbers:
        reading = located.reading
        if reading is None:
            result.not_claims.setdefault(
                located.text,
                f"TODO: factcheck cannot read this number ({located.error}); quote it as a "
                "figure once it reads, or say why it is not a claim",
            )
            continue
        if reading.kind in _NOT_FIGURES:
            result.not_claims.setdefault(located.text, _NOT_CLAIM_REASONS[reading.kind])
            continue
        sentence, clause = _segments(text, located, spans)
        near = [(s, e) for s, e in spans if clause[0] <= e and s <= clause[1]]
        local = (
            max([clause[0], *(e for _, e in near if e <= located.start)]),
            min([clause[1], *(s for s, _ in near if s >= located.end)]),
        )
        number = _Number(located, reading, sentence, clause, local)
        if not _choose_quote(text, number):
            result.not_claims.setdefault(
                located.text,
                "TODO: no quote around this number reads it back as written; make it a "
                "figure by hand, or say why it is not a claim",
            )
            continue
        number.name = _unique(_name(text, number, spans), taken)
        result.figures.append(number)
    _suggest(text, result)
    rendered = _render(text, result, path=path, title=title)
    if schema:
        rendered = f"# yaml-language-server: $schema={schema}\n" + rendered
    return rendered


# -- sentences, clauses and quotes ------------------------------------------------------------


def _inside(position: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(start < position < end for start, end in spans)


def _segments(
    text: str, located: Located, spans: Sequence[tuple[int, int]]
) -> tuple[tuple[int, int], tuple[int, int]]:
    """The sentence and the clause around a number, within its line; marks that fall inside
    a number ("628,000", "March 6, 2025") do not split."""
    line_start = text.rfind("\n", 0, located.start) + 1
    line_end = text.find("\n", located.end)
    line_end = len(text) if line_end == -1 else line_end
    spans = [(s, e) for s, e in spans if s < line_end and e > line_start]

    def around(pattern: re.Pattern[str], lo: int, hi: int) -> tuple[int, int]:
        start, end = lo, hi
        for match in pattern.finditer(text, lo, hi):
            if _inside(match.start(), spans) or _inside(match.end() - 1, spans):
                continue
            if match.end() <= located.start:
                start = match.end()
            elif match.start() >= located.end:
                end = match.start()
                break
        return start, end

    sentence = around(_SENTENCE_END, line_start, line_end)
    clause = around(_CLAUSE_MARK, *sentence)
    return sentence, clause


def _choose_quote(text: str, number: _Number) -> bool:
    """Pick the shortest quote around the number (a few words either side, within the
    clause and, if that says enough, short of the neighbouring numbers) that reads back to
    the same number; set ``quote`` and ``index``."""
    located = number.located
    span = (located.start, located.end)
    local = _window(text, span, number.local, near=True)
    candidates = [
        *([local] if local != span else []),
        _window(text, span, number.clause, near=True),
        _window(text, span, number.clause, near=False),
        span,
    ]
    fallback: tuple[str, int] | None = None
    for start, end in candidates:
        quote = text[start:end]
        found = _read_back(quote, located.start - start, number.reading)
        if found is None:
            continue
        index, exact = found
        if exact:
            number.quote, number.index = quote, index
            return True
        if fallback is None:
            fallback = (quote, index)
    if fallback is not None:
        number.quote, number.index = fallback
        return True
    return False


def _window(
    text: str, span: tuple[int, int], segment: tuple[int, int], *, near: bool
) -> tuple[int, int]:
    """The number's span widened by a few words (``near``) or all words of ``segment``,
    never starting or ending on a stray quotation mark or comma."""
    (start, end), (lo, hi) = span, segment
    before = list(re.finditer(r"\S+", text[lo:start]))
    after = list(re.finditer(r"\S+", text[end:hi]))
    take_before = _near([m.group() for m in reversed(before)]) if near else len(before)
    take_after = _near([m.group() for m in after]) if near else len(after)
    if take_before:
        start = lo + before[-take_before].start()
    if take_after:
        end += after[take_after - 1].end()
    while start < span[0] and text[start] in _EDGE:
        start += 1
    while end > span[1] and text[end - 1] in _EDGE:
        end -= 1
    for opening, closing in (('"', '"'), ("“", "”"), ("(", ")")):
        quote = text[start:end]
        unbalanced = (
            quote.count(opening) % 2 if opening == closing
            else quote.count(opening) != quote.count(closing)
        )  # fmt: skip
        if not unbalanced:
            continue
        last = max(text.rfind(opening, start, end), text.rfind(closing, start, end))
        first = min(i for i in (text.find(opening, start, end), text.find(closing, start, end))
                    if i != -1)  # fmt: skip
        if last >= span[1]:
            end = last
        elif first < span[0]:
            start = first + 1
    return _trim(text, start, end, span)


def _trim(text: str, start: int, end: int, span: tuple[int, int]) -> tuple[int, int]:
    while start < span[0] and (text[start].isspace() or text[start] in _EDGE):
        start += 1
    while end > span[1] and (text[end - 1].isspace() or text[end - 1] in _EDGE):
        end -= 1
    return start, end


def _near(tokens: Sequence[str]) -> int:
    """How many of ``tokens`` (nearest first) to quote: up to three content words, at most
    five tokens, never ending on a stopword."""
    count = content = 0
    for token in tokens[: _MAX_QUOTE_SIDE + 2]:
        if content == _MAX_QUOTE_SIDE:
            break
        count += 1
        if _bare(token) not in _STOPWORDS:
            content += 1
    while count and _bare(tokens[count - 1]) in _STOPWORDS:
        count -= 1
    return count


def _bare(token: str) -> str:
    return token.strip(".,;:!?\"'()[]“”‘’").lower()


def _read_back(quote: str, offset: int, wanted: Reading) -> tuple[int, bool] | None:
    """The index (as :class:`factcheck.model.Figure` counts it) of the number that starts at
    ``offset`` in ``quote`` and has the value wanted, and whether it reads identically."""
    try:
        readings = read(quote)
    except FactcheckError:
        return None
    numbers = [r for r in readings if r.kind not in _NOT_FIGURES] or list(readings)
    for index, reading in enumerate(numbers):
        if reading.start == offset and reading.value == wanted.value:
            exact = (
                reading.strict == wanted.strict
                and reading.lenient == wanted.lenient
                and reading.unit == wanted.unit
                and reading.scale == wanted.scale
            )
            return index, exact
    return None


# -- names ------------------------------------------------------------------------------------


def _words(text: str, start: int, end: int, spans: Sequence[tuple[int, int]]) -> list[str]:
    """The content words of ``text[start:end]``, lower-case ASCII, outside every number."""
    out: list[str] = []
    for match in re.finditer(r"[^\W\d_]+", text[start:end]):
        begin = start + match.start()
        if any(s <= begin < e for s, e in spans):
            continue
        word = _ascii(match.group()).lower()
        if len(word) < 2 or word in _STOPWORDS or word in _NAME_SKIP or word in _UNIT_NAMES:
            continue
        if word in HEDGE_BY_WORD or _is_verb(word):
            continue
        out.append(word)
    return out


def _following_nouns(text: str, start: int, end: int) -> list[str]:
    """The content words right after a number ("840 million dollar *budget*", "second-highest
    *monthly total*"), up to two, before any other word or punctuation."""
    out: list[str] = []
    for match in re.finditer(r"(\s*)(\S+)", text[start:end]):
        token = match.group(2)
        if (not match.group(1) and not out) or not re.fullmatch(r"[^\W\d_]+", token):
            break
        words = _words(token, 0, len(token), [])
        if not words:
            break
        out += words
        if len(out) == 2:
            break
    return out


def _ascii(word: str) -> str:
    folded = unicodedata.normalize("NFKD", word)
    return "".join(c for c in folded if c.isascii() and c.isalpha())


def _is_verb(word: str) -> bool:
    if word in _VERB_WORDS:
        return True
    stems: set[str] = set()
    if word.endswith("s"):
        stems |= {word[:-1], word[:-2]}
    if word.endswith("ed"):
        stems |= {word[:-2], word[:-1]}
    if word.endswith("ing"):
        stems |= {word[:-3], word[:-3] + "e"}
    return bool(stems & (_VERB_STEMS | _VERB_WORDS))


def _name(text: str, number: _Number, spans: Sequence[tuple[int, int]]) -> str:
    reading, located = number.reading, number.located
    if reading.label:
        base = [w for w in (_ascii(p).lower() for p in re.split(r"\W+", reading.label)) if w]
    elif (
        reading.kind == "number"
        and reading.unit not in _RATES | _POINTS
        and (nouns := _following_nouns(text, located.end, number.clause[1]))
    ):
        base = nouns
    else:
        base = _words(text, number.clause[0], located.start, spans)[-2:]
        if not base:
            base = _words(text, number.sentence[0], located.start, spans)[-2:]
        if not base:
            base = _words(text, located.end, number.clause[1], spans)[:2]
        if not base:
            base = _words(text, located.end, number.sentence[1], spans)[:2]
    suffix = _suffix(text, number)
    parts = list(dict.fromkeys(base))[:3] or ["figure"]
    if suffix and suffix not in parts:
        parts.append(suffix)
    name = "_".join(parts)[:60].rstrip("_")
    return f"{name}_value" if name in _RESERVED else name


def _suffix(text: str, number: _Number) -> str:
    reading = number.reading
    if reading.kind in ("ordinal", "rank"):
        return "rank"
    if reading.kind == "multiple":
        return "multiple"
    if reading.unit in _POINTS:
        return "gap" if _THAN.match(text, number.located.end) else "points"
    if reading.unit in _RATES or reading.kind == "fraction":
        if _growth_like(text, number):
            return "growth"
        return "share" if _share_like(text, number) else "pct"
    return ""


def _local_words(text: str, number: _Number) -> set[str]:
    return {w.lower() for w in re.findall(r"[^\W\d_]+", text[slice(*number.local)])}


def _growth_like(text: str, number: _Number) -> bool:
    return (
        number.reading.direction != 0
        or bool(_local_words(text, number) & _GROWTH_WORDS)
        or _YEAR_ON_YEAR.search(text[slice(*number.local)]) is not None
    )


def _share_like(text: str, number: _Number) -> bool:
    following = text[number.located.end : number.clause[1]]
    return bool(_local_words(text, number) & _SHARE_WORDS) or bool(re.match(r"\s+of\b", following))


def _unique(name: str, taken: set[str]) -> str:
    candidate, count = name, 1
    while candidate in taken:
        count += 1
        candidate = f"{name}_{count}"
    taken.add(candidate)
    return candidate


# -- suggestions ------------------------------------------------------------------------------


def _is_amount(reading: Reading) -> bool:
    return (
        reading.kind == "number"
        and reading.unit is not None
        and (reading.unit not in _RATES | _POINTS)
    )


def _suggest(text: str, result: _Draft) -> None:
    """Commented checks where the wording makes the relation plain."""
    names = {n.name for n in result.figures}
    by_sentence: dict[tuple[int, int], list[_Number]] = {}
    for number in result.figures:
        by_sentence.setdefault(number.sentence, []).append(number)
    for members in by_sentence.values():
        for position, number in enumerate(members):
            if number.reading.kind != "number":
                continue
            if number.reading.unit in _RATES:
                _suggest_rate(text, result, members, position, names)
            elif number.reading.unit in _POINTS:
                _suggest_gap(text, result, members, position, names)


def _unknown(
    result: _Draft, names: set[str], base: str, role: str, unit: str, description: str
) -> str:
    """Declare (commented) an unknown named after ``base``, or reuse one of that name and
    unit; a name taken by a figure or by an unknown of another unit gets its ``role``
    ("whole") appended, then a number."""
    candidates = [base, f"{base}_{role}"] if not base.endswith(role) else [base]

    def free(name: str) -> bool:
        known = result.unknowns.get(name)
        return name not in names and name not in _RESERVED and (known is None or known[0] == unit)

    name = next((c for c in candidates if free(c)), "")
    count = 1
    while not name:
        count += 1
        name = f"{candidates[-1]}_{count}" if free(f"{candidates[-1]}_{count}") else ""
    result.unknowns.setdefault(name, (unit, description))
    return name


def _suggest_rate(
    text: str, result: _Draft, members: list[_Number], position: int, names: set[str]
) -> None:
    """A growth rate of the amount beside it ("up 6.8 percent to 1.73 trillion yuan", "7.8
    trillion yuan, up 9.5 percent"); else, for a percent that is no growth, a share of a whole
    by the nearest amount of the sentence."""
    rate = members[position]
    after = members[position + 1] if position + 1 < len(members) else None
    before = members[position - 1] if position > 0 else None
    level = None
    if (
        after is not None
        and _is_amount(after.reading)
        and _TO.fullmatch(text[rate.located.end : after.located.start])
    ):
        level = after
    elif (
        before is not None
        and _is_amount(before.reading)
        and rate.reading.direction != 0
        and _BETWEEN_AMOUNT_AND_RATE.fullmatch(text[before.located.end : rate.located.start])
    ):
        level = before
    if level is not None:
        unit = level.reading.unit or ""
        previous = _unknown(
            result, names, level.name, "previous", unit, f"{level.name} before the growth"
        )
        result.checks.append(
            (
                f"{rate.quote!r}: a growth rate over an earlier level the article does not state",
                f"growth({level.name}, {previous}) == {rate.name}",
                rate.name,
            )
        )
        return
    amounts = [(i, m) for i, m in enumerate(members) if _is_amount(m.reading)]
    if not amounts or _growth_like(text, rate):
        return
    part = min(amounts, key=lambda pair: (abs(pair[0] - position), pair[0] > position))[1]
    of = re.match(r"\s+of\s+", text[rate.located.end : rate.clause[1]])
    whole_words = _words(text, rate.located.end + of.end(), rate.clause[1], [])[:3] if of else []
    unit = part.reading.unit or ""
    named = "_".join(whole_words)
    same = [m for m in result.figures if m.name == named and m.reading.unit == unit]
    if same and _is_amount(same[0].reading) and same[0] is not part:
        whole = named  # "of the fares", and a figure is named fares: that figure
    else:
        whole = _unknown(
            result, names, named or part.name, "whole", unit, f"the whole {part.name} is part of"
        )
    result.checks.append(
        (
            f"{rate.quote!r} beside {part.quote!r}: a share of a whole",
            f"share({part.name}, {whole}) == {rate.name}",
            rate.name,
        )
    )


def _suggest_gap(
    text: str, result: _Draft, members: list[_Number], position: int, names: set[str]
) -> None:
    """A gap in percentage points ("1.9 percentage points higher than the national average")
    between the rate stated just before (or an unknown one) and the rate compared with."""
    points = members[position]
    than = _THAN.match(text, points.located.end)
    if than is None:
        return
    rates = [m for m in members[:position] if m.reading.unit in _RATES]
    if rates:
        this = rates[-1].name
    else:
        this = _unknown(result, names, points.name, "rate", "percent", "the higher rate")
    other_words = _words(text, than.end(), points.clause[1], [])[:3]
    other = _unknown(
        result,
        names,
        "_".join(other_words) or f"{points.name}_other",
        "rate",
        "percent",
        "the rate compared with",
    )
    first, second = this, other
    if than.group("word") in ("lower", "less", "below", "slower"):
        first, second = other, this
    result.checks.append(
        (
            f"{points.quote!r}: a gap between two rates, in percentage points",
            f"gap({first}, {second}) == {points.name}",
            points.name,
        )
    )


# -- rendering --------------------------------------------------------------------------------

_ESCAPES: Final = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}


def _yaml_text(value: str) -> str:
    """A YAML double-quoted scalar for any text (control and line-separator characters
    escaped, so the loaded value is exactly ``value``)."""
    out = []
    for char in value:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif (
            unicodedata.category(char) in ("Cc", "Cs", "Zl", "Zp")
            or char in "\ufeff\x85"
            or (0x7F <= ord(char) <= 0x9F)
        ):
            out.append(f"\\u{ord(char):04x}" if ord(char) <= 0xFFFF else f"\\U{ord(char):08x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return " ".join(line.split())[:300]
    return "(untitled)"


def _render(text: str, result: _Draft, *, path: str | None, title: str | None) -> str:
    lines = [
        "# A draft claim file written by `factcheck draft`.  Review every figure (name, quote),",
        "# say which numbers are not claims and why, and write the checks: the suggestions",
        "# below are commented out until you have read them against the article.",
        "source:",
        f"  title: {_yaml_text(title if title is not None else _first_line(text))}",
        '  # outlet: ""',
        '  # published: ""',
        '  # url: ""',
    ]
    if path is not None:
        lines.append(f"  path: {_yaml_text(path)}")
        lines.append(f"  sha256: {hashlib.sha256(text.encode('utf-8')).hexdigest()}")
    lines += ["", "figures:"]
    for number in result.figures:
        quote = _yaml_text(number.quote)
        if number.index:
            lines.append(f"  {number.name}: {{quote: {quote}, index: {number.index}}}")
        else:
            lines.append(f"  {number.name}: {quote}")
    lines += ["", "# Quantities the checks need that the article does not state.", "unknowns:"]
    for name, (unit, description) in result.unknowns.items():
        bounds = "" if unit in _RATES else ", bounds: positive"
        lines.append(
            f"  # {name}: {{unit: {unit}{bounds}, description: {_yaml_text(description)}}}"
        )
    lines += ["", "checks:"]
    if result.checks:
        lines.append("  # Suggested by the wording; uncomment, adjust, declare the unknowns used.")
    for why, condition, check_id in result.checks:
        lines.append(f"  # {why}")
        lines.append(f"  # - {{id: {check_id}, condition: {_yaml_text(condition)}}}")
    lines += ["", "not_claims:"]
    for excused, reason in result.not_claims.items():
        lines.append(f"  - {{text: {_yaml_text(excused)}, reason: {_yaml_text(reason)}}}")
    return "\n".join(lines) + "\n"
