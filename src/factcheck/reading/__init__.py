"""Reading numbers as written: "nearly 20 percent" -> an exact interval with a unit.

:func:`read` finds every number in a phrase and returns, for each, the span, the value exactly
as written, its unit and scale, its hedge, its rounding rule, and two intervals: the *strict*
reading (the narrowest a careful reader accepts) and the *lenient* one (the widest).  Bounds are
exact Fractions parsed from the digits, in the number's own unit and scale.

The rules, and the reasons behind the defaults, are in docs/reading.md.  This package never
imports pint: unit words map to canonical names through the lexicon, and the engine asks
:mod:`factcheck.units` for dimensions only when it needs them.

The reader's stages, one module each (each imports only the ones listed before it):

- :mod:`~factcheck.reading.lexicon`: the word tables (scales, units, currency codes, number
  words, months, direction words, stopwords);
- :mod:`~factcheck.reading.policy`: rounding rules and :class:`ReadingPolicy`;
- :mod:`~factcheck.reading.result`: :class:`Reading` and its kinds;
- :mod:`~factcheck.reading.patterns`: the compiled grammar;
- :mod:`~factcheck.reading.numbers`: digits, mixed numbers, years, codes, units after a number;
- :mod:`~factcheck.reading.hedging`: hedges, directions and rounding into intervals;
- :mod:`~factcheck.reading.words`: numbers in words, proportions and multiples;
- :mod:`~factcheck.reading.scan`: the full reader, atom by atom;
- :mod:`~factcheck.reading.fastpath`: plain quotes ("6.8 percent") without the full grammar;
- :mod:`~factcheck.reading.reader`: :func:`read` and :func:`read_one`.
"""

from __future__ import annotations

__all__ = ["ROUNDING_RULES", "Reading", "ReadingPolicy", "read", "read_one", "with_hedge"]

from factcheck.reading.fastpath import _SUFFIXES as _SUFFIXES
from factcheck.reading.fastpath import _plain_ints as _plain_ints
from factcheck.reading.fastpath import _plain_ints_all as _plain_ints_all
from factcheck.reading.fastpath import _plain_suffix as _plain_suffix
from factcheck.reading.fastpath import _read_plain as _read_plain
from factcheck.reading.fastpath import _Suffix as _Suffix
from factcheck.reading.hedging import with_hedge
from factcheck.reading.lexicon import _PREFIXES as _PREFIXES
from factcheck.reading.lexicon import _SCALES as _SCALES
from factcheck.reading.lexicon import _UNIT_WORDS as _UNIT_WORDS
from factcheck.reading.patterns import _patterns as _patterns
from factcheck.reading.policy import DEFAULT_POLICY as DEFAULT_POLICY
from factcheck.reading.policy import ROUNDING_RULES, ReadingPolicy
from factcheck.reading.reader import read, read_one
from factcheck.reading.result import Reading
from factcheck.reading.rounding import _unround as _unround
from factcheck.reading.rounding import abs_interval as abs_interval
from factcheck.reading.scan import _read_full as _read_full

TYPE_CHECKING = False  # not typing's: ``factcheck read`` starts without importing typing
if TYPE_CHECKING:
    from factcheck.reading.policy import TrailingZeros as TrailingZeros
    from factcheck.reading.result import Kind as Kind
