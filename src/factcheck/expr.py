"""The check language: arithmetic over names and quantity literals, parsed without ``eval``.

Grammar (``^`` and ``**`` take integer literal exponents only)::

    condition  := sum (("==" | "<" | "<=" | ">" | ">=") sum)*
    sum        := product (("+" | "-") product)*
    product    := unary (("*" | "/") unary)*
    unary      := ("-" | "+") unary | power
    power      := atom (("^" | "**") ["-"] INTEGER)?
    atom       := NUMBER unit* | NAME | NAME "(" [argument ("," argument)*] ")" | "(" sum ")"
    argument   := sum | "[" sum ("," sum)* "]" | NAME "=" sum | STRING

Nothing here runs user text: the parser builds an immutable tree of the node classes below and
rejects everything else (attribute access, subscripts, lambdas, imports) with a
:class:`CheckSyntaxError` naming the column.  Nesting is capped so a hostile expression cannot
exhaust the stack.
"""

from __future__ import annotations

__all__ = [
    "MAX_DEGREE",
    "MAX_DEPTH",
    "MAX_DIGITS",
    "MAX_LENGTH",
    "UNIT_WORDS",
    "BinOp",
    "Call",
    "CheckSyntaxError",
    "Compare",
    "ListArg",
    "Name",
    "Neg",
    "Node",
    "Num",
    "Pow",
    "Str",
    "names_in",
    "parse_condition",
    "parse_expression",
    "quick_shape",
    "shape",
]

import re
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

_TOKEN_PARTS: Final = (
    ("space", r"\s+"),
    ("number", r"[0-9]+(?:\.[0-9]+)?(?![0-9A-Za-z_])"),
    ("name", r"[A-Za-z_][A-Za-z0-9_]*"),
    ("string", r""""[^"\\\n]{0,200}"|'[^'\\\n]{0,200}'"""),
    ("op", r"==|<=|>=|\*\*|[-+*/^()<>\[\],=%]"),
)
_TOKEN: Final = re.compile("|".join(f"(?P<{kind}>{pattern})" for kind, pattern in _TOKEN_PARTS))
_PIECE: Final = re.compile("|".join(f"(?:{pattern})" for _, pattern in _TOKEN_PARTS))
"""The same tokens without their kinds, for :func:`shape` (``findall`` gives their texts)."""

_COMPARISONS: Final = frozenset({"==", "<", "<=", ">", ">="})
_TYPOGRAPHIC: Final = {"\u2212": "-", "\u00d7": "*", "\u00f7": "/", "\u2264": "<=", "\u2265": ">="}
"""Operators as typeset text writes them (minus sign, times, division sign, less- and
greater-than-or-equal), read as their ASCII forms; the condition's text is kept as written."""


@dataclass(slots=True)
class _Token:
    kind: str
    text: str
    pos: int


def _tokenize(text: str) -> list[_Token]:
    if len(text) > MAX_LENGTH:
        raise CheckSyntaxError(
            text, MAX_LENGTH, f"the condition is longer than {MAX_LENGTH} characters",
            "split it into several checks",
        )  # fmt: skip
    tokens: list[_Token] = []
    position = 0
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None:
            char = text[position]
            typeset = _TYPOGRAPHIC.get(char)
            if typeset is not None:
                tokens.append(_Token("op", typeset, position))
                position += 1
                continue
            hint = ""
            if char == ".":
                hint = "attribute access is not part of the check language"
            elif char in "\u2013\u2014":
                hint = "a dash is not a minus: write - (or the minus sign \u2212)"
            elif char in "{}:;@&|!~`$\\#":
                hint = "use names, numbers, + - * / ^, comparisons and relation calls"
            raise CheckSyntaxError(text, position, f"unexpected character {char!r}", hint)
        kind = match.lastgroup
        assert kind is not None
        if kind != "space":
            tokens.append(_Token(kind, match.group(), position))
        position = match.end()
    tokens.append(_Token("end", "", len(text)))
    return tokens


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = _tokenize(text)
        self.index = 0
        self.depth = 0

    # -- helpers ------------------------------------------------------------------------------

    @property
    def token(self) -> _Token:
        return self.tokens[self.index]

    def advance(self) -> _Token:
        token = self.tokens[self.index]
        self.index += 1
        return token

    def accept(self, text: str) -> bool:
        if self.token.kind in ("op", "name") and self.token.text == text:
            self.index += 1
            return True
        return False

    def expect(self, text: str, what: str) -> _Token:
        if self.token.text == text and self.token.kind == "op":
            return self.advance()
        raise self.error(f"expected {what}, found {self._found()}")

    def _found(self) -> str:
        token = self.token
        return "the end of the condition" if token.kind == "end" else repr(token.text)

    def error(self, reason: str, hint: str = "", position: int | None = None) -> CheckSyntaxError:
        return CheckSyntaxError(
            self.text, self.token.pos if position is None else position, reason, hint
        )

    def nest(self) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise self.error(
                f"the condition nests deeper than {MAX_DEPTH} levels",
                "split it into several checks with named unknowns",
            )

    # -- grammar ------------------------------------------------------------------------------

    def condition(self) -> Node:
        left = self.sum()
        chain: list[Node] = []
        while self.token.kind == "op" and self.token.text in _COMPARISONS:
            op_token = self.advance()
            right = self.sum()
            chain.append(Compare(op_token.text, left, right, op_token.pos))
            left = right
        if self.token.kind == "op" and self.token.text == "=":
            raise self.error("a single '=' is not a comparison", "write '==' to compare")
        if not chain and isinstance(left, Call):
            return left  # a predicate relation stands alone: parts_within(total, [a, b])
        if not chain:
            raise self.error(
                "a check must compare two sides",
                "write e.g. 'growth(exports, exports_2024) == exports_growth'",
                position=0,
            )
        if len(chain) == 1:
            return chain[0]
        return Call("all", tuple(chain), (), chain[0].pos)

    def sum(self) -> Node:
        self.nest()
        node = self.product()
        while self.token.kind == "op" and self.token.text in ("+", "-"):
            op_token = self.advance()
            node = BinOp(op_token.text, node, self.product(), op_token.pos)
        self.depth -= 1
        return node

    def product(self) -> Node:
        node = self.unary()
        while self.token.kind == "op" and self.token.text in ("*", "/"):
            op_token = self.advance()
            node = BinOp(op_token.text, node, self.unary(), op_token.pos)
        return node

    def unary(self) -> Node:
        if self.token.kind == "op" and self.token.text in ("-", "+"):
            op_token = self.advance()
            self.nest()
            operand = self.unary()
            self.depth -= 1
            return Neg(operand, op_token.pos) if op_token.text == "-" else operand
        return self.power()

    def power(self) -> Node:
        base = self.atom()
        if self.token.kind == "op" and self.token.text in ("^", "**"):
            self.advance()
            negative = self.accept("-")
            token = self.token
            if token.kind != "number" or "." in token.text:
                raise self.error("an exponent must be a whole number written as digits")
            self.advance()
            exponent = int(token.text)
            if exponent > 64:
                raise self.error(
                    "an exponent above 64 is not a figure of prose", position=token.pos
                )
            return Pow(base, -exponent if negative else exponent, token.pos)
        return base

    def atom(self) -> Node:
        token = self.token
        if token.kind == "number":
            return self.literal()
        if token.kind == "name":
            self.advance()
            if self.token.kind == "op" and self.token.text == "(":
                return self.call(token)
            if token.text in ("lambda", "import", "__import__", "exec", "eval"):
                raise self.error(
                    f"{token.text!r} is not part of the check language", position=token.pos
                )
            return Name(token.text, token.pos)
        if token.kind == "op" and token.text == "(":
            self.advance()
            node = self.sum()
            self.expect(")", "')' to close the parenthesis")
            return node
        if token.kind == "string":
            raise self.error("a quoted string is only allowed as a relation's argument")
        raise self.error(
            f"expected a number, a name or '(', found {self._found()}",
            "a check compares expressions such as 'a + b == total'",
        )

    def literal(self) -> Num:
        token = self.advance()
        value = Fraction(token.text)
        units: list[str] = []
        while True:
            nxt = self.token
            if nxt.kind == "name" and nxt.text in UNIT_WORDS:
                unit = UNIT_WORDS[nxt.text]
            elif nxt.kind == "op" and nxt.text == "%":
                unit = "percent"
            else:
                break
            kind = "scale" if unit in _SCALES else "unit"
            if any((u in _SCALES) == (kind == "scale") for u in units):
                raise self.error(
                    f"a second {'scale word' if kind == 'scale' else 'unit'} "
                    f"{nxt.text!r} after {token.text!r}",
                    "write one unit, after at most one scale word: '5 %', '13 trillion CNY'",
                )
            units.append(unit)
            self.advance()
        return Num(value, " ".join(units), token.text, token.pos)

    def call(self, name: _Token) -> Call:
        self.expect("(", "'('")
        self.nest()
        args: list[Node] = []
        kwargs: list[tuple[str, Node]] = []
        if not (self.token.kind == "op" and self.token.text == ")"):
            while True:
                if (
                    self.token.kind == "name"
                    and self.tokens[self.index + 1].kind == "op"
                    and self.tokens[self.index + 1].text == "="
                ):
                    key = self.advance().text
                    self.advance()
                    kwargs.append((key, self.argument()))
                else:
                    if kwargs:
                        raise self.error("a positional argument cannot follow a keyword argument")
                    args.append(self.argument())
                if not self.accept(","):
                    break
        self.expect(")", f"',' or ')' in the call of {name.text}()")
        self.depth -= 1
        return Call(name.text, tuple(args), tuple(kwargs), name.pos)

    def argument(self) -> Node:
        token = self.token
        if token.kind == "string":
            self.advance()
            return Str(token.text[1:-1], token.pos)
        if token.kind == "op" and token.text == "[":
            self.advance()
            items: list[Node] = []
            if not self.accept("]"):
                while True:
                    if self.token.kind == "string":
                        string = self.advance()
                        items.append(Str(string.text[1:-1], string.pos))
                    else:
                        items.append(self.sum())
                    if self.accept("]"):
                        break
                    self.expect(",", "',' or ']' in a list")
            return ListArg(tuple(items), token.pos)
        return self.sum()


# -- shapes -------------------------------------------------------------------------------------
#
# Many checks of an article are one condition with other names: "share(a1, b1) == c1",
# "share(a2, b2) == c2".  The parser's every decision rests on the kinds of the tokens and the
# text of all but the names it takes as values (a name before "(" is a call, before "=" a
# keyword, after a number a unit, and a few words are refused), so two conditions with the same
# shape parse to the same tree with those names swapped.  The engine compiles a shape once.

_STRUCTURAL: Final = frozenset(
    {*UNIT_WORDS, "true", "false", "lambda", "import", "__import__", "exec", "eval"}
)


def shape(text: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The shape of a condition and the names it takes as values, in order of first
    appearance; ``None`` when the shape is not plain (an unexpected character, a typeset
    operator, a condition over the length limit), for :func:`parse_condition` to judge.

    In the shape each value name is replaced by the index of its first appearance, so
    "a / (a + b)" and "x / (x + y)" have one shape and "a / (b + c)" another.  Two conditions
    of one shape parse to trees that differ only in those names and in positions.
    """
    if len(text) > MAX_LENGTH:
        return None
    tokens = _PIECE.findall(text)
    if sum(map(len, tokens)) != len(text):
        return None
    key: list[str] = []
    names: list[str] = []
    slots: dict[str, str] = {}
    last = len(tokens) - 1
    for index, token in enumerate(tokens):
        first = token[0]
        if first.isspace():
            continue
        if first.isalpha() or first == "_":
            following = index + 1
            while following <= last and tokens[following][0].isspace():
                following += 1
            after = tokens[following] if following <= last else ""
            if token not in _STRUCTURAL and after not in ("(", "="):
                slot = slots.get(token)
                if slot is None:
                    slot = slots[token] = f"\0{len(names)}"
                    names.append(token)
                key.append(slot)
                continue
        key.append(token)
    return tuple(key), tuple(names)


_VALUE_NAME: Final = re.compile(
    r"(?<![A-Za-z0-9_])([A-Za-z_][A-Za-z0-9_]*)(?![A-Za-z0-9_]| *\(| *=(?!=))"
)
"""A name that :func:`shape` takes as a value: not part of a longer word or number, not
before "(" (a call) or a lone "=" (a keyword)."""
_SKELETON_CHARS: Final = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_ .()+-*/^<>=,%[]\0"
)
_SKELETONS: dict[str, tuple[str, ...] | None] = {}
_SKELETONS_LIMIT: Final = 4096


def quick_shape(text: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """:func:`shape`, faster for a condition like one seen before.

    The condition with its value names cut out (its skeleton) is looked up: when an earlier
    condition had the same skeleton, plain characters only and distinct names, none a
    structural word, its shape is this one's with these names.  Otherwise :func:`shape`
    answers (tests/test_int_lane.py compares the two)."""
    parts = _VALUE_NAME.split(text)
    names = parts[1::2]
    distinct = len(set(names)) == len(names) and _STRUCTURAL.isdisjoint(names)
    if not distinct or len(text) > MAX_LENGTH or "\0" in text:
        return shape(text)
    skeleton = "\0".join(parts[0::2])
    key = _SKELETONS.get(skeleton, _NO_SKELETON)
    if key is _NO_SKELETON:
        key = None
        if _SKELETON_CHARS.issuperset(skeleton):
            found = shape(text)
            if found is not None and list(found[1]) == names:
                key = found[0]
        if len(_SKELETONS) < _SKELETONS_LIMIT:
            _SKELETONS[skeleton] = key
    if key is None:
        return shape(text)
    return key, tuple(names)


_NO_SKELETON: Final = ("",)


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


def parse_condition(text: str) -> Node:
    """Parse a check's condition (one comparison, or a chain ``a < b < c``)."""
    parser = _Parser(text)
    node = parser.condition()
    if parser.token.kind != "end":
        raise parser.error(f"unexpected {parser._found()} after the condition")
    _bounded(node, text)
    return node


def parse_expression(text: str) -> Node:
    """Parse an expression without a comparison (a relation call may stand alone)."""
    parser = _Parser(text)
    node = parser.sum()
    if parser.token.kind != "end":
        raise parser.error(f"unexpected {parser._found()} after the expression")
    _bounded(node, text)
    return node


def _bounded(root: Node, text: str) -> None:
    """Refuse a condition whose values could outgrow :data:`MAX_DIGITS` digits or multiply a
    figure by itself more than :data:`MAX_DEGREE` times, before anything is computed
    (``((((9^64)^64)^64)^64)^64`` would take minutes and gigabytes).

    The bits of each part's numerator and denominator are bounded from the bottom up, as
    exact arithmetic makes them: a literal has its own (and 40 more for a scale word); a sum
    ``p/q + r/s`` at most ``max(p+s, r+q) + 1`` over ``q+s``; a product adds them, a quotient
    adds them crosswise, a power multiplies them.  The error points at the innermost part
    over the limit."""
    # (numerator bits, denominator bits, degree) of each node, after its children; the walk
    # is iterative (the parser caps the depth, but a loop costs nothing more)
    sizes: dict[int, tuple[int, int, int]] = {}
    values: dict[int, Fraction | None] = {}  # a constant part's value (units aside: a zero)
    stack: list[tuple[Node, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        children = _children(node)
        if not done:
            stack.append((node, True))
            stack.extend((child, False) for child in children)
            continue
        inner = [sizes[id(child)] for child in children]
        top = sum(n for n, _, _ in inner)
        bottom = sum(d for _, d, _ in inner)
        degree = max((g for _, _, g in inner), default=0)
        if isinstance(node, Num):
            value = node.value
            top = value.numerator.bit_length() + (40 if node.unit else 0)
            bottom = value.denominator.bit_length() - 1
        elif isinstance(node, Name):
            top, bottom, degree = _NAME_BITS, _NAME_BITS, 1
        elif isinstance(node, BinOp):
            (ln, ld, lg), (rn, rd, rg) = inner
            if node.op == "*":
                degree = lg + rg
            elif node.op == "/":
                top, bottom, degree = ln + rd, ld + rn, lg + rg
            else:
                top = max(ln + rd, rn + ld) + 1
        elif isinstance(node, Pow):
            n, d, g = inner[0]
            power = abs(node.exponent)
            top, bottom, degree = n * power, d * power, g * power
            if node.exponent < 0:
                top, bottom = bottom, top
        elif isinstance(node, Call):
            top += _CALL_BITS
            bottom += _CALL_BITS
            degree = sum(g for _, _, g in inner)
        elif isinstance(node, Compare):
            top = max((n for n, _, _ in inner), default=0)
            bottom = max((d for _, d, _ in inner), default=0)
        if max(top, bottom) > _MAX_BITS:
            raise CheckSyntaxError(
                text, node.pos, f"a value here could have more than {MAX_DIGITS} digits",
                "no figure of prose is that large; simplify the check",
            )  # fmt: skip
        if degree > MAX_DEGREE:
            raise CheckSyntaxError(
                text, node.pos,
                f"this part multiplies a figure by itself more than {MAX_DEGREE} times",
                "no relation of prose needs that; simplify the check",
            )  # fmt: skip
        sizes[id(node)] = (top, bottom, degree)
        values[id(node)] = _constant(node, [values[id(child)] for child in children], text)


def _constant(node: Node, inner: list[Fraction | None], text: str) -> Fraction | None:
    """The exact value of a constant part of a condition, when it is plain arithmetic on
    plain numbers (a literal with a unit is known only when it is zero: its scale does not
    matter then); ``None`` otherwise.  Division by a constant zero, and a constant zero to a
    negative power, are refused here, where they are written (sizes are bounded already)."""
    if isinstance(node, Num):
        return node.value if not node.unit or node.value == 0 else None
    if isinstance(node, Neg):
        return None if inner[0] is None else -inner[0]
    if isinstance(node, Pow):
        base = inner[0]
        if base == 0 and node.exponent < 0:
            raise CheckSyntaxError(
                text, node.pos, "zero to a negative power has no value",
                "a check cannot divide by zero; fix the expression",
            )  # fmt: skip
        return None if base is None else base**node.exponent
    if isinstance(node, BinOp):
        left, right = inner
        if node.op == "/" and right == 0:
            raise CheckSyntaxError(
                text, node.pos, "division by zero",
                "a check cannot divide by zero; fix the expression",
            )  # fmt: skip
        if left is None or right is None:
            # a product with a zero is zero whatever the other side
            if node.op == "*" and 0 in (left, right):
                return Fraction(0)
            return None
        if node.op == "+":
            return left + right
        if node.op == "-":
            return left - right
        if node.op == "*":
            return left * right
        return left / right
    return None


def _children(node: Node) -> tuple[Node, ...]:
    if isinstance(node, BinOp | Compare):
        return (node.left, node.right)
    if isinstance(node, Neg):
        return (node.operand,)
    if isinstance(node, Pow):
        return (node.base,)
    if isinstance(node, Call):
        return (*node.args, *(value for _, value in node.kwargs))
    if isinstance(node, ListArg):
        return node.items
    return ()
