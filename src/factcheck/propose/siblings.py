"""Stage three and a half: what several shares of one whole say together.

After the rules of :mod:`factcheck.propose.rules` have proposed each share on its own:

- shares of one whole ("58.4% of the votes cast" ... "41.6% of the votes cast"; "some 40
  per cent of cases were in children and 27 per cent were in people aged 15 to 34") add up
  to at most 100 percent;
- a share of a count the article states ("40 per cent of cases", after "49 cases") is a
  whole number of that count, within the rate's rounding (``count_share``).

Both rest on a reading of which whole the words mean, so both are warnings.
"""

from __future__ import annotations

__all__ = ["apply_siblings"]

import re
from typing import Final

from factcheck.propose.book import Book, is_count, is_rate
from factcheck.propose.naming import count_nouns, growth_like, ratio_not_share, stem
from factcheck.propose.restraints import paragraphs_apart
from factcheck.propose.sentences import Mention

_SHARE: Final = re.compile(r"^share\((?P<part>[^,()]+), (?P<whole>[^()]+)\) == (?P<rate>\w+)$")
_UNSTATED: Final = re.compile(r"^shares_sum\(\[(?P<rate>\w+)\]\)$")
_ELIDED: Final = re.compile(r"^\s*(?:were|was|are|is|went|came|had)\b", re.I)
"""'... and 27 per cent were in people aged 15 to 34': a rate whose whole is the one the
sentence named before."""
_OF_NOUN: Final = re.compile(r"\s*of\s+(?:the\s+|all\s+)?(?P<noun>[^\W\d_]{3,})\b", re.I)
_OF_PHRASE: Final = re.compile(
    r"\s*of\s+(?P<whole>[^\W\d_][^,.;:()\d]{0,40}?)(?=[,.;:()]|\s+(?:were|was|is|are)\b|$)", re.I
)
_COMPARED: Final = re.compile(
    r"\b(?:compared\s+(?:to|with)|than|against|versus|vs\.?|from)\s+(?:\w+\s+){0,2}$", re.I
)
"""'compared to 54 cases for the whole of 2022': a count the article compares with, not the
one it goes on to break down."""
_PER_AFTER: Final = re.compile(r"\s*[^\W\d_]+\s+(?:per|for\s+every|in\s+every)\b", re.I)
"""'4.0 deaths per thousand live births', '11,583 deaths per million population': a rate
whose noun is the count's, not a count of it."""
_GAP_BEFORE: Final = re.compile(r"\b(?:gap|difference|margin|shortfall)\b", re.I)
"""'the gap between the sexes narrowed to an all-time low of 241 deaths': a difference of
two counts, not the whole a share is taken of."""
_WON: Final = re.compile(r"\b(?:won|wins?|winning|victory|victorious)\b", re.I)
"""'attained a massive win with 134,705 votes': the part the words say won."""
_MAX_GAP: Final = 1_500
_PRONOUNS: Final = frozenset({"them", "those", "these", "it", "which", "whom", "they"})
_THRESHOLD: Final = re.compile(r"\bat\s+least\s+(?:one|1|two|2)\s+(?!or\b|of\b)[^\W\d_]+", re.I)
"""'had received at least one dose, and 224,113,439, or 68%, were fully vaccinated': a class
named by a threshold holds the classes past it (the fully vaccinated, the boosted), so the
shares of its sentence are nested, not parts that add up to at most 100 percent."""
"""Characters between two shares of one whole, at most (the same passage of the text)."""
_TOGETHER: Final = re.compile(
    r"\b(?:together|combined|altogether|jointly|between\s+them)\b[^,;:()]*$", re.I
)
"""'so that the CDU/CSU together had 13,233,475 (28.6%)': the clause before a part names it
the sum of parts before it, a subtotal, no sibling of theirs."""


def _subtotal(book: Book, part: str) -> bool:
    """Whether the figure ``part`` is a subtotal of the parts before it."""
    m = book.by_name.get(part)
    if m is None:
        return False
    before = book.text[m.sentence[0] : m.start]
    return _TOGETHER.search(re.split(r"[,;:]", before)[-1]) is not None


def apply_siblings(book: Book) -> None:
    """Propose the sum of the shares of one whole, and counts behind shares of a count."""
    groups: dict[str, list[str]] = {}
    wholes_of: dict[str, set[str]] = {}
    shares = []
    for check in book.checks:
        found = _SHARE.match(check.condition)
        if found is None or check.relation != "share" or "_definition" in check.id:
            continue
        rate = book.by_name.get(found.group("rate"))
        if rate is not None and not ratio_not_share(book.text, rate):  # "87.2% of GDP"
            shares.append(found)
            wholes_of.setdefault(found.group("part"), set()).add(found.group("whole"))
    for found in shares:
        if len(wholes_of[found.group("part")]) > 1:
            continue  # "95 (38% of them, and 49% of those registered)": within a subgroup
        if _subtotal(book, found.group("part")):
            continue  # "the CDU/CSU together had 13,233,475 (28.6%)": the sum of parts before
        groups.setdefault(found.group("whole"), []).append(found.group("rate"))
    for whole, rates in groups.items():
        _propose_sum(book, rates, "shares of one whole: together at most 100 percent")
        _complete(book, whole, rates)
    _one_whole(book)
    for check in list(book.checks):
        found = _UNSTATED.match(check.condition)
        if check.relation == "shares_sum" and found and found.group("rate") in book.by_name:
            rate = book.by_name[found.group("rate")]
            if ratio_not_share(book.text, rate):
                continue  # "the deficit was 6.4% of GDP": a ratio, no share among others
            siblings = [rate.name, *(m.name for m in _elided(book, rate))]
            _propose_sum(book, siblings, "shares of the whole the sentence names: together "
                         "at most 100 percent")  # fmt: skip
            _count_share(book, rate, [book.by_name[name] for name in siblings])


def _complete(book: Book, whole: str, rates: list[str]) -> None:
    """'134,705 votes, 58.4% of the votes cast' and '96,052 votes, 41.6% of the votes cast':
    shares of one unstated whole that add up to 100 percent within their rounding, each
    with its stated part, are the shares of the parts' sum."""
    if whole in book.by_name or len(set(rates)) < 2:
        return
    parts: dict[str, str] = {}
    for check in book.checks:
        found = _SHARE.match(check.condition)
        if (
            found
            and check.relation == "share"
            and found.group("whole") == whole
            and found.group("part") in book.by_name
        ):
            parts.setdefault(found.group("rate"), found.group("part"))
    named = list(dict.fromkeys(rates))
    if set(named) != set(parts) or len(set(parts.values())) != len(named):
        return
    if _nested(book, named):
        return
    mentions = [book.by_name[r] for r in named]
    if any(m.reading.hedge is not None for m in mentions):
        return
    lows = [m.reading.strict.lo for m in mentions]
    highs = [m.reading.strict.hi for m in mentions]
    if any(x is None for x in (*lows, *highs)):
        return
    if not sum(x for x in lows if x is not None) <= 100 <= sum(x for x in highs if x is not None):
        return
    total = " + ".join(parts[r] for r in named)
    for rate in named:
        book.propose(
            "share",
            f"share({parts[rate]}, {total}) == {rate}",
            about=book.by_name[rate],
            quote=book.passage(book.by_name[parts[rate]], book.by_name[rate]),
            why="shares of one whole that add up to 100 percent: the whole is their parts' sum",
            figures=(*parts.values(), rate),
            suffix="_of_parts",
        )
    winners = [
        part
        for part in parts.values()
        if _WON.search(book.text[book.by_name[part].clause[0] : book.by_name[part].start])
    ]
    if len(winners) == 1:
        others = ", ".join(p for p in parts.values() if p != winners[0])
        book.propose(
            "largest",
            f"largest({winners[0]}, [{others}])",
            about=book.by_name[winners[0]],
            why="the part the words say won, of parts that make up the whole: the largest",
            figures=tuple(parts.values()),
            suffix="_won",
        )


_OWN_WHOLE: Final = re.compile(
    r"\s*of\s+[^,.;:()\d]{0,40}?\b(?:it|its|they|their|each|own)\b", re.I
)
"""'the votes where it stood', 'its own votes': a whole the words tie to the subject of the
share, one for each subject."""


_PART_OF_PART: Final = re.compile(r"\s*of\s+(?:them|these|those)\b", re.I)
"""After a part: 'of them', a part of the part before, whose share is of that part."""


def _one_whole(book: Book) -> None:
    """'931,290 ballots, or 5.69%, were invalid, while 1,158,201 ballots (7.08%) were marked
    "no vote"': in one sentence, shares of stated parts that count the same thing, with no
    whole or the same whole named, are shares of one whole, whatever it is.  Each is then
    checked against the others, through one unknown."""
    by_sentence: dict[tuple[int, int], list[tuple[Mention, Mention, str]]] = {}
    for check in book.checks:
        found = _SHARE.match(check.condition)
        if found is None or check.relation != "share" or "_definition" in check.id:
            continue
        part, rate = book.by_name.get(found.group("part")), book.by_name.get(found.group("rate"))
        if part is None or rate is None or part.sentence != rate.sentence:
            continue
        of = _OF_PHRASE.match(book.text, rate.end)
        phrase = " ".join(of.group("whole").lower().split()) if of else ""
        by_sentence.setdefault(rate.sentence, []).append((part, rate, phrase))
    for members in by_sentence.values():
        members = list({id(r): (p, r, w) for p, r, w in members}.values())
        if len(members) < 2:
            continue
        first = members[0][0]
        nouns = count_nouns(book.text, first.end)
        if not nouns or any(
            p.reading.unit != first.reading.unit
            or not (count_nouns(book.text, p.end) & nouns)
            or w not in ("", members[0][2])
            for p, _, w in members
        ):
            continue
        if any(_PART_OF_PART.match(book.text, p.end) for p, _, _ in members):
            continue  # "12 have no income tax (25%), and 3 of them have no sales tax (25%)":
            # a share of a part, not of the whole the others are of
        if any(_OWN_WHOLE.match(book.text, r.end) for _, r, _ in members):
            continue  # "40.85 per cent of the votes where it stood": each party's own whole
        noun = sorted(nouns)[0]
        if noun in _PRONOUNS:
            continue  # "US$137.39 billion of them ..., and imports ..., US$139.89 billion of
            # them": each 'them' is its own clause's whole (exports, imports)
        base, count = f"{noun}_whole", 1
        name = base
        while book.taken(name):
            count += 1
            name = f"{base}_{count}"
        name = book.unknown(name, first.reading.unit or "", f"the whole the shares of {noun} "
                            f"in '{book.passage(first)}' and its sentence are of")  # fmt: skip
        for part, rate, _ in members:
            book.propose(
                "share",
                f"share({part.name}, {name}) == {rate.name}",
                about=rate,
                quote=book.passage(part, rate),
                why="shares of one sentence counting the same thing: shares of one whole",
                figures=(part.name, rate.name),
                suffix="_of_one_whole",
            )


def _propose_sum(book: Book, rates: list[str], why: str) -> None:
    ordered = sorted(dict.fromkeys(rates), key=lambda n: book.by_name[n].start)
    start = book.by_name[ordered[0]].start if ordered else 0
    ordered = [n for n in ordered if book.by_name[n].start - start <= _MAX_GAP]
    if len(ordered) < 2 or _nested(book, ordered):
        return
    for run in _breakdowns(book, ordered):
        if len(run) < 2:
            continue
        first, last = book.by_name[run[0]], book.by_name[run[-1]]
        book.propose(
            "shares_sum",
            f"shares_sum([{', '.join(run)}])",
            about=last,
            quote=book.passage(first, last) if first.sentence == last.sentence else None,
            why=why,
            figures=tuple(run),
            severity="warn",
            suffix="_with_others",
        )


_WHOLE_TOLD: Final = 90
"""Percent of a whole its shares must already account for before a share in a new clause
that would take them past 100 starts another breakdown of it."""


def _breakdowns(book: Book, ordered: list[str]) -> list[list[str]]:
    """'574 138 (67.5%) came by road, 276 564 (32.5%) by air ...; 820 535 (96.4%) were on
    holiday, 24 143 (2.8%) on business': shares of one whole that already account for nearly
    all of it, followed in a new clause by a share that would take them past 100 percent,
    end one breakdown of the whole (by transport); the next starts another (by purpose)."""
    runs: list[list[str]] = [[ordered[0]]]
    for name in ordered[1:]:
        run, share = runs[-1], book.by_name[name]
        lows = [book.by_name[n].reading.strict.lo for n in run]
        told = sum(x for x in lows if x is not None)
        low = share.reading.strict.lo
        clause = re.search(r"[;.]\s", book.text[book.by_name[run[-1]].end : share.start])
        if clause and told >= _WHOLE_TOLD and low is not None and told + low > 100:
            runs.append([name])
        else:
            run.append(name)
    return runs


def _nested(book: Book, rates: list[str]) -> bool:
    """Whether the sentences of ``rates`` name a class by a threshold ('at least one dose')."""
    mentions = [book.by_name[name] for name in rates]
    start = min(m.sentence[0] for m in mentions)
    end = max(m.sentence[1] for m in mentions)
    return _THRESHOLD.search(book.text, start, end) is not None


def _elided(book: Book, rate: Mention) -> list[Mention]:
    """The later rates of the sentence whose whole is left unsaid ('and 27 per cent were')."""
    out = []
    for m in book.mentions:
        if m.sentence != rate.sentence or m.start <= rate.end or not is_rate(m):
            continue
        if growth_like(book.text, m) or not _ELIDED.match(book.text[m.end : m.end + 12]):
            continue
        if not re.search(r"\b(?:and|while|whereas|but)\s+$", book.text[rate.end : m.start]):
            continue
        out.append(m)
    return out


def _count_share(book: Book, rate: Mention, shares: list[Mention]) -> None:
    """'40 per cent of cases' after '49 cases': a share of that count is a whole number of
    it; so is each share the sentence joins to it with the whole left unsaid ('and 27 per
    cent were adults').  An error check when that count is the text's only one of the noun
    (not a base compared with) and stands in the sentence just before or the same; else a
    warning, since the article may count other cases."""
    found = _OF_NOUN.match(book.text, rate.end)
    if found is None:
        return
    noun = stem(found.group("noun"))
    counts = [
        m
        for m in book.mentions
        if m.end <= rate.start
        and is_count(m)
        and m.reading.hedge is None
        and not m.reading.direction
        and m.reading.number.denominator == 1
        and m.reading.number > 0
        and m.reading.multiplier == 1  # "three million homes": rounded, no whole count
        and stem(_next_word(book.text, m.end)) == noun
        and not _COMPARED.search(book.text[max(m.sentence[0], m.start - 30) : m.start])
        and not _PER_AFTER.match(book.text, m.end)
        and not _GAP_BEFORE.search(book.text[max(m.sentence[0], m.start - 60) : m.start])
        and not paragraphs_apart(book.text, m, rate)  # another paragraph counts another set
    ]
    if not counts:
        return
    count = counts[-1]
    gap = book.text[count.sentence[1] : rate.sentence[0] + 1]
    adjacent = count.sentence == rate.sentence or len(re.findall(r"[.!?](?=\s)", gap)) <= 1
    # certain when the text has counted that noun once before, in the sentence just before
    severity = "error" if len(counts) == 1 and adjacent else "warn"
    for share in shares:
        book.propose(
            "count_share",
            f"count_share({share.name}, {count.name})",
            about=share,
            why=f"a share of the {found.group('noun')} counted before: a whole number of them",
            figures=(share.name, count.name),
            severity=severity,
            suffix="_of_count",
        )


def _next_word(text: str, end: int) -> str:
    found = re.match(r"\s*([^\W\d_]+)", text[end : end + 40])
    return found.group(1) if found else ""
