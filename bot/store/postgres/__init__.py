"""The PostgreSQL adapter: psycopg 3 (async, pooled), tsvector full text, pg_trgm names;
the schema is migrations/NNN_*.sql.

`PostgresStore` joins the connection (connection.py), the full-text look-ups and the
other engine-specific operations (text.py), the look-ups with their rows and the
capped count that chooses one (found.py), writing the index and fuzzy names
(indexing.py), topic aliases from the process (aliases.py) and the SQL shared with
SQLite (bot/store/sql/).
"""

from __future__ import annotations

import psycopg
import psycopg_pool

from bot.store.postgres.aliases import Aliases
from bot.store.postgres.connection import MIGRATIONS_DIR
from bot.store.postgres.found import FoundRows
from bot.store.postgres.indexing import Indexing
from bot.store.sql.displays import Displays
from bot.store.sql.exchange import Exchange
from bot.store.sql.follows import Follows
from bot.store.sql.reads import Reads
from bot.store.sql.saved import SavedQueries
from bot.store.sql.writes import Writes


class PostgresStore(FoundRows, Indexing, Aliases, Reads, Writes, SavedQueries, Exchange, Displays,
                    Follows):
    """One PostgreSQL database: `await PostgresStore.open(url)`, `await store.close()`."""


# What PostgreSQL raises when the database fails (unreachable, refused, lost, full).
ERRORS: tuple[type[Exception], ...] = (psycopg.Error, psycopg_pool.PoolTimeout)

__all__ = ["ERRORS", "MIGRATIONS_DIR", "PostgresStore"]
