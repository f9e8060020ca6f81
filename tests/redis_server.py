"""The Redis server tests use: ONRECORD_TEST_REDIS_URL, else 127.0.0.1:6379 (database 15).

Without a server answering, a Redis test skips with the reason printed; under CI=true, or
when ONRECORD_TEST_REDIS_URL names a server on purpose, it fails instead. Every test gets
its own key prefix and deletes its keys afterwards, so runs never see each other's keys.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator

import pytest

from bot.state import RedisState

DEFAULT_TEST_URL = "redis://127.0.0.1:6379/15"


def redis_url() -> str:
    return os.environ.get("ONRECORD_TEST_REDIS_URL") or DEFAULT_TEST_URL


async def redis_state() -> AsyncIterator[RedisState]:
    """A RedisState under a fresh prefix (for a fixture), or a skip/failure without Redis."""
    url = redis_url()
    state = RedisState(url, prefix=f"onrecord-test:{uuid.uuid4().hex}:",
                       socket_connect_timeout=2, socket_timeout=5)
    error: Exception | None = None
    try:
        await state.ping()
    except Exception as exc:  # no server, refused, wrong password, ...
        error = exc
    if error is not None:
        await state.close()
        reason = f"Redis at {url} does not answer ({type(error).__name__}: {error})"
        if os.environ.get("CI") or os.environ.get("ONRECORD_TEST_REDIS_URL"):
            pytest.fail(f"{reason}; with CI or ONRECORD_TEST_REDIS_URL set the Redis tests "
                        "must run", pytrace=False)
        pytest.skip(f"{reason}; set ONRECORD_TEST_REDIS_URL or start Redis on 6379")
    try:
        yield state
    finally:
        keys = [key async for key in state.redis.scan_iter(match=f"{state.prefix}*")]
        if keys:
            await state.redis.delete(*keys)
        await state.close()
