"""End to end: an article loaded by another process (`onrecord load`) while the bot runs
is in the bot's next answer, on SQLite and on PostgreSQL (the store's caches notice the
other process's write: PRAGMA data_version, the PostgreSQL version row)."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from conftest import polling
from fake_bot_api import FakeBotApi
from pydantic import SecretStr
from store_backends import pg_database, pg_url_fixture  # noqa: F401
from telegram.ext import Application

from bot.config import Settings

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "tests" / "articles" / "vogt_budget.txt"
USER = 1001


@pytest.fixture(params=["sqlite", "postgres"])
async def backend(request: pytest.FixtureRequest, bot_settings: Settings
                  ) -> AsyncIterator[tuple[Settings, dict[str, str]]]:
    env = {"ONRECORD_DB_PATH": str(bot_settings.db_path)}
    settings = bot_settings
    if request.param == "postgres":
        url = request.getfixturevalue("pg_url")
        settings = bot_settings.model_copy(update={"database_url": SecretStr(url)})
        env["ONRECORD_DATABASE_URL"] = url
    yield settings, env


async def ask(fake_api: FakeBotApi, text: str) -> str:
    await fake_api.send_private_text(USER, text)
    call = await fake_api.wait_for_call("sendMessage", lambda p: p["chat_id"] == USER)
    return str(call.params["text"])


async def test_a_load_by_another_process_is_in_the_next_answer(
        fake_api: FakeBotApi, backend: tuple[Settings, dict[str, str]]) -> None:
    from handlers.app import build_application

    settings, env = backend
    app: Application
    async with polling(build_application(settings)) as app:
        assert "No statement by Vogt" in await ask(fake_api, "what did Vogt say")
        fake_api.calls.clear()
        loaded = await asyncio.to_thread(
            subprocess.run, [sys.executable, "-m", "bot", "load", str(ARTICLE)],
            env={**os.environ, **env, "ONRECORD_SEEDS_DIR": str(settings.seeds_dir)},
            capture_output=True, text=True, timeout=120, check=False)
        assert loaded.returncode == 0, loaded.stderr
        answer = await ask(fake_api, "what did Vogt say")
        assert "No statement" not in answer and "Vogt" in answer
        assert app.running
