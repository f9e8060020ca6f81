"""End to end: every surface shows the seed's statements as the article has them.

The seed article splits two of Hegseth's quotations with an attribution
('...settlement," Hegseth said. "Instead, ...'), reports his ruling out of NATO
accession, and quotes 'unrealistic objective' inside a reported clause. Private chat,
group cards, inline results and the message an inline pick sends must all show the
article's characters between the marks, the reporting verb, and balanced marks.
"""

from __future__ import annotations

import html
import re

import pytest
from fake_bot_api import BOT_USER, FakeBotApi

ALICE = 1001
GROUP = -100777
BOT = f"@{BOT_USER['username']}"

SPLIT = ("“The United States does not believe that NATO membership for Ukraine is a realistic"
         " outcome of a negotiated settlement,” Hegseth said. “Instead, any security guarantee")
REPORTED = "Hegseth on Wednesday ruled out Ukraine"
CRIMEA = "the secretary called it an “unrealistic objective” that the borders between Ukraine"
INVENTED = "settlement, Instead"  # the comma join the article never wrote


def plain(markup: str) -> str:
    """What a reader sees: tags dropped, entities decoded."""
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


def assert_balanced(text: str) -> None:
    depth = 0
    for ch in text:
        if ch in "“”":
            depth += 1 if ch == "“" else -1
            assert depth in (0, 1), text
    assert depth == 0, text


async def private(fake_api: FakeBotApi, text: str) -> str:
    await fake_api.send_private_text(ALICE, text)
    call = await fake_api.wait_for_call("sendMessage", lambda p: p["chat_id"] == ALICE)
    return plain(call.params["text"])


async def group(fake_api: FakeBotApi, text: str) -> str:
    await fake_api.send_group_text(GROUP, ALICE, f"/ask{BOT} {text}")
    call = await fake_api.wait_for_call("sendMessage", lambda p: p["chat_id"] == GROUP)
    return plain(call.params["text"])


async def inline(fake_api: FakeBotApi, query: str) -> list[dict]:
    update = await fake_api.send_inline_query(ALICE, query, "")
    query_id = update["inline_query"]["id"]
    call = await fake_api.wait_for_call(
        "answerInlineQuery", lambda p: p["inline_query_id"] == query_id)
    return call.params["results"]


@pytest.mark.usefixtures("running_app")
async def test_private_chat_shows_quotations_as_the_article_has_them(
        fake_api: FakeBotApi) -> None:
    text = await private(fake_api, "what did Hegseth say on NATO")
    assert SPLIT in text
    assert INVENTED not in text
    assert_balanced(text)
    reported = await private(fake_api, "what did Hegseth say about accession")
    assert REPORTED in reported and "reported speech, not verbatim" in reported
    crimea = await private(fake_api, "hegseth crimea")
    assert CRIMEA in crimea and "objective” that" in crimea
    assert_balanced(crimea)


@pytest.mark.parametrize(("query", "expected"), [
    ("hegseth nato", SPLIT),
    ("hegseth accession", REPORTED),
    ("hegseth crimea", CRIMEA),
])
@pytest.mark.usefixtures("running_app")
async def test_group_card_shows_the_statement_faithfully(
        fake_api: FakeBotApi, query: str, expected: str) -> None:
    text = await group(fake_api, query)
    assert expected[:200] in text
    assert INVENTED not in text
    assert_balanced(text)


@pytest.mark.usefixtures("running_app")
async def test_group_card_keeps_the_reporting_verb_and_label(fake_api: FakeBotApi) -> None:
    text = await group(fake_api, "hegseth accession")
    assert "ruled out" in text and "reported speech, not verbatim" in text


@pytest.mark.parametrize(("query", "expected"), [
    ("hegseth nato", SPLIT),
    ("hegseth accession", REPORTED),
    ("hegseth crimea", CRIMEA),
])
@pytest.mark.usefixtures("running_app")
async def test_inline_result_and_picked_message_are_faithful(
        fake_api: FakeBotApi, query: str, expected: str) -> None:
    results = await inline(fake_api, query)
    first = results[0]
    message = plain(first["input_message_content"]["message_text"])
    assert expected in message
    assert INVENTED not in message
    assert_balanced(message)
    description = first["description"]
    assert description.rstrip("”").rstrip("…").rstrip() in message
    assert_balanced(description)


@pytest.mark.usefixtures("running_app")
async def test_inline_title_says_reported_speech_is_reported(fake_api: FakeBotApi) -> None:
    results = await inline(fake_api, "hegseth accession")
    assert results[0]["title"].startswith("Pete Hegseth, reported — ")
    assert "ruled out" in plain(results[0]["input_message_content"]["message_text"])
