"""PostgreSQL: topic aliases answered from the process (bot/store/postgres/aliases.py)
give what the table gives, and see another process's write once the store version
has been looked at again (search looks once per question)."""

from __future__ import annotations

import pytest
from store_backends import Backend, pg_backend, pg_database  # noqa: F401
from test_search_data import make_extraction
from test_store_contract import corpus

from bot.store.postgres import aliases

NATO = [("NATO", "North Atlantic Treaty Organization")]
EU = [("EU", "European Union")]


def eu_article() -> list:  # type: ignore[type-arg]
    return [make_extraction('EU\n\n"The EU will decide," Ann Lee said.',
                            [("Ann Lee", "direct", "The EU will decide,")],
                            aliases={"EU": "European Union"}, url="https://x.test/eu")]


@pytest.mark.parametrize("max_rows", [0, 200_000])  # 0: the table is always asked
async def test_aliases_from_the_process_are_the_tables(
        pg_backend: Backend, monkeypatch: pytest.MonkeyPatch, max_rows: int) -> None:  # noqa: F811
    monkeypatch.setattr(aliases, "MAX_ROWS", max_rows)
    async with await pg_backend.open() as store, await pg_backend.open() as other:
        await store.add_extractions(corpus())
        for keys, expected in [(["nato"], NATO), (["North Atlantic Treaty Organization"], NATO),
                               (["N.A.T.O.", "troops", "nato"], NATO), (["eu"], []), ([], [])]:
            assert await store.aliases_for(keys) == expected, keys
        await other.add_extractions(eu_article())
        await store.catalog()  # the version looked at: the other process's write is seen
        assert sorted(await store.aliases_for(["eu", "nato"])) == EU + NATO
        assert await store.delete_article(1)  # this process's own write
        assert await store.aliases_for(["eu", "nato"]) == EU


async def test_an_old_look_at_the_version_is_renewed(
        pg_backend: Backend, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    async with await pg_backend.open() as store, await pg_backend.open() as other:
        await store.add_extractions(corpus())
        assert await store.aliases_for(["nato", "eu"]) == NATO
        await other.add_extractions(eu_article())
        monkeypatch.setattr(aliases, "TRUST_SECONDS", 0.0)  # no look recent enough
        assert sorted(await store.aliases_for(["nato", "eu"])) == EU + NATO
