"""Fixtures shared by the end-to-end tests: the fake Bot API server and the running bot.

`fake_api` is a FakeBotApi listening on 127.0.0.1; `bot_settings` points Settings at it
(database in tmp_path, the repository's seeds); `running_app` is the real Application from
`build_application`, started exactly the way `Application.run_polling` starts it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from fake_bot_api import FakeBotApi
from fake_web import FakeWeb
from telegram import Update
from telegram.ext import Application

from bot.config import Settings

ROOT = Path(__file__).resolve().parents[1]
TEST_TOKEN = "123456789:TEST-token-for-the-fake-api"
# getUpdates long-poll timeout (seconds) in tests: short, so stopping is quick.
POLL_TIMEOUT = 1
# The one admin (ONRECORD_ADMIN_IDS) in end-to-end tests; other user ids are not admins.
ADMIN = 4242
ARTICLES = ROOT / "tests" / "articles"


@pytest.fixture
async def fake_api() -> AsyncIterator[FakeBotApi]:
    """A running fake Telegram Bot API server on 127.0.0.1 (random port)."""
    async with FakeBotApi() as api:
        yield api


@pytest.fixture
def bot_settings(tmp_path: Path, fake_api: FakeBotApi) -> Settings:
    """Settings for the bot under test: the fake server, a fresh database, the seeds."""
    return Settings(
        _env_file=None,
        TELEGRAM_BOT_TOKEN=TEST_TOKEN,
        TELEGRAM_API_BASE_URL=fake_api.base_url,
        TELEGRAM_API_FILE_URL=fake_api.file_url,
        ONRECORD_DB_PATH=tmp_path / "db" / "onrecord.db",
        ONRECORD_SEEDS_DIR=ROOT / "seeds",
        ONRECORD_ADMIN_IDS=str(ADMIN),
    )


@asynccontextmanager
async def polling(app: Application) -> AsyncIterator[Application]:
    """Run `app` as `run_polling` does, minus signals and the blocking loop.

    Order as in Application.__run: initialize, post_init, updater.start_polling, start;
    then updater.stop, stop, post_stop, shutdown, post_shutdown (the last two always).
    """
    await app.initialize()
    try:
        if app.post_init:
            await app.post_init(app)
        assert app.updater is not None
        await app.updater.start_polling(
            poll_interval=0, timeout=POLL_TIMEOUT, allowed_updates=Update.ALL_TYPES
        )
        await app.start()
        try:
            yield app
        finally:
            if app.updater.running:
                await app.updater.stop()
            if app.running:
                await app.stop()
            if app.post_stop:
                await app.post_stop(app)
    finally:
        await app.shutdown()
        if app.post_shutdown:
            await app.post_shutdown(app)


@pytest.fixture
async def running_app(bot_settings: Settings) -> AsyncIterator[Application]:
    """The real bot (handlers.app.build_application) polling the fake server."""
    from handlers.app import build_application

    async with polling(build_application(bot_settings)) as app:
        yield app


@pytest.fixture
async def web() -> AsyncIterator[FakeWeb]:
    """A local HTTP server (127.0.0.1) serving test pages for /load URL."""
    async with FakeWeb() as server:
        yield server
