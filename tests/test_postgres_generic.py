"""PostgreSQL: a speaker's latest statements store-wide run on a second pool whose
sessions keep one plan per statement (connection.GENERIC_SETTINGS: its best plan does
not depend on the speakers asked); every other statement is planned for its own values,
and a write's statements stay on the write's connection."""

from __future__ import annotations

from typing import Any

import pytest
from store_backends import Backend, pg_backend, pg_database  # noqa: F401
from test_store_contract import corpus

from bot.store.port import Scope

SETTINGS = ("SELECT current_setting('plan_cache_mode'), current_setting('jit'),"
            " current_setting('work_mem')")


async def test_the_generic_pool_keeps_one_plan(pg_backend: Backend) -> None:  # noqa: F811
    async with await pg_backend.open() as opened:
        store: Any = opened
        assert tuple((await store._generic_rows(SETTINGS))[0]) == (
            "force_generic_plan", "off", "32MB")
        assert tuple((await store._rows(SETTINGS))[0]) == ("force_custom_plan", "off", "32MB")
        async with store._write(catalog=False):  # the write's own connection
            assert (await store._generic_rows(SETTINGS))[0][0] == "force_custom_plan"


@pytest.mark.parametrize(("scope", "generic"), [
    (None, True), (Scope(), True), (Scope(sources=("xinhua",)), False)])
async def test_a_speakers_latest_store_wide_is_planned_once(
        pg_backend: Backend, monkeypatch: pytest.MonkeyPatch,  # noqa: F811
        scope: Scope | None, generic: bool) -> None:
    async with await pg_backend.open() as opened:
        store: Any = opened
        await store.add_extractions(corpus())
        ids = [s.id for s in await store.speakers()]
        rows = store._generic_rows
        monkeypatch.setattr(store, "_generic_rows", store._rows)  # each planned for its values
        expected = [[s.id for s in await store.speaker_statements(ids[:n], limit, scope)]
                    for n in (1, 2, len(ids)) for limit in (1, 3, 50)]
        sent: list[str] = []

        async def counted(sql: str, params: Any = ()) -> list[Any]:
            sent.append(sql)
            return list(await rows(sql, params))

        monkeypatch.setattr(store, "_generic_rows", counted)
        for _ in range(2):  # prepared at the first run, its plan kept for the next
            found = [[s.id for s in await store.speaker_statements(ids[:n], limit, scope)]
                     for n in (1, 2, len(ids)) for limit in (1, 3, 50)]
            assert found == expected
        assert bool(sent) == generic
