"""Reading: statements, articles, statistics, and what search asks of the index."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from bot.models import ArticleSummary, SpeakerRecord, StoredStatement, StoreStats
from bot.search.filters import Filters
from bot.search.text import lookup_key
from bot.store.base import (
    MAX_IDS_PER_QUERY,
    SPEAKER_SELECT,
    Database,
    _chunks,
    _speaker_record,
)

log = logging.getLogger(__name__)

STATEMENT_COLUMNS = """
    s.id, s.article_id, s.speaker_id, COALESCE(sp.name, s.speaker_name) AS speaker,
    s.speaker_title, s.kind, s.quote, s.context, s.said_on, s.said_from, s.said_to,
    s.channel, s.cue, s.display,
    a.source, a.published, a.url, a.title AS article_title, s.quote_words, s.context_words
"""
STATEMENT_FROM = """
    FROM statements s
    JOIN articles a ON a.id = s.article_id
    LEFT JOIN speakers sp ON sp.id = s.speaker_id
"""


# Statements first, then their article: the planner would otherwise start from every
# article of a source (a twelfth of the store) for "from politico". The article is
# checked in the source index (source_key, rowid), not its row (text, then source_key).
_SOURCE_CROSS_JOIN = (
    "CROSS JOIN articles a INDEXED BY articles_source_key ON a.id = s.article_id")


def _filter_sql(filters: Filters | None) -> tuple[str, list[str]]:
    """' AND ...' conditions on statements s (and articles a) for date and source filters."""
    if filters is None:
        return "", []
    where, params = "", []
    if filters.since:
        where += " AND s.dated >= ?"
        params.append(filters.since.isoformat())
    if filters.until:
        where += " AND s.dated < ?"
        params.append(filters.until.isoformat())
    if filters.sources:
        where += f" AND a.source_key IN ({','.join('?' * len(filters.sources))})"
        params += [source.lower() for source in filters.sources]
    return where, params


class Reads(Database):
    async def article_count(self) -> int:
        return await self._scalar("SELECT COUNT(*) FROM articles")

    async def stats(self) -> StoreStats:
        rows = await self._rows(
            """SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM statements),
                      (SELECT COUNT(*) FROM speakers), (SELECT MAX(loaded_at) FROM articles)"""
        )
        articles, statements, speakers, last = rows[0]
        return StoreStats(
            articles=articles, statements=statements, speakers=speakers,
            last_load=datetime.fromisoformat(last) if last else None,
        )

    async def get_statement(self, statement_id: int) -> StoredStatement | None:
        found = await self.get_statements([statement_id])
        return found[0] if found else None

    async def get_statements(self, ids: Sequence[int]) -> list[StoredStatement]:
        """Statements by id, in the order of `ids`; unknown ids are left out."""
        found: dict[int, StoredStatement] = {}
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            rows = await self._rows(
                f"SELECT {STATEMENT_COLUMNS} {STATEMENT_FROM} WHERE s.id IN ({marks})", chunk
            )
            found.update((row["id"], StoredStatement(**dict(row))) for row in rows)
        return [found[i] for i in ids if i in found]

    async def list_articles(self, limit: int, offset: int = 0) -> list[ArticleSummary]:
        rows = await self._rows(
            """SELECT a.id, a.title, a.source, a.published, a.url,
                      (SELECT COUNT(*) FROM statements s WHERE s.article_id = a.id)
                          AS statement_count
               FROM articles a ORDER BY a.id DESC LIMIT ? OFFSET ?""",
            (max(limit, 0), max(offset, 0)),
        )
        return [ArticleSummary(**dict(row)) for row in rows]

    async def speakers(self) -> list[SpeakerRecord]:
        """Every speaker with a statement count; loaded once, then patched by writes."""
        if self._speakers is None:
            rows = await self._rows(f"{SPEAKER_SELECT} ORDER BY id")
            self._speakers = [_speaker_record(r) for r in rows]
        return self._speakers

    async def match_statement_ids(
        self, expression: str, limit: int, filters: Filters | None = None, ranked: bool = True
    ) -> list[int]:
        """Statement ids whose index entry matches an FTS5 expression, best (bm25) first
        (or newest first when not `ranked`: no score computed for every match),
        within the filters' dates and sources.

        The expression must be built from quoted tokens (bot.search.query does so);
        a malformed one is logged and finds nothing.
        """
        where, params = _filter_sql(filters)
        join = ""
        if where:
            # CROSS JOIN keeps the index walk outermost (not every article of a source).
            sources = _SOURCE_CROSS_JOIN if filters and filters.sources else ""
            join = f"CROSS JOIN statements s ON s.id = statements_fts.rowid {sources}"
        sql = (f"SELECT statements_fts.rowid FROM statements_fts {join}"
               f" WHERE statements_fts MATCH ? {where}"
            f" ORDER BY {'rank' if ranked else 'statements_fts.rowid DESC'} LIMIT ?")
        return await self._match(sql, (expression, *params, limit), expression)

    async def count_matches(self, expression: str, cap: int) -> int:
        """How many index entries match the expression, counting no further than `cap`
        (cheap: ranking them is what costs, and bm25 reads every match of every term)."""
        sql = ("SELECT COUNT(*) FROM (SELECT 1 FROM statements_fts"
               " WHERE statements_fts MATCH ? LIMIT ?)")
        found = await self._match(sql, (expression, cap), expression)
        return found[0] if found else 0

    async def _match(self, sql: str, params: Sequence[Any], expression: str) -> list[int]:
        try:
            rows = await self._rows(sql, params)
        except sqlite3.OperationalError as exc:
            log.warning("search expression rejected: %s (%r)", exc, expression)
            return []
        return [row[0] for row in rows]

    async def speaker_statement_ids(
        self, speaker_ids: Sequence[int], limit: int, filters: Filters | None = None
    ) -> list[int]:
        """The most recent statements of these speakers (by date said, then newest loaded)."""
        marks = ",".join("?" * len(speaker_ids))
        where, params = _filter_sql(filters)
        join = _SOURCE_CROSS_JOIN if filters and filters.sources else ""
        rows = await self._rows(
            f"""SELECT s.id FROM statements s {join} WHERE s.speaker_id IN ({marks}) {where}
                ORDER BY s.said_on DESC, s.id DESC LIMIT ?""",
            (*speaker_ids, *params, limit),
        )
        return [row[0] for row in rows]

    async def known_hashes(self, hashes: Sequence[str]) -> set[str]:
        """The content hashes among `hashes` of articles already stored."""
        found: set[str] = set()
        for chunk in _chunks(hashes):
            marks = ",".join("?" * len(chunk))
            rows = await self._rows(
                f"SELECT content_hash FROM articles WHERE content_hash IN ({marks})", chunk)
            found.update(row[0] for row in rows)
        return found

    async def sources(self) -> list[str]:
        """Every source name (outlet) of a stored article; cached per store."""
        if self._sources is None:
            rows = await self._rows(
                "SELECT DISTINCT source FROM articles WHERE source IS NOT NULL")
            self._sources = sorted(row[0] for row in rows)
        return self._sources

    async def aliases_for(self, keys: Iterable[str]) -> list[tuple[str, str]]:
        """(alias, expansion) pairs where either side has the lookup_key of one of `keys`."""
        keys = list(dict.fromkeys(lookup_key(k) for k in keys))[:MAX_IDS_PER_QUERY]
        if not keys:
            return []
        marks = ",".join("?" * len(keys))
        rows = await self._rows(
            f"""SELECT DISTINCT alias, expansion FROM topic_aliases
                WHERE alias_key IN ({marks}) OR expansion_key IN ({marks})""",
            (*keys, *keys),
        )
        return [(row[0], row[1]) for row in rows]

