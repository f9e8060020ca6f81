"""Fixtures shared by the end-to-end tests: the fake Bot API server."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from fake_bot_api import FakeBotApi


@pytest.fixture
async def fake_api() -> AsyncIterator[FakeBotApi]:
    """A running fake Telegram Bot API server on 127.0.0.1 (random port)."""
    async with FakeBotApi() as api:
        yield api
