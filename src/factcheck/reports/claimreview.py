"""``--format claimreview``: schema.org ``ClaimReview`` JSON-LD, one review per quoted check.

A JSON list; each review has ``claimReviewed`` (the check's quote), a ``reviewRating`` on a
1-5 scale with our verdict in words as ``alternateName``, ``itemReviewed`` (a ``Claim`` that
appears in the audited ``NewsArticle``, written by its outlet), ``author`` (factcheck) and
``datePublished`` (the date of the audit).  Checks without a quote, and claim files that could
not be read, give no review.

The rating (docs/formats.md explains the choice):

=============  ======  =============================================================
verdict        rating  why
=============  ======  =============================================================
consistent     5       every figure of the claim fits the rest of the article
uncheckable    3       the article alone cannot decide it: the scale's neutral middle
undecided      3       the solver could not decide it: the neutral middle again
stretched      2       it holds only on a lenient reading of its hedge or rounding
inconsistent   1       no reading of the figures makes it fit the rest of the article
=============  ======  =============================================================

The JSON is written to be embedded in HTML, as JSON-LD is: ``<``, ``>``, ``&``, U+2028 and
U+2029 are ``\\u`` escapes (the same data to a JSON parser), so no quote can close the
``<script>`` element it is pasted into.

``datePublished`` is today's date, or the date of ``$SOURCE_DATE_EPOCH`` (UTC) when that is
set, so a build can make the output reproducible.
"""

from __future__ import annotations

__all__ = ["RATINGS", "VERDICT_NAMES", "Writer", "report", "reviews", "stream"]

import datetime as dt
import os
from collections.abc import Iterable, Mapping
from typing import Any, TextIO

from factcheck.reports._streaming import JsonArray, write_all
from factcheck.reports.data import file_checks, file_data
from factcheck.reports.markdown import comparison_text, repo_path
from factcheck.results import AuditResult, AuditTotals, FileResult
from factcheck.safety import json_for_html

RATINGS: Mapping[str, int] = {
    "consistent": 5,
    "uncheckable": 3,
    "undecided": 3,
    "stretched": 2,
    "inconsistent": 1,
}
"""A verdict's ``ratingValue`` (``bestRating`` 5, ``worstRating`` 1)."""

VERDICT_NAMES: Mapping[str, str] = {
    "consistent": "Consistent with the article's other figures",
    "uncheckable": "Uncheckable from the article alone",
    "undecided": "Undecided",
    "stretched": "Stretched: holds only on a lenient reading",
    "inconsistent": "Inconsistent with the article's other figures",
}
"""A verdict in words: the rating's ``alternateName``."""


def _today() -> str:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date().isoformat()
    return dt.date.today().isoformat()


def _organization(name: str) -> dict[str, str]:
    return {"@type": "Organization", "name": name}


def _claim(source: Mapping[str, Any] | None) -> dict[str, Any]:
    claim: dict[str, Any] = {"@type": "Claim"}
    if source is None:
        return claim
    appearance: dict[str, Any] = {"@type": "NewsArticle", "headline": source["title"]}
    if source["outlet"]:
        appearance["publisher"] = _organization(source["outlet"])
        claim["author"] = _organization(source["outlet"])
    if source["published"]:
        appearance["datePublished"] = source["published"]
    if source["url"]:
        appearance["url"] = source["url"]
    claim["appearance"] = appearance
    return claim


def _explanation(check: Mapping[str, Any]) -> str:
    parts = [comparison_text(check)]
    if check["conflicts_with"]:
        parts.append("conflicts with " + ", ".join(check["conflicts_with"]))
    parts.append(check["reason"])
    parts.append(check["definition"]["note"])
    return "; ".join(part for part in parts if part)


def reviews(data: Mapping[str, Any], *, today: str | None = None) -> list[dict[str, Any]]:
    """The ClaimReviews of :func:`~factcheck.reports.data.audit_data`'s data."""
    date = today or _today()
    sources = {file["path"]: file["source"] for file in data["files"]}
    return [
        review
        for check in data["checks"]
        if (review := _review(check, sources.get(check["file"]), date)) is not None
    ]


def _review(
    check: Mapping[str, Any], source: Mapping[str, Any] | None, date: str
) -> dict[str, Any] | None:
    if not check["quote"]:
        return None
    verdict = check["verdict"]
    rating: dict[str, Any] = {
        "@type": "Rating",
        "ratingValue": RATINGS[verdict],
        "bestRating": 5,
        "worstRating": 1,
        "alternateName": VERDICT_NAMES[verdict],
    }
    explanation = _explanation(check)
    if explanation:
        rating["ratingExplanation"] = explanation
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "identifier": f"{repo_path(check['file'])}::{check['id']}",
        "claimReviewed": check["quote"],
        "reviewRating": rating,
        "itemReviewed": _claim(source),
        "author": _organization("factcheck"),
        "datePublished": date,
    }


def _html_safe(value: Any) -> str:
    """A review as JSON that can be pasted into an HTML ``<script type="application/ld+json">``
    element, as JSON-LD is published: ``<``, ``>``, ``&``, U+2028 and U+2029 as ``\\u``
    escapes, so a quote holding ``</script>`` cannot end the element."""
    return json_for_html(value, indent=2, ensure_ascii=False)


class Writer:
    """The claimreview format, one file at a time: the JSON list written review by review."""

    def __init__(self, out: TextIO, *, today: str | None = None) -> None:
        self._out = out
        self._date = today or _today()
        self._reviews = JsonArray(out, 0, encode=_html_safe)

    def add(self, result: FileResult) -> None:
        source = file_data(result)["source"]
        for check in file_checks(result):
            review = _review(check, source, self._date)
            if review is not None:
                self._reviews.add(review)

    def close(self, totals: AuditTotals) -> None:
        self._reviews.close()
        self._out.write("\n")


def stream(results: Iterable[FileResult], out: TextIO) -> AuditTotals:
    """Write the report of ``results``, consumed one by one; the totals of the audit."""
    return write_all(Writer(out), results)


def report(result: AuditResult, out: TextIO) -> None:
    stream(result.files, out)
