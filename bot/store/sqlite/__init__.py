"""The SQLite adapter: aiosqlite, WAL, FTS5; the schema is migrations/NNN_*.sql.

`SQLiteStore` joins the connection (connection.py), the full-text index (fts.py), the
file backup (backup.py) and the SQL shared with PostgreSQL (bot/store/sql/).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from bot.models import StoredStatement
from bot.store.port import Scope, TextQuery
from bot.store.sql.displays import Displays
from bot.store.sql.exchange import Exchange
from bot.store.sql.follows import Follows
from bot.store.sql.reads import Reads
from bot.store.sql.saved import SavedQueries
from bot.store.sql.writes import Writes
from bot.store.sqlite.backup import FileBackup
from bot.store.sqlite.connection import MIGRATIONS_DIR
from bot.store.sqlite.fts import FullText


class SQLiteStore(FullText, FileBackup, Reads, Writes, SavedQueries, Exchange, Displays,
                  Follows):
    """One open SQLite database: `await SQLiteStore.open(path)`, `await store.close()`."""

    # The look-ups with their rows: in process, the ids and then the rows cost no more.
    async def find_statements(self, query: TextQuery, limit: int,
                              ranked: bool = True) -> list[StoredStatement]:
        """The statements of find_statement_ids, in its order."""
        return await self.get_statements(await self.find_statement_ids(query, limit, ranked))

    async def find_newest_statements(self, query: TextQuery,
                                     limit: int) -> list[StoredStatement]:
        """The statements of find_newest_ids, in its order."""
        return await self.get_statements(await self.find_newest_ids(query, limit))

    async def find_counted_statements(self, query: TextQuery, counted: TextQuery, cap: int,
                                      limit: int) -> list[StoredStatement]:
        """Ranked below `cap` matches of `counted`, else newest first (port.Store)."""
        if await self.count_matches(counted, cap) < cap:
            return await self.find_statements(query, limit)
        return await self.find_newest_statements(query, limit)

    async def speaker_statements(self, speaker_ids: Sequence[int], limit: int,
                                 scope: Scope | None = None) -> list[StoredStatement]:
        """The statements of speaker_statement_ids, in its order."""
        return await self.get_statements(
            await self.speaker_statement_ids(speaker_ids, limit, scope))


# What SQLite raises when the database fails (locked, corrupt, full, unreadable).
ERRORS: tuple[type[Exception], ...] = (sqlite3.Error,)

__all__ = ["ERRORS", "MIGRATIONS_DIR", "SQLiteStore"]
