"""Saved query texts (for paging buttons) and the paragraph around a statement."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from bot.models import ArticleSummary
from bot.store.port import SAVED_QUERY_DAYS, StatementContext
from bot.store.sql.base import SqlStore, _now

__all__ = ["SAVED_QUERY_DAYS", "SavedQueries", "StatementContext", "paragraph_around"]

# save_query prunes old saved queries when a new id is a multiple of this.
PRUNE_EVERY = 1000
# A blank line (maybe holding spaces) separates paragraphs in stored article text.
PARAGRAPH_BREAK_RE = re.compile(r"\n[ \t\r]*\n")


class SavedQueries(SqlStore):
    async def save_query(self, text: str) -> int:
        """The id of a query text, stored on first use (the same text keeps its id and
        its last use is noted); every PRUNE_EVERY new ids, old ones are pruned."""
        now = _now()
        async with self._write(catalog=False):
            await self._execute(
                """INSERT INTO saved_queries (id, text, created_at, used_at)
                   VALUES ((SELECT COALESCE(MAX(id), 0) + 1 FROM saved_queries), ?, ?, ?)
                   ON CONFLICT (text) DO UPDATE SET used_at = excluded.used_at""",
                (text, now, now),
            )
            rows = await self._rows("SELECT id FROM saved_queries WHERE text = ?", (text,))
        query_id = int(rows[0][0])
        if query_id % PRUNE_EVERY == 0:
            await self.prune_saved_queries()
        return query_id

    async def prune_saved_queries(self, older_than: datetime | None = None) -> int:
        """Delete saved queries last asked before older_than (default: SAVED_QUERY_DAYS
        ago); their buttons then answer that they have expired. Returns how many."""
        cutoff = older_than or datetime.now(UTC) - timedelta(days=SAVED_QUERY_DAYS)
        async with self._write(catalog=False):
            return await self._execute(
                "DELETE FROM saved_queries WHERE COALESCE(used_at, created_at) < ?",
                (cutoff.isoformat(timespec="seconds"),),
            )

    async def saved_query(self, query_id: int) -> str | None:
        rows = await self._rows("SELECT text FROM saved_queries WHERE id = ?", (query_id,))
        return str(rows[0][0]) if rows else None

    async def article_summary(self, article_id: int) -> ArticleSummary | None:
        """One article's line of the list (for /forget); None for an unknown id."""
        rows = await self._rows(
            """SELECT a.id, a.title, a.source, a.published, a.url,
                      (SELECT COUNT(*) FROM statements s WHERE s.article_id = a.id)
                          AS statement_count
               FROM articles a WHERE a.id = ?""",
            (article_id,),
        )
        return ArticleSummary(**dict(rows[0])) if rows else None

    async def statement_context(self, statement_id: int) -> StatementContext | None:
        """The full paragraph(s) spanned by a statement; None for an unknown id."""
        rows = await self._rows(
            """SELECT a.text, a.title, a.url, s.span_start, s.span_end
               FROM statements s JOIN articles a ON a.id = s.article_id WHERE s.id = ?""",
            (statement_id,),
        )
        if not rows:
            return None
        text, title, url, start, end = rows[0]
        return StatementContext(statement_id, title, paragraph_around(text, start, end), url)


def paragraph_around(text: str, start: int, end: int) -> str:
    """The paragraph(s) of `text` holding [start, end), stripped."""
    begin = 0
    for found in PARAGRAPH_BREAK_RE.finditer(text, 0, max(start, 0)):
        begin = found.end()
    after = PARAGRAPH_BREAK_RE.search(text, max(end, start))
    return text[begin : after.start() if after else len(text)].strip()
