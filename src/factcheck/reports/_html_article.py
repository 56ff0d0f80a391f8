"""The article text of the html report: each audited figure located in the text and
highlighted in the colour of its verdict, paragraph by paragraph."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from factcheck.provenance import _Normalized
from factcheck.reports._html_page import _UNCHECKED, _e, worst_grade

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
