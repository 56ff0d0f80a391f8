"""Whole-number counts: which figures count people or things, and so take whole values.

"38 participants", "of 651 valid votes", "five cases", "27 states": a whole number of
people, firms, votes, cases, respondents, cells, items, places (states, provinces,
districts), jobs or dwellings, written without a scale word, is a count, and a count is an
integer.  A figure can say so itself (``integer: true`` in a claim file), or
deny it (``integer: false``); otherwise it is inferred here, only where it is unambiguous:
"3 million people" (a scale word) and "12.5 people" (a decimal) are not counts.
"""

from __future__ import annotations

__all__ = ["COUNT_NOUNS", "is_count"]

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
))  # fmt: skip
"""Nouns whose figures count whole things (the last word of a reading's label)."""


def is_count(reading: Reading) -> bool:
    """Whether a reading is a whole-number count of people or things, unambiguously: no
    unit, no scale word, a whole number, and a counted noun after it."""
    if reading.unit is not None or reading.scale is not None or reading.kind != "number":
        return False
    if reading.number.denominator != 1 or reading.label is None:
        return False
    words = reading.label.lower().split()
    return bool(words) and words[-1] in COUNT_NOUNS
