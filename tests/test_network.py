"""The constraint network's outward-rounded float operations enclose the exact results.

Propagation runs on floats for speed; it is sound only if every projection contains every exact
result.  These properties pick exact points (Fractions) inside float boxes and check that the
float results contain the exact product and quotient, including the fast paths for positive
ranges and the infinite ends."""

from __future__ import annotations

import math
from fractions import Fraction

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from factcheck.engine import search
from factcheck.engine.candidates import _inside as quick_inside
from factcheck.engine.constraints import _Empty, down, up
from factcheck.engine.network import Network
from factcheck.engine.propagate import _div, _mul, _root_hull
from factcheck.intervals import Interval

FINITE = st.floats(allow_nan=False, allow_infinity=False, min_value=-1e300, max_value=1e300)
SMALL = st.one_of(FINITE, st.floats(min_value=-1e-300, max_value=1e-300), st.just(0.0))


@st.composite
def boxes(draw: st.DrawFn) -> tuple[float, float, Fraction]:
    """A float range (ends possibly infinite) and an exact point inside it."""
    a, b = sorted((draw(SMALL), draw(SMALL)))
    share = draw(st.fractions(min_value=0, max_value=1, max_denominator=10**6))
    point = Fraction(a) + (Fraction(b) - Fraction(a)) * share
    lo = -math.inf if draw(st.booleans()) and draw(st.booleans()) else a
    hi = math.inf if draw(st.booleans()) and draw(st.booleans()) else b
    return lo, hi, point


def _inside(value: Fraction, lo: float, hi: float) -> bool:
    return (lo == -math.inf or Fraction(lo) <= value) and (hi == math.inf or value <= Fraction(hi))


@settings(max_examples=3000, deadline=None)
@given(boxes(), boxes())
@example((1.1, 1.3, Fraction(6, 5)), (0.1, 0.3, Fraction(1, 5)))  # both positive: fast path
@example((0.0, math.inf, Fraction(3)), (2.0, math.inf, Fraction(5)))
@example((0.0, 0.3, Fraction(0)), (0.7, 0.9, Fraction(4, 5)))
def test_products_and_quotients_enclose_every_exact_result(
    a: tuple[float, float, Fraction], b: tuple[float, float, Fraction]
) -> None:
    alo, ahi, x = a
    blo, bhi, y = b
    lo, hi = _mul(alo, ahi, blo, bhi)
    assert _inside(x * y, lo, hi), (x * y, lo, hi)
    if y != 0 and not (blo == bhi == 0.0):
        lo, hi = _div(alo, ahi, blo, bhi)
        assert _inside(x / y, lo, hi), (x / y, lo, hi)


def test_the_work_budget_bounds_a_solve_and_says_unknown() -> None:
    """A solve that runs out of revisions answers "unknown" (never a wrong grade); with its
    budget it proves the answer.  x + y == 2 and x * y == 1 + 10**-6 over [0, 2] have no
    solution (x * y is at most 1 there), but propagation alone converges too slowly to see
    it: bisection must."""

    def system() -> tuple[Network, set[int]]:
        net = Network()
        x = net.add_var("x", "figure", Interval(Fraction(0), Fraction(2)))
        y = net.add_var("y", "figure", Interval(Fraction(0), Fraction(2)))
        total = net.op("add", x, y, "x+y")
        product = net.op("mul", x, y, "x*y")
        checks = [
            net.add_constraint(("eq", total, net.const(Fraction(2)), 0)),
            net.add_constraint(("eq", product, net.const(1 + Fraction(1, 10**6)), 0)),
        ]
        return net, net.closure(checks)

    net, active = system()
    assert search.solve(net, active, "strict").status == "unsat"
    starved, active = system()
    assert search.solve(starved, active, "strict", work_budget=0).status == "unknown"
    assert starved.steps < net.steps


def _short_decimal_reference(lo: Fraction, hi: Fraction, part: Fraction) -> Fraction:
    """The definition, on Fractions: the shortest decimal in the middle ``part``."""
    mid = (lo + hi) / 2
    quarter = (hi - lo) * part / 2
    inner_lo, inner_hi = mid - quarter, mid + quarter
    for digits in range(-15, 40):
        scale = Fraction(10) ** digits
        candidate = -math.floor(-inner_lo * scale) / scale
        if candidate <= inner_hi:
            return candidate
    return mid


@settings(max_examples=2000, deadline=None)
@given(
    st.fractions(min_value=-(10**20), max_value=10**20, max_denominator=10**12),
    st.fractions(min_value=0, max_value=10**6, max_denominator=10**15),
    st.sampled_from([Fraction(1, 2), Fraction(9, 10), Fraction(1), Fraction(0)]),
)
@example(Fraction(9999999999999999, 10**9), Fraction(1, 10**9), Fraction(1, 2))
@example(Fraction(-3), Fraction(0), Fraction(1, 2))  # a point: the point itself
def test_short_decimals_on_integers_match_the_definition(
    lo: Fraction, width: Fraction, part: Fraction
) -> None:
    from factcheck.engine.candidates import _short_decimal

    hi = lo + width
    found = _short_decimal(lo, hi, part)
    assert found == _short_decimal_reference(lo, hi, part)
    assert lo <= found <= hi


@given(
    x=st.fractions(min_value=-1000, max_value=1000).filter(lambda v: v != 0),
    n=st.integers(min_value=-5, max_value=5).filter(lambda v: v != 0),
    spread=st.fractions(min_value=0, max_value=10),
)
@example(x=Fraction(1, 2), n=-1, spread=Fraction(1))  # 1/x over [-1/2, 3/2]: pinned
@example(x=Fraction(-3), n=-2, spread=Fraction(0))
def test_root_hull_keeps_every_root(x: Fraction, n: int, spread: Fraction) -> None:
    """``_root_hull`` never cuts off an x whose power lies in the given range, for negative
    exponents too (it once gave up on them, leaving ``(a - b) ** -1 == c`` undecided)."""
    z = x**n
    xlo, xhi = down(x - spread), up(x + spread)
    try:
        hull = _root_hull(down(z), up(z), n, xlo, xhi)
    except _Empty:
        raise AssertionError(f"refuted a real root x = {x}") from None
    # z = x**n is never 0 here (x != 0), so there is always an enclosure to check
    assert hull is not None, (x, n)
    assert hull[0] <= x <= hull[1], (x, n, hull)


def test_root_hull_by_hand() -> None:
    """Literal cases: x**2 in [4, 9] with x >= 0 is x in [2, 3]; with x <= 0, [-3, -2]; with
    x of either sign, [-3, 3]; x**3 in [-8, 27] is [-2, 3]; x**-1 in [1/2, 2] is [1/2, 2];
    x**0 gives no enclosure; an even power below 0 has no root."""
    cases = [
        ((4.0, 9.0, 2, 0.0, 10.0), (2.0, 3.0)),
        ((4.0, 9.0, 2, -10.0, 0.0), (-3.0, -2.0)),
        ((4.0, 9.0, 2, -10.0, 10.0), (-3.0, 3.0)),
        ((-8.0, 27.0, 3, -10.0, 10.0), (-2.0, 3.0)),
        ((0.5, 2.0, -1, 0.0, 10.0), (0.5, 2.0)),
    ]
    for args, (lo, hi) in cases:
        hull = _root_hull(*args)
        assert hull is not None, args
        # sound (contains the exact ends) and tight (within a millionth of them)
        assert lo - 1e-6 < hull[0] <= lo, (args, hull)
        assert hi <= hull[1] < hi + 1e-6, (args, hull)
    assert _root_hull(1.0, 2.0, 0, 0.0, 1.0) is None
    with pytest.raises(_Empty):
        _root_hull(-9.0, -4.0, 2, -10.0, 10.0)


@given(
    value=st.fractions(),
    lo=st.floats(allow_nan=False).filter(lambda x: x != math.inf),  # a box's low end
    hi=st.floats(allow_nan=False).filter(lambda x: x != -math.inf),
)
@example(value=Fraction(1, 3), lo=1 / 3, hi=1.0)  # the float nearest 1/3 is above it
@example(value=Fraction(10**400), lo=0.0, hi=math.inf)
@example(value=Fraction(-(10**400)), lo=-math.inf, hi=0.0)
def test_inside_float_bounds_is_exact(value: Fraction, lo: float, hi: float) -> None:
    """The probe's quick test of a value against float bounds agrees with the exact one."""
    assert quick_inside(value, lo, hi) == _inside(value, lo, hi)


_POINTS = st.fractions(min_value=-(10**6), max_value=10**6, max_denominator=10**4)


@settings(max_examples=1000, deadline=None)
@given(
    op=st.sampled_from(["add", "sub", "mul", "div", "neg", "pow", "eq", "le", "lt"]),
    x=_POINTS,
    y=_POINTS,
    exponent=st.integers(min_value=-3, max_value=3).filter(lambda n: n != 0),
    slack=st.lists(st.sampled_from([0.0, 1e-9, 0.5, 3.0, math.inf]), min_size=6, max_size=6),
)
@example(op="div", x=Fraction(3), y=Fraction(0), exponent=1, slack=[0.0] * 6)
@example(op="mul", x=Fraction(0), y=Fraction(5), exponent=1, slack=[0.5] * 6)
@example(op="lt", x=Fraction(1), y=Fraction(1), exponent=1, slack=[0.0] * 6)
@example(op="div", x=Fraction(7, 3), y=Fraction(11, 7), exponent=1, slack=[0.5] * 6)  # positive
@example(op="mul", x=Fraction(7, 3), y=Fraction(1, 10**5), exponent=1, slack=[0.0] * 6)
def test_every_reviser_keeps_every_exact_solution(
    op: str, x: Fraction, y: Fraction, exponent: int, slack: list[float]
) -> None:
    """Each entry of the revision table narrows a box that holds an exact solution of its
    constraint without losing that solution (nor raising "empty").  Points are chosen so that
    the constraint holds exactly; the box around each is widened by the drawn slack."""
    from factcheck.engine.constraints import _Empty
    from factcheck.engine.propagate import _REVISERS

    if op in ("le", "lt"):
        x, y = min(x, y), max(x, y)
        if op == "lt" and x == y:
            y += 1
        constraint: tuple[str, int, int, int] = (op, 0, 1, 0)
        points = {0: x, 1: y}
    elif op == "eq":
        constraint, points = (op, 0, 1, 0), {0: x, 1: x}
    elif op == "neg":
        constraint, points = (op, 0, 1, 0), {0: -x, 1: x}
    elif op == "pow":
        if x == 0 and exponent < 0:
            x = Fraction(1)
        constraint, points = (op, 0, 1, exponent), {0: x**exponent, 1: x}
    else:
        if op == "div" and y == 0:
            y = Fraction(1)
        z = {"add": x + y, "sub": x - y, "mul": x * y, "div": x / y if y else Fraction(0)}[op]
        constraint, points = (op, 0, 1, 2), {0: z, 1: x, 2: y}
    lo = {v: down(p) - slack[2 * v] for v, p in points.items()}
    hi = {v: up(p) + slack[2 * v + 1] for v, p in points.items()}
    try:
        _REVISERS[op](constraint, lo, hi)
    except _Empty:
        raise AssertionError(f"{op} refuted the solution {points}") from None
    for v, p in points.items():
        assert _inside(p, lo[v], hi[v]), (op, v, p, lo[v], hi[v])


@settings(max_examples=100, deadline=None)
@given(
    ends=st.lists(st.tuples(st.integers(1, 500), st.integers(0, 60)), min_size=3, max_size=3),
    trial_steps=st.one_of(st.none(), st.integers(1, 30)),
    work=st.integers(0, 400),
    picks=st.lists(st.fractions(min_value=0, max_value=1), min_size=3, max_size=3),
)
def test_shaving_never_cuts_off_a_solution(
    ends: list[tuple[int, int]],
    trial_steps: int | None,
    work: int,
    picks: list[Fraction],
) -> None:
    """Shaving an implied interval, with any work budget and any cap on each slice's
    revisions, keeps every value the system can take.  The system is the shape of a share of
    an increase: r = (a - b) / (c - b) with a, b, c figures, shaved on r; a solution is drawn
    inside the figures' intervals and its r must survive."""
    net = Network()
    figures = []
    for index, (low, width) in enumerate(ends):
        interval = Interval(Fraction(low), Fraction(low + width))
        figures.append(net.add_var("abc"[index], "figure", interval))
    a, b, c = figures
    rise = net.op("sub", a, b, "a-b")
    whole = net.op("sub", c, b, "c-b")
    share = net.op("div", rise, whole, "r")
    active = net.closure(net.defines[share])
    values = [Fraction(low) + width * pick for (low, width), pick in zip(ends, picks, strict=True)]
    if values[2] == values[1]:
        return  # r is undefined there: no solution to keep
    r = (values[0] - values[1]) / (values[2] - values[1])
    box = net.box("strict", net.variables(active))
    assert net.propagate(box, active)
    assert search.tighten(
        net, box, active, "strict", [share], work_budget=work, trial_steps=trial_steps
    )
    assert _inside(r, box[0][share], box[1][share]), (r, box[0][share], box[1][share])


def _share_of_increase(ends: list[tuple[int, int]]) -> tuple[Network, list[int], set[int]]:
    """A network for r = (a - b) / (c - b), the figures a, b, c and r (in percent) each in
    ``[low, low + width]`` of ``ends``: (network, figure variables, active constraints)."""
    net = Network()
    figures = []
    for index, (low, width) in enumerate(ends):
        scale = 100 if index == 3 else 1  # r is read in percent
        interval = Interval(Fraction(low, scale), Fraction(low + width, scale))
        figures.append(net.add_var("abcr"[index], "figure", interval))
    a, b, c, r = figures
    share = net.op("div", net.op("sub", a, b, "a-b"), net.op("sub", c, b, "c-b"), "share")
    return net, figures, net.closure([net.add_constraint(("eq", share, r, 0))])


_FOUR_FIGURES = st.lists(st.tuples(st.integers(1, 500), st.integers(0, 60)), min_size=4, max_size=4)


@settings(max_examples=200, deadline=None)
@given(ends=_FOUR_FIGURES)
@example(ends=[(150, 2), (100, 1), (1100, 10), (5, 1)])  # holds: the guess finds it
def test_a_guessed_witness_is_a_solution(ends: list[tuple[int, int]]) -> None:
    """The probe's quick guess (no propagation between its steps) answers only with values
    that solve the system exactly, every figure inside its interval."""
    from factcheck.engine.search import _Search

    net, figures, active = _share_of_increase(ends)
    box = net.box("strict", net.variables(active))
    if not net.propagate(box, active):
        return
    search = _Search(net, active, net.variables(active), net.strict, 1)
    if search._guess(box):
        found = search.witness
        assert found is not None
        a, b, c, r = (found[v] for v in figures)
        assert all(found[v] in net.strict[v] for v in figures)
        assert c != b
        assert (a - b) / (c - b) == r


@settings(max_examples=150, deadline=None)
@given(
    ends=_FOUR_FIGURES,
    hint=st.dictionaries(
        st.integers(0, 9), st.fractions(min_value=-10, max_value=600, max_denominator=100)
    ),
)
def test_a_hint_never_makes_an_answer_wrong(
    ends: list[tuple[int, int]], hint: dict[int, Fraction]
) -> None:
    """Values to try first, right or wrong, never make an answer wrong: the same system
    gives the same answer with and without them, except that they may decide what the search
    leaves open; a witness found with them is a solution."""

    def solved(hint: dict[int, Fraction] | None) -> str:
        net, figures, active = _share_of_increase(ends)
        outcome = search.solve(net, active, "strict", hint=hint)
        if outcome.witness is not None:
            assert all(net.holds(cid, outcome.witness) for cid in active)
            assert all(outcome.witness[v] in net.strict[v] for v in figures)
        return outcome.status

    hinted, plain = solved(hint), solved(None)
    assert hinted == plain or (plain, hinted) == ("unknown", "sat")


def test_a_hint_may_decide_what_the_search_leaves_open() -> None:
    """x + y = 1 and x * y = 2/9 over [0, 1]: the solutions 1/3 and 2/3 are not short
    decimals, and the search's budget runs out before it finds one; hinted, it is found at
    once and verified."""
    net = Network()
    x = net.add_var("x", "figure", Interval(Fraction(0), Fraction(1)))
    y = net.add_var("y", "figure", Interval(Fraction(0), Fraction(1)))
    total, product = net.op("add", x, y, "x+y"), net.op("mul", x, y, "x*y")
    checks = [
        net.add_constraint(("eq", total, net.const(Fraction(1)), 0)),
        net.add_constraint(("eq", product, net.const(Fraction(2, 9)), 0)),
    ]
    active = net.closure(checks)
    hinted = search.solve(net, active, "strict", hint={x: Fraction(1, 3), y: Fraction(2, 3)})
    assert (search.solve(net, active, "strict").status, hinted.status) == ("unknown", "sat")
    assert hinted.witness is not None
    assert (hinted.witness[x], hinted.witness[y]) == (Fraction(1, 3), Fraction(2, 3))


@given(first=st.integers(-50, 50), size=st.integers(0, 40), count=st.integers(0, 10))
@example(first=0, size=0, count=8)
@example(first=-3, size=1, count=8)
def test_the_grid_points_nearest_the_middle_are_those_a_sort_would_pick(
    first: int, size: int, count: int
) -> None:
    """The search tries the multiples of a grid nearest the middle of a box; it no longer
    sorts the whole range to find them (a GRIM mean of -1 billion over 100 answers made a
    range of 10^11 points: MemoryError)."""
    from factcheck.engine.candidates import _nearest_middle

    last = first + size - 1
    middle = (first + last) // 2
    expected = sorted(range(first, last + 1), key=lambda k: abs(k - middle))[:count]
    assert _nearest_middle(first, last, count) == expected


@st.composite
def comparison_graphs(draw: st.DrawFn) -> tuple[int, list[tuple[str, int, int]]]:
    size = draw(st.integers(2, 4))
    edges = draw(
        st.lists(
            st.tuples(
                st.sampled_from(["eq", "le", "lt"]),
                st.integers(0, size - 1),
                st.integers(0, size - 1),
            ),
            min_size=1,
            max_size=6,
        )
    )
    return size, edges


@given(comparison_graphs())
@example((2, [("eq", 0, 1), ("lt", 0, 1)]))
@example((3, [("le", 0, 1), ("lt", 1, 2), ("eq", 2, 0)]))
@example((2, [("le", 0, 1), ("le", 1, 0)]))
@example((2, [("lt", 0, 0)]))
def test_a_strict_cycle_is_exactly_an_unsatisfiable_set_of_comparisons(
    graph: tuple[int, list[tuple[str, int, int]]],
) -> None:
    """Comparisons alone ("x == y", "x <= y", "x < y") over unbounded numbers have no solution
    exactly when some "<" lies on a cycle: otherwise the levels of the cycles' order are one.
    The reference is brute force over 0..n-1, enough levels for n values."""
    import itertools

    size, edges = graph
    net = Network()
    for index in range(size):
        net.add_var(f"v{index}", "unknown", Interval(None, None))
    active = {net.add_constraint((op, x, y, 0)) for op, x, y in edges}
    holds = {"eq": lambda a, b: a == b, "le": lambda a, b: a <= b, "lt": lambda a, b: a < b}
    satisfiable = any(
        all(holds[op](values[x], values[y]) for op, x, y in edges)
        for values in itertools.product(range(size), repeat=size)
    )
    assert net.strict_cycle(active) == (not satisfiable)
