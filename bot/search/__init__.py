"""Search: query text -> SearchOutcome.

    outcome = await search(store, "what did Hegseth say on NATO", limit=5, offset=0)

Parsing (query.py), speaker matching (speakers.py) and ranking (rank.py) are pure;
this module fetches candidates through the store: full-text matches of the topic
(inside the named speaker's statements when there is one) plus that speaker's most
recent statements, never the whole store.
"""

from __future__ import annotations

import re
import string
from datetime import date
from typing import TYPE_CHECKING

from bot.models import Hit, SearchOutcome, SpeakerRecord, StoredStatement
from bot.search.filters import Filters
from bot.search.group import group_duplicates
from bot.search.query import Query, fts_expression, parse_query
from bot.search.rank import Term, frequent_topics, make_terms, rank
from bot.search.speakers import SpeakerIndex, SpeakerMatch
from bot.search.text import speaker_ref, words

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
# Statements read to list the topics a speaker did talk about.
TOPIC_SAMPLE = 50
# Longest expansion looked up in the alias table, in words.
MAX_ALIAS_WORDS = 6
EMPTY_NOTICE = (
    "Send a name and a topic, for example: what did <name> say about <topic>?"
)

_index_cache: tuple[list[SpeakerRecord], SpeakerIndex] | None = None


async def search(
    store: Store, query: str, *, limit: int = 5, offset: int = 0, today: date | None = None
) -> SearchOutcome:
    """Answer one query; `today` (default: the real date) anchors "last week"."""
    parsed = parse_query(query or "", await store.sources(), today)
    text = query.strip() if isinstance(query, str) else ""
    offset, limit = max(offset, 0), max(limit, 0)
    if parsed.is_empty:
        return SearchOutcome(query=text, offset=offset, notice=EMPTY_NOTICE)
    index = await _speaker_index(store)
    speaker, topic_words = _resolve_speaker(parsed, index)
    if speaker is None and parsed.strict_slot and parsed.speaker_slot:
        notice = no_speaker_notice(query, parsed.speaker_slot)
        return SearchOutcome(query=text, offset=offset, notice=notice)
    speaker, terms, hits = await _lookup(store, parsed, speaker, topic_words, offset + limit)
    if not hits and _is_free(parsed, speaker):
        # "secretary troops": one title word may name the speaker after all.
        retry, rest = _resolve_speaker(parsed, index, min_title_words=1)
        if retry is not None:
            found = await _lookup(store, parsed, retry, rest, offset + limit)
            if found[2]:
                speaker, terms, hits = found
    if not hits:
        notice = await _nothing_notice(store, query, parsed, terms, speaker)
        return SearchOutcome(query=text, offset=offset, notice=notice)
    hits = group_duplicates(hits)
    total = len(hits)
    # Every statement of the speaker counts, not just those read.
    if speaker and not terms and not parsed.filters.narrows:
        total = max(total, sum(index.speakers[i].statement_count for i in speaker.speaker_ids))
    page = hits[offset : offset + limit]
    past_end = None if page else f"No more results: all {total} shown."
    return SearchOutcome(query=text, hits=page, total=total, offset=offset, notice=past_end)


async def _speaker_index(store: Store) -> SpeakerIndex:
    """The speaker index, rebuilt only when the store's speaker list changed."""
    global _index_cache
    speakers = await store.speakers()
    if _index_cache is None or _index_cache[0] is not speakers:
        _index_cache = (speakers, SpeakerIndex(speakers))
    return _index_cache[1]


async def _lookup(
    store: Store, query: Query, speaker: SpeakerMatch | None, topic_words: list[str], wanted: int
) -> tuple[SpeakerMatch | None, list[Term], list[Hit]]:
    """Topic terms (with aliases) and the ranked relevant hits for one reading of the query."""
    aliases = await store.aliases_for(_alias_keys(words(query.topic_text)))
    terms = make_terms(topic_words, aliases)
    candidates = await _candidates(store, terms, speaker, wanted, query.filters)
    return speaker, terms, rank(candidates, terms, speaker.score if speaker else None)


def _is_free(query: Query, speaker: SpeakerMatch | None) -> bool:
    """No speaker slot, no 'who said': the query is words, read with the speaker index."""
    return speaker is None and not query.asks_who and not query.strict_slot


def _resolve_speaker(
    query: Query, index: SpeakerIndex, min_title_words: int = 2
) -> tuple[SpeakerMatch | None, list[str]]:
    """The speaker the query names (if any) and the words left for the topic."""
    if query.speaker_slot:
        found = index.match_slot(query.speaker_slot)
        if found and query.speaker_title:
            found = index.narrow_by_title(found, words(query.speaker_title))
        if found or query.strict_slot:
            return found, query.topic
    if query.asks_who:
        return None, query.topic
    found = index.find_in(query.words, min_title_words)
    if found is None:
        return None, query.words
    return found, query.words[: found.start] + query.words[found.end :]


def _alias_keys(topic_words: list[str]) -> list[str]:
    """Every word and run of words that could be an acronym or its expansion."""
    keys = []
    for start in range(len(topic_words)):
        for end in range(start + 1, min(start + MAX_ALIAS_WORDS, len(topic_words)) + 1):
            keys.append(" ".join(topic_words[start:end]))
    return keys


async def _candidates(
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
    groups = [t.phrases for t in terms]
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


def no_speaker_notice(original: str, slot: str) -> str:
    """'No statement by Zelensky found.', with the name as the user wrote it."""
    pattern = r"\W+".join(re.escape(w) for w in slot.split())
    found = re.search(pattern, original, re.IGNORECASE)
    name = found.group(0) if found else slot
    return f"No statement by {string.capwords(name) if name.islower() else name} found."


async def _nothing_notice(
    store: Store, original: str, query: Query, terms: list[Term], speaker: SpeakerMatch | None
) -> str:
    topic = " ".join(t.text for t in terms)
    if speaker is None:
        if query.speaker_slot and not query.asks_who:
            return no_speaker_notice(original, query.speaker_slot)
        return f"No statement on {topic} found."
    name = " / ".join(speaker.names)
    sample = await store.get_statements(
        await store.speaker_statement_ids(speaker.speaker_ids, TOPIC_SAMPLE)
    )
    exclude = [*speaker.names, *(s.speaker_title or "" for s in sample)]
    topics = frequent_topics(sample, exclude)
    spoke = f"; {name} spoke on: {', '.join(topics)}." if topics else "."
    return f"Nothing from {name} on {topic}{spoke}"
