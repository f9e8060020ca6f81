"""End to end on PostgreSQL: the real bot, with ONRECORD_DATABASE_URL set, seeds its
store and answers through the fake Bot API as it does on SQLite."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from conftest import polling
from fake_bot_api import FakeBotApi
from pydantic import SecretStr
from store_backends import pg_database, pg_url_fixture  # noqa: F401
from telegram.ext import Application

from bot.config import Settings
from handlers.context import BotData


@pytest.fixture
async def pg_app(bot_settings: Settings, pg_url: str) -> AsyncIterator[Application]:
    from handlers.app import build_application

    settings = bot_settings.model_copy(update={"database_url": SecretStr(pg_url)})
    async with polling(build_application(settings)) as app:
        yield app


async def test_the_bot_answers_from_postgresql(fake_api: FakeBotApi,
                                               pg_app: Application) -> None:
    data = pg_app.bot_data
    assert isinstance(data, BotData)
    assert type(data.require_store()).__name__ == "PostgresStore"
    await fake_api.send_private_text(1001, "what did Hegseth say on NATO")
    call = await fake_api.wait_for_call("sendMessage", lambda p: p["chat_id"] == 1001)
    assert "settlement,” Hegseth said. “Instead, any" in call.params["text"]
    assert "Xinhua" in call.params["text"]
