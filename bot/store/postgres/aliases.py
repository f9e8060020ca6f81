"""Topic aliases (acronym <-> expansion) on PostgreSQL, answered from the process.

Search asks for the aliases of a question's words once per reading of it. Asking the
table was a round trip of its own, which on a loaded machine waits for a core like any
other (p99 9 ms at load 4, for a table that the bench store leaves empty). The whole
table is read into the process instead, again whenever the store version has moved, and
a look-up is answered from it when the version was learned less than TRUST_SECONDS ago
(by `catalog()`, connection.py, or by a look-up that read it with its rows: a busy
search's previous question); otherwise the version is checked first. Inside a write
transaction, or for a table too large to keep, the table itself is asked, as before.
"""

from __future__ import annotations

import time
from collections.abc import Iterable

from bot.store.postgres.connection import Connection
from bot.store.sql.base import MAX_IDS_PER_QUERY
from bot.text import lookup_key

# How recent a check of the store version a look-up from memory needs (search checks
# it at the start of every question).
TRUST_SECONDS = 1.0
# Above this many rows the table is not kept in the process.
MAX_ROWS = 200_000

Pairs = list[tuple[str, str]]


class Aliases(Connection):
    _alias_version: int | None = None
    _alias_index: dict[str, Pairs] | None = None

    async def aliases_for(self, keys: Iterable[str]) -> Pairs:
        """(alias, expansion) pairs where either side has the lookup_key of a key."""
        keys = list(dict.fromkeys(lookup_key(k) for k in keys))[:MAX_IDS_PER_QUERY]
        if not keys:
            return []
        if self._in_write():
            return await self._aliases_asked(keys)
        if time.monotonic() - self._checked_at > TRUST_SECONDS:
            await self._fresh_caches()
        if self._alias_index is None or self._alias_version != self._version:
            rows = await self._rows("SELECT DISTINCT alias, expansion, alias_key, expansion_key"
                                    f" FROM topic_aliases LIMIT {MAX_ROWS + 1}")
            index: dict[str, Pairs] = {}
            for alias, expansion, alias_key, expansion_key in rows:
                for key in dict.fromkeys((alias_key, expansion_key)):
                    index.setdefault(key, []).append((alias, expansion))
            self._alias_index = index if len(rows) <= MAX_ROWS else None
            self._alias_version = self._version
        if self._alias_index is None:
            return await self._aliases_asked(keys)
        return list(dict.fromkeys(p for key in keys for p in self._alias_index.get(key, ())))

    async def _aliases_asked(self, keys: list[str]) -> Pairs:
        marks = ",".join("?" * len(keys))
        rows = await self._rows(
            f"SELECT DISTINCT alias, expansion FROM topic_aliases"
            f" WHERE alias_key IN ({marks}) OR expansion_key IN ({marks})", (*keys, *keys))
        return [(row[0], row[1]) for row in rows]
