"""Reading: statements, articles, statistics, and what search asks of the index."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import datetime

from bot.models import ArticleSummary, SpeakerRecord, StoredStatement, StoreStats
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
    s.speaker_title, s.kind, s.quote, s.context, s.said_on, s.channel,
    a.source, a.published, a.url, a.title AS article_title
"""
STATEMENT_FROM = """
    FROM statements s
    JOIN articles a ON a.id = s.article_id
    LEFT JOIN speakers sp ON sp.id = s.speaker_id
"""


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

    async def match_statement_ids(self, expression: str, limit: int) -> list[int]:
        """Statement ids whose index entry matches an FTS5 expression, best (bm25) first.

        The expression must be built from quoted tokens (bot.search.query does so);
        a malformed one is logged and finds nothing.
        """
        try:
            rows = await self._rows(
                "SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?"
                " ORDER BY rank LIMIT ?",
                (expression, limit),
            )
        except sqlite3.OperationalError as exc:
            log.warning("search expression rejected: %s (%r)", exc, expression)
            return []
        return [row[0] for row in rows]

    async def speaker_statement_ids(self, speaker_ids: Sequence[int], limit: int) -> list[int]:
        """The most recent statements of these speakers (by date said, then newest loaded)."""
        marks = ",".join("?" * len(speaker_ids))
        rows = await self._rows(
            f"""SELECT id FROM statements WHERE speaker_id IN ({marks})
                ORDER BY said_on DESC, id DESC LIMIT ?""",
            (*speaker_ids, limit),
        )
        return [row[0] for row in rows]

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

