"""The types a relation is declared with: :class:`Term` (a compiled sub-expression),
:data:`Arg`, :class:`Builder` (what a relation may ask of the engine's compiler) and
:class:`Relation` (one entry of the table)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING, Any, Protocol

import attrs

from factcheck.qtypes import QType

if TYPE_CHECKING:
    from factcheck.custom import Custom


@dataclass(frozen=True, slots=True)
class Term:
    """A compiled sub-expression: its variable in the network and its type."""

    var: int
    qtype: QType
    text: str = ""
    figure: str | None = None
    """The figure's name when the term is exactly one figure (used to name slips)."""
    written: Fraction | None = None
    """For a figure or literal: the value as written."""
    whole: bool = False
    """Whether the term is a whole less shares of it ("100 percent - part"): itself a share,
    not a difference of rates in percentage points."""


Arg = Term | list[Term] | str | bool


class Builder(Protocol):
    """What a relation may ask of the engine while it is being compiled."""

    def add(self, a: Term, b: Term) -> Term: ...
    def sub(self, a: Term, b: Term) -> Term: ...
    def mul(self, a: Term, b: Term) -> Term: ...
    def div(self, a: Term, b: Term) -> Term: ...
    def const(self, value: Fraction, qtype: QType) -> Term: ...
    def compare(self, op: str, a: Term, b: Term) -> None: ...
    def claim(self, lhs: Term, rhs: Term) -> None: ...
    def redundant(self, z: Term, op: str, x: Term, y: Term) -> None: ...
    def change_of(self, new: Term, old: Term, growth: Term) -> None: ...
    def never_zero(self, term: Term) -> bool: ...
    def custom(self, custom: Custom) -> None: ...
    def retype(self, term: Term, qtype: QType, text: str) -> Term: ...
    def same_units(self, what: str, *terms: Term) -> None: ...
    def require(self, ok: bool, message: str) -> None: ...
    def uncheckable(self, reason: str) -> None: ...


@attrs.frozen(kw_only=True)
class Relation:
    """One relation of the table."""

    name: str
    aliases: tuple[str, ...]
    params: tuple[str, ...]
    signature: str
    """The unit signature, in words: "(amount A, amount A) -> percent"."""
    formula: str
    """What the relation computes or requires, in the check language's own notation."""
    redundant: tuple[str, ...]
    """Redundant forms the engine adds so propagation keeps links between checks."""
    message: str
    """A template for explanations, with ``{param}`` fields."""
    build: Callable[[Builder, Sequence[Arg], Mapping[str, Arg]], Term | None]
    strategy: Callable[[], Any]
    """A Hypothesis strategy of consistent instances: dicts of parameter -> Fraction, with
    ``"result"`` for functions.  Imports Hypothesis only when called."""
    predicate: bool = False
    """Whether the relation is a whole condition (``parts_within(...)``) rather than a value."""
    optional: tuple[str, ...] = ()
    doc: str = ""

    def arity_ok(self, count: int) -> bool:
        return len(self.params) <= count <= len(self.params) + len(self.optional)
