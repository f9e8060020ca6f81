"""The database connection: opening, migrations, and the small query helpers.

One aiosqlite connection per process, WAL, foreign keys on. The schema lives in
numbered files in bot/store/migrations/, applied in order and recorded in `migrations`.
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
from typing import Any, Self, TypeVar

import aiosqlite

from bot.models import SpeakerRecord

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The database file holds nothing secret but is private to the bot's user.
DB_FILE_MODE = 0o600
# SQLite's page cache per connection, in KiB (negative cache_size): index pages read by
# every search stay in memory (the OS may not keep the file cached).
PAGE_CACHE_KIB = 65536
# SQLite limits bound parameters per statement; id lists are sent in chunks this big.
MAX_IDS_PER_QUERY = 500


class Database:
    def __init__(self, db: aiosqlite.Connection) -> None:
        self._db = db
        # The speaker list, loaded once and patched after each write (a new list each
        # time, so search can tell it changed); None until first asked for.
        self._speakers: list[SpeakerRecord] | None = None
        self._sources: list[str] | None = None  # outlet names, dropped when articles come
        # One connection is shared by every task: writes (each one transaction) take turns.
        self._write_lock = asyncio.Lock()

    @classmethod
    async def open(cls, path: str | Path) -> Self:
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
            await db.execute(f"PRAGMA cache_size = -{PAGE_CACHE_KIB}")
            await store._migrate()
        except BaseException:
            await db.close()
            raise
        return store

    async def close(self) -> None:
        await self._db.close()

    async def __aenter__(self) -> Self:
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

    async def _refresh_speakers(self, speaker_ids: Sequence[int]) -> None:
        """Patch the cached speaker list with these speakers' current rows."""
        if self._speakers is None or not speaker_ids:
            return
        by_id = {s.id: s for s in self._speakers}
        for speaker_id in speaker_ids:
            by_id.pop(speaker_id, None)
        for chunk in _chunks_of(list(speaker_ids)):
            marks = ",".join("?" * len(chunk))
            rows = await self._rows(f"{SPEAKER_SELECT} WHERE id IN ({marks})", chunk)
            by_id.update((r.id, r) for r in map(_speaker_record, rows))
        self._speakers = [by_id[i] for i in sorted(by_id)]

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


SPEAKER_SELECT = "SELECT id, name, titles, aliases, statement_count FROM speakers"


def _speaker_record(row: Any) -> SpeakerRecord:
    return SpeakerRecord(id=row[0], name=row[1], titles=json.loads(row[2]),
                         aliases=json.loads(row[3]), statement_count=row[4])


_T = TypeVar("_T")


def _chunks_of(items: Sequence[_T]) -> Iterable[list[_T]]:
    for start in range(0, len(items), MAX_IDS_PER_QUERY):
        yield list(items[start : start + MAX_IDS_PER_QUERY])


_chunks = _chunks_of


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
