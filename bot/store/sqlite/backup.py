"""`onrecord backup` on SQLite: a copy of the file with SQLite's online backup API."""

from __future__ import annotations

import os
from pathlib import Path

import aiosqlite

from bot.store.sqlite.connection import DB_FILE_MODE, Connection


class FileBackup(Connection):
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
