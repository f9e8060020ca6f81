"""The SQLite connection: opening (WAL, foreign keys on), migrations, and the hooks the
shared SQL runs on (bot/store/sql/base.py).

One aiosqlite connection per process; writes take turns on it, each one transaction
(BEGIN IMMEDIATE, so another process's writer waits rather than failing). The schema
lives in numbered files in migrations/, applied in order and recorded in `migrations`.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, Self

import aiosqlite

from bot.store.sql.base import SqlStore, _now

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The database file holds nothing secret but is private to the bot's user.
DB_FILE_MODE = 0o600
# SQLite's page cache per connection, in KiB (negative cache_size): index pages read by
# every search stay in memory (the OS may not keep the file cached).
PAGE_CACHE_KIB = 65536


class Connection(SqlStore):
    integrity_errors = (sqlite3.IntegrityError,)

    def __init__(self, db: aiosqlite.Connection) -> None:
        super().__init__()
        self._db = db
        # PRAGMA data_version when the caches were last checked: it changes when
        # another connection (another process) commits, never for this one's writes.
        self._data_version: int | None = None

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
            await store._catalog_changed()
        except BaseException:
            await db.close()
            raise
        return store

    async def close(self) -> None:
        await self._db.close()

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

    async def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        return list(await self._db.execute_fetchall(sql, params))

    async def _execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        cursor = await self._db.execute(sql, params)
        return int(cursor.rowcount)

    async def _executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        await self._db.executemany(sql, rows)

    @asynccontextmanager
    async def _write(self, catalog: bool = True) -> AsyncIterator[None]:
        async with self._write_lock:
            try:
                # Inside the try: a task cancelled while BEGIN runs in aiosqlite's thread
                # still opens the transaction, and the rollback (queued after it) ends it.
                await self._db.execute("BEGIN IMMEDIATE")
                yield
                await self._db.commit()
            except BaseException:
                await self._db.rollback()
                self._speakers = None
                raise

    async def _catalog_changed(self, since: float | None = None) -> bool:
        # In process (the file's data_version): nothing learned earlier to answer from.
        version = int((await self._rows("PRAGMA data_version"))[0][0])
        changed, self._data_version = version != self._data_version, version
        return changed

    async def _columns(self, table: str) -> list[str]:
        return [row[1] for row in await self._rows(f"PRAGMA table_info({table})")]
