"""Bulk loading from JSONL: batches, duplicates skipped by hash, resumable."""

from __future__ import annotations

import json
from pathlib import Path

from bot.bulk import load_bulk, read_items
from bot.store import Store

ROOT = Path(__file__).resolve().parents[1]
SEED = next((ROOT / "seeds").glob("*.txt"))


async def test_jsonl_load_is_resumable(tmp_path: Path) -> None:
    text = SEED.read_text(encoding="utf-8")
    lines = [{"doc_id": "a", "text": text, "source": "Xinhua"}, {"doc_id": "b"}, "not json"]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(x) if isinstance(x, dict) else x for x in lines))
    async with await Store.open(tmp_path / "bulk.db") as store:
        first = await load_bulk(store, read_items([path]), progress=False)
        assert first.loaded == 1 and first.statements > 0 and len(first.refused) == 2
        again = await load_bulk(store, read_items([path]), progress=False)
        assert again.loaded == 0 and again.duplicates == 1
        assert (await store.stats()).articles == 1
