"""The real pipeline on the seed: bot.ingest.ingest into a temp store, then every
gold query. A hit matches a gold statement when it contains the gold quote or overlaps
it (token F1 >= 0.5), since the extractor may join a quote split by its attribution."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from test_search_data import SEED, gold_ids_for, load_gold

from bot.ingest import ingest
from bot.render import outcome_to_json, render_html
from bot.search import search
from bot.store import Store

GOLD = load_gold(module=True)


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    opened = await Store.open(tmp_path / "seed.db")
    try:
        result = (await ingest(opened, SEED.read_text(encoding="utf-8"))).result
        assert result.created and result.statement_count > 0
        yield opened
    finally:
        await opened.close()


@pytest.mark.parametrize("case", GOLD["queries"], ids=lambda c: c["q"])
async def test_gold_query_on_real_extraction(store: Store, case: dict) -> None:
    outcome = await search(store, case["q"])
    if case.get("expect_none"):
        assert outcome.hits == [] and outcome.total == 0, outcome.hits[0].statement.quote
        assert outcome.notice
        assert outcome_to_json(outcome)["results"] == []
        return
    assert outcome.hits, outcome.notice
    top = outcome.hits[0].statement
    assert gold_ids_for(GOLD, top.quote) & set(case["expect_any"]), top.quote
    assert len(render_html(outcome)) <= 4096


async def test_loading_twice_adds_nothing(store: Store) -> None:
    again = (await ingest(store, SEED.read_text(encoding="utf-8"))).result
    assert not again.created
    assert (await store.stats()).articles == 1


async def test_title_in_commas_finds_the_same_answer(store: Store) -> None:
    """'what did Hegseth, the defense secretary, say on NATO' is the plain question
    with a title; the title must not be read as the speaker."""
    plain = await search(store, "what did Hegseth say on NATO")
    titled = await search(store, "what did Hegseth, the defense secretary, say on NATO")
    assert plain.hits and titled.hits
    assert titled.hits[0].statement.quote == plain.hits[0].statement.quote
