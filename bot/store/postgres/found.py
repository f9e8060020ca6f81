"""Look-ups that return the statements themselves on PostgreSQL: the ids of a
full-text look-up (text.py) or of a speaker's latest, and their rows, in one statement.

Search fetched the candidates' rows after their ids came back, one more round trip
per question; here the look-up is a materialized CTE (planned as it is alone) whose
ids, numbered in their order, are joined to the rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bot.models import StoredStatement
from bot.store.port import Scope, TextQuery
from bot.store.postgres.text import FullText, speaker_latest_sql
from bot.store.sql.reads import STATEMENT_COLUMNS


def with_rows(ids_sql: str) -> str:
    """The statement rows of the ids `ids_sql` gives, in their order (its parameters)."""
    return (f"WITH found AS MATERIALIZED (SELECT id, row_number() OVER () AS n"
            f" FROM ({ids_sql}) AS ids)"
            f" SELECT {STATEMENT_COLUMNS} FROM found f JOIN statements s ON s.id = f.id"
            " JOIN articles a ON a.id = s.article_id"
            " LEFT JOIN speakers sp ON sp.id = s.speaker_id ORDER BY f.n")


class FoundRows(FullText):
    async def find_statements(self, query: TextQuery, limit: int,
                              ranked: bool = True) -> list[StoredStatement]:
        """The statements of find_statement_ids, in its order."""
        found = await self._find_sql(query, limit, ranked)
        return await self._statement_rows(*found) if found else []

    async def find_newest_statements(self, query: TextQuery,
                                     limit: int) -> list[StoredStatement]:
        """The statements of find_newest_ids, in its order."""
        found = await self._newest_sql(query, limit)
        return await self._statement_rows(*found) if found else []

    async def speaker_statements(self, speaker_ids: Sequence[int], limit: int,
                                 scope: Scope | None = None) -> list[StoredStatement]:
        """The statements of speaker_statement_ids, in its order."""
        if not speaker_ids:
            return []
        sql, args = speaker_latest_sql(speaker_ids, limit, scope)
        return await self._statement_rows(sql, args, "")

    async def _statement_rows(self, sql: str, args: list[Any],
                              text: str) -> list[StoredStatement]:
        rows = await self._checked(with_rows(sql), args, text)
        if not rows:
            return []
        names = rows[0].keys()  # zipped: dict(row) asks each column by name
        return [StoredStatement(**dict(zip(names, row, strict=True))) for row in rows]
