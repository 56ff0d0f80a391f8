"""The check language's limits, its unit words, its syntax error, the immutable node classes
a condition is parsed into, and the names a parsed condition uses."""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction
from typing import Final

from factcheck.errors import FactcheckError

MAX_DEPTH: Final = 64
"""How deeply parentheses and operators may nest in one condition."""
MAX_LENGTH: Final = 4000
"""The longest condition accepted, in characters."""
MAX_DIGITS: Final = 2000
"""The most decimal digits a value of a condition may need (numerator or denominator): a
bound worked out from the constants before anything is computed."""
MAX_DEGREE: Final = 64
"""The most a condition may multiply one figure by itself (``a^64``; ``(a^8)^8``; ``a*a*…``)."""
_MAX_BITS: Final = int(MAX_DIGITS * 3.3219280948873626)  # log2(10) bits per digit
_NAME_BITS: Final = 0
"""A name's own size is the reader's to bound (a figure has at most 400 digits); names
count through :data:`MAX_DEGREE` instead."""
_CALL_BITS: Final = 64
"""What a relation adds to the sizes of its arguments (a ratio, a one, a hundred)."""

UNIT_WORDS: Final[dict[str, str]] = {
    "%": "percent",
    "percent": "percent",
    "pct": "percent",
    "per_mille": "per_mille",
    "permille": "per_mille",
    "‰": "per_mille",
    "pp": "percentage_point",
    "percentage_point": "percentage_point",
    "percentage_points": "percentage_point",
    "bp": "basis_point",
    "basis_point": "basis_point",
    "basis_points": "basis_point",
    "CNY": "CNY",
    "yuan": "CNY",
    "RMB": "CNY",
    "USD": "USD",
    "dollar": "USD",
    "dollars": "USD",
    "EUR": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "GBP": "GBP",
    "JPY": "JPY",
    "yen": "JPY",
    **{
        code: code
        for code in (
            "INR",
            "KRW",
            "CAD",
            "AUD",
            "HKD",
            "SGD",
            "CHF",
            "RUB",
            "BRL",
            "MXN",
            "ZAR",
            "TRY",
            "NGN",
            "KES",
            "PKR",
            "BDT",
            "MYR",
            "IDR",
            "UGX",
            "TZS",
            "GHS",
            "EGP",
            "PHP",
            "LKR",
            "NZD",
            "SEK",
            "NOK",
            "DKK",
        )
    },
    **{
        unit: unit
        for unit in (
            "gram",
            "kilogram",
            "tonne",
            "meter",
            "kilometer",
            "mile",
            "foot",
            "square_kilometer",
            "square_meter",
            "square_foot",
            "square_mile",
            "hectare",
            "acre",
            "liter",
            "cubic_meter",
            "barrel",
            "kilowatt",
            "megawatt",
            "gigawatt",
            "kilowatt_hour",
            "megawatt_hour",
            "gigawatt_hour",
            "terawatt_hour",
        )
    },
    "kg": "kilogram",
    "km": "kilometer",
    "tonnes": "tonne",
    "thousand": "thousand",
    "million": "million",
    "billion": "billion",
    "trillion": "trillion",
    "lakh": "lakh",
    "crore": "crore",
}
"""Words that may follow a number literal in a condition (``1.9 pp``, ``13 trillion CNY``):
at most one scale word, then at most one unit."""
_SCALES: Final = frozenset({"thousand", "million", "billion", "trillion", "lakh", "crore"})


class CheckSyntaxError(FactcheckError, ValueError):
    """A condition that is not in the check language; ``column`` is 1-based."""

    def __init__(self, text: str, position: int, reason: str, hint: str = "") -> None:
        super().__init__(text, position, reason, hint)
        self.text = text
        self.position = position
        self.reason = reason
        self.hint = hint

    @property
    def column(self) -> int:
        return self.position + 1

    def __str__(self) -> str:
        message = f"column {self.column} of condition {_shorten(self.text)!r}: {self.reason}"
        if self.hint:
            message += f"; {self.hint}"
        return message


def _shorten(text: str) -> str:
    return text if len(text) <= 120 else text[:117] + "..."


@dataclass(frozen=True, slots=True)
class Num:
    """A number literal with an optional unit: exact, never rounded."""

    value: Fraction
    unit: str  # a pint unit expression ("trillion CNY", "percent"), or "" for a plain number
    text: str
    pos: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class Name:
    id: str
    pos: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class Str:
    value: str
    pos: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class ListArg:
    items: tuple[Node, ...]
    pos: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class Call:
    fn: str
    args: tuple[Node, ...]
    kwargs: tuple[tuple[str, Node], ...] = ()
    pos: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class BinOp:
    op: str  # one of + - * /
    left: Node
    right: Node
    pos: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class Neg:
    operand: Node
    pos: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class Pow:
    base: Node
    exponent: int
    pos: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class Compare:
    op: str  # one of == < <= > >=
    left: Node
    right: Node
    pos: int = field(default=0, compare=False)


Node = Num | Name | Str | ListArg | Call | BinOp | Neg | Pow | Compare


# -- the names a parsed condition uses --------------------------------------------------------


def names_in(node: Node) -> list[str]:
    """The names a parsed condition mentions (as values, not calls or options), in order."""
    if isinstance(node, Name):
        return [node.id]
    children: tuple[Node, ...]
    if isinstance(node, BinOp | Compare):
        children = (node.left, node.right)
    elif isinstance(node, Neg):
        children = (node.operand,)
    elif isinstance(node, Pow):
        children = (node.base,)
    elif isinstance(node, Call):
        children = (*node.args, *(value for _, value in node.kwargs))
    elif isinstance(node, ListArg):
        children = node.items
    else:
        children = ()
    return [name for child in children for name in names_in(child)]


def derived_name(node: Node) -> str | None:
    """The figure an equality states as the outcome of the others: the name standing alone
    on one side (or times a number: "points * 1 percentage_point") while the other side
    works it out from other names ("growth(a, b) == c", "a + b == total").  ``None`` for an
    order, a chain, two figures compared, or a figure against itself."""
    if not isinstance(node, Compare) or node.op != "==":
        return None
    for alone, other in ((node.right, node.left), (node.left, node.right)):
        name = _lone_name(alone)
        if name is None or _lone_name(other) is not None:
            continue
        if any(n != name for n in names_in(other)):
            # A total is copied from the table its parts are, not worked out by the writer.
            return None if _a_total(other) else name
    return None


def _a_total(node: Node) -> bool:
    """Whether ``node`` adds up parts ("a + b + c", "total([a, b, c])")."""
    if isinstance(node, Call):
        return node.fn == "total"
    if isinstance(node, BinOp) and node.op == "+":
        return all(isinstance(side, Name) or _a_total(side) for side in (node.left, node.right))
    return False


def _lone_name(node: Node) -> str | None:
    if isinstance(node, Name):
        return node.id
    if isinstance(node, BinOp) and node.op in ("*", "/"):
        if isinstance(node.right, Num):
            return _lone_name(node.left)
        if isinstance(node.left, Num) and node.op == "*":
            return _lone_name(node.right)
    return None
