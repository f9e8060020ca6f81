"""search_speed.py's synthetic store of N statements, filled inside PostgreSQL.

Writing 10M statements through Store.add_extractions would take hours on this machine,
so the bench database is filled in the database itself, from the same material as the
SQLite store: the statement pool (PolNeAR train+dev statements as the extractor gives
them) becomes a table of row templates made by the store's own row code
(bot/store/sql/rows.py) with their tsvector computed once by the adapter's TSV_SQL;
the speakers (real names plus invented first-name/surname pairs, one per SPEAKERS_PER
statements) are COPYed; then one INSERT ... SELECT over generate_series makes the
articles (ARTICLE_STATEMENTS statements each, one outlet, one day) and one the
statements (a template, a speaker and a date drawn by a seeded hash of the row
number). Indexes and foreign keys of the schema are dropped for the load and made
again after it, then VACUUM ANALYZE. The database (onrecord_bench_<N>) is kept: a
later run reuses it when its bench_fill row says it holds N statements.

What differs from the SQLite build: speakers are not merged by the store's speaker
merging (each name is its own record), and an article's text is its title (search
never reads it).
"""

from __future__ import annotations

import logging
import os
import random
import time
from collections.abc import Sequence
from typing import Any

import psycopg

from bot.extraction.same_speaker import match_key
from bot.models import Statement
from bot.store.postgres import PostgresStore
from bot.store.postgres.indexing import TSV_SQL, index_words
from bot.store.sql.rows import _add_statement, _Batch
from bot.text import name_key

log = logging.getLogger("search_speed_pg")

ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres"
# The bench database is <prefix>_<N>; another prefix (ONRECORD_BENCH_DB_PREFIX, or
# search_speed.py --db-prefix) gives a run its own copy beside a database in use.
DB_PREFIX = os.environ.get("ONRECORD_BENCH_DB_PREFIX", "onrecord_bench")
# Session settings of the fill only (the server's configuration is not changed).
FILL_SETTINGS = {"maintenance_work_mem": "1GB", "synchronous_commit": "off"}
# The schema's statement indexes and foreign keys, dropped for the load (migrations
# 001, 012, 014 and 015 define them; made again as they are there).
INDEXES = {
    "statements_article": "ON statements (article_id)",
    "statements_speaker_latest":
        "ON statements (speaker_id, said_on DESC NULLS LAST, id DESC)"
        " INCLUDE (dated, article_id, source_key)",
    "statements_dated": "ON statements (dated)",
    "statements_speaker_period_tsv": "ON statements USING gin (speaker_id, (id >> 14), tsv)",
    "statements_speaker_period_quote_tsv":
        "ON statements USING gin (speaker_id, (id >> 14), quote_tsv)",
}
FOREIGN_KEYS = {
    "statements_article_id_fkey":
        "FOREIGN KEY (article_id) REFERENCES articles (id) ON DELETE CASCADE",
    "statements_speaker_id_fkey":
        "FOREIGN KEY (speaker_id) REFERENCES speakers (id) ON DELETE SET NULL",
}
# Migration 014's trigger copying an article's outlet into its statements (the fill
# writes the copy itself).
SOURCE_TRIGGER = "statements_source_key"
# Columns a template gives a statement row (the rest are drawn per row).
TEMPLATE_COLUMNS = ("kind", "quote", "context", "cue", "channel", "span_start", "span_end",
                    "spans", "quote_words", "context_words", "display", "said_from",
                    "said_to")


def bench_url(n: int, base: str = ADMIN_URL) -> str:
    return base.rsplit("/", 1)[0] + f"/{database_name(n)}"


def database_name(n: int) -> str:
    return f"{DB_PREFIX}_{n}"


def filled(n: int, admin_url: str = ADMIN_URL) -> bool:
    """Whether the bench database of N statements exists and its fill finished."""
    with psycopg.connect(admin_url, autocommit=True) as admin:
        if not admin.execute("SELECT 1 FROM pg_database WHERE datname = %s",
                             (database_name(n),)).fetchone():
            return False
    with psycopg.connect(bench_url(n, admin_url)) as conn:
        if not conn.execute("SELECT to_regclass('bench_fill')").fetchone()[0]:  # type: ignore[index]
            return False
        row = conn.execute("SELECT statements FROM bench_fill").fetchone()
        return row is not None and row[0] == n


def templates(pool: Sequence[Statement]) -> list[tuple[Any, ...]]:
    """(template id, TEMPLATE_COLUMNS..., quote words, context words) per statement."""
    out = []
    for number, statement in enumerate(pool, start=1):
        batch = _Batch()
        _add_statement(batch, 0, 0, statement, None, None)
        row = dict(zip(("id", "article_id", "speaker_id", "speaker_name", "speaker_title",
                        "kind", "quote", "context", "said_on", "cue", "channel",
                        "span_start", "span_end", "spans", "dated", "quote_words",
                        "context_words", "display", "said_from", "said_to"),
                       batch.statements[0], strict=True))
        _id, quote_plain, context_plain, _who, _speaker = batch.index[0]
        out.append((number, *(row[c] for c in TEMPLATE_COLUMNS),
                    index_words(quote_plain), index_words(context_plain)))
    return out


def speaker_rows(names: Sequence[str]) -> list[tuple[Any, ...]]:
    """One speaker record per distinct name key (and lower-case name)."""
    rows: list[tuple[Any, ...]] = []
    keys: set[str] = set()
    lowers: set[str] = set()
    for name in names:
        name = " ".join(name.split())
        key = name_key(name)
        if not key or key in keys or name.lower() in lowers:
            continue
        keys.add(key)
        lowers.add(name.lower())
        rows.append((len(rows) + 1, name, key, match_key(name, False)))
    return rows


def fill(n: int, pool: Sequence[Statement], names: Sequence[str], outlets: Sequence[str],
         per_article: int, first_day: str, days: int, seed: int,
         admin_url: str = ADMIN_URL) -> float:
    """(Re)create the bench database of N statements; returns the seconds it took."""
    started = time.perf_counter()
    name = database_name(n)
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin.execute(f'CREATE DATABASE "{name}"')
    url = bench_url(n, admin_url)
    _migrate(url)
    with psycopg.connect(url, autocommit=True) as conn:
        for setting, value in FILL_SETTINGS.items():
            conn.execute(f"SET {setting} = '{value}'")
        _drop_constraints(conn)
        _load_templates(conn, pool)
        speakers = speaker_rows(names)
        _copy(conn, "COPY speakers (id, name, name_key, match_key) FROM STDIN", speakers)
        _step(conn, "articles", _articles_sql(n, outlets, per_article, seed))
        _step(conn, "statements",
              _statements_sql(n, len(speakers), per_article, first_day, days, seed))
        _step(conn, "speaker counts", """UPDATE speakers p SET statement_count = c.n
            FROM (SELECT speaker_id, COUNT(*) AS n FROM statements GROUP BY speaker_id) c
            WHERE p.id = c.speaker_id""")
        for index, definition in INDEXES.items():
            _step(conn, index, f"CREATE INDEX {index} {definition}")
        for key, definition in FOREIGN_KEYS.items():
            _step(conn, key, f"ALTER TABLE statements ADD CONSTRAINT {key} {definition}")
        conn.execute(f"ALTER TABLE statements ENABLE TRIGGER {SOURCE_TRIGGER}")
        conn.execute("DROP TABLE bench_templates")
        _step(conn, "vacuum analyze", "VACUUM ANALYZE")
        conn.execute("UPDATE store_version SET version = version + 1")
        conn.execute("CREATE TABLE bench_fill (statements bigint, seconds real, done_at"
                     " timestamptz DEFAULT now())")
        seconds = time.perf_counter() - started
        conn.execute("INSERT INTO bench_fill VALUES (%s, %s)", (n, seconds))
    return seconds


def _migrate(url: str) -> None:
    import asyncio

    async def run() -> None:
        store = await PostgresStore.open(url)
        await store.close()

    asyncio.run(run())


def _drop_constraints(conn: psycopg.Connection[Any]) -> None:
    conn.execute(f"ALTER TABLE statements DISABLE TRIGGER {SOURCE_TRIGGER}")
    for key in FOREIGN_KEYS:
        conn.execute(f"ALTER TABLE statements DROP CONSTRAINT {key}")
    for index in INDEXES:
        conn.execute(f"DROP INDEX {index}")


def _load_templates(conn: psycopg.Connection[Any], pool: Sequence[Statement]) -> None:
    columns = ", ".join(TEMPLATE_COLUMNS)
    conn.execute(f"CREATE TABLE bench_templates AS SELECT 0::bigint AS tid, {columns},"
                 " ''::text AS qwords, ''::text AS cwords, tsv FROM statements WITH NO DATA")
    _copy(conn, f"COPY bench_templates (tid, {columns}, qwords, cwords) FROM STDIN",
          templates(pool))
    tsv = TSV_SQL.replace("?", "qwords", 1).replace("?", "cwords", 1)
    _step(conn, "templates tsv", f"UPDATE bench_templates SET tsv = {tsv}")
    conn.execute("CREATE UNIQUE INDEX ON bench_templates (tid)")
    conn.execute("ANALYZE bench_templates")


def _copy(conn: psycopg.Connection[Any], sql: str, rows: Sequence[Sequence[Any]]) -> None:
    with conn.cursor() as cursor, cursor.copy(sql) as copy:
        for row in rows:
            copy.write_row(row)


def _draw(seed: int, salt: int, of: str, modulus: str) -> str:
    """SQL: a seeded hash of `of` in [0, modulus)."""
    return f"(abs(hashint8extended({of}, {seed * 1000 + salt})) % {modulus})"


def _articles_sql(n: int, outlets: Sequence[str], per_article: int, seed: int) -> str:
    count = -(-n // per_article)
    array = "ARRAY[" + ", ".join(f"'{o}'" for o in outlets) + "]"
    outlet = f"({array})[1 + {_draw(seed, 1, 'g', str(len(outlets)))}]"
    return f"""INSERT INTO articles (id, content_hash, title, source, text, loaded_at,
                   source_key)
        SELECT g, md5('{n}:' || g), 'Synthetic article ' || g, o, 'Synthetic article ' || g,
               to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS'), lower(o)
        FROM generate_series(1, {count}) g, LATERAL (SELECT {outlet} AS o) x"""


def _statements_sql(n: int, speakers: int, per_article: int, first_day: str, days: int,
                    seed: int) -> str:
    """Statement g: article (g-1)/per_article + 1 (and its outlet, which migration
    014's trigger, switched off for the fill, would copy), a template, a speaker, said
    on the article's day (drawn from the article's id) minus 0-2 days."""
    columns = ", ".join(TEMPLATE_COLUMNS)
    picked = ", ".join(f"t.{c}" for c in TEMPLATE_COLUMNS)
    article = f"((g - 1) / {per_article} + 1)"
    said = (f"to_char(DATE '{first_day}' + {_draw(seed, 2, article, str(days))}::int"
            f" - {_draw(seed, 5, 'g', '3')}::int, 'YYYY-MM-DD')")
    return f"""INSERT INTO statements (id, article_id, speaker_id, speaker_name, said_on,
                   dated, {columns}, tsv, source_key)
        SELECT g, {article}, p.id, p.name, {said}, {said}, {picked}, t.tsv, a.source_key
        FROM generate_series(1, {n}) g
        JOIN articles a ON a.id = {article}
        JOIN speakers p ON p.id = 1 + {_draw(seed, 3, 'g', str(speakers))}
        JOIN bench_templates t ON t.tid = 1 + {_draw(seed, 4, 'g',
                                                     '(SELECT COUNT(*) FROM bench_templates)')}
        """


def _step(conn: psycopg.Connection[Any], what: str, sql: str) -> None:
    started = time.perf_counter()
    conn.execute(sql)  # type: ignore[arg-type]
    log.warning("%s: %.1f s", what, time.perf_counter() - started)


def rng_for(n: int, seed: int) -> random.Random:
    return random.Random(seed + n)
