"""Statements stored before displays existed get them rebuilt at start-up."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import aiosqlite
import pytest

from bot.loading import load_seeds_if_empty
from bot.store import Store

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    opened = await Store.open(tmp_path / "test.db")
    try:
        yield opened
    finally:
        await opened.close()


async def displays(path: Path) -> dict[int, str | None]:
    async with aiosqlite.connect(path) as db:
        rows = await db.execute_fetchall("SELECT id, display FROM statements ORDER BY id")
    return {row[0]: row[1] for row in rows}


async def test_a_store_from_before_007_gets_the_same_displays_back(
        store: Store, tmp_path: Path) -> None:
    await load_seeds_if_empty(store, SEEDS)
    path = tmp_path / "test.db"
    fresh = await displays(path)
    assert all(fresh.values())
    async with aiosqlite.connect(path) as db:  # as an earlier version left it
        await db.execute("UPDATE statements SET display = NULL")
        await db.execute("UPDATE statements SET spans = '[[0, 5]]' WHERE id = "
                         "(SELECT MIN(id) FROM statements WHERE kind = 'indirect')")
        await db.commit()
    assert await load_seeds_if_empty(store, SEEDS) == []  # not empty: backfills instead
    rebuilt = await displays(path)
    changed = [sid for sid in fresh if rebuilt[sid] != fresh[sid]]
    assert len(changed) == 1  # the statement whose spans no extraction gives back
    assert rebuilt[changed[0]] == ""  # its card falls back to the stored quote
    assert await store.articles_missing_display() == []
