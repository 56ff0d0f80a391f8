"""The questions grading asks of the network: whether a set of checks can hold together
(answers cached, earlier solutions tried first), which of them conflict, and a minimal
conflict (QuickXplain).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from fractions import Fraction
from typing import Protocol

from factcheck.engine import search
from factcheck.engine.compiler import _Compiled
from factcheck.engine.constraints import Outcome
from factcheck.engine.network import Network

# -- solving and grading ----------------------------------------------------------------------


class Oracle(Protocol):
    """Decides whether a set of constraints has a common solution (:func:`search.solve`)."""

    def __call__(
        self,
        active: set[int],
        mode: str,
        *,
        node_budget: int = ...,
        hint: Mapping[int, Fraction] | None = None,
    ) -> Outcome: ...


_WITNESSES_TRIED = 4
"""How many of the latest solutions a new question is checked against before a search."""


class _Solver:
    def __init__(
        self,
        net: Network,
        node_budget: int,
        *,
        reuse: bool = True,
        oracle: Oracle | None = None,
    ) -> None:
        self.net = net
        self.oracle: Oracle = oracle or functools.partial(search.solve, net)
        """What decides one question (the search by default; z3 for the cross-check)."""
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
        outcome = self.oracle(active, mode, node_budget=self.node_budget, hint=hint)
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
