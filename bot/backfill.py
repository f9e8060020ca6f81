"""Displays for statements stored before cards were built from the article (007).

A store written by an earlier version keeps each statement's spans and its article's
text, so the display can be rebuilt exactly: the article is extracted again and each
old statement takes the display of the new statement with the same spans. A direct
quotation the new extractor no longer finds is shown from its spans alone; any other
statement keeps an empty display, and its card falls back to the stored quote.
"""

from __future__ import annotations

import logging
from datetime import datetime

from bot.article import ArticleError, parse_article
from bot.extraction import extract
from bot.extraction.display import direct_display, regions
from bot.models import Article
from bot.store.port import Store

log = logging.getLogger(__name__)


async def refresh_displays(store: Store) -> int:
    """Fill every missing display; returns how many statements were looked at."""
    done = 0
    while article_ids := await store.articles_missing_display():
        for article_id in article_ids:
            done += await _refresh_article(store, article_id)
    if done:
        log.info("rebuilt the displays of %d statements stored before version 007", done)
    return done


async def _refresh_article(store: Store, article_id: int) -> int:
    stored = await store.article_text(article_id)
    old = await store.statement_spans(article_id)
    if stored is None or not old:
        return 0
    text, published = stored
    article = _parsed(text, published)
    shown: dict[tuple[tuple[int, int], ...], str] = {}
    quoted = []
    if article is not None:
        shown = {tuple(s.spans): s.display for s in extract(article).statements}
        quoted = regions(article)
    updates = []
    for statement_id, kind, spans in old:
        key = tuple((a, b) for a, b in spans)
        display = shown.get(key, "")
        if not display and kind == "direct" and quoted:
            display = direct_display(text, list(key), quoted)
        updates.append((statement_id, display))
    await store.set_displays(updates)
    return len(updates)


def _parsed(text: str, published: str | None) -> Article | None:
    try:
        when = datetime.fromisoformat(published) if published else None
        return parse_article(text, published=when)
    except (ArticleError, ValueError):
        return None
