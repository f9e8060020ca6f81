"""End to end: the real Application (handlers.app) against the fake Bot API server.

Nothing in PTB or in the bot is mocked: updates travel as HTTP through getUpdates,
replies come back as sendMessage calls recorded by the fake server, which also
checks Telegram's HTML rules. Fixtures: tests/conftest.py.
"""

from __future__ import annotations

import asyncio
import logging
import time

import pytest
from conftest import TEST_TOKEN, polling
from fake_bot_api import FakeBotApi
from telegram import Update
from telegram.ext import Application

from bot.config import Settings
from bot.render import render_html
from bot.search import search
from handlers.answer import PAGE_SIZE
from handlers.app import build_application
from handlers.context import BotData
from handlers.errors import SORRY

USER = 1001


def bot_data(app: Application) -> BotData:
    data = app.bot_data
    assert isinstance(data, BotData)
    return data


async def ask(fake_api: FakeBotApi, text: str, user: int = USER) -> dict:
    """Send a private message and return the parameters of the bot's reply."""
    await fake_api.send_private_text(user, text)
    call = await fake_api.wait_for_call("sendMessage", lambda p: p["chat_id"] == user)
    return call.params


@pytest.mark.usefixtures("running_app")
async def test_start_up_sets_the_command_menu(fake_api: FakeBotApi) -> None:
    call = await fake_api.wait_for_call("setMyCommands")
    await fake_api.wait_for_call("getUpdates")
    assert [c["command"] for c in call.params["commands"]] == [
        "start", "help", "follow", "following", "timeline"]
    methods = [c.method for c in fake_api.calls]
    assert methods.index("getMe") < methods.index("deleteWebhook") < methods.index("getUpdates")
    assert all(c.token == TEST_TOKEN for c in fake_api.calls)


@pytest.mark.usefixtures("running_app")
async def test_question_gets_the_quote_with_speaker_date_and_source(
    fake_api: FakeBotApi,
) -> None:
    started = time.monotonic()
    reply = await ask(fake_api, "what did Hegseth say on NATO")
    assert time.monotonic() - started < 2
    assert reply["parse_mode"] == "HTML"
    assert reply["link_preview_options"] == {"is_disabled": True}
    text = reply["text"]
    assert "NATO membership" in text
    assert "Hegseth" in text
    assert "Xinhua" in text
    # The date as bot/render.py writes it (month as a word; ISO also accepted).
    assert any(day in text for day in ("Feb 12, 2025", "12 Feb 2025", "2025-02-12"))


async def test_reply_is_what_render_html_makes_of_the_search(
    fake_api: FakeBotApi, running_app: Application
) -> None:
    store = bot_data(running_app).require_store()
    expected = render_html(await search(store, "Hegseth NATO", limit=PAGE_SIZE))
    reply = await ask(fake_api, "Hegseth NATO")
    assert reply["text"] == expected


@pytest.mark.usefixtures("running_app")
@pytest.mark.parametrize("command", ["/start", "/help"])
async def test_start_and_help_explain_with_examples(fake_api: FakeBotApi, command: str) -> None:
    text = (await ask(fake_api, command))["text"]
    assert "what did Hegseth say on NATO" in text
    assert "who said the war must end soon" in text
    assert len(text) <= 4096


@pytest.mark.usefixtures("running_app")
async def test_start_escapes_the_users_name(fake_api: FakeBotApi) -> None:
    update = await fake_api.send_private_text(USER, "/start", first_name="<b>Eve & co")
    assert update["message"]["from"]["first_name"] == "<b>Eve & co"
    call = await fake_api.wait_for_call("sendMessage")
    assert "&lt;b&gt;Eve &amp; co" in call.params["text"]


@pytest.mark.usefixtures("running_app")
async def test_unknown_command_points_to_help(fake_api: FakeBotApi) -> None:
    assert "/help" in (await ask(fake_api, "/frobnicate"))["text"]


async def test_no_match_gets_a_notice(fake_api: FakeBotApi, running_app: Application) -> None:
    store = bot_data(running_app).require_store()
    outcome = await search(store, "what did Zelensky say")
    assert not outcome.hits
    assert outcome.notice
    text = (await ask(fake_api, "what did Zelensky say"))["text"]
    assert text == render_html(outcome.model_copy(update={"hits": outcome.hits[:PAGE_SIZE]}))
    assert "NATO membership" not in text


@pytest.mark.usefixtures("running_app")
@pytest.mark.parametrize(
    "query",
    [
        '"NEAR(* OR)',
        "Hegseth AND OR NOT ( ) * ^ : -",
        "<script>alert('x')</script> & &amp;",
        "🤔🇺🇦 what did 🦅 say?",
        "NATO " * 800,
        "a" * 4000,
    ],
)
async def test_garbage_gets_a_reply_and_no_error(
    fake_api: FakeBotApi, query: str, caplog: pytest.LogCaptureFixture
) -> None:
    text = (await ask(fake_api, query))["text"]
    assert text != SORRY
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


async def test_a_broken_store_gets_the_generic_apology(
    fake_api: FakeBotApi, running_app: Application, caplog: pytest.LogCaptureFixture
) -> None:
    await bot_data(running_app).require_store().close()  # a real failure: closed database
    reply = await ask(fake_api, "what did Hegseth say on NATO")
    assert reply["text"] == SORRY
    errors = [r for r in caplog.records if r.name == "handlers.errors"]
    assert errors and errors[0].levelno == logging.ERROR
    assert all(TEST_TOKEN not in r.getMessage() for r in caplog.records)


async def test_a_failed_reply_is_apologised_for_and_the_bot_goes_on(
    fake_api: FakeBotApi, running_app: Application
) -> None:
    fake_api.fail_next("sendMessage", 400, "Bad Request: message to be replied not found")
    await fake_api.send_private_text(USER, "/help")
    failed = await fake_api.wait_for_call("sendMessage")
    assert "what did Hegseth say on NATO" in failed.params["text"]
    assert (await fake_api.wait_for_call("sendMessage")).params["text"] == SORRY
    assert "NATO membership" in (await ask(fake_api, "Hegseth NATO"))["text"]


async def test_flood_limit_is_waited_out(
    fake_api: FakeBotApi, running_app: Application, monkeypatch: pytest.MonkeyPatch
) -> None:
    # PTB 22 warns (PTBDeprecationWarning) when building RetryAfter with an int unless
    # the app opts in to timedelta durations; opting in is the documented fix.
    monkeypatch.setenv("PTB_TIMEDELTA", "1")
    fake_api.fail_next("sendMessage", 429, "Too Many Requests: retry after 1", retry_after=1)
    text = (await ask(fake_api, "/help"))["text"]  # the first attempt, refused
    assert "/help" in text
    retried = await fake_api.wait_for_call("sendMessage")
    assert retried.params["text"] == text


async def test_questions_sent_while_the_bot_was_down_are_answered(
    fake_api: FakeBotApi, bot_settings: Settings
) -> None:
    await fake_api.send_private_text(USER, "Hegseth NATO")
    async with polling(build_application(bot_settings)):
        call = await fake_api.wait_for_call("sendMessage")
    assert "NATO membership" in call.params["text"]


async def test_run_polling_serves_and_shuts_down(
    fake_api: FakeBotApi, bot_settings: Settings
) -> None:
    """The CLI's way: build_application(settings).run_polling(...), here in a thread."""
    app = build_application(bot_settings)
    loops: list[asyncio.AbstractEventLoop] = []

    def run() -> None:
        loops.append(asyncio.new_event_loop())
        asyncio.set_event_loop(loops[0])
        # Signal handlers only work in the main thread; the CLI runs there with the defaults.
        app.run_polling(allowed_updates=Update.ALL_TYPES, stop_signals=None)

    runner = asyncio.create_task(asyncio.to_thread(run))
    reply = await ask(fake_api, "what did Hegseth say on NATO")
    assert "NATO membership" in reply["text"]
    loops[0].call_soon_threadsafe(app.stop_running)
    await asyncio.wait_for(runner, timeout=10)
    assert bot_data(app).store is None  # post_shutdown closed it
    assert fake_api.calls_to("setMyCommands")
