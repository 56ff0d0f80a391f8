"""A verdict's implied interval, its miss and its culprits are worked out on first access
(issue #17): the audit of thousands of passing checks need not search for each one.  What is
worked out later must be what would have been worked out at once."""

from __future__ import annotations

import pickle
import threading
from fractions import Fraction

import pytest

import factcheck.engine.verdicts as verdicts_module
from factcheck.engine import audit
from factcheck.later import Later
from factcheck.model import Article, Check, Figure, Source
from seed_article import build_seed_article


def _shares_article() -> Article:
    # 41 + 34 = 75; 41 of 75 is 54.67 %, so "54.7 percent" holds and "61.3 percent" cannot.
    return Article(
        source=Source(title="lazy details"),
        figures=[
            Figure(name="a", quote="41 firms"),
            Figure(name="b", quote="34 firms"),
            Figure(name="total", quote="75 firms"),
            Figure(name="share_ok", quote="54.7 percent"),
            Figure(name="share_off", quote="61.3 percent"),
        ],
        checks=[
            Check(id="sum", condition="a + b == total"),
            Check(id="ok", condition="share(a, total) == share_ok"),
            Check(id="off", condition="share(a, total) == share_off"),
        ],
    )


def test_the_audit_works_out_no_implied_interval_until_asked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[object] = []
    original = verdicts_module._implied

    def counting(*args: object) -> object:
        calls.append(args)
        return original(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(verdicts_module, "_implied", counting)
    report = audit(build_seed_article())
    assert calls == []
    assert all(v.grade for v in report.verdicts)  # grades are there at once
    shandong = next(v for v in report.verdicts if v.check.id == "sd_increase_share")
    assert shandong.implied is not None
    assert len(calls) == 1
    assert shandong.implied is not None  # once: the value is kept
    assert len(calls) == 1


def test_worked_out_late_is_what_the_numbers_say() -> None:
    report = audit(_shares_article())
    grades = {v.check.id: v.grade for v in report.verdicts}
    assert grades == {"sum": "consistent", "ok": "consistent", "off": "inconsistent"}
    off = next(v for v in report.verdicts if v.check.id == "off")
    # Counts of firms are whole numbers, so a + b == total and "54.7 percent" leave a = 41 of
    # total = 75: the rest implies 41 / 75 = 54.67 %, and the stated 61.25-61.35 % misses it
    # by 61.25 - 54.67 = 6.58 points.
    assert off.implied is not None
    assert Fraction(41, 75) in off.implied
    assert off.implied.width < Fraction(1, 10**9)
    assert off.off_by is not None
    assert abs(off.off_by - (Fraction(6125, 100) - Fraction(4100, 75))) < Fraction(1, 10**6)
    assert [c.figure for c in off.culprits][:1] == ["share_off"]


def test_order_of_access_does_not_change_the_details() -> None:
    first = audit(build_seed_article())
    second = audit(build_seed_article())
    forward = [(v.implied, v.off_by, v.culprits) for v in first.verdicts]
    backward = [(v.implied, v.off_by, v.culprits) for v in reversed(second.verdicts)]
    assert forward == list(reversed(backward))


def test_pickled_verdicts_carry_their_details_not_the_engine() -> None:
    report = audit(build_seed_article())
    copies = pickle.loads(pickle.dumps(report.verdicts))
    assert copies == report.verdicts
    for copy in copies:
        assert not isinstance(copy._implied, Later) or copy._implied._work is None


def test_threads_asking_at_once_get_the_same_details() -> None:
    report = audit(build_seed_article())
    expected = [v.implied for v in audit(build_seed_article()).verdicts]
    seen: list[list[object]] = []

    def ask() -> None:
        seen.append([v.implied for v in report.verdicts])

    threads = [threading.Thread(target=ask) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert seen == [expected] * 4
