"""bot.loading: documents, HTML and URLs read and handed to bot.ingest, with reports and
refusals (the deadline and the policy at every door: test_ingest.py, test_ingest_doors.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import ARTICLES
from fake_web import FakeWeb, Route

from bot.article import ArticleError
from bot.config import Settings
from bot.fetch import FetchError
from bot.ingest import NoStatementsError, TooLarge, ingest
from bot.loading import load_url, store_document, store_html
from bot.search import search
from bot.store import Store

ARTICLE = (ARTICLES / "vogt_budget.txt").read_bytes()
LIMIT = 100_000


@pytest.fixture
async def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    async with await Store.open(tmp_path / "t.db") as opened:
        yield opened


def settings(tmp_path: Path, **values: object) -> Settings:
    return Settings(_env_file=None, ONRECORD_DB_PATH=tmp_path / "x.db", **values)  # type: ignore[arg-type]


async def test_text_document_report_and_duplicate(store: Store) -> None:
    report = await store_document(store, ARTICLE, "vogt.md", max_bytes=LIMIT)
    assert report.result.created and not report.duplicate
    assert report.article.title.startswith("German finance minister")
    assert report.article.source == "Test Wire"
    assert {s.speaker for s in report.statements} >= {"Klara Vogt", "Jonas Brandt"}
    # A byte-order mark is dropped, so the same text is the same article.
    again = await store_document(store, b"\xef\xbb\xbf" + ARTICLE, "vogt.txt", max_bytes=LIMIT)
    assert again.duplicate and again.result.article_id == report.result.article_id


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"\xff\xfe\x00\x00bad", "a.txt", "Bad encoding"),
        (b"%PDF-1.4", "a.pdf", "Not an article file"),
        (ARTICLE, "big.txt", "Too large"),
        (b"Headline\n\nA paragraph of prose without any quotes at all here.", "a.txt",
         "No statements found"),
        (b"<html><body><nav>menu</nav></body></html>", "a.html",
         "Not an article|No article body"),
    ],
)
async def test_refusals_store_nothing(store: Store, data: bytes, name: str, message: str) -> None:
    limit = 100 if name == "big.txt" else LIMIT
    with pytest.raises(ArticleError, match=message):
        await store_document(store, data, name, max_bytes=limit)
    assert await store.article_count() == 0


async def test_text_and_html(store: Store) -> None:
    with pytest.raises(NoStatementsError):
        await ingest(store, "Title\n\nSome words in a paragraph without any speakers.")
    paragraphs = "".join(f"<p>{p}</p>" for p in ARTICLE.decode().split("\n\n")[2:])
    markup = f"<html><head><title>Budget</title></head><body><article>{paragraphs}</article>"
    report = await store_html(store, markup + "</body></html>", url="https://example.com/b")
    assert report.article.url == "https://example.com/b"
    outcome = await search(store, "vogt income taxes")
    assert outcome.hits and outcome.hits[0].statement.url == "https://example.com/b"


async def test_load_url(store: Store, web: FakeWeb, tmp_path: Path) -> None:
    web.routes["/a.txt"] = Route(ARTICLE, content_type="text/plain; charset=utf-8")
    allowed = settings(tmp_path, ONRECORD_ALLOW_PRIVATE_URLS="1")
    result = await load_url(store, web.url("/a.txt"), allowed)
    assert result.created and result.statement_count >= 2
    with pytest.raises(FetchError) as refused:
        await load_url(store, web.url("/a.txt"), settings(tmp_path))
    assert refused.value.reason == "private"
    small = settings(tmp_path, ONRECORD_ALLOW_PRIVATE_URLS="true", ONRECORD_MAX_ARTICLE_BYTES="50")
    with pytest.raises(TooLarge, match="Too large"):
        await load_url(store, web.url("/a.txt"), small)
    assert await store.article_count() == 1


def test_settings_defaults(tmp_path: Path) -> None:
    values = settings(tmp_path)
    assert values.allow_private_urls is False
    assert values.max_article_bytes == 2_000_000
    assert values.fetch_timeout == 15
    assert values.group_cooldown == 60
    assert values.extract_workers == min(2, os.cpu_count() or 1)
    assert settings(tmp_path, ONRECORD_EXTRACT_WORKERS="3").extract_workers == 3
