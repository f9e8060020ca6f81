"""The PostgreSQL server the store tests use: ONRECORD_TEST_DATABASE_URL, else
postgresql://postgres@127.0.0.1:5432/test.

A test run gets a database of its own (onrecord_test_<random>, dropped at the end; when
the role may not create databases, the URL's database is used instead), and every test
a fresh schema in it (dropped afterwards), so runs and tests never see each other's rows.
Without a server answering, a PostgreSQL test skips with the reason printed; under
CI=true, or when ONRECORD_TEST_DATABASE_URL names a server on purpose, it fails instead.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import psycopg
import pytest
from psycopg import sql
from psycopg.conninfo import make_conninfo

DEFAULT_TEST_URL = "postgresql://postgres@127.0.0.1:5432/test"
CONNECT_TIMEOUT = 3
EXTENSIONS = ("unaccent", "pg_trgm", "btree_gin")


def server_url() -> str:
    return os.environ.get("ONRECORD_TEST_DATABASE_URL") or DEFAULT_TEST_URL


@dataclass
class RunDatabase:
    """A database for this run; schema(name) gives a store's connection string."""

    conninfo: str
    created: str | None  # the database this run created (and drops), if it could

    def schema_conninfo(self, schema: str) -> str:
        return make_conninfo(self.conninfo, options=f"-c search_path={schema},public")

    def create_schema(self) -> str:
        name = f"t_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.conninfo, autocommit=True) as conn:
            conn.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(name)))
        return name

    def drop_schema(self, name: str) -> None:
        with psycopg.connect(self.conninfo, autocommit=True) as conn:
            conn.execute(sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(
                sql.Identifier(name)))


def unreachable(url: str) -> str | None:
    """Why the server at url does not answer, or None when it does."""
    try:
        with psycopg.connect(url, connect_timeout=CONNECT_TIMEOUT):
            return None
    except psycopg.Error as exc:
        return f"{type(exc).__name__}: {str(exc).strip().splitlines()[0]}"


def skip_or_fail(reason: str) -> None:
    if os.environ.get("CI") or os.environ.get("ONRECORD_TEST_DATABASE_URL"):
        pytest.fail(f"{reason}; with CI or ONRECORD_TEST_DATABASE_URL set the PostgreSQL "
                    "tests must run", pytrace=False)
    pytest.skip(f"{reason}; set ONRECORD_TEST_DATABASE_URL or start PostgreSQL on 5432")


def run_database() -> Iterator[RunDatabase]:
    """The run's database (for a session fixture), or a skip/failure without a server."""
    url = server_url()
    why = unreachable(url)
    if why is not None:
        skip_or_fail(f"PostgreSQL at {url} does not answer ({why})")
    name = f"onrecord_test_{uuid.uuid4().hex[:12]}"
    created: str | None = name
    with psycopg.connect(url, autocommit=True) as conn:
        try:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        except psycopg.errors.InsufficientPrivilege:
            created = None
    conninfo = make_conninfo(url, dbname=name) if created else url
    with psycopg.connect(conninfo, autocommit=True) as conn:
        for extension in EXTENSIONS:  # in public, shared by the tests' schemas
            conn.execute(sql.SQL("CREATE EXTENSION IF NOT EXISTS {} SCHEMA public").format(
                sql.Identifier(extension)))
    try:
        yield RunDatabase(conninfo, created)
    finally:
        if created:
            with psycopg.connect(url, autocommit=True) as conn:
                conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                    sql.Identifier(created)))

