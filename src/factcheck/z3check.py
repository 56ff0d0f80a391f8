"""An optional exact path: the engine's system decided by z3's nonlinear real arithmetic.

``pip install z3-solver`` brings z3 in.  :func:`audit_z3` compiles an article with the
engine's own compiler (:mod:`factcheck.engine`), so both paths see the very same constraint
network, and grades it with the engine's own procedure (minimal conflicts by QuickXplain, first
under lenient then under strict readings, blame under strict readings, uncheckable and slip
rules).  Only the oracle differs: every "do these checks hold together?" question goes to z3
instead of the engine's propagation and witness search.  That makes this module a reference to
test the engine against, and a second opinion on a system the engine leaves undecided.

Each figure, unknown and reference is a z3 ``Real`` inside its strict or lenient interval (open
and closed ends respected, unbounded sides left free), or an ``Int`` when it takes only whole
values (a count: ``integer: true``, or inferred); each auxiliary variable of the network
is a ``Real`` tied by its primitive constraint; a divisor is required to be non-zero.  The
custom constraints of the relation table are encoded directly: ``rank`` by counting the members
above, ``grim`` and ``count_share`` by a whole number of steps.  A custom constraint this module
does not know makes every question that involves it "unknown" (graded undecided), never a guess.

z3 is imported only when a function here is called.
"""

from __future__ import annotations

__all__ = ["Z3System", "Z3UnavailableError", "audit_z3"]

import importlib
import inspect
import math
import time
from collections.abc import Iterable, Mapping, Sequence
from fractions import Fraction
from typing import Any, Literal, cast

from factcheck import expr
from factcheck.custom import Custom
from factcheck.engine.auditing import _components
from factcheck.engine.compiler import CheckError, _Compiled, _Compiler
from factcheck.engine.constraints import NODE_BUDGET, Outcome
from factcheck.engine.declare import _declare
from factcheck.engine.network import Network
from factcheck.engine.solver import _Solver
from factcheck.engine.verdicts import _verdict
from factcheck.errors import FactcheckError
from factcheck.intervals import Interval
from factcheck.model import Article, Grade

Status = Literal["sat", "unsat", "unknown"]

DEFAULT_TIMEOUT_MS = 10_000
"""How long z3 may think about one question before it counts as "unknown"."""

_ENUMERATE_LIMIT = 64
"""A granularity constraint on a bounded variable is written as a disjunction of its possible
values when there are at most this many (pure real arithmetic); otherwise with an integer."""


class Z3UnavailableError(FactcheckError, ImportError):
    """z3 is not installed; the exact path needs the optional extra."""

    def __str__(self) -> str:
        return "the exact z3 path needs z3-solver: pip install z3-solver"


def _import_z3() -> Any:
    try:
        return importlib.import_module("z3")
    except ImportError as error:
        raise Z3UnavailableError() from error


class _Z3Network(Network):
    """The engine's network, with :meth:`solve` answered by z3 (the grading's oracle in place of
    :func:`factcheck.engine.search.solve`, branch-and-prune).

    Propagation (used by the verdicts to show implied bounds) is inherited unchanged.
    """

    def __init__(self, timeout_ms: int) -> None:
        super().__init__()
        self.z3: Any = _import_z3()
        self.timeout_ms = timeout_ms
        self._reals: dict[int, Any] = {}
        self._encoded: dict[tuple[int, str], list[Any] | None] = {}
        self._domains: dict[tuple[int, str], list[Any]] = {}
        self._fresh = 0
        self.questions = 0
        """How many questions went to z3 (for benchmarks and tests)."""
        self.seconds = 0.0
        """How long z3 spent on them."""

    # -- terms --------------------------------------------------------------------------------

    def _value(self, var: int) -> Any:
        """A constant as a z3 rational, any other variable as its ``Real``."""
        if self.kinds[var] == "const":
            value = self.strict[var].lo
            assert value is not None
            return self._rational(value)
        found = self._reals.get(var)
        if found is None:
            if var in self.integral:  # a count of whole things: a z3 Int
                found = self.z3.ToReal(self.z3.Int(f"n{var}"))
            else:
                found = self.z3.Real(f"v{var}")
            self._reals[var] = found
        return found

    def _rational(self, value: Fraction) -> Any:
        return self.z3.Q(value.numerator, value.denominator)

    def _domain(self, var: int, mode: str) -> list[Any]:
        """The interval of a figure, unknown or reference under ``mode``, as z3 bounds."""
        key = (var, mode)
        found = self._domains.get(key)
        if found is not None:
            return found
        interval: Interval = (self.strict if mode == "strict" else self.lenient)[var]
        x = self._value(var)
        bounds: list[Any] = []
        if interval.lo is not None:
            lo = self._rational(interval.lo)
            bounds.append(x >= lo if interval.lo_closed else x > lo)
        if interval.hi is not None:
            hi = self._rational(interval.hi)
            bounds.append(x <= hi if interval.hi_closed else x < hi)
        self._domains[key] = bounds
        return bounds

    # -- constraints --------------------------------------------------------------------------

    def _encode(self, cid: int, mode: str) -> list[Any] | None:
        """Constraint ``cid`` as z3 formulas (``None``: this module cannot encode it)."""
        constraint = self.constraints[cid]
        # Only granularity depends on the mode (its disjunction follows the domain).
        key = (cid, mode if constraint[0] == "custom" else "")
        if key in self._encoded:
            return self._encoded[key]
        if constraint[0] == "custom":
            custom = constraint[1]
            assert isinstance(custom, Custom)
            formulas = self._custom(custom, mode)
        else:
            op, a, b, c = constraint  # type: ignore[misc]
            formulas = self._primitive(op, a, b, c)
        self._encoded[key] = formulas
        return formulas

    def _primitive(self, op: str, a: int, b: int, c: int) -> list[Any]:
        z, x = self._value(a), self._value(b)
        if op == "eq":
            return [z == x]
        if op == "le":
            return [z <= x]
        if op == "lt":
            return [z < x]
        if op == "neg":
            return [z == -x]
        if op == "pow":
            if c == 0:
                return [z == 1]
            power = x
            for _ in range(abs(c) - 1):
                power = power * x
            if c > 0:
                return [z == power]
            return [x != 0, z * power == 1]
        y = self._value(c)
        if op == "add":
            return [z == x + y]
        if op == "sub":
            return [z == x - y]
        if op == "mul":
            return [z == x * y]
        if op == "div":
            return [y != 0, z * y == x]
        raise AssertionError(op)  # pragma: no cover - the compiler emits only the ops above

    def _custom(self, custom: Custom, mode: str) -> list[Any] | None:
        """rank, grim and count_share, from the parameters their closures carry."""
        try:
            params = inspect.getclosurevars(custom.holds).nonlocals
        except TypeError:  # pragma: no cover - not a Python function
            return None
        if custom.name == "rank" and {"n", "descending"} <= params.keys():
            return self._rank(custom.vars, int(params["n"]), bool(params["descending"]))
        if custom.name == "integer" and custom.vars[0] in self.integral:
            return []  # its variable is a z3 Int already
        if custom.name in ("grim", "count_share") and "count" in params:
            return self._granular(custom.vars[0], int(params["count"]), mode)
        return None

    def _rank(self, variables: Sequence[int], n: int, descending: bool) -> list[Any]:
        z3 = self.z3
        me = self._value(variables[0])
        rest = [self._value(v) for v in variables[1:]]
        ahead = [z3.If(v > me if descending else v < me, 1, 0) for v in rest]
        count = z3.Sum(ahead) if ahead else z3.IntVal(0)
        return [count == n - 1, *(v != me for v in rest)]

    def _granular(self, var: int, count: int, mode: str) -> list[Any]:
        """``value * count`` is a whole number."""
        z3 = self.z3
        x = self._value(var)
        if self.kinds[var] != "aux":
            interval = (self.strict if mode == "strict" else self.lenient)[var]
            if interval.lo is not None and interval.hi is not None:
                first = math.ceil(interval.lo * count)
                last = math.floor(interval.hi * count)
                if last - first < _ENUMERATE_LIMIT:
                    options = [
                        x == self._rational(Fraction(k, count)) for k in range(first, last + 1)
                    ]
                    return [z3.Or(options) if options else z3.BoolVal(False)]
        self._fresh += 1
        k = z3.Int(f"k{self._fresh}")
        return [x * count == z3.ToReal(k)]

    # -- solving ------------------------------------------------------------------------------

    def formulas(self, active: Iterable[int], mode: str) -> list[Any] | None:
        """Every formula of the ``active`` constraints with the domains of their variables
        under ``mode``; ``None`` when one of them cannot be encoded."""
        formulas: list[Any] = []
        involved: set[int] = set()
        for cid in sorted(active):
            encoded = self._encode(cid, mode)
            if encoded is None:
                return None
            formulas.extend(encoded)
            involved.update(self.reaches[cid])
        for var in sorted(involved):
            if self.kinds[var] in ("figure", "unknown", "reference"):
                formulas.extend(self._domain(var, mode))
        return formulas

    def decide(self, active: Iterable[int], mode: str) -> Status:
        """Whether the ``active`` constraints hold together under ``mode``, by z3."""
        return self._decide(active, mode)[0]

    def _decide(self, active: Iterable[int], mode: str) -> tuple[Status, Any]:
        formulas = self.formulas(active, mode)
        if formulas is None:
            return "unknown", None
        self.questions += 1
        start = time.perf_counter()
        solver = self.z3.Solver()
        solver.set("timeout", self.timeout_ms)
        solver.add(*formulas)
        result = solver.check()
        self.seconds += time.perf_counter() - start
        if result == self.z3.sat:
            return "sat", solver.model()
        if result == self.z3.unsat:
            return "unsat", None
        return "unknown", None

    def solve(
        self,
        active: set[int],
        mode: str,
        *,
        node_budget: int = NODE_BUDGET,
        work_budget: int = 0,
        hint: Mapping[int, Fraction] | None = None,
    ) -> Outcome:
        """z3's answer, with its model as the witness when every value in it is rational (the
        grading reuses witnesses for later questions, as it does the engine's).  The engine's
        hint of values to try first means nothing to z3."""
        status, model = self._decide(active, mode)
        if model is None:
            return Outcome(status)
        return Outcome(status, self._witness(model, self.variables(active)))

    def _witness(self, model: Any, variables: Iterable[int]) -> dict[int, Fraction] | None:
        witness: dict[int, Fraction] = {}
        for var in variables:
            value = model.eval(self._value(var), model_completion=True)
            if not self.z3.is_rational_value(value):
                return None  # an algebraic number: no exact Fraction to check later
            witness[var] = Fraction(value.numerator_as_long(), value.denominator_as_long())
        return witness


class Z3System:
    """An article compiled by the engine's compiler, with z3 as the oracle.

    :meth:`status` answers for any set of checks; :meth:`grades` grades them all exactly as
    :func:`factcheck.engine.audit` does.
    """

    def __init__(
        self,
        article: Article,
        *,
        timeout_ms: int = DEFAULT_TIMEOUT_MS,
        reuse_witnesses: bool = True,
    ) -> None:
        """``reuse_witnesses`` answers later questions from z3's earlier (rational) models
        when they verify in Fractions, as the engine does with its own witnesses; turn it off
        for an oracle that shares none of the engine's grading shortcuts (the cross-check
        tests do)."""
        self.article = article
        self.net = _Z3Network(timeout_ms)
        self.symbols, self.readings, _ = _declare(article, self.net)
        self.compiled: list[_Compiled] = []
        seen: set[str] = set()
        for check in article.checks:
            if check.id in seen:
                continue  # the engine reports the duplicate and skips it too
            seen.add(check.id)
            item = _Compiled(check)
            try:
                _Compiler(self.net, self.symbols, item).condition(
                    expr.parse_condition(check.condition)
                )
            except (expr.CheckSyntaxError, CheckError):
                continue  # an error, not a verdict, in the engine as well
            item.needs = self.net.closure(item.own)
            self.compiled.append(item)
        self._by_id = {item.check.id: item for item in self.compiled}
        self._solver = _Solver(
            self.net, node_budget=0, reuse=reuse_witnesses, oracle=self.net.solve
        )

    @property
    def questions(self) -> int:
        """How many questions z3 has been asked so far."""
        return self.net.questions

    def status(self, check_ids: Iterable[str], mode: str) -> Status:
        """Whether the checks hold together with every figure read under ``mode``
        ("strict" or "lenient"); "unknown" when z3 timed out or a constraint is unsupported
        (with ``reuse_witnesses``, an earlier model that verifies in Fractions may answer
        such a question "sat")."""
        chosen = [self._by_id[check_id] for check_id in check_ids]
        return cast(Status, self._solver.status(chosen, mode))

    def grades(self) -> list[tuple[str, Grade, tuple[str, ...]]]:
        """``(check id, grade, conflicts)`` for every check that compiled, in order."""
        net, solver, compiled = self.net, self._solver, self.compiled
        usage: dict[int, int] = {}
        for item in compiled:
            for var in item.decision:
                usage[var] = usage.get(var, 0) + 1
        found: dict[str, tuple[Grade, tuple[str, ...]]] = {}
        for group in _components(compiled):
            testable = [c for c in group if c.uncheckable is None]
            lenient_flagged, strict_flagged, undecided = solver.grade(testable)
            for item in group:
                verdict = _verdict(
                    net,
                    item,
                    group,
                    self.readings,
                    usage,
                    lenient_flagged,
                    strict_flagged,
                    undecided,
                    loose=solver.loose,
                )
                found[item.check.id] = (verdict.grade, verdict.conflicts_with)
        return [(c.check.id, *found[c.check.id]) for c in compiled]


def audit_z3(
    article: Article, *, timeout_ms: int = DEFAULT_TIMEOUT_MS
) -> list[tuple[str, Grade, tuple[str, ...]]]:
    """Grade every check of ``article`` as :func:`factcheck.engine.audit` does, deciding each
    question exactly with z3: ``[(check id, grade, conflicts_with), ...]`` in check order.

    Raises :class:`Z3UnavailableError` when z3 is not installed.
    """
    return Z3System(article, timeout_ms=timeout_ms).grades()
