"""Whole-number counts: which figures count people or things, and so take whole values.

"38 participants", "of 651 valid votes", "five cases", "27 states": a whole number of
people, firms, votes, cases, respondents, cells, items, places (states, provinces,
districts), jobs or dwellings, written without a scale word, is a count, and a count is an
integer.  A figure can say so itself (``integer: true`` in a claim file), or
deny it (``integer: false``); otherwise it is inferred here, only where it is unambiguous:
"3 million people" (a scale word) and "12.5 people" (a decimal) are not counts.  Nor is a
whole number that counts things per some other quantity or on average, which the text around
it says: "5 deaths per 1,000 live births" and "an average of 2 children" are a rate and a
mean rounded to whole numbers, not counts.
"""

from __future__ import annotations

__all__ = ["COUNT_NOUNS", "is_count"]

import re
from typing import Final

from factcheck.reading import Reading

COUNT_NOUNS: Final = frozenset((
    "people", "persons", "person", "individuals", "individual", "men", "women", "children",
    "adults", "boys", "girls", "firms", "firm", "companies", "company", "enterprises",
    "enterprise", "businesses", "business", "employers", "votes", "vote", "ballots", "ballot",
    "voters", "voter", "seats", "seat", "cases", "case", "deaths", "death", "births", "birth",
    "patients", "patient", "infections", "hospitalisations", "hospitalizations", "admissions",
    "respondents", "respondent", "participants", "participant", "subjects", "subject",
    "interviewees", "students", "student", "pupils", "pupil", "teachers", "teacher",
    "schools", "school", "employees", "employee", "workers", "worker", "staff", "members",
    "member", "households", "household", "families", "cells", "cell", "items", "item",
    "questions", "question", "answers", "answer", "responses", "response", "trials", "trial",
    "studies", "study", "papers", "paper", "articles", "article",
    "states", "provinces", "countries", "nations", "regions", "districts", "counties",
    "municipalities", "cities", "towns", "villages", "constituencies", "wards", "hospitals",
    "stations", "jobs", "positions", "homes", "houses", "dwellings", "vehicles", "cars",
    "passengers", "visitors", "tourists",
    "crimes", "offenses", "offences", "arrests", "homicides", "murders", "victims",
    "migrants", "refugees", "applicants", "applications", "prisoners", "inmates",
))  # fmt: skip
"""Nouns whose figures count whole things (the last word of a reading's label)."""


_NOT_A_COUNT_BEFORE: Final = re.compile(
    r"(?:\b(?:rate|ratio)\s+(?:of\s+)?|\b(?:average\w*|mean|median|typical\w*)\b[^.;:!?]{0,60})$",
    re.IGNORECASE,
)
"""Words before a number in its clause that make it a mean or a rate ("an average of 2
children", "the average household has 3 residents", "a rate of 5 deaths")."""
_NOT_A_COUNT_AFTER: Final = re.compile(
    r"^\s*(?:[^\W\d][\w'’-]*\s+){0,3}?\(?\s*(?:per\b|for\s+(?:each|every|\d)|"
    r"(?:to|in|among|out\s+of)\s+(?:each|every)\b|out\s+of\s+10\b(?![,.]\d)|(?:in|out\s+of)\s+"
    r"(?:100|1,000|10,000|100,000|1,000,000|an?\s+(?:hundred|thousand|million))\b(?![,.]\d)|"
    r"on\s+average|each\b|"
    r"an?\s+(?:day|week|"
    r"month|year|head|person)\b|every\s+(?:day|week|month|year)\b|(?:daily|weekly|monthly|"
    r"annually|yearly)\b)",
    re.IGNORECASE,
)
"""Words after a number's noun that make it a rate or a mean: "5 deaths per 1,000 live
births", "3 deaths in 100,000", "4 doctors to every 1,000 residents", "2 beds for 1,000
residents", "5 victims (per 100,000)", "30 migrants a day", "3 murders every day", "2
children on average"."""


def is_count(reading: Reading, quote: str = "", at: tuple[int, int] | None = None) -> bool:
    """Whether a reading is a whole-number count of people or things, unambiguously: no
    unit, no scale word, a whole number, and a counted noun after it; and, in ``quote`` (the
    phrase the reading was read from, the number at ``at`` in it, by default where the
    reading says), no word around it that makes it a rate or a mean."""
    if reading.unit is not None or reading.scale is not None or reading.kind != "number":
        return False
    if reading.number.denominator != 1 or reading.label is None:
        return False
    words = reading.label.lower().split()
    if not (words and words[-1] in COUNT_NOUNS):
        return False
    start, end = at if at is not None else (reading.start, reading.end)
    if quote and 0 <= start <= end <= len(quote):
        if _NOT_A_COUNT_BEFORE.search(quote[:start]):
            return False
        if _NOT_A_COUNT_AFTER.match(quote[end:]):
            return False
    return True
