"""Candidate statements for one reading of a query, fetched through the store: full-text
matches of the topic (inside the named speaker's statements when there is one) plus that
speaker's most recent statements, never the whole store."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.models import StoredStatement
from bot.search.filters import Filters
from bot.search.fts import Prefix, fts_expression
from bot.search.rank import Term
from bot.search.speakers import SpeakerMatch
from bot.search.text import speaker_ref

if TYPE_CHECKING:
    from bot.store import Store

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


async def candidates(
    store: Store, terms: list[Term], speaker: SpeakerMatch | None, wanted: int,
    filters: Filters,
) -> list[StoredStatement]:
    """Full-text matches of the terms (within the speaker's statements) plus the
    speaker's recent statements. A title shared by very many speakers does not
    narrow the full-text query; their statements are picked out afterwards."""
    speaker_ids = speaker.speaker_ids if speaker else []
    narrow = 0 < len(speaker_ids) <= MAX_SPEAKER_REFS
    refs = [speaker_ref(i) for i in speaker_ids] if narrow else None
    ids: list[int] = []
    groups: list[list[str]] = [
        [Prefix(p) for p in t.phrases] if t.prefix else t.phrases for t in terms]
    anything = fts_expression(groups, None)
    ranked = bool(anything) and (
        await store.count_matches(anything or "", RANK_MAX_MATCHES) < RANK_MAX_MATCHES)
    if len(terms) > 1 and not refs:
        # Every term first, ranked; then statements with some of the terms, newest first
        # (ranking every statement with one common word is what would be slow).
        ids += await _matches(store, groups, None, True, CANDIDATE_LIMIT, filters, ranked)
        if anything and len(ids) < CANDIDATE_LIMIT:
            ids += await _matches(
                store, groups, None, False, CANDIDATE_LIMIT - len(ids), filters, False)
    else:
        ids += await _matches(store, groups, refs, False, CANDIDATE_LIMIT, filters, ranked)
    if speaker_ids and (narrow or not terms):
        recent = SPEAKER_RECENT_LIMIT if terms else max(CANDIDATE_LIMIT, wanted)
        ids += await store.speaker_statement_ids(speaker_ids, recent, filters)
    statements = await store.get_statements(list(dict.fromkeys(ids)))
    if speaker_ids and not narrow:
        wanted_ids = set(speaker_ids)
        statements = [s for s in statements if s.speaker_id in wanted_ids]
    return statements


async def _matches(
    store: Store, groups: list[list[str]], refs: list[str] | None, every: bool, limit: int,
    filters: Filters, ranked: bool,
) -> list[int]:
    """Statement ids matching the terms, best first by bm25 when `ranked`; otherwise
    the newest, those with the terms in the quote (which rank higher) first."""
    if ranked:
        expression = fts_expression(groups, refs, every)
        return await store.match_statement_ids(expression, limit, filters) if expression else []
    ids: list[int] = []
    for columns in ("quote", "{quote context}"):
        expression = fts_expression(groups, refs, every, columns)
        if expression and len(ids) < limit:
            found = await store.match_statement_ids(expression, limit, filters, ranked=False)
            ids = list(dict.fromkeys([*ids, *found]))[:limit]
    return ids

