"""The doors' readers: article files, documents, web pages and the seeds -> bot.ingest.

These functions only read their input (size checked before reading, then decoded) into
text and metadata; bot.ingest checks it, extracts its statements in the worker pool,
applies the one policy (no statements: refused) and stores it. Bulk loading of folders
and JSONL is bot.bulk.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.article import ArticleError
from bot.backfill import refresh_displays
from bot.fetch import FetchError, PageText, decode_html, fetch_url, html_to_article
from bot.ingest import (
    EXTRACT_TIMEOUT,
    LoadReport,
    check_size,
    decode,
    ingest,
)
from bot.ingest import extract_text as extract_text  # benchmarks import it from here
from bot.models import LoadResult
from bot.store.port import Store

if TYPE_CHECKING:
    from bot.config import Settings

log = logging.getLogger(__name__)

# File endings read as article text by `onrecord load DIR` and the seed loader.
ARTICLE_SUFFIXES = (".txt", ".md")
# Documents accepted by /load: plain text and Markdown, or a saved web page.
TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
DOCUMENT_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES


def read_article_file(path: Path, max_bytes: int | None = None) -> str:
    """A UTF-8 article file's text; a size over `max_bytes` (checked before reading) or
    another encoding is an ArticleError."""
    check_size(path.stat().st_size, max_bytes)
    return decode(path.read_bytes(), path.name)


def read_html_file(path: Path, max_bytes: int | None = None) -> tuple[str, dict[str, Any]]:
    """A saved web page's main text and metadata (trafilatura); ArticleError if none."""
    check_size(path.stat().st_size, max_bytes)
    page = html_to_article(decode_html(path.read_bytes()))
    return page.text, page_meta(page)


def page_meta(page: PageText, url: str | None = None) -> dict[str, Any]:
    """The article metadata trafilatura found on a page (`url` where it named none)."""
    meta = {"title": page.title, "source": page.source, "url": page.url or url,
            "published": page.published}
    return {k: v for k, v in meta.items() if v is not None}


def article_files(paths: list[Path]) -> list[Path]:
    """Expand folders into their article files, sorted; files are kept as given."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.iterdir() if p.suffix in ARTICLE_SUFFIXES))
        else:
            found.append(path)
    return found


async def load_seeds_if_empty(store: Store, seeds_dir: Path) -> list[LoadResult]:
    """On first start (no articles yet) load every seed article through bot.ingest (a
    seed it refuses is logged and skipped); on a later start, give statements stored by
    an earlier version their display (bot.backfill)."""
    if await store.article_count() > 0:
        await refresh_displays(store)
        return []
    if not seeds_dir.is_dir():
        return []
    results = []
    for path in article_files([seeds_dir]):
        try:
            report = await ingest(store, read_article_file(path))
        except ArticleError as exc:
            log.warning("seed %s refused: %s", path.name, exc)
            continue
        log.info("seeded %s: %d statements", path.name, report.result.statement_count)
        results.append(report.result)
    return results


async def store_html(store: Store, markup: str, *, url: str | None = None,
                     max_bytes: int | None = None,
                     timeout: float | None = EXTRACT_TIMEOUT) -> LoadReport:
    """Read the main text and metadata of an HTML page with trafilatura, then ingest it."""
    page = html_to_article(markup, url)
    return await ingest(store, page.text, max_bytes=max_bytes, timeout=timeout,
                        **page_meta(page, url))


async def store_document(store: Store, data: bytes, filename: str, *, max_bytes: int,
                         **meta: Any) -> LoadReport:
    """A .txt, .md or .html document's bytes -> stored article."""
    check_size(len(data), max_bytes)
    suffix = Path(filename).suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return await ingest(store, decode(data, filename), **meta)
    if suffix in HTML_SUFFIXES:
        return await store_html(store, decode_html(data))
    kinds = ", ".join(DOCUMENT_SUFFIXES)
    raise FetchError(f"Not an article file: send one of {kinds}.", "file_type")


async def load_url_report(store: Store, url: str, settings: Settings,
                          timeout: float | None = EXTRACT_TIMEOUT) -> LoadReport:
    """Fetch a page (bot.fetch rules from settings), then ingest its article."""
    page = await fetch_url(
        url, timeout=settings.fetch_timeout, max_bytes=settings.max_article_bytes,
        allow_private=settings.allow_private_urls,
    )
    if page.content_type.startswith("text/html") or "xhtml" in page.content_type:
        markup = decode_html(page.body, page.charset)
        return await store_html(store, markup, url=page.url, timeout=timeout)
    text = decode(page.body, "the page", page.charset)
    return await ingest(store, text, url=page.url, timeout=timeout)


async def load_url(store: Store, url: str, settings: Settings,
                   timeout: float | None = EXTRACT_TIMEOUT) -> LoadResult:
    """`onrecord load URL`: fetch, extract and store one page.

    Raises ArticleError with a one-line user message when nothing was stored (FetchError
    with a reason code, or a refusal of bot.ingest); a duplicate returns created=False.
    """
    return (await load_url_report(store, url, settings, timeout)).result
