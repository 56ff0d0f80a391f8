"""Rules for levels: growth and level, thresholds and "for the first time", and the sign of a
growth word (shares live in :mod:`~factcheck.propose.shares`, a change and the levels it
joins in :mod:`~factcheck.propose.change_levels`, conversions in
:mod:`~factcheck.propose.conversions`)."""

from __future__ import annotations

import re
from typing import Final

from factcheck.propose.against import against_level
from factcheck.propose.book import MONTHS, is_amount, is_count, is_rate
from factcheck.propose.context import (
    _CONTRIBUT,
    _FIRST_TIME,
    _FROM,
    _LEVEL_THEN_RATE,
    _LEVEL_WORDS_RATE,
    _MARKING,
    _REACHING,
    _THAN,
    _TO,
    _in_analysis,
    _lead,
    _level_like,
    _Sentence,
    _subject_rate,
    _unbracketed,
)
from factcheck.propose.growth_words import (
    FROM_THE,
    directed_from,
    level_before,
    moving_to,
    named_change,
    on_another_basis,
    past_per_share,
    to_named_level,
)
from factcheck.propose.levels_from import _RATE_OWN_BASE, _base_of_another_span, _from_level
from factcheck.propose.naming import growth_like, share_like
from factcheck.propose.pair_changes import change_after_level, rate_of_its_own
from factcheck.propose.periods import change_of_another_period, later_rate_of_its_period
from factcheck.propose.sentences import Mention

_FROM_RATE: Final = re.compile(r"\b(?:up|down|rising|falling|accelerating|slowing)?\s*from\s*$")
"""'..., up from 10 percent in 2015': a rate after 'from' is an earlier value of the rate."""
_OTHER_SUBJECT: Final = re.compile(
    r"\b(?:with(?!\s+an?\s*$|\s+an?\s+(?:growth|increase|rise|gain)\s+of\s*$)|while|whereas|but|and)\b"
    r"|\w['’]s\b",
    re.I,
)
"""'slipped to $54.55 billion from $54.66 billion, with YouTube's down 2.5%', 'rose to 28.06TWh
from 24.55TWh, and power demand fell 5.9pc': words between a level and a rate that bring in
another subject, whose rate it is ('..., with a growth of' right before the rate brings in the
levels' own)."""
_EARLIER_CHANGE: Final = re.compile(r"\b(?:after|following)\b", re.I)
"""'to $2.169 billion from $2.098 billion, after growth of 8.6 percent in January': a rate
after 'after' is the change of an earlier period, not of the levels before it."""
_BASE_NAMED: Final = re.compile(
    r"^\s*(?:(?:higher|lower|more|less|fewer|greater|smaller|larger)\s+than|above|below)\s+"
    r"(?:the\s+|its\s+|their\s+|last\s+year's\s+)?(?:US|C|A|NZ)?[$€£₹¥]?\s*$",
    re.IGNORECASE,
)
_BASE_OF_NAMED: Final = re.compile(
    r"^\s*(?:(?:higher|lower|more|less|greater|smaller)\s+than|above|below)\s+(?:the|its|their)\s+"
    r"(?:[^\W\d][\w'’-]*\s+){1,2}of\s+(?:US|C|A|NZ)?[$€£₹¥]?\s*$",
    re.IGNORECASE,
)
"""'8.6% below its peak of US$125.77': a base its words name before the level."""
_NAMED_BASE: Final = re.compile(
    r"(?:(?:higher|lower|more|less|fewer|greater|smaller|larger)\s+than|above|below)\s+"
    r"(?:the\s+|its\s+|their\s+)?(?:[^\W\d][\w'’-]*\s+){0,4}?(?:of\s+)?"
    r"(?:US|C|A|NZ)?[$€£₹¥]?\s*$",
    re.IGNORECASE,
)
_POSSESSOR: Final = re.compile(
    r"^(\s*(?:(?:higher|lower|more|less|fewer|greater|smaller|larger)\s+than|above|below)\s+)"
    r"(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*['’]s\s*$"
)
"""'300 percent more than Reliance Jio's': the base named by its owner, a proper name."""
_OVER_BASE: Final = re.compile(
    r"^\s*(?:(?:increase|rise|jump|gain|growth)\s+)?over\s+(?:the\s+)?$", re.IGNORECASE
)
"""'a rise of 37.2 per cent over Rs 818 crore': the amount a rise is measured over."""
_MONTH_ALT: Final = "|".join(MONTHS)
_TIME_TO: Final = re.compile(
    r"^\s*,?\s*(?:in\s+(?:(?:" + _MONTH_ALT + r")(?:\s+\d{4})?|\d{4})"
    r"|in\s+the\s+(?:year|12\s+months|twelve\s+months|three\s+months|quarter)\s+to\s+(?:"
    + _MONTH_ALT
    + r")(?:\s+\d{4})?|in\s+the\s+(?:first|second|third|fourth)\s+(?:quarter|half)"
    r"|over\s+the\s+year|year[- ]on[- ]year|y-?o-?y)\s*,?\s*to\s*$",
    re.IGNORECASE,
)
"""'rose by 13.6% in October to', 'dropped 45.7% year on year to', 'rose 3.9% in the year to
March to', 'fell 2% in the third quarter to': the month or year of a rise, or its span, then
the level it reached."""
_CURRENCY_LEAD: Final = re.compile(r"\b(?:Rs\.?|INR|USD|US|Sh|Kshs?|Ksh|PHP|EUR|GBP)\s*$")
"""A currency written as letters before an amount ('Rs 818 crore'), part of the amount."""


_EXCLUDING: Final = re.compile(
    r"^[^;:\d]{0,30}?\b(?:excluding|ex-|stripping\s+out|leaving\s+out|adjusted|at\s+constant|"
    r"on\s+an?\s+(?:[\w-]+\s+){0,2}basis)",
    re.IGNORECASE,
)
"""After a rate: 'excluding acquisitions', 'adjusted for', 'on a comparable basis': a basis of
its own (with :func:`on_another_basis`), which the levels as stated need not bear out."""


def of_own_basis(state: _Sentence, *figures: Mention) -> bool:
    """Whether the words right after any of ``figures`` (up to the next figure or the
    clause's end) measure it on a basis of its own ('25% in constant currency', 'the $500
    million of a year earlier, excluding one-off items')."""
    members = state.members
    for m in figures:
        at = members.index(m)
        end = members[at + 1].start if at + 1 < len(members) else m.sentence[1]
        words = state.text[m.end : min(end, m.end + 60)]
        words = re.split(r"[;:]", words, maxsplit=1)[0]
        if on_another_basis(words) or _EXCLUDING.match(words):
            return True
    return False


def _words_before(state: _Sentence, rate: Mention, after: Mention) -> str:
    """The words between a rate and the amount after it, with the amount's lead but not the
    currency it is written in ('over Rs ' is 'over ')."""
    words = state.between(rate, after) + _lead(after)
    return _CURRENCY_LEAD.sub("", words) if is_amount(after) else words


"""'10% less than the 130.9 million tonnes', '15.4 percent above the previous year's peak of
190,934': the number is the base a rate is measured from (a few words of its own between), so
the level the rate compares is measured from that base, not from an earlier 'from' level, and
the base is no level that grew."""


_OWN_CLAUSE: Final = re.compile(
    r"[;:]|\b(?:grew|rose|fell|increased|decreased|declined|climbed|jumped|dropped|gained|"
    r"slipped|eased|grow|rise|fall)\b",
    re.IGNORECASE,
)
"""Between a level and a rate: a clause of the rate's own ('from Rs 19.15 billion; the
business grew volumes by 7.7 per cent'), so it is no growth of that level."""
_CAUSE: Final = re.compile(
    r"\b(?:despite|although|though|amid|because|thanks\s+to|due\s+to|driven\s+by|helped\s+by|"
    r"hit\s+by|as)\b",
    re.I,
)
"""'up from $3.5 billion, despite an increase of 3% in costs': a rate brought in as a cause
or a contrast, the change of another quantity, not of the levels before it."""
_CHANGE_NOUN: Final = re.compile(r",\s*an?\s+(?:[^\W\d]+\s+)?(?:rise|fall)\s+of\s*$", re.I)
"""', a rise of', ', a sharp fall of' right before the rate: the noun of its change glossing
the levels, no verb of a clause of its own (not 'despite a fall of')."""
_REACHED: Final = re.compile(
    r"\b(?:rose|fell|climbed|jumped|dropped|increased|decreased|grew|declined)\s+to\s*$", re.I
)
"""'rose to 65%': the rate is the level reached, not the growth of anything."""


_CURRENCY: Final = (
    r"(?:(?:u\.?s\.?|us|american|single|japanese|chinese)\s+)?(?:dollar|euro|yen|yuan|renminbi|"
    r"rupee|franc|rand|peso|real|won|ruble|rouble|lira|naira|shilling|cedi|greenback|dirham|"
    r"ringgit|baht|krona|krone|zloty|forint|rupiah)s?\b"
)
_PER_CURRENCY: Final = re.compile(
    r"\s*(?:[^\W\d]+\s+)?(?:per\s+" + _CURRENCY + r"|(?:to\s+(?:the|one|a)|against\s+the|"
    r"versus\s+the|vs\.?\s+the)\s+(?:" + _CURRENCY + r"|pound\b|sterling\b))",
    re.IGNORECASE,
)
"""After a level: the currency it is the price of ('18.90 per dollar', '153 yen to the
dollar', '0.85 against the pound'; not '$2.10 per pound' of coffee), a level that moves
against the currency the words say rose or fell."""


_CHANGE_THAN: Final = re.compile(r"^\s*(?:more|fewer|less)\s+than\b", re.IGNORECASE)
"""After a change against another level ('40 fewer than a year ago, down 11 percent'): the
change is no level the rate is the growth of."""


def _growth(state: _Sentence, i: int) -> None:
    """A growth rate and the level it is the growth of."""
    members, book = state.members, state.book
    rate = members[i]
    if not is_rate(rate) or not growth_like(state.text, rate):
        return
    if share_like(state.text, rate) and rate.reading.direction == 0:
        return
    if rate_of_its_own(state, rate):
        return  # "or 3% per person", "or 1.9% after inflation": a rate of another measure
    if any(is_rate(m) for m in members[:i]) and _FROM_RATE.search(
        state.text[max(rate.sentence[0], rate.start - 24) : rate.start]
        + re.split(r"[\d.,]", rate.located.text, maxsplit=1)[0]
    ):
        return  # "grew 10.7 percent to 8.6 trillion, up from 10 percent in 2015": the rate then
    if _REACHED.search(state.before(rate)[-24:] + _lead(rate)):
        return  # "turnout rose to 65%, from 1.2 million to 1.5 million": a rate reached
    after = members[i + 1] if i + 1 < len(members) else None
    before = members[i - 1] if i > 0 else None
    if before is not None and before.name in state.aliases:
        before = members[i - 2] if i > 1 else None  # "840 million euros (about $910 million), up"
    new = old = None
    if (
        after is not None
        and _level_like(after)
        and (
            _FROM.match(_words_before(state, rate, after))
            or FROM_THE.match(_words_before(state, rate, after))
            or (is_amount(after) and _OVER_BASE.match(_words_before(state, rate, after)))
        )
    ):
        old = after
        for nxt in members[i + 2 : i + 5]:  # "from 247.8 per 100,000 population to 199.4"
            if re.search(r"\bper\s*$", state.text[max(0, nxt.start - 6) : nxt.start]):
                continue
            if re.search(r";|,(?=\s)", state.between(after, nxt)):
                break  # "up 3% from 18,031,000 tonnes, durum to 4,398,000": the next item's
            if (
                _level_like(nxt)
                and nxt.reading.unit == after.reading.unit
                and re.search(
                    r"\bto\s*$", state.text[max(0, nxt.start - 6) : nxt.start] + _lead(nxt)
                )
            ):
                new = nxt
            break
        if new is None:
            new = level_before(state, i, old)  # "149,717, a 27.5 per cent increase from the
            # 123,365 of 2013": the level before the rate grew from the level after it
    elif (
        after is not None
        and _level_like(after)
        and (
            _TO.match(state.between(rate, after))
            or moving_to(state, rate, after)
            or (rate.reading.direction and _TIME_TO.match(state.between(rate, after)))
            or to_named_level(state, rate, after)  # "to an average of £285,000"
        )
    ):
        new = after  # "rose 5% to 1,050 units", and "from 1,000 units" may follow
        later = members[i + 2] if i + 2 < len(members) else None
        if later is not None and _base_of_another_span(state, rate, after, later):
            later = None  # "rose 14% year on year to $1.36 billion in May, from $1.30 billion
            # in April": the level before is a month back, the rate a year
        if later is not None and (
            _from_level(state, after, later)
            or directed_from(state, rate, after, later)
            or against_level(state, after, later)  # "to Rs 47 crore against Rs 108 crore a
            # year earlier": the year-ago level
        ):
            old = later
        else:
            old = past_per_share(state, i + 1)  # "to $1.9 billion, or $2.15 a share, from"
    elif (
        i >= 2
        and _from_level(state, members[i - 2], members[i - 1], up_from=True)
        and len(state.between(members[i - 1], rate)) <= 60
        and not _OTHER_SUBJECT.search(state.between(members[i - 1], rate))
        and not _EARLIER_CHANGE.search(state.between(members[i - 1], rate))
        and not _CAUSE.search(state.between(members[i - 1], rate))
        and not _RATE_OWN_BASE.match(state.text, rate.end)  # "an increase of 20% year on
        # year" after "up from $4.0 billion in the previous quarter": another base
        and (
            not _OWN_CLAUSE.search(
                _CHANGE_NOUN.sub("", state.between(members[i - 1], rate) + _lead(rate))
            )
            or (after is not None and _BASE_NAMED.match(state.between(rate, after)))
        )
    ):
        new, old = members[i - 2], members[i - 1]  # "7.50 from 5.54 - an increase of 35.4%"
    elif (
        before is not None
        and (is_amount(before) or (is_count(before) and before.reading.hedge is None))
        and not _CHANGE_THAN.match(state.between(before, rate))  # "40 fewer than a year ago"
        and (
            _LEVEL_THEN_RATE.match(_unbracketed(state.between(before, rate)))
            or (rate.reading.direction and _LEVEL_WORDS_RATE.match(state.between(before, rate)))
        )
    ):
        new = before
    elif (
        _MARKING.search(state.before(rate)[-40:] + " ")
        and (level := state.level()) is not None
        and level.start < rate.start
    ):
        new = level
    if new is None or _PER_CURRENCY.match(state.text, new.end) or named_change(state, new):
        return  # "the rand weakened 4.8% to 18.90 per dollar from 18.00": the level is the
        # price of another currency, which moves the other way; "a rise of £6.5 million, or
        # 40%": the amount is the change
    if (
        after is not None
        and after is not new
        and after.reading.hedge is None
        and _level_like(after)
        and (
            _BASE_NAMED.match(state.between(rate, after))
            or _BASE_OF_NAMED.match(state.between(rate, after))
            or _POSSESSOR.match(state.between(rate, after))
        )
    ):
        # "to 117.2 from 121.5 a month before: 10% less than the 130.9 of 2019"; in
        # "32,414, 29% more than the 25,033 of 2014, and 63% more than the 19,865 of 2011"
        # the 25,033 is a base too, and the 63% compares what the 29% compares
        subject: Mention | None = new
        # "$12 billion, a 20% increase from the $10 billion budgeted, and 50% more than the $8
        # billion": a level another rate grew from is a base too
        grown_from = any(c.condition.endswith(f", {new.name}) == {r}") for c in book.checks
                         for r in state.growth_of)  # fmt: skip
        if grown_from or _NAMED_BASE.search(state.text[new.sentence[0] : new.start]):
            compared = [m for m in members[:i] if state.growth_of.get(m.name)]
            names = {m.name: m for m in members}
            subject = names.get(state.growth_of[compared[-1].name]) if compared else None
            if subject is None:
                return  # "15.4 percent above the previous year's peak of 190,934, 13.7
                # percent above the 193,824": a second base of a subject left unnamed
        if subject is not None and after.reading.unit == subject.reading.unit:
            new, old = subject, after
    if (
        old is None
        and new is before
        and _NAMED_BASE.search(state.text[new.sentence[0] : new.start])
    ):
        # "15.4 percent above the previous year's peak of 190,934, 13.7 percent above the
        # 193,824 of the same period": the 190,934 is a base of another rate, not a level
        # the next rate grew to
        return
    if old is not None and of_own_basis(state, rate, old):
        return  # "up from $4.0 billion, with a growth of 25% in constant currency"
    unit = new.reading.unit or ""
    if not any(rate.name in c.condition for c in book.checks):
        book.rename(rate, f"{new.name}_growth")  # the growth of the level it is beside
    change = change_after_level(state, new) if old is None else None
    if old is not None:
        condition = f"growth({new.name}, {old.name}) == {rate.name}"
        figures: tuple[str, ...] = (new.name, old.name, rate.name)
    elif change is not None and change.reading.direction == (rate.reading.direction or 1):
        # "grew by 1.2% to 8.4 million, an increase of about 100,000": from 8.4 million less
        condition = f"growth({new.name}, {new.name} - {change.name}) == {rate.name}"
        figures = (new.name, change.name, rate.name)
    else:
        other = change_of_another_period(state.text, rate, new) or later_rate_of_its_period(
            state.text, rate, new, told=new.name in book.growth_rates
        )
        previous = book.previous(new.name, unit, other_period=other)
        condition = f"growth({new.name}, {previous}) == {rate.name}"
        figures = (new.name, rate.name)
    state.growth_of[rate.name] = new.name
    book.growth_rates.setdefault(new.name, rate.name)
    book.propose(
        "growth",
        condition,
        about=rate,
        quote=book.passage(*(m for m in (old, new, rate) if m is not None)),
        why="a growth rate beside the level it grew to",
        figures=figures,
    )


def _sign(state: _Sentence, i: int) -> None:
    """'surged by over 20 percent' with no level: the rate has the sign its verb says."""
    rate = state.members[i]
    if not is_rate(rate) or rate.name in state.growth_of or rate.reading.direction == 0:
        return
    if _THAN.match(state.after(rate)) or _in_analysis(state):
        return  # the subject's growth is proposed by _subject_growth
    op = ">" if rate.reading.direction > 0 else "<"
    state.book.propose(
        "sign",
        f"{rate.name} {op} 0 percent",
        about=rate,
        why="a growth word with no level: the rate has the sign the verb gives it",
        figures=(rate.name,),
        suffix="_sign",
    )


def _subject_growth(state: _Sentence, i: int) -> None:
    """'a combined growth rate of 4.8 percent', in a sentence that compares its subject with a
    whole: the growth of the subject, an unknown."""
    rate = state.members[i]
    if not is_rate(rate) or rate.name in state.growth_of or not growth_like(state.text, rate):
        return
    if share_like(state.text, rate) or not _in_analysis(state):
        return
    if _CONTRIBUT.search(state.before(rate)):
        return
    if any(_subject_rate(state, m) for m in state.members if m is not rate):
        return  # "rose 0.2% from June and 4.7% from a year earlier": two periods, no one growth
    level, previous = state.subject()
    if any(lv == level and at != rate.sentence[0] for at, lv, _ in state.book.subjects):
        return  # "Retail sales grew 10.3 percent" in 2016 and "Retail sales rose 9.4%" in 2018:
        # one subject's words in two sentences, two periods
    if level in state.growth_of.values():
        return  # "£21.1 billion, 6.1% less than the year before and 64.5% more than three
        # years earlier": the level has its growth already; another rate is from another time
    state.growth_of[rate.name] = level
    book_subject = (rate.sentence[0], level, rate.name)
    if book_subject not in state.book.subjects:
        state.book.subjects.append(book_subject)
    state.book.propose(
        "growth",
        f"growth({level}, {previous}) == {rate.name}",
        about=rate,
        why="the growth rate of what the sentence is about",
        figures=(rate.name,),
        severity="warn",
    )


def _threshold(state: _Sentence, i: int) -> None:
    """'exceeded 600,000 for the first time, reaching 628,000': the level is above the
    threshold (and stated twice); 'surpassed 13 trillion for the first time ... a 7.2 percent
    increase': last year's level was below it."""
    members, book = state.members, state.book
    m = members[i]
    if m.reading.hedge not in ("over", "at least") or not (is_amount(m) or is_count(m)):
        return
    after = state.after(m)
    first = _FIRST_TIME.search(after[:60])
    nxt = members[i + 1] if i + 1 < len(members) else None
    while nxt is not None and nxt.name in state.aliases:
        nxt = members[members.index(nxt) + 1] if members.index(nxt) + 1 < len(members) else None
    level = m
    if (
        nxt is not None
        and nxt.reading.unit == m.reading.unit
        and (is_amount(nxt) or is_count(nxt))
        and _REACHING.match(state.between(m, nxt))
    ):
        level = nxt
        book.propose(
            "equal",
            f"{nxt.name} == {m.name}",
            about=nxt,
            quote=book.passage(m, nxt),
            why="a threshold passed and the level reached: one number written twice",
            figures=(m.name, nxt.name),
            suffix="_threshold",
        )
    if not first:
        return
    rates = [r for r, lvl in state.growth_of.items() if lvl == m.name]
    if rates and level is m:
        reading = m.reading
        bound = " ".join(
            p for p in (reading.value.replace(",", ""), reading.scale, reading.unit) if p
        )
        book.propose(
            "previous",
            f"previous({m.name}, {rates[0]}) <= {bound}",
            about=m,
            why="'for the first time': the level before the growth was not yet above the threshold",
            figures=(m.name, rates[0]),
            suffix="_first_time",
        )
        return
    book.propose(
        "unstated_rank",
        f"unstated_rank({level.name}, 1, 'earlier values of {level.name}')",
        about=level,
        quote=book.passage(m, level),
        why="'for the first time': a record against a series the article does not give",
        figures=(level.name,),
        expect="uncheckable",
        suffix="_first_time",
    )
