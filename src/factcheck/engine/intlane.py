"""The int lane: lone checks over plain quotes, decided in Python integers before anything is
declared on the network.

Most checks of a large claim set are lone (no other check uses their figures, see
:mod:`~factcheck.engine.quick`), and most of their figures are plain quotes ("12.47 billion
yuan", "6.8 percent"): a whole number over a power of ten, read to half its last digit either
way, times the unit's factor.  Such a check is decided here by its shape's recipe (compiled
once, :func:`~factcheck.engine.quick._quick_for`), evaluated on intervals whose ends are
integers over one common denominator: sums, differences, products and quotients of closed
intervals have closed ends, the corners of the operands', so every comparison is a
cross-multiplication of Python ints.  Nothing is rounded and nothing is guessed: the grades
are those of the general path (tests/test_int_lane.py compares them, and the intervals).

What a passing verdict shows beyond its grade is built only when asked for: the readings of
its figures (by the reader, as the general path reads them) and its intervals (from the same
integers).  A check that does not hold is left to the general path: its diagnoses (slips,
signs) and culprits rest on the whole article.
"""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from functools import partial
from itertools import chain
from typing import Any, Final

from factcheck import expr
from factcheck.engine import quick as quick_lane
from factcheck.engine.compiler import _Compiled
from factcheck.engine.declare import _figure_type
from factcheck.engine.verdicts import display_of
from factcheck.intervals import Interval
from factcheck.later import Later
from factcheck.model import Article, Check, Figure, Verdict
from factcheck.qtypes import QType
from factcheck.reading import (
    DEFAULT_POLICY,
    Reading,
    ReadingPolicy,
    _plain_ints_all,
    _plain_suffix,
    _read_plain,
)
from factcheck.relations import Term

_INT_LANE = True
"""Whether :func:`~factcheck.engine.audit` takes the int lane (it also needs the quick lane,
``quick._QUICK_LANE``: the tests that compare switch them off)."""

_Ends = tuple[int, int, int]
"""A closed interval ``[lo / den, hi / den]`` with ``den > 0``."""


@dataclass(frozen=True, slots=True, eq=False)
class _Unit:
    """What the words after a plain number make of it, for the int lane (one per suffix,
    compared by identity: a cheap key)."""

    qtype: QType
    numerator: int
    denominator: int
    """The reading's multiplier to base units, as a fraction in lowest terms."""
    unit: str | None


_UNITS: dict[tuple[str, int, str], _Unit | None] = {}
_UNITS_LIMIT: Final = 4096


def _unit_of(key: tuple[str, int, str], quote: str) -> _Unit | None:
    """The int lane's view of a plain quote's suffix (by its key, ``_plain_ints``), learnt
    from this quote; ``None`` for a suffix the fast path does not read, or that the lane
    leaves alone (a label after a bare whole number may make a count, whose figure takes
    only whole values)."""
    unit: _Unit | None = None
    suffix = _plain_suffix(quote)
    if suffix is not None and not (
        suffix.unit is None and suffix.scale is None and suffix.label is not None
    ):
        reading = _read_plain(quote, DEFAULT_POLICY)
        if reading is not None:
            factor = reading.multiplier
            unit = _Unit(_figure_type(reading), factor.numerator, factor.denominator, reading.unit)
    if len(_UNITS) < _UNITS_LIMIT:
        _UNITS[key] = unit
    return unit


_UNSEEN: Final = object()


class _NotExact(Exception):
    """A quotient over an interval that holds zero: the general path decides it."""


def _run(program: _Program, leaves: Sequence[_Ends]) -> list[_Ends]:
    """Every slot's exact interval (see :class:`~factcheck.engine.exact._Recipe`), each end
    an integer over the slot's denominator."""
    values = [*leaves, *program.consts]
    for op, x, y in program.steps:
        lo, hi, den = values[x]
        if op == "neg":
            values.append((-hi, -lo, den))
            continue
        o_lo, o_hi, o_den = values[y]
        if op == "add":
            if den == o_den:
                values.append((lo + o_lo, hi + o_hi, den))
            else:
                values.append((lo * o_den + o_lo * den, hi * o_den + o_hi * den, den * o_den))
        elif op == "sub":
            if den == o_den:
                values.append((lo - o_hi, hi - o_lo, den))
            else:
                values.append((lo * o_den - o_hi * den, hi * o_den - o_lo * den, den * o_den))
        else:
            if op == "div":
                # x / y = x * (1 / y), and 1 / [l/d, h/d] = [d*l, d*h] / (l*h) when l*h > 0.
                product = o_lo * o_hi
                if product <= 0:
                    raise _NotExact
                o_lo, o_hi, o_den = o_den * o_lo, o_den * o_hi, product
            corners = (lo * o_lo, lo * o_hi, hi * o_lo, hi * o_hi)
            values.append((min(corners), max(corners), den * o_den))
    return values


def _meets(op: str, left: _Ends, right: _Ends) -> bool:
    """Whether some x of ``left`` and y of ``right`` satisfy ``x op y`` (closed intervals)."""
    l_lo, l_hi, l_den = left
    r_lo, r_hi, r_den = right
    low_enough = l_lo * r_den
    top = r_hi * l_den
    if op == "eq":
        return low_enough <= top and r_lo * l_den <= l_hi * r_den
    if op == "le":
        return low_enough <= top
    return low_enough < top


def _interval(ends: _Ends) -> Interval:
    lo, hi, den = ends
    return Interval._nonempty(Fraction(lo, den), Fraction(hi, den), True, True)


@dataclass(slots=True, eq=False)
class _Program:
    """A shape's recipe as the int lane runs it, with what its verdicts share."""

    quick: quick_lane._Quick
    consts: tuple[_Ends, ...]
    steps: tuple[tuple[str, int, int], ...]
    relations: tuple[tuple[str, str], ...]
    displays: dict[tuple[object, ...], tuple[str, Fraction]]
    """The unit and factor its verdicts show, by the units of the figures."""


_PROGRAMS: dict[tuple[object, ...], _Program | None] = {}
_PROGRAMS_LIMIT: Final = 4096


def _program_for(
    check: Check, key: tuple[str, ...], names: Sequence[str], units: Sequence[_Unit],
    never_zero: tuple[bool, ...],
) -> _Program | None:  # fmt: skip
    """The program of checks of this shape over figures of these units (and whether each may
    be zero, as the compiler asks it), or ``None`` when the int lane cannot run them."""
    cache_key = (key, never_zero, *units)
    found = _PROGRAMS.get(cache_key, _UNSEEN)
    if found is not _UNSEEN:
        return found  # type: ignore[return-value]
    signature = tuple((unit.qtype, nz) for unit, nz in zip(units, never_zero, strict=True))
    program = _compile(check, names, signature, units)
    if len(_PROGRAMS) < _PROGRAMS_LIMIT:
        _PROGRAMS[cache_key] = program
    return program


def _compile(
    check: Check,
    names: Sequence[str],
    signature: tuple[tuple[QType, bool], ...],
    units: Sequence[_Unit],
) -> _Program | None:
    quick = quick_lane._quick_for(check, names, signature)
    if quick is None:
        return None
    recipe = quick.recipe
    consts: list[_Ends] = []
    for const in recipe.consts:
        lo, hi = const.lo, const.hi
        if lo is None or hi is None or not (const.lo_closed and const.hi_closed):
            return None
        den = lo.denominator * hi.denominator
        consts.append((lo.numerator * hi.denominator, hi.numerator * lo.denominator, den))
    if any(op == "pow" for op, _, _ in recipe.program):
        return None
    return _Program(
        quick,
        tuple(consts),
        recipe.program,
        tuple((r.name, r.formula) for r in dict.fromkeys(quick.relations)),
        {},
    )


class _Lazy(Mapping[str, Any]):
    """A mapping worked out when first read (by ``build``); equal to the dict it builds, and
    pickled as one."""

    __slots__ = ("_build", "_done")

    def __init__(self, build: Callable[[], dict[str, Any]]) -> None:
        self._build: Callable[[], dict[str, Any]] | None = build
        self._done: dict[str, Any] | None = None

    def _get(self) -> dict[str, Any]:
        done = self._done
        if done is None:
            assert self._build is not None
            done = self._done = self._build()
            self._build = None
        return done

    def __getitem__(self, name: str) -> Any:
        return self._get()[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._get())

    def __len__(self) -> int:
        return len(self._get())

    def __contains__(self, name: object) -> bool:
        return name in self._get()

    def __reduce__(self) -> tuple[Any, ...]:
        return (dict, (self._get(),))

    def __repr__(self) -> str:
        return repr(self._get())


def _read_figures(figures: Sequence[Figure], policy: ReadingPolicy) -> dict[str, Reading]:
    """The readings of a check's figures, by name in order (as a verdict lists them)."""
    return {f.name: f.read(policy) for f in sorted(figures, key=_name)}


def _name(figure: Figure) -> str:
    return figure.name


def _strict_bounds(general: Mapping[str, Interval], lane: Lane) -> dict[str, Interval]:
    """The report's bounds: the general path's, and each int-lane figure's own strict reading
    in base units (no check that the report's bounds count constrains it)."""
    bounds = dict(general)
    for names, strict in lane.strict:
        for name, ends in zip(names, strict, strict=True):
            bounds[name] = _interval(ends)
    return bounds


def _shown(stated: _Ends, stated_strict: _Ends) -> dict[str, Any]:
    """A verdict's stated intervals, lenient and strict, from the int lane's integers."""
    shown = _interval(stated)
    return {
        "stated": shown,
        "stated_strict": shown if stated_strict is stated else _interval(stated_strict),
    }


def _implied(implied: _Ends) -> dict[str, Any]:
    """A passing verdict's implied interval, from the int lane's integers."""
    return {"implied": _interval(implied)}


@dataclass(slots=True)
class Lane:
    """What the int lane decided of an article: verdicts by check position, and the figures
    they use (which the general path leaves undeclared)."""

    verdicts: dict[int, Verdict]
    names: set[str]
    strict: list[tuple[Sequence[str], list[_Ends]]]
    """The names of each decided check's figures and their strict intervals in base units,
    for the report's bounds."""


_FIGURE_AS_READ: Final = (0, None, None, None, None, None)
"""A figure's index, value, rounding, base, trailing zeros and hedge when it asks nothing of
the reader beyond the article's policy."""


def run(article: Article) -> Lane:
    """Decide the lone checks over plain quotes that hold; the int lane leaves the rest.

    A check is taken when it has a plain shape and an id of its own, and its figures are
    declared once, ask nothing of the reader beyond the article's policy, read as plain quotes
    and are named by no other check (counting too many users only sends a check the general
    way)."""
    lane = Lane({}, set(), [])
    policy = article.policy
    if policy.rounding != "up_or_down" or policy.base is not None:
        return lane
    figures = article.figures
    # The figures that ask nothing of the reader beyond the policy, by name.
    plain = {
        f.name: f
        for f in figures
        if (f.index, f.value, f.rounding, f.base, f.trailing_zeros, f.hedge) == _FIGURE_AS_READ
        and not f.integer
    }
    taken = {u.name for u in article.unknowns} | {r.name for r in article.references}
    if len({f.name for f in figures}) != len(figures):
        seen: set[str] = set()
        for each in figures:
            (taken if each.name in seen else seen).add(each.name)
    checks = article.checks
    shapes = [expr.quick_shape(check.condition) for check in checks]
    used = Counter(chain.from_iterable(found[1] for found in shapes if found is not None))
    for check, found in zip(checks, shapes, strict=True):
        if found is None:
            # A condition that does not parse is an error: it names nothing the network holds.
            with contextlib.suppress(expr.CheckSyntaxError):
                used.update(expr.names_in(expr.parse_condition(check.condition)))
    ids = Counter(check.id for check in checks)
    chosen: list[tuple[int, tuple[str, ...], tuple[str, ...], list[Figure]]] = []
    for index, found in enumerate(shapes):
        if found is None:
            continue
        key, names = found
        figures_of = list(map(plain.get, names))
        if (
            names
            and None not in figures_of
            and max(map(used.__getitem__, names)) == 1
            and taken.isdisjoint(names)
            and ids[checks[index].id] == 1
        ):
            chosen.append((index, key, names, figures_of))  # type: ignore[arg-type]
    if not chosen:
        return lane
    needed = [figure for _, _, _, figures_of in chosen for figure in figures_of]
    records = dict(
        zip(
            (figure.name for figure in needed),
            _records(needed, _widths(policy)),
            strict=True,
        )
    )
    verdicts = lane.verdicts
    for index, key, names, figures_in in chosen:
        verdict = _decide(checks[index], key, names, figures_in, records, lane, article)
        if verdict is not None:
            verdicts[index] = verdict
    return lane


_Record = tuple[_Ends, _Ends, _Unit, bool]
"""A plain figure's strict and lenient intervals in base units, its unit, and whether its
lenient reading leaves out zero."""


def _records(figures: list[Figure], widths: tuple[tuple[int, int], ...]) -> list[_Record | None]:
    """Each figure's record, or ``None`` when it is not a plain quote the lane reads."""
    found: list[_Record | None] = []
    add = found.append
    units = _UNITS
    for figure, parts in zip(figures, _plain_ints_all([f.quote for f in figures]), strict=True):
        if parts is None:
            add(None)
            continue
        mantissa, places, trailing, suffix = parts
        unit = units.get(suffix, _UNSEEN)
        if unit is _UNSEEN:
            unit = _unit_of(suffix, figure.quote)
        if unit is None:
            add(None)
            continue
        assert isinstance(unit, _Unit)
        strict_width, lenient_width = widths[trailing]
        # (mantissa -/+ width/2) / 10**places, times the multiplier p/q:
        # ((2 * mantissa -/+ width) * p) / (2 * 10**places * q).
        twice, top = 2 * mantissa, unit.numerator
        den = 2 * 10**places * unit.denominator
        strict = ((twice - strict_width) * top, (twice + strict_width) * top, den)
        if lenient_width == strict_width:
            add((strict, strict, unit, strict[0] > 0 or strict[1] < 0))
        else:
            lenient = ((twice - lenient_width) * top, (twice + lenient_width) * top, den)
            add((strict, lenient, unit, lenient[0] > 0 or lenient[1] < 0))
    return found


def _widths(policy: ReadingPolicy) -> tuple[tuple[int, int], ...]:
    """For a whole number's trailing zeros (0 to 2: a plain whole number has at most three
    digits), its strict and lenient rounding widths in units of its last written digit, as
    ``reading.rounding._rounding_pair`` has them (the prose rule for counts of 1,000 and more
    never applies)."""
    mode = policy.trailing_zeros
    found = [(1, 1)]
    for trailing in (1, 2):
        significant = 10**trailing
        if mode == "significant":
            found.append((1, 1))
        elif mode == "placeholders":
            found.append((significant, significant))
        else:
            found.append((1, significant))
    return tuple(found)


def _decide(
    check: Check,
    key: tuple[str, ...],
    names: tuple[str, ...],
    figures: list[Figure],
    records: Mapping[str, _Record | None],
    lane: Lane,
    article: Article,
) -> Verdict | None:
    mine = list(map(records.__getitem__, names))
    if None in mine:
        return None
    strict, lenient, units, never_zero = zip(*mine, strict=True)
    same = strict == lenient
    program = _program_for(check, key, names, units, never_zero)
    if program is None:
        return None
    recipe = program.quick.recipe
    order = recipe.leaf_vars
    try:
        by_strict = _run(program, list(map(strict.__getitem__, order)))
        by_lenient = by_strict if same else _run(program, list(map(lenient.__getitem__, order)))
    except _NotExact:
        return None
    op, a, b = recipe.op, recipe.a, recipe.b
    strict_ok = _meets(op, by_strict[a], by_strict[b])
    if not strict_ok:
        # A finding: its diagnoses and culprits rest on the whole article (a culprit is told
        # apart by the figures around it), so the general path grades it.
        return None
    quick = program.quick
    rhs_name = None if quick.rhs_figure is None else names[quick.rhs_figure]
    readings = _Lazy(partial(_read_figures, figures, article.policy))
    unit_shown, factor = _display(program, check, names, units, readings)
    lane.names.update(names)
    lane.strict.append((names, strict))
    # The implied interval apart from the stated ones: a parallel audit may ship it unworked
    # (workers._Reaudit works out the implied interval and the miss alone).
    shown = Later(partial(_shown, by_lenient[recipe.rhs], by_strict[recipe.rhs]))
    return Verdict(
        check=check,
        grade="consistent",
        stated=shown,
        stated_strict=shown,
        implied=Later(partial(_implied, by_strict[recipe.lhs])),
        unit=unit_shown,
        display_factor=factor,
        figures=readings,
        relations=program.relations,
        claim_figure=rhs_name,
    )


def _display(
    program: _Program,
    check: Check,
    names: Sequence[str],
    units: Sequence[_Unit],
    readings: Mapping[str, Reading],
) -> tuple[str, Fraction]:
    """The unit a verdict shows its intervals in (:func:`~factcheck.engine.verdicts.display_of`),
    worked out once per program and suffixes of the figures: it rests on nothing else."""
    key = tuple(units)
    found = program.displays.get(key)
    if found is None:
        quick = program.quick
        lhs = None if quick.lhs_figure is None else names[quick.lhs_figure]
        rhs = None if quick.rhs_figure is None else names[quick.rhs_figure]
        item = _Compiled(
            check,
            lhs=Term(-1, quick.lhs, "", lhs),
            rhs=Term(-1, quick.rhs, "", rhs),
            names=set(names),
        )
        found = program.displays[key] = display_of(item, readings)
    return found
