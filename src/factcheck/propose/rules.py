"""Stage three: one rule per form of wording, each proposing the check the words make.

Every rule looks at one sentence's mentions (in order) and the words between them, and writes
into the :class:`~factcheck.propose.book.Book`.  The forms:

- growth and level: "up 6.8 percent to 1.73 trillion yuan", "7.8 trillion yuan, up 9.5 percent",
  "rose 20 percent from 5 million to 6 million", "marking a 7.2 percent increase";
- change and level: "increased by 14,000 to 87,000", "rose to 61, five more than";
- shares: "accounting for 60 percent of total exports", "a 32.4 percent share of";
- gaps: "1.9 percentage points higher than the national average", "fell 2 points to 40 percent";
- contribution to growth and share of an increase ("contributing 3 percentage points to
  growth", "nearly 20 percent of the overall increase"); a share's change in points;
- one quantity written twice ("13 trillion yuan (about $1.81 trillion)");
- thresholds and records ("exceeded 600,000 for the first time, reaching 628,000"; "the ninth
  consecutive month"; "second-highest on record");
- growth words with no level ("surged by over 20 percent": the sign);
- the whole a phrase names ("the national average", "total exports") resolved to a figure or
  to one unknown.

A link resting on a guess (a whole found by its name, a subject taken from the sentence) is
proposed with ``severity: warn``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Final

from factcheck.propose.alone import part_alone
from factcheck.propose.annual_rates import rate_over_span
from factcheck.propose.averages import average_per
from factcheck.propose.before_after import before_and_after
from factcheck.propose.book import Book, is_count, is_rate
from factcheck.propose.bounds import bounded_rate
from factcheck.propose.breakdowns import breakdown
from factcheck.propose.change_levels import _change, _change_and_rate, _more_and_rate
from factcheck.propose.change_shares import change_of_whole
from factcheck.propose.changes import (
    changed_by_amount,
    changed_levels,
    increase_of_count,
    multiplied,
    rate_from_to,
    rate_of_change,
)
from factcheck.propose.compared_by import compared_by, rates_then_change
from factcheck.propose.comparisons import (
    _among,
    _contribution,
    _from_rate,
    _gap,
    _listed,
    _record,
    _since,
)
from factcheck.propose.context import (
    _Sentence,
)
from factcheck.propose.conversions import _conversion
from factcheck.propose.dated_pair import count_rises_to, dated_pair_then_rate
from factcheck.propose.density import density_of_area
from factcheck.propose.directions import direction_of_levels
from factcheck.propose.flanked import flanked_share
from factcheck.propose.fraction_glosses import fraction_glossed
from factcheck.propose.leads import lead_of_shares
from factcheck.propose.leaving import share_and_rest
from factcheck.propose.levels import (
    _growth,
    _sign,
    _subject_growth,
    _threshold,
)
from factcheck.propose.margins import margin_of_profit
from factcheck.propose.multiples import multiple_of_level_before, multiple_of_levels
from factcheck.propose.naming import content_words, count_nouns, stem
from factcheck.propose.orders import (
    _most,
    _named_level,
    _ordered,
    _relative,
    _target,
    apply_outnumber,
)
from factcheck.propose.pair_changes import change_way_level, rate_change_level
from factcheck.propose.parts import part_of_which
from factcheck.propose.per_period import restated_per_period
from factcheck.propose.percent_of_rates import percent_change_of_rates
from factcheck.propose.point_pairs import points_after_pair
from factcheck.propose.points_change import _points_change
from factcheck.propose.portions import _or_amount
from factcheck.propose.prices import _per_head, _priced_quantity
from factcheck.propose.rate_of_pair import rate_of_pair
from factcheck.propose.sentences import Mention, headline_end
from factcheck.propose.shares import _share

__all__ = ["apply_rules"]


def apply_rules(book: Book) -> None:
    """Propose what every sentence's wording makes plain."""
    sentences: dict[tuple[int, int], list[Mention]] = {}
    for mention in book.mentions:
        sentences.setdefault(mention.sentence, []).append(mention)
    for members in sentences.values():
        state = _Sentence(book, members)
        for rule in _RULES:
            for position in range(len(members)):
                rule(state, position)
    _restated(book)
    _repeated(book)
    _rate_again(book)
    apply_outnumber(book)


def _noun_words(text: str, end: int) -> list[str]:
    """Up to three words after a number, before any punctuation but quotation marks."""
    words = []
    for match in re.finditer(
        r"\s*[\"'“”‘’]?([^\W\d_]+)[\"'“”‘’]?(?=([\s.,;:!?)—–-]|$))", text[end : end + 60]
    ):
        words.append(match.group(1).lower())
        if match.group(2) and match.group(2) not in " ":
            break
        if len(words) == 3:
            break
    return words


def _repeated(book: Book) -> None:
    """'47 provinces' written twice in the text ('29 other PAOs' and '29 earlier PAO
    elections'; 'Thirty-one states' and '31 states'): one count written twice (a warning:
    the same words may count two things)."""
    seen: dict[object, list[tuple[Mention, set[str]]]] = {}
    for m in [m for m in book.mentions if is_count(m)][:2000]:
        if m.reading.hedge is not None or m.reading.direction:
            continue
        nouns = count_nouns(book.text, m.end)
        if not nouns:
            continue
        earlier = seen.setdefault(m.reading.number, [])
        first = next((f for f, words in earlier if words & nouns), None)
        earlier.append((m, nouns))
        if first is None or first.name.startswith("headline_"):
            continue  # the headline rule speaks for a headline's count
        if m.end <= headline_end(book.text):
            continue
        book.propose(
            "equal",
            f"{m.name} == {first.name}",
            about=m,
            why=f"'{m.reading.value} {sorted(nouns & _nouns_of(earlier, first))[0]}' written "
            "again: the same count",
            figures=(first.name, m.name),
            severity="warn",
            suffix="_again",
        )


def _nouns_of(seen: list[tuple[Mention, set[str]]], mention: Mention) -> set[str]:
    return next(words for m, words in seen if m is mention)


_PERIOD_WORDS: Final = re.compile(
    r"\b(?:\d+|one|three|six|twelve)[-\s](?:month|year|quarter)s?\b|\b(?:monthly|annual|"
    r"yearly|quarterly|year-on-year|over-the-year|over-the-month)\b",
    re.I,
)


def _rate_again(book: Book) -> None:
    """'Over the last 12 months, the all items index increased 1.7 percent' and later 'The
    12-month change in the index for all items was 1.7 percent': one rate written twice (its
    value, its sentence's period and two words of its clause the same; a warning)."""
    spans = [(m.start, m.end) for m in book.mentions]
    seen: dict[object, list[tuple[Mention, set[str], set[str]]]] = {}
    for m in [m for m in book.mentions if is_rate(m)][:2000]:
        if m.reading.hedge is not None or len(m.reading.value.replace(".", "")) < 2:
            continue
        sentence = book.text[m.sentence[0] : m.sentence[1]]
        words = set(content_words(book.text, m.clause[0], m.clause[1], spans))
        periods = {re.sub(r"[-\s]+", " ", p.lower()).rstrip("s") for p in
                   _PERIOD_WORDS.findall(sentence)}  # fmt: skip
        earlier = seen.setdefault((m.reading.number, m.reading.unit), [])
        for first, first_words, first_periods in earlier:
            if (
                first.sentence != m.sentence
                and len(words & first_words) >= 2
                and (periods & first_periods)
            ):
                book.propose(
                    "equal",
                    f"{m.name} == {first.name}",
                    about=m,
                    why="one rate written twice: its value, its period and its subject's "
                    "words the same",
                    figures=(first.name, m.name),
                    severity="warn",
                    suffix="_again",
                )
                break
        earlier.append((m, words, periods))


def _restated(book: Book) -> None:
    """'China posts three foreign trade firsts' in the headline and 'three historic "firsts"'
    in the text: one count written twice."""
    title_end = headline_end(book.text)
    if not title_end:
        return  # no headline: the first line is a paragraph
    titled = [m for m in book.mentions if m.end <= title_end and m.reading.kind == "number"]
    body = [m for m in book.mentions if m.start > title_end and m.reading.kind == "number"][:200]
    for headline in titled:
        around = set(_noun_words(book.text, headline.end))
        for m in body:
            words = _noun_words(book.text, m.end)
            same = (
                headline.reading.unit is not None
                and m.reading.unit == headline.reading.unit
                and m.reading.number == headline.reading.number
                and m.reading.scale == headline.reading.scale
            )
            if headline.reading.number != m.reading.number:
                continue
            distinctive = len(re.sub(r"\D", "", headline.reading.value.strip("0"))) >= 2 and (
                headline.located.text.strip() == m.located.text.strip()
            )
            nouns = count_nouns(book.text, m.end) & count_nouns(book.text, headline.end)
            if (
                same
                or distinctive
                or nouns
                or (words and len(words[-1]) >= 4 and words[-1] in around)
            ):
                book.propose(
                    "equal",
                    f"{headline.name} == {m.name}",
                    about=headline,
                    why="the headline's figure is the text's",
                    figures=(headline.name, m.name),
                    suffix="_restated",
                )
                break
        else:
            if not _lead_restated(book, headline, body):
                _worded_restated(book, headline, body)


def _decimals(m: Mention) -> int:
    digits = re.sub(r"[^\d.]", "", m.reading.value)
    return len(digits.split(".")[1]) if "." in digits else -1


def _lead_restated(book: Book, headline: Mention, body: list[Mention]) -> bool:
    """'Andhra records 79.64 per cent polling' over a lead saying 'turnout stood at 79.64 per
    cent': a precise headline rate (two decimals) that no figure of the text writes again is
    the lead's first rate of the same unit, direction and precision (an error check: a
    headline repeats its lead, and a figure as precise as that is no round summary)."""
    if (
        not is_rate(headline)
        or headline.reading.hedge is not None
        or _decimals(headline) < 2
        or any(m.reading.number == headline.reading.number for m in body)
    ):
        return False
    lead = next((m.sentence for m in body), None)
    for m in body:
        if m.sentence != lead:
            return False
        if (
            is_rate(m)
            and m.reading.unit == headline.reading.unit
            and m.reading.hedge is None
            and m.reading.direction == headline.reading.direction
            and _decimals(m) == _decimals(headline)
        ):
            book.propose(
                "equal",
                f"{headline.name} == {m.name}",
                about=headline,
                why="a headline's precise rate the text never writes again is its lead's",
                figures=(headline.name, m.name),
                suffix="_restated",
            )
            return True
    return False


def _stems(book: Book, m: Mention) -> set[str]:
    """The stemmed content words of the number's sentence between its neighbouring numbers."""
    spans = [(o.start, o.end) for o in book.mentions]
    same = [o for o in book.mentions if o.sentence == m.sentence]
    at = same.index(m)
    start = same[at - 1].end if at else m.sentence[0]
    end = same[at + 1].start if at + 1 < len(same) else m.sentence[1]
    return {stem(w) for w in content_words(book.text, start, end, spans)}


def _worded_restated(book: Book, headline: Mention, body: list[Mention]) -> None:
    """'Unemployment rate falls to 6.3% in January' over 'The unemployment rate fell by 0.4
    percentage point to 6.3 percent in January': a headline figure that no figure of the text
    writes again restates the one of the same unit, scale and sign whose words it shares most
    (two at least; the first of equals), a count one of its noun or a change ('+49,000')."""
    if headline.reading.hedge is not None or any(
        m.reading.number == headline.reading.number for m in body
    ):
        return
    words = _stems(book, headline)
    best: tuple[int, Mention] | None = None
    for m in body:
        if (
            m.reading.unit != headline.reading.unit
            or m.reading.scale != headline.reading.scale
            or m.reading.hedge is not None
            or m.reading.direction != headline.reading.direction
        ):
            continue
        if is_count(m) and not (
            count_nouns(book.text, m.end) & count_nouns(book.text, headline.end)
            or m.reading.direction
            or book.text[m.start - 1 : m.start + 1].strip("(")[:1] in ("+", "-", "−", "–")
        ):
            continue  # a count restates a count of its noun ('31 states'), or a change
        shared = len(words & _stems(book, m))
        if shared >= 2 and (best is None or shared > best[0]):
            best = (shared, m)
    if best is not None:
        book.propose(
            "equal",
            f"{headline.name} == {best[1].name}",
            about=headline,
            why="a headline's figure the text never writes again is the one its words name",
            figures=(headline.name, best[1].name),
            suffix="_restated",
        )


_RULES: Final[Sequence[Callable[[_Sentence, int], None]]] = (
    _conversion,
    _growth,
    _share,
    flanked_share,
    _or_amount,
    _priced_quantity,
    _per_head,
    restated_per_period,
    _subject_growth,
    _sign,
    _gap,
    _points_change,
    points_after_pair,
    percent_change_of_rates,
    _contribution,
    _threshold,
    _record,
    _change,
    _change_and_rate,
    _more_and_rate,
    _among,
    _listed,
    _ordered,
    _from_rate,
    _since,
    _target,
    _relative,
    part_of_which,
    _most,
    _named_level,
    bounded_rate,
    rate_from_to,
    before_and_after,
    part_alone,
    density_of_area,
    share_and_rest,
    changed_levels,
    dated_pair_then_rate,
    count_rises_to,
    increase_of_count,
    rate_of_change,
    lead_of_shares,
    multiplied,
    direction_of_levels,
    multiple_of_levels,
    multiple_of_level_before,
    breakdown,
    rate_of_pair,
    fraction_glossed,
    rate_change_level,
    change_way_level,
    rate_over_span,
    margin_of_profit,
    compared_by,
    changed_by_amount,
    average_per,
    rates_then_change,
    change_of_whole,
)
