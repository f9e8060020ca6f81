"""What the SQL both adapters share runs on: `SqlStore`, an engine-neutral base.

The modules of bot/store/sql/ write standard SQL with `?` placeholders that SQLite and
PostgreSQL both accept, and reach the database only through the hooks below, which
each adapter (bot/store/sqlite/, bot/store/postgres/) implements: rows, statements,
one write transaction at a time, table columns, the full-text index, and whether
another process changed the speakers or sources since this one looked.

Ids are always given by this code (the largest id + 1, inside the write transaction),
never left to the engine, so an export re-creates the same ids on either backend.
"""

from __future__ import annotations

import asyncio
import json
from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from contextlib import AbstractAsyncContextManager
from datetime import UTC, datetime
from typing import Any, Self, TypeVar

from bot.models import SpeakerRecord
from bot.store.text_query import Scope

# Engines limit bound parameters per statement; id lists are sent in chunks this big.
MAX_IDS_PER_QUERY = 500
SPEAKER_SELECT = "SELECT id, name, titles, aliases, statement_count FROM speakers"

# One row of the full-text index: (statement id, quote, context, speaker name and
# title, speaker id or None), the texts already normalised (bot.text.plain).
IndexRow = tuple[int, str, str, str, int | None]


class SqlStore(ABC):
    # The errors a row breaking a constraint raises (import reports them as bad input).
    integrity_errors: tuple[type[Exception], ...] = ()

    def __init__(self) -> None:
        # The speaker list, loaded once and patched after each write (a new list each
        # time, so search can tell it changed); None until first asked for, and again
        # whenever another process has written (_catalog_changed).
        self._speakers: list[SpeakerRecord] | None = None
        self._sources: list[str] | None = None  # outlet names, dropped when articles come
        # Writes (each one transaction) take turns within the process.
        self._write_lock = asyncio.Lock()

    # --- hooks every adapter implements -------------------------------------------

    @abstractmethod
    async def close(self) -> None: ...

    @abstractmethod
    async def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        """Rows of a query; each row indexes by position and by column name."""

    @abstractmethod
    async def _execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run one statement; the number of rows it changed."""

    @abstractmethod
    async def _executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None: ...

    @abstractmethod
    def _write(self, catalog: bool = True) -> AbstractAsyncContextManager[None]:
        """One write transaction, the only one in flight (in this process and, where
        the engine has several writers, in any). `catalog`: it may change speakers
        or sources (other processes then reload theirs). Rolled back on an error."""

    @abstractmethod
    async def _catalog_changed(self, since: float | None = None) -> bool:
        """Whether another process has written since the last call. `since` (a
        time.monotonic()): an engine may answer from what a statement it sent at or
        after that time learned (PostgreSQL), instead of looking again."""

    @abstractmethod
    async def _columns(self, table: str) -> list[str]:
        """A table's columns in order, without the engine's own (a tsvector)."""

    @abstractmethod
    async def _insert_statements(self, rows: Sequence[Sequence[Any]],
                                 index: Sequence[IndexRow]) -> None:
        """Insert statement rows (STATEMENT_COLUMNS order) with their index rows."""

    @abstractmethod
    async def _index_statements(self, index: Sequence[IndexRow]) -> None:
        """Index statements already inserted."""

    @abstractmethod
    async def _retag_statements(self, statement_ids: Sequence[int], speaker_id: int) -> None:
        """The index's note of whose statements these are, after they moved speaker."""

    # --- shared helpers ---------------------------------------------------------------

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def applied_migrations(self) -> list[str]:
        rows = await self._rows("SELECT name FROM migrations ORDER BY name")
        return [row[0] for row in rows]

    async def _fresh_caches(self, since: float | None = None) -> None:
        """Drop the cached speakers and sources when another process has written."""
        if await self._catalog_changed(since):
            self._speakers = self._sources = None

    async def _refresh_speakers(self, speaker_ids: Sequence[int]) -> None:
        """Patch the cached speaker list with these speakers' current rows."""
        if self._speakers is None or not speaker_ids:
            return
        by_id = {s.id: s for s in self._speakers}
        for speaker_id in speaker_ids:
            by_id.pop(speaker_id, None)
        for chunk in _chunks_of(list(speaker_ids)):
            marks = ",".join("?" * len(chunk))
            rows = await self._rows(f"{SPEAKER_SELECT} WHERE id IN ({marks})", chunk)
            by_id.update((r.id, r) for r in map(_speaker_record, rows))
        self._speakers = [by_id[i] for i in sorted(by_id)]

    async def _scalar(self, sql: str, params: Sequence[Any] = ()) -> int:
        rows = await self._rows(sql, params)
        return int(rows[0][0])

    async def _next_id(self, table: str) -> int:
        """The id the next row of `table` gets (inside a write transaction)."""
        return await self._scalar(f"SELECT COALESCE(MAX(id), 0) + 1 FROM {table}")


def dated_sql(scope: Scope | None) -> tuple[str, list[str]]:
    """' AND ...' conditions on statements s for a scope's dates (both engines), with
    their parameters."""
    where, params = "", []
    if scope is not None and scope.since:
        where += " AND s.dated >= ?"
        params.append(scope.since.isoformat())
    if scope is not None and scope.until:
        where += " AND s.dated < ?"
        params.append(scope.until.isoformat())
    return where, params


def _unique(items: Iterable[str]) -> list[str]:
    seen: dict[str, str] = {}
    for item in items:
        text = " ".join(item.split())
        if text:
            seen.setdefault(text.lower(), text)
    return list(seen.values())


def _speaker_record(row: Any) -> SpeakerRecord:
    return SpeakerRecord(id=row[0], name=row[1], titles=json.loads(row[2]),
                         aliases=json.loads(row[3]), statement_count=row[4])


_T = TypeVar("_T")


def _chunks_of(items: Sequence[_T]) -> Iterable[list[_T]]:
    for start in range(0, len(items), MAX_IDS_PER_QUERY):
        yield list(items[start : start + MAX_IDS_PER_QUERY])


_chunks = _chunks_of


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")

