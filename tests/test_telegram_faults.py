"""End to end under load and faults: the fake Bot API refuses, slows and drops requests.

The small versions of bench/robustness_telegram.py: 100 queued questions with every
sendMessage fault once, each getUpdates fault once, the at-least-once duplicate, the
bound on retries and the per-user limit. Faults: tests/fake_faults.py.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator

import pytest
from conftest import polling
from fake_bot_api import FakeBotApi
from fake_faults import SAFE_KINDS
from fake_load import answers, run_load, run_scenario
from telegram.ext import Application

from bot.config import Settings
from handlers.app import build_application
from handlers.errors import SORRY
from handlers.flood import SLOW_DOWN

SEND_FAULTS = (*SAFE_KINDS, "slow")  # none of these can duplicate a message
USER = 1001


@pytest.mark.usefixtures("running_app")
async def test_100_queued_questions_through_send_faults_are_answered_exactly_once(
    fake_api: FakeBotApi,
) -> None:
    await fake_api.wait_for_call("getUpdates")
    for kind in SEND_FAULTS:
        fake_api.inject("sendMessage", kind)
    result = await run_load(fake_api, 100, timeout=20)
    assert (result.answered, result.duplicates) == (100, 0)
    assert sorted(kind for _, kind in fake_api.faults.injected) == sorted(SEND_FAULTS)
    assert result.p99 < 10


@pytest.mark.usefixtures("running_app")
@pytest.mark.parametrize("kind", ["429", "500", "502", "slow", "drop", "drop-after"])
async def test_polling_goes_on_through_a_get_updates_fault(
    fake_api: FakeBotApi, kind: str
) -> None:
    """A refused, slow or dropped getUpdates: the update comes again and is answered once."""
    await fake_api.wait_for_call("getUpdates")
    result = await run_scenario(fake_api, "getUpdates", kind, USER, timeout=8)
    assert result.recovered
    assert result.copies == 1
    assert (fake_api.faults.injected[-1]) == ("getUpdates", kind)


@pytest.mark.usefixtures("running_app")
async def test_a_drop_after_processing_sends_twice_at_least_once_not_exactly_once(
    fake_api: FakeBotApi,
) -> None:
    """Telegram sent the answer but the connection dropped before the reply: the bot
    cannot tell, retries, and the user gets the answer twice (never zero times)."""
    await fake_api.wait_for_call("getUpdates")
    result = await run_scenario(fake_api, "sendMessage", "drop-after", USER, timeout=8)
    assert result.recovered
    assert result.copies == 2


@pytest.mark.usefixtures("running_app")
async def test_retries_are_bounded_then_the_error_handler_apologises(
    fake_api: FakeBotApi, bot_settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    await fake_api.wait_for_call("getUpdates")
    fake_api.inject("sendMessage", "500", times=bot_settings.send_retries + 1)
    await fake_api.send_private_text(USER, "Hegseth NATO")
    apology = await fake_api.wait_for_call(
        "sendMessage", lambda p: p["text"] == SORRY, timeout=8
    )
    assert apology.processed
    tries = [c for c in fake_api.calls_to("sendMessage") if c.params["text"] != SORRY]
    assert len(tries) == bot_settings.send_retries + 1
    assert answers(fake_api, USER) == 1  # only the apology got through
    assert any("retry 1 of" in r.getMessage() for r in caplog.records)


@pytest.fixture
async def strict_app(bot_settings: Settings) -> AsyncIterator[Application]:
    settings = bot_settings.model_copy(update={"user_burst": 3, "user_rate": 6.0})
    async with polling(build_application(settings)) as app:
        yield app


@pytest.mark.usefixtures("strict_app")
async def test_a_flooding_user_gets_one_notice_and_others_are_unaffected(
    fake_api: FakeBotApi, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    flooder, other = 2001, 2002
    for i in range(12):
        await fake_api.send_private_text(flooder, f"Hegseth NATO {i}")
    await fake_api.send_private_text(other, "Hegseth NATO")
    reply = await fake_api.wait_for_call("sendMessage", lambda p: p["chat_id"] == other)
    assert "NATO membership" in reply.params["text"]
    await fake_api.send_private_text(other, "who said the war must end soon")
    await fake_api.wait_for_call("sendMessage", lambda p: p["chat_id"] == other)
    texts = [c.params["text"] for c in fake_api.calls_to("sendMessage")
             if c.params["chat_id"] == flooder]
    notice = SLOW_DOWN.split("{")[0]
    assert len(texts) == 4  # the burst of 3, then one notice
    assert sum(text.startswith(notice) for text in texts) == 1
    assert texts[-1].startswith(notice)
    assert any("flooding" in r.getMessage() for r in caplog.records)
