"""Statements stored before cards had a display (migration 007): find them, fill them.

The store only reads and writes rows; bot/backfill.py rebuilds the displays from the
stored article text with the extractor.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from bot.store.sql.base import SqlStore


class Displays(SqlStore):
    async def articles_missing_display(self, limit: int = 100) -> list[int]:
        """Ids of articles with a statement that has no display yet."""
        rows = await self._rows(
            "SELECT DISTINCT article_id FROM statements WHERE display IS NULL"
            " ORDER BY article_id LIMIT ?", (limit,))
        return [row[0] for row in rows]

    async def statement_spans(self, article_id: int) -> list[tuple[int, str, list[list[int]]]]:
        """(statement id, kind, spans) of an article's statements without a display."""
        rows = await self._rows(
            "SELECT id, kind, spans FROM statements WHERE article_id = ? AND display IS NULL"
            " ORDER BY id", (article_id,))
        return [(row[0], row[1], json.loads(row[2])) for row in rows]

    async def article_text(self, article_id: int) -> tuple[str, str | None] | None:
        """(text, ISO publication datetime) of a stored article."""
        rows = await self._rows("SELECT text, published FROM articles WHERE id = ?",
                                (article_id,))
        return (rows[0][0], rows[0][1]) if rows else None

    async def set_displays(self, displays: Sequence[tuple[int, str]]) -> None:
        """Store each (statement id, display); an empty display is kept as ''."""
        async with self._write(catalog=False):
            await self._executemany("UPDATE statements SET display = ? WHERE id = ?",
                                    [(shown, sid) for sid, shown in displays])
