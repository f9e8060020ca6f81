"""Webhook mode end to end: updates POSTed to the real server (handlers.webhook_server).

Each test starts WebhookServer, the same object `onrecord run --webhook` runs, on a free
loopback port, around the real Application talking to the fake Bot API; updates are the
JSON tests/fake_updates.py builds, POSTed with httpx as Telegram would. Nothing in PTB or
in the bot is mocked: replies are the sendMessage calls the fake server records.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from conftest import ADMIN, ARTICLES
from fake_bot_api import FakeBotApi
from pydantic import SecretStr
from redis_server import redis_state, redis_url

from bot.config import Settings
from bot.state import RedisState
from handlers.webhook import SECRET_HEADER
from handlers.webhook_server import WebhookRefused, WebhookServer

SECRET = "test-secret_123"
USER = 2002


@pytest.fixture
def hook_settings(bot_settings: Settings) -> Settings:
    # The state in the process (even if ONRECORD_REDIS_URL is set around the tests).
    return bot_settings.model_copy(update={
        "webhook_secret": SecretStr(SECRET), "webhook_listen": "127.0.0.1:0", "redis_url": None})


@pytest.fixture
async def replica(hook_settings: Settings) -> AsyncIterator[WebhookServer]:
    async with WebhookServer(hook_settings) as server:
        yield server


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(timeout=30) as http:
        yield http


async def post(client: httpx.AsyncClient, server: WebhookServer, body: Any,
               secret: str | None = SECRET) -> httpx.Response:
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        headers[SECRET_HEADER] = secret
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    return await client.post(f"http://127.0.0.1:{server.port}/telegram", content=content,
                             headers=headers)


async def claimed(server: WebhookServer, update: dict[str, Any]) -> None:
    """Wait until a replica has claimed the update and is handling it."""
    assert server.state is not None
    async with asyncio.timeout(10):
        while await server.state.get(f"update:{update['update_id']}") != "working":
            await asyncio.sleep(0.01)


def sent_to(fake_api: FakeBotApi, chat_id: int) -> list[str]:
    return [call.params["text"] for call in fake_api.calls_to("sendMessage", processed_only=True)
            if call.params["chat_id"] == chat_id]


async def test_a_private_question_is_answered_before_the_200(
    fake_api: FakeBotApi, replica: WebhookServer, client: httpx.AsyncClient,
) -> None:
    update = await fake_api.send_private_text(USER, "what did Hegseth say on NATO")
    response = await post(client, replica, update)
    assert response.status_code == 200
    # No waiting: the answer was sent before the update was acknowledged.
    [answer] = sent_to(fake_api, USER)
    assert "NATO membership" in answer and "Hegseth" in answer and "Xinhua" in answer


async def test_requests_without_the_secret_are_refused(
    fake_api: FakeBotApi, replica: WebhookServer, client: httpx.AsyncClient,
) -> None:
    update = await fake_api.send_private_text(USER, "what did Hegseth say on NATO")
    for secret in (None, "", "wrong", SECRET + "x", SECRET.upper()):
        assert (await post(client, replica, update, secret)).status_code == 403
    base = f"http://127.0.0.1:{replica.port}"
    assert (await client.get(f"{base}/telegram")).status_code == 405
    assert (await client.get(f"{base}/healthz")).text == "ok"
    assert sent_to(fake_api, USER) == []
    assert (await post(client, replica, update)).status_code == 200  # the right one works
    assert len(sent_to(fake_api, USER)) == 1


async def test_the_same_update_twice_is_answered_once(
    fake_api: FakeBotApi, replica: WebhookServer, client: httpx.AsyncClient,
) -> None:
    update = await fake_api.send_private_text(USER, "Hegseth NATO")
    assert (await post(client, replica, update)).status_code == 200
    second = await post(client, replica, update)
    assert second.status_code == 200 and second.text == "already handled"
    assert len(sent_to(fake_api, USER)) == 1
    other = await fake_api.send_private_text(USER, "Hegseth Ukraine")  # a new update_id
    assert (await post(client, replica, other)).status_code == 200
    assert len(sent_to(fake_api, USER)) == 2


async def test_a_redelivery_while_it_is_handled_gets_503_then_200(
    fake_api: FakeBotApi, replica: WebhookServer, client: httpx.AsyncClient,
) -> None:
    fake_api.inject("sendMessage", "slow", delay=1.0)
    update = await fake_api.send_private_text(USER, "what did Hegseth say on NATO")
    first = asyncio.create_task(post(client, replica, update))
    await claimed(replica, update)  # the answer is being sent (slowly)
    during = await post(client, replica, update)
    assert during.status_code == 503  # Telegram retries later: nothing is lost
    assert (await first).status_code == 200
    assert (await post(client, replica, update)).status_code == 200
    assert len(sent_to(fake_api, USER)) == 1


@pytest.mark.parametrize("body", [
    b"{not json", b"\xff\xfe", b"", b"[]", b'"update"', b'{"message": {}}',
    b'{"update_id": "7"}', b'{"update_id": true}', b'{"update_id": 5, "message": {"chat": 3}}',
])
async def test_a_body_that_is_not_an_update_gets_400(
    fake_api: FakeBotApi, replica: WebhookServer, client: httpx.AsyncClient, body: bytes,
) -> None:
    assert (await post(client, replica, body)).status_code == 400
    update = await fake_api.send_private_text(USER, "Hegseth NATO")
    assert (await post(client, replica, update)).status_code == 200  # still serving
    assert len(sent_to(fake_api, USER)) == 1


async def test_a_load_is_finished_before_the_200(
    fake_api: FakeBotApi, replica: WebhookServer, client: httpx.AsyncClient,
) -> None:
    """/load runs in a non-blocking handler; the webhook waits for it all the same."""
    text = (ARTICLES / "vogt_budget.txt").read_text().replace("Vogt", "Lindqvist")
    update = await fake_api.send_private_text(ADMIN, f"/load {text}")
    assert (await post(client, replica, update)).status_code == 200
    assert any("Lindqvist" in sent for sent in sent_to(fake_api, ADMIN))


async def test_a_replica_never_sets_the_webhook_nor_polls(
    fake_api: FakeBotApi, replica: WebhookServer, client: httpx.AsyncClient,
) -> None:
    update = await fake_api.send_private_text(USER, "Hegseth NATO")
    assert (await post(client, replica, update)).status_code == 200
    methods = {call.method for call in fake_api.calls}
    assert {"getMe", "setMyCommands", "sendMessage"} <= methods  # post_init ran
    assert not methods & {"setWebhook", "deleteWebhook", "getUpdates"}


async def test_webhook_mode_needs_the_secret(bot_settings: Settings) -> None:
    with pytest.raises(WebhookRefused, match="ONRECORD_WEBHOOK_SECRET"):
        WebhookServer(bot_settings)


async def test_a_busy_port_is_refused_with_the_address(hook_settings: Settings) -> None:
    async with WebhookServer(hook_settings) as first:
        busy = hook_settings.model_copy(update={"webhook_listen": f"127.0.0.1:{first.port}"})
        with pytest.raises(WebhookRefused, match=f"127.0.0.1:{first.port}"):
            async with WebhookServer(busy):
                pass


@pytest.fixture
async def shared_redis() -> AsyncIterator[RedisState]:
    async for state in redis_state():
        yield state


async def test_two_replicas_sharing_redis_answer_an_update_once(
    fake_api: FakeBotApi, hook_settings: Settings, client: httpx.AsyncClient,
    shared_redis: RedisState,
) -> None:
    """Two replicas (one store, one Redis, each its own connections) get the same update."""
    other_state = RedisState(redis_url(), prefix=shared_redis.prefix)
    async with WebhookServer(hook_settings, shared_redis) as one, \
            WebhookServer(hook_settings, other_state) as two:
        update = await fake_api.send_private_text(USER, "Hegseth NATO")
        assert (await post(client, one, update)).status_code == 200
        assert (await post(client, two, update)).text == "already handled"
        fake_api.inject("sendMessage", "slow", delay=1.0)
        again = await fake_api.send_private_text(USER, "what did Hegseth say on NATO")
        answers = await asyncio.gather(post(client, one, again), post(client, two, again))
        assert sorted(r.status_code for r in answers) == [200, 503]
    await other_state.close()
    assert len(sent_to(fake_api, USER)) == 2  # one per update
