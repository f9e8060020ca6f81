"""A JSONL export/import of the whole store, the same on every backend.

Export format, one JSON object per line:

    {"format": "onrecord-export", "version": 1, "speakers": [...], "topic_aliases": [...],
     "saved_queries": [...], "follows": [...]}    header: rows that belong to no article
    {"article": {...}, "statements": [...], "speakers": [...], "topic_aliases": [...],
     "pushes": [...]}

Rows are written column by column as stored (the engine's own columns, such as a
tsvector, left out), so import re-creates them exactly: into an empty store, the same
ids and the same content (the full-text index is rebuilt from the statements), whichever
backend wrote the export. Into a non-empty store, an article already there (same
content hash or URL) is skipped, so importing twice adds nothing; ids already taken are
replaced by new ones and speakers are matched by their normalised name.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterable
from typing import Any

from bot.store.port import ImportFormatError
from bot.store.sql.base import SqlStore, _chunks_of
from bot.text import plain

EXPORT_FORMAT = "onrecord-export"
EXPORT_VERSION = 1
# Articles per transaction on import: an interrupted import loses at most this many.
IMPORT_BATCH = 200


class Exchange(SqlStore):
    async def export_lines(self) -> AsyncIterator[str]:
        """The whole store as JSONL lines (without newlines), header first."""
        referenced = "SELECT speaker_id FROM statements WHERE speaker_id IS NOT NULL"
        header = {
            "format": EXPORT_FORMAT, "version": EXPORT_VERSION,
            "speakers": await self._dicts("speakers", f"WHERE id NOT IN ({referenced})"),
            "topic_aliases": await self._dicts("topic_aliases", "WHERE article_id IS NULL"),
            "saved_queries": await self._dicts("saved_queries"),
            "follows": await self._dicts("follows"),
        }
        yield _dump(header)
        ids = [row[0] for row in await self._rows("SELECT id FROM articles ORDER BY id")]
        for article_id in ids:
            articles = await self._dicts("articles", "WHERE id = ?", (article_id,))
            if not articles:  # deleted meanwhile
                continue
            yield _dump({
                "article": articles[0],
                "statements": await self._dicts(
                    "statements", "WHERE article_id = ?", (article_id,)),
                "speakers": await self._dicts(
                    "speakers", "WHERE id IN (SELECT speaker_id FROM statements"
                    " WHERE article_id = ?)", (article_id,)),
                "topic_aliases": await self._dicts(
                    "topic_aliases", "WHERE article_id = ?", (article_id,)),
                "pushes": await self._dicts("pushes", "WHERE article_id = ?", (article_id,)),
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
        touched: set[int] = set()
        added = 0
        bad: tuple[type[Exception], ...] = (KeyError, TypeError, *self.integrity_errors)
        try:
            async with self._write():
                for record in records:
                    if "article" in record:
                        added += await self._import_article(record, touched)
                    else:
                        await self._import_header(record, touched)
                await self._recount(touched)
        except bad as exc:
            raise ImportFormatError(f"a record with missing or wrong fields ({exc})") from exc
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
        for follow in record.get("follows", []):
            await self._insert("follows", follow, keep_id=True, ignore=True)

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
        statement_ids: dict[Any, int] = {}
        for statement in record.get("statements", []):
            row = dict(statement, article_id=article_id)
            if row.get("speaker_id") is not None:
                row["speaker_id"] = speaker_ids.get(row["speaker_id"])
            statement_id = await self._insert("statements", row, keep_id=True)
            statement_ids[statement.get("id")] = statement_id
            speaker_text = " ".join(filter(None, [row.get("speaker_name"),
                                                  row.get("speaker_title")]))
            await self._index_statements([
                (statement_id, plain(row["quote"]), plain(row["context"]), plain(speaker_text),
                 row.get("speaker_id") or None)])
        for alias in record.get("topic_aliases", []):
            await self._insert("topic_aliases", dict(alias, article_id=article_id),
                               keep_id=True, ignore=True)
        for push in record.get("pushes", []):
            ids = [statement_ids.get(i, i) for i in json.loads(push["statement_ids"])]
            await self._insert("pushes", dict(push, article_id=article_id,
                                              statement_ids=json.dumps(ids)),
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
            await self._execute(
                f"UPDATE speakers SET statement_count = (SELECT COUNT(*) FROM statements s"
                f" WHERE s.speaker_id = speakers.id) WHERE id IN ({marks})", chunk)

    async def _insert(self, table: str, row: dict[str, Any], *, keep_id: bool,
                      ignore: bool = False) -> int:
        """Insert the row's known columns; its id is kept when free, else the next
        one. Returns the id."""
        columns = [c for c in await self._columns(table) if c in row and c != "id"]
        row_id = row.get("id")
        if not (keep_id and isinstance(row_id, int) and not await self._rows(
                f"SELECT 1 FROM {table} WHERE id = ?", (row_id,))):
            row_id = await self._next_id(table)
        marks = ",".join("?" * (len(columns) + 1))
        conflict = " ON CONFLICT DO NOTHING" if ignore else ""
        await self._execute(
            f"INSERT INTO {table} (id, {', '.join(columns)}) VALUES ({marks}){conflict}",
            [row_id, *(row[c] for c in columns)])
        return row_id

    async def _dicts(self, table: str, where: str = "", params: tuple[Any, ...] = ()
                     ) -> list[dict[str, Any]]:
        """Rows of `table` as {column: value}, every column of the table."""
        columns = ", ".join(await self._columns(table))
        rows = await self._rows(f"SELECT {columns} FROM {table} {where} ORDER BY id", params)
        return [dict(row) for row in rows]


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
