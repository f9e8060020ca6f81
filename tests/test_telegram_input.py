"""End to end: hostile and odd input through Telegram gets a clear one-line answer.

FTS5 and SQL syntax, 4,000-character queries (256 inline), zero-width and right-to-left
characters, emoji, all quotation marks; entities after emoji (offsets in UTF-16 code
units). No traceback, no apology, nothing stored changes.
"""

from __future__ import annotations

import logging

import pytest
from fake_bot_api import FakeBotApi
from telegram.ext import Application

from bot.store import Store
from handlers.context import BotData
from handlers.errors import SORRY

BOT = "@OnRecordTestBot"
GROUP = -100777
BAD = (
    '"NEAR(* OR)',
    "Hegseth AND OR NOT ( ) * ^ : - NEAR/3 {col}:x",
    "'; DROP TABLE statements; -- \" OR 1=1",
    "\u200b\u200c\u200d\ufeff\u2060",
    "\u202eOTAN no htesgeH\u202c \u200fשלום\u200f مرحبا",
    "🤔🇺🇦👍🏽 what did 🦅 say? 👨‍👩‍👧",
    '""""""""',
    "“”„«»‹›''",
    "NATO " * 800,
    "a" * 4000,
)


def store_of(app: Application) -> Store:
    data = app.bot_data
    assert isinstance(data, BotData)
    return data.require_store()


def assert_clean(text: str, caplog: pytest.LogCaptureFixture) -> None:
    assert text != SORRY
    assert "\n" not in text.strip() or "NATO" in text  # a card for a real hit, else one line
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


async def test_private_bad_input(
    fake_api: FakeBotApi, running_app: Application, caplog: pytest.LogCaptureFixture
) -> None:
    before = await store_of(running_app).stats()
    for number, query in enumerate(BAD):
        user = 3000 + number  # one user each: the per-user limit is not under test here
        await fake_api.send_private_text(user, query)
        reply = await fake_api.wait_for_call("sendMessage", lambda p, u=user: p["chat_id"] == u)
        assert reply.processed, query
        assert_clean(reply.params["text"], caplog)
    assert await store_of(running_app).stats() == before


async def test_group_bad_input(
    fake_api: FakeBotApi, running_app: Application, caplog: pytest.LogCaptureFixture
) -> None:
    before = await store_of(running_app).stats()
    for number, query in enumerate(BAD):
        text = f"/ask{BOT} {query}"[:4096]
        await fake_api.send_group_text(GROUP, 4000 + number, text)
        reply = await fake_api.wait_for_call("sendMessage", lambda p: p["chat_id"] == GROUP)
        assert reply.processed, query
        assert_clean(reply.params["text"], caplog)
    assert await store_of(running_app).stats() == before


@pytest.mark.usefixtures("running_app")
@pytest.mark.parametrize(("text", "marker"), [
    (f"🇺🇦👍🏽 {BOT} Hegseth NATO", BOT),  # a mention after emoji
    (f"🤔 hey /ask{BOT} Hegseth NATO", f"/ask{BOT}"),  # /ask@Bot after emoji
    (f"/ask{BOT} 🤔🦅 Hegseth NATO", f"/ask{BOT}"),
])
async def test_entities_after_emoji_are_read_in_utf16(
    fake_api: FakeBotApi, text: str, marker: str
) -> None:
    update = await fake_api.send_group_text(GROUP, 4100, text)
    start = text.index(marker)
    utf16 = len(text[:start].encode("utf-16-le")) // 2
    assert {"offset": utf16, "length": len(marker)} in [
        {k: e[k] for k in ("offset", "length")} for e in update["message"]["entities"]
    ]
    assert utf16 > start or start == 0  # emoji before it count two UTF-16 units each
    reply = await fake_api.wait_for_call("sendMessage", lambda p: p["chat_id"] == GROUP)
    assert "NATO membership" in reply.params["text"]


@pytest.mark.usefixtures("running_app")
async def test_ask_after_emoji_without_a_query_explains(fake_api: FakeBotApi) -> None:
    await fake_api.send_group_text(GROUP, 4100, f"👍🏽 /ask{BOT}")
    reply = await fake_api.wait_for_call("sendMessage", lambda p: p["chat_id"] == GROUP)
    assert "/ask" in reply.params["text"]


async def test_inline_bad_input(
    fake_api: FakeBotApi, running_app: Application, caplog: pytest.LogCaptureFixture
) -> None:
    before = await store_of(running_app).stats()
    for number, query in enumerate((*BAD[:-2], "NATO " * 51, "a" * 256)):
        assert len(query) <= 256
        await fake_api.send_inline_query(5000 + number, query)
        answer = await fake_api.wait_for_call("answerInlineQuery")
        assert answer.processed, query
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert await store_of(running_app).stats() == before
