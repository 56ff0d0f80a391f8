"""Stage two: names a reader understands, made of the nouns around each number.

A figure is named from its noun phrase ("exports", "shandong_trade"), with a hint of what kind
of figure it is ("_growth", "_share", "_gap", "_rank"); never from its position.
"""

from __future__ import annotations

__all__ = [
    "RESERVED",
    "ascii_word",
    "content_words",
    "count_nouns",
    "growth_like",
    "name_mention",
    "ratio_not_share",
    "share_like",
    "stem",
    "unique",
]

import keyword
import re
import unicodedata
from collections.abc import Sequence
from typing import Final

from factcheck.expr import UNIT_WORDS
from factcheck.hedges import HEDGE_BY_WORD
from factcheck.propose.sentences import _POINTS, _RATES, _STOPWORDS, Mention, _set
from factcheck.relations import RELATIONS

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
RESERVED: Final = (
    frozenset(RELATIONS)
    | frozenset(alias for relation in RELATIONS.values() for alias in relation.aliases)
    | frozenset(UNIT_WORDS)
    | frozenset(keyword.kwlist)
    | frozenset({"lambda", "import", "exec", "eval", "true", "false", "none", "inf"})
)

_THAN: Final = re.compile(
    r"\s*(?P<word>higher|lower|more|less|above|below|faster|slower|greater)\s+than\b"
)
_YEAR_ON_YEAR: Final = re.compile(r"year[-\s]on[-\s]year|year[-\s]over[-\s]year", re.IGNORECASE)


def content_words(text: str, start: int, end: int, spans: Sequence[tuple[int, int]]) -> list[str]:
    """The content words of ``text[start:end]``, lower-case ASCII, outside every number."""
    out: list[str] = []
    inside = [(s, e) for s, e in spans if s < end and e > start]
    for match in re.finditer(r"[^\W\d_]+", text[start:end]):
        begin = start + match.start()
        if any(s <= begin < e for s, e in inside):
            continue
        word = ascii_word(match.group()).lower()
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
        words = content_words(token, 0, len(token), [])
        if not words:
            break
        out += words
        if len(out) == 2:
            break
    return out


def ascii_word(word: str) -> str:
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


def name_mention(text: str, number: Mention, spans: Sequence[tuple[int, int]]) -> str:
    reading, located = number.reading, number.located
    head = _head_of(text, number)
    if head and reading.unit not in _RATES | _POINTS and reading.kind == "number":
        base = head
    elif reading.label:
        base = [w for w in (ascii_word(p).lower() for p in re.split(r"\W+", reading.label)) if w]
    elif (
        reading.kind == "number"
        and reading.unit not in _RATES | _POINTS
        and (nouns := _following_nouns(text, located.end, number.clause[1]))
    ):
        base = nouns
    else:
        base = content_words(text, number.clause[0], located.start, spans)[-2:]
        if not base:
            base = content_words(text, number.sentence[0], located.start, spans)[-2:]
        if not base:
            base = content_words(text, located.end, number.clause[1], spans)[:2]
        if not base:
            base = content_words(text, located.end, number.sentence[1], spans)[:2]
    suffix = _suffix(text, number)
    parts = list(dict.fromkeys(base))[:3] or ["figure"]
    if suffix and suffix not in parts:
        parts.append(suffix)
    name = "_".join(parts)[:60].rstrip("_")
    return f"{name}_value" if name in RESERVED else name


_NOUN_OF: Final = re.compile(r"(?:^|[\s(])(?P<noun>[^\W\d_]{3,}(?:\s+[^\W\d_]{3,})?)\s+of\s+$")
_NUMBER_OF: Final = re.compile(
    r"\bnumber\s+of\s+(?P<noun>[^\W\d_]+(?:[\s-]+[^\W\d_]+)?)", re.IGNORECASE
)


def _head_of(text: str, number: Mention) -> list[str]:
    """The noun an amount is "of" ("Imports of 2.3 million" -> imports; "a budget of 840
    million" -> budget), or what "the number of" counts ("the number of shipping lines ...
    exceeded 50" -> shipping lines)."""
    before = text[number.local[0] : number.start]
    found = _NOUN_OF.search(before[-40:])
    if found is not None:
        words = [ascii_word(w).lower() for w in found.group("noun").split()]
        words = [
            w for w in words if w not in _STOPWORDS and not _is_verb(w) and w not in _UNIT_NAMES
        ]
        if words:
            return words[-2:]
    counted = _NUMBER_OF.search(text, number.sentence[0], number.start)
    if counted is not None and number.reading.unit is None:
        words = [ascii_word(w).lower() for w in re.split(r"[\s-]+", counted.group("noun"))]
        return [w for w in words if w and w not in _STOPWORDS][:2]
    return []


def _suffix(text: str, number: Mention) -> str:
    reading = number.reading
    if reading.kind in ("ordinal", "rank"):
        return "rank"
    if reading.kind == "multiple":
        return "multiple"
    if reading.unit in _POINTS:
        return "gap" if _THAN.match(text, number.located.end) else "points"
    if reading.unit in _RATES or reading.kind == "fraction":
        if growth_like(text, number):
            return "growth"
        return "share" if share_like(text, number) else "pct"
    return ""


def _local_words(text: str, number: Mention) -> set[str]:
    return {w.lower() for w in re.findall(r"[^\W\d_]+", text[slice(*number.local)])}


_PHRASAL_UP: Final = re.compile(
    r"\b(?:make|makes|made|making|add|adds|added|adding|sum|sums|summed|set|sets|take|takes|"
    r"took|taken|end|ends|ended|account|accounted)\s+up\b",
    re.IGNORECASE,
)
"""'Women make up 51%': an 'up' of a phrasal verb, no growth."""


def growth_like(text: str, number: Mention) -> bool:
    words = _local_words(text, number)
    if _PHRASAL_UP.search(text[slice(*number.local)]):
        words = words - {"up"}
    return (
        number.reading.direction != 0
        or bool(words & _GROWTH_WORDS)
        or _YEAR_ON_YEAR.search(text[slice(*number.local)]) is not None
    )


_OF_TIME: Final = re.compile(
    r"\s+of\s+(?:(?:a|one|two|three)\s+(?:years?|quarters?|months?)\s+(?:before|earlier|ago)\b|"
    r"(?:the\s+)?(?:(?:previous|preceding|same|last|prior|first|second|third|fourth)\s+)"
    r"(?:year|quarter|month|week|period|half)\b|(?:the\s+)?(?:year|quarter|month)\s+before\b|"
    r"(?:19|20)\d\d\b)",
    re.I,
)
"""'the -2.34 per cent of a year before', 'the 0.72 per cent of the second quarter', '1.9% of
2016': the rate of a time, not a share of a whole."""


def share_like(text: str, number: Mention) -> bool:
    following = text[number.located.end : number.clause[1]]
    if _OF_TIME.match(following):
        return bool(_local_words(text, number) & _SHARE_WORDS)
    return bool(_local_words(text, number) & _SHARE_WORDS) or bool(re.match(r"\s+of\b", following))


_OF_OUTPUT: Final = re.compile(
    r"\s+of\s+(?:the\s+)?(?:[^\W\d_]+['’]s\s+)?(?:nominal\s+)?(?:GDP|GNP|GNI|GVA|"
    r"gross\s+(?:domestic|national)\s+(?:product|income)|national\s+income|economic\s+output)\b",
    re.I,
)


def ratio_not_share(text: str, number: Mention) -> bool:
    """'debt of 87.2% of GDP', 'a ratio of 205.6 percent': a rate 'of GDP' (a stock or flow
    measured against a year's output) or above 100 percent is a ratio of one amount to another,
    not a part of a whole: it may exceed its whole, and two of them make no sum within one."""
    reading = number.reading
    if reading.unit == "percent" and reading.number > 100 and not reading.direction:
        return True
    return _OF_OUTPUT.match(text, number.located.end) is not None


_OF_ITS_OWN: Final = re.compile(
    r"(?:%|\bper\s*cent|\bpercent)\s+of\s+(?:those|its|their)\s+"
    r"(?:registered|eligible|enrolled|electorate|electors|voters)\b",
    re.I,
)


def of_its_own(text: str, number: Mention) -> bool:
    """'Ward One had 963 voters (31.3% of those registered), Ward Two 930 (36.4%)': a bare rate
    listed after a share of 'those registered' is its own unit's turnout, of its own
    electorate, not a share of one whole with the other units'."""
    if number.reading.unit != "percent" or re.match(r"\s+of\b", text[number.located.end :]):
        return False
    return _OF_ITS_OWN.search(text, number.sentence[0], number.start) is not None


def unique(name: str, taken: set[str]) -> str:
    candidate, count = name, 1
    while candidate in taken:
        count += 1
        candidate = f"{name}_{count}"
    taken.add(candidate)
    return candidate


_TIME_WORD: Final = re.compile(
    r"(second|minute|hour|day|week|month|quarter|year|decade|time)s?$", re.I
)
_WEAK_WORDS: Final = frozenset(
    {"other", "others", "earlier", "later", "more", "less", "fewer", "new", "last", "first",
     "same", "total", "all", "those", "these", "such", "some", "many", "further",
     "additional", "previous", "remaining"}
)  # fmt: skip


def count_nouns(text: str, end: int) -> set[str]:
    """The words a count counts ('29 other PAOs' -> {'pao'}; '47 Provincial Administrative
    Organisations' -> {'provincial', 'administrative', 'organisation', 'pao'}): the stems
    of up to three words after it, and the initials of its capitalised words."""
    found = re.match(r"(?:\s*[\"'“”‘’]?[^\W\d_]+[\"'“”‘’]?){1,3}", text[end : end + 60])
    words = re.findall(r"[^\W\d_]+", found.group()) if found else []
    if words and _TIME_WORD.match(words[0]):
        return set()  # "12 months" twice is two periods of one length, not one count
    out = {
        stem(w) for w in words
        if w.lower() not in _WEAK_WORDS and (len(w) >= 4 or (len(w) >= 3 and w.isupper()))
    }  # fmt: skip
    capitals = [w for w in words if w[:1].isupper() and not w.isupper()]
    if len(capitals) >= 2:
        out.add("".join(w[0] for w in capitals).lower())
    return out


def stem(word: str) -> str:
    word = word.lower()
    for ending, repl in (("ies", "y"), ("sses", "ss"), ("xes", "x"), ("ches", "ch"), ("s", "")):
        if word.endswith(ending) and len(word) > len(ending) + 1:
            return word[: -len(ending)] + repl
    return word
