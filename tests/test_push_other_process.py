"""End to end: an article stored by another process (`onrecord load`, as a queue worker
would) while the bot runs is pushed to its followers by the bot, once, on SQLite and on
PostgreSQL: the loading process writes the push outbox, the bot polls it."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

from conftest import polling
from fake_bot_api import FakeBotApi
from follow_fakes import NATO_ARTICLE, pushes_to, settled
from store_backends import pg_database, pg_url_fixture  # noqa: F401
from test_load_while_running import backend  # noqa: F401
from test_telegram_admin import store_of

from bot.config import Settings

READER = 505


async def test_a_load_by_the_cli_is_pushed_by_the_running_bot(
        fake_api: FakeBotApi, backend: tuple[Settings, dict[str, str]],  # noqa: F811
        tmp_path: Path) -> None:
    from handlers.app import build_application

    settings, env = backend
    article = tmp_path / "nato.txt"
    article.write_text(NATO_ARTICLE, encoding="utf-8")
    async with polling(build_application(settings)) as app:
        await fake_api.send_private_text(READER, "/follow Hegseth on NATO")
        await fake_api.wait_for_call("sendMessage", lambda p: p["chat_id"] == READER)
        for _ in range(2):  # the second load is a duplicate: nothing more to push
            loaded = await asyncio.to_thread(
                subprocess.run, [sys.executable, "-m", "bot", "load", str(article)],
                env={**os.environ, **env, "ONRECORD_SEEDS_DIR": str(settings.seeds_dir)},
                capture_output=True, text=True, timeout=120, check=False)
            assert loaded.returncode == 0, loaded.stderr
            await settled(store_of(app), {"sent": 1}, timeout=20)
    (push,) = pushes_to(fake_api, READER)
    assert "Every NATO member must carry its share of the load" in push.params["text"]
