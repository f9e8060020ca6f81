"""The fake Bot API server itself: HTTP encodings, long polling, Telegram's HTML rules."""

from __future__ import annotations

import asyncio
import json
import time

import httpx
import pytest
from fake_bot_api import FakeBotApi
from telegram import Bot
from telegram.error import BadRequest

TOKEN = "123456:TEST"


async def test_records_json_and_form_bodies(fake_api: FakeBotApi) -> None:
    url = f"{fake_api.base_url}{TOKEN}/sendMessage"
    async with httpx.AsyncClient() as client:
        first = await client.post(url, json={"chat_id": 5, "text": "hi"})
        second = await client.post(url, data={"chat_id": "5", "text": "123"})
        other = await client.post(f"{fake_api.base_url}{TOKEN}/someFutureMethod", json={})
    assert first.json()["result"]["text"] == "hi"
    assert second.json()["result"]["message_id"] > first.json()["result"]["message_id"]
    assert other.json() == {"ok": True, "result": True}
    calls = fake_api.calls
    assert [call.method for call in calls] == ["sendMessage", "sendMessage", "someFutureMethod"]
    assert calls[1].params == {"chat_id": 5, "text": "123"}
    assert calls[0].token == TOKEN


async def test_multipart_body(fake_api: FakeBotApi) -> None:
    async with httpx.AsyncClient() as client:
        await client.post(
            f"{fake_api.base_url}{TOKEN}/sendDocument",
            data={"chat_id": "7"},
            files={"document": ("a.txt", b"hello")},
        )
    call = await fake_api.wait_for_call("sendDocument")
    assert call.params == {"chat_id": 7, "document": b"hello"}


async def test_ptb_bot_round_trip(fake_api: FakeBotApi) -> None:
    bot = Bot(TOKEN, base_url=fake_api.base_url, base_file_url=fake_api.file_url)
    async with bot:
        assert bot.username == "OnRecordTestBot"
        message = await bot.send_message(42, "<b>A &amp; B</b>", parse_mode="HTML")
        assert message.text == "A & B"
        assert message.chat.id == 42
        with pytest.raises(BadRequest, match="parse entities"):
            await bot.send_message(42, "a < b", parse_mode="HTML")
        with pytest.raises(BadRequest, match="parse entities"):
            await bot.send_message(42, "<b>open", parse_mode="HTML")
        with pytest.raises(BadRequest, match="too long"):
            await bot.send_message(42, "x" * 4097)
        await bot.set_my_commands([("start", "Start")])
        assert [c.command for c in await bot.get_my_commands()] == ["start"]


async def test_long_polling_waits_and_honours_offset(fake_api: FakeBotApi) -> None:
    bot = Bot(TOKEN, base_url=fake_api.base_url)
    async with bot:
        started = time.monotonic()
        assert await bot.get_updates(timeout=0.3) == ()
        assert time.monotonic() - started >= 0.25
        poll = asyncio.create_task(bot.get_updates(timeout=5))
        await asyncio.sleep(0.05)
        await fake_api.send_private_text(1001, "/start")
        (update,) = await poll
        assert update.message.text == "/start"
        assert update.message.chat.type == "private"
        assert update.message.entities[0].type == "bot_command"
        await fake_api.send_private_text(1001, "hello")
        updates = await bot.get_updates(offset=update.update_id + 1, timeout=0)
        assert [u.message.text for u in updates] == ["hello"]


async def test_wait_for_call_times_out_with_the_calls_seen(fake_api: FakeBotApi) -> None:
    with pytest.raises(AssertionError, match="no sendMessage call"):
        await fake_api.wait_for_call("sendMessage", timeout=0.1)


async def test_drop_pending_updates_and_injected_failure(fake_api: FakeBotApi) -> None:
    await fake_api.send_private_text(1, "old")
    fake_api.fail_next("sendMessage", 429, "Too Many Requests: retry after 1", retry_after=1)
    async with httpx.AsyncClient() as client:
        url = f"{fake_api.base_url}{TOKEN}"
        failed = await client.post(f"{url}/sendMessage", json={"chat_id": 1, "text": "x"})
        await client.post(f"{url}/deleteWebhook", data={"drop_pending_updates": "true"})
    assert failed.status_code == 429
    assert json.loads(failed.content)["parameters"] == {"retry_after": 1}
    assert fake_api.updates == []
