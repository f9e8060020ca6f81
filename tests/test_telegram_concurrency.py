"""No chat waits for another (issue 13), end to end through the fake Bot API.

The fake server applies Telegram's flood limits here (tests/fake_flood.py: 30 messages a
second, 20 a minute per group, 429 beyond). One group floods the bot with 50 /ask in
about 3 s; a private question, an inline query and another group's /ask sent during the
flood and right after it are each answered within TARGET seconds. The flooding group
gets the 20 answers its budget allows and no 429; the rest of its backlog is dropped
(handlers.limiter). With a short group window, a group waiting for its budget holds up
no one else, and its answer goes out when the budget allows.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import pytest
from conftest import polling
from fake_bot_api import FakeBotApi
from fake_flood import FloodLimits

from bot.config import Settings
from handlers import limiter
from handlers.app import build_application

TARGET = 2.0  # seconds from a question's arrival at the server to its answer's
FLOODING, OTHER_GROUP = -100500, -100501
TOPICS = ("hegseth nato", "trump war", "zelensky", "who said the war must end soon")


def sends_to(api: FakeBotApi, chat: int) -> list[Any]:
    return [c for c in api.calls_to("sendMessage", processed_only=True)
            if c.params["chat_id"] == chat]


async def others_ask(api: FakeBotApi, n: int) -> dict[str, dict[str, Any]]:
    """A private question, an inline query and another group's /ask, by name."""
    return {
        f"private {n}": await api.send_private_text(3000 + n, "what did Hegseth say on NATO"),
        f"inline {n}": await api.send_inline_query(3100 + n, "hegseth nato"),
        f"other group {n}": await api.send_group_text(OTHER_GROUP, 3200 + n,
                                                      f"/ask {TOPICS[n]}"),
    }


async def answered_in(api: FakeBotApi, update: dict[str, Any]) -> float:
    """Seconds from the update's push to the answer the fake server received."""
    if "inline_query" in update:
        wanted = update["inline_query"]["id"]
        call = await api.wait_for_call(
            "answerInlineQuery", lambda p: p["inline_query_id"] == wanted, timeout=30)
    else:
        chat, asked = update["message"]["chat"]["id"], update["message"]["message_id"]

        def to_it(params: dict[str, Any]) -> bool:
            replied = (params.get("reply_parameters") or {}).get("message_id")
            return params["chat_id"] == chat and (chat > 0 or replied == asked)

        call = await api.wait_for_call("sendMessage", to_it, timeout=30)
    return call.at - api.pushed_at[update["update_id"]]


@pytest.mark.usefixtures("running_app")
async def test_a_flooding_group_holds_up_no_one_else(
    fake_api: FakeBotApi, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="handlers.limiter")
    fake_api.flood = FloodLimits()
    await fake_api.wait_for_call("getUpdates")
    pending: dict[str, dict[str, Any]] = {}
    for i in range(50):
        await fake_api.send_group_text(FLOODING, 1000 + i % 7, f"/ask {TOPICS[i % 4]} {i}")
        if i == 25:
            pending |= await others_ask(fake_api, 0)
        await asyncio.sleep(0.06)  # 50 in 3 s
    pending |= await others_ask(fake_api, 1)
    times = {name: await answered_in(fake_api, update) for name, update in pending.items()}
    print("answered after (s):", {k: round(v, 3) for k, v in times.items()})
    assert max(times.values()) < TARGET, times
    await fake_api.wait_until(
        lambda: sum(r.getMessage().endswith("s more") for r in caplog.records) >= 30, 30)
    assert len(sends_to(fake_api, FLOODING)) == 20  # its budget; the other 30 dropped
    assert not fake_api.flood.refused  # never a 429


async def test_a_group_waiting_for_its_budget_holds_up_no_one_else(
    fake_api: FakeBotApi, bot_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = 3.0
    monkeypatch.setattr(limiter, "GROUP_WINDOW", window)
    fake_api.flood = FloodLimits(group_window=window)
    async with polling(build_application(bot_settings)):
        for i in range(21):
            await fake_api.send_group_text(FLOODING, 1000 + i, f"/ask {TOPICS[i % 4]} {i}")
        await fake_api.wait_until(lambda: len(sends_to(fake_api, FLOODING)) == 20, 15)
        first = sends_to(fake_api, FLOODING)[0].at
        private = await fake_api.send_private_text(3000, "what did Hegseth say on NATO")
        seconds = await answered_in(fake_api, private)
        assert seconds < 1.0 and len(sends_to(fake_api, FLOODING)) == 20
        await fake_api.wait_until(lambda: len(sends_to(fake_api, FLOODING)) == 21, 15)
        last = sends_to(fake_api, FLOODING)[-1].at
        assert last >= first + window  # it waited for the window: no 429
        assert not fake_api.flood.refused
