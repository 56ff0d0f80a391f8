"""The html report's charts: a check's stated, lenient and implied intervals drawn in SVG on
a shared axis."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from fractions import Fraction
from typing import Any

from factcheck.explain import show_interval
from factcheck.intervals import Interval
from factcheck.numbers_format import UNCONSTRAINED, number
from factcheck.reports._html_page import _e

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
