"""The store: schema, loading in one transaction, duplicates, deletion, index sync."""

from __future__ import annotations

import asyncio
import sqlite3
import stat
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from test_search_data import make_extraction, seed_extraction

from bot.models import Speaker
from bot.store import Store
from bot.store.port import Phrase, TextQuery
from bot.store.sqlite import MIGRATIONS_DIR
from bot.text import stems

NATO = TextQuery(((Phrase(("nato",)),),))


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    opened = await Store.open(tmp_path / "sub" / "test.db")
    try:
        yield opened
    finally:
        await opened.close()


async def test_open_creates_private_file_and_applies_migrations(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "dir" / "on.db"
    async with await Store.open(path) as store:
        assert await store.applied_migrations() == sorted(
            p.name for p in MIGRATIONS_DIR.glob("*.sql")
        )
        assert await store.article_count() == 0
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    async with await Store.open(path) as again:  # reopening applies nothing twice
        assert len(await again.applied_migrations()) == len(list(MIGRATIONS_DIR.glob("*.sql")))


async def test_add_seed_extraction(store: Store) -> None:
    result = await store.add_extraction(seed_extraction())
    assert result.created and result.statement_count == 10
    assert result.speakers == ["Donald Trump", "Pete Hegseth"]
    stats = await store.stats()
    assert (stats.articles, stats.statements, stats.speakers) == (1, 10, 2)
    assert stats.last_load is not None
    first = await store.get_statement(1)
    assert first is not None
    assert first.speaker == "Pete Hegseth" and first.source == "Xinhua"
    assert first.speaker_title == "U.S. Secretary of Defense"
    assert first.said_on is not None and first.said_on.isoformat() == "2025-02-12"
    assert await store.get_statement(999) is None


async def test_same_content_or_url_adds_nothing(store: Store) -> None:
    first = await store.add_extraction(seed_extraction())
    again = await store.add_extraction(seed_extraction())
    assert not again.created and again.article_id == first.article_id
    assert again.statement_count == first.statement_count
    one = make_extraction(
        'A said it.\n\n"Hello there," Ann Lee said.',
        [("Ann Lee", "direct", "Hello there,")],
        url="https://x.test/a",
    )
    other = make_extraction(
        'Different text.\n\n"Bye now," Ann Lee said.',
        [("Ann Lee", "direct", "Bye now,")],
        url="https://x.test/a",
    )
    assert (await store.add_extraction(one)).created
    assert not (await store.add_extraction(other)).created
    assert (await store.stats()).articles == 2


async def test_speakers_are_shared_across_articles(store: Store) -> None:
    await store.add_extraction(
        make_extraction(
            'One.\n\n"We stand firm," Pete Hegseth said.',
            [("Pete Hegseth", "direct", "We stand firm,")],
            speakers=[Speaker(name="Pete Hegseth", title="Secretary of Defense")],
        )
    )
    await store.add_extraction(
        make_extraction(
            'Two.\n\n"No change," pete  hegseth said.',
            [("pete  hegseth", "direct", "No change,")],
            speakers=[Speaker(name="pete  hegseth", aliases=["Hegseth"], title="Defense chief")],
        )
    )
    speakers = await store.speakers()
    assert len(speakers) == 1
    assert speakers[0].name == "Pete Hegseth" and speakers[0].statement_count == 2
    assert speakers[0].titles == ["Secretary of Defense", "Defense chief"]
    assert speakers[0].aliases == ["Hegseth"]


async def test_failed_load_leaves_nothing(store: Store) -> None:
    extraction = seed_extraction()
    extraction.statements[5].kind = "shouted"  # type: ignore[assignment]  # violates CHECK
    with pytest.raises(sqlite3.IntegrityError):
        await store.add_extraction(extraction)
    stats = await store.stats()
    assert (stats.articles, stats.statements, stats.speakers) == (0, 0, 0)
    assert await store.find_statement_ids(NATO, 10) == []
    assert (await store.add_extraction(seed_extraction())).created


async def test_delete_article_cascades_to_index_and_speakers(store: Store) -> None:
    seed = await store.add_extraction(seed_extraction())
    other = await store.add_extraction(
        make_extraction(
            'Other.\n\n"NATO is strong," Ann Lee said.', [("Ann Lee", "direct", "NATO is strong,")]
        )
    )
    assert len(await store.find_statement_ids(NATO, 50)) == 5
    assert await store.delete_article(seed.article_id)
    assert not await store.delete_article(seed.article_id)
    assert await store.find_statement_ids(NATO, 50) != []
    remaining = await store.get_statements(await store.find_statement_ids(NATO, 50))
    assert [s.article_id for s in remaining] == [other.article_id]
    assert [s.name for s in await store.speakers()] == ["Ann Lee"]
    assert await store.aliases_for(["nato"]) == []


async def test_list_articles(store: Store) -> None:
    await store.add_extraction(seed_extraction())
    await store.add_extraction(
        make_extraction('Second.\n\n"Yes," Ann Lee said.', [("Ann Lee", "direct", "Yes,")])
    )
    listed = await store.list_articles(limit=10, offset=0)
    assert [a.statement_count for a in listed] == [1, 10]
    assert listed[1].source == "Xinhua" and listed[1].published is not None
    assert len(await store.list_articles(limit=1, offset=1)) == 1


async def test_the_store_writes_the_acronyms_it_is_given_and_finds_none(store: Store) -> None:
    # The article defines NATO, but acronyms are extraction's to find (one finder): the
    # store writes Extraction.topic_aliases as it is.
    extraction = seed_extraction()
    extraction.topic_aliases = {}
    await store.add_extraction(extraction)
    assert await store.aliases_for(["nato"]) == []
    other = make_extraction('Second.\n\n"Yes," Ann Lee said.', [("Ann Lee", "direct", "Yes,")])
    other.topic_aliases = {"NATO": "North Atlantic Treaty Organization"}
    await store.add_extraction(other)
    assert await store.aliases_for(["nato"]) == [("NATO", "North Atlantic Treaty Organization")]
    assert await store.aliases_for(["north atlantic treaty organization"]) != []


async def test_query_words_are_never_fts_syntax(store: Store) -> None:
    await store.add_extraction(seed_extraction())
    syntax = TextQuery(((Phrase(('NEAR("a"', '"b"*', "OR", "nato")),),))
    assert await store.find_statement_ids(syntax, 10) == []
    assert await store.count_matches(syntax, 10) == 0
    assert await store.find_statement_ids(TextQuery(()), 10) == []


async def test_concurrent_loads_take_turns(store: Store) -> None:
    extractions = [
        make_extraction(
            f'Item {i}.\n\n"Point {i}," Ann Lee said.', [("Ann Lee", "direct", f"Point {i},")]
        )
        for i in range(8)
    ]
    results = await asyncio.gather(*(store.add_extraction(e) for e in extractions))
    assert all(r.created for r in results)
    assert (await store.stats()).statements == 8


async def test_statements_carry_stemmed_words_and_match_counts(store: Store) -> None:
    await store.add_extraction(seed_extraction())
    ids = await store.find_statement_ids(NATO, 50)
    for statement in await store.get_statements(ids):
        assert statement.quote_words == " ".join(stems(statement.quote))
        assert statement.context_words == " ".join(stems(statement.context))
        assert "quote_words" not in statement.model_dump()
    assert await store.count_matches(NATO, 2) == 2
    assert await store.count_matches(NATO, 50) == len(ids)


async def test_saved_queries_are_pruned_after_their_last_use(tmp_path: Path) -> None:
    from datetime import UTC, datetime, timedelta

    store = await Store.open(tmp_path / "s.db")
    try:
        old = await store.save_query("what did Vogt say on taxes")
        kept = await store.save_query("what did Okafor say on roads")
        assert await store.save_query("what did Vogt say on taxes") == old  # same id again
        # nothing is older than 30 days yet
        assert await store.prune_saved_queries() == 0
        # everything is older than a cutoff in the future
        assert await store.prune_saved_queries(datetime.now(UTC) + timedelta(seconds=5)) == 2
        assert await store.saved_query(old) is None
        assert await store.saved_query(kept) is None
        again = await store.save_query("what did Vogt say on taxes")
        assert await store.saved_query(again) == "what did Vogt say on taxes"
    finally:
        await store.close()


async def test_another_process_writing_refreshes_the_caches(tmp_path: Path) -> None:
    from bot.search import search

    path = tmp_path / "shared.db"
    async with await Store.open(path) as reader, await Store.open(path) as writer:
        assert await reader.speakers() == [] and await reader.sources() == []
        assert (await search(reader, "what did Hegseth say on NATO")).hits == []
        before = await reader.speakers()
        assert await reader.speakers() is before  # unchanged: the same list
        await writer.add_extraction(seed_extraction())
        assert [s.name for s in await reader.speakers()] == ["Pete Hegseth", "Donald Trump"]
        assert await reader.sources() == ["Xinhua"]
        assert (await search(reader, "what did Hegseth say on NATO")).hits


async def test_a_write_cancelled_while_it_begins_leaves_no_transaction_open(
        store: Store) -> None:
    """A task cancelled while its BEGIN IMMEDIATE runs in aiosqlite's thread (a timeout,
    a shutdown) must not leave that transaction open: the next write would fail with
    'cannot start a transaction within a transaction'."""
    async def write_slowly() -> None:
        async with store._write():
            await asyncio.sleep(10)

    task = asyncio.create_task(write_slowly())
    await asyncio.sleep(0)  # the task now waits on its BEGIN IMMEDIATE
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    async with store._write():
        pass
    assert await store.article_count() == 0
