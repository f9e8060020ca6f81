"""bot.ingest: the deadline that kills a stuck extraction's worker (and the pool going on),
worker deaths, the checks, and the one acronym finder."""

from __future__ import annotations

import ast
import json
import time
from collections.abc import AsyncIterator
from pathlib import Path

import fake_extractors
import pytest
from conftest import ARTICLES, ROOT
from fake_extractors import DIES, alive, stuck_text

from bot import ingest
from bot.article import ArticleError
from bot.bulk import load_bulk, read_items
from bot.ingest import ExtractionTimeout, TooLarge, check_size, decode
from bot.store import Store
from bot.workers import shared_pool

ARTICLE = (ARTICLES / "vogt_budget.txt").read_text(encoding="utf-8")


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    async with await Store.open(tmp_path / "ingest.db") as opened:
        yield opened


@pytest.fixture
def stuck_or_dying(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest, "EXTRACTOR", fake_extractors.stuck_or_dying)


def stuck_article(pid_file: Path) -> str:
    return stuck_text(ARTICLE, pid_file)


@pytest.mark.usefixtures("stuck_or_dying")
async def test_a_stuck_extraction_is_killed_and_the_pool_goes_on(
        store: Store, tmp_path: Path) -> None:
    pid_file = tmp_path / "pid"
    started = time.monotonic()
    with pytest.raises(ExtractionTimeout,
                       match=r"^Too slow: extraction took longer than 0\.5 s and was stopped"):
        await ingest.ingest(store, stuck_article(pid_file), timeout=0.5)
    assert time.monotonic() - started < 5
    stuck = int(pid_file.read_text())
    assert not alive(stuck), "the stuck worker still runs"
    assert await store.article_count() == 0
    report = await ingest.ingest(store, ARTICLE, timeout=10)  # the next article: stored
    assert report.result.created and report.result.statement_count >= 2
    assert stuck not in shared_pool().pids()


@pytest.mark.usefixtures("stuck_or_dying")
async def test_bulk_refuses_the_stuck_and_the_dying_article_and_stores_the_others(
        store: Store, tmp_path: Path) -> None:
    texts = [ARTICLE.replace("Vogt", name) for name in ("Berg", "Lind", "Holm", "Falk")]
    texts[1] = stuck_article(tmp_path / "pid")
    texts[2] = texts[2].replace("\n\n", f"\n\n{DIES}\n\n", 1)
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps({"doc_id": f"d{n}", "text": t}) + "\n"
                            for n, t in enumerate(texts)), encoding="utf-8")
    # 3 s: a replaced worker starts (imports the extractor) within its task's deadline
    # even on a busy machine; the stuck article never ends, so it still meets the deadline.
    summary = await load_bulk(store, read_items([path]), progress=False, timeout=3.0)
    assert summary.loaded == 2 and await store.article_count() == 2
    refused = dict(summary.refused)
    assert refused[f"{path}:d1"].startswith("Too slow: extraction took longer than 3 s")
    assert refused[f"{path}:d2"].startswith("The extraction worker process died")
    assert not alive(int((tmp_path / "pid").read_text()))


async def test_an_unexpected_error_refuses_that_article_only(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest, "EXTRACTOR", int)  # ValueError on any article
    with pytest.raises(ArticleError, match=r"^internal error: ValueError"):
        await ingest.ingest(store, ARTICLE)
    monkeypatch.undo()
    assert (await ingest.ingest(store, ARTICLE)).result.created


@pytest.mark.parametrize(
    ("check", "message"),
    [
        (lambda: check_size(2_000_001, 2_000_000),
         "Too large: 2,000,001 bytes, the limit is 2,000,000 bytes (ONRECORD_MAX_ARTICLE_BYTES)."),
        (lambda: check_size(65_536, 1_000, at_least=True),
         "Too large: 65,536 bytes or more, the limit is 1,000 bytes"),
        (lambda: decode(b"\xff\xfe\x00bad", "a.txt"), "Bad encoding: a.txt is not UTF-8 text."),
        (lambda: decode(b"caf\xe9", "the page", "no-such-charset"),
         "Bad encoding: the page is not valid no-such-charset text."),
        (lambda: ingest.check_text("Title\n\n" + "x" * 20_001),
         "Not article text: a paragraph of 20,001 characters"),
        (lambda: ingest.check_text("Title\n\nlone \udc80 surrogate"),
         "Bad encoding: not valid Unicode text (a lone surrogate)."),
    ],
)
def test_the_checks_refuse_with_one_clear_line(check: object, message: str) -> None:
    with pytest.raises(ArticleError) as refused:
        check()  # type: ignore[operator]
    assert str(refused.value).startswith(message) and "\n" not in str(refused.value)


@pytest.mark.parametrize(
    ("size", "refused"), [(1_000, False), (1_001, True), (0, False)])
def test_the_size_limit_is_inclusive(size: int, refused: bool) -> None:
    if refused:
        with pytest.raises(TooLarge):
            check_size(size, 1_000)
    else:
        check_size(size, 1_000)
    check_size(10**9, None)  # no limit


async def test_pasted_text_over_the_limit_is_refused_before_extraction(store: Store) -> None:
    with pytest.raises(TooLarge, match="the limit is 100 bytes"):
        await ingest.ingest(store, ARTICLE, max_bytes=100)
    assert await store.article_count() == 0


def calls_and_definitions(name: str) -> tuple[list[str], list[str]]:
    """Modules of bot/ and handlers/ calling `name`, and those defining an acronym finder."""
    calls, finders = [], []
    for path in sorted([*ROOT.glob("bot/**/*.py"), *ROOT.glob("handlers/**/*.py")]):
        relative = str(path.relative_to(ROOT))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                called = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(
                    node.func, "id", None)
                if called == name:
                    calls.append(relative)
            if isinstance(node, ast.FunctionDef) and (
                    ("acronym" in node.name and "find" in node.name) or node.name == name):
                finders.append(relative)
    return calls, finders


def test_one_acronym_finder_called_once_by_extraction_and_never_by_the_store() -> None:
    calls, finders = calls_and_definitions("topic_aliases")
    assert finders == ["bot/extraction/acronyms.py"]
    assert calls == ["bot/extraction/__init__.py"]


async def test_the_acronyms_an_article_defines_are_stored_as_extraction_found_them(
        store: Store) -> None:
    text = ARTICLE.replace("said", "said in a Freedom of Information Act (FOIA) request", 1)
    report = await ingest.ingest(store, text)
    assert report.result.created
    assert await store.aliases_for(["foia"]) == [("FOIA", "Freedom of Information Act")]
