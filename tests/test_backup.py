"""`onrecord backup`, `export` and `import`: exact round trips of the whole store."""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

import pytest

from bot.bulk import load_bulk, read_items
from bot.cli import main
from bot.store import ImportFormatError, Store

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from robust_checks import dump, synthetic_articles, write_jsonl  # noqa: E402


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A store with the seeds and 60 made-up articles, a deleted one and a saved query."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    path = tmp_path / "db" / "main.db"
    monkeypatch.setenv("ONRECORD_DB_PATH", str(path))
    monkeypatch.setenv("ONRECORD_SEEDS_DIR", str(ROOT / "seeds"))
    assert main(["load", "--quiet", str(ROOT / "seeds"),
                 str(write_jsonl(synthetic_articles(60), tmp_path / "a.jsonl"))]) == 0
    with sqlite3.connect(path) as con:
        con.execute("INSERT INTO saved_queries (text, created_at) VALUES ('x', '2025-01-01')")
        con.execute("INSERT INTO topic_aliases (article_id, alias, expansion, alias_key,"
                    " expansion_key) VALUES (NULL, 'EU', 'European Union', 'eu',"
                    " 'european union')")
    return path


async def test_export_then_import_into_an_empty_store_is_identical(db: Path, tmp_path: Path):
    async with await Store.open(db) as store:
        await store.delete_article(5)  # a gap in the ids
        lines = [line async for line in store.export_lines()]
    assert json.loads(lines[0])["format"] == "onrecord-export"
    copy = tmp_path / "copy.db"
    async with await Store.open(copy) as store:
        assert await store.import_lines(lines) == (len(lines) - 1, 0)
        assert await store.import_lines(lines) == (0, len(lines) - 1)  # twice adds nothing
    original, imported = dump(db), dump(copy)
    assert original["articles"] and original["statements_fts"]
    for table in original:
        assert imported[table] == original[table], table


async def test_import_into_a_store_with_other_articles_keeps_both(db: Path, tmp_path: Path):
    async with await Store.open(db) as store:
        lines = [line async for line in store.export_lines()]
    other = tmp_path / "other.db"
    more = write_jsonl(synthetic_articles(70, seed=9)[55:], tmp_path / "b.jsonl")
    async with await Store.open(other) as store:
        await load_bulk(store, read_items([more]), progress=False)
        added, skipped = await store.import_lines(lines)
        stats = await store.stats()
    assert added + skipped == len(lines) - 1 and added > 0
    assert stats.articles == len(dump(other)["articles"])
    with sqlite3.connect(other) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        wrong = con.execute("SELECT COUNT(*) FROM speakers s WHERE statement_count != (SELECT"
                            " COUNT(*) FROM statements t WHERE t.speaker_id = s.id)").fetchone()
        assert wrong[0] == 0


async def test_a_malformed_import_is_refused_and_stores_nothing(db: Path, tmp_path: Path):
    async with await Store.open(db) as store:
        lines = [line async for line in store.export_lines()]
    broken = json.loads(lines[2])
    del broken["statements"][0]["quote"]
    empty = tmp_path / "empty.db"
    async with await Store.open(empty) as store:
        for bad in (["not json"], [lines[0], json.dumps(broken)], ['{"format": "other"}']):
            with pytest.raises(ImportFormatError):
                await store.import_lines(bad)
        assert await store.article_count() == 0


def test_cli_backup_export_import(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                  monkeypatch: pytest.MonkeyPatch):
    assert main(["backup", str(tmp_path / "backup.db")]) == 0
    assert dump(tmp_path / "backup.db") == dump(db)
    assert main(["export", "--format", "jsonl", "--output", str(tmp_path / "all.jsonl")]) == 0
    capsys.readouterr()
    assert main(["export"]) == 0
    assert capsys.readouterr().out == (tmp_path / "all.jsonl").read_text(encoding="utf-8")
    monkeypatch.setenv("ONRECORD_DB_PATH", str(tmp_path / "new.db"))
    assert main(["import", str(tmp_path / "all.jsonl")]) == 0
    assert main(["import", str(tmp_path / "all.jsonl")]) == 0
    out = capsys.readouterr().out
    assert "imported 0 articles" in out
    assert dump(tmp_path / "new.db") == dump(db)
    (tmp_path / "bad.jsonl").write_bytes(b"\xff\xfe garbage")
    assert main(["import", str(tmp_path / "bad.jsonl")]) == 1
    assert main(["import", str(tmp_path / "missing.jsonl")]) == 1
    err = capsys.readouterr().err
    assert err.count(": refused: ") == 2 and "Traceback" not in err
    assert dump(tmp_path / "new.db") == dump(db)


async def test_backup_while_a_connection_is_writing(db: Path, tmp_path: Path):
    async with await Store.open(db) as store:
        await store.save_query("open transaction elsewhere")
        await store.backup(tmp_path / "live.db")
    assert dump(tmp_path / "live.db") == dump(db)
    assert not list(tmp_path.glob("*.partial"))
