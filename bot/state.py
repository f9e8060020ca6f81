"""Ephemeral state shared by every process of the bot: claims, short-lived values, rates.

Two backends behind one interface (SharedState): MemoryState, in this process (the
default: one process sees everything), and RedisState, in Redis (`ONRECORD_REDIS_URL`),
so that several replicas see the same claims and counts. Nothing here is durable: a key
lives until its TTL runs out (Redis may also lose it on a restart). The core knows
nothing of Telegram; keys are the caller's (e.g. `update:<id>`, `user:<id>`).

    claim(key, ttl)          SET NX EX: True for the first caller only, until ttl ends
    get(key) / set(key, value, ttl) / delete(key)
    allow(key, limit, window)  a sliding-window rate limit: True (and counted) while
                              fewer than `limit` calls were allowed in the last `window` s
    close()

All operations are atomic across processes in Redis (SET NX, one Lua script for allow)
and within one event loop in memory (no await between reading and writing).
"""

from __future__ import annotations

import abc
import time
import uuid
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.config import Settings

# Keys of every backend live under this prefix in Redis (tests use their own).
DEFAULT_PREFIX = "onrecord:"
# MemoryState drops expired entries after this many writes (they are ignored before).
PURGE_EVERY = 1000

# Sliding window log: one sorted-set member per allowed call, scored by Redis's own clock
# in ms (every replica reads the same clock). KEYS[1] the log; ARGV: limit, window ms,
# a unique member. Old members are dropped, then the call is counted if there is room.
ALLOW_SCRIPT = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local window = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[1]) then
  redis.call('ZADD', KEYS[1], now, ARGV[3])
  redis.call('PEXPIRE', KEYS[1], window)
  return 1
end
return 0
"""


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
    async def allow(self, key: str, limit: int, window: float) -> bool:
        """True, and counted, if fewer than `limit` calls were allowed in the last `window` s."""

    @abc.abstractmethod
    async def close(self) -> None:
        """Release connections; the object is not used afterwards."""


def _check_ttl(ttl: float) -> None:
    if ttl <= 0:
        raise ValueError(f"a TTL or window must be positive, not {ttl}")


class MemoryState(SharedState):
    """This process only: right for one process, invisible to any other."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._values: dict[str, tuple[str, float]] = {}  # key -> (value, expires at)
        # key -> (the window last asked for, times of the calls allowed in it)
        self._windows: dict[str, tuple[float, deque[float]]] = {}
        self._writes = 0

    async def claim(self, key: str, ttl: float, value: str = "1") -> bool:
        _check_ttl(ttl)
        if self._live(key) is not None:
            return False
        self._store(key, value, ttl)
        return True

    async def get(self, key: str) -> str | None:
        return self._live(key)

    async def set(self, key: str, value: str, ttl: float) -> None:
        _check_ttl(ttl)
        self._store(key, value, ttl)

    async def delete(self, key: str) -> None:
        self._values.pop(key, None)

    async def allow(self, key: str, limit: int, window: float) -> bool:
        _check_ttl(window)
        now = self._clock()
        times = self._windows.get(key, (window, deque[float]()))[1]
        self._windows[key] = (window, times)
        while times and times[0] <= now - window:
            times.popleft()
        if len(times) >= limit:
            return False
        times.append(now)
        self._count_write()
        return True

    async def close(self) -> None:
        self._values.clear()
        self._windows.clear()

    def _live(self, key: str) -> str | None:
        entry = self._values.get(key)
        if entry is None:
            return None
        if entry[1] <= self._clock():
            del self._values[key]
            return None
        return entry[0]

    def _store(self, key: str, value: str, ttl: float) -> None:
        self._values[key] = (value, self._clock() + ttl)
        self._count_write()

    def _count_write(self) -> None:
        self._writes += 1
        if self._writes % PURGE_EVERY:
            return
        now = self._clock()
        self._values = {k: v for k, v in self._values.items() if v[1] > now}
        self._windows = {k: (window, times) for k, (window, times) in self._windows.items()
                         if times and times[-1] > now - window}


class RedisState(SharedState):
    """Redis (redis-py asyncio): the same claims and counts for every replica."""

    def __init__(self, url: str, *, prefix: str = DEFAULT_PREFIX, **options: Any) -> None:
        from redis.asyncio import Redis

        self.prefix = prefix
        self.redis = Redis.from_url(url, decode_responses=True, **options)
        self._allow = self.redis.register_script(ALLOW_SCRIPT)

    async def claim(self, key: str, ttl: float, value: str = "1") -> bool:
        return bool(await self.redis.set(self.prefix + key, value, px=_ms(ttl), nx=True))

    async def get(self, key: str) -> str | None:
        value = await self.redis.get(self.prefix + key)
        return None if value is None else str(value)

    async def set(self, key: str, value: str, ttl: float) -> None:
        await self.redis.set(self.prefix + key, value, px=_ms(ttl))

    async def delete(self, key: str) -> None:
        await self.redis.delete(self.prefix + key)

    async def allow(self, key: str, limit: int, window: float) -> bool:
        member = uuid.uuid4().hex
        allowed = await self._allow(keys=[self.prefix + key], args=[limit, _ms(window), member])
        return bool(allowed)

    async def ping(self) -> None:
        """Raise (redis.exceptions.ConnectionError, ...) unless the server answers."""
        await self.redis.ping()

    async def close(self) -> None:
        await self.redis.aclose()


def _ms(seconds: float) -> int:
    _check_ttl(seconds)
    return max(1, round(seconds * 1000))


def open_state(settings: Settings) -> SharedState:
    """RedisState when ONRECORD_REDIS_URL is set, else MemoryState."""
    if settings.redis_url is None:
        return MemoryState()
    return RedisState(settings.redis_url.get_secret_value())
