"""The one no-statements policy at every door: the same article, in which nobody is quoted
or reported, is refused with the same message (bot.ingest.NO_STATEMENTS) and nothing of it
stored, whether it comes as a CLI file, a folder, a JSONL line, a URL, the seeds, or as
Telegram /load of text, a document, a forwarded message or a URL; the same doors store
an article with statements."""

from __future__ import annotations

import asyncio
import functools
import json
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from html import escape
from pathlib import Path

import fake_extractors
import pytest
from conftest import ADMIN, ARTICLES, polling
from fake_bot_api import FakeBotApi
from fake_updates import private_chat
from fake_web import FakeWeb, Route
from telegram.ext import Application

from bot import ingest
from bot.cli import main
from bot.config import Settings
from bot.ingest import NO_STATEMENTS
from bot.loading import load_seeds_if_empty
from bot.store import Store
from handlers import admin_load
from handlers.app import build_application
from handlers.context import BotData

NO_STATEMENTS_ARTICLE = (
    "New crane arrives at the harbour\n\n"
    "A new crane arrived at the harbour on Tuesday. It is the largest in the region and "
    "will be in use from May.\n\n"
    "The old crane will be taken down next year.\n"
)
WITH_STATEMENTS = (ARTICLES / "vogt_budget.txt").read_text(encoding="utf-8")
REFUSED = f"Could not load: {escape(NO_STATEMENTS)}\nNothing was stored."


@dataclass
class Door:
    """Where the CLI doors write their input and find their database."""

    tmp: Path
    web: FakeWeb
    capsys: pytest.CaptureFixture[str]
    caplog: pytest.LogCaptureFixture

    @property
    def db(self) -> Path:
        return self.tmp / "db" / "doors.db"

    async def cli(self, *argv: str) -> str:
        """`onrecord ARGV` (in a thread: this loop serves the web pages): the reason of
        the one `LABEL: refused: reason` line it printed, else "stored"."""
        status = await asyncio.to_thread(main, list(argv))
        captured = self.capsys.readouterr()
        if status == 0:
            assert captured.err == "" and ("stored" in captured.out or "loaded 1" in captured.out)
            return "stored"
        (line,) = captured.err.strip().splitlines()
        assert status == 1
        return line.split(": refused: ", 1)[1]

    async def articles(self) -> int:
        async with await Store.open(self.db) as store:
            return await store.article_count()


async def cli_file(door: Door, text: str) -> str:
    (door.tmp / "a.txt").write_text(text, encoding="utf-8")
    return await door.cli("load", str(door.tmp / "a.txt"))


async def cli_folder(door: Door, text: str) -> str:
    (door.tmp / "in").mkdir()
    (door.tmp / "in" / "a.md").write_text(text, encoding="utf-8")
    return await door.cli("load", str(door.tmp / "in"))


async def cli_jsonl(door: Door, text: str) -> str:
    (door.tmp / "a.jsonl").write_text(json.dumps({"doc_id": "a", "text": text}) + "\n")
    return await door.cli("load", "--quiet", str(door.tmp / "a.jsonl"))


async def cli_url(door: Door, text: str) -> str:
    door.web.routes["/a.txt"] = Route(text.encode(), content_type="text/plain; charset=utf-8")
    return await door.cli("load", door.web.url("/a.txt"))


async def seeds(door: Door, text: str) -> str:
    (door.tmp / "seeds").mkdir()
    (door.tmp / "seeds" / "a.txt").write_text(text, encoding="utf-8")
    async with await Store.open(door.db) as store:
        loaded = await load_seeds_if_empty(store, door.tmp / "seeds")
    if loaded:
        return "stored"
    (record,) = [r for r in door.caplog.records if r.name == "bot.loading"]
    return record.getMessage().split(" refused: ", 1)[1]


CliDoor = Callable[[Door, str], Awaitable[str]]


@pytest.mark.parametrize("door", [cli_file, cli_folder, cli_jsonl, cli_url, seeds],
                         ids=lambda d: d.__name__)
@pytest.mark.parametrize(("text", "stored"), [(NO_STATEMENTS_ARTICLE, False),
                                              (WITH_STATEMENTS, True)],
                         ids=["no statements", "statements"])
async def test_cli_and_seed_doors(
    door: CliDoor, text: str, stored: bool, tmp_path: Path, web: FakeWeb,
    capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("ONRECORD_DB_PATH", str(tmp_path / "db" / "doors.db"))
    monkeypatch.setenv("ONRECORD_ALLOW_PRIVATE_URLS", "true")
    caplog.set_level(logging.WARNING, logger="bot.loading")
    here = Door(tmp_path, web, capsys, caplog)
    said = await door(here, text)
    if stored:
        assert said.startswith("stored") and await here.articles() == 1, said
    else:
        assert said == NO_STATEMENTS and await here.articles() == 0


@pytest.fixture
async def app(fake_api: FakeBotApi, bot_settings: Settings) -> AsyncIterator[Application]:
    settings = bot_settings.model_copy(update={"allow_private_urls": True})
    async with polling(build_application(settings)) as running:
        yield running


async def reply(fake_api: FakeBotApi) -> str:
    call = await fake_api.wait_for_call("sendMessage", lambda p: p["chat_id"] == ADMIN)
    return str(call.params["text"])


async def telegram_text(fake_api: FakeBotApi, web: FakeWeb, text: str) -> str:
    await fake_api.send_private_text(ADMIN, f"/load {text}")
    return await reply(fake_api)


async def telegram_document(fake_api: FakeBotApi, web: FakeWeb, text: str) -> str:
    await fake_api.send_document(private_chat(ADMIN), ADMIN, "a.txt", text.encode(),
                                 caption="/load")
    return await reply(fake_api)


async def telegram_forward(fake_api: FakeBotApi, web: FakeWeb, text: str) -> str:
    origin = {"type": "channel", "date": 1, "message_id": 5,
              "chat": {"id": -1005, "type": "channel", "title": "Wire", "username": "wire"}}
    forwarded = await fake_api.send_private_text(ADMIN, text, forward_origin=origin)
    await reply(fake_api)  # answered as a question, like any text
    await fake_api.send_private_text(ADMIN, "/load", reply_to=forwarded["message"])
    return await reply(fake_api)


async def telegram_url(fake_api: FakeBotApi, web: FakeWeb, text: str) -> str:
    web.routes["/a.txt"] = Route(text.encode(), content_type="text/plain; charset=utf-8")
    await fake_api.send_private_text(ADMIN, f"/load {web.url('/a.txt')}")
    return await reply(fake_api)


@pytest.mark.parametrize(
    "door", [telegram_text, telegram_document, telegram_forward, telegram_url],
    ids=lambda d: d.__name__)
async def test_telegram_doors_refuse_an_article_without_statements(
    door: Callable[[FakeBotApi, FakeWeb, str], Awaitable[str]], fake_api: FakeBotApi,
    app: Application, web: FakeWeb,
) -> None:
    data = app.bot_data
    assert isinstance(data, BotData)
    before = await data.require_store().article_count()
    assert await door(fake_api, web, NO_STATEMENTS_ARTICLE) == REFUSED
    assert await data.require_store().article_count() == before


async def test_telegram_load_past_the_time_limit_kills_its_worker(
    fake_api: FakeBotApi, app: Application, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Before bot.ingest, /load gave up after 30 s while its thread went on extracting.
    monkeypatch.setattr(ingest, "EXTRACTOR", fake_extractors.stuck_or_dying)
    monkeypatch.setattr(admin_load, "ingest", functools.partial(ingest.ingest, timeout=0.5))
    pid_file = tmp_path / "pid"
    await fake_api.send_private_text(
        ADMIN, "/load " + fake_extractors.stuck_text(WITH_STATEMENTS, pid_file))
    answer = await reply(fake_api)
    assert answer.startswith("Could not load: Too slow: extraction took longer than 0.5 s")
    assert answer.endswith("Nothing was stored.")
    assert not fake_extractors.alive(int(pid_file.read_text()))
    await fake_api.send_private_text(ADMIN, f"/load {WITH_STATEMENTS}")  # the next one loads
    assert "Klara Vogt" in await reply(fake_api)
