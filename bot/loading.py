"""Loading articles: text, files, documents or URLs -> parse -> extract -> store.

One transaction per article. The Telegram `/load` command and `onrecord load URL` use
the `load_*` functions below, which refuse (raise ArticleError, store nothing) when an
article yields no statements; the seed loader and `load_text` store any article.
"""

from __future__ import annotations

import asyncio
import logging
import re
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from bot.article import ArticleError, parse_article
from bot.backfill import refresh_displays
from bot.extraction import extract
from bot.fetch import (
    FetchError,
    PageText,
    decode_html,
    fetch_url,
    html_to_article,
    too_large,
)
from bot.models import Article, Extraction, LoadResult, Statement
from bot.store import Store

if TYPE_CHECKING:
    from bot.config import Settings

log = logging.getLogger(__name__)

# File endings read as article text by `onrecord load DIR` and the seed loader.
ARTICLE_SUFFIXES = (".txt", ".md")
# Documents accepted by /load: plain text and Markdown, or a saved web page.
TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
DOCUMENT_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES


# Seconds one article's extraction may take before it is refused (`onrecord load`;
# some pathological texts, e.g. a 1 MB paragraph, would otherwise take many minutes).
EXTRACT_TIMEOUT = 30.0
# A paragraph longer than this is not news prose (every statement found in it would
# store it as its context): such text is refused before extraction.
MAX_PARAGRAPH_CHARS = 20_000
PARAGRAPH_BREAK_RE = re.compile(r"\n[ \t\r]*\n")


class NoStatementsError(ArticleError):
    """The article was read but no attributed statement was found in it."""


class ExtractionTimeout(ArticleError):
    """Extraction took longer than the time limit."""


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise ExtractionTimeout if the block runs longer than `seconds` (SIGALRM: only in
    a process's main thread; elsewhere, or with None, there is no limit)."""
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expired(_signum: int, _frame: object) -> None:
        raise ExtractionTimeout(
            f"Too slow: extraction took longer than {seconds:g} s; the text is not a "
            "usual article (e.g. one enormous paragraph).")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def check_paragraphs(text: str) -> None:
    """Refuse text with a paragraph longer than MAX_PARAGRAPH_CHARS."""
    if len(text) <= MAX_PARAGRAPH_CHARS:
        return
    longest = max(len(p) for p in PARAGRAPH_BREAK_RE.split(text))
    if longest > MAX_PARAGRAPH_CHARS:
        raise ArticleError(f"Not article text: a paragraph of {longest:,} characters (the "
                           f"limit is {MAX_PARAGRAPH_CHARS:,}).")


def check_size(size: int, max_bytes: int | None) -> None:
    """Refuse an article bigger than ONRECORD_MAX_ARTICLE_BYTES."""
    if max_bytes is not None and size > max_bytes:
        raise ArticleError(f"Too large: {size:,} bytes, the limit is {max_bytes:,} bytes "
                           "(ONRECORD_MAX_ARTICLE_BYTES).")


@dataclass
class LoadReport:
    """What one load did: the store's result plus the article and its statements."""

    result: LoadResult
    article: Article
    statements: list[Statement] = field(default_factory=list)

    @property
    def duplicate(self) -> bool:
        return not self.result.created


def extract_text(
    text: str,
    *,
    source: str | None = None,
    url: str | None = None,
    published: datetime | date | None = None,
    title: str | None = None,
) -> Extraction:
    """Parse and extract without storing; raises ArticleError on unusable input."""
    check_paragraphs(text)
    article = parse_article(text, source=source, url=url, published=published, title=title)
    return extract(article)


async def load_text(store: Store, text: str, **meta: object) -> LoadResult:
    """Parse, extract and store one article; a duplicate adds nothing."""
    extraction = extract_text(text, **meta)  # type: ignore[arg-type]
    return await store.add_extraction(extraction)


def read_article_file(path: Path, max_bytes: int | None = None) -> str:
    """Read a UTF-8 article file; bad encoding or a size over `max_bytes` becomes an
    ArticleError (the size is checked before reading)."""
    check_size(path.stat().st_size, max_bytes)
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleError(f"{path.name}: not UTF-8 text ({exc.reason})") from exc


def read_html_file(path: Path, max_bytes: int | None = None) -> tuple[str, dict[str, object]]:
    """A saved web page's main text and metadata (trafilatura); ArticleError if none."""
    check_size(path.stat().st_size, max_bytes)
    page = html_to_article(decode_html(path.read_bytes()))
    return page.text, page_meta(page)


def page_meta(page: PageText, url: str | None = None) -> dict[str, object]:
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
    """On first start (no articles yet) load every seed article; on a later start,
    give statements stored by an earlier version their display (bot.backfill)."""
    if await store.article_count() > 0:
        await refresh_displays(store)
        return []
    if not seeds_dir.is_dir():
        return []
    results = []
    for path in article_files([seeds_dir]):
        result = await load_text(store, read_article_file(path))
        log.info("seeded %s: %d statements", path.name, result.statement_count)
        results.append(result)
    return results


async def store_text(
    store: Store, text: str, *, max_bytes: int | None = None, **meta: object
) -> LoadReport:
    """Parse, extract and store article text; refuses text without statements."""
    if max_bytes is not None and len(text.encode("utf-8")) > max_bytes:
        raise too_large(max_bytes)
    # Extraction is CPU work: a worker thread keeps the bot's event loop answering. A
    # thread cannot be stopped, so past EXTRACT_TIMEOUT its result is dropped, unstored.
    work = asyncio.to_thread(extract_text, text, **meta)  # type: ignore[arg-type]
    try:
        extraction = await asyncio.wait_for(work, EXTRACT_TIMEOUT)
    except TimeoutError as exc:
        raise FetchError(f"Timeout: extracting statements took over {EXTRACT_TIMEOUT:g} s; "
                         "nothing was stored.", "timeout") from exc
    if not extraction.statements:
        raise NoStatementsError(
            "No statements found: nobody is quoted or reported as saying something."
        )
    result = await store.add_extraction(extraction)
    return LoadReport(result, extraction.article, extraction.statements)


async def store_html(
    store: Store, markup: str, *, url: str | None = None, max_bytes: int | None = None
) -> LoadReport:
    """Read the main text and metadata of an HTML page with trafilatura, then store it."""
    page = html_to_article(markup, url)
    return await store_text(store, page.text, max_bytes=max_bytes, **page_meta(page, url))


def decode_text(data: bytes, name: str = "the file") -> str:
    """UTF-8 text (a byte-order mark is dropped); anything else is a bad encoding."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FetchError(f"Bad encoding: {name} is not UTF-8 text.", "encoding") from exc


async def store_document(
    store: Store, data: bytes, filename: str, *, max_bytes: int, **meta: object
) -> LoadReport:
    """A .txt, .md or .html document's bytes -> stored article."""
    if len(data) > max_bytes:
        raise too_large(max_bytes)
    suffix = Path(filename).suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return await store_text(store, decode_text(data, filename), max_bytes=None, **meta)
    if suffix in HTML_SUFFIXES:
        return await store_html(store, decode_html(data))
    kinds = ", ".join(DOCUMENT_SUFFIXES)
    raise FetchError(f"Not an article file: send one of {kinds}.", "file_type")


async def load_url_report(store: Store, url: str, settings: Settings) -> LoadReport:
    """Fetch a page (bot.fetch rules from settings), extract and store it."""
    page = await fetch_url(
        url, timeout=settings.fetch_timeout, max_bytes=settings.max_article_bytes,
        allow_private=settings.allow_private_urls,
    )
    if page.content_type.startswith("text/html") or "xhtml" in page.content_type:
        return await store_html(store, decode_html(page.body, page.charset), url=page.url)
    try:
        text = page.body.decode(page.charset or "utf-8-sig")
    except (LookupError, UnicodeDecodeError) as exc:
        raise FetchError("Bad encoding: the page is not valid text.", "encoding") from exc
    return await store_text(store, text, url=page.url)


async def load_url(store: Store, url: str, settings: Settings) -> LoadResult:
    """`onrecord load URL`: fetch, extract and store one page.

    Raises ArticleError with a one-line user message when nothing was stored: FetchError
    (reason: scheme, dns, private, timeout, http, status, redirects, too_large,
    not_article, encoding) or NoStatementsError; a duplicate returns created=False.
    """
    return (await load_url_report(store, url, settings)).result
