"""Backup (SQLite online backup API) and a JSONL export/import of the whole store.

Export format, one JSON object per line:

    {"format": "onrecord-export", "version": 1, "speakers": [...], "topic_aliases": [...],
     "saved_queries": [...]}                      header: rows that belong to no article
    {"article": {...}, "statements": [...], "speakers": [...], "topic_aliases": [...]}

Rows are written column by column as stored, so import re-creates them exactly: into an
empty store, the same ids and the same content (the full-text index is rebuilt from the
statements). Into a non-empty store, an article already there (same content hash or URL)
is skipped, so importing twice adds nothing; ids already taken are replaced by new ones
and speakers are matched by their normalised name.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import AsyncIterator, Iterable
from pathlib import Path
from typing import Any

import aiosqlite

from bot.store.base import DB_FILE_MODE, Database, _chunks_of
from bot.store.fts import speaker_ref
from bot.store.port import ImportFormatError
from bot.text import plain

EXPORT_FORMAT = "onrecord-export"
EXPORT_VERSION = 1
# Articles per transaction on import: an interrupted import loses at most this many.
IMPORT_BATCH = 200


class Backup(Database):
    async def backup(self, target: str | Path) -> None:
        """Copy the database to `target` with SQLite's online backup API (safe while the
        bot runs). Written beside the target first, then renamed: no half-written file."""
        target = Path(target)
        partial = target.with_name(target.name + ".partial")
        partial.unlink(missing_ok=True)
        os.close(os.open(partial, os.O_CREAT | os.O_WRONLY, DB_FILE_MODE))
        try:
            async with aiosqlite.connect(partial) as copy:
                await self._db.backup(copy)
            os.replace(partial, target)
        finally:
            partial.unlink(missing_ok=True)

    async def export_lines(self) -> AsyncIterator[str]:
        """The whole store as JSONL lines (without newlines), header first."""
        referenced = "SELECT speaker_id FROM statements WHERE speaker_id IS NOT NULL"
        header = {
            "format": EXPORT_FORMAT, "version": EXPORT_VERSION,
            "speakers": await self._dicts(
                f"SELECT * FROM speakers WHERE id NOT IN ({referenced}) ORDER BY id"),
            "topic_aliases": await self._dicts(
                "SELECT * FROM topic_aliases WHERE article_id IS NULL ORDER BY id"),
            "saved_queries": await self._dicts("SELECT * FROM saved_queries ORDER BY id"),
        }
        yield _dump(header)
        ids = [row[0] for row in await self._rows("SELECT id FROM articles ORDER BY id")]
        for article_id in ids:
            articles = await self._dicts("SELECT * FROM articles WHERE id = ?", (article_id,))
            if not articles:  # deleted meanwhile
                continue
            yield _dump({
                "article": articles[0],
                "statements": await self._dicts(
                    "SELECT * FROM statements WHERE article_id = ? ORDER BY id", (article_id,)),
                "speakers": await self._dicts(
                    "SELECT * FROM speakers WHERE id IN (SELECT speaker_id FROM statements"
                    " WHERE article_id = ?) ORDER BY id", (article_id,)),
                "topic_aliases": await self._dicts(
                    "SELECT * FROM topic_aliases WHERE article_id = ? ORDER BY id",
                    (article_id,)),
            })

    async def import_lines(self, lines: Iterable[str]) -> tuple[int, int]:
        """Import `export` lines; returns (articles added, articles already stored).
        Raises ImportFormatError (nothing of the bad batch stored) on a malformed line."""
        added = skipped = 0
        batch: list[dict[str, Any]] = []
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            record = _parse(line, number)
            batch.append(record)
            if len(batch) >= IMPORT_BATCH:
                done = await self._import_batch(batch)
                added, skipped, batch = added + done, skipped + _articles(batch) - done, []
        done = await self._import_batch(batch)
        return added + done, skipped + _articles(batch) - done

    async def _import_batch(self, records: list[dict[str, Any]]) -> int:
        if not records:
            return 0
        async with self._write_lock:
            await self._db.execute("BEGIN IMMEDIATE")
            try:
                touched: set[int] = set()
                added = 0
                for record in records:
                    if "article" in record:
                        added += await self._import_article(record, touched)
                    else:
                        await self._import_header(record, touched)
                await self._recount(touched)
                await self._db.commit()
            except (KeyError, TypeError, sqlite3.IntegrityError) as exc:
                await self._db.rollback()
                raise ImportFormatError(f"a record with missing or wrong fields ({exc})") from exc
            except BaseException:
                await self._db.rollback()
                raise
            finally:
                self._speakers, self._sources = None, None
        return added

    async def _import_header(self, record: dict[str, Any], touched: set[int]) -> None:
        for speaker in record.get("speakers", []):
            await self._speaker_id(speaker, touched)
        for alias in record.get("topic_aliases", []):
            if not await self._rows(
                    "SELECT 1 FROM topic_aliases WHERE article_id IS NULL AND alias_key = ?"
                    " AND expansion_key = ?", (alias["alias_key"], alias["expansion_key"])):
                await self._insert("topic_aliases", dict(alias, article_id=None), keep_id=True)
        for query in record.get("saved_queries", []):
            await self._insert("saved_queries", query, keep_id=True, ignore=True)

    async def _import_article(self, record: dict[str, Any], touched: set[int]) -> int:
        article = dict(record["article"])
        known = await self._rows(
            "SELECT 1 FROM articles WHERE content_hash = ? OR (url IS NOT NULL AND url = ?)",
            (article.get("content_hash"), article.get("url")))
        if known:
            return 0
        speaker_ids = {s["id"]: await self._speaker_id(s, touched)
                       for s in record.get("speakers", [])}
        article_id = await self._insert("articles", article, keep_id=True)
        for statement in record.get("statements", []):
            row = dict(statement, article_id=article_id)
            if row.get("speaker_id") is not None:
                row["speaker_id"] = speaker_ids.get(row["speaker_id"])
            statement_id = await self._insert("statements", row, keep_id=True)
            speaker_text = " ".join(filter(None, [row.get("speaker_name"),
                                                  row.get("speaker_title")]))
            await self._db.execute(
                "INSERT INTO statements_fts (rowid, quote, context, speaker, speaker_ref)"
                " VALUES (?, ?, ?, ?, ?)",
                (statement_id, plain(row["quote"]), plain(row["context"]), plain(speaker_text),
                 speaker_ref(row["speaker_id"]) if row.get("speaker_id") else ""))
        for alias in record.get("topic_aliases", []):
            await self._insert("topic_aliases", dict(alias, article_id=article_id),
                               keep_id=True, ignore=True)
        return 1

    async def _speaker_id(self, speaker: dict[str, Any], touched: set[int]) -> int:
        """The id of this speaker in this store: the one with the same name key, else a
        new row (the exported id if it is free)."""
        rows = await self._rows("SELECT id FROM speakers WHERE name_key = ? OR name = ?",
                                (speaker.get("name_key"), speaker.get("name")))
        speaker_id = int(rows[0][0]) if rows else await self._insert(
            "speakers", dict(speaker, statement_count=0), keep_id=True)
        touched.add(speaker_id)
        return speaker_id

    async def _recount(self, speaker_ids: set[int]) -> None:
        for chunk in _chunks_of(sorted(speaker_ids)):
            marks = ",".join("?" * len(chunk))
            await self._db.execute(
                f"UPDATE speakers SET statement_count = (SELECT COUNT(*) FROM statements s"
                f" WHERE s.speaker_id = speakers.id) WHERE id IN ({marks})", chunk)

    async def _insert(self, table: str, row: dict[str, Any], *, keep_id: bool,
                      ignore: bool = False) -> int:
        """Insert the row's known columns; its id is kept when free. Returns the rowid."""
        columns = [c for c in await self._columns(table) if c in row]
        if "id" in columns and not (keep_id and not await self._rows(
                f"SELECT 1 FROM {table} WHERE id = ?", (row["id"],))):
            columns.remove("id")
        marks = ",".join("?" * len(columns))
        verb = "INSERT OR IGNORE" if ignore else "INSERT"
        cursor = await self._db.execute(
            f"{verb} INTO {table} ({', '.join(columns)}) VALUES ({marks})",
            [row[c] for c in columns])
        return int(cursor.lastrowid or 0)

    async def _columns(self, table: str) -> list[str]:
        return [row[1] for row in await self._rows(f"PRAGMA table_info({table})")]

    async def _dicts(self, sql: str, params: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        return [dict(row) for row in await self._rows(sql, params)]


def _articles(records: list[dict[str, Any]]) -> int:
    return sum("article" in r for r in records)


def _dump(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def _parse(line: str, number: int) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ImportFormatError(f"line {number}: not JSON ({exc.msg})") from exc
    if not isinstance(record, dict):
        raise ImportFormatError(f"line {number}: not an export record")
    if "article" in record:
        if not isinstance(record["article"], dict) or "content_hash" not in record["article"]:
            raise ImportFormatError(f"line {number}: an article without its content hash")
    elif record.get("format") != EXPORT_FORMAT:
        raise ImportFormatError(f"line {number}: not an `onrecord export` line")
    elif record.get("version") != EXPORT_VERSION:
        raise ImportFormatError(f"line {number}: export version {record.get('version')!r}"
                                f" is not {EXPORT_VERSION}")
    return record
