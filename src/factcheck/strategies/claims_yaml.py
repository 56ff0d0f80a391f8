"""A generated (or any) article as the text of a claim file (:func:`to_claims_yaml`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from factcheck.intervals import Interval, decimal_text
from factcheck.model import Article, Figure, Unknown
from factcheck.reading import ReadingPolicy
from factcheck.strategies.article import GeneratedArticle

# -- claim files -------------------------------------------------------------------------------


def to_claims_yaml(article: Article | GeneratedArticle) -> str:
    """An article as the text of a claim file (``*.claims.yaml``, docs/claim-files.md).

    Loading the text gives back an equal article (locations and path aside).  A reading
    policy with replaced hedges, or an unknown with bounds other than positive or
    non-negative, cannot be written in a claim file: ``ValueError``.
    """
    import yaml

    if isinstance(article, GeneratedArticle):
        article = article.article
    source = article.source
    data: dict[str, Any] = {
        "source": _non_empty(
            {
                "title": source.title,
                "outlet": source.outlet,
                "published": source.published,
                "url": source.url,
                "path": source.path,
                "sha256": source.sha256,
                "rounding": source.rounding,
            },
            keep=("title",),
        )
    }
    policy = article.policy
    if policy.hedges:
        raise ValueError("a policy with replaced hedges cannot be written in a claim file")
    default = ReadingPolicy()
    options = {
        "rounding": policy.rounding if policy.rounding != default.rounding else None,
        "base": decimal_text(policy.base) if policy.base is not None else None,
        "trailing_zeros": policy.trailing_zeros
        if policy.trailing_zeros != default.trailing_zeros
        else None,
        "yen_symbol": policy.yen_symbol,
    }
    if any(value is not None for value in options.values()):
        data["policy"] = _non_empty(options)
    if article.figures:
        data["figures"] = {f.name: _figure_data(f) for f in article.figures}
    if article.unknowns:
        data["unknowns"] = {u.name: _unknown_data(u) for u in article.unknowns}
    if article.references:
        data["references"] = {
            r.name: _non_empty(
                {"value": r.value, "unit": r.unit, "source": r.source, "quote": r.quote},
                keep=("value", "source"),
            )
            for r in article.references
        }
    if article.checks:
        data["checks"] = [
            _non_empty(
                {
                    "id": c.id,
                    "condition": c.condition,
                    "quote": c.quote,
                    "severity": None if c.severity == "error" else c.severity,
                    "expect": c.expect,
                    "tags": list(c.tags) or None,
                    "note": c.note,
                },
                keep=("id", "condition"),
            )
            for c in article.checks
        ]
    text: str = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=2**30)
    return text


def _non_empty(values: Mapping[str, Any], keep: Sequence[str] = ()) -> dict[str, Any]:
    return {k: v for k, v in values.items() if k in keep or v not in (None, "", [])}


def _figure_data(figure: Figure) -> str | dict[str, Any]:
    options = {
        "quote": figure.quote,
        "index": str(figure.index) if figure.index else None,
        "value": figure.value,
        "rounding": figure.rounding,
        "base": figure.base,
        "trailing_zeros": figure.trailing_zeros,
        "hedge": figure.hedge,
    }
    if all(v is None for k, v in options.items() if k != "quote") and figure.quote:
        return figure.quote
    data: dict[str, Any] = {k: v for k, v in options.items() if v is not None}
    if figure.index:
        data["index"] = figure.index
    return data


def _unknown_data(unknown: Unknown) -> dict[str, Any]:
    bounds = None
    if unknown.bounds is not None:
        if unknown.bounds == Interval.greater_than(0):
            bounds = "positive"
        elif unknown.bounds == Interval.at_least(0):
            bounds = "nonnegative"
        else:
            raise ValueError(
                f"unknown {unknown.name!r}: bounds {unknown.bounds} cannot be "
                "written in a claim file (only positive or nonnegative)"
            )
    return _non_empty({"unit": unknown.unit, "bounds": bounds, "description": unknown.description})
