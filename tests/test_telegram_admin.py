"""End to end: admin loading (documents, URLs, replies, pasted text), /sources, /stats, /forget."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator

import pytest
from conftest import ADMIN, ARTICLES, polling
from fake_bot_api import FakeBotApi
from fake_updates import private_chat
from fake_web import FakeWeb, Route
from telegram.ext import Application

from bot.config import Settings
from bot.store import Store
from handlers.app import build_application
from handlers.context import BotData
from handlers.guard import REFUSED

OTHER = 1001
ARTICLE = (ARTICLES / "vogt_budget.txt").read_bytes()
QUERY = "vogt income taxes"
QUOTE = "balance the budget without touching income taxes"


def store_of(app: Application) -> Store:
    data = app.bot_data
    assert isinstance(data, BotData)
    return data.require_store()


async def reply_to(fake_api: FakeBotApi, user: int) -> str:
    call = await fake_api.wait_for_call("sendMessage", lambda p: p["chat_id"] == user)
    return str(call.params["text"])


async def ask(fake_api: FakeBotApi, text: str, user: int = ADMIN) -> str:
    await fake_api.send_private_text(user, text)
    return await reply_to(fake_api, user)


async def test_admin_loads_a_document_and_it_is_found(
    fake_api: FakeBotApi, running_app: Application
) -> None:
    before = await store_of(running_app).stats()
    await fake_api.send_document(private_chat(ADMIN), ADMIN, "vogt.txt", ARTICLE, caption="/load")
    summary = await reply_to(fake_api, ADMIN)
    assert "German finance minister rules out tax rises" in summary
    assert "Test Wire" in summary and "Mar 3, 2025" in summary
    assert "Klara Vogt" in summary and "Jonas Brandt" in summary
    assert re.search(r"Statements: [1-9]", summary)
    assert (await store_of(running_app).stats()).articles == before.articles + 1
    assert QUOTE in await ask(fake_api, QUERY)
    # The same file again is a duplicate.
    await fake_api.send_document(private_chat(ADMIN), ADMIN, "vogt.txt", ARTICLE, caption="/load")
    assert "Already stored" in await reply_to(fake_api, ADMIN)


async def test_non_admin_is_refused_and_nothing_changes(
    fake_api: FakeBotApi, running_app: Application
) -> None:
    before = await store_of(running_app).stats()
    await fake_api.send_document(private_chat(OTHER), OTHER, "vogt.txt", ARTICLE, caption="/load")
    assert await reply_to(fake_api, OTHER) == REFUSED
    for command in ("/load some text", "/sources", "/stats", "/forget 1"):
        assert await ask(fake_api, command, OTHER) == REFUSED
    assert await store_of(running_app).stats() == before
    assert not [c for c in fake_api.calls_to("getFile")]
    assert QUOTE not in await ask(fake_api, QUERY, OTHER)


@pytest.mark.usefixtures("running_app")
async def test_load_as_reply_to_a_document_and_to_a_forwarded_message(
    fake_api: FakeBotApi,
) -> None:
    chat = private_chat(ADMIN)
    doc = await fake_api.send_document(chat, ADMIN, "vogt.md", ARTICLE)
    await reply_to(fake_api, ADMIN)  # "I can only read text" for the bare document
    await fake_api.send_private_text(ADMIN, "/load", reply_to=doc["message"])
    assert "Klara Vogt" in await reply_to(fake_api, ADMIN)
    origin = {"type": "channel", "date": 1, "message_id": 5,
              "chat": {"id": -1005, "type": "channel", "title": "Wire Channel",
                       "username": "wirechan"}}
    text = ARTICLE.decode().replace("Klara Vogt", "Anna Berg").replace("Vogt", "Berg")
    text = text.replace("Source: Test Wire\n", "")
    forwarded = await fake_api.send_private_text(ADMIN, text, forward_origin=origin)
    await reply_to(fake_api, ADMIN)  # answered as a query, like any text
    await fake_api.send_private_text(ADMIN, "/load", reply_to=forwarded["message"])
    summary = await reply_to(fake_api, ADMIN)
    assert "Wire Channel" in summary and "Anna Berg" in summary


@pytest.mark.usefixtures("running_app")
async def test_load_pasted_text_and_failures(fake_api: FakeBotApi) -> None:
    text = ARTICLE.decode().replace("Vogt", "Lindqvist")
    assert "Lindqvist" in await ask(fake_api, f"/load {text}")
    assert "No statements found" in await ask(
        fake_api, "/load A headline\n\nJust a paragraph with some words and no quotes at all."
    )
    chat = private_chat(ADMIN)
    await fake_api.send_document(chat, ADMIN, "x.txt", b"\xff\xfe\x00bad", caption="/load")
    assert "Bad encoding" in await reply_to(fake_api, ADMIN)
    await fake_api.send_document(chat, ADMIN, "x.pdf", b"%PDF", caption="/load")
    assert "Not an article file" in await reply_to(fake_api, ADMIN)
    assert "/load" in await ask(fake_api, "/load")
    assert "private or local network" in await ask(fake_api, "/load http://127.0.0.1:1/a")
    assert "Only http" in await ask(fake_api, "/load ftp://example.com/a")


@pytest.fixture
async def private_urls_app(
    fake_api: FakeBotApi, bot_settings: Settings
) -> AsyncIterator[Application]:
    settings = bot_settings.model_copy(update={"allow_private_urls": True})
    async with polling(build_application(settings)) as app:
        yield app


def page(article: bytes) -> bytes:
    paragraphs = article.decode().split("\n\n")[2:]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        "<html><head><title>Minister rules out tax rises</title>"
        '<meta property="og:site_name" content="Local Times">'
        '<meta property="article:published_time" content="2025-03-03">'
        f"</head><body><nav>Menu</nav><article><h1>Minister rules out tax rises</h1>{body}"
        "</article><footer>Contact</footer></body></html>"
    ).encode()


async def test_load_url_from_a_local_server_when_allowed(
    fake_api: FakeBotApi, private_urls_app: Application, web: FakeWeb
) -> None:
    web.routes["/news/1"] = Route(page(ARTICLE))
    summary = await ask(fake_api, f"/load {web.url('/news/1')}")
    assert "Minister rules out tax rises" in summary
    assert "Local Times" in summary and "Klara Vogt" in summary
    assert QUOTE in await ask(fake_api, QUERY)


@pytest.mark.usefixtures("running_app")
async def test_load_url_on_a_local_server_is_refused_by_default(
    fake_api: FakeBotApi, web: FakeWeb
) -> None:
    web.routes["/news/1"] = Route(page(ARTICLE))
    reply = await ask(fake_api, f"/load {web.url('/news/1')}")
    assert "private or local network" in reply and "Nothing was stored" in reply
    assert web.requests == []


async def test_sources_stats_and_forget(fake_api: FakeBotApi, running_app: Application) -> None:
    await fake_api.send_document(private_chat(ADMIN), ADMIN, "vogt.txt", ARTICLE, caption="/load")
    article_id = int(re.search(r"article #(\d+)", await reply_to(fake_api, ADMIN))[1])  # type: ignore[index]
    sources = await ask(fake_api, "/sources")
    assert f"#{article_id}" in sources and "German finance minister" in sources
    assert "Articles: 2" in await ask(fake_api, "/stats")
    assert "There is no article" in await ask(fake_api, "/forget 999")
    question = await ask(fake_api, f"/forget {article_id}")
    assert "cannot be undone" in question
    asked = [m for m in fake_api.messages.values() if m["from"]["is_bot"]][-1]
    await fake_api.press_button(asked, f"f:{article_id}", OTHER)  # not an admin
    refused = await fake_api.wait_for_call("answerCallbackQuery")
    assert refused.params["text"] == REFUSED
    assert await store_of(running_app).article_summary(article_id) is not None
    await fake_api.press_button(asked, f"f:{article_id}", ADMIN)
    done = await fake_api.wait_for_call("editMessageText")
    assert "removed" in done.params["text"]
    assert await store_of(running_app).article_summary(article_id) is None
    assert QUOTE not in await ask(fake_api, QUERY)


@pytest.mark.usefixtures("running_app")
async def test_menus_are_set_per_scope(fake_api: FakeBotApi) -> None:
    await fake_api.wait_for_call("getUpdates")
    scopes = {c.params.get("scope", {}).get("type", "default"): c.params
              for c in fake_api.calls_to("setMyCommands")}
    assert set(scopes) == {"default", "all_private_chats", "all_group_chats", "chat"}
    assert scopes["chat"]["scope"]["chat_id"] == ADMIN
    assert "load" in [c["command"] for c in scopes["chat"]["commands"]]
    assert "ask" in [c["command"] for c in scopes["all_group_chats"]["commands"]]
    assert "load" not in [c["command"] for c in scopes["all_private_chats"]["commands"]]
