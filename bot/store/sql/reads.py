"""Reading: statements, articles, statistics, speakers, sources and aliases (the
full-text look-ups are each adapter's own)."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from datetime import datetime

from rapidfuzz import fuzz, process

from bot.models import ArticleSummary, SpeakerRecord, StoredStatement, StoreStats
from bot.store.sql.base import (
    MAX_IDS_PER_QUERY,
    SPEAKER_SELECT,
    SqlStore,
    _chunks,
    _speaker_record,
)
from bot.text import lookup_key, name_key

log = logging.getLogger(__name__)

# find_speakers: names alike at this rapidfuzz WRatio or above ("hegset" and "pete hegseth"
# 90, "zelensky" and "pete hegseth" 34).
NAME_LIKE_CUTOFF = 80

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


class Reads(SqlStore):
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
        """Every speaker with a statement count; loaded once, then patched by this
        process's writes and read again after another process's."""
        await self._fresh_caches()
        return await self._speaker_list()

    async def catalog(self, since: float | None = None) -> tuple[list[SpeakerRecord], list[str]]:
        """speakers() and sources() after one look at whether another process wrote
        (search needs both for every question); `since`: see _catalog_changed."""
        await self._fresh_caches(since)
        return await self._speaker_list(), await self._source_list()

    def cached_catalog(self) -> tuple[list[SpeakerRecord], list[str]] | None:
        """speakers() and sources() as last read, without a look at the store."""
        if self._speakers is None or self._sources is None:
            return None
        return self._speakers, self._sources

    async def _speaker_list(self) -> list[SpeakerRecord]:
        if self._speakers is None:
            rows = await self._rows(f"{SPEAKER_SELECT} ORDER BY id")
            self._speakers = [_speaker_record(r) for r in rows]
        return self._speakers

    async def find_speakers(self, name: str, limit: int = 5) -> list[SpeakerRecord]:
        """Speakers whose name key is like `name`'s (rapidfuzz WRatio, typos allowed),
        most alike first; compared in memory over the cached speaker list."""
        key = name_key(name)
        speakers = await self.speakers()
        if not key or not speakers:
            return []
        found = process.extract(key, [name_key(s.name) for s in speakers], scorer=fuzz.WRatio,
                                score_cutoff=NAME_LIKE_CUTOFF, limit=max(limit, 0))
        return [speakers[index] for _key, _score, index in found]

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
        """Every source name (outlet) of a stored article; cached like speakers()."""
        await self._fresh_caches()
        return await self._source_list()

    async def _source_list(self) -> list[str]:
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

