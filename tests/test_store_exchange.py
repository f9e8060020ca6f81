"""`onrecord export` from one backend and `onrecord import` into the other keeps every
row: SQLite -> PostgreSQL -> SQLite gives back the same tables (the FTS5 index included),
and PostgreSQL exports exactly the lines SQLite did."""

from __future__ import annotations

import json
import sqlite3
import sys
from contextlib import closing
from pathlib import Path

import pytest
from store_backends import pg_database, pg_url_fixture  # noqa: F401

from bot.cli import main
from bot.config import Settings
from bot.store import SQLiteStore, open_store
from bot.store.postgres import PostgresStore

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from robust_checks import dump, synthetic_articles, write_jsonl  # noqa: E402


@pytest.fixture
def sqlite_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A SQLite store loaded from the seeds and 40 made-up articles, one deleted."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("ONRECORD_DATABASE_URL", raising=False)
    path = tmp_path / "main.db"
    monkeypatch.setenv("ONRECORD_DB_PATH", str(path))
    assert main(["load", "--quiet", str(ROOT / "seeds"),
                 str(write_jsonl(synthetic_articles(40), tmp_path / "a.jsonl"))]) == 0
    with closing(sqlite3.connect(path)) as con, con:
        con.execute("PRAGMA foreign_keys = ON")
        con.execute("DELETE FROM articles WHERE id = 5")  # a gap in the ids
        con.execute("INSERT INTO saved_queries (id, text, created_at, used_at)"
                    " VALUES (7, 'what did Hegseth say', '2025-01-01', '2025-01-02')")
        con.execute("INSERT INTO topic_aliases (id, article_id, alias, expansion, alias_key,"
                    " expansion_key) VALUES (900, NULL, 'EU', 'European Union', 'eu',"
                    " 'european union')")
        con.execute("INSERT INTO follows VALUES (3, 42, 1, 'Pete Hegseth', 'NATO', '1|nato',"
                    " '2025-01-01'), (4, -100, NULL, NULL, 'tariffs', '-|tariffs', '2025-01-01')")
        con.execute("INSERT INTO pushes VALUES (6, 42, 1, '[1, 2]', 'sent', 1, '2025-01-01',"
                    " '2025-01-01', '2025-01-01'), (8, -100, 2, '[4]', 'pending', 0,"
                    " '2025-01-02', '2025-01-02', NULL)")
    return path


def test_export_and_import_between_sqlite_and_postgresql(
        sqlite_db: Path, pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--output", str(tmp_path / "from_sqlite.jsonl")]) == 0
    monkeypatch.setenv("ONRECORD_DATABASE_URL", pg_url)
    assert main(["import", str(tmp_path / "from_sqlite.jsonl")]) == 0
    assert main(["import", str(tmp_path / "from_sqlite.jsonl")]) == 0  # twice adds nothing
    assert "imported 0 articles" in capsys.readouterr().out
    assert main(["export", "--output", str(tmp_path / "from_postgres.jsonl")]) == 0
    exported = (tmp_path / "from_sqlite.jsonl").read_text(encoding="utf-8")
    assert (tmp_path / "from_postgres.jsonl").read_text(encoding="utf-8") == exported
    assert main(["backup", str(tmp_path / "pg.backup")]) == 1
    assert "pg_dump" in capsys.readouterr().err
    monkeypatch.delenv("ONRECORD_DATABASE_URL")
    monkeypatch.setenv("ONRECORD_DB_PATH", str(tmp_path / "back.db"))
    assert main(["import", str(tmp_path / "from_postgres.jsonl")]) == 0
    original, back = dump(sqlite_db), dump(tmp_path / "back.db")
    assert original["articles"] and original["statements_fts"] and original["saved_queries"]
    for table in ("follows", "pushes"):  # issue 14's tables, not in dump()
        assert rows_of(sqlite_db, table) == rows_of(tmp_path / "back.db", table) != []
    for table in original:
        assert back[table] == original[table], table


def rows_of(db: Path, table: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(db)) as con:
        return con.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()


async def test_both_stores_answer_the_same_after_import(
        sqlite_db: Path, pg_url: str) -> None:
    from bot.search import search

    async with await SQLiteStore.open(sqlite_db) as lite:
        lines = [line async for line in lite.export_lines()]
        async with await PostgresStore.open(pg_url) as pg:
            assert await pg.import_lines(lines) == (len(lines) - 1, 0)
            for question in ("what did Hegseth say on NATO", "who said troops",
                             "hegseth ukraine", "what did Zelensky say"):
                one, other = await search(lite, question), await search(pg, question)
                assert {h.statement.id for h in other.hits} == {
                    h.statement.id for h in one.hits}, question
                assert other.notice == one.notice, question


async def test_open_store_chooses_the_backend(pg_url: str, tmp_path: Path) -> None:
    settings = Settings(_env_file=None, ONRECORD_DB_PATH=tmp_path / "x.db")
    async with await open_store(settings) as lite:
        assert isinstance(lite, SQLiteStore)
    settings = Settings(_env_file=None, ONRECORD_DATABASE_URL=pg_url)
    async with await open_store(settings) as pg:
        assert isinstance(pg, PostgresStore) and await pg.article_count() == 0
    with pytest.raises(ValueError, match="postgresql://"):
        await open_store(Settings(_env_file=None, ONRECORD_DATABASE_URL="mysql://x/y"))


def test_an_unreachable_database_is_refused_in_one_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("bot.store.postgres.connection.CONNECT_TIMEOUT", 0.5)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("ONRECORD_DATABASE_URL",
                       "postgresql://nobody:secret@127.0.0.1:1/none?connect_timeout=1")
    assert main(["export"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("ONRECORD_DATABASE_URL: refused: database error: ")
    assert err.count("\n") == 1 and "Traceback" not in err and "secret" not in err


def test_the_cli_loads_and_answers_on_postgresql(
        pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("ONRECORD_DB_PATH", str(tmp_path / "lite.db"))
    monkeypatch.setenv("ONRECORD_SEEDS_DIR", str(ROOT / "seeds"))
    answers = {}
    for backend in ("sqlite", "postgres"):
        if backend == "postgres":
            monkeypatch.setenv("ONRECORD_DATABASE_URL", pg_url)
        assert main(["load", "--quiet", str(ROOT / "tests" / "articles")]) == 0
        capsys.readouterr()
        assert main(["ask", "what did Vogt say on the budget", "--json"]) == 0
        answers[backend] = json.loads(capsys.readouterr().out)["results"]
    assert answers["postgres"] and answers["postgres"] == answers["sqlite"]
