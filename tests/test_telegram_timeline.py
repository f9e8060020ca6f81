"""End to end through the fake Bot API (issue 14): /timeline on a store of several
articles: the order said with dates and sources, a quote two outlets reported merged,
paging buttons, and the reversal built into the articles flagged 'changed?'."""

from __future__ import annotations

import re

import pytest
from conftest import ADMIN
from fake_bot_api import FakeBotApi
from follow_fakes import QUINT
from test_telegram_admin import ask

from bot import timeline_render
from handlers import timeline as timeline_handler

READER = 503


def entries(text: str) -> list[str]:
    """The entry head lines of a page: '1. Jan 9, 2025 · Test Wire, reported by 2'."""
    return [line for line in re.sub(r"<[^>]+>", "", text).splitlines()
            if re.match(r"\d+\. ", line)]


@pytest.mark.usefixtures("running_app")
async def test_timeline_orders_merges_pages_and_flags(
    fake_api: FakeBotApi, monkeypatch: pytest.MonkeyPatch
) -> None:
    for module in (timeline_render, timeline_handler):
        monkeypatch.setattr(module, "PAGE_SIZE", 2)
    for text in QUINT:  # loaded out of order: March, February, January twice
        assert "Loaded" in await ask(fake_api, f"/load {text}", ADMIN)
    await fake_api.send_private_text(READER, "/timeline quint tariffs")
    first = await fake_api.wait_for_call("sendMessage", lambda p: p["chat_id"] == READER)
    text = str(first.params["text"])
    assert "Mara Quint on tariffs</b> — 3 statements, in the order said (page 1 of 2)" in text
    assert entries(text) == ["1. Jan 9, 2025 · Test Wire, reported by 2",
                             "2. Feb 6, 2025 · Test Wire"]
    assert "“We will raise tariffs on imported steel”" in text and "changed?" not in text
    (row,) = first.params["reply_markup"]["inline_keyboard"]
    assert [b["text"] for b in row] == ["Later »"]
    message = next(m for (chat, _), m in fake_api.messages.items()
                   if chat == READER and m.get("from", {}).get("is_bot"))
    await fake_api.press_button(message, row[0]["callback_data"], READER)
    later = await fake_api.wait_for_call("editMessageText")
    page = str(later.params["text"])
    assert entries(page) == ["3. Mar 4, 2025 · Test Wire"]
    assert "“We will not raise tariffs on imported steel this year”" in page
    flag = re.search(r'changed\?</i> see <a href="([^"]+)">#1</a>', page)
    assert flag and re.search(r"start=s_\d+$", flag[1])
    assert "(“will raise” then “will not raise”)" in page
    back = later.params["reply_markup"]["inline_keyboard"][0]
    assert [b["text"] for b in back] == ["« Earlier"]


@pytest.mark.usefixtures("running_app")
async def test_timeline_of_nobody_and_without_arguments(fake_api: FakeBotApi) -> None:
    assert "No statement by zelensky" in await ask(fake_api, "/timeline zelensky nato", READER)
    assert "/timeline Hegseth NATO" in await ask(fake_api, "/timeline", READER)
