"""End to end under load and faults: the fake Bot API refuses, slows and drops requests.

The small versions of bench/robustness_telegram.py: 100 queued questions with every
sendMessage fault once, each getUpdates fault once, lost answers (processed, but the
connection dropped or the answer came past the read timeout: the copy the retry leaves
is found and deleted, and nothing else is touched), the bound on retries and the
per-user limit. Faults: tests/fake_faults.py; the duplicate probe: handlers/duplicates.py.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator

import pytest
from conftest import polling
from fake_bot_api import FakeBotApi
from fake_faults import SAFE_KINDS
from fake_load import (
    FIRST_USER,
    QUESTIONS,
    SCENARIO_API_TIMEOUT,
    SLOW_PAST_TIMEOUT,
    answers,
    run_load,
    run_scenario,
    visible_answers,
    wait_settled,
)
from telegram.ext import Application

from bot.config import Settings
from handlers.app import build_application
from handlers.errors import SORRY
from handlers.flood import SLOW_DOWN

SEND_FAULTS = (*SAFE_KINDS, "slow")  # none of these can duplicate a message
USER = 1001
GROUP = -100777


@pytest.fixture
async def quick_app(bot_settings: Settings) -> AsyncIterator[Application]:
    """The bot with a short read timeout, so a "slow" answer can outlast it."""
    settings = bot_settings.model_copy(update={"api_timeout": SCENARIO_API_TIMEOUT})
    async with polling(build_application(settings)) as app:
        yield app


def probed_ids(api: FakeBotApi, chat_id: int) -> list[int]:
    """Message ids the bot tried to edit in the chat (the bot edits nothing else here)."""
    return [c.params["message_id"] for c in api.calls_to("editMessageText")
            if c.params["chat_id"] == chat_id]


@pytest.mark.usefixtures("running_app")
async def test_100_queued_questions_through_send_faults_are_answered_exactly_once(
    fake_api: FakeBotApi,
) -> None:
    await fake_api.wait_for_call("getUpdates")
    for kind in SEND_FAULTS:
        fake_api.inject("sendMessage", kind)
    result = await run_load(fake_api, 100, timeout=20)
    assert (result.answered, result.duplicates) == (100, 0)
    assert not fake_api.deleted  # no copy, so the probes after "drop" found none
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
    assert (result.copies, result.visible) == (1, 1)
    assert (fake_api.faults.injected[-1]) == ("getUpdates", kind)


@pytest.mark.usefixtures("quick_app")
@pytest.mark.parametrize("kind", ["drop-after", "slow"])
async def test_a_lost_answer_arrives_twice_and_the_copy_is_deleted(
    fake_api: FakeBotApi, kind: str
) -> None:
    """drop-after: Telegram sent the answer, then the connection dropped; slow: no answer
    within the read timeout, and the held request is processed after the retry. The user
    received two copies; the bot's identical-content edit probe finds the other one (below
    the retry's answer, or above it) and deletes it: one answer remains, the question too."""
    await fake_api.wait_for_call("getUpdates")
    result = await run_scenario(fake_api, "sendMessage", kind, USER, timeout=8)
    assert result.recovered
    assert (result.copies, result.visible) == (2, 1)
    assert result.exactly_once
    question, answer = fake_api.visible_messages(USER)
    assert question["text"] == QUESTIONS[0]
    assert "NATO" in answer["text"]
    [(chat, copy)] = fake_api.deleted
    assert chat == USER
    assert (copy < answer["message_id"]) == (kind == "drop-after")
    assert copy in probed_ids(fake_api, USER)
    assert not fake_api.calls_to("editMessageText", processed_only=True)  # nothing altered


@pytest.mark.usefixtures("quick_app")
async def test_the_probe_leaves_a_members_message_and_an_earlier_answer_alone(
    fake_api: FakeBotApi,
) -> None:
    """In a group, a member writes while the bot waits to retry a lost answer: their
    message lands between the copy and the answer. The probe tries it (Telegram: "message
    can't be edited") and leaves it; the bot's earlier answer is a known id, never probed."""
    await fake_api.wait_for_call("getUpdates")
    await fake_api.send_group_text(GROUP, USER, "/ask who said the war must end soon")
    earlier = await fake_api.wait_for_call("sendMessage", lambda p: p["chat_id"] == GROUP)
    earlier_message = fake_api.bot_messages(GROUP)[0]
    fake_api.inject("sendMessage", "drop-after")
    await fake_api.send_group_text(GROUP, USER, "/ask Hegseth NATO")
    await fake_api.wait_for_call("sendMessage", lambda p: p["chat_id"] == GROUP)  # lost
    chatter = await fake_api.send_group_text(GROUP, USER + 1, "interesting, thanks")
    await fake_api.wait_until(lambda: bool(fake_api.deleted) and fake_api.in_flight == 0, 8)
    await wait_settled(fake_api, [])
    chatter_id = chatter["message"]["message_id"]
    assert fake_api.deleted == [(GROUP, chatter_id - 1)]  # the copy, sent just before
    shown = {m["message_id"]: m for m in fake_api.visible_messages(GROUP)}
    assert shown[chatter_id]["text"] == "interesting, thanks"
    bots = fake_api.bot_messages(GROUP)
    assert [m["message_id"] for m in bots] == [earlier_message["message_id"], chatter_id + 1]
    assert bots[0] == earlier_message  # untouched
    assert earlier.processed and earlier_message["message_id"] not in probed_ids(
        fake_api, GROUP)
    assert probed_ids(fake_api, GROUP) == [chatter_id, chatter_id - 1]  # nearest first
    assert not fake_api.calls_to("editMessageText", processed_only=True)
    assert len(shown) == 5  # two questions, two answers, the member's message


@pytest.mark.usefixtures("quick_app")
async def test_a_late_copy_is_deleted_and_the_answer_sent_meanwhile_is_left_alone(
    fake_api: FakeBotApi,
) -> None:
    """The first answer is held past the read timeout; the retry answers, the user asks
    again and is answered, and only then is the held request processed: its copy is the
    newest message. The late probe skips the question and the other answer (known ids)
    and deletes the copy. (The first probe, right after the retry, may try ids the next
    question and answer take later: then they did not exist yet, or were the user's.)"""
    await fake_api.wait_for_call("getUpdates")
    fake_api.inject("sendMessage", "slow", delay=SLOW_PAST_TIMEOUT)
    await fake_api.send_private_text(USER, QUESTIONS[0])
    await fake_api.wait_for_call("sendMessage", lambda p: p["chat_id"] == USER)  # the retry
    await fake_api.send_private_text(USER, QUESTIONS[2])
    await fake_api.wait_for_call("sendMessage", lambda p: p["chat_id"] == USER)
    second_message = fake_api.bot_messages(USER)[-1]
    await fake_api.wait_until(lambda: bool(fake_api.deleted) and fake_api.in_flight == 0, 8)
    assert answers(fake_api, USER) == 3
    question, first, again, answer = fake_api.visible_messages(USER)
    assert [question["text"], again["text"]] == [QUESTIONS[0], QUESTIONS[2]]
    assert "NATO" in first["text"] and first["from"]["is_bot"]
    assert answer == second_message  # untouched
    assert fake_api.deleted == [(USER, answer["message_id"] + 1)]
    sends = [i for i, c in enumerate(fake_api.calls) if c.method == "sendMessage"
             and c.processed and c.params["chat_id"] == USER]
    later = [c.params["message_id"] for c in fake_api.calls[sends[1]:]
             if c.method == "editMessageText"]
    assert later == [answer["message_id"] + 1]  # once the other answer exists: the copy only
    assert not fake_api.calls_to("editMessageText", processed_only=True)


@pytest.mark.usefixtures("quick_app")
async def test_queued_questions_through_lost_answers_each_leave_one_visible_answer(
    fake_api: FakeBotApi,
) -> None:
    """20 queued questions while a quarter of sendMessage calls are processed but lost
    (dropped after processing, or held past the read timeout): every user ends up with
    exactly one visible answer, every extra copy delivered was deleted."""
    await fake_api.wait_for_call("getUpdates")
    fake_api.faults.random(("sendMessage",), ("drop-after", "slow"), 0.25,
                           delay=SLOW_PAST_TIMEOUT)
    result = await run_load(fake_api, 20, timeout=30)
    fake_api.faults.stop_random()
    users = [FIRST_USER + i for i in range(20)]
    await wait_settled(fake_api, users)
    kinds = {kind for _, kind in fake_api.faults.injected}
    assert kinds == {"drop-after", "slow"}
    assert result.answered == 20
    assert [visible_answers(fake_api, u) for u in users] == [1] * 20
    copies = sum(answers(fake_api, u) for u in users) - 20
    assert copies == len(fake_api.deleted) == len(fake_api.faults.injected)
    assert not fake_api.calls_to("editMessageText", processed_only=True)


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

    def to_flooder() -> list[str]:
        return [c.params["text"] for c in fake_api.calls_to("sendMessage")
                if c.params["chat_id"] == flooder]

    # Chats are handled concurrently: the flooder's messages, in order, may still be going.
    await fake_api.wait_until(lambda: len(to_flooder()) >= 4)
    await asyncio.sleep(0.5)  # the rest of the flood (8 messages) is dropped meanwhile
    texts = to_flooder()
    notice = SLOW_DOWN.split("{")[0]
    assert len(texts) == 4  # the burst of 3, then one notice
    assert sum(text.startswith(notice) for text in texts) == 1
    assert texts[-1].startswith(notice)
    assert any("flooding" in r.getMessage() for r in caplog.records)
