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

The package: ``nodes.py`` (limits, unit words, the syntax error, the node classes),
``parser.py`` (tokenizer, parser, the bound on what a condition could compute) and
``shapes.py`` (conditions alike but for their names); the names a parsed condition uses are
found in ``nodes.py``, beside the classes they walk.
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
    "derived_name",
    "names_in",
    "parse_condition",
    "parse_expression",
    "quick_shape",
    "shape",
]

# Imported "as" themselves: the names this module re-exports (and two private ones the tests
# use through it).
from factcheck.expr.nodes import MAX_DEGREE as MAX_DEGREE
from factcheck.expr.nodes import MAX_DEPTH as MAX_DEPTH
from factcheck.expr.nodes import MAX_DIGITS as MAX_DIGITS
from factcheck.expr.nodes import MAX_LENGTH as MAX_LENGTH
from factcheck.expr.nodes import UNIT_WORDS as UNIT_WORDS
from factcheck.expr.nodes import BinOp as BinOp
from factcheck.expr.nodes import Call as Call
from factcheck.expr.nodes import CheckSyntaxError as CheckSyntaxError
from factcheck.expr.nodes import Compare as Compare
from factcheck.expr.nodes import ListArg as ListArg
from factcheck.expr.nodes import Name as Name
from factcheck.expr.nodes import Neg as Neg
from factcheck.expr.nodes import Node as Node
from factcheck.expr.nodes import Num as Num
from factcheck.expr.nodes import Pow as Pow
from factcheck.expr.nodes import Str as Str
from factcheck.expr.nodes import derived_name as derived_name
from factcheck.expr.nodes import names_in as names_in
from factcheck.expr.parser import _PIECE as _PIECE
from factcheck.expr.parser import parse_condition as parse_condition
from factcheck.expr.parser import parse_expression as parse_expression
from factcheck.expr.shapes import _SKELETONS as _SKELETONS
from factcheck.expr.shapes import quick_shape as quick_shape
from factcheck.expr.shapes import shape as shape
