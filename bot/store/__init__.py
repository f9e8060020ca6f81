"""The store: the only package that touches SQL (aiosqlite, WAL, FTS5).

`bot.store.port` is what the rest of the bot asks of a store (the `Store` protocol,
`TextQuery`, `Scope`); `Store` here joins the connection and migrations (base.py),
writing (writes.py), reading (reads.py, fts.py), and backup with export/import
(backup.py); the schema is the numbered SQL files in migrations/.
"""

from __future__ import annotations

from bot.store.backup import Backup
from bot.store.displays import Displays
from bot.store.port import ImportFormatError, StatementContext
from bot.store.reads import Reads
from bot.store.saved import SavedQueries
from bot.store.writes import Writes


class Store(Reads, Writes, SavedQueries, Backup, Displays):
    """One open database; use `await Store.open(path)` and `await store.close()`."""


__all__ = ["ImportFormatError", "StatementContext", "Store"]
