"""The html report's cards: one per check (verdict, quote, chart, derivation), and one
file's section (its article, findings first, then every card)."""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction
from typing import Any

from factcheck.errors import FactcheckError
from factcheck.model import GRADES
from factcheck.numbers_format import amount
from factcheck.reports._html_article import (
    _Anchors,
    _article_html,
    _FigureInfo,
    _Highlight,
    _highlights,
    _render,
)
from factcheck.reports._html_chart import _chart
from factcheck.reports._html_page import _SYMBOLS, _e, _figure_grade, _grade_label, finding_order
from factcheck.results import FileResult


def _check_card(
    check: dict[str, Any],
    anchor: str,
    anchors: dict[str, str],
    figures: dict[str, _FigureInfo],
) -> str:
    grade = check["verdict"]
    parts = [
        f'<article class="check grade-{grade}" id="{anchor}" data-check="{_e(check["id"])}" '
        f'data-grade="{grade}">',
        '<div class="check-head">',
        f'<span class="badge grade-{grade}">{_grade_label(grade)}</span>',
        f"<h4><code>{_e(check['id'])}</code></h4>",
    ]
    expect = check["expect"]
    if expect is not None:
        if check["ok"]:
            parts.append(f'<span class="expect">acknowledged: expected {_e(expect)}</span>')
        else:
            parts.append(f'<span class="expect fails">fails: expected {_e(expect)}</span>')
    elif not check["ok"]:
        severity = "warning" if check["severity"] == "warn" else "fails"
        parts.append(f'<span class="expect fails">{severity}</span>')
    parts.append("</div>")
    quote = check["quote"]
    if quote:
        used = [figures[name] for name in check["figures"] if name in figures]
        marks, _ = _highlights(quote, used, loose=True)
        body = _render_quote(quote, marks, grade)
        parts.append(f'<blockquote class="check-quote">{body}</blockquote>')
    rows = []
    if check.get("comparison"):
        rows.append(("compared", check["comparison"]))
    off_by = check["off_by"]
    if off_by is not None and Fraction(off_by["absolute"]) > 0 and grade != "consistent":
        absolute = Fraction(off_by.get("absolute_exact", off_by["absolute"]))
        text = f"{amount(absolute)} {off_by['unit']}".rstrip()
        if off_by["relative"] is not None:
            relative = amount(Fraction(off_by.get("relative_exact", off_by["relative"])) * 100)
            text += f" ({relative} % of the stated value)"
        rows.append(("misses by", text))
    if check["slip"]:
        rows.append(("slip", check["slip"]))
    if check.get("sign_flip"):
        rows.append(("sign", check["sign_flip"]))
    if check.get("warning"):
        rows.append(("warning", check["warning"]))
    if check.get("culprits"):
        from factcheck.reports.markdown import culprit_text

        rows.append(("likely culprit", culprit_text(check).removeprefix("likely culprit: ")))
    if rows:
        parts.append('<dl class="intervals">')
        parts.extend(f"<dt>{_e(label)}</dt><dd>{_e(text)}</dd>" for label, text in rows)
        parts.append("</dl>")
    parts.append(_chart(check))
    if check["reason"]:
        parts.append(f'<p class="reason">{_e(check["reason"])}</p>')
    if check["conflicts_with"]:
        links = ", ".join(
            f'<a href="#{anchors[c]}">{_e(c)}</a>' if c in anchors else _e(c)
            for c in check["conflicts_with"]
        )
        parts.append(f'<p class="conflicts">Cannot hold together with: {links}</p>')
    note = check["definition"]["note"]
    if note:
        parts.append(f'<p class="note">Note: {_e(note)}</p>')
    if check["derivation"]:
        steps = "".join(f"<li>{_e(step)}</li>" for step in check["derivation"])
        parts.append(
            f'<details class="derivation"><summary>Derivation</summary><ol>{steps}</ol></details>'
        )
    parts.append(f'<p class="condition">Check: <code>{_e(check["definition"]["condition"])}</code>')
    if check["line"] is not None:
        parts.append(f' <span class="mono">({_e(check["file"])}:{check["line"]})</span>')
    parts.append("</p></article>")
    return "".join(parts)


def _render_quote(quote: str, marks: Sequence[_Highlight], grade: str) -> str:
    """A check's quote with its own figures emphasised in the check's grade."""
    parts = []
    position = 0
    for mark in marks:
        if not mark.figures:
            continue
        names = " ".join(f.name for f in mark.figures)
        parts.append(_e(quote[position : mark.start]))
        parts.append(
            f'<b class="qfig grade-{grade}" data-figure="{_e(names)}">'
            f"{_e(quote[mark.start : mark.end])}</b>"
        )
        position = mark.end
    parts.append(_e(quote[position:]))
    return "".join(parts)


def _figure_infos(file_result: FileResult, checks: Sequence[dict[str, Any]]) -> list[_FigureInfo]:
    """The article's figures with the span of their number and the checks that read them."""
    claims = file_result.claims
    if claims is None:
        return []
    spans: dict[str, tuple[int, int]] = {}
    for check in checks:
        for name, reading in check["figures"].items():
            spans.setdefault(name, (reading["start"], reading["end"]))
    infos = []
    for figure in claims.article.figures:
        span = spans.get(figure.name)
        if span is None:
            try:
                reading = figure.read(claims.article.policy)
            except FactcheckError:
                span = (0, len(figure.quote))
            else:
                span = (reading.start, reading.end)
        info = _FigureInfo(figure.name, figure.quote, span[0], span[1])
        info.checks = [
            (c["id"], _figure_grade(c, figure.name)) for c in checks if figure.name in c["figures"]
        ]
        infos.append(info)
    return infos


def _file_section(
    file_result: FileResult,
    data: dict[str, Any],
    checks: Sequence[dict[str, Any]],
    anchors_source: _Anchors,
    single_title: bool,
) -> str:
    anchors = {check["id"]: anchors_source.new(check["id"]) for check in checks}
    source = data["source"]
    parts = ['<section class="file">']
    title = source["title"] if source is not None and not single_title else file_result.path
    parts.append(f"<h2>{_e(title)}</h2>")
    meta: list[str] = []
    if source is not None and not single_title:
        meta.extend(_e(v) for v in (source["outlet"], source["published"]) if v)
    if not single_title:
        meta.append(f"claims <code>{_e(file_result.path)}</code>")
    if file_result.source_path:
        meta.append(f"text <code>{_e(file_result.source_path)}</code>")
    if data["coverage"] is not None:
        cover = data["coverage"]
        meta.append(
            f'<span class="coverage">coverage {cover["covered"]}/{cover["total"]} numbers '
            "accounted for</span>"
        )
    file_counts = {g: sum(1 for c in checks if c["verdict"] == g) for g in GRADES}
    meta.append(", ".join(f"{n} {g}" for g, n in file_counts.items() if n) or "no checks")
    parts.append(f'<p class="file-meta">{" · ".join(meta)}</p>')
    if data["errors"]:
        items = "".join(f"<li>{_e(error['message'])}</li>" for error in data["errors"])
        parts.append(f'<ul class="errors" aria-label="problems">{items}</ul>')
    findings = finding_order(checks)
    unchecked = [c for c in checks if c["verdict"] == "uncheckable"]
    if unchecked:
        links = "".join(
            f'<a href="#{anchors[c["id"]]}" class="badge grade-uncheckable">'
            f"{_e(_SYMBOLS['uncheckable'])} {_e(c['id'])}</a>"
            for c in unchecked
        )
        parts.append(f'<p class="attention uncheckable-list">Could not be checked: {links}</p>')

    figures = _figure_infos(file_result, checks)
    by_name = {f.name: f for f in figures}
    if findings:
        parts.append('<div class="findings" aria-label="findings"><h3>Findings</h3>')
        parts.extend(_check_card(c, anchors[c["id"]], anchors, by_name) for c in findings)
        parts.append("</div>")
    parts.append('<div class="columns"><div class="article">')
    text = file_result.source_text
    missing: list[_FigureInfo] = []
    if text is not None:
        parts.append("<h3>The article</h3>")
        uncovered = []
        if file_result.coverage is not None:
            uncovered = [(u.start, u.end) for u in file_result.coverage.uncovered]
        highlights, missing = _highlights(text, figures, uncovered)
        parts.append(_article_html(text, highlights, anchors))
    else:
        parts.append("<h3>The quotes checked</h3>")
        parts.append(
            '<p class="unplaced">The article text is not at hand; these are the quotes of the '
            "checks.</p>"
        )
        parts.append('<div class="quotes">')
        placed: set[str] = set()
        seen: set[str] = set()
        for check in checks:
            quote = check["quote"]
            if not quote or quote in seen:
                continue
            seen.add(quote)
            highlights, _ = _highlights(quote, figures)
            for highlight in highlights:
                placed.update(f.name for f in highlight.figures)
            body = _render(quote, 0, len(quote), highlights, anchors)
            parts.append(f'<blockquote data-check="{_e(check["id"])}">{body}</blockquote>')
        parts.append("</div>")
        missing = [f for f in figures if f.name not in placed]
    if missing:
        names = ", ".join(f"<code>{_e(f.name)}</code>" for f in missing)
        where = "the article text" if text is not None else "any check's quote"
        parts.append(f'<p class="unplaced">Figures not found in {where}: {names}</p>')
    parts.append("</div>")
    rest = [c for c in checks if c not in findings]
    heading = "Other checks" if findings else "Checks"
    parts.append(f'<div class="checks"><h3>{heading}</h3>')
    parts.extend(_check_card(check, anchors[check["id"]], anchors, by_name) for check in rest)
    parts.append("</div></div></section>")
    return "\n".join(parts)
