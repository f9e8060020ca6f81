"""End to end through the fake Bot API, on PostgreSQL: the real bot's /load (a document,
pasted text, a forwarded message) enqueues jobs and answers "Queued"; the same document
again is one job; /queue lists them; a worker loads them, the bot sends each admin's
result as an answer to the /load (a refusal too), and the next question finds them."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

import pytest
from conftest import ADMIN, ARTICLES, polling
from fake_bot_api import FakeBotApi
from fake_updates import private_chat
from queue_helpers import article, execute, fast_settings
from store_backends import pg_database, pg_url_fixture  # noqa: F401
from telegram.ext import Application

from bot.config import Settings
from bot.queue.worker import run_worker

ARTICLE = (ARTICLES / "vogt_budget.txt").read_bytes()
NO_QUOTES = "A headline\n\nJust a paragraph with some words and no quotes at all."
ORIGIN = {"type": "channel", "date": 1, "message_id": 5,
          "chat": {"id": -1005, "type": "channel", "title": "Wire Channel",
                   "username": "wirechan"}}


@pytest.fixture
async def queue_app(bot_settings: Settings, pg_url: str) -> AsyncIterator[Application]:
    from handlers.app import build_application

    async with polling(build_application(fast_settings(bot_settings, pg_url))) as app:
        yield app


async def reply(fake_api: FakeBotApi, timeout: float = 10) -> str:
    call = await fake_api.wait_for_call("sendMessage", lambda p: p["chat_id"] == ADMIN,
                                        timeout)
    return str(call.params["text"])


async def ask(fake_api: FakeBotApi, text: str, **extra: Any) -> str:
    await fake_api.send_private_text(ADMIN, text, **extra)
    return await reply(fake_api)


def answered_message(call_params: dict[str, Any]) -> int:
    parameters = call_params.get("reply_parameters") or "{}"
    if isinstance(parameters, str):
        parameters = json.loads(parameters)
    return int(parameters.get("message_id", 0))


async def test_load_is_queued_and_the_worker_answers(
        fake_api: FakeBotApi, queue_app: Application, bot_settings: Settings,
        pg_url: str) -> None:
    chat = private_chat(ADMIN)
    document = await fake_api.send_document(chat, ADMIN, "vogt.txt", ARTICLE, caption="/load")
    assert (await reply(fake_api)).startswith("Queued as job #")
    await fake_api.send_document(chat, ADMIN, "vogt.txt", ARTICLE, caption="/load")
    assert (await reply(fake_api)).startswith("Already queued")
    pasted = await fake_api.send_private_text(ADMIN, f"/load {article(4)}")
    assert (await reply(fake_api)).startswith("Queued as job #")
    text = article(5).replace("Source: Test Wire\n", "")
    forwarded = await fake_api.send_private_text(ADMIN, text, forward_origin=ORIGIN)
    await reply(fake_api)  # answered as a question, like any text
    by_reply = await fake_api.send_private_text(ADMIN, "/load",
                                                reply_to=forwarded["message"])
    assert (await reply(fake_api)).startswith("Queued as job #")
    refused = await fake_api.send_private_text(ADMIN, f"/load {NO_QUOTES}")
    assert (await reply(fake_api)).startswith("Queued as job #")
    await fake_api.send_document(chat, ADMIN, "x.pdf", b"%PDF", caption="/load")
    assert "Not an article file" in await reply(fake_api)  # refused before queueing
    assert "loads: 4 todo, 0 doing, 0 failed" in await ask(fake_api, "/queue")
    assert "No statement by Vogt" in await ask(fake_api, "what did Vogt say")

    settings = fast_settings(bot_settings, pg_url)
    await asyncio.wait_for(run_worker(settings, 2, wait=False, install_signal_handlers=False),
                           60)
    results = {answered_message(call.params): str(call.params["text"]) for call in [
        await fake_api.wait_for_call("sendMessage", lambda p: p["chat_id"] == ADMIN)
        for _ in range(4)]}
    assert "Klara Vogt" in results[document["message"]["message_id"]]
    assert "Petra Ebert" in results[pasted["message"]["message_id"]]
    loaded_forward = results[by_reply["message"]["message_id"]]
    assert "Wire Channel" in loaded_forward and "Petra Falk" in loaded_forward
    assert "Could not load: No statements found" in results[refused["message"]["message_id"]]
    assert "loads: 0 todo, 0 doing, 0 failed" in await ask(fake_api, "/queue")
    assert "balance the budget without touching income taxes" in await ask(
        fake_api, "what did Vogt say")
    assert "We will build 4 new schools" in await ask(fake_api, "what did Petra Ebert say")


@pytest.mark.usefixtures("running_app")
async def test_on_sqlite_there_is_no_queue(fake_api: FakeBotApi) -> None:
    assert "No queue here: the store is SQLite" in await ask(fake_api, "/queue")
    assert "Klara Vogt" in await ask(fake_api, f"/load {ARTICLE.decode()}")  # loaded at once
    await fake_api.send_private_text(1001, "/queue")  # not an admin
    call = await fake_api.wait_for_call("sendMessage", lambda p: p["chat_id"] == 1001)
    assert "No queue" not in str(call.params["text"])


async def test_a_load_failing_on_its_last_attempt_is_reported_and_listed(
        fake_api: FakeBotApi, queue_app: Application, bot_settings: Settings,
        pg_url: str) -> None:
    await fake_api.send_private_text(ADMIN, f"/load {article(6)}")
    assert (await reply(fake_api)).startswith("Queued as job #")
    # The database refuses the write (a trigger), and this is the job's third attempt.
    for statement in FAILING_WRITE:
        await asyncio.to_thread(execute, pg_url, statement)
    await asyncio.to_thread(execute, pg_url, "UPDATE procrastinate_jobs SET attempts = 2 "
                            "WHERE task_name = 'onrecord.load'")
    settings = fast_settings(bot_settings, pg_url)
    await asyncio.wait_for(run_worker(settings, 1, wait=False, install_signal_handlers=False),
                           60)
    assert (await reply(fake_api)
            == "Could not load: RaiseException after 3 attempts.\nNothing was stored.")
    status = await ask(fake_api, "/queue")
    assert "loads: 0 todo, 0 doing, 1 failed" in status and "pasted text" in status
    assert "No statement by Petra Gerhard" in await ask(fake_api, "what did Petra Gerhard say")


FAILING_WRITE = (
    "CREATE FUNCTION refuse_write() RETURNS trigger LANGUAGE plpgsql AS "
    "$$ BEGIN RAISE EXCEPTION 'disk full (a test)'; END $$",
    "CREATE TRIGGER refuse_write BEFORE INSERT ON articles "
    "FOR EACH ROW EXECUTE FUNCTION refuse_write()")
