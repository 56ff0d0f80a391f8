"""Rules for levels and their parts: growth and level, change and level, shares of a
whole, conversions, thresholds and "for the first time", and the sign of a growth word."""

from __future__ import annotations

import re
from typing import Final

from factcheck.propose.book import is_amount, is_count, is_rate
from factcheck.propose.context import (
    _CONTRIBUT,
    _CONVERSION,
    _FIRST_TIME,
    _FROM,
    _LEVEL_THEN_RATE,
    _LEVEL_WORDS_RATE,
    _MARKING,
    _MORE_THAN,
    _OF_WHOLE,
    _OWN_NOUN,
    _REACHING,
    _THAN,
    _TO,
    _fitted_whole,
    _in_analysis,
    _lead,
    _level_like,
    _part_of,
    _Sentence,
    _subject_rate,
    _unbracketed,
    _whole,
    counts_another,
    glossed_part,
    unsaid_whole,
)
from factcheck.propose.levels_back import _BACK, _back_level, _same_noun_to, levels_before
from factcheck.propose.naming import count_nouns, growth_like, ratio_not_share, share_like, stem
from factcheck.propose.parts import of_whom
from factcheck.propose.sentences import Mention


def _conversion(state: _Sentence, i: int) -> None:
    """'13 trillion yuan (about $1.81 trillion)': one amount in two currencies."""
    from factcheck.propose.definitions import exchange_rate

    members = state.members
    if i + 1 >= len(members):
        return
    a, b = members[i], members[i + 1]
    if not (is_amount(a) and is_amount(b)) or a.reading.unit == b.reading.unit:
        return
    if not _CONVERSION.match(state.between(a, b)):
        return
    state.book.rename(b, f"{a.name}_{(b.reading.unit or '').lower()}")
    state.aliases.add(b.name)
    rate, certain = exchange_rate(
        state.book, a.reading.unit or "", b.reading.unit or "", at=a.start
    )
    state.book.propose(
        "convert",
        f"convert({b.name}, {rate}) == {a.name}",
        about=b,
        quote=state.book.passage(a, b),
        why="one amount written in two currencies, converted at the period's rate",
        figures=(a.name, b.name),
        severity="error" if certain else "warn",
        suffix="_conversion",
    )


_FROM_RATE: Final = re.compile(r"\b(?:up|down|rising|falling|accelerating|slowing)?\s*from\s*$")
"""'..., up from 10 percent in 2015': a rate after 'from' is an earlier value of the rate."""
_OTHER_SUBJECT: Final = re.compile(r"\b(?:with|while|whereas|but|and)\b|\w['’]s\b", re.I)
"""'slipped to $54.55 billion from $54.66 billion, with YouTube's down 2.5%', 'rose to 28.06TWh
from 24.55TWh, and power demand fell 5.9pc': words between a level and a rate that bring in
another subject, whose rate it is."""
_BASE_NAMED: Final = re.compile(
    r"^\s*(?:(?:higher|lower|more|less|fewer|greater|smaller|larger)\s+than|above|below)\s+"
    r"(?:the\s+|its\s+|their\s+|last\s+year's\s+)?(?:US|C|A|NZ)?[$€£₹¥]?\s*$",
    re.IGNORECASE,
)
_BASE_NAMED_BEFORE: Final = re.compile(
    r"(?:(?:higher|lower|more|less|fewer|greater|smaller|larger)\s+than|above|below)\s+"
    r"(?:the\s+|its\s+|their\s+|last\s+year's\s+)?(?:US|C|A|NZ)?[$€£₹¥]?\s*$",
    re.IGNORECASE,
)
"""'10% less than the 130.9 million tonnes': the rate names its own base right after it, so
the level it compares is measured from that base, not from an earlier 'from' level."""


def _growth(state: _Sentence, i: int) -> None:
    """A growth rate and the level it is the growth of."""
    members, book = state.members, state.book
    rate = members[i]
    if not is_rate(rate) or not growth_like(state.text, rate):
        return
    if share_like(state.text, rate) and rate.reading.direction == 0:
        return
    if any(is_rate(m) for m in members[:i]) and _FROM_RATE.search(
        state.text[max(rate.sentence[0], rate.start - 24) : rate.start]
        + re.split(r"[\d.,]", rate.located.text, maxsplit=1)[0]
    ):
        return  # "grew 10.7 percent to 8.6 trillion, up from 10 percent in 2015": the rate then
    after = members[i + 1] if i + 1 < len(members) else None
    before = members[i - 1] if i > 0 else None
    if before is not None and before.name in state.aliases:
        before = members[i - 2] if i > 1 else None  # "840 million euros (about $910 million), up"
    new = old = None
    if (
        after is not None
        and _level_like(after)
        and _FROM.match(state.between(rate, after) + _lead(after))
    ):
        old = after
        for nxt in members[i + 2 : i + 5]:  # "from 247.8 per 100,000 population to 199.4"
            if re.search(r"\bper\s*$", state.text[max(0, nxt.start - 6) : nxt.start]):
                continue
            if (
                _level_like(nxt)
                and nxt.reading.unit == after.reading.unit
                and re.search(
                    r"\bto\s*$", state.text[max(0, nxt.start - 6) : nxt.start] + _lead(nxt)
                )
            ):
                new = nxt
            break
    elif after is not None and _level_like(after) and _TO.match(state.between(rate, after)):
        new = after  # "rose 5% to 1,050 units", and "from 1,000 units" may follow
        later = members[i + 2] if i + 2 < len(members) else None
        if later is not None and _from_level(state, after, later):
            old = later
    elif (
        i >= 2
        and _from_level(state, members[i - 2], members[i - 1])
        and len(state.between(members[i - 1], rate)) <= 60
        and not _OTHER_SUBJECT.search(state.between(members[i - 1], rate))
    ):
        new, old = members[i - 2], members[i - 1]  # "7.50 from 5.54 - an increase of 35.4%"
    elif (
        before is not None
        and (is_amount(before) or (is_count(before) and before.reading.hedge is None))
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
    if new is None:
        return
    if (
        after is not None
        and after is not new
        and after.reading.hedge is None
        and _level_like(after)
        and _BASE_NAMED.match(state.between(rate, after))
    ):
        # "to 117.2 from 121.5 a month before: 10% less than the 130.9 of 2019"; in
        # "32,414, 29% more than the 25,033 of 2014, and 63% more than the 19,865 of 2011"
        # the 25,033 is a base too, and the 63% compares what the 29% compares
        subject: Mention | None = new
        if _BASE_NAMED_BEFORE.search(state.text[new.sentence[0] : new.start]):
            compared = [m for m in members[:i] if state.growth_of.get(m.name)]
            names = {m.name: m for m in members}
            subject = names.get(state.growth_of[compared[-1].name]) if compared else None
        if subject is not None and after.reading.unit == subject.reading.unit:
            new, old = subject, after
    unit = new.reading.unit or ""
    if not any(rate.name in c.condition for c in book.checks):
        book.rename(rate, f"{new.name}_growth")  # the growth of the level it is beside
    if old is not None:
        condition = f"growth({new.name}, {old.name}) == {rate.name}"
        figures: tuple[str, ...] = (new.name, old.name, rate.name)
    else:
        condition = f"growth({new.name}, {book.previous(new.name, unit)}) == {rate.name}"
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


_FROM_AFTER_LEVEL: Final = re.compile(r"^(?:\s+[\w'’-]+){0,3}?\s*,?\s*from\s*$", re.IGNORECASE)
"""'to 1,050 units from', 'to $61.2 billion in May from': a level, its noun or its time, then
the level it came from."""


def _from_level(state: _Sentence, new: Mention, old: Mention) -> bool:
    """Whether ``old`` is the level ``new`` came from ("1,050 units from 1,000 units"): levels
    of one unit (and one noun, for counts), "from" between them."""
    if not (_level_like(new) and _level_like(old)) or new.reading.unit != old.reading.unit:
        return False
    labels = (new.reading.label, old.reading.label)
    if is_count(new) and all(labels) and len({stem(str(w).split()[-1]) for w in labels}) > 1:
        return False
    return _FROM_AFTER_LEVEL.match(state.between(new, old) + _lead(old)) is not None


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


def _share(state: _Sentence, i: int) -> None:
    """'accounting for 60 percent of total exports': a share of a whole."""
    members, book = state.members, state.book
    rate = members[i]
    if not is_rate(rate) or rate.name in state.growth_of or rate.reading.direction:
        return
    glossed = glossed_part(state, i)
    if not share_like(state.text, rate) and not glossed:
        return
    if _CONTRIBUT.search(state.before(rate)):
        return  # a share of an increase
    of = _OF_WHOLE.match(state.after(rate))
    if of and i + 1 < len(members) and members[i + 1].start <= rate.end + of.end():
        restated = members[i + 2] if i + 2 < len(members) else None
        if restated is not None and _restated_part(state, members[i + 1], restated):
            _restated_share(state, rate, restated, members[i + 1])
            return  # "63.2% of the 1,204,331 registered voters, or 761,137 ballots"
        _of_stated_whole(state, rate, members[i + 1])
        return  # "58.45% of the 27.9 million voters": the part is not stated here
    parts = [m for m in members[:i] if _part_of(m, state.text) and m.name not in state.aliases]
    part = glossed or (parts[-1] if parts else None)
    if part is not None and i - members.index(part) > 2:
        part = None
    if part is not None and not (
        of or glossed or re.search(r"account|share|make|made|represent", state.between(part, rate))
    ):
        part = None
    if part is not None and (
        _OWN_NOUN.search(state.between(part, rate))
        or counts_another(state, part, rate, of.group("whole") if of else "")
    ):
        part = None  # "exports of $95 billion, and a trade deficit of 10.5% of exports"
    if part is None and not _in_analysis(state):
        if rate.reading.number > 100:
            return  # "debt was 205.6% of GDP": a ratio, no share of a whole at most 100 percent
        book.propose(
            "shares_sum",
            f"shares_sum([{rate.name}])",
            about=rate,
            why="a share of an unstated whole: at most 100 percent",
            figures=(rate.name,),
        )
        return
    unit = part.reading.unit or "" if part is not None else book.main_unit()
    if of:
        whole, guessed = _whole(state, of.group("whole"), unit, part)
    else:
        whole, guessed = unsaid_whole(state, unit), False
    named = of_whom(state, part) if part is not None else None
    if named is not None:
        whole, guessed = named.name, False  # "47,124,842, of whom 26,418,754, or 56.06%"
    elif part is not None and whole not in book.by_name:
        fitted = _fitted_whole(state, part, rate)
        if fitted is not None:
            # a whole fitted by its arithmetic is a guess ("58.4% of the votes cast" is of
            # the valid votes, not of the 262,135 who "had cast the votes"): a warning
            whole, guessed = fitted.name, True
    if part is not None and of is None and whole not in book.by_name:
        guessed = True  # "600 ballots (12%)": of a whole left unsaid, maybe not the article's
    part_name = part.name if part is not None else state.subject()[0]
    if part_name == whole:
        return
    if part is not None and not any(rate.name in c.condition for c in book.checks):
        book.rename(rate, f"{part.name}_share")  # the share the part is
    state.share = (rate.name, part_name, whole)
    figures = tuple(n for n in (part_name, whole, rate.name) if n in book.by_name)
    severity = "warn" if guessed or part is None else "error"
    book.propose(
        "share",
        f"share({part_name}, {whole}) == {rate.name}",
        about=rate,
        quote=book.passage(*(m for m in (part, rate) if m is not None)),
        why="a share of the whole its words name",
        figures=figures,
        severity=severity,
    )
    if part is not None and not ratio_not_share(state.text, rate):
        book.propose(
            "parts_within",
            f"parts_within({whole}, [{part.name}])",
            about=part,
            why="a part of a whole the article states: no larger than it",
            figures=(whole, part.name),
            severity=severity,
            suffix="_within",
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


_APPROX: Final = ("about", "around", "roughly", "approximately", "some")
"""Hedges a change against a stated level may carry ("about Rs 2 lakh crore higher than")."""


def _other_nouns(a: Mention, b: Mention) -> bool:
    """No change leads from a to b: b is one ('revised down by 20,000') or counts hours."""
    la, lb = a.reading.label, b.reading.label
    other = bool(la and lb) and stem(str(la).split()[-1]) != stem(str(lb).split()[-1])
    return other or bool(b.reading.direction)


def _change(state: _Sentence, i: int) -> None:
    """'increased by 14,000 to 87,000'; 'rose to 61, five more than a year earlier'; 'from 3.1
    million to 3.4 million, an increase of 0.3 million'."""
    members, book = state.members, state.book
    m = members[i]
    if not (is_amount(m) or is_count(m)) or m.reading.hedge not in (None, *_APPROX):
        return
    after = members[i + 1] if i + 1 < len(members) else None
    nxt = members[i + 2] if i + 2 < len(members) else None
    earlier = levels_before(state, i)
    more = (
        re.match(
            r"^\s*(more|less|fewer|higher|lower)\s+than\b"
            r"(?:(?!,?\s+(?:and|while|but|whereas)\b)[^\d$€£¥.;]){0,80}$",  # not the next clause's
            state.between(m, after) + _lead(after),
        )
        if after is not None
        else None
    )
    severity = "error"
    if more and not earlier and _BACK.match(state.text[m.sentence[0] : m.start]):
        earlier, severity = _back_level(state, m, after)  # "The amount is about Rs 2 lakh crore"
    if m.reading.hedge is not None and not (more and earlier):
        return  # "about 2 billion higher than": only a change against a stated level
    if (
        after is not None
        and nxt is not None
        and (m.reading.direction or re.search(r"\bby\s*$", state.before(m)[-6:]))
        and after.reading.unit == m.reading.unit == nxt.reading.unit
        and re.match(r"^\s*,?\s*from\s*[+]?$", state.between(m, after) + _lead(after))
        and re.match(r"^\s*to\s*[+]?$", state.between(after, nxt) + _lead(nxt))
    ):
        book.propose(
            "difference",
            f"{nxt.name} - {after.name} == {m.name}",
            about=m,
            quote=book.passage(m, nxt),
            why="a change, and the levels it went from and to",
            figures=(nxt.name, after.name, m.name),
            suffix="_change",
        )
        return
    from_only = (
        after is not None
        and (m.reading.direction or more)
        and re.match(r"^\s*,?\s*from\s*[+]?$", state.between(m, after) + _lead(after))
        and (nxt is None or not re.match(r"^\s*to\b", state.between(after, nxt)))
    )
    if (
        after is not None
        and earlier
        and after.reading.unit == m.reading.unit
        and after.reading.kind == "number"
        and (from_only or more)
        and not _other_nouns(earlier[-1], after)
    ):
        level = earlier[-1]  # "$44.5 billion, up $3.6 billion from $41.0 billion"
        lower = more is not None and more.group(1).lower() in ("less", "fewer", "lower")
        book.propose(
            "difference",
            f"{after.name} - {level.name} == {m.name}"
            if lower
            else f"{level.name} - {after.name} == {m.name}",
            about=m,
            quote=book.passage(level, after),
            why="a level, its change, and the level it changed from",
            figures=(level.name, after.name, m.name),
            severity=severity,
            suffix="_change",
        )
        return
    changing = m.reading.direction or re.search(
        r"\b(increase|decrease|rise|fall|drop|decline|gain|loss)\b[^\d]{0,40}\bof\s*$",
        state.before(m)[-60:],
        re.I,
    )
    if (
        changing
        and after is not None
        and after.reading.unit == m.reading.unit
        and after.reading.kind == "number"
        and (_TO.match(state.between(m, after)) or _same_noun_to(state, m, after))
    ):
        level = after
    elif _MORE_THAN.match(state.after(m)) and earlier:
        level = earlier[-1]  # "June exports were $183.2 billion, $0.6 billion more than May's"
    else:
        return
    previous = book.previous(level.name, level.reading.unit or "")
    if any(c.condition.startswith(f"{level.name} - {previous} ==") for c in book.checks):
        return  # "£1,849, £159 more than a year before but £531 less than at the height":
        # the level's change from a year before is taken; another is from another time
    book.propose(
        "difference",
        f"{level.name} - {previous} == {m.name}",
        about=m,
        quote=book.passage(*sorted((m, level), key=lambda o: o.start)),
        why="a change and the level it led to",
        figures=(level.name, m.name),
        suffix="_change",
    )


_GLOSSED_RATE: Final = re.compile(
    r"^(?:\s+[^\W\d][\w'’-]*){0,2}?\s*,?\s*(?:or|an?\s+(?:\w+\s+)?(?:drop|fall|decline|"
    r"decrease|reduction|rise|increase|"
    r"gain|jump)\s+of)\s*$",
    re.IGNORECASE,
)
"""What stands between a change and its rate (a count's noun first): 'fell $52 million, or 4.7
per cent', 'fell by 52 units, a drop of 4.7 per cent'."""


_RATE_AFTER_LEVEL: Final = re.compile(
    r"^(?:\s+[^\W\d][\w'’-]*){0,3}?\s*,\s*(?:or|an?\s+(?:\w+\s+)?(?:drop|fall|decline|"
    r"decrease|reduction|rise|increase|gain|jump)\s+of|down|up)\s*$",
    re.IGNORECASE,
)
"""What stands between the level a change led to and its rate: 'to 31,200, a drop of', 'to
$61.2 billion, or', 'to 712,500 in March, up'."""


def _change_and_rate(state: _Sentence, i: int) -> None:
    """'decreased $5.8 billion, or 2.3 percent': a change and the growth it is of the earlier
    level; with 'to $61.2 billion' after it, the level it led to is stated too."""
    members, book = state.members, state.book
    m = members[i]
    if i + 1 >= len(members) or not (is_amount(m) or is_count(m)) or not m.reading.direction:
        return
    rate = members[i + 1]
    nxt = members[i + 2] if i + 2 < len(members) else None
    if (
        nxt is not None
        and _level_like(rate)
        and rate.reading.unit == m.reading.unit
        and _TO.match(state.between(m, rate) + _lead(rate))
        and is_rate(nxt)
        and nxt.reading.direction == m.reading.direction  # its own word says which way
        and _RATE_AFTER_LEVEL.match(state.between(rate, nxt) + _lead(nxt))
    ):
        rate, nxt = nxt, rate  # "fell by 5,200 to 31,200, a drop of 14.3 per cent"
    elif not _GLOSSED_RATE.match(state.between(m, rate) + _lead(rate)):
        return
    if not is_rate(rate) or m.reading.hedge is not None:
        return
    if (rate.reading.direction or m.reading.direction) != m.reading.direction:
        return  # "fell $2 billion, or up 3 percent": no one change
    if (
        nxt is not None
        and _level_like(nxt)
        and nxt.reading.unit == m.reading.unit
        and (
            _TO.match(state.between(rate, nxt) + _lead(nxt))
            or _TO.match(state.between(m, nxt) + _lead(nxt))
        )
    ):
        condition = f"growth({nxt.name}, {nxt.name} - {m.name}) == {rate.name}"
        figures: tuple[str, ...] = (nxt.name, m.name, rate.name)
    else:
        previous = book.previous(m.name, m.reading.unit or "")
        condition = f"growth({previous} + {m.name}, {previous}) == {rate.name}"
        figures = (m.name, rate.name)
    book.propose(
        "growth",
        condition,
        about=rate,
        quote=book.passage(m, rate),
        why="a change and, after 'or', the growth it makes of the earlier level",
        figures=figures,
        suffix="_of_change",
    )


_OR_RESTATED: Final = re.compile(r"^(?:\s+[^\W\d][\w'’-]*){0,4}?\s*,\s*or\s*$", re.IGNORECASE)
"""'of the 1,204,331 registered voters, or': the whole, its noun, then the part it restates."""


def _restated_part(state: _Sentence, whole: Mention, part: Mention) -> bool:
    """Whether ``part`` restates a share of ``whole`` as a quantity of the same unit: '48.3%
    of the 2,417 staff, or 1,167 people'."""
    return (
        _part_of(whole, state.text)
        and _part_of(part, state.text)
        and whole.reading.unit == part.reading.unit
        and _OR_RESTATED.match(state.between(whole, part) + _lead(part)) is not None
    )


def _restated_share(state: _Sentence, rate: Mention, part: Mention, whole: Mention) -> None:
    book = state.book
    if not any(rate.name in c.condition for c in book.checks):
        book.rename(rate, f"{part.name}_share")
    state.share = (rate.name, part.name, whole.name)
    book.propose(
        "share",
        f"share({part.name}, {whole.name}) == {rate.name}",
        about=rate,
        quote=book.passage(rate, whole, part),
        why="a share of a stated whole, restated after 'or' as the part it is",
        figures=(part.name, whole.name, rate.name),
    )
    book.propose(
        "parts_within",
        f"parts_within({whole.name}, [{part.name}])",
        about=part,
        why="a part of a whole the article states: no larger than it",
        figures=(whole.name, part.name),
        suffix="_within",
    )


def _of_stated_whole(state: _Sentence, rate: Mention, whole: Mention) -> None:
    """'58.45% of the 27.9 million eligible voters participated ... 16,362,185 voters
    exercised their rights': the part is a later count of the same noun, when it is that
    share of the whole within rounding (a fitted part: a warning)."""
    book = state.book
    if not _part_of(whole, state.text) or rate.reading.hedge is not None:
        return
    nouns = count_nouns(state.text, whole.end)
    later = [
        m
        for m in book.mentions
        if m.start > whole.end
        and m.sentence[0] - whole.sentence[1] <= 400
        and m.reading.unit == whole.reading.unit
        and _part_of(m, state.text)
        and nouns & count_nouns(state.text, m.end)
    ][:6]
    fitting = [m for m in later if _fitted_whole(state, m, rate) is whole]
    if len(fitting) != 1:
        return
    part = fitting[0]
    book.propose(
        "share",
        f"share({part.name}, {whole.name}) == {rate.name}",
        about=rate,
        why="a share 'of' a stated whole, and a later count of the same noun that is that share",
        figures=(part.name, whole.name, rate.name),
        severity="warn",
        suffix="_of_stated",
    )
