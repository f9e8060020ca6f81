"""handlers.state on MemoryState: the group cooldown and the answer log.

Across replicas on Redis: tests/test_telegram_replicas.py.
"""

from __future__ import annotations

from bot.state import MemoryState
from handlers.state import AnswerLog, Cooldown


async def test_cooldown_per_chat_and_window() -> None:
    now = [100.0]
    cooldown = Cooldown(MemoryState(clock=lambda: now[0]), 30)
    assert await cooldown.allow(-1, "Hegseth NATO")
    assert not await cooldown.allow(-1, "  hegseth   nato ")
    assert await cooldown.allow(-2, "hegseth nato")
    assert await cooldown.allow(-1, "trump war")
    now[0] += 31
    assert await cooldown.allow(-1, "hegseth nato")


async def test_no_cooldown_with_a_zero_window() -> None:
    cooldown = Cooldown(MemoryState(), 0)
    assert await cooldown.allow(-1, "x") and await cooldown.allow(-1, "x")


async def test_the_answer_log_forgets_after_its_ttl() -> None:
    now = [0.0]
    answers = AnswerLog(MemoryState(clock=lambda: now[0]), ttl=10)
    await answers.put(-1, 5, 6)
    assert await answers.get(-1, 5) == 6 and await answers.get(-1, 7) is None
    now[0] += 11
    assert await answers.get(-1, 5) is None
