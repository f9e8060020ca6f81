"""End to end: Previous / Next and Context edit the same message; old buttons still work."""

from __future__ import annotations

import pytest
from conftest import polling
from fake_bot_api import FakeBotApi

from bot.config import Settings
from handlers.answer import EXPIRED
from handlers.app import build_application

ALICE = 1001
QUERY = "hegseth"  # several statements in the seed


def buttons(message: dict) -> dict[str, str]:
    """Button text -> callback data or URL."""
    rows = message.get("reply_markup", {}).get("inline_keyboard", [])
    return {b["text"]: b.get("callback_data") or b.get("url") for row in rows for b in row}


async def ask(fake_api: FakeBotApi, text: str) -> dict:
    """Ask in private; the bot's answer as the fake server keeps it."""
    await fake_api.send_private_text(ALICE, text)
    call = await fake_api.wait_for_call("sendMessage", lambda p: p["chat_id"] == ALICE)
    return [m for m in fake_api.messages.values()
            if m["from"]["is_bot"] and m.get("text") == _plain(call.params["text"])][-1]


def _plain(markup: str) -> str:
    from telegram_html import message_text

    return message_text({"text": markup, "parse_mode": "HTML"})


async def press(fake_api: FakeBotApi, message: dict, data: str) -> dict:
    """Press a button; the edit it makes (params), after the press was answered."""
    await fake_api.press_button(message, data, ALICE)
    edit = await fake_api.wait_for_call("editMessageText")
    await fake_api.wait_for_call("answerCallbackQuery")
    return edit.params


@pytest.mark.usefixtures("running_app")
async def test_next_and_previous_edit_the_same_message(fake_api: FakeBotApi) -> None:
    message = await ask(fake_api, QUERY)
    first_text = message["text"]
    keys = buttons(message)
    assert "Next »" in keys and "« Previous" not in keys and "Context" in keys
    assert all(len(v.encode()) < 64 for v in keys.values() if not v.startswith("http"))
    edit = await press(fake_api, message, keys["Next »"])
    assert edit["message_id"] == message["message_id"]
    second = fake_api.message(ALICE, message["message_id"])
    assert second["text"] != first_text
    assert "« Previous" in buttons(second)
    await press(fake_api, second, buttons(second)["« Previous"])
    assert fake_api.message(ALICE, message["message_id"])["text"] == first_text
    assert len(fake_api.calls_to("sendMessage")) == 1  # never a new message


@pytest.mark.usefixtures("running_app")
async def test_context_shows_the_paragraph_and_title(fake_api: FakeBotApi) -> None:
    message = await ask(fake_api, "hegseth nato")
    edit = await press(fake_api, message, buttons(message)["Context"])
    assert edit["message_id"] == message["message_id"]
    shown = fake_api.message(ALICE, message["message_id"])
    assert "U.S. defense chief rules out NATO membership" in shown["text"]  # the title
    assert "realistic outcome of a negotiated settlement" in shown["text"]
    assert "Hegseth said." in shown["text"] or "Hegseth said" in shown["text"]
    back = buttons(shown)["« Back"]
    await press(fake_api, shown, back)
    assert fake_api.message(ALICE, message["message_id"])["text"] == message["text"]


@pytest.mark.usefixtures("running_app")
async def test_unknown_button_says_it_expired(fake_api: FakeBotApi) -> None:
    message = await ask(fake_api, "hegseth nato")
    for data in ("p:987654:1", "c:987654:1:0", "zz:old-format"):
        await fake_api.press_button(message, data, ALICE)
        call = await fake_api.wait_for_call("answerCallbackQuery")
        assert call.params["text"] == EXPIRED
    assert not fake_api.calls_to("editMessageText")


async def test_buttons_work_after_a_restart(fake_api: FakeBotApi, bot_settings: Settings) -> None:
    async with polling(build_application(bot_settings)):
        message = await ask(fake_api, QUERY)
    async with polling(build_application(bot_settings)):
        await press(fake_api, message, buttons(message)["Next »"])
    assert fake_api.message(ALICE, message["message_id"])["text"] != message["text"]
