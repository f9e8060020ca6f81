"""Ephemeral state shared by every process of the bot: claims, values, rates and locks.

Two backends behind one interface (SharedState): MemoryState, in this process (the
default: one process sees everything), and RedisState, in Redis (`ONRECORD_REDIS_URL`),
so that several replicas see the same claims, counts and locks. Nothing here is durable:
a key lives until its TTL runs out (Redis may also lose it on a restart). The core knows
nothing of Telegram; keys are the caller's (e.g. `update:<id>`, `user:<id>`).

    claim(key, ttl)          SET NX EX: True for the first caller only, until ttl ends
    get(key) / set(key, value, ttl) / delete(key)
    acquire(key, limit, window)  a sliding-window rate limit: 0.0 (and counted) while
                              fewer than `limit` calls were counted in the last `window`
                              s, else the seconds until the oldest leaves the window
    allow(key, limit, window)    acquire() == 0.0
    lock(key)                mutual exclusion (async with): one holder at a time
    close()

All operations are atomic across processes in Redis (SET NX, Lua scripts) and within
one event loop in memory (no await between reading and writing).
"""

from __future__ import annotations

import abc
from contextlib import AbstractAsyncContextManager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.config import Settings

# Keys of every backend live under this prefix in Redis (tests use their own).
DEFAULT_PREFIX = "onrecord:"
# Seconds a lock outlives a holder that stopped renewing it (a replica that died holding
# it); a live holder renews it every LOCK_TTL / 3 seconds.
LOCK_TTL = 30.0


class SharedState(abc.ABC):
    """Ephemeral key-value state; TTLs and windows are in seconds (fractions allowed)."""

    @abc.abstractmethod
    async def claim(self, key: str, ttl: float, value: str = "1") -> bool:
        """Store `value` under `key` for `ttl` s unless the key exists; True if stored."""

    @abc.abstractmethod
    async def get(self, key: str) -> str | None:
        """The value under `key`, or None (never set, deleted or expired)."""

    @abc.abstractmethod
    async def set(self, key: str, value: str, ttl: float) -> None:
        """Store `value` under `key` for `ttl` s, whatever was there."""

    @abc.abstractmethod
    async def delete(self, key: str) -> None:
        """Forget `key` (a claim can then be won again)."""

    @abc.abstractmethod
    async def acquire(self, key: str, limit: int, window: float) -> float:
        """0.0, and counted, if fewer than `limit` calls were counted in the last `window`
        s; else nothing is counted and the answer is the seconds until the oldest counted
        call leaves the window (when one more may be counted, unless another takes it)."""

    async def allow(self, key: str, limit: int, window: float) -> bool:
        """True, and counted, if fewer than `limit` calls were allowed in the last `window` s."""
        return await self.acquire(key, limit, window) == 0.0

    @abc.abstractmethod
    def lock(self, key: str, ttl: float = LOCK_TTL) -> AbstractAsyncContextManager[None]:
        """`async with state.lock(key):` one holder at a time among all users of the state.

        Waiters get it in turn (in memory: first come, first served; in Redis: by polling).
        A holder that stops renewing (its process died) loses it after `ttl` seconds.
        """

    @abc.abstractmethod
    async def close(self) -> None:
        """Release connections; the object is not used afterwards."""


def check_ttl(ttl: float) -> None:
    if ttl <= 0:
        raise ValueError(f"a TTL or window must be positive, not {ttl}")


def open_state(settings: Settings) -> SharedState:
    """RedisState when ONRECORD_REDIS_URL is set, else MemoryState."""
    if settings.redis_url is None:
        return MemoryState()
    return RedisState(settings.redis_url.get_secret_value())


from bot.state.memory import MemoryState  # noqa: E402  (they subclass SharedState)
from bot.state.redis_state import RedisState  # noqa: E402

__all__ = ["DEFAULT_PREFIX", "LOCK_TTL", "MemoryState", "RedisState", "SharedState",
           "check_ttl", "open_state"]
