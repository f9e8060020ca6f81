"""The store port: what the rest of the bot asks of storage, in domain words.

Search, loading, paging, admin commands, backup/export/import and the display backfill
talk to a `Store`; the adapters (bot/store/sqlite/, bot/store/postgres/) are the only
code that knows an engine. Search hands the store a `TextQuery` (words and phrases,
never engine syntax); each adapter turns it into its own full-text SQL.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Protocol, Self

from bot.models import (
    ArticleSummary,
    Extraction,
    LoadResult,
    SpeakerRecord,
    StoredStatement,
    StoreStats,
)

# Re-exported: the port's text look-up types (bot/store/text_query.py).
from bot.store.text_query import PREFIX_CUT_CHARS as PREFIX_CUT_CHARS
from bot.store.text_query import PREFIX_KEEP_CHARS as PREFIX_KEEP_CHARS
from bot.store.text_query import Phrase as Phrase
from bot.store.text_query import Scope as Scope
from bot.store.text_query import TextQuery as TextQuery
from bot.store.text_query import boolean_text as boolean_text
from bot.store.text_query import phrase_tokens as phrase_tokens
from bot.store.text_query import quote_first as quote_first

# Paging buttons of a question nobody asked for this many days expire (their saved
# query is deleted). Our choice: long enough for any reader to page through a result.
SAVED_QUERY_DAYS = 30


@dataclass(frozen=True)
class StatementContext:
    """The paragraph(s) a statement was found in, with its article's title."""

    statement_id: int
    article_title: str
    paragraph: str
    url: str | None = None


@dataclass(frozen=True)
class Follow:
    """What one chat follows: a speaker (`speaker_id`), a topic, or a speaker on a topic."""

    id: int
    chat_id: int
    speaker_id: int | None
    speaker_name: str | None
    topic: str | None


@dataclass(frozen=True)
class NewPush:
    """A push to send: the statements of one article that a chat's follows match."""

    chat_id: int
    article_id: int
    statement_ids: tuple[int, ...]


@dataclass(frozen=True)
class Push(NewPush):
    """A push claimed for sending (its `attempts` include this one)."""

    id: int = 0
    attempts: int = 0


class ImportFormatError(ValueError):
    """A line of an import file is not what `export` writes; str() is for the user."""


class BackupNotSupported(RuntimeError):
    """This backend has no file copy of its own (PostgreSQL: use pg_dump); str() says so."""


class Store(Protocol):
    """One open store; `await store.close()` (or `async with`) when done."""

    async def close(self) -> None: ...
    async def __aenter__(self) -> Self: ...
    async def __aexit__(self, exc_type: type[BaseException] | None,
                        exc: BaseException | None, tb: TracebackType | None) -> None: ...
    async def applied_migrations(self) -> list[str]:
        """Names of the schema migrations applied, in order."""
        ...

    # Search.
    async def find_statement_ids(self, query: TextQuery, limit: int,
                                 ranked: bool = True) -> list[int]:
        """Statements matching the query, best first when `ranked`, else newest first
        (no score computed for every match). An empty query finds nothing."""
        ...
    async def find_newest_ids(self, query: TextQuery, limit: int) -> list[int]:
        """The newest matches, those with the terms in the quote first (the quote's
        newest, then the whole text's newest not already found: text_query.quote_first)."""
        ...
    async def count_matches(self, query: TextQuery, cap: int) -> int:
        """How many statements match, counting no further than `cap`."""
        ...
    async def speaker_statement_ids(self, speaker_ids: Sequence[int], limit: int,
                                    scope: Scope | None = None) -> list[int]:
        """These speakers' latest statements (by date said, then newest loaded)."""
        ...
    async def find_statements(self, query: TextQuery, limit: int,
                              ranked: bool = True) -> list[StoredStatement]:
        """The statements of find_statement_ids, in its order (where the engine is
        another process, in the same round trip)."""
        ...
    async def find_newest_statements(self, query: TextQuery,
                                     limit: int) -> list[StoredStatement]:
        """The statements of find_newest_ids, in its order."""
        ...
    async def find_counted_statements(self, query: TextQuery, counted: TextQuery, cap: int,
                                      limit: int) -> list[StoredStatement]:
        """find_statements(query, limit) ranked when fewer than `cap` statements match
        `counted` (count_matches), else find_newest_statements(query, limit); where the
        engine is another process, in one round trip."""
        ...
    async def speaker_statements(self, speaker_ids: Sequence[int], limit: int,
                                 scope: Scope | None = None) -> list[StoredStatement]:
        """The statements of speaker_statement_ids, in its order."""
        ...
    async def get_statement(self, statement_id: int) -> StoredStatement | None: ...
    async def get_statements(self, ids: Sequence[int]) -> list[StoredStatement]:
        """Statements by id, in the order of `ids`; unknown ids are left out."""
        ...
    async def speakers(self) -> list[SpeakerRecord]:
        """Every speaker with a statement count. The same list object until the
        speakers change (also by another process), so callers may cache by identity."""
        ...
    async def find_speakers(self, name: str, limit: int = 5) -> list[SpeakerRecord]:
        """Speakers whose name is like `name` (typos allowed), most alike first."""
        ...
    async def sources(self) -> list[str]:
        """Every outlet name of a stored article, sorted."""
        ...
    async def catalog(self, since: float | None = None) -> tuple[list[SpeakerRecord], list[str]]:
        """speakers() and sources() together, as fresh as each (one look at whether
        another process wrote, where asking each would look twice). `since`: a
        time.monotonic() (a question's start); an engine that learned whether another
        process wrote from a statement it sent at or after it may answer from that,
        without looking again."""
        ...
    def cached_catalog(self) -> tuple[list[SpeakerRecord], list[str]] | None:
        """speakers() and sources() as last read, without looking whether another
        process wrote (None until both are read). A caller using them looks with
        catalog() after (or beside): the same two list objects mean nothing changed."""
        ...
    async def aliases_for(self, keys: Iterable[str]) -> list[tuple[str, str]]:
        """(alias, expansion) pairs where either side has the lookup_key of a key."""
        ...

    # Loading.
    async def add_extraction(self, extraction: Extraction) -> LoadResult: ...
    async def add_extractions(self, extractions: Sequence[Extraction]) -> list[LoadResult]:
        """Store articles with their statements in one transaction; an article already
        stored (same content hash or URL) adds nothing. Results in order."""
        ...
    async def known_hashes(self, hashes: Sequence[str]) -> set[str]: ...
    async def optimize(self) -> None:
        """Tidy the indexes after a bulk load."""
        ...

    # Paging.
    async def save_query(self, text: str) -> int: ...
    async def saved_query(self, query_id: int) -> str | None: ...
    async def prune_saved_queries(self, older_than: datetime | None = None) -> int: ...
    async def statement_context(self, statement_id: int) -> StatementContext | None: ...

    # Admin.
    async def article_count(self) -> int: ...
    async def stats(self) -> StoreStats: ...
    async def list_articles(self, limit: int, offset: int = 0) -> list[ArticleSummary]: ...
    async def article_summary(self, article_id: int) -> ArticleSummary | None: ...
    async def delete_article(self, article_id: int) -> bool:
        """Forget an article with its statements (and speakers left without any)."""
        ...
    async def speaker_duplicates(self) -> list[tuple[str, str]]: ...

    # Follows and pushes (bot/follows.py, bot/push.py; bot/store/sql/follows.py).
    async def add_follow(self, chat_id: int, speaker_id: int | None,
                         speaker_name: str | None, topic: str | None) -> tuple[Follow, bool]:
        """The chat's follow of this speaker and/or topic; True when it is new."""
        ...
    async def chat_follows(self, chat_id: int) -> list[Follow]: ...
    async def remove_follow(self, chat_id: int, follow_id: int) -> bool: ...
    async def remove_chat_follows(self, chat_id: int) -> int:
        """Forget every follow of a chat (it blocked the bot or left); how many."""
        ...
    async def move_chat(self, old_chat_id: int, new_chat_id: int) -> int:
        """A group became a supergroup with a new id: its follows and unsent pushes go
        with it (a follow the new id already has is dropped). How many follows moved."""
        ...
    async def follows_for(self, speaker_ids: Iterable[int]) -> list[Follow]:
        """Follows of these speakers, and every follow of a topic alone."""
        ...
    async def article_statement_ids(self, article_ids: Sequence[int]) -> list[int]:
        """The statements of these articles, by id."""
        ...
    async def add_pushes(self, pushes: Sequence[NewPush]) -> int:
        """Queue pushes; one already queued or sent for that chat and article is left
        as it is (never pushed twice). How many were new."""
        ...
    async def claim_pushes(self, limit: int, lease_seconds: float) -> list[Push]:
        """Take due pushes for sending (pending, or a sender's lease run out): they are
        not claimed again for `lease_seconds`."""
        ...
    async def finish_push(self, push_id: int, status: str,
                          retry_in: float | None = None) -> None:
        """'sent', 'dropped' (chat gone) or 'failed'; with `retry_in`, due again then."""
        ...
    async def push_counts(self) -> dict[str, int]:
        """Pushes by status."""
        ...

    # Backup, export, import.
    async def backup(self, target: str | Path) -> None:
        """A consistent copy at `target`; BackupNotSupported where the engine has its
        own tool."""
        ...
    def export_lines(self) -> AsyncIterator[str]:
        """The whole store as JSONL lines (bot/store/sql/exchange.py has the format)."""
        ...
    async def import_lines(self, lines: Iterable[str]) -> tuple[int, int]:
        """Add exported articles; (added, already stored). ImportFormatError on a bad
        line (nothing of its batch stored)."""
        ...

    # Display backfill (bot/backfill.py).
    async def articles_missing_display(self, limit: int = 100) -> list[int]: ...
    async def statement_spans(self, article_id: int
                              ) -> list[tuple[int, str, list[list[int]]]]: ...
    async def article_text(self, article_id: int) -> tuple[str, str | None] | None: ...
    async def set_displays(self, displays: Sequence[tuple[int, str]]) -> None: ...
