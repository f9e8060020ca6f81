"""Store.find_counted_statements on both backends: the ranked look-up below the cap of
the count, the newest one at or above it, what counting and then looking up give
(PostgreSQL: the count and both look-ups in one statement, found.counted_sql)."""

from __future__ import annotations

import pytest
from store_backends import Backend, backend, pg_backend, pg_database, store  # noqa: F401
from test_store_contract import corpus, words

from bot.models import StoredStatement
from bot.store.port import Scope, Store, TextQuery

TROOPS = (words("troops", "nato", "negotiations"),)
# (look-up, what is counted, cap, the branch the count chooses): 'troops | nato |
# negotiations' is in 4 statements, 'poland' in 1.
CASES = [
    (TextQuery(TROOPS), TextQuery(TROOPS), 50, "ranked"),
    (TextQuery(TROOPS), TextQuery(TROOPS), 4, "newest"),  # the cap reached: newest
    (TextQuery(TROOPS), TextQuery(TROOPS), 5, "ranked"),  # one below the cap
    (TextQuery(TROOPS), TextQuery(TROOPS), 1, "newest"),
    (TextQuery(TROOPS, quote_only=True), TextQuery(TROOPS), 2, "newest"),
    (TextQuery((words("troops"), words("poland")), match_all=True),
     TextQuery((words("troops"), words("poland"))), 50, "ranked"),
    (TextQuery(TROOPS, scope=Scope(sources=("xinhua",))), TextQuery(TROOPS), 3, "newest"),
    (TextQuery((words("poland"),)), TextQuery((words("poland"),)), 1, "newest"),
    (TextQuery((words("poland"),)), TextQuery((words("poland"),)), 2, "ranked"),
    (TextQuery((words("nowhere"),)), TextQuery((words("nowhere"),)), 1, "ranked"),  # none
]


async def two_steps(opened: Store, query: TextQuery, counted: TextQuery, cap: int,
                    limit: int) -> tuple[str, list[StoredStatement]]:
    """What search did before: count, then the look-up the count chooses."""
    if await opened.count_matches(counted, cap) < cap:
        return "ranked", await opened.find_statements(query, limit)
    return "newest", await opened.find_newest_statements(query, limit)


@pytest.mark.parametrize(("query", "counted", "cap", "branch"), CASES)
async def test_the_count_chooses_the_look_up(
        store: Store, query: TextQuery, counted: TextQuery, cap: int,  # noqa: F811
        branch: str) -> None:
    await store.add_extractions(corpus())
    for limit in (1, 2, 50):
        chosen, expected = await two_steps(store, query, counted, cap, limit)
        assert chosen == branch
        assert await store.find_counted_statements(query, counted, cap, limit) == expected


async def test_ranked_and_newest_differ_here(store: Store) -> None:  # noqa: F811
    """The cases above tell the two branches apart: their orders differ."""
    await store.add_extractions(corpus())
    query = TextQuery(TROOPS)
    ranked = await store.find_counted_statements(query, query, 50, 50)
    newest = await store.find_counted_statements(query, query, 1, 50)
    assert sorted(s.id for s in ranked) == sorted(s.id for s in newest)
    assert [s.id for s in ranked] != [s.id for s in newest]


async def test_an_empty_query_finds_nothing(store: Store) -> None:  # noqa: F811
    await store.add_extractions(corpus())
    assert await store.find_counted_statements(TextQuery(()), TextQuery(()), 5, 5) == []


async def test_a_count_the_statistics_answer(pg_backend: Backend) -> None:  # noqa: F811
    """PostgreSQL: a word the statistics put in every row is not counted (the newest
    look-up alone); the same statements as counting."""
    async with await pg_backend.open() as opened:
        await opened.add_extractions(corpus())
        await opened.optimize()
        said = TextQuery((words("said"),))
        assert await opened.count_matches(said, 2) == 2
        newest = await opened.find_newest_statements(said, 50)
        assert await opened.find_counted_statements(said, said, 2, 50) == newest
