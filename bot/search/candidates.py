"""Candidate statements for one reading of a query, fetched through the store: full-text
matches of the topic (inside the named speaker's statements when there is one) plus that
speaker's most recent statements, never the whole store."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from bot.models import StoredStatement
from bot.search.filters import Filters
from bot.search.rank import Term
from bot.search.speakers import SpeakerMatch
from bot.store.port import Phrase, Scope, TextQuery

if TYPE_CHECKING:
    from bot.store.port import Store

# Full-text candidates fetched per query (best bm25 first) before ranking.
CANDIDATE_LIMIT = 100
# A named speaker's most recent statements also ranked, so a typo in the topic can
# still match by fuzzy comparison.
SPEAKER_RECENT_LIMIT = 50
# A speaker match naming more speakers than this (a common title) filters the
# full-text candidates afterwards instead of inside the index query (a surname shared
# by dozens of speakers is still searched inside the index: far fewer entries to read).
MAX_SPEAKER_REFS = 100
# Above this many index entries with any topic term, candidates are the newest matches
# (quote first) rather than the best by bm25, which scores every entry of every term
# (half a second for a common word in a million statements).
RANK_MAX_MATCHES = 1000


@dataclass(frozen=True)
class Latest:
    """A named speaker's latest statements as candidates() read them, store-wide (no
    date or outlet): the newest `limit` of them (all when they have fewer)."""

    statements: list[StoredStatement]
    limit: int


async def candidates(
    store: Store, terms: list[Term], speaker: SpeakerMatch | None, wanted: int,
    filters: Filters,
) -> tuple[list[StoredStatement], Latest | None]:
    """Full-text matches of the terms (within the speaker's statements) plus the
    speaker's recent statements, and those recent ones when they were read store-wide
    (a notice reuses them). A title shared by very many speakers does not narrow the
    full-text query; their statements are picked out afterwards."""
    speaker_ids = speaker.speaker_ids if speaker else []
    narrow = 0 < len(speaker_ids) <= MAX_SPEAKER_REFS
    scope = scope_of(filters)
    query = TextQuery(tuple(map(alternatives, terms)),
                      speaker_ids=tuple(speaker_ids) if narrow else (), scope=scope)
    limit = SPEAKER_RECENT_LIMIT if terms else max(CANDIDATE_LIMIT, wanted)
    recent: Awaitable[list[StoredStatement]] = (
        store.speaker_statements(speaker_ids, limit, scope)
        if speaker_ids and (narrow or not terms) else _nothing())
    # The speaker's latest are asked beside the full-text look-ups, not after them; each
    # look-up brings its statements (one round trip, not one for ids and one for rows).
    found, latest = await asyncio.gather(_text_matches(store, query, len(terms) > 1), recent)
    statements = list({s.id: s for s in [*found, *latest]}.values())
    if speaker_ids and not narrow:
        wanted_ids = set(speaker_ids)
        statements = [s for s in statements if s.speaker_id in wanted_ids]
    read = speaker_ids and (narrow or not terms) and not scope.narrows
    return statements, Latest(latest, limit) if read else None


async def _text_matches(store: Store, query: TextQuery,
                        several: bool) -> list[StoredStatement]:
    """Full-text candidates: best first when few statements have any of the terms
    (store-wide), else newest first. Several terms and no narrowing speaker: every term
    first; then statements with some of them, newest first (ranking every statement
    with one common word is what would be slow)."""
    if query.is_empty:
        return []
    one_pass = not several or bool(query.speaker_ids)
    first = query if one_pass else replace(query, match_all=True)
    # The count and the look-up it chooses: one round trip where the engine is another
    # process (store.find_counted_statements).
    found = await store.find_counted_statements(first, TextQuery(query.terms),
                                                RANK_MAX_MATCHES, CANDIDATE_LIMIT)
    if not one_pass and len(found) < CANDIDATE_LIMIT:
        # the newest of those with some of the terms, the terms in the quote first
        found += await store.find_newest_statements(query, CANDIDATE_LIMIT - len(found))
    return found


async def _nothing() -> list[StoredStatement]:
    return []


def alternatives(term: Term) -> tuple[Phrase, ...]:
    """A term's phrases for the store: the word and its aliases; while typing, each
    one's last word may be unfinished."""
    found = (Phrase.of(text, prefix=bool(term.prefix)) for text in term.phrases)
    return tuple(dict.fromkeys(p for p in found if p))


def scope_of(filters: Filters) -> Scope:
    return Scope(since=filters.since, until=filters.until, sources=tuple(filters.sources))
