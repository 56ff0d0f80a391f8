"""The full reader: scan a phrase for every number and read each one.

:func:`_read_full` walks the phrase with the compiled grammar; each match (an atom) is read by
:func:`_read_atom` (words, fractions, multiples) or :func:`_read_digits` (numbers in digits),
which hand the number and its surroundings to :func:`~factcheck.reading.hedging._finish`.
"""

from __future__ import annotations

import functools
import re
from fractions import Fraction

from factcheck.errors import MalformedNumberError, ReadingError
from factcheck.frozen import evolve
from factcheck.reading.hedging import _finish
from factcheck.reading.lazy import lazy_pattern
from factcheck.reading.number_words import _ORDINALS
from factcheck.reading.numbers import (
    _DOZENS,
    _NAME_CODE,
    _SIGNS,
    _as_digits,
    _count_noun_follows,
    _ends_before,
    _int_digits,
    _is_code,
    _is_index,
    _left,
    _looks_like_year,
    _mixed_after,
    _mixed_fraction,
    _parse_digits,
    _span,
    _unit_of_the_next,
    _word_value,
)
from factcheck.reading.patterns import _Patterns, _patterns
from factcheck.reading.policy import ReadingPolicy
from factcheck.reading.result import _ZERO, Reading, _exact, _word_windows
from factcheck.reading.rounding import abs_interval
from factcheck.reading.rules import apply_rules
from factcheck.reading.words import (
    _SCALED_WORDS,
    _fold_is_a_change,
    _hedge_proportion,
    _long_words,
    _proportion,
    _read_multiple,
    _read_one_in_n,
)

TYPE_CHECKING = False  # not typing's: ``factcheck read`` starts without importing typing
if TYPE_CHECKING:
    from typing import Final

    from factcheck.reading.result import Kind

_SCALED_VALUE: Final = lazy_pattern(r"(?:\s+of)?\s+an?\Z", re.IGNORECASE)
_TIMES: Final = lazy_pattern(r"\s+times\b", re.IGNORECASE)
_X_TIMES: Final = lazy_pattern(r"[x×](?![0-9A-Za-z])")
"""A multiple written with "x" or "×" run on to its number: "2.5x", "10×"."""
_COMPARED_AFTER: Final = lazy_pattern(
    r"\s+(?:larger|bigger|higher|greater|more|faster|smaller|lower|cheaper|as|that\s+of"
    r"|the\s+(?:size|number|amount|level|rate|value|price|cost|average))\b",
    re.IGNORECASE,
)
"""What makes a whole number's "x" a multiple: "10x larger", "3x as many", "5x the rate"."""
_FOLD: Final = lazy_pattern(r"-?fold\b", re.IGNORECASE)
_DIGIT_START: Final = frozenset("0123456789-−–.")


def _read_full(phrase: str, pol: ReadingPolicy) -> tuple[Reading, ...]:
    """:func:`read` by the whole grammar."""
    rx = _patterns()
    # Candidates are searched in ``text``; offsets there are ``shift`` more than in ``phrase``.
    if phrase.isascii():
        text, shift, search = " " + phrase.lower(), 1, rx.start_ascii.search
    else:
        _reject_foreign_digits(phrase, rx)
        text, shift, search = phrase, 0, rx.start.search
    candidate = search(text)
    if candidate is None:  # no digit and no number word: nothing more to do
        return ()
    readings: list[Reading] = []
    taken_until = 0
    while candidate is not None:
        at = candidate.start("w")
        at = (candidate.start() if at < 0 else at) - shift
        atom = (rx.digit_atom if phrase[at] in _DIGIT_START else rx.word_atom).match(phrase, at)
        if atom is None:
            if at > taken_until and phrase[at - 1 : at].isalpha() and phrase[at].isdigit():
                # letters run into digits: a code ("G20") or a scraping artefact ("votes12,345")
                glued = _glued(phrase, at, pol, taken_until, rx)
                if glued is not None:
                    readings.append(glued)
                    taken_until = glued.end
                    candidate = search(text, glued.end + shift)
                    continue
            candidate = search(text, candidate.end())
            continue
        if at < taken_until:
            # an atom begun inside the reading before ("2001/02 351,422": "02 351" looks like
            # digits grouped by a space): the next number starts where that reading ended
            candidate = search(text, max(taken_until, candidate.end() - shift) + shift)
            continue
        reading = _read_atom(phrase, atom, pol, taken_until, rx)
        if reading is not None:
            readings.append(reading)
            taken_until = reading.end
        candidate = search(text, atom.end() + shift)
    apply_rules(phrase, readings, pol)
    return tuple(readings)


def _reject_foreign_digits(phrase: str, rx: _Patterns) -> None:
    for match in rx.non_ascii.finditer(phrase):
        char = match.group()
        if char.isdigit():
            index = match.start()
            raise MalformedNumberError(
                phrase,
                index,
                index + 1,
                f"the digit {char!r} (U+{ord(char):04X}) is not an ASCII digit",
                "write numbers with the digits 0-9",
            )


def _read_atom(
    phrase: str, match: re.Match[str], pol: ReadingPolicy, taken_until: int, rx: _Patterns
) -> Reading | None:
    group = match.lastgroup
    if group == "digits":
        return _read_digits(phrase, match, pol, taken_until, rx)
    raw = match.group()
    start, end = match.span()
    if group in ("date", "period", "decade", "time"):
        kind: Kind = "period" if group == "decade" else group  # type: ignore[assignment]
        return _exact(raw, start, end, raw, _ZERO, kind, rx.points[0][1])
    if group == "rank" or group == "ordinal":
        head = raw.split("-", 1)[0]
        value = _ORDINALS.get(head.lower())
        if value is None:  # digits and a suffix: "3rd", "21st-largest"
            value = _int_digits(phrase, start, start + len(head) - 2)
        kind = "rank" if group == "rank" else "ordinal"
        number, point = rx.points.get(value) or (Fraction(value), None)
        return _exact(raw, start, end, raw, number, kind, point)
    if group == "oneinn":
        return _read_one_in_n(phrase, match, pol, taken_until, rx)
    if group == "slash":  # "1/3 of respondents", "2/3 of the total": a proportion
        top, bottom = (int(part) for part in raw.split("/"))
        if not 0 < top < bottom:
            return None
        reading = _proportion(raw, start, end, "fraction", *_word_windows(Fraction(top, bottom)))
        return _hedge_proportion(phrase, reading, pol, taken_until, rx)
    if group == "scaled":  # "a million", "half a million", "a quarter of a billion"
        value_s = _SCALED_WORDS[" ".join(raw.lower().split())]
        shown = _SCALED_VALUE.sub("", raw) or raw  # "half a" million is "half"
        return _finish(phrase, start, end, shown, value_s, None, pol, taken_until, rx, None, None)
    if group == "fraction":
        key = " ".join(raw.lower().replace("-", " ").split())
        head = key.rpartition(" ")[2]
        if (
            key[:2] in ("a ", "an", "on")
            and head in _ORDINALS
            and rx.ordinal_next.match(phrase, end)
        ):  # "a third straight time", "a fourth term": an ordinal
            at = end - len(head)
            return _exact(phrase[at:end], at, end, phrase[at:end], Fraction(_ORDINALS[head]),
                          "ordinal")  # fmt: skip
        reading = _proportion(raw, start, end, "fraction", *rx.word_windows[key])
        points = rx.fraction_points.match(phrase, end)
        if points is not None:
            # "half a percentage point", "a quarter-point cut": a difference of rates
            reading = evolve(reading, text=phrase[start : points.end()], end=points.end(),
                                   unit="percentage_point")  # fmt: skip
        return _hedge_proportion(phrase, reading, pol, taken_until, rx)
    if group == "multiple":
        if raw.lower().endswith("fold") and not _fold_is_a_change(phrase, start, end, rx):
            return None  # "the reasons are twofold": in parts, not a multiple
        reading = _read_multiple(raw, start, end, rx)
        if reading.hedge is None:  # "roughly doubled", "about tripled"
            reading = _hedge_proportion(phrase, reading, pol, taken_until, rx)
        return reading
    assert group == "word"
    named = _NAMED_WORD.match(phrase, end)
    if named is not None and raw[:1].isupper():
        return _code(phrase, start, named.end())  # "the 14th Five-Year Plan": a name
    long = _long_words(phrase, start)
    if long is not None:  # "three hundred and forty", "one point four", "a dozen and a half"
        value_l, step_l, end = long
        digits = _as_digits(value_l) if step_l == 1 else (step_l, 0)
        return _finish(phrase, start, end, phrase[start:end], value_l, digits, pol, taken_until,
                       rx, None, None)  # fmt: skip
    value_f = _word_value(raw)
    # "one and a half", "two-and-a-half"; not "a dozen and a half" (18) nor "a hundred and a
    # half", which multiply.
    mixed = _mixed_after(phrase, start, end, rx.mixed_words)
    if mixed is not None and value_f.denominator == 1 and not _DOZENS.search(raw):
        fraction, rounding = _mixed_fraction(mixed)
        end = mixed.end()
        reading = _finish(phrase, start, end, phrase[start:end], value_f + fraction, rounding,
                          pol, taken_until, rx, None, None)  # fmt: skip
        points = rx.fraction_points.match(phrase, end)
        if points is None or reading.unit is not None or reading.end != end:
            return reading
        # "a one and a half-point cut": percentage points, as "a half-point" is
        return evolve(reading, text=phrase[reading.start : points.end()], end=points.end(),
                            unit="percentage_point")  # fmt: skip
    # A number in words reads as the same number in digits would: "nine" as "9", "twenty" as
    # "20" (a writer who spells a number out has rounded it no less than one who prints it).
    return _finish(phrase, start, end, raw, value_f, _as_digits(value_f), pol, taken_until, rx,
                   None, None)  # fmt: skip


_CODE_PARTS: Final = lazy_pattern(r"(?:-(?=[0-9A-Z])[0-9A-Za-z]+)+\b")
"""The further parts of a code: the "-1379" of "USDL-20-1379"."""
_NUMBERED: Final = lazy_pattern(r"(?:(?<![A-Za-z])(?-i:No|Nos|NO)\.?\s?|#\s?)\Z")
""""No 244", "No. 10", "#5": the number names one of a series."""
_CODE_AFTER: Final = lazy_pattern(r"-(?=[a-z]*[A-Z])[A-Za-z]{2,8}\b(?:-[0-9A-Za-z]{1,4}\b)*")
"""A name that goes on after its digits: "2019-nCoV"."""
_TITLE_AFTER: Final = lazy_pattern(r"\s(?:Minutes|Hours|Days|Weeks|Years|Seconds)\b")
"""A capitalised time noun after a number in mid-sentence makes a title: "60 Minutes"."""
_UNIT_SUFFIX: Final = lazy_pattern(
    r"(?:s|sec|secs|ms|min|mins|h|hr|hrs|km|kg|cm|mm|mph|kph|kmh|kw|kwh|mw|mwh|gw|gwh|twh|lb|lbs"
    r"|oz|ft)",
    re.IGNORECASE,
)
"""Units run into a decimal number that the reader does not model: "9.58s", "1.5km"."""
_NAME_LETTERS: Final = lazy_pattern(r"(?:[A-Za-z&]+[-\s]?)+\Z")


_NAMED_WORD: Final = lazy_pattern(r"-[A-Z][a-z]+\b")
"""A capitalised number word joined to a capitalised word: "Five-Year" of "Five-Year Plan"."""
_WORDS: Final = lazy_pattern(r"[A-Za-z][A-Za-z'-]*")


@functools.lru_cache(maxsize=2)
def _headline(phrase: str) -> bool:
    """Whether ``phrase`` is set in title case, as headlines are: most words capitalised.
    Asked once per phrase however many titles it holds (cached), not once per title."""
    words = _WORDS.findall(phrase)
    capitalised = sum(word[0].isupper() for word in words)
    return len(words) >= 4 and capitalised * 3 >= len(words) * 2


def _name_start(phrase: str, start: int) -> int:
    """Where the name that ends with the digits at ``start`` begins: "S&P 500", "SARS-CoV-2"."""
    found = _NAME_LETTERS.search(phrase, max(0, start - 24), start)
    if found is None:
        return start
    text = found.group()
    # only the last word before a space ("the S&P 500" is "S&P 500")
    cut = text.rstrip().rfind(" ")
    return found.start() + cut + 1 if cut >= 0 else found.start()


def _code(phrase: str, start: int, end: int) -> Reading:
    """A name or code with digits in it, which is no figure: "COVID-19", "G20", "5G"."""
    text = phrase[start:end]
    return _exact(text, start, end, text, _ZERO, "code")


_GLUED: Final = lazy_pattern(
    r"(?P<word>[A-Za-z]+)(?P<digits>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+\.[0-9]+)(?![0-9,.])"
)
_JUNCTION: Final = lazy_pattern(r"(?<![A-Za-z0-9])[A-Za-z]+[0-9]")
"""A word run into digits: where a window around a glued number must stop."""
_GLUED_CODE: Final = lazy_pattern(r"(?:[A-Za-z]{1,6}[0-9]{1,4}){1,3}[A-Za-z]{0,4}(?![0-9A-Za-z])")


def _glued(
    phrase: str, at: int, pol: ReadingPolicy, taken_until: int, rx: _Patterns
) -> Reading | None:
    """The number at ``at`` when letters run into it.  A lower-case word run into a grouped or
    decimal number is a scraping artefact ("votes12,345,678", "shed651,000", "increase0.1"):
    the number is read as if a space stood between them.  Other letters and digits make a
    code ("G20", "H1N1", "PM2"), which is no figure."""
    word_start = at
    while word_start > taken_until and phrase[word_start - 1].isalpha():
        word_start -= 1
    glued = _GLUED.match(phrase, word_start)
    if glued is not None and glued.group("word").islower() and glued.start("digits") == at:
        # Read a window around it with the space put in: from a little before the word (for
        # a direction word) to a little past the number (its unit), never reaching the next
        # letters run into digits, so no window holds a second glued number (re-reading the
        # whole phrase recursed once per glued number).
        first = max(taken_until, word_start - 60)
        last = min(len(phrase), glued.end() + 40)
        junction = _JUNCTION.search(phrase, glued.end(), last)
        if junction is not None:
            last = junction.start()
        window = phrase[first:at] + " " + phrase[at:last]
        cut = at - first  # the space's offset in the window
        try:
            readings = _read_full(window, pol)
        except ReadingError as error:  # its offsets, back in the phrase as written
            raise type(error)(
                phrase,
                first + error.start - (error.start > cut),
                first + error.end - (error.end > cut),
                error.reason,
                error.hint,
            ) from None
        for reading in readings:
            if reading.start <= cut + 1 < reading.end:  # the number, in the phrase's offsets
                start = first + reading.start - (reading.start > cut)
                end = first + reading.end - 1
                return evolve(reading, start=start, end=end, text=phrase[start:end])
        return None
    code = _GLUED_CODE.match(phrase, word_start)
    if code is None or (word_start > 0 and phrase[word_start - 1].isdigit()):
        return None
    if _FISCAL_TAG.fullmatch(phrase, word_start, code.end()):
        text = phrase[word_start : code.end()]  # "FY26", "Q1FY10": a fiscal year or quarter
        return _exact(text, word_start, code.end(), text, _ZERO, "period", rx.points[0][1])
    return _code(phrase, word_start, code.end())


_FISCAL_TAG: Final = lazy_pattern(r"(?-i:(?:[QH][1-4])?FY[0-9]{2}(?:[0-9]{2})?)")
"""A fiscal year or a quarter or half of one, tagged as Indian and other results write them:
"FY26", "FY2024", "Q1FY10", "H2FY24"."""


def _later_year(first: int, text: str) -> bool:
    """Whether ``text`` after "2014-" ends a span of years: "2014-15", "2014–24", "2021-2025",
    "2008-9" (a later year, within a century; one or two digits in the same decade or
    century)."""
    second = int(text)
    if len(text) < 4:
        second += first - first % 10 ** len(text)
    return first < second <= first + 100


def _read_digits(
    phrase: str, match: re.Match[str], pol: ReadingPolicy, taken_until: int, rx: _Patterns
) -> Reading | None:
    start, end = match.span()
    # Digits run into more digits or letters that are not a unit: "1.2.3", "1e9", "12abc".
    tail = phrase[end : end + 1]
    if tail == "." and phrase[end + 1 : end + 2].isdigit():
        raise MalformedNumberError(
            phrase, start, end + 2, "a number with two decimal points", "write one decimal point"
        )
    right = rx.right.match(phrase, end)
    assert right is not None
    if (
        start > 0
        and right.end() == end
        and phrase[start:end].isdigit()
        and (
            _is_code(phrase, start - 1)
            if phrase[start - 1] == "-"
            else phrase[start - 1].isspace() and _is_index(phrase, start, end)
        )
    ):
        # a name: "COVID-19", "F-35", "the S&P 500", "the FTSE 100", "USDL-20-1379"
        more = _CODE_PARTS.match(phrase, end)
        return _code(phrase, _name_start(phrase, start), more.end() if more else end)
    numbered = _NUMBERED.search(phrase, max(0, start - 8), start)
    if numbered is not None and phrase[start:end].isdigit():
        return _code(phrase, numbered.start(), end)  # "booth No 244", "No. 10", "#5"
    # A mixed number: "2½", "3 1/2", "5 and a half"; the whole number has at most three digits
    # (not a year: "by 2030 1/3 of", "in 2024 and a half").
    body = phrase[start:end].lstrip(_SIGNS)
    if body.isdigit() and len(body) < 4:
        mixed = _mixed_after(phrase, start, end, rx.mixed)
        if mixed is not None:
            fraction, rounding = _mixed_fraction(mixed)
            value = _int_digits(phrase, end - len(body), end) + fraction
            negative = phrase[start] in _SIGNS
            end = mixed.end()
            return _finish(phrase, start, end, phrase[start:end], -value if negative else value,
                           rounding, pol, taken_until, rx, None, None)  # fmt: skip
    if tail.isalpha() and right.end() == end:
        stop = end
        while stop < len(phrase) and phrase[stop].isalnum():
            stop += 1
        if _NAME_CODE.fullmatch(phrase, start, stop):
            return _code(phrase, start, stop)  # a name: "5G networks", "3D printing", "4K"
        if _UNIT_SUFFIX.fullmatch(phrase, end, stop) and "." in phrase[start:end]:
            # "9.58s", "9.69sec": a measure in a unit the reader does not model
            return _finish(
                phrase,
                start,
                end,
                phrase[start:end],
                *_parse_digits(phrase, start, end)[:1],
                _parse_digits(phrase, start, end)[1:],
                pol,
                taken_until,
                rx,
                None,
                None,
            )
        if stop == end + 1 and tail == "s" and phrase[start - 1 : start] == "-":
            return None  # an age group: "the under-25s", "over-65s"
        if not (stop == end + 1 and tail == "x"):  # "rose 3x" is read as "3 times" is
            raise MalformedNumberError(
                phrase,
                start,
                stop,
                f"the number runs into letters: {phrase[start:stop]!r}",
                "write numbers as prose does (13 trillion, 2.5bn, 64.1%); "
                "scientific notation is not read",
            )
    code_after = _CODE_AFTER.match(phrase, end)
    if code_after is not None and phrase[start:end].isdigit():
        return _code(phrase, start, code_after.end())  # "2019-nCoV"
    title = _TITLE_AFTER.match(phrase, end)
    if (
        title is not None
        and phrase[start:end].isdigit()
        and start > 1
        and not _ends_before(phrase, start, (".", "!", "?", ":"))
        and not _headline(phrase)
    ):
        return _code(phrase, start, title.end())  # a title: "60 Minutes"
    value, step, trailing = _parse_digits(phrase, start, end)
    raw = phrase[start:end]
    left = _left(phrase, start, taken_until, rx)
    # "a 10-fold increase", "rose 3.5-fold": a multiple, as "tenfold" is (not "the reasons
    # are 2-fold"); "profit rose 2.4 times", "up 2.44 times": a multiple of the old level (a
    # decimal is never a count of occasions, as "rose 3 times" may be).  Both rounded at
    # their last digit.
    fold = _FOLD.match(phrase, end)
    if fold is not None and not _fold_is_a_change(phrase, start, fold.end(), rx):
        fold = None
    times = _TIMES.match(phrase, end) if "." in raw and right.end() == end else None
    # "grew 2.5x", "rose 3x to", "10x larger", "1.5x that of": "x" (or "×") run on to the
    # number is "times"; a whole number only beside a change or a comparison, since "a 3x
    # champion" counts occasions.
    crossed = _X_TIMES.match(phrase, end)
    if crossed is not None and not (
        "." in raw
        or _fold_is_a_change(phrase, start, crossed.end(), rx)
        or _COMPARED_AFTER.match(phrase, crossed.end()) is not None
    ):
        crossed = None
    if (multiplier := fold or times or crossed) is not None:
        reading = _finish(phrase, start, end, raw, value, (step, trailing), pol, taken_until,
                          rx, right, left)  # fmt: skip
        return evolve(
            reading, kind="multiple", direction=0, number=abs(reading.number),
            strict=abs_interval(reading.strict), lenient=abs_interval(reading.lenient),
            text=phrase[reading.start : multiplier.end()], end=multiplier.end(),
        )  # fmt: skip
    # A four-digit year, alone: 2024, "in 2025"; not an amount ("$2024", "nearly 1500") or a
    # count ("a total of 1850 enterprises").
    if (
        end - start == 4
        and (right.end() == end or _unit_of_the_next(phrase, right, rx))
        and (raw[:2] == "20" or "15" <= raw[:2] <= "19")
        and raw.isdigit()
        and left.group("cur") is None
    ):
        # A fiscal or school year: "2024-25", "2024/25", "2024–2025" (the next year only).
        fiscal = rx.fiscal.match(phrase, end)
        if fiscal is not None and _later_year(int(raw), fiscal.group(1)):
            whole = phrase[start : fiscal.end()]
            return _exact(whole, start, fiscal.end(), whole, _ZERO, "period", rx.points[0][1])
        # "between 2020 and 2024": two years, a period (not "between 1500 and 2000 people").
        years = rx.and_year.match(phrase, end) if left.group("between") is not None else None
        if (
            years is not None
            and left.group("hedge") is None
            and 1950 <= int(raw) < int(years.group(1)) <= 2100
            and not _count_noun_follows(phrase, years.end(), rx)
            and (after := rx.right.match(phrase, years.end())) is not None
            and after.end() == years.end()  # "between 1990 and 2000 yuan" is an amount
        ):
            first = _span(left, "between", start)[0]
            whole = phrase[first : years.end()]
            return _exact(whole, first, years.end(), whole, _ZERO, "period", rx.points[0][1])
        if _looks_like_year(phrase, start, end, rx, left):
            return _exact(raw, start, end, raw, value, "year")
        # "Thefts from vehicles, 2015 to 2016": two years, a period (not "1990 to 2000 units")
        span = rx.to_year.match(phrase, end)
        if (
            span is not None
            and left.group("hedge") is None
            and 1950 <= int(raw) < int(span.group(1)) <= 2100
            and not _count_noun_follows(phrase, span.end(), rx)
            and (after := rx.right.match(phrase, span.end())) is not None
            and after.end() == span.end()
        ):
            whole = phrase[start : span.end()]
            return _exact(whole, start, span.end(), whole, _ZERO, "period", rx.points[0][1])
    return _finish(phrase, start, end, raw, value, (step, trailing), pol, taken_until, rx,
                   right, left)  # fmt: skip
