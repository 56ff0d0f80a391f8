"""Hostile claim files and articles, by family: what tests/test_hostile.py runs through every
format and benchmarks/bench_hostile.py times.

Each family writes its files into an empty folder (a repository: it holds ``.git``) and
returns the arguments of ``factcheck audit`` (the paths, and any option).  What each may
make factcheck do is documented in docs/security.md: an error naming file, line and column
(exit 2), a finding (exit 1), or a clean audit (exit 0) — within bounded time and memory,
never a traceback, never a forged line of output.
"""

from __future__ import annotations

import os
import random
from collections.abc import Callable
from pathlib import Path

Family = Callable[[Path], list[str]]

HUGE = "1" + "0" * 309
LINKS = "![p](https://evil.example/p.png) [b](https://evil.example) www.evil.example @octocat"
BREAKOUT = "</script><svg onload=alert(1)><!--"
FORGED_NAME = "x\n::error file=README.md,line=1::FORGED.claims.yaml"


def _q(text: str) -> str:
    """``text`` as a single-quoted YAML scalar."""
    return "'" + text.replace("'", "''") + "'"


def claims(
    *,
    title: str = "t",
    quote: str = "up 5 percent",
    condition: str = "a == 5 percent",
    check_quote: str = "",
    note: str = "",
    path: str | None = None,
    raw_title: str | None = None,
) -> str:
    """A claim file's text with the given pieces (each single-quoted, or ``raw_title`` as
    written: a double-quoted scalar with escapes)."""
    head = f"source:\n  title: {raw_title if raw_title is not None else _q(title)}\n"
    if path is not None:
        head += f"  path: {_q(path)}\n"
    body = f"figures:\n  a: {_q(quote)}\nchecks:\n  - id: c\n    condition: {_q(condition)}\n"
    if check_quote:
        body += f"    quote: {_q(check_quote)}\n"
    if note:
        body += f"    note: {_q(note)}\n"
    return head + body


def _repo(folder: Path) -> None:
    (folder / ".git").mkdir(exist_ok=True)


def _one(text: str, *, name: str = "a.claims.yaml", article: str | bytes | None = None) -> Family:
    def make(folder: Path) -> list[str]:
        _repo(folder)
        if isinstance(article, bytes):
            (folder / "article.txt").write_bytes(article)
        elif article is not None:
            (folder / "article.txt").write_text(article, encoding="utf-8")
        (folder / name).write_text(text, encoding="utf-8")
        return [str(folder / name)]

    return make


def _escaped_title(escape: str) -> Family:
    return _one(claims(raw_title=f'"t{escape}"'))


def _fifo_source(folder: Path) -> list[str]:
    _repo(folder)
    os.mkfifo(folder / "pipe.txt")
    (folder / "a.claims.yaml").write_text(claims(path="pipe.txt"), encoding="utf-8")
    return [str(folder / "a.claims.yaml")]


def _sparse_source(folder: Path) -> list[str]:
    _repo(folder)
    with (folder / "article.txt").open("wb") as handle:
        handle.truncate(1024**3)
    (folder / "a.claims.yaml").write_text(claims(path="article.txt"), encoding="utf-8")
    return [str(folder / "a.claims.yaml")]


def _fifo_claims(folder: Path) -> list[str]:
    _repo(folder)
    os.mkfifo(folder / "pipe.claims.yaml")
    return [str(folder / "pipe.claims.yaml")]


def _big_article() -> str:
    rnd = random.Random(16)
    words = ["the", "rate", "rose", "fell", "trade", "exports", "in", "June", "by", "and"]
    lines = []
    size = 0
    while size < 1000 * 1024:
        line = " ".join(rnd.choice(words) for _ in range(14)) + f" {rnd.randint(1, 99)} percent."
        lines.append(line)
        size += len(line) + 1
    return "\n".join(lines) + "\nup 5 percent\n"


def _many_paragraphs(count: int = 8_000) -> str:
    return "".join(f"Item {i % 97} rose 5 percent.\n\n" for i in range(count))


def _laughs() -> str:
    return (
        "source: {title: t}\n"
        'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
        + "".join(
            f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n"
            for i in range(8)
        )
        + "checks: *i\n"
    )


FAMILIES: dict[str, Family] = {
    # escapes that decode to what YAML's own check cannot see
    "surrogate_escape": _escaped_title("\\ud83d\\ude00"),
    "nul_escape": _escaped_title("\\x00"),
    "terminal_escape": _escaped_title("\\e[2J\\e]0;owned\\a"),
    "c1_escape": _escaped_title("\\x9b31m"),
    "line_separator_escape": _escaped_title("\\u2028::error::x\\u2029"),
    # text that would mean something to a renderer or a runner
    "links_and_mentions": _one(
        claims(title=LINKS, quote="up 5 percent", check_quote=f"up 5 percent {LINKS}", note=LINKS)
    ),
    "script_breakout": _one(claims(check_quote=f"up 5 percent {BREAKOUT}", note=BREAKOUT)),
    "bidi_override": _one(claims(title="t \u202eevil\u202c", note="\u2066x\u2069")),
    "workflow_command_note": _one(
        claims(condition="a == 6 percent", note="n\n::error file=README.md::FORGED\n##[error]x")
    ),
    "forged_file_name": _one(claims(condition="a == 6 percent"), name=FORGED_NAME),
    # numbers and arithmetic
    "huge_figure": _one(claims(quote=f"{HUGE} yuan", condition=f"a == {HUGE} yuan")),
    "huge_power": _one(claims(condition="((((9^64)^64)^64)^64)^64 == a")),
    "huge_degree": _one(claims(condition="(((a^8)^8)^8)^8 == a")),
    "huge_count": _one(claims(condition=f"grim(0.5, {HUGE})")),
    "division_by_zero": _one(claims(condition="a / (1 - 1) == 0 ^ -1")),
    "double_unit": _one(claims(condition="a == 5 %%")),
    "long_digits": _one(claims(quote="1" * 100_000 + " yuan")),
    "deep_parentheses": _one(claims(condition="(" * 60 + "a" + ")" * 60 + " == a")),
    "too_deep_parentheses": _one(claims(condition="(" * 1900 + "a" + ")" * 1900 + " == a")),
    # YAML
    "billion_laughs": _one(_laughs()),
    "deep_yaml": _one("source: {title: t}\nfigures: " + "[" * 5000 + "]" * 5000 + "\n"),
    "long_quote": _one(claims(quote="up 5 percent " + "word " * 20_000)),
    # the source text
    "source_proc": _one(claims(path="/proc/self/environ")),
    "source_dev_zero": _one(claims(path="/dev/zero")),
    "source_git_config": _one(claims(path=".git/config")),
    "source_outside": _one(claims(path="../../../../../../etc/passwd")),
    "source_fifo": _fifo_source,
    "source_sparse_1gb": _sparse_source,
    "source_big": _one(claims(path="article.txt"), article=_big_article()),
    "source_many_numbers": _one(
        claims(path="article.txt"), article=("1 2 3 4 5 6 7 8 9 10\n" * 30_000)
    ),
    "source_repetitive_missing_quote": _one(
        claims(path="article.txt", quote="up 5 percent " + "a b " * 100 + "zz"),
        article="a b " * 5_000 + "\nup 5 percent\n",
    ),
    "source_many_paragraphs": _one(claims(path="article.txt"), article=_many_paragraphs()),
    "source_near_number_limit": _one(
        claims(path="article.txt"),
        article=_many_paragraphs(4_900),  # 9,800 numbers, read
    ),
    "source_not_utf8": _one(claims(path="article.txt"), article=b"up 5 percent \xff\xfe"),
    # a long line of changes: each number looked back to its line's start (found by review)
    "source_many_titles": _one(
        claims(path="article.txt"), article="aired on 60 Minutes, votes12,345 rose " * 2_000
    ),
    "source_one_long_line": _one(
        claims(path="article.txt"),
        article=" ".join(
            f"prices up {i}.5 percent, ranged from {i} to {i + 3}" for i in range(900)
        ),
    ),
    # the claim file itself
    "claims_fifo": _fifo_claims,
    "claims_dev_zero": lambda folder: ["/dev/zero"],
}
"""Every family, by name."""

HEAVY = frozenset(
    {
        "source_big",
        "source_many_numbers",
        "source_many_paragraphs",
        "source_near_number_limit",
        "source_one_long_line",
        "source_many_titles",
        "long_digits",
        "long_quote",
    }
)
"""Families whose files are large: the test runs them in fewer formats."""
