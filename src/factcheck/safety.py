"""Printing untrusted text: file names, quotes, ids, notes and messages from claim files and
articles, made safe for the place they are printed.

- :func:`printable` for a line of a terminal, a log or a CI job's output: control characters,
  line and paragraph separators, bidirectional overrides and lone surrogates written as
  escapes (``\\n``, ``\\x1b``, ``\\u2028``), and a leading ``::`` broken, so that no text can
  end a line, start a GitHub workflow command (``::error``, ``::stop-commands::``), move the
  cursor or reorder what a reader sees.
- :func:`break_autolinks` for text a Markdown renderer (GitHub's) would turn into a link or
  a mention: bare URLs, ``www.``, e-mail addresses and ``@user``;
  :func:`sarif_text` for a SARIF message (whose ``[text](target)`` is a link).
- :func:`json_for_html` for JSON inside an HTML ``<script>`` element.

This module imports nothing of factcheck: every layer may use it.
"""

from __future__ import annotations

__all__ = [
    "break_autolinks",
    "escape_controls",
    "json_for_html",
    "printable",
    "printable_lines",
    "sarif_text",
]

import re
from typing import Any, Final

_UNPRINTABLE: Final = re.compile(
    "[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
_NAMED: Final = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    named = _NAMED.get(char)
    if named is not None:
        return named
    code = ord(char)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def escape_controls(text: str) -> str:
    """``text`` with control characters, separators, bidirectional controls and lone
    surrogates written as escapes (``\\n``, ``\\x1b``, ``\\u2028``), and nothing else
    changed: for formats with their own line structure (a workflow command's message after
    its own escapes, a Markdown cell)."""
    return _UNPRINTABLE.sub(_escape, text)


def printable(text: str) -> str:
    """``text`` on one line, with nothing a terminal or a CI log would act on: control
    characters, separators, bidirectional controls and lone surrogates as escapes, and a
    leading ``:`` as ``\\x3a`` (a line starting ``::`` is a GitHub workflow command, as is
    one starting ``##[``, whose ``#`` becomes ``\\x23``)."""
    text = escape_controls(text)
    if text.startswith(":"):
        text = "\\x3a" + text[1:]
    elif text.startswith("##["):  # the runner's older form of a command (##[error]...)
        text = "\\x23" + text[1:]
    return text


def printable_lines(text: str) -> str:
    """Each line of ``text`` made :func:`printable` (the line breaks kept): for messages of
    several lines, each line of which may hold untrusted text."""
    return "\n".join(printable(line) for line in text.split("\n"))


_ZERO_WIDTH: Final = "\u200b"
_AUTOLINK: Final = re.compile(
    r"(?<=[A-Za-z0-9])(?=://)"  # a scheme's "://": https://, ftp://
    r"|(?<=\bwww)(?=\.)"  # www.example.com
    r"|(?<=@)(?=[A-Za-z0-9_-])",  # @user, @org/team, user@example.com
    re.IGNORECASE,
)


def break_autolinks(text: str) -> str:
    """``text`` with a zero-width space inside every bare URL's ``://``, after ``www`` and
    after an ``@`` that starts a name: GitHub's Markdown makes links and mentions of those in
    plain text (escapes do not stop it), and a claim file must not make a report link to a
    phishing page, track its readers with an image or notify a stranger."""
    return _AUTOLINK.sub(_ZERO_WIDTH, text)


_SARIF_SPECIAL: Final = re.compile(r"([\\\[\]])")


def sarif_text(text: str) -> str:
    """A SARIF ``message.text``: ``[``, ``]`` and ``\\`` escaped with a backslash (SARIF
    reads ``[text](target)`` as a link), bare URLs and mentions broken, control characters
    escaped."""
    return break_autolinks(escape_controls_keep_lines(_SARIF_SPECIAL.sub(r"\\\1", text)))


def escape_controls_keep_lines(text: str) -> str:
    """:func:`escape_controls` on each line, the line breaks kept."""
    return "\n".join(escape_controls(line) for line in text.split("\n"))


_HTML_JSON: Final = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}
_HTML_JSON_CHARS: Final = re.compile(
    "[<>&\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)


def json_for_html(data: Any, **options: Any) -> str:
    """``data`` as JSON that can stand inside an HTML ``<script>`` element: ``<``, ``>``,
    ``&``, U+2028 and U+2029 written as ``\\u`` escapes (the same JSON to a parser), so no
    string can close the element (``</script>``), open a comment (``<!--``) or end a line of
    JavaScript; so are C1 controls and the marks that reorder text (U+202E and its kin), which
    a terminal or an editor would otherwise act on."""
    import json

    text = json.dumps(data, **options)
    return _HTML_JSON_CHARS.sub(lambda m: _HTML_JSON.get(m.group()) or _u_escape(m.group()), text)


def _u_escape(char: str) -> str:
    return f"\\u{ord(char):04x}"
