"""The store: the only package that touches SQL.

`bot.store.port` is what the rest of the bot asks of a store (the `Store` protocol,
`TextQuery`, `Scope`); the adapters are bot/store/sqlite/ (aiosqlite, WAL, FTS5) and
bot/store/postgres/ (psycopg), each with its numbered migrations; bot/store/sql/ is the
standard SQL they share. `open_store(settings)` opens the configured one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.store import port
from bot.store.port import ImportFormatError, StatementContext
from bot.store.sqlite import SQLiteStore

if TYPE_CHECKING:
    from bot.config import Settings

# `Store.open(path)` opens the SQLite file at path, as it always has. New code opens the
# configured backend with open_store(settings) and names the type bot.store.port.Store.
Store = SQLiteStore


def store_failures() -> tuple[type[Exception], ...]:
    """What a command reports as a database error rather than a crash: either engine's
    failures (cannot connect, locked, corrupt, full) and OSError."""
    from bot.store.postgres import ERRORS as POSTGRES_ERRORS  # psycopg only when asked
    from bot.store.sqlite import ERRORS as SQLITE_ERRORS

    return (*SQLITE_ERRORS, *POSTGRES_ERRORS, OSError)


def is_postgres_url(url: str) -> bool:
    return url.split(":", 1)[0].lower() in ("postgresql", "postgres")


async def open_store(settings: Settings) -> port.Store:
    """The store the settings name: PostgreSQL when ONRECORD_DATABASE_URL is set,
    else the SQLite file ONRECORD_DB_PATH."""
    if settings.database_url is None:
        return await SQLiteStore.open(settings.db_path)
    url = settings.database_url.get_secret_value()
    if not is_postgres_url(url):
        raise ValueError("ONRECORD_DATABASE_URL must be a postgresql:// URL")
    from bot.store.postgres import PostgresStore  # psycopg only when it is used

    return await PostgresStore.open(url)


__all__ = [
    "ImportFormatError", "SQLiteStore", "StatementContext", "Store", "open_store",
    "store_failures",
]
