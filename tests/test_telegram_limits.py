"""The per-user limit's logic (bot.limits) on MemoryState with a fake clock.

End to end: test_telegram_faults (a flooding user), test_telegram_replicas (across
replicas on Redis).
"""

from __future__ import annotations

import pytest

from bot.limits import UserLimiter, Verdict
from bot.state import MemoryState


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


async def test_burst_then_one_notice_then_silence() -> None:
    limiter = UserLimiter(MemoryState(clock=Clock()), per_minute=6, burst=3)  # 3 in 30 s
    verdicts = [await limiter.check(1) for _ in range(6)]
    assert verdicts == [(Verdict.ALLOW, 0)] * 3 + [(Verdict.NOTIFY, 30)] + [
        (Verdict.DROP, 30)] * 2
    assert await limiter.check(2) == (Verdict.ALLOW, 0)  # others are unaffected


async def test_a_steady_flooder_is_answered_as_the_window_frees_without_more_notices() -> None:
    clock = Clock()
    limiter = UserLimiter(MemoryState(clock=clock), per_minute=6, burst=2)  # 2 in 20 s
    assert [(await limiter.check(1))[0] for _ in range(3)][-1] is Verdict.NOTIFY
    clock.now += 10
    assert await limiter.check(1) == (Verdict.DROP, 10)  # still the same flood
    clock.now += 10.5  # the first two left the window
    assert (await limiter.check(1))[0] is Verdict.ALLOW
    assert (await limiter.check(1))[0] is Verdict.ALLOW
    assert (await limiter.check(1))[0] is Verdict.DROP  # no second notice
    clock.now += 25  # a window without a refused message: the flood is over
    assert [(await limiter.check(1))[0] for _ in range(3)][-1] is Verdict.NOTIFY


async def test_a_users_entries_expire_with_the_window() -> None:
    clock = Clock()
    state = MemoryState(clock=clock)
    limiter = UserLimiter(state, per_minute=6, burst=1)
    await limiter.check(1)
    await limiter.check(1)
    assert await state.get("user-notified:1") is not None
    clock.now += 11
    assert await state.get("user-notified:1") is None
    assert await state.allow("user:1", 1, 10)  # the window is empty again


def test_bad_settings_are_refused() -> None:
    with pytest.raises(ValueError, match="per_minute"):
        UserLimiter(MemoryState(), per_minute=0, burst=1)
