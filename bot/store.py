"""The store: the only module that touches SQL.

One aiosqlite connection per process, WAL, foreign keys on. The schema lives in
numbered files in bot/migrations/, applied in order and recorded in `migrations`.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

import aiosqlite

from bot.models import (
    ArticleSummary,
    Extraction,
    LoadResult,
    SpeakerRecord,
    Statement,
    StoredStatement,
    StoreStats,
)
from bot.search.text import find_acronyms, lookup_key, name_key, plain, speaker_ref

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The database file holds nothing secret but is private to the bot's user.
DB_FILE_MODE = 0o600
# SQLite limits bound parameters per statement; id lists are sent in chunks this big.
MAX_IDS_PER_QUERY = 500

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


class Store:
    def __init__(self, db: aiosqlite.Connection) -> None:
        self._db = db
        self._speakers: list[SpeakerRecord] | None = None  # cache, dropped on every write
        # One connection is shared by every task: writes (each one transaction) take turns.
        self._write_lock = asyncio.Lock()

    @classmethod
    async def open(cls, path: str | Path) -> Store:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, DB_FILE_MODE))
        db = await aiosqlite.connect(path, isolation_level=None)
        db.row_factory = aiosqlite.Row
        store = cls(db)
        try:
            await db.execute("PRAGMA journal_mode = WAL")
            await db.execute("PRAGMA foreign_keys = ON")
            await db.execute("PRAGMA busy_timeout = 5000")
            await store._migrate()
        except BaseException:
            await db.close()
            raise
        return store

    async def close(self) -> None:
        await self._db.close()

    async def __aenter__(self) -> Store:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    async def _migrate(self) -> None:
        await self._db.execute(
            "CREATE TABLE IF NOT EXISTS migrations"
            " (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
        )
        applied = {row[0] for row in await self._rows("SELECT name FROM migrations")}
        for path in sorted(MIGRATIONS_DIR.glob("*.sql")):
            if path.name in applied:
                continue
            script = path.read_text(encoding="utf-8")
            name = path.name.replace("'", "''")
            record = f"INSERT INTO migrations VALUES ('{name}', '{_now()}');"
            try:
                await self._db.executescript(f"BEGIN;\n{script}\n{record}\nCOMMIT;")
            except sqlite3.Error:
                if self._db.in_transaction:
                    await self._db.rollback()
                raise
            log.info("applied migration %s", path.name)

    async def applied_migrations(self) -> list[str]:
        rows = await self._rows("SELECT name FROM migrations ORDER BY name")
        return [row[0] for row in rows]

    # -- loading -------------------------------------------------------------------

    async def add_extraction(self, extraction: Extraction) -> LoadResult:
        """Store one article with its statements in one transaction; duplicates add nothing."""
        async with self._write_lock:
            return await self._add_extraction(extraction)

    async def _add_extraction(self, extraction: Extraction) -> LoadResult:
        article = extraction.article
        await self._db.execute("BEGIN IMMEDIATE")
        try:
            existing = await self._find_article(article.content_hash, article.url)
            if existing is not None:
                await self._db.rollback()
                return await self._existing_result(*existing)
            article_id = await self._insert_article(extraction)
            speaker_ids = await self._upsert_speakers(extraction)
            for statement in extraction.statements:
                await self._insert_statement(article_id, statement, speaker_ids)
            await self._insert_aliases(article_id, extraction)
            await self._db.commit()
        except BaseException:
            await self._db.rollback()
            raise
        finally:
            self._speakers = None
        names = sorted({s.speaker for s in extraction.statements if s.speaker})
        return LoadResult(
            article_id=article_id, title=article.title, created=True,
            statement_count=len(extraction.statements), speakers=names,
        )

    async def _existing_result(self, article_id: int, title: str) -> LoadResult:
        count = await self._scalar(
            "SELECT COUNT(*) FROM statements WHERE article_id = ?", (article_id,)
        )
        return LoadResult(article_id=article_id, title=title, created=False, statement_count=count)

    async def _find_article(self, content_hash: str, url: str | None) -> tuple[int, str] | None:
        rows = await self._rows(
            "SELECT id, title FROM articles WHERE content_hash = ? OR (? IS NOT NULL AND url = ?)",
            (content_hash, url, url),
        )
        return (rows[0][0], rows[0][1]) if rows else None

    async def _insert_article(self, extraction: Extraction) -> int:
        a = extraction.article
        cursor = await self._db.execute(
            """INSERT INTO articles (content_hash, url, title, source, author, published,
                   dateline_place, dateline_date, text, loaded_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (a.content_hash, a.url, a.title, a.source, a.author, _iso(a.published),
             a.dateline_place, _iso(a.dateline_date), a.text, _now()),
        )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    async def _upsert_speakers(self, extraction: Extraction) -> dict[str, int]:
        """Speaker name (as statements give it, or an alias) -> speaker id.

        Only speakers with a statement in this article are kept.
        """
        said = {s.speaker for s in extraction.statements if s.speaker}
        ids: dict[str, int] = {}
        for speaker in extraction.speakers:
            names = {speaker.name, *speaker.aliases}
            if not names & said:
                continue
            titles = [speaker.title] if speaker.title else []
            titles += [s.speaker_title for s in extraction.statements
                       if s.speaker in names and s.speaker_title]
            speaker_id = await self._upsert_speaker(
                speaker.name, speaker.aliases, titles, speaker.is_org
            )
            for name in names:
                ids.setdefault(name, speaker_id)
        for statement in extraction.statements:
            if statement.speaker and statement.speaker not in ids:
                titles = [statement.speaker_title] if statement.speaker_title else []
                ids[statement.speaker] = await self._upsert_speaker(
                    statement.speaker, [], titles, False
                )
        return ids

    async def _upsert_speaker(
        self, name: str, aliases: list[str], titles: list[str], is_org: bool
    ) -> int:
        key = name_key(name)
        rows = await self._rows(
            "SELECT id, aliases, titles FROM speakers WHERE name_key = ?", (key,)
        )
        if not rows:
            cursor = await self._db.execute(
                "INSERT INTO speakers (name, name_key, aliases, titles, is_org)"
                " VALUES (?, ?, ?, ?, ?)",
                (" ".join(name.split()), key, json.dumps(_unique(aliases)),
                 json.dumps(_unique(titles)), int(is_org)),
            )
            assert cursor.lastrowid is not None
            return cursor.lastrowid
        speaker_id, old_aliases, old_titles = rows[0]
        await self._db.execute(
            "UPDATE speakers SET aliases = ?, titles = ? WHERE id = ?",
            (json.dumps(_unique([*json.loads(old_aliases), *aliases])),
             json.dumps(_unique([*json.loads(old_titles), *titles])), speaker_id),
        )
        return int(speaker_id)

    async def _insert_statement(
        self, article_id: int, statement: Statement, speaker_ids: dict[str, int]
    ) -> None:
        speaker_id = speaker_ids.get(statement.speaker) if statement.speaker else None
        cursor = await self._db.execute(
            """INSERT INTO statements (article_id, speaker_id, speaker_name, speaker_title, kind,
                   quote, context, said_on, cue, channel, span_start, span_end, spans)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (article_id, speaker_id, statement.speaker, statement.speaker_title, statement.kind,
             statement.quote, statement.context, _iso(statement.said_on), statement.cue,
             statement.channel, statement.start, statement.end, json.dumps(statement.spans)),
        )
        speaker_text = " ".join(filter(None, [statement.speaker, statement.speaker_title]))
        await self._db.execute(
            "INSERT INTO statements_fts (rowid, quote, context, speaker, speaker_ref)"
            " VALUES (?, ?, ?, ?, ?)",
            (cursor.lastrowid, plain(statement.quote), plain(statement.context),
             plain(speaker_text), speaker_ref(speaker_id) if speaker_id else ""),
        )

    async def _insert_aliases(self, article_id: int, extraction: Extraction) -> None:
        aliases = {**find_acronyms(extraction.article.text), **extraction.topic_aliases}
        await self._db.executemany(
            """INSERT OR IGNORE INTO topic_aliases
                   (article_id, alias, expansion, alias_key, expansion_key)
               VALUES (?, ?, ?, ?, ?)""",
            [(article_id, alias, expansion, lookup_key(alias), lookup_key(expansion))
             for alias, expansion in aliases.items()],
        )

    # -- reading -------------------------------------------------------------------

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

    async def delete_article(self, article_id: int) -> bool:
        """Delete an article with its statements (and speakers left without any)."""
        async with self._write_lock:
            return await self._delete_article(article_id)

    async def _delete_article(self, article_id: int) -> bool:
        await self._db.execute("BEGIN IMMEDIATE")
        try:
            speaker_rows = await self._rows(
                "SELECT DISTINCT speaker_id FROM statements WHERE article_id = ?", (article_id,)
            )
            cursor = await self._db.execute("DELETE FROM articles WHERE id = ?", (article_id,))
            deleted = cursor.rowcount > 0
            await self._db.executemany(
                """DELETE FROM speakers WHERE id = ?
                   AND NOT EXISTS (SELECT 1 FROM statements WHERE speaker_id = speakers.id)""",
                [(row[0],) for row in speaker_rows if row[0] is not None],
            )
            await self._db.commit()
        except BaseException:
            await self._db.rollback()
            raise
        finally:
            self._speakers = None
        return deleted

    # -- search support ------------------------------------------------------------

    async def speakers(self) -> list[SpeakerRecord]:
        """Every speaker with a statement count; cached until the next write."""
        if self._speakers is None:
            rows = await self._rows(
                """SELECT sp.id, sp.name, sp.titles, sp.aliases,
                          (SELECT COUNT(*) FROM statements s WHERE s.speaker_id = sp.id)
                   FROM speakers sp ORDER BY sp.id"""
            )
            self._speakers = [
                SpeakerRecord(id=r[0], name=r[1], titles=json.loads(r[2]),
                              aliases=json.loads(r[3]), statement_count=r[4])
                for r in rows
            ]
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

    async def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[aiosqlite.Row]:
        return list(await self._db.execute_fetchall(sql, params))

    async def _scalar(self, sql: str, params: Sequence[Any] = ()) -> int:
        rows = await self._rows(sql, params)
        return int(rows[0][0])


def _unique(items: Iterable[str]) -> list[str]:
    seen: dict[str, str] = {}
    for item in items:
        text = " ".join(item.split())
        if text:
            seen.setdefault(text.lower(), text)
    return list(seen.values())


def _chunks(ids: Sequence[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), MAX_IDS_PER_QUERY):
        yield list(ids[start : start + MAX_IDS_PER_QUERY])


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
