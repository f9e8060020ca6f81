"""PostgreSQL: each statement carries its article's outlet (migration 014), written by
the trigger whichever code stores the statement, and left out of exports."""

from __future__ import annotations

import json

from store_backends import Backend, pg_backend, pg_database  # noqa: F401
from test_store_contract import corpus, words

from bot.store.port import Scope, TextQuery

MISMATCHED = ("SELECT count(*) FROM statements s JOIN articles a ON a.id = s.article_id"
              " WHERE s.source_key IS DISTINCT FROM a.source_key")


async def test_statements_carry_their_articles_outlet(pg_backend: Backend) -> None:  # noqa: F811
    async with await pg_backend.open() as store, await pg_backend.open("copy") as copy:
        await store.add_extractions(corpus())
        assert await store._scalar(MISMATCHED) == 0  # type: ignore[attr-defined]
        lines = [line async for line in store.export_lines()]
        rows = [row for line in lines for row in json.loads(line).get("statements", [])]
        assert len(rows) == 5 and not any({"source_key", "tsv", "quote_tsv"} & set(r) for r in rows)
        await copy.import_lines(lines)
        assert await copy._scalar(MISMATCHED) == 0  # type: ignore[attr-defined]
        for scope, found in [(Scope(sources=("xinhua",)), 2), (Scope(sources=("Politico",)), 1),
                             (Scope(sources=("Xinhua", "politico")), 3),
                             (Scope(sources=("Reuters",)), 0)]:
            query = TextQuery((words("nato", "north atlantic treaty organization", "troops"),),
                              scope=scope)
            assert len(await copy.find_statement_ids(query, 10)) == found, scope
            assert len(await copy.find_newest_ids(query, 10)) == found, scope
        hegseth = [s.id for s in await copy.speakers() if s.name == "Pete Hegseth"]
        assert len(await copy.speaker_statement_ids(
            hegseth, 10, Scope(sources=("XINHUA",)))) == 2
