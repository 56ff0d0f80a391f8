"""What the reader builds when it first needs it: patterns compiled on first use find what the
compiled patterns find, and the word tries of the grammar match exactly their words."""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from factcheck.reading.lazy import lazy_pattern
from factcheck.reading.patterns import _trie

_SOURCES = [
    (r"(?P<n>[0-9]+(?:\.[0-9]+)?)\s*(?P<unit>%|percent)?", re.IGNORECASE),
    (r"\bup\s+to\b", 0),
    (r"(?:a|b)+\Z", re.MULTILINE),
]


@given(st.sampled_from(_SOURCES), st.text(alphabet="ab 01.9%PERCNTupto\n", max_size=40))
@example(_SOURCES[0], "up 3.4 Percent and 5%")
def test_a_lazy_pattern_answers_as_the_compiled_one(source: tuple[str, int], text: str) -> None:
    """Every method of the stand-in gives what ``re.compile``'s pattern gives."""
    compiled = re.compile(*source)
    lazy = lazy_pattern(*source)
    assert [m.groupdict() | {"": m.span()} for m in compiled.finditer(text)] == [
        m.groupdict() | {"": m.span()} for m in lazy.finditer(text)
    ]
    assert compiled.findall(text) == lazy.findall(text)
    assert compiled.sub("<>", text) == lazy.sub("<>", text)
    assert compiled.split(text) == lazy.split(text)
    for at in range(len(text) + 1):
        assert _span(compiled.match(text, at)) == _span(lazy.match(text, at))
        assert _span(compiled.search(text, 0, at)) == _span(lazy.search(text, 0, at))
    assert (compiled.pattern, compiled.flags, compiled.groups) == (
        lazy.pattern,
        lazy.flags,
        lazy.groups,
    )


def _span(match: re.Match[str] | None) -> tuple[int, int] | None:
    return None if match is None else match.span()


def test_a_lazy_pattern_compiles_on_first_use_only() -> None:
    """Nothing is compiled until a method is asked for; then the methods are the pattern's."""
    lazy = lazy_pattern(r"x+y", re.IGNORECASE)
    assert "match" not in vars(lazy)
    assert _span(lazy.match("XXy")) == (0, 3)
    assert re.compile(r"x+y", re.IGNORECASE).match == vars(lazy)["match"]


_WORD = st.text(alphabet="ab .-", min_size=1, max_size=5).filter(
    lambda w: w.strip() == w and "  " not in w
)


@given(st.sets(_WORD, min_size=1, max_size=8), st.booleans(), st.data())
@example({"a", "ab", "b"}, False, None)
@example({"a b", "a.b"}, True, None)
def test_a_trie_matches_exactly_its_words(
    words: set[str], reverse: bool, data: st.DataObject | None
) -> None:
    """The trie of some words (spelled backwards with ``reverse``) matches in full exactly
    those words, a space in a word matching any run of whitespace (checked against every
    word, and some that are not)."""
    pattern = re.compile(_trie(words, reverse=reverse))
    spelled = {w[::-1] if reverse else w for w in words}
    others = set() if data is None else data.draw(st.sets(_WORD, max_size=8))
    for candidate in spelled | others:
        expected = candidate in spelled
        assert expected == (pattern.fullmatch(candidate) is not None), candidate
    for word in spelled:
        if " " in word:
            assert pattern.fullmatch(word.replace(" ", " \t ")) is not None
