"""`onrecord load`: article files, folders, JSONL of articles and URLs.

Every door goes through bot.ingest (one policy: an article without statements is
refused). Every refused input gets one line `LABEL: refused: reason` on stderr and makes
the exit status 1; nothing of a refused article is stored.
"""

from __future__ import annotations

import sys
from pathlib import Path

from bot.article import ArticleError
from bot.bulk import JSONL_SUFFIXES, load_bulk, read_items
from bot.config import Settings
from bot.ingest import EXTRACT_TIMEOUT, ingest
from bot.loading import article_files, load_url
from bot.models import LoadResult
from bot.store import open_store
from bot.store.port import Store
from bot.workers import shared_pool

# More files than this (or any JSONL) are loaded in bulk: batches, progress bar, summary.
BULK_MIN_FILES = 20


def refuse(label: object, reason: object) -> None:
    print(f"{label}: refused: {one_line(reason)}", file=sys.stderr)


def one_line(reason: object) -> str:
    return " ".join(str(reason).split()) or "unreadable"


async def cmd_load(settings: Settings, args: list[str], quiet: bool = False,
                   batch_size: int = 200, timeout: float | None = EXTRACT_TIMEOUT) -> int:
    urls = [a for a in args if a.startswith(("http://", "https://"))]
    paths = [Path(a) for a in args if a not in urls]
    shared_pool(settings.extract_workers)
    store = await open_store(settings)
    try:
        refused = await _load_urls(store, urls, settings, timeout)
        if _is_bulk(paths):
            refused += await _load_bulk(store, paths, settings, quiet, batch_size, timeout)
        elif paths:
            refused += await _load_files(store, paths, settings, timeout)
    finally:
        await store.close()
    return 1 if refused else 0


def _is_bulk(paths: list[Path]) -> bool:
    try:
        return any(p.suffix in JSONL_SUFFIXES or (p.is_dir() and any(p.glob("*.jsonl")))
                   for p in paths) or len(article_files(paths)) > BULK_MIN_FILES
    except OSError:  # an unreadable folder: the per-file path reports it
        return False


async def _load_urls(store: Store, urls: list[str], settings: Settings,
                     timeout: float | None) -> int:
    refused = 0
    for url in urls:
        try:
            result = await load_url(store, url, settings, timeout)
        except (ArticleError, OSError) as exc:
            refused += 1
            refuse(url, exc)
            continue
        report(url, result)
    return refused


async def _load_bulk(store: Store, paths: list[Path], settings: Settings, quiet: bool,
                     batch_size: int, timeout: float | None) -> int:
    progress = not quiet and sys.stderr.isatty()
    items = list(read_items(paths, settings.max_article_bytes))
    summary = await load_bulk(store, items, batch_size=max(1, batch_size),
                              progress=progress, total=len(items), timeout=timeout)
    for label, reason in summary.refused:
        refuse(label, reason)
    print(summary.line())
    return len(summary.refused)


async def _load_files(store: Store, paths: list[Path], settings: Settings,
                      timeout: float | None) -> int:
    """A few files (saved web pages read with trafilatura): one line per article."""
    refused = 0
    for item in read_items(paths, settings.max_article_bytes):
        try:
            if item.text is None:
                raise ArticleError(item.error or "unreadable")
            loaded = await ingest(store, item.text, timeout=timeout, **item.meta)
        except ArticleError as exc:
            refused += 1
            refuse(item.label, exc)
            continue
        report(item.label, loaded.result)
    return refused


def report(label: str, result: LoadResult) -> None:
    """One line per stored (or already stored) article, then its speakers."""
    state = "stored" if result.created else "already stored"
    print(f"{label}: {state}: {result.title!r}, {result.statement_count} statements")
    for name in result.speakers:
        print(f"  - {name}")
