"""The compiler: a check's condition (:mod:`factcheck.expr`) turned into constraints of
the network, with units checked on the way (:class:`CheckError` when they do not fit).
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass, field
from fractions import Fraction

from factcheck import expr
from factcheck.custom import Custom
from factcheck.engine.network import Network
from factcheck.errors import FactcheckError, Location, UnitError, UnitMismatchError
from factcheck.intervals import Interval
from factcheck.model import Check
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
    """The figure a slip of print names (percent for points, a ratio for an increase)."""
    slip_reading: str = ""
    """How that figure would hold as written ("percentage points (a difference of rates)")."""
    mismatched: bool = False
    """Whether the slip is in the units as written (percent compared with points), which no
    value of a figure mends; otherwise it was diagnosed from the values, as one explanation."""
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

    def change_of(self, new: Term, old: Term, growth: Term) -> None:
        """When ``new`` is written as ``old`` plus a change c (or ``old`` as ``new`` less c),
        tie c to ``old * growth`` directly, beside ``growth``'s definition.  In
        ``(old + c) / old - 1`` the old level appears twice and propagation narrows it
        poorly ("decreased $5.8 billion, or 2.3 percent" over an unstated level took a
        search hundreds of times longer); ``c = old * growth`` names each once.  It holds
        wherever the definition does, so no answer changes."""
        net = self.net
        change, sign = None, 0
        for defined, other, forward in ((new, old, True), (old, new, False)):
            for cid in net.defines.get(defined.var, ())[:1]:
                constraint = net.constraints[cid]
                if len(constraint) != 4:
                    continue
                op, _, x, y = constraint
                if op == "add" and other.var in (x, y):
                    change, sign = (y if x == other.var else x), (1 if forward else -1)
                elif op == "sub" and x == other.var:
                    change, sign = y, (-1 if forward else 1)
            if change is not None:
                break
        if change is None or net.kinds[change] == "const":
            return
        rate = growth.var
        if sign < 0:  # old - c: the change is old * (1 - new / old)
            one = net.const(Fraction(1))
            ratio = net.op("div", new.var, old.var, f"({new.text} / {old.text})")
            rate = net.op("sub", one, ratio, f"(1 - {new.text} / {old.text})")
        net.define_also(growth.var, ("mul", change, old.var, rate))

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
                self.c.slip, self.c.slip_figure, self.c.slip_reading = slip
            self.c.mismatched = True
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

    def _slip(self, a: Term, b: Term) -> tuple[str, str, str] | None:
        """A percent figure compared with percentage points (or the reverse) is the classic
        slip of print: name it (the words, the figure, and how it would read) instead of
        refusing the check."""
        for figure_side, other in ((a, b), (b, a)):
            if figure_side.figure is None:
                continue
            if figure_side.qtype.dimensionless and other.qtype.is_pp:
                return (
                    f"'{figure_side.figure}' is written in percent, but the check compares it "
                    "with a difference of rates: a percent written for percentage points",
                    figure_side.figure,
                    "percentage points (a difference of rates)",
                )
            if figure_side.qtype.is_pp and other.qtype.dimensionless:
                return (
                    f"'{figure_side.figure}' is written in percentage points, but the check "
                    "compares it with a rate: percentage points written for percent",
                    figure_side.figure,
                    "percent (a rate)",
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
