"""Full text on PostgreSQL: TextQuery -> tsquery over statements.tsv (migration 002) or
quote_tsv (011), keeping tsv in step with the statements, fuzzy names with pg_trgm, and
what the other engine-specific operations are here (optimize, backup).

Only quoted word tokens reach to_tsquery (each word is split into letters and digits
here again), so no text from a user is ever read as tsquery syntax.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import psycopg
from psycopg_pool import AsyncConnectionPool

from bot.models import SpeakerRecord
from bot.store.port import (
    BackupNotSupported,
    Phrase,
    Scope,
    TextQuery,
    boolean_text,
    phrase_tokens,
)
from bot.store.postgres.connection import Connection
from bot.store.postgres.counts import CommonWords
from bot.store.postgres.indexing import CONFIG
from bot.store.postgres.newest import NewestId, quote_first_sql, window_size, windowed_sql
from bot.store.postgres.speakers import (
    EACH,
    INDEX,
    NEWEST,
    QUOTE_FIRST,
    RANKED,
    ROWS,
    per_speaker_args,
    per_speaker_sql,
    speaker_plan,
)
from bot.store.sql.base import dated_sql

log = logging.getLogger(__name__)

# The quote has weight A, its paragraph B, in tsv; quote_tsv (migration 011) holds tsv's
# weight-A entries. A query names no weight: PostgreSQL cannot check a weight in the
# GIN index and reads each candidate's whole tsvector again (often out of line, in
# TOAST) to do it, so the quote alone is searched in its own column and index.
ALL_TEXT, QUOTE_ONLY = "s.tsv", "s.quote_tsv"

def tsquery_phrase(phrase: Phrase) -> str | None:
    """A phrase as tsquery text: quoted tokens joined by <->; a prefix phrase's last
    token is a prefix ('na':*). None without words."""
    tokens = phrase_tokens(phrase)
    if not tokens:
        return None
    parts = [f"'{t}'" for t in tokens]
    if phrase.prefix:
        parts[-1] = f"'{tokens[-1]}':*"
    return "(" + " <-> ".join(parts) + ")"


def tsquery_text(query: TextQuery) -> str | None:
    """The to_tsquery text of a query, or None when it has no word."""
    return boolean_text(query, tsquery_phrase, " & ", " | ")


def text_column(query: TextQuery) -> str:
    """The tsvector a query searches: the quote's alone, or quote and paragraph."""
    return QUOTE_ONLY if query.quote_only else ALL_TEXT


def where_sql(query_speakers: Sequence[int], scope: Scope | None) -> tuple[str, list[Any]]:
    """(' AND ...' conditions, parameters) for speakers and a scope."""
    where = ""
    params: list[Any] = []
    if query_speakers:
        where += " AND s.speaker_id = ANY(?)"
        params.append(list(dict.fromkeys(query_speakers)))
    dated, dates = dated_sql(scope)
    where += dated
    params += dates
    if scope is not None and scope.sources:  # the statement's copy (migration 014)
        where += " AND s.source_key = ANY(?)"
        params.append([source.lower() for source in scope.sources])
    return where, params


def speaker_latest_sql(speaker_ids: Sequence[int], limit: int,
                       scope: Scope | None) -> tuple[str, list[Any]]:
    """(SQL, parameters) of these speakers' latest statement ids, in order."""
    where, params = where_sql(speaker_ids, scope)
    return (f"SELECT s.id FROM statements s WHERE TRUE {where}"
            " ORDER BY s.said_on DESC NULLS LAST, s.id DESC LIMIT ?", [*params, limit])


class FullText(Connection):
    _counted: list[SpeakerRecord] | None = None  # the speaker list _counts was made from
    _counts: dict[int, int] = {}  # noqa: RUF012 (replaced, never changed in place)

    def __init__(self, pool: AsyncConnectionPool,
                 generic: AsyncConnectionPool | None = None) -> None:
        super().__init__(pool, generic)
        self._common = CommonWords(CONFIG)  # the statistics' common words (counts.py)
        self._newest = NewestId()  # the highest statement id (newest.py)

    async def find_statement_ids(self, query: TextQuery, limit: int,
                                 ranked: bool = True) -> list[int]:
        """Statement ids matching the query, best (ts_rank, the quote weighing more
        than its paragraph) first, or newest first when not `ranked`."""
        found = await self._find_sql(query, limit, ranked)
        return await self._match(*found) if found else []

    async def find_newest_ids(self, query: TextQuery, limit: int) -> list[int]:
        """The newest matches, those with the terms in the quote first (_newest_sql)."""
        found = await self._newest_sql(query, limit)
        return await self._match(*found) if found else []

    async def _find_sql(self, query: TextQuery, limit: int,
                        ranked: bool) -> tuple[str, list[Any], str] | None:
        """(SQL, parameters, tsquery text) of find_statement_ids' ids in their order;
        None when the query has no word."""
        text = tsquery_text(query)
        if text is None:
            return None
        sql, args = await self._lookup_sql(query, text, limit, ranked)
        return sql, args, text

    async def _newest_sql(self, query: TextQuery,
                          limit: int) -> tuple[str, list[Any], str] | None:
        """find_newest_ids' (SQL, parameters, tsquery text), in one statement.
        Inside named speakers read row by row or one speaker at a time
        (speakers.speaker_plan), their matches in the whole text, the quote's first, in
        one look-up (the quote's matches are among the text's); otherwise the quote's
        newest, then, only when they are fewer than the limit, the whole text's
        (newest.quote_first_sql): the ids of text_query.quote_first, in one round trip
        where it takes two."""
        text = tsquery_text(query)
        if text is None:
            return None
        most = max(limit, 0)
        plan = self._speaker_plan(query, ALL_TEXT)
        where, params = where_sql(() if plan == EACH else query.speaker_ids, query.scope)
        if plan == EACH:
            return (per_speaker_sql(CONFIG, ALL_TEXT, QUOTE_FIRST, where),
                    per_speaker_args(query.speaker_ids, text, params, limit), text)
        if plan == ROWS:
            in_quote = f"ts_match_vq({QUOTE_ONLY}, q)"
            sql = (f"SELECT s.id FROM statements s"
                   f" CROSS JOIN to_tsquery('{CONFIG}', ?) q"
                   f" WHERE ({in_quote} OR ts_match_vq({ALL_TEXT}, q)) {where}"
                   f" ORDER BY {in_quote} DESC, s.id DESC LIMIT ?")
            return sql, [text, *params, most], text
        quote_sql, quote_args = await self._lookup_sql(
            replace(query, quote_only=True), text, limit, False)
        text_sql, text_args = await self._lookup_sql(
            replace(query, quote_only=False), text, limit, False)
        return quote_first_sql(quote_sql, text_sql), [*quote_args, *text_args, most, most], text

    async def _lookup_sql(self, query: TextQuery, text: str, limit: int,
                          ranked: bool) -> tuple[str, list[Any]]:
        """(SQL, parameters) of find_statement_ids' look-up for the tsquery `text`."""
        column = text_column(query)
        plan = self._speaker_plan(query, column)
        where, params = where_sql(() if plan == EACH else query.speaker_ids, query.scope)
        if plan == EACH:
            return (per_speaker_sql(CONFIG, column, RANKED if ranked else NEWEST, where),
                    per_speaker_args(query.speaker_ids, text, params, limit))
        order = f"ts_rank({column}, q, 1) DESC, s.id DESC" if ranked else "s.id DESC"
        # The speakers' rows each checked (a function: no index), see speakers.py.
        match = f"ts_match_vq({column}, q)" if plan == ROWS else f"{column} @@ q"
        select = (f"SELECT s.id FROM statements s"
                  f" CROSS JOIN to_tsquery('{CONFIG}', ?) q WHERE {match} {where}")
        args = [text, *params]
        # The newest ids first, in a window sized by the statistics (newest.py).
        common = self._common
        size = None if ranked or query.speaker_ids else window_size(
            common.matches(column.removeprefix("s."), query), common.share(query.scope.sources),
            common.total, limit)
        if size is not None:
            if self._newest.stale():
                self._newest.set(await self._scalar("SELECT COALESCE(max(id), 0) FROM statements"))
            (periods, lowest, beyond), most = self._newest.window(size), max(limit, 0)
            sql = windowed_sql(select, "ORDER BY s.id DESC LIMIT ?")
            return sql, [*args, beyond, most, *args, periods, most, *args, lowest, most, most,
                         most]
        return f"{select} ORDER BY {order} LIMIT ?", [*args, max(limit, 0)]

    def _speaker_plan(self, query: TextQuery, column: str) -> str:
        """How a look-up inside the query's speakers is made (speakers.speaker_plan,
        from their statements by the cached speaker records and the words' index
        entries by the statistics); the index when it names none or the speakers are
        not loaded."""
        if not query.speaker_ids or self._speakers is None:
            return INDEX
        if self._counted is not self._speakers:
            self._counts = {s.id: s.statement_count for s in self._speakers}
            self._counted = self._speakers
        ids = set(query.speaker_ids)
        rows = sum(self._counts.get(i, 0) for i in ids)
        entries = self._common.index_rows(column.removeprefix("s."), query)
        return speaker_plan(rows, entries, len(ids))

    async def _match(self, sql: str, params: Sequence[Any], text: str) -> list[int]:
        return [int(row[0]) for row in await self._checked(sql, params, text)]

    async def _checked(self, sql: str, params: Sequence[Any], text: str) -> list[Any]:
        try:
            return await self._rows(sql, params)
        except psycopg.errors.SyntaxError as exc:  # cannot happen with quoted tokens
            log.warning("search expression rejected: %s (%r)", exc, text)
            return []

    async def speaker_statement_ids(
        self, speaker_ids: Sequence[int], limit: int, scope: Scope | None = None
    ) -> list[int]:
        """The most recent statements of these speakers (by date said, then newest loaded)."""
        if not speaker_ids:
            return []
        return [int(row[0]) for row in await self._rows(
            *speaker_latest_sql(speaker_ids, limit, scope))]

    async def optimize(self) -> None:
        """Fresh planner statistics after a bulk load."""
        await self._execute("ANALYZE")
        self._common = CommonWords(CONFIG)

    async def backup(self, target: str | Path) -> None:
        raise BackupNotSupported(
            "the PostgreSQL store is backed up with pg_dump (or `onrecord export`)")
