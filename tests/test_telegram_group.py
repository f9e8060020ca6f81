"""End to end in groups: /ask, replies, mentions, forum topics, cooldown and edits."""

from __future__ import annotations

import pytest
from fake_bot_api import BOT_USER, FakeBotApi
from telegram.ext import Application

from bot.cards import GROUP_MAX_CHARS

GROUP = -100123
ALICE, BOB = 1001, 1002
BOT = f"@{BOT_USER['username']}"


def reply_id(params: dict) -> int | None:
    return (params.get("reply_parameters") or {}).get("message_id")


async def next_reply(fake_api: FakeBotApi, chat_id: int = GROUP) -> dict:
    return (await fake_api.wait_for_call("sendMessage", lambda p: p["chat_id"] == chat_id)).params


@pytest.mark.usefixtures("running_app")
async def test_ask_with_bot_name_replies_with_the_nato_quote(fake_api: FakeBotApi) -> None:
    update = await fake_api.send_group_text(GROUP, ALICE, f"/ask{BOT} hegseth nato")
    reply = await next_reply(fake_api)
    assert reply_id(reply) == update["message"]["message_id"]
    assert "NATO membership" in reply["text"]
    assert "Hegseth" in reply["text"]
    assert len(reply["text"]) <= GROUP_MAX_CHARS


@pytest.mark.usefixtures("running_app")
async def test_plain_chatter_gets_nothing(fake_api: FakeBotApi) -> None:
    chatter = await fake_api.send_group_text(GROUP, ALICE, "hegseth nato")
    await fake_api.send_group_text(GROUP, ALICE, "what did Hegseth say on NATO?")
    await fake_api.send_group_text(GROUP, BOB, "hegseth nato?", reply_to=chatter["message"])
    await fake_api.send_group_text(GROUP, BOB, "ask @SomeoneElse about nato")
    marker = await fake_api.send_group_text(GROUP, BOB, "/ask trump war")
    reply = await next_reply(fake_api)  # the first reply is to the /ask
    assert reply_id(reply) == marker["message"]["message_id"]
    assert len(fake_api.calls_to("sendMessage")) == 1


@pytest.mark.usefixtures("running_app")
async def test_ask_without_query_uses_the_replied_message(fake_api: FakeBotApi) -> None:
    asked = await fake_api.send_group_text(GROUP, BOB, "what did hegseth say about nato")
    original = asked["message"]
    await fake_api.send_group_text(GROUP, ALICE, "/ask", reply_to=original)
    reply = await next_reply(fake_api)
    assert reply_id(reply) == original["message_id"]
    assert "NATO membership" in reply["text"]


@pytest.mark.usefixtures("running_app")
async def test_ask_alone_explains_itself(fake_api: FakeBotApi) -> None:
    await fake_api.send_group_text(GROUP, ALICE, "/ask")
    assert "/ask" in (await next_reply(fake_api))["text"]


@pytest.mark.usefixtures("running_app")
async def test_forum_topic_is_kept(fake_api: FakeBotApi) -> None:
    update = await fake_api.send_group_text(GROUP, ALICE, "/ask hegseth nato", thread_id=77)
    reply = await next_reply(fake_api)
    assert reply["message_thread_id"] == 77
    assert reply_id(reply) == update["message"]["message_id"]


@pytest.mark.usefixtures("running_app")
async def test_reply_to_the_bot_is_a_follow_up(fake_api: FakeBotApi) -> None:
    await fake_api.send_group_text(GROUP, ALICE, "/ask hegseth nato")
    first = await next_reply(fake_api)
    answer = fake_api.calls_to("sendMessage")[0]
    sent = [m for m in fake_api.messages.values() if m.get("text") and m["from"]["is_bot"]]
    assert sent and answer
    follow = await fake_api.send_group_text(GROUP, BOB, "trump war", reply_to=sent[-1])
    second = await next_reply(fake_api)
    assert reply_id(second) == follow["message"]["message_id"]
    assert second["text"] != first["text"]


@pytest.mark.usefixtures("running_app")
async def test_mention_is_a_query(fake_api: FakeBotApi) -> None:
    update = await fake_api.send_group_text(GROUP, ALICE, f"{BOT} hegseth nato")
    reply = await next_reply(fake_api)
    assert reply_id(reply) == update["message"]["message_id"]
    assert "NATO membership" in reply["text"]


@pytest.mark.usefixtures("running_app")
async def test_repeated_query_in_a_group_is_answered_once(fake_api: FakeBotApi) -> None:
    await fake_api.send_group_text(GROUP, ALICE, "/ask hegseth nato")
    await next_reply(fake_api)
    await fake_api.send_group_text(GROUP, BOB, "/ask  Hegseth NATO ")
    other = await fake_api.send_group_text(GROUP, BOB, "/ask trump war")
    reply = await next_reply(fake_api)
    assert reply_id(reply) == other["message"]["message_id"]
    # Another group and private chats are not held back.
    await fake_api.send_group_text(GROUP - 1, ALICE, "/ask hegseth nato")
    assert "NATO membership" in (await next_reply(fake_api, GROUP - 1))["text"]
    for _ in range(2):
        await fake_api.send_private_text(ALICE, "hegseth nato")
        assert "NATO membership" in (await next_reply(fake_api, ALICE))["text"]


@pytest.mark.usefixtures("running_app")
async def test_editing_the_question_edits_the_answer(fake_api: FakeBotApi) -> None:
    update = await fake_api.send_group_text(GROUP, ALICE, "/ask trump war")
    await next_reply(fake_api)
    answer = fake_api.calls_to("sendMessage")[-1]
    answer_message = [m for m in fake_api.messages.values()
                      if m["from"]["is_bot"] and m.get("text")][-1]
    await fake_api.edit_user_message(update["message"], "/ask hegseth nato")
    edit = await fake_api.wait_for_call("editMessageText")
    assert edit.params["message_id"] == answer_message["message_id"]
    assert "NATO membership" in edit.params["text"]
    assert fake_api.calls_to("sendMessage") == [answer]


async def test_private_edit_edits_the_answer(
    fake_api: FakeBotApi, running_app: Application
) -> None:
    update = await fake_api.send_private_text(ALICE, "trump war")
    await next_reply(fake_api, ALICE)
    await fake_api.edit_user_message(update["message"], "hegseth nato")
    edit = await fake_api.wait_for_call("editMessageText")
    assert "NATO membership" in edit.params["text"]
    assert len(fake_api.calls_to("sendMessage")) == 1


@pytest.mark.usefixtures("running_app")
async def test_flood_limit_in_a_group_is_waited_out(
    fake_api: FakeBotApi, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PTB_TIMEDELTA", "1")
    fake_api.fail_next("sendMessage", 429, "Too Many Requests: retry after 1", retry_after=1)
    update = await fake_api.send_group_text(GROUP, ALICE, "/ask hegseth nato")
    refused = await next_reply(fake_api)
    retried = await next_reply(fake_api)
    assert retried["text"] == refused["text"]
    assert reply_id(retried) == update["message"]["message_id"]


@pytest.mark.usefixtures("running_app")
async def test_caption_for_another_bot_is_ignored(fake_api: FakeBotApi) -> None:
    from conftest import ADMIN
    from fake_updates import private_chat

    await fake_api.send_document(private_chat(ADMIN), ADMIN, "a.txt", b"x", caption="/load@Other")
    await fake_api.send_private_text(ADMIN, "/stats")
    reply = await next_reply(fake_api, ADMIN)
    assert "Articles:" in reply["text"]


@pytest.mark.usefixtures("running_app")
async def test_answer_is_sent_when_the_asking_message_is_gone(fake_api: FakeBotApi) -> None:
    update = await fake_api.send_group_text(GROUP, ALICE, "/ask hegseth nato")
    del fake_api.messages[(GROUP, update["message"]["message_id"])]  # deleted meanwhile
    reply = await next_reply(fake_api)
    assert reply["reply_parameters"]["allow_sending_without_reply"] is True
    sent = fake_api.calls_to("sendMessage")[0]
    assert sent.params is reply
    assert "NATO membership" in reply["text"]


@pytest.mark.usefixtures("running_app")
async def test_ask_works_in_private_too(fake_api: FakeBotApi) -> None:
    for _ in range(2):  # no cooldown in private chats
        await fake_api.send_private_text(ALICE, "/ask hegseth nato")
        assert "NATO membership" in (await next_reply(fake_api, ALICE))["text"]
