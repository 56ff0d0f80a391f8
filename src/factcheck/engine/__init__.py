"""The engine: compile an article's checks into one constraint network, solve it, grade it.

Grading (docs/verdicts.md):

1. With every figure at its *lenient* reading, find minimal sets of checks that cannot hold
   together; their members are **inconsistent**.
2. With the rest, at *strict* readings, do the same; their members are **stretched**.
3. A check that no other part of the article constrains (its left side is implied to be
   anything, or it rests on an unknown used nowhere else) is **uncheckable**.
4. The rest are **consistent** (a witness satisfies them all, verified exactly), or
   **undecided** when the search budget ran out before a proof either way.

One module a stage, each importing only those above it in this list:

- :mod:`~factcheck.engine.constraints`: the constraint vocabulary and outward-rounded bounds
- :mod:`~factcheck.engine.propagate`: narrowing float boxes and exact domains to a fixpoint
- :mod:`~factcheck.engine.network`: the network of variables and constraints
- :mod:`~factcheck.engine.candidates`: the values a search tries as a witness
- :mod:`~factcheck.engine.search`: branch-and-prune, probing and shaving; :func:`search.solve`
- :mod:`~factcheck.engine.compiler`: checks compiled into constraints
- :mod:`~factcheck.engine.declare`: figures, unknowns and references declared as variables
- :mod:`~factcheck.engine.solver`: the questions a grading asks, conflicts and QuickXplain
- :mod:`~factcheck.engine.exact`: checks decided alone, exactly, without a search
- :mod:`~factcheck.engine.slips`: a slip of wording or a flipped sign behind a failure
- :mod:`~factcheck.engine.implied`: the interval the rest of an article implies
- :mod:`~factcheck.engine.verdicts`: one check's verdict, and its culprits
- :mod:`~factcheck.engine.quick`: the quick lane for checks that share no figure
- :mod:`~factcheck.engine.auditing`: :func:`audit` and its :class:`Report`
"""

from __future__ import annotations

__all__ = ["CheckError", "Report", "audit"]

from factcheck.engine.auditing import Report, audit
from factcheck.engine.compiler import CheckError
from factcheck.engine.constraints import NODE_BUDGET as NODE_BUDGET
