"""End to end: inline mode and the statement deep links it carries."""

from __future__ import annotations

import re

import pytest
from fake_bot_api import BOT_USER, FakeBotApi
from telegram.ext import Application

from bot.ingest import ingest
from handlers.context import BotData

ALICE = 1001
LINK_RE = re.compile(rf"https://t\.me/{BOT_USER['username']}\?start=s_(\d+)")


async def inline(fake_api: FakeBotApi, query: str, offset: str = "") -> dict:
    update = await fake_api.send_inline_query(ALICE, query, offset)
    query_id = update["inline_query"]["id"]
    call = await fake_api.wait_for_call(
        "answerInlineQuery", lambda p: p["inline_query_id"] == query_id
    )
    return call.params


@pytest.mark.usefixtures("running_app")
async def test_inline_query_returns_the_quote_with_a_deep_link(fake_api: FakeBotApi) -> None:
    answer = await inline(fake_api, "hegseth nato")
    results = answer["results"]
    assert results
    first = results[0]
    content = first["input_message_content"]
    assert "NATO membership" in content["message_text"]
    assert content["parse_mode"] == "HTML"
    assert "Hegseth" in first["title"]
    assert first["description"]
    assert LINK_RE.search(content["message_text"])
    button = first["reply_markup"]["inline_keyboard"][0][0]
    assert LINK_RE.fullmatch(button["url"])
    assert "next_offset" not in answer  # the seed has far fewer than 50 results


@pytest.mark.usefixtures("running_app")
async def test_no_match_shows_the_help_button(fake_api: FakeBotApi) -> None:
    answer = await inline(fake_api, "what did Zelensky say about bananas")
    assert answer["results"] == []
    assert answer["button"]["start_parameter"] == "inline-help"


@pytest.mark.usefixtures("running_app")
async def test_empty_and_longest_queries(fake_api: FakeBotApi) -> None:
    assert (await inline(fake_api, ""))["button"]["start_parameter"] == "inline-help"
    longest = await inline(fake_api, ("hegseth nato " * 30)[:256])
    assert isinstance(longest["results"], list)
    past_the_end = await inline(fake_api, "hegseth nato", offset="500")
    assert past_the_end["results"] == []
    assert "button" not in past_the_end


@pytest.mark.usefixtures("running_app")
async def test_deep_link_opens_the_full_record(fake_api: FakeBotApi) -> None:
    answer = await inline(fake_api, "hegseth nato")
    match = LINK_RE.search(answer["results"][0]["input_message_content"]["message_text"])
    assert match
    await fake_api.send_private_text(ALICE, f"/start s_{match[1]}")
    record = (await fake_api.wait_for_call("sendMessage")).params["text"]
    assert "NATO membership" in record
    assert "Xinhua" in record
    assert "Article:" in record
    await fake_api.send_private_text(ALICE, "/start s_999999")
    assert "no longer" in (await fake_api.wait_for_call("sendMessage")).params["text"]
    await fake_api.send_private_text(ALICE, "/start inline-help")
    help_text = (await fake_api.wait_for_call("sendMessage")).params["text"]
    assert f"@{BOT_USER['username']}" in help_text


async def test_inline_pages_of_fifty(fake_api: FakeBotApi, running_app: Application) -> None:
    data = running_app.bot_data
    assert isinstance(data, BotData)
    paragraphs = [f'"Point number {i} on the harbour matters," Mayor Ann Lee said on Monday.'
                  for i in range(60)]
    text = "Mayor speaks at length about the harbour\n\n" + "\n\n".join(paragraphs)
    report = await ingest(data.require_store(), text)
    assert report.result.statement_count == 60
    first = await inline(fake_api, "Ann Lee harbour")
    assert len(first["results"]) == 50
    assert first["next_offset"] == "50"
    second = await inline(fake_api, "Ann Lee harbour", offset="50")
    assert len(second["results"]) == 10
    assert "next_offset" not in second
    ids = {r["id"] for r in first["results"]} | {r["id"] for r in second["results"]}
    assert len(ids) == 60
