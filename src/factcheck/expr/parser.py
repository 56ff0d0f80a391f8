"""The tokenizer and the recursive-descent parser of the check language
(:func:`parse_condition`, :func:`parse_expression`), and the bound on the size of what a
parsed condition could compute."""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction
from typing import Final

from factcheck.expr.nodes import (
    _CALL_BITS,
    _MAX_BITS,
    _NAME_BITS,
    _SCALES,
    MAX_DEGREE,
    MAX_DEPTH,
    MAX_DIGITS,
    MAX_LENGTH,
    UNIT_WORDS,
    BinOp,
    Call,
    CheckSyntaxError,
    Compare,
    ListArg,
    Name,
    Neg,
    Node,
    Num,
    Pow,
    Str,
)

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
