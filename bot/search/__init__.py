"""Search: query text -> SearchOutcome.

    outcome = await search(store, "what did Hegseth say on NATO", limit=5, offset=0)

Parsing (query.py, dates.py, verbs.py), speaker matching (speakers.py) and ranking
(rank.py) are pure; candidates.py fetches candidates through the store: full-text
matches of the topic (inside the named speaker's statements when there is one) plus
that speaker's most recent statements, never the whole store.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from bot.models import Hit, SearchOutcome, SpeakerRecord
from bot.search.candidates import Latest, candidates
from bot.search.group import group_duplicates
from bot.search.notices import EMPTY_NOTICE, no_speaker_notice, nothing_notice
from bot.search.periods import year_earlier
from bot.search.query import STOPWORDS, Query, parse_query
from bot.search.rank import Term, make_terms, rank, speakers_first
from bot.search.readings import may_read_again, next_nearest, other_name, resolve_speaker
from bot.search.speakers import SpeakerIndex, SpeakerMatch
from bot.store.port import Phrase, TextQuery
from bot.text import words

if TYPE_CHECKING:
    from bot.store.port import Store

__all__ = ["EMPTY_NOTICE", "search"]

# Longest expansion looked up in the alias table, in words.
MAX_ALIAS_WORDS = 6
# A month or day asked without its year ('in February') is looked for in earlier years
# when the most recent one has nothing, at most this many years back.
MAX_YEARS_BACK = 15
# While typing, an unfinished last word of two letters is a prefix only inside a named
# speaker's statements ('hegseth na'); alone it needs three ('heg').
MIN_PREFIX_CHARS = 3
MIN_PREFIX_CHARS_WITH_SPEAKER = 2
LAST_WORD = re.compile(r"\S+\s*$")

_index_cache: tuple[list[SpeakerRecord], SpeakerIndex] | None = None


@dataclass
class _Found:
    speaker: SpeakerMatch | None
    terms: list[Term]
    hits: list[Hit]
    latest: Latest | None = None  # the speaker's latest, read store-wide (candidates.py)


async def search(
    store: Store, query: str, *, limit: int = 5, offset: int = 0, today: date | None = None,
    typing: bool = False,
) -> SearchOutcome:
    """Answer one query; `today` (default: the real date) anchors "last week"; `typing`
    (inline mode) reads the last word as possibly unfinished.

    One freshness check per question: the speakers and sources as last read answer at
    once, then the store tells whether another process wrote since the question began
    (on PostgreSQL from the version its look-ups read with their rows, a round trip
    only when none did); when one did (the lists it gives are new objects), the
    question is answered again with them."""
    cached = store.cached_catalog()
    if cached is None:
        return await _answer(store, await store.catalog(), query, limit, offset, today, typing)
    started = time.monotonic()
    outcome = await _answer(store, cached, query, limit, offset, today, typing)
    fresh = await store.catalog(since=started)
    if fresh[0] is cached[0] and fresh[1] is cached[1]:
        return outcome
    return await _answer(store, fresh, query, limit, offset, today, typing)


async def _answer(store: Store, catalog: tuple[list[SpeakerRecord], list[str]], query: str,
                  limit: int, offset: int, today: date | None, typing: bool) -> SearchOutcome:
    text = query.strip() if isinstance(query, str) else ""
    offset, limit = max(offset, 0), max(limit, 0)
    speakers, sources = catalog
    parsed = await _parse(store, query or "", sources, today, typing)
    if parsed.is_empty:
        return SearchOutcome(query=text, offset=offset, notice=EMPTY_NOTICE)
    index = _speaker_index(speakers)
    found = await _find(store, parsed, index, offset + limit)
    if found is None:
        notice = no_speaker_notice(query, parsed.speaker_slot or "")
        return SearchOutcome(query=text, offset=offset, notice=notice)
    if not found.hits and parsed.filters.yearless:
        found = await _earlier_years(store, parsed, index, offset + limit) or found
    if not found.hits and _word_dates(parsed):
        # Nothing in that period: its words may be the topic ('Fbi on july') or how an
        # article dates it ('said on Friday'). Not so for dates with numbers.
        as_words = parse_query(query or "", sources, today, typing=typing, dates=False)
        again = await _find(store, as_words, index, offset + limit)
        if again and again.hits:
            parsed, found = as_words, again
    if not found.hits and parsed.partial:
        # Typing: the last word may be unfinished ('what did hegseth say abo').
        shorter = LAST_WORD.sub("", query).strip()
        if shorter:
            outcome = await _answer(store, catalog, shorter, limit, offset, today, False)
            if outcome.hits:
                return outcome.model_copy(update={"query": text})
    if not found.hits:
        notice = await nothing_notice(store, query, parsed, found.terms, found.speaker,
                                      found.latest)
        return SearchOutcome(query=text, offset=offset, notice=notice)
    hits = group_duplicates(found.hits)
    total = len(hits)
    speaker = found.speaker
    # Every statement of the speaker counts, not just those read.
    if speaker and not found.terms and not parsed.filters.narrows:
        total = max(total, sum(index.speakers[i].statement_count for i in speaker.speaker_ids))
    page = hits[offset : offset + limit]
    past_end = None if page else f"No more results: all {total} shown."
    return SearchOutcome(query=text, hits=page, total=total, offset=offset, notice=past_end)


async def _parse(store: Store, text: str, sources: list[str], today: date | None,
                 typing: bool) -> Query:
    """The parsed query; a bare year next to a word the articles use with it ('project
    2025') is read as that name rather than as a year."""
    parsed = parse_query(text, sources, today, typing=typing)
    for text in parsed.filters.year_phrases:
        phrase = Phrase.of(text)
        if set(words(text)) & STOPWORDS or phrase is None:
            continue
        if await store.count_matches(TextQuery(((phrase,),)), 1):
            return parse_query(text, sources, today, typing=typing, bare_years=False)
    return parsed


async def _find(store: Store, query: Query, index: SpeakerIndex, wanted: int) -> _Found | None:
    """Ranked hits for the query; None when it names a speaker strictly who is unknown."""
    speaker, topic_words = resolve_speaker(query, index)
    if speaker is None and query.strict_slot and query.speaker_slot:
        return None
    found = await _lookup(store, query, speaker, topic_words, wanted)
    if not found.hits and speaker and may_read_again(query, speaker):
        words_only = query.model_copy(update={"speaker_slot": None})
        reading = resolve_speaker(words_only, index) if query.speaker_slot else \
            other_name(query.words, speaker, index)
        if reading[0] is not None or query.speaker_slot:
            again = await _lookup(store, words_only, *reading, wanted)
            if again.hits:
                return again
    if not found.hits and _is_free(query, speaker):
        # "secretary troops": one title word may name the speaker after all; "curz
        # habit": a short name one edit away, once the words alone found nothing.
        for retry, rest in (resolve_speaker(query, index, min_title_words=1),
                            resolve_speaker(query, index, one_edit=True)):
            if retry is not None:
                second = await _lookup(store, query, retry, rest, wanted)
                if second.hits:
                    return second
    nearest = next_nearest(speaker, index) if speaker and not found.hits else None
    if nearest is not None:
        # "schulzt on support": one edit from Schulz and from Schultz; the nearer said
        # nothing on it, the next may have.
        third = await _lookup(store, query, nearest, topic_words, wanted)
        if third.hits:
            return third
    return found


async def _earlier_years(
    store: Store, query: Query, index: SpeakerIndex, wanted: int
) -> _Found | None:
    """'in February' with nothing in the latest February: the most recent earlier one
    with statements, no further back than the oldest relevant statement before it."""
    filters = query.filters
    if filters.since is None or filters.until is None:
        return None
    before = query.model_copy(update={"filters": filters.model_copy(update={"since": None})})
    anything = await _find(store, before, index, wanted)
    dates = [_dated(h) for h in anything.hits] if anything else []
    oldest = min((d.year for d in dates if d), default=filters.since.year)
    period = (filters.since, filters.until)
    for _ in range(MAX_YEARS_BACK):
        period = year_earlier(period)
        if period[0].year < oldest:
            return None
        update = {"since": period[0], "until": period[1]}
        earlier = query.model_copy(update={"filters": filters.model_copy(update=update)})
        found = await _find(store, earlier, index, wanted)
        if found and found.hits:
            return found
    return None


def _word_dates(query: Query) -> bool:
    """The query's dates are all words ('on Friday', 'in July'), no numbers."""
    phrases = query.filters.date_words
    return bool(phrases) and not any(c.isdigit() for phrase in phrases for c in phrase)


def _dated(hit: Hit) -> date | None:
    s = hit.statement
    return s.said_on or s.said_from or (s.published.date() if s.published else None)


def _speaker_index(speakers: list[SpeakerRecord]) -> SpeakerIndex:
    """The speaker index, rebuilt only when the store's speaker list changed."""
    global _index_cache
    if _index_cache is None or _index_cache[0] is not speakers:
        _index_cache = (speakers, SpeakerIndex(speakers))
    return _index_cache[1]


async def _lookup(
    store: Store, query: Query, speaker: SpeakerMatch | None, topic_words: list[str], wanted: int
) -> _Found:
    """Topic terms (with aliases) and the ranked relevant hits for one reading of the query."""
    aliases = await store.aliases_for(_alias_keys(words(query.topic_text)))
    least = MIN_PREFIX_CHARS_WITH_SPEAKER if speaker else MIN_PREFIX_CHARS
    partial = query.partial if query.partial and len(query.partial) >= least else None
    terms = make_terms(topic_words, aliases, partial)
    found, latest = await candidates(store, terms, speaker, wanted, query.filters)
    hits = rank(found, terms, speaker.score if speaker else None, query.cue_verb,
                speaker.weights if speaker else None)
    return _Found(speaker, terms, speakers_first(hits) if query.asks_who else hits, latest)


def _is_free(query: Query, speaker: SpeakerMatch | None) -> bool:
    """No speaker slot, no 'who said': the query is words, read with the speaker index."""
    return speaker is None and not query.asks_who and not query.strict_slot


def _alias_keys(topic_words: list[str]) -> list[str]:
    """Every word and run of words that could be an acronym or its expansion."""
    keys = []
    for start in range(len(topic_words)):
        for end in range(start + 1, min(start + MAX_ALIAS_WORDS, len(topic_words)) + 1):
            keys.append(" ".join(topic_words[start:end]))
    return keys
