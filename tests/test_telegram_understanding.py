"""End to end (issue 12): questions as a new user types them, through the fake Bot API
server. Private chat: dates as filters, 'who VERB', titles; a group: chatter in reply to
an answer gets no reply, a question does; inline mode: names and words being typed.
The bot's clock is set (BotData.today) so relative dates are fixed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from fake_bot_api import FakeBotApi
from telegram.ext import Application

from bot.ingest import ingest
from handlers.context import BotData

ROOT = Path(__file__).resolve().parents[1]
CAMPAIGN = ROOT / "tests" / "articles" / "campaign_rally.txt"
TODAY = date(2026, 12, 6)  # "February" alone: Feb 2026, when nothing was said
ALICE, BOB = 1001, 1002
GROUP = -100777


@pytest.fixture
async def app(running_app: Application) -> Application:
    data = running_app.bot_data
    assert isinstance(data, BotData)
    data.today = lambda: TODAY
    await ingest(data.require_store(), CAMPAIGN.read_text(encoding="utf-8"))
    return running_app


async def private_reply(fake_api: FakeBotApi, text: str) -> str:
    await fake_api.send_private_text(ALICE, text)
    call = await fake_api.wait_for_call("sendMessage", lambda p: p["chat_id"] == ALICE)
    return str(call.params["text"])


@pytest.mark.usefixtures("app")
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Hegseth on NATO in February", ["Hegseth", "NATO"]),
        ("hegseth nato 2025", ["Hegseth", "NATO"]),
        ("who called Trump supporters deplorables", ["Helen Marsh", "deplorables"]),
        ("the Pentagon chief on NATO", ["Pete Hegseth", "NATO"]),
        ("what did the FBI director say", ["Alan Petrov"]),
        # negative rows: nothing then; no one on record said it
        ("Hegseth on NATO in 2019", ["Nothing from Pete Hegseth on NATO in 2019"]),
        ("who called Hegseth a liar", ["No statement on Hegseth liar found."]),
    ],
)
async def test_private_chat_understands(fake_api: FakeBotApi, question: str,
                                        expected: list[str]) -> None:
    reply = await private_reply(fake_api, question)
    assert all(part in reply for part in expected), reply
    assert "Nothing from Pete Hegseth on nato;" not in reply


async def group_answer(fake_api: FakeBotApi, text: str) -> dict:
    await fake_api.send_group_text(GROUP, ALICE, text)
    call = await fake_api.wait_for_call("sendMessage", lambda p: p["chat_id"] == GROUP)
    return call.params


def bot_message(fake_api: FakeBotApi) -> dict:
    sent = [m for m in fake_api.messages.values() if m.get("text") and m["from"]["is_bot"]]
    return sent[-1]


@pytest.mark.usefixtures("app")
async def test_group_chatter_in_reply_to_an_answer_gets_no_reply(fake_api: FakeBotApi) -> None:
    await group_answer(fake_api, "/ask hegseth nato")
    answer = bot_message(fake_api)
    for chatter in ["thanks 👍", "lol", "haha", "ok", "👍", "thx!", "great, thank you"]:
        await fake_api.send_group_text(GROUP, BOB, chatter, reply_to=answer)
    follow = await fake_api.send_group_text(GROUP, BOB, "thanks! and what about troops?",
                                            reply_to=answer)
    await fake_api.wait_until(lambda: len(fake_api.calls_to("sendMessage")) >= 2)
    calls = fake_api.calls_to("sendMessage")
    assert len(calls) == 2  # the answer, then only the follow-up question
    second = calls[1].params
    assert second["reply_parameters"]["message_id"] == follow["message"]["message_id"]
    assert "troops" in second["text"]
    assert "No statement on" not in second["text"]


@pytest.mark.usefixtures("app")
async def test_group_follow_up_reads_dates_and_titles(fake_api: FakeBotApi) -> None:
    await group_answer(fake_api, "/ask who called Trump supporters deplorables")
    first = fake_api.calls_to("sendMessage")[0].params["text"]
    assert "Helen Marsh" in first
    follow = await fake_api.send_group_text(
        GROUP, BOB, "the Pentagon chief on NATO in February?", reply_to=bot_message(fake_api))
    await fake_api.wait_until(lambda: len(fake_api.calls_to("sendMessage")) >= 2)
    second = fake_api.calls_to("sendMessage")[1].params
    assert second["reply_parameters"]["message_id"] == follow["message"]["message_id"]
    assert "Hegseth" in second["text"] and "NATO" in second["text"]


async def inline(fake_api: FakeBotApi, query: str) -> list[dict]:
    update = await fake_api.send_inline_query(ALICE, query)
    query_id = update["inline_query"]["id"]
    call = await fake_api.wait_for_call(
        "answerInlineQuery", lambda p: p["inline_query_id"] == query_id)
    return list(call.params["results"])


@pytest.mark.usefixtures("app")
@pytest.mark.parametrize(
    ("typed", "title", "content"),
    [
        ("heg", "Hegseth", ""),
        ("hegseth na", "Hegseth", "NATO"),
        ("pete hegs", "Hegseth", ""),
        ("who called trump supporters deplor", "Marsh", "deplorables"),
    ],
)
async def test_inline_while_typing(fake_api: FakeBotApi, typed: str, title: str,
                                   content: str) -> None:
    results = await inline(fake_api, typed)
    assert results, typed
    assert title in results[0]["title"]
    assert content in results[0]["input_message_content"]["message_text"]


@pytest.mark.usefixtures("app")
@pytest.mark.parametrize("typed", ["h", "he", "na", "heg "])  # "heg " is a finished word
async def test_inline_few_letters_give_nothing(fake_api: FakeBotApi, typed: str) -> None:
    assert await inline(fake_api, typed) == []


@pytest.mark.usefixtures("app")
@pytest.mark.parametrize("chatter", ["thanks 👍", "lol", "👍", "ok"])
async def test_private_chatter_gets_a_hint_not_a_search(fake_api: FakeBotApi,
                                                         chatter: str) -> None:
    text = await private_reply(fake_api, chatter)
    assert "No statement" not in text and "what did Hegseth say on NATO" in text
