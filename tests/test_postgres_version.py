"""PostgreSQL: a question's look at whether another process wrote is answered from the
store version its look-ups read with their rows (bot/store/postgres/found.py), with no
round trip of its own; a write committed before the question began is still seen, and
a question whose look-ups brought no rows looks itself."""

from __future__ import annotations

from typing import Any

import pytest
from store_backends import Backend, pg_backend, pg_database  # noqa: F401
from test_store_contract import corpus

from bot.search import search


def version_reads(store: Any, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The store_version reads of `store` that are a statement of their own."""
    asked: list[str] = []
    rows = store._rows

    async def counted(sql: str, params: Any = ()) -> list[Any]:
        if sql.lstrip().startswith("SELECT version FROM store_version"):
            asked.append(sql)
        return await rows(sql, params)

    monkeypatch.setattr(store, "_rows", counted)
    return asked


async def test_the_version_comes_with_the_rows(
        pg_backend: Backend, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    async with await pg_backend.open() as reader, await pg_backend.open() as writer:
        await writer.add_extractions(corpus()[:1])
        assert (await search(reader, "what did Hegseth say on NATO")).hits
        asked = version_reads(reader, monkeypatch)
        first = await search(reader, "what did Hegseth say on NATO")
        assert first.hits and asked == []  # the look-ups' rows brought it
        await writer.add_extractions(corpus()[2:3])  # committed before the next question
        outcome = await search(reader, "what did Ann Lee say on negotiations")
        assert [h.statement.quote for h in outcome.hits] == ["Negotiations will continue,"]
        assert "Ann Lee" in {s.name for s in await reader.speakers()}


async def test_no_rows_no_version_the_question_looks_itself(
        pg_backend: Backend, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    async with await pg_backend.open() as reader, await pg_backend.open() as writer:
        await writer.add_extractions(corpus()[:1])
        await reader.catalog()
        asked = version_reads(reader, monkeypatch)
        assert not (await search(reader, "zzyzx qwerty")).hits  # no look-up brings rows
        assert len(asked) == 1
        await writer.add_extractions(corpus()[2:3])
        assert not (await search(reader, "zzyzx qwerty")).hits
        assert "Ann Lee" in {s.name for s in reader.cached_catalog()[0]}  # type: ignore[index]


async def test_a_version_read_inside_a_write_is_not_kept(
        pg_backend: Backend) -> None:  # noqa: F811
    """A look-up inside a write transaction sees the transaction's own version bump,
    which a rollback would undo: it is not taken as the store's version."""
    async with await pg_backend.open() as store:
        await store.add_extractions(corpus()[:1])
        speaker = (await store.speakers())[0].id
        seen = store._seen  # type: ignore[attr-defined]
        with pytest.raises(RuntimeError):
            async with store._write():  # type: ignore[attr-defined]
                assert await store.speaker_statements([speaker], 5)
                raise RuntimeError("rolled back")
        assert store._seen == seen  # type: ignore[attr-defined]
        assert await store.speaker_statements([speaker], 5)
        assert store._seen != seen  # type: ignore[attr-defined]
