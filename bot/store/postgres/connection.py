"""The PostgreSQL connection: a psycopg 3 pool, migrations, and the hooks the shared SQL
runs on (bot/store/sql/base.py).

Reads take any pooled connection (autocommit); the few whose best plan does not depend
on their values take one of a second pool, where a statement is planned once per
connection (_generic_rows). A write is one transaction on one connection, under a
transaction-level advisory lock, so writers take turns across every process as they do
on SQLite; the shared code's statements reach that connection through a context
variable. A write that may change speakers or sources adds 1 to store_version; each
process compares it with the number it last saw before trusting its cached speakers and
sources (a write by another replica makes it read them again).
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Callable, Iterable, Sequence
from contextlib import asynccontextmanager
from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path
from typing import Any, Self

import psycopg
from psycopg_pool import AsyncConnectionPool

from bot.store.sql.base import SqlStore, _now

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# Connections per process: searches run side by side, writes take one at a time; and
# half as many again for the statements that keep one plan (GENERIC_SETTINGS), at most
# one a question.
POOL_SIZE = 8
# Seconds to wait for the server when opening the store.
CONNECT_TIMEOUT = 10.0
# Settings of every pooled session (the server's own are left as they are). Search's
# queries differ by their words: a plan made for no words in particular (a prepared
# statement's generic plan, which psycopg asks for after 5 runs of one query text)
# estimates every tsquery alike and read the whole posting list of a common word
# (160 ms where the plan for the words takes 1-18 ms); JIT compiles for a cost
# estimate that a LIMIT never reaches (55 ms on a count of 1 ms). A bitmap of a common
# word's matches outgrew the default 4 MB work_mem at 10M statements and went lossy:
# every row of its pages checked again (83,000 matches: 54,000 rows rechecked, 720 ->
# 570 ms with 32 MB).
SESSION_SETTINGS = {"plan_cache_mode": "force_custom_plan", "jit": "off", "work_mem": "32MB"}
# The same, for a second pool whose statements keep one plan per connection (prepared at
# their first run): those whose best plan does not depend on their parameters (a
# speaker's latest: an index-only scan, a top-N sort, the rows; 0.3-0.5 ms of planning a
# run for ~1 ms of execution at 1M statements). No tsquery is sent there.
GENERIC_SETTINGS = {**SESSION_SETTINGS, "plan_cache_mode": "force_generic_plan"}
# pg_advisory_xact_lock keys: one writer at a time; one process migrating at a time.
WRITE_LOCK = 7_160_201
MIGRATE_LOCK = 7_160_202
# The engine's own columns of a table, left out of exports (made again on import): the
# full text, and the copy of the article's outlet (migration 014).
ENGINE_COLUMNS = {"statements": frozenset({"tsv", "quote_tsv", "source_key"})}

# The connection of the write transaction the current task is in: (store id, connection).
_TRANSACTION: ContextVar[tuple[int, psycopg.AsyncConnection[Any]] | None] = ContextVar(
    "onrecord_pg_transaction", default=None)


@lru_cache(maxsize=512)
def native(sql: str) -> str:
    """The shared SQL's `?` placeholders as psycopg's `%s` (a literal % doubled)."""
    return sql.replace("%", "%%").replace("?", "%s")


@lru_cache(maxsize=256)
def _row_class(names: tuple[str, ...]) -> type[tuple[Any, ...]]:
    index = {name: i for i, name in enumerate(names)}

    class Row(tuple[Any, ...]):
        """A row read by position or by column name; dict(row) maps names to values."""

        __slots__ = ()

        def __getitem__(self, key: Any) -> Any:
            return super().__getitem__(index[key] if isinstance(key, str) else key)

        def keys(self) -> tuple[str, ...]:
            return names

    return Row


def keyed_row(cursor: Any) -> Callable[[Sequence[Any]], Any]:
    """psycopg row factory: rows like aiosqlite.Row (by position or by name)."""
    row_class = _row_class(tuple(c.name for c in cursor.description or ()))
    return row_class


def _pool(url: str, size: int, name: str, settings: dict[str, str]) -> AsyncConnectionPool:
    """A pool (not yet open) whose new connections get these session settings."""
    async def configure(conn: psycopg.AsyncConnection[Any]) -> None:
        for key, value in settings.items():
            await conn.execute("SELECT set_config(%s, %s, false)", (key, value))

    return AsyncConnectionPool(
        url, min_size=1, max_size=max(size, 1), open=False, name=name,
        kwargs={"autocommit": True, "row_factory": keyed_row}, configure=configure)


class Connection(SqlStore):
    integrity_errors = (psycopg.IntegrityError, psycopg.DataError)

    def __init__(self, pool: AsyncConnectionPool,
                 generic: AsyncConnectionPool | None = None) -> None:
        super().__init__()
        self._pool = pool
        self._generic = generic  # GENERIC_SETTINGS' pool (_generic_rows); None: _pool
        self._version: int | None = None  # store_version when the caches were checked
        self._checked_at = float("-inf")  # time.monotonic() of that check
        # The newest store_version a look-up brought with its rows (found.py), and the
        # time.monotonic() when that look-up was sent: its snapshot is no older.
        self._seen: tuple[float, int] = (float("-inf"), 0)

    @classmethod
    async def open(cls, url: str, *, pool_size: int = POOL_SIZE,
                   timeout: float | None = None) -> Self:
        """Connect to the database at `url` (postgresql://...) and migrate it; a
        server that does not answer within `timeout` (CONNECT_TIMEOUT) raises."""
        pool = _pool(url, pool_size, "onrecord", SESSION_SETTINGS)
        generic = _pool(url, pool_size // 2, "onrecord-generic", GENERIC_SETTINGS)
        try:
            await pool.open(wait=True, timeout=timeout or CONNECT_TIMEOUT)
            await generic.open(wait=True, timeout=timeout or CONNECT_TIMEOUT)
            store = cls(pool, generic)
            await store._migrate()
            await store._catalog_changed()
        except BaseException:
            await pool.close()
            await generic.close()
            raise
        return store

    async def close(self) -> None:
        await self._pool.close()
        if self._generic is not None:
            await self._generic.close()

    async def _migrate(self) -> None:
        for path in sorted(MIGRATIONS_DIR.glob("*.sql")):
            async with self._pool.connection() as conn, conn.transaction():
                await conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATE_LOCK,))
                await conn.execute("CREATE TABLE IF NOT EXISTS migrations"
                                   " (name text PRIMARY KEY, applied_at text NOT NULL)")
                cursor = await conn.execute("SELECT 1 FROM migrations WHERE name = %s",
                                            (path.name,))
                if await cursor.fetchone():
                    continue
                await conn.execute(path.read_text(encoding="utf-8").encode())
                await conn.execute("INSERT INTO migrations VALUES (%s, %s)",
                                   (path.name, _now()))
            log.info("applied migration %s", path.name)

    @asynccontextmanager
    async def _connection(self) -> AsyncIterator[psycopg.AsyncConnection[Any]]:
        """The current write transaction's connection, else one from the pool."""
        current = _TRANSACTION.get()
        if current is not None and current[0] == id(self):
            yield current[1]
            return
        async with self._pool.connection() as conn:
            yield conn

    def _in_write(self) -> bool:
        """Whether the current task is inside this store's write transaction."""
        current = _TRANSACTION.get()
        return current is not None and current[0] == id(self)

    async def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        async with self._connection() as conn:
            cursor = await conn.execute(native(sql), tuple(params))
            return await cursor.fetchall()

    async def _generic_rows(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        """_rows where the statement keeps one plan (GENERIC_SETTINGS): only for those
        whose best plan is the same for every parameter. In a write, its connection."""
        if self._generic is None or self._in_write():
            return await self._rows(sql, params)
        async with self._generic.connection() as conn:
            cursor = await conn.execute(native(sql), tuple(params), prepare=True)
            return await cursor.fetchall()

    async def _execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        async with self._connection() as conn:
            cursor = await conn.execute(native(sql), tuple(params))
            return int(cursor.rowcount)

    async def _executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        rows = [tuple(row) for row in rows]
        if not rows:
            return
        async with self._connection() as conn, conn.cursor() as cursor:
            await cursor.executemany(native(sql), rows)

    @asynccontextmanager
    async def _write(self, catalog: bool = True) -> AsyncIterator[None]:
        version = None
        try:
            async with self._write_lock, self._pool.connection() as conn, conn.transaction():
                await conn.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
                if catalog:
                    cursor = await conn.execute(
                        "UPDATE store_version SET version = version + 1 RETURNING version")
                    version = int((await cursor.fetchone() or (0,))[0])
                token = _TRANSACTION.set((id(self), conn))
                try:
                    yield
                finally:
                    _TRANSACTION.reset(token)
        except BaseException:
            self._speakers = None
            raise
        if version is not None:
            if self._version != version - 1:  # another process wrote in between
                self._speakers = self._sources = None
            self._version = version

    def _saw_version(self, sent: float, version: int) -> None:
        """A statement sent at `sent` (time.monotonic()) read store_version `version`."""
        if sent > self._seen[0]:
            self._seen = (sent, version)

    async def _catalog_changed(self, since: float | None = None) -> bool:
        """Whether store_version moved: as a look-up sent at or after `since` read it
        with its rows (no round trip of its own), else asked now."""
        seen_at, version = self._seen
        if since is not None and seen_at >= since:
            self._checked_at = max(self._checked_at, seen_at)
            if self._version is not None and version < self._version:
                return False  # read before this process's own later write: older news
        else:
            # From the look's start: the aliases trust it from then (aliases.py).
            self._checked_at = time.monotonic()
            version = await self._scalar("SELECT version FROM store_version WHERE id = 1")
        changed, self._version = version != self._version, version
        return changed

    async def _columns(self, table: str) -> list[str]:
        rows = await self._rows(
            "SELECT column_name FROM information_schema.columns"
            " WHERE table_schema = current_schema() AND table_name = ?"
            " ORDER BY ordinal_position", (table,))
        own = ENGINE_COLUMNS.get(table, frozenset())
        return [row[0] for row in rows if row[0] not in own]
