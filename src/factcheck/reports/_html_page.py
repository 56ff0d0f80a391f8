"""The html report's page furniture: grades in order and their symbols, escaping, the CSS,
the findings summary (counts, status, grade filter) and the legend."""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from typing import Any

from factcheck.model import GRADES
from factcheck.reports.text import SYMBOLS

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
