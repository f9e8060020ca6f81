"""RedisState: the shared state in Redis, the same claims, counts and locks for every replica."""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any

from bot.state import DEFAULT_PREFIX, LOCK_TTL, SharedState, check_ttl

log = logging.getLogger(__name__)

# Sliding window log: one sorted-set member per counted call, scored by Redis's own clock
# in ms (every replica reads the same clock). KEYS[1] the log; ARGV: limit, window ms, a
# unique member. Old members are dropped, then the call is counted if there is room (0);
# else the ms until the member that must leave for a new one to fit leaves the window.
ACQUIRE_SCRIPT = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local limit = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
local count = redis.call('ZCARD', KEYS[1])
if count < limit then
  redis.call('ZADD', KEYS[1], now, ARGV[3])
  redis.call('PEXPIRE', KEYS[1], window)
  return 0
end
if limit < 1 then
  return window
end
local oldest = redis.call('ZRANGE', KEYS[1], count - limit, count - limit, 'WITHSCORES')
return math.max(1, tonumber(oldest[2]) + window - now)
"""
# A lock is a key holding its holder's random token: only the holder extends or frees it.
RENEW_SCRIPT = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return 0
"""
RELEASE_SCRIPT = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
"""
# Seconds between tries for a held lock: doubling from the first to the last.
LOCK_POLL = (0.005, 0.05)


class RedisState(SharedState):
    """Redis (redis-py asyncio): the same claims, counts and locks for every replica."""

    def __init__(self, url: str, *, prefix: str = DEFAULT_PREFIX, **options: Any) -> None:
        from redis.asyncio import Redis

        self.prefix = prefix
        self.redis = Redis.from_url(url, decode_responses=True, **options)
        self._acquire = self.redis.register_script(ACQUIRE_SCRIPT)
        self._renew = self.redis.register_script(RENEW_SCRIPT)
        self._release = self.redis.register_script(RELEASE_SCRIPT)

    async def claim(self, key: str, ttl: float, value: str = "1") -> bool:
        return bool(await self.redis.set(self.prefix + key, value, px=_ms(ttl), nx=True))

    async def get(self, key: str) -> str | None:
        value = await self.redis.get(self.prefix + key)
        return None if value is None else str(value)

    async def set(self, key: str, value: str, ttl: float) -> None:
        await self.redis.set(self.prefix + key, value, px=_ms(ttl))

    async def delete(self, key: str) -> None:
        await self.redis.delete(self.prefix + key)

    async def acquire(self, key: str, limit: int, window: float) -> float:
        member = uuid.uuid4().hex
        wait = await self._acquire(keys=[self.prefix + key], args=[limit, _ms(window), member])
        return int(wait) / 1000

    def lock(self, key: str, ttl: float = LOCK_TTL) -> AbstractAsyncContextManager[None]:
        check_ttl(ttl)
        return self._locked(self.prefix + key, ttl)

    @asynccontextmanager
    async def _locked(self, name: str, ttl: float) -> AsyncIterator[None]:
        token = uuid.uuid4().hex
        delay = LOCK_POLL[0]
        while not await self.redis.set(name, token, px=_ms(ttl), nx=True):
            await asyncio.sleep(delay)
            delay = min(LOCK_POLL[1], delay * 2)
        renewing = asyncio.create_task(self._keep(name, token, ttl))
        try:
            yield
        finally:
            renewing.cancel()
            try:
                await asyncio.shield(self._release(keys=[name], args=[token]))
            except Exception as exc:  # it expires by itself after ttl
                log.warning("could not release lock %s (%s)", name, type(exc).__name__)

    async def _keep(self, name: str, token: str, ttl: float) -> None:
        """Extend the held lock every ttl/3 seconds while its holder runs."""
        while True:
            await asyncio.sleep(ttl / 3)
            try:
                kept = await self._renew(keys=[name], args=[token, _ms(ttl)])
            except Exception as exc:
                log.warning("could not extend lock %s (%s)", name, type(exc).__name__)
                continue
            if not kept:
                log.warning("lock %s expired while held (the event loop stalled?)", name)
                return

    async def ping(self) -> None:
        """Raise (redis.exceptions.ConnectionError, ...) unless the server answers."""
        await self.redis.ping()

    async def close(self) -> None:
        await self.redis.aclose()


def _ms(seconds: float) -> int:
    check_ttl(seconds)
    return max(1, round(seconds * 1000))
