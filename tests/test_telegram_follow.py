"""End to end through the fake Bot API (issue 14): /follow, /following, /unfollow and the
pushes an admin's /load sends to followers."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator

import pytest
from conftest import ADMIN, polling
from fake_updates import user_dict
from follow_fakes import NATO_ARTICLE, TARIFF_ARTICLE, FollowApi, article, pushes_to, settled
from telegram.ext import Application
from test_telegram_admin import ask, store_of

from bot.config import Settings
from bot.ingest import ingest
from bot.store import open_store
from bot.store.port import Store
from handlers.app import build_application

READER, OTHER, GROUP, MEMBER = 501, 502, -100777, 601


@pytest.fixture
async def fake_api() -> AsyncIterator[FollowApi]:
    api = FollowApi()
    await api.start()
    try:
        yield api
    finally:
        await api.stop()


async def load(api: FollowApi, text: str) -> str:
    return await ask(api, f"/load {text}")


async def test_a_follower_gets_exactly_one_push_and_nobody_else(
    fake_api: FollowApi, running_app: Application
) -> None:
    store = store_of(running_app)
    assert "Following <b>Pete Hegseth on NATO</b>" in await ask(
        fake_api, "/follow hegset on NATO", READER)  # a typo in the name
    assert "Following <b>Pete Hegseth on tariffs</b>" in await ask(
        fake_api, "/follow Hegseth about tariffs", OTHER)
    assert "already follows" in await ask(fake_api, "/follow Pete Hegseth on nato", READER)
    assert "Loaded" in await load(fake_api, NATO_ARTICLE)
    await settled(store, {"sent": 1})
    (push,) = pushes_to(fake_api, READER)
    text = str(push.params["text"])
    # Both statements of Hegseth's on NATO, as the article has them, in one message.
    assert "<blockquote>“Every NATO member must carry its share of the load”" in text
    assert "<blockquote>U.S. Defense Secretary Pete Hegseth on Wednesday urged NATO" in text
    assert "Pete Hegseth" in text and "Test Wire" in text and "Anna Berg" not in text
    buttons = push.params["reply_markup"]["inline_keyboard"][0]
    assert buttons[0]["text"] == "Full record" and "start=s_" in buttons[0]["url"]
    assert pushes_to(fake_api, OTHER) == [] and pushes_to(fake_api, ADMIN) == []
    # The same article again: already stored, no second push.
    assert "Already stored" in await load(fake_api, NATO_ARTICLE)
    await settled(store, {"sent": 1})
    assert len(pushes_to(fake_api, READER)) == 1


async def test_a_topic_alone_and_an_unknown_speaker(
    fake_api: FollowApi, running_app: Application
) -> None:
    assert "Following <b>NATO (any speaker)</b>" in await ask(
        fake_api, "/follow on NATO", READER)
    assert "Following <b>NATO (any speaker)</b>" in await ask(fake_api, "/follow NATO", OTHER)
    assert "Following <b>Pete Hegseth on NATO</b>" in await ask(
        fake_api, "/follow Hegseth NATO", MEMBER)
    assert "No statement by Zelensky" in await ask(fake_api, "/follow Zelensky on NATO", READER)
    assert "Follow a speaker" in await ask(fake_api, "/follow", READER)
    await load(fake_api, NATO_ARTICLE)
    await settled(store_of(running_app), {"sent": 3})
    (push,) = pushes_to(fake_api, READER)
    assert "Every NATO member" in str(push.params["text"])
    assert len(pushes_to(fake_api, OTHER)) == 1 == len(pushes_to(fake_api, MEMBER))
    assert "Nobody rides for free" not in str(push.params["text"])  # not on NATO


async def test_a_group_follow_needs_a_group_admin(
    fake_api: FollowApi, running_app: Application
) -> None:
    fake_api.group_admins[GROUP] = {ADMIN + 1}
    await fake_api.send_group_text(GROUP, MEMBER, "/follow Hegseth")
    refusal = await fake_api.wait_for_call("sendMessage", lambda p: p["chat_id"] == GROUP)
    assert "Only the group's admins" in refusal.params["text"]
    assert await store_of(running_app).chat_follows(GROUP) == []
    await fake_api.send_group_text(GROUP, ADMIN + 1, "/follow Hegseth")
    done = await fake_api.wait_for_call("sendMessage", lambda p: p["chat_id"] == GROUP)
    assert "Following <b>Pete Hegseth</b>" in done.params["text"]
    await load(fake_api, NATO_ARTICLE)
    await settled(store_of(running_app), {"sent": 1})
    assert len(pushes_to(fake_api, GROUP)) == 1


async def test_unfollow_by_button_and_by_command_stops_pushes(
    fake_api: FollowApi, running_app: Application
) -> None:
    store = store_of(running_app)
    await ask(fake_api, "/follow Hegseth on NATO", READER)
    await ask(fake_api, "/follow Hegseth", OTHER)
    await fake_api.send_private_text(READER, "/following")
    listing = await fake_api.wait_for_call("sendMessage", lambda p: p["chat_id"] == READER)
    assert "Pete Hegseth on NATO" in listing.params["text"]
    (row,) = listing.params["reply_markup"]["inline_keyboard"]
    assert row[0]["text"] == "Unfollow Pete Hegseth on NATO"
    assert len(row[0]["callback_data"].encode()) <= 64
    message = fake_api.messages[(READER, _id(fake_api, READER))]
    await fake_api.press_button(message, row[0]["callback_data"], READER)
    edited = await fake_api.wait_for_call("editMessageText")
    assert "follows nothing yet" in edited.params["text"]
    assert "Stopped following <b>Pete Hegseth</b>" in await ask(
        fake_api, "/unfollow hegseth", OTHER)
    assert await store.chat_follows(READER) == [] == await store.chat_follows(OTHER)
    await load(fake_api, NATO_ARTICLE)
    await settled(store, {})
    assert pushes_to(fake_api, READER) == [] == pushes_to(fake_api, OTHER)


def _id(api: FollowApi, chat: int) -> int:
    """The id of the bot's last message in a chat."""
    return max(mid for (c, mid), m in api.messages.items()
               if c == chat and m.get("from", {}).get("is_bot"))


async def test_a_chat_that_blocked_the_bot_is_unsubscribed(
    fake_api: FollowApi, running_app: Application
) -> None:
    store = store_of(running_app)
    await ask(fake_api, "/follow Hegseth", READER)
    await ask(fake_api, "/follow Hegseth", OTHER)
    fake_api.blocked.add(READER)
    await load(fake_api, NATO_ARTICLE)
    await settled(store, {"sent": 1, "dropped": 1})
    assert await store.chat_follows(READER) == []
    assert len(await store.chat_follows(OTHER)) == 1 and len(pushes_to(fake_api, OTHER)) == 1
    await load(fake_api, TARIFF_ARTICLE)  # nothing more is tried for the blocked chat
    await settled(store, {"sent": 2, "dropped": 1})


async def test_a_failed_send_is_retried(
    fake_api: FollowApi, running_app: Application, monkeypatch: pytest.MonkeyPatch
) -> None:
    from handlers import push

    monkeypatch.setattr(push, "RETRY_SECONDS", 0.0)
    monkeypatch.setattr(push, "POLL_SECONDS", 0.1)
    await ask(fake_api, "/follow Hegseth", READER)
    for _ in range(4):  # more than the transient retries of one send (3)
        fake_api.fail_next("sendMessage", 502, "Bad Gateway")
    store: Store = store_of(running_app)
    await ingest(store, NATO_ARTICLE)  # stored by another door: the push is the next send
    await settled(store, {"sent": 1})
    assert len(pushes_to(fake_api, READER)) == 1



async def test_a_push_survives_a_restart_and_is_not_resent(
    fake_api: FollowApi, bot_settings: Settings
) -> None:
    async with polling(build_application(bot_settings)) as first:
        await ask(fake_api, "/follow Hegseth", READER)
        await load(fake_api, NATO_ARTICLE)
        await settled(store_of(first), {"sent": 1})
    # While the bot is down, another process (the CLI, a worker) stores an article.
    async with await open_store(bot_settings) as other:
        await ingest(other, TARIFF_ARTICLE)
        assert await other.push_counts() == {"sent": 1, "pending": 1}
    async with polling(build_application(bot_settings)) as second:
        await settled(store_of(second), {"sent": 2})
        await asyncio.sleep(0.3)  # a poll or two more: nothing is sent again
    texts = [str(c.params["text"]) for c in pushes_to(fake_api, READER)]
    assert len(texts) == 2
    assert "Every NATO member" in texts[0] and "These workers build the fleet" in texts[1]


async def test_an_ambiguous_name_asks_which_one_with_buttons(
    fake_api: FollowApi, running_app: Application
) -> None:
    for first, day in (("Anna", "April 1, 2025"), ("Erik", "April 2, 2025")):
        await load(fake_api, article(
            f"{first} Lind on ferries", day,
            f"OSLO (Test Wire) -- Transport Minister {first} Lind spoke on Tuesday.",
            f"\"The ferries will run all winter,\" {first} Lind said on Tuesday."))
    await fake_api.send_private_text(READER, "/follow Lind on ferries")
    question = await fake_api.wait_for_call("sendMessage", lambda p: p["chat_id"] == READER)
    assert question.params["text"] == "Which one do you mean?"
    rows = question.params["reply_markup"]["inline_keyboard"]
    assert [r[0]["text"] for r in rows] == ["Anna Lind on ferries", "Erik Lind on ferries"]
    assert all(len(r[0]["callback_data"].encode()) <= 64 for r in rows)
    message = fake_api.messages[(READER, _id(fake_api, READER))]
    await fake_api.press_button(message, rows[1][0]["callback_data"], READER)
    chosen = await fake_api.wait_for_call("editMessageText")
    assert "Following <b>Erik Lind on ferries</b>" in chosen.params["text"]
    (follow,) = await store_of(running_app).chat_follows(READER)
    assert (follow.speaker_name, follow.topic) == ("Erik Lind", "ferries")


async def test_a_chat_that_removes_or_blocks_the_bot_loses_its_follows(
    fake_api: FollowApi, running_app: Application
) -> None:
    store = store_of(running_app)
    fake_api.group_admins[GROUP] = {MEMBER}
    await fake_api.send_group_text(GROUP, MEMBER, "/follow Hegseth")
    await fake_api.wait_for_call("sendMessage", lambda p: p["chat_id"] == GROUP)
    await ask(fake_api, "/follow Hegseth", READER)
    group = {"id": GROUP, "type": "supergroup", "title": "Test group"}
    private = {"id": READER, "type": "private", "first_name": "Alice"}
    for chat, user, status in ((group, MEMBER, "left"), (private, READER, "kicked")):
        await fake_api.push_update({"my_chat_member": {
            "chat": chat, "from": user_dict(user), "date": int(time.time()),
            "old_chat_member": {"user": fake_api.bot_user, "status": "member"},
            "new_chat_member": {"user": fake_api.bot_user, "status": status,
                                **({"until_date": 0} if status == "kicked" else {})}}})
    async with asyncio.timeout(10):
        while await store.chat_follows(GROUP) or await store.chat_follows(READER):
            await asyncio.sleep(0.05)


async def test_a_group_upgraded_to_a_supergroup_gets_its_push_there(
    fake_api: FollowApi, running_app: Application
) -> None:
    store, upgraded = store_of(running_app), -1009990001
    fake_api.group_admins[GROUP] = {MEMBER}
    await fake_api.send_group_text(GROUP, MEMBER, "/follow Hegseth")
    await fake_api.wait_for_call("sendMessage", lambda p: p["chat_id"] == GROUP)
    fake_api.migrated[GROUP] = upgraded
    await load(fake_api, NATO_ARTICLE)
    await settled(store, {"sent": 1})
    assert pushes_to(fake_api, GROUP) == [] and len(pushes_to(fake_api, upgraded)) == 1
    assert [f.chat_id for f in await store.chat_follows(upgraded)] == [upgraded]


async def test_stopping_mid_push_hands_back_what_was_not_sent(
    fake_api: FollowApi, bot_settings: Settings
) -> None:
    chats = range(9001, 9041)
    async with polling(build_application(bot_settings)) as first:
        store = store_of(first)
        for chat in chats:
            await store.add_follow(chat, 1, "Pete Hegseth", None)
        await ingest(store, NATO_ARTICLE)  # 40 pushes, 25 a second
        await fake_api.wait_until(lambda: len(fake_api.calls_to("sendMessage")) >= 5)
    async with await open_store(bot_settings) as other:
        counts = await other.push_counts()
    assert counts.get("sent", 0) < len(chats) and counts.get("sending", 0) <= 1
    assert sum(counts.values()) == len(chats)
    async with polling(build_application(bot_settings)) as second:
        await settled(store_of(second), {"sent": len(chats) - counts.get("sending", 0),
                                         **({"sending": 1} if counts.get("sending") else {})})
    for chat in chats:  # each once at most: what was cut off mid-send waits for its lease
        assert len(pushes_to(fake_api, chat)) <= 1
