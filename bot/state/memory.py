"""MemoryState: the shared state of one process (the default without Redis)."""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager

from bot.state import LOCK_TTL, SharedState, check_ttl

# Expired entries are dropped after this many writes (they are ignored before).
PURGE_EVERY = 1000


class MemoryState(SharedState):
    """This process only: right for one process, invisible to any other."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._values: dict[str, tuple[str, float]] = {}  # key -> (value, expires at)
        # key -> (the window last asked for, times of the calls counted in it)
        self._windows: dict[str, tuple[float, deque[float]]] = {}
        # key -> (the lock, how many hold or wait for it): dropped when nobody does
        self._locks: dict[str, tuple[asyncio.Lock, int]] = {}
        self._writes = 0

    async def claim(self, key: str, ttl: float, value: str = "1") -> bool:
        check_ttl(ttl)
        if self._live(key) is not None:
            return False
        self._store(key, value, ttl)
        return True

    async def get(self, key: str) -> str | None:
        return self._live(key)

    async def set(self, key: str, value: str, ttl: float) -> None:
        check_ttl(ttl)
        self._store(key, value, ttl)

    async def delete(self, key: str) -> None:
        self._values.pop(key, None)

    async def acquire(self, key: str, limit: int, window: float) -> float:
        check_ttl(window)
        now = self._clock()
        times = self._windows.get(key, (window, deque[float]()))[1]
        self._windows[key] = (window, times)
        while times and times[0] <= now - window:
            times.popleft()
        if len(times) >= limit:
            return max(1e-3, times[-limit] + window - now) if limit > 0 else window
        times.append(now)
        self._count_write()
        return 0.0

    def lock(self, key: str, ttl: float = LOCK_TTL) -> AbstractAsyncContextManager[None]:
        check_ttl(ttl)  # a process holds its locks until it lets go (or dies with them)
        return self._locked(key)

    @asynccontextmanager
    async def _locked(self, key: str) -> AsyncIterator[None]:
        lock, users = self._locks.get(key, (asyncio.Lock(), 0))
        self._locks[key] = (lock, users + 1)
        try:
            async with lock:
                yield
        finally:
            users = self._locks[key][1] - 1
            if users:
                self._locks[key] = (lock, users)
            else:
                del self._locks[key]

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
