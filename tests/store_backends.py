"""Fixtures that give a test the same store on each backend: SQLite (a file in tmp_path)
and PostgreSQL (a fresh schema in the run's database, tests/postgres_server.py).

`store` is an open store; `backend` opens more handles on it (another process's view)
or other, empty stores of the same kind. A test module takes them with
`from store_backends import backend, pg_database, store  # noqa: F401`. `pg_url` (import
`pg_url_fixture`) is a fresh schema's postgresql:// URL, what ONRECORD_DATABASE_URL
holds, for tests that go through Settings, the CLI or a subprocess.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from postgres_server import RunDatabase, run_database
from psycopg.conninfo import conninfo_to_dict

from bot.store.port import Store
from bot.store.postgres import MIGRATIONS_DIR as POSTGRES_MIGRATIONS
from bot.store.postgres import PostgresStore
from bot.store.sqlite import MIGRATIONS_DIR as SQLITE_MIGRATIONS
from bot.store.sqlite import SQLiteStore


class Backend:
    """Stores of one kind, by name: open("main") twice gives two handles on one store."""

    name: str
    migrations: list[str]

    async def open(self, which: str = "main") -> Store:
        raise NotImplementedError

    def cleanup(self) -> None:
        """Drop what the test made."""


class SQLiteBackend(Backend):
    name = "sqlite"
    migrations = sorted(p.name for p in SQLITE_MIGRATIONS.glob("*.sql"))

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    async def open(self, which: str = "main") -> Store:
        return await SQLiteStore.open(self.folder / f"{which}.db")


class PostgresBackend(Backend):
    name = "postgres"
    migrations = sorted(p.name for p in POSTGRES_MIGRATIONS.glob("*.sql"))

    def __init__(self, database: RunDatabase) -> None:
        self.database = database
        self.schemas: dict[str, str] = {}

    async def open(self, which: str = "main") -> Store:
        if which not in self.schemas:
            self.schemas[which] = self.database.create_schema()
        conninfo = self.database.schema_conninfo(self.schemas[which])
        return await PostgresStore.open(conninfo, pool_size=4)

    def cleanup(self) -> None:
        for schema in self.schemas.values():
            self.database.drop_schema(schema)


@pytest.fixture(scope="session")
def pg_database() -> Iterator[RunDatabase]:
    yield from run_database()


def schema_url(database: RunDatabase, schema: str) -> str:
    """A postgresql:// URL (what ONRECORD_DATABASE_URL holds) for one schema."""
    parts = conninfo_to_dict(database.conninfo)
    user = quote(str(parts.get("user") or "postgres"))
    password = f":{quote(str(parts['password']))}" if parts.get("password") else ""
    host, port = parts.get("host") or "127.0.0.1", parts.get("port") or "5432"
    options = quote(f"-c search_path={schema},public")
    return f"postgresql://{user}{password}@{host}:{port}/{parts['dbname']}?options={options}"


@pytest.fixture(name="pg_url")
def pg_url_fixture(pg_database: RunDatabase) -> Iterator[str]:
    """A fresh schema's URL, dropped after the test."""
    schema = pg_database.create_schema()
    try:
        yield schema_url(pg_database, schema)
    finally:
        pg_database.drop_schema(schema)


@pytest.fixture(params=["sqlite", "postgres"])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Backend]:
    if request.param == "sqlite":
        yield SQLiteBackend(tmp_path)
        return
    chosen = PostgresBackend(request.getfixturevalue("pg_database"))
    try:
        yield chosen
    finally:
        chosen.cleanup()


@pytest.fixture
def pg_backend(pg_database: RunDatabase) -> Iterator[Backend]:
    """PostgreSQL alone, for a test of the adapter's own choices (plans, statistics)."""
    chosen = PostgresBackend(pg_database)
    try:
        yield chosen
    finally:
        chosen.cleanup()


@pytest.fixture
async def store(backend: Backend) -> AsyncIterator[Store]:
    opened = await backend.open()
    try:
        yield opened
    finally:
        await opened.close()
