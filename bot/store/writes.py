"""Writing: one article with its statements per transaction; deleting an article."""

from __future__ import annotations

import json

from bot.models import Extraction, LoadResult, Statement
from bot.search.text import find_acronyms, lookup_key, name_key, plain, speaker_ref
from bot.store.base import Database, _iso, _now, _unique


class Writes(Database):
    async def add_extraction(self, extraction: Extraction) -> LoadResult:
        """Store one article with its statements in one transaction; duplicates add nothing."""
        async with self._write_lock:
            return await self._add_extraction(extraction)

    async def _add_extraction(self, extraction: Extraction) -> LoadResult:
        article = extraction.article
        await self._db.execute("BEGIN IMMEDIATE")
        try:
            existing = await self._find_article(article.content_hash, article.url)
            if existing is not None:
                await self._db.rollback()
                return await self._existing_result(*existing)
            article_id = await self._insert_article(extraction)
            speaker_ids = await self._upsert_speakers(extraction)
            for statement in extraction.statements:
                await self._insert_statement(article_id, statement, speaker_ids)
            await self._insert_aliases(article_id, extraction)
            await self._db.commit()
        except BaseException:
            await self._db.rollback()
            raise
        finally:
            self._speakers = None
        names = sorted({s.speaker for s in extraction.statements if s.speaker})
        return LoadResult(
            article_id=article_id, title=article.title, created=True,
            statement_count=len(extraction.statements), speakers=names,
        )

    async def _existing_result(self, article_id: int, title: str) -> LoadResult:
        count = await self._scalar(
            "SELECT COUNT(*) FROM statements WHERE article_id = ?", (article_id,)
        )
        return LoadResult(article_id=article_id, title=title, created=False, statement_count=count)

    async def _find_article(self, content_hash: str, url: str | None) -> tuple[int, str] | None:
        rows = await self._rows(
            "SELECT id, title FROM articles WHERE content_hash = ? OR (? IS NOT NULL AND url = ?)",
            (content_hash, url, url),
        )
        return (rows[0][0], rows[0][1]) if rows else None

    async def _insert_article(self, extraction: Extraction) -> int:
        a = extraction.article
        cursor = await self._db.execute(
            """INSERT INTO articles (content_hash, url, title, source, author, published,
                   dateline_place, dateline_date, text, loaded_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (a.content_hash, a.url, a.title, a.source, a.author, _iso(a.published),
             a.dateline_place, _iso(a.dateline_date), a.text, _now()),
        )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    async def _upsert_speakers(self, extraction: Extraction) -> dict[str, int]:
        """Speaker name (as statements give it, or an alias) -> speaker id.

        Only speakers with a statement in this article are kept.
        """
        said = {s.speaker for s in extraction.statements if s.speaker}
        ids: dict[str, int] = {}
        for speaker in extraction.speakers:
            names = {speaker.name, *speaker.aliases}
            if not names & said:
                continue
            titles = [speaker.title] if speaker.title else []
            titles += [s.speaker_title for s in extraction.statements
                       if s.speaker in names and s.speaker_title]
            speaker_id = await self._upsert_speaker(
                speaker.name, speaker.aliases, titles, speaker.is_org
            )
            for name in names:
                ids.setdefault(name, speaker_id)
        for statement in extraction.statements:
            if statement.speaker and statement.speaker not in ids:
                titles = [statement.speaker_title] if statement.speaker_title else []
                ids[statement.speaker] = await self._upsert_speaker(
                    statement.speaker, [], titles, False
                )
        return ids

    async def _upsert_speaker(
        self, name: str, aliases: list[str], titles: list[str], is_org: bool
    ) -> int:
        key = name_key(name)
        rows = await self._rows(
            "SELECT id, aliases, titles FROM speakers WHERE name_key = ?", (key,)
        )
        if not rows:
            cursor = await self._db.execute(
                "INSERT INTO speakers (name, name_key, aliases, titles, is_org)"
                " VALUES (?, ?, ?, ?, ?)",
                (" ".join(name.split()), key, json.dumps(_unique(aliases)),
                 json.dumps(_unique(titles)), int(is_org)),
            )
            assert cursor.lastrowid is not None
            return cursor.lastrowid
        speaker_id, old_aliases, old_titles = rows[0]
        await self._db.execute(
            "UPDATE speakers SET aliases = ?, titles = ? WHERE id = ?",
            (json.dumps(_unique([*json.loads(old_aliases), *aliases])),
             json.dumps(_unique([*json.loads(old_titles), *titles])), speaker_id),
        )
        return int(speaker_id)

    async def _insert_statement(
        self, article_id: int, statement: Statement, speaker_ids: dict[str, int]
    ) -> None:
        speaker_id = speaker_ids.get(statement.speaker) if statement.speaker else None
        cursor = await self._db.execute(
            """INSERT INTO statements (article_id, speaker_id, speaker_name, speaker_title, kind,
                   quote, context, said_on, cue, channel, span_start, span_end, spans)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (article_id, speaker_id, statement.speaker, statement.speaker_title, statement.kind,
             statement.quote, statement.context, _iso(statement.said_on), statement.cue,
             statement.channel, statement.start, statement.end, json.dumps(statement.spans)),
        )
        speaker_text = " ".join(filter(None, [statement.speaker, statement.speaker_title]))
        await self._db.execute(
            "INSERT INTO statements_fts (rowid, quote, context, speaker, speaker_ref)"
            " VALUES (?, ?, ?, ?, ?)",
            (cursor.lastrowid, plain(statement.quote), plain(statement.context),
             plain(speaker_text), speaker_ref(speaker_id) if speaker_id else ""),
        )

    async def _insert_aliases(self, article_id: int, extraction: Extraction) -> None:
        aliases = {**find_acronyms(extraction.article.text), **extraction.topic_aliases}
        await self._db.executemany(
            """INSERT OR IGNORE INTO topic_aliases
                   (article_id, alias, expansion, alias_key, expansion_key)
               VALUES (?, ?, ?, ?, ?)""",
            [(article_id, alias, expansion, lookup_key(alias), lookup_key(expansion))
             for alias, expansion in aliases.items()],
        )

    async def delete_article(self, article_id: int) -> bool:
        """Delete an article with its statements (and speakers left without any)."""
        async with self._write_lock:
            return await self._delete_article(article_id)

    async def _delete_article(self, article_id: int) -> bool:
        await self._db.execute("BEGIN IMMEDIATE")
        try:
            speaker_rows = await self._rows(
                "SELECT DISTINCT speaker_id FROM statements WHERE article_id = ?", (article_id,)
            )
            cursor = await self._db.execute("DELETE FROM articles WHERE id = ?", (article_id,))
            deleted = cursor.rowcount > 0
            await self._db.executemany(
                """DELETE FROM speakers WHERE id = ?
                   AND NOT EXISTS (SELECT 1 FROM statements WHERE speaker_id = speakers.id)""",
                [(row[0],) for row in speaker_rows if row[0] is not None],
            )
            await self._db.commit()
        except BaseException:
            await self._db.rollback()
            raise
        finally:
            self._speakers = None
        return deleted

