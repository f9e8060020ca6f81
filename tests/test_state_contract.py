"""One contract for both SharedState backends (bot/state/): in process and Redis.

Every test runs on MemoryState and on RedisState (tests/redis_server.py says which
server, and when a missing one skips or fails). Windows and TTLs are a few tenths of a
second so that expiry is seen for real, on each backend's own clock.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from redis_server import redis_state, redis_url

from bot.config import Settings
from bot.state import MemoryState, RedisState, SharedState, open_state


@pytest.fixture(params=["memory", "redis"])
async def state(request: pytest.FixtureRequest) -> AsyncIterator[SharedState]:
    if request.param == "memory":
        memory = MemoryState()
        yield memory
        await memory.close()
        return
    async for redis in redis_state():
        yield redis


async def test_the_first_claim_wins_until_its_ttl_ends(state: SharedState) -> None:
    assert await state.claim("update:1", 0.3) is True
    assert await state.claim("update:1", 0.3) is False
    assert await state.claim("update:2", 0.3) is True  # another key is another claim
    await asyncio.sleep(0.4)
    assert await state.claim("update:1", 0.3) is True


async def test_concurrent_claims_have_one_winner(state: SharedState) -> None:
    won = await asyncio.gather(*(state.claim("update:7", 5) for _ in range(20)))
    assert won.count(True) == 1


async def test_a_claim_holds_its_value_and_set_replaces_it(state: SharedState) -> None:
    assert await state.claim("update:3", 5, value="working")
    assert await state.get("update:3") == "working"
    await state.set("update:3", "done", 5)
    assert await state.get("update:3") == "done"
    assert await state.claim("update:3", 5) is False


async def test_get_set_and_delete(state: SharedState) -> None:
    assert await state.get("missing") is None
    await state.set("k", "v1", 0.3)
    assert await state.get("k") == "v1"
    await asyncio.sleep(0.4)
    assert await state.get("k") is None  # expired
    await state.set("k", "v2", 5)
    await state.delete("k")
    assert await state.get("k") is None
    assert await state.claim("k", 5)  # a deleted claim can be won again
    await state.delete("never-set")  # no error


async def test_allow_counts_calls_in_a_sliding_window(state: SharedState) -> None:
    assert [await state.allow("user:1", 3, 0.5) for _ in range(5)] == [
        True, True, True, False, False]
    assert await state.allow("user:2", 3, 0.5)  # each key has its own budget
    await asyncio.sleep(0.6)
    assert await state.allow("user:1", 3, 0.5)  # the window has slid past the first calls


async def test_refused_calls_do_not_use_up_the_budget(state: SharedState) -> None:
    assert await state.allow("chat:9", 1, 0.4)
    await asyncio.sleep(0.2)
    assert not await state.allow("chat:9", 1, 0.4)  # refused, not counted
    await asyncio.sleep(0.3)
    assert await state.allow("chat:9", 1, 0.4)  # 0.5 s after the one allowed call


async def test_allow_is_atomic_under_concurrency(state: SharedState) -> None:
    allowed = await asyncio.gather(*(state.allow("chat:-100", 20, 10) for _ in range(50)))
    assert allowed.count(True) == 20


async def test_acquire_says_how_long_until_a_call_fits(state: SharedState) -> None:
    assert await state.acquire("chat:-5", 2, 0.6) == 0.0
    await asyncio.sleep(0.2)
    assert await state.acquire("chat:-5", 2, 0.6) == 0.0
    wait = await state.acquire("chat:-5", 2, 0.6)
    assert 0.3 < wait <= 0.41  # the first call leaves the window 0.6 s after it was made
    await asyncio.sleep(wait + 0.02)
    assert await state.acquire("chat:-5", 2, 0.6) == 0.0
    assert 0 < await state.acquire("chat:-5", 2, 0.6) <= 0.2  # now the second must leave


async def test_a_lock_has_one_holder_at_a_time(state: SharedState) -> None:
    inside, most, order = 0, 0, []

    async def hold(n: int) -> None:
        nonlocal inside, most
        async with state.lock("turn:-100"):
            inside += 1
            most = max(most, inside)
            await asyncio.sleep(0.01)
            order.append(n)
            inside -= 1

    await asyncio.gather(*(hold(n) for n in range(8)), state.lock("turn:-200").__aenter__())
    assert most == 1 and sorted(order) == list(range(8))
    async with asyncio.timeout(1):  # every holder let go, -200 aside (another key)
        async with state.lock("turn:-100"):
            pass


async def test_a_lock_is_released_when_its_holder_fails(state: SharedState) -> None:
    with pytest.raises(RuntimeError):
        async with state.lock("turn:1"):
            raise RuntimeError("handler failed")
    task = asyncio.create_task(_hold_forever(state, "turn:2"))
    await asyncio.sleep(0.05)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    async with asyncio.timeout(1):
        async with state.lock("turn:1"), state.lock("turn:2"):
            pass


async def _hold_forever(state: SharedState, key: str) -> None:
    async with state.lock(key):
        await asyncio.sleep(3600)


async def test_zero_or_negative_ttls_are_refused(state: SharedState) -> None:
    for bad in (0, -1):
        with pytest.raises(ValueError):
            await state.claim("x", bad)
        with pytest.raises(ValueError):
            await state.set("x", "v", bad)
        with pytest.raises(ValueError):
            await state.allow("x", 1, bad)
        with pytest.raises(ValueError):
            state.lock("x", bad)


def test_memory_state_forgets_expired_entries() -> None:
    now = [0.0]
    state = MemoryState(clock=lambda: now[0])

    async def fill() -> None:
        for i in range(3000):
            await state.set(f"k{i}", "v", 10)
            await state.allow(f"w{i}", 1, 10)
            now[0] += 0.01

    asyncio.run(fill())
    # Every 1,000 writes the entries older than their TTL or window are dropped.
    assert len(state._values) < 2000 and len(state._windows) < 2000


async def test_open_state_follows_onrecord_redis_url() -> None:
    memory = open_state(Settings(_env_file=None, ONRECORD_REDIS_URL=""))
    assert isinstance(memory, MemoryState)
    redis = open_state(Settings(_env_file=None, ONRECORD_REDIS_URL="redis://127.0.0.1:1/0"))
    assert isinstance(redis, RedisState)
    await redis.close()  # never connected: from_url connects on first use


async def test_a_dead_holders_redis_lock_expires_and_a_live_one_is_renewed() -> None:
    """Two replicas: one holds a lock past its TTL (renewed, still held); then a holder
    that stopped renewing (killed: its key left as it was) loses it after the TTL."""
    async for one in redis_state():
        two = RedisState(redis_url(), prefix=one.prefix)
        try:
            async with one.lock("turn:7", ttl=0.3):
                await asyncio.sleep(0.5)  # past the TTL: renewed every 0.1 s
                with pytest.raises(TimeoutError):
                    async with asyncio.timeout(0.3), two.lock("turn:7", ttl=0.3):
                        pass
            assert await one.claim("turn:8", 0.3, value="a dead replica's token")
            async with asyncio.timeout(1), two.lock("turn:8", ttl=0.3):
                pass
        finally:
            await two.close()
