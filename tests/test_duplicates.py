"""The duplicate probe's safety rules, against a scripted chat (handlers/duplicates.py).

End to end through the fake Bot API: tests/test_telegram_faults.py. Here the cases that
are hard to provoke there: a chat the bot knows nothing about, another send's copy still
pending, an unknown message of ours in the way, which failures count as lost, the ids
the chat log keeps, and two replicas sharing the chat's turn and known ids in Redis.
"""

from __future__ import annotations

import asyncio
import logging
import math
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from redis_server import redis_state, redis_url
from telegram.error import BadRequest, NetworkError, TimedOut

from bot.state import RedisState
from handlers.chat_log import KNOWN_IDS_PER_CHAT, ChatState, Lost, Watch, chat_key
from handlers.duplicates import Duplicates
from handlers.retry import may_have_landed

CHAT = 5


class Chat:
    """One chat as Telegram answers edits and deletes: message id -> (ours, text)."""

    def __init__(self) -> None:
        self.messages: dict[int, tuple[bool, str]] = {}
        self.calls: list[tuple[str, int]] = []
        self.last = 0

    def add(self, ours: bool, text: str) -> int:
        message_id = self.last = self.last + 1  # ids are never reused, as in Telegram
        self.messages[message_id] = (ours, text)
        return message_id

    async def call(self, method: str, params: dict[str, Any]) -> Any:
        message_id = params["message_id"]
        self.calls.append((method, message_id))
        found = self.messages.get(message_id)
        if method == "deleteMessage":
            if found is None:
                raise BadRequest("Message to delete not found")
            del self.messages[message_id]
            return True
        if found is None:
            raise BadRequest("Message to edit not found")
        if not found[0]:
            raise BadRequest("Message can't be edited")
        if found[1] == params["text"]:
            raise BadRequest("Message is not modified: specified new message content and "
                             "reply markup are exactly the same as a current content and "
                             "reply markup of the message")
        self.messages[message_id] = (True, params["text"])
        return {"message_id": message_id}

    def lost_then_sent(self, text: str, *, fail: bool = False) -> Any:
        """A send whose first attempt was processed but lost, then retried."""

        async def attempt(lost: Lost) -> dict[str, Any]:
            self.add(True, text)
            lost.count += 1
            if fail:
                raise NetworkError("httpx.RemoteProtocolError: Server disconnected")
            return {"message_id": self.add(True, text)}

        return attempt


def data(text: str) -> dict[str, Any]:
    return {"chat_id": CHAT, "text": text, "parse_mode": "HTML"}


async def test_below_the_answer_is_not_probed_in_a_chat_the_bot_knows_nothing_about() -> None:
    chat, duplicates = Chat(), Duplicates()
    earlier = chat.add(True, "an answer from before a restart")
    try:
        await duplicates.send(CHAT, data("answer"), chat.lost_then_sent("answer"), chat.call)
    finally:
        await duplicates.shutdown()
    assert chat.messages[earlier] == (True, "an answer from before a restart")
    assert chat.calls == [("editMessageText", 4)]  # above the answer only: nothing there
    assert len(chat.messages) == 3  # the copy (2) remains: the documented limit


async def test_another_sends_pending_copy_holds_the_probe() -> None:
    chat, duplicates = Chat(), Duplicates()
    await duplicates.chats.see(CHAT, chat.add(False, "question"))
    try:
        with pytest.raises(NetworkError):  # gave up: its copy may be all the user has
            await duplicates.send(CHAT, data("first"),
                                  chat.lost_then_sent("first", fail=True), chat.call)
        await duplicates.send(CHAT, data("second"), chat.lost_then_sent("second"), chat.call)
    finally:
        await duplicates.shutdown()
    assert chat.calls == []  # the first send's copy (2) could have been reached
    assert chat.messages[2] == (True, "first")


async def test_an_unknown_message_of_ours_edited_by_the_probe_is_deleted(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A copy of an earlier send, processed after that send stopped looking, lands between
    this copy and this answer: the probe edits it into this answer, then deletes it."""
    chat, duplicates = Chat(), Duplicates()
    await duplicates.chats.see(CHAT, chat.add(False, "question"))

    async def attempt(lost: Lost) -> dict[str, Any]:
        chat.add(True, "answer")  # the lost attempt's copy
        lost.count += 1
        chat.add(True, "an earlier answer's late copy")
        return {"message_id": chat.add(True, "answer")}

    try:
        await duplicates.send(CHAT, data("answer"), attempt, chat.call)
    finally:
        await duplicates.shutdown()
    assert chat.calls == [("editMessageText", 3), ("deleteMessage", 3),
                          ("editMessageText", 2), ("deleteMessage", 2)]
    assert chat.messages == {1: (False, "question"), 4: (True, "answer")}
    assert any("probe edited unknown message" in r.getMessage() for r in caplog.records)


async def test_a_users_message_in_the_gap_is_left_alone() -> None:
    chat, duplicates = Chat(), Duplicates()
    await duplicates.chats.see(CHAT, chat.add(False, "question"))

    async def attempt(lost: Lost) -> dict[str, Any]:
        chat.add(True, "answer")  # the lost attempt's copy
        lost.count += 1
        chat.add(False, "answer")  # a user happens to write the same words meanwhile
        return {"message_id": chat.add(True, "answer")}

    try:
        await duplicates.send(CHAT, data("answer"), attempt, chat.call)
    finally:
        await duplicates.shutdown()
    assert chat.calls == [("editMessageText", 3), ("editMessageText", 2),
                          ("deleteMessage", 2)]
    assert chat.messages == {1: (False, "question"), 3: (False, "answer"), 4: (True, "answer")}


def lost(error: NetworkError, cause: BaseException | None) -> NetworkError:
    error.__cause__ = cause
    return error


def test_only_failures_without_an_answer_after_sending_count_as_lost() -> None:
    request = httpx.Request("POST", "http://api")
    assert may_have_landed(lost(NetworkError("x"), httpx.RemoteProtocolError("closed")))
    assert may_have_landed(lost(TimedOut(), httpx.ReadTimeout("slow", request=request)))
    assert not may_have_landed(lost(TimedOut(), httpx.PoolTimeout("busy")))
    assert not may_have_landed(lost(NetworkError("x"), httpx.ConnectError("refused")))
    assert not may_have_landed(NetworkError("Internal Server Error (500)"))  # an answer
    assert not may_have_landed(lost(NetworkError("Bad Gateway"), NetworkError("not JSON")))


def test_the_chat_log_keeps_the_ids_a_pending_watch_needs() -> None:
    state = ChatState()
    state.watches.append(Watch(10, 1, math.inf))
    for message_id in range(1, 201):
        state.see(message_id)
    assert state.known == set(range(11, 201))
    state.watches.clear()
    state.see(201)
    assert state.known == set(range(201 - KNOWN_IDS_PER_CHAT + 1, 202))
    assert ChatState.loads(state.dumps()) == state
    assert chat_key("-1001") == chat_key(-1001) == -1001
    assert chat_key("@channel") == "@channel"


async def test_the_probe_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="handlers.duplicates")
    chat, duplicates = Chat(), Duplicates()
    await duplicates.chats.see(CHAT, chat.add(False, "question"))
    try:
        await duplicates.send(CHAT, data("answer"), chat.lost_then_sent("answer"), chat.call)
    finally:
        await duplicates.shutdown()
    assert any("is a copy of 3" in r.getMessage() for r in caplog.records)


@pytest.fixture
async def shared() -> AsyncIterator[RedisState]:
    async for state in redis_state():
        yield state


async def test_two_replicas_take_turns_in_a_chat(shared: RedisState) -> None:
    """Replica two's send lost an attempt; replica one's answer to the same chat waits for
    two's turn (shared in Redis), so it cannot land between the copy and two's answer,
    where two's probe would edit it into a copy and delete it."""
    chat = Chat()
    other_state = RedisState(redis_url(), prefix=shared.prefix)
    one, two = Duplicates(shared), Duplicates(other_state)
    await one.chats.see(CHAT, chat.add(False, "question"))  # seen by replica one only
    retrying, release = asyncio.Event(), asyncio.Event()

    async def lost_then_sent(lost: Lost) -> dict[str, Any]:
        chat.add(True, "two's answer")
        lost.count += 1
        retrying.set()
        await release.wait()
        return {"message_id": chat.add(True, "two's answer")}

    async def sent(lost: Lost) -> dict[str, Any]:
        return {"message_id": chat.add(True, "one's answer")}

    try:
        sending = asyncio.create_task(
            two.send(CHAT, data("two's answer"), lost_then_sent, chat.call))
        await retrying.wait()
        other = asyncio.create_task(one.send(CHAT, data("one's answer"), sent, chat.call))
        await asyncio.sleep(0.2)
        assert not other.done()  # waiting for the chat's turn
        release.set()
        await asyncio.gather(sending, other)
    finally:
        await one.shutdown()
        await two.shutdown()
        await other_state.close()
    assert chat.calls == [("editMessageText", 2), ("deleteMessage", 2)]  # not 1: known
    assert chat.messages == {1: (False, "question"), 3: (True, "two's answer"),
                             4: (True, "one's answer")}
