"""A floor for bench_engine.py's target of 10x the fair script: the least work that reads and
decides these checks in pure Python.

Written for this benchmark's input only: three shapes of condition, three unit strings, every
quote a plain decimal.  The quotes are read as integers of half-units (``2n - 1`` to
``2n + 1`` halves of the last digit, times a power of ten) by one pattern per column over the
joined text, so the loops that split and convert run in C; each check is decided by
cross-multiplying those integers.  Nothing else: no verdict, no interval kept, no unit check,
no error for a malformed quote, no diagnosis of a failing check.  An engine that returns the
public ``Report`` does all of this and more, so it cannot be faster than this script by
anything but a constant; bench_engine prints its ratio to the fair script as that ceiling.
"""

from __future__ import annotations

import re

_NUMBER = re.compile(r"^(-?[0-9]+)(?:\.([0-9]+))?", re.M)
_SUFFIX = re.compile(r"^-?[0-9.]+ ?(.*)$", re.M)
_SHAPE = re.compile(r"^(?:(share|growth)\((\w+), (\w+)\)|(\w+) \+ (\w+)) == (\w+)$", re.M)
_EXPONENT = {"percent": -2, "billion yuan": 9}
"""Each unit string as a power of ten (a percent is a hundredth, yuan the base)."""


def decide(figures: dict[str, str], checks: list[tuple[str, str]]) -> list[bool]:
    """Whether each check holds for some values within its figures' last digits."""
    text = "\n".join(figures.values()).replace(",", "")
    numbers = _NUMBER.findall(text)
    ints = [int(whole + decimals) for whole, decimals in numbers]
    exps = [
        _EXPONENT[suffix] - len(decimals)
        for suffix, (_, decimals) in zip(_SUFFIX.findall(text), numbers, strict=True)
    ]
    index = dict(zip(figures, range(len(ints)), strict=True))
    out: list[bool] = []
    for form, a, b, left, right, c in _SHAPE.findall("\n".join(cond for _, cond in checks)):
        if form:  # a / b (less 1 for a growth) within c: a_lo / b_hi <= c_hi, a_hi / b_lo >= c_lo
            i, j, k = index[a], index[b], index[c]
            a_lo, a_hi = 2 * ints[i] - 1, 2 * ints[i] + 1
            b_lo, b_hi = 2 * ints[j] - 1, 2 * ints[j] + 1
            c_lo, c_hi = 2 * ints[k] - 1, 2 * ints[k] + 1
            if form == "growth":  # a / b == 1 + c: one is 2 * 10^-e halves of c's last digit
                one = 2 * 10 ** -exps[k]
                c_lo, c_hi = c_lo + one, c_hi + one
            shift = exps[i] - exps[j] - exps[k]
            if shift >= 0:
                scale = 10**shift
                out.append(2 * a_lo * scale <= c_hi * b_hi and 2 * a_hi * scale >= c_lo * b_lo)
            else:
                scale = 10**-shift
                out.append(2 * a_lo <= c_hi * b_hi * scale and 2 * a_hi >= c_lo * b_lo * scale)
        else:  # left + right within c, all on the finest of their three last digits
            i, j, k = index[left], index[right], index[c]
            low = min(exps[i], exps[j], exps[k])
            fi, fj, fk = 10 ** (exps[i] - low), 10 ** (exps[j] - low), 10 ** (exps[k] - low)
            ni, nj, nk = ints[i], ints[j], ints[k]
            out.append(
                (2 * ni - 1) * fi + (2 * nj - 1) * fj <= (2 * nk + 1) * fk
                and (2 * ni + 1) * fi + (2 * nj + 1) * fj >= (2 * nk - 1) * fk
            )
    return out
