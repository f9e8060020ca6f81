"""Writing the PostgreSQL full-text index (statements.tsv, migration 002) with the
statements, and fuzzy speaker names with pg_trgm."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bot.models import SpeakerRecord
from bot.store.postgres.connection import Connection
from bot.store.sql.base import SPEAKER_SELECT, IndexRow, _speaker_record
from bot.store.sql.rows import STATEMENT_COLUMNS
from bot.text import plain_words

# The text search configuration of migration 002.
CONFIG = "onrecord"
# find_speakers: pg_trgm word_similarity at least this ('hegset' in 'pete hegseth' 0.86).
NAME_LIKE_THRESHOLD = 0.6
# The tsvector of an index row: quote (A) and paragraph (B), as words (see 002).
TSV_SQL = (f"setweight(to_tsvector('{CONFIG}', ?), 'A')"
           f" || setweight(to_tsvector('{CONFIG}', ?), 'B')")


def index_words(text: str) -> str:
    """What is indexed of a normalised text: its words, split as FTS5 splits them."""
    return " ".join(plain_words(text))


class Indexing(Connection):
    async def find_speakers(self, name: str, limit: int = 5) -> list[SpeakerRecord]:
        """Speakers whose name key is like `name`'s (pg_trgm word similarity, on the
        trigram index of migration 002), most alike first."""
        key = " ".join(plain_words(name))
        if not key:
            return []
        async with self._connection() as conn, conn.transaction():
            await conn.execute("SELECT set_config('pg_trgm.word_similarity_threshold', %s,"
                               " true)", (str(NAME_LIKE_THRESHOLD),))
            cursor = await conn.execute(
                f"{SPEAKER_SELECT} WHERE %s <%% name_key"
                " ORDER BY word_similarity(%s, name_key) DESC, statement_count DESC, id"
                " LIMIT %s", (key, key, max(limit, 0)))
            return [_speaker_record(row) for row in await cursor.fetchall()]

    async def _insert_statements(self, rows: Sequence[Sequence[Any]],
                                 index: Sequence[IndexRow]) -> None:
        by_id = {entry[0]: entry for entry in index}
        marks = ",".join("?" * len(STATEMENT_COLUMNS))
        await self._executemany(
            f"INSERT INTO statements ({', '.join(STATEMENT_COLUMNS)}, tsv)"
            f" VALUES ({marks}, {TSV_SQL})",
            [(*row, index_words(by_id[row[0]][1]), index_words(by_id[row[0]][2]))
             for row in rows])

    async def _index_statements(self, index: Sequence[IndexRow]) -> None:
        await self._executemany(
            f"UPDATE statements SET tsv = {TSV_SQL} WHERE id = ?",
            [(index_words(quote), index_words(context), i)
             for i, quote, context, _speaker, _who in index])

    async def _retag_statements(self, statement_ids: Sequence[int], speaker_id: int) -> None:
        """Nothing to do: the index is on the statement rows, speaker_id included."""
