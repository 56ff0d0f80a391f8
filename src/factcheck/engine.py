"""The engine: compile an article's checks into one constraint network, solve it, grade it.

Grading (docs/verdicts.md):

1. With every figure at its *lenient* reading, find minimal sets of checks that cannot hold
   together; their members are **inconsistent**.
2. With the rest, at *strict* readings, do the same; their members are **stretched**.
3. A check that no other part of the article constrains (its left side is implied to be
   anything, or it rests on an unknown used nowhere else) is **uncheckable**.
4. The rest are **consistent** (a witness satisfies them all, verified exactly), or
   **undecided** when the search budget ran out before a proof either way.
"""

from __future__ import annotations

__all__ = ["CheckError", "Report", "audit"]

import difflib
from collections import ChainMap
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from contextlib import nullcontext
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Final

import attrs

from factcheck import culprits, expr, hulls, signs
from factcheck.counts import is_count
from factcheck.errors import FactcheckError, Location, UnitError, UnitMismatchError
from factcheck.intervals import EMPTY, ENTIRE, Interval
from factcheck.model import Article, Check, Grade, Verdict
from factcheck.network import (
    NODE_BUDGET,
    Custom,
    Network,
    down,
    grid_hull,
    to_interval,
    up,
)
from factcheck.qtypes import COUNT, PLAIN, PP, RATE, QType, qtype_of_unit
from factcheck.reading import Reading
from factcheck.relations import Arg, Relation, Term, lookup


class CheckError(FactcheckError, ValueError):
    """A check (or a figure, unknown or reference) that cannot be compiled: names what and where."""

    def __init__(
        self, subject: str, message: str, location: Location | None = None, hint: str = ""
    ) -> None:
        super().__init__(subject, message, location, hint)
        self.subject = subject
        self.message = message
        self.location = location
        self.hint = hint

    def __str__(self) -> str:
        where = f"{self.location}: " if self.location is not None else ""
        text = f"{where}{self.subject}: {self.message}"
        if self.hint:
            text += f"; {self.hint}"
        return text


@dataclass(slots=True)
class _Compiled:
    check: Check
    own: list[int] = field(default_factory=list)
    lhs: Term | None = None
    rhs: Term | None = None
    slip: str | None = None
    slip_figure: str | None = None
    """The figure a percent/percentage-point slip names."""
    sign_flip: str | None = None
    uncheckable: str | None = None
    relations: list[Relation] = field(default_factory=list)
    names: set[str] = field(default_factory=set)
    decision: set[int] = field(default_factory=set)
    needs: set[int] = field(default_factory=set)
    key: str = ""
    """What the solver's cache knows it by: the check's id, unless set (a trial)."""
    compared: list[bool] = field(default_factory=list)
    """For each comparison of the check, whether it holds whatever the figures."""

    @property
    def cannot_fail(self) -> bool:
        """Whether the check is made only of comparisons that hold whatever the figures
        ("a == a", "1 == 1"): it tests nothing (a relation's own comparisons do not count)."""
        return bool(self.compared) and all(self.compared) and not self.relations

    def __post_init__(self) -> None:
        if not self.key:
            self.key = self.check.id


@attrs.frozen(kw_only=True)
class Report:
    """The audit of one article: a verdict per check that compiled, and the errors of the rest."""

    article: Article
    verdicts: tuple[Verdict, ...]
    errors: tuple[FactcheckError, ...] = ()
    readings: Mapping[str, Reading] = attrs.field(factory=dict)
    _bounds: Mapping[str, Interval] = attrs.field(factory=dict, alias="bounds")

    def bounds(self, name: str) -> Interval:
        """What the article's checks (all but those graded inconsistent or stretched) imply
        for a figure, unknown or reference, in base units (a ratio for percent, yuan for
        CNY), under strict readings.  ``KeyError`` for a name not declared."""
        return self._bounds[name]

    @property
    def ok(self) -> bool:
        """No errors, and every error-severity check is as expected (or consistent)."""
        return not self.errors and all(v.ok or v.check.severity == "warn" for v in self.verdicts)

    def verdict(self, check_id: str) -> Verdict:
        for verdict in self.verdicts:
            if verdict.check.id == check_id:
                return verdict
        raise KeyError(check_id)

    def counts(self) -> dict[str, int]:
        from factcheck.model import GRADES

        counts: dict[str, int] = dict.fromkeys(GRADES, 0)
        for verdict in self.verdicts:
            counts[verdict.grade] += 1
        return counts


# -- compiling --------------------------------------------------------------------------------


class _Compiler:
    """Turns parsed conditions into network constraints, checking units on the way."""

    def __init__(
        self,
        net: Network,
        symbols: Mapping[str, Term],
        compiled: _Compiled,
        readings: Mapping[str, Reading] | None = None,
    ) -> None:
        self.net = net
        self.symbols = symbols
        self.c = compiled
        self.readings = readings or {}

    # -- the Builder protocol used by relations ---------------------------------------------

    def fail(self, message: str, hint: str = "") -> CheckError:
        return CheckError(f"check {self.c.check.id!r}", message, self.c.check.location, hint)

    def require(self, ok: bool, message: str) -> None:
        if not ok:
            raise self.fail(message)

    def uncheckable(self, reason: str) -> None:
        self.c.uncheckable = reason

    def same_units(self, what: str, *terms: Term) -> None:
        first = terms[0]
        for term in terms[1:]:
            if term.qtype.dims != first.qtype.dims:
                raise self._mismatch(f"combine in {what}", first, term)
            if _kind_differs(first, term):
                raise self._mismatch(
                    f"combine in {what}",
                    first,
                    term,
                    "a relation's levels must be quantities of one kind, and a rate (percent) "
                    "is not of the kind of a plain number or count; pass it the levels the "
                    "rate is a change or share of",
                )

    def _mismatch(self, operation: str, a: Term, b: Term, hint: str = "") -> CheckError:
        error = UnitMismatchError(
            operation,
            self._described(a, "the left side"),
            self._described(b, "the right side"),
            hint,
        )
        return CheckError(f"check {self.c.check.id!r}", str(error), self.c.check.location)

    def _described(self, term: Term, otherwise: str) -> str:
        """A side of a unit mismatch: its text and unit, and for a figure what the reader
        took from its quote, which is where a wrong unit usually comes from."""
        described = f"{term.text or otherwise} ({term.qtype.describe()}"
        reading = self.readings.get(term.figure) if term.figure is not None else None
        if reading is not None:
            described += f", read from {reading.text!r}"
        return described + ")"

    def const(self, value: Fraction, qtype: QType) -> Term:
        return Term(self.net.const(value), qtype, str(value), written=value)

    def retype(self, term: Term, qtype: QType, text: str) -> Term:
        return Term(term.var, qtype, text)

    def add(self, a: Term, b: Term) -> Term:
        return self._additive("add", "+", a, b)

    def sub(self, a: Term, b: Term) -> Term:
        return self._additive("sub", "-", a, b)

    def _additive(self, op: str, sign: str, a: Term, b: Term) -> Term:
        if a.qtype.dims != b.qtype.dims:
            hint = ""
            if a.qtype.is_pp or b.qtype.is_pp:
                hint = (
                    "percent and percentage points do not add; state a gap as a difference, "
                    "e.g. 'a - b == 1.9 pp'"
                )
            verb = "add" if op == "add" else "subtract"
            raise self._mismatch(verb, a, b, hint)
        whole = False
        if a.qtype.dims:
            qtype = a.qtype
        elif op == "sub" and a.qtype.rate and b.qtype.rate:
            # The difference of two rates is in percentage points, but what is left of a
            # whole once a share is taken ("100 percent - part") is a share of it.
            whole = self._is_whole(a)
            qtype = RATE if whole else PP
        elif a.qtype.rate and b.qtype.rate:
            qtype = RATE
        else:
            qtype = COUNT if (a.qtype.count and b.qtype.count) else PLAIN
        var = self.net.op(op, a.var, b.var, f"({a.text} {sign} {b.text})")
        return Term(var, qtype, f"{a.text} {sign} {b.text}", whole=whole)

    def _is_zero(self, term: Term) -> bool:
        net = self.net
        return net.kinds[term.var] == "const" and net.strict[term.var] == Interval.point(0)

    def _is_whole(self, term: Term) -> bool:
        """Whether ``term`` is a whole: the literal 100 percent, or a whole less shares."""
        if term.whole:
            return True
        net = self.net
        return net.kinds[term.var] == "const" and net.strict[term.var] == Interval.point(1)

    def mul(self, a: Term, b: Term) -> Term:
        var = self.net.op("mul", a.var, b.var, f"({a.text} * {b.text})")
        return Term(var, a.qtype.times(b.qtype), f"{_wrap(a.text)} * {_wrap(b.text)}")

    def div(self, a: Term, b: Term) -> Term:
        if self._is_zero(b):
            raise self.fail(
                f"{_wrap(a.text)} / {_wrap(b.text)} divides by zero, which has no value",
                "divide by the quantity the article states, not by 0",
            )
        var = self.net.op("div", a.var, b.var, f"({a.text} / {b.text})")
        return Term(var, a.qtype.over(b.qtype), f"{_wrap(a.text)} / {_wrap(b.text)}")

    def redundant(self, z: Term, op: str, x: Term, y: Term) -> None:
        self.net.define_also(z.var, (op, z.var, x.var, y.var))

    def never_zero(self, term: Term) -> bool:
        """Whether no reading lets ``term`` be zero (known for figures, unknowns, references
        and constants; an expression is not looked into)."""
        if self.net.kinds[term.var] == "aux":
            return False
        return 0 not in self.net.lenient[term.var]

    def custom(self, custom: Custom) -> None:
        self.c.own.append(self.net.add_constraint(("custom", custom)))

    def compare(self, op: str, a: Term, b: Term) -> None:
        if (a.qtype.count and b.qtype.rate) or (a.qtype.rate and b.qtype.count):
            count, rate = (a, b) if a.qtype.count else (b, a)
            raise self._mismatch(
                "compare",
                count,
                rate,
                "a count of whole things is never a rate, so the claim file compares the "
                "wrong quantities; compare a count with a count, or a share with a share "
                "(share(part, whole) == figure)",
            )
        if a.qtype.dims != b.qtype.dims:
            slip = self._slip(a, b)
            if slip is None:
                hint = ""
                if a.qtype.is_pp or b.qtype.is_pp:
                    hint = "a difference of two rates is in percentage points (pp)"
                raise self._mismatch("compare", a, b, hint)
            if self.c.slip is None:
                self.c.slip, self.c.slip_figure = slip
        if op in (">", ">="):
            a, b = b, a
            op = "<" if op == ">" else "<="
        kind = {"==": "eq", "<": "lt", "<=": "le"}[op]
        self.c.compared.append(self._cannot_fail(kind, a, b))
        self.c.own.append(self.net.add_constraint((kind, a.var, b.var, 0)))

    def _cannot_fail(self, kind: str, a: Term, b: Term) -> bool:
        """Whether ``a kind b`` holds whatever the figures: one expression on both sides
        ("a == a", "a + b <= b + a"), or two literals that satisfy it ("1 == 1")."""
        if a.var == b.var:
            return kind != "lt"
        net = self.net
        if net.kinds[a.var] == net.kinds[b.var] == "const":
            x, y = net.strict[a.var].lo, net.strict[b.var].lo
            assert x is not None
            assert y is not None
            return {"eq": x == y, "le": x <= y, "lt": x < y}[kind]
        return False

    def claim(self, lhs: Term, rhs: Term) -> None:
        """The two sides a condition relation's verdict shows: what the rest implies for
        ``lhs`` against what ``rhs`` states (the sum of the parts against the whole)."""
        if self.c.lhs is None:
            self.c.lhs, self.c.rhs = lhs, rhs

    def _slip(self, a: Term, b: Term) -> tuple[str, str] | None:
        """A percent figure compared with percentage points (or the reverse) is the classic
        slip of print: name it (the words, and the figure) instead of refusing the check."""
        for figure_side, other in ((a, b), (b, a)):
            if figure_side.figure is None:
                continue
            if figure_side.qtype.dimensionless and other.qtype.is_pp:
                return (
                    f"'{figure_side.figure}' is written in percent, but the check compares it "
                    "with a difference of rates: a percent written for percentage points",
                    figure_side.figure,
                )
            if figure_side.qtype.is_pp and other.qtype.dimensionless:
                return (
                    f"'{figure_side.figure}' is written in percentage points, but the check "
                    "compares it with a rate: percentage points written for percent",
                    figure_side.figure,
                )
        return None

    # -- walking the tree ----------------------------------------------------------------------

    def condition(self, node: expr.Node) -> None:
        if isinstance(node, expr.Compare):
            left = self.term(node.left)
            right = self.term(node.right)
            self.c.lhs, self.c.rhs = left, right
            if left.figure is not None and right.figure is None and right.written is not None:
                # "growth > 0 percent": the figure is the claim, the literal the bar it must pass
                self.c.lhs, self.c.rhs = right, left
            self.compare(node.op, left, right)
            return
        if isinstance(node, expr.Call) and node.fn == "all":
            # Made by the parser from a chain ("a < b <= c"); written by hand, it is refused.
            parts = [part for part in node.args if isinstance(part, expr.Compare)]
            if not parts or len(parts) != len(node.args) or node.kwargs:
                raise self.fail(
                    "all() is not a relation", "chain comparisons instead, e.g. 'a < b <= c'"
                )
            for index, part in enumerate(parts):
                left, right = self.term(part.left), self.term(part.right)
                if index == 0:
                    self.c.lhs, self.c.rhs = left, right
                self.compare(part.op, left, right)
            return
        if isinstance(node, expr.Call):
            relation = self._relation(node)
            if not relation.predicate:
                raise self.fail(
                    f"{node.fn}() gives a value, not a condition",
                    f"compare it with something: '{node.fn}(...) == figure'",
                )
            self._call(relation, node)
            return
        raise self.fail("a check must be a comparison or a condition relation")

    def term(self, node: expr.Node) -> Term:
        if isinstance(node, expr.Num):
            try:
                qtype, factor = qtype_of_unit(node.unit)
            except UnitError as error:
                raise self.fail(str(error)) from error
            var = self.net.const(node.value * factor)
            text = f"{node.text} {node.unit}".strip()
            return Term(var, qtype, text, written=node.value)
        if isinstance(node, expr.Name):
            if node.id in ("true", "false"):
                raise self.fail(f"{node.id} is only an option value, e.g. exhaustive=true")
            found = self.symbols.get(node.id)
            if found is None and node.id in self.net.unreadable:
                raise self.fail(
                    f"figure {node.id!r} could not be read (see the error on the figure)",
                    "fix the figure's quote; this check is audited once it can be read",
                )
            if found is None:
                close = difflib.get_close_matches(node.id, list(self.symbols), n=3)
                hint = (
                    f"did you mean {', '.join(close)}?"
                    if close
                    else ("declare it under figures, unknowns or references")
                )
                raise self.fail(f"unknown name {node.id!r} (column {node.pos + 1})", hint)
            self.c.names.add(node.id)
            if self.net.kinds[found.var] in ("figure", "unknown", "reference"):
                self.c.decision.add(found.var)
            return found
        if isinstance(node, expr.BinOp):
            left, right = self.term(node.left), self.term(node.right)
            return {"+": self.add, "-": self.sub, "*": self.mul, "/": self.div}[node.op](
                left, right
            )
        if isinstance(node, expr.Neg):
            inner = self.term(node.operand)
            var = self.net.op("neg", inner.var, 0, f"-{inner.text}")
            return Term(var, inner.qtype, f"-{_wrap(inner.text)}")
        if isinstance(node, expr.Pow):
            inner = self.term(node.base)
            if node.exponent < 0 and self._is_zero(inner):
                raise self.fail(
                    f"{_wrap(inner.text)}^{node.exponent} divides by zero, which has no value",
                    "a negative power of 0 is undefined; write the quantity the article states",
                )
            var = self.net.op("pow", inner.var, node.exponent, f"{inner.text}^{node.exponent}")
            return Term(
                var, inner.qtype.power(node.exponent), f"{_wrap(inner.text)}^{node.exponent}"
            )
        if isinstance(node, expr.Call):
            relation = self._relation(node)
            if relation.predicate:
                raise self.fail(f"{node.fn}() is a condition and cannot be used as a value")
            result = self._call(relation, node)
            assert result is not None
            return result
        if isinstance(node, expr.Compare):
            raise self.fail("a comparison cannot be used as a value")
        raise self.fail("lists and quoted names are only allowed as a relation's arguments")

    def _relation(self, node: expr.Call) -> Relation:
        relation = lookup(node.fn)
        if relation is None:
            from factcheck.relations import RELATIONS

            close = difflib.get_close_matches(node.fn, list(RELATIONS), n=3)
            hint = (
                f"did you mean {', '.join(close)}?"
                if close
                else ("see the relation table in docs/relations.md")
            )
            raise self.fail(f"unknown relation {node.fn}() (column {node.pos + 1})", hint)
        return relation

    def _call(self, relation: Relation, node: expr.Call) -> Term | None:
        if not relation.arity_ok(len(node.args) + len(node.kwargs)) or len(node.args) < len(
            relation.params
        ):
            raise self.fail(
                f"{relation.name}() takes {', '.join(relation.params)}"
                + (f" (optional: {', '.join(relation.optional)})" if relation.optional else "")
                + f"; got {len(node.args)} argument(s)"
            )
        args: list[Arg] = [self._argument(arg) for arg in node.args]
        kwargs: dict[str, Arg] = {}
        for key, value in node.kwargs:
            if key not in relation.optional:
                raise self.fail(f"{relation.name}() has no option {key!r}")
            kwargs[key] = self._argument(value)
        self.c.relations.append(relation)
        return relation.build(self, args, kwargs)

    def _argument(self, node: expr.Node) -> Arg:
        if isinstance(node, expr.Str):
            return node.value
        if isinstance(node, expr.Name) and node.id in ("true", "false"):
            return node.id == "true"
        if isinstance(node, expr.ListArg):
            items: list[Term] = []
            names: list[str] = []
            for item in node.items:
                if isinstance(item, expr.Str):
                    names.append(item.value)
                else:
                    items.append(self.term(item))
            if names and items:
                raise self.fail("a list holds either quantities or quoted names, not both")
            return names if names else items  # type: ignore[return-value]
        return self.term(node)


def _kind_differs(a: Term, b: Term) -> bool:
    """Whether two dimensionless terms are of different kinds: a rate against a plain
    number or count (a literal such as ``1`` stands for either)."""
    if a.qtype.dims or a.qtype.rate == b.qtype.rate:
        return False
    return not any(t.written is not None and t.figure is None for t in (a, b))


def _wrap(text: str) -> str:
    return f"({text})" if (" + " in text or " - " in text) else text


# -- symbols ----------------------------------------------------------------------------------


def _figure_type(reading: Reading, integer: bool = False) -> QType:
    if is_count(reading) or (integer and reading.unit is None and reading.kind == "number"):
        return COUNT
    if reading.unit in ("percentage_point", "basis_point"):
        return PP
    if reading.unit in ("percent", "per_mille") or reading.kind == "fraction":
        return RATE
    if reading.unit is None:
        return PLAIN
    return qtype_of_unit(reading.unit)[0]


def _scaled(reading: Reading, factor: Fraction) -> tuple[Interval, Interval]:
    """A reading's strict and lenient intervals in base units (scaled once when they are
    the same interval, as they are for most figures)."""
    strict = reading.strict.scale(factor)
    if reading.lenient is reading.strict:
        return strict, strict
    return strict, reading.lenient.scale(factor)


_RATE_UNITS: Final = ("percent", "percentage_point", "basis_point")


def _reference_type(
    reading: Reading, qtype: QType, factor: Fraction, unit: str
) -> tuple[QType, Fraction]:
    """A reference's type and factor to base units, before its reading's own multiplier.

    A value written in percent ("5 percent") carries its own scaling (the reading's
    multiplier is 1/100): the unit beside it only says what it measures, and must agree.
    """
    if reading.unit not in _RATE_UNITS:
        return qtype, factor
    written = _figure_type(reading)
    if unit and (written.dims, written.rate) != (qtype.dims, qtype.rate):
        raise ValueError(
            f"the value {reading.text!r} is in {written.describe()} but the unit says "
            f"{qtype.describe()}; write the unit the value is written in, or leave unit out"
        )
    return written, Fraction(1)


def _declare(
    article: Article, net: Network
) -> tuple[dict[str, Term], dict[str, Reading], list[FactcheckError]]:
    symbols: dict[str, Term] = {}
    readings: dict[str, Reading] = {}
    errors: list[FactcheckError] = []
    unreadable: set[str] = set()

    def taken(name: str, what: str, location: Location | None) -> bool:
        if name in symbols:
            errors.append(
                CheckError(
                    f"{what} {name!r}",
                    "the name is declared twice",
                    location,
                    "give every figure, unknown and reference its own name",
                )
            )
            return True
        return False

    for figure in article.figures:
        if taken(figure.name, "figure", figure.location):
            continue
        try:
            reading = figure.read(article.policy)
            integer = is_count(reading) if figure.integer is None else figure.integer
            qtype = _figure_type(reading, integer)
            if integer and (qtype.rate or qtype.is_pp):
                raise ValueError(
                    f"integer: true is for counts of whole things, and {reading.text!r} is in "
                    f"{qtype.describe()}; leave integer out"
                )
        except (FactcheckError, ValueError) as error:
            errors.append(CheckError(f"figure {figure.name!r}", str(error), figure.location))
            unreadable.add(figure.name)
            continue
        factor = reading.multiplier
        var = net.add_var(figure.name, "figure", *_scaled(reading, factor))
        if integer:
            net.make_integer(var)
            if net.lenient[var].is_empty:
                errors.append(CheckError(
                    f"figure {figure.name!r}",
                    f"it is a whole number (integer: true), but its reading {reading.text!r} "
                    "holds none, even read generously",
                    figure.location,
                    "set integer: false, or quote the number the article writes",
                ))  # fmt: skip
                unreadable.add(figure.name)
                continue
        readings[figure.name] = reading
        symbols[figure.name] = Term(var, qtype, figure.name, figure.name, reading.number)
    for unknown in article.unknowns:
        if taken(unknown.name, "unknown", unknown.location):
            continue
        try:
            qtype, factor = qtype_of_unit(unknown.unit)
        except UnitError as error:
            errors.append(CheckError(f"unknown {unknown.name!r}", str(error), unknown.location))
            continue
        bounds = unknown.bounds if unknown.bounds is not None else Interval(None, None)
        var = net.add_var(unknown.name, "unknown", bounds.scale(factor))
        if unknown.integer:
            if qtype.rate or qtype.is_pp:
                errors.append(CheckError(f"unknown {unknown.name!r}",
                                         f"integer: true is for counts, not {qtype.describe()}",
                                         unknown.location, "leave integer out"))  # fmt: skip
                continue
            net.make_integer(var)
            if not qtype.dims:
                qtype = COUNT
        symbols[unknown.name] = Term(var, qtype, unknown.name)
    for reference in article.references:
        if taken(reference.name, "reference", reference.location):
            continue
        try:
            from factcheck.reading import read_one

            reading = read_one(reference.value, policy=article.policy)
            qtype, factor = qtype_of_unit(reference.unit)
            qtype, factor = _reference_type(reading, qtype, factor, reference.unit)
        except (FactcheckError, ValueError) as error:
            errors.append(CheckError(f"reference {reference.name!r}", str(error),
                                     reference.location))  # fmt: skip
            continue
        factor *= reading.multiplier
        var = net.add_var(reference.name, "reference", *_scaled(reading, factor))
        readings[reference.name] = reading
        symbols[reference.name] = Term(var, qtype, reference.name, None, reading.number)
    net.unreadable = unreadable
    return symbols, readings, errors


# -- solving and grading ----------------------------------------------------------------------


_WITNESSES_TRIED = 4
"""How many of the latest solutions a new question is checked against before a search."""


class _Solver:
    def __init__(self, net: Network, node_budget: int, *, reuse: bool = True) -> None:
        self.net = net
        self.node_budget = node_budget
        self.reuse = reuse
        """Answer questions from earlier solutions when they verify (off: every question
        goes to the oracle, as the independent z3 cross-check wants)."""
        self.cache: dict[tuple[frozenset[str], str], str] = {}
        self.open: set[str] = set()
        """Checks of a set the search could not decide (QuickXplain counts such a set as
        satisfiable, so a conflict among them may have gone unblamed)."""
        self.left_open = 0
        """How many times :meth:`status` has answered "unknown" (cached answers included):
        compared before and after a QuickXplain run, it says whether the run relied on an
        answer that was not proved."""
        self.loose: set[str] = set()
        """Checks flagged in a conflict that could not be proved minimal (the search could
        not decide whether one of its other members is needed)."""
        self.witnesses: list[tuple[str, frozenset[int], Mapping[int, Fraction]]] = []
        """The exact solutions found so far: (mode, the constraints they satisfy, values)."""

    def status(self, checks: Iterable[_Compiled], mode: str) -> str:
        chosen = list(checks)
        key = (frozenset(c.key for c in chosen), mode)
        found = self.cache.get(key)
        if found is None or (found == "unknown" and self.reuse):
            active: set[int] = set()
            for compiled in chosen:
                active |= compiled.needs
            if found is None:
                found = self._decide(key, active, mode)
            elif self._solved_before(active, mode):
                found = "sat"  # left open before; a solution found since answers it
            self.cache[key] = found
        if found == "unknown":
            self.open |= key[0]
            self.left_open += 1
        return found

    def _decide(self, key: tuple[frozenset[str], str], active: set[int], mode: str) -> str:
        if self._solved_before(active, mode):
            return "sat"
        found = self._search(active, mode)
        if found == "unknown" and mode == "lenient" and self.reuse:
            # Lenient readings are wider, and some (open below: "under 2491") leave the
            # search little to hold on to; a solution under the strict readings may be one
            # under the lenient ones too (checked, not assumed).
            strict_key = (key[0], "strict")
            if strict_key not in self.cache:
                self.cache[strict_key] = self._search(active, "strict")
            if self._solved_before(active, mode):
                found = "sat"
        return found

    def _search(self, active: set[int], mode: str) -> str:
        # The latest solution under the same readings is a good first guess: grading asks
        # about overlapping sets of checks.
        hint = next((w for held_mode, _, w in reversed(self.witnesses) if held_mode == mode), None)
        outcome = self.net.solve(active, mode, node_budget=self.node_budget, hint=hint)
        if outcome.status == "sat" and outcome.witness is not None:
            self.witnesses.append((mode, frozenset(active), outcome.witness))
        return outcome.status

    def _solved_before(self, active: set[int], mode: str) -> bool:
        """Whether a solution found for an earlier question also satisfies these constraints
        under ``mode``: at once when they are among its own, else checked exactly (every value
        inside its exact domain, every constraint holding in Fractions).  Grading asks many
        questions about overlapping sets of checks, and a search costs far more than a check."""
        if not self.reuse:
            return False
        net = self.net
        exact = net.strict if mode == "strict" else net.lenient
        involved: list[int] = []
        needed: set[int] = set()
        for held_mode, held, witness in reversed(self.witnesses[-_WITNESSES_TRIED:]):
            if held_mode == mode and active <= held:
                return True
            if not needed:
                involved = net.variables(active)
                needed = set(involved)
            if not witness.keys() >= needed:  # it has no value for some variable
                continue
            if all(
                net.kinds[var] == "aux" or witness[var] in exact[var] for var in involved
            ) and all(net.holds(cid, witness) for cid in active):
                return True
        return False

    def grade(
        self, checks: list[_Compiled]
    ) -> tuple[dict[str, list[str]], dict[str, list[str]], set[str]]:
        """Grade one group of checks: those in minimal conflicts under lenient readings
        (inconsistent), then those of the rest in minimal conflicts under strict readings
        (stretched), and the checks left undecided.  Returns (lenient conflicts, strict
        conflicts, undecided), conflicts as check id -> partners."""
        # Most groups hold even on strict readings, and a strict solution is a lenient one
        # (strict readings lie inside lenient ones; checked, not assumed): ask that first,
        # so the lenient question is answered from its witness without a search.  When it
        # does not hold and no check is inconsistent, it is the first question strict
        # grading asks anyway; only a group with an inconsistent check pays for it.
        self.status(checks, "strict")
        lenient_flagged, lenient_undecided = self.conflicts(checks, "lenient")
        remaining = [c for c in checks if c.check.id not in lenient_flagged]
        strict_flagged, strict_undecided = self.conflicts(remaining, "strict")
        return lenient_flagged, strict_flagged, lenient_undecided | strict_undecided

    def conflicts(
        self, checks: list[_Compiled], mode: str
    ) -> tuple[dict[str, list[str]], set[str]]:
        """Checks in proven minimal conflicts (with their partners), and undecided ones."""
        flagged: dict[str, list[str]] = {}
        undecided: set[str] = set()
        maybe: set[str] = set()  # in a conflict, but perhaps not needed for it
        self.open = set()
        rest = list(checks)
        for _ in range(len(checks)):
            status = self.status(rest, mode)
            if status == "sat" or not rest:
                break
            if status == "unknown":
                undecided |= {c.check.id for c in rest}
                break
            open_before = self.left_open
            core = self._quickxplain([], rest, mode)
            if not core or self.status(core, mode) != "unsat":
                undecided |= {c.check.id for c in rest}
                break
            if self.left_open == open_before:
                # Every answer QuickXplain had was proved (a witness or an empty domain), so
                # its core is minimal: each member is needed (Junker, 2004).
                necessary = core
            else:
                core, necessary = self._minimal(core, mode)
            if not necessary:
                undecided |= {c.check.id for c in rest}
                break
            ids = [c.check.id for c in core]
            if len(necessary) < len(core):
                maybe |= {c.check.id for c in core if c not in necessary}
                self.loose |= {c.check.id for c in necessary}
            core = necessary
            blamed = core
            if mode == "strict":
                # The core holds leniently, so a figure read more narrowly under strict
                # readings is to blame: grade only the checks that rest on one.
                blamed = [c for c in core if self._reads_differently(c)] or core
            for compiled in blamed:
                flagged[compiled.check.id] = [i for i in ids if i != compiled.check.id]
            rest = [c for c in rest if c.check.id not in flagged]
        # A member the conflict may need is neither blamed nor cleared; nor is a check of a
        # set the search could not decide, which may be a conflict of its own.
        undecided |= (maybe | (self.open & {c.check.id for c in checks})) - flagged.keys()
        return flagged, undecided

    def _minimal(self, core: list[_Compiled], mode: str) -> tuple[list[_Compiled], list[_Compiled]]:
        """Check an unsatisfiable core by deletion: drop members it does not need, and
        return it with the members proved necessary (without them the rest is satisfiable).
        QuickXplain alone would count an undecided subset as satisfiable and could blame a
        check the conflict does not need."""
        necessary: list[_Compiled] = []
        index = 0
        while index < len(core):
            rest = core[:index] + core[index + 1 :]
            status = self.status(rest, mode) if rest else "sat"
            if status == "unsat":
                core = rest
                continue
            if status == "sat":
                necessary.append(core[index])
            index += 1
        return core, [c for c in necessary if c in core]

    def _reads_differently(self, compiled: _Compiled) -> bool:
        net = self.net
        return any(
            net.strict[var] != net.lenient[var]
            for var in compiled.decision
            if net.kinds[var] in ("figure", "reference")
        )

    def _quickxplain(
        self, background: list[_Compiled], candidates: list[_Compiled], mode: str
    ) -> list[_Compiled]:
        if not candidates:
            return []
        if self.status(background, mode) == "unsat":
            return []
        return self._qx(background, [], candidates, mode)

    def _qx(
        self,
        background: list[_Compiled],
        delta: list[_Compiled],
        candidates: list[_Compiled],
        mode: str,
    ) -> list[_Compiled]:
        if delta and self.status(background, mode) == "unsat":
            return []
        if len(candidates) == 1:
            return candidates
        half = len(candidates) // 2
        first, second = candidates[:half], candidates[half:]
        second_core = self._qx(background + first, first, second, mode)
        first_core = self._qx(background + second_core, second_core, first, mode)
        return first_core + second_core


class _NotExact(Exception):
    """Interval evaluation would not give the exact range (a divisor straddles zero): use the
    general solver."""


@dataclass(frozen=True, slots=True)
class _Recipe:
    """A check that can be decided by evaluating each side once, by exact interval arithmetic.

    When every figure occurs once in a check, interval arithmetic on the exact readings gives
    the exact range of each side (each operation returns exactly the set of results), so the
    check can hold iff the two ranges meet as the comparison requires.

    Values live in slots: the figures (``leaves``, in the order of ``leaf_vars``), then the
    constants, then one slot per step of ``program``.  A recipe refers to no figure's value,
    so one serves every check of its shape (see :func:`_quick_for`).
    """

    leaf_vars: tuple[int, ...]
    """The network variable of each leaf slot."""
    consts: tuple[Interval, ...]
    program: tuple[tuple[str, int, int], ...]
    """(op, slot, slot or exponent) for each intermediate value, in order."""
    op: str
    """The comparison, "eq", "le" or "lt", of slots ``a`` and ``b``."""
    a: int
    b: int
    lhs: int
    rhs: int
    """The slots the verdict shows: what is implied against what is stated."""

    @classmethod
    def of(cls, net: Network, item: _Compiled) -> _Recipe | None:
        """The recipe of a compiled check, or ``None`` when the check is not of that kind."""
        if (
            item.lhs is None
            or item.rhs is None
            or item.uncheckable is not None
            or len(item.own) != 1
        ):
            return None
        constraint = net.constraints[item.own[0]]
        if constraint[0] not in ("eq", "le", "lt"):
            return None
        op, a, b, _ = constraint  # type: ignore[misc]
        slots: dict[int, int] = {}
        leaves: list[int] = []
        consts: list[int] = []
        steps: list[tuple[str, int, int]] = []
        stepped: list[int] = []

        def visit(var: int) -> None:
            if var in slots:
                return
            kind = net.kinds[var]
            if kind == "const":
                slots[var] = -1
                consts.append(var)
            elif kind != "aux":
                slots[var] = -1
                leaves.append(var)
            else:
                z_op, _, x, y = net.constraints[net.defines[var][0]]  # type: ignore[misc]
                visit(x)
                if z_op not in ("neg", "pow"):
                    visit(y)
                slots[var] = -1
                steps.append((z_op, x, y))
                stepped.append(var)

        for root in (a, b, item.lhs.var, item.rhs.var):
            visit(root)
        # Each figure and each intermediate value must be used once (by the comparison or by
        # one step): a value used twice ("a == a + b", "(a + b) / (a + b)") would make the
        # ranges of the sides wider than the values they can take together.
        uses: dict[int, int] = {a: 1}
        uses[b] = uses.get(b, 0) + 1
        for z_op, x, y in steps:
            for operand in (x,) if z_op in ("neg", "pow") else (x, y):
                uses[operand] = uses.get(operand, 0) + 1
        if any(count > 1 and net.kinds[var] != "const" for var, count in uses.items()):
            return None
        for index, var in enumerate((*leaves, *consts, *stepped)):
            slots[var] = index
        program = tuple(
            (z_op, slots[x], y if z_op in ("neg", "pow") else slots[y]) for z_op, x, y in steps
        )
        return cls(
            tuple(leaves),
            tuple(net.strict[var] for var in consts),
            program,
            op,
            slots[a],
            slots[b],
            slots[item.lhs.var],
            slots[item.rhs.var],
        )

    def values(self, leaves: Sequence[Interval]) -> list[Interval]:
        """Every slot's exact range, from the leaves' intervals."""
        values = [*leaves, *self.consts]
        for op, x, y in self.program:
            left = values[x]
            if op == "neg":
                values.append(-left)
            elif op == "pow":
                if y < 0 and _straddles_zero(left):
                    raise _NotExact  # 1/x over [-1, 2] is two rays, not the whole line
                values.append(left**y)
            else:
                right = values[y]
                if op == "add":
                    values.append(left + right)
                elif op == "sub":
                    values.append(left - right)
                elif op == "mul":
                    values.append(left * right)
                elif 0 in right:
                    raise _NotExact
                else:
                    values.append(left / right)
        return values

    def decide(
        self, strict: Sequence[Interval], lenient: Sequence[Interval]
    ) -> tuple[bool, bool, Interval, Interval, Interval] | None:
        """(holds leniently, holds strictly, stated lenient, stated strict, implied) for the
        leaves' strict and lenient intervals; ``None`` when evaluation is not exact."""
        try:
            by_strict = self.values(strict)
            # Most figures read the same strictly and leniently (no hedge): then so does every
            # expression over them, and one evaluation serves both.
            same = all(x is y for x, y in zip(strict, lenient, strict=True))
            by_lenient = by_strict if same else self.values(lenient)
        except _NotExact:
            return None
        a, b, op = self.a, self.b, self.op
        holds_strictly = _meets(op, by_strict[a], by_strict[b])
        holds = holds_strictly if same else _meets(op, by_lenient[a], by_lenient[b])
        return holds, holds_strictly, by_lenient[self.rhs], by_strict[self.rhs], by_strict[self.lhs]


def _single_check(
    net: Network, item: _Compiled
) -> tuple[bool, bool, Interval, Interval, Interval] | None:
    """Decide a check that shares nothing with any other check, exactly and fast (see
    :class:`_Recipe`): (holds leniently, holds strictly, stated lenient, stated strict,
    implied), or ``None`` when the check is not of that kind."""
    recipe = _Recipe.of(net, item)
    if recipe is None or not _exact_leaves(net, recipe.leaf_vars):
        return None
    return recipe.decide(
        [net.strict[var] for var in recipe.leaf_vars],
        [net.lenient[var] for var in recipe.leaf_vars],
    )


def _exact_leaves(net: Network, variables: Iterable[int]) -> bool:
    """Whether interval arithmetic over these variables' domains gives exact ranges: not
    when one of them takes only the whole numbers of a range (12 + 15 + 9 is a point, but
    a whole number in [10, 14] over one in [2, 3] is not every value of [10/3, 7])."""
    integral = net.integral
    return not integral or all(
        var not in integral or (net.strict[var].is_point and net.lenient[var].is_point)
        for var in variables
    )


def _straddles_zero(interval: Interval) -> bool:
    return (interval.lo is None or interval.lo < 0) and (interval.hi is None or interval.hi > 0)


def _meets(op: str, left: Interval, right: Interval) -> bool:
    """Whether some x in ``left`` and y in ``right`` satisfy ``x op y``."""
    if left.is_empty or right.is_empty:
        return False
    if op == "eq":
        return left.overlaps(right)
    if left.lo is None or right.hi is None or left.lo < right.hi:
        return True
    return op == "le" and left.lo == right.hi and left.lo_closed and right.hi_closed


_GROWTH_NAMES = frozenset({"growth", "change", "growth_rate"})
_GAP_NAMES = frozenset({"gap", "rate_gap", "points_above"})


def _diagnose_slip(
    net: Network,
    solver: _Solver,
    symbols: dict[str, Term],
    readings: Mapping[str, Reading],
    item: _Compiled,
    tree: expr.Node,
    others: list[_Compiled],
) -> None:
    """When an inconsistent check would hold with its percent figure read as percentage points
    (a relative change read as a difference of rates), or the reverse, say so."""
    for figure_node, other in _slip_sides(tree):
        if figure_node.id not in readings:
            continue
        found = _slip_alternative(other, readings[figure_node.id].unit)
        if found is None:
            continue
        alternative, retype, wording = found
        trial = _slip_trial(net, symbols, item.check, figure_node, alternative, retype)
        if trial is None:
            continue
        trial.needs = net.closure(trial.own)
        # Alone, the trial is usually decided exactly by interval arithmetic, as the check was.
        quick = None if others else _single_check(net, trial)
        holds = quick[0] if quick is not None else solver.status([*others, trial], "lenient")
        if holds in (True, "sat"):
            item.slip = _slip_message(readings[figure_node.id].text, wording)
            item.slip_figure = figure_node.id
        return


def _diagnose_sign(
    net: Network,
    symbols: Mapping[str, Term],
    readings: Mapping[str, Reading],
    quotes: Mapping[str, str],
    item: _Compiled,
    others: list[_Compiled],
    mode: str,
) -> None:
    """When a check that fails under ``mode`` would hold, with ``others``, if one figure
    written with a direction word had the other sign, say so (see :mod:`factcheck.signs`)."""
    for name in signs.candidates(item.names, readings, quotes):
        var = symbols[name].var
        with net.read_as(var, -net.strict[var], -net.lenient[var]):
            # Alone, the check is usually decided exactly by interval arithmetic.
            quick = None if others else _single_check(net, item)
            if quick is not None:
                holds = quick[0] if mode == "lenient" else quick[1]
            else:
                trial = _Solver(net, NODE_BUDGET)
                holds = trial.status([*others, item], mode) == "sat"
        if holds:
            item.sign_flip = signs.message(readings[name], quotes[name])
            return


def _slip_trial(
    net: Network,
    symbols: dict[str, Term],
    check: Check,
    figure_node: expr.Name,
    alternative: expr.Node,
    retype: QType,
) -> _Compiled | None:
    """``check`` compiled as the slip would have it: the figure read the other way, equal to
    ``alternative``; ``None`` when that does not compile (the diagnosis skips it)."""
    term = symbols[figure_node.id]
    # The figure retyped, over the article's names (not a copy of them: an article can have
    # tens of thousands).
    retyped = Term(term.var, retype, term.text, None, term.written)
    local = ChainMap({figure_node.id: retyped}, symbols)
    # A key no check can have (ids are names), so no cached answer is mistaken for this
    # trial's: "g__slip" is a valid check id.
    trial = _Compiled(check, key=f"{check.id} (slip)")
    try:
        _Compiler(net, local, trial).condition(expr.Compare("==", alternative, figure_node))
    except CheckError:
        return None
    return trial


def _slip_message(written: str, wording: str) -> str:
    return (
        f"{written!r} does not hold as written, but would hold read as {wording}: "
        "a percent/percentage-point slip"
    )


def _slip_sides(tree: expr.Node) -> list[tuple[expr.Name, expr.Node]]:
    """The (figure, other side) pairs of an equality whose figure may be a slip of print."""
    if not isinstance(tree, expr.Compare) or tree.op != "==":
        return []
    return [
        (figure_node, other)
        for figure_node, other in ((tree.right, tree.left), (tree.left, tree.right))
        if isinstance(figure_node, expr.Name)
    ]


def _slip_alternative(other: expr.Node, unit: str | None) -> tuple[expr.Node, QType, str] | None:
    """What a figure in ``unit`` compared with ``other`` would equal if its unit were the slip
    of print: (the other side rewritten, the figure's type read the other way, the words)."""
    if unit == "percent" and isinstance(other, expr.Call) and other.fn in _GROWTH_NAMES:
        if len(other.args) == 2:
            alternative = expr.BinOp("-", other.args[0], other.args[1])
            return alternative, PP, "percentage points (a difference of rates)"
    elif unit == "percentage_point":
        pair = None
        if isinstance(other, expr.BinOp) and other.op == "-":
            pair = (other.left, other.right)
        elif isinstance(other, expr.Call) and other.fn in _GAP_NAMES and len(other.args) == 2:
            pair = (other.args[0], other.args[1])
        if pair is not None:
            return expr.Call("growth", pair), RATE, "percent (a relative change)"
    return None


def _components(compiled: list[_Compiled]) -> list[list[_Compiled]]:
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for item in compiled:
        variables = sorted(item.decision)
        for other in variables[1:]:
            parent[find(other)] = find(variables[0])
    groups: dict[object, list[_Compiled]] = {}
    for index, item in enumerate(compiled):
        key: object = find(min(item.decision)) if item.decision else ("alone", index)
        groups.setdefault(key, []).append(item)
    return list(groups.values())


# -- the quick lane ---------------------------------------------------------------------------
#
# Most checks of a large claim set share no figure with any other check: each is decided alone
# (see _Recipe), and most hold.  Such a check is compiled once per shape of condition and
# types of figures, into a recipe that names no figure and no value, and every check of that
# shape is decided by running the recipe on its own figures' readings, and gets its verdict
# there.  A check that fails goes the general way: its diagnoses (slips, signs) and culprits
# are solved on the network.  tests/test_quick_lane.py checks that every verdict is the same
# either way.


@dataclass(frozen=True, slots=True)
class _Quick:
    """A recipe compiled for a shape of condition, with what its verdicts need."""

    recipe: _Recipe
    lhs: QType
    rhs: QType
    lhs_figure: int | None
    rhs_figure: int | None
    """The index of the name that is the whole side, when one is."""
    relations: tuple[Relation, ...]


_QUICK: dict[tuple[object, ...], _Quick | None] = {}
_QUICK_LIMIT = 4096
_QUICK_LANE = True
"""Whether :func:`audit` takes the quick lane (switched off by the tests that compare)."""

_NEVER_ZERO = Interval.closed(1, 2)
_MAYBE_ZERO = Interval.closed(-1, 1)


def _quick_for(
    check: Check, names: Sequence[str], signature: Sequence[tuple[QType, bool]]
) -> _Quick | None:
    """The recipe of checks shaped like ``check`` over figures of these types: compiled here,
    over stand-ins that carry only each figure's type and whether it may be zero (all that a
    relation may ask of a figure while compiling: :class:`~factcheck.relations.Builder`)."""
    net = Network()
    symbols: dict[str, Term] = {}
    for name, (qtype, never_zero) in zip(names, signature, strict=True):
        var = net.add_var(name, "figure", _NEVER_ZERO if never_zero else _MAYBE_ZERO)
        symbols[name] = Term(var, qtype, name, name, None)
    item = _Compiled(check)
    try:
        tree = expr.parse_condition(check.condition)
        _Compiler(net, symbols, item).condition(tree)
    except (expr.CheckSyntaxError, CheckError):
        return None
    recipe = _Recipe.of(net, item)
    if (
        recipe is None
        or item.slip is not None
        or item.cannot_fail
        or sorted(recipe.leaf_vars) != list(range(len(names)))
    ):
        return None
    assert item.lhs is not None
    assert item.rhs is not None
    return _Quick(
        recipe,
        item.lhs.qtype,
        item.rhs.qtype,
        None if item.lhs.figure is None else names.index(item.lhs.figure),
        None if item.rhs.figure is None else names.index(item.rhs.figure),
        tuple(item.relations),
    )


_Shape = tuple[tuple[str, ...], tuple[str, ...]]


def _lone_checks(article: Article, symbols: Mapping[str, Term], net: Network) -> dict[int, _Shape]:
    """For each check (by position) whose figures no other check uses: its shape and names.

    Every check counts as a user of the names it mentions, even one that will not compile or
    whose id is taken (counting too many users only sends a check the general way); a check
    whose shape is not plain ("a ≤ c") is parsed for its names.  An id used twice is left to
    the general path, which reports it.
    """
    shapes: dict[int, _Shape] = {}
    used: dict[str, int] = {}
    ids: dict[str, int] = {}
    for index, check in enumerate(article.checks):
        ids[check.id] = ids.get(check.id, 0) + 1
        found = expr.shape(check.condition)
        if found is not None:
            shapes[index] = found
            names: Iterable[str] = found[1]
        else:
            try:
                names = expr.names_in(expr.parse_condition(check.condition))
            except expr.CheckSyntaxError:
                continue  # an error: it mentions nothing the network will hold
        for name in names:
            used[name] = used.get(name, 0) + 1
    kinds = net.kinds
    return {
        index: found
        for index, found in shapes.items()
        if ids[article.checks[index].id] == 1
        and all(
            used[name] == 1
            and (term := symbols.get(name)) is not None
            and kinds[term.var] == "figure"
            for name in found[1]
        )
    }


def _quick_verdict(
    check: Check,
    found: _Shape,
    net: Network,
    symbols: Mapping[str, Term],
    readings: Mapping[str, Reading],
) -> Verdict | None:
    """The verdict of a lone check by its shape's recipe; ``None`` when the check must go the
    general way (it fails, or the recipe cannot decide it)."""
    key, names = found
    terms = [symbols[name] for name in names]
    if not _exact_leaves(net, (t.var for t in terms)):
        return None
    strict = [net.strict[t.var] for t in terms]
    lenient = [net.lenient[t.var] for t in terms]
    # Whether each may be zero, asked as _Compiler.never_zero asks it of a figure.
    signature = tuple((t.qtype, 0 not in i) for t, i in zip(terms, lenient, strict=True))
    cache_key = (key, signature)
    quick = _QUICK.get(cache_key, _UNSEEN)
    if quick is _UNSEEN:
        quick = _quick_for(check, names, signature)
        if len(_QUICK) < _QUICK_LIMIT:
            _QUICK[cache_key] = quick
    if quick is None:
        return None
    assert isinstance(quick, _Quick)
    order = quick.recipe.leaf_vars
    decided = quick.recipe.decide([strict[i] for i in order], [lenient[i] for i in order])
    if decided is None:
        return None
    if not (decided[0] and decided[1]):
        return None  # a finding: its diagnoses and culprits are solved on the network
    lhs_name = None if quick.lhs_figure is None else names[quick.lhs_figure]
    rhs_name = None if quick.rhs_figure is None else names[quick.rhs_figure]
    item = _Compiled(
        check,
        lhs=Term(-1, quick.lhs, "", lhs_name),
        rhs=Term(-1, quick.rhs, "", rhs_name),
        relations=list(quick.relations),
        names=set(names),
    )
    return _verdict(net, item, (item,), readings, {}, {}, {}, set(), exact=decided[2:])


_UNSEEN: Final = object()


def audit(article: Article, *, node_budget: int = NODE_BUDGET) -> Report:
    """Audit an article: one verdict per check (see the module docstring for the grades)."""
    net = Network()
    symbols, readings, errors = _declare(article, net)
    compiled: list[_Compiled] = []
    trees: dict[str, expr.Node] = {}
    seen: set[str] = set()
    lone = _lone_checks(article, symbols, net) if _QUICK_LANE else {}
    quotes = {figure.name: figure.quote for figure in article.figures}
    order: list[str] = []
    verdicts: dict[str, Verdict] = {}
    quick_ids: set[str] = set()
    for index, check in enumerate(article.checks):
        if check.id in seen:
            errors.append(CheckError(f"check {check.id!r}", "the id is used twice", check.location,
                                     "give every check its own id"))  # fmt: skip
            continue
        seen.add(check.id)
        found = lone.get(index)
        if found is not None:
            verdict = _quick_verdict(check, found, net, symbols, readings)
            if verdict is not None:
                verdicts[check.id] = verdict
                quick_ids.add(check.id)
                order.append(check.id)
                continue
        item = _Compiled(check)
        try:
            tree = expr.parse_condition(check.condition)
            _Compiler(net, symbols, item, readings).condition(tree)
        except expr.CheckSyntaxError as error:
            errors.append(CheckError(f"check {check.id!r}", str(error), check.location))
            continue
        except CheckError as error:
            errors.append(error)
            continue
        item.needs = net.closure(item.own)
        compiled.append(item)
        trees[check.id] = tree
        order.append(check.id)

    solver = _Solver(net, node_budget)
    usage: dict[int, int] = {}
    for item in compiled:
        for var in item.decision:
            usage[var] = usage.get(var, 0) + 1
    for group in _components(compiled):
        if len(group) == 1:
            quick = _single_check(net, group[0])
            if quick is not None:
                lenient_ok, strict_ok, stated, stated_strict, implied = quick
                item = group[0]
                check_id = item.check.id
                if not lenient_ok and item.slip is None:
                    _diagnose_slip(net, solver, symbols, readings, item, trees[check_id], [])
                if item.slip is None and not strict_ok:
                    mode = "strict" if lenient_ok else "lenient"
                    _diagnose_sign(net, symbols, readings, quotes, item, [], mode)
                verdicts[check_id] = _verdict(
                    net,
                    item,
                    group,
                    readings,
                    usage,
                    {} if lenient_ok else {check_id: []},
                    {} if strict_ok else {check_id: []},
                    set(),
                    exact=(stated, stated_strict, implied),
                )
                _add_culprits(net, symbols, readings, quotes, group, verdicts, node_budget)
                quick_ids.add(check_id)
                continue
        testable = [c for c in group if c.uncheckable is None]
        lenient_flagged, strict_flagged, undecided = solver.grade(testable)
        remaining = [c for c in testable if c.check.id not in lenient_flagged]
        for item in testable:
            if item.check.id in lenient_flagged and item.slip is None:
                _diagnose_slip(
                    net, solver, symbols, readings, item, trees[item.check.id], remaining
                )
        held = [c for c in remaining if c.check.id not in strict_flagged]
        for item in testable:
            if item.slip is not None or item.check.id in undecided:
                continue
            if item.check.id in lenient_flagged:
                _diagnose_sign(net, symbols, readings, quotes, item, remaining, "lenient")
            elif item.check.id in strict_flagged:
                _diagnose_sign(net, symbols, readings, quotes, item, held, "strict")
        for item in group:
            verdicts[item.check.id] = _verdict(
                net,
                item,
                group,
                readings,
                usage,
                lenient_flagged,
                strict_flagged,
                undecided,
                loose=solver.loose,
            )
        _add_culprits(net, symbols, readings, quotes, group, verdicts, node_budget)
    ordered = tuple(verdicts[check_id] for check_id in order)
    sound = [
        c
        for c in compiled
        if c.check.id not in quick_ids
        and verdicts[c.check.id].grade in ("consistent", "uncheckable")
    ]
    return Report(
        article=article,
        verdicts=ordered,
        errors=tuple(errors),
        readings=readings,
        bounds=_all_bounds(net, symbols, sound),
    )


_FLAGGED: Final = ("inconsistent", "stretched")


def _add_culprits(
    net: Network,
    symbols: Mapping[str, Term],
    readings: Mapping[str, Reading],
    quotes: Mapping[str, str],
    group: Sequence[_Compiled],
    verdicts: dict[str, Verdict],
    node_budget: int,
) -> None:
    """Give each finding of ``group`` its culprits (:mod:`factcheck.culprits`), asked on the
    same network: the group graded again with one figure free, and what the checks that then
    hold imply for that figure."""
    findings = [c.check.id for c in group if verdicts[c.check.id].grade in _FLAGGED]
    if not findings:
        return

    def regrade(checks: Sequence[_Compiled]) -> set[str]:
        if len(checks) == 1 and checks[0].slip is None:
            exact = _single_check(net, checks[0])
            if exact is not None:
                return set() if exact[1] else {checks[0].check.id}
        testable = [c for c in checks if c.uncheckable is None]
        lenient, strict, undecided = _Solver(net, node_budget).grade(testable)
        slipped = {c.check.id for c in checks if c.slip is not None}
        return lenient.keys() | strict.keys() | undecided | slipped

    def implied(
        name: str, checks: Sequence[_Compiled], domain: Interval
    ) -> tuple[Interval, Interval | None]:
        term = symbols[name]
        return _implied_both(net, term, checks, [term.var], domain)

    trials = culprits.Trials(regrade, implied, lambda c: c.check.id)
    named = {c.check.id: c.slip_figure for c in group if c.slip_figure is not None}
    var_of = {name: term.var for name, term in symbols.items()}
    found = culprits.find(net, var_of, readings, quotes, group, findings, trials, named=named)
    for check_id, items in found.items():
        verdicts[check_id] = attrs.evolve(verdicts[check_id], culprits=items)


def _all_bounds(
    net: Network, symbols: Mapping[str, Term], checks: Sequence[_Compiled]
) -> dict[str, Interval]:
    for mode in ("strict", "lenient"):
        active: set[int] = set()
        for item in checks:
            active |= item.needs
        box = net.box(mode, net.variables(active))
        if net.propagate(box, active, budget=200 * len(active) + 1000):
            exact = net.strict if mode == "strict" else net.lenient
            return {
                name: _whole(net, t.var, to_interval(box[0][t.var], box[1][t.var]))
                if t.var in box[0]
                else exact[t.var]
                for name, t in symbols.items()
            }
    return dict.fromkeys(symbols, EMPTY)


def _whole(net: Network, var: int, interval: Interval) -> Interval:
    """An interval of ``var``'s values, narrowed to its whole numbers when it takes no
    others (exactly: a float hull's ends can be a hair off the whole numbers they bound)."""
    return grid_hull(interval, 1) if var in net.integral else interval


def _verdict(
    net: Network,
    item: _Compiled,
    group: Sequence[_Compiled],
    readings: Mapping[str, Reading],
    usage: Mapping[int, int],
    lenient_flagged: Mapping[str, list[str]],
    strict_flagged: Mapping[str, list[str]],
    undecided: set[str],
    *,
    exact: tuple[Interval, Interval, Interval] | None = None,
    loose: AbstractSet[str] = frozenset(),
) -> Verdict:
    from factcheck.explain import display_of

    check_id = item.check.id
    others = [
        c
        for c in group
        if c is not item and c.check.id not in lenient_flagged and c.check.id not in strict_flagged
    ]
    stated = stated_strict = implied = None
    if exact is not None:
        stated, stated_strict, implied = exact
    elif item.lhs is not None and item.rhs is not None:
        stated = _forward(net, item.rhs, "lenient")
        stated_strict = _forward(net, item.rhs, "strict")
        implied = _implied(net, item.lhs, others, sorted(item.decision))
    unit, factor = display_of(item, readings)
    conflicts: tuple[str, ...] = ()
    reason = ""
    grade: Grade
    if item.uncheckable is not None:
        grade, reason = "uncheckable", item.uncheckable
    elif check_id in lenient_flagged:
        grade = "inconsistent"
        conflicts = tuple(lenient_flagged[check_id])
        if check_id in loose:
            reason = _LOOSE
    elif item.slip is not None:
        grade = "inconsistent"
    elif check_id in undecided:
        # Before "stretched": that grade says the check holds on a lenient reading, which
        # the search could not show here.
        grade, reason = "undecided", "the search budget ran out before a proof either way"
        if check_id in strict_flagged:
            conflicts = tuple(strict_flagged[check_id])
            reason = (
                "it cannot hold on the strict reading of its figures; whether it holds on a "
                "lenient reading was not decided within the search budget"
            )
    elif check_id in strict_flagged:
        grade = "stretched"
        conflicts = tuple(strict_flagged[check_id])
        if check_id in loose:
            reason = _LOOSE
    else:
        free = [
            net.names[v]
            for v in item.decision
            if net.kinds[v] == "unknown" and usage.get(v, 0) <= 1
        ]
        if free:
            grade = "uncheckable"
            reason = (
                f"it rests on {', '.join(sorted(free))}, which no other check constrains; "
                "state or derive it to make the check testable"
            )
        else:
            grade = "consistent"
    compared = stated if grade == "inconsistent" else stated_strict
    off_by = off_rel = None
    if grade in ("inconsistent", "stretched") and (
        compared is not None
        and implied is not None
        and not implied.is_empty
        and not compared.is_empty
    ):
        gap = compared.distance(implied)
        off_by = gap * factor
        middle = compared.midpoint if compared.is_bounded else None
        if middle:
            off_rel = gap / abs(middle)
    if item.slip is not None:
        reason = item.slip + (f"; {reason}" if reason else "")
    warning = _CANNOT_FAIL if item.cannot_fail else None
    sign_flip = item.sign_flip if grade in ("inconsistent", "stretched") else None
    if sign_flip is not None:
        reason = sign_flip + (f"; {reason}" if reason else "")
    return Verdict(
        check=item.check,
        grade=grade,
        stated=stated,
        stated_strict=stated_strict,
        implied=implied,
        unit=unit,
        display_factor=factor,
        conflicts_with=conflicts,
        off_by=off_by,
        off_by_relative=off_rel,
        slip=item.slip,
        sign_flip=sign_flip,
        warning=warning,
        reason=reason,
        figures={name: readings[name] for name in sorted(item.names) if name in readings},
        relations=tuple((r.name, r.formula) for r in dict.fromkeys(item.relations)),
        claim_figure=item.rhs.figure if item.rhs is not None else None,
    )


_CANNOT_FAIL = (
    "this check cannot fail: its two sides are the same expression (or literals that agree), "
    "so it holds whatever the article says; compare the figure with what the article derives "
    "it from"
)

_LOOSE = (
    "the checks it conflicts with cannot all hold together; whether each of them is needed "
    "for the conflict was not decided within the search budget"
)


def _forward(net: Network, term: Term, mode: str) -> Interval | None:
    exact = net.lenient if mode == "lenient" else net.strict
    if net.kinds[term.var] != "aux":
        return exact[term.var]
    active = net.closure(net.defines.get(term.var, []))
    box = net.box(mode, [*net.variables(active), term.var])
    if not net.propagate(box, active):
        return None
    return to_interval(box[0][term.var], box[1][term.var])


def _implied(
    net: Network, term: Term, others: Sequence[_Compiled], focus: Iterable[int]
) -> Interval | None:
    """What the rest of the article implies for ``term``: strict readings where they agree,
    else lenient; ``None`` when even those leave no room."""
    return _implied_both(net, term, others, focus)[0]


def _implied_both(
    net: Network,
    term: Term,
    others: Sequence[_Compiled],
    focus: Iterable[int],
    domain: Interval = ENTIRE,
) -> tuple[Interval, Interval | None]:
    """:func:`_implied`, and the hull of the values solutions were found with
    (:func:`factcheck.hulls.refine_both`).  A figure's own reading is set aside for
    ``domain`` (every value, by default)."""
    focus = list(focus)
    active = net.closure(net.defines.get(term.var, []))
    for other in others:
        active |= other.needs
    own = net.kinds[term.var] in ("figure", "reference")
    for mode in ("strict", "lenient"):
        box = net.box(mode, [*net.variables(active), *focus, term.var])
        if own:  # from the rest, not its own reading
            box[0][term.var], box[1][term.var] = down(domain.lo), up(domain.hi)
        if net.propagate(box, active, budget=200 * len(active) + 1000) and net.tighten(
            box,
            active,
            mode,
            [term.var],
            work_budget=_SHAVE_WORK * len(active) + 500,
            trial_steps=_SLICE_STEPS * len(active) + 100,
        ):
            # The float hull serves propagation; what a reader is shown is refined to within
            # 1 % of its width (factcheck.hulls), with the figure's own reading set aside.
            with net.read_as(term.var, domain, domain) if own else nullcontext():
                proved, reached = hulls.refine_both(net, term.var, active, mode, box)
            whole = _whole(net, term.var, proved)
            return whole, None if reached is None else reached.intersect(whole)
    return EMPTY, None


_SHAVE_WORK = 20
"""Constraint revisions per constraint that shaving an implied interval may spend.  The
interval stays sound when they run out, only less narrow."""

_SLICE_STEPS = 4
"""Revisions per constraint one shaving slice may take to be refuted.  In the seed article a
slice of Shandong's share of the increase that cannot be refuted ran propagation's whole
budget (about 1,900 revisions, converging slowly round the national total's cycle) where the
slices that can be were refuted in about 100."""
