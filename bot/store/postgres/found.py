"""Look-ups that return the statements themselves on PostgreSQL: the ids of a
full-text look-up (text.py) or of a speaker's latest, and their rows, in one statement.

Search fetched the candidates' rows after their ids came back, one more round trip
per question; here the look-up is a materialized CTE (planned as it is alone) whose
ids, numbered in their order, are joined to the rows.

The capped count that chooses between the ranked and the newest look-up (search's
RANK_MAX_MATCHES) is asked in the same statement as both (counted_sql): each look-up
runs only when the count says it is the one (a gate PostgreSQL checks before running
it), so the question's first look-up is one round trip, where it took two.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

from bot.models import StoredStatement
from bot.store.port import Scope, TextQuery
from bot.store.postgres.counts import COMMON_MARGIN, common_candidates
from bot.store.postgres.indexing import CONFIG
from bot.store.postgres.text import (
    FullText,
    speaker_latest_sql,
    text_column,
    tsquery_text,
    where_sql,
)
from bot.store.sql.reads import STATEMENT_COLUMNS

_VALIDATE = StoredStatement.__pydantic_validator__.validate_python


def with_rows(ids_sql: str) -> str:
    """The statement rows of the ids `ids_sql` gives, in their order (its parameters),
    each with the store version last (read once, in the statement's snapshot)."""
    return (f"WITH found AS MATERIALIZED (SELECT id, row_number() OVER () AS n"
            f" FROM ({ids_sql}) AS ids)"
            f" SELECT {STATEMENT_COLUMNS},"
            " (SELECT version FROM store_version WHERE id = 1) AS store_version"
            " FROM found f JOIN statements s ON s.id = f.id"
            " JOIN articles a ON a.id = s.article_id"
            " LEFT JOIN speakers sp ON sp.id = s.speaker_id ORDER BY f.n")


def counted_sql(count: str, ranked: str, newest: str) -> str:
    """The ids of the look-up `ranked` when the capped count `count` is below the cap,
    else those of `newest`. Parameters: the count's, the ranked look-up's, the cap, the
    newest look-up's, the cap."""
    return (f"WITH counted AS MATERIALIZED ({count})"
            f" SELECT id FROM ({ranked}) AS r WHERE (SELECT n FROM counted) < ?"
            f" UNION ALL SELECT id FROM ({newest}) AS w WHERE (SELECT n FROM counted) >= ?")


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

    async def find_counted_statements(self, query: TextQuery, counted: TextQuery, cap: int,
                                      limit: int) -> list[StoredStatement]:
        """find_statements when fewer than `cap` statements match `counted`, else
        find_newest_statements; the count, when the statistics do not answer it, in
        the same statement as the look-ups (counted_sql)."""
        count = await self._count_sql(counted, cap)
        if isinstance(count, int):
            if count < cap:
                return await self.find_statements(query, limit)
            return await self.find_newest_statements(query, limit)
        ranked = await self._find_sql(query, limit, True)
        newest = await self._newest_sql(query, limit)
        if ranked is None or newest is None:
            return []
        sql = counted_sql(count[0], ranked[0], newest[0])
        return await self._statement_rows(sql, [*count[1], *ranked[1], cap, *newest[1], cap],
                                          ranked[2])

    async def count_matches(self, query: TextQuery, cap: int) -> int:
        """How many statements match, counting no further than `cap`."""
        count = await self._count_sql(query, cap)
        if isinstance(count, int):
            return count
        found = await self._match(*count)
        return found[0] if found else 0

    async def _count_sql(self, query: TextQuery, cap: int) -> int | tuple[str, list[Any], str]:
        """count_matches' answer when it is known without counting (no word: 0; a word
        the statistics put in COMMON_MARGIN times the cap's rows or more: the cap,
        counts.py), else its (SQL, parameters, tsquery text)."""
        text = tsquery_text(query)
        if text is None:
            return 0
        common = common_candidates(query)
        if common and cap > 0:
            column = text_column(query).removeprefix("s.")
            if await self._common.most_rows(self._rows, column, common) >= COMMON_MARGIN * cap:
                return cap
        where, params = where_sql(query.speaker_ids, query.scope)
        sql = (f"SELECT COUNT(*) AS n FROM (SELECT 1 FROM statements s"
               f" WHERE {text_column(query)} @@ to_tsquery('{CONFIG}', ?) {where}"
               " LIMIT ?) AS found")
        return sql, [text, *params, max(cap, 0)], text

    async def speaker_statements(self, speaker_ids: Sequence[int], limit: int,
                                 scope: Scope | None = None) -> list[StoredStatement]:
        """The statements of speaker_statement_ids, in its order."""
        if not speaker_ids:
            return []
        sql, args = speaker_latest_sql(speaker_ids, limit, scope)
        # Store-wide, one plan serves every speaker list (connection.GENERIC_SETTINGS);
        # a date or an outlet is planned for its own values.
        generic = scope is None or not scope.narrows
        return await self._statement_rows(sql, args, "", generic)

    async def _statement_rows(self, sql: str, args: list[Any], text: str,
                              generic: bool = False) -> list[StoredStatement]:
        sent = time.monotonic()
        rows = (await self._generic_rows(with_rows(sql), args) if generic
                else await self._checked(with_rows(sql), args, text))
        if not rows:
            return []
        # The store version came with the rows: catalog(since) needs no look of its own
        # (not inside a write: its own version bump may yet be rolled back).
        if not self._in_write():
            self._saw_version(sent, int(rows[0][-1]))
        names = rows[0].keys()[:-1]  # zipped: dict(row) asks each column by name
        # The model's validator on each row's columns (the version left out: zip stops at
        # the names): what StoredStatement(**columns) runs, without its call around
        # (100 rows: 0.36 -> 0.22 ms).
        return [_VALIDATE(dict(zip(names, row, strict=False))) for row in rows]
