"""Loading articles: text or files -> parse -> extract -> store, one transaction per article."""

from __future__ import annotations

import logging
from datetime import date, datetime
from pathlib import Path

from bot.article import ArticleError, parse_article
from bot.extraction import extract
from bot.models import Extraction, LoadResult
from bot.store import Store

log = logging.getLogger(__name__)

# File endings read as article text by `onrecord load DIR` and the seed loader.
ARTICLE_SUFFIXES = (".txt", ".md")


def extract_text(
    text: str,
    *,
    source: str | None = None,
    url: str | None = None,
    published: datetime | date | None = None,
    title: str | None = None,
) -> Extraction:
    """Parse and extract without storing; raises ArticleError on unusable input."""
    article = parse_article(text, source=source, url=url, published=published, title=title)
    return extract(article)


async def load_text(store: Store, text: str, **meta: object) -> LoadResult:
    """Parse, extract and store one article; a duplicate adds nothing."""
    extraction = extract_text(text, **meta)  # type: ignore[arg-type]
    return await store.add_extraction(extraction)


def read_article_file(path: Path) -> str:
    """Read a UTF-8 article file; bad encoding becomes an ArticleError."""
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleError(f"{path.name}: not UTF-8 text ({exc.reason})") from exc


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
    """On first start (no articles yet) load every seed article."""
    if await store.article_count() > 0 or not seeds_dir.is_dir():
        return []
    results = []
    for path in article_files([seeds_dir]):
        result = await load_text(store, read_article_file(path))
        log.info("seeded %s: %d statements", path.name, result.statement_count)
        results.append(result)
    return results
