"""End to end: the token stays out of logs, cards escape article and user text.

(Admin rights on button presses: test_telegram_admin.py::test_sources_stats_and_forget
has a non-admin press /forget's confirm button: refused, nothing removed.)
"""

from __future__ import annotations

import logging

import pytest
from conftest import ADMIN, TEST_TOKEN
from fake_bot_api import FakeBotApi
from telegram_html import parse_html

from handlers.errors import SORRY
from handlers.redact import MASK

QUOTE = ("We will keep <b>income taxes</b> & <a href='https://evil.example/x'>fees</a> "
         "exactly where they are")
SOURCE = "Test Wire & <i>Partners</i>"
ARTICLE = f"""Vogt says <b>taxes</b> & <a href='https://evil.example/t'>fees</a> stay put

Source: {SOURCE}
Date: March 3, 2025

BERLIN, March 3 (Test Wire) -- German Finance Minister Klara Vogt on Monday ruled out \
any increase in income taxes this year.

"{QUOTE}," Vogt told reporters in Berlin.
"""


@pytest.mark.usefixtures("running_app")
async def test_the_token_never_appears_in_logs_even_at_debug_with_faults_and_errors(
    fake_api: FakeBotApi, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="httpx")  # the CLI quiets it; not here
    await fake_api.wait_for_call("getUpdates")
    fake_api.inject("getUpdates", "500")
    fake_api.inject("getUpdates", "drop")
    fake_api.inject("sendMessage", "drop")
    fake_api.inject("sendMessage", "502", times=4)  # retries exhausted: the error handler
    await fake_api.send_private_text(1001, "Hegseth NATO")
    await fake_api.wait_for_call("sendMessage", lambda p: p["text"] == SORRY, timeout=10)
    fake_api.fail_next("sendMessage", 400, "Bad Request: chat not found")
    await fake_api.send_private_text(1002, "/help")
    await fake_api.wait_for_call("sendMessage", lambda p: p["text"] == SORRY, timeout=10)
    assert [r for r in caplog.records if r.name == "handlers.errors"]
    assert MASK in caplog.text  # URLs were logged (httpx), with the token blanked out
    assert TEST_TOKEN not in caplog.text
    for record in caplog.records:
        assert TEST_TOKEN not in record.getMessage()
        assert TEST_TOKEN not in (record.exc_text or "")
    assert all(TEST_TOKEN not in str(c.params.get("text")) for c in fake_api.calls)


@pytest.mark.usefixtures("running_app")
async def test_cards_show_article_html_as_text(fake_api: FakeBotApi) -> None:
    """Tags and & in an article arrive as visible text: no bold, no link, no parse error."""
    await fake_api.send_private_text(ADMIN, f"/load {ARTICLE}")
    loaded = await fake_api.wait_for_call("sendMessage", lambda p: p["chat_id"] == ADMIN)
    assert "Klara Vogt" in loaded.params["text"]
    await fake_api.send_private_text(1001, "who said we will keep income taxes exactly")
    card = await fake_api.wait_for_call("sendMessage", lambda p: p["chat_id"] == 1001)
    assert card.processed  # the fake server parsed it as Telegram would
    visible, entities = parse_html(card.params["text"])
    assert QUOTE in visible  # the quote reads exactly as the article wrote it
    assert SOURCE in visible
    assert not [e for e in entities if "evil.example" in e.get("url", "")]
    start = len(visible[: visible.index(QUOTE)].encode("utf-16-le")) // 2
    end = start + len(QUOTE.encode("utf-16-le")) // 2
    inside = [e for e in entities if start <= e["offset"] < end]
    assert all(e["offset"] + e["length"] >= end for e in inside)  # nothing tags part of it
