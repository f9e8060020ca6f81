"""End to end (issue 12): the first answer a user gets in a private chat, through the fake
Bot API server, over a made-up article (tests/articles/harbor_council.txt): a misspelt
name typed before a word that names someone else, a name typed without its apostrophe,
a surname two speakers share, a long speech naming the word once, a belief."""

from __future__ import annotations

from pathlib import Path

import pytest
from fake_bot_api import FakeBotApi
from telegram.ext import Application

from bot.ingest import ingest
from handlers.context import BotData

HARBOR = Path(__file__).resolve().parent / "articles" / "harbor_council.txt"
ALICE = 1001


@pytest.fixture
async def app(running_app: Application) -> Application:
    data = running_app.bot_data
    assert isinstance(data, BotData)
    await ingest(data.require_store(), HARBOR.read_text(encoding="utf-8"))
    return running_app


@pytest.mark.usefixtures("app")
@pytest.mark.parametrize(("question", "shown", "not_shown"), [
    ("dwarte report", ["The ferry report came three weeks late", "Ines Duarte"], None),
    ("odea tunnel", ["the tunnel under the harbor would reopen", "James O'Dea"], None),
    # the Hale quoted most, his statement about the tax code before his long speech
    ("hale tax", ["the tax code for dock owners would be rewritten", "Victor Hale"],
     "Nora Hale"),
    ("duarte budget", ["the harbor budget had to grow", "reported speech"],
     "reported belief"),
    # negative rows: the whole name, a belief asked for (labelled as one)
    ("nora hale tax", ["Nobody on the docks understands this tax code", "Nora Hale"],
     "Victor Hale"),
    ("what does Duarte believe about the budget",
     ["the harbor budget is too small", "reported belief, not a quotation"], "had to grow"),
])
async def test_first_answer_in_private_chat(fake_api: FakeBotApi, question: str,
                                            shown: list[str], not_shown: str | None) -> None:
    await fake_api.send_private_text(ALICE, question)
    call = await fake_api.wait_for_call("sendMessage", lambda p: p["chat_id"] == ALICE)
    first = str(call.params["text"]).replace("&#x27;", "'").split("\n\n")[0]
    assert all(part in first for part in shown), first
    assert not_shown is None or not_shown not in first, first


@pytest.mark.usefixtures("app")
async def test_nothing_from_the_speaker_typed_first(fake_api: FakeBotApi) -> None:
    """A name typed first that said nothing on the word is not given up for a later one."""
    await fake_api.send_private_text(ALICE, "duarte dredging")
    call = await fake_api.wait_for_call("sendMessage", lambda p: p["chat_id"] == ALICE)
    assert "Nothing from Councillor Ines Duarte on dredging" in str(call.params["text"])
