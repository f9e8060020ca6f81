"""The per-user limit's logic (bot.limits), with a fake clock; end to end: test_telegram_faults."""

from __future__ import annotations

import pytest

from bot.limits import UserLimiter, Verdict


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_burst_then_one_notice_then_silence() -> None:
    limiter = UserLimiter(per_minute=6, burst=3, clock=Clock())
    verdicts = [limiter.check(1) for _ in range(6)]
    assert verdicts == [Verdict.ALLOW] * 3 + [Verdict.NOTIFY] + [Verdict.DROP] * 2
    assert limiter.check(2) is Verdict.ALLOW  # others are unaffected
    assert limiter.wait_seconds(1) == 10


def test_a_steady_flooder_is_answered_at_the_rate_without_more_notices() -> None:
    clock = Clock()
    limiter = UserLimiter(per_minute=6, burst=2, clock=clock)
    assert [limiter.check(1) for _ in range(3)][-1] is Verdict.NOTIFY
    clock.now += 10  # one token back
    assert limiter.check(1) is Verdict.ALLOW
    assert limiter.check(1) is Verdict.DROP  # still the same flood: no second notice
    clock.now += 60  # calm: the bucket fills up, a new flood gets a new notice
    assert [limiter.check(1) for _ in range(3)][-1] is Verdict.NOTIFY


def test_the_number_of_users_kept_is_bounded() -> None:
    limiter = UserLimiter(per_minute=6, burst=1, max_users=100, clock=Clock())
    for user in range(1000):
        limiter.check(user)
    assert len(limiter) == 100


def test_bad_settings_are_refused() -> None:
    with pytest.raises(ValueError, match="per_minute"):
        UserLimiter(per_minute=0, burst=1)
