"""Writing: articles with their statements, one transaction per batch; deleting an article.

A batch is written with a handful of `executemany` calls (ids are assigned here,
inside the transaction), so loading costs a few round trips per batch, not per row.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from bot.extraction.same_speaker import match_key
from bot.models import Extraction, LoadResult
from bot.store.sql.base import _chunks_of, _iso, _now
from bot.store.sql.rows import _add_speakers, _add_statement, _Batch, _names_in, _SpeakerRow
from bot.store.sql.speaker_merge import SpeakerMerges
from bot.text import lookup_key, name_key


class Writes(SpeakerMerges):
    async def add_extraction(self, extraction: Extraction) -> LoadResult:
        """Store one article with its statements in one transaction; duplicates add nothing."""
        return (await self.add_extractions([extraction]))[0]

    async def add_extractions(self, extractions: Sequence[Extraction]) -> list[LoadResult]:
        """Store many articles in one transaction; an article already stored (same
        content hash or URL, also twice in one batch) adds nothing. Results in order."""
        if not extractions:
            return []
        async with self._write():
            results, touched = await self._write_batch(extractions)
        await self._refresh_speakers(touched)
        if any(r.created for r in results):
            self._sources = None
        return results

    async def _write_batch(
        self, extractions: Sequence[Extraction]
    ) -> tuple[list[LoadResult], list[int]]:
        existing = await self._existing_articles(extractions)
        batch = _Batch()
        next_article = await self._next_id("articles")
        next_statement = await self._next_id("statements")
        await self._load_speakers(batch, extractions)
        next_speaker = await self._next_id("speakers")
        results: list[LoadResult | None] = []
        fresh: dict[str, tuple[int, str]] = {}
        for extraction in extractions:
            a = extraction.article
            known = existing.get(a.content_hash) or (existing.get(a.url) if a.url else None)
            known = known or fresh.get(a.content_hash) or (fresh.get(a.url) if a.url else None)
            if known is not None:
                results.append(None)
                continue
            article_id, next_article = next_article, next_article + 1
            fresh[a.content_hash] = (article_id, a.title)
            if a.url:
                fresh[a.url] = (article_id, a.title)
            local, next_speaker = _add_speakers(batch, extraction, next_speaker)
            published = _iso(a.published)
            batch.articles.append(
                (article_id, a.content_hash, a.url, a.title, a.source, a.author, published,
                 a.dateline_place, _iso(a.dateline_date), a.text, _now(),
                 a.source.lower() if a.source else None))
            for statement in extraction.statements:
                row = local.get(statement.speaker) if statement.speaker else None
                speaker_id = row.id if row else None
                if row:
                    row.added += 1
                _add_statement(batch, next_statement, article_id, statement, speaker_id,
                               published)
                next_statement += 1
            aliases = extraction.topic_aliases  # found by extraction, the one finder
            batch.aliases += [(article_id, alias, exp, lookup_key(alias), lookup_key(exp))
                              for alias, exp in aliases.items()]
            names = sorted({s.speaker for s in extraction.statements if s.speaker})
            results.append(LoadResult(article_id=article_id, title=a.title, created=True,
                                      statement_count=len(extraction.statements),
                                      speakers=names))
        await self._flush(batch)
        joined = await self._join_speakers(
            _touched_keys(batch), {r.id for r in batch.speakers.values() if r.new})
        counts = await self._statement_counts([v[0] for v in existing.values()])
        done = []
        for extraction, result in zip(extractions, results, strict=True):
            if result is None:
                a = extraction.article
                article_id, title = (existing.get(a.content_hash) or existing.get(a.url or "")
                                     or fresh.get(a.content_hash) or fresh[a.url or ""])
                result = LoadResult(article_id=article_id, title=title, created=False,
                                    statement_count=counts.get(article_id, 0))
            done.append(result)
        touched = {row.id for row in batch.speakers.values() if row.added or row.changed}
        return done, sorted(touched | set(joined))

    async def _existing_articles(
        self, extractions: Sequence[Extraction]
    ) -> dict[str, tuple[int, str]]:
        """content hash or URL -> (article id, title) of the articles already stored."""
        keys = list({k for e in extractions for k in (e.article.content_hash, e.article.url)
                     if k})
        found: dict[str, tuple[int, str]] = {}
        for chunk in _chunks_of(keys):
            marks = ",".join("?" * len(chunk))
            rows = await self._rows(
                f"SELECT id, title, content_hash, url FROM articles"
                f" WHERE content_hash IN ({marks}) OR url IN ({marks})", (*chunk, *chunk))
            for row in rows:
                found[row[2]] = (row[0], row[1])
                if row[3]:
                    found[row[3]] = (row[0], row[1])
        return found

    async def _statement_counts(self, article_ids: list[int]) -> dict[int, int]:
        counts: dict[int, int] = {}
        for chunk in _chunks_of(article_ids):
            marks = ",".join("?" * len(chunk))
            rows = await self._rows(
                f"SELECT article_id, COUNT(*) FROM statements WHERE article_id IN ({marks})"
                " GROUP BY article_id", chunk)
            counts.update((row[0], row[1]) for row in rows)
        return counts

    async def _load_speakers(self, batch: _Batch, extractions: Sequence[Extraction]) -> None:
        """The stored speakers this batch may add statements to, by name key."""
        keys = list({name_key(n) for e in extractions for n in _names_in(e)} - {""})
        for chunk in _chunks_of(keys):
            marks = ",".join("?" * len(chunk))
            rows = await self._rows(
                f"SELECT id, name, name_key, aliases, titles, is_org FROM speakers"
                f" WHERE name_key IN ({marks})", chunk)
            for row in rows:
                batch.speakers[row[2]] = _SpeakerRow(
                    id=row[0], name=row[1], aliases=json.loads(row[3]),
                    titles=json.loads(row[4]), is_org=bool(row[5]), new=False)

    async def _flush(self, batch: _Batch) -> None:
        # a speaker no statement of the batch went to ('Roe' beside 'Jane Roe', whose
        # alias the name is) gets no record
        new = [r for r in batch.speakers.values() if r.new and r.added]
        await self._executemany(
            "INSERT INTO speakers (id, name, name_key, aliases, titles, is_org, statement_count,"
            " match_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(r.id, r.name, name_key(r.name), json.dumps(r.aliases), json.dumps(r.titles),
              int(r.is_org), r.added, match_key(r.name, r.is_org)) for r in new])
        await self._executemany(
            "UPDATE speakers SET aliases = ?, titles = ?,"
            " statement_count = statement_count + ? WHERE id = ?",
            [(json.dumps(r.aliases), json.dumps(r.titles), r.added, r.id)
             for r in batch.speakers.values() if not r.new and (r.changed or r.added)])
        await self._executemany(
            """INSERT INTO articles (id, content_hash, url, title, source, author, published,
                   dateline_place, dateline_date, text, loaded_at, source_key)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", batch.articles)
        await self._insert_statements(batch.statements, batch.index)
        next_alias = await self._next_id("topic_aliases")
        await self._executemany(
            """INSERT INTO topic_aliases
                   (id, article_id, alias, expansion, alias_key, expansion_key)
               VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
            [(next_alias + n, *row) for n, row in enumerate(batch.aliases)])

    async def delete_article(self, article_id: int) -> bool:
        """Delete an article with its statements (and speakers left without any)."""
        async with self._write():
            speaker_rows = await self._rows(
                "SELECT DISTINCT speaker_id FROM statements WHERE article_id = ?", (article_id,)
            )
            deleted = await self._execute("DELETE FROM articles WHERE id = ?", (article_id,)) > 0
            await self._executemany(
                """DELETE FROM speakers WHERE id = ?
                   AND NOT EXISTS (SELECT 1 FROM statements WHERE speaker_id = speakers.id)""",
                [(row[0],) for row in speaker_rows if row[0] is not None],
            )
        await self._refresh_speakers([row[0] for row in speaker_rows if row[0] is not None])
        if deleted:
            self._sources = None
        return deleted


def _touched_keys(batch: _Batch) -> set[str]:
    """The match keys whose records this batch may have made one speaker's: its
    speakers' and the acronyms its articles define."""
    keys = {match_key(r.name, r.is_org) for r in batch.speakers.values() if r.new or r.added}
    return keys | {match_key(row[1], True) for row in batch.aliases}
