"""The full-text index on SQLite: TextQuery -> FTS5 match expressions and queries, and
keeping statements_fts in step with the statements (rowid = statements.id; a deleted
statement leaves it by a trigger, migration 001).

Only quoted word tokens reach FTS5 (each word is split into index tokens here again),
so no text from a user is ever read as FTS5 syntax.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Sequence
from typing import Any

from bot.store.port import (
    Phrase,
    Scope,
    TextQuery,
    boolean_text,
    phrase_tokens,
    quote_first,
)
from bot.store.sql.base import IndexRow, dated_sql
from bot.store.sql.rows import STATEMENT_COLUMNS
from bot.store.sqlite.connection import Connection

log = logging.getLogger(__name__)

# Statements first, then their article: the planner would otherwise start from every
# article of a source (a twelfth of the store) for "from politico". The article is
# checked in the source index (source_key, rowid), not its row (text, then source_key).
SOURCE_CROSS_JOIN = (
    "CROSS JOIN articles a INDEXED BY articles_source_key ON a.id = s.article_id")


def speaker_ref(speaker_id: int) -> str:
    """The token that tags a speaker's statements in the full-text index."""
    return f"spk{speaker_id}"


def fts_phrase(phrase: Phrase) -> str | None:
    """A double-quoted FTS5 phrase of word tokens only, or None if it has none; a
    prefix phrase is a prefix query on its last word ('"na" *')."""
    tokens = phrase_tokens(phrase)
    if not tokens:
        return None
    return '"' + " ".join(tokens) + '"' + (" *" if phrase.prefix else "")


def fts_expression(query: TextQuery) -> str | None:
    """The FTS5 match expression of a query, or None when it has no word."""
    body = boolean_text(query, fts_phrase, " AND ", " OR ")
    if body is None:
        return None
    columns = "quote" if query.quote_only else "{quote context}"
    expression = f"{columns} : ({body})"
    if query.speaker_ids:
        refs = " OR ".join(f'"{speaker_ref(i)}"' for i in dict.fromkeys(query.speaker_ids))
        expression = f"speaker_ref : ({refs}) AND {expression}"
    return expression


def scope_sql(scope: Scope | None) -> tuple[str, list[str]]:
    """' AND ...' conditions on statements s (and articles a) for a scope."""
    where, params = dated_sql(scope)
    if scope is not None and scope.sources:
        where += f" AND a.source_key IN ({','.join('?' * len(scope.sources))})"
        params += [source.lower() for source in scope.sources]
    return where, params


def _scoped(scope: Scope) -> tuple[str, str, list[str]]:
    """(join, conditions, parameters) narrowing a full-text match to a scope: the
    statement rows are joined only when the scope needs them, by CROSS JOIN so that the
    index walk stays outermost (not every article of a source)."""
    where, params = scope_sql(scope)
    if not where:
        return "", "", []
    sources = SOURCE_CROSS_JOIN if scope.sources else ""
    return f"CROSS JOIN statements s ON s.id = statements_fts.rowid {sources}", where, params


class FullText(Connection):
    async def find_statement_ids(self, query: TextQuery, limit: int,
                                 ranked: bool = True) -> list[int]:
        """Statement ids matching the query, best (bm25) first, or newest first when
        not `ranked` (no score computed for every match)."""
        expression = fts_expression(query)
        if expression is None:
            return []
        join, where, params = _scoped(query.scope)
        sql = (f"SELECT statements_fts.rowid FROM statements_fts {join}"
               f" WHERE statements_fts MATCH ? {where}"
               f" ORDER BY {'rank' if ranked else 'statements_fts.rowid DESC'} LIMIT ?")
        return await self._match(sql, (expression, *params, limit), expression)

    async def find_newest_ids(self, query: TextQuery, limit: int) -> list[int]:
        """The newest matches, those with the terms in the quote first."""
        return await quote_first(self.find_statement_ids, query, limit)

    async def count_matches(self, query: TextQuery, cap: int) -> int:
        """How many statements match, counting no further than `cap` (cheap: ranking
        them is what costs, and bm25 reads every match of every term)."""
        expression = fts_expression(query)
        if expression is None:
            return 0
        join, where, params = _scoped(query.scope)
        sql = (f"SELECT COUNT(*) FROM (SELECT 1 FROM statements_fts {join}"
               f" WHERE statements_fts MATCH ? {where} LIMIT ?)")
        found = await self._match(sql, (expression, *params, cap), expression)
        return found[0] if found else 0

    async def _match(self, sql: str, params: Sequence[Any], expression: str) -> list[int]:
        try:
            rows = await self._rows(sql, params)
        except sqlite3.OperationalError as exc:  # cannot happen with quoted tokens
            log.warning("search expression rejected: %s (%r)", exc, expression)
            return []
        return [row[0] for row in rows]

    async def speaker_statement_ids(
        self, speaker_ids: Sequence[int], limit: int, scope: Scope | None = None
    ) -> list[int]:
        """The most recent statements of these speakers (by date said, then newest loaded)."""
        if not speaker_ids:
            return []
        marks = ",".join("?" * len(speaker_ids))
        where, params = scope_sql(scope)
        join = SOURCE_CROSS_JOIN if scope and scope.sources else ""
        rows = await self._rows(
            f"""SELECT s.id FROM statements s {join} WHERE s.speaker_id IN ({marks}) {where}
                ORDER BY s.said_on DESC, s.id DESC LIMIT ?""",
            (*speaker_ids, *params, limit),
        )
        return [row[0] for row in rows]

    async def _insert_statements(self, rows: Sequence[Sequence[Any]],
                                 index: Sequence[IndexRow]) -> None:
        marks = ",".join("?" * len(STATEMENT_COLUMNS))
        await self._executemany(
            f"INSERT INTO statements ({', '.join(STATEMENT_COLUMNS)}) VALUES ({marks})", rows)
        await self._index_statements(index)

    async def _index_statements(self, index: Sequence[IndexRow]) -> None:
        await self._executemany(
            "INSERT INTO statements_fts (rowid, quote, context, speaker, speaker_ref)"
            " VALUES (?, ?, ?, ?, ?)",
            [(i, quote, context, speaker, speaker_ref(who) if who else "")
             for i, quote, context, speaker, who in index])

    async def _retag_statements(self, statement_ids: Sequence[int], speaker_id: int) -> None:
        await self._executemany("UPDATE statements_fts SET speaker_ref = ? WHERE rowid = ?",
                                [(speaker_ref(speaker_id), i) for i in statement_ids])

    async def optimize(self) -> None:
        """Merge the full-text index into one segment (after a bulk load: faster queries)."""
        async with self._write_lock:
            await self._db.execute(
                "INSERT INTO statements_fts (statements_fts) VALUES ('optimize')")
            await self._db.execute("PRAGMA optimize")
