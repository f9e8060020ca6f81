"""The store: the only package that touches SQL (aiosqlite, WAL, FTS5).

`Store` joins the connection and migrations (base.py), writing (writes.py), reading
(reads.py), and backup with export/import (backup.py); the schema is the numbered SQL
files in migrations/.
"""

from __future__ import annotations

from bot.store.backup import Backup, ImportFormatError
from bot.store.displays import Displays
from bot.store.reads import Reads
from bot.store.saved import SavedQueries, StatementContext
from bot.store.writes import Writes


class Store(Reads, Writes, SavedQueries, Backup, Displays):
    """One open database; use `await Store.open(path)` and `await store.close()`."""


__all__ = ["ImportFormatError", "StatementContext", "Store"]
