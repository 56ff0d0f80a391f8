"""``--format html``: one self-contained page (inline CSS and SVG, no scripts, no external assets).

The page shows the article as the reader reads it, with every audited number highlighted in
the colour of its verdict (and a symbol and a text label, so colour is never the only cue), and
one card per check: its verdict, its quote, the stated and implied intervals drawn on a shared
axis, and the derivation in a ``<details>`` element.  Checks, intervals and derivations come
from :func:`factcheck.reports.data.audit_data`, so they agree with every other format; the
article text and the figures' quotes come from the audit result itself.
"""

from __future__ import annotations

__all__ = ["GRADE_ORDER", "Writer", "report", "stream", "worst_grade"]

import html
import math
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from itertools import pairwise
from pathlib import Path
from typing import Any, TextIO

from factcheck.errors import FactcheckError
from factcheck.explain import show_interval
from factcheck.intervals import Interval
from factcheck.model import GRADES
from factcheck.numbers_format import UNCONSTRAINED, amount, number
from factcheck.provenance import _Normalized
from factcheck.reports._streaming import TextSpool, write_all
from factcheck.reports.data import file_checks, file_data
from factcheck.reports.text import SYMBOLS
from factcheck.results import AuditResult, AuditTotals, FileResult

GRADE_ORDER: tuple[str, ...] = ("consistent", "uncheckable", "undecided", "stretched",
                                "inconsistent")  # fmt: skip
"""Grades from best to worst: a figure several checks use is shown with the worst of them."""

_UNCHECKED = "unchecked"
_SYMBOLS = {**SYMBOLS, _UNCHECKED: "·"}


def worst_grade(grades: Iterable[str]) -> str | None:
    """The worst of ``grades`` (inconsistent > stretched > undecided > uncheckable >
    consistent); ``None`` when there are none."""
    ranked = [g for g in grades if g in GRADE_ORDER]
    return max(ranked, key=GRADE_ORDER.index) if ranked else None


def _e(text: object) -> str:
    """Text for an element or an attribute; a line break the text carries is written as a
    character reference (the same white space to a browser), so no line of the file starts
    with the writer's words (``::error::`` read by a CI log)."""
    escaped = html.escape(str(text), quote=True)
    return escaped.replace("\r", "&#13;").replace("\n", "&#10;")


# -- figures located in a text -----------------------------------------------------------------


@dataclass
class _FigureInfo:
    """One figure of the article: where its number stands in its quote, and who uses it."""

    name: str
    quote: str
    start: int
    end: int
    checks: list[tuple[str, str]] = field(default_factory=list)
    """(check id, grade) of every check whose verdict reads this figure."""


@dataclass
class _Highlight:
    start: int
    end: int
    figures: list[_FigureInfo] = field(default_factory=list)
    uncovered: bool = False

    @property
    def checks(self) -> list[tuple[str, str]]:
        seen: dict[str, str] = {}
        for figure in self.figures:
            for check_id, grade in figure.checks:
                seen.setdefault(check_id, grade)
        return list(seen.items())

    @property
    def grade(self) -> str:
        return worst_grade(g for _, g in self.checks) or _UNCHECKED


def _locate(haystack: _Normalized, quote: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where the characters ``quote[start:end]`` stand in the original text of ``haystack``,
    for every place the quote occurs (whitespace, dash and quote style ignored)."""
    needle = _Normalized(quote)
    wanted = needle.text.rstrip()
    if not wanted:
        return []
    first = bisect_left(needle.offsets, start)
    last = min(bisect_left(needle.offsets, end), len(wanted))
    if first >= last:  # the reading lies outside the quote: highlight the whole quote
        first, last = 0, len(wanted)
    spans = []
    position = haystack.text.find(wanted)
    while position != -1:
        spans.append((haystack.origin(position + first), haystack.origin(position + last - 1) + 1))
        position = haystack.text.find(wanted, position + 1)
    return spans


def _merge(spans: list[tuple[int, int, _FigureInfo | None]]) -> list[_Highlight]:
    """Overlapping spans become one highlight carrying all their figures; an uncovered number
    (figure ``None``) never overrides a figure."""
    merged: list[_Highlight] = []
    for start, end, figure in sorted(spans, key=lambda s: (s[0], -s[1], s[2] is None)):
        if merged and start < merged[-1].end:
            current = merged[-1]
            if figure is None:
                continue
            if current.uncovered:
                current.uncovered = False
            current.end = max(current.end, end)
            if figure not in current.figures:
                current.figures.append(figure)
            continue
        if figure is None:
            merged.append(_Highlight(start, end, uncovered=True))
        else:
            merged.append(_Highlight(start, end, [figure]))
    return merged


def _highlights(
    text: str,
    figures: Sequence[_FigureInfo],
    uncovered: Iterable[tuple[int, int]] = (),
    *,
    loose: bool = False,
) -> tuple[list[_Highlight], list[_FigureInfo]]:
    """The highlights of ``text``, and the figures whose quote it does not contain.

    ``loose`` (for a check's own quote, which often cuts a figure's quote short) also accepts
    the number's own words when they occur exactly once in ``text``."""
    haystack = _Normalized(text)
    spans: list[tuple[int, int, _FigureInfo | None]] = []
    missing = []
    for figure in figures:
        found = _locate(haystack, figure.quote, figure.start, figure.end)
        if not found:
            missing.append(figure)
        spans.extend((start, end, figure) for start, end in found)
    if loose:
        for figure in list(missing):
            words = figure.quote[figure.start : figure.end]
            found = _locate(haystack, words, 0, len(words))
            if len(found) == 1 and not any(
                start < found[0][1] and found[0][0] < end for start, end, _ in spans
            ):
                spans.append((*found[0], figure))
                missing.remove(figure)
    spans.extend((start, end, None) for start, end in uncovered)
    return _merge(spans), missing


class _Anchors:
    """Unique element ids for checks across files (``check-<id>``, then ``check-<id>-2``)."""

    def __init__(self) -> None:
        self._used: set[str] = set()

    def new(self, check_id: str) -> str:
        anchor = f"check-{check_id}"
        number = 1
        while anchor in self._used:
            number += 1
            anchor = f"check-{check_id}-{number}"
        self._used.add(anchor)
        return anchor


def _mark(text: str, highlight: _Highlight, anchors: dict[str, str]) -> str:
    """One highlighted span as HTML."""
    body = _e(text)
    if highlight.uncovered:
        return (
            f'<mark class="uncovered" title="a number no figure quotes and no not_claims entry '
            f'excuses">{body}<span class="sr-only"> (not accounted for)</span></mark>'
        )
    grade = highlight.grade
    checks = highlight.checks
    names = " ".join(f.name for f in highlight.figures)
    if checks:
        used = "; ".join(f"{check_id}: {g}" for check_id, g in checks)
        title = f"{names} — {grade} ({used})"
    else:
        title = f"{names} — not used by any check"
    mark = (
        f'<mark class="figure grade-{grade}" data-figure="{_e(names)}" '
        f'data-check="{_e(" ".join(c for c, _ in checks))}" data-grade="{grade}" '
        f'title="{_e(title)}">{body}</mark><span class="sr-only"> ({_e(grade)})</span>'
    )
    worst = next((c for c, g in checks if g == grade), None)
    if worst is not None and worst in anchors:
        return f'<a class="figure-link" href="#{anchors[worst]}">{mark}</a>'
    return mark


def _render(
    text: str,
    start: int,
    end: int,
    highlights: Sequence[_Highlight],
    anchors: dict[str, str],
    starts: Sequence[int] | None = None,
) -> str:
    """``text[start:end]`` escaped, with the highlights lying inside it marked (``highlights``
    sorted and apart; with their ``starts``, only those from ``start`` on are looked at)."""
    parts = []
    position = start
    first = 0 if starts is None else bisect_left(starts, start)
    for highlight in highlights[first:]:
        if highlight.start >= end:
            break
        if highlight.start < start or highlight.end > end:
            continue
        parts.append(_e(text[position : highlight.start]))
        parts.append(_mark(text[highlight.start : highlight.end], highlight, anchors))
        position = highlight.end
    parts.append(_e(text[position:end]))
    return "".join(parts)


_PARAGRAPH = re.compile(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")


def _paragraphs(text: str, highlights: Sequence[_Highlight]) -> list[tuple[int, int]]:
    """Runs of non-blank lines, joined where a highlight would straddle two.

    ``highlights`` are sorted and do not overlap (:func:`_merge`), so their ends are sorted
    too: the one highlight that could straddle a gap is the first that ends after the next
    paragraph starts, found by a pointer that only moves forward (comparing every paragraph
    with every highlight took 7 s for 8,000 paragraphs)."""
    ranges: list[tuple[int, int]] = []
    pointer = 0
    for match in _PARAGRAPH.finditer(text):
        start, end = match.start(), match.end()
        while pointer < len(highlights) and highlights[pointer].end <= start:
            pointer += 1
        if ranges and pointer < len(highlights) and highlights[pointer].start < ranges[-1][1]:
            ranges[-1] = (ranges[-1][0], end)
        else:
            ranges.append((start, end))
    return ranges


def _sentences(text: str, start: int, end: int, highlights: Sequence[_Highlight]) -> list[int]:
    """Sentence boundaries inside ``text[start:end]`` that cut no highlight (``highlights``
    sorted and apart, as :func:`_paragraphs` takes them)."""
    cuts = [start]
    starts = [h.start for h in highlights]
    for match in _SENTENCE_END.finditer(text, start, end):
        cut = match.end()
        before = bisect_left(starts, cut) - 1  # the last highlight starting before the cut
        if before < 0 or highlights[before].end <= cut:
            cuts.append(cut)
    cuts.append(end)
    return cuts


def _article_html(
    text: str,
    highlights: Sequence[_Highlight],
    anchors: dict[str, str],
) -> str:
    out = ['<div class="article-text" lang="en">']
    starts = [h.start for h in highlights]
    for p_start, p_end in _paragraphs(text, highlights):
        inside = []
        for index in range(bisect_left(starts, p_start), len(highlights)):
            highlight = highlights[index]
            if highlight.start >= p_end:
                break
            if highlight.end <= p_end:
                inside.append(highlight)
        cuts = _sentences(text, p_start, p_end, inside)
        inside_starts = [h.start for h in inside]
        sentences = []
        for s_start, s_end in pairwise(cuts):
            if s_start == s_end:
                continue
            body = _render(text, s_start, s_end, inside, anchors, inside_starts)
            body = body.replace("\n", "<br>\n")
            sentences.append(f'<span class="sentence">{body}</span>')
        out.append(f"<p>{''.join(sentences)}</p>")
    out.append("</div>")
    return "\n".join(out)


# -- intervals drawn on a shared axis ----------------------------------------------------------

_LEFT, _RIGHT, _TEXT_X, _WIDTH = 92.0, 392.0, 404.0, 640.0
_ROW_Y = (18.0, 40.0, 62.0)
_AXIS_Y = 80.0
_HEIGHT = 100.0


def _interval(data: dict[str, Any] | None) -> Interval | None:
    """An interval of :func:`audit_data` (display unit) back as an :class:`Interval`."""
    if data is None:
        return None
    if data.get("empty"):
        return Interval(1, 0)
    low = None if data["low"] is None else Fraction(data["low"])
    high = None if data["high"] is None else Fraction(data["high"])
    return Interval(low, high, data["low_closed"], data["high_closed"])


def _nice_step(span: float) -> float:
    raw = span / 4
    power = 10.0 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * power:
            return factor * power
    return 10 * power


def _tick_text(value: float) -> str:
    """A tick as people write numbers: ``12,000,000``, ``0.25``; never ``1.2e+07``."""
    if value == 0:
        return "0"
    return number(Fraction(f"{value:.10g}"))


_DRAWABLE = Fraction(10**300)
"""Ends beyond a float's comfortable range (a 310-digit figure) are not drawn."""


def _domain(intervals: Sequence[Interval | None]) -> tuple[float, float] | None:
    exact = [
        end
        for interval in intervals
        if interval is not None and not interval.is_empty
        for end in (interval.lo, interval.hi)
        if end is not None
    ]
    if not exact or any(abs(end) > _DRAWABLE for end in exact):
        return None
    ends = [float(end) for end in exact]
    low, high = min(ends), max(ends)
    size = max(abs(low), abs(high))
    if high - low <= max(size * 1e-9, 1e-12):  # one value, or too narrow to draw
        pad = max(size * 0.1, 1.0)
    else:
        pad = (high - low) * 0.08
    return low - pad, high + pad


def _arrow(x: float, y: float, direction: int, css: str) -> str:
    tip = x + 7 * direction
    return (
        f'<polygon class="{css} arrow" points="{x:.1f},{y - 6:.1f} {tip:.1f},{y:.1f} '
        f'{x:.1f},{y + 6:.1f}"/>'
    )


def _end(x: float, y: float, closed: bool, css: str) -> str:
    kind = "closed" if closed else "open"
    return f'<circle class="{css} end {kind}" cx="{x:.1f}" cy="{y:.1f}" r="4"/>'


def _row(
    label: str,
    interval: Interval | None,
    y: float,
    css: str,
    text: str,
    scale: Callable[[Fraction], float] | None,
) -> str:
    parts = [f'<g class="row {css}-row"><title>{_e(label)}: {_e(text)}</title>']
    parts.append(
        f'<text class="row-label" x="{_LEFT - 8:.0f}" y="{y + 4:.1f}" '
        f'text-anchor="end">{_e(label)}</text>'
    )
    unbounded = interval is not None and interval.lo is None and interval.hi is None
    if interval is None or interval.is_empty or unbounded:
        # "anything" is said in words, not drawn as a bar across the whole axis
        note = "none" if interval is None else UNCONSTRAINED if unbounded else "empty: no room"
        parts.append(
            f'<line class="missing" x1="{_LEFT:.0f}" y1="{y:.1f}" x2="{_RIGHT:.0f}" '
            f'y2="{y:.1f}"/><text class="missing-label" x="{(_LEFT + _RIGHT) / 2:.0f}" '
            f'y="{y + 4:.1f}" text-anchor="middle">{_e(note)}</text>'
        )
    else:
        left = _LEFT if interval.lo is None or scale is None else scale(interval.lo)
        right = _RIGHT if interval.hi is None or scale is None else scale(interval.hi)
        if interval.is_point:
            parts.append(
                f'<rect class="{css} point" x="{left - 4.5:.1f}" y="{y - 4.5:.1f}" width="9" '
                f'height="9" transform="rotate(45 {left:.1f} {y:.1f})"/>'
            )
        else:
            width = max(right - left, 2.0)
            parts.append(
                f'<rect class="{css} bar" x="{left:.1f}" y="{y - 5:.1f}" width="{width:.1f}" '
                f'height="10" rx="2"/>'
            )
            if interval.lo is None:
                parts.append(_arrow(_LEFT, y, -1, css))
            else:
                parts.append(_end(left, y, interval.lo_closed, css))
            if interval.hi is None:
                parts.append(_arrow(_RIGHT, y, 1, css))
            else:
                parts.append(_end(left + width, y, interval.hi_closed, css))
    parts.append(f'<text class="value" x="{_TEXT_X:.0f}" y="{y + 4:.1f}">{_e(text)}</text></g>')
    return "".join(parts)


def _chart(check: dict[str, Any]) -> str:
    """The stated (strict and lenient) and implied intervals of one check, on one axis."""
    unit = (check["stated"] or check["implied"] or check["stated_lenient"] or {}).get("unit", "")
    rows = [
        ("stated", _interval(check["stated"]), "stated-strict"),
        ("lenient", _interval(check["stated_lenient"]), "stated-lenient"),
        ("implied", _interval(check["implied"]), "implied"),
    ]
    if check.get("must_be") is not None:
        # an inequality: the stated value against the half-line it must lie in
        rows[2] = ("must be", _interval(check["must_be"]), "implied")
    if all(interval is None for _, interval, _ in rows):
        return (
            f'<svg class="interval-chart no-intervals" role="img" viewBox="0 0 {_WIDTH:.0f} 24" '
            f'aria-label="{_e(check["id"])}: no intervals to compare">'
            f'<text class="missing-label" x="{_LEFT:.0f}" y="16">no intervals to compare: '
            "the check is a condition on its figures, not a stated value</text></svg>"
        )
    texts = [show_interval(interval, Fraction(1), unit) for _, interval, _ in rows]
    summary = "; ".join(f"{label}: {text}" for (label, _, _), text in zip(rows, texts, strict=True))
    parts = [
        f'<svg class="interval-chart" role="img" viewBox="0 0 {_WIDTH:.0f} {_HEIGHT:.0f}" '
        f'preserveAspectRatio="xMinYMin meet" aria-label="{_e(check["id"])}: {_e(summary)}">'
    ]
    domain = _domain([interval for _, interval, _ in rows])
    scale: Callable[[Fraction], float] | None = None
    if domain is not None:
        low, high = domain

        def to_x(value: Fraction) -> float:
            return _LEFT + (float(value) - low) / (high - low) * (_RIGHT - _LEFT)

        scale = to_x
        step = _nice_step(high - low)
        first = math.ceil(low / step)
        for index in range(first, first + 12):
            tick = index * step
            if tick > high:
                break
            x = _LEFT + (tick - low) / (high - low) * (_RIGHT - _LEFT)
            parts.append(
                f'<line class="grid" x1="{x:.1f}" y1="8" x2="{x:.1f}" y2="{_AXIS_Y:.0f}"/>'
                f'<text class="tick" x="{x:.1f}" y="{_AXIS_Y + 13:.0f}" '
                f'text-anchor="middle">{_e(_tick_text(tick))}</text>'
            )
    parts.append(
        f'<line class="axis" x1="{_LEFT:.0f}" y1="{_AXIS_Y:.0f}" x2="{_RIGHT:.0f}" '
        f'y2="{_AXIS_Y:.0f}"/>'
    )
    if unit:
        parts.append(
            f'<text class="tick unit" x="{_TEXT_X:.0f}" y="{_AXIS_Y + 13:.0f}">{_e(unit)}</text>'
        )
    for (label, interval, css), text, y in zip(rows, texts, _ROW_Y, strict=True):
        parts.append(_row(label, interval, y, css, text, scale))
    parts.append("</svg>")
    return "".join(parts)


# -- the page ----------------------------------------------------------------------------------

_CSS = """
:root {
  color-scheme: light dark;
  --bg: #fbfaf7; --fg: #1f2328; --muted: #59636e; --card: #ffffff; --line: #d5d9de;
  --code: #eef1f4;
  --consistent: #1a7f37; --consistent-bg: #d5f5dd;
  --stretched: #9a6700; --stretched-bg: #ffe8a3;
  --inconsistent: #cf222e; --inconsistent-bg: #ffd3cf;
  --uncheckable: #1b6f8a; --uncheckable-bg: #d3eef7;
  --undecided: #8250df; --undecided-bg: #eadcff;
  --unchecked: #6e7781; --unchecked-bg: #eceef0;
  --stated: #2f5fb3; --lenient: #92b1e6; --implied: #b3541e;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #111418; --fg: #e6edf3; --muted: #9aa5b1; --card: #1a1f25; --line: #333b44;
    --code: #242b33;
    --consistent: #4ac26b; --consistent-bg: #173d23;
    --stretched: #e3b341; --stretched-bg: #4a3a0c;
    --inconsistent: #ff7b72; --inconsistent-bg: #5c1d1a;
    --uncheckable: #56c1e0; --uncheckable-bg: #123c4a;
    --undecided: #c297ff; --undecided-bg: #3a2560;
    --unchecked: #9aa5b1; --unchecked-bg: #2a3038;
    --stated: #79a6f2; --lenient: #35507e; --implied: #f0883e;
  }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg);
  font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
code, .mono { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace;
  font-size: 0.88em; }
code { background: var(--code); padding: 0.05em 0.3em; border-radius: 4px; }
a { color: var(--stated); }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; }
.page-header { padding: 1.5rem 2rem 1rem; border-bottom: 1px solid var(--line);
  background: var(--card); }
.page-header h1 { margin: 0 0 0.25rem; font-size: 1.6rem; line-height: 1.25; }
.meta { margin: 0; color: var(--muted); }
.meta span + span::before { content: " · "; }
.summary { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; margin-top: 1rem; }
.status { font-weight: 700; padding: 0.2rem 0.7rem; border-radius: 999px;
  border: 2px solid currentColor; }
.status.ok { color: var(--consistent); }
.status.failed { color: var(--inconsistent); }
.counts { display: flex; flex-wrap: wrap; gap: 0.5rem; list-style: none; margin: 0; padding: 0; }
.counts li { padding: 0.2rem 0.7rem; border-radius: 999px; background: var(--unchecked-bg); }
.counts li.zero { opacity: 0.55; }
.count { font-weight: 700; font-variant-numeric: tabular-nums; }
.legend { margin: 0.75rem 0 0; color: var(--muted); font-size: 0.9rem; }
.legend summary { cursor: pointer; }
.legend ul { margin: 0.4rem 0; padding-left: 1.2rem; }
main { padding: 1rem 2rem 3rem; }
.file { margin-bottom: 3rem; }
.file > h2 { font-size: 1.25rem; margin: 1rem 0 0.25rem; }
.file-meta { color: var(--muted); margin: 0 0 1rem; font-size: 0.92rem; }
.errors { border-left: 4px solid var(--inconsistent); background: var(--inconsistent-bg);
  padding: 0.5rem 1rem 0.5rem 2rem; margin: 0 0 1rem; }
.attention { margin: 0 0 1rem; }
.attention a { margin-right: 0.6rem; }
.columns { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1.15fr); gap: 2rem;
  align-items: start; }
@media (max-width: 1000px) { .columns { grid-template-columns: minmax(0, 1fr); } }
.article { background: var(--card); border: 1px solid var(--line); border-radius: 10px;
  padding: 0.5rem 1.5rem; }
@media (min-width: 1001px) {
  .article { position: sticky; top: 1rem; max-height: calc(100vh - 2rem); overflow: auto; }
}
.article h3, .checks > h3 { font-size: 1rem; text-transform: uppercase; letter-spacing: 0.06em;
  color: var(--muted); margin: 1rem 0 0.5rem; }
.article-text p { margin: 0 0 0.9rem; font-family: Georgia, "Times New Roman", serif;
  font-size: 1.02rem; line-height: 1.7; }
.quotes blockquote { margin: 0 0 0.8rem; padding-left: 0.8rem; border-left: 3px solid var(--line);
  font-family: Georgia, "Times New Roman", serif; }
mark { color: inherit; border-radius: 3px; padding: 0 0.15em; }
mark.figure { text-decoration-line: underline; text-decoration-thickness: 2px;
  text-underline-offset: 3px; }
mark.figure::after { font: 700 0.7em/1 system-ui, sans-serif; vertical-align: super;
  margin-left: 0.15em; }
a.figure-link { color: inherit; text-decoration: none; }
a.figure-link:focus-visible mark { outline: 2px solid var(--stated); outline-offset: 1px; }
mark.uncovered { background: transparent; outline: 2px dashed var(--inconsistent);
  outline-offset: 1px; }
.grade-consistent { --grade: var(--consistent); --grade-bg: var(--consistent-bg); }
.grade-stretched { --grade: var(--stretched); --grade-bg: var(--stretched-bg); }
.grade-inconsistent { --grade: var(--inconsistent); --grade-bg: var(--inconsistent-bg); }
.grade-uncheckable { --grade: var(--uncheckable); --grade-bg: var(--uncheckable-bg); }
.grade-undecided { --grade: var(--undecided); --grade-bg: var(--undecided-bg); }
.grade-unchecked { --grade: var(--unchecked); --grade-bg: var(--unchecked-bg); }
mark.figure, .qfig { background: var(--grade-bg); text-decoration-color: var(--grade); }
mark.grade-consistent { text-decoration-style: solid; }
mark.grade-stretched { text-decoration-style: wavy; }
mark.grade-inconsistent { text-decoration-style: double; text-decoration-thickness: 3px; }
mark.grade-uncheckable { text-decoration-style: dotted; }
mark.grade-undecided { text-decoration-style: dashed; }
mark.grade-unchecked { text-decoration-line: none; }
mark.figure.grade-consistent::after { content: "✓"; color: var(--consistent); }
mark.figure.grade-stretched::after { content: "~"; color: var(--stretched); }
mark.figure.grade-inconsistent::after { content: "✗"; color: var(--inconsistent); }
mark.figure.grade-uncheckable::after { content: "?"; color: var(--uncheckable); }
mark.figure.grade-undecided::after { content: "…"; color: var(--undecided); }
.counts li[class*="grade-"] { background: var(--grade-bg); }
.badge { display: inline-block; font-weight: 700; font-size: 0.85rem; padding: 0.1rem 0.6rem;
  border-radius: 999px; background: var(--grade-bg); color: var(--grade);
  border: 1px solid var(--grade); white-space: nowrap; }
.checks { display: flex; flex-direction: column; gap: 0.9rem; }
.check { background: var(--card); border: 1px solid var(--line);
  border-left: 6px solid var(--grade); border-radius: 10px; padding: 0.75rem 1rem; }
.check:target { box-shadow: 0 0 0 3px var(--stated); }
.check-head { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; }
.check-head h4 { margin: 0; font-size: 1rem; }
.check-head h4 code { background: none; padding: 0; }
.expect { font-size: 0.85rem; color: var(--muted); }
.expect.fails { color: var(--inconsistent); font-weight: 700; }
.check-quote { margin: 0.5rem 0; font-family: Georgia, "Times New Roman", serif;
  color: var(--fg); }
.check-quote::before { content: "“"; } .check-quote::after { content: "”"; }
.qfig { border-radius: 3px; padding: 0 0.1em; font-weight: 600; }
.intervals { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 0.8rem;
  margin: 0.4rem 0; font-size: 0.92rem; }
.intervals dt { color: var(--muted); }
.intervals dd { margin: 0; font-variant-numeric: tabular-nums; }
svg.interval-chart { display: block; width: 100%; max-width: 640px; height: auto;
  margin: 0.3rem 0; font: 11px system-ui, sans-serif; overflow: visible; }
svg .row-label, svg .tick, svg .value { fill: var(--fg); }
svg .tick { fill: var(--muted); font-size: 10px; }
svg .value { font-size: 11px; }
svg .axis { stroke: var(--muted); stroke-width: 1; }
svg .grid { stroke: var(--line); stroke-width: 1; stroke-dasharray: 2 3; }
svg .missing { stroke: var(--line); stroke-width: 1; stroke-dasharray: 4 4; }
svg .missing-label { fill: var(--muted); font-style: italic; }
svg .bar, svg .point, svg .arrow { stroke: none; }
svg .stated-strict { fill: var(--stated); }
svg .stated-lenient { fill: var(--lenient); }
svg .implied { fill: var(--implied); }
svg .end { stroke-width: 2; }
svg .end.closed { stroke: var(--card); }
svg .end.open { fill: var(--card); }
svg .stated-strict.end.open { stroke: var(--stated); }
svg .stated-lenient.end.open { stroke: var(--stated); }
svg .implied.end.open { stroke: var(--implied); }
.reason, .conflicts, .note { margin: 0.35rem 0; font-size: 0.92rem; }
.note { color: var(--muted); }
details.derivation { margin-top: 0.4rem; font-size: 0.9rem; }
details.derivation summary { cursor: pointer; color: var(--stated); }
details.derivation ol { margin: 0.4rem 0; padding-left: 1.4rem; }
details.derivation li { margin: 0.15rem 0; }
.condition { margin: 0.4rem 0 0; font-size: 0.88rem; color: var(--muted); }
.unplaced { color: var(--muted); font-size: 0.9rem; }
footer { padding: 1rem 2rem 2rem; color: var(--muted); font-size: 0.85rem; }
"""


# -- a report that leads with its findings (issue #18) ----------------------------------------

FINDING_GRADES = ("inconsistent", "stretched", "undecided")
"""The verdicts that are findings, most serious first (uncheckable is not a finding: the check
could not be made, which is said apart)."""


def finding_order(checks: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The findings of a file, as the page shows them first: those that fail before the
    acknowledged ones, then by grade (inconsistent, stretched, undecided), then file order."""
    found = [c for c in checks if c["verdict"] in FINDING_GRADES]
    return sorted(found, key=lambda c: (bool(c["ok"]), FINDING_GRADES.index(c["verdict"])))


def status_words(counts: dict[str, int], ok: bool) -> str:
    """What the page's status says: "all checks pass", "1 stretched finding, acknowledged",
    or "FAILED: 1 inconsistent finding, 2 stretched findings"."""
    parts = [
        f"{counts[g]} {g} finding{'s' if counts[g] != 1 else ''}"
        for g in FINDING_GRADES
        if counts.get(g)
    ]
    if ok:
        return f"{', '.join(parts)}, acknowledged" if parts else "all checks pass"
    return "FAILED: " + ", ".join(parts) if parts else "FAILED"


def _figure_grade(check: dict[str, Any], figure: str) -> str:
    """The grade a check paints one of its figures with: its verdict, except that a finding
    naming a likely culprit (the first of ``culprits``, when the engine gives them) paints
    only that figure, and the other figures of the conflict as merely involved (consistent)."""
    culprits = check.get("culprits") or ()
    likely = {c["figure"] if isinstance(c, dict) else c for c in culprits[:1]}
    if check["verdict"] in FINDING_GRADES and likely and figure not in likely:
        return "consistent"
    return str(check["verdict"])


_FILTER_GRADES = ("all", *GRADES)


def _filter_inputs() -> str:
    """The grade filter's radio buttons: before ``<main>``, so CSS alone hides the cards of
    other grades (the page has no script)."""
    return "".join(
        f'<input type="radio" name="grade-filter" class="grade-filter" id="filter-{g}"'
        f'{" checked" if g == "all" else ""} aria-label="show {g}">'
        for g in _FILTER_GRADES
    )


def _filter_labels() -> str:
    labels = "".join(
        f'<label for="filter-{g}" class="filter-{g}">{_e(g)}</label>' for g in _FILTER_GRADES
    )
    return f'<p class="filter">Show: {labels}</p>'


_FILTER_CSS = "".join(
    f"#filter-{g}:checked ~ main article.check:not(.grade-{g}) {{ display: none; }}\n"
    f"#filter-{g}:checked ~ header label.filter-{g} {{ font-weight: 700; "
    "text-decoration: underline; }\n"
    for g in GRADES
) + (
    "#filter-all:checked ~ header label.filter-all { font-weight: 700;"
    " text-decoration: underline; }\n"
    "input.grade-filter { position: absolute; opacity: 0; pointer-events: none; }\n"
    ".filter label { cursor: pointer; margin-right: 0.6rem; }\n"
    ".findings { margin: 0 0 1.5rem; display: flex; flex-direction: column; gap: 0.9rem; }\n"
    ".findings > h3 { font-size: 1rem; text-transform: uppercase; letter-spacing: 0.06em;"
    " margin: 0; }\n"
    ".index { border-collapse: collapse; margin: 1rem 0; }\n"
    ".index th, .index td { padding: 0.2rem 0.7rem; text-align: left;"
    " border-bottom: 1px solid var(--line); }\n"
)


def _grade_label(grade: str) -> str:
    return f'<span aria-hidden="true">{_e(_SYMBOLS.get(grade, ""))}</span> {_e(grade)}'


def _counts_html(counts: dict[str, int], ok: bool, prefix: str = "count") -> str:
    items = []
    for grade in GRADES:
        count = counts.get(grade, 0)
        zero = " zero" if count == 0 else ""
        items.append(
            f'<li class="grade-{grade}{zero}"><span aria-hidden="true">{_e(_SYMBOLS[grade])}'
            f'</span> <span class="count" id="{prefix}-{grade}" data-grade="{grade}">{count}'
            f"</span> {grade}</li>"
        )
    status = "ok" if ok else "failed"
    label = status_words(counts, ok)
    return (
        f'<div class="summary"><span class="status {status}" id="status">{label}</span>'
        f'<ul class="counts" aria-label="verdict counts">{"".join(items)}</ul></div>'
    )


_LEGEND = """<details class="legend"><summary>How to read this report</summary><ul>
<li>Each number the claim file quotes is highlighted in the article with the verdict of the
checks that use it; a number used by several checks shows the worst:
inconsistent ✗ &gt; stretched ~ &gt; undecided … &gt; uncheckable ? &gt; consistent ✓.
Grey numbers are quoted but used by no check; a dashed outline marks a number nobody accounts
for.</li>
<li>Charts: <b>stated</b> is what the article says read strictly, <b>lenient</b> the same read
with the hedge's full latitude, <b>implied</b> what the rest of the article allows.
A filled dot is a closed end, a hollow dot an open end, an arrow an unbounded side,
a diamond a single value.</li>
</ul></details>"""


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


_FOOTER = (
    "</main>\n<footer>Generated by factcheck. Interval ends are rounded outward for display "
    "(what is shown contains the exact interval); the json format keeps exact values."
    "</footer>\n</body>\n</html>\n"
)


class Writer:
    """The html format, one file at a time.  The page's header (the title, the counts) comes
    first, so the files' sections are spooled (to a temporary file once they outgrow a little
    memory) and written after it.  Kept across files: the element ids already used (one per
    distinct check id, so a check's anchor is unique on the page), and the first file's result
    until a second one shows whether the page is about one article."""

    def __init__(self, out: TextIO) -> None:
        self._out = out
        self._anchors = _Anchors()
        self._body = TextSpool()
        self._first: FileResult | None = None
        self._single: dict[str, Any] | None = None
        self._count = 0
        self._index: list[tuple[str, str, str, dict[str, int], bool]] = []
        """Per file, once there are several: its section id, title, path, counts, ok."""

    def add(self, result: FileResult) -> None:
        self._count += 1
        if self._count == 1:
            self._first = result
            return
        if self._first is not None:
            self._section(self._first, single=False)
            self._first = None
        self._section(result, single=False)

    def _section(self, result: FileResult, *, single: bool) -> None:
        data, checks = file_data(result), file_checks(result)
        section = _file_section(result, data, checks, self._anchors, single)
        if not single:
            anchor = f"file-{len(self._index) + 1}"
            counts: dict[str, int] = {
                g: sum(1 for c in checks if c["verdict"] == g) for g in GRADES
            }
            title = data["source"]["title"] if data["source"] is not None else result.path
            self._index.append((f"#{anchor}", title, result.path, counts, result.ok))
            section = section.replace(
                '<section class="file">', f'<section class="file" id="{anchor}">', 1
            )
        self._body.write(section)
        self._body.write("\n")

    def close(self, totals: AuditTotals) -> None:
        if self._first is not None:
            data = file_data(self._first)
            self._single = data["source"]
            self._section(self._first, single=self._single is not None)
            self._first = None
        self._write_header(totals)
        self._body.copy_to(self._out)
        self._out.write(_FOOTER)

    def _write_header(self, totals: AuditTotals) -> None:
        out = self._out
        source = self._single
        heading = source["title"] if source is not None else "factcheck audit"
        out.write("<!DOCTYPE html>\n")
        out.write('<html lang="en">\n<head>\n<meta charset="utf-8">\n')
        out.write('<meta name="viewport" content="width=device-width, initial-scale=1">\n')
        out.write('<meta name="color-scheme" content="light dark">\n')
        out.write('<meta name="generator" content="factcheck">\n')
        out.write(f"<title>{_e(heading)} — factcheck report</title>\n")
        out.write(f"<style>{_CSS}{_FILTER_CSS}</style>\n</head>\n<body>\n")
        out.write(_filter_inputs() + "\n")
        out.write('<header class="page-header">\n')
        out.write('<p class="meta">factcheck report</p>\n')
        out.write(f"<h1>{_e(heading)}</h1>\n")
        if source is not None:
            meta: list[str] = []
            if source["outlet"]:
                meta.append(f'<span class="outlet">{_e(source["outlet"])}</span>')
            if source["published"]:
                published = _e(source["published"])
                meta.append(f'<span><time datetime="{published}">{published}</time></span>')
            if source["url"]:
                meta.append(f'<span class="url">{_e(source["url"])}</span>')
            if meta:
                out.write(f'<p class="meta">{"".join(meta)}</p>\n')
        else:
            files = totals.files
            out.write(f'<p class="meta">{files} claim file{"s" if files != 1 else ""}</p>\n')
        out.write(_counts_html(totals.counts, totals.ok))
        out.write("\n" + _filter_labels())
        if self._index:
            out.write("\n" + _index_html(self._index))
        out.write("\n" + _LEGEND + "\n</header>\n<main>\n")


def _index_html(rows: Sequence[tuple[str, str, str, dict[str, int], bool]]) -> str:
    """The index of a many-file audit: one row per article with its counts, linking to its
    section (``#file-2``) or its own page (``0002-trade.html``)."""
    head = "".join(f"<th>{_e(g)}</th>" for g in GRADES)
    body = []
    for anchor, title, path, counts, ok in rows:
        cells = "".join(
            f'<td class="grade-{g}{" zero" if not counts[g] else ""}">{counts[g]}</td>'
            for g in GRADES
        )
        state = "ok" if ok else "failed"
        body.append(
            f'<tr class="{state}"><td><a href="{_e(anchor)}">{_e(title)}</a><br>'
            f"<code>{_e(path)}</code></td><td>{state}</td>{cells}</tr>"
        )
    return (
        f'<table class="index" aria-label="articles"><thead><tr><th>article</th><th>status</th>'
        f"{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
    )


def stream(results: Iterable[FileResult], out: TextIO) -> AuditTotals:
    """Write the page of ``results``, consumed one by one; the totals of the audit."""
    return write_all(Writer(out), results)


def report(result: AuditResult, out: TextIO) -> None:
    """Write the audit as one self-contained HTML page."""
    stream(result.files, out)


def write_site(results: Iterable[FileResult], folder: Path) -> AuditTotals:
    """The audit as a folder of pages: one page per article (``0001-trade.html``, as
    :func:`report` writes it for that file alone) and ``index.html``, one row per article
    with its status and counts, linking to its page.  Each page is written as its file comes
    and only the index's rows are kept."""
    from factcheck.results import AuditResult

    totals = AuditTotals()
    rows: list[tuple[str, str, str, dict[str, int], bool]] = []
    for position, result in enumerate(results, 1):
        totals.add(result)
        stem = Path(result.path).name.removesuffix(".claims.yaml")
        name = f"{position:04d}-{re.sub(r'[^A-Za-z0-9_.-]+', '-', stem)[:60]}.html"
        with open(folder / name, "w", encoding="utf-8") as page:
            report(AuditResult(files=(result,)), page)
        data, checks = file_data(result), file_checks(result)
        counts: dict[str, int] = {g: sum(1 for c in checks if c["verdict"] == g) for g in GRADES}
        title = data["source"]["title"] if data["source"] is not None else result.path
        rows.append((name, str(title), result.path, counts, result.ok))
    files = totals.files
    with open(folder / "index.html", "w", encoding="utf-8") as out:
        out.write(
            '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<meta name="color-scheme" content="light dark">\n'
            '<meta name="generator" content="factcheck">\n'
            f"<title>factcheck audit — {files} articles</title>\n"
            f"<style>{_CSS}{_FILTER_CSS}</style>\n</head>\n<body>\n"
            '<header class="page-header">\n<p class="meta">factcheck report</p>\n'
            "<h1>factcheck audit</h1>\n"
            f'<p class="meta">{files} claim file{"s" if files != 1 else ""}</p>\n'
        )
        out.write(_counts_html(totals.counts, totals.ok))
        out.write("\n" + _index_html(rows) + "\n</header>\n<main>\n")
        out.write(_FOOTER)
    return totals
