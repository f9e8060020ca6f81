"""Two replicas, one Redis, one fake Bot API: what one replica did, the other knows.

Each replica is a WebhookServer (the object `onrecord run --webhook` runs) with its own
RedisState connection under one key prefix, as two processes would have; updates are
POSTed to one or the other as Telegram's webhook would. Shared, end to end: a group's
cooldown, a group's send budget (fake_flood applies Telegram's 429), a user's flood
limit, the answer an edited question edits. (The duplicate probe's turn and known ids:
tests/test_duplicates.py.) Without Redis these tests skip with the reason printed, and
fail under CI=true (tests/redis_server.py).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack
from typing import Any

import httpx
import pytest
from fake_bot_api import FakeBotApi
from fake_flood import FloodLimits
from pydantic import SecretStr
from redis_server import redis_state, redis_url

from bot.config import Settings
from bot.state import RedisState
from handlers import limiter
from handlers.webhook import SECRET_HEADER
from handlers.webhook_server import WebhookServer

SECRET = "replica-secret"
GROUP, USER = -100900, 4100


class Replicas:
    def __init__(self, servers: list[WebhookServer], client: httpx.AsyncClient) -> None:
        self.servers = servers
        self.client = client

    async def post(self, replica: int, update: dict[str, Any]) -> None:
        server = self.servers[replica]
        response = await self.client.post(
            f"http://127.0.0.1:{server.port}/telegram", content=json.dumps(update).encode(),
            headers={"Content-Type": "application/json", SECRET_HEADER: SECRET})
        assert response.status_code == 200, response.text


@pytest.fixture
async def shared() -> AsyncIterator[RedisState]:
    async for state in redis_state():
        yield state


@pytest.fixture
def replica_settings(bot_settings: Settings) -> Settings:
    return bot_settings.model_copy(update={
        "webhook_secret": SecretStr(SECRET), "webhook_listen": "127.0.0.1:0",
        "user_burst": 3, "user_rate": 6.0})


@pytest.fixture
async def replicas(shared: RedisState, replica_settings: Settings) -> AsyncIterator[Replicas]:
    """Two replicas, each with its own connection to the one Redis (one key prefix)."""
    async with AsyncExitStack() as stack:
        other = RedisState(redis_url(), prefix=shared.prefix)
        stack.push_async_callback(other.close)
        servers = [await stack.enter_async_context(WebhookServer(replica_settings, state))
                   for state in (shared, other)]
        client = await stack.enter_async_context(httpx.AsyncClient(timeout=30))
        yield Replicas(servers, client)


def sends_to(api: FakeBotApi, chat: int) -> list[Any]:
    return [c for c in api.calls_to("sendMessage", processed_only=True)
            if c.params["chat_id"] == chat]


async def test_a_groups_cooldown_is_shared(fake_api: FakeBotApi, replicas: Replicas) -> None:
    await replicas.post(0, await fake_api.send_group_text(GROUP, 1, "/ask hegseth nato"))
    await replicas.post(1, await fake_api.send_group_text(GROUP, 2, "/ask  Hegseth NATO "))
    assert len(sends_to(fake_api, GROUP)) == 1  # the other replica knew it was just asked
    await replicas.post(1, await fake_api.send_group_text(GROUP, 2, "/ask trump war"))
    assert len(sends_to(fake_api, GROUP)) == 2


async def test_a_users_flood_limit_is_shared(fake_api: FakeBotApi, replicas: Replicas) -> None:
    for i in range(6):  # burst 3, alternately to each replica
        await replicas.post(i % 2, await fake_api.send_private_text(USER, f"Hegseth NATO {i}"))
    texts = [c.params["text"] for c in sends_to(fake_api, USER)]
    assert len(texts) == 4 and texts[-1].startswith("You are sending messages faster")


async def test_an_edit_on_the_other_replica_edits_the_answer(
    fake_api: FakeBotApi, replicas: Replicas,
) -> None:
    asked = await fake_api.send_group_text(GROUP, 1, "/ask trump war")
    await replicas.post(0, asked)
    [answer] = fake_api.bot_messages(GROUP)
    await replicas.post(1, await fake_api.edit_user_message(asked["message"], "/ask hegseth nato"))
    [edit] = fake_api.calls_to("editMessageText", processed_only=True)
    assert edit.params["message_id"] == answer["message_id"]
    assert "NATO membership" in edit.params["text"]
    assert len(sends_to(fake_api, GROUP)) == 1


async def test_an_edit_waits_for_the_question_on_the_other_replica(
    fake_api: FakeBotApi, replicas: Replicas,
) -> None:
    """The question's answer is still on its way (a slow sendMessage) when its edit reaches
    the other replica: the edit waits for the chat's turn, then edits that answer."""
    fake_api.inject("sendMessage", "slow", delay=1.5)
    asked = await fake_api.send_group_text(GROUP, 1, "/ask trump war")
    question = asyncio.create_task(replicas.post(0, asked))
    async with asyncio.timeout(10):
        while not fake_api.in_flight:  # the answer is on its way
            await asyncio.sleep(0.01)
    await replicas.post(1, await fake_api.edit_user_message(asked["message"], "/ask hegseth nato"))
    await question
    [answer] = fake_api.bot_messages(GROUP)
    [edit] = fake_api.calls_to("editMessageText", processed_only=True)
    assert edit.params["message_id"] == answer["message_id"]
    assert "NATO membership" in edit.params["text"]
    assert len(sends_to(fake_api, GROUP)) == 1


async def test_a_groups_send_budget_is_shared(
    fake_api: FakeBotApi, shared: RedisState, replica_settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """20 answers in a group through both replicas use up its budget (a 3 s window here);
    the 21st, on either replica, waits for the window, while a private question is
    answered at once; Telegram (the fake) never answers 429."""
    window = 3.0
    monkeypatch.setattr(limiter, "GROUP_WINDOW", window)
    fake_api.flood = FloodLimits(group_window=window)
    async with AsyncExitStack() as stack:  # built after the patch: the limiter reads it
        other = RedisState(redis_url(), prefix=shared.prefix)
        stack.push_async_callback(other.close)
        servers = [await stack.enter_async_context(WebhookServer(replica_settings, state))
                   for state in (shared, other)]
        replicas = Replicas(servers, await stack.enter_async_context(httpx.AsyncClient()))
        for i in range(20):
            await replicas.post(i % 2, await fake_api.send_group_text(GROUP, 1, f"/ask war {i}"))
        first = sends_to(fake_api, GROUP)[0].at
        late = asyncio.create_task(replicas.post(
            0, await fake_api.send_group_text(GROUP, 1, "/ask the 21st question")))
        private = await fake_api.send_private_text(USER, "what did Hegseth say on NATO")
        await replicas.post(1, private)
        assert sends_to(fake_api, USER)[0].at - fake_api.pushed_at[private["update_id"]] < 1
        assert len(sends_to(fake_api, GROUP)) == 20 and not late.done()
        await late
    assert len(sends_to(fake_api, GROUP)) == 21
    assert sends_to(fake_api, GROUP)[-1].at >= first + window
    assert not fake_api.flood.refused
